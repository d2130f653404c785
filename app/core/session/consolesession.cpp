#include "session/consolesession.h"

#include "apps/applicationstore.h"
#include "apps/customtokenstore.h"
#include "environments/environmentstore.h"
#include "history/historystore.h"
#include "net/httpengine.h"
#include "oauth/consentservice.h"
#include "oauth/consentstore.h"
#include "net/requestbuilder.h"
#include "net/revocationcheck.h"
#include "quota/quotatracker.h"
#include "security/certificatestore.h"
#include "security/secretstore.h"
#include "settings/settings.h"

#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace opc {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == "http"_L1 ? 80 : 443) == b.port(b.scheme() == "http"_L1 ? 80 : 443);
}

QString pathAndQuery(const QUrl &url)
{
    return url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
}

} // namespace

ConsoleSession::ConsoleSession(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_catalog(ProductCatalog::builtIn())
    , m_engine(std::make_unique<HttpEngine>())
    , m_quota(std::make_unique<QuotaTracker>(settings->dataDir()))
    , m_environments(std::make_unique<EnvironmentStore>(settings->path(u"environments.json"_s)))
    , m_applications(std::make_unique<ApplicationStore>(settings->path(u"applications.json"_s)))
    , m_customTokens(std::make_unique<CustomTokenStore>(settings->path(u"custom-tokens.json"_s)))
    , m_consentStore(std::make_unique<ConsentStore>(settings->path(u"consents.json"_s)))
    , m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    EngineOptions options = m_engine->defaultOptions();
    options.maxBodyBytes = m_settings->maxResponseBytes();
    options.connectTimeoutMs = m_settings->connectTimeoutMs();
    options.totalTimeoutMs = m_settings->totalTimeoutMs();
    m_engine->setDefaultOptions(options);
    connect(m_engine.get(), &HttpEngine::finished, this, &ConsoleSession::finish);

    // A damaged file is moved aside by its store; the session goes on.
    (void)m_quota->load();
    m_environmentsLoaded = m_environments->load();
    m_applications->setEnvironmentStore(m_environments.get());
    m_applications->setCatalog(m_catalog.products());
    m_applicationsLoaded = m_applications->load();
    if (const Status tokens = m_customTokens->load(); !tokens && m_applicationsLoaded) {
        m_applicationsLoaded = tokens;
    }
    if (const Status consents = m_consentStore->load(); !consents && m_applicationsLoaded) {
        m_applicationsLoaded = consents;
    }
    m_consents = std::make_unique<ConsentService>(this, m_consentStore.get());
    const QString remembered = m_settings->activeApplicationId();
    if (m_applications->find(remembered)) {
        m_activeId = remembered;
    }
    connect(m_applications.get(), &ApplicationStore::removed, this, [this](int) {
        if (!m_activeId.isEmpty() && !m_applications->find(m_activeId)) {
            (void)setActiveApplication({});
        }
    });
}

ConsoleSession::~ConsoleSession()
{
    // The service's flows send through this session: they go first.
    m_consents.reset();
}

const ApiProduct *ConsoleSession::productFor(const QString &urlOrPath) const
{
    return m_catalog.matchPath(urlOrPath);
}

bool ConsoleSession::countsAgainstQuota(const QString &urlOrPath) const
{
    return productFor(urlOrPath) != nullptr;
}

void ConsoleSession::setSecretStore(SecretStore *vault)
{
    m_vault = vault;
    m_applications->setSecretStore(vault);
    m_customTokens->setSecretStore(vault);
    m_consentStore->setSecretStore(vault);
}

SecretStore *ConsoleSession::secretStore() const
{
    return m_vault.data();
}

void ConsoleSession::setCertificateStore(CertificateStore *certificates)
{
    m_certificates = certificates;
}

CertificateStore *ConsoleSession::certificateStore() const
{
    return m_certificates.data();
}

void ConsoleSession::setHistoryStore(HistoryStore *history)
{
    m_history = history;
}

void ConsoleSession::setProxy(const QNetworkProxy &proxy)
{
    m_engine->setProxy(proxy);
}

void ConsoleSession::setEngineOptions(const EngineOptions &options)
{
    m_engine->setDefaultOptions(options);
}

void ConsoleSession::setDemoIdentity(const DemoIdentity &demo)
{
    m_demo = demo;
}

