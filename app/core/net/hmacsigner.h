#pragma once

#include <QByteArray>
#include <QUrl>

namespace opc {

struct PreparedRequest;

/// The HMAC-SHA256 request signature of OP's Restricted products, as the
/// simulator verifies it (app/sandbox/README.md): header
/// `x-hmac-signature: {keyVersion}:{hex}`, keyed by the application's API
/// secret, over OP's string to sign (catalogue section 4.1).
namespace HmacSigner {

QByteArray stringToSign(const PreparedRequest &request);
QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &data);
/// The header value "{keyVersion}:{hex}".
QByteArray signatureHeader(const PreparedRequest &request, const QByteArray &secret, const QByteArray &keyVersion);

} // namespace HmacSigner
} // namespace opc
