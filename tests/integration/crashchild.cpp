// opc_crashchild: the process tst_crashsafety kills or starves. It does what
// the console does when it saves (CollectionStore, AutosaveJournal,
// AtomicFile) and reports its progress on stdout, one line per step.
//
//   opc_crashchild save-loop DIR        save the collection in DIR over and over
//   opc_crashchild journal DIR          keep two unsaved tabs in the journal at DIR
//   opc_crashchild journal-clean DIR    the same, then exit cleanly
//   opc_crashchild starve DIR FILE LIMIT save DIR and FILE with a file size limit
//   opc_crashchild fill-disk MNT OUT    on the small file system at MNT: save,
//                                       fill it, save again; copies of MNT
//                                       before and after go to OUT

#include "collections/autosavejournal.h"
#include "collections/collectionstore.h"
#include "common/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

constexpr int kFolders = 3;
constexpr int kRequestsPerFolder = 6;

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// A body whose every byte depends on the generation, so a file mixing two
// generations (or cut short) cannot pass for either.
QByteArray bodyFor(int generation, int request)
{
    const QJsonObject o { { u"generation"_s, generation },
                          { u"request"_s, request },
                          { u"pad"_s, QString::number(generation).repeated(400) } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Collection makeCollection()
{
    Collection c;
    c.name = u"Crash safety"_s;
    c.variables = { KeyValue { u"baseUrl"_s, u"https://127.0.0.1:1"_s, true } };
    int n = 0;
    for (int f = 0; f < kFolders; ++f) {
        const auto folder = c.addFolder({}, u"Folder %1"_s.arg(f));
        for (int r = 0; r < kRequestsPerFolder; ++r) {
            CollectionRequest req;
            req.name = u"Request %1"_s.arg(n);
            req.spec.method = u"POST"_s;
            req.spec.url = u"{{baseUrl}}/v1/items/%1"_s.arg(n);
            req.spec.headers = { KeyValue { u"Content-Type"_s, u"application/json"_s, true } };
            req.spec.body = bodyFor(0, n);
            c.addRequest(folder->folderPath, req);
            ++n;
        }
    }
    return c;
}

void setBodies(CollectionFolder &folder, int generation, int *n)
{
    for (CollectionFolder &f : folder.folders)
        setBodies(f, generation, n);
    for (CollectionRequest &r : folder.requests)
        r.spec.body = bodyFor(generation, (*n)++);
}

int maxGeneration(const CollectionFolder &folder)
{
    int g = 0;
    for (const CollectionFolder &f : folder.folders)
        g = std::max(g, maxGeneration(f));
    for (const CollectionRequest &r : folder.requests)
        g = std::max(g, QJsonDocument::fromJson(r.spec.body).object().value("generation"_L1).toInt());
    return g;
}

int saveLoop(const QString &dir)
{
    CollectionStore store;
    Collection c;
    if (QFileInfo::exists(dir + u"/collection.json"_s)) {
        const Result<CollectionLoad> load = store.load(dir);
        if (!load) {
            say("problem " + load.errorMessage().toUtf8());
            return 3;
        }
        for (const CollectionProblem &p : load->problems)
            say("problem " + p.describe().toUtf8());
        if (!load->problems.isEmpty())
            return 3;
        c = load->collection;
    } else {
        c = makeCollection();
    }
    for (int generation = maxGeneration(c.root) + 1;; ++generation) {
        int n = 0;
        setBodies(c.root, generation, &n);
        const Result<CollectionSaveReport> saved = store.save(c, dir);
        if (!saved) {
            say("problem " + saved.errorMessage().toUtf8());
            return 4;
        }
        say("saved " + QByteArray::number(generation));
    }
}

AutosaveEntry tab(const QString &title, const QString &requestPath, const QByteArray &body)
{
    AutosaveEntry e;
    e.tabId = AutosaveJournal::newTabId();
    e.title = title;
    e.collectionDir = u"/collections/op-sandbox"_s;
    e.requestPath = requestPath;
    e.spec.method = u"POST"_s;
    e.spec.url = u"{{baseUrl}}/v1/payments"_s;
    e.spec.body = body;
    return e;
}

int journal(const QString &dir, bool clean)
{
    AutosaveJournal j(dir);
    if (Status s = j.start(); !s) {
        say("problem " + s.errorMessage().toUtf8());
        return 3;
    }
    AutosaveEntry edited = tab(u"Create payment"_s, u"payments/create-payment.json"_s, "edit 0");
    const AutosaveEntry scratch = tab(u"New request"_s, QString(), "scratch");
    const AutosaveEntry closed = tab(u"Closed tab"_s, u"accounts/list.json"_s, "closed");
    for (const AutosaveEntry &e : { edited, scratch, closed }) {
        if (Status s = j.save(e); !s) {
            say("problem " + s.errorMessage().toUtf8());
            return 3;
        }
    }
    // Saved cleanly or closed: nothing to recover.
    if (Status s = j.remove(closed.tabId); !s) {
        say("problem " + s.errorMessage().toUtf8());
        return 3;
    }
    say("ready " + j.sessionDir().toUtf8());
    if (clean) {
        const Status s = j.finish();
        return s ? 0 : 5;
    }
    // Typing goes on: the composer rewrites the tab's journal file on each
    // (debounced) change until the kill lands.
    for (int i = 1;; ++i) {
        edited.spec.body = "edit " + QByteArray::number(i) + ' ' + QByteArray(2000, char('a' + i % 26));
        if (Status s = j.save(edited); !s) {
            say("problem " + s.errorMessage().toUtf8());
            return 4;
        }
        QThread::msleep(2);
    }
}

// Saves with the file size limited to LIMIT bytes, as a full disk would stop
// a write part way. The old files must stay as they were; the edits stay in
// memory.
int starve(const QString &dir, const QString &file, qint64 limit)
{
    CollectionStore store;
    const Result<CollectionLoad> load = store.load(dir);
    if (!load) {
        say("problem " + load.errorMessage().toUtf8());
        return 3;
    }
    Collection c = load->collection;
    // Past the limit the kernel answers EFBIG instead of sending SIGXFSZ.
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit rl { rlim_t(limit), rlim_t(limit) };
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0) {
        say("problem setrlimit");
        return 3;
    }
    int n = 0;
    setBodies(c.root, 777, &n);
    for (CollectionFolder &f : c.root.folders) {
        for (CollectionRequest &r : f.requests)
            r.spec.body += ' ' + QByteArray(int(limit), ' ');
    }
    const Result<CollectionSaveReport> saved = store.save(c, dir);
    say(saved ? QByteArray("collection saved") : "collection failed " + saved.errorMessage().toUtf8());
    // The edits are still in memory after the failed save.
    say(maxGeneration(c.root) == 777 ? QByteArray("edits kept") : QByteArray("edits lost"));
    const Status written = AtomicFile::write(file, QByteArray(int(limit) * 2, 'n'));
    say(written ? QByteArray("file saved") : "file failed " + written.errorMessage().toUtf8());
    return 0;
}

void copyTree(const QString &from, const QString &to, const QStringList &skip)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(from).relativeFilePath(path);
        if (skip.contains(rel))
            continue;
        const QString target = QDir(to).filePath(rel);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(path, target);
    }
}

