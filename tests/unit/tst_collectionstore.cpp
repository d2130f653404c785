#include "collections/collection.h"
#include "collections/collectionstore.h"
#include "common/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

CollectionRequest makeRequest(const QString &name, const QString &method, const QString &url)
{
    CollectionRequest r;
    r.name = name;
    r.spec.method = method;
    r.spec.url = url;
    r.spec.headers = { KeyValue { u"x-api-key"_s, u"{{apiKey}}"_s, true },
        KeyValue { u"x-session-id"_s, u"c38a-11e7-abc4"_s, false } };
    r.spec.query = { KeyValue { u"limit"_s, u"10"_s, true } };
    return r;
}

Collection sample()
{
    Collection c;
    c.name = u"OP sandbox"_s;
    c.variables = { KeyValue { u"baseUrl"_s, u"https://sandbox.apis.op.fi"_s, true } };
    c.defaultApplication = u"app1"_s;
    c.defaultToken = u"static-1"_s;
    const auto accounts = c.addFolder({}, u"Accounts"_s);
    c.addRequest(accounts->folderPath,
        makeRequest(u"List accounts"_s, u"GET"_s, u"{{baseUrl}}/accounts/v3/accounts"_s));
    const auto nested = c.addFolder(accounts->folderPath, u"Transactions"_s);
    CollectionRequest tx = makeRequest(
        u"Transactions"_s, u"GET"_s, u"{{baseUrl}}/accounts/v3/accounts/1/transactions"_s);
    tx.spec.tokenHeader = u"x-authorization"_s;
    tx.spec.sign = true;
    c.addRequest(nested->folderPath, tx);
    CollectionRequest pay
        = makeRequest(u"Create payment"_s, u"POST"_s, u"{{baseUrl}}/paymentbutton/v1/payments"_s);
    pay.spec.body = "{\n    \"amount\": \"12.50\"\n}";
    pay.description = u"Creates a payment"_s;
    c.addRequest({}, pay);
    return c;
}

bool sameTree(const CollectionFolder &a, const CollectionFolder &b)
{
    if (a.name != b.name || a.folders.size() != b.folders.size()
        || a.requests.size() != b.requests.size())
        return false;
    for (qsizetype i = 0; i < a.requests.size(); ++i) {
        const CollectionRequest &x = a.requests.at(i);
        const CollectionRequest &y = b.requests.at(i);
        if (x.name != y.name || x.description != y.description
            || x.spec.toJson() != y.spec.toJson())
            return false;
    }
    for (qsizetype i = 0; i < a.folders.size(); ++i) {
        if (!sameTree(a.folders.at(i), b.folders.at(i)))
            return false;
    }
    return true;
}

} // namespace

class TestCollectionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveLoadRoundTrip();
    void saveIsStableAndFormatted();
    void unknownFieldsSurvive();
    void testsRoundTripAndAnUnreadableListIsKept();
    void corruptFilesAreMovedAsideOthersLoad_data();
    void corruptFilesAreMovedAsideOthersLoad();
    void newerSchemaOpensReadOnlyAndStaysByteIdentical();
    void secretsAreReplacedByReferences();
    void treeOperations();
    void renameDeleteAndMoveReachTheDisk();
    void loadingIsBounded();
    void symlinksOutsideAreNotFollowed();
};

void TestCollectionStore::saveLoadRoundTrip()
{
    QTemporaryDir dir;
    Collection c = sample();
    const auto saved = CollectionStore().save(c, dir.path());
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QVERIFY(QFile::exists(dir.filePath(u"collection.json"_s)));
    QVERIFY(QFile::exists(dir.filePath(u"accounts/folder.json"_s)));
    QVERIFY(QFile::exists(dir.filePath(u"accounts/list-accounts.json"_s)));
    QVERIFY(QFile::exists(dir.filePath(u"accounts/transactions/transactions.json"_s)));

    const auto loaded = CollectionStore().load(dir.path());
    QVERIFY(loaded.ok());
    QVERIFY(loaded->problems.isEmpty());
    QVERIFY(!loaded->collection.readOnly);
    const Collection &l = loaded->collection;
    QCOMPARE(l.name, c.name);
    QCOMPARE(l.variables, c.variables);
    QCOMPARE(l.defaultApplication, u"app1"_s);
    QCOMPARE(l.defaultToken, u"static-1"_s);
    QVERIFY(sameTree(l.root, c.root));
    QCOMPARE(
        l.root.folders.at(0).folders.at(0).requests.at(0).spec.tokenHeader, u"x-authorization"_s);
}

