// Crash safety of what the console writes, with a real child process
// (opc_crashchild) that is killed with SIGKILL or starved of file space:
//  DATA-02  kill -9 at random moments while a collection is being saved:
//           every file parses and is the old or the new version, and the
//           collection loads without problems;
//  DATA-06  kill -9 with unsaved tabs: the next run is offered them back by
//           the autosave journal; a live run's tabs are never offered, a
//           clean exit leaves nothing;
//  DATA-01  a write that runs out of space part way: on a real tmpfs of
//           256 KiB that fills up (mounted in a user namespace with
//           unshare, no root needed), and with RLIMIT_FSIZE (the kernel
//           refuses to grow the file): the old files are byte-identical,
//           the error is reported, the edits stay in memory.

#include "collections/autosavejournal.h"
#include "collections/collectionstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

const QString kChild = QStringLiteral(OPC_BIN_DIR "/opc_crashchild");

// Starts the child and waits for its first line that starts with @p prefix.
bool startChild(QProcess &p, const QStringList &args, const QByteArray &prefix, QByteArray *line = nullptr)
{
    p.setProgram(kChild);
    p.setArguments(args);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start();
    if (!p.waitForStarted(5000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        while (p.canReadLine()) {
            const QByteArray l = p.readLine().trimmed();
            if (l.startsWith(prefix)) {
                if (line)
                    *line = l;
                return true;
            }
            if (l.startsWith("problem"))
                qWarning("child: %s", l.constData());
        }
        if (p.state() == QProcess::NotRunning)
            return false;
        p.waitForReadyRead(100);
    }
    return false;
}

void killChild(QProcess &p)
{
    if (p.state() != QProcess::NotRunning) {
        p.kill(); // SIGKILL to our own child, by PID
        p.waitForFinished(5000);
    }
}

QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(QDir(dir).relativeFilePath(path), QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killDuringCollectionSaves();
    void killWithUnsavedTabs();
    void cleanExitLeavesNoJournal();
    void fullDiskKeepsOldFiles();
    void fileSizeLimitKeepsOldFiles();
};

void TestCrashSafety::initTestCase()
{
    QVERIFY2(QFile::exists(kChild), qPrintable(kChild));
}

void TestCrashSafety::killDuringCollectionSaves()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(u"collection"_s);
    constexpr int kIterations = 50;
    int mixed = 0; // kills that landed between two files of one save
    int lastSaved = 0;
    for (int i = 0; i < kIterations; ++i) {
        QProcess child;
        QByteArray first;
        QVERIFY2(startChild(child, { u"save-loop"_s, dir }, "saved ", &first), "the child starts and saves");
        // Random moments: anywhere in the next few saves.
        QTest::qWait(QRandomGenerator::global()->bounded(0, 25));
        killChild(child);
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // The last save the child finished; files hold it or the one after.
        int saved = first.mid(6).toInt();
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            if (line.startsWith("saved "))
                saved = line.mid(6).toInt();
        }
        QVERIFY(saved > lastSaved);
        lastSaved = saved;

        QSet<int> generations;
        int requests = 0;
        QDirIterator it(dir, { u"*.json"_s }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.isEmpty(), qPrintable(path));
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(bytes, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(path + u": "_s + error.errorString()));
            QCOMPARE(o.value("schemaVersion"_L1).toInt(), 1);
            if (!o.contains("body"_L1))
                continue; // collection.json, folder.json
            ++requests;
            const QJsonObject body = QJsonDocument::fromJson(o.value("body"_L1).toString().toUtf8()).object();
            const int g = body.value("generation"_L1).toInt();
            QVERIFY2(g == saved || g == saved + 1,
                     qPrintable(u"%1 holds generation %2 after save %3"_s.arg(path).arg(g).arg(saved)));
            QCOMPARE(body.value("pad"_L1).toString(), QString::number(g).repeated(400));
            generations.insert(g);
        }
        QCOMPARE(requests, 18);
        if (generations.size() > 1)
            ++mixed;
        // And the store opens it without a single problem.
        const Result<CollectionLoad> load = CollectionStore().load(dir);
        QVERIFY(load.ok());
        QVERIFY2(load->problems.isEmpty(), qPrintable(load->problems.value(0).describe()));
        QCOMPARE(load->collection.requestCount(), 18);
        QVERIFY(!load->collection.readOnly);
    }
    qInfo("%d kills, %d of them between two files of one save, %d saves in all", kIterations, mixed, lastSaved);
    // The kills did land inside saves, not only between them.
    QVERIFY(mixed > 0);
}

