// The runner in the window, driven through real widgets offscreen: the run
// dialog's choices and quota budget, the runner pane's counts, failures,
// pause banner and histogram, and a whole run started from a collection
// against the embedded simulator.
#include "collections/collectionspane.h"
#include "collections/collectionstore.h"
#include "collections/collectiontreemodel.h"
#include "mainwindow.h"
#include "quota/quotaindicator.h"
#include "response/responseviewer.h"
#include "runner/rundialog.h"
#include "runner/runnerpane.h"
#include "session/consolesession.h"
#include "shell/tour.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace opc;
using namespace opc::ui;
using namespace Qt::StringLiterals;

namespace {

RunResult result(int index, const QString &name, int status, bool passed, qint64 ms)
{
    RunResult r;
    r.index = index;
    r.item.name = name;
    r.item.path = u"Payments/"_s + name;
    r.exchange.status = status;
    r.exchange.url = u"https://127.0.0.1/"_s + name;
    r.exchange.timings.finished = ms;
    AssertionResult a;
    a.assertion.kind = Assertion::Kind::StatusEquals;
    a.assertion.expected = u"200"_s;
    a.passed = passed;
    a.message = passed ? QString() : u"status is 200: got %1"_s.arg(status);
    r.assertions = { a };
    return r;
}

} // namespace

class TestRunnerPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dialogShowsTheBudgetAsTheChoicesChange();
    void dialogRefusesADataFileItCannotUse();
    void paneCountsMarksFailuresAndOpensTheirExchange();
    void paneShowsThePauseAndTheRunInRunOrder();
    void aCollectionRunsFromTheWindowWithOneFailure();
};

void TestRunnerPane::dialogShowsTheBudgetAsTheChoicesChange()
{
    // Two quota'd requests per iteration; 5 of 1000 left.
    QList<RunOptions> asked;
    RunDialog dialog(
        u"Payment flow: 3 requests"_s, u"Team app"_s, [&asked](const RunOptions &options) {
            asked.append(options);
            QuotaBudget budget;
            budget.needed = 2 * qMax(options.iterations, int(options.data.size()));
            budget.remaining = 5;
            budget.limit = 1000;
            budget.resetAt = QDateTime::currentDateTimeUtc().addSecs(3600);
            return budget;
        });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.budgetLabel()->text().contains(u"2 request"_s));
    QVERIFY(dialog.budgetLabel()->text().contains(u"Team app has 5 of 1000 left today"_s));
    QVERIFY(!dialog.budgetLabel()->property("short").toBool());

    dialog.iterationsBox()->setValue(3); // 6 needed, 5 left
    QCOMPARE(asked.last().iterations, 3);
    QVERIFY(dialog.budgetLabel()->property("short").toBool());
    QVERIFY2(dialog.budgetLabel()->text().contains(u"pauses when the quota runs out"_s),
        qPrintable(dialog.budgetLabel()->text()));
    dialog.onQuotaBox()->setCurrentIndex(
        dialog.onQuotaBox()->findData(int(RunOptions::OnQuota::Stop)));
    QVERIFY(dialog.budgetLabel()->text().contains(u"the run stops when the quota runs out"_s));
    QVERIFY(dialog.runButton()->isEnabled()); // the tester decides

    dialog.delayBox()->setValue(250);
    dialog.concurrencyBox()->setValue(4);
    dialog.bailBox()->setChecked(true);
    RunOptions base;
    base.token = Token::staticToken(2);
    base.collectionVariables = { { u"baseUrl"_s, u"x"_s, true } };
    const RunOptions options = dialog.options(base);
    QCOMPARE(options.iterations, 3);
    QCOMPARE(options.delayMs, 250);
    QCOMPARE(options.concurrency, 4);
    QVERIFY(options.bail);
    QCOMPARE(options.onQuota, RunOptions::OnQuota::Stop);
    QCOMPARE(options.token.value, Token::staticToken(2).value);
    QCOMPARE(options.collectionVariables.size(), 1);

    // setOptions shows what it is given (the last run's choices).
    RunDialog again(u"x"_s, u"y"_s, {});
    again.setOptions(options);
    QCOMPARE(again.iterationsBox()->value(), 3);
    QCOMPARE(again.concurrencyBox()->value(), 4);
    QVERIFY(again.bailBox()->isChecked());
    QCOMPARE(again.options().onQuota, RunOptions::OnQuota::Stop);
}

