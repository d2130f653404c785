// One Postman v2.1 collection with pm.test checks, some failing on purpose,
// run by newman and by `opconsole-cli run` against an opsandbox this test
// starts on 127.0.0.1: the importer's translation of the checks must give
// the same verdicts newman gives, request by request.
//
// newman is installed once with npm into the build folder (newman/), as
// tst_newman does, and reused; OPC_NEWMAN may name one instead. The test is
// skipped only when npm is not installed.

#include "../sandbox/sandboxprocess.h"
#include "clirun.h"

#include <QJsonArray>
#include <QMap>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// The public static token of the overview page (not a secret).
const QString kStaticToken = u"6c18c234b1b18b1d97c7043e2e41135c293d0da9"_s;

CliRun runProgram(const QString &program, const QStringList &args, int timeoutMs,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    CliRun r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = u"timed out"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject item(const QString &name, const QString &method, const QString &path,
    const QJsonArray &headers, const QStringList &tests, const QString &body = {})
{
    QJsonObject request { { u"method"_s, method }, { u"header"_s, headers },
        { u"url"_s, QString(u"{{baseUrl}}"_s + path) } };
    if (!body.isEmpty()) {
        request.insert(u"body"_s,
            QJsonObject { { u"mode"_s, u"raw"_s }, { u"raw"_s, body },
                { u"options"_s,
                    QJsonObject { { u"raw"_s, QJsonObject { { u"language"_s, u"json"_s } } } } } });
    }
    const QJsonObject script { { u"type"_s, u"text/javascript"_s },
        { u"exec"_s, QJsonArray::fromStringList(tests) } };
    return QJsonObject { { u"name"_s, name }, { u"request"_s, request },
        { u"event"_s,
            QJsonArray { QJsonObject { { u"listen"_s, u"test"_s }, { u"script"_s, script } } } } };
}

QJsonObject header(const QString &key, const QString &value)
{
    return QJsonObject { { u"key"_s, key }, { u"value"_s, value } };
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Per request: how many of its checks passed and how many failed.
using Verdicts = QMap<QString, QPair<int, int>>;

QString show(const Verdicts &v)
{
    QStringList out;
    for (auto it = v.begin(); it != v.end(); ++it)
        out.append(u"%1: %2 passed, %3 failed"_s.arg(it.key()).arg(it->first).arg(it->second));
    return out.join(u"; "_s);
}

} // namespace

class TestNewmanRunner : public QObject
{
    Q_OBJECT

    QString m_newman;

private Q_SLOTS:
    void initTestCase();
    void newmanAndTheRunnerAgree();
};

void TestNewmanRunner::initTestCase()
{
    m_newman = qEnvironmentVariable("OPC_NEWMAN");
    if (!m_newman.isEmpty()) {
        QVERIFY2(QFileInfo(m_newman).isExecutable(),
            qPrintable(u"OPC_NEWMAN=%1 is not executable"_s.arg(m_newman)));
        return;
    }
    const QString prefix = QDir(QStringLiteral(OPC_BIN_DIR)).absoluteFilePath(u"../newman"_s);
    m_newman = prefix + u"/node_modules/.bin/newman"_s;
    if (QFileInfo(m_newman).isExecutable())
        return;
    const QString npm = QStandardPaths::findExecutable(u"npm"_s);
    if (npm.isEmpty())
        QSKIP("npm is not installed, so newman cannot be installed; install nodejs and npm to run "
              "this test.");
    QVERIFY(QDir().mkpath(prefix));
    const CliRun install = runProgram(npm,
        { u"install"_s, u"--prefix"_s, prefix, u"--no-audit"_s, u"--no-fund"_s,
            u"--loglevel=error"_s, u"newman@6"_s },
        240000);
    QVERIFY2(install.exitCode == 0,
        qPrintable(
            u"npm could not install newman into %1 (install it there by hand, or set OPC_NEWMAN):\n%2%3"_s
                .arg(prefix, install.out, install.err)));
    QVERIFY2(QFileInfo(m_newman).isExecutable(), qPrintable(m_newman));
}

void TestNewmanRunner::newmanAndTheRunnerAgree()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    const QJsonArray apps
        = sandbox.curl({ sandbox.adminUrl(u"/apps"_s) }).json().value("apps"_L1).toArray();
    QVERIFY(!apps.isEmpty());
    const QString apiKey = apps.first().toObject().value("apiKey"_L1).toString();
    QVERIFY(!apiKey.isEmpty());

    // Under the build folder, removed at the end.
    QTemporaryDir tmp(
        QDir(QStringLiteral(OPC_BIN_DIR)).absoluteFilePath(u"../tst_newman_runner-XXXXXX"_s));
    QVERIFY(tmp.isValid());

    // The key comes from each runner's own option; the token is the public one.
    const QJsonArray key { header(u"x-api-key"_s, u"{{apiKey}}"_s) };
    const QJsonArray keyAndToken { header(u"x-api-key"_s, u"{{apiKey}}"_s),
        header(u"x-authorization"_s, u"{{staticToken}}"_s) };
    const QJsonArray items {
        item(u"List accounts"_s, u"GET"_s, u"/accounts/v3/accounts"_s, keyAndToken,
            { u"var jsonData = pm.response.json();"_s,
                u"pm.test(\"Status code is 200\", function () {"_s,
                u"    pm.response.to.have.status(200);"_s, u"});"_s,
                u"pm.test(\"Created\", function () {"_s, // fails: a list is not created
                u"    pm.response.to.have.status(201);"_s, u"});"_s,
                u"pm.test(\"Accounts are a list\", function () {"_s,
                u"    pm.expect(jsonData.accounts).to.be.an(\"array\");"_s, u"});"_s,
                u"pm.test(\"Euro\", () => pm.expect(jsonData.accounts[0].currency).to.eql(\"EUR\"));"_s,
                u"pm.test(\"Finnish IBAN\", function () {"_s,
                u"    pm.expect(jsonData.accounts[0].identifier).to.match(/^FI\\d{16}$/);"_s,
                u"});"_s,
                u"pm.collectionVariables.set(\"accountId\", jsonData.accounts[0].accountId);"_s }),
        item(u"One account"_s, u"GET"_s, u"/accounts/v3/accounts/{{accountId}}"_s, keyAndToken,
            { u"pm.test(\"Found\", function () {"_s,
                u"    pm.expect(pm.response.code).to.be.oneOf([200, 201]);"_s, u"});"_s,
                u"pm.test(\"Has an id\", function () {"_s,
                u"    var account = pm.response.json();"_s,
                u"    pm.expect(account.accountId).to.exist;"_s, u"});"_s,
                u"pm.test(\"In dollars\", function () {"_s, // fails: EUR
                u"    pm.expect(pm.response.json().currency).to.equal(\"USD\");"_s, u"});"_s }),
        item(u"Unknown account"_s, u"GET"_s, u"/accounts/v3/accounts/unknown-id"_s, keyAndToken,
            { u"pm.test(\"Client error\", function () { pm.response.to.be.clientError; });"_s,
                u"pm.test(\"Success\", function () { pm.response.to.be.success; });"_s }), // fails:
                                                                                           // 404
        item(u"Missing token"_s, u"GET"_s, u"/accounts/v3/accounts"_s, key,
            { u"pm.test(\"Unauthorized\", function () {"_s,
                u"    pm.expect(pm.response.code).to.eql(401);"_s, u"});"_s,
                u"pm.test(\"Has a content type\", function () {"_s,
                u"    pm.response.to.have.header(\"Content-Type\");"_s, u"});"_s }),
        item(u"Find branches"_s, u"GET"_s, u"/branches/v1/branches?query=Karjala"_s, key,
            { u"pm.test(\"Fast enough\", function () {"_s,
                u"    pm.expect(pm.response.responseTime).to.be.below(20000);"_s, u"});"_s,
                u"pm.test(\"JSON\", function () {"_s,
                u"    pm.expect(pm.response.headers.get(\"Content-Type\")).to.match(/json/i);"_s,
                u"});"_s,
                u"pm.test(\"A JSON body\", function () { pm.response.to.have.jsonBody(); });"_s }),
        item(u"Echo"_s, u"POST"_s, u"/__echo"_s,
            { header(u"Content-Type"_s, u"application/json"_s) },
            { u"const echo = pm.response.json();"_s,
                u"pm.test(\"Posted\", function () { pm.expect(echo.method).to.eql(\"POST\"); });"_s,
                u"pm.test(\"To the echo\", function () { pm.expect(echo.path).to.eql(\"/__echo\"); });"_s,
                u"pm.test(\"As a GET\", function () { pm.expect(echo.method).to.eql(\"GET\"); });"_s }, // fails
            u"{\"amount\":\"12.50\"}"_s),
    };
    const QJsonArray variables { QJsonObject { { u"key"_s, u"baseUrl"_s },
                                     { u"value"_s, u"https://sandbox.apis.op.fi"_s } },
        QJsonObject { { u"key"_s, u"apiKey"_s }, { u"value"_s, QString() } },
        QJsonObject { { u"key"_s, u"staticToken"_s }, { u"value"_s, kStaticToken } } };
    const QJsonObject collection {
        { u"info"_s,
            QJsonObject { { u"name"_s, u"Checks in both runners"_s },
                { u"schema"_s,
                    u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s } } },
        { u"item"_s, items },
        { u"variable"_s, variables },
    };
    const QString file = tmp.filePath(u"checks.postman_collection.json"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(QJsonDocument(collection).toJson()) > 0);
    }
    constexpr int kChecks = 18;
    constexpr int kFailing = 4;

    // newman: every pm.test is one assertion.
    const QString newmanReport = tmp.filePath(u"newman.json"_s);
    const CliRun newman = runProgram(m_newman,
        { u"run"_s, file, u"--env-var"_s, u"baseUrl="_s + sandbox.url(QString()), u"--env-var"_s,
            u"apiKey="_s + apiKey, u"--ssl-extra-ca-certs"_s, sandbox.ca, u"--reporters"_s,
            u"json"_s, u"--reporter-json-export"_s, newmanReport, u"--timeout-request"_s,
            u"20000"_s },
        120000);
    QVERIFY2(newman.exitCode == 1,
        qPrintable(u"exit %1\n%2%3"_s.arg(newman.exitCode).arg(newman.out, newman.err)));
    const QJsonObject run
        = QJsonDocument::fromJson(readAll(newmanReport)).object().value("run"_L1).toObject();
    const QJsonObject stats = run.value("stats"_L1).toObject().value("assertions"_L1).toObject();
    Verdicts byNewman;
    for (const QJsonValue &v : run.value("executions"_L1).toArray()) {
        const QJsonObject execution = v.toObject();
        QPair<int, int> &counts
            = byNewman[execution.value("item"_L1).toObject().value("name"_L1).toString()];
        for (const QJsonValue &a : execution.value("assertions"_L1).toArray()) {
            if (a.toObject().contains("error"_L1))
                ++counts.second;
            else
                ++counts.first;
        }
    }
    // A script error (not an assertion) would hide checks: there must be none.
    for (const QJsonValue &f : run.value("failures"_L1).toArray()) {
        const QString source
            = f.toObject().value("error"_L1).toObject().value("name"_L1).toString();
        QVERIFY2(source == "AssertionError"_L1, QJsonDocument(f.toObject()).toJson().constData());
    }

    // opconsole-cli: the same file through the importer, against the same simulator.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OPC_DATA_DIR"_s, tmp.filePath(u"data"_s));
    env.insert(u"XDG_DATA_HOME"_s, tmp.filePath(u"xdg-data"_s));
    env.remove(u"OPCONSOLE_VAULT_PASSPHRASE"_s);
    env.remove(u"OPC_VAULT_PASSPHRASE"_s);
    const QString out = tmp.filePath(u"reports"_s);
    const CliRun cli = runBinary(u"opconsole-cli"_s,
        { u"run"_s, file, u"--env"_s, sandbox.url(QString()), u"--api-key"_s, apiKey, u"--cacert"_s,
            sandbox.ca, u"--reporter"_s, u"cli,json"_s, u"--out"_s, out },
        env, {}, 120000);
    QVERIFY2(
        cli.exitCode == 1, qPrintable(u"exit %1\n%2%3"_s.arg(cli.exitCode).arg(cli.out, cli.err)));
    const QJsonObject report
        = QJsonDocument::fromJson(readAll(QDir(out).filePath(u"report.json"_s))).object();
    Verdicts byRunner;
    for (const QJsonValue &v : report.value("results"_L1).toArray()) {
        const QJsonObject result = v.toObject();
        QPair<int, int> &counts = byRunner[result.value("request"_L1).toString()];
        for (const QJsonValue &a : result.value("assertions"_L1).toArray()) {
            if (a.toObject().value("passed"_L1).toBool())
                ++counts.first;
            else
                ++counts.second;
        }
    }

    qInfo("newman: %d assertions, %d failed; opconsole-cli: %d passed, %d failed",
        stats.value("total"_L1).toInt(), stats.value("failed"_L1).toInt(),
        report.value("assertionsPassed"_L1).toInt(), report.value("assertionsFailed"_L1).toInt());
    QCOMPARE(stats.value("total"_L1).toInt(), kChecks);
    QCOMPARE(stats.value("failed"_L1).toInt(), kFailing);
    QCOMPARE(
        report.value("assertionsPassed"_L1).toInt() + report.value("assertionsFailed"_L1).toInt(),
        kChecks);
    QCOMPARE(report.value("assertionsFailed"_L1).toInt(), kFailing);
    QVERIFY2(byRunner == byNewman,
        qPrintable(u"newman: %1\nopconsole-cli: %2"_s.arg(show(byNewman), show(byRunner))));
    QCOMPARE(byRunner.size(), 6);
    // Requests with a failing check fail in both, the others pass.
    QCOMPARE(report.value("failed"_L1).toInt(), 4);
    QCOMPARE(report.value("passed"_L1).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestNewmanRunner)
#include "tst_newman_runner.moc"