Status ConsoleSession::setActiveApplication(const QString &id)
{
    if (!id.isEmpty() && !m_applications->find(id)) {
        return Status::failure(tr("No application has the id %1.").arg(id));
    }
    if (id == m_activeId) {
        return {};
    }
    m_activeId = id;
    m_settings->setActiveApplicationId(id);
    Q_EMIT activeApplicationChanged(id);
    return {};
}

const Application *ConsoleSession::activeApplication() const
{
    return m_activeId.isEmpty() ? nullptr : m_applications->find(m_activeId);
}

QString ConsoleSession::applicationName() const
{
    const Application *app = activeApplication();
    return app ? app->name : m_demo.name;
}

QString ConsoleSession::applicationId() const
{
    const Application *app = activeApplication();
    return app ? app->id : m_demo.id;
}

Environment ConsoleSession::environmentOf(const Application *app) const
{
    const QString id = app ? app->environmentId : m_demo.environmentId;
    if (const Result<Environment> resolved = m_environments->resolve(id)) {
        return *resolved;
    }
    if (const Environment *known = m_environments->find(id)) {
        return *known;
    }
    return {};
}

QStringList ConsoleSession::credentialHostsOf(const Application *app) const
{
    return app ? m_applications->hostsFor(app->environmentId) : environmentOf(nullptr).credentialHosts();
}

Status ConsoleSession::applyEnvironmentTrust(const Environment &environment, TlsProfile &tls) const
{
    // The environment's own CA (the simulator's) is trusted for it alone.
    if (!environment.extraCaPath.isEmpty()) {
        auto cached = m_caFiles.constFind(environment.extraCaPath);
        if (cached == m_caFiles.cend()) {
            const auto loaded = TlsProfile::loadCaFile(environment.extraCaPath);
            if (!loaded) {
                return Status::failure(tr("The CA certificate of %1 cannot be used: %2")
                                               .arg(environment.name, loaded.errorMessage()),
                                       u"ca"_s);
            }
            cached = m_caFiles.insert(environment.extraCaPath, *loaded);
        }
        tls.extraCaCertificates += *cached;
    }
    if (!environment.crlPath.isEmpty()) {
        const auto crl = RevocationCheck::loadCrlFile(environment.crlPath);
        if (!crl) {
            return Status::failure(
                    tr("The revocation list of %1 cannot be used: %2").arg(environment.name, crl.errorMessage()),
                    u"crl"_s);
        }
        tls.crls = { *crl };
    }
    return {};
}

bool ConsoleSession::needsClientCertificate(const QUrl &target, const ApiProduct *product,
                                            const Environment &environment) const
{
    if (product && product->mtls) {
        return true;
    }
    // A mutual-TLS listener of its own demands a certificate for every
    // path, its diagnostics included.
    return !environment.mtlsBaseUrl.isEmpty() && environment.mtlsBaseUrl != environment.baseUrl
        && sameOrigin(target, QUrl(environment.mtlsBaseUrl));
}

Status ConsoleSession::attachIdentity(const Application &app, const QString &host, TlsProfile &tls) const
{
    if (!m_certificates) {
        return Status::failure(tr("%1 calls a mutual-TLS API: unlock the vault and bind a client certificate to "
                                  "the application in Certificates.")
                                       .arg(app.name),
                               u"no-certificate"_s);
    }
    // The application's chosen certificate is the binding; the certificate
    // store is told when it does not know it yet.
    if (!app.certificateId.isEmpty() && !m_certificates->boundApplications(app.certificateId).contains(app.id)) {
        if (const Status bound
            = m_certificates->bind(app.id, app.certificateId, m_applications->hostsFor(app.environmentId));
            !bound) {
            return bound;
        }
    }
    const Result<ClientIdentity> identity = m_certificates->identityFor(app.id, host);
    if (!identity) {
        return Status::failure(tr("%1 calls a mutual-TLS API but has no client certificate for %2: bind one "
                                  "in the application manager or in Certificates.")
                                       .arg(app.name, host),
                               u"no-certificate"_s);
    }
    tls.clientCertificate = identity->certificate;
    tls.clientKey = identity->key;
    tls.clientChain = identity->chain;
    return {};
}

