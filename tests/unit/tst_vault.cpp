#include "security/encryptedfilevault.h"
#include "security/vaultcrypto.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace opc;

namespace {
// Low scrypt cost keeps the suite fast; the format records the cost, so the
// same code path runs as with the default 2^17.
EncryptedFileVault::Options fastOptions()
{
    EncryptedFileVault::Options o;
    o.scryptLog2N = 10;
    return o;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

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

// Offset of the sealed bytes (nonce || ciphertext || tag) of record @p id:
// the layout is u16 id length, id, u16 kind length, kind, u32 length, sealed.
qsizetype sealedOffset(const QByteArray &file, const QByteArray &id, const QByteArray &kind)
{
    QByteArray marker;
    marker.append(char(0)).append(char(id.size())).append(id);
    marker.append(char(0)).append(char(kind.size())).append(kind);
    const qsizetype at = file.indexOf(marker);
    return at < 0 ? -1 : at + marker.size() + 4;
}
} // namespace

class TestVault : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name = QStringLiteral("vault.opcv")) const
    {
        return m_dir.filePath(QStringLiteral("profile/") + name);
    }
    void makeVault(const QString &file)
    {
        EncryptedFileVault v(file, fastOptions());
        QVERIFY2(v.create(QStringLiteral("correct horse")).ok(), "create");
        QVERIFY(v.put(QStringLiteral("app1.apiSecret"), QStringLiteral("api-secret"),
                     QByteArrayLiteral("s3cr3t-value-one"))
                    .ok());
        QVERIFY(v.put(QStringLiteral("app1.token"), QStringLiteral("token"),
                     QByteArrayLiteral("s3cr3t-value-two"))
                    .ok());
        QVERIFY(v.put(QStringLiteral("app2.apiSecret"), QStringLiteral("api-secret"),
                     QByteArrayLiteral("s3cr3t-value-333"))
                    .ok());
    }

