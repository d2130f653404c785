// PSD2 consents from the window, driven through real widgets offscreen
// against the embedded simulator over mutual TLS 1.2: Request › PSD2
// consents opens the dialog, Start runs the guided flow step by step, the
// bank's page is the in-app choice of a test user, and the request the
// consent is for then succeeds from the window with the consent's token.
// A rejection, a revocation and a request that needs a consent it does not
// have each say so in words; no token value is shown in a step's detail.
#include "auth/tokenpicker.h"
#include "consent/consentsdialog.h"
#include "curlbrowser.h"
#include "embeddedsimulator.h"
#include "mainwindow.h"
#include "messageboxanswer.h"
#include "oauth/consentservice.h"
#include "oauth/consentstore.h"
#include "response/responseviewer.h"
#include "sandboxserver.h"
#include "session/consolesession.h"
#include "shell/appearance.h"
#include "simulatorlink.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace opc;
using namespace opc::ui;
using namespace Qt::StringLiterals;

class TestConsentsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void eachConsentServesItsRequestFromTheWindow_data();
    void eachConsentServesItsRequestFromTheWindow();
    void aRejectionIsShownAndGivesNoToken();
    void aRevokedConsentIsListedAsSuchAndTheNextRequestSaysWhy();
    void theBanksPageInTheUsersBrowserComesBack();
    void presentationModeHidesTheKeyInTheSteps();

private:
    ConsentsDialog *openDialog();
    /// Starts a flow of @p kind in the dialog and waits for the bank's page.
    void startAndWaitForTheDecision(ConsentsDialog *dialog, ConsentKind kind);
    QString waitForOutcome(ConsentsDialog *dialog);
    QTreeWidgetItem *listRow(ConsentsDialog *dialog, const QString &consentId) const;
    Exchange sendFromTheWindow();
    template<typename T>
    T *child(QObject *parent, const QString &name) const
    {
        T *found = parent->findChild<T *>(name);
        if (!found) {
            qWarning("no child %s", qPrintable(name));
        }
        return found;
    }

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestConsentsDialog::initTestCase()
{
    qputenv("OPC_VAULT_PASSPHRASE", "consents-dialog-test");
}

void TestConsentsDialog::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    m_window = std::make_unique<MainWindow>(m_data->path());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy started(m_window.get(), &MainWindow::sessionStarted);
    m_window->startSession();
    QVERIFY(started.size() == 1 || started.wait(15000));
    QCOMPARE(started.first().first().toBool(), true);
}

void TestConsentsDialog::cleanup()
{
    if (m_window) {
        MessageBoxAnswer discard(QMessageBox::DestructiveRole);
        m_window->close();
    }
    m_window.reset();
    m_data.reset();
}

ConsentsDialog *TestConsentsDialog::openDialog()
{
    QAction *action = m_window->findChild<QAction *>(u"consentsAction"_s);
    if (!action) {
        qWarning("no consentsAction");
        return nullptr;
    }
    action->trigger();
    auto *dialog = m_window->findChild<ConsentsDialog *>();
    if (dialog && !QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000)) {
        return nullptr;
    }
    return dialog;
}

void TestConsentsDialog::startAndWaitForTheDecision(ConsentsDialog *dialog, ConsentKind kind)
{
    auto *kinds = child<QComboBox>(dialog, u"consentKindCombo"_s);
    QVERIFY(kinds);
    kinds->setCurrentIndex(kinds->findData(int(kind)));
    auto *start = child<QPushButton>(dialog, u"startConsentButton"_s);
    QVERIFY(start && start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(!start->isEnabled()); // one flow at a time
    QWidget *decision = child<QWidget>(dialog, u"consentDecision"_s);
    QTRY_VERIFY_WITH_TIMEOUT(decision->isVisible(), 15000);

    // The first three steps are done, each with its request and response.
    auto *steps = child<QTreeWidget>(dialog, u"consentSteps"_s);
    QCOMPARE(steps->topLevelItemCount(), ConsentFlow::steps().size());
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(steps->topLevelItem(i)->text(1).startsWith(u"done"_s), qPrintable(steps->topLevelItem(i)->text(1)));
    }
    QCOMPARE(steps->topLevelItem(3)->text(1), u"waiting for the user"_s);
    // The client-credentials token's step: its request and the bank's reply.
    steps->setCurrentItem(steps->topLevelItem(0));
    const QString detail = child<QPlainTextEdit>(dialog, u"consentStepDetail"_s)->toPlainText();
    QVERIFY2(detail.startsWith(u"POST https://"_s), qPrintable(detail.left(200)));
    QVERIFY2(detail.contains(u"HTTP 200"_s), qPrintable(detail.left(400)));
    QVERIFY2(detail.contains(u"access_token"_s), qPrintable(detail));
}