void TestCollectionStore::saveIsStableAndFormatted()
{
    QTemporaryDir dir;
    Collection c = sample();
    QVERIFY(CollectionStore().save(c, dir.path()).ok());
    const QByteArray first = readAll(dir.filePath(u"accounts/list-accounts.json"_s));
    QVERIFY(first.contains("\"schemaVersion\": 1"));
    QVERIFY(first.indexOf("\"body\"") < first.indexOf("\"headers\"")); // sorted keys
    QVERIFY(first.contains("\n    \"method\": \"GET\"")); // indented, one key a line

    auto loaded = CollectionStore().load(dir.path());
    QVERIFY(loaded.ok());
    const auto again = CollectionStore().save(loaded.value().collection, dir.path());
    QVERIFY(again.ok());
    QCOMPARE(again->filesWritten, 0); // nothing changed, nothing rewritten
    QCOMPARE(readAll(dir.filePath(u"accounts/list-accounts.json"_s)), first);
    for (const QString &f : { u"collection.json"_s, u"accounts/folder.json"_s })
        QVERIFY(readAll(dir.filePath(f)).contains("\"schemaVersion\": 1"));
}

void TestCollectionStore::unknownFieldsSurvive()
{
    QTemporaryDir dir;
    Collection c = sample();
    QVERIFY(CollectionStore().save(c, dir.path()).ok());
    const QString file = dir.filePath(u"create-payment.json"_s);
    QJsonObject o = QJsonDocument::fromJson(readAll(file)).object();
    o.insert(u"x-team-notes"_s, u"keep me"_s);
    o.insert(u"assertions"_s, QJsonObject { { u"status"_s, 201 } });
    writeRaw(file, QJsonDocument(o).toJson());
    QJsonObject meta
        = QJsonDocument::fromJson(readAll(dir.filePath(u"collection.json"_s))).object();
    meta.insert(u"owner"_s, u"payments team"_s);
    writeRaw(dir.filePath(u"collection.json"_s), QJsonDocument(meta).toJson());

    auto loaded = CollectionStore().load(dir.path());
    QVERIFY(loaded.ok());
    Collection &l = loaded.value().collection;
    QVERIFY(l.rename(CollectionNodeRef { {}, 0 }, u"Create SEPA payment"_s));
    QVERIFY(CollectionStore().save(l, dir.path()).ok());
    const QJsonObject after = QJsonDocument::fromJson(readAll(file)).object();
    QCOMPARE(after.value("name"_L1).toString(), u"Create SEPA payment"_s);
    QCOMPARE(after.value("x-team-notes"_L1).toString(), u"keep me"_s);
    QCOMPARE(after.value("assertions"_L1).toObject().value("status"_L1).toInt(), 201);
    QCOMPARE(QJsonDocument::fromJson(readAll(dir.filePath(u"collection.json"_s)))
                 .object()
                 .value("owner"_L1)
                 .toString(),
        u"payments team"_s);
}

