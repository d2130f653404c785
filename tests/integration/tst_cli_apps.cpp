// opconsole-cli app and token commands end to end: the real binary, a data
// folder of the test's own, the vault passphrase from the environment.
#include "clirun.h"

#include "apps/applicationstore.h"
#include "apps/customtokenstore.h"
#include "security/encryptedfilevault.h"
#include "security/secrettreesearch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;

class TestCliApps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addListRemoveWithSecretFromStdin();
    void registerMintsLocalCredentials();
    void passphraseComesFromTheEnvironment();
    void tokensAreMaskedAndKeptInTheVault();
    void refusalsHaveTheirExitCodes();
    void nothingSecretInPlainFiles();
    void sendsAsAStoredApplication();

private:
    CliRun cli(const QStringList &args, const QByteArray &stdinData = {},
            const QString &passphraseVar = u"OPCONSOLE_VAULT_PASSPHRASE"_s, const QString &passphrase = {});
    QString dataDir() const { return QDir(m_dir->path()).filePath(u"data"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_passphrase = u"cli test passphrase"_s;
};

void TestCliApps::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliRun TestCliApps::cli(const QStringList &args, const QByteArray &stdinData, const QString &passphraseVar,
                        const QString &passphrase)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"OPCONSOLE_VAULT_PASSPHRASE"_s);
    env.remove(u"OPC_VAULT_PASSPHRASE"_s);
    env.insert(u"OPC_DATA_DIR"_s, dataDir());
    // Nothing may land in the real profile either.
    env.insert(u"XDG_DATA_HOME"_s, QDir(m_dir->path()).filePath(u"xdg-data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, QDir(m_dir->path()).filePath(u"xdg-config"_s));
    if (!passphraseVar.isEmpty()) {
        env.insert(passphraseVar, passphrase.isEmpty() ? m_passphrase : passphrase);
    }
    return runBinary(u"opconsole-cli"_s, args, env, stdinData, 30000);
}

void TestCliApps::addListRemoveWithSecretFromStdin()
{
    const QString key = u"PortalKeyAbcdef0123456789"_s;
    const QByteArray secret = "PortalSecretFromStdin9876543210";
    CliRun r = cli({ u"app"_s, u"add"_s, u"Team sandbox"_s, u"--env"_s, u"sandbox"_s, u"--api-key"_s, key,
                  u"--api-secret"_s, u"-"_s, u"--product"_s, u"accounts-v3"_s },
                secret + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(key));

    r = cli({ u"app"_s, u"list"_s }, {}, {});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"Team sandbox\tsandbox\tBasic"_s));
    QVERIFY(r.out.contains(u"…6789"_s));
    QVERIFY(!r.out.contains(key));

    // The key and the secret (without the line break) are in the vault,
    // bound to the sandbox host.
    EncryptedFileVault vault(QDir(dataDir()).filePath(u"vault.opcv"_s));
    QVERIFY(vault.unlock(m_passphrase));
    ApplicationStore store(QDir(dataDir()).filePath(u"applications.json"_s));
    store.setSecretStore(&vault);
    QVERIFY(store.load());
    const Application *app = store.findByName(u"Team sandbox"_s);
    QVERIFY(app);
    auto credentials = store.credentials(app->id, u"sandbox.apis.op.fi"_s);
    QVERIFY2(credentials, qPrintable(credentials.errorMessage()));
    QCOMPARE(credentials->apiKey, key);
    QCOMPARE(credentials->apiSecret, secret);
    QVERIFY(!store.credentials(app->id, u"example.com"_s));
    const QString secretRef = app->secretRef;
    vault.lock();

    r = cli({ u"app"_s, u"remove"_s, u"team SANDBOX"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({ u"app"_s, u"list"_s }, {}, {});
    QVERIFY(!r.out.contains(u"Team sandbox"_s));
    QVERIFY(vault.unlock(m_passphrase));
    QVERIFY(!vault.ids().contains(secretRef));
}

void TestCliApps::registerMintsLocalCredentials()
{
    CliRun r = cli({ u"app"_s, u"add"_s, u"Local one"_s, u"--env"_s, u"local"_s, u"--register"_s, u"--product"_s,
                  u"accounts-v3"_s, u"--product"_s, u"psd2-ais-v1"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"High"_s)); // the highest of the two products
    EncryptedFileVault vault(QDir(dataDir()).filePath(u"vault.opcv"_s));
    QVERIFY(vault.unlock(m_passphrase));
    ApplicationStore store(QDir(dataDir()).filePath(u"applications.json"_s));
    store.setSecretStore(&vault);
    QVERIFY(store.load());
    const Application *app = store.findByName(u"Local one"_s);
    QVERIFY(app);
    QCOMPARE(app->productIds, QStringList({ u"accounts-v3"_s, u"psd2-ais-v1"_s }));
    auto credentials = store.credentials(app->id, u"127.0.0.1"_s);
    QVERIFY(credentials);
    QVERIFY(credentials->apiKey.size() >= 16);
    QVERIFY(credentials->apiSecret.size() >= 16);

    // --register is for the local simulator only; an unknown product is refused.
    r = cli({ u"app"_s, u"add"_s, u"Remote"_s, u"--env"_s, u"sandbox"_s, u"--register"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"local simulator only"_s));
    r = cli({ u"app"_s, u"add"_s, u"Odd"_s, u"--product"_s, u"no-such-product"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"no-such-product"_s));
}

void TestCliApps::passphraseComesFromTheEnvironment()
{
    // Without a passphrase nothing secret can be stored, and nothing is.
    CliRun r = cli({ u"app"_s, u"add"_s, u"Keyed"_s, u"--env"_s, u"sandbox"_s, u"--api-key"_s, u"k-1234567890abc"_s }, {},
                QString());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"OPCONSOLE_VAULT_PASSPHRASE"_s));
    QVERIFY(!QFile::exists(QDir(dataDir()).filePath(u"vault.opcv"_s)));
    // The console's older variable works too.
    r = cli({ u"app"_s, u"add"_s, u"Keyed"_s, u"--env"_s, u"sandbox"_s, u"--api-key"_s, u"k-1234567890abc"_s }, {},
            u"OPC_VAULT_PASSPHRASE"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // A wrong passphrase is a clear error and changes nothing.
    QFile vaultFile(QDir(dataDir()).filePath(u"vault.opcv"_s));
    QVERIFY(vaultFile.open(QIODevice::ReadOnly));
    const QByteArray before = vaultFile.readAll();
    vaultFile.close();
    r = cli({ u"token"_s, u"add"_s, u"t"_s, u"value-value-value"_s }, {}, u"OPCONSOLE_VAULT_PASSPHRASE"_s,
            u"not the passphrase"_s);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"passphrase"_s, Qt::CaseInsensitive), qPrintable(r.err));
    QVERIFY(vaultFile.open(QIODevice::ReadOnly));
    QCOMPARE(vaultFile.readAll(), before);
    r = cli({ u"token"_s, u"list"_s }, {}, {});
    QVERIFY(r.out.contains(u"No custom tokens"_s));
}

