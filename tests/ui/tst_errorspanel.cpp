#include "errors/errorpayload.h"
#include "response/errorspanel.h"

#include <QTest>
#include <QTreeWidget>

using namespace opc;
using namespace opc::ui;

class TestErrorsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedSamplePayloadIsOneErrorRow();
    void warnOnSuccessReadsSucceededWithWarnings();
    void validationViolationsAreNested();
    void levelsLookDifferentBeyondColour();
};

void TestErrorsPanel::seedSamplePayloadIsOneErrorRow()
{
    // The overview page's sample payload, verbatim.
    const QByteArray body = R"({
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
    ErrorsPanel panel;
    panel.showPayload(400, ErrorPayload::parse(body));
    QCOMPARE(panel.tree()->topLevelItemCount(), 1);
    const QTreeWidgetItem *row = panel.tree()->topLevelItem(0);
    QCOMPARE(row->text(0), QStringLiteral("ERROR"));
    QCOMPARE(row->text(1), QStringLiteral("BUSINESS"));
    QCOMPARE(row->text(2), QStringLiteral("Account balance exceeded"));
    QCOMPARE(row->text(3), QStringLiteral("ACC_ERR_123"));
    QCOMPARE(row->text(4), QStringLiteral("G_-20343744:143e886a59f:-7ff9"));
    QVERIFY(!row->icon(0).isNull());
    QVERIFY2(panel.summaryText().contains(QLatin1String("ERROR")), qPrintable(panel.summaryText()));
}

void TestErrorsPanel::warnOnSuccessReadsSucceededWithWarnings()
{
    ErrorsPanel panel;
    panel.showPayload(201, ErrorPayload::parse(
        R"({"paymentId":"x","errors":[{"id":"w1","level":"WARN","type":"BUSINESS","message":"Value date moved","code":"PAY_W_1"}]})"));
    QCOMPARE(panel.tree()->topLevelItemCount(), 1);
    QCOMPARE(panel.tree()->topLevelItem(0)->text(0), QStringLiteral("WARN"));
    QVERIFY2(panel.summaryText().startsWith(QLatin1String("Succeeded with warnings")),
             qPrintable(panel.summaryText()));
}

void TestErrorsPanel::validationViolationsAreNested()
{
    ErrorsPanel panel;
    panel.showPayload(400, ErrorPayload::parse(
        R"({"errors":[{"id":"v1","level":"ERROR","type":"VALIDATION","message":"Invalid payment",
            "detailedConstraintViolations":{"amount":"must be greater than 0","receiverIban":"invalid IBAN"}}]})"));
    QCOMPARE(panel.tree()->topLevelItemCount(), 1);
    const QTreeWidgetItem *row = panel.tree()->topLevelItem(0);
    QCOMPARE(row->childCount(), 2);
    QStringList fields;
    for (int i = 0; i < row->childCount(); ++i) {
        fields << row->child(i)->text(1) + QLatin1Char('=') + row->child(i)->text(2);
    }
    fields.sort();
    QCOMPARE(fields, (QStringList { QStringLiteral("amount=must be greater than 0"),
                                    QStringLiteral("receiverIban=invalid IBAN") }));
}

void TestErrorsPanel::levelsLookDifferentBeyondColour()
{
    ErrorsPanel panel;
    panel.showPayload(503, ErrorPayload::parse(
        R"({"errors":[{"id":"a","level":"FATAL","type":"TECHNICAL","message":"m"},
                      {"id":"b","level":"ERROR","type":"TECHNICAL","message":"m"},
                      {"id":"c","level":"WARN","type":"TECHNICAL","message":"m"}]})"));
    QCOMPARE(panel.tree()->topLevelItemCount(), 3);
    QSet<QString> texts;
    QSet<qint64> icons;
    QSet<QRgb> colours;
    for (int i = 0; i < 3; ++i) {
        const QTreeWidgetItem *row = panel.tree()->topLevelItem(i);
        texts.insert(row->text(0));
        icons.insert(row->icon(0).pixmap(32).toImage().cacheKey());
        colours.insert(row->foreground(0).color().rgb());
        // Shapes differ: compare the icons' alpha masks, not just their colour.
    }
    QCOMPARE(texts.size(), 3);
    QCOMPARE(colours.size(), 3);
    const QImage fatal = panel.tree()->topLevelItem(0)->icon(0).pixmap(32).toImage();
    const QImage warn = panel.tree()->topLevelItem(2)->icon(0).pixmap(32).toImage();
    // The triangle (WARN) leaves the top corners empty; the octagon does not
    // cover them either but covers the middle of the top edge's sides more.
    QVERIFY(qAlpha(fatal.pixel(4, 16)) > 0);
    QCOMPARE(qAlpha(warn.pixel(4, 16)), 0);
    QVERIFY2(panel.summaryText().contains(QLatin1String("FATAL")), qPrintable(panel.summaryText()));
}

QTEST_MAIN(TestErrorsPanel)
#include "tst_errorspanel.moc"
