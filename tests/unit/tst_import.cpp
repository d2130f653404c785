#include "collections/collection.h"
#include "collections/collectionexporter.h"
#include "collections/collectionimporter.h"
#include "collections/collectionstore.h"
#include "collections/curlimporter.h"
#include "collections/httpfileimporter.h"
#include "collections/postmanimporter.h"
#include "net/requestbuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

QByteArray testData(const QString &name)
{
    QFile f(QStringLiteral(OPC_TEST_DATA_DIR "/collections/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const ImportItem *findItem(const ImportResult &r, const QString &path, ImportItem::Outcome outcome)
{
    for (const ImportItem &i : r.items) {
        if (i.path == path && i.outcome == outcome)
            return &i;
    }
    return nullptr;
}

QString header(const RequestSpec &s, const QString &name, bool *enabled = nullptr)
{
    for (const KeyValue &h : s.headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0) {
            if (enabled)
                *enabled = h.enabled;
            return h.value;
        }
    }
    return u"<none>"_s;
}

// A native collection using every field the formats can carry.
Collection nativeSample()
{
    Collection c;
    c.name = u"OP sandbox"_s;
    c.variables = { KeyValue { u"baseUrl"_s, u"https://sandbox.apis.op.fi"_s, true },
                    KeyValue { u"apiKey"_s, u"{{secret:app1.apiKey}}"_s, true } };
    const auto accounts = c.addFolder({}, u"Accounts"_s);
    CollectionRequest list;
    list.name = u"List accounts"_s;
    list.description = u"Lists the sandbox user's accounts."_s;
    list.spec.method = u"GET"_s;
    list.spec.url = u"{{baseUrl}}/accounts/v3/accounts"_s;
    list.spec.query = { KeyValue { u"limit"_s, u"10"_s, true }, KeyValue { u"offset"_s, u"20"_s, false } };
    list.spec.headers = { KeyValue { u"x-api-key"_s, u"{{apiKey}}"_s, true },
                          KeyValue { u"x-authorization"_s, u"b6910384440ce06f495976f96a162e2ab1bafbb4"_s, true },
                          KeyValue { u"x-session-id"_s, u"c38a-11e7-abc4"_s, false } };
    list.spec.tokenHeader = u"x-authorization"_s;
    list.spec.bearerPrefix = false;
    c.addRequest(accounts->folderPath, list);
    const auto deep = c.addFolder(accounts->folderPath, u"Transactions"_s);
    CollectionRequest tx;
    tx.name = u"Transactions in January"_s;
    tx.spec.url = u"http://127.0.0.1:8080/accounts/v3/accounts/{{accountId}}/transactions"_s;
    tx.spec.query = { KeyValue { u"fromBookingDate"_s, u"2024-01-01"_s, true } };
    tx.spec.sign = true;
    c.addRequest(deep->folderPath, tx);
    CollectionRequest pay;
    pay.name = u"Create payment"_s;
    pay.spec.method = u"POST"_s;
    pay.spec.url = u"{{baseUrl}}/paymentbutton/v1/payments"_s;
    pay.spec.headers = { KeyValue { u"Content-Type"_s, u"application/json"_s, true },
                         KeyValue { u"Authorization"_s, u"Bearer {{secret:payments.token}}"_s, true } };
    pay.spec.body = "{\n    \"amount\": \"12.50\",\n    \"message\": \"It's paid\"\n}";
    c.addRequest({}, pay);
    return c;
}

void compareTrees(const CollectionFolder &a, const CollectionFolder &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.folders.size(), b.folders.size());
    QCOMPARE(a.requests.size(), b.requests.size());
    for (qsizetype i = 0; i < a.requests.size(); ++i) {
        const CollectionRequest &x = a.requests.at(i);
        const CollectionRequest &y = b.requests.at(i);
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.description, y.description);
        QCOMPARE(x.spec.method, y.spec.method);
        QCOMPARE(x.spec.url, y.spec.url);
        QCOMPARE(x.spec.query, y.spec.query);
        QCOMPARE(x.spec.headers, y.spec.headers);
        QCOMPARE(x.spec.body, y.spec.body);
        QCOMPARE(x.spec.tokenHeader, y.spec.tokenHeader);
        QCOMPARE(x.spec.bearerPrefix, y.spec.bearerPrefix);
        QCOMPARE(x.spec.sign, y.spec.sign);
    }
    for (qsizetype i = 0; i < a.folders.size(); ++i)
        compareTrees(a.folders.at(i), b.folders.at(i));
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsFormats();
    void postmanCollectionFromOthers();
    void httpFileFromOthers();
    void curlCommandsAsDocumented();
    void openApiOperations();
    void roundTrip_data();
    void roundTrip();
    void curlExportImportsBack();
    void relativePathsExportWithBaseUrl_data();
    void relativePathsExportWithBaseUrl();
    void postmanFileRoundTripKeepsVariables();
    void exportNeverContainsASecret_data();
    void exportNeverContainsASecret();
    void hostileInputIsBounded();
    void notTheFormat();
};

