// AutosaveJournal within one process: save / remove / finish, what a
// second journal over the same folder is offered, a damaged journal file
// moved aside, a newer one left alone, and ids that cannot name a file.
// (Recovery after a real kill -9 is in tests/integration/tst_crashsafety.)

#include "collections/autosavejournal.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

AutosaveEntry entry(const QString &title)
{
    AutosaveEntry e;
    e.tabId = AutosaveJournal::newTabId();
    e.title = title;
    e.collectionDir = u"/data/collections/op"_s;
    e.requestPath = u"accounts/list.json"_s;
    e.spec.method = u"PUT"_s;
    e.spec.url = u"{{baseUrl}}/v1/x"_s;
    e.spec.headers = { KeyValue { u"x-session-id"_s, u"s1"_s, false } };
    e.spec.query = { KeyValue { u"q"_s, u"ä ö"_s, true } };
    e.spec.body = "{\"a\":1}";
    e.spec.tokenHeader = u"Authorization"_s;
    e.spec.sign = true;
    return e;
}

// Leaves a session folder as a crashed run would: files and a lock whose
// owner is gone (a pid that does not run).
QString crashedSession(const QString &journalDir, const QList<AutosaveEntry> &entries)
{
    const QString session = QDir(journalDir).filePath(u"session-crashed"_s);
    QDir().mkpath(session);
    for (const AutosaveEntry &e : entries) {
        QFile f(QDir(session).filePath(e.tabId + u".json"_s));
        f.open(QIODevice::WriteOnly);
        f.write(AutosaveJournal::serialize(e));
    }
    return session;
}

} // namespace

class TestAutosaveJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField();
    void ownSessionIsNeverOffered();
    void offersLeftOversAndAdoptsThem();
    void movesDamagedFilesAside();
    void refusesUnsafeIds();
};

void TestAutosaveJournal::roundTripsEveryField()
{
    AutosaveEntry e = entry(u"Tab"_s);
    e.savedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), QTimeZone::UTC);
    const Result<AutosaveEntry> back = AutosaveJournal::parse(AutosaveJournal::serialize(e));
    QVERIFY(back.ok());
    QCOMPARE(back->tabId, e.tabId);
    QCOMPARE(back->title, e.title);
    QCOMPARE(back->collectionDir, e.collectionDir);
    QCOMPARE(back->requestPath, e.requestPath);
    QCOMPARE(back->savedAt, e.savedAt);
    QCOMPARE(back->spec.toJson(), e.spec.toJson());
}

void TestAutosaveJournal::ownSessionIsNeverOffered()
{
    QTemporaryDir tmp;
    AutosaveJournal j(tmp.path());
    QVERIFY(!j.save(entry(u"early"_s)).ok()); // not started
    QVERIFY(j.start());
    const AutosaveEntry a = entry(u"A"_s);
    QVERIFY(j.save(a));
    const QString file = j.sessionDir() + u"/"_s + a.tabId + u".json"_s;
    QVERIFY(QFile::exists(file));
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(j.pendingRecovery().isEmpty());
    // Another journal over the same folder (a second window) sees a live run.
    AutosaveJournal other(tmp.path());
    QVERIFY(other.start());
    QVERIFY(other.pendingRecovery().isEmpty());
    QVERIFY(j.remove(a.tabId));
    QVERIFY(!QFile::exists(file));
    const QString session = j.sessionDir();
    QVERIFY(j.finish());
    QVERIFY(!QFileInfo::exists(session));
}

void TestAutosaveJournal::offersLeftOversAndAdoptsThem()
{
    QTemporaryDir tmp;
    const AutosaveEntry a = entry(u"A"_s);
    const AutosaveEntry b = entry(u"B"_s);
    const QString session = crashedSession(tmp.path(), { a, b });
    AutosaveJournal j(tmp.path());
    QVERIFY(j.start());
    QList<AutosaveEntry> pending = j.pendingRecovery();
    QCOMPARE(pending.size(), 2);
    // Offered again until the person decides.
    QCOMPARE(j.pendingRecovery().size(), 2);
    const AutosaveEntry &taken = pending.at(0).tabId == a.tabId ? pending.at(0) : pending.at(1);
    const AutosaveEntry &declined = pending.at(0).tabId == a.tabId ? pending.at(1) : pending.at(0);
    QVERIFY(j.adopt(taken));
    QVERIFY(QFile::exists(j.sessionDir() + u"/"_s + a.tabId + u".json"_s));
    QCOMPARE(j.pendingRecovery().size(), 1);
    QVERIFY(j.discard(declined));
    QVERIFY(j.pendingRecovery().isEmpty());
    QVERIFY(!QFileInfo::exists(session));
    // Only left-over files may be discarded, never this run's own.
    AutosaveEntry own = taken;
    own.journalFile = j.sessionDir() + u"/"_s + a.tabId + u".json"_s;
    QVERIFY(!j.discard(own).ok());
    QVERIFY(QFile::exists(own.journalFile));
}

void TestAutosaveJournal::movesDamagedFilesAside()
{
    QTemporaryDir tmp;
    const AutosaveEntry good = entry(u"good"_s);
    const QString session = crashedSession(tmp.path(), { good });
    {
        QFile f(session + u"/truncated.json"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(AutosaveJournal::serialize(entry(u"cut"_s)).left(40));
    }
    AutosaveEntry future = entry(u"future"_s);
    QByteArray newer = AutosaveJournal::serialize(future);
    newer.replace("\"schemaVersion\": 1", "\"schemaVersion\": 9");
    {
        QFile f(session + u"/"_s + future.tabId + u".json"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(newer);
    }
    AutosaveJournal j(tmp.path());
    QVERIFY(j.start());
    QStringList problems;
    const QList<AutosaveEntry> pending = j.pendingRecovery(&problems);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().title, u"good"_s);
    QCOMPARE(problems.size(), 2);
    const QString all = problems.join('\n'_L1);
    QVERIFY2(all.contains(u"truncated.json"_s) && all.contains(u"moved aside"_s), qPrintable(all));
    QVERIFY2(all.contains(u"newer version"_s), qPrintable(all));
    QVERIFY(!QFile::exists(session + u"/truncated.json"_s));
    QCOMPARE(QDir(session).entryList({ u"truncated.json.corrupt-*"_s }, QDir::Files).size(), 1);
    // The newer file is not ours to judge: it stays as it is.
    QFile f(session + u"/"_s + future.tabId + u".json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), newer);
}

void TestAutosaveJournal::refusesUnsafeIds()
{
    QTemporaryDir tmp;
    AutosaveJournal j(tmp.path());
    QVERIFY(j.start());
    for (const QString &id : { u"../escape"_s, u""_s, u"a/b"_s, u".hidden"_s }) {
        AutosaveEntry e = entry(u"x"_s);
        e.tabId = id;
        QVERIFY2(!j.save(e).ok(), qPrintable(id));
    }
    QVERIFY(!QFile::exists(tmp.filePath(u"escape.json"_s)));
    QVERIFY(!AutosaveJournal::parse(R"({"schemaVersion":1,"tabId":"../x"})").ok());
}

QTEST_GUILESS_MAIN(TestAutosaveJournal)
#include "tst_autosavejournal.moc"
