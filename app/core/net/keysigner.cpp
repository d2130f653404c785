#include "net/keysigner.h"

#include "common/opensslptr.h"

#include <QCoreApplication>

#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace opc::KeySigner {

Result<QByteArray> signSha256(const QSslKey &key, const QByteArray &data)
{
    using R = Result<QByteArray>;
    const auto failed = [] {
        return R::failure(QCoreApplication::translate("opc::KeySigner", "The request could not be signed with the key."),
                          u"sign-failed"_s);
    };
    if (key.isNull() || key.type() != QSsl::PrivateKey) {
        return failed();
    }
    const QByteArray pem = key.toPem();
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    const PkeyPtr pkey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    const auto *input = reinterpret_cast<const unsigned char *>(data.constData());
    size_t length = 0;
    if (!pkey || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, pkey.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length, input, size_t(data.size())) != 1) {
        return failed();
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, input,
                       size_t(data.size()))
        != 1) {
        return failed();
    }
    signature.truncate(qsizetype(length));
    return signature;
}

} // namespace opc::KeySigner
