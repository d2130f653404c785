#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace opc {
class Settings;
}

namespace opc::ui {

/// Edit › Preferences: the console's look and language, applied as they are
/// chosen (the dialog itself changes language with the rest), kept in the
/// settings for the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Settings *settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *schemeBox() const { return m_scheme; }
    QSpinBox *textSizeBox() const { return m_textSize; }

Q_SIGNALS:
    /// "system", "light" or "dark".
    void schemeChosen(const QString &scheme);
    /// Steps of 10 % from the system's text size.
    void zoomChosen(int step);

private:
    Settings *m_settings;
    QComboBox *m_language = nullptr;
    QComboBox *m_scheme = nullptr;
    QSpinBox *m_textSize = nullptr;
};

} // namespace opc::ui
