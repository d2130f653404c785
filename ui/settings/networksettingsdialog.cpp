#include "settings/networksettingsdialog.h"

#include "security/secretstore.h"
#include "settings/settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc::ui {

namespace {
// Shown when a password is stored; typing over it replaces it.
const QString kStoredMask = u"••••••••"_s;
} // namespace

NetworkSettingsDialog::NetworkSettingsDialog(Settings *settings, SecretStore *vault, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_vault(vault)
{
    setWindowTitle(tr("Network settings"));
    setObjectName(u"networkSettingsDialog"_s);

    m_proxyUrl = new QLineEdit(settings->proxyUrl(), this);
    m_proxyUrl->setObjectName(u"proxyUrl"_s);
    m_proxyUrl->setPlaceholderText(tr("none, or http://proxy.example:8080"));
    m_proxyUser = new QLineEdit(settings->proxyUser(), this);
    m_proxyUser->setObjectName(u"proxyUser"_s);
    m_proxyPassword = new QLineEdit(this);
    m_proxyPassword->setObjectName(u"proxyPassword"_s);
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    const bool stored = vault && vault->isUnlocked()
        && vault->ids().contains(QLatin1StringView(Settings::kProxyPasswordRef));
    if (stored) {
        m_proxyPassword->setText(kStoredMask);
    }
    if (!vault || !vault->isUnlocked()) {
        m_proxyPassword->setEnabled(false);
        m_proxyPassword->setPlaceholderText(tr("unlock the vault to set a password"));
    }

    m_totalTimeout = new QSpinBox(this);
    m_totalTimeout->setObjectName(u"totalTimeout"_s);
    m_totalTimeout->setRange(1, 3600);
    m_totalTimeout->setSuffix(tr(" s"));
    m_totalTimeout->setValue(settings->totalTimeoutMs() / 1000);
    m_maxResponse = new QSpinBox(this);
    m_maxResponse->setObjectName(u"maxResponse"_s);
    m_maxResponse->setRange(1, 4096);
    m_maxResponse->setSuffix(tr(" MB"));
    m_maxResponse->setValue(int(settings->maxResponseBytes() / (1024 * 1024)));

    m_message = new QLabel(this);
    m_message->setObjectName(u"networkMessage"_s);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("HTTP proxy"), m_proxyUrl);
    form->addRow(tr("Proxy user"), m_proxyUser);
    form->addRow(tr("Proxy password"), m_proxyPassword);
    form->addRow(tr("Time limit per request"), m_totalTimeout);
    form->addRow(tr("Largest response kept"), m_maxResponse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The proxy password is kept in the vault. Requests over HTTPS give the proxy "
                                    "its credentials only when opening the tunnel; the API server never sees them."),
                                 this));
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

bool NetworkSettingsDialog::apply()
{
    const QString url = m_proxyUrl->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url.contains("://"_L1) ? url : u"http://"_s + url);
        if (!parsed.isValid() || parsed.host().isEmpty() || parsed.port() <= 0
            || (parsed.scheme() != "http"_L1 && parsed.scheme() != "https"_L1)) {
            m_message->setText(tr("\"%1\" is not a proxy address such as http://proxy.example:8080.").arg(url));
            return false;
        }
        if (!parsed.userInfo().isEmpty()) {
            m_message->setText(tr("Put the proxy user and password in their own fields, not in the address."));
            return false;
        }
    }
    const QString password = m_proxyPassword->text();
    if (m_proxyPassword->isEnabled() && password != kStoredMask) {
        if (password.isEmpty()) {
            (void)m_vault->remove(QLatin1StringView(Settings::kProxyPasswordRef));
        } else if (const Status put = m_vault->put(QLatin1StringView(Settings::kProxyPasswordRef), u"proxy-password"_s,
                                                   password.toUtf8());
                   !put) {
            m_message->setText(put.errorMessage());
            return false;
        }
    }
    m_settings->setProxyUrl(url);
    m_settings->setProxyUser(m_proxyUser->text().trimmed());
    m_settings->setTotalTimeoutMs(m_totalTimeout->value() * 1000);
    m_settings->setMaxResponseBytes(qint64(m_maxResponse->value()) * 1024 * 1024);
    m_settings->sync();
    m_message->setText(tr("Saved."));
    return true;
}

Result<QNetworkProxy> NetworkSettingsDialog::proxyFromSettings(const Settings &settings, SecretStore *vault)
{
    const QString url = settings.proxyUrl();
    if (url.isEmpty()) {
        return QNetworkProxy(QNetworkProxy::NoProxy);
    }
    const QUrl parsed(url.contains("://"_L1) ? url : u"http://"_s + url);
    QNetworkProxy proxy(QNetworkProxy::HttpProxy, parsed.host(), quint16(parsed.port(8080)));
    if (!settings.proxyUser().isEmpty()) {
        proxy.setUser(settings.proxyUser());
        if (vault && vault->isUnlocked() && vault->ids().contains(QLatin1StringView(Settings::kProxyPasswordRef))) {
            const Result<QByteArray> password = vault->get(QLatin1StringView(Settings::kProxyPasswordRef));
            if (!password) {
                return Result<QNetworkProxy>::failure(password.errorMessage());
            }
            proxy.setPassword(QString::fromUtf8(*password));
        }
    }
    return proxy;
}

} // namespace opc::ui
