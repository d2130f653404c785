#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

CliRun cli(const QStringList &args)
{
    return runBinary(u"opconsole-cli"_s, args, QProcessEnvironment::systemEnvironment(), {}, 30000);
}

QString data(const QString &name)
{
    return QStringLiteral(OPC_TEST_DATA_DIR "/collections/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliCollections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importPostmanReportsEachItem();
    void importHttpAndCurl();
    void unreadableFileExitsTwo();
    void nothingImportedExitsOne();
    void exportRoundTripsAndRefusesSecrets();
    void exportGivesRelativePathsABaseUrl();
};

void TestCliCollections::importPostmanReportsEachItem()
{
    QTemporaryDir tmp;
    const QString to = tmp.filePath(u"op"_s);
    const CliRun r = cli({ u"import"_s, data(u"op-sandbox.postman_collection.json"_s), u"--to"_s, to });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"imported  Accounts/List accounts"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(
        u"imported  Accounts/List accounts (1 check translated into assertions; 1 variable captured)"_s));
    QVERIFY(r.out.contains(
        u"skipped   Payments/Create SEPA payment (pre-request script): scripts are not imported and never run"_s));
    QVERIFY(r.out.contains(u"skipped   Payments/Confirm payment (OAuth2) (auth)"_s));
    QVERIFY(r.out.contains(u"6 imported, 4 skipped"_s));
    QVERIFY(QFile::exists(to + u"/collection.json"_s));
    QVERIFY(QFile::exists(to + u"/accounts/list-accounts.json"_s));
    QVERIFY(QFile::exists(to + u"/payments/create-sepa-payment.json"_s));

    // A second import into the same folder does not overwrite it.
    const CliRun again = cli({ u"import"_s, data(u"op-sandbox.postman_collection.json"_s), u"--to"_s, to });
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(u"not empty"_s));
}

void TestCliCollections::importHttpAndCurl()
{
    QTemporaryDir tmp;
    CliRun r = cli({ u"import"_s, data(u"op-sandbox.http"_s), u"--to"_s, tmp.filePath(u"http"_s) });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"5 imported, 2 skipped"_s));
    r = cli({ u"import"_s, data(u"docs-curl-commands.sh"_s), u"--format"_s, u"curl"_s, u"--to"_s, tmp.filePath(u"curl"_s) });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"4 imported, 2 skipped"_s));
    // The basic credentials in the last command are kept out of the files.
    QVERIFY2(r.out.contains(u"secret    "_s), qPrintable(r.out));
    QDir dir(tmp.filePath(u"curl"_s));
    for (const QString &f : dir.entryList({ u"*.json"_s }, QDir::Files))
        QVERIFY(!readAll(dir.filePath(f)).contains(QByteArray("my-client-id:my-client-secret").toBase64()));
}

