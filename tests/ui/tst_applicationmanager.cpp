// The application manager against a real console session: the embedded
// simulator on loopback, a real vault file in a temporary folder, real
// widgets offscreen. What the simulator echoes proves which key, token and
// client certificate went out.
#include "applications/applicationmanagerpane.h"
#include "apps/applicationlistmodel.h"
#include "apps/customtokenstore.h"
#include "auth/tokenpicker.h"
#include "quota/quotatracker.h"
#include "net/tlsprofile.h"
#include "sandboxserver.h"
#include "security/certificatestore.h"
#include "security/encryptedfilevault.h"
#include "security/secrettreesearch.h"
#include "settings/settings.h"
#include "session/consolesession.h"
#include "simulatorlink.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace opc;
using namespace opc::ui;
using namespace Qt::StringLiterals;

class TestApplicationManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createPickProductsAndSendWithThatKeyAndToken();
    void customTokenFromTheVault();
    void deleteAndUndoRestoresTheApplication();
    void pastedCredentialsStayBoundToTheirHost();
    void firstSaveOfATypedSandboxApplicationKeepsKeyAndSecret();
    void secondApplicationPresentsItsOwnCertificate(); // TLS-11
    void noSecretInAnyPlainFile(); // SEC-01
    void privateFilesAreOwnerOnly(); // SEC-05
    void revealAndMaskTheSecret();
    void storedLocalApplicationWorksAfterARestart();
    void minimumSizeFitsASmallWorkArea_data();
    void minimumSizeFitsASmallWorkArea();
    void buttonsStayReachableInASmallWindow_data();
    void buttonsStayReachableInASmallWindow();

private:
    Exchange send(const QString &url, const Token &token);
    QJsonObject echo(const QString &url, const Token &token);
    template<typename T>
    T *child(const char *name) const
    {
        return m_pane->findChild<T *>(QString::fromLatin1(name));
    }
    void clickProduct(const QString &productId, bool on);
    void chooseFromNewMenu(const QString &entryStart);
    QString productIdFor(const QString &path) const;

    QTemporaryDir m_data;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<sandbox::SimulatorLink> m_simulator;
    std::unique_ptr<EncryptedFileVault> m_vault;
    std::unique_ptr<CertificateStore> m_certificates;
    ApplicationManagerPane *m_pane = nullptr;
    TokenPicker *m_picker = nullptr;
    QString m_echoAppId;
    QList<QByteArray> m_secrets; // everything secret the test created, for the scan
};

