// Request signatures made through RequestBuilder and checked by the openssl
// command-line tool as an independent verifier: detached JWS over request
// bodies (x-jws-signature, PSD2 Payment Initiation) for an RSA key (RS256)
// and an EC P-256 key (ES256), and OP Online Payment's RSA signature in
// Authorization over OP's string to sign.
#include "net/jwssigner.h"
#include "net/requestbuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// An ASN.1 DER INTEGER of the unsigned big-endian @p bytes.
QByteArray derInteger(QByteArray bytes)
{
    while (bytes.size() > 1 && bytes.at(0) == 0 && !(quint8(bytes.at(1)) & 0x80)) {
        bytes.remove(0, 1);
    }
    if (quint8(bytes.at(0)) & 0x80) {
        bytes.prepend('\0');
    }
    return QByteArray(1, 0x02) + char(bytes.size()) + bytes;
}

/// JWS's r||s as the DER ECDSA-Sig-Value openssl verifies.
QByteArray ecdsaDer(const QByteArray &raw)
{
    const QByteArray body = derInteger(raw.left(32)) + derInteger(raw.mid(32));
    return QByteArray(1, 0x30) + char(body.size()) + body;
}

ApiProduct paymentInitiation()
{
    ApiProduct p;
    p.id = u"psd2-pis-v1"_s;
    p.name = u"PSD2 Payment Initiation"_s;
    p.basePath = u"/payments-psd2/v1"_s;
    p.tokenHeader = u"Authorization"_s;
    p.securityLevel = SecurityLevel::High;
    p.signature = SignatureScheme::DetachedJws;
    p.mtls = true;
    return p;
}

RequestSpec payment(const QByteArray &body)
{
    RequestSpec s;
    s.method = u"POST"_s;
    s.url = u"/payments-psd2/v1/sepa-payments"_s;
    s.headers = { { u"Content-Type"_s, u"application/json"_s, true } };
    s.body = body;
    return s;
}

} // namespace

