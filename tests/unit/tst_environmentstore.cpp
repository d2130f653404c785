#include "environments/environmentstore.h"
#include "security/encryptedfilevault.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}
} // namespace

class TestEnvironmentStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(u"environments.json"_s); }

private Q_SLOTS:
    void init()
    {
        QDir dir(m_dir.path());
        for (const QString &name : dir.entryList(QDir::Files)) {
            dir.remove(name);
        }
    }

    void builtInsWithoutAFile()
    {
        EnvironmentStore store(path());
        QVERIFY(store.load().ok());
        QVERIFY(store.problem().isEmpty());
        const QList<Environment> all = store.environments();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).kind, Environment::Kind::LocalSimulator);
        QCOMPARE(all.at(1).baseUrl, u"https://sandbox.apis.op.fi"_s);
        QCOMPARE(all.at(2).kind, Environment::Kind::Production);
        QVERIFY(!store.remove(u"production"_s).ok());
        QCOMPARE(store.environments().size(), 3);
    }

    void addSaveReload()
    {
        EnvironmentStore store(path());
        QVERIFY(store.load().ok());
        store.setLocalSimulator(u"https://127.0.0.1:12345"_s, u"/ca.pem"_s);
        Environment staging;
        staging.name = u"Team staging"_s;
        staging.baseUrl = u"https://127.0.0.1:8443"_s;
        staging.variables.insert(u"accountId"_s, u"FI123"_s);
        auto added = store.add(staging);
        QVERIFY(added.ok());
        QCOMPARE(added->id, u"team-staging"_s);
        auto twin = store.add(staging);
        QVERIFY(twin.ok());
        QCOMPARE(twin->id, u"team-staging-2"_s);
        Environment bad;
        bad.name = u"Bad"_s;
        bad.baseUrl = u"ftp://x"_s;
        QVERIFY(!store.add(bad).ok());

        Environment sandbox = *store.find(u"sandbox"_s);
        sandbox.variables.insert(u"paymentId"_s, u"p-1"_s);
        sandbox.baseUrl = u"https://elsewhere.example"_s; // built-in address stays
        QVERIFY(store.update(sandbox).ok());
        QVERIFY(store.save().ok());

        const QByteArray bytes = readAll(path());
        QVERIFY(!bytes.contains("12345")); // the local simulator's port is not persisted
        QCOMPARE(QJsonDocument::fromJson(bytes).object().value("schemaVersion"_L1).toInt(), 1);

        EnvironmentStore again(path());
        QVERIFY(again.load().ok());
        QCOMPARE(again.environments().size(), 5);
        QCOMPARE(again.find(u"team-staging"_s)->variables.value(u"accountId"_s), u"FI123"_s);
        QCOMPARE(again.find(u"sandbox"_s)->variables.value(u"paymentId"_s), u"p-1"_s);
        QCOMPARE(again.find(u"sandbox"_s)->baseUrl, u"https://sandbox.apis.op.fi"_s);
        QVERIFY(again.remove(u"team-staging-2"_s).ok());
        QCOMPARE(again.environments().size(), 4);
    }

    void corruptFileKeptAside()
    {
        writeAll(path(), "{ \"schemaVersion\": 1, \"environments\": [ { \"id\": ");
        EnvironmentStore store(path());
        const Status loaded = store.load();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errorCode(), u"corrupt"_s);
        QVERIFY(store.problem().contains(u"moved to"_s));
        QCOMPARE(store.environments().size(), 3);
        QVERIFY(!QFile::exists(path()));
        const QStringList aside = QDir(m_dir.path()).entryList({ u"environments.json.corrupt-*"_s });
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(m_dir.filePath(aside.first())),
                 QByteArray("{ \"schemaVersion\": 1, \"environments\": [ { \"id\": "));
        QVERIFY(store.save().ok());
    }

    void newerSchemaIsReadOnly()
    {
        const QByteArray newer = R"({"schemaVersion": 7, "environments": [
            {"id": "future", "name": "Future", "kind": "custom", "baseUrl": "https://127.0.0.1:9", "futureField": 1}]})";
        writeAll(path(), newer);
        EnvironmentStore store(path());
        QVERIFY(store.load().ok());
        QVERIFY(store.isReadOnly());
        QVERIFY(store.problem().contains(u"newer version"_s));
        QVERIFY(store.find(u"future"_s));
        const Status saved = store.save();
        QVERIFY(!saved.ok());
        QCOMPARE(saved.errorCode(), u"read-only"_s);
        QCOMPARE(readAll(path()), newer);
    }

    void secretVariablesLiveInTheVaultBoundToTheHost()
    {
        EncryptedFileVault::Options fast;
        fast.scryptLog2N = 10;
        EncryptedFileVault vault(m_dir.filePath(u"vault.opcv"_s), fast);
        QVERIFY(vault.create(u"pass"_s).ok());

        EnvironmentStore store(path());
        QVERIFY(store.load().ok());
        Environment own;
        own.name = u"Partner"_s;
        own.baseUrl = u"https://partner.example:8443"_s;
        const QString id = store.add(own)->id;
        const QByteArray secret = "partner-client-secret-9f8e7d";
        QVERIFY(!store.setSecret(nullptr, id, u"clientSecret"_s, secret).ok());
        QVERIFY(!store.setSecret(&vault, id, u"bad name"_s, secret).ok());
        QVERIFY(store.setSecret(&vault, id, u"clientSecret"_s, secret).ok());
        QVERIFY(store.save().ok());

        const QByteArray file = readAll(path());
        QVERIFY(file.contains("clientSecret"));
        QVERIFY(!file.contains(secret));
        QVERIFY(!file.contains(secret.toBase64()));
        QVERIFY(!readAll(vault.path()).contains(secret));

        const QString ref = EnvironmentStore::secretRef(id, u"clientSecret"_s);
        QCOMPARE(*vault.resolveForHost(ref, u"partner.example"_s), secret);
        QVERIFY(!vault.resolveForHost(ref, u"127.0.0.1"_s).ok());

        EnvironmentStore again(path());
        QVERIFY(again.load().ok());
        QCOMPARE(again.secretNames(id), QStringList { u"clientSecret"_s });
        QVERIFY(again.remove(id, &vault).ok());
        QVERIFY(!vault.ids().contains(ref));
    }

    void productionAsksBeforeChanges()
    {
        QVERIFY(EnvironmentStore::needsConfirmation(Environment::production(), "POST"));
        QVERIFY(EnvironmentStore::needsConfirmation(Environment::production(), "delete"));
        QVERIFY(!EnvironmentStore::needsConfirmation(Environment::production(), "GET"));
        QVERIFY(!EnvironmentStore::needsConfirmation(Environment::opSandbox(), "POST"));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentStore)
#include "tst_environmentstore.moc"