void TestImport::detectsFormats()
{
    QCOMPARE(CollectionImporter::detectFormat(u"a.json"_s, testData(u"op-sandbox.postman_collection.json"_s)), u"postman"_s);
    QCOMPARE(CollectionImporter::detectFormat(u"op-sandbox.http"_s, {}), u"http"_s);
    QCOMPARE(CollectionImporter::detectFormat(u"x.rest"_s, {}), u"http"_s);
    QCOMPARE(CollectionImporter::detectFormat(u"cmds.txt"_s, "curl https://x"), u"curl"_s);
    QCOMPARE(CollectionImporter::detectFormat(u"api.json"_s, "{\"openapi\": \"3.0.3\", \"paths\": {}}"), u"openapi"_s);
    QCOMPARE(CollectionImporter::detectFormat(u"notes.txt"_s, "hello"), QString());
}

void TestImport::postmanCollectionFromOthers()
{
    const auto r = PostmanImporter().import(testData(u"op-sandbox.postman_collection.json"_s), u"file"_s);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    const Collection &c = r->collection;
    QCOMPARE(c.name, u"OP Sandbox APIs"_s);
    QCOMPARE(c.variables.size(), 4);
    QCOMPARE(c.variables.at(0), (KeyValue { u"baseUrl"_s, u"https://sandbox.apis.op.fi"_s, true }));
    QCOMPARE(c.root.folders.size(), 2);
    QCOMPARE(c.root.folders.at(0).name, u"Accounts"_s);
    QCOMPARE(c.root.folders.at(0).requests.size(), 2);
    QCOMPARE(c.root.folders.at(1).requests.size(), 3);
    QCOMPARE(c.requestCount(), 6);
    QCOMPARE(r->importedCount(), 6);

    // Collection-level apikey auth reaches requests that inherit it.
    const RequestSpec &list = c.root.folders.at(0).requests.at(0).spec;
    QCOMPARE(list.url, u"{{baseUrl}}/accounts/v3/accounts"_s);
    QCOMPARE(header(list, u"x-api-key"_s), u"{{apiKey}}"_s);
    bool enabled = true;
    QCOMPARE(header(list, u"x-session-id"_s, &enabled), u"c38a-11e7-abc4"_s);
    QVERIFY(!enabled);
    QCOMPARE(list.query, (QList<KeyValue> { { u"limit"_s, u"10"_s, true }, { u"offset"_s, u"0"_s, false } }));

    // Bearer auth becomes the Authorization header; raw JSON body kept.
    const RequestSpec &pay = c.root.folders.at(1).requests.at(0).spec;
    QCOMPARE(pay.method, u"POST"_s);
    QCOMPARE(header(pay, u"Authorization"_s), u"Bearer {{paymentsToken}}"_s);
    QCOMPARE(header(pay, u"Content-Type"_s), u"application/json"_s);
    QVERIFY(pay.body.contains("\"iban\": \"FI4950009420028730\""));

    // urlencoded body without the disabled row.
    const RequestSpec &confirm = c.root.folders.at(1).requests.at(1).spec;
    QCOMPARE(confirm.body, QByteArray("paymentId={{paymentId}}&state=confirmed"));
    QCOMPARE(header(confirm, u"Content-Type"_s), u"application/x-www-form-urlencoded"_s);
    QCOMPARE(header(confirm, u"x-api-key"_s), u"<none>"_s); // oauth2 replaced the inherited auth

    // form-data: text fields in a multipart body; the file field is reported.
    const RequestSpec &upload = c.root.folders.at(1).requests.at(2).spec;
    QVERIFY(upload.body.contains("name=\"description\"\r\n\r\nReceipt for invoice 1001"));
    QVERIFY(!upload.body.contains("receipt.pdf"));
    QVERIFY(header(upload, u"Content-Type"_s).startsWith(u"multipart/form-data; boundary="_s));

    // noauth: no api key header; URL given as a plain string.
    const RequestSpec &branches = c.root.requests.at(0).spec;
    QCOMPARE(header(branches, u"x-api-key"_s), u"<none>"_s);
    QCOMPARE(branches.url, u"https://sandbox.apis.op.fi/mobility/v1/branches"_s);
    QCOMPARE(branches.query.size(), 2);

    // Everything not imported is reported per item.
    using O = ImportItem::Outcome;
    // The test script's one check and its capture were translated.
    const ImportItem *listed = findItem(*r, u"Accounts/List accounts"_s, O::Imported);
    QVERIFY(listed);
    QVERIFY2(listed->reason.contains(u"1 check(s) translated into assertions"_s),
        qPrintable(listed->reason));
    QVERIFY(!findItem(*r, u"Accounts/List accounts (test script)"_s, O::Skipped));
    QCOMPARE(c.root.folders.at(0).requests.at(0).assertions.size(), 1);
    QCOMPARE(c.root.folders.at(0).requests.at(0).captures.size(), 1);
    QVERIFY(findItem(*r, u"Accounts/List accounts (saved responses)"_s, O::Skipped));
    QVERIFY(findItem(*r, u"Payments/Create SEPA payment (pre-request script)"_s, O::Skipped));
    const ImportItem *oauth = findItem(*r, u"Payments/Confirm payment (OAuth2) (auth)"_s, O::Skipped);
    QVERIFY(oauth);
    QVERIFY(oauth->reason.contains(u"oauth2"_s));
    QVERIFY(findItem(*r, u"Payments/Upload attachment (form-data file field file)"_s, O::Skipped));
    QCOMPARE(r->skippedCount(), 4); // the empty collection-level script is not a script
}

