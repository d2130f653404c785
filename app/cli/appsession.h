#pragma once

#include "common/result.h"
#include "model/application.h"

#include <QString>
#include <memory>
#include <optional>

namespace opc {
class CertificateStore;
class ConsoleSession;
class EncryptedFileVault;
class Settings;
namespace sandbox {
class SimulatorLink;
}
} // namespace opc

namespace opc::cli {

/// A console session acting as one stored application, for the commands
/// that act as it (`send --app`, `consent`, `run --app`): the console's data folder and
/// stores, the vault unlocked with the passphrase from the environment,
/// the client certificates, and for an application of the local
/// environment the embedded simulator, with the application's stored key
/// registered in it.
class AppSession
{
public:
    /// Opens the console's data folder (Settings::defaultDataDir()) and its stores.
    AppSession();
    ~AppSession();
    AppSession(const AppSession &) = delete;
    AppSession &operator=(const AppSession &) = delete;

    ConsoleSession *session() const { return m_session.get(); }

    /// The stored application named @p name; when @p environmentId is
    /// given it must be the application's. Needs no vault.
    Result<Application> find(
        const QString &name, const std::optional<QString> &environmentId = std::nullopt) const;

    /// Acts as the application find() gives for @p name and @p environmentId:
    /// unlocks the vault, loads the client certificates and, for the local
    /// environment, starts the simulator.
    Status open(const QString &name, const std::optional<QString> &environmentId = std::nullopt);
    /// The application open() acts as.
    const Application &application() const { return m_application; }
    /// Starts the local simulator with its demo application (the identity
    /// of a command given no application); open() does so for a local one.
    Status openSimulator();

private:
    // Destroyed in reverse order: each uses the ones declared before it.
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<EncryptedFileVault> m_vault;
    std::unique_ptr<CertificateStore> m_certificates;
    std::unique_ptr<sandbox::SimulatorLink> m_simulator;
    Application m_application;
};

} // namespace opc::cli
