// The defects found by using the console as a user, one test each, driving
// the real main window offscreen against the embedded simulator over real
// HTTPS. Each test is named after the defect's number in the defect list
// and reproduces it step by step; modal questions are answered the way a
// user would, by clicking a button of the message box on screen.
#include "apps/applicationstore.h"
#include "auth/tokenpicker.h"
#include "collections/collectionspane.h"
#include "collections/collectionstore.h"
#include "collections/collectiontreemodel.h"
#include "collections/postmanimporter.h"
#include "composer/requestcomposer.h"
#include "history/historypane.h"
#include "history/historytablemodel.h"
#include "mainwindow.h"
#include "model/application.h"
#include "response/responseviewer.h"
#include "shell/appearance.h"
#include "session/consolesession.h"
#include "simulatorlink.h"
#include "sidebar/catalogtree.h"

#include "messageboxanswer.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace opc;
using namespace opc::ui;

namespace {

QString visibleComposerText(RequestComposer *composer)
{
    QString text;
    for (QPlainTextEdit *edit : composer->findChildren<QPlainTextEdit *>()) {
        if (edit->isVisible()) {
            text += edit->toPlainText();
        }
    }
    return text;
}

} // namespace

class TestUserDefects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void defect01_endpointOpensInANewTab();
    void defect02_closingOrQuittingWithEditsAsks();
    void defect03_eachTabShowsItsOwnResponse();
    void defect05_quotaBlockLiftsAndCanBeOverridden();
    void defect06_whatTheUiSaysIsWhatIsSent();
    void defect08_historyResendsAfterARestart();
    void defect09_importedPostmanCollectionSends();
    void defect10_presentationModeHidesSecretsEverywhere();
    void defect11_windowFitsSmallScreens();

private:
    MainWindow *start(const QString &dataDir);
    Exchange sendAndWait(MainWindow *window);
    void typeUrl(MainWindow *window, const QString &url);
    QTabBar *tabs(MainWindow *window) const { return window->composer()->requestTabs(); }

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestUserDefects::initTestCase()
{
    qputenv("OPC_VAULT_PASSPHRASE", "user-defects-test");
}

void TestUserDefects::cleanup()
{
    Presentation::instance()->setOn(false);
    if (m_window) {
        // Leave without being asked about unsaved tabs.
        MessageBoxAnswer discard(QMessageBox::DestructiveRole);
        m_window->close();
        m_window.reset();
    }
    m_data.reset();
}

MainWindow *TestUserDefects::start(const QString &dataDir)
{
    m_window = std::make_unique<MainWindow>(dataDir);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        return nullptr;
    }
    QSignalSpy started(m_window.get(), &MainWindow::sessionStarted);
    m_window->startSession();
    if (started.isEmpty() || !started.first().first().toBool()) {
        return nullptr;
    }
    return m_window.get();
}

Exchange TestUserDefects::sendAndWait(MainWindow *window)
{
    QSignalSpy shown(window, &MainWindow::exchangeShown);
    window->sendCurrent();
    if (shown.isEmpty() && !shown.wait(15000)) {
        return {};
    }
    return shown.first().first().value<Exchange>();
}

void TestUserDefects::typeUrl(MainWindow *window, const QString &url)
{
    auto *edit = window->composer()->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, url);
}

// 1. Double-clicking an endpoint in the APIs tab overwrote the current tab,
// even an edited one, and left the old response under the new request.
void TestUserDefects::defect01_endpointOpensInANewTab()
{
    m_data = std::make_unique<QTemporaryDir>();
    MainWindow *window = start(m_data->path());
    QVERIFY(window);
    // A fresh, unedited tab is reused.
    QCOMPARE(tabs(window)->count(), 1);
    QVERIFY(window->catalogTree()->activateMatching(QStringLiteral("GET  /branches/v1")));
    QCOMPARE(tabs(window)->count(), 1);

    typeUrl(window, QStringLiteral("/accounts/v3/accounts"));
    QCOMPARE(sendAndWait(window).status, 200);
    typeUrl(window, QStringLiteral("/accounts/v3/accounts?edited=1"));
    QVERIFY(window->catalogTree()->activateMatching(QStringLiteral("POST  /v1/payments/initiate")));
    QCOMPARE(tabs(window)->count(), 2);
    QVERIFY(window->composer()->url().contains(QLatin1String("/v1/payments/initiate")));
    // The new request does not sit under the old response.
    QVERIFY2(!window->viewer()->statusText().startsWith(QLatin1String("200")),
             qPrintable(window->viewer()->statusText()));

    tabs(window)->setCurrentIndex(0);
    QCOMPARE(window->composer()->url(), QStringLiteral("/accounts/v3/accounts?edited=1"));
    QVERIFY(tabs(window)->tabText(0).startsWith(QStringLiteral("● ")));
}

