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
#include "collections/collection.h"
#include "collections/collectionexporter.h"
#include "newman.h"

#include <QJsonArray>
#include <QMap>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

// The public static token of the overview page (not a secret).
const QString kStaticToken = u"6c18c234b1b18b1d97c7043e2e41135c293d0da9"_s;

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

    /// Both runs of one file: counts and per-request verdicts.
    struct Runs
    {
        QString error;
        int newmanTotal = -1;
        int newmanFailed = -1;
        int cliPassed = -1;
        int cliFailed = -1;
        int cliRequestsPassed = -1;
        int cliRequestsFailed = -1;
        Verdicts byNewman;
        Verdicts byCli;
    };
    Runs runBoth(const QString &file, const QString &dir) const;

    QString m_newman;
    SandboxProcess m_sandbox;
    QString m_apiKey;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newmanAndTheRunnerAgree();
    void exportedAssertionsRunInNewman();
};

void TestNewmanRunner::initTestCase()
{
    const Newman newman = findOrInstallNewman();
    if (newman.noNpm) {
        QSKIP(qPrintable(newman.error));
    }
    QVERIFY2(!newman.path.isEmpty(), qPrintable(newman.error));
    m_newman = newman.path;
}

void TestNewmanRunner::init()
{
    QVERIFY(m_sandbox.start());
    const QJsonArray apps
        = m_sandbox.curl({ m_sandbox.adminUrl(u"/apps"_s) }).json().value("apps"_L1).toArray();
    QVERIFY(!apps.isEmpty());
    m_apiKey = apps.first().toObject().value("apiKey"_L1).toString();
    QVERIFY(!m_apiKey.isEmpty());
}

void TestNewmanRunner::cleanup()
{
    m_sandbox.stop();
}

void TestNewmanRunner::newmanAndTheRunnerAgree()
{
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
    const Runs runs = runBoth(file, tmp.path());
    QVERIFY2(runs.error.isEmpty(), qPrintable(runs.error));
    QCOMPARE(runs.newmanTotal, kChecks);
    QCOMPARE(runs.newmanFailed, kFailing);
    QCOMPARE(runs.cliPassed + runs.cliFailed, kChecks);
    QCOMPARE(runs.cliFailed, kFailing);
    QVERIFY2(runs.byCli == runs.byNewman,
        qPrintable(u"newman: %1\nopconsole-cli: %2"_s.arg(show(runs.byNewman), show(runs.byCli))));
    QCOMPARE(runs.byCli.size(), 6);
    // Requests with a failing check fail in both, the others pass.
    QCOMPARE(runs.cliRequestsFailed, 4);
    QCOMPARE(runs.cliRequestsPassed, 2);
}