void TestImport::httpFileFromOthers()
{
    const auto r = HttpFileImporter().import(testData(u"op-sandbox.http"_s), u"op-sandbox"_s);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    const Collection &c = r->collection;
    QCOMPARE(c.variables.size(), 3);
    QCOMPARE(c.variables.at(1), (KeyValue { u"apiKey"_s, u"{{$dotenv OP_API_KEY}}"_s, true }));
    QCOMPARE(c.requestCount(), 5);
    const QList<CollectionRequest> &rs = c.root.requests;
    QCOMPARE(rs.at(0).name, u"List accounts"_s);
    QCOMPARE(rs.at(0).spec.url, u"{{baseUrl}}/accounts/v3/accounts"_s);
    QCOMPARE(rs.at(0).spec.headers.size(), 3);
    QCOMPARE(header(rs.at(0).spec, u"Accept"_s), u"application/json"_s);
    QCOMPARE(rs.at(1).name, u"transactions"_s); // "# @name" wins over the ### title
    QCOMPARE(rs.at(1).spec.query, (QList<KeyValue> { { u"fromBookingDate"_s, u"2024-01-01"_s, true },
                                                     { u"toBookingDate"_s, u"2024-01-31"_s, true } }));
    QCOMPARE(rs.at(2).spec.method, u"POST"_s);
    QCOMPARE(rs.at(2).name, u"POST {{baseUrl}}/paymentbutton/v1/payments"_s);
    QCOMPARE(rs.at(2).spec.body, QByteArray("{\n    \"amount\": \"12.50\",\n    \"currency\": \"EUR\",\n    \"message\": \"Invoice 1001\"\n}"));
    QVERIFY(rs.at(3).spec.body.isEmpty());
    QCOMPARE(rs.at(4).spec.method, u"GET"_s);
    QCOMPARE(rs.at(4).spec.url, u"https://sandbox.apis.op.fi/mobility/v1/branches"_s);
    QCOMPARE(r->skippedCount(), 2);
    bool handler = false;
    bool fileBody = false;
    for (const ImportItem &i : r->items) {
        handler |= !i.imported() && i.reason.contains(u"response handler"_s);
        fileBody |= !i.imported() && i.reason.contains(u"from a file"_s) && i.path.startsWith(u"Upload a signed payload"_s);
    }
    QVERIFY(handler);
    QVERIFY(fileBody);
}

