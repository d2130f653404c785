#include "quota/quotatracker.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {
using Headers = QuotaTracker::Headers;

Headers rateHeaders(const QByteArray &limit, const QByteArray &remaining, const QByteArray &reset)
{
    Headers h;
    if (!limit.isNull())
        h.append({ "X-RateLimit-Limit", limit });
    if (!remaining.isNull())
        h.append({ "X-RateLimit-Remaining", remaining });
    if (!reset.isNull())
        h.append({ "X-RateLimit-Reset", reset });
    return h;
}
} // namespace

class TestQuotaTracker : public QObject
{
    Q_OBJECT
    QDateTime m_now;

    QuotaTracker *make(const QString &dir = {})
    {
        auto *t = new QuotaTracker(dir, this);
        t->setClock([this] { return m_now; });
        return t;
    }

private Q_SLOTS:
    void init() { m_now = QDateTime(QDate(2025, 3, 10), QTime(12, 0), QTimeZone::UTC); }

    void headersAreAuthoritative()
    {
        QuotaTracker *t = make();
        QSignalSpy spy(t, &QuotaTracker::changed);
        const QuotaSnapshot s
            = t->record(u"local"_s, u"app1"_s, 200, rateHeaders("1000", "997", "3600"));
        QVERIFY(s.valid);
        QVERIFY(s.fromHeaders);
        QCOMPARE(s.limit, 1000);
        QCOMPARE(s.remaining, 997);
        QCOMPARE(s.resetAt, m_now.addSecs(3600));
        QCOMPARE(spy.count(), 1);
        // Other app, other environment: independent.
        QCOMPARE(t->snapshot(u"local"_s, u"app2"_s).remaining, 1000);
        QCOMPARE(t->snapshot(u"sandbox"_s, u"app1"_s).remaining, 1000);
    }

    void localCountWithoutHeaders()
    {
        QuotaTracker *t = make();
        for (int i = 0; i < 3; ++i)
            (void)t->record(u"sandbox"_s, u"app"_s, 200, {});
        const QuotaSnapshot s = t->snapshot(u"sandbox"_s, u"app"_s);
        QVERIFY(!s.fromHeaders);
        QCOMPARE(s.limit, 1000);
        QCOMPARE(s.remaining, 997);
        // Resets at the next midnight in Helsinki (UTC+2 in March): 22:00 UTC.
        QCOMPARE(s.resetAt, QDateTime(QDate(2025, 3, 10), QTime(22, 0), QTimeZone::UTC));
        // After the reset the count starts again.
        m_now = QDateTime(QDate(2025, 3, 10), QTime(22, 0, 1), QTimeZone::UTC);
        QCOMPARE(t->snapshot(u"sandbox"_s, u"app"_s).remaining, 1000);
    }

