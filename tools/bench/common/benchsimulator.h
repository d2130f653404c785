#pragma once

// The embedded simulator for the network benchmarks, on its own thread so
// that client and server do not share one event loop; with a daily limit
// no benchmark reaches and one application subscribed to Accounts 3.0.

#include "sandboxserver.h"

#include <QMetaObject>
#include <QSslCertificate>
#include <QString>
#include <QThread>

namespace opc::bench {

class BenchSimulator
{
public:
    ~BenchSimulator() { stop(); }

    /// Starts it with its data in @p dataDir; an error sentence, or empty.
    QString start(const QString &dataDir)
    {
        m_thread.start();
        m_server = new sandbox::SandboxServer;
        m_server->moveToThread(&m_thread);
        QString error;
        QMetaObject::invokeMethod(
            m_server,
            [&] {
                sandbox::SandboxOptions o;
                o.dataDir = dataDir;
                o.dailyLimit = 100'000'000;
                if (const Status s = m_server->start(o); !s) {
                    error = s.errorMessage();
                    return;
                }
                base = m_server->httpsBaseUrl();
                caPath = m_server->caCertificatePath();
                ca = m_server->caCertificate();
                apiKey = m_server
                             ->registerApplication(
                                 QStringLiteral("bench"), { QStringLiteral("accounts-v3") })
                             .apiKey;
            },
            Qt::BlockingQueuedConnection);
        return error;
    }

    void stop()
    {
        if (m_server) {
            sandbox::SandboxServer *server = m_server;
            m_server = nullptr;
            QMetaObject::invokeMethod(
                server,
                [server] {
                    server->stop();
                    delete server;
                },
                Qt::BlockingQueuedConnection);
        }
        m_thread.quit();
        m_thread.wait();
    }

    QString base;
    QString caPath;
    QSslCertificate ca;
    QString apiKey;

private:
    QThread m_thread;
    sandbox::SandboxServer *m_server = nullptr;
};

} // namespace opc::bench