void TestImport::curlCommandsAsDocumented()
{
    const auto r = CurlImporter().import(testData(u"docs-curl-commands.sh"_s), u"docs"_s);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    const QList<CollectionRequest> &rs = r->collection.root.requests;
    QCOMPARE(rs.size(), 4);
    QCOMPARE(rs.at(0).spec.method, u"GET"_s);
    QCOMPARE(rs.at(0).spec.url, u"https://sandbox.apis.op.fi/accounts/v3/accounts"_s);
    QCOMPARE(rs.at(0).spec.headers.size(), 3);
    QCOMPARE(header(rs.at(0).spec, u"Accept"_s), u"application/json"_s);

    QCOMPARE(rs.at(1).spec.method, u"POST"_s);
    QCOMPARE(rs.at(1).spec.url, u"https://sandbox.apis.op.fi/paymentbutton/v1/payments"_s);
    QCOMPARE(rs.at(1).spec.body, QByteArray("{\"amount\":\"12.50\",\"currency\":\"EUR\",\"message\":\"It's paid\"}"));
    QCOMPARE(header(rs.at(1).spec, u"x-api-key"_s), u"$OP_API_KEY"_s); // never expanded
    QCOMPARE(header(rs.at(1).spec, u"Content-Type"_s), u"application/json"_s);

    QCOMPARE(rs.at(2).spec.method, u"GET"_s); // -G moves -d into the query
    QVERIFY(rs.at(2).spec.body.isEmpty());
    QCOMPARE(rs.at(2).spec.query, (QList<KeyValue> { { u"lat"_s, u"60.17"_s, true },
                                                     { u"name"_s, u"Helsinki%20keskusta"_s, true } }));

    QCOMPARE(rs.at(3).spec.method, u"POST"_s);
    QCOMPARE(header(rs.at(3).spec, u"Authorization"_s),
             u"Basic "_s + QString::fromLatin1(QByteArray("my-client-id:my-client-secret").toBase64()));
    QCOMPARE(rs.at(3).spec.body, QByteArray("grant_type=client_credentials&scope=accounts"));
    int certSkips = 0;
    for (const ImportItem &i : r->items)
        certSkips += !i.imported() && i.reason.contains(u"certificate store"_s) ? 1 : 0;
    QCOMPARE(certSkips, 2);

    // Quoting forms one at a time.
    const auto words = CurlImporter::tokenize(u"curl -H \"A: \\\"q\\\"\" $'x\\ty' 'a'\\''b' \\\n  -XPUT"_s);
    QCOMPARE(words.size(), 1);
    QCOMPARE(words.first(), (QStringList { u"curl"_s, u"-H"_s, u"A: \"q\""_s, u"x\ty"_s, u"a'b"_s, u"-XPUT"_s }));
}

