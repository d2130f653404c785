#include "net/hmacsigner.h"

#include "net/preparedrequest.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace opc::HmacSigner {

QByteArray stringToSign(const PreparedRequest &r)
{
    // OP's PKI scheme (catalogue 4.1) joined by "\n": method, Content-Type,
    // Date, merchant id (the API key here), x-api-key, x-session-id,
    // x-request-id, the request target (path and query as on the request
    // line: a proxy or another host name must not break it), then the body
    // bytes as sent.
    QByteArray s;
    s += r.method.toUpper() + '\n';
    s += r.header("content-type") + '\n';
    s += r.header("date") + '\n';
    s += r.header("x-api-key") + '\n';
    s += r.header("x-api-key") + '\n';
    s += r.header("x-session-id") + '\n';
    s += r.header("x-request-id") + '\n';
    QByteArray target = r.url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (r.url.hasQuery())
        target += '?' + r.url.query(QUrl::FullyEncoded).toLatin1();
    s += target + '\n';
    s += r.body;
    return s;
}

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outLen = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.constData(), size_t(key.size()),
                   reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), out,
                   sizeof out, &outLen))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(outLen)).toHex();
}

QByteArray signatureHeader(const PreparedRequest &request, const QByteArray &secret, const QByteArray &keyVersion)
{
    return keyVersion + ':' + hmacSha256Hex(secret, stringToSign(request));
}

} // namespace opc::HmacSigner
