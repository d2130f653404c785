// Every assertion kind and capture source of the runner, passing and
// failing, with the message a tester reads; JSON Pointer per RFC 6901; the
// saved form of assertions and captures.
#include "model/assertion.h"
#include "runner/assertions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(opc::Assertion::Kind)
Q_DECLARE_METATYPE(opc::Capture::Source)

namespace {

const QByteArray kBody
    = R"({"paymentId":"p-42","amount":5,"currency":"EUR","booked":true,"note":null,)"
      R"("items":[{"id":"a"},{"id":"b"}],"a/b":1,"m~n":2,)"
      R"("errors":[{"level":"WARN","type":"BUSINESS","message":"Limit almost reached"}]})";

Exchange response(int status = 200, const QByteArray &body = kBody)
{
    Exchange e;
    e.status = status;
    e.body = body;
    e.responseHeaders = { { "Content-Type", "application/json" }, { "X-Request-ID", "req-7" },
        { "X-RateLimit-Remaining", "998" } };
    e.timings.finished = 120;
    return e;
}

} // namespace

class TestAssertions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void anExchangeWithoutResponseFailsEveryAssertion();
    void disabledAssertionsHaveNoResult();
    void jsonPointer_data();
    void jsonPointer();
    void capture_data();
    void capture();
    void savedFormRoundTrips();
    void savedFormRejectsWhatItCannotRead_data();
    void savedFormRejectsWhatItCannotRead();
};

