#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace opc::sandbox {

/// The simulator's certificate authority and server certificate, made with
/// OpenSSL on first start and kept in the data directory so that a client
/// which trusted the CA once keeps trusting it across restarts.
class TlsMaterial
{
public:
    /// Loads ca.pem/ca-key.pem/server.pem/server-key.pem from @p dataDir or
    /// generates them when absent or unreadable.
    Status loadOrCreate(const QString &dataDir);

    QString caPath() const { return m_caPath; }
    QString serverCertPath() const { return m_serverCertPath; }
    QString serverKeyPath() const { return m_serverKeyPath; }
    QSslCertificate caCertificate() const { return m_caCert; }
    QSslCertificate serverCertificate() const { return m_serverCert; }
    QSslKey serverKey() const { return m_serverKey; }

    /// A client certificate signed by the CA (CN = @p commonName, clientAuth
    /// EKU), with its key, as PKCS#12 protected by @p password.
    Result<QByteArray> issueClientPkcs12(const QString &commonName, const QString &password) const;

private:
    QString m_caPath;
    QString m_caKeyPath;
    QString m_serverCertPath;
    QString m_serverKeyPath;
    QByteArray m_caKeyPem;
    QByteArray m_caCertPem;
    QSslCertificate m_caCert;
    QSslCertificate m_serverCert;
    QSslKey m_serverKey;
};

} // namespace opc::sandbox
