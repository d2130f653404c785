// PSD2 consents end to end without a window: opc::ConsentFlow and
// opc::ConsentService against the simulator this test starts on loopback,
// over real HTTPS and mutual TLS 1.2. AIS, PIS and CoF each end with the
// request the consent is for; refresh before expiry, a rejection, an
// expired token and a revoked consent each say what happened; no token
// value reaches a plain file.
#include "apps/applicationstore.h"
#include "curlbrowser.h"
#include "sessionfixture.h"
#include "embeddedsimulator.h"
#include "history/historystore.h"
#include "oauth/consentflow.h"
#include "oauth/consentservice.h"
#include "oauth/consentstore.h"
#include "oauth/oauthrequests.h"
#include "sandboxserver.h"
#include "security/certificatestore.h"
#include "security/encryptedfilevault.h"
#include "session/consolesession.h"
#include "settings/settings.h"
#include "simulatorlink.h"

#include <QDirIterator>
#include <QUrlQuery>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace opc;
using namespace Qt::StringLiterals;

class TestConsentFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void accountsConsentServesTheAccountsRequest();
    void paymentConsentSubmitsThePayment();
    void fundsConsentConfirmsFunds();
    void aPaymentBodyIsSignedAndATamperedOneRefused();
    void aConsentAskedForWaitsForTheDecision();
    void theUsersBrowserComesBackToALoopbackPort_data();
    void theUsersBrowserComesBackToALoopbackPort();
    void aRejectedConsentSaysSoAndIssuesNoToken();
    void theTokenIsRefreshedBeforeItExpires();
    void anExpiredTokenIsExplained();
    void aRevokedConsentIsRefusedAndSaysSo();
    void withoutAClientCertificateTheFirstStepSaysSo();
    void consentsSurviveANewSessionAndASimulatorRestart();
    void noTokenValueReachesAPlainFile();

private:
    /// Runs a flow of @p kind as the demo application to its end.
    Result<Consent> runFlow(ConsentKind kind, ConsentRequest::Decision decision, QList<ConsentFlow::Step> *steps = nullptr);
    Exchange send(const RequestSpec &spec, const Token &token);
    Token freshToken(const QString &consentId);

    SessionFixture m_fx;
    QDateTime m_now;
};

void TestConsentFlow::init()
{
    const QString ready = m_fx.setUp(u"consent test passphrase"_s);
    QVERIFY2(ready.isEmpty(), qPrintable(ready));
    const QString started = m_fx.startSimulator();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    // One clock for the bank and the console, moved by the tests.
    m_now = QDateTime::currentDateTimeUtc();
    m_fx.simulator->simulator()->server()->setClock([this] { return m_now; });
    m_fx.session->consents()->setClock([this] { return m_now; });
}

void TestConsentFlow::cleanup()
{
    m_fx.tearDown();
}

Result<Consent> TestConsentFlow::runFlow(ConsentKind kind, ConsentRequest::Decision decision,
                                         QList<ConsentFlow::Step> *steps)
{
    ConsentRequest request;
    request.kind = kind;
    request.decision = decision;
    ConsentFlow *flow = m_fx.session->consents()->createFlow(request);
    QSignalSpy finished(flow, &ConsentFlow::finished);
    QSignalSpy failed(flow, &ConsentFlow::failed);
    QSignalSpy stepDone(flow, &ConsentFlow::stepFinished);
    flow->start();
    if (!QTest::qWaitFor([&] { return finished.size() + failed.size() == 1; }, 20000)) {
        return Result<Consent>::failure(u"the flow did not end within 20 s"_s);
    }
    if (steps) {
        for (const QList<QVariant> &args : std::as_const(stepDone)) {
            steps->append(args.at(0).value<ConsentFlow::Step>());
        }
    }
    flow->deleteLater();
    if (!failed.isEmpty()) {
        return Result<Consent>::failure(failed.first().at(1).toString());
    }
    return finished.first().at(0).value<Consent>();
}

Exchange TestConsentFlow::send(const RequestSpec &spec, const Token &token)
{
    QSignalSpy finished(m_fx.session.get(), &ConsoleSession::exchangeFinished);
    SendOptions options;
    options.applicationId = QString(); // the demo application
    const Result<quint64> id = m_fx.session->send(spec, token, options);
    if (!id) {
        Exchange refused;
        refused.error = id.errorMessage();
        return refused;
    }
    if (!finished.wait(15000)) {
        return {};
    }
    return finished.first().at(1).value<Exchange>();
}

