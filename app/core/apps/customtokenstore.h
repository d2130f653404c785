#pragma once

#include "common/result.h"
#include "model/token.h"
#include "security/secretstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace opc {

class SecretStore;

/// A token the user added (an OAuth access token, a token from the real
/// sandbox): its name here, its value only in the vault.
struct CustomToken
{
    QString id;
    QString name;
    QDateTime created;
};

/// Custom tokens: names and metadata in custom-tokens.json, values as vault
/// records "token.<id>.value". Nothing secret is ever written to the file.
class CustomTokenStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 1;

    explicit CustomTokenStore(const QString &path, QObject *parent = nullptr);

    QString path() const { return m_path; }
    void setSecretStore(SecretStore *vault);
    SecretStore *secretStore() const;

    /// A missing file is an empty list; a damaged one is moved aside and
    /// reported (code "corrupt").
    Status load();

    const QList<CustomToken> &tokens() const { return m_tokens; }
    int indexOf(const QString &id) const;
    /// Case-insensitive.
    int indexOfName(const QString &name) const;

    /// Stores @p value in the vault (which must be unlocked) under a new id.
    Result<CustomToken> add(const QString &name, const QByteArray &value);
    /// Removes by id or by name, with the vault record.
    Status remove(const QString &idOrName);
    Result<QByteArray> value(const QString &id);
    /// The token to send, labelled with its name.
    Result<Token> token(const QString &id);

    static QString valueRef(const QString &id);

Q_SIGNALS:
    void changed();

private:
    Status save();

    QString m_path;
    QPointer<SecretStore> m_vault;
    QList<CustomToken> m_tokens;
};

} // namespace opc
