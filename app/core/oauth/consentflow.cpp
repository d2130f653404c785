#include "oauth/consentflow.h"

#include "apps/applicationstore.h"
#include "environments/environmentstore.h"
#include "oauth/consentstore.h"
#include "oauth/loopbackredirect.h"
#include "session/consolesession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace opc {

namespace {

QJsonObject jsonOf(const Exchange &exchange)
{
    return QJsonDocument::fromJson(exchange.body).object();
}

} // namespace

QString ConsentFlow::stepTitle(Step step, ConsentKind kind)
{
    switch (step) {
    case Step::ClientToken:
        return tr("Client-credentials token over mutual TLS (scope %1)").arg(Consent::scopeOf(kind));
    case Step::CreateAuthorization:
        return kind == ConsentKind::Payments ? tr("Create the SEPA payment and its authorization")
                                             : tr("Create the authorization");
    case Step::AuthorizePage:
        return tr("Open the bank's authorize page (strong customer authentication)");
    case Step::Decision:
        return tr("The user approves or rejects");
    case Step::ExchangeCode:
        return tr("Exchange the code for access and refresh tokens");
    }
    return {};
}

ConsentFlow::ConsentFlow(ConsoleSession *session, ConsentStore *store, const ConsentRequest &request,
                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_request(request)
{
    m_consent.kind = request.kind;
    m_consent.scope = Consent::scopeOf(request.kind);
}

ConsentFlow::~ConsentFlow() = default;

QDateTime ConsentFlow::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void ConsentFlow::start()
{
    if (m_running || !m_session || !m_store) {
        return;
    }
    m_running = true;
    m_cancelled = false;
    m_pkce = OAuthRequests::Pkce::make();
    m_state = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Application *app = m_request.applicationId.isEmpty()
            ? nullptr
            : m_session->applications()->find(m_request.applicationId);
    m_consent.applicationId = app ? app->id : m_session->demoApplicationId();
    m_consent.environmentId = app ? app->environmentId : m_session->demoIdentity().environmentId;
    m_consent.sessionId = m_session->sessionId();
    run(Step::ClientToken);
}

void ConsentFlow::cancel()
{
    m_cancelled = true;
    if (m_waitingForDecision) {
        m_waitingForDecision = false;
        fail(Step::Decision, tr("The consent flow was cancelled before the user decided."));
    }
    if (m_waitingForBrowser) {
        m_waitingForBrowser = false;
        m_loopback->close();
        fail(Step::AuthorizePage, tr("The consent flow was cancelled while the browser was on the bank's page."));
    }
}

void ConsentFlow::fail(Step step, const QString &message)
{
    if (m_loopback) {
        m_loopback->close();
    }
    m_running = false;
    m_waitingForDecision = false;
    m_waitingForBrowser = false;
    Q_EMIT failed(step, message);
}

void ConsentFlow::send(Step step, const RequestSpec &spec, const Token &token,
                       std::function<void(const Exchange &)> onSuccess)
{
    if (!m_session) {
        return fail(step, tr("The console session is gone."));
    }
    Q_EMIT stepStarted(step);
    SendOptions options;
    options.applicationId = m_request.applicationId;
    sendThroughSession(m_session, spec, token, options, this,
                       [this, step, onSuccess = std::move(onSuccess)](const Result<Exchange> &result) {
                           if (!result) {
                               // Refused before any socket opened: a missing
                               // certificate, a locked vault, the quota.
                               return fail(step, tr("%1: %2").arg(stepTitle(step, m_request.kind),
                                                                  result.errorMessage()));
                           }
                           Q_EMIT stepFinished(step, *result);
                           if (m_cancelled) {
                               return fail(step, tr("The consent flow was cancelled."));
                           }
                           onSuccess(*result);
                       });
}

void ConsentFlow::run(Step step)
{
    const ConsentKind kind = m_request.kind;
    const QString base = Consent::basePathOf(kind);
    switch (step) {
    case Step::ClientToken:
        return send(step, OAuthRequests::clientCredentials(Consent::scopeOf(kind)), {}, [this, step](const Exchange &ex) {
            const Result<TokenGrant> grant = OAuthRequests::parseTokenReply(ex, now());
            if (!grant) {
                QString why = grant.errorMessage();
                if (ex.status == 401) {
                    why = tr("the bank did not accept the application's API key and secret: %1").arg(why);
                }
                return fail(step, tr("%1: %2").arg(stepTitle(step, m_request.kind), why));
            }
            // A client-credentials token is good for this flow only: it is
            // kept in memory and never stored.
            m_clientToken = QString::fromUtf8(grant->accessToken);
            run(Step::CreateAuthorization);
        });
    case Step::CreateAuthorization: {
        RequestSpec spec;
        spec.method = u"POST"_s;
        spec.headers = { { u"Accept"_s, u"application/json"_s, true } };
        QJsonObject body;
        if (kind == ConsentKind::Payments) {
            spec.url = base + u"/sepa-payments"_s;
            spec.headers.append({ u"x-idempotency-key"_s, u"{{$uuid}}"_s, true });
            body = { { u"amountEUR"_s, m_request.amountEur },
                     { u"payee"_s, QJsonObject { { u"iban"_s, m_request.payeeIban }, { u"name"_s, m_request.payeeName } } },
                     { u"message"_s, m_request.message } };
        } else {
            spec.url = base + u"/authorizations"_s;
            if (kind == ConsentKind::Accounts && m_request.validUntil.isValid()) {
                body.insert(u"expires"_s, m_request.validUntil.toUTC().toString(Qt::ISODate));
            }
            if (kind == ConsentKind::Accounts && m_request.transactionsFrom.isValid()) {
                body.insert(u"transactionFrom"_s, m_request.transactionsFrom.toString(Qt::ISODate));
            }
            if (kind == ConsentKind::Accounts && m_request.transactionsTo.isValid()) {
                body.insert(u"transactionTo"_s, m_request.transactionsTo.toString(Qt::ISODate));
            }
            if (kind == ConsentKind::FundsConfirmation && !m_request.iban.isEmpty()) {
                body.insert(u"iban"_s, m_request.iban);
            }
        }
        spec.headers.append({ u"Content-Type"_s, u"application/json"_s, true });
        spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return send(step, spec, Token::custom(m_clientToken, tr("client-credentials token")),
                    [this, step](const Exchange &ex) {
                        const QJsonObject o = jsonOf(ex);
                        if (!ex.succeeded() || o.value("authorizationId"_L1).toString().isEmpty()) {
                            return fail(step, tr("%1: %2").arg(stepTitle(step, m_request.kind),
                                                               OAuthRequests::failureOf(ex)));
                        }
                        m_consent.id = o.value("authorizationId"_L1).toString();
                        m_consent.paymentId = o.value("paymentId"_L1).toString();
                        m_consent.created = now();
                        m_consent.validUntil = QDateTime::fromString(o.value("expires"_L1).toString(), Qt::ISODate);
                        m_consent.status = ConsentStatus::Received;
                        if (const Status kept = m_store->put(m_consent); !kept) {
                            return fail(step, kept.errorMessage());
                        }
                        run(Step::AuthorizePage);
                    });
    }
    case Step::AuthorizePage: {
        if (m_request.decision == ConsentRequest::Decision::Browser) {
            if (!m_loopback) {
                m_loopback = new LoopbackRedirect(this);
            }
            if (const Status listening = m_loopback->listen(); !listening) {
                return fail(step, tr("%1: %2").arg(stepTitle(step, kind), listening.errorMessage()));
            }
            m_redirectUri = m_loopback->redirectUri().toString();
        }
        RequestSpec spec;
        spec.method = u"GET"_s;
        spec.url = OAuthRequests::AuthorizePath;
        spec.query = { { u"response_type"_s, u"code"_s, true },
                       { u"client_id"_s, u"{{$apiKey}}"_s, true },
                       { u"redirect_uri"_s, m_redirectUri, true },
                       { u"scope"_s, u"openid "_s + Consent::scopeOf(kind), true },
                       { u"state"_s, m_state, true },
                       { u"authorizationId"_s, m_consent.id, true },
                       { u"code_challenge"_s, m_pkce.challenge, true },
                       { u"code_challenge_method"_s, u"S256"_s, true } };
        spec.followRedirects = false;
        if (m_request.decision == ConsentRequest::Decision::Browser) {
            return openInBrowser(spec);
        }
        return send(step, spec, {}, [this, step](const Exchange &ex) {
            static const QRegularExpression ticket(uR"re(name="ticket"\s+value="([^"]+)")re"_s);
            const QRegularExpressionMatch m = ticket.match(QString::fromUtf8(ex.body));
            if (!ex.succeeded() || !m.hasMatch()) {
                return fail(step, ex.succeeded()
                                          ? tr("%1: the page is not the simulator's test-user page; complete it in a "
                                               "browser.")
                                                    .arg(stepTitle(step, m_request.kind))
                                          : tr("%1: %2").arg(stepTitle(step, m_request.kind), OAuthRequests::failureOf(ex)));
            }
            m_ticket = m.captured(1);
            if (m_request.decision == ConsentRequest::Decision::Ask) {
                m_waitingForDecision = true;
                const Application *app = m_request.applicationId.isEmpty()
                        ? nullptr
                        : m_session->applications()->find(m_request.applicationId);
                Q_EMIT stepStarted(Step::Decision);
                Q_EMIT decisionNeeded(app ? app->name : m_session->demoApplicationName(),
                                      Consent::scopeOf(m_request.kind), m_consent.id);
                return;
            }
            m_approve = m_request.decision == ConsentRequest::Decision::Approve;
            sendDecision();
        });
    }
    case Step::Decision:
        return sendDecision();
    case Step::ExchangeCode:
        return send(step, OAuthRequests::authorizationCode(m_code, m_redirectUri, m_pkce.verifier), {},
                    [this, step](const Exchange &ex) {
                        const Result<TokenGrant> grant = OAuthRequests::parseTokenReply(ex, now());
                        if (!grant) {
                            return fail(step, tr("%1: %2").arg(stepTitle(step, m_request.kind), grant.errorMessage()));
                        }
                        const Application *app = m_request.applicationId.isEmpty()
                                ? nullptr
                                : m_session->applications()->find(m_request.applicationId);
                        const QStringList hosts = m_session->credentialHostsOf(app);
                        if (const Status kept = m_store->putTokens(m_consent.id, grant->accessToken,
                                                                   grant->refreshToken, hosts);
                            !kept) {
                            return fail(step, kept.errorMessage());
                        }
                        m_consent.status = ConsentStatus::Authorized;
                        m_consent.tokenExpires = grant->expiresAt;
                        m_consent.hasRefreshToken = !grant->refreshToken.isEmpty();
                        if (!grant->scope.isEmpty()) {
                            m_consent.scope = grant->scope;
                        }
                        if (const Status kept = m_store->put(m_consent); !kept) {
                            return fail(step, kept.errorMessage());
                        }
                        m_running = false;
                        Q_EMIT finished(m_consent);
                    });
    }
}

void ConsentFlow::decide(bool approve, const QString &userId)
{
    if (!m_waitingForDecision) {
        return;
    }
    m_waitingForDecision = false;
    m_approve = approve;
    if (!userId.isEmpty()) {
        m_request.userId = userId;
    }
    sendDecision();
}

void ConsentFlow::sendDecision()
{
    const Step step = Step::Decision;
    RequestSpec spec;
    spec.method = u"POST"_s;
    spec.url = QString(OAuthRequests::AuthorizePath) + u"/decision"_s;
    spec.headers = { { u"Content-Type"_s, u"application/x-www-form-urlencoded"_s, true } };
    QUrlQuery form;
    form.addQueryItem(u"ticket"_s, m_ticket);
    form.addQueryItem(u"user"_s, m_request.userId);
    form.addQueryItem(u"decision"_s, m_approve ? u"approve"_s : u"reject"_s);
    spec.body = form.toString(QUrl::FullyEncoded).toUtf8();
    spec.followRedirects = false; // the redirect carries the code; it is read, not followed
    send(step, spec, {}, [this, step](const Exchange &ex) {
        const QUrl location(QString::fromUtf8(ex.responseHeader("location")));
        if (ex.status != 302 || location.isEmpty()) {
            return fail(step, tr("%1: %2").arg(stepTitle(step, m_request.kind), OAuthRequests::failureOf(ex)));
        }
        acceptRedirect(location);
    });
}

void ConsentFlow::openInBrowser(const RequestSpec &authorize)
{
    const Step step = Step::AuthorizePage;
    Q_EMIT stepStarted(step);
    SendOptions options;
    options.applicationId = m_request.applicationId;
    // The page's address as a send would have it, without sending: the
    // browser goes there, with the user's own cookies and sign-in.
    const Result<PreparedSend> prepared = m_session->prepare(authorize, {}, options);
    if (!prepared) {
        return fail(step, tr("%1: %2").arg(stepTitle(step, m_request.kind), prepared.errorMessage()));
    }
    // The bank's page is a web page on its public host, not the mutual-TLS
    // one: a browser has no client certificate.
    QUrl url = prepared->request.url;
    if (const Result<Environment> environment = m_session->environments()->resolve(m_consent.environmentId);
        environment && !environment->baseUrl.isEmpty()) {
        const QUrl base(environment->baseUrl);
        url.setScheme(base.scheme());
        url.setHost(base.host());
        url.setPort(base.port());
    }
    connect(m_loopback, &LoopbackRedirect::received, this, [this](const QUrl &target, const Exchange &exchange) {
        if (!m_waitingForBrowser) {
            return;
        }
        m_waitingForBrowser = false;
        m_loopback->close();
        Q_EMIT stepFinished(Step::AuthorizePage, exchange);
        Q_EMIT stepStarted(Step::Decision);
        Q_EMIT stepFinished(Step::Decision, exchange);
        if (m_cancelled) {
            return fail(Step::Decision, tr("The consent flow was cancelled."));
        }
        acceptRedirect(target);
    });
    m_waitingForBrowser = true;
    QTimer::singleShot(m_browserTimeoutMs, this, [this] {
        if (m_waitingForBrowser) {
            m_waitingForBrowser = false;
            m_loopback->close();
            fail(Step::AuthorizePage, tr("The browser did not come back from the bank's page within %n minute(s); "
                                         "start the consent again.",
                                         nullptr, qMax(1, m_browserTimeoutMs / 60000)));
        }
    });
    Q_EMIT browserNeeded(url);
}

void ConsentFlow::acceptRedirect(const QUrl &location)
{
    const Step step = Step::Decision;
    const QUrlQuery answer(location);
    if (answer.queryItemValue(u"state"_s) != m_state) {
        return fail(step, tr("%1: the redirect's state does not match this flow's; the answer was ignored.")
                                  .arg(stepTitle(step, m_request.kind)));
    }
    const bool inBrowser = m_request.decision == ConsentRequest::Decision::Browser;
    m_consent.userId = inBrowser ? QString() : m_request.userId;
    if (answer.hasQueryItem(u"error"_s)) {
        m_consent.status = ConsentStatus::Rejected;
        (void)m_store->put(m_consent);
        const QString error = answer.queryItemValue(u"error"_s, QUrl::FullyDecoded);
        return fail(step, inBrowser
                            ? tr("The user rejected the consent in the browser (%1): no token was issued, and the "
                                 "consent is listed as rejected. Start a new one to try again.")
                                      .arg(error)
                            : tr("The user %1 rejected the consent (%2): no token was issued, and the consent is "
                                 "listed as rejected. Start a new one to try again.")
                                      .arg(m_request.userId, error));
    }
    m_code = answer.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (m_code.isEmpty()) {
        return fail(step, tr("%1: the redirect carried neither a code nor an error.").arg(stepTitle(step, m_request.kind)));
    }
    run(Step::ExchangeCode);
}

} // namespace opc
