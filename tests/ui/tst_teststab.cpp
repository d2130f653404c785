// The composer's Tests tab through its real widgets: assertions and
// captures in, edited, out; rows that miss what their kind needs; results
// shown on the rows they belong to.
#include "composer/teststab.h"
#include "runner/assertions.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace opc;
using namespace opc::ui;
using namespace Qt::StringLiterals;

namespace {

Assertion check(
    Assertion::Kind kind, const QString &target, const QString &expected, bool enabled = true)
{
    Assertion a = Assertion::of(kind, target, expected);
    a.enabled = enabled;
    return a;
}

enum { AEnabled, AKind, ATarget, AExpected };
enum { CEnabled, CVariable, CSource, CExpression };

} // namespace

class TestTestsTab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsWhatItIsGiven();
    void editsChangeWhatItGivesBack();
    void resultsLandOnTheirRows();
};

void TestTestsTab::roundTripsWhatItIsGiven()
{
    TestsTab tab;
    QSignalSpy changed(&tab, &TestsTab::changed);
    const QList<Assertion> assertions { check(Assertion::Kind::StatusEquals, {}, u"201"_s),
        check(Assertion::Kind::JsonMatches, u"/paymentId"_s, u"^p-"_s, false),
        check(Assertion::Kind::NoErrors, {}, u"warn-allowed"_s) };
    Capture capture;
    capture.variable = u"paymentId"_s;
    capture.source = Capture::Source::BodyRegex;
    capture.expression = u"\"id\":\"(\\w+)\""_s;
    tab.setAssertions(assertions);
    tab.setCaptures({ capture });
    QCOMPARE(changed.size(), 0); // filling is not an edit
    QCOMPARE(tab.assertions(), assertions);
    QCOMPARE(tab.captures(), QList<Capture> { capture });
    QCOMPARE(tab.assertionTable()->rowCount(), 3);
    QCOMPARE(tab.assertionTable()->item(1, AEnabled)->checkState(), Qt::Unchecked);
}

void TestTestsTab::editsChangeWhatItGivesBack()
{
    TestsTab tab;
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.setAssertions({ check(Assertion::Kind::StatusEquals, {}, u"200"_s) });
    QSignalSpy changed(&tab, &TestsTab::changed);

    QTableWidget *table = tab.assertionTable();
    table->item(0, AExpected)->setText(u"204"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(tab.assertions().first().expected, u"204"_s);

    auto *kind = qobject_cast<QComboBox *>(table->cellWidget(0, AKind));
    QVERIFY(kind);
    kind->setCurrentIndex(kind->findData(int(Assertion::Kind::HeaderEquals)));
    QCOMPARE(changed.size(), 2);
    // A header check without a header name is not an assertion yet.
    QVERIFY(tab.assertions().isEmpty());
    table->item(0, ATarget)->setText(u"x-request-id"_s);
    QCOMPARE(tab.assertions().size(), 1);
    QCOMPARE(tab.assertions().first().kind, Assertion::Kind::HeaderEquals);

    table->item(0, AEnabled)->setCheckState(Qt::Unchecked);
    QVERIFY(!tab.assertions().first().enabled);

    tab.addCaptureRow();
    QVERIFY(tab.captures().isEmpty()); // no variable, no expression
    tab.captureTable()->item(0, CVariable)->setText(u"requestId"_s);
    tab.captureTable()->item(0, CExpression)->setText(u"/id"_s);
    QCOMPARE(tab.captures().size(), 1);
    QCOMPARE(tab.captures().first().source, Capture::Source::JsonPointer);
    auto *source = qobject_cast<QComboBox *>(tab.captureTable()->cellWidget(0, CSource));
    source->setCurrentIndex(source->findData(int(Capture::Source::Header)));
    QCOMPARE(tab.captures().first().source, Capture::Source::Header);
    QVERIFY(changed.size() >= 5);
}

void TestTestsTab::resultsLandOnTheirRows()
{
    TestsTab tab;
    const QList<Assertion> assertions { check(Assertion::Kind::StatusEquals, {}, u"200"_s),
        check(Assertion::Kind::HeaderExists, u"x-session-id"_s, {}, false),
        check(Assertion::Kind::JsonEquals, u"/amount"_s, u"5"_s) };
    tab.setAssertions(assertions);
    Exchange exchange;
    exchange.status = 200;
    exchange.body = R"({"amount":6})";
    // What a send evaluates: the enabled rows only.
    const QList<AssertionResult> results
        = Assertions::evaluateAll({ assertions.at(0), assertions.at(2) }, exchange);
    tab.showResults(results);
    QTableWidget *table = tab.assertionTable();
    QCOMPARE(table->item(0, AEnabled)->text(), u"ok"_s);
    QCOMPARE(table->item(1, AEnabled)->text(), QString()); // disabled: not evaluated
    QCOMPARE(table->item(2, AEnabled)->text(), u"fail"_s);
    QCOMPARE(table->item(2, AEnabled)->toolTip(), u"/amount equals 5: got 6"_s);
    QCOMPARE(
        tab.resultLabel()->text(), u"1 of 2 assertions passed. Failed: /amount equals 5: got 6"_s);

    // An edit clears the results: they belong to the old checks.
    table->item(2, AExpected)->setText(u"6"_s);
    QCOMPARE(table->item(2, AEnabled)->text(), QString());
    QVERIFY(tab.resultLabel()->text().isEmpty());
}

QTEST_MAIN(TestTestsTab)
#include "tst_teststab.moc"
