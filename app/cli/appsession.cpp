#include "appsession.h"

#include "apps/applicationstore.h"
#include "clivault.h"
#include "security/certificatestore.h"
#include "security/encryptedfilevault.h"
#include "session/consolesession.h"
#include "settings/settings.h"
#include "simulatorlink.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace opc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("opconsole-cli", text);
}

} // namespace

AppSession::AppSession()
    : m_settings(std::make_unique<Settings>(Settings::defaultDataDir()))
    , m_session(std::make_unique<ConsoleSession>(m_settings.get()))
{ }

AppSession::~AppSession() = default;

Result<Application> AppSession::find(
    const QString &name, const std::optional<QString> &environmentId) const
{
    using R = Result<Application>;
    if (const Status loaded = m_session->applicationsLoadStatus(); !loaded) {
        return R::failure(loaded.errorMessage(), loaded.errorCode());
    }
    const Application *app = m_session->applications()->findByName(name);
    if (!app) {
        QStringList names;
        for (const Application &known : m_session->applications()->applications()) {
            names.append(known.name);
        }
        return R::failure(names.isEmpty()
                ? tr("there is no application named \"%1\"; add one with `opconsole-cli app add`.")
                      .arg(name)
                : tr("there is no application named \"%1\" (there are: %2).")
                      .arg(name, names.join(u", "_s)),
            u"no-application"_s);
    }
    if (environmentId && *environmentId != app->environmentId) {
        return R::failure(
            tr("%1 belongs to the environment \"%2\"; leave out --env or pass --env %2.")
                .arg(app->name, app->environmentId),
            u"other-environment"_s);
    }
    return *app;
}

Status AppSession::open(const QString &name, const std::optional<QString> &environmentId)
{
    const Result<Application> app = find(name, environmentId);
    if (!app) {
        return app.error();
    }
    QString error;
    std::unique_ptr<EncryptedFileVault> vault = openVault(m_settings->dataDir(), false, &error);
    if (!vault) {
        return Status::failure(error, u"vault-locked"_s);
    }
    auto certificates
        = std::make_unique<CertificateStore>(vault.get(), m_settings->path(u"certificates.json"_s));
    if (const Status loaded = certificates->load(); !loaded) {
        // Requests that need no client certificate still work.
        QTextStream(stderr) << tr("opconsole-cli: %1").arg(loaded.errorMessage()) << Qt::endl;
    }
    m_vault = std::move(vault);
    m_certificates = std::move(certificates);
    m_session->setSecretStore(m_vault.get());
    m_session->setCertificateStore(m_certificates.get());
    if (app->environmentId == "local"_L1) {
        if (const Status started = openSimulator(); !started) {
            return started;
        }
    }
    m_application = *app;
    return {};
}

Status AppSession::openSimulator()
{
    if (m_simulator) {
        return {};
    }
    QString dataDir = qEnvironmentVariable("OPC_SANDBOX_DATA_DIR");
    if (dataDir.isEmpty()) {
        dataDir = m_settings->path(u"sandbox"_s);
    }
    auto simulator = std::make_unique<sandbox::SimulatorLink>(m_session.get());
    if (const Status started = simulator->start(dataDir, u"opconsole-cli demo"_s); !started) {
        return started;
    }
    if (m_vault) {
        simulator->watchVault(m_vault.get()); // registers the stored local applications' keys
    }
    m_simulator = std::move(simulator);
    return {};
}

} // namespace opc::cli