void TestCliCollections::unreadableFileExitsTwo()
{
    QTemporaryDir tmp;
    CliRun r = cli({ u"import"_s, tmp.filePath(u"missing.json"_s), u"--to"_s, tmp.filePath(u"x"_s) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QFile garbage(tmp.filePath(u"broken.postman_collection.json"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("{\"info\": {\"name\": \"cut\", \"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/");
    garbage.close();
    r = cli({ u"import"_s, garbage.fileName(), u"--format"_s, u"postman"_s, u"--to"_s, tmp.filePath(u"x"_s) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFileInfo::exists(tmp.filePath(u"x"_s)));
    r = cli({ u"import"_s, data(u"op-sandbox.http"_s), u"--format"_s, u"bruno"_s, u"--to"_s, tmp.filePath(u"x"_s) });
    QCOMPARE(r.exitCode, 2);
    r = cli({ u"import"_s, data(u"op-sandbox.http"_s) });
    QCOMPARE(r.exitCode, 2);
}

void TestCliCollections::nothingImportedExitsOne()
{
    QTemporaryDir tmp;
    QFile f(tmp.filePath(u"empty.postman_collection.json"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"json({"info": {"name": "Only a script", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
               "item": [], "event": [{"listen": "prerequest", "script": {"exec": ["pm.environment.set('t', 1)"]}}]})json");
    f.close();
    const CliRun r = cli({ u"import"_s, f.fileName(), u"--to"_s, tmp.filePath(u"x"_s) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(u"skipped   collection (pre-request script)"_s));
}

void TestCliCollections::exportRoundTripsAndRefusesSecrets()
{
    QTemporaryDir tmp;
    const QString col = tmp.filePath(u"op"_s);
    QCOMPARE(cli({ u"import"_s, data(u"op-sandbox.http"_s), u"--to"_s, col }).exitCode, 0);
    for (const QString &format : { u"postman"_s, u"http"_s, u"curl"_s }) {
        const QString out = tmp.filePath(u"out."_s + format);
        const CliRun r = cli({ u"export"_s, col, u"--format"_s, format, u"--out"_s, out });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readAll(out).contains("/accounts/v3/accounts"));
    }
    const QJsonObject postman = QJsonDocument::fromJson(readAll(tmp.filePath(u"out.postman"_s))).object();
    QVERIFY(postman.value("info"_L1).toObject().value("schema"_L1).toString().contains(u"v2.1.0"_s));
    QCOMPARE(postman.value("item"_L1).toArray().size(), 5);

    // Paste a bearer token into a saved request: export is refused, nothing written.
    const QString file = col + u"/list-accounts.json"_s;
    QJsonObject req = QJsonDocument::fromJson(readAll(file)).object();
    QJsonArray headers = req.value("headers"_L1).toArray();
    headers.append(QJsonObject { { u"name"_s, u"Authorization"_s },
                                 { u"value"_s, u"Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc"_s },
                                 { u"enabled"_s, true } });
    req.insert(u"headers"_s, headers);
    QFile w(file);
    QVERIFY(w.open(QIODevice::WriteOnly | QIODevice::Truncate));
    w.write(QJsonDocument(req).toJson());
    w.close();
    const QString leaked = tmp.filePath(u"leak.http"_s);
    CliRun r = cli({ u"export"_s, col, u"--format"_s, u"http"_s, u"--out"_s, leaked });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"bearer"_s, Qt::CaseInsensitive));
    QVERIFY(!QFile::exists(leaked));
    r = cli({ u"export"_s, col, u"--format"_s, u"http"_s, u"--out"_s, leaked, u"--replace-secrets"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!readAll(leaked).contains("9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc"));
    QVERIFY(readAll(leaked).contains("Authorization: Bearer {{secret:authorization}}"));

    QCOMPARE(cli({ u"export"_s, tmp.filePath(u"nope"_s), u"--format"_s, u"http"_s, u"--out"_s, leaked }).exitCode, 2);
}

void TestCliCollections::exportGivesRelativePathsABaseUrl()
{
    // A path relative to the environment leaves as {{baseUrl}}/path, the
    // variable's value from --base-url.
    QTemporaryDir tmp;
    QFile f(tmp.filePath(u"relative.http"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("### Branches\nGET /branches/v1/branches\n");
    f.close();
    const QString col = tmp.filePath(u"relative"_s);
    QCOMPARE(cli({ u"import"_s, f.fileName(), u"--to"_s, col }).exitCode, 0);
    const QString out = tmp.filePath(u"relative.postman_collection.json"_s);
    const CliRun r = cli({ u"export"_s, col, u"--format"_s, u"postman"_s, u"--out"_s, out, u"--base-url"_s,
                        u"https://127.0.0.1:8443"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject postman = QJsonDocument::fromJson(readAll(out)).object();
    const QJsonObject url
        = postman.value("item"_L1).toArray().at(0).toObject().value("request"_L1).toObject().value("url"_L1).toObject();
    QCOMPARE(url.value("raw"_L1).toString(), u"{{baseUrl}}/branches/v1/branches"_s);
    QCOMPARE(postman.value("variable"_L1).toArray(),
             (QJsonArray { QJsonObject { { u"key"_s, u"baseUrl"_s }, { u"value"_s, u"https://127.0.0.1:8443"_s } } }));
}

QTEST_GUILESS_MAIN(TestCliCollections)
#include "tst_cli_collections.moc"
