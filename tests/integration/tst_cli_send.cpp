#include "clirun.h"

#include "model/token.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliSend : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    CliRun run(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OPC_SANDBOX_DATA_DIR"_s, m_dir.filePath(u"sim"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        return runBinary(u"opconsole-cli"_s, args, env);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void versionAndHelp()
    {
        const CliRun v = run({ u"--version"_s });
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("opconsole-cli "_L1));
        const CliRun h = run({ u"--help"_s });
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("send"_L1));
        const CliRun sh = run({ u"send"_s, u"--help"_s });
        QCOMPARE(sh.exitCode, 0);
        QVERIFY(sh.out.contains("--static-token"_L1));
    }

    void localAccountsJustWork()
    {
        const CliRun r = run({ u"send"_s, u"--env"_s, u"local"_s, u"--static-token"_s, u"1"_s, u"GET"_s,
                               u"/accounts/v3/accounts"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains("HTTP 200 OK: The request has been completed successfully."_L1));
        QVERIFY(r.out.contains("Quota: 999 of 1000 left"_L1));
        QVERIFY(r.out.contains("Timings:"_L1));
        QVERIFY(r.out.contains("FI3959986920207073"_L1));
    }

    void unauthorisedIsExitOne()
    {
        const CliRun r = run({ u"send"_s, u"--env"_s, u"local"_s, u"--token"_s, u"wrong-token-value-123456"_s,
                               u"GET"_s, u"/accounts/v3/accounts"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("HTTP 401 UNAUTHORIZED"_L1));
        QVERIFY(r.out.contains("SECURITY"_L1));
        QVERIFY(!r.out.contains("wrong-token-value-123456"_L1));
    }

    void jsonOutputAndMasking()
    {
        const QString secret = u"cli-secret-value-0123456789"_s;
        const CliRun r = run({ u"send"_s, u"--env"_s, u"local"_s, u"--static-token"_s, u"2"_s, u"--json"_s,
                               u"-H"_s, u"x-note: %1"_s.arg(secret), u"--token"_s, secret, u"GET"_s, u"/__echo"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value("response"_L1).toObject().value("status"_L1).toInt(), 200);
        QCOMPARE(doc.value("exitCode"_L1).toInt(), 0);
        // The custom token wins over nothing: --token given last is masked everywhere.
        QVERIFY(!r.out.contains(secret));
        QVERIFY(doc.value("request"_L1).toObject().value("headers"_L1).toArray().size() > 0);
    }

    void secretsGivenOnTheCommandLineAreNeverPrinted()
    {
        const QString token = u"my-private-token-abcdef0123456789"_s;
        const QString secret = u"my-private-secret-abcdef0123456789"_s;
        const CliRun r = run({ u"send"_s, u"--env"_s, u"local"_s, u"--token"_s, token, u"--api-secret"_s, secret,
                               u"GET"_s, u"/__echo"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(token));
        QVERIFY(!r.err.contains(token));
        QVERIFY(!r.out.contains(secret));
        QVERIFY(r.out.contains("x-authorization"_L1)); // the echo did show the header, masked
    }

    void nothingUsableIsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("connection refused") << QStringList { u"--env"_s, u"https://127.0.0.1:1"_s, u"GET"_s, u"/x"_s }
                                            << u"connection refused"_s;
        QTest::newRow("header injection") << QStringList { u"-H"_s, u"x-a: b\r\nInjected: 1"_s, u"GET"_s, u"/__echo"_s }
                                          << u"nothing was sent"_s;
        QTest::newRow("undefined variable") << QStringList { u"GET"_s, u"/accounts/v3/{{nope}}"_s } << u"{{nope}}"_s;
        QTest::newRow("plain http remote") << QStringList { u"GET"_s, u"http://example.com/x"_s } << u"http://"_s;
        QTest::newRow("bad static token") << QStringList { u"--static-token"_s, u"9"_s, u"GET"_s, u"/x"_s } << u"1 to 4"_s;
        QTest::newRow("missing url") << QStringList { u"GET"_s } << u"METHOD and URL"_s;
    }
    void nothingUsableIsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, sentence);
        const CliRun r = run(QStringList { u"send"_s } + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(sentence), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one sentence
    }

    void mtlsProductThroughCli()
    {
        // An mTLS product: the CLI uses the simulator's mTLS listener and
        // issues the demo app a client certificate.
        const CliRun r = run({ u"send"_s, u"--env"_s, u"local"_s, u"--json"_s, u"GET"_s, u"/accounts-psd2/v1/accounts"_s });
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(!doc.value("tls"_L1).toObject().value("clientCertificate"_L1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_cli_send.moc"
