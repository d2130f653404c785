#pragma once

#include "common/result.h"
#include "model/application.h"
#include "model/environment.h"

#include <QObject>
#include <QPair>
#include <QPointer>

#include <memory>

namespace opc {
class ConsoleSession;
class SecretStore;
struct ApplicationCredentials;
} // namespace opc

namespace opc::sandbox {

class EmbeddedSimulator;

/// Joins the embedded simulator to a ConsoleSession: the local environment
/// gets the simulator's addresses and CA, the session its demo application
/// (in memory), and every stored local application is registered in the
/// simulator with its stored key and secret, so that it works after a
/// restart. The session itself never talks to the simulator.
class SimulatorLink : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorLink(ConsoleSession *session, QObject *parent = nullptr);
    ~SimulatorLink() override;

    /// Starts the simulator on free loopback ports; @p dataDir keeps its CA.
    Status start(const QString &dataDir, const QString &demoName);
    bool isRunning() const { return m_simulator != nullptr; }
    EmbeddedSimulator *simulator() const { return m_simulator.get(); }
    /// The local environment as the session resolves it.
    Environment environment() const;

    /// Registers the local applications again whenever @p vault unlocks.
    void watchVault(SecretStore *vault);
    /// Registers every stored local application in the simulator (needs
    /// the vault); returns how many were registered.
    int syncLocalApplications();

    /// A new key and secret for an application subscribed to @p productIds
    /// (nothing is stored).
    Result<ApplicationCredentials> registerApplication(const QString &name, const QStringList &productIds);
    /// Registers a new local application in the simulator and stores it,
    /// its key and secret going to the vault.
    Result<Application> registerLocalApplication(const QString &name, const QStringList &productIds);
    /// Sets how many of today's requests the active local application (or
    /// the demo application) has used in the simulator.
    Status setQuotaUsed(int used);
    /// A client certificate from the simulator's CA for the demo application
    /// or the stored local application @p appId: PKCS#12 bytes and password.
    Result<QPair<QByteArray, QString>> issueTestCertificate(const QString &appId = {});

private:
    void registerStored(const Application &app);
    Result<QString> apiKeyOf(const QString &appId) const;

    QPointer<ConsoleSession> m_session;
    std::unique_ptr<EmbeddedSimulator> m_simulator;
    QPointer<SecretStore> m_watched;
};

} // namespace opc::sandbox
