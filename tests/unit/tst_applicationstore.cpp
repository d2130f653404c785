#include "apps/applicationlistmodel.h"
#include "apps/applicationstore.h"
#include "apps/credentialparser.h"
#include "apps/customtokenstore.h"
#include "quota/quotatracker.h"
#include "security/encryptedfilevault.h"
#include "security/secrettreesearch.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;

namespace {

EncryptedFileVault::Options fastOptions()
{
    EncryptedFileVault::Options o;
    o.scryptLog2N = 10;
    return o;
}

QList<ApiProduct> catalog()
{
    ApiProduct branches;
    branches.id = u"branches"_s;
    branches.securityLevel = SecurityLevel::Open;
    ApiProduct accounts;
    accounts.id = u"accounts-v3"_s;
    accounts.securityLevel = SecurityLevel::Basic;
    ApiProduct payments;
    payments.id = u"payments-v1"_s;
    payments.securityLevel = SecurityLevel::Restricted;
    ApiProduct psd2;
    psd2.id = u"psd2-ais"_s;
    psd2.securityLevel = SecurityLevel::High;
    return { branches, accounts, payments, psd2 };
}

} // namespace

class TestApplicationStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void roundTripKeepsFieldsAndCredentials();
    void noCredentialInTheFile();
    void corruptFileIsKeptAside();
    void newerFileIsNotOverwritten();
    void namesAreUniqueAndDuplicateCopiesCredentials();
    void derivedSecurityLevelIsTheHighest();
    void credentialsAreBoundToTheEnvironmentHosts();
    void lockedVaultRefusesCredentials();
    void removeDropsTheVaultRecords();
    void filesArePrivate();
    void customTokensKeepValuesInTheVault();
    void pasteParser_data();
    void pasteParser();
    void listModelPassesTheTester();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EncryptedFileVault> m_vault;
    QString path(const QString &name) const { return QDir(m_dir->path()).filePath(name); }
};

void TestApplicationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_vault = std::make_unique<EncryptedFileVault>(path(u"vault.opcv"_s), fastOptions());
    QVERIFY(m_vault->create(u"correct horse"_s));
}

void TestApplicationStore::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

void TestApplicationStore::roundTripKeepsFieldsAndCredentials()
{
    Application a;
    a.name = u"Payments demo"_s;
    a.environmentId = u"sandbox"_s;
    a.productIds = { u"accounts-v3"_s, u"payments-v1"_s };
    a.certificateId = u"abc123"_s;
    a.notes = u"for the payments team"_s;
    QString id;
    {
        ApplicationStore store(path(u"applications.json"_s));
        store.setSecretStore(m_vault.get());
        store.setCatalog(catalog());
        QVERIFY(store.load());
        auto added = store.add(a, { u"Key-0123456789abcdef"_s, "Secret-fedcba9876543210" });
        QVERIFY2(added, qPrintable(added.errorMessage()));
        id = added->id;
        QVERIFY(!id.isEmpty());
        QCOMPARE(added->secretRef, Application::defaultSecretRef(id));
    }
    ApplicationStore reread(path(u"applications.json"_s));
    reread.setSecretStore(m_vault.get());
    QVERIFY(reread.load());
    QCOMPARE(reread.count(), 1);
    const Application *b = reread.find(id);
    QVERIFY(b);
    QCOMPARE(b->name, a.name);
    QCOMPARE(b->environmentId, a.environmentId);
    QCOMPARE(b->productIds, a.productIds);
    QCOMPARE(b->certificateId, a.certificateId);
    QCOMPARE(b->notes, a.notes);
    QCOMPARE(b->securityLevel, SecurityLevel::Restricted);
    QCOMPARE(reread.apiKeyHint(id), u"…cdef"_s);
    auto creds = reread.credentials(id);
    QVERIFY2(creds, qPrintable(creds.errorMessage()));
    QCOMPARE(creds->apiKey, u"Key-0123456789abcdef"_s);
    QCOMPARE(creds->apiSecret, QByteArray("Secret-fedcba9876543210"));
}

