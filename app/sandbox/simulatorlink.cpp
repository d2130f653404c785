#include "simulatorlink.h"

#include "apps/applicationstore.h"
#include "embeddedsimulator.h"
#include "environments/environmentstore.h"
#include "sandboxserver.h"
#include "security/secretstore.h"
#include "session/consolesession.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace opc::sandbox {

SimulatorLink::SimulatorLink(ConsoleSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    // A local application's subscriptions follow its product list.
    ApplicationStore *store = session->applications();
    auto follow = [this, store](int row) {
        if (row >= 0 && row < store->count()) {
            registerStored(store->applications().at(row));
        }
    };
    connect(store, &ApplicationStore::updated, this, follow);
    connect(store, &ApplicationStore::inserted, this, follow);
}

SimulatorLink::~SimulatorLink() = default;

Status SimulatorLink::start(const QString &dataDir, const QString &demoName)
{
    auto simulator = std::make_unique<EmbeddedSimulator>();
    if (const Status started = simulator->start(dataDir, demoName); !started) {
        return started;
    }
    m_simulator = std::move(simulator);
    m_session->environments()->setLocalSimulator(m_simulator->environment().baseUrl,
                                                 m_simulator->environment().extraCaPath,
                                                 m_simulator->server()->mtlsBaseUrl());
    DemoIdentity demo;
    demo.id = m_simulator->apiKey().left(12);
    demo.name = demoName;
    demo.environmentId = u"local"_s;
    demo.apiKey = m_simulator->apiKey();
    demo.apiSecret = m_simulator->apiSecret();
    demo.clientIdentity = m_simulator->clientIdentity();
    demo.merchantId = m_simulator->merchantId();
    demo.merchantKey = [self = QPointer<SimulatorLink>(this)] {
        return self && self->m_simulator ? self->m_simulator->merchantKey() : QSslKey();
    };
    m_session->setDemoIdentity(demo);
    syncLocalApplications();
    return {};
}

Environment SimulatorLink::environment() const
{
    const Environment *local = m_session->environments()->find(u"local"_s);
    return local ? *local : Environment();
}

void SimulatorLink::watchVault(SecretStore *vault)
{
    if (m_watched) {
        disconnect(m_watched, nullptr, this, nullptr);
    }
    m_watched = vault;
    if (vault) {
        connect(vault, &SecretStore::lockedChanged, this, [this](bool locked) {
            if (!locked) {
                syncLocalApplications();
            }
        });
    }
    syncLocalApplications();
}

void SimulatorLink::registerStored(const Application &app)
{
    SecretStore *vault = m_session->secretStore();
    if (!m_simulator || app.environmentId != "local"_L1 || !vault || !vault->isUnlocked()) {
        return;
    }
    const auto credentials = m_session->applications()->credentials(app.id);
    if (!credentials || credentials->apiKey.isEmpty()) {
        return;
    }
    (void)m_simulator->server()->registerApplication(
            app.name, app.productIds,
            AppCredentials { credentials->apiKey, QString::fromUtf8(credentials->apiSecret) });
}

int SimulatorLink::syncLocalApplications()
{
    SecretStore *vault = m_session->secretStore();
    if (!m_simulator || !vault || !vault->isUnlocked()) {
        return 0;
    }
    int registered = 0;
    for (const Application &app : m_session->applications()->applications()) {
        if (app.environmentId == "local"_L1) {
            registerStored(app);
            ++registered;
        }
    }
    return registered;
}

Result<ApplicationCredentials> SimulatorLink::registerApplication(const QString &name, const QStringList &productIds)
{
    if (!m_simulator) {
        return Result<ApplicationCredentials>::failure(tr("The embedded simulator is not running."));
    }
    const AppCredentials minted = m_simulator->server()->registerApplication(name, productIds);
    return ApplicationCredentials { minted.apiKey, minted.apiSecret.toUtf8() };
}

Result<Application> SimulatorLink::registerLocalApplication(const QString &name, const QStringList &productIds)
{
    using R = Result<Application>;
    SecretStore *vault = m_session->secretStore();
    if (!vault || !vault->isUnlocked()) {
        return R::failure(tr("Unlock the secret vault first: API keys and secrets are kept only there."),
                          u"vault-locked"_s);
    }
    ApplicationStore *store = m_session->applications();
    if (store->findByName(name)) {
        return R::failure(tr("An application named \"%1\" exists already.").arg(name.trimmed()),
                          u"duplicate-name"_s);
    }
    const auto credentials = registerApplication(name.trimmed(), productIds);
    if (!credentials) {
        return credentials.error();
    }
    Application app;
    app.name = name;
    app.environmentId = u"local"_s;
    app.productIds = productIds;
    return store->add(app, *credentials);
}

Result<QString> SimulatorLink::apiKeyOf(const QString &appId) const
{
    if (appId.isEmpty()) {
        return m_simulator->apiKey();
    }
    const Application *app = m_session->applications()->find(appId);
    if (!app || app->environmentId != "local"_L1) {
        return Result<QString>::failure(tr("Only applications of the local simulator are known to it."));
    }
    const auto credentials = m_session->applications()->credentials(appId);
    if (!credentials) {
        return credentials.error();
    }
    return credentials->apiKey;
}

Status SimulatorLink::setQuotaUsed(int used)
{
    if (!m_simulator) {
        return Status::failure(tr("The embedded simulator is not running."));
    }
    const Application *active = m_session->activeApplication();
    const Result<QString> key = apiKeyOf(active && active->environmentId == "local"_L1 ? active->id : QString());
    if (!key) {
        return key.error();
    }
    return m_simulator->server()->setQuota(*key, -1, used);
}

Result<QPair<QByteArray, QString>> SimulatorLink::issueTestCertificate(const QString &appId)
{
    using R = Result<QPair<QByteArray, QString>>;
    if (!m_simulator) {
        return R::failure(tr("The embedded simulator is not running."));
    }
    const Result<QString> key = apiKeyOf(appId);
    if (!key) {
        return key.error();
    }
    const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto p12 = m_simulator->server()->issueClientCertificate(*key, password);
    if (!p12) {
        return R::failure(p12.errorMessage());
    }
    return QPair<QByteArray, QString>(*p12, password);
}

} // namespace opc::sandbox
