#pragma once

#include "common/result.h"
#include "model/apiproduct.h"
#include "model/environment.h"
#include "net/tlsprofile.h"

#include <QJsonObject>

#include <memory>

namespace opc::sandbox {

class SandboxServer;

/// The simulator as the console and the CLI use it: started on free
/// loopback ports, its catalogue parsed, a demo application registered for
/// every product, and a client certificate issued for the mTLS listener.
/// Credentials live in memory only.
class EmbeddedSimulator
{
public:
    EmbeddedSimulator();
    ~EmbeddedSimulator();
    EmbeddedSimulator(const EmbeddedSimulator &) = delete;
    EmbeddedSimulator &operator=(const EmbeddedSimulator &) = delete;

    /// @p dataDir keeps the simulator's CA and server certificate.
    Status start(const QString &dataDir, const QString &demoAppName);

    SandboxServer *server() const { return m_server.get(); }
    const Environment &environment() const { return m_environment; }
    const QJsonObject &catalogDocument() const { return m_catalog; }
    const QList<ApiProduct> &products() const { return m_products; }
    QString apiKey() const { return m_apiKey; }
    QByteArray apiSecret() const { return m_apiSecret; }
    /// Trusts the simulator's CA (for this environment only); no client certificate.
    const TlsProfile &serverTrust() const { return m_serverTrust; }
    /// The demo application's client certificate plus the CA.
    const TlsProfile &clientIdentity() const { return m_clientIdentity; }
    /// The demo merchant of OP Online Payment and its RSA key (the
    /// simulator verifies the demo application's signatures with it).
    QString merchantId() const { return m_merchantId; }
    /// Made on first use (an RSA key takes a while) and registered then.
    QSslKey merchantKey();

    /// A path of an mTLS product goes to the mutual-TLS listener: adjusts
    /// @p environment's base URL and, when @p tls has no client certificate,
    /// gives it the demo application's. Absolute URLs are left alone.
    void routeMtls(const QString &urlOrPath, Environment &environment, TlsProfile &tls) const;

private:
    std::unique_ptr<SandboxServer> m_server;
    Environment m_environment;
    QJsonObject m_catalog;
    QList<ApiProduct> m_products;
    QString m_apiKey;
    QByteArray m_apiSecret;
    TlsProfile m_serverTrust;
    TlsProfile m_clientIdentity;
    QString m_merchantId;
    QSslKey m_merchantKey;
};

} // namespace opc::sandbox
