// The collection runner against the embedded simulator (in its own
// thread), on one collection of N authorised GETs:
//   in process: CollectionRunner through ConsoleSession, one at a time and
//               four at once, against a bare QNetworkAccessManager loop
//               doing the same (the runner's overhead) and HttpEngine alone
//               (what the engine adds, what the session and runner add);
//               each the median of three rounds;
//   processes:  opconsole-cli run on the collection (and on one request),
//               newman, bru and httpyac on the same requests in their
//               formats, curl on one kept-alive connection as the floor;
//               wall time and the peak RSS of each process.
// Prints a table and writes JSON entries {"name","value","unit",
// "baseline":{"name","value"},"ratio"} to a file.

#include "benchsimulator.h"
#include "benchsupport.h"
#include "environments/environmentstore.h"
#include "model/token.h"
#include "net/httpengine.h"
#include "runner/collectionrunner.h"
#include "session/consolesession.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <fcntl.h>
#include <functional>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;

namespace {

/// One measured figure: what ran, how long, how much memory at the peak.
struct Figure
{
    QString tool;
    double wallMs = -1; ///< -1: did not run
    qint64 peakKb = -1;
    int ok = 0; ///< requests answered 200 (when the tool says)
    QString note;
    double rps(int n) const { return wallMs > 0 ? n / (wallMs / 1000.0) : 0; }
};

/// Runs @p argv with @p env added, output to @p log; wall time and the
/// child's peak RSS (sampled every 2 ms).
Figure spawnMeasured(const QString &tool, const QStringList &argv, const QStringList &extraEnv,
    const QString &cwd, const QString &log)
{
    Figure f;
    f.tool = tool;
    std::vector<QByteArray> args;
    for (const QString &a : argv) {
        args.push_back(a.toLocal8Bit());
    }
    std::vector<char *> cargs;
    for (QByteArray &a : args) {
        cargs.push_back(a.data());
    }
    cargs.push_back(nullptr);
    std::vector<QByteArray> envs;
    for (char **e = environ; *e; ++e) {
        envs.emplace_back(*e);
    }
    for (const QString &e : extraEnv) {
        envs.push_back(e.toLocal8Bit());
    }
    std::vector<char *> cenv;
    for (QByteArray &e : envs) {
        cenv.push_back(e.data());
    }
    cenv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray logPath = log.toLocal8Bit();
    posix_spawn_file_actions_addopen(
        &actions, 1, logPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    const QByteArray dir = cwd.toLocal8Bit();
    if (!cwd.isEmpty()) {
        posix_spawn_file_actions_addchdir_np(&actions, dir.constData());
    }
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned
        = posix_spawn(&pid, cargs.front(), &actions, nullptr, cargs.data(), cenv.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        f.note = u"could not start: %1"_s.arg(QString::fromLocal8Bit(strerror(spawned)));
        return f;
    }
    // The child's own peak: VmHWM of its memory after exec, read while it
    // runs (wait4's ru_maxrss would count this process's memory too, which
    // the child's exec inherits as its high-water mark).
    qint64 peakKb = 0;
    const QString statusPath = u"/proc/%1/status"_s.arg(pid);
    for (;;) {
        QFile status(statusPath);
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:")) {
                    peakKb = qMax(peakKb, line.mid(6).trimmed().split(' ').value(0).toLongLong());
                }
            }
        }
        siginfo_t info {};
        if (waitid(P_PID, pid_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0
            && info.si_pid == pid) {
            break;
        }
        usleep(2000);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) < 0) {
        f.note = u"waitpid failed"_s;
        return f;
    }
    f.wallMs = clock.nsecsElapsed() / 1e6;
    f.peakKb = peakKb;
    if (!WIFEXITED(status)) {
        f.note = u"killed by a signal"_s;
    } else if (WEXITSTATUS(status) != 0) {
        f.note = u"exit code %1 (see %2)"_s.arg(WEXITSTATUS(status)).arg(log);
    }
    return f;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

