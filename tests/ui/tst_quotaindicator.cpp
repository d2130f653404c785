#include "quota/quotachart.h"
#include "quota/quotaindicator.h"
#include "quota/quotatracker.h"

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
    void gaugeTurnsAmberThenRed();
    void tooltipCarriesTheForecast();
    void chartGetsAPointPerRequest();
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

void TestQuotaIndicator::gaugeTurnsAmberThenRed()
{
    QuotaIndicator indicator;
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    indicator.setPalette(light);
    QuotaSnapshot snapshot;
    snapshot.valid = true;
    snapshot.limit = 1000;
    const auto colourAt = [&](qint64 remaining) {
        snapshot.remaining = remaining;
        indicator.setSnapshot(snapshot);
        return indicator.gaugeColour();
    };
    const QColor green = colourAt(1000);
    QCOMPARE(colourAt(200), green); // exactly 20 %: not yet amber
    const QColor amber = colourAt(199);
    QVERIFY(amber != green);
    QCOMPARE(colourAt(50), amber); // exactly 5 %: still amber
    const QColor red = colourAt(49);
    QVERIFY(red != amber && red != green);
    QCOMPARE(colourAt(0), red);
    // The bar's fill is the colour shown.
    QCOMPARE(indicator.findChild<QWidget *>(QStringLiteral("quotaGauge"))->palette().color(QPalette::Highlight), red);

    // Dark palette: other shades of the same meaning.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    indicator.setPalette(dark);
    QVERIFY(indicator.gaugeColour() != red);
    QCOMPARE(indicator.findChild<QWidget *>(QStringLiteral("quotaGauge"))->palette().color(QPalette::Highlight), indicator.gaugeColour());
}

void TestQuotaIndicator::tooltipCarriesTheForecast()
{
    QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(12, 0, 0), QTimeZone::UTC);
    QuotaIndicator indicator;
    indicator.setClock([&now] { return now; });
    QuotaSnapshot snapshot;
    snapshot.valid = true;
    snapshot.limit = 1000;
    snapshot.remaining = 120;
    snapshot.resetAt = now.addSecs(5 * 3600);
    indicator.setSnapshot(snapshot);
    QVERIFY2(indicator.toolTip().contains(QLatin1String("lasts until the reset")), qPrintable(indicator.toolTip()));
    indicator.setForecast(now.addSecs(25 * 60));
    QVERIFY2(indicator.toolTip().contains(QLatin1String("runs out in 25 min 00 s")), qPrintable(indicator.toolTip()));
    now = now.addSecs(60);
    indicator.tick();
    QVERIFY2(indicator.toolTip().contains(QLatin1String("runs out in 24 min 00 s")), qPrintable(indicator.toolTip()));
}

void TestQuotaIndicator::chartGetsAPointPerRequest()
{
    QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-7200);
    QuotaTracker tracker;
    tracker.setClock([&now] { return now; });
    QuotaChart chart;
    chart.setTracker(&tracker, QStringLiteral("local"));
    chart.setApplicationNames({ { QStringLiteral("app-1"), QStringLiteral("Demo app") } });
    QCOMPARE(chart.pointCount(QStringLiteral("app-1")), 0);
    QVERIFY(chart.seriesNames().isEmpty());

    const QuotaTracker::Headers headers { { "X-RateLimit-Limit", "1000" } };
    for (int i = 0; i < 5; ++i) {
        QuotaTracker::Headers h = headers;
        h.append(qMakePair(QByteArray("X-RateLimit-Remaining"), QByteArray::number(1000 - 10 * (i + 1))));
        (void)tracker.record(QStringLiteral("local"), QStringLiteral("app-1"), 200, h);
        QCOMPARE(chart.pointCount(QStringLiteral("app-1")), i + 1);
        now = now.addSecs(600);
    }
    (void)tracker.record(QStringLiteral("local"), QStringLiteral("app-2"), 429, {});
    (void)tracker.record(QStringLiteral("other-env"), QStringLiteral("app-3"), 200, {});
    QCOMPARE(chart.pointCount(QStringLiteral("app-2")), 1);
    QCOMPARE(chart.pointCount(QStringLiteral("app-3")), 0); // another environment
    QCOMPARE(chart.seriesNames(), QStringList({ QStringLiteral("Demo app"), QStringLiteral("app-2") }));

    const QList<QPointF> points = chart.points(QStringLiteral("app-1"));
    QCOMPARE(points.first().y(), 990.0);
    QCOMPARE(points.last().y(), 950.0);
    QVERIFY(points.first().x() < points.last().x());
    QCOMPARE(chart.points(QStringLiteral("app-2")).first().y(), 0.0);
}

QTEST_MAIN(TestQuotaIndicator)
#include "tst_quotaindicator.moc"
