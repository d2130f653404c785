#include "shell/consolesession.h"

#include "net/httpengine.h"
#include "net/requestbuilder.h"
#include "quota/quotatracker.h"
#include "sandboxserver.h"
#include "settings/settings.h"

#include <QDir>
#include <QUrl>
#include <QUuid>

namespace opc::ui {

ConsoleSession::ConsoleSession(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_engine(std::make_unique<HttpEngine>())
    , m_quota(std::make_unique<QuotaTracker>(settings->dataDir()))
    , m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    EngineOptions options = m_engine->defaultOptions();
    options.maxBodyBytes = m_settings->maxResponseBytes();
    options.connectTimeoutMs = m_settings->connectTimeoutMs();
    options.totalTimeoutMs = m_settings->totalTimeoutMs();
    m_engine->setDefaultOptions(options);
    connect(m_engine.get(), &HttpEngine::finished, this, [this](quint64 id, const Exchange &exchange) {
        Exchange recorded = exchange;
        if (recorded.hasResponse()) {
            recorded.quota = m_quota->record(m_environment.id, applicationId(), recorded.status,
                                             recorded.responseHeaders);
            if (const Status saved = m_quota->save(); !saved) {
                qWarning("%s", qPrintable(saved.errorMessage()));
            }
        }
        Q_EMIT exchangeFinished(id, recorded);
    });
    // A damaged quota file is moved aside by the tracker; the session goes on.
    (void)m_quota->load();
}

ConsoleSession::~ConsoleSession() = default;

Status ConsoleSession::startLocal()
{
    m_simulator = std::make_unique<sandbox::SandboxServer>();
    sandbox::SandboxOptions options;
    options.dataDir = QDir(m_settings->dataDir()).filePath(QStringLiteral("sandbox"));
    const Status started = m_simulator->start(options);
    if (!started) {
        m_simulator.reset();
        return started;
    }
    m_environment = Environment::localSimulator(m_simulator->httpsBaseUrl(),
                                                m_simulator->caCertificatePath());
    m_serverTrust.extraCaCertificates = { m_simulator->caCertificate() };
    m_catalogDocument = m_simulator->catalog();
    auto parsed = ApiProduct::parseCatalog(m_catalogDocument);
    if (!parsed) {
        return Status::failure(parsed.errorMessage());
    }
    m_products = *parsed;

    QStringList ids;
    for (const ApiProduct &product : std::as_const(m_products)) {
        ids.append(product.id);
    }
    m_appName = tr("Demo application");
    const sandbox::AppCredentials credentials = m_simulator->registerApplication(m_appName, ids);
    m_apiKey = credentials.apiKey;
    m_apiSecret = credentials.apiSecret.toUtf8();

    // PSD2 products need the app's client certificate on the mTLS listener.
    const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto p12 = m_simulator->issueClientCertificate(m_apiKey, password)) {
        if (auto identity = TlsProfile::fromPkcs12(*p12, password)) {
            m_clientIdentity = *identity;
            m_clientIdentity.extraCaCertificates = m_serverTrust.extraCaCertificates;
        }
    }
    return {};
}

bool ConsoleSession::isReady() const
{
    return m_simulator != nullptr;
}

QString ConsoleSession::applicationId() const
{
    return m_apiKey.left(12);
}

const ApiProduct *ConsoleSession::productFor(const QString &urlOrPath) const
{
    const QUrl url(urlOrPath);
    return ApiProduct::matchPath(m_products, url.isRelative() ? urlOrPath.section(QLatin1Char('?'), 0, 0)
                                                              : url.path());
}

Result<quint64> ConsoleSession::send(const RequestSpec &spec, const Token &token)
{
    if (!isReady()) {
        return Result<quint64>::failure(tr("The embedded simulator is not running."));
    }
    if (const Status allowed = m_quota->checkSend(m_environment.id, applicationId()); !allowed) {
        return Result<quint64>::failure(allowed.errorMessage(), allowed.errorCode());
    }
    RequestContext context;
    context.environment = m_environment;
    context.catalog = m_products;
    context.apiKey = m_apiKey;
    context.apiSecret = BoundSecret { m_apiSecret, { m_environment.host() } };
    context.token = token;
    context.credentialHosts = { m_environment.host() };
    context.sessionId = m_sessionId;

    TlsProfile tls = m_serverTrust;
    const ApiProduct *product = productFor(spec.url);
    if (product && product->mtls && !spec.url.contains(QLatin1String("://"))) {
        context.environment.baseUrl = m_simulator->mtlsBaseUrl();
        tls = m_clientIdentity;
    }
    auto prepared = RequestBuilder::build(spec, context);
    if (!prepared) {
        return Result<quint64>::failure(prepared.errorMessage(), prepared.errorCode());
    }
    return m_engine->send(*prepared, tls);
}

Status ConsoleSession::setSimulatorQuotaUsed(int used)
{
    if (!isReady()) {
        return Status::failure(tr("The embedded simulator is not running."));
    }
    return m_simulator->setQuota(m_apiKey, -1, used);
}

void ConsoleSession::cancel(quint64 id)
{
    m_engine->cancel(id);
}

} // namespace opc::ui