    void resetValues_data()
    {
        // NET-14: every form of X-RateLimit-Reset gives a sane reset time.
        QTest::addColumn<QByteArray>("reset");
        QTest::addColumn<qint64>("expectedSecs"); // from now; -1 = fallback to the daily reset
        const qint64 fallback = -1;
        const QDateTime now(QDate(2025, 3, 10), QTime(12, 0), QTimeZone::UTC);
        QTest::newRow("delta") << QByteArray("120") << qint64(120);
        QTest::newRow("one second") << QByteArray("1") << qint64(1);
        QTest::newRow("epoch seconds")
            << QByteArray::number(now.toSecsSinceEpoch() + 600) << qint64(600);
        QTest::newRow("epoch milliseconds")
            << QByteArray::number(now.toMSecsSinceEpoch() + 90'000) << qint64(90);
        QTest::newRow("abc") << QByteArray("abc") << fallback;
        QTest::newRow("-5") << QByteArray("-5") << fallback;
        QTest::newRow("10^12") << QByteArray("1000000000000") << fallback;
        QTest::newRow("huge") << QByteArray("99999999999999999999999") << fallback;
        QTest::newRow("epoch in the past")
            << QByteArray::number(now.toSecsSinceEpoch() - 600) << fallback;
        QTest::newRow("empty") << QByteArray("") << fallback;
        QTest::newRow("missing") << QByteArray() << fallback;
    }
    void resetValues()
    {
        QFETCH(QByteArray, reset);
        QFETCH(qint64, expectedSecs);
        QuotaTracker *t = make();
        const QuotaSnapshot s = t->record(u"e"_s, u"a"_s, 429, rateHeaders("1000", "0", reset));
        QVERIFY(s.resetAt.isValid());
        QVERIFY(s.resetAt >= m_now);
        QVERIFY(m_now.secsTo(s.resetAt) <= 2 * 24 * 3600);
        if (expectedSecs >= 0)
            QCOMPARE(m_now.secsTo(s.resetAt), expectedSecs);
        else
            QCOMPARE(s.resetAt, QuotaTracker::nextDailyReset(m_now));
        QCOMPARE(s.remaining, 0);
        QCOMPARE(s.limit, 1000);
    }

    void nonsenseCounts()
    {
        QuotaTracker *t = make();
        QuotaSnapshot s = t->record(u"e"_s, u"a"_s, 200, rateHeaders("abc", "-3", "60"));
        QCOMPARE(s.limit, 1000); // default kept
        QCOMPARE(s.remaining, 999); // counted locally
        s = t->record(u"e"_s, u"a"_s, 200, rateHeaders("50", "70", "60"));
        QCOMPARE(s.limit, 50);
        QCOMPARE(s.remaining, 50); // never above the limit
    }

    void blockAfter429UntilReset()
    {
        QuotaTracker *t = make();
        QVERIFY(t->checkSend(u"e"_s, u"a"_s).ok());
        (void)t->record(u"e"_s, u"a"_s, 429, rateHeaders("1000", "0", "300"));
        const Status blocked = t->checkSend(u"e"_s, u"a"_s);
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.errorCode(), u"quota-blocked"_s);
        QVERIFY(blocked.errorMessage().contains("300"_L1));
        // Other applications are not blocked.
        QVERIFY(t->checkSend(u"e"_s, u"b"_s).ok());
        m_now = m_now.addSecs(299);
        QVERIFY(!t->checkSend(u"e"_s, u"a"_s).ok());
        m_now = m_now.addSecs(2);
        QVERIFY(t->checkSend(u"e"_s, u"a"_s).ok());
        QCOMPARE(t->snapshot(u"e"_s, u"a"_s).remaining, 1000);
    }

    void overrideBlock()
    {
        QuotaTracker *t = make();
        (void)t->record(u"e"_s, u"a"_s, 429, rateHeaders("1000", "0", "300"));
        QVERIFY(!t->checkSend(u"e"_s, u"a"_s).ok());
        t->overrideBlock(u"e"_s, u"a"_s);
        QVERIFY(t->checkSend(u"e"_s, u"a"_s).ok());
        // A new 429 blocks again.
        (void)t->record(u"e"_s, u"a"_s, 429, rateHeaders("1000", "0", "300"));
        QVERIFY(!t->checkSend(u"e"_s, u"a"_s).ok());
    }

    void laterResponseWithQuotaLiftsTheBlock()
    {
        QuotaTracker *t = make();
        (void)t->record(u"e"_s, u"a"_s, 429, rateHeaders("1000", "0", "3600"));
        QVERIFY(!t->checkSend(u"e"_s, u"a"_s).ok());
        // A response without a count (a diagnostic route) changes nothing.
        (void)t->record(u"e"_s, u"a"_s, 200, {});
        QVERIFY(!t->checkSend(u"e"_s, u"a"_s).ok());
        // The server counts again: its quota was reset.
        (void)t->record(u"e"_s, u"a"_s, 200, rateHeaders("1000", "999", "3600"));
        QVERIFY(t->checkSend(u"e"_s, u"a"_s).ok());
        QCOMPARE(t->snapshot(u"e"_s, u"a"_s).remaining, 999);
    }