class TestRequestSignatures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList &args, QByteArray *output = nullptr)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(u"openssl"_s, args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
            return false;
        }
        if (output) {
            *output = p.readAllStandardOutput();
        }
        return true;
    }
    QByteArray read(const QString &name) const
    {
        QFile f(file(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void write(const QString &name, const QByteArray &data) const
    {
        QFile f(file(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }
    /// A self-signed certificate and its key made by openssl.
    SigningIdentity identity(const QString &name, const QStringList &keyOptions)
    {
        const QString key = name + u".key"_s;
        const QString cert = name + u".crt"_s;
        if (!openssl(QStringList { u"req"_s, u"-x509"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=TPP "_s + name,
                                   u"-keyout"_s, key, u"-out"_s, cert }
                     + keyOptions)) {
            return SigningIdentity();
        }
        const bool rsa = keyOptions.contains(u"rsa:2048"_s);
        return { QSslKey(read(key), rsa ? QSsl::Rsa : QSsl::Ec), QSslCertificate(read(cert)) };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aPaymentBodyIsSignedAndVerifiesWithTheCertificate_data()
    {
        QTest::addColumn<QStringList>("keyOptions");
        QTest::addColumn<QString>("alg");
        QTest::newRow("RSA 2048: RS256") << QStringList { u"-newkey"_s, u"rsa:2048"_s } << u"RS256"_s;
        QTest::newRow("EC P-256: ES256") << QStringList { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                                          u"ec_paramgen_curve:P-256"_s }
                                         << u"ES256"_s;
    }
    void aPaymentBodyIsSignedAndVerifiesWithTheCertificate()
    {
        QFETCH(QStringList, keyOptions);
        QFETCH(QString, alg);
        const QString name = alg.toLower();
        const SigningIdentity signer = identity(name, keyOptions);
        QVERIFY(signer.isValid());
        QCOMPARE(JwsSigner::algorithmFor(signer.key), alg.toLatin1());

        RequestContext ctx;
        ctx.environment = Environment::localSimulator(u"https://127.0.0.1:8443"_s, {});
        ctx.product = paymentInitiation();
        ctx.signingIdentity = signer;
        const QByteArray body = R"({"amountEUR":"12.50","payee":{"iban":"FI4859986920215738","name":"Pekka Lahtinen"}})";
        const Result<PreparedRequest> r = RequestBuilder::build(payment(body), ctx);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QVERIFY(r->signedWithJws);
        const QByteArray jws = r->header("x-jws-signature");
        const QList<QByteArray> parts = jws.split('.');
        QCOMPARE(parts.size(), 3);
        QVERIFY2(parts[1].isEmpty(), "the payload is detached");
        const QJsonObject header
                = QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding)).object();
        QCOMPARE(header.value("alg"_L1).toString(), alg);
        const QByteArray thumbprint = b64url(QCryptographicHash::hash(signer.certificate.toDer(),
                                                                      QCryptographicHash::Sha256));
        QCOMPARE(header.value("kid"_L1).toString().toLatin1(), thumbprint);
        QCOMPARE(header.value("x5t#S256"_L1).toString().toLatin1(), thumbprint);

        // openssl checks the signature over header.payload with the
        // certificate's public key.
        QByteArray signature = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
        if (alg == u"ES256") {
            QCOMPARE(signature.size(), 64);
            signature = ecdsaDer(signature);
        }
        write(name + u".input"_s, parts[0] + '.' + b64url(r->body));
        write(name + u".sig"_s, signature);
        QByteArray publicKey;
        QVERIFY(openssl({ u"x509"_s, u"-in"_s, name + u".crt"_s, u"-pubkey"_s, u"-noout"_s }, &publicKey));
        write(name + u".pub"_s, publicKey);
        QByteArray verdict;
        QVERIFY(openssl({ u"dgst"_s, u"-sha256"_s, u"-verify"_s, name + u".pub"_s, u"-signature"_s, name + u".sig"_s,
                          name + u".input"_s },
                        &verdict));
        QVERIFY2(verdict.contains("Verified OK"), verdict.constData());

        // A byte changed in the body: openssl refuses the same signature.
        write(name + u".input"_s, parts[0] + '.' + b64url(QByteArray(body).replace("12.50", "12.51")));
        QVERIFY(!openssl({ u"dgst"_s, u"-sha256"_s, u"-verify"_s, name + u".pub"_s, u"-signature"_s,
                           name + u".sig"_s, name + u".input"_s }));
    }

    void onlinePaymentIsSignedOverOpsStringToSign()
    {
        const SigningIdentity merchant = identity(u"merchant"_s, { u"-newkey"_s, u"rsa:2048"_s });
        QVERIFY(merchant.isValid());
        ApiProduct online;
        online.id = u"online-payment-v1"_s;
        online.name = u"OP Online Payment"_s;
        online.basePath = u"/paymentbutton/v1"_s;
        online.tokenHeader = u"Authorization"_s;
        online.securityLevel = SecurityLevel::Restricted;
        online.signature = SignatureScheme::OpRsaSha256;
        RequestContext ctx;
        ctx.environment = Environment::localSimulator(u"https://127.0.0.1:8443"_s, {});
        ctx.product = online;
        ctx.apiKey = u"key-1234567890"_s;
        ctx.sessionId = u"S1"_s;
        ctx.requestId = u"R1"_s;
        ctx.token = Token::staticToken(1); // never sent: Authorization carries the signature
        ctx.now = QDateTime(QDate(2023, 1, 4), QTime(18, 7, 13), QTimeZone::UTC);
        ctx.merchantId = u"c3efaaee-a6bb-449f-9213-e45e23a462ef"_s;
        ctx.signingIdentity = merchant;
        RequestSpec spec;
        spec.method = u"POST"_s;
        spec.url = u"/paymentbutton/v1/payments"_s;
        spec.headers = { { u"Content-Type"_s, u"application/json"_s, true } };
        spec.body = R"({"amount":"1.00","currency":"EUR"})";
        const Result<PreparedRequest> r = RequestBuilder::build(spec, ctx);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QVERIFY(r->signedWithOpRsa);
        QCOMPARE(r->header("date"), QByteArray("Wed, 04 Jan 2023 18:07:13 GMT"));
        const QList<QByteArray> parts = r->header("authorization").split(':');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0], ctx.merchantId.toLatin1());
        QCOMPARE(parts[1], QByteArray("1"));
        QCOMPARE(parts[2], QByteArray("0"));
        QVERIFY(r->header("x-authorization").isEmpty());

        // OP's lines, written out here, verify with the merchant's public key.
        const QByteArray toSign = QList<QByteArray> { "POST", "application/json", "Wed, 04 Jan 2023 18:07:13 GMT",
                                                      ctx.merchantId.toLatin1(), "key-1234567890", "S1", "R1",
                                                      "https://127.0.0.1:8443/paymentbutton/v1/payments", spec.body }
                                          .join('\n');
        write(u"op.input"_s, toSign);
        write(u"op.sig"_s, QByteArray::fromHex(parts[3]));
        QByteArray publicKey;
        QVERIFY(openssl({ u"x509"_s, u"-in"_s, u"merchant.crt"_s, u"-pubkey"_s, u"-noout"_s }, &publicKey));
        write(u"merchant.pub"_s, publicKey);
        QByteArray verdict;
        QVERIFY(openssl({ u"dgst"_s, u"-sha256"_s, u"-verify"_s, u"merchant.pub"_s, u"-signature"_s, u"op.sig"_s,
                          u"op.input"_s },
                        &verdict));
        QVERIFY2(verdict.contains("Verified OK"), verdict.constData());

        // An EC key cannot make OP's RSA signature; no merchant id, no send.
        ctx.signingIdentity = identity(u"ecmerchant"_s, { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                                          u"ec_paramgen_curve:P-256"_s });
        Result<PreparedRequest> refused = RequestBuilder::build(spec, ctx);
        QVERIFY(!refused);
        QCOMPARE(refused.errorCode(), u"op-rsa-no-key"_s);
        ctx.signingIdentity = merchant;
        ctx.merchantId.clear();
        refused = RequestBuilder::build(spec, ctx);
        QVERIFY(!refused);
        QCOMPARE(refused.errorCode(), u"op-rsa-no-merchant"_s);
    }

    void withoutAKeyNothingIsSent()
    {
        RequestContext ctx;
        ctx.environment = Environment::localSimulator(u"https://127.0.0.1:8443"_s, {});
        ctx.product = paymentInitiation();
        const Result<PreparedRequest> r = RequestBuilder::build(payment(R"({"amountEUR":"1.00"})"), ctx);
        QVERIFY(!r);
        QCOMPARE(r.errorCode(), u"jws-no-key"_s);
        QVERIFY2(r.errorMessage().contains(u"x-jws-signature"_s) && r.errorMessage().contains(u"Nothing was sent"_s),
                 qPrintable(r.errorMessage()));
    }

    void onlyABodyIsSignedAndTheUsersOwnSignatureIsKept()
    {
        const SigningIdentity signer
                = identity(u"kept"_s, { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s });
        QVERIFY(signer.isValid());
        RequestContext ctx;
        ctx.environment = Environment::localSimulator(u"https://127.0.0.1:8443"_s, {});
        ctx.product = paymentInitiation();
        ctx.signingIdentity = signer;

        RequestSpec submit;
        submit.method = u"PUT"_s;
        submit.url = u"/payments-psd2/v1/sepa-payments/p1/submissions/s1"_s;
        const Result<PreparedRequest> empty = RequestBuilder::build(submit, ctx);
        QVERIFY2(empty, qPrintable(empty.errorMessage()));
        QVERIFY(!empty->signedWithJws);
        QVERIFY(empty->header("x-jws-signature").isEmpty());

        RequestSpec own = payment(R"({"amountEUR":"1.00"})");
        own.headers.append({ u"x-jws-signature"_s, u"eyJhbGciOiJFUzI1NiJ9..c2lnbmF0dXJl"_s, true });
        const Result<PreparedRequest> kept = RequestBuilder::build(own, ctx);
        QVERIFY2(kept, qPrintable(kept.errorMessage()));
        QVERIFY(!kept->signedWithJws);
        QCOMPARE(kept->header("x-jws-signature"), QByteArray("eyJhbGciOiJFUzI1NiJ9..c2lnbmF0dXJl"));
    }
};

QTEST_GUILESS_MAIN(TestRequestSignatures)
#include "tst_requestsignatures.moc"
