// The send pipeline without a window: opc::ConsoleSession sending as the
// demo application and as stored applications of the OP sandbox,
// production and a user-defined environment. Sends go only to the
// simulator this test starts on loopback; requests for the real OP hosts
// are prepared (everything short of a socket) and inspected.
#include "apps/applicationstore.h"
#include "embeddedsimulator.h"
#include "environments/environmentstore.h"
#include "history/historystore.h"
#include "quota/quotatracker.h"
#include "sandboxserver.h"
#include "sessionfixture.h"
#include "security/certificatestore.h"
#include "security/encryptedfilevault.h"
#include "session/consolesession.h"
#include "settings/settings.h"
#include "simulatorlink.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace opc;
using namespace Qt::StringLiterals;

class TestConsoleSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void demoApplicationSendsToTheSimulatorOnce();
    void demoReachesTheMutualTlsListenerWithItsCertificate();
    void sandboxApplicationIsPreparedForTheOpSandbox();
    void productionCredentialsStayOnProduction();
    void customEnvironmentIsTheTarget();
    void aPausedApplicationDoesNotPauseAnother();
    void withoutTheSimulatorStoredApplicationsStillWork();
    void onlinePaymentIsSignedWithTheMerchantsKey();
    void hmacCoversTheExactBytes_data();
    void hmacCoversTheExactBytes();

private:
    Application addApplication(const QString &name, const QString &environmentId, const QStringList &products,
                               const ApplicationCredentials &credentials);
    Exchange sendAndWait(const RequestSpec &spec, const SendOptions &options = {});
    bool startSimulator();

    SessionFixture m_fx;
};

void TestConsoleSession::init()
{
    const QString ready = m_fx.setUp(u"session test passphrase"_s);
    QVERIFY2(ready.isEmpty(), qPrintable(ready));
}

void TestConsoleSession::cleanup()
{
    m_fx.tearDown();
}

bool TestConsoleSession::startSimulator()
{
    const QString started = m_fx.startSimulator();
    if (!started.isEmpty()) {
        qWarning("%s", qPrintable(started));
        return false;
    }
    return true;
}

Application TestConsoleSession::addApplication(const QString &name, const QString &environmentId,
                                               const QStringList &products,
                                               const ApplicationCredentials &credentials)
{
    Application app;
    app.name = name;
    app.environmentId = environmentId;
    app.productIds = products;
    const auto added = m_fx.session->applications()->add(app, credentials);
    if (!added) {
        qWarning("%s", qPrintable(added.errorMessage()));
        return {};
    }
    return *added;
}

Exchange TestConsoleSession::sendAndWait(const RequestSpec &spec, const SendOptions &options)
{
    QSignalSpy finished(m_fx.session.get(), &ConsoleSession::exchangeFinished);
    const Result<quint64> id = m_fx.session->send(spec, Token::staticToken(1), options);
    if (!id) {
        Exchange refused;
        refused.error = id.errorMessage();
        refused.errorCode = id.errorCode();
        return refused;
    }
    if (!finished.wait(15000)) {
        Exchange lost;
        lost.error = u"no exchange within 15 s"_s;
        return lost;
    }
    return finished.first().at(1).value<Exchange>();
}

