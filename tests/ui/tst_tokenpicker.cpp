#include "auth/tokenpicker.h"

#include <QComboBox>
#include <QLabel>
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
    void altDigitPicksAStaticToken();
    void inMemoryCustomTokenIsMaskedAndRemovable();
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

void TestTokenPicker::altDigitPicksAStaticToken()
{
    TokenPicker picker;
    picker.show();
    picker.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&picker));
    QTest::keyClick(&picker, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(picker.currentToken().value, Token::staticToken(3).value);
    auto *indicator = picker.findChild<QLabel *>(QStringLiteral("tokenIndicator"));
    QVERIFY(indicator);
    QVERIFY(indicator->text().contains(Token::staticToken(3).label));
}

void TestTokenPicker::inMemoryCustomTokenIsMaskedAndRemovable()
{
    TokenPicker picker;
    picker.setTokenPrompt([] {
        return std::optional<QPair<QString, QString>>({ QStringLiteral("Mine"), QStringLiteral("abcdefgh12345678") });
    });
    picker.setConfirmation([](const QString &) { return true; });
    QVERIFY(picker.addTokenInteractively());
    QVERIFY(picker.currentIsCustom());
    QCOMPARE(picker.currentToken().value, QStringLiteral("abcdefgh12345678"));
    auto *combo = picker.findChild<QComboBox *>(QStringLiteral("tokenCombo"));
    QVERIFY(!combo->currentText().contains(QLatin1String("abcd")));
    QVERIFY(!combo->currentText().contains(QLatin1String("5678")));
    QVERIFY(picker.describe(QStringLiteral("x-authorization")).contains(QLatin1String("Mine")));
    QVERIFY(picker.removeCurrentToken());
    QCOMPARE(combo->count(), 4);
    QVERIFY(!picker.currentIsCustom());
    // The static tokens stay.
    QVERIFY(!picker.removeCurrentToken());
    QCOMPARE(combo->count(), 4);
}

QTEST_MAIN(TestTokenPicker)
#include "tst_tokenpicker.moc"