// On a real, small file system (a tmpfs the test mounts): a first save, then
// the disk is filled to a few KiB and the edits are saved again. ENOSPC
// stops the write part way; the old files must be what they were.
int fillDisk(const QString &mount, const QString &out)
{
    const QString dir = QDir(mount).filePath(u"collection"_s);
    const QString settings = QDir(mount).filePath(u"settings.json"_s);
    CollectionStore store;
    Collection c = makeCollection();
    if (const Result<CollectionSaveReport> s = store.save(c, dir); !s) {
        say("problem " + s.errorMessage().toUtf8());
        return 3;
    }
    if (const Status s = AtomicFile::write(settings, R"({"schemaVersion":1,"old":true})"); !s) {
        say("problem " + s.errorMessage().toUtf8());
        return 3;
    }
    copyTree(mount, QDir(out).filePath(u"before"_s), {});

    const QString fillerPath = QDir(mount).filePath(u"filler"_s);
    QFile filler(fillerPath);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 3;
    const QByteArray block(4096, 'f');
    qint64 filled = 0;
    while (filler.write(block) == block.size())
        filled += block.size();
    // Leave a little room so that writes start and then run out of space.
    filler.close();
    if (!QFile::resize(fillerPath, std::max<qint64>(0, filled - 8192)))
        return 3;
    say("filled " + QByteArray::number(filled));

    int n = 0;
    setBodies(c.root, 777, &n);
    for (CollectionFolder &f : c.root.folders) {
        for (CollectionRequest &r : f.requests)
            r.spec.body += ' ' + QByteArray(20000, ' ');
    }
    const Result<CollectionSaveReport> saved = store.save(c, dir);
    say(saved ? QByteArray("collection saved") : "collection failed " + saved.errorMessage().toUtf8());
    say(maxGeneration(c.root) == 777 ? QByteArray("edits kept") : QByteArray("edits lost"));
    const Status written = AtomicFile::write(settings, QByteArray(40000, 'n'));
    say(written ? QByteArray("file saved") : "file failed " + written.errorMessage().toUtf8());
    copyTree(mount, QDir(out).filePath(u"after"_s), { u"filler"_s });
    say("copied");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == "save-loop"_L1 && args.size() == 3)
        return saveLoop(args.at(2));
    if ((mode == "journal"_L1 || mode == "journal-clean"_L1) && args.size() == 3)
        return journal(args.at(2), mode == "journal-clean"_L1);
    if (mode == "fill-disk"_L1 && args.size() == 4)
        return fillDisk(args.at(2), args.at(3));
    if (mode == "starve"_L1 && args.size() == 5)
        return starve(args.at(2), args.at(3), args.at(4).toLongLong());
    std::fputs("usage: opc_crashchild save-loop DIR | journal DIR | journal-clean DIR | starve DIR FILE LIMIT\n", stderr);
    return 2;
}