void TestAssertions::evaluate_data()
{
    QTest::addColumn<Assertion::Kind>("kind");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("failure"); // empty: passes

    using K = Assertion::Kind;
    const QByteArray b = kBody;
    QTest::newRow("status equals") << K::StatusEquals << u""_s << u"200"_s << b << 200 << u""_s;
    QTest::newRow("status differs")
        << K::StatusEquals << u""_s << u"201"_s << b << 200 << u"status is 201: got 200"_s;
    QTest::newRow("status not a number") << K::StatusEquals << u""_s << u"ok"_s << b << 200
                                         << u"status is ok: \"ok\" is not a status code"_s;
    QTest::newRow("status in range")
        << K::StatusInRange << u""_s << u"200-299"_s << b << 204 << u""_s;
    QTest::newRow("status out of range")
        << K::StatusInRange << u""_s << u"200-299"_s << b << 404 << u"status in 200-299: got 404"_s;
    QTest::newRow("range malformed") << K::StatusInRange << u""_s << u"2xx"_s << b << 200
                                     << u"status in 2xx: \"2xx\" is not a range such as 200-299"_s;
    QTest::newRow("header exists, any case")
        << K::HeaderExists << u"x-request-id"_s << u""_s << b << 200 << u""_s;
    QTest::newRow("header missing") << K::HeaderExists << u"x-session-id"_s << u""_s << b << 200
                                    << u"header x-session-id exists: no such header"_s;
    QTest::newRow("header equals")
        << K::HeaderEquals << u"X-Request-ID"_s << u"req-7"_s << b << 200 << u""_s;
    QTest::newRow("header value is case-sensitive")
        << K::HeaderEquals << u"X-Request-ID"_s << u"REQ-7"_s << b << 200
        << u"header X-Request-ID is \"REQ-7\": got \"req-7\""_s;
    QTest::newRow("header matches")
        << K::HeaderMatches << u"x-ratelimit-remaining"_s << u"^\\d+$"_s << b << 200 << u""_s;
    QTest::newRow("header does not match")
        << K::HeaderMatches << u"content-type"_s << u"xml"_s << b << 200
        << u"header content-type matches xml: got \"application/json\""_s;
    QTest::newRow("header regex invalid")
        << K::HeaderMatches << u"content-type"_s << u"("_s << b << 200
        << u"header content-type matches (: the regular expression is not valid "_s
           u"(missing closing parenthesis)"_s;
    QTest::newRow("json exists") << K::JsonExists << u"/paymentId"_s << u""_s << b << 200 << u""_s;
    QTest::newRow("json null exists") << K::JsonExists << u"/note"_s << u""_s << b << 200 << u""_s;
    QTest::newRow("json missing") << K::JsonExists << u"/payment"_s << u""_s << b << 200
                                  << u"/payment exists: no such member"_s;
    QTest::newRow("json not a pointer")
        << K::JsonExists << u"paymentId"_s << u""_s << b << 200
        << u"paymentId exists: \"paymentId\" is not a JSON Pointer (it starts with /)"_s;
    QTest::newRow("json equals number")
        << K::JsonEquals << u"/amount"_s << u"5"_s << b << 200 << u""_s;
    QTest::newRow("json equals string")
        << K::JsonEquals << u"/currency"_s << u"\"EUR\""_s << b << 200 << u""_s;
    QTest::newRow("json bare word is a string")
        << K::JsonEquals << u"/currency"_s << u"EUR"_s << b << 200 << u""_s;
    QTest::newRow("json equals in array")
        << K::JsonEquals << u"/items/1/id"_s << u"\"b\""_s << b << 200 << u""_s;
    QTest::newRow("json differs") << K::JsonEquals << u"/amount"_s << u"6"_s << b << 200
                                  << u"/amount equals 6: got 5"_s;
    QTest::newRow("json string is not the number") << K::JsonEquals << u"/amount"_s << u"\"5\""_s
                                                   << b << 200 << u"/amount equals \"5\": got 5"_s;
    QTest::newRow("json matches") << K::JsonMatches << u"/paymentId"_s << u"^p-\\d+$"_s << b << 200
                                  << u""_s;
    QTest::newRow("json does not match") << K::JsonMatches << u"/paymentId"_s << u"^x"_s << b << 200
                                         << u"/paymentId matches ^x: got \"p-42\""_s;
    QTest::newRow("json type number")
        << K::JsonType << u"/amount"_s << u"number"_s << b << 200 << u""_s;
    QTest::newRow("json type array")
        << K::JsonType << u"/items"_s << u"array"_s << b << 200 << u""_s;
    QTest::newRow("json type boolean")
        << K::JsonType << u"/booked"_s << u"boolean"_s << b << 200 << u""_s;
    QTest::newRow("json type null") << K::JsonType << u"/note"_s << u"null"_s << b << 200 << u""_s;
    QTest::newRow("json type differs") << K::JsonType << u"/amount"_s << u"string"_s << b << 200
                                       << u"/amount is a string: got a number"_s;
    QTest::newRow("json of a non-JSON body")
        << K::JsonExists << u"/a"_s << u""_s << QByteArray("<html>") << 200
        << u"/a exists: the body is not JSON (illegal value at offset 1)"_s;
    QTest::newRow("time below") << K::ResponseTimeBelow << u""_s << u"500"_s << b << 200 << u""_s;
    QTest::newRow("time over") << K::ResponseTimeBelow << u""_s << u"100"_s << b << 200
                               << u"response time below 100 ms: took 120 ms"_s;
    QTest::newRow("WARN allowed") << K::NoErrors << u""_s << u"warn-allowed"_s << b << 200 << u""_s;
    QTest::newRow("WARN not allowed")
        << K::NoErrors << u""_s << u"no-warn"_s << b << 200
        << u"no FATAL, ERROR or WARN: WARN BUSINESS: Limit almost reached"_s;
    QTest::newRow("ERROR even when WARN is allowed")
        << K::NoErrors << u""_s << u"warn-allowed"_s
        << QByteArray(
               R"({"errors":[{"level":"ERROR","type":"VALIDATION","message":"Invalid IBAN"}]})")
        << 400 << u"no FATAL or ERROR (WARN allowed): ERROR VALIDATION: Invalid IBAN"_s;
    QTest::newRow("no payload, no error")
        << K::NoErrors << u""_s << u"no-warn"_s << QByteArray(R"({"ok":true})") << 200 << u""_s;
}