void TestCollectionStore::testsRoundTripAndAnUnreadableListIsKept()
{
    QTemporaryDir dir;
    Collection c = sample();
    CollectionRequest &pay = c.root.requests.first();
    Assertion status;
    status.kind = Assertion::Kind::StatusEquals;
    status.expected = u"201"_s;
    Assertion amount;
    amount.kind = Assertion::Kind::JsonEquals;
    amount.target = u"/amount"_s;
    amount.expected = u"\"12.50\""_s;
    amount.enabled = false;
    Capture id;
    id.variable = u"paymentId"_s;
    id.source = Capture::Source::Header;
    id.expression = u"x-payment-id"_s;
    pay.assertions = { status, amount };
    pay.captures = { id };
    QVERIFY(CollectionStore().save(c, dir.path()).ok());
    const QString file = dir.filePath(u"create-payment.json"_s);
    const QJsonObject saved = QJsonDocument::fromJson(readAll(file)).object();
    QCOMPARE(saved.value("assertions"_L1).toArray().size(), 2);
    QCOMPARE(saved.value("captures"_L1).toArray().first().toObject().value("source"_L1).toString(),
        u"header"_s);

    auto loaded = CollectionStore().load(dir.path());
    QVERIFY(loaded.ok());
    QVERIFY(loaded->problems.isEmpty());
    QCOMPARE(loaded->collection.root.requests.first().assertions, pay.assertions);
    QCOMPARE(loaded->collection.root.requests.first().captures, pay.captures);

    // A list with an entry this version cannot read (a newer kind) is not
    // loaded, is reported, and is written back as it was.
    QJsonObject o = saved;
    QJsonArray newer = o.value("assertions"_L1).toArray();
    newer.append(QJsonObject { { u"kind"_s, u"json-schema"_s }, { u"expected"_s, u"{}"_s } });
    o.insert(u"assertions"_s, newer);
    writeRaw(file, QJsonDocument(o).toJson());
    loaded = CollectionStore().load(dir.path());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->problems.size(), 1);
    QVERIFY2(loaded->problems.first().reason.contains(u"unknown assertion kind \"json-schema\""_s),
        qPrintable(loaded->problems.first().reason));
    QVERIFY(loaded->problems.first().movedTo.isEmpty()); // the file stays where it is
    Collection &l = loaded.value().collection;
    QVERIFY(l.root.requests.first().assertions.isEmpty());
    QCOMPARE(l.root.requests.first().captures, pay.captures);
    QVERIFY(l.rename(CollectionNodeRef { {}, 0 }, u"Create SEPA payment"_s));
    QVERIFY(CollectionStore().save(l, dir.path()).ok());
    QCOMPARE(
        QJsonDocument::fromJson(readAll(file)).object().value("assertions"_L1).toArray(), newer);
}

void TestCollectionStore::corruptFilesAreMovedAsideOthersLoad_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::newRow("truncated") << QByteArray("{\n    \"method\": \"GET\",\n    \"name\": \"Tr")
                               << 3;
    QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00 not json", 14) << 1;
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("bad utf-8") << QByteArray("{\"name\": \"\xff\xfe\"}") << 1;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << 1;
}

void TestCollectionStore::corruptFilesAreMovedAsideOthersLoad()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QTemporaryDir dir;
    Collection c = sample();
    QVERIFY(CollectionStore().save(c, dir.path()).ok());
    const QString bad = dir.filePath(u"accounts/list-accounts.json"_s);
    writeRaw(bad, bytes);

    const auto loaded = CollectionStore().load(dir.path());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->problems.size(), 1);
    const CollectionProblem &p = loaded->problems.first();
    QCOMPARE(p.file, bad);
    QCOMPARE(p.line, line);
    QVERIFY(p.movedTo.startsWith(bad + u".corrupt-"_s));
    QVERIFY(!QFile::exists(bad));
    QCOMPARE(readAll(p.movedTo), bytes);
    QVERIFY(p.describe().contains(bad));
    // The other two requests still load.
    QCOMPARE(loaded->collection.requestCount(), 2);
    QVERIFY(!loaded->collection.readOnly);

    // A corrupt folder.json is moved aside too; the folder's requests still load,
    // then and on the next start.
    writeRaw(dir.filePath(u"accounts/transactions/folder.json"_s), bytes);
    for (int round = 0; round < 2; ++round) {
        const auto again = CollectionStore().load(dir.path());
        QVERIFY(again.ok());
        QCOMPARE(again->problems.size(), round == 0 ? 1 : 0);
        QCOMPARE(again->collection.requestCount(), 2);
        QCOMPARE(again->collection.root.folders.at(0).folders.at(0).name, u"transactions"_s);
    }
}

void TestCollectionStore::newerSchemaOpensReadOnlyAndStaysByteIdentical()
{
    QTemporaryDir dir;
    Collection c = sample();
    QVERIFY(CollectionStore().save(c, dir.path()).ok());
    const QString file = dir.filePath(u"accounts/list-accounts.json"_s);
    QJsonObject o = QJsonDocument::fromJson(readAll(file)).object();
    o.insert(u"schemaVersion"_s, 7);
    o.insert(u"steps"_s, u"a field from the future"_s);
    writeRaw(file, QJsonDocument(o).toJson(QJsonDocument::Compact));
    const QByteArray before = QCryptographicHash::hash(readAll(file), QCryptographicHash::Sha256);

    auto loaded = CollectionStore().load(dir.path());
    QVERIFY(loaded.ok());
    QVERIFY(loaded->collection.readOnly);
    QCOMPARE(loaded->notices.size(), 1);
    QVERIFY(loaded->notices.first().contains(u"read-only"_s));
    QCOMPARE(loaded->collection.requestCount(), 3);
    Collection &l = loaded.value().collection;
    QVERIFY(l.rename(CollectionNodeRef { { 0 }, 0 }, u"Changed"_s));
    const auto saved = CollectionStore().save(l, dir.path());
    QVERIFY(!saved.ok());
    QCOMPARE(saved.errorCode(), u"read-only"_s);
    QCOMPARE(QCryptographicHash::hash(readAll(file), QCryptographicHash::Sha256), before);
}

