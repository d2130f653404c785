#include "security/encryptedfilevault.h"
#include "settings/networksettingsdialog.h"
#include "settings/settings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace opc::ui;
using namespace Qt::StringLiterals;

class TestNetworkSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void proxyPasswordGoesToTheVaultOnly()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        EncryptedFileVault::Options fast;
        fast.scryptLog2N = 10;
        EncryptedFileVault vault(dir.filePath(u"vault.opcv"_s), fast);
        QVERIFY(vault.create(u"pass"_s).ok());

        NetworkSettingsDialog dialog(&settings, &vault);
        dialog.proxyUrlEdit()->setText(u"ftp://nope"_s);
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.messageLabel()->text().contains(u"not a proxy address"_s));
        dialog.proxyUrlEdit()->setText(u"http://user:pw@127.0.0.1:3128"_s);
        QVERIFY(!dialog.apply());

        const QByteArray password = "proxy-secret-a81f";
        dialog.proxyUrlEdit()->setText(u"http://127.0.0.1:3128"_s);
        dialog.proxyUserEdit()->setText(u"alice"_s);
        dialog.proxyPasswordEdit()->setText(QString::fromLatin1(password));
        dialog.totalTimeoutEdit()->setValue(30);
        dialog.maxResponseEdit()->setValue(64);
        QVERIFY(dialog.apply());
        settings.sync();

        QCOMPARE(settings.totalTimeoutMs(), 30000);
        QCOMPARE(settings.maxResponseBytes(), 64LL * 1024 * 1024);
        const auto proxy = NetworkSettingsDialog::proxyFromSettings(settings, &vault);
        QVERIFY(proxy.ok());
        QCOMPARE(proxy->type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy->hostName(), u"127.0.0.1"_s);
        QCOMPARE(proxy->port(), quint16(3128));
        QCOMPARE(proxy->user(), u"alice"_s);
        QCOMPARE(proxy->password().toLatin1(), password);

        // No plain file under the data folder holds the password.
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(password) && !bytes.contains(password.toBase64()), qPrintable(f.fileName()));
        }

        // Reopened, the stored password shows as a mask and stays unchanged.
        NetworkSettingsDialog again(&settings, &vault);
        QVERIFY(!again.proxyPasswordEdit()->text().contains(QString::fromLatin1(password)));
        QVERIFY(again.apply());
        QCOMPARE(NetworkSettingsDialog::proxyFromSettings(settings, &vault)->password().toLatin1(), password);

        settings.setProxyUrl({});
        QCOMPARE(NetworkSettingsDialog::proxyFromSettings(settings, &vault)->type(), QNetworkProxy::NoProxy);
    }
};

QTEST_MAIN(TestNetworkSettings)
#include "tst_networksettings.moc"
