#include "apps/customtokenstore.h"
#include "auth/authpanel.h"
#include "auth/tokenpicker.h"
#include "security/encryptedfilevault.h"

#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace opc::ui;
using namespace Qt::StringLiterals;

class TestAuthPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void drivesAndFollowsThePicker()
    {
        QTemporaryDir dir;
        EncryptedFileVault::Options fast;
        fast.scryptLog2N = 10;
        EncryptedFileVault vault(dir.filePath(u"vault.opcv"_s), fast);
        QVERIFY(vault.create(u"pass"_s).ok());
        CustomTokenStore store(dir.filePath(u"custom-tokens.json"_s));
        store.setSecretStore(&vault);
        QVERIFY(store.load().ok());

        TokenPicker picker;
        picker.setCustomTokenStore(&store);
        AuthPanel panel(&picker, &store);
        panel.setProductHeader(u"Authorization"_s);
        QCOMPARE(panel.tokenList()->count(), 4);

        // Choosing in the tab chooses in the toolbar...
        panel.tokenList()->setCurrentRow(2);
        QCOMPARE(picker.currentLabel(), u"Static token 3"_s);
        QCOMPARE(picker.currentToken().value, Token::staticToken(3).value);
        QVERIFY(panel.summaryLabel()->text().contains(u"Static token 3"_s));
        QVERIFY(panel.summaryLabel()->text().contains(u"Authorization"_s));

        // ...and the other way round.
        picker.selectStaticToken(2);
        QCOMPARE(panel.tokenList()->currentRow(), 1);

        // A custom token is listed by name; its value never appears.
        const QString secret = u"custom-value-93c1f0aa"_s;
        QVERIFY(picker.addStoredToken(u"Team token"_s, secret).ok());
        QCOMPARE(panel.tokenList()->count(), 5);
        QCOMPARE(panel.tokenList()->currentRow(), 4);
        for (int row = 0; row < panel.tokenList()->count(); ++row) {
            QVERIFY(!panel.tokenList()->item(row)->text().contains(secret));
        }
        QVERIFY(!panel.summaryLabel()->text().contains(secret));
        panel.tokenList()->setCurrentRow(0);
        QCOMPARE(picker.currentLabel(), u"Static token 1"_s);
        panel.tokenList()->setCurrentRow(4);
        QVERIFY(picker.currentIsCustom());
        QCOMPARE(picker.currentToken().value, secret);
    }
};

QTEST_MAIN(TestAuthPanel)
#include "tst_authpanel.moc"