void TestApplicationManager::initTestCase()
{
    QVERIFY(m_data.isValid());
    m_settings = std::make_unique<Settings>(m_data.path());
    m_session = std::make_unique<ConsoleSession>(m_settings.get());
    m_simulator = std::make_unique<sandbox::SimulatorLink>(m_session.get());
    QVERIFY(m_simulator->start(m_settings->path(u"sandbox"_s), u"Demo application"_s));
    EncryptedFileVault::Options fast;
    fast.scryptLog2N = 10;
    m_vault = std::make_unique<EncryptedFileVault>(m_settings->path(u"vault.opcv"_s), fast);
    const QByteArray passphrase = "a passphrase only this test knows";
    QVERIFY(m_vault->create(QString::fromUtf8(passphrase)));
    m_secrets << passphrase;
    m_certificates = std::make_unique<CertificateStore>(m_vault.get(), m_settings->path(u"certificates.json"_s));
    QVERIFY(m_certificates->load());
    m_session->setSecretStore(m_vault.get());
    m_session->setCertificateStore(m_certificates.get());
    m_simulator->watchVault(m_vault.get());

    m_pane = new ApplicationManagerPane(m_session->applications());
    m_pane->connectSession(m_session.get(), m_simulator.get());
    m_pane->resize(1100, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
    m_picker = new TokenPicker;
    m_picker->setCustomTokenStore(m_session->customTokens());
    m_picker->show();
}

void TestApplicationManager::cleanupTestCase()
{
    delete m_picker;
    delete m_pane;
    m_simulator.reset();
    m_session.reset();
    m_certificates.reset();
    m_vault.reset();
    m_settings.reset();
}

Exchange TestApplicationManager::send(const QString &url, const Token &token)
{
    QSignalSpy finished(m_session.get(), &ConsoleSession::exchangeFinished);
    RequestSpec spec;
    spec.url = url;
    const auto id = m_session->send(spec, token);
    if (!id) {
        Exchange refused;
        refused.error = id.errorMessage();
        refused.errorCode = id.errorCode();
        return refused;
    }
    for (int i = 0; i < 3 && finished.isEmpty(); ++i) {
        finished.wait(5000);
    }
    if (finished.isEmpty()) {
        Exchange none;
        none.error = u"no answer"_s;
        return none;
    }
    return finished.first().at(1).value<Exchange>();
}

QJsonObject TestApplicationManager::echo(const QString &url, const Token &token)
{
    const Exchange ex = send(url, token);
    if (ex.status != 200) {
        qWarning("echo failed: %d %s %s", ex.status, qPrintable(ex.error), ex.body.left(300).constData());
        return {};
    }
    return QJsonDocument::fromJson(ex.body).object();
}

QString TestApplicationManager::productIdFor(const QString &path) const
{
    const ApiProduct *product = m_session->productFor(path);
    return product ? product->id : QString();
}

void TestApplicationManager::clickProduct(const QString &productId, bool on)
{
    auto *list = child<QListWidget>("productList");
    QVERIFY(list);
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        if (item->data(Qt::UserRole).toString() != productId) {
            continue;
        }
        list->scrollToItem(item);
        if ((item->checkState() == Qt::Checked) != on) {
            // The check box sits at the item's left edge; a click on it toggles.
            const QRect rect = list->visualItemRect(item);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
            if ((item->checkState() == Qt::Checked) != on) {
                list->setCurrentItem(item);
                QTest::keyClick(list, Qt::Key_Space);
            }
        }
        QCOMPARE(item->checkState() == Qt::Checked, on);
        return;
    }
    QFAIL(qPrintable(u"no product %1 in the list"_s.arg(productId)));
}

void TestApplicationManager::chooseFromNewMenu(const QString &entryStart)
{
    auto *button = child<QToolButton>("newApplicationButton");
    QVERIFY(button && button->menu());
    QAction *entry = nullptr;
    for (QAction *action : button->menu()->actions()) {
        if (action->text().startsWith(entryStart)) {
            entry = action;
        }
    }
    QVERIFY2(entry, qPrintable(entryStart));
    // The arrow half of the split button opens the menu, which runs its own
    // event loop: the entry is chosen from inside that loop, with the keys.
    bool chosen = false;
    QObject scope;
    QTimer::singleShot(0, &scope, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->actions().contains(entry)) {
            return;
        }
        for (int i = 0; i < menu->actions().size() && menu->activeAction() != entry; ++i) {
            QTest::keyClick(menu, Qt::Key_Down);
        }
        if (menu->activeAction() == entry) {
            QTest::keyClick(menu, Qt::Key_Return);
            chosen = true;
        } else {
            menu->close();
        }
    });
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(button->width() - 4, button->height() / 2));
    QCoreApplication::processEvents();
    QVERIFY2(chosen, "the New menu did not open");
}