Token TestConsentFlow::freshToken(const QString &consentId)
{
    std::optional<Result<Token>> got;
    m_fx.session->consents()->withFreshToken(consentId, [&](const Result<Token> &t) { got = t; });
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 15000)) {
        return {};
    }
    if (!*got) {
        qWarning("%s", qPrintable(got->errorMessage()));
        return {};
    }
    return **got;
}

void TestConsentFlow::accountsConsentServesTheAccountsRequest()
{
    QList<ConsentFlow::Step> steps;
    const Result<Consent> consent = runFlow(ConsentKind::Accounts, ConsentRequest::Decision::Approve, &steps);
    QVERIFY2(consent, qPrintable(consent.errorMessage()));
    QCOMPARE(steps, ConsentFlow::steps());
    QCOMPARE(consent->status, ConsentStatus::Authorized);
    QCOMPARE(consent->userId, u"88888881"_s);
    QVERIFY(consent->hasRefreshToken);
    QVERIFY(consent->validUntil > m_now.addDays(80)); // the bank's 90-day default
    QCOMPARE(consent->tokenExpires, m_now.addSecs(3600));

    // The stored record and the vault agree.
    const Consent *stored = m_fx.session->consentStore()->find(consent->id);
    QVERIFY(stored);
    QCOMPARE(stored->status, ConsentStatus::Authorized);
    QVERIFY(m_fx.vault->ids().contains(ConsentStore::accessRef(consent->id)));
    QVERIFY(m_fx.vault->ids().contains(ConsentStore::refreshRef(consent->id)));

    // The accounts request picks this consent, the authorization calls not.
    const QString demo = m_fx.session->demoApplicationId();
    const Consent *serving
            = m_fx.session->consents()->consentFor(demo, u"psd2-ais-v1"_s, u"GET"_s, u"/accounts-psd2/v1/accounts"_s);
    QVERIFY(serving);
    QCOMPARE(serving->id, consent->id);
    QVERIFY(!m_fx.session->consents()->consentFor(demo, u"psd2-ais-v1"_s, u"POST"_s,
                                               u"/accounts-psd2/v1/authorizations"_s));
    QVERIFY(!m_fx.session->consents()->consentFor(demo, u"psd2-cof-v1"_s, u"POST"_s,
                                               u"/confirmation-of-funds-psd2/v1/funds-confirmations"_s));

    const Token token = freshToken(consent->id);
    QVERIFY(token.isValid());
    RequestSpec accounts;
    accounts.url = u"/accounts-psd2/v1/accounts"_s;
    const Exchange ex = send(accounts, token);
    QVERIFY2(ex.status == 200, qPrintable(ex.error + QString::fromUtf8(ex.body.left(300))));
    const QJsonDocument list = QJsonDocument::fromJson(ex.body);
    QVERIFY(list.isArray());
    QVERIFY(!list.array().isEmpty());
    QVERIFY(!list.array().first().toObject().value("identifier"_L1).toString().isEmpty());
}

void TestConsentFlow::paymentConsentSubmitsThePayment()
{
    const Result<Consent> consent = runFlow(ConsentKind::Payments, ConsentRequest::Decision::Approve);
    QVERIFY2(consent, qPrintable(consent.errorMessage()));
    QVERIFY(!consent->paymentId.isEmpty());
    const Token token = freshToken(consent->id);
    QVERIFY(token.isValid());

    RequestSpec submit;
    submit.method = u"PUT"_s;
    submit.url = u"/payments-psd2/v1/sepa-payments/%1/submissions/%2"_s.arg(
            consent->paymentId, QUuid::createUuid().toString(QUuid::WithoutBraces));
    const Exchange submitted = send(submit, token);
    QVERIFY2(submitted.status == 201, qPrintable(submitted.error + QString::fromUtf8(submitted.body.left(300))));

    RequestSpec status;
    status.url = u"/payments-psd2/v1/sepa-payments/"_s + consent->paymentId;
    const Exchange ex = send(status, token);
    QVERIFY2(ex.status == 200, qPrintable(ex.error + QString::fromUtf8(ex.body.left(300))));
    const QJsonObject payment = QJsonDocument::fromJson(ex.body).object();
    QCOMPARE(payment.value("amountEUR"_L1).toString(), u"12.50"_s);
    QCOMPARE(payment.value("submissions"_L1).toArray().size(), 1);
}