private Q_SLOTS:
    void init() { QDir(m_dir.filePath(QStringLiteral("profile"))).removeRecursively(); }

    void roundTripAcrossReopen()
    {
        makeVault(path());
        EncryptedFileVault v(path());
        QVERIFY(!v.isUnlocked());
        const Status s = v.unlock(QStringLiteral("correct horse"));
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QCOMPARE(v.ids().size(), 3);
        QCOMPARE(
            v.get(QStringLiteral("app1.apiSecret")).value(), QByteArrayLiteral("s3cr3t-value-one"));
        QCOMPARE(
            v.get(QStringLiteral("app1.token")).value(), QByteArrayLiteral("s3cr3t-value-two"));
        QCOMPARE(v.kind(QStringLiteral("app1.token")).value(), QStringLiteral("token"));
        QVERIFY(v.failedRecords().isEmpty());
        QVERIFY(v.remove(QStringLiteral("app1.token")).ok());
        QVERIFY(v.put(QStringLiteral("app2.apiSecret"), QStringLiteral("api-secret"),
                     QByteArrayLiteral("replaced"))
                    .ok());
        v.lock();
        QVERIFY(!v.get(QStringLiteral("app2.apiSecret")).ok());
        QVERIFY(v.unlock(QStringLiteral("correct horse")).ok());
        QCOMPARE(v.ids(),
            QStringList({ QStringLiteral("app1.apiSecret"), QStringLiteral("app2.apiSecret") }));
        QCOMPARE(v.get(QStringLiteral("app2.apiSecret")).value(), QByteArrayLiteral("replaced"));
        // No value in the file in clear.
        QVERIFY(!readAll(path()).contains("s3cr3t-value-one"));
    }

    void createRefusesToReplace()
    {
        makeVault(path());
        const QByteArray before = fileHash(path());
        EncryptedFileVault v(path(), fastOptions());
        const Status s = v.create(QStringLiteral("other"));
        QVERIFY(!s.ok());
        QCOMPARE(s.errorCode(), QStringLiteral("exists"));
        QCOMPARE(fileHash(path()), before);
    }

    void wrongPassphrase()
    {
        makeVault(path());
        const QByteArray before = fileHash(path());
        EncryptedFileVault v(path());
        const Status s = v.unlock(QStringLiteral("wrong horse"));
        QVERIFY(!s.ok());
        QCOMPARE(s.errorMessage(), QStringLiteral("Wrong passphrase"));
        QCOMPARE(s.errorCode(), QStringLiteral("wrong-passphrase"));
        QVERIFY(!v.isUnlocked());
        QCOMPARE(fileHash(path()), before);
    }

    void corruptHeaderThenStartFresh()
    {
        makeVault(path());
        QByteArray bytes = readAll(path());
        bytes[1] = 'X'; // magic
        writeAll(path(), bytes);
        const QByteArray before = fileHash(path());
        EncryptedFileVault v(path(), fastOptions());
        const Status s = v.unlock(QStringLiteral("correct horse"));
        QCOMPARE(s.errorCode(), QStringLiteral("corrupt"));
        QVERIFY(s.errorMessage().startsWith(QStringLiteral("The vault file is corrupt")));
        QVERIFY(s.errorMessage() != QStringLiteral("Wrong passphrase"));
        QCOMPARE(fileHash(path()), before);
        // Nothing replaces it silently.
        QVERIFY(!v.create(QStringLiteral("new")).ok());
        QCOMPARE(fileHash(path()), before);

        const Result<QString> moved = v.startFresh();
        QVERIFY2(moved.ok(), qPrintable(moved.errorMessage()));
        QVERIFY(moved->contains(QStringLiteral(".corrupt-")));
        QCOMPARE(fileHash(*moved), before);
        QVERIFY(!QFile::exists(path()));
        QVERIFY(v.create(QStringLiteral("new")).ok());
    }

    void corruptKdfParamsAndSlots_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("format") << 4;
        QTest::newRow("kdf id") << 5;
        QTest::newRow("slot flags") << 31;
    }
    void corruptKdfParamsAndSlots()
    {
        QFETCH(int, offset);
        makeVault(path());
        QByteArray bytes = readAll(path());
        bytes[offset] = char(0x7f);
        writeAll(path(), bytes);
        const QByteArray before = fileHash(path());
        EncryptedFileVault v(path());
        const Status s = v.unlock(QStringLiteral("correct horse"));
        QVERIFY(!s.ok());
        QVERIFY(s.errorCode() == QStringLiteral("corrupt")
            || s.errorCode() == QStringLiteral("unsupported"));
        QCOMPARE(fileHash(path()), before);
    }

    void truncatedFile_data()
    {
        QTest::addColumn<int>("keep");
        QTest::newRow("empty") << 0;
        QTest::newRow("magic only") << 4;
        QTest::newRow("inside salt") << 20;
        QTest::newRow("inside canary") << 100;
        QTest::newRow("one byte short") << -1;
    }
    void truncatedFile()
    {
        QFETCH(int, keep);
        makeVault(path());
        QByteArray bytes = readAll(path());
        bytes.truncate(keep < 0 ? bytes.size() + keep : keep);
        writeAll(path(), bytes);
        const QByteArray before = fileHash(path());
        EncryptedFileVault v(path());
        const Status s = v.unlock(QStringLiteral("correct horse"));
        QCOMPARE(s.errorCode(), QStringLiteral("corrupt"));
        QCOMPARE(fileHash(path()), before);
    }

    void flippedByteInOneRecord()
    {
        makeVault(path());
        QByteArray bytes = readAll(path());
        const qsizetype at = sealedOffset(bytes, "app1.token", "token");
        QVERIFY(at > 0);
        bytes[at + 14] = char(bytes.at(at + 14) ^ 0x01); // inside the ciphertext
        writeAll(path(), bytes);
        const QByteArray before = fileHash(path());

        EncryptedFileVault v(path());
        QVERIFY(v.unlock(QStringLiteral("correct horse")).ok());
        QCOMPARE(v.failedRecords(), QStringList { QStringLiteral("app1.token") });
        const Result<QByteArray> bad = v.get(QStringLiteral("app1.token"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.errorMessage().contains(QStringLiteral("failed authentication")));
        QCOMPARE(
            v.get(QStringLiteral("app1.apiSecret")).value(), QByteArrayLiteral("s3cr3t-value-one"));
        QCOMPARE(
            v.get(QStringLiteral("app2.apiSecret")).value(), QByteArrayLiteral("s3cr3t-value-333"));
        QCOMPARE(fileHash(path()), before);
    }

    void swappedRecordsRejected()
    {
        makeVault(path());
        QByteArray bytes = readAll(path());
        const qsizetype a = sealedOffset(bytes, "app1.apiSecret", "api-secret");
        const qsizetype b = sealedOffset(bytes, "app2.apiSecret", "api-secret");
        QVERIFY(a > 0 && b > 0);
        const int len = VaultCrypto::kNonceSize + 2 + 16 + VaultCrypto::kTagSize; // same sizes
        const QByteArray sa = bytes.mid(a, len);
        const QByteArray sb = bytes.mid(b, len);
        bytes.replace(a, len, sb);
        bytes.replace(b, len, sa);
        writeAll(path(), bytes);
        const QByteArray before = fileHash(path());

        EncryptedFileVault v(path());
        QVERIFY(v.unlock(QStringLiteral("correct horse")).ok());
        QCOMPARE(v.failedRecords(),
            QStringList({ QStringLiteral("app1.apiSecret"), QStringLiteral("app2.apiSecret") }));
        QVERIFY(!v.get(QStringLiteral("app1.apiSecret")).ok());
        QVERIFY(!v.get(QStringLiteral("app2.apiSecret")).ok());
        QCOMPARE(
            v.get(QStringLiteral("app1.token")).value(), QByteArrayLiteral("s3cr3t-value-two"));
        QCOMPARE(fileHash(path()), before);
    }

    void damagedRecordKeptOnLaterSave()
    {
        makeVault(path());
        QByteArray bytes = readAll(path());
        const qsizetype at = sealedOffset(bytes, "app1.token", "token");
        bytes[at + 14] = char(bytes.at(at + 14) ^ 0x01);
        writeAll(path(), bytes);
        const QByteArray damaged
            = bytes.mid(at, VaultCrypto::kNonceSize + 2 + 16 + VaultCrypto::kTagSize);
        EncryptedFileVault v(path());
        QVERIFY(v.unlock(QStringLiteral("correct horse")).ok());
        QVERIFY(v.put(QStringLiteral("new"), QStringLiteral("token"), "x").ok());
        // The damaged record is carried over byte for byte, not dropped.
        QVERIFY(readAll(path()).contains(damaged));
    }

    void permissionsOnFirstSave()
    {
#ifdef Q_OS_UNIX
        const QString file = m_dir.filePath(QStringLiteral("fresh/deeper/vault.opcv"));
        EncryptedFileVault v(file, fastOptions());
        QVERIFY(v.create(QStringLiteral("pw")).ok());
        const auto filePerms = QFileInfo(file).permissions()
            & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::WriteOther | QFile::ExeOther | QFile::ReadOwner | QFile::WriteOwner
                | QFile::ExeOwner);
        QCOMPARE(filePerms, QFile::ReadOwner | QFile::WriteOwner);
        const auto dirPerms = QFileInfo(QFileInfo(file).absolutePath()).permissions()
            & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::WriteOther | QFile::ExeOther | QFile::ReadOwner | QFile::WriteOwner
                | QFile::ExeOwner);
        QCOMPARE(dirPerms, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
#else
        QSKIP("POSIX permissions only");
#endif
    }

    void changePassphrase()
    {
        makeVault(path());
        EncryptedFileVault v(path());
        QVERIFY(v.unlock(QStringLiteral("correct horse")).ok());
        QCOMPARE(v.changePassphrase(QStringLiteral("nope"), QStringLiteral("new pass")).errorCode(),
            QStringLiteral("wrong-passphrase"));
        QVERIFY(
            v.changePassphrase(QStringLiteral("correct horse"), QStringLiteral("new pass")).ok());
        v.lock();
        QCOMPARE(v.unlock(QStringLiteral("correct horse")).errorCode(),
            QStringLiteral("wrong-passphrase"));
        QVERIFY(v.unlock(QStringLiteral("new pass")).ok());
        QCOMPARE(
            v.get(QStringLiteral("app1.token")).value(), QByteArrayLiteral("s3cr3t-value-two"));
    }

    void backupExportImport()
    {
        makeVault(path());
        const QString backupPath = m_dir.filePath(QStringLiteral("profile/backup.opcv"));
        {
            EncryptedFileVault v(path(), fastOptions());
            QVERIFY(v.unlock(QStringLiteral("correct horse")).ok());
            const Result<int> n = v.exportBackup(backupPath, QStringLiteral("backup pw"));
            QVERIFY2(n.ok(), qPrintable(n.errorMessage()));
            QCOMPARE(*n, 3);
        }
        QVERIFY(!readAll(backupPath).contains("s3cr3t"));
        // The backup has its own passphrase.
        EncryptedFileVault b(backupPath);
        QCOMPARE(b.unlock(QStringLiteral("correct horse")).errorCode(),
            QStringLiteral("wrong-passphrase"));
        QVERIFY(b.unlock(QStringLiteral("backup pw")).ok());
        QCOMPARE(
            b.get(QStringLiteral("app2.apiSecret")).value(), QByteArrayLiteral("s3cr3t-value-333"));

        const QString other = m_dir.filePath(QStringLiteral("profile/other.opcv"));
        EncryptedFileVault o(other, fastOptions());
        QVERIFY(o.create(QStringLiteral("other pw")).ok());
        QCOMPARE(o.importBackup(backupPath, QStringLiteral("wrong")).errorCode(),
            QStringLiteral("wrong-passphrase"));
        const Result<int> n = o.importBackup(backupPath, QStringLiteral("backup pw"));
        QVERIFY2(n.ok(), qPrintable(n.errorMessage()));
        QCOMPARE(*n, 3);
        o.lock();
        QVERIFY(o.unlock(QStringLiteral("other pw")).ok());
        QCOMPARE(
            o.get(QStringLiteral("app1.apiSecret")).value(), QByteArrayLiteral("s3cr3t-value-one"));
    }

    void idleLock()
    {
        makeVault(path());
        EncryptedFileVault v(path());
        QSignalSpy spy(&v, &SecretStore::lockedChanged);
        v.setIdleTimeout(150);
        QVERIFY(v.unlock(QStringLiteral("correct horse")).ok());
        QVERIFY(v.isUnlocked());
        // Use keeps it open.
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(60);
            QVERIFY(v.get(QStringLiteral("app1.token")).ok());
        }
        QVERIFY(v.isUnlocked());
        QTRY_VERIFY_WITH_TIMEOUT(!v.isUnlocked(), 3000);
        QVERIFY(!v.get(QStringLiteral("app1.token")).ok());
        QVERIFY(spy.count() >= 2);
        QCOMPARE(spy.last().at(0).toBool(), true);
    }

    void passphraseFromEnvironment()
    {
        makeVault(path());
        EncryptedFileVault v(path());
        qunsetenv(EncryptedFileVault::kPassphraseEnvVar);
        QCOMPARE(v.unlockFromEnvironment().errorCode(), QStringLiteral("no-passphrase"));
        qputenv(EncryptedFileVault::kPassphraseEnvVar, "correct horse");
        const Status s = v.unlockFromEnvironment();
        qunsetenv(EncryptedFileVault::kPassphraseEnvVar);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QVERIFY(v.isUnlocked());
    }

    void keychainSlot()
    {
        makeVault(path());
        const QByteArray kek = VaultCrypto::randomBytes(32);
        {
            EncryptedFileVault v(path());
            QCOMPARE(v.unlockWithKey(kek).errorCode(), QStringLiteral("no-keychain-slot"));
            QVERIFY(v.unlock(QStringLiteral("correct horse")).ok());
            QVERIFY(v.addKeychainSlot(kek).ok());
        }
        EncryptedFileVault v(path());
        QCOMPARE(
            v.unlockWithKey(VaultCrypto::randomBytes(32)).errorCode(), QStringLiteral("wrong-key"));
        QVERIFY(v.unlockWithKey(kek).ok());
        QCOMPARE(
            v.get(QStringLiteral("app1.token")).value(), QByteArrayLiteral("s3cr3t-value-two"));
        // Both slots open the same vault.
        v.lock();
        QVERIFY(v.unlock(QStringLiteral("correct horse")).ok());
        QVERIFY(v.changePassphrase(QStringLiteral("correct horse"), QStringLiteral("p2")).ok());
        v.lock();
        QVERIFY(v.unlockWithKey(kek).ok());
    }

    void hostBinding()
    {
        EncryptedFileVault v(path(), fastOptions());
        QVERIFY(v.create(QStringLiteral("pw")).ok());
        QVERIFY(v.put(QStringLiteral("app1.apiSecret"), QStringLiteral("api-secret"), "abc",
                     { QStringLiteral("sandbox.apis.op.fi"), QStringLiteral("*.test.local") })
                    .ok());
        QVERIFY(v.put(QStringLiteral("free"), QStringLiteral("token"), "xyz").ok());
        QCOMPARE(
            v.resolveForHost(QStringLiteral("app1.apiSecret"), QStringLiteral("SANDBOX.apis.op.fi"))
                .value(),
            QByteArrayLiteral("abc"));
        QCOMPARE(v.resolveForHost(QStringLiteral("app1.apiSecret"), QStringLiteral("a.test.local"))
                     .value(),
            QByteArrayLiteral("abc"));
        const Result<QByteArray> refused
            = v.resolveForHost(QStringLiteral("app1.apiSecret"), QStringLiteral("evil.example"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorCode(), QStringLiteral("host-not-allowed"));
        QVERIFY(refused.errorMessage().contains(QStringLiteral("evil.example")));
        QVERIFY(
            !v.resolveForHost(QStringLiteral("app1.apiSecret"), QStringLiteral("test.local")).ok());
        QVERIFY(!v.resolveForHost(
                      QStringLiteral("app1.apiSecret"), QStringLiteral("xsandbox.apis.op.fi"))
                     .ok());
        QCOMPARE(v.resolveForHost(QStringLiteral("free"), QStringLiteral("anything")).value(),
            QByteArrayLiteral("xyz"));
        // The binding survives reopening.
        v.lock();
        QVERIFY(v.unlock(QStringLiteral("pw")).ok());
        QCOMPARE(v.allowedHosts(QStringLiteral("app1.apiSecret")).value().size(), 2);
    }

    void asyncCreateAndUnlockKeepTheEventLoopRunning()
    {
        // The default cost (about half a second of scrypt) so the worker is
        // busy long enough for the event loop to be seen turning meanwhile.
        const QString file = path(QStringLiteral("async.opcv"));
        EncryptedFileVault creator(file);
        int ticks = 0;
        QTimer probe;
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, this, [&ticks] { ++ticks; });
        probe.start();

        QFuture<Status> created = creator.createAsync(QStringLiteral("correct horse"));
        QVERIFY(!created.isFinished());
        QTRY_VERIFY_WITH_TIMEOUT(created.isFinished(), 30000);
        QVERIFY2(created.result().ok(), qPrintable(created.result().errorMessage()));
        QVERIFY(creator.isUnlocked());
        QVERIFY(ticks > 0);
        QVERIFY(creator.put(QStringLiteral("a"), QStringLiteral("token"), "value-a").ok());

        EncryptedFileVault reader(file);
        const QByteArray before = fileHash(file);
        QFuture<Status> wrong = reader.unlockAsync(QStringLiteral("wrong horse"));
        QTRY_VERIFY_WITH_TIMEOUT(wrong.isFinished(), 30000);
        QCOMPARE(wrong.result().errorCode(), QStringLiteral("wrong-passphrase"));
        QVERIFY(!reader.isUnlocked());
        QCOMPARE(fileHash(file), before);

        ticks = 0;
        QFuture<Status> right = reader.unlockAsync(QStringLiteral("correct horse"));
        QTRY_VERIFY_WITH_TIMEOUT(right.isFinished(), 30000);
        QVERIFY(right.result().ok());
        QVERIFY(ticks > 0);
        QCOMPARE(*reader.get(QStringLiteral("a")), QByteArray("value-a"));

        // A second create on an existing file fails at once, before any
        // key derivation.
        EncryptedFileVault again(file);
        QFuture<Status> refused = again.createAsync(QStringLiteral("x"));
        QVERIFY(refused.isFinished());
        QCOMPARE(refused.result().errorCode(), QStringLiteral("exists"));
    }

    void defaultCostMeasured()
    {
        // The benchmarked default: scrypt N=2^17, r=8, p=1.
        const QByteArray salt = VaultCrypto::randomBytes(16);
        QElapsedTimer t;
        t.start();
        const Result<QByteArray> k = VaultCrypto::scrypt("passphrase", salt, 17, 8, 1);
        const qint64 ms = t.elapsed();
        QVERIFY(k.ok());
        QCOMPARE(k->size(), 32);
        qDebug("scrypt N=2^17 r=8 p=1 took %lld ms", ms);
        // Same input, same key; another salt, another key.
        QVERIFY(VaultCrypto::equal(*k, *VaultCrypto::scrypt("passphrase", salt, 17, 8, 1)));
        QVERIFY(!VaultCrypto::equal(
            *k, *VaultCrypto::scrypt("passphrase", VaultCrypto::randomBytes(16), 17, 8, 1)));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
