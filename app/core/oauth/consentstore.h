#pragma once

#include "common/result.h"
#include "oauth/consent.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace opc {

class SecretStore;

/// The PSD2 consents of every application: what they are in consents.json
/// (ids, kinds, statuses, expiries, never a token), their access and
/// refresh tokens as vault records "consent.<id>.access" and
/// "consent.<id>.refresh", bound to the hosts of the consent's environment.
class ConsentStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 1;

    explicit ConsentStore(const QString &path, QObject *parent = nullptr);

    QString path() const { return m_path; }
    void setSecretStore(SecretStore *vault);
    SecretStore *secretStore() const;

    /// A missing file is an empty list; a damaged one is moved aside and
    /// reported (code "corrupt"); a newer one is read but never written
    /// (code "newer-version").
    Status load();
    bool isReadOnly() const { return m_readOnly; }

    const QList<Consent> &consents() const { return m_consents; }
    const Consent *find(const QString &id) const;
    /// Newest first.
    QList<Consent> forApplication(const QString &applicationId) const;
    /// The newest consent of @p applicationId that can serve @p kind at @p now.
    const Consent *usable(const QString &applicationId, ConsentKind kind, const QDateTime &now) const;

    /// Adds or replaces (by id) the consent's record.
    Status put(const Consent &consent);
    /// Stores the tokens of @p id in the vault (which must be unlocked); an
    /// empty @p refreshToken keeps the one stored.
    Status putTokens(const QString &id, const QByteArray &accessToken, const QByteArray &refreshToken,
                     const QStringList &allowedHosts);
    Result<QByteArray> accessToken(const QString &id) const;
    /// Removes the consent and its tokens.
    Status remove(const QString &id);
    /// Forgets the tokens (after a revoke or a rejection) but keeps the record.
    void dropTokens(const QString &id);

    static QString accessRef(const QString &id);
    static QString refreshRef(const QString &id);

Q_SIGNALS:
    void changed();

private:
    Status save();

    QString m_path;
    QPointer<SecretStore> m_vault;
    QList<Consent> m_consents;
    bool m_readOnly = false;
};

} // namespace opc
