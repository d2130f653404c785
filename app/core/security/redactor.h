#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace opc {

/// Hides secrets wherever the console shows or stores text: the values it
/// knows are secret (API keys and secrets, tokens, vault values) raw and
/// base64-encoded, the values of credential headers, and whatever has the
/// shape of a credential though nobody named it (an OAuth reply's
/// access_token, "client_secret=…", a JWT, a private key). The history, the
/// response viewer, presentation mode and the composer use this one policy,
/// so a secret hidden in one place is hidden in all of them.
class Redactor
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// Values shorter than four bytes are ignored: they would mask ordinary words.
    void setKnownSecrets(const QList<QByteArray> &secrets);
    void addKnownSecret(const QByteArray &secret);
    QList<QByteArray> knownSecrets() const { return m_secrets; }

    /// Known secrets (raw and base64) and credential-shaped values masked.
    QByteArray redact(QByteArray data) const;
    QString redactText(const QString &text) const;
    /// Only the known secrets (raw and base64): for a developer's own view,
    /// where an access token just received is meant to be read.
    QByteArray redactKnown(QByteArray data) const;
    QString redactKnownText(const QString &text) const;
    /// A credential header's value masked whole (kept if already masked);
    /// another header's value as redact() does it. Set-Cookie counts as a
    /// credential in responses.
    QByteArray redactHeaderValue(const QByteArray &name, const QByteArray &value, bool response) const;
    Headers redactHeaders(const Headers &headers, bool response) const;

    /// True when @p value is already masked ("••••abcd").
    static bool isMasked(const QByteArray &value);

private:
    QList<QByteArray> m_secrets;
};

} // namespace opc
