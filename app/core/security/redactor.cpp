#include "security/redactor.h"

#include "net/secretmasker.h"
#include "security/secretscanner.h"

using namespace Qt::StringLiterals;

namespace opc {

namespace {
const QByteArray kDot = QByteArrayLiteral("\xe2\x80\xa2");
constexpr qsizetype kMinSecretLength = 4;
} // namespace

void Redactor::setKnownSecrets(const QList<QByteArray> &secrets)
{
    m_secrets.clear();
    for (const QByteArray &secret : secrets) {
        addKnownSecret(secret);
    }
}

void Redactor::addKnownSecret(const QByteArray &secret)
{
    if (secret.size() >= kMinSecretLength && !m_secrets.contains(secret)) {
        m_secrets.append(secret);
    }
}

bool Redactor::isMasked(const QByteArray &value)
{
    return value.contains(kDot);
}

QByteArray Redactor::redactKnown(QByteArray data) const
{
    for (const QByteArray &secret : m_secrets) {
        data.replace(secret, SecretMasker::mask(secret));
        // Echo endpoints and some payloads carry a body or header base64-encoded.
        const QByteArray base64 = secret.toBase64();
        if (base64.size() >= 8) {
            data.replace(base64, SecretMasker::mask(base64));
        }
    }
    return data;
}

QByteArray Redactor::redact(QByteArray data) const
{
    data = redactKnown(data);
    const QList<SecretFinding> found = SecretScanner().scan(data);
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        qsizetype length = it->length;
        if (it->kind == "private-key"_L1) {
            // The finding is the BEGIN line; the key runs to the END line.
            const qsizetype end = data.indexOf("PRIVATE KEY-----", it->offset + it->length);
            length = (end < 0 ? data.size() : end + 16) - it->offset;
        }
        const QByteArray value = data.mid(it->offset, length);
        if (!isMasked(value)) {
            data.replace(it->offset, length, SecretMasker::mask(value));
        }
    }
    return data;
}

QString Redactor::redactText(const QString &text) const
{
    return QString::fromUtf8(redact(text.toUtf8()));
}

QString Redactor::redactKnownText(const QString &text) const
{
    return QString::fromUtf8(redactKnown(text.toUtf8()));
}

QByteArray Redactor::redactHeaderValue(const QByteArray &name, const QByteArray &value, bool response) const
{
    const bool credential = SecretMasker::isCredentialHeader(name)
        || (response && name.compare("set-cookie", Qt::CaseInsensitive) == 0);
    if (credential) {
        // Masking "••••abcd" again would throw away the tail that tells two
        // tokens apart.
        return isMasked(value) ? value : SecretMasker::mask(value);
    }
    return redact(value);
}

Redactor::Headers Redactor::redactHeaders(const Headers &headers, bool response) const
{
    Headers out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        out.append({ name, redactHeaderValue(name, value, response) });
    }
    return out;
}

} // namespace opc
