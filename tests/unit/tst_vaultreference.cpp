#include "security/encryptedfilevault.h"
#include "security/secretreference.h"

#include <QTemporaryDir>
#include <QTest>

using namespace opc;

class TestVaultReference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatAndParse()
    {
        QCOMPARE(SecretReference::format(QStringLiteral("app1.apiSecret")),
            QStringLiteral("{{secret:app1.apiSecret}}"));
        QVERIFY(SecretReference::format(QStringLiteral("bad name}}")).isEmpty());
        QCOMPARE(
            SecretReference::parse(QStringLiteral(" {{secret:app1.token}} ")).value_or(QString()),
            QStringLiteral("app1.token"));
        QCOMPARE(SecretReference::parse(QStringLiteral("{{ secret:x-1 }}")).value_or(QString()),
            QStringLiteral("x-1"));
        QVERIFY(!SecretReference::parse(QStringLiteral("Bearer {{secret:t}}")).has_value());
        QVERIFY(!SecretReference::parse(QStringLiteral("{{secret:}}")).has_value());
        QVERIFY(!SecretReference::parse(QStringLiteral("{{env:host}}")).has_value());
        const QList<SecretReference::Occurrence> all = SecretReference::findAll(
            QStringLiteral("a {{secret:one}} b {{secret:two}} {{other}}"));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("one"));
        QCOMPARE(all.at(1).start, 19);
    }

    void expandHonoursHostBinding()
    {
        QTemporaryDir dir;
        EncryptedFileVault::Options o;
        o.scryptLog2N = 10;
        EncryptedFileVault vault(dir.filePath(QStringLiteral("v.opcv")), o);
        QVERIFY(vault.create(QStringLiteral("pw")).ok());
        QVERIFY(vault
                    .put(QStringLiteral("app1.token"), QStringLiteral("token"), "T0K3N",
                        { QStringLiteral("sandbox.apis.op.fi") })
                    .ok());
        const QString header = QStringLiteral("Bearer {{secret:app1.token}}");
        const Result<QString> ok
            = SecretReference::expand(header, vault, QStringLiteral("sandbox.apis.op.fi"));
        QCOMPARE(ok.value(), QStringLiteral("Bearer T0K3N"));
        const Result<QString> refused
            = SecretReference::expand(header, vault, QStringLiteral("attacker.example"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorCode(), QStringLiteral("host-not-allowed"));
        QVERIFY(refused.errorMessage().contains(QStringLiteral("app1.token")));
        QCOMPARE(SecretReference::expand(QStringLiteral("{{secret:missing}}"), vault,
                     QStringLiteral("sandbox.apis.op.fi"))
                     .errorCode(),
            QStringLiteral("not-found"));
        vault.lock();
        QCOMPARE(SecretReference::expand(header, vault, QStringLiteral("sandbox.apis.op.fi"))
                     .errorCode(),
            QStringLiteral("locked"));
    }
};

QTEST_GUILESS_MAIN(TestVaultReference)
#include "tst_vaultreference.moc"