void TestImport::openApiOperations()
{
    const auto r = CollectionImporter::create(u"openapi"_s)->import(testData(u"op-accounts.openapi.json"_s), u"x"_s);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    const Collection &c = r->collection;
    QCOMPARE(c.name, u"OP Accounts"_s);
    QCOMPARE(c.variables.first(), (KeyValue { u"baseUrl"_s, u"https://sandbox.apis.op.fi/accounts/v3"_s, true }));
    QCOMPARE(c.requestCount(), 3);
    QCOMPARE(c.root.folders.size(), 2);
    const QList<CollectionRequest> &accounts = c.root.folders.at(0).requests;
    QCOMPARE(accounts.at(0).name, u"List accounts"_s);
    QCOMPARE(accounts.at(0).spec.url, u"{{baseUrl}}/accounts"_s);
    QCOMPARE(header(accounts.at(0).spec, u"x-api-key"_s), u"{{apiKey}}"_s);        // path-level parameter
    QCOMPARE(header(accounts.at(0).spec, u"x-authorization"_s), u"{{staticToken}}"_s); // $ref parameter
    QCOMPARE(accounts.at(0).spec.query, (QList<KeyValue> { { u"limit"_s, u"10"_s, false } }));
    QCOMPARE(accounts.at(1).name, u"listTransactions"_s);
    QCOMPARE(accounts.at(1).spec.url, u"{{baseUrl}}/accounts/ShVoM0ItZ8/transactions"_s);
    const RequestSpec &pay = c.root.folders.at(1).requests.at(0).spec;
    QCOMPARE(pay.method, u"POST"_s);
    QCOMPARE(QJsonDocument::fromJson(pay.body).object().value("amount"_L1).toString(), u"12.50"_s);
    QCOMPARE(header(pay, u"Content-Type"_s), u"application/json"_s);
}

void TestImport::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("postman") << u"postman"_s;
    QTest::newRow("http") << u"http"_s;
}

void TestImport::roundTrip()
{
    // native on disk -> format -> native on disk keeps every supported field
    QFETCH(QString, format);
    QTemporaryDir first;
    QTemporaryDir second;
    Collection original = nativeSample();
    QVERIFY(CollectionStore().save(original, first.path()).ok());
    const auto loaded = CollectionStore().load(first.path());
    QVERIFY(loaded.ok());
    const auto exported = CollectionExporter().exportCollection(loaded->collection, format);
    QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
    const auto imported = CollectionImporter::create(format)->import(*exported, u"OP sandbox"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->skippedCount(), 0);
    Collection back = imported->collection;
    QVERIFY(CollectionStore().save(back, second.path()).ok());
    const auto reloaded = CollectionStore().load(second.path());
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->collection.name, original.name);
    QCOMPARE(reloaded->collection.variables, original.variables);
    compareTrees(reloaded->collection.root, original.root);
    if (QTest::currentTestFailed())
        qInfo().noquote() << *exported;
}

void TestImport::curlExportImportsBack()
{
    const Collection c = nativeSample();
    const auto exported = CollectionExporter().exportCollection(c, u"curl"_s);
    QVERIFY(exported.ok());
    const auto back = CurlImporter().import(*exported, u"x"_s);
    QVERIFY(back.ok());
    QCOMPARE(back->collection.requestCount(), 3);
    // Requests come out depth first, subfolders before a folder's own requests:
    // Accounts/Transactions/..., Accounts/List accounts, then the root's.
    const RequestSpec &pay = back->collection.root.requests.at(2).spec;
    QCOMPARE(pay.method, u"POST"_s);
    QCOMPARE(pay.body, c.root.requests.at(0).spec.body);
    QCOMPARE(header(pay, u"Authorization"_s), u"Bearer {{secret:payments.token}}"_s);
    const RequestSpec &list = back->collection.root.requests.at(1).spec;
    QCOMPARE(list.query, (QList<KeyValue> { { u"limit"_s, u"10"_s, true } })); // disabled rows are not sent
    QCOMPARE(header(list, u"x-session-id"_s), u"<none>"_s);
}

