// A native collection exported with `opconsole-cli export --format postman`
// runs unchanged in newman (Postman's runner, from npm) against an opsandbox
// this test starts on 127.0.0.1. newman trusts the simulator's CA through
// --ssl-extra-ca-certs; the base URL and API key come in as environment
// variables, so the exported file holds no address and no key.
//
// newman is installed once with npm into the build folder (newman/) and
// reused; OPC_NEWMAN may name one instead. The test is skipped only when
// npm is not installed.

#include "../sandbox/sandboxprocess.h"
#include "collections/collectionstore.h"
#include "newman.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

// The public static token of the overview page (not a secret).
const QString kStaticToken = u"6c18c234b1b18b1d97c7043e2e41135c293d0da9"_s;

CollectionRequest request(const QString &name, const QString &method, const QString &url,
    QList<KeyValue> headers, const QByteArray &body = {}, QList<KeyValue> query = {})
{
    CollectionRequest r;
    r.name = name;
    r.spec.method = method;
    r.spec.url = url;
    r.spec.headers = std::move(headers);
    r.spec.query = std::move(query);
    r.spec.body = body;
    return r;
}

} // namespace

class TestNewman : public QObject
{
    Q_OBJECT

    QString m_newman;

private Q_SLOTS:
    void initTestCase();
    void exportedCollectionRunsInNewman();
};

void TestNewman::initTestCase()
{
    const Newman newman = findOrInstallNewman();
    if (newman.noNpm) {
        QSKIP(qPrintable(newman.error));
    }
    QVERIFY2(!newman.path.isEmpty(), qPrintable(newman.error));
    m_newman = newman.path;
}