void TestRunnerPane::dialogRefusesADataFileItCannotUse()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.csv"_s);
    const QString good = dir.filePath(u"good.csv"_s);
    for (const auto &[path, content] : { std::pair(bad, QByteArray("customer,amount\nalice\n")),
             std::pair(good, QByteArray("customer,amount\nalice,5\nbob,7\n")) }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    int needed = 0;
    RunDialog dialog(u"Run"_s, u"Demo application"_s, [&needed](const RunOptions &options) {
        QuotaBudget budget;
        budget.needed = needed = qMax(options.iterations, int(options.data.size()));
        return budget;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.dataFileEdit()->setText(bad);
    Q_EMIT dialog.dataFileEdit()->editingFinished();
    QVERIFY(!dialog.runButton()->isEnabled());
    QVERIFY2(
        dialog.dataLabel()->text().contains(u"line 2"_s), qPrintable(dialog.dataLabel()->text()));

    dialog.dataFileEdit()->setText(good);
    Q_EMIT dialog.dataFileEdit()->editingFinished();
    QVERIFY(dialog.runButton()->isEnabled());
    QCOMPARE(dialog.options().data.size(), 2);
    QCOMPARE(dialog.options().data.at(1).value(u"customer"_s), u"bob"_s);
    QCOMPARE(needed, 2); // one iteration per row
    QVERIFY(dialog.budgetLabel()->text().contains(u"known after its first response"_s));

    dialog.dataFileEdit()->clear();
    QVERIFY(dialog.options().data.isEmpty());
    QVERIFY(dialog.runButton()->isEnabled());
}

void TestRunnerPane::paneCountsMarksFailuresAndOpensTheirExchange()
{
    RunnerPane pane(nullptr);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy opened(&pane, &RunnerPane::exchangeRequested);
    pane.begin(u"Payment flow"_s, 3);
    QCOMPARE(pane.histogramBars(), 0);
    pane.addResult(result(0, u"Initiate"_s, 200, true, 12));
    pane.addResult(result(1, u"Confirm"_s, 400, false, 30));
    QCOMPARE(pane.progressBar()->value(), 2);
    QCOMPARE(pane.progressBar()->maximum(), 3);
    QVERIFY2(pane.countsLabel()->text().startsWith(u"1 passed, 1 failed"_s),
        qPrintable(pane.countsLabel()->text()));
    QVERIFY(pane.countsLabel()->text().contains(u"left"_s)); // the time left while running
    QTableWidget *table = pane.resultsTable();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 2)->text(), u"400"_s);
    QCOMPARE(table->item(1, 4)->text(), u"0/1"_s);
    QCOMPARE(table->item(1, 6)->text(), u"status is 200: got 400"_s);
    QCOMPARE(table->item(1, 1)->toolTip(), u"status is 200: got 400"_s);
    QVERIFY(table->item(0, 1)->toolTip().isEmpty());
    QVERIFY(table->item(1, 1)->background() != table->item(0, 1)->background());
    QTRY_VERIFY(pane.histogramBars() > 0); // drawn within 200 ms, not per result

    // Double-clicking the failure opens its exchange.
    const QRect cell = table->visualItemRect(table->item(1, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().value<Exchange>().status, 400);
    // So does Enter on a row; a row that passed opens too.
    table->setCurrentCell(0, 1);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.last().first().value<Exchange>().status, 200);
}

void TestRunnerPane::paneShowsThePauseAndTheRunInRunOrder()
{
    RunnerPane pane(nullptr);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.begin(u"Quota run"_s, 3);
    QVERIFY(!pane.pauseBanner()->isVisible());
    pane.pausedUntil(
        QDateTime::currentDateTimeUtc().addSecs(120), u"The rate limit is used up (429)."_s);
    QVERIFY(pane.pauseBanner()->isVisible());
    QVERIFY(
        pane.pauseBanner()->text().startsWith(u"The rate limit is used up (429). Paused until"_s));
    pane.resumed();
    QVERIFY(!pane.pauseBanner()->isVisible());

    // Answers arrive out of order at concurrency > 1; the end shows the run
    // in run order, with what was not run.
    pane.addResult(result(1, u"Second"_s, 200, true, 5));
    pane.addResult(result(0, u"First"_s, 200, true, 9));
    RunSummary summary;
    summary.results = { result(0, u"First"_s, 200, true, 9), result(1, u"Second"_s, 200, true, 5) };
    RunResult skipped;
    skipped.index = 2;
    skipped.item.path = u"Payments/Third"_s;
    skipped.skipped = true;
    skipped.refusal = u"cancelled"_s;
    summary.results.append(skipped);
    summary.passed = 2;
    summary.skipped = 1;
    summary.cancelled = true;
    summary.stopReason = u"cancelled"_s;
    pane.end(summary);
    QTableWidget *table = pane.resultsTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 1)->text(), u"Payments/First"_s);
    QCOMPARE(table->item(2, 2)->text(), u"skipped"_s);
    QVERIFY2(pane.countsLabel()->text().startsWith(u"2 passed, 0 failed, 1 skipped"_s),
        qPrintable(pane.countsLabel()->text()));
    QVERIFY(pane.countsLabel()->text().endsWith(u"stopped: cancelled"_s));
    QVERIFY(!pane.cancelButton()->isEnabled());
}