void TestImport::relativePathsExportWithBaseUrl_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("ownBaseUrl"); ///< the collection's baseUrl variable; null: none
    QTest::addColumn<QString>("exporterBaseUrl");
    QTest::addColumn<QString>("expected"); ///< the exported baseUrl variable
    for (const QString &format : { u"postman"_s, u"http"_s }) {
        QTest::addRow("%s, environment's base URL", qPrintable(format))
            << format << QString() << u"https://127.0.0.1:8443/"_s << u"https://127.0.0.1:8443"_s;
        QTest::addRow("%s, collection's own baseUrl", qPrintable(format))
            << format << u"https://sandbox.apis.op.fi"_s << u"https://127.0.0.1:8443"_s
            << u"https://sandbox.apis.op.fi"_s;
        QTest::addRow("%s, no base URL known", qPrintable(format))
            << format << QString() << QString() << QString();
    }
}

void TestImport::relativePathsExportWithBaseUrl()
{
    // The console keeps paths relative to the environment; a Postman or
    // .http runner needs a host, so they leave as {{baseUrl}}/path.
    QFETCH(QString, format);
    QFETCH(QString, ownBaseUrl);
    QFETCH(QString, exporterBaseUrl);
    QFETCH(QString, expected);
    Collection c;
    c.name = u"Relative"_s;
    if (!ownBaseUrl.isNull())
        c.variables.append(KeyValue { u"baseUrl"_s, ownBaseUrl, true });
    c.variables.append(KeyValue { u"accountId"_s, u"abc123"_s, true });
    CollectionRequest list;
    list.name = u"List accounts"_s;
    list.spec.url = u"/accounts/v3/accounts"_s;
    list.spec.query = { KeyValue { u"limit"_s, u"10"_s, true } };
    c.addRequest({}, list);
    CollectionRequest one;
    one.name = u"One account"_s;
    one.spec.url = u"accounts/v3/accounts/{{accountId}}"_s;
    c.addRequest({}, one);
    CollectionRequest absolute;
    absolute.name = u"Absolute"_s;
    absolute.spec.url = u"https://127.0.0.1:9443/branches/v1/branches"_s;
    c.addRequest({}, absolute);

    CollectionExporter exporter;
    exporter.setBaseUrl(exporterBaseUrl);
    const auto exported = exporter.exportCollection(c, format);
    QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
    if (format == "postman"_L1) {
        const QJsonObject root = QJsonDocument::fromJson(*exported).object();
        const QJsonArray items = root.value("item"_L1).toArray();
        const QJsonObject url
            = items.at(0).toObject().value("request"_L1).toObject().value("url"_L1).toObject();
        QCOMPARE(url.value("raw"_L1).toString(), u"{{baseUrl}}/accounts/v3/accounts?limit=10"_s);
        QCOMPARE(url.value("host"_L1).toArray(), (QJsonArray { u"{{baseUrl}}"_s }));
        QCOMPARE(
            url.value("path"_L1).toArray(), (QJsonArray { u"accounts"_s, u"v3"_s, u"accounts"_s }));
        const QJsonObject second
            = items.at(1).toObject().value("request"_L1).toObject().value("url"_L1).toObject();
        QCOMPARE(
            second.value("raw"_L1).toString(), u"{{baseUrl}}/accounts/v3/accounts/{{accountId}}"_s);
        const QJsonObject third
            = items.at(2).toObject().value("request"_L1).toObject().value("url"_L1).toObject();
        QCOMPARE(
            third.value("raw"_L1).toString(), u"https://127.0.0.1:9443/branches/v1/branches"_s);
        QStringList baseUrls;
        for (const QJsonValue &v : root.value("variable"_L1).toArray()) {
            if (v.toObject().value("key"_L1).toString() == "baseUrl"_L1)
                baseUrls.append(v.toObject().value("value"_L1).toString());
        }
        QCOMPARE(baseUrls, QStringList { expected });
    } else {
        const QString text = QString::fromUtf8(*exported);
        QVERIFY2(text.startsWith(u"@"_s), qPrintable(text));
        QCOMPARE(text.count(u"@baseUrl ="_s), 1);
        QVERIFY2(text.contains(u"@baseUrl = "_s + expected + u"\n"_s), qPrintable(text));
        QVERIFY2(
            text.contains(u"GET {{baseUrl}}/accounts/v3/accounts?limit=10\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"GET {{baseUrl}}/accounts/v3/accounts/{{accountId}}\n"_s),
            qPrintable(text));
        QVERIFY2(text.contains(u"GET https://127.0.0.1:9443/branches/v1/branches\n"_s),
            qPrintable(text));
    }

    // Imported back, the requests carry the variable and the collection defines it.
    const auto back = CollectionImporter::create(format)->import(*exported, u"Relative"_s);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back->collection.root.requests.at(0).spec.url, u"{{baseUrl}}/accounts/v3/accounts"_s);
    QVERIFY(back->collection.variables.contains(KeyValue { u"baseUrl"_s, expected, true }));
    QVERIFY(back->collection.variables.contains(KeyValue { u"accountId"_s, u"abc123"_s, true }));

    // Without a baseUrl of its own the collection sends where it did before.
    if (ownBaseUrl.isNull()) {
        RequestContext ctx;
        ctx.environment = Environment::localSimulator(u"https://127.0.0.1:8443"_s, {});
        for (qsizetype i = 0; i < c.root.requests.size(); ++i) {
            ctx.collectionVariables = c.variables;
            const auto before = RequestBuilder::resolveUrl(c.root.requests.at(i).spec, ctx);
            ctx.collectionVariables = back->collection.variables;
            const auto after
                = RequestBuilder::resolveUrl(back->collection.root.requests.at(i).spec, ctx);
            QVERIFY2(before.ok() && after.ok(),
                qPrintable(before.errorMessage() + after.errorMessage()));
            QCOMPARE(after->toString(), before->toString());
        }
    }
}