void TestNewmanRunner::exportedAssertionsRunInNewman()
{
    // Every assertion kind as the console saves it, exported as pm.test
    // checks: newman runs the exported JavaScript, the console its own
    // assertions read back from the same file.
    using K = Assertion::Kind;
    const QList<KeyValue> key { { u"x-api-key"_s, u"{{apiKey}}"_s, true } };
    const QList<KeyValue> keyAndToken { { u"x-api-key"_s, u"{{apiKey}}"_s, true },
        { u"x-authorization"_s, u"{{staticToken}}"_s, true } };
    const auto request = [](const QString &name, const QString &url, const QList<KeyValue> &headers,
                             const QList<Assertion> &assertions) {
        CollectionRequest r;
        r.name = name;
        r.spec.method = u"GET"_s;
        r.spec.url = url;
        r.spec.headers = headers;
        r.assertions = assertions;
        return r;
    };
    Collection c;
    c.name = u"Exported checks"_s;
    c.variables = { { u"baseUrl"_s, u"https://sandbox.apis.op.fi"_s, true },
        { u"apiKey"_s, QString(), true }, { u"staticToken"_s, kStaticToken, true } };
    CollectionRequest list = request(u"List accounts"_s, u"/accounts/v3/accounts"_s, keyAndToken,
        { Assertion::of(K::StatusEquals, {}, u"200"_s),
            Assertion::of(K::StatusInRange, {}, u"200-299"_s),
            Assertion::of(K::HeaderExists, u"content-type"_s, {}),
            Assertion::of(
                K::HeaderEquals, u"Content-Type"_s, u"application/hal+json; charset=utf-8"_s),
            Assertion::of(K::HeaderMatches, u"Content-Type"_s, u"(?i)^APPLICATION/hal\\+json"_s),
            Assertion::of(K::JsonExists, u"/accounts/0/accountId"_s, {}),
            Assertion::of(K::JsonExists, {}, {}),
            Assertion::of(K::JsonEquals, u"/accounts/0/currency"_s, u"\"EUR\""_s),
            Assertion::of(K::JsonEquals, u"/accounts/0/currency"_s, u"\"USD\""_s), // fails
            Assertion::of(K::JsonMatches, u"/accounts/0/identifier"_s, u"^FI\\d{16}$"_s),
            Assertion::of(K::JsonType, u"/accounts"_s, u"array"_s),
            Assertion::of(K::JsonType, u"/accounts/0/balance"_s, u"number"_s),
            Assertion::of(K::ResponseTimeBelow, {}, u"20000"_s),
            Assertion::of(K::NoErrors, {}, u"no-warn"_s) });
    Capture id;
    id.variable = u"accountId"_s;
    id.expression = u"/accounts/0/accountId"_s;
    list.captures = { id };
    QVERIFY(c.addRequest({}, list));
    QVERIFY(c.addRequest({},
        request(u"One account"_s, u"/accounts/v3/accounts/{{accountId}}"_s, keyAndToken,
            { Assertion::of(K::JsonExists, u"/_links/self"_s, {}),
                Assertion::of(K::JsonType, u"/_links"_s, u"object"_s),
                Assertion::of(K::StatusEquals, {}, u"201"_s) }))); // fails
    QVERIFY(c.addRequest({},
        request(u"Warned"_s, u"/__test/status?code=404"_s, key,
            { Assertion::of(K::NoErrors, {}, u"warn-allowed"_s),
                Assertion::of(K::NoErrors, {}, u"no-warn"_s), // fails: a WARN
                Assertion::of(K::StatusInRange, {}, u"400-499"_s),
                Assertion::of(K::JsonType, u"/errors"_s, u"array"_s),
                Assertion::of(K::JsonEquals, u"/errors/0/level"_s, u"\"WARN\""_s) })));
    QVERIFY(c.addRequest({},
        request(u"Unknown account"_s, u"/accounts/v3/accounts/unknown-id"_s, keyAndToken,
            { Assertion::of(K::StatusEquals, {}, u"404"_s),
                Assertion::of(K::NoErrors, {}, u"warn-allowed"_s) }))); // fails: an ERROR
    QVERIFY(c.addRequest({},
        request(u"Find branches"_s, u"/branches/v1/branches?query=Karjala"_s, key,
            { Assertion::of(K::StatusEquals, {}, u"200"_s),
                Assertion::of(K::JsonExists, {}, {}) })));

    QTemporaryDir tmp(
        QDir(QStringLiteral(OPC_BIN_DIR)).absoluteFilePath(u"../tst_newman_runner-XXXXXX"_s));
    QVERIFY(tmp.isValid());
    const QString file = tmp.filePath(u"exported.postman_collection.json"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(CollectionExporter::toPostman(c)) > 0);
    }
    constexpr int kChecks = 26;
    constexpr int kFailing = 4;
    const Runs runs = runBoth(file, tmp.path());
    QVERIFY2(runs.error.isEmpty(), qPrintable(runs.error));
    QCOMPARE(runs.newmanTotal, kChecks);
    QCOMPARE(runs.newmanFailed, kFailing);
    QCOMPARE(runs.cliPassed + runs.cliFailed, kChecks);
    QCOMPARE(runs.cliFailed, kFailing);
    QVERIFY2(runs.byCli == runs.byNewman,
        qPrintable(u"newman: %1\nopconsole-cli: %2"_s.arg(show(runs.byNewman), show(runs.byCli))));
    QCOMPARE(runs.byCli.size(), 5);
    QCOMPARE(runs.cliRequestsFailed, 4);
    QCOMPARE(runs.cliRequestsPassed, 1);
}

