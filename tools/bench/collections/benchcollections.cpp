// Opens a native collection of 3,000 requests in 100 folders in a shown
// CollectionsPane and prints: time from the start of the load to the tree
// painted with the collection in it (plus one turn of the event loop, so the
// window takes input), the longest gap between ticks of a 5 ms timer over
// that time, and peak resident memory. --baseline reads the same files with
// plain QFile + QJsonDocument on the GUI thread instead. One mode per
// process so that peaks do not mix.
//   bench_collections --generate DIR   writes DIR/bench-3000 (once)
//   bench_collections --measure DIR    prints "result ms stall_ms peak_MiB requests"
//   bench_collections --baseline DIR   the same figures for the plain read
#include "collections/collectionspane.h"
#include "collections/collectionstore.h"
#include "collections/collectiontreemodel.h"

#include "benchsupport.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <ctime>

namespace {

// CPU time of the calling thread: tells the GUI thread's own work apart
// from time spent waiting for a core on a busy machine.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

constexpr int kFolders = 100;
constexpr int kPerFolder = 30;

int generate(const QString &root)
{
    const QString dir = QDir(root).filePath(QStringLiteral("bench-3000"));
    QDir(dir).removeRecursively();
    opc::Collection c;
    c.name = QStringLiteral("Bench 3000");
    c.variables = { opc::KeyValue { QStringLiteral("baseUrl"), QStringLiteral("https://sandbox.apis.op.fi"), true } };
    static const char *methods[] = { "GET", "POST", "PUT", "DELETE", "PATCH" };
    for (int f = 0; f < kFolders; ++f) {
        const auto folder = c.addFolder({}, QStringLiteral("Folder %1").arg(f + 1, 3, 10, QLatin1Char('0')));
        for (int r = 0; r < kPerFolder; ++r) {
            opc::CollectionRequest req;
            req.name = QStringLiteral("Request %1.%2").arg(f + 1).arg(r + 1);
            req.description = QStringLiteral("Generated request %1 of folder %2.").arg(r + 1).arg(f + 1);
            req.spec.method = QString::fromLatin1(methods[(f + r) % 5]);
            req.spec.url = QStringLiteral("{{baseUrl}}/accounts/v3/accounts/%1/transactions").arg(f * kPerFolder + r);
            req.spec.query = { opc::KeyValue { QStringLiteral("pageSize"), QStringLiteral("10"), true } };
            req.spec.headers = { opc::KeyValue { QStringLiteral("x-session-id"), QStringLiteral("{{sessionId}}"), true },
                                 opc::KeyValue { QStringLiteral("Accept"), QStringLiteral("application/json"), true } };
            if (req.spec.method != QLatin1String("GET") && req.spec.method != QLatin1String("DELETE"))
                req.spec.body = QByteArrayLiteral("{\n    \"amount\": \"12.50\",\n    \"currency\": \"EUR\",\n"
                                                  "    \"message\": \"Bench payment\"\n}\n");
            c.addRequest(folder->folderPath, req);
        }
    }
    const auto saved = opc::CollectionStore().save(c, dir);
    if (!saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.errorMessage()));
        return 1;
    }
    std::printf("generated %d requests in %d folders (%d files) in %s\n", c.requestCount(), kFolders,
                saved->filesWritten, qPrintable(dir));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto arg = [&](const QString &name) {
        const qsizetype i = args.indexOf(name);
        return i < 0 ? QString() : args.value(i + 1);
    };
    if (!arg(QStringLiteral("--generate")).isEmpty())
        return generate(arg(QStringLiteral("--generate")));
    const bool baseline = args.contains(QStringLiteral("--baseline"));
    const QString root = baseline ? arg(QStringLiteral("--baseline")) : arg(QStringLiteral("--measure"));
    if (root.isEmpty()) {
        std::fprintf(stderr, "usage: bench_collections --generate DIR | --measure DIR | --baseline DIR\n");
        return 2;
    }

    // The same window in both modes: the pane, empty until the load.
    auto *pane = new opc::ui::CollectionsPane(baseline ? QDir::temp().filePath(QStringLiteral("opc-bench-empty"))
                                                       : root);
    pane->resize(420, 900);
    pane->show();
    if (!QTest::qWaitForWindowExposed(pane))
        return 1;
    QTest::qWait(100);

    opc::bench::StallProbe probe(&app);
    qint64 start = 0;
    probe.start();
    QTest::qWait(50);
    probe.reset();

    qint64 done = -1;
    int requests = 0;
    if (baseline) {
        QTimer::singleShot(0, &app, [&] {
            start = probe.now();
            probe.setOrigin(start);
            QDirIterator it(root, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
                if (doc.object().contains(QLatin1String("method")))
                    ++requests;
            }
            QTimer::singleShot(0, &app, [&] { done = probe.now() - start; });
        });
    } else {
        bool loaded = false;
        double cpuAtStart = 0;
        double cpuAtLoaded = 0;
        bool painted = false;
        struct PaintWatch : QObject
        {
            std::function<void()> onPaint;
            bool eventFilter(QObject *, QEvent *e) override
            {
                if (e->type() == QEvent::Paint && onPaint)
                    onPaint();
                return false;
            }
        } watch;
        watch.onPaint = [&] {
            if (loaded && !painted) {
                painted = true;
                // Painted; one more turn of the event loop and it takes input.
                QTimer::singleShot(0, &app, [&] {
                    done = probe.now() - start;
                    if (qEnvironmentVariableIsSet("OPC_BENCH_VERBOSE"))
                        std::fprintf(stderr, "GUI thread CPU from loaded to usable: %.1f ms\n",
                                     threadCpuMs() - cpuAtLoaded);
                });
            }
        };
        pane->view()->viewport()->installEventFilter(&watch);
        QObject::connect(pane, &opc::ui::CollectionsPane::collectionsLoaded, &app, [&] {
            loaded = true;
            cpuAtLoaded = threadCpuMs();
            if (qEnvironmentVariableIsSet("OPC_BENCH_VERBOSE"))
                std::fprintf(stderr, "loaded after %.1f ms, GUI thread CPU %.1f ms since the start\n",
                             (probe.now() - start) / 1e6, cpuAtLoaded - cpuAtStart);
            for (const QString &id : pane->model()->collectionIds())
                requests += pane->model()->collection(id)->requestCount();
            pane->view()->viewport()->update();
        });
        QTimer::singleShot(0, &app, [&] {
            start = probe.now();
            probe.setOrigin(start);
            cpuAtStart = threadCpuMs();
            pane->reload();
            if (qEnvironmentVariableIsSet("OPC_BENCH_VERBOSE"))
                std::fprintf(stderr, "reload() returned after %.1f ms of GUI thread CPU\n", threadCpuMs() - cpuAtStart);
        });
        QElapsedTimer limit;
        limit.start();
        while (done < 0 && limit.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        pane->view()->viewport()->removeEventFilter(&watch);
    }
    QElapsedTimer limit;
    limit.start();
    while (done < 0 && limit.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QTest::qWait(100);
    probe.stop();
    const qint64 peakKb = opc::bench::procStatusKb("VmHWM");
    if (qEnvironmentVariableIsSet("OPC_BENCH_VERBOSE"))
        std::fprintf(stderr, "longest stall ended %.1f ms after the load began\n", probe.maxGapAt() / 1e6);
    std::printf("result %.1f %.1f %.1f %d\n", done / 1e6, probe.maxGap() / 1e6, peakKb / 1024.0, requests);
    delete pane;
    return done < 0 || requests != kFolders * kPerFolder ? 2 : 0;
}