void TestImport::postmanFileRoundTripKeepsVariables()
{
    // A collection as Postman exports it: import, export, import again.
    const auto first
        = PostmanImporter().import(testData(u"op-sandbox.postman_collection.json"_s), u"file"_s);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QTemporaryDir dir;
    Collection stored = first->collection;
    QVERIFY(CollectionStore().save(stored, dir.path()).ok());
    const auto loaded = CollectionStore().load(dir.path());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->collection.variables, first->collection.variables);
    const auto exported = CollectionExporter().exportCollection(loaded->collection, u"postman"_s);
    QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
    QStringList keys;
    for (const QJsonValue &v :
        QJsonDocument::fromJson(*exported).object().value("variable"_L1).toArray())
        keys.append(v.toObject().value("key"_L1).toString());
    QCOMPARE(keys, (QStringList { u"baseUrl"_s, u"apiKey"_s, u"staticToken"_s, u"accountId"_s }));
    const auto second = PostmanImporter().import(*exported, u"file"_s);
    QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
    QCOMPARE(second->collection.variables, first->collection.variables);
    compareTrees(second->collection.root, first->collection.root);
}

void TestImport::exportNeverContainsASecret_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("where");
    for (const QString &f : CollectionExporter::formats()) {
        for (const QString &w : { u"header"_s, u"body"_s, u"variable"_s, u"query"_s }) {
            QTest::addRow("%s-%s", qPrintable(f), qPrintable(w)) << f << w;
        }
    }
}