void TestConsentFlow::fundsConsentConfirmsFunds()
{
    const Result<Consent> consent = runFlow(ConsentKind::FundsConfirmation, ConsentRequest::Decision::Approve);
    QVERIFY2(consent, qPrintable(consent.errorMessage()));
    const Token token = freshToken(consent->id);
    RequestSpec confirm;
    confirm.method = u"POST"_s;
    confirm.url = u"/confirmation-of-funds-psd2/v1/funds-confirmations"_s;
    confirm.headers = { { u"Accept"_s, u"application/json"_s, true } };
    confirm.body = R"({"amountEUR":"1.00"})";
    const Exchange ex = send(confirm, token);
    QVERIFY2(ex.status == 201, qPrintable(ex.error + QString::fromUtf8(ex.body.left(300))));
    QCOMPARE(QJsonDocument::fromJson(ex.body).object().value("authorizationId"_L1).toString(), consent->id);
    QVERIFY(QJsonDocument::fromJson(ex.body).object().value("fundsAvailable"_L1).isBool());
}

void TestConsentFlow::aPaymentBodyIsSignedAndATamperedOneRefused()
{
    // The flow's own payment went with the console's x-jws-signature.
    ConsentRequest request;
    request.kind = ConsentKind::Payments;
    request.decision = ConsentRequest::Decision::Approve;
    ConsentFlow *flow = m_fx.session->consents()->createFlow(request);
    QSignalSpy stepDone(flow, &ConsentFlow::stepFinished);
    QSignalSpy finished(flow, &ConsentFlow::finished);
    flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QByteArray flowSignature;
    for (const QList<QVariant> &args : std::as_const(stepDone)) {
        if (args.at(0).value<ConsentFlow::Step>() == ConsentFlow::Step::CreateAuthorization) {
            const Exchange ex = args.at(1).value<Exchange>();
            QCOMPARE(ex.status, 201);
            flowSignature = ex.requestHeader("x-jws-signature");
        }
    }
    QVERIFY2(flowSignature.contains(".."), flowSignature.constData());

    // By hand: a client-credentials token, then a payment signed by the
    // console, which the bank verifies against the certificate of the TLS
    // connection; the same signature on another body is refused.
    const Exchange tokenReply = send(OAuthRequests::clientCredentials(u"payments"_s), Token());
    const Result<TokenGrant> grant = OAuthRequests::parseTokenReply(tokenReply, m_now);
    QVERIFY2(grant, qPrintable(grant.errorMessage()));
    const Token clientToken = Token::custom(QString::fromLatin1(grant->accessToken), u"client credentials"_s);
    RequestSpec payment;
    payment.method = u"POST"_s;
    payment.url = u"/payments-psd2/v1/sepa-payments"_s;
    payment.headers = { { u"Content-Type"_s, u"application/json"_s, true },
                        { u"x-idempotency-key"_s, u"{{$uuid}}"_s, true } };
    payment.body = R"({"amountEUR":"3.00","payee":{"iban":"FI4859986920215738","name":"Pekka Lahtinen"}})";
    const Exchange signedPayment = send(payment, clientToken);
    QVERIFY2(signedPayment.status == 201, qPrintable(signedPayment.error + QString::fromUtf8(signedPayment.body)));
    const QByteArray signature = signedPayment.requestHeader("x-jws-signature");
    const QList<QByteArray> parts = signature.split('.');
    QCOMPARE(parts.size(), 3);
    QVERIFY(parts[1].isEmpty()); // detached
    const QJsonObject header
            = QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding)).object();
    QCOMPARE(header.value("alg"_L1).toString(), u"ES256"_s); // the simulator's certificates are P-256

    RequestSpec tampered = payment;
    tampered.body = R"({"amountEUR":"3000.00","payee":{"iban":"FI4859986920215738","name":"Pekka Lahtinen"}})";
    tampered.headers.append({ u"x-jws-signature"_s, QString::fromLatin1(signature), true });
    const Exchange refused = send(tampered, clientToken);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.body.contains("does not verify"), refused.body.constData());
    QVERIFY(refused.body.contains("SECURITY"));
}

