#pragma once

#include "history/historystore.h"
#include "security/certificatestore.h"
#include "security/encryptedfilevault.h"
#include "session/consolesession.h"
#include "settings/settings.h"
#include "simulatorlink.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A console session put together as the window does, for tests without a
// window: a data folder of its own, a vault with a fast key derivation
// (scrypt N = 2^10), the certificate store, the history, the session; the
// embedded simulator on loopback when a test asks for it. Torn down in the
// reverse order, so that nothing outlives what it points into.
struct SessionFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<opc::Settings> settings;
    std::unique_ptr<opc::EncryptedFileVault> vault;
    std::unique_ptr<opc::CertificateStore> certificates;
    std::unique_ptr<opc::HistoryStore> history;
    std::unique_ptr<opc::ConsoleSession> session;
    std::unique_ptr<opc::sandbox::SimulatorLink> simulator;

    /// Empty when all is set up, else what failed.
    QString setUp(const QString &passphrase)
    {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid()) {
            return QStringLiteral("no temporary folder");
        }
        settings = std::make_unique<opc::Settings>(dir->path());
        opc::EncryptedFileVault::Options fast;
        fast.scryptLog2N = 10;
        vault = std::make_unique<opc::EncryptedFileVault>(settings->path(QStringLiteral("vault.opcv")), fast);
        if (const opc::Status created = vault->create(passphrase); !created) {
            return created.errorMessage();
        }
        certificates = std::make_unique<opc::CertificateStore>(vault.get(),
                                                               settings->path(QStringLiteral("certificates.json")));
        if (const opc::Status loaded = certificates->load(); !loaded) {
            return loaded.errorMessage();
        }
        history = std::make_unique<opc::HistoryStore>();
        if (const opc::Status opened = history->open(settings->path(QStringLiteral("history.sqlite"))); !opened) {
            return opened.errorMessage();
        }
        session = std::make_unique<opc::ConsoleSession>(settings.get());
        session->setSecretStore(vault.get());
        session->setCertificateStore(certificates.get());
        session->setHistoryStore(history.get());
        return {};
    }

    /// Starts the simulator in the data folder with the demo application.
    QString startSimulator(const QString &demoName = QStringLiteral("Demo application"))
    {
        simulator = std::make_unique<opc::sandbox::SimulatorLink>(session.get());
        if (const opc::Status started = simulator->start(settings->path(QStringLiteral("sandbox")), demoName);
            !started) {
            return started.errorMessage();
        }
        simulator->watchVault(vault.get());
        return {};
    }

    void tearDown()
    {
        simulator.reset();
        session.reset();
        history.reset();
        certificates.reset();
        vault.reset();
        settings.reset();
        dir.reset();
    }
};
