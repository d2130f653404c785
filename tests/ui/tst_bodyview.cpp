#include "bodyview/bodyview.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using opc::ui::BodyView;

namespace {

/// One minified JSON line of about @p bytes: an array of records, each
/// holding the word "needle" once, so the match count is the record count.
QByteArray minifiedJson(qint64 bytes, qint64 *records)
{
    QByteArray out;
    out.reserve(bytes + 256);
    out += '[';
    qint64 n = 0;
    while (out.size() < bytes) {
        if (n)
            out += ',';
        out += R"({"id":)" + QByteArray::number(n) + R"(,"name":"needle item","amount":"12.50","iban":"FI2112345600000785"})";
        ++n;
    }
    out += ']';
    *records = n;
    return out;
}

} // namespace

class TestBodyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largeSingleLineShowsFirstScreenBeforeIndexing();
    void findCountsEveryMatchAndJumps();
    void prettyKeepsKeyOrder();
    void invalidUtf8IsFlaggedAndReplaced();
    void highlightingIsLazyAndReachesTheEnd();
    void selectionAndCopy();
    void longRowsSplitOnCharacterBoundaries();
};

void TestBodyView::largeSingleLineShowsFirstScreenBeforeIndexing()
{
    qint64 records = 0;
    const QByteArray body = minifiedJson(20 * 1024 * 1024, &records);
    BodyView view;
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QSignalSpy ready(&view, &BodyView::indexReady);
    QSignalSpy painted(&view, &BodyView::screenPainted);
    view.setBody(body, QStringLiteral("application/json"));
    // setBody indexed only the first screen's worth: the whole text was not laid out.
    QVERIFY(!view.isIndexComplete());
    QVERIFY(view.rowCount() < body.size() / view.wrapColumn());
    QVERIFY(painted.wait(5000));
    QVERIFY(view.lastPaintedRowCount() > 10);
    QVERIFY(view.rowText(0).startsWith(QStringLiteral(R"([{"id":0,"name":"needle item")")));

    QVERIFY(ready.count() > 0 || ready.wait(20000));
    QVERIFY(view.isIndexComplete());
    QCOMPARE(view.lineCount(), 1);
    QCOMPARE(view.rowCount(), (body.size() + view.wrapColumn() - 1) / view.wrapColumn());
    QVERIFY(!view.hasInvalidUtf8());

    // Scrolling to the end paints the end of the body.
    painted.clear();
    view.scrollToRow(view.rowCount());
    QVERIFY(view.firstVisibleRow() > 0);
    QVERIFY(view.rowText(view.rowCount() - 1).endsWith(QStringLiteral("}]")));
    QTRY_VERIFY(!painted.isEmpty());
    QCOMPARE(painted.last().at(0).toLongLong() + painted.last().at(1).toInt(), view.rowCount());
}

void TestBodyView::findCountsEveryMatchAndJumps()
{
    qint64 records = 0;
    QByteArray body = minifiedJson(3 * 1024 * 1024, &records);
    body.append("\n\"needle\" at the very end");
    BodyView view;
    view.resize(900, 600);
    view.show();
    QSignalSpy ready(&view, &BodyView::indexReady);
    view.setBody(body);
    QVERIFY(ready.count() > 0 || ready.wait(20000));

    QSignalSpy found(&view, &BodyView::findFinished);
    view.find(QStringLiteral("needle"));
    QVERIFY(found.wait(20000));
    QCOMPARE(found.first().at(0).toLongLong(), records + 1);
    QCOMPARE(view.matchCount(), records + 1);
    QCOMPARE(view.currentMatch(), 0);

    // Going back from the first match wraps to the last one, on the last line.
    view.findPrevious();
    QCOMPARE(view.currentMatch(), records);
    const qint64 lastRow = view.rowCount() - 1;
    QVERIFY(view.firstVisibleRow() <= lastRow);
    QVERIFY(lastRow <= view.firstVisibleRow() + view.verticalScrollBar()->pageStep());
    view.findNext();
    QCOMPARE(view.currentMatch(), 0);
    QCOMPARE(view.firstVisibleRow(), 0);

    view.find(QStringLiteral("absent-word"));
    QVERIFY(found.wait(20000));
    QCOMPARE(view.matchCount(), 0);
}

