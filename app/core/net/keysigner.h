#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSslKey>

namespace opc {

/// SHA-256 signatures with a private key the way OpenSSL makes them: RSA
/// PKCS#1 v1.5, or ECDSA as DER. The request signers (JWS, OP's RSA
/// scheme) build on it.
namespace KeySigner {

Result<QByteArray> signSha256(const QSslKey &key, const QByteArray &data);

} // namespace KeySigner
} // namespace opc
