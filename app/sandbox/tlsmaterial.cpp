#include "tlsmaterial.h"

#include "common/atomicfile.h"
#include "common/opensslptr.h"

#include <QDir>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace opc::sandbox {

namespace {


QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(len));
}

PkeyPtr newKey()
{
    // P-256 keys are quick to make, which keeps first start and every
    // certificate issued for a test well under a second.
    return PkeyPtr(EVP_EC_gen("P-256"));
}

bool addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

enum class CertKind { Ca, Server, Client };

X509Ptr makeCert(EVP_PKEY *key, const QByteArray &cn, X509 *issuer, EVP_PKEY *issuerKey, CertKind kind)
{
    X509Ptr cert(X509_new());
    if (!cert)
        return {};
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // keep the serial positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    // Back-date a little so a client clock slightly behind still accepts it.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), kind == CertKind::Ca ? 10L * 365 * 86400 : 2L * 365 * 86400);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("OP Sandbox Simulator"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1, 0);
    X509 *signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));

    bool ok = addExt(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (issuer)
        ok = ok && addExt(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    switch (kind) {
    case CertKind::Ca:
        ok = ok && addExt(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
                && addExt(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
        break;
    case CertKind::Server:
        ok = ok && addExt(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE")
                && addExt(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyAgreement")
                && addExt(cert.get(), signer, NID_ext_key_usage, "serverAuth")
                && addExt(cert.get(), signer, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1");
        break;
    case CertKind::Client:
        ok = ok && addExt(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE")
                && addExt(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyAgreement")
                && addExt(cert.get(), signer, NID_ext_key_usage, "clientAuth");
        break;
    }
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return {};
    return cert;
}

QByteArray certPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioBytes(bio.get());
}

QByteArray keyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioBytes(bio.get());
}

PkeyPtr readKey(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return PkeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

X509Ptr readCert(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

Status TlsMaterial::loadOrCreate(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir))
        return Status::failure(QStringLiteral("Cannot create the data directory %1.").arg(dataDir));
    QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QDir dir(dataDir);
    m_caPath = dir.filePath(QStringLiteral("ca.pem"));
    m_caKeyPath = dir.filePath(QStringLiteral("ca-key.pem"));
    m_serverCertPath = dir.filePath(QStringLiteral("server.pem"));
    m_serverKeyPath = dir.filePath(QStringLiteral("server-key.pem"));

    m_caCertPem = readAll(m_caPath);
    m_caKeyPem = readAll(m_caKeyPath);
    QByteArray serverPem = readAll(m_serverCertPath);
    QByteArray serverKeyPem = readAll(m_serverKeyPath);

    const bool haveAll = readCert(m_caCertPem) && readKey(m_caKeyPem) && readCert(serverPem) && readKey(serverKeyPem);
    if (!haveAll) {
        PkeyPtr caKey = newKey();
        PkeyPtr serverKey = newKey();
        if (!caKey || !serverKey)
            return Status::failure(QStringLiteral("OpenSSL could not generate a key."));
        X509Ptr ca = makeCert(caKey.get(), "OP Sandbox Simulator CA", nullptr, nullptr, CertKind::Ca);
        if (!ca)
            return Status::failure(QStringLiteral("OpenSSL could not make the CA certificate."));
        X509Ptr server = makeCert(serverKey.get(), "localhost", ca.get(), caKey.get(), CertKind::Server);
        if (!server)
            return Status::failure(QStringLiteral("OpenSSL could not make the server certificate."));
        m_caCertPem = certPem(ca.get());
        m_caKeyPem = keyPem(caKey.get());
        serverPem = certPem(server.get());
        serverKeyPem = keyPem(serverKey.get());
        for (const auto &[path, bytes, priv] :
             { std::tuple { m_caPath, m_caCertPem, false }, std::tuple { m_caKeyPath, m_caKeyPem, true },
               std::tuple { m_serverCertPath, serverPem, false }, std::tuple { m_serverKeyPath, serverKeyPem, true } }) {
            const Status s = AtomicFile::write(path, bytes,
                                               priv ? AtomicFile::Privacy::Private : AtomicFile::Privacy::Shared);
            if (!s)
                return s;
        }
    }
    m_caCert = QSslCertificate(m_caCertPem, QSsl::Pem);
    m_serverCert = QSslCertificate(serverPem, QSsl::Pem);
    m_serverKey = QSslKey(serverKeyPem, QSsl::Ec, QSsl::Pem);
    if (m_caCert.isNull() || m_serverCert.isNull() || m_serverKey.isNull())
        return Status::failure(QStringLiteral("The simulator's TLS files in %1 cannot be read.").arg(dataDir));
    return {};
}

Result<QByteArray> TlsMaterial::issueClientPkcs12(const QString &commonName, const QString &password) const
{
    PkeyPtr caKey = readKey(m_caKeyPem);
    X509Ptr ca = readCert(m_caCertPem);
    if (!caKey || !ca)
        return Result<QByteArray>::failure(QStringLiteral("The simulator's CA is not loaded."));
    PkeyPtr key = newKey();
    if (!key)
        return Result<QByteArray>::failure(QStringLiteral("OpenSSL could not generate a key."));
    X509Ptr cert = makeCert(key.get(), commonName.toUtf8(), ca.get(), caKey.get(), CertKind::Client);
    if (!cert)
        return Result<QByteArray>::failure(QStringLiteral("OpenSSL could not make the client certificate."));
    STACK_OF(X509) *chain = sk_X509_new_null();
    sk_X509_push(chain, ca.get());
    const QByteArray pass = password.toUtf8();
    const QByteArray friendly = commonName.toUtf8();
    // Defaults of OpenSSL 3: AES-256-CBC with PBKDF2 and a SHA-256 MAC.
    Pkcs12Ptr p12(PKCS12_create(pass.constData(), friendly.constData(), key.get(),
                                                          cert.get(), chain, 0, 0, 0, 0, 0));
    sk_X509_free(chain);
    if (!p12)
        return Result<QByteArray>::failure(QStringLiteral("OpenSSL could not make the PKCS#12 file."));
    BioPtr bio(BIO_new(BIO_s_mem()));
    i2d_PKCS12_bio(bio.get(), p12.get());
    return bioBytes(bio.get());
}

} // namespace opc::sandbox