// 2. Closing an edited tab or quitting discarded it without asking.
void TestUserDefects::defect02_closingOrQuittingWithEditsAsks()
{
    m_data = std::make_unique<QTemporaryDir>();
    MainWindow *window = start(m_data->path());
    QVERIFY(window);
    typeUrl(window, QStringLiteral("/accounts/v3/accounts?mine=1"));
    QTabBar *bar = tabs(window);
    QAbstractButton *close = qobject_cast<QAbstractButton *>(bar->tabButton(0, QTabBar::RightSide));
    QVERIFY(close);
    {
        MessageBoxAnswer cancel(QMessageBox::RejectRole);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(cancel.asked(), 2000);
        QVERIFY(cancel.text().contains(QLatin1String("unsaved"), Qt::CaseInsensitive)
                || cancel.text().contains(QLatin1String("Save"), Qt::CaseInsensitive));
    }
    QCOMPARE(bar->count(), 1);
    QCOMPARE(window->composer()->url(), QStringLiteral("/accounts/v3/accounts?mine=1"));

    // Quitting asks too; Cancel keeps the window and the edit.
    {
        MessageBoxAnswer cancel(QMessageBox::RejectRole);
        QVERIFY(!window->close());
        QVERIFY(cancel.asked());
    }
    QVERIFY(window->isVisible());
    QCOMPARE(window->composer()->url(), QStringLiteral("/accounts/v3/accounts?mine=1"));

    // Discard closes the tab; a fresh one takes its place.
    {
        MessageBoxAnswer discard(QMessageBox::DestructiveRole);
        QTest::mouseClick(qobject_cast<QAbstractButton *>(bar->tabButton(0, QTabBar::RightSide)), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(discard.asked(), 2000);
    }
    QCOMPARE(bar->count(), 1);
    QVERIFY(!window->composer()->url().contains(QLatin1String("mine=1")));

    // Save on an edited scratch tab keeps it in a collection.
    typeUrl(window, QStringLiteral("/accounts/v3/accounts?kept=1"));
    {
        MessageBoxAnswer save(QMessageBox::AcceptRole);
        QVERIFY(window->close());
        QVERIFY(save.asked());
    }
    m_window.reset();
    MainWindow *again = start(m_data->path());
    QVERIFY(again);
    QTRY_VERIFY_WITH_TIMEOUT(again->collectionsPane()->model()->rowCount() > 0, 5000);
    bool found = false;
    std::function<void(const QString &)> walk = [&](const QString &dir) {
        for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (info.isDir()) {
                walk(info.filePath());
            } else if (info.suffix() == QLatin1String("json")) {
                QFile file(info.filePath());
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains("kept=1")) {
                    found = true;
                }
            }
        }
    };
    walk(m_data->filePath(QStringLiteral("collections")));
    QVERIFY2(found, "the saved request is in a collection file");
}

// 3. Every tab showed the same (last) response, even a tab never sent.
void TestUserDefects::defect03_eachTabShowsItsOwnResponse()
{
    m_data = std::make_unique<QTemporaryDir>();
    MainWindow *window = start(m_data->path());
    QVERIFY(window);
    typeUrl(window, QStringLiteral("/accounts/v3/accounts"));
    QCOMPARE(sendAndWait(window).status, 200);

    RequestSpec missing;
    missing.url = QStringLiteral("/accounts/v3/no-such-thing");
    window->openRequest(missing, {}, {}, QStringLiteral("missing"));
    QCOMPARE(tabs(window)->count(), 2);
    QCOMPARE(window->viewer()->statusText(), QStringLiteral("No response yet"));
    QCOMPARE(sendAndWait(window).status, 404);

    RequestSpec never;
    never.url = QStringLiteral("/branches/v1/branches");
    window->openRequest(never, {}, {}, QStringLiteral("never sent"));
    QCOMPARE(window->viewer()->statusText(), QStringLiteral("No response yet"));

    tabs(window)->setCurrentIndex(0);
    QVERIFY2(window->viewer()->statusText().startsWith(QLatin1String("200")), qPrintable(window->viewer()->statusText()));
    tabs(window)->setCurrentIndex(1);
    QVERIFY2(window->viewer()->statusText().startsWith(QLatin1String("404")), qPrintable(window->viewer()->statusText()));
    tabs(window)->setCurrentIndex(2);
    QCOMPARE(window->viewer()->statusText(), QStringLiteral("No response yet"));
}

