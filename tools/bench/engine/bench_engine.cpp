// Sequential authorised GETs on loopback against the embedded simulator
// (running in its own thread), through HttpEngine, through a bare
// QNetworkAccessManager loop and through one curl process fetching the same
// URLs over keep-alive. Prints a table and writes JSON entries
// {"name","value","unit","baseline":{"name","value"},"ratio"} to a file.

#include "benchsimulator.h"
#include "benchsupport.h"
#include "model/token.h"
#include "net/httpengine.h"
#include "net/requestbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

qint64 rssKb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    int n = 2000;
    const qsizetype ni = args.indexOf(u"--requests"_s);
    if (ni > 0 && ni + 1 < args.size()) {
        n = qMax(1, args.at(ni + 1).toInt());
        args.remove(ni, 2);
    }
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: bench_engine [--requests N] RESULTS.json" << Qt::endl;
        return 2;
    }
    const QString resultsPath = args.at(1);

    // --- the simulator in its own thread, so client and server do not share one event loop ---
    QTemporaryDir dir;
    opc::bench::BenchSimulator sim;
    if (const QString error = sim.start(dir.filePath(u"sim"_s)); !error.isEmpty()) {
        QTextStream(stderr) << "bench_engine: the simulator did not start: " << error << Qt::endl;
        return 2;
    }
    const QString url = sim.base + "/accounts/v3/accounts"_L1;
    const QByteArray token = opc::Token::staticToken(1).value.toLatin1();

    // --- 1. HttpEngine (RequestBuilder per request, as the console does) ---
    opc::HttpEngine engine;
    opc::TlsProfile tls;
    tls.extraCaCertificates = { sim.ca };
    opc::RequestContext ctx;
    ctx.environment = opc::Environment::localSimulator(sim.base, sim.caPath);
    ctx.apiKey = sim.apiKey;
    ctx.token = opc::Token::staticToken(1);
    ctx.sessionId = u"bench"_s;
    opc::ApiProduct product;
    product.id = u"accounts-v3"_s;
    product.basePath = u"/accounts/v3"_s;
    product.tokenHeader = u"Authorization"_s;
    ctx.product = product;
    opc::RequestSpec spec;
    spec.url = u"/accounts/v3/accounts"_s;

    const qint64 rssBefore = rssKb("VmRSS:");
    int engineOk = 0;
    QElapsedTimer t;
    {
        QEventLoop loop;
        int remaining = n;
        std::function<void()> next;
        QObject::connect(
            &engine, &opc::HttpEngine::finished, &loop, [&](quint64, const opc::Exchange &e) {
                if (e.status == 200)
                    ++engineOk;
                if (--remaining == 0)
                    loop.quit();
                else
                    next();
            });
        next = [&] {
            auto r = opc::RequestBuilder::build(spec, ctx);
            engine.send(*r, tls);
        };
        t.start();
        next();
        loop.exec();
    }
    const double engineSecs = t.nsecsElapsed() / 1e9;
    const qint64 rssAfterEngine = rssKb("VmRSS:");

    // --- 2. bare QNetworkAccessManager loop ---
    QNetworkAccessManager nam;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.addCaCertificates({ sim.ca });
    int namOk = 0;
    {
        QEventLoop loop;
        int remaining = n;
        std::function<void()> next = [&] {
            QNetworkRequest req { QUrl(url) };
            req.setSslConfiguration(conf);
            req.setRawHeader("x-api-key", sim.apiKey.toLatin1());
            req.setRawHeader("Authorization", "Bearer " + token);
            QNetworkReply *reply = nam.get(req);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->readAll();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                    ++namOk;
                reply->deleteLater();
                if (--remaining == 0)
                    loop.quit();
                else
                    next();
            });
        };
        t.start();
        next();
        loop.exec();
    }
    const double namSecs = t.nsecsElapsed() / 1e9;

    // --- 3. curl: one process, all URLs, one kept-alive connection ---
    QFile config(dir.filePath(u"curl.cfg"_s));
    if (!config.open(QIODevice::WriteOnly))
        return 2;
    config.write("silent\nshow-error\n");
    config.write("cacert = \"" + sim.caPath.toUtf8() + "\"\n");
    config.write("header = \"x-api-key: " + sim.apiKey.toLatin1() + "\"\n");
    config.write("header = \"Authorization: Bearer " + token + "\"\n");
    config.write("write-out = \"%{http_code}\\n\"\n");
    for (int i = 0; i < n; ++i)
        config.write("url = \"" + url.toUtf8() + "\"\noutput = \"/dev/null\"\n");
    config.close();
    QProcess curl;
    int curlOk = 0;
    double curlSecs = -1;
    {
        QEventLoop loop;
        QObject::connect(&curl, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&curl, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        t.start();
        curl.start(u"curl"_s, { u"--config"_s, config.fileName() });
        loop.exec();
        curlSecs = t.nsecsElapsed() / 1e9;
        curlOk = int(curl.readAllStandardOutput().count("200\n"));
        const QByteArray curlErr = curl.readAllStandardError();
        if (curlOk == 0)
            QTextStream(stderr) << "bench_engine: curl failed: " << curlErr.left(500) << Qt::endl;
    }

    sim.stop();

    const double engineRps = n / engineSecs;
    const double namRps = n / namSecs;
    const double curlRps = curlOk > 0 ? n / curlSecs : 0;
    const qint64 peakKb = rssKb("VmHWM:");

    QTextStream out(stdout);
    out << QStringLiteral("%1 sequential authorised GETs of %2\n").arg(n).arg(url);
    out << QStringLiteral("%1 %2 %3\n").arg(u"client"_s, -22).arg(u"req/s"_s, 10).arg(u"ok"_s, 6);
    out << QStringLiteral("%1 %2 %3\n")
               .arg(u"HttpEngine"_s, -22)
               .arg(engineRps, 10, 'f', 0)
               .arg(engineOk, 6);
    out << QStringLiteral("%1 %2 %3\n")
               .arg(u"QNetworkAccessManager"_s, -22)
               .arg(namRps, 10, 'f', 0)
               .arg(namOk, 6);
    out << QStringLiteral("%1 %2 %3\n")
               .arg(u"curl (keep-alive)"_s, -22)
               .arg(curlRps, 10, 'f', 0)
               .arg(curlOk, 6);
    out << QStringLiteral("HttpEngine / QNAM: %1   HttpEngine / curl: %2\n")
               .arg(engineRps / namRps, 0, 'f', 2)
               .arg(curlRps > 0 ? engineRps / curlRps : 0, 0, 'f', 2);
    out << QStringLiteral(
        "RSS: %1 MB before, %2 MB after the HttpEngine run, peak %3 MB (client and simulator)\n")
               .arg(rssBefore / 1024.0, 0, 'f', 1)
               .arg(rssAfterEngine / 1024.0, 0, 'f', 1)
               .arg(peakKb / 1024.0, 0, 'f', 1);
    out.flush();

    const auto entry = &opc::bench::resultEntry;
    QJsonArray results;
    results.append(entry(u"engine.get.httpengine_vs_qnam"_s, engineRps, u"req/s"_s,
        u"bare QNetworkAccessManager loop"_s, namRps));
    results.append(entry(u"engine.get.httpengine_vs_curl"_s, engineRps, u"req/s"_s,
        u"curl, one process, keep-alive"_s, curlRps));
    results.append(entry(u"engine.rss_after_2000_gets"_s, rssAfterEngine / 1024.0, u"MB"_s,
        u"RSS before the run"_s, rssBefore / 1024.0));
    QFile f(resultsPath);
    if (!f.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << "bench_engine: cannot write " << resultsPath << Qt::endl;
        return 2;
    }
    f.write(QJsonDocument(results).toJson());
    return (engineOk == n && namOk == n) ? 0 : 1;
}