void TestApplicationManager::createPickProductsAndSendWithThatKeyAndToken()
{
    auto created = m_pane->createApplication(u"Echo app"_s, u"local"_s);
    QVERIFY2(created, qPrintable(created.errorMessage()));
    m_echoAppId = created->id;
    QCOMPARE(m_pane->selectedId(), m_echoAppId);
    auto *keyEdit = child<QLineEdit>("apiKeyEdit");
    QVERIFY(!keyEdit->text().isEmpty()); // minted by the simulator
    QVERIFY(m_pane->statusText().contains(u"registered"_s));

    const QString accounts = productIdFor(u"/accounts/v3/accounts"_s);
    const QString payments = productIdFor(u"/v1/payments/initiate"_s);
    QVERIFY(!accounts.isEmpty());
    clickProduct(accounts, true);
    QVERIFY(child<QLabel>("securityLevelLabel")->text().startsWith(u"Basic"_s));
    if (!payments.isEmpty() && payments != accounts) {
        clickProduct(payments, true);
        QVERIFY(child<QLabel>("securityLevelLabel")->text().startsWith(u"Restricted"_s));
        clickProduct(payments, false);
    }
    QTest::mouseClick(child<QPushButton>("saveApplicationButton"), Qt::LeftButton);
    const Application *app = m_session->applications()->find(m_echoAppId);
    QVERIFY(app);
    QCOMPARE(app->productIds, QStringList { accounts });
    QCOMPARE(app->securityLevel, SecurityLevel::Basic);

    QTest::mouseClick(child<QPushButton>("activateApplicationButton"), Qt::LeftButton);
    QCOMPARE(m_session->activeApplicationId(), m_echoAppId);
    QCOMPARE(m_session->applicationName(), u"Echo app"_s);
    QVERIFY(m_pane->model()->data(m_pane->model()->index(m_pane->model()->rowOf(m_echoAppId)),
                                  ApplicationListModel::ActiveRole)
                    .toBool());

    auto credentials = m_session->applications()->credentials(m_echoAppId);
    QVERIFY(credentials);
    m_secrets << credentials->apiKey.toUtf8() << credentials->apiSecret;

    // A static token picked with the keyboard.
    auto *combo = m_picker->findChild<QComboBox *>(u"tokenCombo"_s);
    m_picker->selectStaticToken(1);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(m_picker->currentLabel(), Token::staticToken(2).label);
    QVERIFY(m_picker->findChild<QLabel *>(u"tokenIndicator"_s)->text().contains(Token::staticToken(2).label));
    const QJsonObject seen = echo(u"/__echo"_s, m_picker->currentToken());
    const QJsonObject headers = seen.value("headers"_L1).toObject();
    QCOMPARE(headers.value("x-api-key"_L1).toString(), credentials->apiKey);
    QCOMPARE(headers.value("x-authorization"_L1).toString(), Token::staticToken(2).value);

    // The real API accepts that key for the product the app subscribed to.
    m_picker->selectStaticToken(1);
    const Exchange listed = send(u"/accounts/v3/accounts"_s, m_picker->currentToken());
    QVERIFY2(listed.status == 200, listed.body.left(300).constData());
    // ...and refuses a product it did not choose.
    if (!payments.isEmpty() && payments != accounts) {
        const Exchange refused = send(u"/v1/payments/initiate"_s, m_picker->currentToken());
        QVERIFY2(refused.status == 403 || refused.status == 401, refused.body.left(300).constData());
    }
    // The quota is counted for this application and shown next to it.
    const QuotaSnapshot quota = m_session->quota()->snapshot(u"local"_s, m_echoAppId);
    QVERIFY(quota.fromHeaders);
    QVERIFY(quota.remaining < quota.limit);
    const QString shown = m_pane->model()
                                  ->data(m_pane->model()->index(m_pane->model()->rowOf(m_echoAppId)),
                                         ApplicationListModel::QuotaTextRole)
                                  .toString();
    QCOMPARE(shown, u"%1 of %2 left today"_s.arg(quota.remaining).arg(quota.limit));
}

