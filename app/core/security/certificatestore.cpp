#include "security/certificatestore.h"

#include "common/atomicfile.h"
#include "common/opensslptr.h"
#include "security/secretstore.h"
#include "security/vaultcrypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace opc {

namespace {

using P12Ptr = Pkcs12Ptr;
using ReqPtr = X509ReqPtr;
using NamePtr = X509NamePtr;

const QString kKindKey = QStringLiteral("private-key");
const QString kKindChain = QStringLiteral("certificate-chain");

QString keyRecord(const QString &certId)
{
    return QStringLiteral("cert:%1:key").arg(certId);
}
QString chainRecord(const QString &certId)
{
    return QStringLiteral("cert:%1:chain").arg(certId);
}

/// Drains OpenSSL's error queue into one line for "why" details.
QString opensslErrors()
{
    QStringList parts;
    while (const unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        parts.append(QString::fromLatin1(buf));
    }
    return parts.join(QStringLiteral("; "));
}

BioPtr memBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray bioBytes(BIO *bio)
{
    char *p = nullptr;
    const long n = BIO_get_mem_data(bio, &p);
    return QByteArray(p, n);
}

QByteArray certDer(X509 *x)
{
    unsigned char *p = nullptr;
    const int n = i2d_X509(x, &p);
    if (n <= 0) {
        return {};
    }
    QByteArray out(reinterpret_cast<const char *>(p), n);
    OPENSSL_free(p);
    return out;
}

X509Ptr certFromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())));
}

QByteArray derToPem(const QByteArray &der)
{
    X509Ptr x = certFromDer(der);
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!x || !PEM_write_bio_X509(bio.get(), x.get())) {
        return {};
    }
    return bioBytes(bio.get());
}

/// PKCS#8 PEM of a private key, unencrypted: it only ever goes into a
/// vault record, which is the encryption.
QByteArray keyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)) {
        return {};
    }
    return bioBytes(bio.get());
}

PkeyPtr keyFromPem(const QByteArray &pem)
{
    BioPtr bio = memBio(pem);
    return PkeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

QString nameString(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioBytes(bio.get()));
}

QDateTime asn1Time(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1) {
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
        QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), QTimeZone::UTC);
}

CertificateInfo describe(X509 *x)
{
    CertificateInfo info;
    info.subject = nameString(X509_get_subject_name(x));
    info.issuer = nameString(X509_get_issuer_name(x));
    if (BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), nullptr)) {
        char *hex = BN_bn2hex(bn);
        info.serial = QString::fromLatin1(hex);
        OPENSSL_free(hex);
        BN_free(bn);
    }
    info.notBefore = asn1Time(X509_get0_notBefore(x));
    info.notAfter = asn1Time(X509_get0_notAfter(x));
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    X509_digest(x, EVP_sha256(), md, &mdLen);
    const QByteArray digest(reinterpret_cast<const char *>(md), int(mdLen));
    info.id = QString::fromLatin1(digest.toHex());
    info.sha256Fingerprint = QString::fromLatin1(digest.toHex(':').toUpper());
    if (EVP_PKEY *pub = X509_get0_pubkey(x)) {
        info.keyBits = EVP_PKEY_get_bits(pub);
        switch (EVP_PKEY_get_base_id(pub)) {
        case EVP_PKEY_RSA:
            info.keyType = QStringLiteral("RSA");
            break;
        case EVP_PKEY_EC: {
            char group[80] = {};
            size_t len = 0;
            EVP_PKEY_get_group_name(pub, group, sizeof group, &len);
            info.keyType = QStringLiteral("EC (%1)").arg(QString::fromLatin1(group));
            break;
        }
        default:
            info.keyType = QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(pub)));
        }
    }
    auto *eku = static_cast<EXTENDED_KEY_USAGE *>(
        X509_get_ext_d2i(x, NID_ext_key_usage, nullptr, nullptr));
    if (eku) {
        info.hasEkuExtension = true;
        info.clientAuth = false;
        for (int i = 0; i < sk_ASN1_OBJECT_num(eku); ++i) {
            const ASN1_OBJECT *obj = sk_ASN1_OBJECT_value(eku, i);
            const int nid = OBJ_obj2nid(obj);
            if (nid == NID_client_auth || nid == NID_anyExtendedKeyUsage) {
                info.clientAuth = true;
            }
            char text[128] = {};
            OBJ_obj2txt(text, sizeof text, obj, 0);
            info.extendedKeyUsage.append(QString::fromUtf8(text));
        }
        sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
    }
    ERR_clear_error();
    return info;
}

