#include "bodyview/bodyview.h"
#include "composer/requestcomposer.h"
#include "mainwindow.h"
#include "response/responseviewer.h"
#include "apps/applicationstore.h"
#include "settings/settings.h"
#include "session/consolesession.h"
#include "simulatorlink.h"
#include "shell/appearance.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace opc::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void threePaneLayout();
    void composerRoundTripsItsFields();
    void viewerKeepsServerKeyOrderWhenPretty();
    void statusBarShowsEnvironmentApplicationAndQuota();
    void presentationModeMasksAndPersists();
    void colourSchemeSwitchesThePalette();
    void productionIsMarkedAndAsksBeforeChanges();
};

void TestMainWindow::productionIsMarkedAndAsksBeforeChanges()
{
    QTemporaryDir data;
    qputenv("OPC_VAULT_PASSPHRASE", "main-window-test");
    MainWindow window(data.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy started(&window, &MainWindow::sessionStarted);
    window.startSession();
    QCOMPARE(started.first().first().toBool(), true);
    QVERIFY(window.showApplications()); // unlocks the vault from the environment
    window.showRequests();

    opc::Application app;
    app.name = QStringLiteral("Live payments");
    app.environmentId = QStringLiteral("production");
    app.productIds = { QStringLiteral("payments-v1") };
    const auto added = window.session()->applications()->add(
        app, opc::ApplicationCredentials { QStringLiteral("live-key-0001"), "live-secret-0001" });
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("productionBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    QVERIFY(window.session()->setActiveApplication(added->id).ok());
    QVERIFY(banner->isVisible());

    // A payment to production is asked about first; declined, nothing leaves.
    QStringList questions;
    window.setProductionConfirmation([&questions](const QString &question) {
        questions.append(question);
        return false;
    });
    QSignalSpy shown(&window, &MainWindow::exchangeShown);
    window.composer()->setMethod(QStringLiteral("POST"));
    window.composer()->setUrl(QStringLiteral("/v1/payments/initiate"));
    window.sendCurrent();
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.first().contains(QStringLiteral("PRODUCTION")));
    QVERIFY(questions.first().contains(QStringLiteral("Live payments")));
    QTest::qWait(200);
    QCOMPARE(shown.count(), 0);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Not sent")));

    // Back on the demo application the banner goes.
    QVERIFY(window.session()->setActiveApplication({}).ok());
    QVERIFY(!banner->isVisible());
    qunsetenv("OPC_VAULT_PASSPHRASE");
}

void TestMainWindow::presentationModeMasksAndPersists()
{
    QTemporaryDir data;
    {
        MainWindow window(data.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("presentationAction"));
        auto *badge = window.findChild<QLabel *>(QStringLiteral("presentationBadge"));
        QVERIFY(action && badge);
        QVERIFY(!badge->isVisible());
        Presentation::instance()->setSecrets({ "s3cret-token-value-123", "ab" });
        const QString text = QStringLiteral("token s3cret-token-value-123 here");
        QCOMPARE(Presentation::instance()->mask(text), text); // off: unchanged

        action->trigger();
        QVERIFY(Presentation::instance()->isOn());
        QVERIFY(badge->isVisible());
        QVERIFY(!Presentation::instance()->mask(text).contains(QStringLiteral("s3cret-token-value")));
        QVERIFY(!Presentation::instance()
                     ->maskHeaderValue("Authorization", QStringLiteral("Bearer abcdefghijklmnopqrstuvwxyz"))
                     .contains(QStringLiteral("abcdefghij")));
        QCOMPARE(Presentation::instance()->maskHeaderValue("Content-Type", QStringLiteral("application/json")),
                 QStringLiteral("application/json"));
    }
    {
        // The choice survives a restart.
        MainWindow again(data.path());
        QVERIFY(Presentation::instance()->isOn());
        auto *action = again.findChild<QAction *>(QStringLiteral("presentationAction"));
        QVERIFY(action->isChecked());
        action->trigger();
        QVERIFY(!Presentation::instance()->isOn());
    }
    opc::Settings settings(data.path());
    QVERIFY(!settings.presentationMode());
    Presentation::instance()->setSecrets({});
}

void TestMainWindow::colourSchemeSwitchesThePalette()
{
    QTemporaryDir data;
    MainWindow window(data.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dark = window.findChild<QAction *>(QStringLiteral("scheme-dark"));
    auto *light = window.findChild<QAction *>(QStringLiteral("scheme-light"));
    QVERIFY(dark && light);
    dark->trigger();
    QVERIFY(Appearance::isDark(QApplication::palette()));
    QTRY_VERIFY(Appearance::isDark(window.composer()->palette()));
    QCOMPARE(opc::Settings(data.path()).colorScheme(), QStringLiteral("dark"));
    light->trigger();
    QVERIFY(!Appearance::isDark(QApplication::palette()));
    QCOMPARE(opc::Settings(data.path()).colorScheme(), QStringLiteral("light"));
}

void TestMainWindow::threePaneLayout()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *main = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(main);
    QCOMPARE(main->orientation(), Qt::Horizontal);
    QCOMPARE(main->widget(0), window.sidebar());
    // The work area is a stack: requests (composer over viewer) or certificates.
    auto *stack = qobject_cast<QStackedWidget *>(main->widget(1));
    QVERIFY(stack);
    auto *work = qobject_cast<QSplitter *>(stack->currentWidget());
    QVERIFY(work);
    QCOMPARE(work->orientation(), Qt::Vertical);
    QCOMPARE(work->widget(0), window.composer());
    QCOMPARE(work->widget(1), window.viewer());

    QStringList tabs;
    for (int i = 0; i < window.sidebar()->count(); ++i) {
        tabs << window.sidebar()->tabText(i);
    }
    QCOMPARE(tabs, (QStringList { QStringLiteral("Applications"), QStringLiteral("APIs"),
                                  QStringLiteral("Collections"), QStringLiteral("History") }));
    // Every pane gets real space, not a collapsed splitter handle.
    QVERIFY(window.sidebar()->width() > 150);
    QVERIFY(window.composer()->height() > 100);
    QVERIFY(window.viewer()->height() > 100);
}

void TestMainWindow::composerRoundTripsItsFields()
{
    RequestComposer composer;
    composer.setMethod(QStringLiteral("post"));
    composer.setUrl(QStringLiteral("  /v1/payments/initiate "));
    composer.setHeaders({ { QStringLiteral("content-type"), QStringLiteral("application/json") } });
    composer.setBody("{\"amount\":5}");
    QCOMPARE(composer.method(), QStringLiteral("POST"));
    QCOMPARE(composer.url(), QStringLiteral("/v1/payments/initiate"));
    QCOMPARE(composer.headers().size(), 1);
    QCOMPARE(composer.headers().first().first, QStringLiteral("content-type"));
    QCOMPARE(composer.body(), QByteArray("{\"amount\":5}"));

    QSignalSpy sends(&composer, &RequestComposer::sendRequested);
    QSignalSpy cancels(&composer, &RequestComposer::cancelRequested);
    auto *send = composer.findChild<QWidget *>(QStringLiteral("sendButton"));
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(sends.size(), 1);
    composer.setBusy(true);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(cancels.size(), 1);
    QCOMPARE(sends.size(), 1);
}

void TestMainWindow::viewerKeepsServerKeyOrderWhenPretty()
{
    ResponseViewer viewer;
    QSignalSpy pretty(viewer.bodyView(), &BodyView::prettyReady);
    viewer.showResponse(200, QStringLiteral("OK"),
                        { { "Content-Type", "application/json; charset=utf-8" } },
                        "{\"zeta\":1,\"alpha\":{\"b\":2,\"a\":[1,2]}}", 12);
    QCOMPARE(viewer.statusText(), QStringLiteral("200"));
    QVERIFY(pretty.wait(5000));
    QCOMPARE(pretty.first().first().toBool(), true);
    const QString body = viewer.bodyText();
    QVERIFY2(body.indexOf(QLatin1String("zeta")) < body.indexOf(QLatin1String("alpha")),
             qPrintable(body));
    QVERIFY(body.contains(QLatin1String("\n    \"b\": 2,\n")));
}

void TestMainWindow::statusBarShowsEnvironmentApplicationAndQuota()
{
    MainWindow window;
    QStringList texts;
    for (auto *label : window.statusBar()->findChildren<QLabel *>()) {
        texts << label->text();
    }
    const QString all = texts.join(QLatin1Char('|'));
    QVERIFY2(all.contains(QLatin1String("Environment")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Application")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Quota")), qPrintable(all));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