// 5. After one 429 nothing could be sent until midnight: no override, a
// reset in the simulator ignored, /__echo blocked too.
void TestUserDefects::defect05_quotaBlockLiftsAndCanBeOverridden()
{
    m_data = std::make_unique<QTemporaryDir>();
    MainWindow *window = start(m_data->path());
    QVERIFY(window);
    QVERIFY(window->simulator()->setQuotaUsed(1000));
    typeUrl(window, QStringLiteral("/accounts/v3/accounts"));
    QCOMPARE(sendAndWait(window).status, 429);

    // A route outside the quota is never blocked.
    typeUrl(window, QStringLiteral("/__echo"));
    {
        MessageBoxAnswer refuse(QMessageBox::RejectRole);
        QCOMPARE(sendAndWait(window).status, 200);
        QVERIFY(!refuse.asked());
    }

    // A quota'd API asks; declined, nothing goes out.
    typeUrl(window, QStringLiteral("/accounts/v3/accounts"));
    {
        MessageBoxAnswer refuse(QMessageBox::RejectRole);
        QSignalSpy shown(window, &MainWindow::exchangeShown);
        window->sendCurrent();
        QVERIFY(refuse.asked());
        QVERIFY2(refuse.text().contains(QLatin1String("429")), qPrintable(refuse.text()));
        QVERIFY(!shown.wait(300));
    }

    // The quota is reset in the simulator; "Send anyway" goes out and the
    // answer, showing quota again, lifts the block.
    QVERIFY(window->simulator()->setQuotaUsed(0));
    {
        MessageBoxAnswer anyway(QMessageBox::AcceptRole);
        QCOMPARE(sendAndWait(window).status, 200);
        QVERIFY(anyway.asked());
    }
    {
        MessageBoxAnswer none(QMessageBox::RejectRole);
        QCOMPARE(sendAndWait(window).status, 200);
        QVERIFY(!none.asked());
    }
}