void TestConsentFlow::theUsersBrowserComesBackToALoopbackPort_data()
{
    QTest::addColumn<bool>("approve");
    QTest::newRow("approved") << true;
    QTest::newRow("rejected") << false;
}

void TestConsentFlow::theUsersBrowserComesBackToALoopbackPort()
{
    // curl plays the user's browser: it opens the bank's page the flow
    // hands over, sends the test user's decision and follows the bank's
    // redirect to the console's loopback port.
    QFETCH(bool, approve);
    ConsentRequest request;
    request.kind = ConsentKind::Accounts;
    request.decision = ConsentRequest::Decision::Browser;
    ConsentFlow *flow = m_fx.session->consents()->createFlow(request);
    QSignalSpy browser(flow, &ConsentFlow::browserNeeded);
    QSignalSpy finished(flow, &ConsentFlow::finished);
    QSignalSpy failed(flow, &ConsentFlow::failed);
    QSignalSpy stepDone(flow, &ConsentFlow::stepFinished);
    flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(browser.size() + failed.size(), 1, 15000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    QVERIFY(flow->isWaitingForBrowser());
    const QUrl page = browser.first().first().toUrl();
    const QUrlQuery query(page);
    QCOMPARE(page.path(), u"/oauth/authorize"_s);
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QVERIFY(!query.hasQueryItem(u"client_secret"_s));
    const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QCOMPARE(redirect.scheme(), u"http"_s);
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);
    QVERIFY(redirect.port() > 0);

    const CurlBrowser browserAtWork(m_fx.simulator->simulator()->server()->caCertificatePath());
    const QByteArray back = browserAtWork.decide(page, approve, u"88888882"_s);
    QVERIFY2(back.contains(approve ? "Consent received" : "Consent not given"), back.constData());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 15000);
    QVERIFY(!flow->isWaitingForBrowser());
    // The listener is gone once it has the answer.
    QVERIFY(browserAtWork.run({ redirect.toString() }).contains("Failed to connect"));
    // The guided view gets the browser's arrival, the code never shown.
    bool sawRedirect = false;
    for (const QList<QVariant> &args : std::as_const(stepDone)) {
        const Exchange ex = args.at(1).value<Exchange>();
        if (args.at(0).value<ConsentFlow::Step>() == ConsentFlow::Step::Decision) {
            sawRedirect = ex.url.startsWith(redirect.toString()) && ex.status == 200;
            QVERIFY2(!ex.url.contains(u"code="_s) || ex.url.contains(u"code=…"_s) || ex.url.contains(u"code=%E2%80%A6"_s),
                     qPrintable(ex.url));
        }
    }
    QVERIFY(sawRedirect);

    if (!approve) {
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().at(1).toString().contains(u"rejected the consent in the browser"_s),
                 qPrintable(failed.first().at(1).toString()));
        QCOMPARE(m_fx.session->consentStore()->find(flow->consent().id)->status, ConsentStatus::Rejected);
        return;
    }
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    const Consent consent = finished.first().first().value<Consent>();
    QCOMPARE(consent.status, ConsentStatus::Authorized);
    // The code was exchanged with the same loopback redirect URI; the token
    // serves the accounts request.
    RequestSpec accounts;
    accounts.url = u"/accounts-psd2/v1/accounts"_s;
    const Exchange ex = send(accounts, freshToken(consent.id));
    QVERIFY2(ex.status == 200, qPrintable(ex.error + QString::fromUtf8(ex.body.left(300))));
}

void TestConsentFlow::aConsentAskedForWaitsForTheDecision()
{
    ConsentRequest request;
    request.kind = ConsentKind::Accounts;
    ConsentFlow *flow = m_fx.session->consents()->createFlow(request);
    QSignalSpy asked(flow, &ConsentFlow::decisionNeeded);
    QSignalSpy finished(flow, &ConsentFlow::finished);
    flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 15000);
    QCOMPARE(asked.first().at(0).toString(), m_fx.session->demoApplicationName());
    QCOMPARE(asked.first().at(1).toString(), u"accounts"_s);
    QVERIFY(flow->isWaitingForDecision());
    QTest::qWait(100);
    QVERIFY(finished.isEmpty());
    QCOMPARE(m_fx.session->consentStore()->find(flow->consent().id)->status, ConsentStatus::Received);
    flow->decide(true, u"88888882"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(finished.first().at(0).value<Consent>().userId, u"88888882"_s);
}

