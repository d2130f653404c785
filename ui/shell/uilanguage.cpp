#include "shell/uilanguage.h"

#include "common/translations.h"
#include "widgets/retranslate.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace opc::ui {

UiLanguage *UiLanguage::instance()
{
    static QPointer<UiLanguage> language;
    if (!language) {
        language = new UiLanguage(QCoreApplication::instance());
    }
    return language;
}

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
{
}

UiLanguage::~UiLanguage() = default;

QString UiLanguage::apply(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    {
        // Four translators come and go: the texts are set once, at the end.
        const RetranslateBatch batch;
        // The new pair goes in before the old one leaves: the last installed
        // is searched first, the console's before Qt's (it also answers for
        // Qt's standard buttons, see qtstrings.cpp).
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
        }
        auto console = std::make_unique<QTranslator>();
        installTranslation(*console, code);
        m_qt = std::move(qt); // the old ones are removed as they go
        m_console = std::move(console);
    }
    m_chosen = code;
    const QString language = m_console->language().isEmpty()
        ? QStringLiteral("en")
        : QLocale(m_console->language()).name().section(QLatin1Char('_'), 0, 0);
    Q_EMIT changed(language);
    return language;
}

QList<UiLanguage::Choice> UiLanguage::choices()
{
    return {
        { QString(), tr("System default") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("fi"), QStringLiteral("Suomi") },
        { QStringLiteral("sv"), QStringLiteral("Svenska") },
    };
}

} // namespace opc::ui