QString TestConsentsDialog::waitForOutcome(ConsentsDialog *dialog)
{
    auto *outcome = child<QLabel>(dialog, u"consentOutcome"_s);
    if (!QTest::qWaitFor([outcome] { return !outcome->text().isEmpty(); }, 15000)) {
        return {};
    }
    return outcome->text();
}

QTreeWidgetItem *TestConsentsDialog::listRow(ConsentsDialog *dialog, const QString &consentId) const
{
    auto *list = dialog->findChild<QTreeWidget *>(u"consentList"_s);
    for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(5) == consentId) {
            return list->topLevelItem(i);
        }
    }
    return nullptr;
}

Exchange TestConsentsDialog::sendFromTheWindow()
{
    QSignalSpy shown(m_window.get(), &MainWindow::exchangeShown);
    m_window->sendCurrent();
    if (!shown.wait(15000)) {
        return {};
    }
    return shown.first().first().value<Exchange>();
}

void TestConsentsDialog::eachConsentServesItsRequestFromTheWindow_data()
{
    QTest::addColumn<int>("kindValue");
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("status");
    QTest::newRow("AIS: accounts") << int(ConsentKind::Accounts) << u"GET"_s << 200;
    QTest::newRow("PIS: the payment's submission") << int(ConsentKind::Payments) << u"PUT"_s << 201;
    QTest::newRow("CoF: funds confirmation") << int(ConsentKind::FundsConfirmation) << u"POST"_s << 201;
}