QJsonObject toJson(const CertificateInfo &c)
{
    return QJsonObject {
        { QStringLiteral("id"), c.id },
        { QStringLiteral("label"), c.label },
        { QStringLiteral("subject"), c.subject },
        { QStringLiteral("issuer"), c.issuer },
        { QStringLiteral("serial"), c.serial },
        { QStringLiteral("notBefore"), c.notBefore.toString(Qt::ISODate) },
        { QStringLiteral("notAfter"), c.notAfter.toString(Qt::ISODate) },
        { QStringLiteral("sha256"), c.sha256Fingerprint },
        { QStringLiteral("keyType"), c.keyType },
        { QStringLiteral("keyBits"), c.keyBits },
        { QStringLiteral("eku"), QJsonArray::fromStringList(c.extendedKeyUsage) },
        { QStringLiteral("hasEku"), c.hasEkuExtension },
        { QStringLiteral("clientAuth"), c.clientAuth },
        { QStringLiteral("chainLength"), c.chainLength },
    };
}

CertificateInfo fromJson(const QJsonObject &o)
{
    CertificateInfo c;
    c.id = o.value(QStringLiteral("id")).toString();
    c.label = o.value(QStringLiteral("label")).toString();
    c.subject = o.value(QStringLiteral("subject")).toString();
    c.issuer = o.value(QStringLiteral("issuer")).toString();
    c.serial = o.value(QStringLiteral("serial")).toString();
    c.notBefore
        = QDateTime::fromString(o.value(QStringLiteral("notBefore")).toString(), Qt::ISODate);
    c.notAfter = QDateTime::fromString(o.value(QStringLiteral("notAfter")).toString(), Qt::ISODate);
    c.sha256Fingerprint = o.value(QStringLiteral("sha256")).toString();
    c.keyType = o.value(QStringLiteral("keyType")).toString();
    c.keyBits = o.value(QStringLiteral("keyBits")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("eku")).toArray()) {
        c.extendedKeyUsage.append(v.toString());
    }
    c.hasEkuExtension = o.value(QStringLiteral("hasEku")).toBool();
    c.clientAuth = o.value(QStringLiteral("clientAuth")).toBool(true);
    c.chainLength = o.value(QStringLiteral("chainLength")).toInt();
    return c;
}

/// A private OpenSSL library context with the "legacy" and "default"
/// providers, made this thread's default for its lifetime. Old PKCS#12
/// files (RC2-40, 3DES) need the legacy provider; loading it into the
/// global context would enable weak ciphers for every connection.
class LegacyImportContext
{
public:
    LegacyImportContext()
    {
        m_ctx = OSSL_LIB_CTX_new();
        if (m_ctx) {
            m_default = OSSL_PROVIDER_load(m_ctx, "default");
            m_legacy = OSSL_PROVIDER_load(m_ctx, "legacy");
            m_previous = OSSL_LIB_CTX_set0_default(m_ctx);
        }
    }
    ~LegacyImportContext()
    {
        if (m_ctx) {
            OSSL_LIB_CTX_set0_default(m_previous);
            if (m_legacy) {
                OSSL_PROVIDER_unload(m_legacy);
            }
            if (m_default) {
                OSSL_PROVIDER_unload(m_default);
            }
            OSSL_LIB_CTX_free(m_ctx);
        }
    }
    LegacyImportContext(const LegacyImportContext &) = delete;
    LegacyImportContext &operator=(const LegacyImportContext &) = delete;
    bool ok() const { return m_ctx && m_default; }
    bool hasLegacy() const { return m_legacy != nullptr; }

private:
    OSSL_LIB_CTX *m_ctx = nullptr;
    OSSL_LIB_CTX *m_previous = nullptr;
    OSSL_PROVIDER *m_default = nullptr;
    OSSL_PROVIDER *m_legacy = nullptr;
};