void TestApplicationManager::customTokenFromTheVault()
{
    QVERIFY(!m_echoAppId.isEmpty());
    const QString value = u"tk5a4b3c2d1e0f9e8d7c6b5a"_s;
    m_secrets << value.toUtf8();
    m_picker->setTokenPrompt([value] { return std::optional<QPair<QString, QString>>({ u"Team token"_s, value }); });
    QTest::mouseClick(m_picker->findChild<QToolButton *>(u"addTokenButton"_s), Qt::LeftButton);
    QVERIFY(m_picker->currentIsCustom());
    QCOMPARE(m_picker->currentLabel(), u"Team token"_s);
    auto *combo = m_picker->findChild<QComboBox *>(u"tokenCombo"_s);
    QVERIFY(!combo->currentText().contains(value.left(4)));
    QVERIFY(!combo->currentText().contains(value.right(4)));
    QCOMPARE(m_session->customTokens()->tokens().size(), 1);

    const QJsonObject seen = echo(u"/__echo"_s, m_picker->currentToken());
    const QJsonObject headers = seen.value("headers"_L1).toObject();
    QCOMPARE(headers.value("x-authorization"_L1).toString(), value);
    auto credentials = m_session->applications()->credentials(m_echoAppId);
    QVERIFY(credentials);
    QCOMPARE(headers.value("x-api-key"_L1).toString(), credentials->apiKey);

    // Removing it takes the value out of the vault too.
    m_picker->setConfirmation([](const QString &) { return true; });
    QVERIFY(m_picker->addStoredToken(u"Spare"_s, u"spare-token-value-999999999"_s));
    m_secrets << QByteArray("spare-token-value-999999999");
    QCOMPARE(m_picker->currentLabel(), u"Spare"_s);
    const QString spareId = m_session->customTokens()->tokens().last().id;
    QTest::mouseClick(m_picker->findChild<QToolButton *>(u"removeTokenButton"_s), Qt::LeftButton);
    QCOMPARE(m_session->customTokens()->tokens().size(), 1);
    QVERIFY(!m_vault->ids().contains(CustomTokenStore::valueRef(spareId)));
    QVERIFY(m_picker->selectCustomToken(u"Team token"_s));
}

void TestApplicationManager::deleteAndUndoRestoresTheApplication()
{
    QVERIFY(m_pane->selectApplication(m_echoAppId));
    const Application before = *m_session->applications()->find(m_echoAppId);
    auto credentials = m_session->applications()->credentials(m_echoAppId);
    QVERIFY(credentials);
    QTest::mouseClick(child<QPushButton>("deleteApplicationButton"), Qt::LeftButton);
    QVERIFY(!m_session->applications()->find(m_echoAppId));
    QVERIFY(!m_vault->ids().contains(before.secretRef));
    // The deleted application was active: the demo application takes over.
    QCOMPARE(m_session->activeApplicationId(), QString());

    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane));
    m_pane->listView()->setFocus();
    QTest::keyClick(m_pane->listView(), Qt::Key_Z, Qt::ControlModifier);
    const Application *back = m_session->applications()->find(m_echoAppId);
    QVERIFY(back);
    QCOMPARE(back->name, before.name);
    QCOMPARE(back->productIds, before.productIds);
    QCOMPARE(m_pane->selectedId(), m_echoAppId);
    auto restored = m_session->applications()->credentials(m_echoAppId);
    QVERIFY(restored);
    QCOMPARE(restored->apiKey, credentials->apiKey);
    QCOMPARE(restored->apiSecret, credentials->apiSecret);
    // It survives a reload from disk, and still works against the simulator.
    ApplicationStore reread(m_session->applications()->path());
    QVERIFY(reread.load());
    QVERIFY(reread.find(m_echoAppId));
    QVERIFY(m_session->setActiveApplication(m_echoAppId));
    const QJsonObject seen = echo(u"/__echo"_s, Token::staticToken(3));
    QCOMPARE(seen.value("headers"_L1).toObject().value("x-api-key"_L1).toString(), credentials->apiKey);
    QVERIFY(m_session->setActiveApplication({}));
}

