#include "shell/consolesession.h"

#include "apps/customtokenstore.h"
#include "net/httpengine.h"
#include "environments/environmentstore.h"
#include "net/requestbuilder.h"
#include "net/revocationcheck.h"
#include "net/tlsprofile.h"
#include "quota/quotatracker.h"
#include "security/certificatestore.h"
#include "security/secretstore.h"
#include "embeddedsimulator.h"
#include "sandboxserver.h"
#include "settings/settings.h"

#include <QDir>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace opc::ui {

ConsoleSession::ConsoleSession(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_engine(std::make_unique<HttpEngine>())
    , m_quota(std::make_unique<QuotaTracker>(settings->dataDir()))
    , m_applications(std::make_unique<ApplicationStore>(settings->path(u"applications.json"_s)))
    , m_customTokens(std::make_unique<CustomTokenStore>(settings->path(u"custom-tokens.json"_s)))
    , m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    EngineOptions options = m_engine->defaultOptions();
    options.maxBodyBytes = m_settings->maxResponseBytes();
    options.connectTimeoutMs = m_settings->connectTimeoutMs();
    options.totalTimeoutMs = m_settings->totalTimeoutMs();
    m_engine->setDefaultOptions(options);
    connect(m_engine.get(), &HttpEngine::finished, this, [this](quint64 id, const Exchange &exchange) {
        Exchange recorded = exchange;
        // The quota belongs to whoever sent, even if the active application
        // changed while the request was on its way.
        const SendOwner owner = m_sendOwners.take(id);
        // Routes outside the quota (the simulator's echo and test routes)
        // count only when the server says so with its headers.
        const bool rateLimited = !recorded.responseHeader("x-ratelimit-remaining").isEmpty();
        if (recorded.hasResponse() && (owner.counted || rateLimited)) {
            recorded.quota = m_quota->record(owner.environmentId, owner.applicationId, recorded.status,
                                             recorded.responseHeaders);
        }
        Q_EMIT exchangeFinished(id, recorded);
        m_prepared.remove(id);
    });
    // A damaged quota file is moved aside by the tracker; the session goes on.
    (void)m_quota->load();

    m_applicationsLoaded = m_applications->load();
    if (const Status tokens = m_customTokens->load(); !tokens && m_applicationsLoaded) {
        m_applicationsLoaded = tokens;
    }
    const QString remembered = m_settings->activeApplicationId();
    if (m_applications->find(remembered)) {
        m_activeId = remembered;
    }
    // A local application's subscriptions follow its product list.
    auto follow = [this](int row) {
        if (row >= 0 && row < m_applications->count()) {
            registerInSimulator(m_applications->applications().at(row));
        }
    };
    connect(m_applications.get(), &ApplicationStore::updated, this, follow);
    connect(m_applications.get(), &ApplicationStore::inserted, this, follow);
    connect(m_applications.get(), &ApplicationStore::removed, this, [this](int) {
        if (!m_activeId.isEmpty() && !m_applications->find(m_activeId)) {
            (void)setActiveApplication({});
        }
    });
}

ConsoleSession::~ConsoleSession() = default;

Status ConsoleSession::startLocal()
{
    auto simulator = std::make_unique<sandbox::EmbeddedSimulator>();
    m_demoName = tr("Demo application");
    const Status started
        = simulator->start(QDir(m_settings->dataDir()).filePath(QStringLiteral("sandbox")), m_demoName);
    if (!started) {
        return started;
    }
    m_simulator = std::move(simulator);
    m_applications->setCatalog(m_simulator->products());
    syncLocalApplications();
    return {};
}

const Environment &ConsoleSession::environment() const
{
    static const Environment none;
    return m_simulator ? m_simulator->environment() : none;
}

QJsonObject ConsoleSession::catalogDocument() const
{
    return m_simulator ? m_simulator->catalogDocument() : QJsonObject();
}

const QList<ApiProduct> &ConsoleSession::products() const
{
    static const QList<ApiProduct> none;
    return m_simulator ? m_simulator->products() : none;
}

bool ConsoleSession::isReady() const
{
    return m_simulator != nullptr;
}

const Application *ConsoleSession::activeApplication() const
{
    return m_activeId.isEmpty() ? nullptr : m_applications->find(m_activeId);
}

QString ConsoleSession::applicationName() const
{
    if (const Application *app = activeApplication()) {
        return app->name;
    }
    return m_demoName;
}