void TestConsoleSession::demoApplicationSendsToTheSimulatorOnce()
{
    QVERIFY(startSimulator());
    QSignalSpy finished(m_fx.session.get(), &ConsoleSession::exchangeFinished);
    QSignalSpy recorded(m_fx.session.get(), &ConsoleSession::exchangeRecorded);
    RequestSpec spec;
    spec.url = u"/accounts/v3/accounts"_s;
    const Exchange ex = sendAndWait(spec);
    QVERIFY2(ex.status == 200, qPrintable(ex.error + QString::fromUtf8(ex.body.left(300))));
    QCOMPARE(QUrl(ex.url).port(), QUrl(m_fx.simulator->environment().baseUrl).port());
    QCOMPARE(ex.environmentId, u"local"_s);
    QCOMPARE(ex.applicationId, m_fx.session->demoApplicationId());
    QCOMPARE(ex.composedUrl, spec.url);
    // The quota and the history recorded it once, in the demo's bucket.
    QVERIFY(ex.quota.valid);
    QCOMPARE(ex.quota.remaining, ex.responseHeader("x-ratelimit-remaining").toInt());
    QCOMPARE(m_fx.session->quota()->history(u"local"_s, m_fx.session->demoApplicationId()).size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(m_fx.history->count({}), 1);
}

void TestConsoleSession::demoReachesTheMutualTlsListenerWithItsCertificate()
{
    QVERIFY(startSimulator());
    const Environment local = m_fx.simulator->environment();
    QVERIFY(!local.mtlsBaseUrl.isEmpty());
    RequestSpec spec;
    spec.method = u"POST"_s;
    spec.url = u"/accounts-psd2/v1/authorizations"_s;
    spec.body = R"({"expires":"2099-01-01T00:00:00Z"})";
    const auto prepared = m_fx.session->prepare(spec, Token::staticToken(1));
    QVERIFY2(prepared, qPrintable(prepared.errorMessage()));
    QCOMPARE(prepared->request.url.port(), QUrl(local.mtlsBaseUrl).port());
    QVERIFY(prepared->request.requiresMtls);
    QVERIFY(prepared->tls.hasClientCertificate());
    const Exchange ex = sendAndWait(spec);
    // The handshake with the client certificate succeeded: the API answered.
    QVERIFY2(ex.hasResponse(), qPrintable(ex.error));
    QVERIFY(ex.tls.used);
    QVERIFY(!ex.tls.clientCertificate.isEmpty());
}

void TestConsoleSession::sandboxApplicationIsPreparedForTheOpSandbox()
{
    const Application app = addApplication(u"Team sandbox"_s, u"sandbox"_s,
                                           { u"accounts-v3"_s, u"payments-v1"_s, u"psd2-ais-v1"_s },
                                           { u"SandboxKey0123456789abcdef"_s, "SandboxSecret0123456789" });
    QVERIFY(!app.id.isEmpty());
    SendOptions options;
    options.applicationId = app.id;

    RequestSpec accounts;
    accounts.url = u"/accounts/v3/accounts"_s;
    auto prepared = m_fx.session->prepare(accounts, Token::staticToken(1), options);
    QVERIFY2(prepared, qPrintable(prepared.errorMessage()));
    QCOMPARE(prepared->request.url.toString(), u"https://sandbox.apis.op.fi/accounts/v3/accounts"_s);
    QCOMPARE(prepared->request.header("x-api-key"), QByteArray("SandboxKey0123456789abcdef"));
    QCOMPARE(prepared->environmentId, u"sandbox"_s);
    QCOMPARE(prepared->applicationId, app.id);
    QVERIFY(prepared->countsAgainstQuota);
    QVERIFY(prepared->request.header("authorization").startsWith("Bearer "));

    // Restricted: signed with the stored secret, although no simulator runs.
    RequestSpec payment;
    payment.method = u"POST"_s;
    payment.url = u"/v1/payments/initiate"_s;
    payment.body = R"({"amount":5})";
    prepared = m_fx.session->prepare(payment, Token::staticToken(1), options);
    QVERIFY2(prepared, qPrintable(prepared.errorMessage()));
    QVERIFY(prepared->request.signedWithHmac);
    QVERIFY(prepared->request.hasHeader("x-hmac-signature") || prepared->request.hasHeader("signature"));
    QVERIFY(!prepared->request.header("x-authorization").isEmpty());

    // Mutual TLS without a bound certificate is refused before any socket.
    RequestSpec psd2;
    psd2.method = u"POST"_s;
    psd2.url = u"/accounts-psd2/v1/authorizations"_s;
    prepared = m_fx.session->prepare(psd2, Token::staticToken(1), options);
    QVERIFY(!prepared);
    QCOMPARE(prepared.errorCode(), u"no-certificate"_s);

    // A diagnostics path does not count against the quota.
    RequestSpec echo;
    echo.url = u"/__echo"_s;
    prepared = m_fx.session->prepare(echo, Token::staticToken(1), options);
    QVERIFY2(prepared, qPrintable(prepared.errorMessage()));
    QVERIFY(!prepared->countsAgainstQuota);
}

void TestConsoleSession::productionCredentialsStayOnProduction()
{
    const Application app = addApplication(u"Live"_s, u"production"_s, { u"accounts-v3"_s },
                                           { u"ProductionKey0123456789ab"_s, "ProductionSecret01234567" });
    SendOptions options;
    options.applicationId = app.id;
    RequestSpec spec;
    spec.url = u"/accounts/v3/accounts"_s;
    auto prepared = m_fx.session->prepare(spec, Token::staticToken(1), options);
    QVERIFY2(prepared, qPrintable(prepared.errorMessage()));
    QCOMPARE(prepared->request.url.host(), u"apis.op.fi"_s);
    QCOMPARE(prepared->environmentId, u"production"_s);

    // The production key is bound to production's host: aimed at the
    // sandbox, the request is refused and names the host.
    spec.url = u"https://sandbox.apis.op.fi/accounts/v3/accounts"_s;
    prepared = m_fx.session->prepare(spec, Token::staticToken(1), options);
    QVERIFY(!prepared);
    QVERIFY2(prepared.errorMessage().contains(u"sandbox.apis.op.fi"_s), qPrintable(prepared.errorMessage()));
    QVERIFY(!prepared.errorMessage().contains(u"ProductionKey"_s));
}

void TestConsoleSession::customEnvironmentIsTheTarget()
{
    QVERIFY(startSimulator());
    // A team's own gateway: here the simulator this test started, under a
    // user-defined environment with its own CA and mutual-TLS address.
    const Environment local = m_fx.simulator->environment();
    Environment team;
    team.name = u"Team gateway"_s;
    team.kind = Environment::Kind::Custom;
    team.baseUrl = local.baseUrl;
    team.mtlsBaseUrl = local.mtlsBaseUrl;
    team.extraCaPath = local.extraCaPath;
    const auto added = m_fx.session->environments()->add(team);
    QVERIFY2(added, qPrintable(added.errorMessage()));
    QCOMPARE(m_fx.session->environments()->hostsFor(added->id), QStringList { u"127.0.0.1"_s });

    const auto minted = m_fx.simulator->registerApplication(u"Gateway app"_s, { u"accounts-v3"_s, u"psd2-ais-v1"_s });
    QVERIFY(minted);
    const Application app = addApplication(u"Gateway app"_s, added->id, { u"accounts-v3"_s, u"psd2-ais-v1"_s },
                                           *minted);
    QVERIFY(!app.id.isEmpty());
    QCOMPARE(m_fx.session->environmentOf(&app).baseUrl, local.baseUrl);
    SendOptions options;
    options.applicationId = app.id;

    RequestSpec spec;
    spec.url = u"/accounts/v3/accounts"_s;
    const Exchange ex = sendAndWait(spec, options);
    QVERIFY2(ex.status == 200, qPrintable(ex.error + QString::fromUtf8(ex.body.left(300))));
    QCOMPARE(ex.environmentId, added->id);
    QCOMPARE(ex.applicationId, app.id);
    QVERIFY(ex.quota.valid);
    QCOMPARE(m_fx.session->quota()->history(added->id, app.id).size(), 1);
    QVERIFY(m_fx.session->quota()->history(u"local"_s, app.id).isEmpty());

    // Its mutual-TLS API goes to the environment's mTLS address with the
    // certificate bound to the application.
    const auto issued = m_fx.simulator->simulator()->server()->issueClientCertificate(minted->apiKey, u"pw"_s);
    QVERIFY(issued);
    const auto imported = m_fx.certificates->importPkcs12(*issued, u"pw"_s, u"Gateway certificate"_s);
    QVERIFY2(imported, qPrintable(imported.errorMessage()));
    QVERIFY(m_fx.certificates->bind(app.id, imported->id, m_fx.session->applications()->hostsFor(app.environmentId)));
    RequestSpec psd2;
    psd2.method = u"POST"_s;
    psd2.url = u"/accounts-psd2/v1/authorizations"_s;
    psd2.body = R"({"expires":"2099-01-01T00:00:00Z"})";
    const auto prepared = m_fx.session->prepare(psd2, Token::staticToken(1), options);
    QVERIFY2(prepared, qPrintable(prepared.errorMessage()));
    QCOMPARE(prepared->request.url.port(), QUrl(local.mtlsBaseUrl).port());
    QCOMPARE(QString::fromLatin1(prepared->tls.clientCertificate.digest(QCryptographicHash::Sha256).toHex()),
             imported->id);
    const Exchange mtls = sendAndWait(psd2, options);
    QVERIFY2(mtls.hasResponse(), qPrintable(mtls.error));
    QVERIFY(!mtls.tls.clientCertificate.isEmpty());
}

void TestConsoleSession::aPausedApplicationDoesNotPauseAnother()
{
    QVERIFY(startSimulator());
    const auto minted = m_fx.simulator->registerApplication(u"Busy app"_s, { u"accounts-v3"_s });
    QVERIFY(minted);
    const Application busy = addApplication(u"Busy app"_s, u"local"_s, { u"accounts-v3"_s }, *minted);
    m_fx.simulator->syncLocalApplications();
    QVERIFY(m_fx.simulator->simulator()->server()->setQuota(minted->apiKey, -1, 1000));
    SendOptions asBusy;
    asBusy.applicationId = busy.id;
    RequestSpec spec;
    spec.url = u"/accounts/v3/accounts"_s;
    const Exchange limited = sendAndWait(spec, asBusy);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.applicationId, busy.id);
    QVERIFY(m_fx.session->quota()->state(u"local"_s, busy.id).blockedUntil.isValid());

    // The busy application is paused for quota'd APIs ...
    const auto refused = m_fx.session->prepare(spec, Token::staticToken(1), asBusy);
    QVERIFY(!refused);
    QCOMPARE(refused.errorCode(), u"quota-blocked"_s);
    // ... but not for diagnostics, and not when the user sends anyway.
    RequestSpec echo;
    echo.url = u"/__echo"_s;
    QVERIFY(m_fx.session->prepare(echo, Token::staticToken(1), asBusy));
    SendOptions anyway = asBusy;
    anyway.overrideQuotaBlock = true;
    QVERIFY(m_fx.session->prepare(spec, Token::staticToken(1), anyway));
    // The demo application's bucket is its own.
    SendOptions asDemo;
    asDemo.applicationId = QString();
    const Exchange demo = sendAndWait(spec, asDemo);
    QCOMPARE(demo.status, 200);
}

