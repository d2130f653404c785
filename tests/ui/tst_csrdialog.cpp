// The CSR dialog over a real vault and certificate store; Debian's openssl
// checks the request it writes, independently of the code that made it.
#include "certificates/csrdialog.h"
#include "security/encryptedfilevault.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace opc::ui;
using namespace Qt::StringLiterals;

class TestCsrDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsAVerifiableRequest_data()
    {
        QTest::addColumn<int>("keyIndex");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("EC P-256") << 0 << u"id-ecPublicKey"_s;
        QTest::newRow("RSA 3072") << 1 << u"(3072 bit)"_s;
    }
    void createsAVerifiableRequest()
    {
        QFETCH(int, keyIndex);
        QFETCH(QString, algorithm);
        QTemporaryDir dir;
        EncryptedFileVault::Options fast;
        fast.scryptLog2N = 10;
        EncryptedFileVault vault(dir.filePath(u"vault.opcv"_s), fast);
        QVERIFY(vault.create(u"pass"_s).ok());
        CertificateStore store(&vault, dir.filePath(u"certificates.json"_s));
        QVERIFY(store.load().ok());

        CsrDialog dialog(&store);
        QVERIFY(!dialog.generate().ok()); // no common name
        QVERIFY(dialog.messageLabel()->text().contains(u"common name"_s));

        dialog.keyTypeBox()->setCurrentIndex(keyIndex);
        dialog.commonNameEdit()->setText(u"Example Payments Oy"_s);
        dialog.organizationEdit()->setText(u"Example Payments Oy"_s);
        dialog.organizationIdentifierEdit()->setText(u"PSDFI-FINFSA-1234567-8"_s);
        dialog.countryEdit()->setText(u"fi"_s);
        const QString path = dir.filePath(u"request.csr.pem"_s);
        const auto made = dialog.generate(path);
        QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
        QVERIFY(dialog.csrView()->toPlainText().startsWith(u"-----BEGIN CERTIFICATE REQUEST-----"_s));
        QVERIFY(store.pendingCsrKeys().contains(made->keyId));
        QVERIFY(vault.ids().contains(made->keyId));

        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray pem = saved.readAll();
        QCOMPARE(pem, made->csrPem);
        QVERIFY(!pem.contains("PRIVATE KEY"));

        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(u"openssl"_s, { u"req"_s, u"-in"_s, path, u"-noout"_s, u"-verify"_s, u"-text"_s,
                                      u"-nameopt"_s, u"oneline"_s });
        QVERIFY(openssl.waitForFinished(20000));
        const QString text = QString::fromUtf8(openssl.readAll());
        QVERIFY2(openssl.exitCode() == 0, qPrintable(text));
        QVERIFY2(text.contains(u"verify OK"_s) || text.contains(u"Certificate request self-signature verify OK"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"CN = Example Payments Oy"_s), qPrintable(text));
        QVERIFY2(text.contains(u"C = FI"_s), qPrintable(text));
        QVERIFY2(text.contains(u"PSDFI-FINFSA-1234567-8"_s), qPrintable(text));
        QVERIFY2(text.contains(algorithm), qPrintable(text));
    }
};

QTEST_MAIN(TestCsrDialog)
#include "tst_csrdialog.moc"