void TestImport::exportNeverContainsASecret()
{
    QFETCH(QString, format);
    QFETCH(QString, where);
    const QByteArray token = "9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc";
    const QByteArray jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0ZXIiLCJpYXQiOjE3MDB9.c2lnbmF0dXJlLWJ5dGVz";
    Collection c = nativeSample();
    QByteArray secret = token;
    if (where == "header"_L1) {
        // A bearer token pasted straight into a header value.
        c.root.requests[0].spec.headers.append(KeyValue { u"Authorization"_s, u"Bearer "_s + QString::fromLatin1(token), true });
    } else if (where == "body"_L1) {
        secret = jwt;
        c.root.requests[0].spec.body = "{\"assertion\": \"" + jwt + "\"}";
    } else if (where == "variable"_L1) {
        c.variables.append(KeyValue { u"client_secret"_s, QString::fromLatin1(token), true });
    } else {
        c.root.requests[0].spec.query.append(KeyValue { u"access_token"_s, QString::fromLatin1(token), true });
    }
    const CollectionExporter exporter;
    if (format == "curl"_L1 && where == "variable"_L1) {
        // curl commands carry no variables, so there is nothing to refuse.
        const auto out = exporter.exportCollection(c, format);
        QVERIFY(out.ok());
        QVERIFY(!out->contains(secret));
        return;
    }
    const auto refused = exporter.exportCollection(c, format);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorCode(), u"secret"_s);
    QVERIFY(!refused.errorMessage().contains(QString::fromLatin1(secret))); // the message masks it

    QStringList notices;
    const auto replaced = exporter.exportCollection(c, format, CollectionExporter::Secrets::Replace, &notices);
    QVERIFY2(replaced.ok(), qPrintable(replaced.errorMessage()));
    QVERIFY(!replaced->contains(secret));
    QVERIFY(replaced->contains("{{secret:"));
    QVERIFY(!notices.isEmpty());
    // The public sandbox token in the sample is not a secret and is exported.
    QVERIFY(replaced->contains("b6910384440ce06f495976f96a162e2ab1bafbb4"));
}

void TestImport::hostileInputIsBounded()
{
    // Deep nesting: folders beyond the limit are reported, not imported.
    QJsonObject leaf { { u"name"_s, u"leaf"_s }, { u"request"_s, u"https://example.test/"_s } };
    QJsonObject node = leaf;
    for (int i = 0; i < 200; ++i)
        node = QJsonObject { { u"name"_s, u"f%1"_s.arg(i) }, { u"item"_s, QJsonArray { node } } };
    QJsonObject root { { u"info"_s, QJsonObject { { u"name"_s, u"deep"_s } } }, { u"item"_s, QJsonArray { node } } };
    PostmanImporter importer;
    ImportLimits limits;
    limits.maxDepth = 16;
    limits.maxRequests = 100;
    importer.setLimits(limits);
    auto r = importer.import(QJsonDocument(root).toJson(QJsonDocument::Compact), u"deep"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->collection.requestCount(), 0);
    QCOMPARE(r->skippedCount(), 1);
    QVERIFY(r->items.first().reason.contains(u"deeper"_s));

    // Many requests: capped, reported once.
    QJsonArray many;
    for (int i = 0; i < 5000; ++i)
        many.append(QJsonObject { { u"name"_s, u"r%1"_s.arg(i) }, { u"request"_s, u"https://example.test/"_s } });
    root.insert(u"item"_s, many);
    r = importer.import(QJsonDocument(root).toJson(QJsonDocument::Compact), u"many"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->collection.requestCount(), 100);
    QCOMPARE(r->skippedCount(), 1);

    // Oversized input is refused before parsing.
    limits.maxInputBytes = 1024;
    importer.setLimits(limits);
    QVERIFY(!importer.import(QByteArray(4096, ' '), u"big"_s).ok());

    // A curl command naming a local file never reads it.
    const auto curl = CurlImporter().import("curl -d @/etc/passwd https://example.test/", u"c"_s);
    QVERIFY(curl.ok());
    QVERIFY(curl->collection.root.requests.first().spec.body.isEmpty());
    QCOMPARE(curl->skippedCount(), 1);
}

void TestImport::notTheFormat()
{
    QVERIFY(!PostmanImporter().import("{\"truncated\": ", u"x"_s).ok());
    QVERIFY(!PostmanImporter().import("{\"a\": 1}", u"x"_s).ok());
    QVERIFY(!HttpFileImporter().import("\n\n# nothing here\n", u"x"_s).ok());
    QVERIFY(!CurlImporter().import("wget https://example.test/", u"x"_s).ok());
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
