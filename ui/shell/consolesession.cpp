#include "shell/consolesession.h"

#include "net/httpengine.h"
#include "net/requestbuilder.h"
#include "quota/quotatracker.h"
#include "embeddedsimulator.h"
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
            recorded.quota = m_quota->record(environment().id, applicationId(), recorded.status,
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
    auto simulator = std::make_unique<sandbox::EmbeddedSimulator>();
    m_appName = tr("Demo application");
    const Status started
        = simulator->start(QDir(m_settings->dataDir()).filePath(QStringLiteral("sandbox")), m_appName);
    if (!started) {
        return started;
    }
    m_simulator = std::move(simulator);
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

QString ConsoleSession::applicationId() const
{
    return m_simulator ? m_simulator->apiKey().left(12) : QString();
}

const ApiProduct *ConsoleSession::productFor(const QString &urlOrPath) const
{
    const QUrl url(urlOrPath);
    return ApiProduct::matchPath(products(), url.isRelative() ? urlOrPath.section(QLatin1Char('?'), 0, 0)
                                                              : url.path());
}

Result<quint64> ConsoleSession::send(const RequestSpec &spec, const Token &token)
{
    if (!isReady()) {
        return Result<quint64>::failure(tr("The embedded simulator is not running."));
    }
    if (const Status allowed = m_quota->checkSend(environment().id, applicationId()); !allowed) {
        return Result<quint64>::failure(allowed.errorMessage(), allowed.errorCode());
    }
    const Environment &environment = m_simulator->environment();
    RequestContext context;
    context.environment = environment;
    context.catalog = m_simulator->products();
    context.apiKey = m_simulator->apiKey();
    context.apiSecret = BoundSecret { m_simulator->apiSecret(), { environment.host() } };
    context.token = token;
    context.credentialHosts = { environment.host() };
    context.sessionId = m_sessionId;

    TlsProfile tls = m_simulator->serverTrust();
    m_simulator->routeMtls(spec.url, context.environment, tls);
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
    return m_simulator->server()->setQuota(m_simulator->apiKey(), -1, used);
}

Result<QPair<QByteArray, QString>> ConsoleSession::issueTestCertificate()
{
    using R = Result<QPair<QByteArray, QString>>;
    if (!isReady()) {
        return R::failure(tr("The embedded simulator is not running."));
    }
    const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto p12 = m_simulator->server()->issueClientCertificate(m_simulator->apiKey(), password);
    if (!p12) {
        return R::failure(p12.errorMessage());
    }
    return QPair<QByteArray, QString>(*p12, password);
}

void ConsoleSession::cancel(quint64 id)
{
    m_engine->cancel(id);
}

} // namespace opc::ui
