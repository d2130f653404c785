#include "format/jsonformatter.h"

#include <QJsonDocument>
#include <QTest>

using opc::JsonFormatter;

class TestJsonFormatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsKeyOrderAndNumberSpelling();
    void formatsNestingAndEmptyContainers();
    void leavesStringsAlone();
    void reportsInvalidJsonWithOffset_data();
    void reportsInvalidJsonWithOffset();
    void minifyInvertsFormat();
};

void TestJsonFormatter::keepsKeyOrderAndNumberSpelling()
{
    const auto out = JsonFormatter::format("{\"z\":1.50,\"a\":1e3,\"m\":-0}");
    QVERIFY(out.valid);
    QCOMPARE(out.text, QByteArray("{\n  \"z\": 1.50,\n  \"a\": 1e3,\n  \"m\": -0\n}"));
}

void TestJsonFormatter::formatsNestingAndEmptyContainers()
{
    const auto out = JsonFormatter::format("{\"a\":[1,{}],\"b\":[],\"c\":{\"d\":null}}");
    QVERIFY(out.valid);
    QCOMPARE(out.text, QByteArray("{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": [],\n"
                                  "  \"c\": {\n    \"d\": null\n  }\n}"));
    // The result is the same document.
    QCOMPARE(QJsonDocument::fromJson(out.text), QJsonDocument::fromJson(
        "{\"a\":[1,{}],\"b\":[],\"c\":{\"d\":null}}"));
}

void TestJsonFormatter::leavesStringsAlone()
{
    const QByteArray in = "[\"a, b: {c}\",\"quote \\\" and \\\\\",\"K\xc3\x84YTT\xc3\x96TILI\"]";
    const auto out = JsonFormatter::format(in);
    QVERIFY(out.valid);
    QCOMPARE(out.text, QByteArray("[\n  \"a, b: {c}\",\n  \"quote \\\" and \\\\\",\n"
                                  "  \"K\xc3\x84YTT\xc3\x96TILI\"\n]"));
}

void TestJsonFormatter::reportsInvalidJsonWithOffset_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("unterminated string") << QByteArray("{\"a\":\"xyz") << qint64(5);
    QTest::newRow("mismatched bracket") << QByteArray("{\"a\":[1}") << qint64(7);
    QTest::newRow("truncated") << QByteArray("{\"a\":[1,2") << qint64(9);
    QTest::newRow("garbage") << QByteArray("<html>") << qint64(0);
    QTest::newRow("empty") << QByteArray("  ") << qint64(0);
    QTest::newRow("double comma") << QByteArray("{\"a\": [1, 2,, 3]}") << qint64(12);
    QTest::newRow("trailing comma") << QByteArray("[1,2,]") << qint64(5);
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << qint64(5);
    QTest::newRow("bare key") << QByteArray("{a: 1}") << qint64(1);
    QTest::newRow("missing comma") << QByteArray("[1 2]") << qint64(3);
    QTest::newRow("two documents") << QByteArray("{} {}") << qint64(3);
    QTest::newRow("value as key") << QByteArray("{\"a\": 1, 2: 3}") << qint64(9);
}

void TestJsonFormatter::reportsInvalidJsonWithOffset()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, offset);
    const auto out = JsonFormatter::format(input);
    QVERIFY(!out.valid);
    QCOMPARE(out.errorOffset, offset);
    QCOMPARE(out.text, input);
    QVERIFY(out.error.contains(QString::number(offset)));
}

void TestJsonFormatter::minifyInvertsFormat()
{
    const QByteArray compact = "{\"x\":[1,2,{\"y\":\"a b\"}],\"z\":true}";
    QCOMPARE(JsonFormatter::minify(JsonFormatter::format(compact).text), compact);
}

QTEST_GUILESS_MAIN(TestJsonFormatter)
#include "tst_jsonformatter.moc"
