#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace opc {

/// The common face of the places secrets live (the passphrase vault file,
/// or the same file unlocked through the OS keychain). Callers refer to a
/// secret by name only; values never leave this interface except through
/// get() / resolveForHost().
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual bool isUnlocked() const = 0;
    virtual void lock() = 0;

    /// Stores (or replaces) a secret. @p allowedHosts binds it to hosts
    /// (exact names or "*.example.com"); empty means any host.
    virtual Status put(const QString &id, const QString &kind, const QByteArray &value,
        const QStringList &allowedHosts = {})
        = 0;
    virtual Result<QByteArray> get(const QString &id) = 0;
    virtual Result<QStringList> allowedHosts(const QString &id) = 0;
    virtual Result<QString> kind(const QString &id) = 0;
    virtual Status remove(const QString &id) = 0;
    virtual QStringList ids() const = 0;

    /// The value of @p id for a request to @p host, or a refusal when the
    /// secret is bound to other hosts (so a send can be stopped before any
    /// socket opens).
    Result<QByteArray> resolveForHost(const QString &id, const QString &host);

    /// True when @p host matches one of @p patterns ("*.x.y" matches one or
    /// more labels under x.y, never x.y itself). Case-insensitive.
    static bool hostAllowed(const QStringList &patterns, const QString &host);

    /// Locks the store after @p msec without use; 0 disables the idle lock.
    void setIdleTimeout(int msec);
    int idleTimeout() const;

Q_SIGNALS:
    void lockedChanged(bool locked);

protected:
    /// Restarts the idle countdown; implementations call it on every use.
    void touch();
    void stopIdleTimer();

private:
    QTimer m_idleTimer;
};

} // namespace opc
