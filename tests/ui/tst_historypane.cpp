// The History tab over a real SQLite file: exchanges added at the top,
// the URL, status, level and period filters, opening and re-sending a row,
// paging, and the banner for a damaged or unusable database.

#include "history/historypane.h"
#include "history/historytablemodel.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;
using namespace opc::ui;

namespace {

Exchange makeExchange(const QString &url, int status, const QByteArray &body = {}, qint64 secondsAgo = 0)
{
    Exchange ex;
    ex.method = status == 201 ? "POST" : "GET";
    ex.url = url;
    ex.startedAt = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    ex.status = status;
    ex.requestHeaders = { { "x-api-key", "abcdefghijklmnopqrstuvwxyz012345" } };
    ex.responseHeaders = { { "content-type", "application/json" } };
    ex.body = body;
    ex.bodySize = body.size();
    ex.timings.finished = 12;
    return ex;
}

QByteArray payload(const char *level)
{
    return R"({"errors":[{"id":"1","level":")" + QByteArray(level) + R"(","type":"TECHNICAL","message":"m","code":"1"}]})";
}

QStringList column(const HistoryPane &pane, int column)
{
    QStringList out;
    for (int r = 0; r < pane.model()->rowCount(); ++r)
        out.append(pane.model()->index(r, column).data().toString());
    return out;
}

void selectStatus(QComboBox *box, const QString &text)
{
    box->setCurrentIndex(box->findText(text));
}

} // namespace

class TestHistoryPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsAtTheTopAndPersists();
    void filtersByUrlStatusLevelAndPeriod();
    void opensAndResends();
    void pagesThroughLongHistory();
    void damagedDatabaseShowsBanner();
    void unusableDatabaseKeepsSessionHistory();
};

