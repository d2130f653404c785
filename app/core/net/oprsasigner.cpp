#include "net/oprsasigner.h"

#include "net/keysigner.h"
#include "net/preparedrequest.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace opc::OpRsaSigner {

namespace {


} // namespace

QByteArray stringToSign(const PreparedRequest &r, const QByteArray &merchantId)
{
    return QList<QByteArray> { r.method.toUpper(), r.header("content-type"), r.header("date"), merchantId,
                               r.header("x-api-key"), r.header("x-session-id"), r.header("x-request-id"),
                               r.url.toString(QUrl::FullyEncoded).toLatin1(), r.body }
            .join('\n');
}

Result<QByteArray> authorization(const PreparedRequest &request, const QByteArray &merchantId, const QSslKey &key,
                                 const QByteArray &keyVersion)
{
    using R = Result<QByteArray>;
    if (key.isNull() || key.type() != QSsl::PrivateKey || key.algorithm() != QSsl::Rsa) {
        return R::failure(QCoreApplication::translate("opc::OpRsaSigner", "the merchant's RSA private key is missing: bind a certificate with an RSA key to the "
                             "application."),
                          u"op-rsa-no-key"_s);
    }
    const Result<QByteArray> signature = KeySigner::signSha256(key, stringToSign(request, merchantId));
    if (!signature) {
        return R::failure(QCoreApplication::translate("opc::OpRsaSigner", "the request could not be signed with the merchant's key."), u"op-rsa-sign"_s);
    }
    return QByteArray(merchantId + ":1:" + keyVersion + ':' + signature->toHex());
}

} // namespace opc::OpRsaSigner
