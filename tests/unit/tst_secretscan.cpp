#include "security/certificatestore.h"
#include "security/encryptedfilevault.h"
#include "security/secretscanner.h"
#include "security/secrettreesearch.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace opc;

class TestSecretScan : public QObject
{
    Q_OBJECT
private:
    static void write(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }
    static QStringList kinds(const QList<SecretFinding> &list)
    {
        QStringList out;
        for (const SecretFinding &f : list) {
            out.append(f.kind);
        }
        return out;
    }

private Q_SLOTS:
    void scannerFindsTokenShapedValues_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("kind");
        QTest::newRow("bearer header") << QByteArray("GET /v1/accounts\r\nAuthorization: Bearer "
                                                     "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA\r\n")
                                       << QStringLiteral("bearer-token");
        QTest::newRow("bearer in text") << QByteArray("use Bearer abcdefghijklmnop0123456789 here")
                                        << QStringLiteral("bearer-token");
        QTest::newRow("jwt") << QByteArray("{\"t\": "
                                           "\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
                                           "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U\"}")
                             << QStringLiteral("jwt");
        QTest::newRow("api secret json")
            << QByteArray("{\"apiSecret\": \"9f8e7d6c5b4a39281706f5e4d3c2b1a0\"}")
            << QStringLiteral("credential");
        QTest::newRow("x-api-key header") << QByteArray("x-api-key: Q2xpZW50SWRGb3JUZXN0aW5nMTIz")
                                          << QStringLiteral("credential");
        QTest::newRow("client_secret form")
            << QByteArray("grant_type=client_credentials&client_secret=s3cr3tS3cr3tS3cr3tXYZ")
            << QStringLiteral("credential");
        QTest::newRow("pkcs8 key")
            << QByteArray("-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMG\n-----END PRIVATE KEY-----\n")
            << QStringLiteral("private-key");
        QTest::newRow("ec key") << QByteArray("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n")
                                << QStringLiteral("private-key");
        QTest::newRow("encrypted key") << QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----\n")
                                       << QStringLiteral("private-key");
    }
    void scannerFindsTokenShapedValues()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, kind);
        const QList<SecretFinding> found = SecretScanner().scan(text);
        QVERIFY2(!found.isEmpty(), text.constData());
        QCOMPARE(found.first().kind, kind);
        // The preview never repeats the whole value.
        if (kind != QStringLiteral("private-key")) {
            QVERIFY(
                !text.contains(found.first().preview.toUtf8()) || found.first().preview.size() < 8);
        }
        QVERIFY(!found.first().description().isEmpty());
    }

    void scannerLeavesPublicAndReferencesAlone_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("static token")
            << QByteArray("x-authorization: 6c18c234b1b18b1d97c7043e2e41135c293d0da9");
        QTest::newRow("static bearer")
            << QByteArray("Authorization: Bearer 3af871a0e3ebfc46f375ff2b63d1414982bd4f76");
        QTest::newRow("reference") << QByteArray(
            "x-api-key: {{secret:app1.apiKey}}\nAuthorization: Bearer {{secret:app1.token}}");
        QTest::newRow("plain json") << QByteArray(
            "{\"name\": \"accounts\", \"url\": \"https://sandbox.apis.op.fi/v1/accounts\"}");
        QTest::newRow("short value") << QByteArray("password: hunter2");
        QTest::newRow("certificate")
            << QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----");
    }
    void scannerLeavesPublicAndReferencesAlone()
    {
        QFETCH(QByteArray, text);
        const QList<SecretFinding> found = SecretScanner().scan(text);
        QVERIFY2(found.isEmpty(), qPrintable(kinds(found).join(u',')));
    }

    void scannerFlagsKnownVaultValues()
    {
        SecretScanner scanner;
        scanner.addKnownSecret("my-custom-token-42");
        const QByteArray text
            = "note: my-custom-token-42 and b64 " + QByteArray("my-custom-token-42").toBase64();
        const QList<SecretFinding> found = scanner.scan(text);
        QCOMPARE(kinds(found),
            QStringList({ QStringLiteral("known-secret"), QStringLiteral("known-secret") }));
        QCOMPARE(found.first().offset, text.indexOf("my-custom"));
        QVERIFY(scanner.scan(QByteArray("nothing here")).isEmpty());
    }

    void treeSearchFindsEveryEncoding()
    {
        QTemporaryDir dir;
        const QByteArray secret = "S3cr3t/+value with space&=?";
        write(dir.filePath(QStringLiteral("a/raw.txt")), "x" + secret + "y");
        write(dir.filePath(QStringLiteral("a/b/.hidden.json")),
            "{\"v\":\"" + secret.toBase64() + "\"}");
        write(dir.filePath(QStringLiteral("url.ini")),
            "k=" + secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        write(dir.filePath(QStringLiteral("hex.bin")), secret.toHex());
        write(dir.filePath(QStringLiteral("HEX.bin")), secret.toHex().toUpper());
        write(dir.filePath(QStringLiteral("q.log")),
            "GET /?s=" + QUrl::toPercentEncoding(QString::fromUtf8(secret)));
        write(dir.filePath(QStringLiteral("form.log")),
            "s=" + QUrl::toPercentEncoding(QString::fromUtf8(secret), " ").replace(' ', '+'));
        write(dir.filePath(QStringLiteral("clean.txt")), "nothing to see");
        const QList<SecretHit> hits = findSecretInTree(dir.path(), secret);
        QSet<QString> encodings;
        QSet<QString> files;
        for (const SecretHit &h : hits) {
            encodings.insert(h.encoding);
            files.insert(QFileInfo(h.file).fileName());
        }
        QCOMPARE(encodings,
            QSet<QString>(
                { QStringLiteral("raw"), QStringLiteral("base64"), QStringLiteral("base64url"),
                    QStringLiteral("hex"), QStringLiteral("HEX"), QStringLiteral("url") }));
        QVERIFY(!files.contains(QStringLiteral("clean.txt")));
        QCOMPARE(files.size(), 7);
        QVERIFY(findSecretInTree(dir.path(), "absent-value").isEmpty());
    }

    void noSecretInAnyPlainFile()
    {
        QTemporaryDir root;
        const QString profile = root.filePath(QStringLiteral("config/opconsole"));
        const QByteArray apiSecret = "aP1-s3cret-9f8e7d6c5b4a3928";
        const QByteArray customToken = "tok_live_4c9a1f0e22d84b7f";
        const QByteArray keyPassphrase = "client-cert-pass-77";

        // Key material made by the openssl CLI, outside the searched folder.
        QTemporaryDir material;
        QProcess p;
        p.setWorkingDirectory(material.path());
        p.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-keyout"),
                QStringLiteral("k.pem"), QStringLiteral("-out"), QStringLiteral("c.pem"),
                QStringLiteral("-subj"), QStringLiteral("/CN=app-1"), QStringLiteral("-days"),
                QStringLiteral("30"), QStringLiteral("-passout"),
                QStringLiteral("pass:") + QString::fromLatin1(keyPassphrase) });
        QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);
        QFile kf(material.filePath(QStringLiteral("k.pem")));
        QFile cf(material.filePath(QStringLiteral("c.pem")));
        QVERIFY(kf.open(QIODevice::ReadOnly) && cf.open(QIODevice::ReadOnly));
        const QByteArray encryptedKey = kf.readAll();
        const QByteArray cert = cf.readAll();

        EncryptedFileVault::Options o;
        o.scryptLog2N = 10;
        EncryptedFileVault vault(profile + QStringLiteral("/vault.opcv"), o);
        QVERIFY(vault.create(QStringLiteral("vault pass")).ok());
        QVERIFY(vault.put(QStringLiteral("app1.apiSecret"), QStringLiteral("api-secret"), apiSecret)
                    .ok());
        QVERIFY(vault.put(QStringLiteral("app1.token"), QStringLiteral("token"), customToken).ok());
        CertificateStore certs(&vault, profile + QStringLiteral("/certificates.json"));
        const Result<CertificateInfo> imported
            = certs.importPem(cert, encryptedKey, QString::fromLatin1(keyPassphrase));
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QVERIFY(certs.bind(QStringLiteral("app-1"), imported->id).ok());
        // What the stored key really is (unencrypted PKCS#8), to search for it.
        const Result<ClientIdentity> identity
            = certs.identityFor(QStringLiteral("app-1"), QStringLiteral("h"));
        QVERIFY(identity.ok());
        const QByteArray keyDer = identity->key.toDer();
        const QByteArray keyPem = identity->key.toPem();
        QVERIFY(keyDer.size() > 60);
        vault.lock();

        const QList<QByteArray> secrets { apiSecret, customToken, keyPassphrase, keyDer,
            keyDer.mid(30, 24), keyPem, QByteArray("PRIVATE KEY") };
        for (const QByteArray &s : secrets) {
            const QList<SecretHit> hits = findSecretInTree(root.path(), s);
            QVERIFY2(hits.isEmpty(),
                qPrintable(
                    hits.isEmpty() ? QString() : hits.first().file + u' ' + hits.first().encoding));
        }
        // And the scanner agrees about every file.
        QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        SecretScanner scanner;
        for (const QByteArray &s : secrets) {
            scanner.addKnownSecret(s);
        }
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(scanner.scan(f.readAll()).isEmpty());
            ++files;
        }
        QCOMPARE(files, 2); // the vault and the certificate index

        // Control: the same search does find a secret written in plain text.
        write(profile + QStringLiteral("/leak.ini"),
            "[auth]\ntoken=" + QUrl::toPercentEncoding(QString::fromLatin1(customToken)) + "\n");
        write(profile + QStringLiteral("/key.txt"), keyDer.toBase64());
        QCOMPARE(findSecretInTree(root.path(), customToken).size(), 1);
        QCOMPARE(findSecretInTree(root.path(), keyDer).size(), 1);
        QVERIFY(!scanner.scan(QByteArray(QByteArray("token=") + customToken)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
