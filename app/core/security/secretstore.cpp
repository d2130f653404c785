#include "security/secretstore.h"

#include <QCoreApplication>

namespace opc {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (isUnlocked()) {
            lock();
        }
    });
}

SecretStore::~SecretStore() = default;

Result<QByteArray> SecretStore::resolveForHost(const QString &id, const QString &host)
{
    const Result<QStringList> hosts = allowedHosts(id);
    if (!hosts) {
        return Result<QByteArray>::failure(hosts.errorMessage(), hosts.errorCode());
    }
    if (!hostAllowed(*hosts, host)) {
        return Result<QByteArray>::failure(
            QCoreApplication::translate(
                "SecretStore", "The secret %1 is bound to %2 and may not be sent to %3.")
                .arg(id, hosts->join(QStringLiteral(", ")), host),
            QStringLiteral("host-not-allowed"));
    }
    return get(id);
}

bool SecretStore::hostAllowed(const QStringList &patterns, const QString &host)
{
    if (patterns.isEmpty()) {
        return true;
    }
    const QString h = host.toLower();
    for (const QString &raw : patterns) {
        const QString p = raw.trimmed().toLower();
        if (p.startsWith(QStringLiteral("*."))) {
            const QString suffix = p.mid(1); // ".example.com"
            if (h.size() > suffix.size() && h.endsWith(suffix)) {
                return true;
            }
        } else if (!p.isEmpty() && p == h) {
            return true;
        }
    }
    return false;
}

void SecretStore::setIdleTimeout(int msec)
{
    m_idleTimer.setInterval(msec);
    if (msec <= 0) {
        m_idleTimer.stop();
    } else if (isUnlocked()) {
        m_idleTimer.start();
    }
}

int SecretStore::idleTimeout() const
{
    return m_idleTimer.interval();
}

void SecretStore::touch()
{
    if (m_idleTimer.interval() > 0) {
        m_idleTimer.start();
    }
}

void SecretStore::stopIdleTimer()
{
    m_idleTimer.stop();
}

} // namespace opc