void TestApplicationManager::pastedCredentialsStayBoundToTheirHost()
{
    const QString key = u"SandboxPortalKey0123456789"_s;
    const QString secret = u"SandboxPortalSecret9876543210"_s;
    m_secrets << key.toUtf8() << secret.toUtf8();
    auto created = m_pane->createApplication(u"Portal app"_s, u"sandbox"_s);
    QVERIFY(created);
    m_pane->setPasteSource([key, secret] { return u"API key: %1\nAPI secret: \"%2\"\n"_s.arg(key, secret); });
    QTest::mouseClick(child<QPushButton>("pasteCredentialsButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("apiKeyEdit")->text(), key);
    QCOMPARE(child<QLineEdit>("apiSecretEdit")->text(), secret);
    QCOMPARE(child<QLineEdit>("apiSecretEdit")->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QPushButton>("saveApplicationButton"), Qt::LeftButton);
    auto stored = m_session->applications()->credentials(created->id, u"sandbox.apis.op.fi"_s);
    QVERIFY(stored);
    QCOMPARE(stored->apiKey, key);
    QCOMPARE(stored->apiSecret, secret.toUtf8());

    // SEC-10: sent to the local simulator instead, the key is refused
    // before any socket opens.
    QVERIFY(m_session->setActiveApplication(created->id));
    const QString local = m_simulator->environment().baseUrl + u"/__echo"_s;
    const Exchange refused = send(local, Token::staticToken(1));
    QCOMPARE(refused.status, 0);
    QCOMPARE(refused.errorCode, u"host-not-allowed"_s);
    QVERIFY(!refused.error.contains(secret));
    QVERIFY(m_session->setActiveApplication({}));
}

void TestApplicationManager::firstSaveOfATypedSandboxApplicationKeepsKeyAndSecret()
{
    // New > In the OP sandbox, name, key and secret typed, one product
    // ticked, Save: all of it in one go, as a person does it.
    const QString name = u"Typed portal app"_s;
    const QString key = u"TypedPortalKey0123456789ab"_s;
    const QString secret = u"TypedPortalSecret9876543210zy"_s;
    m_secrets << key.toUtf8() << secret.toUtf8();
    const int before = m_session->applications()->count();
    chooseFromNewMenu(u"In the OP sandbox"_s);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(m_session->applications()->count(), before + 1);
    const QString id = m_pane->selectedId();
    QCOMPARE(m_session->applications()->find(id)->environmentId, u"sandbox"_s);

    auto *nameEdit = child<QLineEdit>("applicationNameEdit");
    auto *keyEdit = child<QLineEdit>("apiKeyEdit");
    auto *secretEdit = child<QLineEdit>("apiSecretEdit");
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, name);
    QCOMPARE(nameEdit->text(), name);
    QTest::keyClicks(keyEdit, key);
    QTest::keyClicks(secretEdit, secret);
    const QString accounts = productIdFor(u"/accounts/v3/accounts"_s);
    clickProduct(accounts, true);
    QTest::mouseClick(child<QPushButton>("saveApplicationButton"), Qt::LeftButton);

    QVERIFY2(m_pane->statusText().startsWith(u"Saved"_s), qPrintable(m_pane->statusText()));
    const Application *app = m_session->applications()->find(id);
    QVERIFY(app);
    QCOMPARE(app->name, name);
    QCOMPARE(app->productIds, QStringList { accounts });
    // The form still shows what was typed...
    QCOMPARE(keyEdit->text(), key);
    QCOMPARE(secretEdit->text(), secret);
    // ...and the vault holds it, for the host a send to the sandbox uses:
    // what ConsoleSession::send resolves before it says "has no API key yet".
    auto stored = m_session->applications()->credentials(id, u"sandbox.apis.op.fi"_s);
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
    QCOMPARE(stored->apiKey, key);
    QCOMPARE(stored->apiSecret, secret.toUtf8());
    QCOMPARE(m_session->applications()->apiKeyHint(id), ApplicationStore::keyHint(key));
}

void TestApplicationManager::secondApplicationPresentsItsOwnCertificate()
{
    const QString psd2 = productIdFor(u"/accounts-psd2/v1/accounts"_s);
    QVERIFY(!psd2.isEmpty());
    QStringList appIds;
    QList<QPair<QString, QString>> choices;
    for (const QString &name : { u"TLS app one"_s, u"TLS app two"_s }) {
        auto created = m_pane->createApplication(name, u"local"_s);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        appIds << created->id;
        clickProduct(psd2, true);
        QTest::mouseClick(child<QPushButton>("saveApplicationButton"), Qt::LeftButton);
        auto issued = m_simulator->issueTestCertificate(created->id);
        QVERIFY2(issued, qPrintable(issued.errorMessage()));
        m_secrets << issued->second.toUtf8();
        // The private key too: only the vault may hold it (issue 6).
        const auto identity = TlsProfile::fromPkcs12(issued->first, issued->second);
        QVERIFY(identity);
        QVERIFY(!identity->clientKey.toDer().isEmpty());
        m_secrets << identity->clientKey.toDer();
        auto imported = m_certificates->importPkcs12(issued->first, issued->second, name);
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        QVERIFY(imported->subject.contains(name));
        choices.append({ imported->id, name });
    }
    m_pane->setCertificates(choices);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(m_pane->selectApplication(appIds.at(i)));
        auto *chooser = child<QComboBox>("certificateCombo");
        chooser->setCurrentIndex(chooser->findData(choices.at(i).first));
        QTest::mouseClick(child<QPushButton>("saveApplicationButton"), Qt::LeftButton);
        QCOMPARE(m_session->applications()->find(appIds.at(i))->certificateId, choices.at(i).first);
        QVERIFY(m_certificates->boundApplications(choices.at(i).first).contains(appIds.at(i)));
    }

    // Same host and port for both sends: only the identity differs, so a
    // reused connection would show app one's certificate the second time.
    const QString psd2Accounts = u"/accounts-psd2/v1/accounts"_s;
    QStringList cns;
    for (int i = 0; i < 2; ++i) {
        QVERIFY(m_session->setActiveApplication(appIds.at(i)));
        const Exchange ex = send(psd2Accounts, Token::staticToken(1));
        QVERIFY2(ex.hasResponse(), qPrintable(ex.error));
        // Past the gateway's certificate check: no "does not belong" 403.
        QVERIFY2(!ex.body.contains("does not belong"), ex.body.left(300).constData());
        QVERIFY2(ex.tls.clientCertificate.contains(choices.at(i).second), qPrintable(ex.tls.clientCertificate));
        // The mTLS listener's echo names the certificate it saw.
        const QUrl mtlsBase(ex.url);
        const QString echoUrl = u"https://%1:%2/__echo"_s.arg(mtlsBase.host()).arg(mtlsBase.port());
        const QJsonObject seen = echo(echoUrl, Token::staticToken(1));
        QCOMPARE(seen.value("listener"_L1).toString(), u"mtls"_s);
        cns << seen.value("clientCertificateCn"_L1).toString();
    }
    QCOMPARE(cns, QStringList({ u"TLS app one"_s, u"TLS app two"_s }));

    // An application without a certificate is refused before sending.
    auto bare = m_pane->createApplication(u"No certificate"_s, u"local"_s);
    QVERIFY(bare);
    QVERIFY(m_session->setActiveApplication(bare->id));
    const Exchange refused = send(psd2Accounts, Token::staticToken(1));
    QCOMPARE(refused.status, 0);
    QCOMPARE(refused.errorCode, u"no-certificate"_s);
    QVERIFY(m_session->setActiveApplication({}));
}