void TestConsoleSession::onlinePaymentIsSignedWithTheMerchantsKey()
{
    QVERIFY(startSimulator());
    // The demo merchant: the simulator knows its public key and verifies.
    RequestSpec payment;
    payment.method = u"POST"_s;
    payment.url = u"/paymentbutton/v1/payments"_s;
    payment.headers = { { u"Content-Type"_s, u"application/json"_s, true } };
    payment.body = R"({"amount":"1.00","currency":"EUR","accountId":"8a5d4aac-8f8f-47ed-ae2f-36ffeaf57c79",)"
                   R"("reference":"RF3517834735","return":{"url":"https://shop.example.com/return"},)"
                   R"("cancel":{"url":"https://shop.example.com/cancel"},"reject":{"url":"https://shop.example.com/reject"}})";
    const auto prepared = m_fx.session->prepare(payment, Token::staticToken(1));
    QVERIFY2(prepared, qPrintable(prepared.errorMessage()));
    QVERIFY(prepared->request.signedWithOpRsa);
    const QByteArray authorization = prepared->request.header("authorization");
    const QList<QByteArray> parts = authorization.split(':');
    QCOMPARE(parts.size(), 4);
    QVERIFY2(parts[0].startsWith("demo-merchant-"), authorization.constData());
    QCOMPARE(parts[1], QByteArray("1"));
    QCOMPARE(QByteArray::fromHex(parts[3]).size(), 256); // RSA 2048
    const QByteArray date = prepared->request.header("date");
    QVERIFY(!date.isEmpty());
    const Exchange created = sendAndWait(payment);
    QVERIFY2(created.status == 201, qPrintable(created.error + QString::fromUtf8(created.body.left(300))));
    // The history and the viewer get the signature masked like a token.
    QVERIFY(created.requestHeader("authorization") != authorization);

    // The same signature over another amount: the bank refuses it.
    RequestSpec tampered = payment;
    tampered.body.replace("\"1.00\"", "\"100.00\"");
    tampered.headers.append({ u"Authorization"_s, QString::fromLatin1(authorization), true });
    tampered.headers.append({ u"Date"_s, QString::fromLatin1(date), true });
    const Exchange refused = sendAndWait(tampered);
    QCOMPARE(refused.status, 401);
    QVERIFY2(refused.body.contains("does not verify"), refused.body.constData());

    // A stored application without a merchant id: refused before sending.
    const Application app = addApplication(u"Shop"_s, u"local"_s, { u"online-payment-v1"_s },
                                           { u"ShopKey0123456789abcdef"_s, "ShopSecret0123456789" });
    SendOptions options;
    options.applicationId = app.id;
    const auto withoutMerchant = m_fx.session->prepare(payment, Token::staticToken(1), options);
    QVERIFY(!withoutMerchant);
    QCOMPARE(withoutMerchant.errorCode(), u"op-rsa-no-merchant"_s);
    QVERIFY2(withoutMerchant.errorMessage().contains(u"merchant id"_s), qPrintable(withoutMerchant.errorMessage()));
}

