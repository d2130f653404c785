// The simulator's gateway rules through QtNetwork, the console's own path:
// an in-process SandboxServer and a plain QNetworkAccessManager that trusts
// the simulator's CA for this test only.
#include "model/apiproduct.h"
#include "model/environment.h"
#include "model/requestspec.h"
#include "model/token.h"
#include "net/requestbuilder.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace opc::sandbox;

namespace {
struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject firstError() const
    {
        return json().value(QLatin1String("errors")).toArray().first().toObject();
    }
};
} // namespace

class TestSandboxQtNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void missingAndUnknownApiKeyAre401();
    void wrongTokenIs401AndUnsubscribedIs403();
    void requestAndSessionIdsAreEchoed();
    void paymentsAreScopedToTheirSession();
    void rateLimitCountsDownTo429();
    void mtlsListenerRefusesAClientWithoutCertificate();

private:
    Answer send(const QByteArray &method, const QString &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                const QByteArray &body = {});
    Answer sendSpec(const RequestSpec &spec, const QString &sessionId);

    QTemporaryDir m_dir;
    SandboxServer m_server;
    QNetworkAccessManager m_nam;
    QList<ApiProduct> m_products;
    AppCredentials m_all;
    AppCredentials m_branchesOnly;
};

void TestSandboxQtNetwork::initTestCase()
{
    SandboxOptions options;
    options.dataDir = m_dir.path();
    QVERIFY2(m_server.start(options), "the simulator did not start");
    auto products = ApiProduct::parseCatalog(m_server.catalog());
    QVERIFY(products);
    m_products = *products;
    QStringList ids;
    for (const ApiProduct &p : std::as_const(m_products)) {
        ids << p.id;
    }
    m_all = m_server.registerApplication(QStringLiteral("qtnetwork all"), ids);
    m_branchesOnly = m_server.registerApplication(QStringLiteral("qtnetwork branches"), { QStringLiteral("branches-v1") });
    QVERIFY(!m_all.apiKey.isEmpty());
}

Answer TestSandboxQtNetwork::send(const QByteArray &method, const QString &url,
                                  const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QNetworkRequest request { QUrl(url) };
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({ m_server.caCertificate() });
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    request.setSslConfiguration(ssl);
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        done.wait(10000);
    }
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    a.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs()) {
        a.headers.insert(pair.first.toLower(), pair.second);
    }
    reply->deleteLater();
    return a;
}

Answer TestSandboxQtNetwork::sendSpec(const RequestSpec &spec, const QString &sessionId)
{
    RequestContext context;
    context.environment = Environment::localSimulator(m_server.httpsBaseUrl(), m_server.caCertificatePath());
    context.catalog = m_products;
    context.apiKey = m_all.apiKey;
    context.apiSecret = BoundSecret { m_all.apiSecret.toUtf8(), {} };
    context.token = Token::staticToken(1);
    context.sessionId = sessionId;
    auto prepared = RequestBuilder::build(spec, context);
    if (!prepared) {
        qWarning("%s", qPrintable(prepared.errorMessage()));
        return {};
    }
    return send(prepared->method, prepared->url.toString(), prepared->headers, prepared->body);
}

void TestSandboxQtNetwork::missingAndUnknownApiKeyAre401()
{
    const QString url = m_server.httpsBaseUrl() + QStringLiteral("/accounts/v3/accounts");
    const QByteArray token = Token::staticToken(1).value.toLatin1();
    for (const QByteArray &key : { QByteArray(), QByteArray("not-a-registered-key") }) {
        QList<QPair<QByteArray, QByteArray>> headers { { "x-authorization", token } };
        if (!key.isEmpty()) {
            headers.append({ "x-api-key", key });
        }
        const Answer a = send("GET", url, headers);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.firstError().value(QLatin1String("type")).toString(), QStringLiteral("SECURITY"));
        QCOMPARE(a.firstError().value(QLatin1String("message")).toString(), QStringLiteral("Invalid ApiKey"));
        QVERIFY(!a.firstError().value(QLatin1String("id")).toString().isEmpty());
    }
}

