#include "quota/quotaindicator.h"

#include <QTest>

using namespace opc;
using namespace opc::ui;

class TestQuotaIndicator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unknownBeforeTheFirstResponse();
    void countdownTicksWithTheClock();
    void blockedAfter429();
    void formatsDurations();
};

void TestQuotaIndicator::unknownBeforeTheFirstResponse()
{
    QuotaIndicator indicator;
    QVERIFY(indicator.text().contains(QLatin1String("unknown")));
}

void TestQuotaIndicator::countdownTicksWithTheClock()
{
    QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(12, 0, 0), QTimeZone::UTC);
    QuotaIndicator indicator;
    indicator.setClock([&now] { return now; });
    QuotaSnapshot snapshot;
    snapshot.valid = true;
    snapshot.fromHeaders = true;
    snapshot.limit = 1000;
    snapshot.remaining = 997;
    snapshot.resetAt = now.addSecs(3 * 3600 + 5 * 60 + 9);
    indicator.setSnapshot(snapshot);
    QCOMPARE(indicator.gaugeValue(), 997);
    QVERIFY2(indicator.text().contains(QLatin1String("997 / 1,000")) 
             || indicator.text().contains(QLatin1String("997 / 1000")), qPrintable(indicator.text()));
    QVERIFY2(indicator.text().contains(QLatin1String("3 h 05 min 09 s")), qPrintable(indicator.text()));

    now = now.addSecs(10);
    indicator.tick();
    QVERIFY2(indicator.text().contains(QLatin1String("3 h 04 min 59 s")), qPrintable(indicator.text()));

    now = snapshot.resetAt.addSecs(1);
    indicator.tick();
    QVERIFY2(indicator.text().contains(QLatin1String("reset due")), qPrintable(indicator.text()));
}

void TestQuotaIndicator::blockedAfter429()
{
    QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(23, 0, 0), QTimeZone::UTC);
    QuotaIndicator indicator;
    indicator.setClock([&now] { return now; });
    QuotaSnapshot snapshot;
    snapshot.valid = true;
    snapshot.limit = 1000;
    snapshot.remaining = 0;
    snapshot.resetAt = now.addSecs(60);
    indicator.setSnapshot(snapshot, now.addSecs(60));
    QCOMPARE(indicator.gaugeValue(), 0);
    QVERIFY2(indicator.text().contains(QLatin1String("blocked for 1 min 00 s")),
             qPrintable(indicator.text()));
}

void TestQuotaIndicator::formatsDurations()
{
    QCOMPARE(QuotaIndicator::formatDuration(0), QStringLiteral("0 s"));
    QCOMPARE(QuotaIndicator::formatDuration(-5), QStringLiteral("0 s"));
    QCOMPARE(QuotaIndicator::formatDuration(61), QStringLiteral("1 min 01 s"));
    QCOMPARE(QuotaIndicator::formatDuration(86399), QStringLiteral("23 h 59 min 59 s"));
}

QTEST_MAIN(TestQuotaIndicator)
#include "tst_quotaindicator.moc"