void TestApplicationManager::noSecretInAnyPlainFile()
{
    QVERIFY(m_secrets.size() >= 10);
    m_settings->sync();
    QVERIFY(QFile::exists(m_settings->path(u"applications.json"_s)));
    QVERIFY(QFile::exists(m_settings->path(u"custom-tokens.json"_s)));
    QVERIFY(QFile::exists(m_settings->path(u"settings.ini"_s)));
    for (const QByteArray &secret : std::as_const(m_secrets)) {
        const QList<SecretHit> hits = findSecretInTree(m_data.path(), secret);
        for (const SecretHit &hit : hits) {
            qWarning("%s found in %s (%s)", secret.left(4).constData(), qPrintable(hit.file),
                     qPrintable(hit.encoding));
        }
        QVERIFY(hits.isEmpty());
    }
}

void TestApplicationManager::privateFilesAreOwnerOnly()
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
    for (const QString &name : { u"vault.opcv"_s, u"applications.json"_s, u"custom-tokens.json"_s }) {
        const QFile::Permissions p = QFile::permissions(m_settings->path(name));
        QVERIFY2((p & others) == QFile::Permissions(), qPrintable(name));
        QVERIFY2(p.testFlag(QFile::ReadUser) && p.testFlag(QFile::WriteUser), qPrintable(name));
    }
    QCOMPARE(QFile::permissions(m_data.path()) & others, QFile::Permissions());
}

