#include "errors/statussemantics.h"

#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace opc;

class TestStatusSemantics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedTexts_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("description");
        QTest::addColumn<bool>("success");
        // The overview page's table; its 200 and 403 descriptions lack a noun
        // ("The has been completed", "to the requested."), which we supply.
        QTest::newRow("200") << 200 << u"OK"_s << u"The request has been completed successfully."_s << true;
        QTest::newRow("201") << 201 << u"CREATED"_s << u"The resource has been successfully created."_s << true;
        QTest::newRow("400") << 400 << u"BAD REQUEST"_s
                             << u"Some headers, parameters, or payload contents are missing or invalid. Retrying the same request again will not succeed."_s
                             << false;
        QTest::newRow("401") << 401 << u"UNAUTHORIZED"_s << u"Invalid or missing authentication/authorization."_s << false;
        QTest::newRow("403") << 403 << u"FORBIDDEN"_s
                             << u"The authenticated/authorized user or application does not have access rights to the requested resource."_s
                             << false;
        QTest::newRow("429") << 429 << u"TOO MANY REQUESTS"_s
                             << u"The client application has exceeded its rate limit. The application must wait until the limit expires."_s
                             << false;
        QTest::newRow("500") << 500 << u"INTERNAL SERVER ERROR"_s
                             << u"A system error prevented the operation from being completed."_s << false;
        QTest::newRow("503") << 503 << u"SERVICE UNAVAILABLE"_s
                             << u"The service is temporarily unavailable due to e.g. overload or maintenance."_s << false;
    }
    void seedTexts()
    {
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(QString, description);
        QFETCH(bool, success);
        const StatusInfo s = StatusSemantics::describe(code);
        QCOMPARE(s.code, code);
        QCOMPARE(s.message, message);
        QCOMPARE(s.description, description);
        QCOMPARE(s.success, success);
    }

    void retryAdvice()
    {
        QVERIFY(!StatusSemantics::describe(400).retryMayHelp);
        QVERIFY(!StatusSemantics::describe(401).retryMayHelp);
        QVERIFY(!StatusSemantics::describe(403).retryMayHelp);
        QVERIFY(StatusSemantics::describe(429).retryMayHelp);
        QVERIFY(StatusSemantics::describe(500).retryMayHelp);
        QVERIFY(StatusSemantics::describe(503).retryMayHelp);
        QVERIFY(StatusSemantics::describe(200).retryAdvice.isEmpty());
        QVERIFY(StatusSemantics::describe(429).retryAdvice.contains("reset"_L1));
    }

    void otherCodesHaveSensibleText_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("success");
        QTest::addColumn<bool>("retry");
        QTest::newRow("204") << 204 << true << false;
        QTest::newRow("302") << 302 << true << false;
        QTest::newRow("404") << 404 << false << false;
        QTest::newRow("405") << 405 << false << false;
        QTest::newRow("413") << 413 << false << false;
        QTest::newRow("418") << 418 << false << false;
        QTest::newRow("502") << 502 << false << true;
        QTest::newRow("999") << 999 << false << false;
        QTest::newRow("0") << 0 << false << false;
    }
    void otherCodesHaveSensibleText()
    {
        QFETCH(int, code);
        QFETCH(bool, success);
        QFETCH(bool, retry);
        const StatusInfo s = StatusSemantics::describe(code);
        QVERIFY(!s.message.isEmpty());
        QVERIFY(!s.description.isEmpty());
        QCOMPARE(s.success, success);
        QCOMPARE(s.retryMayHelp, retry);
    }

    void levelsRefineAdvice()
    {
        // ERROR on a server failure: may retry later.
        QVERIFY(StatusSemantics::advice(500, payload("ERROR")).contains("retried later"_L1));
        // ERROR on a client error: the status' advice (fix the request) stands.
        QCOMPARE(StatusSemantics::advice(400, payload("ERROR")), StatusSemantics::describe(400).retryAdvice);
        // WARN on a success: succeeded with a warning.
        QVERIFY(StatusSemantics::advice(201, payload("WARN")).contains("nonetheless successful"_L1));
        QCOMPARE(StatusSemantics::advice(200, ErrorPayload()), QString());
        QVERIFY(StatusSemantics::levelMeaning(ErrorLevel::Fatal).contains("server side maintenance"_L1));
    }

    // Every status class against every level (and none): the description
    // and the advice shown under it say one thing, with the expected words.
    void adviceIsConsistent_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("level");
        QTest::addColumn<QStringList>("expected");
        const QList<QByteArray> levels { QByteArray(), "WARN", "ERROR", "FATAL" };
        for (const int status :
            { 200, 201, 204, 302, 400, 401, 403, 404, 405, 413, 418, 422, 429, 500, 502, 503 }) {
            for (const QByteArray &level : levels) {
                QStringList expected;
                if (status < 400) {
                    if (level == "WARN")
                        expected << u"succeeded with warnings"_s;
                    else if (!level.isEmpty())
                        expected << u"succeeded, but"_s;
                } else if (status == 429) {
                    expected << u"Retry-After"_s << u"rate limit resets"_s;
                } else if (status < 500) {
                    expected << u"unchanged will not succeed"_s;
                } else {
                    expected << (level == "ERROR" ? u"retried later"_s : u"retry later"_s);
                }
                const QByteArray name
                    = QByteArray::number(status) + ' ' + (level.isEmpty() ? "none" : level);
                QTest::newRow(name.constData()) << status << level << expected;
            }
        }
    }
    void adviceIsConsistent()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, level);
        QFETCH(QStringList, expected);
        const ErrorPayload p = level.isEmpty() ? ErrorPayload() : payload(level.constData());
        const StatusInfo info = StatusSemantics::describe(status);
        const QString advice = StatusSemantics::advice(status, p);
        const QString shown = info.description + u"\n"_s + advice;
        if (expected.isEmpty())
            QVERIFY2(advice.isEmpty(), qPrintable(advice));
        for (const QString &phrase : std::as_const(expected))
            QVERIFY2(advice.contains(phrase, Qt::CaseInsensitive),
                qPrintable(phrase + u" missing from: "_s + advice));
        QVERIFY2(!(saysNoRetry(shown) && saysRetry(shown)), qPrintable(shown));
        if (info.success) {
            QVERIFY2(
                !saysFailed(shown) && !saysRetry(shown) && !saysNoRetry(shown), qPrintable(shown));
        } else {
            QVERIFY2(!saysSucceeded(shown), qPrintable(shown));
        }
        // The level-only sentence agrees with the advice it is part of.
        const QString levelAdvice = StatusSemantics::levelAdvice(status, p.highestLevel());
        QVERIFY2(advice.endsWith(levelAdvice), qPrintable(levelAdvice + u" / "_s + advice));
    }

private:
    static ErrorPayload payload(const char *level)
    {
        return ErrorPayload::parse(
            QByteArray("{\"errors\":[{\"level\":\"") + level + "\",\"message\":\"m\"}]}");
    }
    static bool containsAny(const QString &text, std::initializer_list<const char *> phrases)
    {
        return std::any_of(phrases.begin(), phrases.end(), [&text](const char *phrase) {
            return text.contains(QLatin1StringView(phrase), Qt::CaseInsensitive);
        });
    }
    static bool saysNoRetry(const QString &t)
    {
        return containsAny(
            t, { "will not succeed", "no retry", "not retry", "don't retry", "never retry" });
    }
    static bool saysRetry(const QString &t)
    {
        return containsAny(t,
            { "retry later", "retried later", "then retry", "retry it later", "may be retried" });
    }
    static bool saysSucceeded(const QString &t)
    {
        return containsAny(t, { "succeeded", "successful", "nonetheless" });
    }
    static bool saysFailed(const QString &t)
    {
        return containsAny(t, { "failed", "will not succeed", "not be completed", "prevented" });
    }
};

QTEST_GUILESS_MAIN(TestStatusSemantics)
#include "tst_statussemantics.moc"
