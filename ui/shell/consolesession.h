#pragma once

#include "apps/applicationstore.h"
#include "common/result.h"
#include "model/apiproduct.h"
#include "model/application.h"
#include "model/environment.h"
#include "model/exchange.h"
#include "model/requestspec.h"
#include "model/token.h"
#include "net/preparedrequest.h"
#include "net/tlsprofile.h"
#include "security/secretstore.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>

#include <memory>

namespace opc {
class CertificateStore;
class EnvironmentStore;
class CustomTokenStore;
class HttpEngine;
class QuotaTracker;
class SecretStore;
class Settings;
struct TlsProfile;
namespace sandbox {
class EmbeddedSimulator;
}
} // namespace opc

namespace opc::ui {

/// What a send needs besides the request and the token.
struct SendOptions
{
    /// The variables of the collection the request belongs to; the
    /// environment's win over them.
    QList<KeyValue> collectionVariables;
    /// The user chose to send although a 429 paused the application.
    bool overrideQuotaBlock = false;
};

/// One console session: starts the embedded simulator on free loopback
/// ports, keeps the catalogue, the user's applications and custom tokens,
/// and turns composer input into sends through RequestBuilder and
/// HttpEngine, feeding the quota tracker.
///
/// The active application supplies the API key, the API secret (from the
/// vault, for the request's host only) and, for mutual-TLS products, its
/// bound client certificate. With no active application the simulator's
/// demo application is used; its secret and certificate stay in memory.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleSession(Settings *settings, QObject *parent = nullptr);
    ~ConsoleSession() override;

    /// Starts the embedded simulator; the catalogue is ready afterwards.
    Status startLocal();
    bool isReady() const;

    const Environment &environment() const;
    QJsonObject catalogDocument() const;
    const QList<ApiProduct> &products() const;
    /// The active application's name (the demo application's when none is).
    QString applicationName() const;
    /// The id the quota is counted under for the active application.
    QString applicationId() const;
    /// The simulator's built-in application, used when none is active.
    QString demoApplicationId() const;
    QString demoApplicationName() const { return m_demoName; }
    QString sessionId() const { return m_sessionId; }
    QuotaTracker *quota() const { return m_quota.get(); }

    /// The user's applications (applications.json in the data folder) and
    /// custom tokens (custom-tokens.json), owned by the session.
    ApplicationStore *applications() const { return m_applications.get(); }
    CustomTokenStore *customTokens() const { return m_customTokens.get(); }
    /// What loading those files said (a damaged file moved aside, ...).
    Status applicationsLoadStatus() const { return m_applicationsLoaded; }

    /// The vault holding keys, secrets, custom tokens and certificate keys;
    /// null or locked until the user unlocks it. Not owned.
    void setSecretStore(SecretStore *vault);
    SecretStore *secretStore() const;
    /// The client certificates for mutual TLS; null until the vault is open.
    void setCertificateStore(CertificateStore *certificates);
    CertificateStore *certificateStore() const;

    /// The application the next send uses; empty = the demo application.
    Status setActiveApplication(const QString &id);
    QString activeApplicationId() const { return m_activeId; }
    /// The active stored application, or nullptr for the demo application.
    const Application *activeApplication() const;

    /// Asks the running simulator for a new key and secret for an
    /// application subscribed to @p productIds (nothing is stored).
    Result<ApplicationCredentials> registerInSimulator(const QString &name, const QStringList &productIds);
    /// Registers a new local application in the simulator and stores it,
    /// its key and secret going to the vault under its secretRef.
    Result<Application> registerLocalApplication(const QString &name, const QStringList &productIds);
    /// Registers every stored local application in the running simulator
    /// with its stored key and secret, so that they work again after a
    /// restart. Needs the vault; returns how many were registered.
    int syncLocalApplications();

    /// Per-environment variables and revocation lists (not owned; may be null).
    void setEnvironmentStore(EnvironmentStore *environments);
    /// The proxy every request goes through (NoProxy by default).
    void setProxy(const QNetworkProxy &proxy);
    /// The request as it went on the wire (credentials in clear): valid
    /// while exchangeFinished for @p id is being delivered, for "copy as
    /// curl" and masking echoed secrets; an empty one afterwards.
    PreparedRequest preparedRequest(quint64 id) const;

    /// Sends @p spec with @p token; the result arrives as exchangeFinished.
    /// A refusal before sending (undefined variable, header injection, quota
    /// block, a secret bound to another host, no certificate for an mTLS
    /// API) is returned at once and nothing goes out.
    Result<quint64> send(const RequestSpec &spec, const Token &token, const SendOptions &options = {});
    /// The environment a send as @p app goes to (nullptr: the demo
    /// application, always the local simulator).
    Environment environmentOf(const Application *app) const;
    /// Whether a request to @p urlOrPath counts against the daily quota: the
    /// catalogued APIs do, the simulator's diagnostics and unknown paths not.
    bool countsAgainstQuota(const QString &urlOrPath) const;
    void cancel(quint64 id);

    /// Sets how many of today's requests the demo application (or the
    /// active local application) has used in the embedded simulator.
    Status setSimulatorQuotaUsed(int used);
    /// A client certificate from the simulator's CA for the demo
    /// application, or for the stored local application @p appId: PKCS#12
    /// bytes and the password protecting them.
    Result<QPair<QByteArray, QString>> issueTestCertificate(const QString &appId = {});

    /// The product the URL or path belongs to, for the composer's summary.
    const ApiProduct *productFor(const QString &urlOrPath) const;

Q_SIGNALS:
    void exchangeFinished(quint64 id, const opc::Exchange &exchange);
    void activeApplicationChanged(const QString &id);

private:
    Status applyEnvironmentSettings(Environment &environment, TlsProfile &tls);
    Result<quint64> sendAsApplication(const Application &app, const RequestSpec &spec, const Token &token,
                                      const SendOptions &options);
    Status checkQuota(const QString &environmentId, const QString &appId, const QString &target,
                      const SendOptions &options) const;
    struct SendOwner
    {
        QString environmentId;
        QString applicationId;
        bool counted = true; ///< a quota'd API: its response is recorded
    };
    Status attachIdentity(const Application &app, const QString &host, TlsProfile &tls);
    bool needsClientCertificate(const QString &url, const Environment &environment) const;
    void registerInSimulator(const Application &app);

    Settings *m_settings;
    std::unique_ptr<sandbox::EmbeddedSimulator> m_simulator;
    std::unique_ptr<HttpEngine> m_engine;
    std::unique_ptr<QuotaTracker> m_quota;
    std::unique_ptr<ApplicationStore> m_applications;
    std::unique_ptr<CustomTokenStore> m_customTokens;
    QPointer<SecretStore> m_vault;
    QPointer<CertificateStore> m_certificates;
    Status m_applicationsLoaded;
    QString m_activeId;
    QString m_demoName;
    QString m_sessionId;
    QHash<quint64, SendOwner> m_sendOwners; ///< by send id: whose quota the response belongs to
    QHash<quint64, PreparedRequest> m_prepared;
    EnvironmentStore *m_environments = nullptr;
};

} // namespace opc::ui
