#pragma once

#include "common/result.h"

#include <QDialog>
#include <QNetworkProxy>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace opc {
class SecretStore;
class Settings;
} // namespace opc

namespace opc::ui {

/// Network settings: the HTTP proxy (its password goes to the vault, never
/// to the settings file), the total time limit and the response size cap.
class NetworkSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    NetworkSettingsDialog(Settings *settings, SecretStore *vault, QWidget *parent = nullptr);

    QLineEdit *proxyUrlEdit() const { return m_proxyUrl; }
    QLineEdit *proxyUserEdit() const { return m_proxyUser; }
    QLineEdit *proxyPasswordEdit() const { return m_proxyPassword; }
    QSpinBox *totalTimeoutEdit() const { return m_totalTimeout; }
    QSpinBox *maxResponseEdit() const { return m_maxResponse; }
    QLabel *messageLabel() const { return m_message; }

    /// Validates and stores the settings; false (with the reason shown)
    /// when something is wrong and nothing was stored.
    bool apply();

    /// The proxy the settings describe, with the password from @p vault;
    /// NoProxy when none is set.
    static Result<QNetworkProxy> proxyFromSettings(const Settings &settings, SecretStore *vault);

private:
    Settings *m_settings;
    SecretStore *m_vault;
    QLineEdit *m_proxyUrl = nullptr;
    QLineEdit *m_proxyUser = nullptr;
    QLineEdit *m_proxyPassword = nullptr;
    QSpinBox *m_totalTimeout = nullptr;
    QSpinBox *m_maxResponse = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace opc::ui
