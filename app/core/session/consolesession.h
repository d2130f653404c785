#pragma once

#include "catalog/productcatalog.h"
#include "common/result.h"
#include "model/application.h"
#include "model/environment.h"
#include "model/exchange.h"
#include "model/requestspec.h"
#include "model/token.h"
#include "net/httpengine.h"
#include "net/preparedrequest.h"
#include "net/tlsprofile.h"

#include <QHash>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>

#include <functional>

#include <memory>
#include <optional>

namespace opc {

class ApplicationStore;
class CertificateStore;
class ConsentService;
class ConsentStore;
class CustomTokenStore;
class EnvironmentStore;
class HistoryStore;
class QuotaTracker;
class SecretStore;
class Settings;

/// The built-in demo application: the local simulator's own, kept in
/// memory only (its key, secret and client certificate are minted at every
/// start and never stored).
struct DemoIdentity
{
    QString id;
    QString name;
    QString environmentId = QStringLiteral("local");
    QString apiKey;
    QByteArray apiSecret;
    /// Its client certificate for mutual-TLS APIs (key and chain included).
    TlsProfile clientIdentity;
    /// OP Online Payment: the demo merchant and its RSA key, which the
    /// simulator knows the public half of.
    QString merchantId;
    std::function<QSslKey()> merchantKey; ///< made when first asked for

    bool isValid() const { return !apiKey.isEmpty(); }
};

/// What a send needs besides the request and the token.
struct SendOptions
{
    /// The variables of the collection the request belongs to; the
    /// environment's win over them.
    QList<KeyValue> collectionVariables;
    /// The user chose to send although a 429 paused the application.
    bool overrideQuotaBlock = false;
    /// Who sends: unset = the active application; an empty id = the demo
    /// application.
    std::optional<QString> applicationId;
    /// The consent whose token this send carries: its x-session-id goes
    /// with it (the bank keeps a consent's payments under the session it
    /// was given in), unless the request sets one itself.
    QString consentId;
};

/// A request as it would go on the wire, with the TLS settings and the
/// bucket its quota is counted in. Credentials are in clear: never show or
/// store it unmasked.
struct PreparedSend
{
    PreparedRequest request;
    TlsProfile tls;
    QString environmentId;
    QString applicationId;
    /// The URL as the user composed it, relative to the environment when it
    /// was: history re-sends it to the environment's address of that day.
    QString composedUrl;
    /// A catalogued API: the daily quota counts it.
    bool countsAgainstQuota = false;
};

/// One console session, with no widgets: the send pipeline the window, the
/// command line and the runner share.
///
/// identity (application or the demo application, its environment, token,
/// client certificate) -> RequestBuilder -> HttpEngine -> exchangeFinished,
/// which is emitted once per send after the quota and the history have
/// recorded it. Environments are resolved by the EnvironmentStore only, so
/// an application of a user-defined environment sends there; the product
/// catalogue (token header, HMAC, mutual TLS per API) is data, available
/// whether or not a simulator runs.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    /// Stores live in @p settings' data folder: applications.json,
    /// custom-tokens.json, consents.json, environments.json and quota.json.
    explicit ConsoleSession(Settings *settings, QObject *parent = nullptr);
    ~ConsoleSession() override;

    Settings *settings() const { return m_settings; }
    ApplicationStore *applications() const { return m_applications.get(); }
    CustomTokenStore *customTokens() const { return m_customTokens.get(); }
    EnvironmentStore *environments() const { return m_environments.get(); }
    QuotaTracker *quota() const { return m_quota.get(); }
    /// PSD2 consents (consents.json, their tokens in the vault) and the
    /// service that runs their flows, refreshes and revokes them.
    ConsentStore *consentStore() const { return m_consentStore.get(); }
    ConsentService *consents() const { return m_consents.get(); }
    /// What loading the stores said (a damaged file moved aside, ...).
    Status applicationsLoadStatus() const { return m_applicationsLoaded; }
    Status environmentsLoadStatus() const { return m_environmentsLoaded; }

    const ProductCatalog &catalog() const { return m_catalog; }
    const QList<ApiProduct> &products() const { return m_catalog.products(); }
    /// The product the URL or path belongs to.
    const ApiProduct *productFor(const QString &urlOrPath) const;
    /// Whether a request to @p urlOrPath counts against the daily quota: the
    /// catalogued APIs do, diagnostics and unknown paths not.
    bool countsAgainstQuota(const QString &urlOrPath) const;