void TestCrashSafety::killWithUnsavedTabs()
{
    QTemporaryDir tmp;
    const QString dir = AutosaveJournal::defaultDir(tmp.path());
    for (int round = 0; round < 5; ++round) {
        QProcess child;
        QByteArray ready;
        QVERIFY(startChild(child, { u"journal"_s, dir }, "ready ", &ready));
        const QString childSession = QString::fromUtf8(ready.mid(6));
        QVERIFY(QFileInfo(childSession).isDir());

        AutosaveJournal next(dir);
        QVERIFY(next.start());
        // A run that is still going is not crashed: nothing of it is offered.
        QVERIFY(next.pendingRecovery().isEmpty());
        QTest::qWait(QRandomGenerator::global()->bounded(0, 40));
        killChild(child);

        QStringList problems;
        const QList<AutosaveEntry> pending = next.pendingRecovery(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n'_L1)));
        QCOMPARE(pending.size(), 2);
        QStringList titles;
        for (const AutosaveEntry &e : pending)
            titles.append(e.title);
        titles.sort();
        QCOMPARE(titles, (QStringList { u"Create payment"_s, u"New request"_s }));
        for (const AutosaveEntry &e : pending) {
            QVERIFY(e.journalFile.startsWith(childSession));
            QVERIFY(e.savedAt.isValid());
            if (e.title == "Create payment"_L1) {
                QCOMPARE(e.requestPath, u"payments/create-payment.json"_s);
                QCOMPARE(e.collectionDir, u"/collections/op-sandbox"_s);
                QVERIFY(e.spec.body.startsWith("edit "));
                // Whole versions only: the edit number and its padding agree.
                const QList<QByteArray> parts = e.spec.body.split(' ');
                if (parts.size() == 3)
                    QCOMPARE(parts.at(2), QByteArray(2000, char('a' + parts.at(1).toInt() % 26)));
            } else {
                QVERIFY(e.requestPath.isEmpty());
                QCOMPARE(e.spec.body, QByteArray("scratch"));
            }
        }
        // Taking one back and declining the other empties the dead session.
        const AutosaveEntry &keep = pending.first();
        QVERIFY(next.adopt(keep));
        QVERIFY(next.discard(pending.last()));
        QVERIFY(next.pendingRecovery().isEmpty());
        QVERIFY(!QFileInfo::exists(childSession));
        QVERIFY(QFile::exists(next.sessionDir() + u"/"_s + keep.tabId + u".json"_s));
        QVERIFY(next.finish());
    }
    QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestCrashSafety::cleanExitLeavesNoJournal()
{
    QTemporaryDir tmp;
    const QString dir = AutosaveJournal::defaultDir(tmp.path());
    QProcess child;
    QVERIFY(startChild(child, { u"journal-clean"_s, dir }, "ready "));
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    AutosaveJournal next(dir);
    QVERIFY(next.start());
    QVERIFY(next.pendingRecovery().isEmpty());
}

void TestCrashSafety::fullDiskKeepsOldFiles()
{
    const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
    if (unshare.isEmpty())
        QSKIP("unshare (util-linux) is not installed; fileSizeLimitKeepsOldFiles covers the failed write.");
    QProcess probe;
    probe.start(unshare, { u"-rm"_s, u"true"_s });
    if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP("user namespaces are not available here, so no tmpfs can be mounted without root; "
              "fileSizeLimitKeepsOldFiles covers the failed write.");

    QTemporaryDir tmp;
    const QString mount = tmp.filePath(u"small-disk"_s);
    const QString out = tmp.filePath(u"out"_s);
    QVERIFY(QDir().mkpath(mount));
    QProcess child;
    // The tmpfs lives in the child's own mount namespace and goes with it;
    // the child copies what it holds before and after to OUT.
    child.start(unshare, { u"-rm"_s, u"sh"_s, u"-c"_s,
                           u"mount -t tmpfs -o size=256k opc-full \"$1\" && exec \"$2\" fill-disk \"$1\" \"$3\""_s,
                           u"sh"_s, mount, kChild, out });
    QVERIFY(child.waitForFinished(30000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(u"filled "_s), qPrintable(output));
    QVERIFY2(output.contains(u"collection failed Cannot"_s), qPrintable(output));
    QVERIFY2(output.contains(u"edits kept"_s), qPrintable(output));
    QVERIFY2(output.contains(u"file failed Cannot"_s), qPrintable(output));
    QVERIFY2(output.contains(u"the disk is full"_s), qPrintable(output)); // a reason a person can act on
    QVERIFY2(output.contains(u"copied"_s), qPrintable(output));
    const QMap<QString, QByteArray> before = snapshot(out + u"/before"_s);
    QVERIFY(before.size() > 18);
    QCOMPARE(snapshot(out + u"/after"_s), before);
}

void TestCrashSafety::fileSizeLimitKeepsOldFiles()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(u"collection"_s);
    // A first, complete save to have old files.
    {
        QProcess child;
        QVERIFY(startChild(child, { u"save-loop"_s, dir }, "saved "));
        killChild(child);
    }
    const QString single = tmp.filePath(u"settings.json"_s);
    {
        QFile f(single);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schemaVersion":1,"old":true})");
    }
    const QMap<QString, QByteArray> before = snapshot(tmp.path());
    QVERIFY(before.size() > 18);

    QProcess child;
    child.start(kChild, { u"starve"_s, dir, single, u"16384"_s });
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    QVERIFY2(out.contains(u"collection failed Cannot"_s), qPrintable(out));
    QVERIFY2(out.contains(u"edits kept"_s), qPrintable(out));
    QVERIFY2(out.contains(u"file failed Cannot"_s), qPrintable(out));
    QVERIFY2(out.contains(u"settings.json"_s), qPrintable(out)); // the error names the file
    QVERIFY2(out.contains(u"larger than the system allows"_s), qPrintable(out));
    // Byte for byte the old files, and no temporary left behind.
    QCOMPARE(snapshot(tmp.path()), before);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
