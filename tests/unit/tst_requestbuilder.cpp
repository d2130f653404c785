#include "collections/postmanimporter.h"
#include "net/hmacsigner.h"
#include "net/requestbuilder.h"
#include "net/secretmasker.h"

#include <QFile>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

ApiProduct product(const QString &id, const QString &base, const QString &tokenHeader,
                   SignatureScheme sig = SignatureScheme::None, SecurityLevel level = SecurityLevel::Basic)
{
    ApiProduct p;
    p.id = id;
    p.basePath = base;
    p.tokenHeader = tokenHeader;
    p.signature = sig;
    p.securityLevel = level;
    return p;
}

RequestContext context()
{
    RequestContext c;
    c.environment = Environment::localSimulator(u"https://127.0.0.1:8443"_s, {});
    c.environment.variables.insert(u"accountId"_s, u"abc123"_s);
    c.catalog = { product(u"accounts-v3"_s, u"/accounts/v3"_s, u"Authorization"_s),
                  product(u"accounts-v1"_s, u"/v1/accounts"_s, u"x-authorization"_s),
                  product(u"payments-v1"_s, u"/v1/payments"_s, u"x-authorization"_s, SignatureScheme::HmacSha256,
                          SecurityLevel::Restricted) };
    c.apiKey = u"key-1234567890"_s;
    c.token = Token::staticToken(1);
    c.sessionId = u"session-1"_s;
    return c;
}

RequestSpec get(const QString &url)
{
    RequestSpec s;
    s.method = u"GET"_s;
    s.url = url;
    return s;
}

} // namespace

class TestRequestBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addsOpHeadersAndBearerToken()
    {
        const auto r = RequestBuilder::build(get(u"/accounts/v3/accounts/{{accountId}}"_s), context());
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->url.toString(), u"https://127.0.0.1:8443/accounts/v3/accounts/abc123"_s);
        QCOMPARE(r->productId, u"accounts-v3"_s);
        QCOMPARE(r->header("x-api-key"), QByteArray("key-1234567890"));
        QCOMPARE(r->header("x-session-id"), QByteArray("session-1"));
        QCOMPARE(r->header("Authorization"), "Bearer " + Token::staticToken(1).value.toLatin1());
        QVERIFY(!r->hasHeader("x-authorization"));
        QVERIFY(!QUuid::fromString(QString::fromLatin1(r->header("x-request-id"))).isNull());
        QVERIFY(!r->hasHeader("x-hmac-signature"));
    }

    void xAuthorizationWithoutBearer()
    {
        const auto r = RequestBuilder::build(get(u"/v1/accounts"_s), context());
        QVERIFY(r.ok());
        QCOMPARE(r->header("x-authorization"), Token::staticToken(1).value.toLatin1());
        QVERIFY(!r->hasHeader("authorization"));
    }

    void newRequestIdEverySend()
    {
        const auto a = RequestBuilder::build(get(u"/v1/accounts"_s), context());
        const auto b = RequestBuilder::build(get(u"/v1/accounts"_s), context());
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->header("x-request-id") != b->header("x-request-id"));
        QCOMPARE(a->header("x-session-id"), b->header("x-session-id"));
    }

    void userHeadersWinAndOverrides()
    {
        RequestSpec s = get(u"/v1/accounts"_s);
        s.headers = { { u"x-session-id"_s, u"mine"_s, true }, { u"x-request-id"_s, u"111"_s, true },
                      { u"X-Disabled"_s, u"no"_s, false } };
        s.tokenHeader = u"Authorization"_s;
        s.bearerPrefix = false;
        const auto r = RequestBuilder::build(s, context());
        QVERIFY(r.ok());
        QCOMPARE(r->header("x-session-id"), QByteArray("mine"));
        QCOMPARE(r->header("x-request-id"), QByteArray("111"));
        QCOMPARE(r->header("authorization"), Token::staticToken(1).value.toLatin1());
        QVERIFY(!r->hasHeader("x-disabled"));
    }

    void undefinedVariableNamesIt()
    {
        const auto r = RequestBuilder::build(get(u"/accounts/v3/accounts/{{missingVar}}"_s), context());
        QVERIFY(!r.ok());
        QCOMPARE(r.errorCode(), u"undefined-variable"_s);
        QVERIFY(r.errorMessage().contains("{{missingVar}}"_L1));
        RequestSpec s = get(u"/v1/accounts"_s);
        s.headers = { { u"x-custom"_s, u"{{ other }}"_s, true } };
        const auto h = RequestBuilder::build(s, context());
        QVERIFY(!h.ok());
        QVERIFY(h.errorMessage().contains("{{other}}"_L1));
    }

    // {{name}} looks in the environment, then the collection, then the
    // built-in values, as Postman does.
    void variablePrecedence_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("environmentValue"); ///< null: not defined in the environment
        QTest::addColumn<QString>("collectionValue"); ///< null: not defined in the collection
        QTest::addColumn<bool>("collectionEnabled");
        QTest::addColumn<QString>("expected"); ///< the URL sent, or the error code
        const QString env = u"https://127.0.0.3:9443"_s;
        const QString coll = u"https://127.0.0.2:9443"_s;
        QTest::newRow("environment over collection")
            << u"host"_s << env << coll << true << env + u"/v1/accounts"_s;
        QTest::newRow("collection when not in environment")
            << u"host"_s << QString() << coll << true << coll + u"/v1/accounts"_s;
        QTest::newRow("disabled collection row does not count")
            << u"host"_s << QString() << coll << false << u"undefined-variable"_s;
        QTest::newRow("undefined everywhere")
            << u"host"_s << QString() << QString() << true << u"undefined-variable"_s;
        QTest::newRow("baseUrl: environment over collection")
            << u"baseUrl"_s << env << coll << true << env + u"/v1/accounts"_s;
        QTest::newRow("baseUrl: the environment's base URL over the collection's")
            << u"baseUrl"_s << QString() << coll << true << u"https://127.0.0.1:8443/v1/accounts"_s;
        QTest::newRow("baseUrl: default is the environment's base URL")
            << u"baseUrl"_s << QString() << QString() << true
            << u"https://127.0.0.1:8443/v1/accounts"_s;
        QTest::newRow("baseUrl: disabled collection row falls back to default")
            << u"baseUrl"_s << QString() << coll << false
            << u"https://127.0.0.1:8443/v1/accounts"_s;
    }
    void variablePrecedence()
    {
        QFETCH(QString, name);
        QFETCH(QString, environmentValue);
        QFETCH(QString, collectionValue);
        QFETCH(bool, collectionEnabled);
        QFETCH(QString, expected);
        RequestContext c = context();
        if (!environmentValue.isNull())
            c.environment.variables.insert(name, environmentValue);
        c.collectionVariables = { { u"unrelated"_s, u"x"_s, true } };
        if (!collectionValue.isNull())
            c.collectionVariables.append({ name, collectionValue, collectionEnabled });
        const auto r = RequestBuilder::build(get(u"{{"_s + name + u"}}/v1/accounts"_s), c);
        if (expected.startsWith("https://"_L1)) {
            QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
            QCOMPARE(r->url.toString(), expected);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.errorCode(), expected);
            QVERIFY2(
                r.errorMessage().contains(u"{{"_s + name + u"}}"_s), qPrintable(r.errorMessage()));
        }
    }

    void defaultBaseUrlJoinsWithoutDoubleSlash()
    {
        RequestContext c = context();
        c.environment.baseUrl = u"https://127.0.0.1:8443/"_s;
        const auto r = RequestBuilder::build(get(u"{{baseUrl}}/v1/accounts"_s), c);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->url.toString(), u"https://127.0.0.1:8443/v1/accounts"_s);
        c.environment.baseUrl.clear();
        const auto none = RequestBuilder::build(get(u"{{baseUrl}}/v1/accounts"_s), c);
        QCOMPARE(none.errorCode(), u"undefined-variable"_s);
    }

    void collectionVariablesEverywhere()
    {
        // Query rows, headers and the body take collection variables too.
        RequestContext c = context();
        c.collectionVariables = { { u"limit"_s, u"10"_s, true }, { u"tag"_s, u"team-a"_s, true },
            { u"amount"_s, u"12.50"_s, true } };
        RequestSpec s = get(u"/v1/accounts"_s);
        s.method = u"POST"_s;
        s.query = { { u"limit"_s, u"{{limit}}"_s, true } };
        s.headers = { { u"x-tag"_s, u"{{tag}}"_s, true } };
        s.body = R"({"amount":"{{amount}}"})";
        const auto r = RequestBuilder::build(s, c);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->url.query(), u"limit=10"_s);
        QCOMPARE(r->header("x-tag"), QByteArray("team-a"));
        QCOMPARE(r->body, QByteArray(R"({"amount":"12.50"})"));
    }

    void collectionVariableInjectionRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("variable");
        QTest::newRow("CRLF in header value") << u"x-a"_s << u"{{evil}}"_s << u"x\r\nHost: other"_s;
        QTest::newRow("LF in header value") << u"x-a"_s << u"a {{evil}}"_s << u"b\nc"_s;
        QTest::newRow("CRLF in header name") << u"{{evil}}"_s << u"v"_s << u"x\r\ny"_s;
        QTest::newRow("CRLF through a nested variable")
            << u"x-a"_s << u"{{outer}}"_s << u"x\r\nHost: other"_s;
    }
    void collectionVariableInjectionRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, variable);
        RequestContext c = context();
        c.collectionVariables
            = { { u"evil"_s, variable, true }, { u"outer"_s, u"[{{evil}}]"_s, true } };
        RequestSpec s = get(u"/v1/accounts"_s);
        s.headers = { { name, value, true } };
        const auto r = RequestBuilder::build(s, c);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorCode().startsWith("header-"_L1), qPrintable(r.errorCode()));
        QVERIFY(r.errorMessage().contains("nothing was sent"_L1));

        // In the URL the same value is encoded: it cannot end the request line.
        const auto url = RequestBuilder::build(get(u"/v1/accounts/{{evil}}"_s), c);
        QVERIFY2(url.ok(), qPrintable(url.errorMessage()));
        QVERIFY(!url->url.toEncoded().contains('\n'));
        QVERIFY(!url->url.toEncoded().contains('\r'));
    }

    void nestedVariablesAndSecrets()
    {
        // Imports keep secrets as {{secret:NAME}} in collection variables;
        // a variable's value is resolved in turn.
        RequestContext c = context();
        c.secretResolver = [](const QString &name) -> std::optional<BoundSecret> {
            if (name == "team.key"_L1)
                return BoundSecret { "team-secret-value-123", { u"127.0.0.1"_s } };
            return std::nullopt;
        };
        c.environment.variables.insert(u"port"_s, u"8443"_s);
        c.collectionVariables = { { u"host"_s, u"https://127.0.0.1:{{port}}"_s, true },
            { u"teamKey"_s, u"{{secret:team.key}}"_s, true } };
        RequestSpec s = get(u"{{host}}/v1/accounts"_s);
        s.headers = { { u"x-team-key"_s, u"{{teamKey}}"_s, true } };
        const auto r = RequestBuilder::build(s, c);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->url.toString(), u"https://127.0.0.1:8443/v1/accounts"_s);
        QCOMPARE(r->header("x-team-key"), QByteArray("team-secret-value-123"));
        QVERIFY(r->secrets.contains("team-secret-value-123"));

        // The secret's host binding still holds when it comes through a variable.
        c.environment.variables.insert(u"host"_s, u"https://localhost:8443"_s);
        QCOMPARE(RequestBuilder::build(s, c).errorCode(), u"secret-host"_s);

        // A variable named like a secret reference does not shadow the vault.
        RequestContext shadow = context();
        shadow.collectionVariables = { { u"secret:team.key"_s, u"not-from-the-vault"_s, true } };
        RequestSpec t = get(u"/v1/accounts"_s);
        t.headers = { { u"x-team-key"_s, u"{{secret:team.key}}"_s, true } };
        QCOMPARE(RequestBuilder::build(t, shadow).errorCode(), u"undefined-secret"_s);
    }

    void variableLoopsAndBlowUpsRefused()
    {
        RequestContext c = context();
        c.collectionVariables = { { u"a"_s, u"x{{b}}"_s, true }, { u"b"_s, u"y{{a}}"_s, true } };
        const auto loop = RequestBuilder::build(get(u"/v1/accounts/{{a}}"_s), c);
        QVERIFY(!loop.ok());
        QCOMPARE(loop.errorCode(), u"variable-loop"_s);
        QVERIFY2(loop.errorMessage().contains("{{a}}"_L1), qPrintable(loop.errorMessage()));

        // Each level repeats the one below 64 times: 64^6 references if
        // expanded naively, refused by size instead.
        c.collectionVariables = { { u"v0"_s, u"0123456789abcdef"_s, true } };
        for (int i = 1; i <= 6; ++i)
            c.collectionVariables.append(
                { u"v%1"_s.arg(i), u"{{v%1}}"_s.arg(i - 1).repeated(64), true });
        RequestSpec s = get(u"/v1/accounts"_s);
        s.method = u"POST"_s;
        s.body = "{{v6}}";
        const auto big = RequestBuilder::build(s, c);
        QVERIFY(!big.ok());
        QCOMPARE(big.errorCode(), u"variable-too-large"_s);
    }

    void importedPostmanCollectionResolves()
    {
        // A collection as Postman exports it: {{baseUrl}} and {{staticToken}}
        // live in its variables.
        QFile file(
            QStringLiteral(OPC_TEST_DATA_DIR "/collections/op-sandbox.postman_collection.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto imported = PostmanImporter().import(file.readAll(), u"op-sandbox"_s);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        const Collection &collection = imported->collection;
        const RequestSpec &list = collection.root.folders.at(0).requests.at(0).spec;
        RequestContext c = context();
        c.collectionVariables = collection.variables;
        // Without a base URL of its own the environment takes the collection's.
        c.environment.baseUrl.clear();
        const auto r = RequestBuilder::build(list, c);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->url.toString(), u"https://sandbox.apis.op.fi/accounts/v3/accounts?limit=10"_s);
        QCOMPARE(
            r->header("x-authorization"), QByteArray("b6910384440ce06f495976f96a162e2ab1bafbb4"));

        // The chosen environment decides where {{baseUrl}} points.
        c.environment.baseUrl = u"https://127.0.0.1:8443/"_s;
        const auto local = RequestBuilder::build(list, c);
        QVERIFY2(local.ok(), qPrintable(local.errorMessage()));
        QCOMPARE(local->url.toString(), u"https://127.0.0.1:8443/accounts/v3/accounts?limit=10"_s);
    }

    void resolveUrlMatchesBuild()
    {
        RequestContext c = context();
        c.collectionVariables = { { u"host"_s, u"https://127.0.0.2:9443"_s, true } };
        RequestSpec s = get(u"{{host}}/v1/accounts/{{accountId}}"_s);
        s.query = { { u"limit"_s, u"5"_s, true } };
        const auto url = RequestBuilder::resolveUrl(s, c);
        QVERIFY2(url.ok(), qPrintable(url.errorMessage()));
        QCOMPARE(url->toString(), u"https://127.0.0.2:9443/v1/accounts/abc123?limit=5"_s);
        QCOMPARE(*url, RequestBuilder::build(s, c)->url);
        QCOMPARE(RequestBuilder::resolveUrl(get(u"/v1/{{nope}}"_s), c).errorCode(),
            u"undefined-variable"_s);
        QCOMPARE(RequestBuilder::resolveUrl(get(u"/v1/accounts"_s), c)->toString(),
            u"https://127.0.0.1:8443/v1/accounts"_s);
    }

    void headerInjectionRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("variable");
        QTest::newRow("CR LF in value") << u"x-a"_s << u"a\r\nInjected: 1"_s << QString();
        QTest::newRow("LF in value") << u"x-a"_s << u"a\nb"_s << QString();
        QTest::newRow("NUL in value") << u"x-a"_s << QString(u"a" + QString(QChar(0)) + u"b") << QString();
        QTest::newRow("CRLF via variable") << u"x-a"_s << u"{{evil}}"_s << u"x\r\nHost: other"_s;
        QTest::newRow("space in name") << u"x a"_s << u"v"_s << QString();
        QTest::newRow("colon in name") << u"x:a"_s << u"v"_s << QString();
        QTest::newRow("CRLF in name via variable") << u"{{evil}}"_s << u"v"_s << u"x\r\ny"_s;
        QTest::newRow("non-ascii name") << u"x-ä"_s << u"v"_s << QString();
        QTest::newRow("empty name") << u""_s << u"v"_s << QString();
    }
    void headerInjectionRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, variable);
        RequestContext c = context();
        if (!variable.isNull())
            c.environment.variables.insert(u"evil"_s, variable);
        RequestSpec s = get(u"/v1/accounts"_s);
        s.headers = { { name, value, true } };
        const auto r = RequestBuilder::build(s, c);
        QVERIFY(!r.ok());
        QVERIFY(r.errorCode().startsWith("header-"_L1));
        QVERIFY(r.errorMessage().contains("nothing was sent"_L1));
    }

    void tabInValueAllowed()
    {
        RequestSpec s = get(u"/v1/accounts"_s);
        s.headers = { { u"x-a"_s, u"a\tb"_s, true } };
        QVERIFY(RequestBuilder::build(s, context()).ok());
    }

    void urlVariablesAreEncoded_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expectedPath");
        QTest::newRow("space") << u"a b"_s << QByteArray("/v1/accounts/a%20b");
        QTest::newRow("CRLF request line") << u"x HTTP/1.1\r\nHost: evil\r\n\r\nGET /"_s
                                           << QByteArray("/v1/accounts/x%20HTTP/1.1%0D%0AHost:%20evil%0D%0A%0D%0AGET%20/");
        QTest::newRow("fragment") << u"a#b"_s << QByteArray("/v1/accounts/a%23b");
        QTest::newRow("nul") << QString(u"a" + QString(QChar(0)) + u"b") << QByteArray("/v1/accounts/a%00b");
    }
    void urlVariablesAreEncoded()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, expectedPath);
        RequestContext c = context();
        c.environment.variables.insert(u"id"_s, value);
        const auto r = RequestBuilder::build(get(u"/v1/accounts/{{id}}"_s), c);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const QByteArray encoded = r->url.toEncoded();
        QVERIFY(!encoded.contains('\r') && !encoded.contains('\n') && !encoded.contains(' '));
        QCOMPARE(r->url.path(QUrl::FullyEncoded).toLatin1(), expectedPath);
        QVERIFY(r->url.fragment().isEmpty());
    }

    void typedControlCharsInUrlRefused()
    {
        const auto r = RequestBuilder::build(get(u"/v1/accounts\r\nX: y"_s), context());
        QVERIFY(!r.ok());
        QCOMPARE(r.errorCode(), u"url-invalid"_s);
    }

    void queryRowsEncoded()
    {
        RequestSpec s = get(u"/accounts/v3/accounts/{{accountId}}/transactions"_s);
        s.query = { { u"pageSize"_s, u"10"_s, true }, { u"q"_s, u"a&b c"_s, true }, { u"off"_s, u"1"_s, false } };
        const auto r = RequestBuilder::build(s, context());
        QVERIFY(r.ok());
        QCOMPARE(r->url.query(QUrl::FullyEncoded), u"pageSize=10&q=a%26b%20c"_s);
    }

    void plainHttpOnlyToLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080/v1/accounts"_s << true;
        QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3/v1/accounts"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:1/v1/accounts"_s << true;
        QTest::newRow("http ::1") << u"http://[::1]:1/v1/accounts"_s << true;
        QTest::newRow("http remote") << u"http://sandbox.apis.op.fi/v1/accounts"_s << false;
        QTest::newRow("http 10.0.0.1") << u"http://10.0.0.1/v1/accounts"_s << false;
        QTest::newRow("https remote") << u"https://sandbox.apis.op.fi/v1/accounts"_s << true;
        QTest::newRow("ftp") << u"ftp://127.0.0.1/x"_s << false;
    }
    void plainHttpOnlyToLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        RequestContext c = context();
        const auto r = RequestBuilder::build(get(url), c);
        QCOMPARE(r.ok(), ok);
    }

    void hmacForRestrictedProducts()
    {
        RequestContext c = context();
        c.apiSecret = BoundSecret { "s3cret-value-0123456789", {} };
        c.requestId = u"req-1"_s;
        c.now = QDateTime(QDate(2025, 1, 4), QTime(18, 7, 13), QTimeZone::UTC);
        RequestSpec s;
        s.method = u"POST"_s;
        s.url = u"/v1/payments/initiate"_s;
        s.body = R"({"amount":5,"subject":"Tëst\r\n"})";
        const auto r = RequestBuilder::build(s, c);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(r->signedWithHmac);
        QCOMPARE(r->header("Date"), QByteArray("Sat, 04 Jan 2025 18:07:13 GMT"));
        QCOMPARE(r->header("content-type"), QByteArray("application/json"));
        const QByteArray sig = r->header("x-hmac-signature");
        QVERIFY(sig.startsWith("0:"));
        QCOMPARE(sig.size(), 2 + 64);
        // Independently recomputed over the documented string to sign.
        const QByteArray sts = "POST\napplication/json\nSat, 04 Jan 2025 18:07:13 GMT\nkey-1234567890\nkey-1234567890\n"
                               "session-1\nreq-1\n/v1/payments/initiate\n"
                + s.body;
        QCOMPARE(HmacSigner::stringToSign(*r), sts);
        QCOMPARE(sig.mid(2), HmacSigner::hmacSha256Hex("s3cret-value-0123456789", sts));
        // RFC 4231 test case 2 checks the HMAC primitive itself.
        QCOMPARE(HmacSigner::hmacSha256Hex("Jefe", "what do ya want for nothing?"),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        // Any body byte changes the signature.
        s.body[5] = 'X';
        const auto r2 = RequestBuilder::build(s, c);
        QVERIFY(r2.ok());
        QVERIFY(r2->header("x-hmac-signature") != sig);
    }

    void hmacNeedsSecret()
    {
        RequestSpec s = get(u"/v1/payments/initiate"_s);
        const auto r = RequestBuilder::build(s, context());
        QVERIFY(!r.ok());
        QCOMPARE(r.errorCode(), u"hmac-no-secret"_s);
    }

    void secretHostBinding()
    {
        // SEC-10: a secret bound to host A is refused for host B.
        RequestContext c = context();
        c.secretResolver = [](const QString &name) -> std::optional<BoundSecret> {
            if (name == "app1.custom"_L1)
                return BoundSecret { "very-secret-value-xyz", { u"127.0.0.1"_s } };
            return std::nullopt;
        };
        RequestSpec s = get(u"/v1/accounts"_s);
        s.headers = { { u"x-extra"_s, u"{{secret:app1.custom}}"_s, true } };
        const auto ok = RequestBuilder::build(s, c);
        QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
        QCOMPARE(ok->header("x-extra"), QByteArray("very-secret-value-xyz"));
        QVERIFY(ok->secrets.contains("very-secret-value-xyz"));

        s.url = u"https://localhost:8443/v1/accounts"_s;
        const auto refused = RequestBuilder::build(s, c);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorCode(), u"secret-host"_s);

        s.headers = { { u"x-extra"_s, u"{{secret:unknown}}"_s, true } };
        QCOMPARE(RequestBuilder::build(s, c).errorCode(), u"undefined-secret"_s);

        // API secret and credentials bound to the environment's host.
        RequestContext c2 = context();
        c2.credentialHosts = { u"127.0.0.1"_s };
        QVERIFY(RequestBuilder::build(get(u"/v1/accounts"_s), c2).ok());
        QCOMPARE(RequestBuilder::build(get(u"https://other.example/v1/accounts"_s), c2).errorCode(), u"secret-host"_s);
        RequestContext c3 = context();
        c3.apiSecret = BoundSecret { "abc", { u"127.0.0.1"_s } };
        QVERIFY(RequestBuilder::build(get(u"/v1/payments/x"_s), c3).ok());
        QCOMPARE(RequestBuilder::build(get(u"https://localhost/v1/payments/x"_s), c3).errorCode(), u"secret-host"_s);
    }

    void masking()
    {
        RequestContext c = context();
        c.apiSecret = BoundSecret { "s3cret-value-0123456789", {} };
        RequestSpec s = get(u"/v1/payments/x"_s);
        s.headers = { { u"x-note"_s, u"contains s3cret-value-0123456789 inside"_s, true } };
        const auto r = RequestBuilder::build(s, c);
        QVERIFY(r.ok());
        const auto masked = r->maskedHeaders();
        const QByteArray token = Token::staticToken(1).value.toLatin1();
        for (const auto &h : masked) {
            QVERIFY2(!h.second.contains(token), h.first.constData());
            QVERIFY2(!h.second.contains("key-1234567890"), h.first.constData());
            QVERIFY2(!h.second.contains("s3cret-value-0123456789"), h.first.constData());
        }
        QCOMPARE(SecretMasker::mask("Bearer " + token), "Bearer \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2" + token.right(4));
        QVERIFY(!SecretMasker::mask("short").contains("short"));
    }

    void noBaseUrl()
    {
        RequestContext c = context();
        c.environment.baseUrl.clear();
        QCOMPARE(RequestBuilder::build(get(u"/v1/accounts"_s), c).errorCode(), u"url-no-base"_s);
    }

    void productsSharingABasePath()
    {
        // The simulator's accounts-v1 and payments-v1 both live under /v1.
        ApiProduct a = product(u"accounts-v1"_s, u"/v1"_s, u"x-authorization"_s);
        a.endpointPaths = { u"/v1/accounts"_s, u"/v1/accounts/{accountId}"_s };
        ApiProduct p = product(u"payments-v1"_s, u"/v1"_s, u"x-authorization"_s, SignatureScheme::HmacSha256);
        p.endpointPaths = { u"/v1/payments/initiate"_s, u"/v1/payments/{paymentId}"_s };
        const QList<ApiProduct> list { a, p };
        QCOMPARE(ApiProduct::matchPath(list, u"/v1/accounts/abc"_s)->id, u"accounts-v1"_s);
        QCOMPARE(ApiProduct::matchPath(list, u"/v1/payments/initiate"_s)->id, u"payments-v1"_s);
        QCOMPARE(ApiProduct::matchPath(list, u"/v1/payments/123?x=1"_s)->id, u"payments-v1"_s);
        QCOMPARE(ApiProduct::matchPath(list, u"/v2/other"_s), nullptr);
    }

    void invalidMethod()
    {
        RequestSpec s = get(u"/v1/accounts"_s);
        s.method = u"GE T"_s;
        QCOMPARE(RequestBuilder::build(s, context()).errorCode(), u"method"_s);
    }

    void applicationCredentialsAsVariables()
    {
        RequestContext ctx = context();
        ctx.apiSecret = BoundSecret { "secret-abcdefgh", { u"127.0.0.1"_s } };
        RequestSpec form;
        form.method = u"POST"_s;
        form.url = u"/oauth/token?client_id={{$apiKey}}"_s;
        form.body = "grant_type=client_credentials&client_id={{$apiKey}}&client_secret={{$apiSecret}}";
        const auto r = RequestBuilder::build(form, ctx);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->body, QByteArray("grant_type=client_credentials&client_id=key-1234567890&client_secret=secret-abcdefgh"));
        QCOMPARE(r->url.query(), u"client_id=key-1234567890"_s);
        QVERIFY(r->secrets.contains("secret-abcdefgh")); // masked wherever the request is shown
        QVERIFY(r->followRedirects);

        // The secret never in a URL; neither value to a host it is not bound to.
        RequestSpec inUrl = get(u"/oauth/token?s={{$apiSecret}}"_s);
        const auto refused = RequestBuilder::build(inUrl, ctx);
        QVERIFY(!refused);
        QCOMPARE(refused.errorCode(), u"credential-in-url"_s);
        ctx.apiSecret->allowedHosts = { u"sandbox.apis.op.fi"_s };
        const auto elsewhere = RequestBuilder::build(form, ctx);
        QVERIFY(!elsewhere);
        QCOMPARE(elsewhere.errorCode(), u"secret-host"_s);
        ctx.apiSecret.reset();
        const auto none = RequestBuilder::build(form, ctx);
        QCOMPARE(none.errorCode(), u"undefined-credential"_s);

        form.followRedirects = false;
        ctx.apiSecret = BoundSecret { "secret-abcdefgh", {} };
        QVERIFY(!RequestBuilder::build(form, ctx)->followRedirects);
        QCOMPARE(RequestSpec::fromJson(form.toJson()).followRedirects, std::optional<bool>(false));
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
