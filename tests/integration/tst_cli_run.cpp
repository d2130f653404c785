// `opconsole-cli run` end to end: the real binary runs a native collection
// folder against the embedded simulator it starts on loopback, and writes
// its reports.
#include "clirun.h"
#include "collections/collection.h"
#include "collections/collectionstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;

namespace {

CollectionRequest request(
    const QString &name, const QString &method, const QString &url, const QByteArray &body = {})
{
    CollectionRequest r;
    r.name = name;
    r.spec.method = method;
    r.spec.url = url;
    r.spec.body = body;
    if (!body.isEmpty()) {
        r.spec.headers.append({ u"Content-Type"_s, u"application/json"_s, true });
    }
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aCollectionWithCapturesRunsGreen();
    void aFailedAssertionExitsOneWithAJUnitFailure();
    void cannotRunExitsTwo();
    void aStoredApplicationRunsTheCollection();

private:
    QString saveCollection(bool failing);
    CliRun cli(const QStringList &args, const QString &passphrase = {});

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliRun::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliRun TestCliRun::cli(const QStringList &args, const QString &passphrase)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OPC_DATA_DIR"_s, QDir(m_dir->path()).filePath(u"data"_s));
    env.insert(u"XDG_DATA_HOME"_s, QDir(m_dir->path()).filePath(u"xdg-data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, QDir(m_dir->path()).filePath(u"xdg-config"_s));
    env.remove(u"OPCONSOLE_VAULT_PASSPHRASE"_s);
    env.remove(u"OPC_VAULT_PASSPHRASE"_s);
    if (!passphrase.isEmpty()) {
        env.insert(u"OPCONSOLE_VAULT_PASSPHRASE"_s, passphrase);
    }
    return runBinary(u"opconsole-cli"_s, args, env);
}

QString TestCliRun::saveCollection(bool failing)
{
    Collection c;
    c.name = u"Payment flow"_s;
    CollectionRequest initiate = request(u"Initiate"_s, u"POST"_s, u"/v1/payments/initiate"_s,
        R"({"amount":5,"subject":"Lounaslasku","currency":"EUR",)"
        R"("payerIban":"FI3959986920207073","receiverBic":"OKOYFIHH",)"
        R"("receiverIban":"FI4859986920215738","receiverName":"Pekka Lahtinen"})");
    initiate.assertions = { Assertion::of(Assertion::Kind::StatusEquals, {}, u"200"_s),
        Assertion::of(Assertion::Kind::NoErrors, {}, u"no-warn"_s) };
    Capture id;
    id.variable = u"paymentId"_s;
    id.expression = u"/paymentId"_s;
    initiate.captures = { id };
    CollectionRequest confirm = request(
        u"Confirm"_s, u"POST"_s, u"/v1/payments/confirm"_s, R"({"paymentId":"{{paymentId}}"})");
    confirm.assertions = { Assertion::of(Assertion::Kind::JsonEquals, u"/status"_s,
        failing ? u"\"REJECTED\""_s : u"\"CONFIRMED\""_s) };
    CollectionRequest fetch = request(u"Fetch"_s, u"GET"_s, u"/v1/payments/{{paymentId}}"_s);
    fetch.assertions
        = { Assertion::of(Assertion::Kind::JsonEquals, u"/status"_s, u"\"CONFIRMED\""_s) };
    const auto folder = c.addFolder({}, u"Payments"_s);
    if (!folder) {
        return {};
    }
    for (const CollectionRequest &r : { initiate, confirm, fetch }) {
        if (!c.addRequest(folder->folderPath, r)) {
            return {};
        }
    }
    const QString dir = QDir(m_dir->path()).filePath(failing ? u"failing"_s : u"passing"_s);
    const auto saved = CollectionStore().save(c, dir);
    return saved ? dir : QString();
}

void TestCliRun::aCollectionWithCapturesRunsGreen()
{
    const QString collection = saveCollection(false);
    QVERIFY(!collection.isEmpty());
    const QString out = QDir(m_dir->path()).filePath(u"reports"_s);
    const CliRun r = cli({ u"run"_s, collection, u"--static-token"_s, u"1"_s, u"--reporter"_s,
        u"cli,junit,json,html"_s, u"--out"_s, out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.endsWith(u"3 passed, 0 failed\n"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"PASS  Payments/Confirm  200"_s));

    const QByteArray junit = readAll(QDir(out).filePath(u"report.junit.xml"_s));
    QVERIFY(junit.contains(R"(tests="3" failures="0")"));
    const QJsonObject json
        = QJsonDocument::fromJson(readAll(QDir(out).filePath(u"report.json"_s))).object();
    QCOMPARE(json.value("passed"_L1).toInt(), 3);
    QCOMPARE(json.value("results"_L1).toArray().size(), 3);
    QVERIFY(readAll(QDir(out).filePath(u"report.html"_s)).contains("<svg"));
    // The static token (public) may appear nowhere as a credential header value either.
    for (const QByteArray &report : { junit, readAll(QDir(out).filePath(u"report.json"_s)) }) {
        QVERIFY(!report.contains("6c18c234b1b18b1d97c7043e2e41135c293d0da9"));
    }
}

void TestCliRun::aFailedAssertionExitsOneWithAJUnitFailure()
{
    const QString collection = saveCollection(true);
    QVERIFY(!collection.isEmpty());
    const QString out = QDir(m_dir->path()).filePath(u"reports"_s);
    const CliRun r = cli({ u"run"_s, collection, u"--static-token"_s, u"1"_s, u"--reporter"_s,
        u"cli,junit"_s, u"--out"_s, out });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.endsWith(u"2 passed, 1 failed\n"_s), qPrintable(r.out));
    const QByteArray junit = readAll(QDir(out).filePath(u"report.junit.xml"_s));
    QVERIFY2(
        junit.contains(
            R"(<failure message="/status equals &quot;REJECTED&quot;: got &quot;CONFIRMED&quot;")"),
        junit.constData());

    // --bail stops there and reports the rest as skipped.
    const CliRun bailed = cli({ u"run"_s, collection, u"--static-token"_s, u"1"_s, u"--bail"_s });
    QCOMPARE(bailed.exitCode, 1);
    QVERIFY2(bailed.out.endsWith(u"1 passed, 1 failed, 1 skipped\n"_s), qPrintable(bailed.out));
}

void TestCliRun::cannotRunExitsTwo()
{
    CliRun r = cli({ u"run"_s, QDir(m_dir->path()).filePath(u"nothing-here"_s) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    const QString collection = saveCollection(false);
    r = cli({ u"run"_s, collection, u"--reporter"_s, u"xml"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"unknown reporter"_s));
    r = cli({ u"run"_s, collection, u"--folder"_s, u"Nope"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"no folder \"Nope\""_s));
    r = cli({ u"run"_s, collection, u"--app"_s, u"Nobody"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"no application named"_s));
}

void TestCliRun::aStoredApplicationRunsTheCollection()
{
    // A local application of one's own: its key and secret from the vault,
    // HMAC for the payments, its own quota.
    const QString passphrase = u"cli run passphrase"_s;
    CliRun r = cli({ u"app"_s, u"add"_s, u"Runner app"_s, u"--env"_s, u"local"_s, u"--register"_s, u"--product"_s,
                     u"payments-v1"_s },
                   passphrase);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString collection = saveCollection(false);
    QVERIFY(!collection.isEmpty());
    r = cli({ u"run"_s, collection, u"--app"_s, u"Runner app"_s, u"--static-token"_s, u"1"_s }, passphrase);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.endsWith(u"3 passed, 0 failed\n"_s), qPrintable(r.out));
    // Without the vault's passphrase the application cannot act.
    r = cli({ u"run"_s, collection, u"--app"_s, u"Runner app"_s, u"--static-token"_s, u"1"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"OPCONSOLE_VAULT_PASSPHRASE"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
