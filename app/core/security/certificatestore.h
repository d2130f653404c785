#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

namespace opc {

class SecretStore;

/// What the console shows about one client certificate. No key material.
struct CertificateInfo
{
    QString id; ///< lower-case hex SHA-256 of the leaf certificate (DER)
    QString label;
    QString subject;
    QString issuer;
    QString serial;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256Fingerprint; ///< "AB:CD:..." as browsers show it
    QString keyType; ///< "RSA", "EC (prime256v1)", "ED25519"
    int keyBits = 0;
    QStringList extendedKeyUsage; ///< e.g. "TLS Web Client Authentication"
    bool hasEkuExtension = false;
    bool clientAuth = true; ///< false when an EKU extension lacks clientAuth
    int chainLength = 0; ///< intermediates stored with the certificate

    /// Whole days until expiry (negative once expired), at @p now.
    int daysLeft(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool isNotYetValid(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// Sentences about expiry, validity start and client-auth usage.
    QStringList warnings(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

/// The certificate and key to present for one TLS connection.
struct ClientIdentity
{
    QString certificateId;
    QSslCertificate certificate;
    QSslKey key;
    QList<QSslCertificate> chain;
    QStringList warnings; ///< e.g. expired: shown before sending
};

/// Subject and key choice for a certificate signing request.
struct CsrRequest
{
    enum class KeyType { EcP256, Rsa3072 };
    KeyType keyType = KeyType::EcP256;
    QString commonName;
    QString organization;
    QString organizationalUnit;
    QString organizationIdentifier; ///< OID 2.5.4.97, e.g. "NTRFI-1234567-8"
    QString country; ///< two letters
    QString locality;
    QString serialNumber;
};

struct CsrResult
{
    QString keyId; ///< the vault record holding the new private key
    QByteArray csrPem; ///< "-----BEGIN CERTIFICATE REQUEST-----"
};

/// Client certificates for mTLS. Private keys (and the certificates with
/// their chains) live only as vault records; a JSON index next to the
/// profile keeps what the list shows and the app bindings, nothing secret.
/// Legacy PKCS#12 (RC2-40) is read through OpenSSL's legacy provider in a
/// private library context used only while importing.
class CertificateStore : public QObject
{
    Q_OBJECT
public:
    CertificateStore(SecretStore *vault, const QString &indexPath, QObject *parent = nullptr);

    /// Reads the index; a damaged index is reported and left untouched.
    Status load();

    /// Imports a .p12/.pfx. Error code "wrong-password" for a bad password.
    Result<CertificateInfo> importPkcs12(
        const QByteArray &data, const QString &password, const QString &label = {});
    Result<CertificateInfo> importPkcs12File(
        const QString &path, const QString &password, const QString &label = {});
    /// Imports a PEM certificate (first block; further blocks are the chain)
    /// and a PEM private key (plain or encrypted PKCS#8, or traditional).
    /// An empty @p keyPem matches the certificate against pending CSR keys.
    Result<CertificateInfo> importPem(const QByteArray &certificatePem, const QByteArray &keyPem,
        const QString &keyPassphrase = {}, const QString &label = {});

    QList<CertificateInfo> certificates() const;
    Result<CertificateInfo> certificate(const QString &id) const;

    /// The public certificate (and its chain when asked) as PEM.
    Result<QByteArray> exportCertificatePem(const QString &id, bool withChain = true);
    Status remove(const QString &id);

    /// Presents certificate @p id for @p appId on hosts matching
    /// @p hostPatterns (empty: every host). Replaces the app's binding.
    Status bind(const QString &appId, const QString &id, const QStringList &hostPatterns = {});
    Status unbind(const QString &appId);
    Result<ClientIdentity> identityFor(const QString &appId, const QString &host);
    /// The applications certificate @p id is bound to, for the list.
    QStringList boundApplications(const QString &id) const;

    /// Generates a key pair (kept in the vault) and returns a CSR to send
    /// to the certificate authority.
    Result<CsrResult> generateCsr(const CsrRequest &request);
    QStringList pendingCsrKeys() const;

private:
    struct Binding
    {
        QString appId;
        QString certificateId;
        QStringList hosts;
    };

    Result<CertificateInfo> store(
        const QList<QByteArray> &certDers, const QByteArray &keyDer, const QString &label);
    Status saveIndex();

    SecretStore *m_vault;
    QString m_indexPath;
    QList<CertificateInfo> m_certificates;
    QList<Binding> m_bindings;
    QStringList m_pendingCsrKeys;
};

} // namespace opc