/// A Postman v2.1 collection of @p n GETs of @p url with each request's
/// status checked, for opconsole-cli run and newman.
QByteArray postman(int n, const QString &url, const QString &key, const QByteArray &token)
{
    QJsonArray items;
    for (int i = 0; i < n; ++i) {
        items.append(QJsonObject { { u"name"_s, u"accounts %1"_s.arg(i + 1) },
            { u"request"_s,
                QJsonObject { { u"method"_s, u"GET"_s }, { u"url"_s, url },
                    { u"header"_s,
                        QJsonArray {
                            QJsonObject { { u"key"_s, u"x-api-key"_s }, { u"value"_s, key } },
                            QJsonObject { { u"key"_s, u"Authorization"_s },
                                { u"value"_s,
                                    QString(u"Bearer "_s + QString::fromLatin1(token)) } } } } } },
            { u"event"_s,
                QJsonArray { QJsonObject { { u"listen"_s, u"test"_s },
                    { u"script"_s,
                        QJsonObject { { u"exec"_s,
                            QJsonArray {
                                u"pm.test(\"status is 200\", function () { pm.response.to.have.status(200); });"_s } } } } } } } });
    }
    const QJsonObject collection {
        { u"info"_s,
            QJsonObject { { u"name"_s, u"Runner bench"_s },
                { u"schema"_s,
                    u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s } } },
        { u"item"_s, items }
    };
    return QJsonDocument(collection).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const auto option = [&args](const QString &name) {
        const qsizetype i = args.indexOf(name);
        if (i <= 0 || i + 1 >= args.size()) {
            return QString();
        }
        const QString value = args.at(i + 1);
        args.remove(i, 2);
        return value;
    };
    const bool inProcessOnly = args.removeAll(u"--in-process-only"_s) > 0;
    const QString requested = option(u"--requests"_s);
    const int n = requested.isEmpty() ? 2000 : qMax(1, requested.toInt());
    const QString cli = option(u"--cli"_s);
    const QString work = option(u"--work"_s);
    QMap<QString, QString> tools;
    for (QString t = option(u"--tool"_s); !t.isEmpty(); t = option(u"--tool"_s)) {
        tools.insert(t.section(u'=', 0, 0), t.section(u'=', 1));
    }
    if (args.size() != 2 || cli.isEmpty() || work.isEmpty()) {
        QTextStream(stderr)
            << "usage: bench_runner [--in-process-only] [--requests N] --cli OPCONSOLE_CLI --work DIR "
               "[--tool newman=PATH] [--tool bru=PATH] [--tool httpyac=PATH] RESULTS.json"
            << Qt::endl;
        return 2;
    }
    const QString resultsPath = args.at(1);
    QDir(work).removeRecursively();
    QDir().mkpath(work);

    // --- the simulator in its own thread ---
    opc::bench::BenchSimulator sim;
    if (const QString error = sim.start(QDir(work).filePath(u"sim"_s)); !error.isEmpty()) {
        QTextStream(stderr) << "bench_runner: the simulator did not start: " << error << Qt::endl;
        return 2;
    }
    const QString url = sim.base + "/accounts/v3/accounts"_L1;
    const QByteArray token = opc::Token::staticToken(1).value.toLatin1();
    QList<Figure> figures;

    // --- 1. bare QNetworkAccessManager, 1 and 4 in flight ---
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.addCaCertificates({ sim.ca });
    const auto namRun = [&](int inFlight) {
        QNetworkAccessManager nam;
        Figure f;
        f.tool = u"QNetworkAccessManager loop (%1 at once)"_s.arg(inFlight);
        QEventLoop loop;
        int started = 0;
        int finished = 0;
        std::function<void()> next = [&] {
            QNetworkRequest req { QUrl(url) };
            req.setSslConfiguration(conf);
            req.setRawHeader("x-api-key", sim.apiKey.toLatin1());
            req.setRawHeader("Authorization", "Bearer " + token);
            ++started;
            QNetworkReply *reply = nam.get(req);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->readAll();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                    ++f.ok;
                }
                reply->deleteLater();
                if (++finished == n) {
                    loop.quit();
                } else if (started < n) {
                    next();
                }
            });
        };
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < qMin(inFlight, n); ++i) {
            next();
        }
        loop.exec();
        f.wallMs = t.nsecsElapsed() / 1e6;
        return f;
    };

    // --- 1b. HttpEngine alone, one at a time: what the engine adds ---
    const auto engineRun = [&] {
        opc::HttpEngine engine;
        opc::TlsProfile tls;
        tls.extraCaCertificates = { sim.ca };
        opc::PreparedRequest request;
        request.method = "GET";
        request.url = QUrl(url);
        request.headers = { { "x-api-key", sim.apiKey.toLatin1() },
            { "Authorization", "Bearer " + token } };
        Figure f;
        f.tool = u"HttpEngine loop (1 at once)"_s;
        QEventLoop loop;
        int finished = 0;
        QObject::connect(&engine, &opc::HttpEngine::finished, &loop,
            [&](quint64, const opc::Exchange &ex) {
                if (ex.status == 200) {
                    ++f.ok;
                }
                if (++finished == n) {
                    loop.quit();
                } else {
                    engine.send(request, tls);
                }
            });
        QElapsedTimer t;
        t.start();
        engine.send(request, tls);
        loop.exec();
        f.wallMs = t.nsecsElapsed() / 1e6;
        return f;
    };

    // --- 2. CollectionRunner through ConsoleSession, in this process ---
    QTemporaryDir data;
    opc::Settings settings(data.path());
    opc::ConsoleSession session(&settings);
    session.environments()->setLocalSimulator(sim.base, sim.caPath);
    opc::DemoIdentity identity;
    identity.id = u"bench"_s;
    identity.name = u"bench"_s;
    identity.apiKey = sim.apiKey;
    session.setDemoIdentity(identity);
    QList<opc::RunItem> items;
    for (int i = 0; i < n; ++i) {
        opc::RunItem item;
        item.id = item.name = item.path = u"accounts %1"_s.arg(i + 1);
        item.spec.url = u"/accounts/v3/accounts"_s;
        item.assertions = { opc::Assertion::of(opc::Assertion::Kind::StatusEquals, {}, u"200"_s) };
        items.append(item);
    }
    const auto runnerRun = [&](int concurrency) {
        opc::CollectionRunner runner(&session);
        opc::RunOptions options;
        options.applicationId = QString();
        options.token = opc::Token::staticToken(1);
        options.concurrency = concurrency;
        Figure f;
        f.tool = u"CollectionRunner (%1 at once)"_s.arg(concurrency);
        QEventLoop loop;
        QObject::connect(&runner, &opc::CollectionRunner::finished, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        runner.start(items, options, u"bench"_s);
        loop.exec();
        f.wallMs = t.nsecsElapsed() / 1e6;
        f.ok = runner.summary().passed;
        return f;
    };

    namRun(1); // warm-up: TLS session, simulator caches
    runnerRun(1);
    // Three rounds, each figure the median of its three: on a small
    // machine one run can be twice as slow as the next.
    const auto median = [](QList<Figure> runs) {
        std::sort(runs.begin(), runs.end(),
            [](const Figure &a, const Figure &b) { return a.wallMs < b.wallMs; });
        return runs.at(runs.size() / 2);
    };
    QList<Figure> nam1s, engine1s, runner1s, nam4s, runner4s;
    for (int round = 0; round < 3; ++round) {
        nam1s << namRun(1);
        engine1s << engineRun();
        runner1s << runnerRun(1);
        nam4s << namRun(4);
        runner4s << runnerRun(4);
    }
    const Figure nam1 = median(nam1s);
    const Figure engine1 = median(engine1s);
    const Figure runner1 = median(runner1s);
    const Figure nam4 = median(nam4s);
    const Figure runner4 = median(runner4s);
    const qint64 inProcessPeakKb = opc::bench::procStatusKb("VmHWM");
    figures << nam1 << engine1 << runner1 << nam4 << runner4;
    if (inProcessOnly) {
        // A quick look while working on the runner: no processes, no file.
        QTextStream out(stdout);
        for (const Figure &f : std::as_const(figures)) {
            out << u"%1 %2 ms %3 req/s\n"_s.arg(f.tool, -40).arg(f.wallMs, 9, 'f', 1).arg(f.rps(n), 6, 'f', 0);
        }
        return 0;
    }

    // --- 3. command-line runners on the same requests ---
    const QString postmanFile = QDir(work).filePath(u"bench.postman_collection.json"_s);
    const QString oneFile = QDir(work).filePath(u"one.postman_collection.json"_s);
    writeFile(postmanFile, postman(n, url, sim.apiKey, token));
    writeFile(oneFile, postman(1, url, sim.apiKey, token));
    const QStringList cliEnv { u"OPC_DATA_DIR="_s + QDir(work).filePath(u"cli-data"_s),
        u"QT_QPA_PLATFORM=offscreen"_s };
    const auto cliRun = [&](const QString &label, const QString &file, int concurrency) {
        return spawnMeasured(label,
            { cli, u"run"_s, file, u"--env"_s, sim.base, u"--api-key"_s, sim.apiKey, u"--cacert"_s,
                sim.caPath, u"--static-token"_s, u"1"_s, u"--concurrency"_s,
                QString::number(concurrency), u"--reporter"_s, u"json"_s, u"--out"_s,
                QDir(work).filePath(u"cli-report"_s) },
            cliEnv, {}, QDir(work).filePath(u"cli.log"_s));
    };
    cliRun(u"warm-up"_s, oneFile, 1);
    Figure cliOne = cliRun(u"opconsole-cli run, 1 request"_s, oneFile, 1);
    Figure cli1 = cliRun(u"opconsole-cli run (1 at once)"_s, postmanFile, 1);
    {
        QFile report(QDir(work).filePath(u"cli-report/report.json"_s));
        if (report.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(report.readAll()).object();
            cli1.ok = o.value(u"passed"_s)
                          .toInt(o.value(u"summary"_s).toObject().value(u"passed"_s).toInt());
        }
    }
    Figure cli4 = cliRun(u"opconsole-cli run (4 at once)"_s, postmanFile, 4);
    figures << cliOne << cli1 << cli4;

    const QStringList nodeEnv { u"NODE_EXTRA_CA_CERTS="_s + sim.caPath };
    Figure newman;
    newman.tool = u"newman run"_s;
    Figure bru;
    bru.tool = u"bru run"_s;
    Figure httpyac;
    httpyac.tool = u"httpyac send --all"_s;
    if (tools.contains(u"newman"_s)) {
        newman = spawnMeasured(u"newman run"_s,
            { tools.value(u"newman"_s), u"run"_s, postmanFile, u"--reporters"_s, u"cli"_s,
                u"--ssl-extra-ca-certs"_s, sim.caPath },
            nodeEnv, {}, QDir(work).filePath(u"newman.log"_s));
    } else {
        newman.note = u"not installed"_s;
    }
    if (tools.contains(u"bru"_s)) {
        const QString dir = QDir(work).filePath(u"bruno"_s);
        writeFile(
            dir + u"/bruno.json"_s, R"({"version":"1","name":"Runner bench","type":"collection"})");
        for (int i = 0; i < n; ++i) {
            writeFile(dir + u"/accounts-%1.bru"_s.arg(i + 1, 5, 10, QChar(u'0')),
                u"meta {\n  name: accounts %1\n  type: http\n  seq: %1\n}\n\nget {\n  url: %2\n  "
                u"body: none\n"
                "  auth: none\n}\n\nheaders {\n  x-api-key: %3\n  Authorization: Bearer %4\n}\n\n"
                "assert {\n  res.status: eq 200\n}\n"_s.arg(i + 1)
                    .arg(url, sim.apiKey, QString::fromLatin1(token))
                    .toUtf8());
        }
        bru = spawnMeasured(u"bru run"_s,
            { tools.value(u"bru"_s), u"run"_s, u"--cacert"_s, sim.caPath }, nodeEnv, dir,
            QDir(work).filePath(u"bru.log"_s));
    } else {
        bru.note = u"not installed"_s;
    }
    if (tools.contains(u"httpyac"_s)) {
        QByteArray http;
        for (int i = 0; i < n; ++i) {
            http += "### accounts " + QByteArray::number(i + 1) + "\nGET " + url.toUtf8()
                + "\nx-api-key: " + sim.apiKey.toLatin1() + "\nAuthorization: Bearer " + token
                + "\n\n?? status == 200\n\n";
        }
        const QString file = QDir(work).filePath(u"bench.http"_s);
        writeFile(file, http);
        httpyac = spawnMeasured(u"httpyac send --all"_s,
            { tools.value(u"httpyac"_s), u"send"_s, file, u"--all"_s }, nodeEnv, {},
            QDir(work).filePath(u"httpyac.log"_s));
    } else {
        httpyac.note = u"not installed"_s;
    }
    figures << newman << bru << httpyac;

    // curl: one process, all URLs, one kept-alive connection.
    QByteArray config = "silent\nshow-error\ncacert = \"" + sim.caPath.toUtf8()
        + "\"\nheader = \"x-api-key: " + sim.apiKey.toLatin1()
        + "\"\nheader = \"Authorization: Bearer " + token
        + "\"\nwrite-out = \"%{time_total}\\n\"\n";
    for (int i = 0; i < n; ++i) {
        config += "url = \"" + url.toUtf8() + "\"\noutput = \"/dev/null\"\n";
    }
    const QString curlConfig = QDir(work).filePath(u"curl.cfg"_s);
    writeFile(curlConfig, config);
    const Figure curl = spawnMeasured(u"curl (one process, keep-alive)"_s,
        { u"/usr/bin/curl"_s, u"--config"_s, curlConfig }, {}, {},
        QDir(work).filePath(u"curl.log"_s));
    figures << curl;
    // The simulator on one kept-alive connection: time per request of the
    // last quarter against the first (1.0 when a connection does not slow
    // down as it serves more requests).
    double firstQuarterMs = 0;
    double lastQuarterMs = 0;
    {
        QFile log(QDir(work).filePath(u"curl.log"_s));
        QList<double> times;
        if (log.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : log.readAll().split('\n')) {
                bool ok = false;
                const double t = line.trimmed().toDouble(&ok);
                if (ok) {
                    times << t * 1000.0;
                }
            }
        }
        const qsizetype quarter = times.size() / 4;
        for (qsizetype i = 0; i < quarter; ++i) {
            firstQuarterMs += times.at(i) / quarter;
            lastQuarterMs += times.at(times.size() - quarter + i) / quarter;
        }
    }

    sim.stop();

    QTextStream out(stdout);
    out << u"%1 authorised GETs of %2, each with its status checked\n"_s.arg(n).arg(url);
    out << u"%1 %2 %3 %4 %5  %6\n"_s.arg(u"runner"_s, -36)
               .arg(u"wall ms"_s, 10)
               .arg(u"req/s"_s, 9)
               .arg(u"peak MB"_s, 8)
               .arg(u"vs cli"_s, 7)
               .arg(u"note"_s);
    for (const Figure &f : std::as_const(figures)) {
        const bool one = f.tool.contains(u"1 request"_s);
        const double rps = f.rps(one ? 1 : n);
        out << u"%1 %2 %3 %4 %5  %6\n"_s.arg(f.tool, -36)
                   .arg(f.wallMs, 10, 'f', 1)
                   .arg(one ? 0.0 : rps, 9, 'f', 0)
                   .arg(f.peakKb > 0 ? f.peakKb / 1024.0 : 0.0, 8, 'f', 1)
                   .arg(f.wallMs > 0 && cli1.wallMs > 0 && !one ? f.wallMs / cli1.wallMs : 0.0, 7,
                       'f', 2)
                   .arg(f.note);
    }
    const double overhead1 = nam1.wallMs > 0 ? runner1.wallMs / nam1.wallMs - 1 : 0;
    const double engineOverhead = nam1.wallMs > 0 ? engine1.wallMs / nam1.wallMs - 1 : 0;
    const double overhead4 = nam4.wallMs > 0 ? runner4.wallMs / nam4.wallMs - 1 : 0;
    out << u"runner overhead over the bare loop: %1 % (1 at once; HttpEngine alone %4 %), %2 % (4 "
           u"at once); in-process peak %3 MB (runner, session and simulator)\n"_s
               .arg(overhead1 * 100, 0, 'f', 1)
               .arg(overhead4 * 100, 0, 'f', 1)
               .arg(inProcessPeakKb / 1024.0, 0, 'f', 1)
               .arg(engineOverhead * 100, 0, 'f', 1);
    out << u"one kept-alive connection to the simulator (curl): %1 ms a request in the first "
           u"quarter, %2 ms in the last\n"_s.arg(firstQuarterMs, 0, 'f', 3)
               .arg(lastQuarterMs, 0, 'f', 3);
    out.flush();

    const auto entry = &opc::bench::resultEntry;
    QJsonArray results;
    results.append(entry(u"runner.inprocess.sequential"_s, runner1.rps(n), u"req/s"_s,
        u"bare QNetworkAccessManager loop, 1 at once"_s, nam1.rps(n)));
    results.append(entry(u"runner.inprocess.engine_sequential"_s, engine1.rps(n), u"req/s"_s,
        u"bare QNetworkAccessManager loop, 1 at once"_s, nam1.rps(n)));
    results.append(entry(u"runner.inprocess.concurrency4"_s, runner4.rps(n), u"req/s"_s,
        u"bare QNetworkAccessManager loop, 4 at once"_s, nam4.rps(n)));
    results.append(entry(u"runner.cli.sequential"_s, cli1.rps(n), u"req/s"_s,
        u"curl, one process, keep-alive"_s, curl.rps(n)));
    results.append(entry(u"runner.cli.concurrency4"_s, cli4.rps(n), u"req/s"_s,
        u"opconsole-cli run, 1 at once"_s, cli1.rps(n)));
    results.append(entry(u"runner.cli.one_request_wall"_s, cliOne.wallMs, u"ms"_s,
        u"curl, wall time per request of its keep-alive run"_s, curl.wallMs / n));
    results.append(entry(u"runner.cli.peak_rss"_s, cli1.peakKb / 1024.0, u"MB"_s,
        u"curl peak RSS"_s, curl.peakKb / 1024.0));
    if (firstQuarterMs > 0) {
        results.append(entry(u"runner.simulator.keepalive_last_quarter"_s, lastQuarterMs, u"ms"_s,
            u"the first quarter of the same connection"_s, firstQuarterMs));
    }
    for (const Figure &f : { newman, bru, httpyac }) {
        if (f.wallMs > 0) {
            results.append(entry(u"runner.%1.wall_vs_cli"_s.arg(f.tool.section(u' ', 0, 0)),
                f.wallMs, u"ms"_s, u"opconsole-cli run, 1 at once"_s, cli1.wallMs));
            results.append(entry(u"runner.%1.peak_rss_vs_cli"_s.arg(f.tool.section(u' ', 0, 0)),
                f.peakKb / 1024.0, u"MB"_s, u"opconsole-cli run, 1 at once"_s,
                cli1.peakKb / 1024.0));
        }
    }
    if (!writeFile(resultsPath, QJsonDocument(results).toJson())) {
        QTextStream(stderr) << "bench_runner: cannot write " << resultsPath << Qt::endl;
        return 2;
    }
    return runner1.ok == n && runner4.ok == n && nam1.ok == n ? 0 : 1;
}
