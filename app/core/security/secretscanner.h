#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace opc {

/// One token-shaped value found in text about to be exported or saved.
struct SecretFinding
{
    QString kind; ///< "private-key", "bearer-token", "jwt", "credential", "known-secret"
    qsizetype offset; ///< byte offset of the value in the scanned data
    qsizetype length;
    QString preview; ///< masked: first and last characters only
    QString description() const;
};

/// Looks for secrets before an export or save: PEM private keys, bearer
/// tokens and JWTs, long values after credential names (x-api-key,
/// Authorization, client_secret, ...), and any value the vault says is a
/// secret. The OP sandbox's four static tokens are public and never flagged,
/// nor are {{secret:NAME}} references.
class SecretScanner
{
public:
    SecretScanner();

    /// Exact values to flag wherever they appear (raw or base64).
    void addKnownSecret(const QByteArray &value);
    /// Values never to flag (beyond the built-in public sandbox tokens).
    void addPublicValue(const QByteArray &value);

    QList<SecretFinding> scan(QByteArrayView data) const;
    QList<SecretFinding> scanText(const QString &text) const
    {
        return scan(QByteArrayView(text.toUtf8()));
    }
    bool containsSecret(QByteArrayView data) const { return !scan(data).isEmpty(); }

    static bool isPublicSandboxToken(QByteArrayView value);

private:
    QList<QByteArray> m_known;
    QList<QByteArray> m_public;
};

} // namespace opc