void TestCliApps::tokensAreMaskedAndKeptInTheVault()
{
    const QByteArray fromArgument = "tokenValueOnTheCommandLine123";
    const QByteArray fromStdin = "tokenValueFromStandardInput456";
    CliRun r = cli({ u"token"_s, u"add"_s, u"argument"_s, QString::fromUtf8(fromArgument) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({ u"token"_s, u"add"_s, u"stdin"_s, u"-"_s }, fromStdin + "\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({ u"token"_s, u"list"_s }, {}, {});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"argument\t••••••••"_s));
    QVERIFY(r.out.contains(u"stdin\t••••••••"_s));
    QVERIFY(!r.out.contains(QString::fromUtf8(fromArgument.left(8))));
    QVERIFY(!r.out.contains(QString::fromUtf8(fromStdin.right(6))));

    EncryptedFileVault vault(QDir(dataDir()).filePath(u"vault.opcv"_s));
    QVERIFY(vault.unlock(m_passphrase));
    CustomTokenStore tokens(QDir(dataDir()).filePath(u"custom-tokens.json"_s));
    tokens.setSecretStore(&vault);
    QVERIFY(tokens.load());
    QCOMPARE(tokens.tokens().size(), 2);
    QCOMPARE(*tokens.value(tokens.tokens().at(0).id), fromArgument);
    QCOMPARE(*tokens.value(tokens.tokens().at(1).id), fromStdin);
    vault.lock();

    r = cli({ u"token"_s, u"add"_s, u"ARGUMENT"_s, u"other-value-123456"_s });
    QCOMPARE(r.exitCode, 1);
    r = cli({ u"token"_s, u"remove"_s, u"argument"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({ u"token"_s, u"list"_s }, {}, {});
    QVERIFY(!r.out.contains(u"argument"_s));
}

void TestCliApps::refusalsHaveTheirExitCodes()
{
    CliRun r = cli({ u"app"_s, u"add"_s, u"Twice"_s });
    QCOMPARE(r.exitCode, 0);
    r = cli({ u"app"_s, u"add"_s, u"twice"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"exists already"_s));
    r = cli({ u"app"_s, u"remove"_s, u"nobody"_s });
    QCOMPARE(r.exitCode, 1);
    r = cli({ u"app"_s, u"add"_s, u"Bad env"_s, u"--env"_s, u"mars"_s });
    QCOMPARE(r.exitCode, 2);
    r = cli({ u"app"_s, u"frobnicate"_s });
    QCOMPARE(r.exitCode, 2);
}

void TestCliApps::nothingSecretInPlainFiles()
{
    const QByteArray key = "ScanKeyAbcdefghijklmnop123";
    const QByteArray secret = "ScanSecretQrstuvwxyz4567890";
    const QByteArray token = "ScanTokenValue0987654321zyx";
    CliRun r = cli({ u"app"_s, u"add"_s, u"Scanned"_s, u"--env"_s, u"production"_s, u"--api-key"_s,
                  QString::fromUtf8(key), u"--api-secret"_s, QString::fromUtf8(secret) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({ u"app"_s, u"add"_s, u"Minted"_s, u"--register"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({ u"token"_s, u"add"_s, u"scan"_s, u"-"_s }, token);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    EncryptedFileVault vault(QDir(dataDir()).filePath(u"vault.opcv"_s));
    QVERIFY(vault.unlock(m_passphrase));
    ApplicationStore store(QDir(dataDir()).filePath(u"applications.json"_s));
    store.setSecretStore(&vault);
    QVERIFY(store.load());
    auto minted = store.credentials(store.findByName(u"Minted"_s)->id);
    QVERIFY(minted);
    const QList<QByteArray> secrets { key, secret, token, minted->apiKey.toUtf8(), minted->apiSecret,
                                      m_passphrase.toUtf8() };
    // Everything the test's processes could write: the data folder and the
    // XDG folders they were pointed at.
    for (const QByteArray &value : secrets) {
        const QList<SecretHit> hits = findSecretInTree(m_dir->path(), value);
        for (const SecretHit &hit : hits) {
            qWarning("found in %s (%s)", qPrintable(hit.file), qPrintable(hit.encoding));
        }
        QVERIFY(hits.isEmpty());
    }
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
    for (const QString &name : { u"vault.opcv"_s, u"applications.json"_s, u"custom-tokens.json"_s }) {
        QCOMPARE(QFile::permissions(QDir(dataDir()).filePath(name)) & others, QFile::Permissions());
    }
    QCOMPARE(QFile::permissions(dataDir()) & others, QFile::Permissions());
}

void TestCliApps::sendsAsAStoredApplication()
{
    CliRun r = cli({ u"app"_s, u"add"_s, u"Local team"_s, u"--env"_s, u"local"_s, u"--register"_s, u"--product"_s,
                  u"accounts-v3"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({ u"send"_s, u"--app"_s, u"Local team"_s, u"--static-token"_s, u"1"_s, u"GET"_s,
              u"/accounts/v3/accounts"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"HTTP 200"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Quota: 999 of 1000 left"_s), qPrintable(r.out));

    // The key came from the vault, was sent and is not printed; the quota
    // was counted in the console's own bucket for that application.
    EncryptedFileVault vault(QDir(dataDir()).filePath(u"vault.opcv"_s));
    QVERIFY(vault.unlock(m_passphrase));
    ApplicationStore store(QDir(dataDir()).filePath(u"applications.json"_s));
    store.setSecretStore(&vault);
    QVERIFY(store.load());
    const Application *app = store.findByName(u"Local team"_s);
    QVERIFY(app);
    const auto credentials = store.credentials(app->id);
    QVERIFY(credentials && !credentials->apiKey.isEmpty());
    QVERIFY(!r.out.contains(credentials->apiKey));
    QFile quota(QDir(dataDir()).filePath(u"quota.json"_s));
    QVERIFY(quota.open(QIODevice::ReadOnly));
    QVERIFY(quota.readAll().contains(QStringLiteral("local/%1").arg(app->id).toUtf8()));

    // Clear refusals: an unknown name, another environment, credentials given twice.
    r = cli({ u"send"_s, u"--app"_s, u"Nobody"_s, u"GET"_s, u"/accounts/v3/accounts"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"no application named \"Nobody\" (there are: Local team)"_s), qPrintable(r.err));
    r = cli({ u"send"_s, u"--app"_s, u"Local team"_s, u"--env"_s, u"sandbox"_s, u"GET"_s, u"/accounts/v3/accounts"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"belongs to the environment \"local\""_s), qPrintable(r.err));
    r = cli({ u"send"_s, u"--app"_s, u"Local team"_s, u"--api-key"_s, u"x"_s, u"GET"_s, u"/accounts/v3/accounts"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"leave out --api-key"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliApps)
#include "tst_cli_apps.moc"