void TestBodyView::prettyKeepsKeyOrder()
{
    BodyView view;
    QSignalSpy pretty(&view, &BodyView::prettyReady);
    view.setBody(R"({"zeta":1,"alpha":{"mid":[true,null],"aaa":"x"},"beta":2.50})");
    view.setPretty(true);
    QVERIFY(pretty.wait(5000));
    QCOMPARE(pretty.first().at(0).toBool(), true);
    const QString text = QString::fromUtf8(view.text());
    const qsizetype zeta = text.indexOf(QStringLiteral("\"zeta\""));
    const qsizetype alpha = text.indexOf(QStringLiteral("\"alpha\""));
    const qsizetype mid = text.indexOf(QStringLiteral("\"mid\""));
    const qsizetype aaa = text.indexOf(QStringLiteral("\"aaa\""));
    const qsizetype beta = text.indexOf(QStringLiteral("\"beta\""));
    QVERIFY(zeta >= 0 && zeta < alpha && alpha < mid && mid < aaa && aaa < beta);
    QVERIFY(text.contains(QStringLiteral("2.50"))); // number spelling kept
    QVERIFY(view.lineCount() > 5);
    QCOMPARE(view.rowText(1).trimmed(), QStringLiteral("\"zeta\": 1,"));

    // Not JSON: the raw text stays and the reason is readable.
    pretty.clear();
    view.setBody("not json {");
    QVERIFY(pretty.wait(5000));
    QCOMPARE(pretty.first().at(0).toBool(), false);
    QVERIFY(!view.prettyError().isEmpty());
    QCOMPARE(view.text(), QByteArray("not json {"));

    view.setPretty(false);
    QCOMPARE(view.text(), QByteArray("not json {"));
}

void TestBodyView::invalidUtf8IsFlaggedAndReplaced()
{
    BodyView view;
    view.resize(600, 300);
    view.show();
    QSignalSpy flagged(&view, &BodyView::invalidUtf8Detected);
    view.setBody("{\"name\":\"caf\xe9 \xff\"}\nsecond line", QStringLiteral("application/json; charset=utf-8"));
    QTRY_COMPARE(flagged.count(), 1);
    QVERIFY(view.hasInvalidUtf8());
    auto *warning = view.findChild<QLabel *>(QStringLiteral("bodyInvalidUtf8"));
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY(view.rowText(0).contains(QChar(0xFFFD)));
    QCOMPARE(view.rowText(1), QStringLiteral("second line"));

    view.setBody("{\"name\":\"caf\xc3\xa9\"}");
    QVERIFY(!view.hasInvalidUtf8());
    QVERIFY(!warning->isVisible());
    QCOMPARE(view.rowText(0), QStringLiteral("{\"name\":\"café\"}"));
}

void TestBodyView::highlightingIsLazyAndReachesTheEnd()
{
    // A pretty body of many short lines: the background pass must not have
    // highlighted everything by the time the first screen shows.
    QByteArray body = "[\n";
    for (int i = 0; i < 60000; ++i)
        body += "  {\"id\": " + QByteArray::number(i) + ", \"ok\": true, \"name\": \"row\"},\n";
    body += "  {}\n]";
    BodyView view;
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy ready(&view, &BodyView::indexReady);
    QSignalSpy finished(&view, &BodyView::highlightingFinished);
    view.setBody(body, QStringLiteral("application/json"));
    QVERIFY(ready.count() > 0 || ready.wait(20000));
    QVERIFY(view.highlightedRows() < view.rowCount());

    // The middle is painted plain until the background pass reaches it.
    const qint64 middle = view.rowCount() / 2;
    view.scrollToRow(middle);
    if (view.highlightedRows() + 64 < middle)
        QVERIFY(view.rowFormats(middle).isEmpty());
    QVERIFY(finished.wait(30000));
    QCOMPARE(view.highlightedRows(), view.rowCount());
    QVERIFY(!view.rowFormats(middle).isEmpty());
    QVERIFY(!view.rowFormats(1).isEmpty());
}

void TestBodyView::selectionAndCopy()
{
    BodyView view;
    view.setBody("first line\nsecond é line\nthird");
    view.setSelection(11, 25);
    QCOMPARE(view.selectedText(), QStringLiteral("second é line"));
    view.copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("second é line"));
    view.selectAll();
    QCOMPARE(view.selectedText(), QStringLiteral("first line\nsecond é line\nthird"));
    view.setSelection(0, 0);
    view.copyAll();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("first line\nsecond é line\nthird"));
}

void TestBodyView::longRowsSplitOnCharacterBoundaries()
{
    BodyView view;
    view.setWrapColumn(16);
    // 'é' is two bytes: a split at every 16 bytes would cut one in half.
    QByteArray line;
    for (int i = 0; i < 40; ++i)
        line += "a\xc3\xa9";
    view.setBody(line);
    QCOMPARE(view.lineCount(), 1);
    QString joined;
    for (qint64 r = 0; r < view.rowCount(); ++r) {
        const QString row = view.rowText(r);
        QVERIFY(!row.contains(QChar(0xFFFD)));
        joined += row;
    }
    QCOMPARE(joined, QString::fromUtf8(line));
    QCOMPARE(view.rowOfOffset(line.size() - 1), view.rowCount() - 1);
}

QTEST_MAIN(TestBodyView)
#include "tst_bodyview.moc"
