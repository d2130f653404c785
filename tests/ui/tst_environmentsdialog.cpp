#include "environments/environmentsdialog.h"
#include "environments/environmentstore.h"
#include "security/encryptedfilevault.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSslConfiguration>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace opc::ui;
using namespace Qt::StringLiterals;

class TestEnvironmentsDialog : public QObject
{
    Q_OBJECT
private:
    QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void editVariablesAndSecrets()
    {
        QTemporaryDir dir;
        EncryptedFileVault::Options fast;
        fast.scryptLog2N = 10;
        EncryptedFileVault vault(dir.filePath(u"vault.opcv"_s), fast);
        QVERIFY(vault.create(u"pass"_s).ok());
        const QString file = dir.filePath(u"environments.json"_s);
        EnvironmentStore store(file);
        QVERIFY(store.load().ok());

        EnvironmentsDialog dialog(&store, &vault);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.environmentList()->count(), 3);
        QVERIFY(dialog.environmentList()->item(2)->text().contains(u"production"_s));

        QVERIFY(dialog.addEnvironment(u"Partner test"_s, {}));
        QCOMPARE(dialog.currentId(), u"partner-test"_s);
        dialog.baseUrlEdit()->setText(u"https://partner.example"_s);
        dialog.addVariableRow(u"accountId"_s, u"FI55 1234"_s, false);
        const QByteArray secret = "do-not-leak-7c1e2f";
        dialog.addVariableRow(u"clientSecret"_s, QString::fromLatin1(secret), true);
        QVERIFY(dialog.apply());

        // The secret row now shows the mask, the file names it only.
        QTableWidget *table = dialog.variableTable();
        bool masked = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == "clientSecret"_L1) {
                masked = !table->item(row, 1)->text().contains(QString::fromLatin1(secret));
            }
        }
        QVERIFY(masked);
        const QByteArray saved = readAll(file);
        QVERIFY(saved.contains("FI55 1234"));
        QVERIFY(saved.contains("clientSecret"));
        QVERIFY(!saved.contains(secret));
        QCOMPARE(*vault.resolveForHost(EnvironmentStore::secretRef(u"partner-test"_s, u"clientSecret"_s),
                                       u"partner.example"_s),
                 secret);

        // Applying again without retyping keeps the stored secret.
        QVERIFY(dialog.apply());
        QCOMPARE(*vault.get(EnvironmentStore::secretRef(u"partner-test"_s, u"clientSecret"_s)), secret);

        // A CRL path must hold a CRL; a wrong file is refused with a sentence.
        dialog.crlEdit()->setText(dir.filePath(u"environments.json"_s));
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.messageLabel()->text().contains(u"revocation list"_s));
        dialog.crlEdit()->clear();
        QVERIFY(dialog.apply());

        // Built-ins cannot be renamed or removed.
        dialog.selectEnvironment(u"production"_s);
        QVERIFY(dialog.nameEdit()->isReadOnly());
        QVERIFY(!dialog.removeCurrent());
        QVERIFY(!dialog.messageLabel()->text().isEmpty());

        dialog.selectEnvironment(u"partner-test"_s);
        QVERIFY(dialog.removeCurrent());
        QVERIFY(!store.find(u"partner-test"_s));
        QVERIFY(!vault.ids().contains(EnvironmentStore::secretRef(u"partner-test"_s, u"clientSecret"_s)));
    }

    void mutualTlsAddressAndCaOfAUserEnvironment()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"environments.json"_s);
        EnvironmentStore store(file);
        QVERIFY(store.load().ok());
        EnvironmentsDialog dialog(&store, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.addEnvironment(u"Partner gateway"_s, {}));
        const QString id = dialog.currentId();
        dialog.baseUrlEdit()->setText(u"https://partner.example"_s);

        // Plain http for client certificates and a file that holds no CA
        // are refused with a sentence; nothing is stored.
        dialog.mtlsBaseUrlEdit()->setText(u"http://mtls.partner.example"_s);
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.messageLabel()->text().contains(u"https://"_s));
        dialog.mtlsBaseUrlEdit()->setText(u"https://mtls.partner.example:8443"_s);
        dialog.caEdit()->setText(file);
        QVERIFY(!dialog.apply());
        QVERIFY(store.find(id)->extraCaPath.isEmpty());

        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        QVERIFY(!system.isEmpty());
        const QString ca = dir.filePath(u"partner-ca.pem"_s);
        QFile pem(ca);
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(system.first().toPem());
        pem.close();
        dialog.caEdit()->setText(ca);
        QVERIFY2(dialog.apply(), qPrintable(dialog.messageLabel()->text()));

        // The store keeps both, and the environment's credentials may go to
        // its own host and its mutual-TLS host only.
        EnvironmentStore reread(file);
        QVERIFY(reread.load().ok());
        const Environment *saved = reread.find(id);
        QVERIFY(saved);
        QCOMPARE(saved->mtlsBaseUrl, u"https://mtls.partner.example:8443"_s);
        QCOMPARE(saved->extraCaPath, ca);
        QCOMPARE(reread.hostsFor(id), (QStringList { u"partner.example"_s, u"mtls.partner.example"_s }));
        QVERIFY(reread.resolve(id));

        // Built-ins keep the console's own addresses.
        dialog.selectEnvironment(u"sandbox"_s);
        QVERIFY(dialog.mtlsBaseUrlEdit()->isReadOnly());
        QVERIFY(dialog.caEdit()->isReadOnly());
    }
};

QTEST_MAIN(TestEnvironmentsDialog)
#include "tst_environmentsdialog.moc"
