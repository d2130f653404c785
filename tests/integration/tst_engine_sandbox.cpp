#include "errors/errorpayload.h"
#include "model/apiproduct.h"
#include "net/httpengine.h"
#include "testproxy.h"
#include "net/requestbuilder.h"
#include "net/secretmasker.h"
#include "quota/quotatracker.h"
#include "sandboxserver.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace opc;

class TestEngineSandbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server;
    QList<ApiProduct> m_catalog;
    sandbox::AppCredentials m_app;
    HttpEngine m_engine;
    TlsProfile m_trust; // the simulator's CA only

    RequestContext context(const QString &base = {}) const
    {
        RequestContext c;
        c.environment = Environment::localSimulator(base.isEmpty() ? m_server.httpsBaseUrl() : base,
                                                    m_server.caCertificatePath());
        c.catalog = m_catalog;
        c.apiKey = m_app.apiKey;
        c.apiSecret = BoundSecret { m_app.apiSecret.toUtf8(), {} };
        c.token = Token::staticToken(1);
        c.sessionId = u"session-it"_s;
        return c;
    }

    Exchange run(const PreparedRequest &r, const TlsProfile &tls, const EngineOptions &o = EngineOptions())
    {
        QSignalSpy spy(&m_engine, &HttpEngine::finished);
        m_engine.send(r, tls, o);
        if (!spy.wait(60000))
            return Exchange();
        return spy.first().at(1).value<Exchange>();
    }

    Exchange send(const RequestSpec &spec, const RequestContext &ctx, const TlsProfile &tls,
                  const EngineOptions &o = EngineOptions())
    {
        auto r = RequestBuilder::build(spec, ctx);
        if (!r.ok()) {
            Exchange e;
            e.error = r.errorMessage();
            e.errorCode = u"build"_s;
            return e;
        }
        return run(*r, tls, o);
    }

    static RequestSpec spec(const QString &method, const QString &url, const QByteArray &body = {})
    {
        RequestSpec s;
        s.method = method;
        s.url = url;
        s.body = body;
        return s;
    }

    static QJsonObject echoHeaders(const Exchange &e)
    {
        return QJsonDocument::fromJson(e.body).object().value("headers"_L1).toObject();
    }

    TlsProfile clientIdentity(const QString &apiKey)
    {
        const auto p12 = m_server.issueClientCertificate(apiKey, u"pw"_s);
        if (!p12.ok())
            return TlsProfile();
        auto p = TlsProfile::fromPkcs12(*p12, u"pw"_s);
        if (!p.ok())
            return TlsProfile();
        TlsProfile t = *p;
        t.extraCaCertificates = m_trust.extraCaCertificates;
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Exchange>();
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions o;
        o.dataDir = m_dir.filePath(u"sim"_s);
        o.dailyLimit = 100000;
        const Status s = m_server.start(o);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        auto products = ApiProduct::parseCatalog(m_server.catalog());
        QVERIFY(products.ok());
        m_catalog = *products;
        QStringList ids;
        for (const ApiProduct &p : std::as_const(m_catalog))
            ids << p.id;
        m_app = m_server.registerApplication(u"engine-it"_s, ids);
        QVERIFY(!m_app.apiKey.isEmpty());
        m_trust.extraCaCertificates = { m_server.caCertificate() };
    }

    void headersArriveAsSpecified()
    {
        RequestContext c = context();
        c.requestId = u"req-42"_s;
        const Exchange e = send(spec(u"GET"_s, u"/__echo"_s), c, m_trust);
        QCOMPARE(e.status, 200);
        QVERIFY(e.error.isEmpty());
        const QJsonObject h = echoHeaders(e);
        QCOMPARE(h.value("x-api-key"_L1).toString(), m_app.apiKey);
        QCOMPARE(h.value("x-session-id"_L1).toString(), u"session-it"_s);
        QCOMPARE(h.value("x-request-id"_L1).toString(), u"req-42"_s);
        QCOMPARE(h.value("x-authorization"_L1).toString(), Token::staticToken(1).value);
        // The exchange records the request with credentials masked.
        for (const auto &rh : e.requestHeaders)
            QVERIFY(!rh.second.contains(m_app.apiKey.toUtf8()));
        QVERIFY(e.tls.used);
        QVERIFY(e.tls.protocol == "TLS 1.2"_L1 || e.tls.protocol == "TLS 1.3"_L1);
        QVERIFY(e.timings.finished >= e.timings.firstByte);
    }

    void bearerTokenForAccountsV3()
    {
        const Exchange e = send(spec(u"GET"_s, u"/accounts/v3/accounts"_s), context(), m_trust);
        QCOMPARE(e.status, 200);
        QVERIFY(QJsonDocument::fromJson(e.body).object().value("accounts"_L1).toArray().size() > 0);
    }

    void hmacVerifiedBySimulator()
    {
        const QByteArray body = R"({"amount":5,"subject":"Tëst","currency":"EUR","payerIban":"FI3959986920207073",)"
                                R"("receiverIban":"FI4859986920215738","receiverName":"Demo","receiverBic":"OKOYFIHH"})";
        const Exchange ok = send(spec(u"POST"_s, u"/v1/payments/initiate"_s, body), context(), m_trust);
        QVERIFY2(ok.status != 401, ok.body.constData());
        QVERIFY2(ok.status >= 200 && ok.status < 300, ok.body.constData());

        // The same request signed with another secret is rejected by the simulator.
        RequestContext wrong = context();
        wrong.apiSecret = BoundSecret { "not-the-secret", {} };
        const Exchange bad = send(spec(u"POST"_s, u"/v1/payments/initiate"_s, body), wrong, m_trust);
        QCOMPARE(bad.status, 401);
        const ErrorPayload p = ErrorPayload::parse(bad.body);
        QVERIFY(!p.isEmpty());
        QCOMPARE(p.entries().first().type, u"SECURITY"_s);
    }

    void mtlsRightCertificateAndNone()
    {
        const TlsProfile id = clientIdentity(m_app.apiKey);
        QVERIFY(id.hasClientCertificate());
        const Exchange ok = send(spec(u"GET"_s, u"/__echo"_s), context(m_server.mtlsBaseUrl()), id);
        QVERIFY2(ok.error.isEmpty(), qPrintable(ok.error));
        QCOMPARE(ok.status, 200);
        QCOMPARE(QJsonDocument::fromJson(ok.body).object().value("clientCertificateCn"_L1).toString(), id.clientSubject());
        QCOMPARE(ok.tls.clientCertificate, id.clientSubject());

        const Exchange none = send(spec(u"GET"_s, u"/__echo"_s), context(m_server.mtlsBaseUrl()), m_trust);
        QVERIFY(!none.hasResponse());
        QCOMPARE(none.errorCode, u"tls-client-cert-required"_s);
        QCOMPARE(none.error, u"The server requires a client certificate for this API: it ended the TLS handshake when none was presented."_s);
    }

    void eachRequestUsesItsOwnCertificate()
    {
        // TLS-11: same host:port, app 1's certificate, then app 2's.
        const sandbox::AppCredentials app2 = m_server.registerApplication(u"engine-it-2"_s, { u"accounts-v3"_s });
        const TlsProfile id1 = clientIdentity(m_app.apiKey);
        const TlsProfile id2 = clientIdentity(app2.apiKey);
        QVERIFY(id1.clientSubject() != id2.clientSubject());
        const QString url = m_server.mtlsBaseUrl() + "/__echo"_L1;
        for (const TlsProfile *id : { &id1, &id2, &id1 }) {
            const Exchange e = send(spec(u"GET"_s, url), context(m_server.mtlsBaseUrl()), *id);
            QCOMPARE(e.status, 200);
            QCOMPARE(QJsonDocument::fromJson(e.body).object().value("clientCertificateCn"_L1).toString(),
                     id->clientSubject());
        }
    }

    void quotaCountsDownAndBlocksAfter429()
    {
        QTemporaryDir dir;
        sandbox::SandboxServer small;
        sandbox::SandboxOptions o;
        o.dataDir = m_dir.filePath(u"sim"_s);
        o.dailyLimit = 3;
        QVERIFY(small.start(o).ok());
        const sandbox::AppCredentials app = small.registerApplication(u"quota-it"_s, { u"accounts-v3"_s });
        RequestContext c = context(small.httpsBaseUrl());
        c.apiKey = app.apiKey;
        TlsProfile trust;
        trust.extraCaCertificates = { small.caCertificate() };
        QuotaTracker tracker(dir.path());
        qint64 last = -1;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(tracker.checkSend(u"local"_s, app.apiKey).ok());
            Exchange e = send(spec(u"GET"_s, u"/accounts/v3/accounts"_s), c, trust);
            QCOMPARE(e.status, 200);
            e.quota = tracker.record(u"local"_s, app.apiKey, e.status, e.responseHeaders);
            QVERIFY(e.quota.fromHeaders);
            QCOMPARE(e.quota.limit, 3);
            QCOMPARE(e.quota.remaining, 2 - i);
            if (last >= 0)
                QVERIFY(e.quota.remaining < last);
            last = e.quota.remaining;
        }
        Exchange limited = send(spec(u"GET"_s, u"/accounts/v3/accounts"_s), c, trust);
        QCOMPARE(limited.status, 429);
        QVERIFY(!limited.responseHeader("X-RateLimit-Reset").isEmpty());
        (void)tracker.record(u"local"_s, app.apiKey, limited.status, limited.responseHeaders);
        const Status blocked = tracker.checkSend(u"local"_s, app.apiKey);
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.errorCode(), u"quota-blocked"_s);
        small.stop();
    }

    void crossOriginRedirectDropsCredentials()
    {
        // NET-01: 127.0.0.1 -> localhost (another origin, same server).
        const QString target = u"https://localhost:%1/__echo"_s.arg(m_server.httpsPort());
        for (const int status : { 302, 307, 308 }) {
            RequestSpec s = spec(u"GET"_s, u"/__test/redirect"_s);
            s.query = { { u"to"_s, target, true }, { u"status"_s, QString::number(status), true } };
            s.headers = { { u"Cookie"_s, u"sid=abc"_s, true }, { u"Proxy-Authorization"_s, u"Basic eHg6eXk="_s, true } };
            RequestContext c = context();
            c.product = m_catalog.first();
            c.product->signature = SignatureScheme::HmacSha256;
            const Exchange e = send(s, c, m_trust);
            QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
            QCOMPARE(e.status, 200);
            QCOMPARE(e.redirectChain.size(), 1);
            const QJsonObject h = echoHeaders(e);
            QVERIFY(!h.isEmpty());
            for (const char *name : { "x-api-key", "x-authorization", "authorization", "cookie", "proxy-authorization",
                                      "x-hmac-signature" })
                QVERIFY2(!h.contains(QLatin1StringView(name)), name);
            QCOMPARE(h.value("x-request-id"_L1).isString(), true); // non-credential headers survive
        }
    }

    // A POST answered by a 303 to another origin arrives there as a GET
    // without credentials: the exchange says so, hop by hop.
    void redirectHopsAreRecordedAsSent()
    {
        const QString target = u"https://localhost:%1/__echo"_s.arg(m_server.httpsPort());
        RequestSpec s = spec(u"POST"_s, u"/__test/redirect"_s, R"({"amount":"12.50"})");
        s.query = { { u"to"_s, target, true }, { u"status"_s, u"303"_s, true } };
        s.headers = { { u"Content-Type"_s, u"application/json"_s, true } };
        const Exchange e = send(s, context(), m_trust);
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        QCOMPARE(e.status, 200);
        QCOMPARE(QJsonDocument::fromJson(e.body).object().value("method"_L1).toString(), u"GET"_s);
        QVERIFY(!echoHeaders(e).contains("x-api-key"_L1));

        // The exchange's own request fields describe what the final server got.
        QCOMPARE(e.method, QByteArray("GET"));
        QCOMPARE(e.url, target);
        QCOMPARE(e.requestBodySize, 0);
        const auto hasHeader = [](const Exchange::Headers &headers, const QByteArray &name) {
            return std::any_of(headers.cbegin(), headers.cend(),
                [&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        };
        QVERIFY(!hasHeader(e.requestHeaders, "x-api-key"));
        QVERIFY(!hasHeader(e.requestHeaders, "x-authorization"));
        QVERIFY(!hasHeader(e.requestHeaders, "content-type"));
        QVERIFY(hasHeader(e.requestHeaders, "x-request-id"));

        QCOMPARE(e.hops.size(), 2);
        const ExchangeHop &first = e.hops.at(0);
        QCOMPARE(first.method, QByteArray("POST"));
        QVERIFY(first.url.startsWith(m_server.httpsBaseUrl() + "/__test/redirect?"_L1));
        QCOMPARE(first.requestBodySize, qint64(18));
        QCOMPARE(first.status, 303);
        QVERIFY(!first.responseHeader("location").isEmpty());
        const QByteArray key = first.requestHeader("x-api-key");
        QCOMPARE(key, SecretMasker::mask(m_app.apiKey.toUtf8()));
        QVERIFY(key.startsWith("\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"));
        QVERIFY(
            !first.requestHeader("x-authorization").contains(Token::staticToken(1).value.toUtf8()));
        QVERIFY(hasHeader(first.requestHeaders, "content-type"));

        const ExchangeHop &second = e.hops.at(1);
        QCOMPARE(second.method, QByteArray("GET"));
        QCOMPARE(second.url, target);
        QCOMPARE(second.requestBodySize, qint64(0));
        QCOMPARE(second.status, 200);
        for (const QByteArray &name : SecretMasker::credentialHeaders())
            QVERIFY2(!hasHeader(second.requestHeaders, name), name.constData());
        QCOMPARE(second.requestHeaders, e.requestHeaders);
        QCOMPARE(second.responseHeaders, e.responseHeaders);

        // Without a redirect there is one hop, the exchange itself.
        const Exchange plain = send(spec(u"GET"_s, u"/__echo"_s), context(), m_trust);
        QCOMPARE(plain.hops.size(), 1);
        QCOMPARE(plain.hops.first().method, QByteArray("GET"));
        QCOMPARE(plain.hops.first().requestHeaders, plain.requestHeaders);
        QCOMPARE(plain.hops.first().status, 200);
    }

    // NET-15: through an authenticating proxy, over HTTPS and across a
    // redirect, the proxy gets its credentials and the origin never does.
    void proxyCredentialsGoToTheProxyOnly()
    {
        const QByteArray password = "proxy-pw-5e3c91";
        const QByteArray basic = "Basic " + QByteArray("tester:" + password).toBase64();
        TestProxy proxy(basic);
        QVERIFY(proxy.listen());
        HttpEngine engine;
        // The simulator is on loopback, which normally bypasses the proxy:
        // that is checked first, then the proxy is used for loopback too.
        engine.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port(), u"tester"_s,
                                      QString::fromLatin1(password)));
        {
            auto direct = RequestBuilder::build(spec(u"GET"_s, u"/__echo"_s), context());
            QVERIFY(direct.ok());
            QSignalSpy spy(&engine, &HttpEngine::finished);
            engine.send(*direct, m_trust);
            QVERIFY(spy.wait(30000));
            QCOMPARE(spy.first().at(1).value<Exchange>().status, 200);
            QVERIFY(proxy.heads().isEmpty());
        }
        engine.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port(), u"tester"_s,
                                      QString::fromLatin1(password)),
                        false);
        const auto through = [&engine](const PreparedRequest &r, const TlsProfile &tls) {
            QSignalSpy spy(&engine, &HttpEngine::finished);
            engine.send(r, tls);
            return spy.wait(30000) ? spy.first().at(1).value<Exchange>() : Exchange();
        };

        auto direct = RequestBuilder::build(spec(u"GET"_s, u"/__echo"_s), context());
        QVERIFY(direct.ok());
        const Exchange e = through(*direct, m_trust);
        QVERIFY2(e.status == 200, qPrintable(e.error));
        QVERIFY(!echoHeaders(e).contains("proxy-authorization"_L1));
        QCOMPARE(echoHeaders(e).value("x-api-key"_L1).toString(), m_app.apiKey);

        RequestSpec hop = spec(u"GET"_s, u"/__test/redirect"_s);
        hop.query = { { u"to"_s, u"https://localhost:%1/__echo"_s.arg(m_server.httpsPort()), true } };
        auto redirected = RequestBuilder::build(hop, context());
        QVERIFY(redirected.ok());
        const Exchange r = through(*redirected, m_trust);
        QVERIFY2(r.status == 200, qPrintable(r.error));
        QCOMPARE(r.redirectChain.size(), 1);
        QVERIFY(!echoHeaders(r).contains("proxy-authorization"_L1));

        // The proxy saw the credentials on CONNECT, for both origins.
        int connects = 0;
        for (const QByteArray &head : proxy.heads()) {
            if (head.startsWith("CONNECT ") && head.contains(basic))
                ++connects;
        }
        QVERIFY2(connects >= 2, QByteArray::number(connects).constData());
        QVERIFY(proxy.tunnels() >= 2);
        // Nothing the console keeps holds them.
        for (const Exchange &x : { e, r }) {
            const QByteArray kept = QJsonDocument(x.toJson()).toJson();
            QVERIFY(!kept.contains(password));
            QVERIFY(!kept.contains(basic.mid(6)));
        }

        // A wrong password: a clear sentence naming the proxy, not the password.
        engine.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port(), u"tester"_s,
                                      u"wrong-password-77"_s),
                        false);
        const Exchange refused = through(*direct, m_trust);
        QCOMPARE(refused.errorCode, u"proxy-auth"_s);
        QVERIFY2(refused.error.contains(u"127.0.0.1:%1"_s.arg(proxy.port())), qPrintable(refused.error));
        QVERIFY(!refused.error.contains(u"wrong-password-77"_s));
    }

    void sameOriginRedirectKeepsCredentials()
    {
        RequestSpec s = spec(u"GET"_s, u"/__test/redirect"_s);
        s.query = { { u"to"_s, m_server.httpsBaseUrl() + "/__echo"_L1, true } };
        const Exchange e = send(s, context(), m_trust);
        QCOMPARE(e.status, 200);
        QCOMPARE(echoHeaders(e).value("x-api-key"_L1).toString(), m_app.apiKey);
    }

    void httpsToHttpRedirectRefused()
    {
        RequestSpec s = spec(u"GET"_s, u"/__test/redirect"_s);
        s.query = { { u"to"_s, u"http://127.0.0.1:%1/apps"_s.arg(m_server.adminPort()), true } };
        const Exchange e = send(s, context(), m_trust);
        QCOMPARE(e.errorCode, u"redirect-downgrade"_s);
    }

    void redirectLoopStopsAtCap()
    {
        // Each hop redirects to itself.
        RequestSpec s = spec(u"GET"_s, u"/__test/redirect"_s);
        s.query = { { u"to"_s, u"/__test/redirect?to=/__test/redirect%3Fto%3D/__test/redirect"_s, true } };
        EngineOptions o;
        o.maxRedirects = 2;
        const Exchange e = send(s, context(), m_trust, o);
        QCOMPARE(e.errorCode, u"redirect-limit"_s);
        QCOMPARE(e.redirectChain.size(), 3);
    }

    void bigBodyIsCutAtTheCap()
    {
        const qint64 total = 200LL * 1024 * 1024;
        RequestSpec s = spec(u"GET"_s, u"/__test/bytes"_s);
        s.query = { { u"n"_s, QString::number(total), true } };
        const Exchange e = send(s, context(), m_trust);
        QCOMPARE(e.status, 200);
        QVERIFY(e.truncated);
        QCOMPARE(e.bodySize, 100LL * 1024 * 1024);
        QVERIFY(!e.warning.isEmpty());
        // Memory holds a preview only; the rest went to a temporary file.
        QVERIFY(e.body.size() <= 8 * 1024 * 1024);
        QVERIFY(!e.bodyFile.isEmpty());
        QCOMPARE(QFileInfo(e.bodyFile).size(), 100LL * 1024 * 1024);
    }

    void resetMidBodyIsAClearError()
    {
        RequestSpec s = spec(u"GET"_s, u"/__test/reset"_s);
        s.query = { { u"after"_s, u"1000"_s, true }, { u"of"_s, u"100000"_s, true } };
        const Exchange e = send(s, context(), m_trust);
        QVERIFY(e.truncated);
        QCOMPARE(e.errorCode, u"truncated"_s);
        QVERIFY2(e.error.startsWith("Truncated response: "_L1), qPrintable(e.error));
        QVERIFY2(e.error.contains("100000"_L1) || e.error.contains("1000 bytes"_L1), qPrintable(e.error));
        QVERIFY(!e.succeeded());
    }

    void cancelStopsARequest()
    {
        RequestSpec s = spec(u"GET"_s, u"/__test/slow"_s);
        s.query = { { u"n"_s, u"100000"_s, true }, { u"bps"_s, u"10"_s, true } };
        auto r = RequestBuilder::build(s, context());
        QVERIFY(r.ok());
        QSignalSpy spy(&m_engine, &HttpEngine::finished);
        const quint64 id = m_engine.send(*r, m_trust);
        QTimer::singleShot(300, &m_engine, [this, id] { m_engine.cancel(id); });
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.first().at(1).value<Exchange>().errorCode, u"cancelled"_s);

        // Cancelled at once, before the engine's first turn of the event
        // loop (Esc right after Ctrl+Return): still one cancelled exchange.
        spy.clear();
        const quint64 early = m_engine.send(*r, m_trust);
        m_engine.cancel(early);
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.first().at(0).toULongLong(), early);
        QCOMPARE(spy.first().at(1).value<Exchange>().errorCode, u"cancelled"_s);
        QCOMPARE(m_engine.activeCount(), 0);
    }

    void totalTimeoutFires()
    {
        RequestSpec s = spec(u"GET"_s, u"/__test/slow"_s);
        s.query = { { u"n"_s, u"100000"_s, true }, { u"bps"_s, u"10"_s, true } };
        EngineOptions o;
        o.totalTimeoutMs = 700;
        const Exchange e = send(s, context(), m_trust, o);
        QCOMPARE(e.errorCode, u"timeout"_s);
    }

    void secretForAnotherHostNeverLeaves()
    {
        // SEC-10: bound to 127.0.0.1, sent to localhost: refused before a socket opens.
        RequestContext c = context();
        c.credentialHosts = { u"127.0.0.1"_s };
        auto r = RequestBuilder::build(spec(u"GET"_s, u"https://localhost:%1/__echo"_s.arg(m_server.httpsPort())), c);
        QVERIFY(!r.ok());
        QCOMPARE(r.errorCode(), u"secret-host"_s);
    }
};

QTEST_GUILESS_MAIN(TestEngineSandbox)
#include "tst_engine_sandbox.moc"