void TestNewman::exportedCollectionRunsInNewman()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    const QJsonArray apps
        = sandbox.curl({ sandbox.adminUrl(u"/apps"_s) }).json().value("apps"_L1).toArray();
    QVERIFY(!apps.isEmpty());
    const QString apiKey = apps.first().toObject().value("apiKey"_L1).toString();
    QVERIFY(!apiKey.isEmpty());

    // A native collection as the console saves it.
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(u"collection"_s);
    Collection c;
    c.name = u"Newman run"_s;
    c.variables = { { u"baseUrl"_s, u"https://sandbox.apis.op.fi"_s, true },
        { u"apiKey"_s, QString(), true }, { u"staticToken"_s, kStaticToken, true } };
    const QList<KeyValue> key { { u"x-api-key"_s, u"{{apiKey}}"_s, true } };
    const QList<KeyValue> keyAndToken { { u"x-api-key"_s, u"{{apiKey}}"_s, true },
        { u"x-authorization"_s, u"{{staticToken}}"_s, true } };
    const QList<int> accounts = c.addFolder({}, u"Accounts"_s)->folderPath;
    c.addRequest(accounts,
        request(u"List accounts"_s, u"GET"_s, u"{{baseUrl}}/accounts/v3/accounts"_s, keyAndToken));
    c.addRequest(accounts,
        request(u"Unknown account"_s, u"GET"_s, u"{{baseUrl}}/accounts/v3/accounts/unknown-id"_s,
            keyAndToken));
    c.addRequest(accounts,
        request(u"Missing token"_s, u"GET"_s, u"{{baseUrl}}/accounts/v3/accounts"_s, key));
    c.addRequest(accounts,
        request(u"Maintenance"_s, u"GET"_s, u"{{baseUrl}}/accounts/v3/accounts"_s,
            keyAndToken + QList<KeyValue> { { u"x-sandbox-scenario"_s, u"Maintenance"_s, true } }));
    const QList<int> branches = c.addFolder({}, u"Branches"_s)->folderPath;
    c.addRequest(branches,
        request(u"Find branches"_s, u"GET"_s, u"{{baseUrl}}/branches/v1/branches"_s, key, {},
            { { u"query"_s, u"Karjala"_s, true }, { u"limit"_s, u"0"_s, false } }));
    // Saved relative to the environment's base URL, as the console does by default.
    c.addRequest(branches, request(u"Relative path"_s, u"GET"_s, u"/branches/v1/branches"_s, key));
    const QByteArray echoBody = R"({"amount":"12.50","message":"Lasku 1001 – kiitos"})";
    c.addRequest({},
        request(u"Echo"_s, u"POST"_s, u"{{baseUrl}}/__echo"_s,
            { { u"Content-Type"_s, u"application/json"_s, true },
                { u"x-session-id"_s, u"newman-session"_s, true },
                { u"x-disabled"_s, u"1"_s, false } },
            echoBody, { { u"tag"_s, u"newman"_s, true } }));
    const Result<CollectionSaveReport> saved = CollectionStore().save(c, dir);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));

    // Exported by the command line, then run as it is.
    const QString exported = tmp.filePath(u"newman-run.postman_collection.json"_s);
    const CliRun exportRun = runBinary(u"opconsole-cli"_s,
        { u"export"_s, dir, u"--format"_s, u"postman"_s, u"--out"_s, exported });
    QVERIFY2(exportRun.exitCode == 0, qPrintable(exportRun.out + exportRun.err));
    QVERIFY(QFile::exists(exported));

    const QString report = tmp.filePath(u"report.json"_s);
    const CliRun newman = runProgram(m_newman,
        { u"run"_s, exported, u"--env-var"_s, u"baseUrl="_s + sandbox.url(QString()),
            u"--env-var"_s, u"apiKey="_s + apiKey, u"--ssl-extra-ca-certs"_s, sandbox.ca,
            u"--reporters"_s, u"json"_s, u"--reporter-json-export"_s, report,
            u"--timeout-request"_s, u"20000"_s },
        QProcessEnvironment::systemEnvironment(), {}, 120000);
    QVERIFY2(newman.exitCode == 0, qPrintable(newman.out + newman.err));
    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QJsonObject runInfo
        = QJsonDocument::fromJson(reportFile.readAll()).object().value("run"_L1).toObject();
    QVERIFY2(runInfo.value("failures"_L1).toArray().isEmpty(),
        QJsonDocument(runInfo.value("failures"_L1).toArray()).toJson().constData());

    QMap<QString, int> statuses;
    QJsonObject echo;
    for (const QJsonValue &v : runInfo.value("executions"_L1).toArray()) {
        const QJsonObject execution = v.toObject();
        const QString name = execution.value("item"_L1).toObject().value("name"_L1).toString();
        const QJsonObject response = execution.value("response"_L1).toObject();
        statuses.insert(name, response.value("code"_L1).toInt());
        if (name == "Echo"_L1) {
            QByteArray bytes;
            for (const QJsonValue &b :
                response.value("stream"_L1).toObject().value("data"_L1).toArray())
                bytes.append(char(b.toInt()));
            echo = QJsonDocument::fromJson(bytes).object();
        }
    }
    const QMap<QString, int> expected { { u"List accounts"_s, 200 }, { u"Unknown account"_s, 404 },
        { u"Missing token"_s, 401 }, { u"Maintenance"_s, 503 }, { u"Find branches"_s, 200 },
        { u"Relative path"_s, 200 }, { u"Echo"_s, 200 } };
    QCOMPARE(statuses, expected);

    // What the server received is what the native request says.
    QVERIFY2(!echo.isEmpty(), "the echo body is in the report");
    QCOMPARE(echo.value("method"_L1).toString(), u"POST"_s);
    QCOMPARE(echo.value("path"_L1).toString(), u"/__echo"_s);
    const QJsonObject headers = echo.value("headers"_L1).toObject();
    QCOMPARE(headers.value("x-session-id"_L1).toString(), u"newman-session"_s);
    QVERIFY2(!headers.contains("x-disabled"_L1), "a disabled header is not sent");
    QCOMPARE(headers.value("content-type"_L1).toString(), u"application/json"_s);
    QVERIFY2(echo.value("target"_L1).toString().contains(u"tag=newman"_s),
        qPrintable(echo.value("target"_L1).toString()));
    // The body arrived byte for byte (the simulator reports its SHA-256).
    const QByteArray sha = QCryptographicHash::hash(echoBody, QCryptographicHash::Sha256).toHex();
    QVERIFY2(QJsonDocument(echo).toJson().contains(sha), QJsonDocument(echo).toJson().constData());
}

QTEST_GUILESS_MAIN(TestNewman)
#include "tst_newman.moc"