void TestAssertions::evaluate()
{
    QFETCH(Assertion::Kind, kind);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, failure);
    const AssertionResult result
        = Assertions::evaluate(Assertion::of(kind, target, expected), response(status, body));
    QCOMPARE(result.passed, failure.isEmpty());
    QCOMPARE(result.message, failure);
}

void TestAssertions::anExchangeWithoutResponseFailsEveryAssertion()
{
    Exchange refused;
    refused.error = u"Connection refused by 127.0.0.1:9"_s;
    const QList<AssertionResult> results = Assertions::evaluateAll(
        { Assertion::of(Assertion::Kind::StatusInRange, {}, u"100-599"_s),
            Assertion::of(Assertion::Kind::NoErrors, {}, u"warn-allowed"_s),
            Assertion::of(Assertion::Kind::ResponseTimeBelow, {}, u"100000"_s) },
        refused);
    QCOMPARE(results.size(), 3);
    for (const AssertionResult &r : results) {
        QVERIFY(!r.passed);
        QVERIFY2(
            r.message.endsWith(u": Connection refused by 127.0.0.1:9"_s), qPrintable(r.message));
    }
    QCOMPARE(
        Assertions::evaluate(Assertion::of(Assertion::Kind::StatusEquals, {}, u"200"_s), Exchange())
            .message,
        u"status is 200: no response"_s);
}

void TestAssertions::disabledAssertionsHaveNoResult()
{
    Assertion off = Assertion::of(Assertion::Kind::StatusEquals, {}, u"500"_s);
    off.enabled = false;
    const QList<AssertionResult> results = Assertions::evaluateAll(
        { off, Assertion::of(Assertion::Kind::StatusEquals, {}, u"200"_s) }, response());
    QCOMPARE(results.size(), 1);
    QVERIFY(results.first().passed);
    QCOMPARE(results.first().assertion.expected, u"200"_s);
}

void TestAssertions::jsonPointer_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value"); // compact JSON text; empty: does not exist
    QTest::newRow("whole document")
        << u""_s
        << QString::fromUtf8(QJsonDocument::fromJson(kBody).toJson(QJsonDocument::Compact));
    QTest::newRow("member") << u"/currency"_s << u"\"EUR\""_s;
    QTest::newRow("array element") << u"/items/0/id"_s << u"\"a\""_s;
    QTest::newRow("~1 is a slash") << u"/a~1b"_s << u"1"_s;
    QTest::newRow("~0 is a tilde") << u"/m~0n"_s << u"2"_s;
    QTest::newRow("index past the end") << u"/items/2"_s << u""_s;
    QTest::newRow("index with a leading zero") << u"/items/01"_s << u""_s;
    QTest::newRow("dash is past the end") << u"/items/-"_s << u""_s;
    QTest::newRow("member of a scalar") << u"/amount/x"_s << u""_s;
    QTest::newRow("missing") << u"/nothing"_s << u""_s;
}

void TestAssertions::jsonPointer()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    const QJsonValue document = QJsonDocument::fromJson(kBody).object();
    const std::optional<QJsonValue> found = Assertions::resolvePointer(document, pointer);
    QCOMPARE(found.has_value(), !value.isEmpty());
    if (found) {
        const QJsonDocument wrapped(QJsonArray { *found });
        const QByteArray text = wrapped.toJson(QJsonDocument::Compact);
        QCOMPARE(QString::fromUtf8(text.mid(1, text.size() - 2)), value);
    }
}

