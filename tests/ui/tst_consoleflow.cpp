// The console against its embedded simulator, offscreen: real widgets,
// real HTTPS on loopback. Each documented error case renders the right
// status, badges and rows, and the quota gauge follows every response.
#include "bodyview/bodyview.h"
#include "composer/requestcomposer.h"
#include "errors/errorpayload.h"
#include "history/historypane.h"
#include "history/historytablemodel.h"
#include "mainwindow.h"
#include "quota/quotaindicator.h"
#include "response/errorspanel.h"
#include "response/responseviewer.h"
#include "session/consolesession.h"
#include "simulatorlink.h"
#include "sidebar/catalogtree.h"

#include "messageboxanswer.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace opc;
using namespace opc::ui;
using namespace Qt::StringLiterals;

class TestConsoleFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void accountsListSucceeds();
    void warnOnSuccess();
    void validationErrorWithViolations();
    void maintenanceIsFatal();
    void onlinePaymentGoesSignedWithTheMerchantsKey();
    void exhaustedQuotaGives429AndBlocksTheNextSend();

private:
    Exchange sendEndpoint(const QString &needle);
    QString levelsShown() const;

    QTemporaryDir m_data;
    MainWindow *m_window = nullptr;
};

void TestConsoleFlow::initTestCase()
{
    QVERIFY(m_data.isValid());
    m_window = new MainWindow(m_data.path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy started(m_window, &MainWindow::sessionStarted);
    m_window->startSession();
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toBool(), true);
    QVERIFY(m_window->catalogTree()->endpointCount() > 20);
}

void TestConsoleFlow::cleanupTestCase()
{
    delete m_window;
}

Exchange TestConsoleFlow::sendEndpoint(const QString &needle)
{
    QSignalSpy shown(m_window, &MainWindow::exchangeShown);
    if (!m_window->catalogTree()->activateMatching(needle)) {
        qWarning("no endpoint matches %s", qPrintable(needle));
        return {};
    }
    m_window->sendCurrent();
    if (!shown.wait(15000)) {
        qWarning("no response for %s", qPrintable(needle));
        return {};
    }
    return shown.first().first().value<Exchange>();
}

QString TestConsoleFlow::levelsShown() const
{
    QStringList levels;
    QTreeWidget *tree = m_window->viewer()->errorsPanel()->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        levels << tree->topLevelItem(i)->text(0) + QLatin1Char('/') + tree->topLevelItem(i)->text(1);
    }
    return levels.join(QLatin1Char(','));
}

void TestConsoleFlow::accountsListSucceeds()
{
    const QString before = m_window->quotaIndicator()->text();
    const Exchange ex = sendEndpoint(QStringLiteral("GET  /accounts/v3/accounts"));
    QCOMPARE(ex.status, 200);
    QCOMPARE(m_window->viewer()->statusText(), QStringLiteral("200 OK"));
    QVERIFY(m_window->viewer()->bodyText().contains(QLatin1String("FI3959986920207073")));
    QCOMPARE(levelsShown(), QString());
    // The gauge now comes from the server's X-RateLimit headers.
    QVERIFY(ex.quota.valid && ex.quota.fromHeaders);
    QCOMPARE(ex.quota.limit, 1000);
    QCOMPARE(m_window->quotaIndicator()->gaugeValue(), int(ex.quota.remaining));
    QVERIFY2(m_window->quotaIndicator()->text() != before, qPrintable(before));
    QCOMPARE(m_window->historyPane()->model()->rowCount(), 1);

    // The body (application/hal+json) is highlighted as JSON once the lazy
    // pass has reached the screen: there is coloured text, not only grey.
    BodyView *body = m_window->viewer()->bodyView();
    QSignalSpy highlighted(body, &BodyView::highlightingFinished);
    QVERIFY(highlighted.wait(5000) || highlighted.size() > 0);
    QTest::qWait(50);
    const QImage shot = body->viewport()->grab().toImage();
    int chromatic = 0;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = shot.width() / 8; x < shot.width(); ++x) {
            const QColor c = shot.pixelColor(x, y);
            const int spread = qMax(c.red(), qMax(c.green(), c.blue()))
                - qMin(c.red(), qMin(c.green(), c.blue()));
            chromatic += spread > 80 ? 1 : 0;
        }
    }
    QVERIFY2(chromatic > 50, qPrintable(QString::number(chromatic)));
}

