#include "net/jwssigner.h"

#include "common/opensslptr.h"
#include "net/keysigner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>


using namespace Qt::StringLiterals;

namespace opc::JwsSigner {

namespace {


QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// ECDSA's DER signature as JWS wants it: r and s, 32 bytes each (RFC 7518 3.4).
QByteArray rawEcdsa(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (!sig) {
        return {};
    }
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(64, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, 32) != 32 || BN_bn2binpad(s, out + 32, 32) != 32) {
        return {};
    }
    return raw;
}

} // namespace

QByteArray algorithmFor(const QSslKey &key)
{
    if (key.algorithm() == QSsl::Rsa) {
        return "RS256";
    }
    if (key.algorithm() == QSsl::Ec && key.length() == 256) {
        return "ES256";
    }
    return {};
}

QByteArray thumbprint(const QSslCertificate &certificate)
{
    return b64url(QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256));
}

Result<QByteArray> detached(const QByteArray &payload, const SigningIdentity &identity)
{
    using R = Result<QByteArray>;
    if (!identity.isValid() || identity.certificate.isNull()) {
        return R::failure(QCoreApplication::translate("opc::JwsSigner", "A signed request needs the application's client certificate and its private key."),
                          u"jws-no-key"_s);
    }
    const QByteArray alg = algorithmFor(identity.key);
    if (alg.isEmpty()) {
        return R::failure(QCoreApplication::translate("opc::JwsSigner", "The client certificate's key cannot sign a JWS: it must be RSA (RS256) or an EC "
                             "P-256 key (ES256)."),
                          u"jws-key-type"_s);
    }
    const QByteArray kid = thumbprint(identity.certificate);
    const QJsonObject header { { u"alg"_s, QString::fromLatin1(alg) },
                               { u"kid"_s, QString::fromLatin1(kid) },
                               { u"x5t#S256"_s, QString::fromLatin1(kid) },
                               { u"typ"_s, u"JOSE"_s } };
    const QByteArray protectedHeader = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact));
    const QByteArray input = protectedHeader + '.' + b64url(payload);

    const Result<QByteArray> made = KeySigner::signSha256(identity.key, input);
    if (!made) {
        return R::failure(QCoreApplication::translate("opc::JwsSigner", "The request body could not be signed."), u"jws-sign"_s);
    }
    QByteArray signature = *made;
    if (alg == "ES256") {
        signature = rawEcdsa(signature);
        if (signature.isEmpty()) {
            return R::failure(QCoreApplication::translate("opc::JwsSigner", "The request body could not be signed."), u"jws-sign"_s);
        }
    }
    return QByteArray(protectedHeader + ".." + b64url(signature));
}

} // namespace opc::JwsSigner