void TestApplicationStore::noCredentialInTheFile()
{
    ApplicationStore store(path(u"applications.json"_s));
    store.setSecretStore(m_vault.get());
    QVERIFY(store.load());
    const QString key = u"K3yK3yK3yK3y0000111122223333"_s;
    const QByteArray secret = "S3cr3tS3cr3t4444555566667777";
    Application a;
    a.name = u"Scan me"_s;
    a.apiKey = key; // given on the struct: must still go to the vault only
    QVERIFY(store.add(a, { {}, secret }));
    QVERIFY(QFile::exists(path(u"applications.json"_s)));
    for (const QByteArray &value : { key.toUtf8(), secret }) {
        const QList<SecretHit> hits = findSecretInTree(m_dir->path(), value);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.isEmpty() ? QString() : hits.first().file + u' ' + hits.first().encoding));
    }
    auto creds = store.credentials(store.applications().first().id);
    QVERIFY(creds);
    QCOMPARE(creds->apiKey, key);
}

void TestApplicationStore::corruptFileIsKeptAside()
{
    const QByteArray garbage = "{\"schemaVersion\": 1, \"applications\": [ {\"id\": ";
    {
        QFile f(path(u"applications.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    ApplicationStore store(path(u"applications.json"_s));
    const Status loaded = store.load();
    QVERIFY(!loaded);
    QCOMPARE(loaded.errorCode(), u"corrupt"_s);
    QCOMPARE(store.count(), 0);
    const QStringList aside = QDir(m_dir->path()).entryList({ u"applications.json.corrupt-*"_s }, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(loaded.errorMessage().contains(aside.first()));
    QFile kept(path(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
    // The store goes on with a fresh file and never touches the kept one.
    store.setSecretStore(m_vault.get());
    Application a;
    a.name = u"After the damage"_s;
    QVERIFY(store.add(a));
    QVERIFY(QFile::exists(path(u"applications.json"_s)));
    kept.seek(0);
    QCOMPARE(kept.readAll(), garbage);
}

void TestApplicationStore::newerFileIsNotOverwritten()
{
    const QByteArray newer = QJsonDocument(QJsonObject {
            { u"schemaVersion"_s, 99 },
            { u"applications"_s, QJsonArray { QJsonObject { { u"id"_s, u"x1"_s }, { u"name"_s, u"Future"_s } } } } })
                                     .toJson();
    {
        QFile f(path(u"applications.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(newer);
    }
    ApplicationStore store(path(u"applications.json"_s));
    const Status loaded = store.load();
    QCOMPARE(loaded.errorCode(), u"newer-version"_s);
    QCOMPARE(store.count(), 1);
    QVERIFY(store.isReadOnly());
    Application a;
    a.name = u"Refused"_s;
    QVERIFY(!store.add(a));
    QFile f(path(u"applications.json"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), newer);
}

void TestApplicationStore::namesAreUniqueAndDuplicateCopiesCredentials()
{
    ApplicationStore store(path(u"applications.json"_s));
    store.setSecretStore(m_vault.get());
    Application a;
    a.name = u"Accounts"_s;
    auto first = store.add(a, { u"key-aaaaaaaaaaaaaaaa"_s, "secret-aaaaaaaaaaaaaaaa" });
    QVERIFY(first);
    a.name = u"  accounts "_s;
    const auto clash = store.add(a);
    QVERIFY(!clash);
    QCOMPARE(clash.errorCode(), u"duplicate-name"_s);
    Application renamed = *first;
    renamed.name = u"Other"_s;
    QCOMPARE(store.add(renamed).errorCode(), u"duplicate-id"_s);
    auto copy = store.duplicate(first->id);
    QVERIFY2(copy, qPrintable(copy.errorMessage()));
    QCOMPARE(copy->name, u"Accounts (copy)"_s);
    QVERIFY(copy->id != first->id);
    QVERIFY(copy->secretRef != first->secretRef);
    QCOMPARE(store.indexOf(copy->id), 1);
    auto creds = store.credentials(copy->id);
    QVERIFY(creds);
    QCOMPARE(creds->apiSecret, QByteArray("secret-aaaaaaaaaaaaaaaa"));
    auto again = store.duplicate(first->id);
    QVERIFY(again);
    QCOMPARE(again->name, u"Accounts (copy) 2"_s);
    // Renaming onto another's name is refused too.
    Application clashing = *again;
    clashing.name = u"ACCOUNTS"_s;
    QCOMPARE(store.update(clashing).errorCode(), u"duplicate-name"_s);
}

void TestApplicationStore::derivedSecurityLevelIsTheHighest()
{
    const QList<ApiProduct> c = catalog();
    QCOMPARE(ApplicationStore::highestLevel({ u"branches"_s }, c), SecurityLevel::Open);
    QCOMPARE(ApplicationStore::highestLevel({ u"branches"_s, u"accounts-v3"_s }, c), SecurityLevel::Basic);
    QCOMPARE(ApplicationStore::highestLevel({ u"accounts-v3"_s, u"payments-v1"_s }, c), SecurityLevel::Restricted);
    QCOMPARE(ApplicationStore::highestLevel({ u"psd2-ais"_s, u"branches"_s }, c), SecurityLevel::High);
    QCOMPARE(ApplicationStore::highestLevel({}, c), SecurityLevel::Basic);

    ApplicationStore store(path(u"applications.json"_s));
    store.setCatalog(c);
    Application a;
    a.name = u"Levels"_s;
    a.productIds = { u"branches"_s };
    a.securityLevel = SecurityLevel::High; // ignored: derived from the products
    auto added = store.add(a);
    QVERIFY(added);
    QCOMPARE(added->securityLevel, SecurityLevel::Open);
    Application changed = *added;
    changed.productIds.append(u"psd2-ais"_s);
    QVERIFY(store.update(changed));
    QCOMPARE(store.find(added->id)->securityLevel, SecurityLevel::High);
}

void TestApplicationStore::credentialsAreBoundToTheEnvironmentHosts()
{
    ApplicationStore store(path(u"applications.json"_s));
    store.setSecretStore(m_vault.get());
    Application a;
    a.name = u"Sandbox app"_s;
    a.environmentId = u"sandbox"_s;
    auto added = store.add(a, { u"sandbox-key-0000000000"_s, "sandbox-secret-000000000" });
    QVERIFY(added);
    QVERIFY(store.credentials(added->id, u"sandbox.apis.op.fi"_s));
    const auto elsewhere = store.credentials(added->id, u"evil.example.com"_s);
    QVERIFY(!elsewhere);
    QCOMPARE(elsewhere.errorCode(), u"host-not-allowed"_s);
    QVERIFY(!elsewhere.errorMessage().contains(u"sandbox-secret"_s));
    // Moving the app to the local simulator moves the binding with it.
    Application local = *added;
    local.environmentId = u"local"_s;
    QVERIFY(store.update(local));
    QVERIFY(store.credentials(added->id, u"127.0.0.1"_s));
    QVERIFY(!store.credentials(added->id, u"sandbox.apis.op.fi"_s));
}

void TestApplicationStore::lockedVaultRefusesCredentials()
{
    ApplicationStore store(path(u"applications.json"_s));
    Application a;
    a.name = u"No vault"_s;
    const auto refused = store.add(a, { u"k"_s, "s" });
    QVERIFY(!refused);
    QCOMPARE(refused.errorCode(), u"vault-locked"_s);
    QCOMPARE(store.count(), 0);
    // Without credentials it is fine (keys pasted later).
    QVERIFY(store.add(a));
    m_vault->lock();
    store.setSecretStore(m_vault.get());
    QCOMPARE(store.credentials(store.applications().first().id).errorCode(), u"vault-locked"_s);
}

void TestApplicationStore::removeDropsTheVaultRecords()
{
    ApplicationStore store(path(u"applications.json"_s));
    store.setSecretStore(m_vault.get());
    Application a;
    a.name = u"Gone"_s;
    auto added = store.add(a, { u"gone-key-000000000"_s, "gone-secret-0000000" });
    QVERIFY(added);
    QVERIFY(m_vault->ids().contains(added->secretRef));
    QVERIFY(m_vault->ids().contains(ApplicationStore::apiKeyRef(added->id)));
    QVERIFY(store.remove(added->id));
    QCOMPARE(store.count(), 0);
    QVERIFY(!m_vault->ids().contains(added->secretRef));
    QVERIFY(!m_vault->ids().contains(ApplicationStore::apiKeyRef(added->id)));
    ApplicationStore reread(path(u"applications.json"_s));
    QVERIFY(reread.load());
    QCOMPARE(reread.count(), 0);
}

void TestApplicationStore::filesArePrivate()
{
    const QString sub = path(u"profile"_s);
    ApplicationStore store(QDir(sub).filePath(u"applications.json"_s));
    Application a;
    a.name = u"Private"_s;
    QVERIFY(store.add(a));
    CustomTokenStore tokens(QDir(sub).filePath(u"custom-tokens.json"_s));
    tokens.setSecretStore(m_vault.get());
    QVERIFY(tokens.add(u"mine"_s, "value-value-value-value"));
    const QFile::Permissions userOnly = QFile::ReadUser | QFile::WriteUser;
    QCOMPARE(QFile::permissions(store.path()) & 0x0fff, userOnly);
    QCOMPARE(QFile::permissions(tokens.path()) & 0x0fff, userOnly);
    const auto dirPerms = QFile::permissions(sub) & 0x0fff;
    QCOMPARE(dirPerms & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                         | QFile::WriteOther | QFile::ExeOther),
             QFile::Permissions());
}

void TestApplicationStore::customTokensKeepValuesInTheVault()
{
    const QByteArray value = "eyJhbGciOi.custom-token-value-0123456789";
    QString id;
    {
        CustomTokenStore tokens(path(u"custom-tokens.json"_s));
        tokens.setSecretStore(m_vault.get());
        QVERIFY(tokens.load());
        QSignalSpy changed(&tokens, &CustomTokenStore::changed);
        auto added = tokens.add(u"OAuth token"_s, value);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        id = added->id;
        QCOMPARE(changed.size(), 1);
        QCOMPARE(tokens.add(u"oauth TOKEN"_s, "x").errorCode(), u"duplicate-name"_s);
        QCOMPARE(tokens.add(u"empty"_s, "  ").errorCode(), u"empty-value"_s);
    }
    QVERIFY(findSecretInTree(m_dir->path(), value).isEmpty());
    CustomTokenStore reread(path(u"custom-tokens.json"_s));
    reread.setSecretStore(m_vault.get());
    QVERIFY(reread.load());
    QCOMPARE(reread.tokens().size(), 1);
    QCOMPARE(reread.tokens().first().name, u"OAuth token"_s);
    auto token = reread.token(id);
    QVERIFY(token);
    QCOMPARE(token->value.toUtf8(), value);
    QCOMPARE(token->label, u"OAuth token"_s);
    QVERIFY(!token->builtIn);
    QVERIFY(reread.remove(u"OAuth Token"_s));
    QVERIFY(!m_vault->ids().contains(CustomTokenStore::valueRef(id)));
    QCOMPARE(reread.tokens().size(), 0);
}

void TestApplicationStore::pasteParser_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::newRow("key/secret lines") << u"key: abc123\nsecret: s3cr3t"_s << u"abc123"_s << u"s3cr3t"_s;
    QTest::newRow("one line") << u"key: abc123 secret: s3cr3t"_s << u"abc123"_s << u"s3cr3t"_s;
    QTest::newRow("API key / API secret") << u"API key: AbC-123\r\nAPI secret: XyZ_987\r\n"_s << u"AbC-123"_s
                                          << u"XyZ_987"_s;
    QTest::newRow("equals and quotes") << u"API_KEY=\"k k\"\nAPI_SECRET='s=s'"_s << u"k k"_s << u"s=s"_s;
    QTest::newRow("client id") << u"Client ID: cid-1\nClient secret: csec-2"_s << u"cid-1"_s << u"csec-2"_s;
    QTest::newRow("x-api-key header") << u"x-api-key: hdrkey\nsecret = hdrsecret"_s << u"hdrkey"_s
                                      << u"hdrsecret"_s;
    QTest::newRow("json") << u"{\"apiKey\": \"jk\", \"apiSecret\": \"js\"}"_s << u"jk"_s << u"js"_s;
    QTest::newRow("secret first") << u"Secret: second\nKey: first"_s << u"first"_s << u"second"_s;
    QTest::newRow("value on next line") << u"API key\n  nextkey\nAPI secret\n  nextsecret\n"_s << u"nextkey"_s
                                        << u"nextsecret"_s;
    QTest::newRow("bare pair") << u"  barekey\nbaresecret  "_s << u"barekey"_s << u"baresecret"_s;
    QTest::newRow("key only") << u"API key: lonely"_s << u"lonely"_s << QString();
    QTest::newRow("nothing") << u"hello there, how are you"_s << QString() << QString();
}

void TestApplicationStore::pasteParser()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, secret);
    const CredentialParser::Parsed parsed = CredentialParser::parse(text);
    QCOMPARE(parsed.apiKey, key);
    QCOMPARE(parsed.apiSecret, secret);
}

void TestApplicationStore::listModelPassesTheTester()
{
    ApplicationStore store(path(u"applications.json"_s));
    store.setSecretStore(m_vault.get());
    store.setCatalog(catalog());
    QuotaTracker quota;
    ApplicationListModel model(&store);
    model.setQuotaTracker(&quota);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    Application a;
    a.name = u"One"_s;
    a.productIds = { u"accounts-v3"_s };
    auto one = store.add(a, { u"one-key-0123456789"_s, {} });
    QVERIFY(one);
    a.name = u"Two"_s;
    a.environmentId = u"sandbox"_s;
    a.productIds = { u"psd2-ais"_s };
    auto two = store.add(a);
    QVERIFY(two);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0), ApplicationListModel::NameRole).toString(), u"One"_s);
    QCOMPARE(model.data(model.index(1), ApplicationListModel::SecurityLevelRole).toString(), u"High"_s);
    QCOMPARE(model.data(model.index(1), ApplicationListModel::EnvironmentRole).toString(), u"sandbox"_s);
    QCOMPARE(model.data(model.index(0), ApplicationListModel::ApiKeyHintRole).toString(), u"…6789"_s);
    QVERIFY(!model.data(model.index(0)).toString().contains(u"one-key-0123456789"_s));

    model.setActiveId(two->id);
    QVERIFY(model.data(model.index(1), ApplicationListModel::ActiveRole).toBool());
    QVERIFY(!model.data(model.index(0), ApplicationListModel::ActiveRole).toBool());

    // The quota follows the tracker.
    // Before any response the overview page's 1000 a day is assumed.
    QCOMPARE(model.data(model.index(0), ApplicationListModel::QuotaTextRole).toString(), u"1000 of 1000 left today"_s);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    (void)quota.record(u"local"_s, one->id, 200,
                       { { "X-RateLimit-Limit", "1000" }, { "X-RateLimit-Remaining", "412" },
                         { "X-RateLimit-Reset", "3600" } });
    QVERIFY(!dataChanged.isEmpty());
    QCOMPARE(model.data(model.index(0), ApplicationListModel::QuotaTextRole).toString(), u"412 of 1000 left today"_s);
    QVERIFY(model.data(model.index(0)).toString().contains(u"412 of 1000"_s));

    auto copy = store.duplicate(one->id);
    QVERIFY(copy);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.idAt(1), copy->id);
    Application renamed = *copy;
    renamed.name = u"Renamed"_s;
    QVERIFY(store.update(renamed));
    QCOMPARE(model.data(model.index(1), ApplicationListModel::NameRole).toString(), u"Renamed"_s);
    QVERIFY(store.remove(one->id));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(store.load());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(two->id), 1);
}

QTEST_GUILESS_MAIN(TestApplicationStore)
#include "tst_applicationstore.moc"