Result<PreparedSend> ConsoleSession::prepare(const RequestSpec &spec, const Token &token,
                                             const SendOptions &options) const
{
    using R = Result<PreparedSend>;
    const QString appId = options.applicationId.value_or(m_activeId);
    const Application *app = appId.isEmpty() ? nullptr : m_applications->find(appId);
    if (!appId.isEmpty() && !app) {
        return R::failure(tr("No application has the id %1.").arg(appId), u"no-application"_s);
    }
    if (!app && !m_demo.isValid()) {
        return R::failure(tr("The embedded simulator is not running: choose an application to send as."),
                          u"no-simulator"_s);
    }
    const QString environmentId = app ? app->environmentId : m_demo.environmentId;
    const Result<Environment> environment = m_environments->resolve(environmentId);
    if (!environment) {
        return environment.error();
    }
    if (app && (!m_vault || !m_vault->isUnlocked())) {
        return R::failure(tr("Unlock the secret vault to send as %1: its key and secret are kept there.")
                                  .arg(app->name),
                          u"vault-locked"_s);
    }

    PreparedSend out;
    RequestContext context;
    context.environment = *environment;
    context.catalog = m_catalog.products();
    context.collectionVariables = options.collectionVariables;
    if (const Status trusted = applyEnvironmentTrust(context.environment, out.tls); !trusted) {
        return trusted.error();
    }
    // The host the request really goes to, after {{variables}}: credentials
    // and the client certificate are chosen for it alone, so they are not
    // known yet: a {{$apiKey}} in the URL (an authorize page's client_id)
    // stands for itself while the host is found.
    RequestContext routing = context;
    routing.apiKey = u"apiKey"_s;
    Result<QUrl> target = RequestBuilder::resolveUrl(spec, routing);
    if (!target) {
        return target.error();
    }
    const ApiProduct *product = productFor(target->toString());
    RequestSpec routed = spec;
    const QUrl base(context.environment.baseUrl);
    if (product && product->mtls && context.environment.mutualTlsBaseUrl() != context.environment.baseUrl
        && sameOrigin(*target, base)) {
        // A mutual-TLS product of this environment listens elsewhere (the
        // simulator's second port): a path, {{baseUrl}} or this
        // environment's own address goes there.
        context.environment.baseUrl = context.environment.mtlsBaseUrl;
        if (!QUrl(spec.url).isRelative()) {
            routed.url = context.environment.mtlsBaseUrl + pathAndQuery(QUrl(spec.url));
        }
        routing.environment = context.environment;
        target = RequestBuilder::resolveUrl(routed, routing);
        if (!target) {
            return target.error();
        }
    }
    const QString host = target->host().isEmpty() ? context.environment.host() : target->host().toLower();
    out.environmentId = environment->id;
    out.applicationId = app ? app->id : m_demo.id;
    out.composedUrl = spec.url;
    out.countsAgainstQuota = product != nullptr;
    if (out.countsAgainstQuota && !options.overrideQuotaBlock) {
        if (const Status allowed = m_quota->checkSend(out.environmentId, out.applicationId); !allowed) {
            return allowed.error();
        }
    }

    const QStringList hosts = app ? m_applications->hostsFor(app->environmentId) : environment->credentialHosts();
    if (app) {
        // Credentials are resolved for this host only: a request to another
        // host is refused here, before any socket opens (SEC-10).
        const auto credentials = m_applications->credentials(app->id, host);
        if (!credentials) {
            return R::failure(credentials.errorMessage(), credentials.errorCode());
        }
        if (credentials->apiKey.isEmpty()) {
            return R::failure(tr("%1 has no API key yet: paste it in the application manager.").arg(app->name),
                              u"no-api-key"_s);
        }
        context.apiKey = credentials->apiKey;
        if (!credentials->apiSecret.isEmpty()) {
            context.apiSecret = BoundSecret { credentials->apiSecret, hosts };
        }
    } else {
        context.apiKey = m_demo.apiKey;
        context.apiSecret = BoundSecret { m_demo.apiSecret, hosts };
    }
    if (needsClientCertificate(*target, product, context.environment)) {
        if (app) {
            if (const Status attached = attachIdentity(*app, host, out.tls); !attached) {
                return R::failure(attached.errorMessage(), attached.errorCode());
            }
        } else if (m_demo.clientIdentity.hasClientCertificate()) {
            out.tls.clientCertificate = m_demo.clientIdentity.clientCertificate;
            out.tls.clientKey = m_demo.clientIdentity.clientKey;
            out.tls.clientChain = m_demo.clientIdentity.clientChain;
        }
    }
    // The client certificate signs the bodies its product wants signed
    // (x-jws-signature): the key never leaves this process.
    context.signingIdentity = SigningIdentity { out.tls.clientKey, out.tls.clientCertificate };
    if (product && product->signature == SignatureScheme::OpRsaSha256) {
        // The merchant's key: the application's bound certificate's, which
        // never goes on the wire (Online Payment is not a mutual-TLS API).
        if (app) {
            context.merchantId = app->merchantId;
            if (m_certificates && !app->certificateId.isEmpty()) {
                if (const Result<ClientIdentity> identity = m_certificates->identityFor(app->id, host); identity) {
                    context.signingIdentity = SigningIdentity { identity->key, identity->certificate };
                }
            }
        } else {
            context.merchantId = m_demo.merchantId;
            context.signingIdentity
                    = SigningIdentity { m_demo.merchantKey ? m_demo.merchantKey() : QSslKey(), QSslCertificate() };
        }
    }
    if (product) {
        context.product = *product; // the same product the quota and the certificate were chosen for
    }
    context.token = token;
    context.credentialHosts = hosts;
    context.sessionId = m_sessionId;
    if (!options.consentId.isEmpty()) {
        if (const Consent *consent = m_consentStore ? m_consentStore->find(options.consentId) : nullptr;
            consent && !consent->sessionId.isEmpty()) {
            context.sessionId = consent->sessionId;
        }
    }
    QPointer<SecretStore> vault = m_vault;
    context.secretResolver = [vault](const QString &name) -> std::optional<BoundSecret> {
        if (!vault || !vault->isUnlocked() || !vault->ids().contains(name)) {
            return std::nullopt;
        }
        auto value = vault->get(name);
        auto allowed = vault->allowedHosts(name);
        if (!value || !allowed) {
            return std::nullopt;
        }
        return BoundSecret { *value, *allowed };
    };
    auto prepared = RequestBuilder::build(routed, context);
    if (!prepared) {
        return R::failure(prepared.errorMessage(), prepared.errorCode());
    }
    out.request = *prepared;
    return out;
}