struct PassphraseData
{
    QByteArray passphrase;
    bool asked = false;
};

int passphraseCallback(char *buf, int size, int, void *userdata)
{
    auto *data = static_cast<PassphraseData *>(userdata);
    data->asked = true;
    if (data->passphrase.isEmpty() || data->passphrase.size() > size) {
        return -1;
    }
    std::memcpy(buf, data->passphrase.constData(), size_t(data->passphrase.size()));
    return int(data->passphrase.size());
}

QSsl::KeyAlgorithm qtAlgorithm(EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QSsl::Rsa;
    case EVP_PKEY_EC:
        return QSsl::Ec;
    case EVP_PKEY_DSA:
        return QSsl::Dsa;
    default:
        return QSsl::Opaque;
    }
}

bool keyMatches(const QByteArray &leafDer, EVP_PKEY *key)
{
    X509Ptr x = certFromDer(leafDer);
    const bool ok = x && X509_check_private_key(x.get(), key) == 1;
    ERR_clear_error();
    return ok;
}
} // namespace

int CertificateInfo::daysLeft(const QDateTime &now) const
{
    return int(now.secsTo(notAfter) / 86400);
}

bool CertificateInfo::isExpired(const QDateTime &now) const
{
    return notAfter.isValid() && now > notAfter;
}

bool CertificateInfo::isNotYetValid(const QDateTime &now) const
{
    return notBefore.isValid() && now < notBefore;
}