void TestConsentFlow::aRejectedConsentSaysSoAndIssuesNoToken()
{
    QList<ConsentFlow::Step> steps;
    const Result<Consent> consent = runFlow(ConsentKind::Accounts, ConsentRequest::Decision::Reject, &steps);
    QVERIFY(!consent);
    QVERIFY2(consent.errorMessage().contains(u"rejected the consent"_s), qPrintable(consent.errorMessage()));
    QCOMPARE(steps.last(), ConsentFlow::Step::Decision); // no code exchange
    QCOMPARE(m_fx.session->consentStore()->consents().size(), 1);
    const Consent rejected = m_fx.session->consentStore()->consents().first();
    QCOMPARE(rejected.status, ConsentStatus::Rejected);
    QVERIFY(!m_fx.vault->ids().contains(ConsentStore::accessRef(rejected.id)));

    std::optional<Result<Token>> got;
    m_fx.session->consents()->withFreshToken(rejected.id, [&](const Result<Token> &t) { got = t; });
    QVERIFY(got.has_value()); // refused at once, nothing sent
    QVERIFY(!*got);
    QVERIFY2(got->errorMessage().contains(u"was rejected by the user 88888881"_s), qPrintable(got->errorMessage()));
}

void TestConsentFlow::theTokenIsRefreshedBeforeItExpires()
{
    const Result<Consent> consent = runFlow(ConsentKind::Accounts, ConsentRequest::Decision::Approve);
    QVERIFY2(consent, qPrintable(consent.errorMessage()));
    const Token first = freshToken(consent->id);
    QVERIFY(first.isValid());

    // Far from the expiry: the same token, nothing sent.
    QSignalSpy refreshed(m_fx.session->consents(), &ConsentService::tokenRefreshed);
    QSignalSpy sent(m_fx.session.get(), &ConsoleSession::exchangeFinished);
    m_now = m_now.addSecs(3600 - ConsentService::RefreshMarginSeconds - 60);
    QCOMPARE(freshToken(consent->id).value, first.value);
    QCOMPARE(sent.size(), 0);

    // Within the margin: refreshed first, a new token, a new expiry.
    m_now = m_now.addSecs(90);
    const Token second = freshToken(consent->id);
    QVERIFY(second.isValid());
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(sent.size(), 1);
    QVERIFY(second.value != first.value);
    QCOMPARE(m_fx.session->consentStore()->find(consent->id)->tokenExpires, m_now.addSecs(3600));

    // Past the first token's hour the new one still works at the bank.
    m_now = m_now.addSecs(ConsentService::RefreshMarginSeconds);
    RequestSpec accounts;
    accounts.url = u"/accounts-psd2/v1/accounts"_s;
    const Exchange ex = send(accounts, second);
    QVERIFY2(ex.status == 200, qPrintable(ex.error + QString::fromUtf8(ex.body.left(300))));
    QCOMPARE(send(accounts, first).status, 401);
}

void TestConsentFlow::anExpiredTokenIsExplained()
{
    const Result<Consent> consent = runFlow(ConsentKind::Accounts, ConsentRequest::Decision::Approve);
    QVERIFY2(consent, qPrintable(consent.errorMessage()));
    const Token token = freshToken(consent->id);
    m_now = m_now.addSecs(3601);
    RequestSpec accounts;
    accounts.url = u"/accounts-psd2/v1/accounts"_s;
    const Exchange ex = send(accounts, token);
    QCOMPARE(ex.status, 401);
    const QString why = m_fx.session->consents()->explainRefusal(consent->id, ex);
    QVERIFY2(why.contains(u"has expired"_s) && why.contains(u"The access token has expired."_s), qPrintable(why));
    // The next use refreshes and works again.
    const Token renewed = freshToken(consent->id);
    QVERIFY(renewed.isValid());
    QCOMPARE(send(accounts, renewed).status, 200);
}