QString ConsoleSession::applicationId() const
{
    if (const Application *app = activeApplication()) {
        return app->id;
    }
    return demoApplicationId();
}

QString ConsoleSession::demoApplicationId() const
{
    return m_simulator ? m_simulator->apiKey().left(12) : QString();
}

void ConsoleSession::setSecretStore(SecretStore *vault)
{
    if (m_vault) {
        disconnect(m_vault, nullptr, this, nullptr);
    }
    m_vault = vault;
    m_applications->setSecretStore(vault);
    m_customTokens->setSecretStore(vault);
    if (vault) {
        connect(vault, &SecretStore::lockedChanged, this, [this](bool locked) {
            if (!locked) {
                syncLocalApplications();
            }
        });
    }
    syncLocalApplications();
}

void ConsoleSession::setCertificateStore(CertificateStore *certificates)
{
    m_certificates = certificates;
}

CertificateStore *ConsoleSession::certificateStore() const
{
    return m_certificates.data();
}

SecretStore *ConsoleSession::secretStore() const
{
    return m_vault.data();
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

Result<ApplicationCredentials> ConsoleSession::registerInSimulator(const QString &name,
                                                                  const QStringList &productIds)
{
    if (!isReady()) {
        return Result<ApplicationCredentials>::failure(tr("The embedded simulator is not running."));
    }
    const sandbox::AppCredentials minted = m_simulator->server()->registerApplication(name, productIds);
    return ApplicationCredentials { minted.apiKey, minted.apiSecret.toUtf8() };
}

Result<Application> ConsoleSession::registerLocalApplication(const QString &name, const QStringList &productIds)
{
    using R = Result<Application>;
    if (!m_vault || !m_vault->isUnlocked()) {
        return R::failure(tr("Unlock the secret vault first: API keys and secrets are kept only there."),
                          u"vault-locked"_s);
    }
    if (m_applications->findByName(name)) {
        return R::failure(tr("An application named \"%1\" exists already.").arg(name.trimmed()),
                          u"duplicate-name"_s);
    }
    const auto credentials = registerInSimulator(name.trimmed(), productIds);
    if (!credentials) {
        return credentials.error();
    }
    Application app;
    app.name = name;
    app.environmentId = u"local"_s;
    app.productIds = productIds;
    return m_applications->add(app, *credentials);
}

void ConsoleSession::registerInSimulator(const Application &app)
{
    if (!m_simulator || app.environmentId != "local"_L1 || !m_vault || !m_vault->isUnlocked()) {
        return;
    }
    const auto credentials = m_applications->credentials(app.id);
    if (!credentials || credentials->apiKey.isEmpty()) {
        return;
    }
    (void)m_simulator->server()->registerApplication(
            app.name, app.productIds,
            sandbox::AppCredentials { credentials->apiKey, QString::fromUtf8(credentials->apiSecret) });
}

int ConsoleSession::syncLocalApplications()
{
    if (!m_simulator || !m_vault || !m_vault->isUnlocked()) {
        return 0;
    }
    int registered = 0;
    for (const Application &app : m_applications->applications()) {
        if (app.environmentId == "local"_L1) {
            registerInSimulator(app);
            ++registered;
        }
    }
    return registered;
}

const ApiProduct *ConsoleSession::productFor(const QString &urlOrPath) const
{
    const QUrl url(urlOrPath);
    return ApiProduct::matchPath(products(), url.isRelative() ? urlOrPath.section(QLatin1Char('?'), 0, 0)
                                                              : url.path());
}

bool ConsoleSession::needsClientCertificate(const QString &url, const Environment &environment) const
{
    const ApiProduct *product = productFor(url);
    if (product && product->mtls) {
        return true;
    }
    // The simulator's mutual-TLS listener demands a certificate for every
    // path, its diagnostics included.
    if (m_simulator && environment.kind == Environment::Kind::LocalSimulator) {
        const QUrl target(url);
        const QUrl mtls(m_simulator->server()->mtlsBaseUrl());
        return !target.isRelative() && target.host() == mtls.host() && target.port() == mtls.port();
    }
    return false;
}

Status ConsoleSession::attachIdentity(const Application &app, const QString &host, TlsProfile &tls)
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
        if (const Status bound = m_certificates->bind(app.id, app.certificateId,
                                                      ApplicationStore::hostsFor(app.environmentId));
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

void ConsoleSession::setEnvironmentStore(EnvironmentStore *environments)
{
    m_environments = environments;
}

void ConsoleSession::setProxy(const QNetworkProxy &proxy)
{
    m_engine->setProxy(proxy);
}

PreparedRequest ConsoleSession::preparedRequest(quint64 id) const
{
    return m_prepared.value(id);
}

Status ConsoleSession::applyEnvironmentSettings(Environment &environment, TlsProfile &tls)
{
    if (!m_environments) {
        return {};
    }
    const Environment *stored = m_environments->find(environment.id);
    if (!stored) {
        return {};
    }
    // Variables the user keeps for this environment; the request's own
    // {{variables}} are resolved against them.
    for (auto it = stored->variables.cbegin(); it != stored->variables.cend(); ++it) {
        environment.variables.insert(it.key(), it.value());
    }
    if (!stored->crlPath.isEmpty()) {
        const auto crl = RevocationCheck::loadCrlFile(stored->crlPath);
        if (!crl) {
            return Status::failure(tr("The revocation list of %1 cannot be used: %2").arg(stored->name, crl.errorMessage()),
                                   u"crl"_s);
        }
        tls.crls = { *crl };
    }
    return {};
}

namespace {

// The simulator routes mTLS products by their path: a resolved URL on the
// environment's own address is given as that path.
QString pathOnEnvironment(const QUrl &target, const Environment &environment)
{
    const QUrl base(environment.baseUrl);
    if (target.scheme() == base.scheme() && target.host() == base.host() && target.port() == base.port()) {
        return target.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    }
    return target.toString();
}

} // namespace

Environment ConsoleSession::environmentOf(const Application *app) const
{
    if (!app || app->environmentId == "local"_L1) {
        return environment();
    }
    if (m_environments) {
        if (const Environment *stored = m_environments->find(app->environmentId)) {
            return *stored;
        }
    }
    return app->environmentId == "production"_L1 ? Environment::production() : Environment::opSandbox();
}

bool ConsoleSession::countsAgainstQuota(const QString &urlOrPath) const
{
    return productFor(urlOrPath) != nullptr;
}

Status ConsoleSession::checkQuota(const QString &environmentId, const QString &appId, const QString &target,
                                  const SendOptions &options) const
{
    if (options.overrideQuotaBlock || !countsAgainstQuota(target)) {
        return {};
    }
    return m_quota->checkSend(environmentId, appId);
}

Result<quint64> ConsoleSession::send(const RequestSpec &spec, const Token &token, const SendOptions &options)
{
    if (const Application *app = activeApplication()) {
        return sendAsApplication(*app, spec, token, options);
    }
    if (!isReady()) {
        return Result<quint64>::failure(tr("The embedded simulator is not running."));
    }
    const Environment &environment = m_simulator->environment();
    RequestContext context;
    context.environment = environment;
    context.catalog = m_simulator->products();
    context.collectionVariables = options.collectionVariables;
    TlsProfile tls = m_simulator->serverTrust();
    if (const Status applied = applyEnvironmentSettings(context.environment, tls); !applied) {
        return applied.error();
    }
    const Result<QUrl> target = RequestBuilder::resolveUrl(spec, context);
    if (!target) {
        return target.error();
    }
    const QString url = target->toString();
    if (const Status allowed = checkQuota(environment.id, applicationId(), url, options); !allowed) {
        return allowed.error();
    }
    context.apiKey = m_simulator->apiKey();
    context.apiSecret = BoundSecret { m_simulator->apiSecret(), { environment.host() } };
    context.token = token;
    context.credentialHosts = { environment.host() };
    context.sessionId = m_sessionId;

    m_simulator->routeMtls(pathOnEnvironment(*target, context.environment), context.environment, tls);
    auto prepared = RequestBuilder::build(spec, context);
    if (!prepared) {
        return Result<quint64>::failure(prepared.errorMessage(), prepared.errorCode());
    }
    const quint64 id = m_engine->send(*prepared, tls);
    m_sendOwners.insert(id, { environment.id, applicationId(), countsAgainstQuota(url) });
    m_prepared.insert(id, *prepared);
    return id;
}

Result<quint64> ConsoleSession::sendAsApplication(const Application &app, const RequestSpec &spec,
                                                  const Token &token, const SendOptions &options)
{
    using R = Result<quint64>;
    const bool local = app.environmentId == "local"_L1;
    if (local && !isReady()) {
        return R::failure(tr("The embedded simulator is not running."));
    }
    if (!m_vault || !m_vault->isUnlocked()) {
        return R::failure(tr("Unlock the secret vault to send as %1: its key and secret are kept there.")
                                  .arg(app.name),
                          u"vault-locked"_s);
    }
    RequestContext context;
    context.environment = environmentOf(&app);
    context.catalog = products();
    context.collectionVariables = options.collectionVariables;
    TlsProfile tls = local ? m_simulator->serverTrust() : TlsProfile();
    if (const Status applied = applyEnvironmentSettings(context.environment, tls); !applied) {
        return applied.error();
    }
    // The host the request really goes to, after {{variables}}: credentials
    // and the client certificate are chosen for it alone.
    const Result<QUrl> target = RequestBuilder::resolveUrl(spec, context);
    if (!target) {
        return target.error();
    }
    const QString host = target->host().isEmpty() ? context.environment.host() : target->host();
    const QString url = target->toString();
    if (const Status allowed = checkQuota(context.environment.id, app.id, url, options); !allowed) {
        return allowed.error();
    }
    // Credentials are resolved for this host only: a request to another
    // host is refused here, before any socket opens (SEC-10).
    const auto credentials = m_applications->credentials(app.id, host);
    if (!credentials) {
        return R::failure(credentials.errorMessage(), credentials.errorCode());
    }
    if (credentials->apiKey.isEmpty()) {
        return R::failure(tr("%1 has no API key yet: paste it in the application manager.").arg(app.name),
                          u"no-api-key"_s);
    }
    if (needsClientCertificate(url, context.environment)) {
        if (const Status attached = attachIdentity(app, host, tls); !attached) {
            return R::failure(attached.errorMessage(), attached.errorCode());
        }
    }
    const QStringList hosts = ApplicationStore::hostsFor(app.environmentId);
    context.apiKey = credentials->apiKey;
    if (!credentials->apiSecret.isEmpty()) {
        context.apiSecret = BoundSecret { credentials->apiSecret, hosts };
    }
    context.token = token;
    context.credentialHosts = hosts;
    context.sessionId = m_sessionId;
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
    if (local) {
        // Paths of mTLS products go to the mutual-TLS listener; the
        // application's own certificate is already in tls.
        m_simulator->routeMtls(pathOnEnvironment(*target, context.environment), context.environment, tls);
    }
    auto prepared = RequestBuilder::build(spec, context);
    if (!prepared) {
        return R::failure(prepared.errorMessage(), prepared.errorCode());
    }
    const quint64 id = m_engine->send(*prepared, tls);
    m_sendOwners.insert(id, { context.environment.id, app.id, countsAgainstQuota(url) });
    m_prepared.insert(id, *prepared);
    return id;
}

Status ConsoleSession::setSimulatorQuotaUsed(int used)
{
    if (!isReady()) {
        return Status::failure(tr("The embedded simulator is not running."));
    }
    QString key = m_simulator->apiKey();
    if (const Application *app = activeApplication(); app && app->environmentId == "local"_L1) {
        const auto credentials = m_applications->credentials(app->id);
        if (!credentials) {
            return Status::failure(credentials.errorMessage(), credentials.errorCode());
        }
        key = credentials->apiKey;
    }
    return m_simulator->server()->setQuota(key, -1, used);
}

Result<QPair<QByteArray, QString>> ConsoleSession::issueTestCertificate(const QString &appId)
{
    using R = Result<QPair<QByteArray, QString>>;
    if (!isReady()) {
        return R::failure(tr("The embedded simulator is not running."));
    }
    QString key = m_simulator->apiKey();
    if (!appId.isEmpty()) {
        const Application *app = m_applications->find(appId);
        if (!app || app->environmentId != "local"_L1) {
            return R::failure(tr("Only applications of the local simulator get test certificates."));
        }
        const auto credentials = m_applications->credentials(appId);
        if (!credentials) {
            return R::failure(credentials.errorMessage(), credentials.errorCode());
        }
        key = credentials->apiKey;
    }
    const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto p12 = m_simulator->server()->issueClientCertificate(key, password);
    if (!p12) {
        return R::failure(p12.errorMessage());
    }
    return QPair<QByteArray, QString>(*p12, password);
}

void ConsoleSession::cancel(quint64 id)
{
    // The owner stays: a cancelled request may still have been counted by
    // the server, and its exchange arrives through the same path.
    m_engine->cancel(id);
}

} // namespace opc::ui
