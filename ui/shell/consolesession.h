#pragma once

#include "common/result.h"
#include "model/apiproduct.h"
#include "model/environment.h"
#include "model/exchange.h"
#include "model/requestspec.h"
#include "model/token.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace opc {
class HttpEngine;
class QuotaTracker;
class Settings;
namespace sandbox {
class EmbeddedSimulator;
}
} // namespace opc

namespace opc::ui {

/// One console session against the embedded simulator: starts it on free
/// loopback ports, registers the demo application, keeps the catalogue,
/// and turns composer input into sends through RequestBuilder and
/// HttpEngine, feeding the quota tracker. The demo application's secret and
/// client certificate stay in memory only.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleSession(Settings *settings, QObject *parent = nullptr);
    ~ConsoleSession() override;

    /// Starts the embedded simulator; the catalogue is ready afterwards.
    Status startLocal();
    bool isReady() const;

    const Environment &environment() const;
    QJsonObject catalogDocument() const;
    const QList<ApiProduct> &products() const;
    QString applicationName() const { return m_appName; }
    QString applicationId() const;
    QString sessionId() const { return m_sessionId; }
    QuotaTracker *quota() const { return m_quota.get(); }

    /// Sends @p spec with @p token; the result arrives as exchangeFinished.
    /// A refusal before sending (undefined variable, header injection, quota
    /// block) is returned at once and nothing goes out.
    Result<quint64> send(const RequestSpec &spec, const Token &token);
    void cancel(quint64 id);

    /// Sets how many of today's requests the demo application has used in
    /// the embedded simulator (demos of the 429 case).
    Status setSimulatorQuotaUsed(int used);
    /// A client certificate for the demo application from the simulator's
    /// CA: PKCS#12 bytes and the password protecting them.
    Result<QPair<QByteArray, QString>> issueTestCertificate();

    /// The product the URL or path belongs to, for the composer's summary.
    const ApiProduct *productFor(const QString &urlOrPath) const;

Q_SIGNALS:
    void exchangeFinished(quint64 id, const opc::Exchange &exchange);

private:
    Settings *m_settings;
    std::unique_ptr<sandbox::EmbeddedSimulator> m_simulator;
    std::unique_ptr<HttpEngine> m_engine;
    std::unique_ptr<QuotaTracker> m_quota;
    QString m_appName;
    QString m_sessionId;
};

} // namespace opc::ui