// 6. The UI said one thing and sent another: the Bearer box ignored, a
// stale "Next send" line, the status bar naming the wrong environment.
void TestUserDefects::defect06_whatTheUiSaysIsWhatIsSent()
{
    m_data = std::make_unique<QTemporaryDir>();
    MainWindow *window = start(m_data->path());
    QVERIFY(window);
    auto *bearer = window->tokenPicker()->findChild<QCheckBox *>();
    QVERIFY(bearer);
    QCOMPARE(window->tokenPicker()->headerChoice(), TokenPicker::HeaderChoice::ProductDefault);

    // Accounts v3 takes its token in Authorization.
    typeUrl(window, QStringLiteral("/accounts/v3/accounts"));
    const Exchange accounts = sendAndWait(window);
    QCOMPARE(accounts.status, 200);
    QByteArray authorization;
    for (const auto &[name, value] : accounts.requestHeaders) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            authorization = value;
        }
    }
    QVERIFY(!authorization.isEmpty());
    QCOMPARE(bearer->isChecked(), authorization.startsWith("Bearer "));

    // The summary follows the URL as it is typed.
    auto *summary = window->composer()->findChild<QLabel *>(QStringLiteral("sendSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QLatin1String("Accounts")), qPrintable(summary->text()));
    typeUrl(window, QStringLiteral("/branches/v1/branches"));
    QVERIFY2(summary->text().contains(QLatin1String("Branches")), qPrintable(summary->text()));

    // A sandbox application: the status bar names the OP sandbox.
    QVERIFY(window->showApplications());
    window->showRequests();
    Application app;
    app.name = QStringLiteral("Sandbox app");
    app.environmentId = QStringLiteral("sandbox");
    app.productIds = { QStringLiteral("accounts-v3") };
    const auto added = window->session()->applications()->add(
        app, ApplicationCredentials { QStringLiteral("sandbox-key-0001"), "sandbox-secret-0001" });
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QVERIFY(window->session()->setActiveApplication(added->id).ok());
    auto *environment = window->findChild<QLabel *>(QStringLiteral("environmentLabel"));
    QVERIFY(environment);
    QVERIFY2(environment->text().contains(QLatin1String("sandbox.apis.op.fi")), qPrintable(environment->text()));
    QVERIFY2(!environment->text().contains(QLatin1String("127.0.0.1")), qPrintable(environment->text()));
    QVERIFY2(summary->text().contains(QLatin1String("Sandbox app")), qPrintable(summary->text()));
}

// 8. Re-sending from the history failed after a restart: the simulator's
// port had changed and the history kept the old absolute URL.
void TestUserDefects::defect08_historyResendsAfterARestart()
{
    m_data = std::make_unique<QTemporaryDir>();
    QUrl before;
    {
        MainWindow *window = start(m_data->path());
        QVERIFY(window);
        typeUrl(window, QStringLiteral("/accounts/v3/accounts"));
        QCOMPARE(sendAndWait(window).status, 200);
        before = QUrl(window->simulator()->environment().baseUrl);
        m_window.reset();
    }
    // Something else takes the old port and hangs up on every connection.
    QTcpServer squatter;
    const bool squatting = squatter.listen(QHostAddress::LocalHost, quint16(before.port()));
    connect(&squatter, &QTcpServer::newConnection, &squatter, [&squatter] {
        while (QTcpSocket *socket = squatter.nextPendingConnection()) {
            socket->abort();
            socket->deleteLater();
        }
    });
    MainWindow *window = start(m_data->path());
    QVERIFY(window);
    if (squatting) {
        QVERIFY(QUrl(window->simulator()->environment().baseUrl).port() != before.port());
    }
    QTRY_VERIFY_WITH_TIMEOUT(window->historyPane()->model()->rowCount() >= 1, 5000);
    QSignalSpy shown(window, &MainWindow::exchangeShown);
    window->historyPane()->resendRow(0);
    QVERIFY(shown.wait(15000));
    const Exchange resent = shown.first().first().value<Exchange>();
    QVERIFY2(resent.status == 200, qPrintable(resent.error));
    QCOMPARE(QUrl(resent.url).port(), QUrl(window->simulator()->environment().baseUrl).port());
}

// 9. An imported Postman collection could not send: its variables were
// stored but not used ("The variable {{baseUrl}} is not defined").
void TestUserDefects::defect09_importedPostmanCollectionSends()
{
    m_data = std::make_unique<QTemporaryDir>();
    QFile file(QStringLiteral(OPC_TEST_DATA_DIR "/collections/op-sandbox.postman_collection.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto imported = PostmanImporter().import(file.readAll(), QStringLiteral("op-sandbox"));
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    Collection collection = imported->collection;
    const QString dir = m_data->filePath(QStringLiteral("collections/op-sandbox"));
    QVERIFY(QDir().mkpath(dir));
    const auto saved = CollectionStore().save(collection, dir);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));

    MainWindow *window = start(m_data->path());
    QVERIFY(window);
    CollectionTreeModel *model = window->collectionsPane()->model();
    QString id;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QString &candidate : model->collectionIds()) {
                if (model->collection(candidate)->name == collection.name) {
                    id = candidate;
                }
            }
            return !id.isEmpty();
        }(),
        5000);
    const Collection *loaded = model->collection(id);
    const CollectionNodeRef ref { { 0 }, 0 };
    const CollectionRequest *list = loaded->request(ref);
    QVERIFY(list);
    QVERIFY(list->spec.url.startsWith(QLatin1String("{{baseUrl}}")));
    window->openRequest(list->spec, id, CollectionTreeModel::requestId(*loaded, ref));
    const Exchange sent = sendAndWait(window);
    QVERIFY2(sent.status == 200, qPrintable(sent.error + window->viewer()->meaningText()));
    // The chosen environment (the local simulator) is where {{baseUrl}} points.
    QCOMPARE(QUrl(sent.url).port(), QUrl(window->simulator()->environment().baseUrl).port());
    QVERIFY(sent.url.contains(QLatin1String("limit=10")));
}