void TestHistoryPane::addsAtTheTopAndPersists()
{
    QTemporaryDir dir;
    const QString path = HistoryStore::defaultPath(dir.path());
    {
        HistoryPane pane(path);
        QCOMPARE(pane.model()->rowCount(), 0);
        QVERIFY(pane.notice().isEmpty());
        pane.addExchange(makeExchange(u"https://h/first"_s, 200));
        pane.addExchange(makeExchange(u"https://h/second"_s, 404, payload("ERROR")));
        QCOMPARE(column(pane, HistoryTableModel::Url), (QStringList { u"https://h/second"_s, u"https://h/first"_s }));
        QCOMPARE(column(pane, HistoryTableModel::Status), (QStringList { u"404"_s, u"200"_s }));
        QCOMPARE(column(pane, HistoryTableModel::Level), (QStringList { u"ERROR"_s, QString() }));
        QVERIFY(!pane.model()->index(0, HistoryTableModel::Level).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(column(pane, HistoryTableModel::Method).first(), u"GET"_s);
        QVERIFY(column(pane, HistoryTableModel::Duration).first().contains(u"12"_s));
        Exchange failed = makeExchange(u"https://h/down"_s, 0);
        failed.error = u"The connection was refused."_s;
        pane.addExchange(failed);
        QCOMPARE(column(pane, HistoryTableModel::Status).first(), u"failed"_s);
        QCOMPARE(pane.model()->index(0, HistoryTableModel::Status).data(Qt::ToolTipRole).toString(), failed.error);
    }
    // A new window shows what the last one recorded.
    HistoryPane again(path);
    QCOMPARE(again.model()->rowCount(), 3);
    QCOMPARE(column(again, HistoryTableModel::Url).last(), u"https://h/first"_s);
}

void TestHistoryPane::filtersByUrlStatusLevelAndPeriod()
{
    QTemporaryDir dir;
    HistoryPane pane(HistoryStore::defaultPath(dir.path()));
    pane.addExchange(makeExchange(u"https://h/accounts/v3/accounts"_s, 200, "[]", 3 * 86400));
    pane.addExchange(makeExchange(u"https://h/accounts/v3/accounts/x"_s, 404, payload("ERROR"), 7200));
    pane.addExchange(makeExchange(u"https://h/v1/payments"_s, 201, payload("WARN"), 60));
    pane.addExchange(makeExchange(u"https://h/v1/payments/9"_s, 503, payload("FATAL"), 30));
    pane.addExchange(makeExchange(u"https://h/v1/payments/9"_s, 500, "{}", 10));
    QCOMPARE(pane.model()->rowCount(), 5);

    // Typing filters after a short pause.
    QTest::keyClicks(pane.searchField(), u"ACCOUNTS"_s);
    QTRY_COMPARE(pane.model()->rowCount(), 2);
    QCOMPARE(column(pane, HistoryTableModel::Status), (QStringList { u"404"_s, u"200"_s }));
    pane.searchField()->clear();
    QTRY_COMPARE(pane.model()->rowCount(), 5);

    selectStatus(pane.statusFilter(), u"5xx"_s);
    QCOMPARE(column(pane, HistoryTableModel::Status), (QStringList { u"500"_s, u"503"_s }));
    pane.statusFilter()->setEditText(u"404"_s); // an exact status typed in
    QCOMPARE(column(pane, HistoryTableModel::Status), QStringList { u"404"_s });
    pane.statusFilter()->setEditText(u"banana"_s); // means nothing: filters nothing
    QCOMPARE(pane.model()->rowCount(), 5);
    selectStatus(pane.statusFilter(), u"Any status"_s);

    pane.levelFilter()->setCurrentIndex(pane.levelFilter()->findText(u"FATAL"_s));
    QCOMPARE(column(pane, HistoryTableModel::Status), QStringList { u"503"_s });
    pane.levelFilter()->setCurrentIndex(pane.levelFilter()->findText(u"WARN"_s));
    QCOMPARE(column(pane, HistoryTableModel::Url), QStringList { u"https://h/v1/payments"_s });

    // A new exchange shows at once only if it passes the filters.
    pane.addExchange(makeExchange(u"https://h/v1/payments/ok"_s, 200, "{}"));
    QCOMPARE(pane.model()->rowCount(), 1);
    pane.addExchange(makeExchange(u"https://h/v1/payments/w"_s, 201, payload("WARN")));
    QCOMPARE(pane.model()->rowCount(), 2);
    QCOMPARE(column(pane, HistoryTableModel::Url).first(), u"https://h/v1/payments/w"_s);
    pane.levelFilter()->setCurrentIndex(0);

    pane.periodFilter()->setCurrentIndex(pane.periodFilter()->findText(u"Last hour"_s));
    QCOMPARE(pane.model()->rowCount(), 5);
    pane.periodFilter()->setCurrentIndex(pane.periodFilter()->findText(u"Last 7 days"_s));
    QCOMPARE(pane.model()->rowCount(), 7);
    pane.periodFilter()->setCurrentIndex(0);

    // All filters together.
    pane.searchField()->setText(u"payments/9"_s);
    pane.refresh();
    selectStatus(pane.statusFilter(), u"5xx"_s);
    pane.levelFilter()->setCurrentIndex(pane.levelFilter()->findText(u"FATAL"_s));
    QCOMPARE(column(pane, HistoryTableModel::Status), QStringList { u"503"_s });
}

void TestHistoryPane::opensAndResends()
{
    QTemporaryDir dir;
    HistoryPane pane(HistoryStore::defaultPath(dir.path()));
    Exchange post = makeExchange(u"https://h/v1/payments"_s, 201, payload("WARN"));
    post.requestBodySize = 16;
    pane.addExchange(post, R"({"amount":"9.5"})");
    pane.addExchange(makeExchange(u"https://h/accounts"_s, 200, "[1,2]"));

    QSignalSpy opened(&pane, &HistoryPane::exchangeOpened);
    QSignalSpy resend(&pane, &HistoryPane::resendRequested);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QRect cell = pane.view()->visualRect(pane.model()->index(1, HistoryTableModel::Url));
    QTest::mouseClick(pane.view()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(opened.count(), 1);
    const Exchange shown = opened.first().first().value<Exchange>();
    QCOMPARE(shown.url, post.url);
    QCOMPARE(shown.status, 201);
    QCOMPARE(shown.body, post.body);
    // The key is masked in what the viewer gets back.
    QVERIFY(!shown.requestHeaders.first().second.contains("abcdefghijklmnopqrstuvwxyz"));

    QVERIFY(pane.findChild<QPushButton *>(u"historyResend"_s)->isEnabled());
    QTest::mouseClick(pane.findChild<QPushButton *>(u"historyResend"_s), Qt::LeftButton);
    QCOMPARE(resend.count(), 1);
    QCOMPARE(resend.first().at(0).value<Exchange>().method, QByteArray("POST"));
    QCOMPARE(resend.first().at(1).toByteArray(), QByteArray(R"({"amount":"9.5"})"));

    // Enter on the current row opens it too.
    pane.view()->setFocus();
    pane.view()->setCurrentIndex(pane.model()->index(0, 0));
    QTest::keyClick(pane.view(), Qt::Key_Return);
    QTRY_COMPARE(opened.count(), 2);
    QCOMPARE(opened.last().first().value<Exchange>().url, u"https://h/accounts"_s);

    // A row deleted from the store is dropped when opened.
    QSignalSpy problems(&pane, &HistoryPane::problem);
    QVERIFY(pane.store()->remove(pane.model()->entryAt(0).id));
    pane.openRow(0);
    QCOMPARE(problems.count(), 1);
    QCOMPARE(pane.model()->rowCount(), 1);
}

void TestHistoryPane::pagesThroughLongHistory()
{
    QTemporaryDir dir;
    const QString path = HistoryStore::defaultPath(dir.path());
    {
        HistoryStore store;
        QVERIFY(store.open(path));
        for (int i = 0; i < 1200; ++i)
            QVERIFY(store.record(makeExchange(u"https://h/%1"_s.arg(i), 200, {}, 1200 - i)).ok());
    }
    HistoryLimits limits;
    limits.maxEntries = 1201;
    HistoryPane pane(path, limits);
    QCOMPARE(pane.model()->rowCount(), 500); // the first page
    QVERIFY(pane.model()->canFetchMore({}));
    pane.model()->fetchMore({});
    pane.model()->fetchMore({});
    QCOMPARE(pane.model()->rowCount(), 1200);
    QVERIFY(!pane.model()->canFetchMore({}));
    QCOMPARE(column(pane, HistoryTableModel::Url).last(), u"https://h/0"_s);
    // Two more: the store keeps 1201, the oldest leaves the list.
    pane.addExchange(makeExchange(u"https://h/new1"_s, 200));
    pane.addExchange(makeExchange(u"https://h/new2"_s, 200));
    QCOMPARE(pane.model()->rowCount(), 1201);
    QCOMPARE(column(pane, HistoryTableModel::Url).last(), u"https://h/1"_s);
}

void TestHistoryPane::damagedDatabaseShowsBanner()
{
    QTemporaryDir dir;
    const QString path = HistoryStore::defaultPath(dir.path());
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x5a'));
    }
    HistoryPane pane(path);
    QVERIFY(pane.notice().contains(u"moved"_s));
    QVERIFY(pane.notice().contains(u".corrupt-"_s));
    pane.addExchange(makeExchange(u"https://h/after"_s, 200));
    QCOMPARE(pane.model()->rowCount(), 1);
}

void TestHistoryPane::unusableDatabaseKeepsSessionHistory()
{
    QTemporaryDir dir;
    // A folder where the file should be: nothing can open it as a database.
    const QString path = HistoryStore::defaultPath(dir.path());
    QVERIFY(QDir().mkpath(path));
    HistoryPane pane(path);
    QVERIFY2(pane.notice().contains(u"session only"_s), qPrintable(pane.notice()));
    pane.addExchange(makeExchange(u"https://h/kept"_s, 200));
    QCOMPARE(pane.model()->rowCount(), 1);
    QSignalSpy opened(&pane, &HistoryPane::exchangeOpened);
    pane.openRow(0);
    QCOMPARE(opened.count(), 1);
}

QTEST_MAIN(TestHistoryPane)
#include "tst_historypane.moc"