void TestAssertions::capture_data()
{
    QTest::addColumn<Capture::Source>("source");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    using S = Capture::Source;
    QTest::newRow("json string as it is")
        << S::JsonPointer << u"/paymentId"_s << u"p-42"_s << u""_s;
    QTest::newRow("json number as text") << S::JsonPointer << u"/amount"_s << u"5"_s << u""_s;
    QTest::newRow("json object as JSON")
        << S::JsonPointer << u"/items/0"_s << R"({"id":"a"})" << u""_s;
    QTest::newRow("json missing") << S::JsonPointer << u"/nothing"_s << u""_s
                                  << u"id from /nothing: no such member"_s;
    QTest::newRow("header") << S::Header << u"x-request-id"_s << u"req-7"_s << u""_s;
    QTest::newRow("header missing") << S::Header << u"x-session-id"_s << u""_s
                                    << u"id from the header x-session-id: no such header"_s;
    QTest::newRow("regex group") << S::BodyRegex << uR"re("paymentId":"([^"]+)")re"_s << u"p-42"_s
                                 << u""_s;
    QTest::newRow("regex whole match") << S::BodyRegex << u"p-\\d+"_s << u"p-42"_s << u""_s;
    QTest::newRow("regex no match")
        << S::BodyRegex << u"q-\\d+"_s << u""_s << u"id from the body matching q-\\d+: no match"_s;
}

void TestAssertions::capture()
{
    QFETCH(Capture::Source, source);
    QFETCH(QString, expression);
    QFETCH(QString, value);
    QFETCH(QString, error);
    Capture c;
    c.variable = u"id"_s;
    c.source = source;
    c.expression = expression;
    const Result<QString> got = Assertions::capture(c, response());
    QCOMPARE(got.ok(), error.isEmpty());
    if (got) {
        QCOMPARE(*got, value);
    } else {
        QCOMPARE(got.errorMessage(), error);
    }
}

void TestAssertions::savedFormRoundTrips()
{
    for (int k = int(Assertion::Kind::StatusEquals); k <= int(Assertion::Kind::NoErrors); ++k) {
        Assertion a = Assertion::of(Assertion::Kind(k), u"/x"_s, u"1"_s);
        a.enabled = k % 2 == 0;
        const QString name = Assertion::kindName(a.kind);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(k)));
        QCOMPARE(Assertion::kindFromName(name), a.kind);
        QString why;
        const std::optional<Assertion> back = Assertion::fromJson(a.toJson(), &why);
        QVERIFY2(back, qPrintable(why));
        QCOMPARE(*back, a);
    }
    for (Capture::Source s :
        { Capture::Source::JsonPointer, Capture::Source::Header, Capture::Source::BodyRegex }) {
        Capture c;
        c.variable = u"paymentId"_s;
        c.source = s;
        c.expression = u"/paymentId"_s;
        c.enabled = s != Capture::Source::Header;
        const std::optional<Capture> back = Capture::fromJson(c.toJson());
        QVERIFY(back);
        QCOMPARE(*back, c);
    }
}

void TestAssertions::savedFormRejectsWhatItCannotRead_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown kind") << QByteArray(R"({"kind":"status-teapot","expected":"418"})")
                                  << u"unknown assertion kind \"status-teapot\""_s;
    QTest::newRow("no kind") << QByteArray(R"({"expected":"200"})")
                             << u"unknown assertion kind \"\""_s;
}

void TestAssertions::savedFormRejectsWhatItCannotRead()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString why;
    QVERIFY(!Assertion::fromJson(QJsonDocument::fromJson(json).object(), &why));
    QCOMPARE(why, reason);
    // A kind that needs a target or a value without one is refused too.
    QVERIFY(!Assertion::fromJson(
        QJsonDocument::fromJson(R"({"kind":"header-equals","expected":"x"})").object()));
    QVERIFY(!Assertion::fromJson(QJsonDocument::fromJson(R"({"kind":"status-equals"})").object()));
    QVERIFY(!Capture::fromJson(
        QJsonDocument::fromJson(R"({"variable":"x","source":"cookie","expression":"a"})")
            .object()));
}

QTEST_GUILESS_MAIN(TestAssertions)
#include "tst_assertions.moc"
