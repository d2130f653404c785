#include "security/encryptedfilevault.h"
#include "security/keychainvault.h"
#include "security/secrettreesearch.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;

/// Without a Secret Service (no D-Bus session, as on CI) the keychain path
/// must fail fast and visibly, and the passphrase vault must take over with
/// nothing written to QSettings or any .ini file.
class TestVaultKeychain : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString profile() const { return m_home.filePath(QStringLiteral("config/opconsole")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // No session bus, and every standard location inside the test folder.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", m_home.filePath(QStringLiteral("run")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
        qputenv("HOME", m_home.path().toUtf8());
        QDir().mkpath(m_home.filePath(QStringLiteral("run")));
        QFile::setPermissions(m_home.filePath(QStringLiteral("run")),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCoreApplication::setOrganizationName(QStringLiteral("opconsole-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_vaultkeychain"));
    }

    void probeReportsUnavailableQuickly()
    {
        EncryptedFileVault file(profile() + QStringLiteral("/probe.opcv"));
        KeychainVault keychain(&file);
        QElapsedTimer t;
        t.start();
        const Status s = keychain.probe(2000);
        const qint64 ms = t.elapsed();
        qDebug("keychain probe answered in %lld ms: %s", ms, qPrintable(keychain.probeDetail()));
        QVERIFY(!s.ok());
        QCOMPARE(s.errorMessage(),
            QStringLiteral("No keychain service is available: using the passphrase vault"));
        QCOMPARE(s.errorCode(), QStringLiteral("no-keychain"));
        QVERIFY(keychain.probed());
        QVERIFY(!keychain.available());
        QVERIFY2(ms < 5000, "the probe is bounded by its timeout");
    }

    void fallbackToPassphrase()
    {
        const QByteArray apiSecret = "fallback-api-secret-0123456789";
        EncryptedFileVault::Options o;
        o.scryptLog2N = 10;
        const QString path = profile() + QStringLiteral("/vault.opcv");
        {
            EncryptedFileVault file(path, o);
            QVERIFY(file.create(QStringLiteral("ci passphrase")).ok());
            KeychainVault keychain(&file);
            // Enrolling needs a keychain: refused, and no slot is added.
            const Status enrolled = keychain.enroll(2000);
            QCOMPARE(enrolled.errorCode(), QStringLiteral("no-keychain"));
            QVERIFY(!file.hasKeychainSlot());
            QVERIFY(
                keychain
                    .put(QStringLiteral("app1.apiSecret"), QStringLiteral("api-secret"), apiSecret)
                    .ok());
        }

        EncryptedFileVault file(path);
        KeychainVault keychain(&file);
        qputenv(EncryptedFileVault::kPassphraseEnvVar, "ci passphrase");
        const Result<QString> notice = keychain.unlockWithFallback(QString(), 2000);
        qunsetenv(EncryptedFileVault::kPassphraseEnvVar);
        QVERIFY2(notice.ok(), qPrintable(notice.errorMessage()));
        QCOMPARE(*notice, KeychainVault::unavailableMessage());
        QVERIFY(keychain.isUnlocked());
        QCOMPARE(keychain.get(QStringLiteral("app1.apiSecret")).value(), apiSecret);

        // A wrong passphrase in the fallback is still the clear error.
        keychain.lock();
        QCOMPARE(keychain.unlockWithFallback(QStringLiteral("nope"), 2000).errorCode(),
            QStringLiteral("wrong-passphrase"));

        // Nothing went to QSettings or any .ini anywhere under the home.
        QSettings settings;
        QVERIFY(settings.allKeys().isEmpty());
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            QVERIFY2(!f.endsWith(QStringLiteral(".ini")) && !f.endsWith(QStringLiteral(".conf")),
                qPrintable(f));
        }
        QVERIFY(findSecretInTree(m_home.path(), apiSecret).isEmpty());
        QVERIFY(findSecretInTree(m_home.path(), "ci passphrase").isEmpty());
    }

    void keychainSlotStillNeedsTheKeychain()
    {
        // A vault enrolled on another machine (keychain slot present) opens
        // here with the passphrase, after a clear notice.
        EncryptedFileVault::Options o;
        o.scryptLog2N = 10;
        const QString path = profile() + QStringLiteral("/enrolled.opcv");
        {
            EncryptedFileVault file(path, o);
            QVERIFY(file.create(QStringLiteral("pw")).ok());
            QVERIFY(file.addKeychainSlot(QByteArray(32, 'k')).ok());
        }
        EncryptedFileVault file(path);
        KeychainVault keychain(&file);
        QCOMPARE(keychain.unlock(2000).errorCode(), QStringLiteral("no-keychain"));
        QVERIFY(!file.isUnlocked());
        const Result<QString> notice = keychain.unlockWithFallback(QStringLiteral("pw"), 2000);
        QVERIFY(notice.ok());
        QCOMPARE(*notice, KeychainVault::unavailableMessage());
        QVERIFY(file.hasKeychainSlot());
    }
};

QTEST_GUILESS_MAIN(TestVaultKeychain)
#include "tst_vaultkeychain.moc"