void TestConsentFlow::aRevokedConsentIsRefusedAndSaysSo()
{
    const Result<Consent> consent = runFlow(ConsentKind::Accounts, ConsentRequest::Decision::Approve);
    QVERIFY2(consent, qPrintable(consent.errorMessage()));
    const Token token = freshToken(consent->id);
    std::optional<Status> revoked;
    m_fx.session->consents()->revoke(consent->id, [&](const Status &s) { revoked = s; });
    QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 15000);
    QVERIFY2(*revoked, qPrintable(revoked->errorMessage()));
    QCOMPARE(m_fx.session->consentStore()->find(consent->id)->status, ConsentStatus::Revoked);
    QVERIFY(!m_fx.vault->ids().contains(ConsentStore::accessRef(consent->id)));

    // The bank refuses the old token: 403 SECURITY, explained.
    RequestSpec accounts;
    accounts.url = u"/accounts-psd2/v1/accounts"_s;
    const Exchange ex = send(accounts, token);
    QCOMPARE(ex.status, 403);
    QVERIFY(ex.body.contains("SECURITY"));
    const QString why = m_fx.session->consents()->explainRefusal(consent->id, ex);
    QVERIFY2(why.contains(u"403 SECURITY"_s) && why.contains(u"revoked"_s), qPrintable(why));

    std::optional<Result<Token>> got;
    m_fx.session->consents()->withFreshToken(consent->id, [&](const Result<Token> &t) { got = t; });
    QVERIFY(got && !*got);
    QVERIFY2(got->errorMessage().contains(u"was revoked"_s), qPrintable(got->errorMessage()));
}

void TestConsentFlow::withoutAClientCertificateTheFirstStepSaysSo()
{
    const auto minted = m_fx.simulator->registerApplication(u"No cert app"_s, { u"psd2-ais-v1"_s });
    QVERIFY(minted);
    Application app;
    app.name = u"No cert app"_s;
    app.environmentId = u"local"_s;
    app.productIds = { u"psd2-ais-v1"_s };
    const auto added = m_fx.session->applications()->add(app, *minted);
    QVERIFY2(added, qPrintable(added.errorMessage()));

    ConsentRequest request;
    request.applicationId = added->id;
    request.decision = ConsentRequest::Decision::Approve;
    ConsentFlow *flow = m_fx.session->consents()->createFlow(request);
    QSignalSpy failed(flow, &ConsentFlow::failed);
    QSignalSpy sent(m_fx.session.get(), &ConsoleSession::exchangeFinished);
    flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
    QCOMPARE(failed.first().at(0).value<ConsentFlow::Step>(), ConsentFlow::Step::ClientToken);
    const QString why = failed.first().at(1).toString();
    QVERIFY2(why.contains(u"mutual TLS"_s) && why.contains(u"client certificate"_s), qPrintable(why));
    QCOMPARE(sent.size(), 0); // refused before any socket opened
    QVERIFY(m_fx.session->consentStore()->consents().isEmpty());
}