void TestCollectionStore::secretsAreReplacedByReferences()
{
    QTemporaryDir dir;
    Collection c = sample();
    const QString token = u"Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc"_s;
    c.root.requests[0].spec.headers.append(KeyValue { u"Authorization"_s, token, true });
    c.variables.append(KeyValue { u"client_secret"_s, u"s3cr3tV4lu3-ABCDEFGHIJKLMNOP"_s, true });
    // The sandbox's published static tokens are public and stay as they are.
    c.root.requests[0].spec.headers.append(
        KeyValue { u"x-authorization"_s, u"b6910384440ce06f495976f96a162e2ab1bafbb4"_s, true });
    const auto saved = CollectionStore().save(c, dir.path());
    QVERIFY(saved.ok());
    QCOMPARE(saved->secretNotices.size(), 2);
    const QByteArray request = readAll(dir.filePath(u"create-payment.json"_s));
    QVERIFY(!request.contains("9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc"));
    QVERIFY(request.contains("Bearer {{secret:authorization}}"));
    QVERIFY(request.contains("b6910384440ce06f495976f96a162e2ab1bafbb4"));
    const QByteArray meta = readAll(dir.filePath(u"collection.json"_s));
    QVERIFY(!meta.contains("s3cr3tV4lu3"));
    QVERIFY(meta.contains("{{secret:client_secret}}"));
}

void TestCollectionStore::treeOperations()
{
    Collection c = sample();
    // duplicate a folder: deep copy, placed after the original
    const auto dup = c.duplicate(CollectionNodeRef { { 0 }, -1 });
    QVERIFY(dup);
    QCOMPARE(c.root.folders.size(), 2);
    QCOMPARE(c.root.folders.at(1).name, u"Accounts copy"_s);
    QCOMPARE(c.requestCount(), 5);
    // a folder cannot move into its own subfolder
    QVERIFY(!c.move(CollectionNodeRef { { 0 }, -1 }, { 0, 0 }));
    // move the copy into the first folder
    const auto moved = c.move(CollectionNodeRef { { 1 }, -1 }, { 0 });
    QVERIFY(moved);
    QCOMPARE(moved->folderPath, (QList<int> { 0, 1 }));
    QCOMPARE(c.displayPath(*moved), u"Accounts/Accounts copy"_s);
    // move a request to the root, then delete it
    const auto req = c.move(CollectionNodeRef { { 0 }, 0 }, {});
    QVERIFY(req);
    QCOMPARE(c.request(*req)->name, u"List accounts"_s);
    QVERIFY(c.remove(*req));
    QCOMPARE(c.requestCount(), 4);
    QVERIFY(!c.rename(CollectionNodeRef { {}, -1 }, u"root"_s));
    QVERIFY(!c.rename(CollectionNodeRef { { 0 }, 0 }, u"  "_s));
    QVERIFY(!c.remove(CollectionNodeRef { { 9 }, 0 }));
}

void TestCollectionStore::renameDeleteAndMoveReachTheDisk()
{
    QTemporaryDir dir;
    Collection c = sample();
    QVERIFY(CollectionStore().save(c, dir.path()).ok());
    // Something that is not the collection's stays untouched.
    writeRaw(dir.filePath(u"accounts/NOTES.md"_s), "team notes");
    auto loaded = CollectionStore().load(dir.path());
    QVERIFY(loaded.ok());
    Collection &l = loaded.value().collection;
    QVERIFY(l.remove(CollectionNodeRef { { 0, 0 }, -1 })); // the Transactions folder
    QVERIFY(l.move(CollectionNodeRef { {}, 0 }, { 0 })); // payment into Accounts
    const auto saved = CollectionStore().save(l, dir.path());
    QVERIFY(saved.ok());
    QVERIFY(!QFile::exists(dir.filePath(u"accounts/transactions/transactions.json"_s)));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"accounts/transactions"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"create-payment.json"_s)));
    QVERIFY(QFile::exists(dir.filePath(u"accounts/create-payment.json"_s)));
    QCOMPARE(readAll(dir.filePath(u"accounts/NOTES.md"_s)), QByteArray("team notes"));

    const auto again = CollectionStore().load(dir.path());
    QVERIFY(again.ok());
    QCOMPARE(again->collection.requestCount(), 2);
    QCOMPARE(again->collection.root.folders.at(0).requests.at(1).name, u"Create payment"_s);
}