QStringList CertificateInfo::warnings(const QDateTime &now) const
{
    QStringList out;
    const QString until = notAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (isExpired(now)) {
        out.append(QCoreApplication::translate("opc::CertificateStore", "The certificate expired on %1.").arg(until));
    } else if (daysLeft(now) < 30) {
        out.append(QCoreApplication::translate("opc::CertificateStore", "The certificate expires in %1 days, on %2.").arg(daysLeft(now)).arg(until));
    }
    if (isNotYetValid(now)) {
        out.append(QCoreApplication::translate("opc::CertificateStore", "The certificate is not valid before %1.")
                       .arg(notBefore.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    }
    if (!clientAuth) {
        out.append(QCoreApplication::translate("opc::CertificateStore", "The certificate is not meant for client authentication: its extended key "
                      "usage (%1) lacks clientAuth.")
                       .arg(extendedKeyUsage.join(QStringLiteral(", "))));
    }
    return out;
}

CertificateStore::CertificateStore(SecretStore *vault, const QString &indexPath, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_indexPath(indexPath)
{ }

Status CertificateStore::load()
{
    m_certificates.clear();
    m_bindings.clear();
    m_pendingCsrKeys.clear();
    if (!QFile::exists(m_indexPath)) {
        return {};
    }
    Result<QByteArray> bytes = AtomicFile::read(m_indexPath, 16 * 1024 * 1024);
    if (!bytes) {
        return Status::failure(bytes.errorMessage());
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &err);
    if (!doc.isObject()) {
        return Status::failure(QCoreApplication::translate("opc::CertificateStore", "The certificate index %1 is damaged: %2")
                                   .arg(QDir::toNativeSeparators(m_indexPath), err.errorString()),
            QStringLiteral("corrupt"));
    }
    const QJsonObject root = doc.object();
    for (const QJsonValue &v : root.value(QStringLiteral("certificates")).toArray()) {
        m_certificates.append(fromJson(v.toObject()));
    }
    for (const QJsonValue &v : root.value(QStringLiteral("bindings")).toArray()) {
        const QJsonObject o = v.toObject();
        Binding b { o.value(QStringLiteral("appId")).toString(),
            o.value(QStringLiteral("certificateId")).toString(), {} };
        for (const QJsonValue &h : o.value(QStringLiteral("hosts")).toArray()) {
            b.hosts.append(h.toString());
        }
        m_bindings.append(b);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("pendingCsrKeys")).toArray()) {
        m_pendingCsrKeys.append(v.toString());
    }
    return {};
}

Status CertificateStore::saveIndex()
{
    QJsonArray certs;
    for (const CertificateInfo &c : std::as_const(m_certificates)) {
        certs.append(toJson(c));
    }
    QJsonArray bindings;
    for (const Binding &b : std::as_const(m_bindings)) {
        bindings.append(QJsonObject { { QStringLiteral("appId"), b.appId },
            { QStringLiteral("certificateId"), b.certificateId },
            { QStringLiteral("hosts"), QJsonArray::fromStringList(b.hosts) } });
    }
    const QJsonObject root { { QStringLiteral("version"), 1 },
        { QStringLiteral("certificates"), certs }, { QStringLiteral("bindings"), bindings },
        { QStringLiteral("pendingCsrKeys"), QJsonArray::fromStringList(m_pendingCsrKeys) } };
    return AtomicFile::write(
        m_indexPath, QJsonDocument(root).toJson(), AtomicFile::Privacy::Private);
}

Result<CertificateInfo> CertificateStore::importPkcs12File(
    const QString &path, const QString &password, const QString &label)
{
    Result<QByteArray> data = AtomicFile::read(path, 1024 * 1024);
    if (!data) {
        return Result<CertificateInfo>::failure(data.errorMessage());
    }
    return importPkcs12(*data, password, label);
}

Result<CertificateInfo> CertificateStore::importPkcs12(
    const QByteArray &data, const QString &password, const QString &label)
{
    using R = Result<CertificateInfo>;
    if (!m_vault || !m_vault->isUnlocked()) {
        return R::failure(
            QCoreApplication::translate("opc::CertificateStore", "Unlock the vault before importing a certificate."), QStringLiteral("locked"));
    }
    QList<QByteArray> ders;
    QByteArray pem;
    {
        ERR_clear_error();
        LegacyImportContext legacy;
        if (!legacy.ok()) {
            return R::failure(
                QCoreApplication::translate("opc::CertificateStore", "OpenSSL could not prepare the PKCS#12 import: %1").arg(opensslErrors()));
        }
        BioPtr bio = memBio(data);
        P12Ptr p12(d2i_PKCS12_bio(bio.get(), nullptr));
        if (!p12) {
            ERR_clear_error();
            return R::failure(
                QCoreApplication::translate("opc::CertificateStore", "This is not a PKCS#12 (.p12/.pfx) file."), QStringLiteral("format"));
        }
        QByteArray pass = password.toUtf8();
        const char *passPtr = pass.constData();
        if (PKCS12_mac_present(p12.get())) {
            bool macOk = PKCS12_verify_mac(p12.get(), passPtr, int(pass.size())) == 1;
            if (!macOk && pass.isEmpty()) {
                // Some tools encode "no password" as NULL rather than "".
                macOk = PKCS12_verify_mac(p12.get(), nullptr, 0) == 1;
                passPtr = macOk ? nullptr : passPtr;
            }
            if (!macOk) {
                VaultCrypto::wipe(pass);
                ERR_clear_error();
                return R::failure(
                    QCoreApplication::translate("opc::CertificateStore", "Wrong password for this PKCS#12 file."), QStringLiteral("wrong-password"));
            }
        }
        EVP_PKEY *rawKey = nullptr;
        X509 *rawCert = nullptr;
        STACK_OF(X509) *ca = nullptr;
        const int parsed = PKCS12_parse(p12.get(), passPtr, &rawKey, &rawCert, &ca);
        VaultCrypto::wipe(pass);
        PkeyPtr key(rawKey);
        X509Ptr cert(rawCert);
        if (parsed != 1) {
            const QString why = opensslErrors();
            sk_X509_pop_free(ca, X509_free);
            if (why.contains(QStringLiteral("unsupported")) && !legacy.hasLegacy()) {
                return R::failure(QCoreApplication::translate("opc::CertificateStore", "This PKCS#12 file uses an old cipher and OpenSSL's legacy "
                                     "provider is not installed: %1")
                                      .arg(why));
            }
            if (!PKCS12_mac_present(p12.get())) {
                return R::failure(
                    QCoreApplication::translate("opc::CertificateStore", "Wrong password for this PKCS#12 file."), QStringLiteral("wrong-password"));
            }
            return R::failure(QCoreApplication::translate("opc::CertificateStore", "The PKCS#12 file could not be read: %1").arg(why));
        }
        if (!key) {
            sk_X509_pop_free(ca, X509_free);
            return R::failure(
                QCoreApplication::translate("opc::CertificateStore", "The PKCS#12 file holds no private key."), QStringLiteral("no-key"));
        }
        if (cert) {
            ders.append(certDer(cert.get()));
        }
        for (int i = 0; i < sk_X509_num(ca); ++i) {
            ders.append(certDer(sk_X509_value(ca, i)));
        }
        sk_X509_pop_free(ca, X509_free);
        // Serialise while the private context is alive: the key object
        // belongs to it and must be gone before the context is freed.
        pem = keyPem(key.get());
        ERR_clear_error();
    }
    if (ders.isEmpty()) {
        return R::failure(
            QCoreApplication::translate("opc::CertificateStore", "The PKCS#12 file holds no certificate."), QStringLiteral("no-certificate"));
    }
    if (pem.isEmpty()) {
        return R::failure(QCoreApplication::translate("opc::CertificateStore", "The private key could not be converted."));
    }
    Result<CertificateInfo> stored = store(ders, pem, label);
    VaultCrypto::wipe(pem);
    return stored;
}

Result<CertificateInfo> CertificateStore::importPem(const QByteArray &certificatePem,
    const QByteArray &keyPemIn, const QString &keyPassphrase, const QString &label)
{
    using R = Result<CertificateInfo>;
    if (!m_vault || !m_vault->isUnlocked()) {
        return R::failure(
            QCoreApplication::translate("opc::CertificateStore", "Unlock the vault before importing a certificate."), QStringLiteral("locked"));
    }
    ERR_clear_error();
    QList<QByteArray> ders;
    {
        BioPtr bio = memBio(certificatePem);
        while (X509 *x = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
            ders.append(certDer(x));
            X509_free(x);
        }
        ERR_clear_error();
    }
    if (ders.isEmpty()) {
        return R::failure(
            QCoreApplication::translate("opc::CertificateStore", "No PEM certificate was found (expected \"-----BEGIN CERTIFICATE-----\")."),
            QStringLiteral("format"));
    }
    QByteArray pem;
    QString pendingId;
    if (keyPemIn.trimmed().isEmpty()) {
        // A certificate coming back for one of our CSRs: find its key.
        for (const QString &id : std::as_const(m_pendingCsrKeys)) {
            Result<QByteArray> candidate = m_vault->get(id);
            if (!candidate) {
                continue;
            }
            PkeyPtr k = keyFromPem(*candidate);
            if (k && keyMatches(ders.first(), k.get())) {
                pem = *candidate;
                pendingId = id;
                break;
            }
            VaultCrypto::wipe(candidate.value());
        }
        if (pem.isEmpty()) {
            return R::failure(QCoreApplication::translate("opc::CertificateStore", "Choose the private key for this certificate: none of the keys "
                                 "generated here matches it."),
                QStringLiteral("no-key"));
        }
    } else {
        PassphraseData pass { keyPassphrase.toUtf8(), false };
        BioPtr bio = memBio(keyPemIn);
        PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &pass));
        VaultCrypto::wipe(pass.passphrase);
        if (!key) {
            const QString why = opensslErrors();
            if (pass.asked && keyPassphrase.isEmpty()) {
                return R::failure(QCoreApplication::translate("opc::CertificateStore", "The private key is encrypted: enter its passphrase."),
                    QStringLiteral("passphrase-needed"));
            }
            if (pass.asked) {
                return R::failure(
                    QCoreApplication::translate("opc::CertificateStore", "Wrong password for the private key."), QStringLiteral("wrong-password"));
            }
            return R::failure(
                QCoreApplication::translate("opc::CertificateStore", "The private key could not be read: %1").arg(why), QStringLiteral("format"));
        }
        if (!keyMatches(ders.first(), key.get())) {
            return R::failure(QCoreApplication::translate("opc::CertificateStore", "The private key does not belong to this certificate."),
                QStringLiteral("key-mismatch"));
        }
        pem = keyPem(key.get());
    }
    Result<CertificateInfo> stored = store(ders, pem, label);
    VaultCrypto::wipe(pem);
    if (stored && !pendingId.isEmpty()) {
        m_pendingCsrKeys.removeAll(pendingId);
        (void)m_vault->remove(pendingId);
        (void)saveIndex();
    }
    return stored;
}