void TestSandboxQtNetwork::wrongTokenIs401AndUnsubscribedIs403()
{
    const QString url = m_server.httpsBaseUrl() + QStringLiteral("/accounts/v3/accounts");
    const Answer wrong = send("GET", url, { { "x-api-key", m_all.apiKey.toLatin1() },
                                            { "x-authorization", "0000000000000000000000000000000000000000" } });
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.firstError().value(QLatin1String("type")).toString(), QStringLiteral("SECURITY"));

    const Answer unsubscribed = send("GET", url, { { "x-api-key", m_branchesOnly.apiKey.toLatin1() },
                                                   { "x-authorization", Token::staticToken(1).value.toLatin1() } });
    QCOMPARE(unsubscribed.status, 403);
    QCOMPARE(unsubscribed.firstError().value(QLatin1String("type")).toString(), QStringLiteral("SECURITY"));

    const Answer ok = send("GET", url, { { "x-api-key", m_all.apiKey.toLatin1() },
                                         { "Authorization", "Bearer " + Token::staticToken(1).value.toLatin1() } });
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value(QLatin1String("accounts")).toArray().size(), 6);
}

void TestSandboxQtNetwork::requestAndSessionIdsAreEchoed()
{
    const Answer a = send("GET", m_server.httpsBaseUrl() + QStringLiteral("/accounts/v3/accounts"),
                          { { "x-api-key", m_all.apiKey.toLatin1() },
                            { "x-authorization", Token::staticToken(1).value.toLatin1() },
                            { "x-request-id", "req-qtnetwork-1" },
                            { "x-session-id", "sess-qtnetwork-1" } });
    QCOMPARE(a.status, 200);
    QCOMPARE(a.headers.value("x-request-id"), QByteArray("req-qtnetwork-1"));
    QCOMPARE(a.headers.value("x-session-id"), QByteArray("sess-qtnetwork-1"));
}

void TestSandboxQtNetwork::paymentsAreScopedToTheirSession()
{
    RequestSpec initiate;
    initiate.method = QStringLiteral("POST");
    initiate.url = QStringLiteral("/v1/payments/initiate");
    initiate.headers = { { QStringLiteral("content-type"), QStringLiteral("application/json"), true } };
    initiate.body = R"({"amount":5,"subject":"Session test","currency":"EUR","payerIban":"FI3959986920207073",)"
                    R"("receiverIban":"FI8958400720010290","receiverName":"Matti Meikäläinen"})";
    const Answer created = sendSpec(initiate, QStringLiteral("session-a"));
    QCOMPARE(created.status, 200);
    const QString id = created.json().value(QLatin1String("paymentId")).toString();
    QVERIFY(!id.isEmpty());

    RequestSpec get;
    get.url = QStringLiteral("/v1/payments/") + id;
    QCOMPARE(sendSpec(get, QStringLiteral("session-a")).status, 200);
    QCOMPARE(sendSpec(get, QStringLiteral("session-b")).status, 404);
}

void TestSandboxQtNetwork::rateLimitCountsDownTo429()
{
    const AppCredentials app = m_server.registerApplication(QStringLiteral("qtnetwork quota"),
                                                            { QStringLiteral("accounts-v3") });
    QVERIFY(m_server.setQuota(app.apiKey, 3, 0));
    const QString url = m_server.httpsBaseUrl() + QStringLiteral("/accounts/v3/accounts");
    const QList<QPair<QByteArray, QByteArray>> headers { { "x-api-key", app.apiKey.toLatin1() },
                                                         { "x-authorization", Token::staticToken(1).value.toLatin1() } };
    QList<int> remaining;
    for (int i = 0; i < 3; ++i) {
        const Answer a = send("GET", url, headers);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.headers.value("x-ratelimit-limit"), QByteArray("3"));
        remaining << a.headers.value("x-ratelimit-remaining").toInt();
        QVERIFY(a.headers.value("x-ratelimit-reset").toLongLong() > 0);
    }
    QCOMPARE(remaining, (QList<int> { 2, 1, 0 }));
    const Answer limited = send("GET", url, headers);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.headers.contains("x-ratelimit-limit"));
    QCOMPARE(limited.headers.value("x-ratelimit-remaining"), QByteArray("0"));
    QVERIFY(limited.headers.contains("x-ratelimit-reset"));
    QVERIFY(!limited.firstError().isEmpty());
}

void TestSandboxQtNetwork::mtlsListenerRefusesAClientWithoutCertificate()
{
    const Answer a = send("GET", m_server.mtlsBaseUrl() + QStringLiteral("/accounts-psd2/v1/accounts"),
                          { { "x-api-key", m_all.apiKey.toLatin1() } });
    QCOMPARE(a.status, 0);
    QVERIFY2(a.error != QNetworkReply::NoError, "the mTLS listener accepted a client without a certificate");
}

QTEST_GUILESS_MAIN(TestSandboxQtNetwork)
#include "tst_sandboxqtnetwork.moc"
