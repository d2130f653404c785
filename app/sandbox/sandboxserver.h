#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>

#include <functional>
#include <memory>

namespace opc::sandbox {

/// How to start the simulator. Port 0 picks a free port; every listener
/// binds to 127.0.0.1 only.
struct SandboxOptions
{
    quint16 httpsPort = 0;
    quint16 mtlsPort = 0;
    quint16 adminPort = 0;
    QString dataDir;   ///< CA, server certificate and key live here (made on first start)
    QString stateFile; ///< optional: apps and quota counters persisted across runs
    /// Optional: PSD2 authorizations, payments and OAuth grants persisted
    /// across runs, so that a consent given in one run is usable in the
    /// next. Tokens are kept there only as SHA-256 digests.
    QString grantsFile;
    int dailyLimit = 1000;
};

/// Credentials the simulator minted for a registered application.
struct AppCredentials
{
    QString apiKey;
    QString apiSecret;
};

/// The embedded simulator of OP's developer sandbox: the overview page's
/// rules (API key, static tokens, error payload, daily quota) over real HTTPS
/// and mutual TLS on loopback. Used in-process by the console and the CLI,
/// and standalone through the opsandbox executable.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    Status start(const SandboxOptions &options);
    void stop();
    bool isRunning() const;

    quint16 httpsPort() const;
    quint16 mtlsPort() const;
    quint16 adminPort() const;
    QString httpsBaseUrl() const; ///< "https://127.0.0.1:<port>"
    QString mtlsBaseUrl() const;
    QString caCertificatePath() const;
    QSslCertificate caCertificate() const;

    /// The catalogue served at GET /__catalog.
    QJsonObject catalog() const;

    /// Registers an application subscribed to @p productIds (catalogue ids).
    /// With @p existing credentials (an application the console stored in an
    /// earlier run) those are used; a known key gets the new name and products.
    AppCredentials registerApplication(const QString &name, const QStringList &productIds,
                                       const AppCredentials &existing = {});
    /// Issues a client certificate for the app, signed by the simulator's CA,
    /// as PKCS#12 protected by @p password.
    Result<QByteArray> issueClientCertificate(const QString &apiKey, const QString &password);

    /// Registers OP Online Payment merchant @p merchantId's RSA public key
    /// (PEM), as the admin API's PUT /merchants/{id} does.
    Status registerMerchantKey(const QString &merchantId, const QByteArray &publicKeyPem);

    /// Sets an application's daily limit (-1 keeps it) and how many requests
    /// it has used today: demos show the 429 case without 1000 sends.
    Status setQuota(const QString &apiKey, int limit, int used);

    /// Replaces the clock used for quotas and timestamps (tests).
    void setClock(std::function<QDateTime()> clock);
    /// Writes the state file now (also done by stop()).
    Status saveState();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace opc::sandbox