Result<CertificateInfo> CertificateStore::store(
    const QList<QByteArray> &certDers, const QByteArray &keyPemBytes, const QString &label)
{
    using R = Result<CertificateInfo>;
    X509Ptr leaf = certFromDer(certDers.first());
    if (!leaf) {
        return R::failure(QCoreApplication::translate("opc::CertificateStore", "The certificate could not be read."));
    }
    PkeyPtr key = keyFromPem(keyPemBytes);
    if (!key || X509_check_private_key(leaf.get(), key.get()) != 1) {
        ERR_clear_error();
        return R::failure(QCoreApplication::translate("opc::CertificateStore", "The private key does not belong to this certificate."),
            QStringLiteral("key-mismatch"));
    }
    CertificateInfo info = describe(leaf.get());
    info.chainLength = int(certDers.size()) - 1;
    info.label = label;
    if (info.label.isEmpty()) {
        info.label = QSslCertificate(certDers.first(), QSsl::Der)
                         .subjectInfo(QSslCertificate::CommonName)
                         .value(0, info.subject);
    }
    QByteArray chainPem;
    for (const QByteArray &der : certDers) {
        chainPem.append(derToPem(der));
    }
    if (Status s = m_vault->put(keyRecord(info.id), kKindKey, keyPemBytes); !s) {
        return R::failure(s.errorMessage());
    }
    if (Status s = m_vault->put(chainRecord(info.id), kKindChain, chainPem); !s) {
        return R::failure(s.errorMessage());
    }
    bool replaced = false;
    for (CertificateInfo &c : m_certificates) {
        if (c.id == info.id) {
            c = info;
            replaced = true;
        }
    }
    if (!replaced) {
        m_certificates.append(info);
    }
    if (Status s = saveIndex(); !s) {
        return R::failure(s.errorMessage());
    }
    return info;
}

