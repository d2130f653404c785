// SEC-07 end to end: requests sent by the engine to the simulator with
// Authorization, x-api-key, an HMAC signature and a secret in the body, the
// echoes that send them back, all recorded in the history; then the bytes of
// every file the history left on disk are searched for each secret value.

#include "history/historystore.h"
#include "model/apiproduct.h"
#include "net/httpengine.h"
#include "net/requestbuilder.h"
#include "sandboxserver.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;

class TestHistorySandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSecretReachesTheHistoryFile();
};

void TestHistorySandbox::noSecretReachesTheHistoryFile()
{
    qRegisterMetaType<Exchange>();
    QTemporaryDir dir;
    sandbox::SandboxServer server;
    sandbox::SandboxOptions options;
    options.dataDir = dir.filePath(u"sim"_s);
    QVERIFY(server.start(options));
    const auto catalog = ApiProduct::parseCatalog(server.catalog());
    QVERIFY(catalog.ok());
    QStringList ids;
    for (const ApiProduct &p : *catalog)
        ids << p.id;
    const sandbox::AppCredentials app = server.registerApplication(u"history-it"_s, ids);
    QVERIFY(!app.apiKey.isEmpty());
    TlsProfile trust;
    trust.extraCaCertificates = { server.caCertificate() };

    // A token that is not one of the public static ones, as an OAuth flow would give.
    Token token = Token::staticToken(1);
    RequestContext ctx;
    ctx.environment = Environment::localSimulator(server.httpsBaseUrl(), server.caCertificatePath());
    ctx.catalog = *catalog;
    ctx.apiKey = app.apiKey;
    ctx.apiSecret = BoundSecret { app.apiSecret.toUtf8(), {} };
    ctx.token = token;
    ctx.sessionId = u"history-session"_s;

    HistoryStore history;
    const QString historyDir = dir.filePath(u"data"_s);
    QVERIFY(history.open(HistoryStore::defaultPath(historyDir)));

    HttpEngine engine;
    QByteArray signature;
    QList<QByteArray> secrets;
    auto send = [&](RequestSpec spec) {
        const Result<PreparedRequest> prepared = RequestBuilder::build(spec, ctx);
        QVERIFY2(prepared.ok(), qPrintable(prepared.errorMessage()));
        if (prepared->hasHeader("x-hmac-signature"))
            signature = prepared->header("x-hmac-signature");
        secrets += prepared->secrets;
        // What the console does after each send: the engine's secrets are
        // the values the history masks wherever they appear.
        history.setKnownSecrets(prepared->secrets);
        QSignalSpy done(&engine, &HttpEngine::finished);
        engine.send(*prepared, trust, EngineOptions());
        QVERIFY(done.wait(30000));
        const Exchange ex = done.first().at(1).value<Exchange>();
        QVERIFY2(ex.hasResponse(), qPrintable(ex.error));
        QVERIFY(history.record(ex, prepared->body).ok());
    };

    RequestSpec echo;
    echo.method = u"POST"_s;
    echo.url = u"/__echo"_s;
    echo.tokenHeader = u"Authorization"_s;
    echo.bearerPrefix = true;
    echo.headers = { { u"Content-Type"_s, u"application/x-www-form-urlencoded"_s, true } };
    echo.body = "grant_type=client_credentials&client_secret=" + app.apiSecret.toUtf8();
    send(echo);

    RequestSpec accounts;
    accounts.url = u"/accounts/v3/accounts"_s;
    send(accounts);

    RequestSpec payment;
    payment.method = u"POST"_s;
    payment.url = u"/v1/payments/initiate"_s;
    payment.headers = { { u"Content-Type"_s, u"application/json"_s, true } };
    payment.body = R"({"amount":5,"subject":"History","currency":"EUR","payerIban":"FI3959986920207073",)"
                   R"("receiverIban":"FI4859986920215738","receiverName":"Demo","receiverBic":"OKOYFIHH"})";
    send(payment);
    QVERIFY2(!signature.isEmpty(), "the payment was signed");
    QVERIFY(secrets.contains(app.apiKey.toUtf8()));
    QVERIFY(secrets.contains(app.apiSecret.toUtf8()));
    QCOMPARE(history.count(), 3);

    // The echo did carry the credentials back: the test is not vacuous.
    const HistoryRecord first = *history.exchange(history.search({}).last().id);
    QVERIFY(first.exchange.body.contains("x-api-key"));

    const QByteArray hex = signature.mid(signature.indexOf(':') + 1);
    QVERIFY(hex.size() >= 64);
    const QList<QByteArray> values { app.apiKey.toUtf8(), app.apiSecret.toUtf8(), hex, token.value.toUtf8() };
    auto scan = [&](const char *when) {
        QByteArray bytes;
        for (const QFileInfo &fi : QDir(historyDir).entryInfoList(QDir::Files))
            bytes += [&fi] {
                QFile f(fi.absoluteFilePath());
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }();
        QVERIFY(!bytes.isEmpty());
        for (const QByteArray &v : values)
            QVERIFY2(!bytes.contains(v), qPrintable(u"%1 found %2"_s.arg(QLatin1StringView(when), QString::fromUtf8(v))));
    };
    scan("while open");
    history.close();
    scan("after close");
}

QTEST_GUILESS_MAIN(TestHistorySandbox)
#include "tst_history_sandbox.moc"