void TestRunnerPane::aCollectionRunsFromTheWindowWithOneFailure()
{
    QTemporaryDir data;
    MainWindow window(data.path());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy started(&window, &MainWindow::sessionStarted);
    window.startSession();
    QVERIFY(started.size() == 1 || started.wait(15000));
    QCOMPARE(started.first().first().toBool(), true);

    CollectionsPane *collections = window.collectionsPane();
    QTRY_VERIFY_WITH_TIMEOUT(!collections->isLoading(), 10000);
    const QString dir = QDir(collections->collectionsDir()).filePath(u"payment-flow"_s);
    Collection flow = Tour::paymentFlow();
    QVERIFY(CollectionStore().save(flow, dir).ok());
    collections->openCollection(dir);
    QTRY_VERIFY_WITH_TIMEOUT(!collections->isLoading(), 10000);
    QString id;
    for (const QString &candidate : collections->model()->collectionIds()) {
        if (collections->model()->collection(candidate)->name == "Payment flow"_L1) {
            id = candidate;
        }
    }
    QVERIFY(!id.isEmpty());

    window.runCollection(id);
    auto *dialog = window.findChild<RunDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QSignalSpy finished(window.runner(), &CollectionRunner::finished);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));

    RunnerPane *pane = window.runnerPane();
    QVERIFY(pane->isVisible());
    QCOMPARE(pane->resultsTable()->rowCount(), 4);
    QVERIFY2(pane->countsLabel()->text().startsWith(u"3 passed, 1 failed"_s),
        qPrintable(pane->countsLabel()->text()));
    QCOMPARE(pane->resultsTable()->item(2, 6)->text(),
        u"/status equals \"EXECUTED\": got \"CONFIRMED\""_s);
    // The status bar follows the quota the run used: 2 quota'd requests of
    // the four (the payments API is Restricted, accounts Basic) at least.
    const RunSummary summary = finished.first().first().value<RunSummary>();
    const QuotaSnapshot last = summary.results.last().exchange.quota;
    QVERIFY(last.valid);
    QVERIFY2(window.quotaIndicator()->text().contains(QString::number(last.remaining)),
        qPrintable(window.quotaIndicator()->text()));
    const QString picture
        = QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(u"runner-pane.png"_s);
    QVERIFY(window.grab().save(picture));

    // The failure opens in the response viewer with its request.
    QTableWidget *table = pane->resultsTable();
    const QPoint failure = table->visualItemRect(table->item(2, 1)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, failure);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, failure);
    QTRY_VERIFY(window.viewer()->isVisible());
    QVERIFY2(window.viewer()->statusText().startsWith(u"200"_s),
        qPrintable(window.viewer()->statusText()));
    QVERIFY(window.viewer()->bodyText().contains(u"CONFIRMED"_s));

    // Two requests selected in the tree run by themselves, in tree order;
    // actions on one node are off meanwhile.
    window.showRequests();
    QTreeView *tree = collections->view();
    const QModelIndex root = collections->model()->collectionIndex(id);
    const auto viewIndex = [&](int row) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(tree->model());
        return proxy ? proxy->mapFromSource(collections->model()->index(row, 0, root))
                     : collections->model()->index(row, 0, root);
    };
    tree->expand(viewIndex(0).parent());
    tree->selectionModel()->setCurrentIndex(viewIndex(3), QItemSelectionModel::ClearAndSelect);
    tree->selectionModel()->select(viewIndex(0), QItemSelectionModel::Select);
    QCOMPARE(collections->selectedRequests().size(), 2);
    auto *run = collections->findChild<QAction *>(u"runCollectionAction"_s);
    QVERIFY(run);
    QCOMPARE(run->text(), u"Run 2 selected requests…"_s);
    QAction *remove = nullptr;
    for (QAction *a : collections->findChildren<QAction *>()) {
        if (a->text() == "Delete"_L1) {
            remove = a;
        }
    }
    QVERIFY(remove);
    QVERIFY(!remove->isEnabled());
    run->trigger();
    auto *selectionDialog = window.findChild<RunDialog *>();
    QVERIFY(selectionDialog);
    finished.clear();
    selectionDialog->runButton()->click();
    QVERIFY(finished.wait(20000));
    const RunSummary picked = finished.first().first().value<RunSummary>();
    QCOMPARE(picked.results.size(), 2);
    QCOMPARE(picked.results.at(0).item.name, u"Initiate payment"_s);
    QCOMPARE(picked.results.at(1).item.name, u"List accounts"_s);
    QCOMPARE(picked.passed, 2);
}

QTEST_MAIN(TestRunnerPane)
#include "tst_runnerpane.moc"