QList<CertificateInfo> CertificateStore::certificates() const
{
    return m_certificates;
}

Result<CertificateInfo> CertificateStore::certificate(const QString &id) const
{
    for (const CertificateInfo &c : m_certificates) {
        if (c.id == id) {
            return c;
        }
    }
    return Result<CertificateInfo>::failure(
        QCoreApplication::translate("opc::CertificateStore", "There is no certificate %1.").arg(id), QStringLiteral("not-found"));
}

Result<QByteArray> CertificateStore::exportCertificatePem(const QString &id, bool withChain)
{
    if (!certificate(id)) {
        return Result<QByteArray>::failure(
            QCoreApplication::translate("opc::CertificateStore", "There is no certificate %1.").arg(id), QStringLiteral("not-found"));
    }
    Result<QByteArray> chain = m_vault->get(chainRecord(id));
    if (!chain || withChain) {
        return chain;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(*chain, QSsl::Pem);
    return certs.isEmpty() ? QByteArray() : certs.first().toPem();
}

Status CertificateStore::remove(const QString &id)
{
    if (!certificate(id)) {
        return Status::failure(
            QCoreApplication::translate("opc::CertificateStore", "There is no certificate %1.").arg(id), QStringLiteral("not-found"));
    }
    if (Status s = m_vault->remove(keyRecord(id));
        !s && s.errorCode() != QStringLiteral("not-found")) {
        return s;
    }
    if (Status s = m_vault->remove(chainRecord(id));
        !s && s.errorCode() != QStringLiteral("not-found")) {
        return s;
    }
    m_certificates.removeIf([&](const CertificateInfo &c) { return c.id == id; });
    m_bindings.removeIf([&](const Binding &b) { return b.certificateId == id; });
    return saveIndex();
}

Status CertificateStore::bind(
    const QString &appId, const QString &id, const QStringList &hostPatterns)
{
    if (!certificate(id)) {
        return Status::failure(
            QCoreApplication::translate("opc::CertificateStore", "There is no certificate %1.").arg(id), QStringLiteral("not-found"));
    }
    m_bindings.removeIf([&](const Binding &b) { return b.appId == appId; });
    m_bindings.append(Binding { appId, id, hostPatterns });
    return saveIndex();
}

Status CertificateStore::unbind(const QString &appId)
{
    m_bindings.removeIf([&](const Binding &b) { return b.appId == appId; });
    return saveIndex();
}

QStringList CertificateStore::boundApplications(const QString &id) const
{
    QStringList apps;
    for (const Binding &b : m_bindings) {
        if (b.certificateId == id) {
            apps.append(b.appId);
        }
    }
    return apps;
}

Result<ClientIdentity> CertificateStore::identityFor(const QString &appId, const QString &host)
{
    using R = Result<ClientIdentity>;
    const Binding *found = nullptr;
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.appId == appId && SecretStore::hostAllowed(b.hosts, host)) {
            found = &b;
            break;
        }
    }
    if (!found) {
        return R::failure(QCoreApplication::translate("opc::CertificateStore", "No client certificate is set for %1 on %2.").arg(appId, host),
            QStringLiteral("no-binding"));
    }
    const Result<CertificateInfo> info = certificate(found->certificateId);
    if (!info) {
        return R::failure(info.errorMessage(), info.errorCode());
    }
    Result<QByteArray> chain = m_vault->get(chainRecord(info->id));
    if (!chain) {
        return R::failure(chain.errorMessage(), chain.errorCode());
    }
    Result<QByteArray> keyBytes = m_vault->get(keyRecord(info->id));
    if (!keyBytes) {
        return R::failure(keyBytes.errorMessage(), keyBytes.errorCode());
    }
    PkeyPtr pkey = keyFromPem(*keyBytes);
    const QSsl::KeyAlgorithm algorithm = pkey ? qtAlgorithm(pkey.get()) : QSsl::Opaque;
    ClientIdentity id;
    id.certificateId = info->id;
    if (algorithm != QSsl::Opaque) {
        id.key = QSslKey(*keyBytes, algorithm, QSsl::Pem, QSsl::PrivateKey);
    }
    VaultCrypto::wipe(keyBytes.value());
    if (id.key.isNull()) {
        return R::failure(QCoreApplication::translate("opc::CertificateStore", "The key type of %1 (%2) cannot be used for TLS here.")
                              .arg(info->label, info->keyType));
    }
    QList<QSslCertificate> certs = QSslCertificate::fromData(*chain, QSsl::Pem);
    if (certs.isEmpty()) {
        return R::failure(QCoreApplication::translate("opc::CertificateStore", "The stored certificate %1 could not be read.").arg(info->label));
    }
    id.certificate = certs.takeFirst();
    id.chain = certs;
    id.warnings = info->warnings();
    return id;
}

