#pragma once

#include "model/exchange.h"
#include "oauth/consent.h"
#include "oauth/oauthrequests.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

namespace opc {

class ConsentStore;
class ConsoleSession;
class LoopbackRedirect;

/// What consent to ask for, as whom, and who decides.
struct ConsentRequest
{
    enum class Decision {
        Ask,     ///< decisionNeeded() is emitted; decide() answers it
        Approve, ///< the simulator's test user approves at once
        Reject,  ///< ... or rejects
        /// The user's own browser: browserNeeded() gives the bank's page to
        /// open, and the bank's redirect comes back to a loopback port
        /// (RFC 8252); for any environment, the simulator's too.
        Browser,
    };

    ConsentKind kind = ConsentKind::Accounts;
    /// The stored application; empty = the demo application.
    QString applicationId;
    Decision decision = Decision::Ask;
    QString userId = QStringLiteral("88888881");

    /// AIS: how long the consent is valid (the bank's default when unset).
    QDateTime validUntil;
    /// AIS: the transactions the consent covers, instead of a validity
    /// (OP takes either; neither = the bank's default).
    QDate transactionsFrom;
    QDate transactionsTo;
    /// PIS: the SEPA payment the consent is for.
    QString amountEur = QStringLiteral("12.50");
    QString payeeIban = QStringLiteral("FI4950009420028730");
    QString payeeName = QStringLiteral("Example Payee Oy");
    QString message = QStringLiteral("Invoice 1001");
    /// CoF: the account whose funds are confirmed (the bank's default when empty).
    QString iban;
};

/// One PSD2 consent from start to tokens, as the overview page's High level
/// asks (strong customer authentication, mutual TLS 1.2):
///
///   client-credentials token over mTLS -> the authorization (AIS/CoF) or
///   the payment that creates it (PIS) -> the bank's authorize page -> the
///   user's decision (the simulator's test users) -> the code exchanged for
///   access and refresh tokens, kept in the vault by the ConsentStore.
///
/// Every step goes through the ConsoleSession, so it is in the history
/// (masked) and counts against the quota like any request; each step's
/// exchange is reported as it finishes for a guided view.
class ConsentFlow : public QObject
{
    Q_OBJECT
public:
    enum class Step { ClientToken, CreateAuthorization, AuthorizePage, Decision, ExchangeCode };
    Q_ENUM(Step)
    static QString stepTitle(Step step, ConsentKind kind);
    static QList<Step> steps() { return { Step::ClientToken, Step::CreateAuthorization, Step::AuthorizePage,
                                          Step::Decision, Step::ExchangeCode }; }

    ConsentFlow(ConsoleSession *session, ConsentStore *store, const ConsentRequest &request,
                QObject *parent = nullptr);
    ~ConsentFlow() override;

    const ConsentRequest &request() const { return m_request; }
    /// The consent as far as it got (its id once the bank made it).
    const Consent &consent() const { return m_consent; }
    bool isRunning() const { return m_running; }
    bool isWaitingForDecision() const { return m_waitingForDecision; }
    /// Waiting for the browser to come back from the bank's page.
    bool isWaitingForBrowser() const { return m_waitingForBrowser; }
    /// How long the browser may take (ten minutes unless set).
    void setBrowserTimeout(int milliseconds) { m_browserTimeoutMs = milliseconds; }

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void start();
    /// Answers decisionNeeded(): the test user @p userId approves or rejects.
    void decide(bool approve, const QString &userId);
    /// Stops after the step in flight; failed() says so.
    void cancel();

Q_SIGNALS:
    void stepStarted(opc::ConsentFlow::Step step);
    /// @p exchange as the session delivered it (the viewer masks it).
    void stepFinished(opc::ConsentFlow::Step step, const opc::Exchange &exchange);
    /// The bank's page asks the user: @p scope for @p applicationName.
    void decisionNeeded(const QString &applicationName, const QString &scope, const QString &authorizationId);
    /// Decision::Browser: open @p authorizeUrl in the user's browser (it
    /// carries no secret: the client id, the state and the PKCE challenge).
    void browserNeeded(const QUrl &authorizeUrl);
    void finished(const opc::Consent &consent);
    /// @p message names the step and what to do about it.
    void failed(opc::ConsentFlow::Step step, const QString &message);

private:
    void run(Step step);
    void send(Step step, const RequestSpec &spec, const Token &token,
              std::function<void(const Exchange &)> onSuccess);
    void fail(Step step, const QString &message);
    void sendDecision();
    void openInBrowser(const RequestSpec &authorize);
    /// The bank's redirect, caught from a 302 or by the loopback listener.
    void acceptRedirect(const QUrl &location);
    QDateTime now() const;

    QPointer<ConsoleSession> m_session;
    QPointer<ConsentStore> m_store;
    ConsentRequest m_request;
    Consent m_consent;
    std::function<QDateTime()> m_clock;
    OAuthRequests::Pkce m_pkce;
    QString m_state;
    QString m_clientToken;
    QString m_ticket;
    QString m_code;
    bool m_approve = true;
    bool m_running = false;
    bool m_waitingForDecision = false;
    bool m_waitingForBrowser = false;
    int m_browserTimeoutMs = 10 * 60 * 1000;
    QString m_redirectUri = QString(OAuthRequests::RedirectUri);
    QPointer<LoopbackRedirect> m_loopback;
    bool m_cancelled = false;
};

} // namespace opc
