// The certificate pane over a real CertificateStore and vault, with
// certificates made by the openssl CLI: rows, validity texts and marks,
// import paths (PKCS#12 with password, PEM pair dropped on the pane),
// export, delete with confirmation, binding and the simulator's test
// certificate.

#include "apps/applicationstore.h"
#include "certificates/certificatepane.h"
#include "sandboxserver.h"
#include "common/translations.h"
#include "security/certificatestore.h"
#include "security/encryptedfilevault.h"

#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace opc;
using namespace opc::ui;

namespace {
// Column order of the list (see CertificatePane).
enum { ColName, ColSubject, ColIssuer, ColValidity, ColKey, ColUsage, ColFingerprint, ColApps };
} // namespace

class TestCertificatePane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTranslator m_english;
    std::unique_ptr<EncryptedFileVault> m_vault;
    std::unique_ptr<CertificateStore> m_store;
    QString m_error;
    int m_prompts = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"openssl"_s, args);
        if (!p.waitForStarted(10000) || !p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished(2000);
            m_error = u"openssl %1 did not run"_s.arg(args.join(u' '));
            return false;
        }
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_error = QString::fromLocal8Bit(p.readAll());
            return false;
        }
        return true;
    }

    // <name>.pem/.key (self-signed client certificate) and <name>.p12 (password "pw").
    bool makeClient(const QString &name, const QString &cn, const QStringList &validity)
    {
        return openssl(QStringList { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                     u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, name + ".key"_L1,
                                     u"-out"_s, name + ".pem"_L1, u"-subj"_s, "/O=Pane Test/CN="_L1 + cn,
                                     u"-addext"_s, u"extendedKeyUsage=clientAuth"_s }
                       + validity)
                && openssl({ u"pkcs12"_s, u"-export"_s, u"-in"_s, name + ".pem"_L1, u"-inkey"_s, name + ".key"_L1,
                             u"-passout"_s, u"pass:pw"_s, u"-out"_s, name + ".p12"_L1 });
    }

    std::unique_ptr<CertificatePane> newPane()
    {
        auto pane = std::make_unique<CertificatePane>(m_store.get());
        pane->setPasswordPrompt([this](const QString &) -> std::optional<QString> {
            ++m_prompts;
            return u"pw"_s;
        });
        pane->setConfirmation([](const QString &) { return true; });
        pane->resize(1100, 420);
        return pane;
    }

    static QTreeWidget *list(CertificatePane &pane) { return pane.findChild<QTreeWidget *>(u"certificateList"_s); }

    static QTreeWidgetItem *rowFor(CertificatePane &pane, const QString &cn)
    {
        QTreeWidget *l = list(pane);
        for (int i = 0; l && i < l->topLevelItemCount(); ++i) {
            if (l->topLevelItem(i)->text(ColSubject).contains(cn))
                return l->topLevelItem(i);
        }
        return nullptr;
    }

    QSslCertificate certificate(const QString &name) const
    {
        return QSslCertificate::fromPath(path(name + ".pem"_L1)).value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The console's English, with its plural forms ("89 days left").
        QVERIFY(installTranslation(m_english, u"en"_s));
        QVERIFY(m_dir.isValid());
        QVERIFY2(makeClient(u"current"_s, u"pane-current"_s, { u"-days"_s, u"90"_s }), qPrintable(m_error));
        QVERIFY2(makeClient(u"soon"_s, u"pane-soon"_s, { u"-days"_s, u"10"_s }), qPrintable(m_error));
        QVERIFY2(makeClient(u"old"_s, u"pane-old"_s,
                            { u"-not_before"_s, u"20190101000000Z"_s, u"-not_after"_s, u"20200101000000Z"_s }),
                 qPrintable(m_error));
    }

    void init()
    {
        EncryptedFileVault::Options o;
        o.scryptLog2N = 10; // tests only: the cost is not what is tested here
        QFile::remove(path(u"vault.opcv"_s));
        QFile::remove(path(u"certificates.json"_s));
        m_vault = std::make_unique<EncryptedFileVault>(path(u"vault.opcv"_s), o);
        const Status created = m_vault->create(u"vault passphrase"_s);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        m_store = std::make_unique<CertificateStore>(m_vault.get(), path(u"certificates.json"_s));
        QVERIFY(m_store->load().ok());
        m_prompts = 0;
    }

    void cleanup()
    {
        m_store.reset();
        m_vault.reset();
    }

    void importedPkcs12ShowsItsRow()
    {
        auto pane = newPane();
        QCOMPARE(list(*pane)->topLevelItemCount(), 0);
        QCOMPARE(pane->importFiles({ path(u"current.p12"_s) }), 1);
        QCOMPARE(m_prompts, 1); // the password was asked once
        QCOMPARE(list(*pane)->topLevelItemCount(), 1);
        QTreeWidgetItem *row = rowFor(*pane, u"CN=pane-current"_s);
        QVERIFY(row);
        QVERIFY(row->text(ColSubject).contains(u"O=Pane Test"_s));
        const QSslCertificate cert = certificate(u"current"_s);
        const QString until = cert.expiryDate().toUTC().toString(u"yyyy-MM-dd"_s);
        // Made with -days 90: a few seconds later, 89 whole days remain.
        QCOMPARE(row->text(ColValidity), u"Valid until %1 (89 days left)"_s.arg(until));
        QVERIFY(row->icon(ColValidity).isNull()); // nothing to warn about
        QCOMPARE(row->text(ColFingerprint),
                 QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
        QVERIFY(row->text(ColKey).contains(u"EC"_s));
        QVERIFY(row->text(ColKey).contains(u"256"_s));
        QVERIFY(row->text(ColUsage).contains(u"Client"_s, Qt::CaseInsensitive));
        QVERIFY(pane->statusText().contains(u"Imported"_s));
        QCOMPARE(pane->selectedCertificateId(), m_store->certificates().value(0).id);

        if (const QByteArray dir = qgetenv("OPC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QCOMPARE(pane->importFiles({ path(u"soon.p12"_s), path(u"old.p12"_s) }), 2);
            pane->show();
            QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
            QVERIFY(pane->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"certificate-pane.png"_s)));
        }
    }

    void expiredCertificateIsMarked()
    {
        auto pane = newPane();
        QCOMPARE(pane->importFiles({ path(u"old.p12"_s) }), 1);
        QTreeWidgetItem *row = rowFor(*pane, u"CN=pane-old"_s);
        QVERIFY(row);
        QVERIFY2(row->text(ColValidity).startsWith(u"Expired on 2020-01-01 ("_s), qPrintable(row->text(ColValidity)));
        QVERIFY(!row->icon(ColValidity).isNull());
        QCOMPARE(row->foreground(ColValidity).color(), QColor(0xC0, 0x1C, 0x28));
        QVERIFY(pane->statusText().contains(u"expired"_s));
    }

    void soonExpiringCertificateIsWarned()
    {
        auto pane = newPane();
        QCOMPARE(pane->importFiles({ path(u"soon.p12"_s) }), 1);
        QTreeWidgetItem *row = rowFor(*pane, u"CN=pane-soon"_s);
        QVERIFY(row);
        QVERIFY2(row->text(ColValidity).endsWith(u"(9 days left)"_s), qPrintable(row->text(ColValidity)));
        QVERIFY(!row->icon(ColValidity).isNull());
        QCOMPARE(row->foreground(ColValidity).color(), QColor(0xB3, 0x6B, 0x00));
        QVERIFY(pane->statusText().contains(u"expires in 9 days"_s));
    }

    void wrongPasswordIsAskedAgain()
    {
        auto pane = newPane();
        QStringList questions;
        pane->setPasswordPrompt([&](const QString &q) -> std::optional<QString> {
            questions << q;
            return questions.size() == 1 ? u"wrong"_s : u"pw"_s;
        });
        QCOMPARE(pane->importFiles({ path(u"current.p12"_s) }), 1);
        QCOMPARE(int(questions.size()), 2);
        QVERIFY(questions.at(1).startsWith(u"Wrong password"_s));

        // Cancelling imports nothing and says so.
        pane->setPasswordPrompt([](const QString &) { return std::optional<QString>(); });
        QCOMPARE(pane->importFiles({ path(u"soon.p12"_s) }), 0);
        QCOMPARE(list(*pane)->topLevelItemCount(), 1);
        QVERIFY(pane->statusText().contains(u"cancelled"_s));
    }

    void droppedPemPairIsImported()
    {
        auto pane = newPane();
        auto *mime = new QMimeData;
        mime->setUrls({ QUrl::fromLocalFile(path(u"current.key"_s)), QUrl::fromLocalFile(path(u"current.pem"_s)) });
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        // Straight to the widget: outside a real drag, QApplication drops the event.
        static_cast<QObject *>(pane.get())->event(&drop);
        delete mime;
        QVERIFY2(rowFor(*pane, u"CN=pane-current"_s), qPrintable(pane->statusText()));
        QCOMPARE(m_prompts, 0); // plain PEM key: no password

        // A lone key cannot become a certificate.
        QCOMPARE(pane->importFiles({ path(u"soon.key"_s) }), 0);
        QVERIFY(pane->statusText().contains(u"private key alone"_s));
    }

    void exportWritesOnlyThePublicCertificate()
    {
        auto pane = newPane();
        QCOMPARE(pane->importFiles({ path(u"current.p12"_s) }), 1);
        const QString out = path(u"exported.pem"_s);
        QVERIFY(pane->exportSelected(out).ok());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pem = f.readAll();
        QVERIFY(!pem.contains("PRIVATE KEY"));
        QCOMPARE(QSslCertificate::fromData(pem).value(0), certificate(u"current"_s));
    }

    void deleteNeedsConfirmation()
    {
        auto pane = newPane();
        QCOMPARE(pane->importFiles({ path(u"current.p12"_s), path(u"soon.p12"_s) }), 2);
        pane->selectCertificate(m_store->certificates().value(0).id);
        const QString id = pane->selectedCertificateId();
        QVERIFY(!id.isEmpty());
        const int recordsBefore = int(m_vault->ids().size());

        QString asked;
        pane->setConfirmation([&](const QString &q) {
            asked = q;
            return false;
        });
        auto *button = pane->findChild<QPushButton *>(u"deleteCertificate"_s);
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(asked.contains(u"pane-current"_s));
        QCOMPARE(list(*pane)->topLevelItemCount(), 2);

        pane->setConfirmation([](const QString &) { return true; });
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(list(*pane)->topLevelItemCount(), 1);
        QVERIFY(!rowFor(*pane, u"CN=pane-current"_s));
        QVERIFY(rowFor(*pane, u"CN=pane-soon"_s));
        QVERIFY(!m_store->certificate(id).ok());
        QCOMPARE(int(m_vault->ids().size()), recordsBefore - 2); // its key and chain records
        for (const QString &record : m_vault->ids())
            QVERIFY(!record.contains(id));
    }

    void bindingShowsInTheList()
    {
        auto pane = newPane();
        QCOMPARE(pane->importFiles({ path(u"current.p12"_s) }), 1);
        QVERIFY(pane->bindSelected(u"psd2-app"_s, { u"*.op.fi"_s }).ok());
        QCOMPARE(rowFor(*pane, u"CN=pane-current"_s)->text(ColApps), u"psd2-app"_s);
        const Result<ClientIdentity> identity = m_store->identityFor(u"psd2-app"_s, u"sandbox.apis.op.fi"_s);
        QVERIFY2(identity.ok(), qPrintable(identity.errorMessage()));
        QCOMPARE(identity->certificate, certificate(u"current"_s));
    }

    void bindingListFollowsTheApplicationStore()
    {
        QFile::remove(path(u"applications.json"_s));
        ApplicationStore apps(path(u"applications.json"_s));
        Application first;
        first.name = u"Accounts app"_s;
        first.environmentId = u"local"_s;
        const auto early = apps.add(first);
        QVERIFY(early);

        auto pane = newPane();
        pane->setApplicationStore(&apps);
        QCOMPARE(pane->importFiles({ path(u"current.p12"_s) }), 1);
        const QString certificateId = pane->selectedCertificateId();
        auto *combo = pane->findChild<QComboBox *>(u"bindApplication"_s);
        QVERIFY(combo);
        auto items = [combo] {
            QStringList texts;
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
            return texts;
        };
        QCOMPARE(items(), QStringList { u"Accounts app (Local simulator)"_s });

        // Made after the pane: listed by name and environment, never by id.
        Application second;
        second.name = u"Payments app"_s;
        second.environmentId = u"sandbox"_s;
        const auto late = apps.add(second);
        QVERIFY(late);
        QCOMPARE(items(), QStringList({ u"Accounts app (Local simulator)"_s, u"Payments app (OP sandbox)"_s }));
        for (const QString &text : items())
            QVERIFY2(!text.contains(early->id) && !text.contains(late->id), qPrintable(text));

        // Binding the chosen name binds that application's id.
        combo->setCurrentIndex(combo->findText(u"Payments app (OP sandbox)"_s));
        auto *bind = pane->findChild<QPushButton *>(u"bindCertificate"_s);
        QVERIFY(bind && bind->isEnabled());
        QTest::mouseClick(bind, Qt::LeftButton);
        QCOMPARE(m_store->boundApplications(certificateId), QStringList { late->id });
        QCOMPARE(rowFor(*pane, u"CN=pane-current"_s)->text(ColApps), u"Payments app"_s);
        QVERIFY2(pane->statusText().contains(u"Payments app"_s), qPrintable(pane->statusText()));

        // A rename and a removal show at once.
        Application renamed = *apps.find(late->id);
        renamed.name = u"Payments app v2"_s;
        QVERIFY(apps.update(renamed));
        QVERIFY(apps.remove(early->id));
        QCOMPARE(items(), QStringList { u"Payments app v2 (OP sandbox)"_s });
        QCOMPARE(combo->currentText(), u"Payments app v2 (OP sandbox)"_s);
        QCOMPARE(rowFor(*pane, u"CN=pane-current"_s)->text(ColApps), u"Payments app v2"_s);

        // A name typed in the field is the application of that name.
        QVERIFY(m_store->unbind(late->id));
        combo->setCurrentIndex(-1);
        combo->lineEdit()->clear();
        QTest::keyClicks(combo->lineEdit(), u"payments app v2"_s);
        QTest::mouseClick(bind, Qt::LeftButton);
        QCOMPARE(m_store->boundApplications(certificateId), QStringList { late->id });
        pane.reset(); // before the store it follows
    }

    void testCertificateFromTheSimulator()
    {
        sandbox::SandboxServer server;
        sandbox::SandboxOptions o;
        o.dataDir = path(u"sim"_s);
        const Status started = server.start(o);
        QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
        const sandbox::AppCredentials app = server.registerApplication(u"pane-sim-app"_s, {});

        auto pane = newPane();
        auto *button = pane->findChild<QPushButton *>(u"testCertificate"_s);
        QVERIFY(button);
        QVERIFY(!button->isEnabled()); // no simulator, no button
        pane->setTestCertificateSource([&]() -> Result<CertificatePane::TestCertificate> {
            auto p12 = server.issueClientCertificate(app.apiKey, u"one-time"_s);
            if (!p12)
                return Result<CertificatePane::TestCertificate>::failure(p12.errorMessage());
            return CertificatePane::TestCertificate { *p12, u"one-time"_s };
        });
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTreeWidgetItem *row = rowFor(*pane, u"CN=pane-sim-app"_s);
        QVERIFY2(row, qPrintable(pane->statusText()));
        QCOMPARE(row->text(ColName), u"Local simulator test certificate"_s);
        const QSslCertificate ca = server.caCertificate();
        QVERIFY(row->text(ColIssuer).contains(ca.subjectInfo(QSslCertificate::CommonName).value(0)));
        server.stop();
    }
};

QTEST_MAIN(TestCertificatePane)
#include "tst_certificatepane.moc"