void TestConsoleSession::hmacCoversTheExactBytes_data()
{
    // SEC-11: the bodies that break naive signers.
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("CRLF") << QByteArray("{\"amount\":5,\r\n\"subject\":\"two\r\nlines\"}");
    QTest::newRow("non-ASCII") << QStringLiteral(R"({"amount":5,"subject":"Lounas € äöå 😀"})").toUtf8();
    QByteArray large = R"({"amount":5,"subject":")";
    large += QByteArray(10 * 1024 * 1024 - large.size() - 2, 'x');
    large += "\"}";
    QTest::newRow("10 MiB") << large;
}

void TestConsoleSession::hmacCoversTheExactBytes()
{
    QFETCH(QByteArray, body);
    QVERIFY(startSimulator());
    RequestSpec payment;
    payment.method = u"POST"_s;
    payment.url = u"/v1/payments/initiate"_s;
    payment.headers = { { u"Content-Type"_s, u"application/json"_s, true } };
    payment.body = body;
    const auto prepared = m_fx.session->prepare(payment, Token::staticToken(1));
    QVERIFY2(prepared, qPrintable(prepared.errorMessage()));
    QVERIFY(prepared->request.signedWithHmac);
    QCOMPARE(prepared->request.body, body);

    // Signed by the console, the bank accepts the signature: whatever it
    // then says of the payment, it is not the signature.
    const Exchange accepted = sendAndWait(payment);
    QVERIFY2(accepted.status > 0 && accepted.status != 401, qPrintable(accepted.error + QString::number(accepted.status)));
    QVERIFY2(!accepted.body.contains("HMAC"), accepted.body.left(300).constData());

    // The same signature over the body with one byte changed: refused.
    RequestSpec changed = payment;
    changed.sign = false; // the headers below, as a client that signed something else sends them
    changed.body = body.isEmpty() ? QByteArray("x") : QByteArray(body).replace(body.size() / 2, 1, "y");
    for (const char *name : { "x-hmac-signature", "date", "x-request-id" }) {
        changed.headers.append({ QString::fromLatin1(name), QString::fromLatin1(prepared->request.header(name)), true });
    }
    const Exchange refused = sendAndWait(changed);
    QCOMPARE(refused.status, 401);
    QVERIFY2(refused.body.contains("HMAC signature mismatch"), refused.body.left(300).constData());
}