    /// The vault (keys, secrets, tokens, certificate keys); not owned.
    void setSecretStore(SecretStore *vault);
    SecretStore *secretStore() const;
    /// Client certificates for mutual TLS; not owned, null until unlocked.
    void setCertificateStore(CertificateStore *certificates);
    CertificateStore *certificateStore() const;
    /// Where every finished exchange is recorded, masked; not owned, may be null.
    void setHistoryStore(HistoryStore *history);
    /// The proxy every request goes through (NoProxy by default).
    void setProxy(const QNetworkProxy &proxy);
    /// Size cap and time limits of every send (from the settings by default).
    void setEngineOptions(const EngineOptions &options);

    /// The demo application, used when no application is active.
    void setDemoIdentity(const DemoIdentity &demo);
    const DemoIdentity &demoIdentity() const { return m_demo; }
    QString demoApplicationId() const { return m_demo.id; }
    QString demoApplicationName() const { return m_demo.name; }
    QString sessionId() const { return m_sessionId; }

    /// The application the next send uses; empty = the demo application.
    Status setActiveApplication(const QString &id);
    QString activeApplicationId() const { return m_activeId; }
    /// The active stored application, or nullptr for the demo application.
    const Application *activeApplication() const;
    /// The active application's name and quota id (the demo's when none is).
    QString applicationName() const;
    QString applicationId() const;

    /// Where a send as @p app goes (nullptr: the demo application); an
    /// environment without an address when it cannot be resolved.
    Environment environmentOf(const Application *app) const;
    /// The hosts @p app's credentials and tokens may go to (nullptr: the
    /// demo application's).
    QStringList credentialHostsOf(const Application *app) const;

    /// Everything send() would do short of opening a socket: identity,
    /// environment, variables, credentials for the target host only, HMAC,
    /// the client certificate, the quota check. A refusal names its reason
    /// (error codes: vault-locked, no-api-key, no-certificate,
    /// quota-blocked, no-environment, no-base-url, no-application, ...).
    Result<PreparedSend> prepare(const RequestSpec &spec, const Token &token, const SendOptions &options = {}) const;
    /// Sends @p spec; the result arrives as exchangeFinished. Nothing goes
    /// out when prepare() refuses.
    Result<quint64> send(const RequestSpec &spec, const Token &token, const SendOptions &options = {});
    void cancel(quint64 id);
    /// The request as it went on the wire, while @p id is in flight.
    PreparedRequest preparedRequest(quint64 id) const;

Q_SIGNALS:
    /// Once per send, after the quota and the history recorded it; the
    /// exchange names its environment, application and composed URL.
    void exchangeFinished(quint64 id, const opc::Exchange &exchange, const opc::PreparedRequest &request);
    /// The history has a new row (@p historyId) for send @p id.
    void exchangeRecorded(quint64 id, qint64 historyId);
    /// Recording in the history failed; the exchange is still delivered.
    void historyProblem(const QString &message);
    void activeApplicationChanged(const QString &id);

private:
    struct SendOwner
    {
        QString environmentId;
        QString applicationId;
        QString composedUrl;
        QByteArray body; ///< as composed, for the history
        bool counted = true;
    };
    Status applyEnvironmentTrust(const Environment &environment, TlsProfile &tls) const;
    Status attachIdentity(const Application &app, const QString &host, TlsProfile &tls) const;
    bool needsClientCertificate(const QUrl &target, const ApiProduct *product, const Environment &environment) const;
    void finish(quint64 id, const Exchange &exchange);

    Settings *m_settings;
    ProductCatalog m_catalog;
    std::unique_ptr<HttpEngine> m_engine;
    std::unique_ptr<QuotaTracker> m_quota;
    std::unique_ptr<EnvironmentStore> m_environments;
    std::unique_ptr<ApplicationStore> m_applications;
    std::unique_ptr<CustomTokenStore> m_customTokens;
    std::unique_ptr<ConsentStore> m_consentStore;
    std::unique_ptr<ConsentService> m_consents;
    QPointer<SecretStore> m_vault;
    QPointer<CertificateStore> m_certificates;
    HistoryStore *m_history = nullptr;
    Status m_applicationsLoaded;
    Status m_environmentsLoaded;
    DemoIdentity m_demo;
    QString m_activeId;
    QString m_sessionId;
    QHash<quint64, SendOwner> m_owners;
    QHash<quint64, PreparedRequest> m_prepared;
    mutable QHash<QString, QList<QSslCertificate>> m_caFiles; ///< extra CAs by path, read once
};

} // namespace opc
