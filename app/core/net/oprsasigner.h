#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSslKey>

namespace opc {

struct PreparedRequest;

/// OP Online Payment's request signature (catalogue section 4.1): header
/// `Authorization: {merchantId}:1:{keyVersion}:{hex}`, where hex is an RSA
/// PKCS#1 v1.5 signature over SHA-256 with the merchant's private key of
/// the lines method, Content-Type, Date, merchant id, x-api-key,
/// x-session-id, x-request-id, the full URL and the body, joined by "\n".
namespace OpRsaSigner {

QByteArray stringToSign(const PreparedRequest &request, const QByteArray &merchantId);
/// The Authorization header's value.
Result<QByteArray> authorization(const PreparedRequest &request, const QByteArray &merchantId, const QSslKey &key,
                                 const QByteArray &keyVersion);

} // namespace OpRsaSigner
} // namespace opc
