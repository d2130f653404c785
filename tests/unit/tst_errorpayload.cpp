#include "errors/errorpayload.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;

class TestErrorPayload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedSampleVerbatim()
    {
        // The overview page's sample error payload, byte for byte.
        const QByteArray sample = R"({
  "errors": [
    {
      "id": "G_-20343744:143e886a59f:-7ff9",
      "level": "ERROR",
      "type": "BUSINESS",
      "message": "Account balance exceeded",
      "code": "ACC_ERR_123"
    }
  ]
})";
        const ErrorPayload p = ErrorPayload::parse(sample);
        QCOMPARE(p.envelope(), ErrorPayload::Envelope::OpErrors);
        QCOMPARE(p.entries().size(), 1);
        const ErrorEntry &e = p.entries().first();
        QCOMPARE(e.id, u"G_-20343744:143e886a59f:-7ff9"_s);
        QCOMPARE(e.level, ErrorLevel::Error);
        QCOMPARE(e.type, u"BUSINESS"_s);
        QCOMPARE(e.message, u"Account balance exceeded"_s);
        QCOMPARE(e.code, u"ACC_ERR_123"_s);
        QVERIFY(e.violations.isEmpty());
        QCOMPARE(p.highestLevel(), ErrorLevel::Error);
    }

    void caseInsensitiveAndMisspeltViolations_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("seed misspelling, capitalised")
                << QByteArray(R"({"Errors":[{"Id":"1","Level":"error","Type":"VALIDATION","Message":"Invalid",)"
                              R"("DetailedConstraitViolations":{"amount":"must be positive"}}]})");
        QTest::newRow("correct spelling")
                << QByteArray(R"({"errors":[{"id":"1","level":"ERROR","type":"VALIDATION","message":"Invalid",)"
                              R"("detailedConstraintViolations":{"amount":"must be positive"}}]})");
        QTest::newRow("upper case keys")
                << QByteArray(R"({"ERRORS":[{"ID":"1","LEVEL":"ERROR","TYPE":"VALIDATION","MESSAGE":"Invalid",)"
                              R"("DETAILEDCONSTRAINTVIOLATIONS":{"amount":["must be positive"]}}]})");
    }
    void caseInsensitiveAndMisspeltViolations()
    {
        QFETCH(QByteArray, body);
        const ErrorPayload p = ErrorPayload::parse(body);
        QCOMPARE(p.entries().size(), 1);
        const ErrorEntry &e = p.entries().first();
        QCOMPARE(e.id, u"1"_s);
        QCOMPARE(e.level, ErrorLevel::Error);
        QCOMPARE(e.type, u"VALIDATION"_s);
        QCOMPARE(e.message, u"Invalid"_s);
        QCOMPARE(e.violations.size(), 1);
        QCOMPARE(e.violations.first().field, u"amount"_s);
        QCOMPARE(e.violations.first().message, u"must be positive"_s);
    }

    void psd2Envelope()
    {
        const QByteArray body = R"({"type":"VALIDATION","message":"Payment invalid","id":"abc-1",)"
                                R"("violations":[{"type":"Size","path":"payee.iban","message":"bad IBAN"}],"extra":42})";
        const ErrorPayload p = ErrorPayload::parse(body);
        QCOMPARE(p.envelope(), ErrorPayload::Envelope::Psd2);
        QCOMPARE(p.entries().size(), 1);
        const ErrorEntry &e = p.entries().first();
        QCOMPARE(e.type, u"VALIDATION"_s);
        QCOMPARE(e.message, u"Payment invalid"_s);
        QCOMPARE(e.id, u"abc-1"_s);
        QCOMPARE(e.violations.size(), 1);
        QCOMPARE(e.violations.first().field, u"payee.iban"_s);
        QCOMPARE(e.violations.first().message, u"bad IBAN"_s);
        QCOMPARE(e.unknownFields.value("extra"_L1).toInt(), 42);
    }

    void keepsUnknownFields()
    {
        const ErrorPayload p = ErrorPayload::parse(
                R"({"errors":[{"id":"x","level":"WARN","type":"BUSINESS","message":"m","hint":"h","n":[1,2]}],"traceId":"t-1"})");
        QCOMPARE(p.entries().size(), 1);
        QCOMPARE(p.entries().first().level, ErrorLevel::Warn);
        QCOMPARE(p.entries().first().unknownFields.value("hint"_L1).toString(), u"h"_s);
        QCOMPARE(p.entries().first().unknownFields.value("n"_L1).toArray().size(), 2);
        QCOMPARE(p.unknownFields().value("traceId"_L1).toString(), u"t-1"_s);
    }

    void highestLevelOfSeveral()
    {
        const ErrorPayload p = ErrorPayload::parse(
                R"({"errors":[{"level":"WARN","message":"a"},{"level":"FATAL","message":"b"},{"level":"ERROR","message":"c"}]})");
        QCOMPARE(p.entries().size(), 3);
        QCOMPARE(p.highestLevel(), ErrorLevel::Fatal);
    }

    void badInputNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("<html>oops</html>");
        QTest::newRow("truncated") << QByteArray(R"({"errors":[{"id":"1","level":)");
        QTest::newRow("array root") << QByteArray("[1,2,3]");
        QTest::newRow("errors is a number") << QByteArray(R"({"errors":5})");
        QTest::newRow("entries wrong types") << QByteArray(R"({"errors":[1,null,true,[]]})");
        QTest::newRow("fields wrong types")
                << QByteArray(R"({"errors":[{"id":{},"level":7,"type":[],"message":null,"code":false,"detailedConstraintViolations":"x"}]})");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\"errors\"", 12);
        QTest::newRow("deep") << (QByteArray(5000, '[') + QByteArray(5000, ']'));
    }
    void badInputNeverCrashes()
    {
        QFETCH(QByteArray, body);
        const ErrorPayload p = ErrorPayload::parse(body);
        for (const ErrorEntry &e : p.entries())
            QVERIFY(e.level == ErrorLevel::Unknown || !e.levelText.isEmpty());
        QVERIFY(p.entries().size() <= 4);
    }

    void nonErrorJsonIsEmpty()
    {
        const ErrorPayload p = ErrorPayload::parse(R"({"accounts":[{"iban":"FI39"}]})");
        QVERIFY(p.isEmpty());
        QCOMPARE(p.envelope(), ErrorPayload::Envelope::None);
    }
};

QTEST_GUILESS_MAIN(TestErrorPayload)
#include "tst_errorpayload.moc"