    void retryAfterWins_data()
    {
        QTest::addColumn<QByteArray>("reset");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("blockSecs");
        QTest::newRow("delta over reset") << QByteArray("3600") << QByteArray("30") << qint64(30);
        QTest::newRow("delta with nonsense reset")
            << QByteArray("abc") << QByteArray("45") << qint64(45);
        QTest::newRow("http date")
            << QByteArray("3600") << QByteArray("Mon, 10 Mar 2025 12:02:00 GMT") << qint64(120);
        QTest::newRow("bad retry-after falls back to reset")
            << QByteArray("600") << QByteArray("soon") << qint64(600);
        QTest::newRow("negative retry-after falls back")
            << QByteArray("600") << QByteArray("-1") << qint64(600);
    }
    void retryAfterWins()
    {
        QFETCH(QByteArray, reset);
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, blockSecs);
        QuotaTracker *t = make();
        Headers h = rateHeaders("1000", "0", reset);
        h.append({ "Retry-After", retryAfter });
        (void)t->record(u"e"_s, u"a"_s, 429, h);
        QCOMPARE(m_now.secsTo(t->state(u"e"_s, u"a"_s).blockedUntil), blockSecs);
        m_now = m_now.addSecs(blockSecs - 1);
        QVERIFY(!t->checkSend(u"e"_s, u"a"_s).ok());
        m_now = m_now.addSecs(2);
        QVERIFY(t->checkSend(u"e"_s, u"a"_s).ok());
    }

    void forecast()
    {
        QuotaTracker *t = make();
        QVERIFY(!t->forecastExhaustion(u"e"_s, u"a"_s).has_value());
        // One request every 10 s with 100 left: runs out in about 1000 s.
        for (int i = 0; i < 5; ++i) {
            (void)t->record(
                u"e"_s, u"a"_s, 200, rateHeaders("1000", QByteArray::number(104 - i), "7200"));
            m_now = m_now.addSecs(10);
        }
        m_now = m_now.addSecs(-10);
        const auto at = t->forecastExhaustion(u"e"_s, u"a"_s);
        QVERIFY(at.has_value());
        QCOMPARE(m_now.secsTo(*at), 1000);
        // At a pace that cannot use the quota up before the reset: no forecast.
        (void)t->record(u"e"_s, u"a"_s, 200, rateHeaders("1000", "900", "60"));
        QVERIFY(!t->forecastExhaustion(u"e"_s, u"a"_s).has_value());
    }

    void writesBehindABurstOnce()
    {
        // A run's thousand responses do not rewrite quota.json a thousand
        // times: the file is written once the burst is over, and at once
        // by flush().
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QuotaTracker *t = make(dir.path());
        const QString file = dir.filePath(u"quota.json"_s);
        for (int remaining = 999; remaining >= 900; --remaining) {
            (void)t->record(u"local"_s, u"app1"_s, 200,
                rateHeaders("1000", QByteArray::number(remaining), "3600"));
        }
        QVERIFY(!QFile::exists(file));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 5 * QuotaTracker::kSaveDelayMs);
        QuotaTracker *reread = make(dir.path());
        QVERIFY(reread->load().ok());
        QCOMPARE(reread->snapshot(u"local"_s, u"app1"_s).remaining, 900);

        (void)t->record(u"local"_s, u"app1"_s, 200, rateHeaders("1000", "899", "3600"));
        QVERIFY(t->flush().ok());
        QVERIFY(reread->load().ok());
        QCOMPARE(reread->snapshot(u"local"_s, u"app1"_s).remaining, 899);
        delete reread;
        delete t;
    }

    void persistsAcrossRestarts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            QuotaTracker *t = make(dir.path());
            (void)t->record(u"local"_s, u"app1"_s, 200, rateHeaders("1000", "640", "3600"));
            (void)t->record(u"local"_s, u"app2"_s, 429, rateHeaders("1000", "0", "120"));
            delete t;
        }
        QVERIFY(QFile::exists(dir.filePath(u"quota.json"_s)));
        QuotaTracker *t = make(dir.path());
        QVERIFY(t->load().ok());
        QCOMPARE(t->snapshot(u"local"_s, u"app1"_s).remaining, 640);
        QCOMPARE(t->snapshot(u"local"_s, u"app1"_s).resetAt, m_now.addSecs(3600));
        QVERIFY(!t->checkSend(u"local"_s, u"app2"_s).ok());
    }

    void historyKeepsADayOfSamplesAndPersists()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            QuotaTracker *t = make(dir.path());
            (void)t->record(u"local"_s, u"app1"_s, 200, rateHeaders("1000", "900", "36000"));
            m_now = m_now.addSecs(3600);
            (void)t->record(u"local"_s, u"app1"_s, 200, rateHeaders("1000", "850", "32400"));
            (void)t->record(u"local"_s, u"app2"_s, 200, rateHeaders("500", "10", "32400"));
            m_now = m_now.addSecs(60);
            (void)t->record(u"local"_s, u"app1"_s, 200, {}); // counted locally: 849
            const auto h = t->history(u"local"_s, u"app1"_s);
            QCOMPARE(h.size(), 3);
            QCOMPARE(h.at(0).remaining, 900);
            QCOMPARE(h.at(1).remaining, 850);
            QCOMPARE(h.at(2).remaining, 849);
            QCOMPARE(h.at(2).at, m_now);
            QCOMPARE(h.at(2).limit, 1000);
            QCOMPARE(t->applications(u"local"_s), QStringList({ u"app1"_s, u"app2"_s }));
            QVERIFY(t->applications(u"other"_s).isEmpty());
            delete t;
        }
        QuotaTracker *t = make(dir.path());
        QVERIFY(t->load().ok());
        const auto h = t->history(u"local"_s, u"app1"_s);
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.at(1).remaining, 850);
        QCOMPARE(h.at(1).at, m_now.addSecs(-60));
        QCOMPARE(t->history(u"local"_s, u"app2"_s).value(0).limit, 500);

        // Samples older than a day drop out of the history and the file.
        m_now = m_now.addSecs(23 * 3600);
        QCOMPARE(t->history(u"local"_s, u"app1"_s).size(), 2);
        (void)t->record(u"local"_s, u"app1"_s, 200, rateHeaders("1000", "999", "3600"));
        QCOMPARE(t->history(u"local"_s, u"app1"_s).size(), 3);
        QCOMPARE(t->history(u"local"_s, u"app1"_s).last().remaining, 999);
    }

    void historyKeepsTheLastSampleOfEachMinute()
    {
        // A runner sending hundreds a second adds one point a minute to the
        // chart, not one per response: the last of that minute.
        QuotaTracker *t = make(QString());
        for (int remaining = 999; remaining >= 900; --remaining) {
            (void)t->record(u"local"_s, u"app1"_s, 200,
                rateHeaders("1000", QByteArray::number(remaining), "3600"));
            m_now = m_now.addMSecs(500);
        }
        auto h = t->history(u"local"_s, u"app1"_s);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.at(0).remaining, 900);
        QCOMPARE(h.at(0).at, m_now.addMSecs(-500));

        m_now = QDateTime(QDate(2025, 3, 10), QTime(12, 1), QTimeZone::UTC);
        (void)t->record(u"local"_s, u"app1"_s, 200, rateHeaders("1000", "899", "3600"));
        h = t->history(u"local"_s, u"app1"_s);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.at(0).remaining, 900);
        QCOMPARE(h.at(1).remaining, 899);

        // A whole day at two a minute stays a day of minutes.
        for (int i = 0; i < 2 * 24 * 60; ++i) {
            m_now = m_now.addSecs(30);
            (void)t->record(u"local"_s, u"app1"_s, 200, {});
        }
        h = t->history(u"local"_s, u"app1"_s);
        QVERIFY2(h.size() <= 24 * 60 + 1, qPrintable(QString::number(h.size())));
        QVERIFY(h.size() >= 24 * 60 - 1);
        QCOMPARE(h.last().at, m_now);
        delete t;
    }

    void corruptFileIsMovedAside()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"quota.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        QuotaTracker *t = make(dir.path());
        const Status s = t->load();
        QVERIFY(!s.ok());
        QVERIFY(!QFile::exists(dir.filePath(u"quota.json"_s)));
        QCOMPARE(QDir(dir.path()).entryList({ u"quota.json.corrupt-*"_s }).size(), 1);
        QCOMPARE(t->snapshot(u"e"_s, u"a"_s).remaining, 1000);
    }
};

QTEST_GUILESS_MAIN(TestQuotaTracker)
#include "tst_quotatracker.moc"
