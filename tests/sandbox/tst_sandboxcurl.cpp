// The simulator's gateway rules and products, driven through the opsandbox
// process with curl (an independent client), as the issue asks.

#include "catalog/productcatalog.h"
#include "sandboxprocess.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString kToken = u"6c18c234b1b18b1d97c7043e2e41135c293d0da9"_s;
}

class TestSandboxCurl : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QString m_key, m_secret;

    QStringList auth(const QString &key = {}) const
    {
        return { u"-H"_s, u"x-api-key: "_s + (key.isEmpty() ? m_key : key), u"-H"_s, u"Authorization: Bearer "_s + kToken };
    }

    QJsonObject admin(const char *method, const QString &path, const QJsonObject &body = {})
    {
        QStringList args { u"-X"_s, QString::fromLatin1(method), m_sandbox.adminUrl(path) };
        if (!body.isEmpty())
            args << u"-H"_s << u"Content-Type: application/json"_s << u"--data-binary"_s
                 << QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
        return m_sandbox.curl(args).json();
    }

    /// x-hmac-signature over the string to sign documented in app/sandbox/README.md.
    QString hmac(const QByteArray &method, const QString &target, const QByteArray &body, const QByteArray &session,
                 const QByteArray &contentType = "application/json") const
    {
        const QByteArray s = QList<QByteArray> { method, contentType, "", m_key.toUtf8(), m_key.toUtf8(), session, "",
                                                 target.toUtf8(), body }
                                 .join('\n');
        return u"x-hmac-signature: 0:"_s
            + QString::fromLatin1(QMessageAuthenticationCode::hash(s, m_secret.toUtf8(), QCryptographicHash::Sha256).toHex());
    }

    CurlResult postPayment(const QJsonObject &body, const QByteArray &session, bool sign = true,
                           const QStringList &extra = {})
    {
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QStringList args = QStringList { u"-H"_s, u"x-api-key: "_s + m_key, u"-H"_s, u"x-authorization: "_s + kToken,
                                         u"-H"_s, u"Content-Type: application/json"_s, u"-H"_s,
                                         u"x-session-id: "_s + QString::fromLatin1(session), u"--data-binary"_s, u"@-"_s }
            + extra;
        if (sign)
            args << u"-H"_s << hmac("POST", u"/v1/payments/initiate"_s, bytes, session);
        args << m_sandbox.url(u"/v1/payments/initiate"_s);
        return m_sandbox.curl(args, bytes);
    }

    static QJsonObject payment(double amount, const QString &valueDate = u"2024-06-03T10:00:00Z"_s)
    {
        return { { u"amount"_s, amount },
                 { u"subject"_s, u"Lounas"_s },
                 { u"currency"_s, u"EUR"_s },
                 { u"payerIban"_s, u"FI3959986920207073"_s },
                 { u"valueDate"_s, valueDate },
                 { u"receiverBic"_s, u"OKOYFIHH"_s },
                 { u"receiverIban"_s, u"FI4859986920215738"_s },
                 { u"receiverName"_s, u"Pekka Lahtinen"_s } };
    }

    QString issueCert(const QString &apiKey, const QString &file)
    {
        const CurlResult r = m_sandbox.curl({ u"-X"_s, u"POST"_s, u"-o"_s, file, u"--data-binary"_s, u"{\"password\":\"pw\"}"_s,
                                              m_sandbox.adminUrl(u"/apps/"_s + apiKey + u"/certificate"_s) });
        return r.status == 200 ? file : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"curl"_s).isEmpty(), "curl is required");
        QVERIFY(m_sandbox.start());
        const QJsonArray apps = admin("GET", u"/apps"_s).value(u"apps"_s).toArray();
        QVERIFY(!apps.isEmpty());
        m_key = apps.first().toObject().value(u"apiKey"_s).toString();
        m_secret = apps.first().toObject().value(u"apiSecret"_s).toString();
        QVERIFY(!m_key.isEmpty());
    }

    void catalogueListsProducts()
    {
        const CurlResult r = m_sandbox.curl({ m_sandbox.url(u"/__catalog"_s) });
        QCOMPARE(r.status, 200);
        const QJsonArray products = r.json().value(u"products"_s).toArray();
        QStringList levels;
        for (const auto &p : products)
            levels << p.toObject().value(u"securityLevel"_s).toString();
        QVERIFY(levels.contains(u"Restricted"_s));
        QVERIFY(levels.contains(u"High"_s));
        QVERIFY(products.size() >= 9);
    }

    void catalogueIsTheBundledDocument()
    {
        // The simulator serves the catalogue the console bundles, without the
        // pathPrefixes only its gateway reads.
        QJsonObject expected = opc::ProductCatalog::builtIn().document();
        QJsonArray products = expected.value(u"products"_s).toArray();
        QVERIFY(!products.isEmpty());
        for (auto it = products.begin(); it != products.end(); ++it) {
            QJsonObject product = it->toObject();
            QVERIFY(product.contains(u"pathPrefixes"_s));
            product.remove(u"pathPrefixes"_s);
            *it = product;
        }
        expected.insert(u"products"_s, products);

        const CurlResult served = m_sandbox.curl({ m_sandbox.url(u"/__catalog"_s) });
        QCOMPARE(served.status, 200);
        QCOMPARE(served.json(), expected);
        QCOMPARE(admin("GET", u"/catalog"_s), expected);
    }

    void missingApiKeyIs401()
    {
        const CurlResult r = m_sandbox.curl({ m_sandbox.url(u"/accounts/v3/accounts"_s) });
        QCOMPARE(r.status, 401);
        const QJsonObject e = r.json().value(u"errors"_s).toArray().first().toObject();
        QCOMPARE(e.value(u"message"_s).toString(), u"Invalid ApiKey"_s);
        QCOMPARE(e.value(u"type"_s).toString(), u"SECURITY"_s);
        QCOMPARE(e.value(u"level"_s).toString(), u"ERROR"_s);
        QVERIFY(!e.value(u"id"_s).toString().isEmpty());
        QCOMPARE(m_sandbox.curl(auth(u"unknown-key"_s) << m_sandbox.url(u"/accounts/v3/accounts"_s)).status, 401);
    }

    void wrongTokenIs401()
    {
        const CurlResult r = m_sandbox.curl({ u"-H"_s, u"x-api-key: "_s + m_key, u"-H"_s, u"x-authorization: nope"_s,
                                              m_sandbox.url(u"/accounts/v3/accounts"_s) });
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(u"errors"_s).toArray().first().toObject().value(u"type"_s).toString(), u"SECURITY"_s);
        const CurlResult ok = m_sandbox.curl(auth() << m_sandbox.url(u"/accounts/v3/accounts"_s));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(u"accounts"_s).toArray().size(), 6);
    }

    void unsubscribedProductIs403()
    {
        const QJsonObject app = admin("POST", u"/apps"_s, { { u"name"_s, u"Only legacy"_s }, { u"products"_s, QJsonArray { u"accounts-v1"_s } } });
        const QString key = app.value(u"apiKey"_s).toString();
        QVERIFY(!key.isEmpty());
        QCOMPARE(m_sandbox.curl(auth(key) << m_sandbox.url(u"/accounts/v3/accounts"_s)).status, 403);
        QCOMPARE(m_sandbox.curl(auth(key) << m_sandbox.url(u"/v1/accounts"_s)).status, 200);
    }

    void accountIdsAreRemintedAndResolve()
    {
        const QJsonArray a = m_sandbox.curl(auth() << m_sandbox.url(u"/accounts/v3/accounts"_s)).json().value(u"accounts"_s).toArray();
        const QJsonArray b = m_sandbox.curl(auth() << m_sandbox.url(u"/accounts/v3/accounts"_s)).json().value(u"accounts"_s).toArray();
        const QString id1 = a.at(1).toObject().value(u"accountId"_s).toString();
        QVERIFY(id1 != b.at(1).toObject().value(u"accountId"_s).toString());
        const CurlResult one = m_sandbox.curl(auth() << m_sandbox.url(u"/accounts/v3/accounts/"_s + id1));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(u"identifier"_s).toString(), a.at(1).toObject().value(u"identifier"_s).toString());
        const CurlResult tx = m_sandbox.curl(auth() << m_sandbox.url(u"/accounts/v3/accounts/"_s + id1 + u"/transactions?pageSize=5"_s));
        QCOMPARE(tx.status, 200);
        QCOMPARE(tx.json().value(u"transactions"_s).toArray().size(), 5);
        QVERIFY(tx.json().value(u"_links"_s).toObject().contains(u"next"_s));
    }

    void echoesRequestAndSessionIds()
    {
        const CurlResult r = m_sandbox.curl(auth() << u"-H"_s << u"x-request-id: req-111"_s << u"-H"_s << u"x-session-id: ses-234"_s
                                                   << m_sandbox.url(u"/accounts/v3/accounts"_s));
        QCOMPARE(r.header("x-request-id"), QByteArray("req-111"));
        QCOMPARE(r.header("x-session-id"), QByteArray("ses-234"));
        const CurlResult echo = m_sandbox.curl({ u"-H"_s, u"x-custom: Åke"_s, u"--data-binary"_s, u"abc"_s, m_sandbox.url(u"/__echo?q=1"_s) });
        QCOMPARE(echo.status, 200);
        QCOMPARE(echo.json().value(u"headers"_s).toObject().value(u"x-custom"_s).toString(), u"Åke"_s);
        QCOMPARE(echo.json().value(u"bodyBase64"_s).toString(), u"YWJj"_s);
        QCOMPARE(echo.json().value(u"method"_s).toString(), u"POST"_s);
    }

    void hmacIsVerified()
    {
        QCOMPARE(postPayment(payment(5), "s-hmac").status, 200);
        QCOMPARE(postPayment(payment(5), "s-hmac", false).status, 401);
        // A signature over other bytes (one changed character) fails.
        const QByteArray body = QJsonDocument(payment(5)).toJson(QJsonDocument::Compact);
        QByteArray changed = body;
        changed.replace("Lounas", "Lounaz");
        const CurlResult r = m_sandbox.curl({ u"-H"_s, u"x-api-key: "_s + m_key, u"-H"_s, u"x-authorization: "_s + kToken,
                                              u"-H"_s, u"Content-Type: application/json"_s, u"-H"_s, u"x-session-id: s"_s,
                                              u"-H"_s, hmac("POST", u"/v1/payments/initiate"_s, body, "s"), u"--data-binary"_s,
                                              u"@-"_s, m_sandbox.url(u"/v1/payments/initiate"_s) },
                                            changed);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(u"errors"_s).toArray().first().toObject().value(u"type"_s).toString(), u"SECURITY"_s);
    }

    void sessionsAreIsolated()
    {
        const CurlResult created = postPayment(payment(3), "session-A");
        QCOMPARE(created.status, 200);
        const QString id = created.json().value(u"paymentId"_s).toString();
        QVERIFY(!id.isEmpty());
        auto get = [&](const QByteArray &session) {
            const QString target = u"/v1/payments/"_s + id;
            return m_sandbox.curl({ u"-H"_s, u"x-api-key: "_s + m_key, u"-H"_s, u"x-authorization: "_s + kToken, u"-H"_s,
                                    u"x-session-id: "_s + QString::fromLatin1(session), u"-H"_s,
                                    hmac("GET", target, {}, session, {}), m_sandbox.url(target) });
        };
        QCOMPARE(get("session-A").status, 200);
        QCOMPARE(get("session-B").status, 404);
    }

    void everyErrorLevelAndTypeIsReachable()
    {
        QJsonObject bad = payment(-5);
        bad.insert(u"currency"_s, u"SEK"_s);
        const CurlResult v = postPayment(bad, "e");
        QCOMPARE(v.status, 400);
        const QJsonObject ve = v.json().value(u"errors"_s).toArray().first().toObject();
        QCOMPARE(ve.value(u"type"_s).toString(), u"VALIDATION"_s);
        QVERIFY(ve.value(u"detailedConstraintViolations"_s).toObject().contains(u"currency"_s));

        const CurlResult funds = postPayment(payment(999999), "e");
        QCOMPARE(funds.status, 403);
        const QJsonObject fe = funds.json().value(u"errors"_s).toArray().first().toObject();
        QCOMPARE(fe.value(u"type"_s).toString(), u"BUSINESS"_s);
        QCOMPARE(fe.value(u"code"_s).toString(), u"INSUFFICIENT_FUNDS"_s);

        const CurlResult warn = postPayment(payment(1, u"2024-06-01T10:00:00Z"_s), "e"); // a Saturday
        QCOMPARE(warn.status, 200);
        QCOMPARE(warn.json().value(u"errors"_s).toArray().first().toObject().value(u"level"_s).toString(), u"WARN"_s);
        QCOMPARE(warn.json().value(u"valueDate"_s).toString(), u"2024-06-03T10:00:00Z"_s);

        const CurlResult internal = m_sandbox.curl(auth() << u"-H"_s << u"x-sandbox-scenario: InternalError"_s
                                                          << m_sandbox.url(u"/accounts/v3/accounts"_s));
        QCOMPARE(internal.status, 500);
        QCOMPARE(internal.json().value(u"errors"_s).toArray().first().toObject().value(u"type"_s).toString(), u"TECHNICAL"_s);

        admin("PUT", u"/faults"_s, { { u"maintenance"_s, true } });
        const CurlResult down = m_sandbox.curl(auth() << m_sandbox.url(u"/accounts/v3/accounts"_s));
        admin("DELETE", u"/faults"_s);
        QCOMPARE(down.status, 503);
        QCOMPARE(down.json().value(u"errors"_s).toArray().first().toObject().value(u"level"_s).toString(), u"FATAL"_s);
        QCOMPARE(m_sandbox.curl(auth() << m_sandbox.url(u"/accounts/v3/accounts"_s)).status, 200);
    }

    void hostileInputGetsThePayload()
    {
        const QByteArray malformed = "{\"amount\": 5,";
        const CurlResult m = m_sandbox.curl({ u"-H"_s, u"x-api-key: "_s + m_key, u"-H"_s, u"x-authorization: "_s + kToken,
                                              u"-H"_s, u"Content-Type: application/json"_s, u"-H"_s, u"x-session-id: h"_s,
                                              u"-H"_s, hmac("POST", u"/v1/payments/initiate"_s, malformed, "h"),
                                              u"--data-binary"_s, u"@-"_s, m_sandbox.url(u"/v1/payments/initiate"_s) },
                                            malformed);
        QCOMPARE(m.status, 400);
        QCOMPARE(m.json().value(u"errors"_s).toArray().first().toObject().value(u"type"_s).toString(), u"VALIDATION"_s);

        const QString big = m_sandbox.path(u"big.bin"_s);
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(11 * 1024 * 1024, 'a'));
        f.close();
        const CurlResult tooBig = m_sandbox.curl(auth() << u"--data-binary"_s << u"@"_s + big << m_sandbox.url(u"/v1/payments/initiate"_s));
        QCOMPARE(tooBig.status, 413);
        QVERIFY(tooBig.json().contains(u"errors"_s));

        QCOMPARE(m_sandbox.curl(auth() << m_sandbox.url(u"/no/such/route"_s)).status, 404);
        QCOMPARE(m_sandbox.curl(auth() << u"-X"_s << u"DELETE"_s << m_sandbox.url(u"/accounts/v3/accounts"_s)).status, 405);
        // Still serving afterwards.
        QCOMPARE(m_sandbox.curl({ m_sandbox.url(u"/__catalog"_s) }).status, 200);
    }

    void rateLimitCountsDownThen429()
    {
        const QJsonObject app = admin("POST", u"/apps"_s, { { u"name"_s, u"Quota app"_s }, { u"products"_s, QJsonArray { u"accounts-v3"_s } } });
        const QString key = app.value(u"apiKey"_s).toString();
        const CurlResult first = m_sandbox.curl(auth(key) << m_sandbox.url(u"/accounts/v3/accounts"_s));
        QCOMPARE(first.header("X-RateLimit-Limit"), QByteArray("1000")); // the default
        QCOMPARE(first.header("X-RateLimit-Remaining"), QByteArray("999"));
        const CurlResult second = m_sandbox.curl(auth(key) << m_sandbox.url(u"/accounts/v3/accounts"_s));
        QCOMPARE(second.header("X-RateLimit-Remaining"), QByteArray("998"));
        const qint64 reset = second.header("X-RateLimit-Reset").toLongLong();
        QVERIFY(reset > 0 && reset <= 25 * 3600);

        admin("PUT", u"/apps/"_s + key + u"/quota"_s, { { u"used"_s, 999 } });
        const CurlResult thousandth = m_sandbox.curl(auth(key) << m_sandbox.url(u"/accounts/v3/accounts"_s));
        QCOMPARE(thousandth.status, 200);
        QCOMPARE(thousandth.header("X-RateLimit-Remaining"), QByteArray("0"));
        const CurlResult over = m_sandbox.curl(auth(key) << m_sandbox.url(u"/accounts/v3/accounts"_s));
        QCOMPARE(over.status, 429);
        QCOMPARE(over.header("X-RateLimit-Limit"), QByteArray("1000"));
        QCOMPARE(over.header("X-RateLimit-Remaining"), QByteArray("0"));
        QVERIFY(over.header("X-RateLimit-Reset").toLongLong() > 0);
        QVERIFY(over.json().contains(u"errors"_s));
    }

    void mtlsListenerChecksClientCertificates()
    {
        const QString echo = m_sandbox.mtlsUrl(u"/__echo"_s);
        const CurlResult none = m_sandbox.curl({ echo });
        QVERIFY(none.exitCode != 0);
        QCOMPARE(none.status, 0);

        const QString p12 = issueCert(m_key, m_sandbox.path(u"demo.p12"_s));
        QVERIFY(!p12.isEmpty());
        const QStringList cert { u"--cert-type"_s, u"P12"_s, u"--cert"_s, p12 + u":pw"_s };
        const CurlResult old = m_sandbox.curl(cert + QStringList { u"--tls-max"_s, u"1.1"_s, echo });
        QVERIFY(old.exitCode != 0);
        const CurlResult ok = m_sandbox.curl(cert + QStringList { echo });
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(u"clientCertificateCn"_s).toString(), u"OP Sandbox Demo"_s);
    }

    void onlinePaymentSignatureIsVerified()
    {
        const QString keyFile = m_sandbox.path(u"merchant.pem"_s);
        const QString pubFile = m_sandbox.path(u"merchant.pub"_s);
        QCOMPARE(QProcess::execute(u"openssl"_s, { u"genrsa"_s, u"-out"_s, keyFile, u"2048"_s }), 0);
        QCOMPARE(QProcess::execute(u"openssl"_s, { u"rsa"_s, u"-in"_s, keyFile, u"-pubout"_s, u"-out"_s, pubFile }), 0);
        QFile pub(pubFile);
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QString merchant = u"c3efaaee-a6bb-449f-9213-e45e23a462ef"_s;
        admin("PUT", u"/merchants/"_s + merchant, { { u"publicKeyPem"_s, QString::fromLatin1(pub.readAll()) } });

        const QByteArray body = R"({"amount":"1.00","cancel":{"url":"https://shop.example.com/cancel/path"},"reject":{"url":"https://shop.example.com/reject/path"},"return":{"url":"https://shop.example.com/return/path"},"currency":"EUR","accountId":"8a5d4aac-8f8f-47ed-ae2f-36ffeaf57c79","reference":"RF3517834735"})";
        const QByteArray date = "Wed, 04 Jan 2023 18:07:13 GMT";
        const QString url = m_sandbox.url(u"/paymentbutton/v1/payments"_s);
        const QByteArray toSign = QList<QByteArray> { "POST", "application/json", date, merchant.toUtf8(), m_key.toUtf8(),
                                                      "S1", "R1", url.toUtf8(), body }
                                      .join('\n');
        QFile data(m_sandbox.path(u"tosign.bin"_s));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(toSign);
        data.close();
        QProcess sign;
        sign.start(u"openssl"_s, { u"dgst"_s, u"-sha256"_s, u"-sign"_s, keyFile, u"-hex"_s, u"-r"_s, data.fileName() });
        QVERIFY(sign.waitForFinished(10000));
        const QByteArray hex = sign.readAllStandardOutput().split(' ').first().trimmed();
        QVERIFY(hex.size() == 512);
        auto send = [&](const QByteArray &payload) {
            return m_sandbox.curl({ u"-H"_s, u"x-api-key: "_s + m_key, u"-H"_s, u"Content-Type: application/json"_s, u"-H"_s,
                                    u"Date: "_s + QString::fromLatin1(date), u"-H"_s, u"x-session-id: S1"_s, u"-H"_s,
                                    u"x-request-id: R1"_s, u"-H"_s,
                                    u"Authorization: "_s + merchant + u":1:0:"_s + QString::fromLatin1(hex),
                                    u"--data-binary"_s, u"@-"_s, url },
                                  payload);
        };
        const CurlResult ok = send(body);
        QCOMPARE(ok.status, 201);
        QVERIFY(!ok.json().value(u"paymentId"_s).toString().isEmpty());
        QByteArray changed = body;
        changed.replace("1.00", "2.00");
        QCOMPARE(send(changed).status, 401);
    }

    void psd2AisFlowEndToEnd()
    {
        const QString p12 = issueCert(m_key, m_sandbox.path(u"ais.p12"_s));
        const QStringList cert { u"--cert-type"_s, u"P12"_s, u"--cert"_s, p12 + u":pw"_s, u"-H"_s, u"x-api-key: "_s + m_key,
                                 u"-H"_s, u"x-session-id: psd2"_s };
        const CurlResult cc = m_sandbox.curl(cert + QStringList { u"--data"_s,
                                                                  u"grant_type=client_credentials&scope=accounts&client_id="_s + m_key
                                                                      + u"&client_secret="_s + m_secret,
                                                                  m_sandbox.mtlsUrl(u"/oauth/token"_s) });
        QCOMPARE(cc.status, 200);
        const QString ccToken = cc.json().value(u"access_token"_s).toString();
        const CurlResult auth = m_sandbox.curl(cert + QStringList { u"-H"_s, u"Authorization: Bearer "_s + ccToken, u"-H"_s,
                                                                    u"Content-Type: application/json"_s, u"--data"_s,
                                                                    u"{\"expires\":\"2030-01-01T00:00:00Z\"}"_s,
                                                                    m_sandbox.mtlsUrl(u"/accounts-psd2/v1/authorizations"_s) });
        QCOMPARE(auth.status, 201);
        const QString authorizationId = auth.json().value(u"authorizationId"_s).toString();
        QCOMPARE(auth.json().value(u"status"_s).toString(), u"Unauthorized"_s);

        QUrlQuery q;
        q.addQueryItem(u"response_type"_s, u"code"_s);
        q.addQueryItem(u"client_id"_s, m_key);
        q.addQueryItem(u"authorizationId"_s, authorizationId);
        q.addQueryItem(u"redirect_uri"_s, u"https://tpp.example.com/callback"_s);
        q.addQueryItem(u"state"_s, u"st8"_s);
        const CurlResult page = m_sandbox.curl({ m_sandbox.url(u"/oauth/authorize?"_s + q.toString(QUrl::FullyEncoded)) });
        QCOMPARE(page.status, 200);
        const auto m = QRegularExpression(u"name=\"ticket\" value=\"([^\"]+)\""_s).match(QString::fromUtf8(page.body));
        QVERIFY(m.hasMatch());
        QVERIFY(page.body.contains("88888881"));
        const CurlResult decision = m_sandbox.curl({ u"--data"_s, u"ticket="_s + m.captured(1) + u"&user=88888881&decision=approve"_s,
                                                     m_sandbox.url(u"/oauth/authorize/decision"_s) });
        QCOMPARE(decision.status, 302);
        const QUrlQuery back(QUrl(QString::fromUtf8(decision.header("location"))));
        QCOMPARE(back.queryItemValue(u"state"_s), u"st8"_s);
        const QString code = back.queryItemValue(u"code"_s);
        QVERIFY(!code.isEmpty());

        const CurlResult user = m_sandbox.curl(cert + QStringList { u"--data"_s,
                                                                    u"grant_type=authorization_code&code="_s + code + u"&client_id="_s
                                                                        + m_key + u"&client_secret="_s + m_secret,
                                                                    m_sandbox.mtlsUrl(u"/oauth/token"_s) });
        QCOMPARE(user.status, 200);
        QVERIFY(user.json().contains(u"refresh_token"_s));
        const CurlResult accounts = m_sandbox.curl(cert + QStringList { u"-H"_s, u"Authorization: Bearer "_s
                                                                            + user.json().value(u"access_token"_s).toString(),
                                                                        m_sandbox.mtlsUrl(u"/accounts-psd2/v1/accounts"_s) });
        QCOMPARE(accounts.status, 200);
        const QJsonArray list = QJsonDocument::fromJson(accounts.body).array();
        QCOMPARE(list.size(), 6);
        QCOMPARE(list.first().toObject().value(u"identifierSchema"_s).toString(), u"IBAN"_s);
        // The same API on the non-mTLS listener is refused.
        QCOMPARE(m_sandbox.curl({ u"-H"_s, u"x-api-key: "_s + m_key, m_sandbox.url(u"/accounts-psd2/v1/accounts"_s) }).status, 403);
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestSandboxCurl)
#include "tst_sandboxcurl.moc"