void TestCollectionStore::loadingIsBounded()
{
    QTemporaryDir dir;
    // Requests beyond the cap are not loaded, and the collection turns read-only
    // so that a save cannot delete what was not loaded.
    for (int i = 0; i < 30; ++i)
        writeRaw(dir.filePath(u"r%1.json"_s.arg(i, 3, 10, '0'_L1)),
            "{\"schemaVersion\": 1, \"name\": \"r\", \"url\": \"/x\"}");
    CollectionLimits limits;
    limits.maxRequests = 10;
    limits.maxDepth = 3;
    limits.maxFileBytes = 1024;
    // Deep nesting
    QString deep = dir.path();
    for (int i = 0; i < 8; ++i) {
        deep += u"/d"_s;
        writeRaw(deep + u"/folder.json"_s, "{\"schemaVersion\": 1, \"name\": \"d\"}");
    }
    // An oversized file
    writeRaw(
        dir.filePath(u"d/big.json"_s), QByteArray("{\"body\": \"") + QByteArray(4096, 'a') + "\"}");
    const auto loaded = CollectionStore(limits).load(dir.path());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->collection.requestCount(), 10);
    QVERIFY(loaded->collection.readOnly);
    bool sawDepth = false;
    bool sawSize = false;
    bool sawCount = false;
    for (const CollectionProblem &p : loaded->problems) {
        sawDepth |= p.reason.contains(u"deeper"_s);
        sawSize |= p.reason.contains(u"larger"_s);
        sawCount |= p.reason.contains(u"more than 10 requests"_s);
        QVERIFY(p.movedTo.isEmpty()); // not corrupt: left where it is
    }
    QVERIFY(sawDepth);
    QVERIFY(sawSize);
    QVERIFY(sawCount);
    QVERIFY(QFile::exists(dir.filePath(u"d/big.json"_s)));
}

void TestCollectionStore::symlinksOutsideAreNotFollowed()
{
    QTemporaryDir outside;
    writeRaw(outside.filePath(u"stolen.json"_s),
        "{\"schemaVersion\": 1, \"name\": \"outside\", \"url\": \"/x\"}");
    writeRaw(outside.filePath(u"sub/folder.json"_s), "{\"schemaVersion\": 1, \"name\": \"sub\"}");
    writeRaw(outside.filePath(u"sub/inner.json"_s),
        "{\"schemaVersion\": 1, \"name\": \"inner\", \"url\": \"/y\"}");
    QTemporaryDir dir;
    Collection c = sample();
    QVERIFY(CollectionStore().save(c, dir.path()).ok());
    QVERIFY(QFile::link(outside.filePath(u"stolen.json"_s), dir.filePath(u"link.json"_s)));
    QVERIFY(QFile::link(outside.filePath(u"sub"_s), dir.filePath(u"linkdir"_s)));
    // An order list naming paths outside is ignored too.
    QJsonObject meta
        = QJsonDocument::fromJson(readAll(dir.filePath(u"collection.json"_s))).object();
    meta.insert(u"order"_s, QJsonArray { u"../stolen.json"_s, u"/etc/passwd"_s, u"accounts/"_s });
    writeRaw(dir.filePath(u"collection.json"_s), QJsonDocument(meta).toJson());
    const auto loaded = CollectionStore().load(dir.path());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->collection.requestCount(), 3);
    for (const QString &f : loaded->collection.storedFiles)
        QVERIFY2(!f.contains(u".."_s) && !f.startsWith('/'_L1) && !f.startsWith(u"link"_s),
            qPrintable(f));
}

QTEST_GUILESS_MAIN(TestCollectionStore)
#include "tst_collectionstore.moc"
