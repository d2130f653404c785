#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>

namespace opc {

/// The key that signs requests beyond HMAC, and its certificate: the
/// application's client certificate (its private key is in the vault), as
/// OP's PSD2 sandbox takes the QWAC's key for the QSEAL one; for OP Online
/// Payment the merchant's RSA key.
struct SigningIdentity
{
    QSslKey key;
    QSslCertificate certificate; ///< names the key in a JWS (kid)

    bool isValid() const { return !key.isNull() && key.type() == QSsl::PrivateKey; }
};

/// Detached JSON Web Signatures (RFC 7515, appendix F) as OP's PSD2 Payment
/// Initiation API takes them in `x-jws-signature` (catalogue section 4.2):
/// the compact form `base64url(header)..base64url(signature)` over the body
/// as sent, ES256 for a P-256 key, RS256 for an RSA key, with the
/// certificate's SHA-256 thumbprint as `kid` and `x5t#S256`.
namespace JwsSigner {

/// "ES256", "RS256", or empty for a key that cannot sign a JWS here.
QByteArray algorithmFor(const QSslKey &key);
/// base64url of the SHA-256 of the certificate's DER.
QByteArray thumbprint(const QSslCertificate &certificate);
/// The detached compact JWS over @p payload.
Result<QByteArray> detached(const QByteArray &payload, const SigningIdentity &identity);

} // namespace JwsSigner
} // namespace opc
