#include "auth/tokenpicker.h"

#include <QComboBox>
#include <QTest>

using namespace opc;
using namespace opc::ui;

class TestTokenPicker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offersTheFourStaticTokens();
    void keyboardSelection();
    void neverShowsAWholeToken();
    void describesWhatTheNextSendUses();
};

void TestTokenPicker::offersTheFourStaticTokens()
{
    TokenPicker picker;
    auto *combo = picker.findChild<QComboBox *>(QStringLiteral("tokenCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(picker.currentToken().value, QStringLiteral("6c18c234b1b18b1d97c7043e2e41135c293d0da9"));
    picker.selectStaticToken(4);
    QCOMPARE(picker.currentToken().value, QStringLiteral("3af871a0e3ebfc46f375ff2b63d1414982bd4f76"));
}

void TestTokenPicker::keyboardSelection()
{
    TokenPicker picker;
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    auto *combo = picker.findChild<QComboBox *>(QStringLiteral("tokenCombo"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(picker.currentToken().value, QStringLiteral("b6910384440ce06f495976f96a162e2ab1bafbb4"));
}

void TestTokenPicker::neverShowsAWholeToken()
{
    TokenPicker picker;
    picker.addCustomToken(Token::custom(QStringLiteral("my-very-secret-custom-token-value")));
    auto *combo = picker.findChild<QComboBox *>(QStringLiteral("tokenCombo"));
    for (int i = 0; i < combo->count(); ++i) {
        QVERIFY(!combo->itemText(i).contains(QLatin1String("very-secret")));
    }
    QCOMPARE(TokenPicker::shortened(QStringLiteral("short")), QStringLiteral("•••••"));
}

void TestTokenPicker::describesWhatTheNextSendUses()
{
    TokenPicker picker;
    QVERIFY(picker.describe(QStringLiteral("x-authorization")).contains(QLatin1String("in x-authorization")));
    auto *header = picker.findChild<QComboBox *>(QStringLiteral("tokenHeaderCombo"));
    header->setCurrentIndex(2);
    QCOMPARE(picker.headerChoice(), TokenPicker::HeaderChoice::Authorization);
    QVERIFY(picker.describe(QStringLiteral("x-authorization")).contains(QLatin1String("in Authorization")));
}

QTEST_MAIN(TestTokenPicker)
#include "tst_tokenpicker.moc"