void TestConsoleFlow::warnOnSuccess()
{
    const int gaugeBefore = m_window->quotaIndicator()->gaugeValue();
    const Exchange ex = sendEndpoint(QStringLiteral("value date on a weekend"));
    QCOMPARE(ex.status, 200);
    QCOMPARE(levelsShown(), QStringLiteral("WARN/BUSINESS"));
    // A request on a reused connection still reports its TLS session.
    QVERIFY(ex.timings.encrypted < 0);
    QVERIFY(ex.tls.used);
    QVERIFY2(ex.tls.protocol == QLatin1String("TLS 1.3") || ex.tls.protocol == QLatin1String("TLS 1.2"),
             qPrintable(ex.tls.protocol));
    QVERIFY(!ex.tls.peerChain.isEmpty());
    QVERIFY2(m_window->viewer()->errorsPanel()->summaryText().startsWith(QLatin1String("Succeeded with warnings")),
             qPrintable(m_window->viewer()->errorsPanel()->summaryText()));
    QCOMPARE(m_window->quotaIndicator()->gaugeValue(), gaugeBefore - 1);
}

void TestConsoleFlow::validationErrorWithViolations()
{
    const Exchange ex = sendEndpoint(QStringLiteral("validation (400"));
    QCOMPARE(ex.status, 400);
    QCOMPARE(m_window->viewer()->statusText(), QStringLiteral("400 BAD REQUEST"));
    QCOMPARE(levelsShown(), QStringLiteral("ERROR/VALIDATION"));
    QTreeWidget *tree = m_window->viewer()->errorsPanel()->tree();
    QVERIFY(tree->topLevelItem(0)->childCount() >= 3);
    QVERIFY(m_window->viewer()->meaningText().contains(QLatin1String("will not succeed")));
}

void TestConsoleFlow::maintenanceIsFatal()
{
    const Exchange ex = sendEndpoint(QStringLiteral("maintenance"));
    QCOMPARE(ex.status, 503);
    QCOMPARE(levelsShown(), QStringLiteral("FATAL/TECHNICAL"));
    QVERIFY2(m_window->viewer()->errorsPanel()->summaryText().contains(QLatin1String("FATAL")),
             qPrintable(m_window->viewer()->errorsPanel()->summaryText()));
}

void TestConsoleFlow::exhaustedQuotaGives429AndBlocksTheNextSend()
{
    QVERIFY(m_window->simulator()->setQuotaUsed(1000));
    const Exchange ex = sendEndpoint(QStringLiteral("GET  /accounts/v3/accounts"));
    QCOMPARE(ex.status, 429);
    QCOMPARE(ex.responseHeader("X-RateLimit-Remaining"), QByteArray("0"));
    QCOMPARE(m_window->quotaIndicator()->gaugeValue(), 0);
    QVERIFY2(m_window->quotaIndicator()->text().contains(QLatin1String("blocked")),
             qPrintable(m_window->quotaIndicator()->text()));

    // The next send asks; declined, it is refused before any socket opens.
    const int historyBefore = m_window->historyPane()->model()->rowCount();
    QSignalSpy shown(m_window, &MainWindow::exchangeShown);
    MessageBoxAnswer decline(QMessageBox::RejectRole);
    m_window->sendCurrent();
    QVERIFY(decline.asked());
    QVERIFY(!shown.wait(500));
    QCOMPARE(m_window->historyPane()->model()->rowCount(), historyBefore);
    QVERIFY2(m_window->viewer()->meaningText().contains(QLatin1String("Not sent")),
             qPrintable(m_window->viewer()->meaningText()));
}

void TestConsoleFlow::onlinePaymentGoesSignedWithTheMerchantsKey()
{
    // The catalogue's example payment, as a user opens and sends it.
    if (!m_window->catalogTree()->activateMatching(u"POST  /paymentbutton/v1/payments"_s)) {
        QFAIL("no Online Payment endpoint in the catalogue");
    }
    auto *summary = m_window->composer()->findChild<QLabel *>(u"sendSummary"_s);
    QVERIFY(summary);
    QTRY_VERIFY2(summary->text().contains(u"RSA signature in Authorization, no token"_s), qPrintable(summary->text()));
    QSignalSpy shown(m_window, &MainWindow::exchangeShown);
    m_window->sendCurrent();
    QVERIFY(shown.wait(15000));
    const Exchange ex = shown.first().first().value<Exchange>();
    QVERIFY2(ex.status == 201, qPrintable(ex.error + QString::fromUtf8(ex.body.left(300))));
    QVERIFY(m_window->viewer()->statusText().startsWith(u"201"_s));
}

QTEST_MAIN(TestConsoleFlow)
#include "tst_consoleflow.moc"
