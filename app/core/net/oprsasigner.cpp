#include "net/oprsasigner.h"

#include "common/opensslptr.h"
#include "net/preparedrequest.h"

#include <QCoreApplication>

#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace opc::OpRsaSigner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("opc::OpRsaSigner", text);
}

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
        return R::failure(tr("the merchant's RSA private key is missing: bind a certificate with an RSA key to the "
                             "application."),
                          u"op-rsa-no-key"_s);
    }
    const QByteArray pem = key.toPem();
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    const PkeyPtr pkey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    const QByteArray data = stringToSign(request, merchantId);
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!pkey || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, pkey.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(data.constData()),
                          size_t(data.size()))
                   != 1) {
        return R::failure(tr("the request could not be signed with the merchant's key."), u"op-rsa-sign"_s);
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
        != 1) {
        return R::failure(tr("the request could not be signed with the merchant's key."), u"op-rsa-sign"_s);
    }
    signature.truncate(qsizetype(length));
    return QByteArray(merchantId + ":1:" + keyVersion + ':' + signature.toHex());
}

} // namespace opc::OpRsaSigner