void TestApplicationManager::revealAndMaskTheSecret()
{
    QVERIFY(m_pane->selectApplication(m_echoAppId));
    auto *secret = child<QLineEdit>("apiSecretEdit");
    auto *reveal = child<QToolButton>("revealSecretButton");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    // Selecting another application never leaves a secret revealed.
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(m_pane->selectApplication(m_session->applications()->applications().last().id));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
}

void TestApplicationManager::storedLocalApplicationWorksAfterARestart()
{
    // An application stored in an earlier run (or by opconsole-cli app add
    // --register) holds credentials today's simulator has never seen; the
    // session registers it again once the vault is open.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.path());
    EncryptedFileVault::Options fast;
    fast.scryptLog2N = 10;
    EncryptedFileVault vault(settings.path(u"vault.opcv"_s), fast);
    QVERIFY(vault.create(u"restart"_s));
    const QString accounts = productIdFor(u"/accounts/v3/accounts"_s);
    sandbox::AppCredentials minted;
    {
        sandbox::SandboxServer earlier; // never started: it only mints
        minted = earlier.registerApplication(u"Yesterday"_s, { accounts });
        ApplicationStore store(settings.path(u"applications.json"_s));
        store.setSecretStore(&vault);
        Application app;
        app.name = u"Yesterday"_s;
        app.environmentId = u"local"_s;
        app.productIds = { accounts };
        auto added = store.add(app, { minted.apiKey, minted.apiSecret.toUtf8() });
        QVERIFY(added);
        settings.setActiveApplicationId(added->id);
    }
    ConsoleSession session(&settings);
    QVERIFY(session.activeApplication());
    QCOMPARE(session.applicationName(), u"Yesterday"_s);
    sandbox::SimulatorLink simulator(&session);
    QVERIFY(simulator.start(settings.path(u"sandbox"_s), u"Demo application"_s));
    session.setSecretStore(&vault);
    simulator.watchVault(&vault);
    QSignalSpy finished(&session, &ConsoleSession::exchangeFinished);
    RequestSpec spec;
    spec.url = u"/accounts/v3/accounts"_s;
    QVERIFY(session.send(spec, Token::staticToken(1)));
    QVERIFY(finished.wait(15000));
    const Exchange ex = finished.first().at(1).value<Exchange>();
    QVERIFY2(ex.status == 200, ex.body.left(300).constData());
    QVERIFY(ex.responseHeader("x-ratelimit-remaining").toInt() > 0);
}