Result<CsrResult> CertificateStore::generateCsr(const CsrRequest &request)
{
    using R = Result<CsrResult>;
    if (!m_vault || !m_vault->isUnlocked()) {
        return R::failure(QCoreApplication::translate("opc::CertificateStore", "Unlock the vault before creating a key."), QStringLiteral("locked"));
    }
    if (request.commonName.isEmpty()) {
        return R::failure(QCoreApplication::translate("opc::CertificateStore", "A certificate request needs a common name."));
    }
    ERR_clear_error();
    PkeyPtr key(request.keyType == CsrRequest::KeyType::EcP256
            ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")
            : EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072)));
    if (!key) {
        return R::failure(QCoreApplication::translate("opc::CertificateStore", "The key pair could not be generated: %1").arg(opensslErrors()));
    }
    ReqPtr req(X509_REQ_new());
    NamePtr name(X509_NAME_new());
    struct Field
    {
        const char *oid;
        QString value;
    };
    // Most general first, as certificate authorities expect.
    const Field fields[] = {
        { "2.5.4.6", request.country },
        { "2.5.4.7", request.locality },
        { "2.5.4.10", request.organization },
        { "2.5.4.97", request.organizationIdentifier },
        { "2.5.4.11", request.organizationalUnit },
        { "2.5.4.5", request.serialNumber },
        { "2.5.4.3", request.commonName },
    };
    for (const Field &f : fields) {
        if (f.value.isEmpty()) {
            continue;
        }
        const QByteArray v = f.value.toUtf8();
        ASN1_OBJECT *obj = OBJ_txt2obj(f.oid, 1);
        const int type = (qstrcmp(f.oid, "2.5.4.6") == 0 || qstrcmp(f.oid, "2.5.4.5") == 0)
            ? MBSTRING_ASC
            : MBSTRING_UTF8;
        const int added = obj
            ? X509_NAME_add_entry_by_OBJ(name.get(), obj, type,
                reinterpret_cast<const unsigned char *>(v.constData()), int(v.size()), -1, 0)
            : 0;
        ASN1_OBJECT_free(obj);
        if (added != 1) {
            return R::failure(QCoreApplication::translate("opc::CertificateStore", "The subject field %1 is not valid: %2")
                                  .arg(QString::fromLatin1(f.oid), opensslErrors()));
        }
    }
    if (X509_REQ_set_version(req.get(), X509_REQ_VERSION_1) != 1
        || X509_REQ_set_subject_name(req.get(), name.get()) != 1
        || X509_REQ_set_pubkey(req.get(), key.get()) != 1
        || X509_REQ_sign(req.get(), key.get(), EVP_sha256()) <= 0) {
        return R::failure(
            QCoreApplication::translate("opc::CertificateStore", "The certificate request could not be signed: %1").arg(opensslErrors()));
    }
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509_REQ(bio.get(), req.get())) {
        return R::failure(QCoreApplication::translate("opc::CertificateStore", "The certificate request could not be written."));
    }
    CsrResult result;
    result.csrPem = bioBytes(bio.get());
    result.keyId
        = QStringLiteral("csr:%1:key").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QByteArray pem = keyPem(key.get());
    const Status put = m_vault->put(result.keyId, kKindKey, pem);
    VaultCrypto::wipe(pem);
    if (!put) {
        return R::failure(put.errorMessage());
    }
    m_pendingCsrKeys.append(result.keyId);
    if (Status s = saveIndex(); !s) {
        return R::failure(s.errorMessage());
    }
    return result;
}

QStringList CertificateStore::pendingCsrKeys() const
{
    return m_pendingCsrKeys;
}

} // namespace opc