// 10. Presentation mode showed the API secret in a request body and an
// access token in a response body.
void TestUserDefects::defect10_presentationModeHidesSecretsEverywhere()
{
    m_data = std::make_unique<QTemporaryDir>();
    MainWindow *window = start(m_data->path());
    QVERIFY(window);
    QVERIFY(window->showApplications());
    window->showRequests();
    const auto app = window->simulator()->registerLocalApplication(QStringLiteral("Demo of secrets"),
                                                                 { QStringLiteral("accounts-v3") });
    QVERIFY2(app.ok(), qPrintable(app.errorMessage()));
    QVERIFY(window->session()->setActiveApplication(app->id).ok());
    const auto credentials = window->session()->applications()->credentials(app->id);
    QVERIFY(credentials.ok());
    const QString secret = QString::fromUtf8(credentials->apiSecret);
    const QString key = credentials->apiKey;
    QVERIFY(secret.size() >= 8 && key.size() >= 8);

    auto *action = window->findChild<QAction *>(QStringLiteral("presentationAction"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(Presentation::instance()->isOn());

    const QString accessToken = QStringLiteral("zq81Ka0Pl2mN9oWx7VbT4cRe6YuI3sDf");
    window->composer()->setMethod(QStringLiteral("POST"));
    // The echo sends the query back in its JSON, as an OAuth reply would.
    typeUrl(window, QStringLiteral("/__echo?access_token=") + accessToken);
    auto *pages = window->composer()->findChild<QTabWidget *>(QStringLiteral("composerTabs"));
    QVERIFY(pages);
    pages->setCurrentIndex(1); // Body
    window->composer()->setBody(QStringLiteral("{\"apiSecret\":\"%1\",\"access_token\":\"%2\"}")
                                    .arg(secret, accessToken)
                                    .toUtf8());
    QTest::qWait(50);
    const QString composerText = visibleComposerText(window->composer());
    QVERIFY2(!composerText.contains(secret), qPrintable(composerText));
    QVERIFY2(!composerText.contains(accessToken), qPrintable(composerText));

    const Exchange echoed = sendAndWait(window);
    QCOMPARE(echoed.status, 200);
    const QString body = window->viewer()->bodyText();
    QVERIFY(!body.isEmpty());
    QVERIFY2(!body.contains(secret), qPrintable(body));
    QVERIFY2(!body.contains(accessToken), qPrintable(body));
    QVERIFY2(!body.contains(key), qPrintable(body));
    for (QTableWidget *table : window->viewer()->findChildren<QTableWidget *>()) {
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QString cell = table->item(row, column) ? table->item(row, column)->text() : QString();
                QVERIFY2(!cell.contains(key) && !cell.contains(secret), qPrintable(cell));
            }
        }
    }
    for (QPlainTextEdit *edit : window->viewer()->findChildren<QPlainTextEdit *>()) {
        QVERIFY2(!edit->toPlainText().contains(key), qPrintable(edit->toPlainText()));
        QVERIFY2(!edit->toPlainText().contains(accessToken), qPrintable(edit->toPlainText()));
    }
    // Editing is still possible once presentation mode is off, with the real value.
    action->trigger();
    QVERIFY(visibleComposerText(window->composer()).contains(secret));
}

// 11. The window grew past a small screen once the application manager
// opened, and started larger than the screen.
void TestUserDefects::defect11_windowFitsSmallScreens()
{
    m_data = std::make_unique<QTemporaryDir>();
    MainWindow *window = start(m_data->path());
    QVERIFY(window);
    const QRect available = window->screen()->availableGeometry();
    QVERIFY2(available.contains(window->frameGeometry()),
             qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(window->width()).arg(window->height())
                            .arg(available.width()).arg(available.height())));
    const QSize minimum = window->minimumSizeHint();
    QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 640,
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));

    window->resize(1024, 640);
    QVERIFY(window->showApplications());
    QTest::qWait(100);
    QVERIFY2(window->width() <= 1024, qPrintable(QString::number(window->width())));
    window->showRequests();
    QTest::qWait(50);
    auto *send = window->composer()->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(send && send->isVisible());
    const QRect sendRect(send->mapTo(window, QPoint(0, 0)), send->size());
    QVERIFY2(window->rect().contains(sendRect), "the Send button is inside the window");

    // The quota chart docks below without pushing the window off the screen.
    window->quotaChart();
    window->quotaDock()->show();
    QTest::qWait(100);
    QVERIFY2(window->height() <= 640 && window->width() <= 1024,
             qPrintable(QStringLiteral("%1x%2 with the quota dock").arg(window->width()).arg(window->height())));
}

QTEST_MAIN(TestUserDefects)
#include "tst_userdefects.moc"
