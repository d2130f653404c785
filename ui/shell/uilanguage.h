#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace opc::ui {

/// The user interface's language: Qt's own catalogue and the console's,
/// swapped while the console runs. Every text set through retranslate()
/// follows at once.
class UiLanguage : public QObject
{
    Q_OBJECT
public:
    static UiLanguage *instance();
    ~UiLanguage() override;

    /// Installs the translations for @p code ("en", "fi", "sv"; empty: the
    /// system's language) and makes it the default locale for numbers and
    /// dates. Returns the language in force (English for one the console
    /// has no translation for).
    QString apply(const QString &code);
    /// The code last applied ("" = the system's).
    QString chosen() const { return m_chosen; }

    struct Choice {
        QString code; ///< "" = the system's language
        QString name; ///< in its own language ("Suomi"), or "System default"
    };
    static QList<Choice> choices();

Q_SIGNALS:
    void changed(const QString &language);

private:
    explicit UiLanguage(QObject *parent);

    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_console;
    QString m_chosen;
};

} // namespace opc::ui