void TestConsoleSession::withoutTheSimulatorStoredApplicationsStillWork()
{
    // No simulator: there is no demo application and no local address ...
    RequestSpec spec;
    spec.url = u"/accounts/v3/accounts"_s;
    SendOptions asDemo;
    asDemo.applicationId = QString();
    auto refused = m_fx.session->send(spec, Token::staticToken(1), asDemo);
    QVERIFY(!refused);
    QCOMPARE(refused.errorCode(), u"no-simulator"_s);
    const Application local = addApplication(u"Local only"_s, u"local"_s, { u"accounts-v3"_s },
                                             { u"LocalKey0123456789abcdefgh"_s, "LocalSecret0123456789" });
    SendOptions asLocal;
    asLocal.applicationId = local.id;
    refused = m_fx.session->send(spec, Token::staticToken(1), asLocal);
    QVERIFY(!refused);
    QCOMPARE(refused.errorCode(), u"no-base-url"_s);

    // ... but the catalogue is the console's own: a sandbox application's
    // Restricted request is still signed.
    const Application app = addApplication(u"Offline sandbox"_s, u"sandbox"_s, { u"payments-v1"_s },
                                           { u"OfflineKey0123456789abcdef"_s, "OfflineSecret0123456789" });
    SendOptions options;
    options.applicationId = app.id;
    RequestSpec payment;
    payment.method = u"POST"_s;
    payment.url = u"/v1/payments/initiate"_s;
    payment.body = R"({"amount":5})";
    const auto prepared = m_fx.session->prepare(payment, Token::staticToken(1), options);
    QVERIFY2(prepared, qPrintable(prepared.errorMessage()));
    QVERIFY(prepared->request.signedWithHmac);
    QCOMPARE(prepared->request.productId, u"payments-v1"_s);

    // A locked vault refuses a stored application, with its own code.
    m_fx.vault->lock();
    const auto locked = m_fx.session->prepare(payment, Token::staticToken(1), options);
    QVERIFY(!locked);
    QCOMPARE(locked.errorCode(), u"vault-locked"_s);
}

QTEST_GUILESS_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
