// DATA-06 with the real executable: `opconsole` is started with an unsaved
// request, killed with SIGKILL once the request is journaled, and the next
// start (a MainWindow on the same data folder) offers the tab back, while
// every saved collection file is byte for byte what it was.
#include "mainwindow.h"
#include "messageboxanswer.h"
#include "collections/collectionspane.h"
#include "composer/requestcomposer.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace opc::ui;

namespace {
QMap<QString, QByteArray> hashes(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            out.insert(QDir(dir).relativeFilePath(f.fileName()),
                       QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
        }
    }
    return out;
}

bool journalHolds(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) {
            return true;
        }
    }
    return false;
}
} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedConsoleOffersItsUnsavedTabBack()
    {
        QTemporaryDir data;
        const QString url = QStringLiteral("/accounts/v3/accounts?crash-test=1");
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPC_DATA_DIR"), data.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        console.setProcessEnvironment(env);
        console.setProcessChannelMode(QProcess::MergedChannels);
        console.start(QStringLiteral(OPC_BIN_DIR "/opconsole"), { QStringLiteral("--open-url"), url });
        QVERIFY(console.waitForStarted());

        const QString journal = opc::AutosaveJournal::defaultDir(data.path());
        const QString collections = QDir(data.path()).filePath(QStringLiteral("collections"));
        QTRY_VERIFY2_WITH_TIMEOUT(journalHolds(journal, "crash-test=1"), qPrintable(QString::fromLocal8Bit(console.readAll())),
                                  30000);
        QTRY_VERIFY_WITH_TIMEOUT(!hashes(collections).isEmpty(), 10000);
        const QMap<QString, QByteArray> before = hashes(collections);

        ::kill(pid_t(console.processId()), SIGKILL);
        QVERIFY(console.waitForFinished(10000));
        QCOMPARE(console.exitStatus(), QProcess::CrashExit);

        MainWindow window(data.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startSession();
        QCOMPARE(window.recoverableTabCount(), 1);
        auto *banner = window.findChild<QWidget *>(QStringLiteral("recoveryBanner"));
        QVERIFY(banner && banner->isVisible());
        const int tabsBefore = window.openRequestCount();
        window.findChild<QPushButton *>(QStringLiteral("restoreTabsButton"))->click();
        QVERIFY(!banner->isVisible());
        QCOMPARE(window.openRequestCount(), tabsBefore + 1);
        QCOMPARE(window.composer()->url(), url);

        // Nothing saved was touched, and the collections load cleanly.
        QCOMPARE(hashes(collections), before);
        QTRY_VERIFY_WITH_TIMEOUT(!window.collectionsPane()->isLoading(), 10000);
        QVERIFY2(window.collectionsPane()->problemText().isEmpty(), qPrintable(window.collectionsPane()->problemText()));
        {
            // The restored tab is still unsaved: closing asks, the user discards.
            MessageBoxAnswer discard(QMessageBox::DestructiveRole);
            QVERIFY(window.close());
            QVERIFY(discard.asked());
        }

        // A clean close leaves nothing to offer.
        MainWindow again(data.path());
        again.startSession();
        QCOMPARE(again.recoverableTabCount(), 0);
    }
};

QTEST_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