TestNewmanRunner::Runs TestNewmanRunner::runBoth(const QString &file, const QString &dir) const
{
    Runs runs;
    // newman: every pm.test is one assertion.
    const QString newmanReport
        = QDir(dir).filePath(u"newman-%1.json"_s.arg(QFileInfo(file).baseName()));
    const CliRun newman = runProgram(m_newman,
        { u"run"_s, file, u"--env-var"_s, u"baseUrl="_s + m_sandbox.url(QString()), u"--env-var"_s,
            u"apiKey="_s + m_apiKey, u"--ssl-extra-ca-certs"_s, m_sandbox.ca, u"--reporters"_s,
            u"json"_s, u"--reporter-json-export"_s, newmanReport, u"--timeout-request"_s,
            u"20000"_s },
        QProcessEnvironment::systemEnvironment(), {}, 120000);
    if (newman.exitCode != 1) {
        runs.error
            = u"newman exited with %1 (1 expected: some checks fail)\n%2%3"_s.arg(newman.exitCode)
                  .arg(newman.out, newman.err);
        return runs;
    }
    const QJsonObject run
        = QJsonDocument::fromJson(readAll(newmanReport)).object().value("run"_L1).toObject();
    const QJsonObject stats = run.value("stats"_L1).toObject().value("assertions"_L1).toObject();
    runs.newmanTotal = stats.value("total"_L1).toInt(-1);
    runs.newmanFailed = stats.value("failed"_L1).toInt(-1);
    for (const QJsonValue &v : run.value("executions"_L1).toArray()) {
        const QJsonObject execution = v.toObject();
        QPair<int, int> &counts
            = runs.byNewman[execution.value("item"_L1).toObject().value("name"_L1).toString()];
        for (const QJsonValue &a : execution.value("assertions"_L1).toArray()) {
            if (a.toObject().contains("error"_L1))
                ++counts.second;
            else
                ++counts.first;
        }
    }
    // A script error (not a failed assertion) would hide checks: there must be none.
    for (const QJsonValue &f : run.value("failures"_L1).toArray()) {
        if (f.toObject().value("error"_L1).toObject().value("name"_L1).toString()
            != "AssertionError"_L1) {
            runs.error = u"newman failed otherwise than by an assertion:\n"_s
                + QString::fromUtf8(QJsonDocument(f.toObject()).toJson());
            return runs;
        }
    }

    // opconsole-cli: the same file through the importer, against the same simulator.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OPC_DATA_DIR"_s, QDir(dir).filePath(u"data"_s));
    env.insert(u"XDG_DATA_HOME"_s, QDir(dir).filePath(u"xdg-data"_s));
    env.remove(u"OPCONSOLE_VAULT_PASSPHRASE"_s);
    env.remove(u"OPC_VAULT_PASSPHRASE"_s);
    const QString out = QDir(dir).filePath(u"reports"_s);
    const CliRun cli = runBinary(u"opconsole-cli"_s,
        { u"run"_s, file, u"--env"_s, m_sandbox.url(QString()), u"--api-key"_s, m_apiKey,
            u"--cacert"_s, m_sandbox.ca, u"--reporter"_s, u"cli,json"_s, u"--out"_s, out },
        env, {}, 120000);
    if (cli.exitCode != 1) {
        runs.error = u"opconsole-cli exited with %1 (1 expected: some checks fail)\n%2%3"_s
                         .arg(cli.exitCode)
                         .arg(cli.out, cli.err);
        return runs;
    }
    const QJsonObject report
        = QJsonDocument::fromJson(readAll(QDir(out).filePath(u"report.json"_s))).object();
    runs.cliPassed = report.value("assertionsPassed"_L1).toInt(-1);
    runs.cliFailed = report.value("assertionsFailed"_L1).toInt(-1);
    runs.cliRequestsPassed = report.value("passed"_L1).toInt(-1);
    runs.cliRequestsFailed = report.value("failed"_L1).toInt(-1);
    for (const QJsonValue &v : report.value("results"_L1).toArray()) {
        const QJsonObject result = v.toObject();
        QPair<int, int> &counts = runs.byCli[result.value("request"_L1).toString()];
        for (const QJsonValue &a : result.value("assertions"_L1).toArray()) {
            if (a.toObject().value("passed"_L1).toBool())
                ++counts.first;
            else
                ++counts.second;
        }
    }
    qInfo("%s: newman %d assertions, %d failed; opconsole-cli %d passed, %d failed",
        qPrintable(QFileInfo(file).fileName()), runs.newmanTotal, runs.newmanFailed, runs.cliPassed,
        runs.cliFailed);
    return runs;
}

QTEST_GUILESS_MAIN(TestNewmanRunner)
#include "tst_newman_runner.moc"