void TestConsentFlow::consentsSurviveANewSessionAndASimulatorRestart()
{
    // A stored local application: its key is the same in the next run.
    const auto minted = m_fx.simulator->registerApplication(u"PSD2 app"_s, { u"psd2-ais-v1"_s });
    QVERIFY(minted);
    Application app;
    app.name = u"PSD2 app"_s;
    app.environmentId = u"local"_s;
    app.productIds = { u"psd2-ais-v1"_s };
    const auto added = m_fx.session->applications()->add(app, *minted);
    QVERIFY(added);
    const auto issued = m_fx.simulator->simulator()->server()->issueClientCertificate(minted->apiKey, u"pw"_s);
    QVERIFY(issued);
    const auto imported = m_fx.certificates->importPkcs12(*issued, u"pw"_s, u"PSD2 certificate"_s);
    QVERIFY(imported);
    QVERIFY(m_fx.certificates->bind(added->id, imported->id, m_fx.session->applications()->hostsFor(u"local"_s)));

    ConsentRequest request;
    request.applicationId = added->id;
    request.decision = ConsentRequest::Decision::Approve;
    ConsentFlow *flow = m_fx.session->consents()->createFlow(request);
    QSignalSpy finished(flow, &ConsentFlow::finished);
    QSignalSpy failed(flow, &ConsentFlow::failed);
    flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() == 1, 20000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    const QString consentId = finished.first().at(0).value<Consent>().id;

    // A new session and a new simulator on the same data folder.
    m_fx.simulator.reset();
    m_fx.session = std::make_unique<ConsoleSession>(m_fx.settings.get());
    m_fx.session->setSecretStore(m_fx.vault.get());
    m_fx.session->setCertificateStore(m_fx.certificates.get());
    m_fx.simulator = std::make_unique<sandbox::SimulatorLink>(m_fx.session.get());
    QVERIFY(m_fx.simulator->start(m_fx.settings->path(u"sandbox"_s), u"Demo application"_s));
    m_fx.simulator->watchVault(m_fx.vault.get());
    QCOMPARE(m_fx.session->consentStore()->find(consentId)->status, ConsentStatus::Authorized);

    std::optional<Result<Token>> got;
    m_fx.session->consents()->withFreshToken(consentId, [&](const Result<Token> &t) { got = t; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15000);
    QVERIFY2(*got, qPrintable(got->errorMessage()));
    RequestSpec accounts;
    accounts.url = u"/accounts-psd2/v1/accounts"_s;
    QSignalSpy done(m_fx.session.get(), &ConsoleSession::exchangeFinished);
    SendOptions options;
    options.applicationId = added->id;
    options.consentId = consentId;
    // The consent's own session goes with it (the bank keeps its resources
    // there), not the new session's.
    const QString given = m_fx.session->consentStore()->find(consentId)->sessionId;
    QVERIFY(!given.isEmpty() && given != m_fx.session->sessionId());
    const auto prepared = m_fx.session->prepare(accounts, **got, options);
    QVERIFY2(prepared, qPrintable(prepared.errorMessage()));
    QCOMPARE(QString::fromLatin1(prepared->request.header("x-session-id")), given);
    QVERIFY(m_fx.session->send(accounts, **got, options));
    QVERIFY(done.wait(15000));
    const Exchange ex = done.first().at(1).value<Exchange>();
    QVERIFY2(ex.status == 200, qPrintable(ex.error + QString::fromUtf8(ex.body.left(300))));
}

void TestConsentFlow::noTokenValueReachesAPlainFile()
{
    const Result<Consent> ais = runFlow(ConsentKind::Accounts, ConsentRequest::Decision::Approve);
    QVERIFY2(ais, qPrintable(ais.errorMessage()));
    m_now = m_now.addSecs(3590); // one refresh too
    const Token token = freshToken(ais->id);
    QVERIFY(token.isValid());
    const Result<Consent> pis = runFlow(ConsentKind::Payments, ConsentRequest::Decision::Approve);
    QVERIFY(pis);

    QList<QByteArray> secrets { token.value.toUtf8(), m_fx.session->demoIdentity().apiSecret };
    for (const Consent &c : m_fx.session->consentStore()->consents()) {
        for (const QString &ref : { ConsentStore::accessRef(c.id), ConsentStore::refreshRef(c.id) }) {
            if (m_fx.vault->ids().contains(ref)) {
                secrets.append(*m_fx.vault->get(ref));
            }
        }
    }
    QCOMPARE(secrets.size(), 2 + 4);
    m_fx.history.reset(); // flushed and closed
    int files = 0;
    QDirIterator it(m_fx.dir->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++files;
        for (const QByteArray &secret : std::as_const(secrets)) {
            QVERIFY2(!bytes.contains(secret), qPrintable(u"a token or secret is in %1"_s.arg(path)));
            QVERIFY2(!bytes.contains(secret.toBase64()), qPrintable(u"a token (base64) is in %1"_s.arg(path)));
        }
    }
    QVERIFY(files >= 4); // the history, consents.json, the simulator's grants, the vault
    QVERIFY(QFile::exists(m_fx.settings->path(u"consents.json"_s)));
    QVERIFY(QFile::exists(m_fx.settings->path(u"sandbox/psd2-grants.json"_s)));
}

QTEST_GUILESS_MAIN(TestConsentFlow)
#include "tst_consentflow.moc"