Result<quint64> ConsoleSession::send(const RequestSpec &spec, const Token &token, const SendOptions &options)
{
    const Result<PreparedSend> prepared = prepare(spec, token, options);
    if (!prepared) {
        return prepared.error();
    }
    const quint64 id = m_engine->send(prepared->request, prepared->tls);
    m_owners.insert(id, { prepared->environmentId, prepared->applicationId, prepared->composedUrl, spec.body,
                          prepared->countsAgainstQuota });
    m_prepared.insert(id, prepared->request);
    return id;
}

void ConsoleSession::finish(quint64 id, const Exchange &exchange)
{
    Exchange recorded = exchange;
    // The quota belongs to whoever sent, even if the active application
    // changed while the request was on its way.
    const SendOwner owner = m_owners.take(id);
    recorded.environmentId = owner.environmentId;
    recorded.applicationId = owner.applicationId;
    recorded.composedUrl = owner.composedUrl;
    // Routes outside the quota (the simulator's echo and test routes) count
    // only when the server says so with its headers.
    const bool rateLimited = !recorded.responseHeader("x-ratelimit-remaining").isEmpty();
    if (recorded.hasResponse() && (owner.counted || rateLimited)) {
        recorded.quota
                = m_quota->record(owner.environmentId, owner.applicationId, recorded.status, recorded.responseHeaders);
    }
    const PreparedRequest request = m_prepared.take(id);
    if (m_history) {
        m_history->addKnownSecrets(request.secrets);
        const Result<qint64> row = m_history->record(recorded, owner.body);
        if (row) {
            Q_EMIT exchangeRecorded(id, *row);
        } else {
            Q_EMIT historyProblem(tr("The exchange was not added to the history: %1").arg(row.errorMessage()));
        }
    }
    Q_EMIT exchangeFinished(id, recorded, request);
}

void ConsoleSession::cancel(quint64 id)
{
    // The owner stays: a cancelled request may still have been counted by
    // the server, and its exchange arrives through the same path.
    m_engine->cancel(id);
}

PreparedRequest ConsoleSession::preparedRequest(quint64 id) const
{
    return m_prepared.value(id);
}

} // namespace opc