namespace {

// QT_SCALE_FACTOR cannot change inside one process; a font 1.5 times as
// large stands for 150 % (text is what grows the widgets).
class ScaledFont
{
public:
    explicit ScaledFont(qreal factor)
        : m_saved(QApplication::font())
    {
        QFont font = m_saved;
        if (font.pointSizeF() > 0) {
            font.setPointSizeF(font.pointSizeF() * factor);
        } else {
            font.setPixelSize(qRound(font.pixelSize() * factor));
        }
        QApplication::setFont(font);
    }
    ~ScaledFont() { QApplication::setFont(m_saved); }

private:
    QFont m_saved;
};

} // namespace

void TestApplicationManager::minimumSizeFitsASmallWorkArea_data()
{
    QTest::addColumn<qreal>("scale");
    QTest::newRow("100 %") << 1.0;
    QTest::newRow("150 %") << 1.5;
}

void TestApplicationManager::minimumSizeFitsASmallWorkArea()
{
    // A 1024x640 window leaves about 600x480 to the pane between the
    // sidebar, the toolbar and the status bar.
    QFETCH(qreal, scale);
    const ScaledFont font(scale);
    ApplicationManagerPane pane(m_session->applications());
    pane.connectSession(m_session.get(), m_simulator.get());
    // The widest content the editor can show: every product, a long
    // certificate label.
    QVERIFY(pane.selectApplication(m_session->applications()->applications().first().id));
    QStringList all;
    for (const ApiProduct &product : m_session->products()) {
        all << product.id;
    }
    pane.setCertificates({ { u"0123456789abcdef"_s, u"Local simulator test certificate for TLS app one"_s } });
    pane.setCheckedProducts(all);
    const QSize minimum = pane.minimumSizeHint();
    QVERIFY2(minimum.width() <= 600 && minimum.height() <= 480,
             qPrintable(u"minimum %1x%2"_s.arg(minimum.width()).arg(minimum.height())));
}

void TestApplicationManager::buttonsStayReachableInASmallWindow_data()
{
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<QSize>("windowSize");
    QTest::newRow("1024x640") << 1.0 << QSize(1024, 640);
    QTest::newRow("600x480") << 1.0 << QSize(600, 480);
    QTest::newRow("600x480 at 150 %") << 1.5 << QSize(600, 480);
}

void TestApplicationManager::buttonsStayReachableInASmallWindow()
{
    QFETCH(qreal, scale);
    QFETCH(QSize, windowSize);
    const ScaledFont font(scale);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *pane = new ApplicationManagerPane(m_session->applications(), &window);
    pane->connectSession(m_session.get());
    layout->addWidget(pane);
    QVERIFY(pane->selectApplication(m_session->applications()->applications().first().id));
    window.resize(windowSize);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The window keeps the size it was given: the pane does not push it wider.
    QCOMPARE(window.size(), windowSize);
    for (const char *name : { "newApplicationButton", "duplicateApplicationButton", "deleteApplicationButton",
                              "activateApplicationButton", "undoApplicationButton", "pasteCredentialsButton",
                              "revealSecretButton", "saveApplicationButton" }) {
        auto *button = pane->findChild<QAbstractButton *>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        // Inside a scroll area "reachable" means: visible once scrolled to.
        for (QWidget *up = button->parentWidget(); up; up = up->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(up)) {
                area->ensureWidgetVisible(button, 0, 0);
            }
        }
        QVERIFY2(button->isVisible(), name);
        const QRect inWindow(button->mapTo(&window, QPoint(0, 0)), button->size());
        QVERIFY2(window.rect().contains(inWindow),
                 qPrintable(u"%1 at %2,%3 %4x%5"_s.arg(QLatin1StringView(name))
                                    .arg(inWindow.x())
                                    .arg(inWindow.y())
                                    .arg(inWindow.width())
                                    .arg(inWindow.height())));
        // Not clipped by a parent either (a splitter pane, a scroll area).
        QVERIFY2(button->visibleRegion().boundingRect() == button->rect(), name);
        QVERIFY2(button->width() >= button->minimumSizeHint().width(), name);
    }
}

QTEST_MAIN(TestApplicationManager)
#include "tst_applicationmanager.moc"