void TestConsentsDialog::eachConsentServesItsRequestFromTheWindow()
{
    QFETCH(int, kindValue);
    const auto kind = ConsentKind(kindValue);
    QFETCH(QString, method);
    QFETCH(int, status);

    ConsentsDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->applicationId(), m_window->session()->applicationId());
    QSignalSpy ready(dialog, &ConsentsDialog::consentReady);
    // What the consent asks for, typed as a user would.
    const QDateTime validUntil = QDateTime::currentDateTime().addDays(10);
    if (kind == ConsentKind::Accounts) {
        QTest::mouseClick(child<QCheckBox>(dialog, u"consentLimitValidityCheck"_s), Qt::LeftButton);
        child<QDateTimeEdit>(dialog, u"consentValidUntilEdit"_s)->setDateTime(validUntil);
    } else if (kind == ConsentKind::Payments) {
        QLineEdit *amount = child<QLineEdit>(dialog, u"consentAmountEdit"_s);
        amount->selectAll();
        QTest::keyClicks(amount, u"7.25"_s);
    }
    startAndWaitForTheDecision(dialog, kind);
    if (QTest::currentTestFailed()) {
        return;
    }
    QTest::mouseClick(child<QRadioButton>(dialog, u"user88888882"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, u"approveConsentButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15000);
    const QString consentId = ready.first().first().toString();
    const QString outcome = waitForOutcome(dialog);
    QVERIFY2(outcome.contains(u"Consent %1 is authorized"_s.arg(consentId)), qPrintable(outcome));
    QVERIFY(!child<QLabel>(dialog, u"consentOutcome"_s)->property("failure").toBool());

    // Every step done; the list shows it authorized for the chosen user.
    auto *steps = child<QTreeWidget>(dialog, u"consentSteps"_s);
    for (int i = 0; i < steps->topLevelItemCount(); ++i) {
        QVERIFY2(steps->topLevelItem(i)->text(1).startsWith(u"done"_s), qPrintable(steps->topLevelItem(i)->text(1)));
    }
    QTreeWidgetItem *row = listRow(dialog, consentId);
    QVERIFY(row);
    QCOMPARE(row->text(0), Consent::kindTitle(kind));
    QCOMPARE(row->text(1), Consent::statusText(ConsentStatus::Authorized));
    QCOMPARE(row->text(4), u"88888882"_s);
    const Consent *stored = m_window->session()->consentStore()->find(consentId);
    QVERIFY(stored);
    if (kind == ConsentKind::Accounts) {
        QVERIFY2(qAbs(stored->validUntil.secsTo(validUntil)) < 60, qPrintable(stored->validUntil.toString(Qt::ISODate)));
    } else if (kind == ConsentKind::Payments) {
        steps->setCurrentItem(steps->topLevelItem(1));
        const QString created = child<QPlainTextEdit>(dialog, u"consentStepDetail"_s)->toPlainText();
        QVERIFY2(created.contains(u"\"amountEUR\":\"7.25\""_s), qPrintable(created));
    }

    // The code exchange's detail names the token endpoint, never the token.
    const Result<QByteArray> token = m_window->session()->consentStore()->accessToken(consentId);
    QVERIFY2(token, qPrintable(token.errorMessage()));
    QVERIFY(token->size() >= 16);
    steps->setCurrentItem(steps->topLevelItem(steps->topLevelItemCount() - 1));
    const QString detail = child<QPlainTextEdit>(dialog, u"consentStepDetail"_s)->toPlainText();
    QVERIFY2(detail.contains(u"access_token"_s), qPrintable(detail));
    QVERIFY(!detail.contains(QString::fromLatin1(*token)));

    // The token picker now offers the consent and has it chosen.
    QCOMPARE(m_window->tokenPicker()->currentConsentId(), consentId);

    // "Open the request it is for" opens it in a tab; sent from the window
    // it succeeds with the consent's token.
    const int tabsBefore = m_window->openRequestCount();
    auto *tryIt = child<QPushButton>(dialog, u"tryConsentButton"_s);
    QVERIFY(tryIt->isVisible());
    QTest::mouseClick(tryIt, Qt::LeftButton);
    QCOMPARE(m_window->openRequestCount(), tabsBefore + 1);
    dialog->close();
    const Exchange ex = sendFromTheWindow();
    QCOMPARE(QString::fromLatin1(ex.method), method);
    QVERIFY2(ex.status == status, qPrintable(ex.error + QString::fromUtf8(ex.body.left(300))));
    QVERIFY2(m_window->viewer()->statusText().startsWith(QString::number(status)),
             qPrintable(m_window->viewer()->statusText()));
    if (kind == ConsentKind::Accounts) {
        const QJsonDocument accounts = QJsonDocument::fromJson(ex.body);
        QVERIFY(accounts.isArray() && !accounts.array().isEmpty());
    } else if (kind == ConsentKind::FundsConfirmation) {
        QCOMPARE(QJsonDocument::fromJson(ex.body).object().value("authorizationId"_L1).toString(), consentId);
    }
}

void TestConsentsDialog::aRejectionIsShownAndGivesNoToken()
{
    ConsentsDialog *dialog = openDialog();
    QVERIFY(dialog);
    QSignalSpy ready(dialog, &ConsentsDialog::consentReady);
    startAndWaitForTheDecision(dialog, ConsentKind::Accounts);
    if (QTest::currentTestFailed()) {
        return;
    }
    QTest::mouseClick(child<QPushButton>(dialog, u"rejectConsentButton"_s), Qt::LeftButton);
    const QString outcome = waitForOutcome(dialog);
    QVERIFY2(outcome.contains(u"rejected the consent"_s), qPrintable(outcome));
    QVERIFY(child<QLabel>(dialog, u"consentOutcome"_s)->property("failure").toBool());
    QVERIFY(ready.isEmpty());
    QVERIFY(!child<QPushButton>(dialog, u"tryConsentButton"_s)->isVisible());
    QVERIFY(child<QPushButton>(dialog, u"startConsentButton"_s)->isEnabled());

    const QList<Consent> consents = m_window->session()->consentStore()->consents();
    QCOMPARE(consents.size(), 1);
    QTreeWidgetItem *row = listRow(dialog, consents.first().id);
    QVERIFY(row);
    QCOMPARE(row->text(1), Consent::statusText(ConsentStatus::Rejected));
    QVERIFY2(row->toolTip(1).contains(u"was rejected by the user 88888881"_s), qPrintable(row->toolTip(1)));
    QVERIFY(!m_window->session()->consentStore()->accessToken(consents.first().id));
    QVERIFY(m_window->tokenPicker()->currentConsentId().isEmpty());
}

void TestConsentsDialog::aRevokedConsentIsListedAsSuchAndTheNextRequestSaysWhy()
{
    ConsentsDialog *dialog = openDialog();
    QVERIFY(dialog);
    QSignalSpy ready(dialog, &ConsentsDialog::consentReady);
    startAndWaitForTheDecision(dialog, ConsentKind::Accounts);
    if (QTest::currentTestFailed()) {
        return;
    }
    QTest::mouseClick(child<QPushButton>(dialog, u"approveConsentButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15000);
    const QString consentId = ready.first().first().toString();
    QTest::mouseClick(child<QPushButton>(dialog, u"tryConsentButton"_s), Qt::LeftButton);

    // Revoke from the list: the bank is told, the tokens are gone.
    auto *list = child<QTreeWidget>(dialog, u"consentList"_s);
    list->setCurrentItem(listRow(dialog, consentId));
    auto *revoke = child<QPushButton>(dialog, u"revokeConsentButton"_s);
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    auto *outcome = child<QLabel>(dialog, u"consentOutcome"_s);
    QTRY_VERIFY_WITH_TIMEOUT(outcome->text().contains(u"was revoked"_s), 15000);
    QTreeWidgetItem *row = listRow(dialog, consentId);
    QVERIFY(row);
    QCOMPARE(row->text(1), Consent::statusText(ConsentStatus::Revoked));
    QVERIFY(!revoke->isEnabled());
    QVERIFY(!m_window->session()->consentStore()->accessToken(consentId));
    QVERIFY(m_window->tokenPicker()->currentConsentId().isEmpty());
    dialog->close();

    // The accounts request is refused before it is sent, in the consent's
    // words: nothing reaches the bank, no request of the quota is spent.
    QSignalSpy exchanges(m_window->session(), &ConsoleSession::exchangeFinished);
    m_window->sendCurrent();
    QTest::qWait(200);
    QCOMPARE(exchanges.size(), 0);
    const QString shown = m_window->viewer()->meaningText();
    QVERIFY2(shown.contains(u"The consent %1 was revoked"_s.arg(consentId)), qPrintable(shown));
}

void TestConsentsDialog::theBanksPageInTheUsersBrowserComesBack()
{
    ConsentsDialog *dialog = openDialog();
    QVERIFY(dialog);
    QUrl opened;
    dialog->setBrowserOpener([&opened](const QUrl &url) { opened = url; });
    auto *inBrowser = child<QCheckBox>(dialog, u"consentInBrowserCheck"_s);
    QVERIFY(inBrowser->isEnabled()); // a choice for the simulator's application
    QTest::mouseClick(inBrowser, Qt::LeftButton);
    QVERIFY(inBrowser->isChecked());
    QSignalSpy ready(dialog, &ConsentsDialog::consentReady);
    QTest::mouseClick(child<QPushButton>(dialog, u"startConsentButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), 15000);
    QWidget *waiting = child<QWidget>(dialog, u"consentBrowserWait"_s);
    QVERIFY(waiting->isVisible());
    QVERIFY(!child<QWidget>(dialog, u"consentDecision"_s)->isVisible()); // no in-app test users
    const QString text = child<QLabel>(dialog, u"consentBrowserText"_s)->text();
    QVERIFY2(text.contains(u"http://127.0.0.1:"_s), qPrintable(text));

    const CurlBrowser browser(m_window->simulator()->simulator()->server()->caCertificatePath());
    const QByteArray landed = browser.decide(opened, true, u"88888882"_s);
    QVERIFY2(landed.contains("Consent received"), landed.constData());
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15000);
    QVERIFY(!waiting->isVisible());
    const QString consentId = ready.first().first().toString();
    QTreeWidgetItem *row = listRow(dialog, consentId);
    QVERIFY(row);
    QCOMPARE(row->text(1), Consent::statusText(ConsentStatus::Authorized));

    QTest::mouseClick(child<QPushButton>(dialog, u"tryConsentButton"_s), Qt::LeftButton);
    dialog->close();
    const Exchange ex = sendFromTheWindow();
    QVERIFY2(ex.status == 200, qPrintable(ex.error + QString::fromUtf8(ex.body.left(300))));
}

void TestConsentsDialog::presentationModeHidesTheKeyInTheSteps()
{
    ConsentsDialog *dialog = openDialog();
    QVERIFY(dialog);
    startAndWaitForTheDecision(dialog, ConsentKind::Accounts);
    if (QTest::currentTestFailed()) {
        return;
    }
    // The authorize page's address names the application by its API key.
    const QString apiKey = m_window->simulator()->simulator()->apiKey();
    QVERIFY(apiKey.size() >= 16);
    auto *steps = child<QTreeWidget>(dialog, u"consentSteps"_s);
    auto *detail = child<QPlainTextEdit>(dialog, u"consentStepDetail"_s);
    steps->setCurrentItem(steps->topLevelItem(2));
    QVERIFY2(detail->toPlainText().contains(apiKey), qPrintable(detail->toPlainText().left(300)));
    m_window->setPresentationMode(true);
    QVERIFY2(!detail->toPlainText().contains(apiKey), qPrintable(detail->toPlainText().left(300)));
    steps->setCurrentItem(steps->topLevelItem(0));
    QVERIFY(!detail->toPlainText().contains(apiKey));
    m_window->setPresentationMode(false);
    steps->setCurrentItem(steps->topLevelItem(2));
    QVERIFY(detail->toPlainText().contains(apiKey));
    dialog->flow()->cancel();
}

QTEST_MAIN(TestConsentsDialog)
#include "tst_consentsdialog.moc"
