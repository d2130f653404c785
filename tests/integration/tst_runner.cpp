// The collection runner against the simulator over real sockets: captures
// feeding later requests, assertions, reports, the quota pause and cancel.
#include "collections/collection.h"
#include "embeddedsimulator.h"
#include "runner/collectionrunner.h"
#include "runner/runreport.h"
#include "sandboxserver.h"
#include "session/consolesession.h"
#include "settings/settings.h"
#include "simulatorlink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace opc;
using namespace Qt::StringLiterals;

namespace {

RunItem item(
    const QString &name, const QString &method, const QString &url, const QByteArray &body = {})
{
    RunItem i;
    i.id = name;
    i.name = name;
    i.path = u"Payments/"_s + name;
    i.spec.method = method;
    i.spec.url = url;
    i.spec.body = body;
    if (!body.isEmpty()) {
        i.spec.headers.append({ u"Content-Type"_s, u"application/json"_s, true });
    }
    return i;
}

const QByteArray kPayment
    = R"({"amount":5,"subject":"Lounaslasku","currency":"EUR",)"
      R"("payerIban":"FI3959986920207073","receiverBic":"OKOYFIHH",)"
      R"("receiverIban":"FI4859986920215738","receiverName":"Pekka Lahtinen"})";

/// Initiate a payment, capture its id, confirm it, fetch it.
QList<RunItem> paymentFlow()
{
    RunItem initiate = item(u"Initiate"_s, u"POST"_s, u"/v1/payments/initiate"_s, kPayment);
    initiate.assertions = { Assertion::of(Assertion::Kind::StatusEquals, {}, u"200"_s),
        Assertion::of(Assertion::Kind::JsonEquals, u"/status"_s, u"\"INITIATED\""_s),
        Assertion::of(Assertion::Kind::NoErrors, {}, u"no-warn"_s) };
    Capture id;
    id.variable = u"paymentId"_s;
    id.source = Capture::Source::JsonPointer;
    id.expression = u"/paymentId"_s;
    initiate.captures = { id };
    RunItem confirm = item(
        u"Confirm"_s, u"POST"_s, u"/v1/payments/confirm"_s, R"({"paymentId":"{{paymentId}}"})");
    confirm.assertions = { Assertion::of(Assertion::Kind::StatusInRange, {}, u"200-299"_s),
        Assertion::of(Assertion::Kind::JsonEquals, u"/status"_s, u"\"CONFIRMED\""_s) };
    RunItem fetch = item(u"Fetch"_s, u"GET"_s, u"/v1/payments/{{paymentId}}"_s);
    fetch.assertions
        = { Assertion::of(Assertion::Kind::JsonEquals, u"/status"_s, u"\"CONFIRMED\""_s),
              Assertion::of(Assertion::Kind::HeaderExists, u"x-ratelimit-remaining"_s, {}),
              Assertion::of(Assertion::Kind::JsonType, u"/amount"_s, u"number"_s) };
    return { initiate, confirm, fetch };
}

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void capturesFeedLaterRequestsAndAssertionsPass();
    void aFailingAssertionIsReportedByName();
    void iterationsTakeTheirDataRows();
    void pausesAtZeroQuotaAndResumesAfterAReset();
    void cancelStopsCleanly();
    void budgetCountsQuotadRequests();
    void concurrentRequestsOverlapAndCaptureChainsKeepTheirOrder();
    void concurrentRunPausesAtZeroQuotaAndLosesNothing();
    void aSelectionRunsInTreeOrder();
    void aRunForReportsKeepsWhatTheyShow();

private:
    RunSummary runToEnd(const QList<RunItem> &items, const RunOptions &options);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<sandbox::SimulatorLink> m_simulator;
    std::unique_ptr<CollectionRunner> m_runner;
};

void TestRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->path());
    m_session = std::make_unique<ConsoleSession>(m_settings.get());
    m_simulator = std::make_unique<sandbox::SimulatorLink>(m_session.get());
    QVERIFY(m_simulator->start(m_settings->path(u"sandbox"_s), u"Demo application"_s));
    m_runner = std::make_unique<CollectionRunner>(m_session.get());
}

void TestRunner::cleanup()
{
    m_runner.reset();
    m_simulator.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

RunSummary TestRunner::runToEnd(const QList<RunItem> &items, const RunOptions &options)
{
    QSignalSpy finished(m_runner.get(), &CollectionRunner::finished);
    if (!m_runner->start(items, options, u"Payment flow"_s)) {
        return {};
    }
    if (!finished.wait(30000)) {
        return {};
    }
    return finished.first().first().value<RunSummary>();
}

void TestRunner::capturesFeedLaterRequestsAndAssertionsPass()
{
    RunOptions options;
    options.applicationId = QString();
    options.token = Token::staticToken(1);
    const RunSummary summary = runToEnd(paymentFlow(), options);
    QCOMPARE(summary.results.size(), 3);
    for (const RunResult &r : summary.results) {
        QVERIFY2(r.passed(), qPrintable(r.item.name + u": "_s + r.failureSummary()));
    }
    QCOMPARE(summary.passed, 3);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.assertionsPassed, 8);
    QCOMPARE(summary.countsLine(), u"3 passed, 0 failed"_s);
    // The id captured from the first response is the one fetched last.
    const QString id = QJsonDocument::fromJson(summary.results.at(0).exchange.body)
                           .object()
                           .value("paymentId"_L1)
                           .toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(summary.results.at(2).exchange.url.endsWith(id));

    // Reports: JUnit has one passing testcase per request; no credential
    // the requests carried appears in any report.
    const QByteArray junit = RunReport::junit(summary, m_runner->secrets());
    QVERIFY(junit.contains(R"(tests="3" failures="0")"));
    QVERIFY(!junit.contains("<failure"));
    QVERIFY(!m_runner->secrets().isEmpty());
    for (const QByteArray &secret : m_runner->secrets()) {
        QVERIFY(!junit.contains(secret));
        QVERIFY(!RunReport::json(summary, m_runner->secrets()).contains(secret));
        QVERIFY(!RunReport::html(summary, m_runner->secrets()).contains(secret));
    }
    const QByteArray html = RunReport::html(summary, m_runner->secrets());
    QVERIFY(html.contains("<svg"));
    QVERIFY(!html.contains("<script"));
}

void TestRunner::aFailingAssertionIsReportedByName()
{
    RunItem accounts = item(u"Accounts"_s, u"GET"_s, u"/accounts/v3/accounts"_s);
    accounts.assertions = { Assertion::of(Assertion::Kind::StatusEquals, {}, u"201"_s),
        Assertion::of(Assertion::Kind::ResponseTimeBelow, {}, u"10000"_s) };
    RunItem unknown = item(u"Unknown account"_s, u"GET"_s, u"/accounts/v3/accounts/unknown-id"_s);
    unknown.assertions = { Assertion::of(Assertion::Kind::StatusEquals, {}, u"404"_s) };
    RunOptions options;
    options.applicationId = QString();
    options.token = Token::staticToken(1);
    const RunSummary summary = runToEnd({ accounts, unknown }, options);
    QCOMPARE(summary.passed, 1);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.assertionsFailed, 1);
    QCOMPARE(summary.results.at(0).failureSummary(), u"status is 201: got 200"_s);

    QXmlStreamReader xml(RunReport::junit(summary, m_runner->secrets()));
    int cases = 0;
    QString failure;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == "testcase"_L1) {
                ++cases;
            } else if (xml.name() == "failure"_L1) {
                failure = xml.attributes().value("message"_L1).toString();
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(cases, 2);
    QCOMPARE(failure, u"status is 201: got 200"_s);
    QVERIFY(RunReport::cli(summary, {}).endsWith(u"1 passed, 1 failed\n"_s));

    // --bail: the second request is not run but reported as skipped.
    options.bail = true;
    const RunSummary bailed = runToEnd({ accounts, unknown }, options);
    QCOMPARE(bailed.failed, 1);
    QCOMPARE(bailed.skipped, 1);
    QCOMPARE(bailed.countsLine(), u"0 passed, 1 failed, 1 skipped"_s);
}

void TestRunner::iterationsTakeTheirDataRows()
{
    RunItem echo = item(u"Echo"_s, u"GET"_s, u"/__echo?customer={{customer}}"_s);
    echo.assertions = { Assertion::of(Assertion::Kind::StatusEquals, {}, u"200"_s) };
    Capture seen;
    seen.variable = u"seen"_s;
    seen.source = Capture::Source::BodyRegex;
    seen.expression = u"customer=(\\w+)"_s;
    echo.captures = { seen };
    RunOptions options;
    options.applicationId = QString();
    options.data = { { { u"customer"_s, u"alice"_s } }, { { u"customer"_s, u"bob"_s } } };
    const RunSummary summary = runToEnd({ echo }, options);
    QCOMPARE(summary.results.size(), 2);
    QCOMPARE(summary.passed, 2);
    QVERIFY(summary.results.at(0).exchange.url.endsWith(u"customer=alice"_s));
    QVERIFY(summary.results.at(1).exchange.url.endsWith(u"customer=bob"_s));
    QCOMPARE(summary.results.at(1).iteration, 1);
    QVERIFY(RunReport::junit(summary, {}).contains("[iteration 2]"));
}

void TestRunner::pausesAtZeroQuotaAndResumesAfterAReset()
{
    // Two requests left today, four to make: the third gets a 429.
    const QString key = m_session->demoIdentity().apiKey;
    QVERIFY(m_simulator->simulator()->server()->setQuota(key, 1000, 998));
    QList<RunItem> items;
    for (int i = 0; i < 4; ++i) {
        RunItem accounts = item(u"Accounts %1"_s.arg(i), u"GET"_s, u"/accounts/v3/accounts"_s);
        accounts.assertions = { Assertion::of(Assertion::Kind::StatusEquals, {}, u"200"_s) };
        items.append(accounts);
    }
    RunOptions options;
    options.applicationId = QString();
    options.token = Token::staticToken(1);
    options.onQuota = RunOptions::OnQuota::Pause;
    options.probeIntervalMs = 100;
    QSignalSpy paused(m_runner.get(), &CollectionRunner::paused);
    QSignalSpy resumed(m_runner.get(), &CollectionRunner::resumed);
    QSignalSpy finished(m_runner.get(), &CollectionRunner::finished);
    QVERIFY(m_runner->start(items, options));
    QVERIFY(paused.wait(15000));
    QVERIFY(m_runner->isPaused());
    QVERIFY(paused.first().first().toDateTime() > QDateTime::currentDateTimeUtc());
    // Probes meet the 429 until the quota is reset; then the run goes on.
    QTest::qWait(350);
    QVERIFY(resumed.isEmpty());
    QVERIFY(finished.isEmpty());
    QVERIFY(m_simulator->simulator()->server()->setQuota(key, 1000, 0));
    QVERIFY(finished.wait(15000));
    QCOMPARE(resumed.size(), 1);
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QCOMPARE(summary.passed, 4);
    QCOMPARE(summary.failed, 0);
    for (const RunResult &r : summary.results) {
        QCOMPARE(r.exchange.status, 200);
    }

    // With OnQuota::Stop the run ends at the 429 and the rest is skipped.
    QVERIFY(m_simulator->simulator()->server()->setQuota(key, 1000, 999));
    options.onQuota = RunOptions::OnQuota::Stop;
    const RunSummary stopped = runToEnd(items, options);
    QCOMPARE(stopped.passed, 1);
    QCOMPARE(stopped.failed, 1); // the 429 fails "status is 200"
    QCOMPARE(stopped.skipped, 2);
    QVERIFY(stopped.stopReason.contains(u"429"_s));
}

void TestRunner::cancelStopsCleanly()
{
    QList<RunItem> items;
    for (int i = 0; i < 10; ++i) {
        items.append(item(u"Echo %1"_s.arg(i), u"GET"_s, u"/__echo?n=%1"_s.arg(i)));
    }
    RunOptions options;
    options.applicationId = QString();
    options.delayMs = 200;
    QSignalSpy one(m_runner.get(), &CollectionRunner::requestFinished);
    QSignalSpy finished(m_runner.get(), &CollectionRunner::finished);
    QVERIFY(m_runner->start(items, options));
    QVERIFY(one.wait(10000));
    m_runner->cancel();
    QVERIFY(finished.wait(5000) || !finished.isEmpty());
    QVERIFY(!m_runner->isRunning());
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.results.size(), 10);
    QCOMPARE(summary.passed, 1);
    QCOMPARE(summary.skipped, 9);
    // Nothing is sent after the cancel.
    const int sent = int(one.size());
    QTest::qWait(500);
    QCOMPARE(int(one.size()), sent);
    // The runner can run again.
    QVERIFY(runToEnd({ items.first() }, options).passed == 1);
}

void TestRunner::budgetCountsQuotadRequests()
{
    RunOptions options;
    options.applicationId = QString();
    options.iterations = 3;
    QList<RunItem> items = paymentFlow();
    items.append(item(u"Echo"_s, u"GET"_s, u"/__echo"_s));
    items.append(item(u"Via variable"_s, u"GET"_s, u"{{baseUrl}}/accounts/v3/accounts"_s));
    const QuotaBudget before = m_runner->budget(items, options);
    QCOMPARE(before.needed, 12); // 4 quota'd requests x 3 iterations; the echo is free
    QVERIFY(!before.known());
    QVERIFY(before.enough());
    // After a response the tracker knows what is left.
    options.iterations = 1;
    runToEnd({ items.last() }, options);
    const QuotaBudget after = m_runner->budget(items, options);
    QVERIFY(after.known());
    QCOMPARE(after.remaining, 999);
    QVERIFY(after.enough());
}

namespace {

/// The most exchanges of @p summary that were on the wire at one moment.
int mostAtOnce(const RunSummary &summary)
{
    QList<std::pair<qint64, int>> edges;
    for (const RunResult &r : summary.results) {
        const qint64 start = r.exchange.startedAt.toMSecsSinceEpoch();
        edges.append({ start, +1 });
        edges.append({ start + qMax<qint64>(1, r.exchange.timings.finished), -1 });
    }
    std::sort(edges.begin(), edges.end()); // an end sorts before a start at the same moment
    int now = 0;
    int most = 0;
    for (const auto &edge : std::as_const(edges)) {
        now += edge.second;
        most = qMax(most, now);
    }
    return most;
}

} // namespace

void TestRunner::concurrentRequestsOverlapAndCaptureChainsKeepTheirOrder()
{
    RunOptions options;
    options.applicationId = QString();
    options.token = Token::staticToken(1);
    // Every API answer takes 300 ms from here on (the simulator's admin port).
    QNetworkAccessManager admin;
    QNetworkRequest faults(
        QUrl(u"http://127.0.0.1:%1/faults"_s.arg(m_simulator->simulator()->server()->adminPort())));
    faults.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> set(admin.put(faults, QByteArray(R"({"latencyMs":300})")));
    QSignalSpy setDone(set.get(), &QNetworkReply::finished);
    QVERIFY(setDone.wait(5000));
    QCOMPARE(set->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    QList<RunItem> items;
    for (int i = 0; i < 8; ++i) {
        RunItem accounts = item(u"Accounts %1"_s.arg(i), u"GET"_s, u"/accounts/v3/accounts"_s);
        accounts.assertions = { Assertion::of(Assertion::Kind::StatusEquals, {}, u"200"_s) };
        items.append(accounts);
    }
    options.concurrency = 4;
    const RunSummary parallel = runToEnd(items, options);
    QCOMPARE(parallel.passed, 8);
    QCOMPARE(mostAtOnce(parallel), 4);
    // Results are reported in run order whatever order they arrived in.
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(parallel.results.at(i).index, i);
    }
    options.concurrency = 1;
    QCOMPARE(mostAtOnce(runToEnd(items, options)), 1);

    // Confirm and fetch use the id that Initiate captures: they wait for
    // it; the free-standing requests around them do not.
    QList<RunItem> flow = paymentFlow();
    flow.insert(1, items.at(0));
    flow.append(items.at(1));
    flow.append(items.at(2));
    options.concurrency = 4;
    options.iterations = 2;
    const RunSummary chained = runToEnd(flow, options);
    for (const RunResult &r : chained.results) {
        QVERIFY2(r.passed(), qPrintable(r.item.name + u": "_s + r.failureSummary()));
    }
    QCOMPARE(chained.passed, 12);
    for (int iteration = 0; iteration < 2; ++iteration) {
        const RunResult &initiate = chained.results.at(iteration * 6);
        const RunResult &confirm = chained.results.at(iteration * 6 + 2);
        QCOMPARE(initiate.item.name, u"Initiate"_s);
        QCOMPARE(confirm.item.name, u"Confirm"_s);
        QVERIFY(confirm.exchange.startedAt.toMSecsSinceEpoch()
            >= initiate.exchange.startedAt.toMSecsSinceEpoch()
                + initiate.exchange.timings.finished);
        const QString id = QJsonDocument::fromJson(initiate.exchange.body)
                               .object()
                               .value("paymentId"_L1)
                               .toString();
        QVERIFY(chained.results.at(iteration * 6 + 3).exchange.url.endsWith(id));
    }
    QVERIFY(mostAtOnce(chained) > 1);
}

void TestRunner::concurrentRunPausesAtZeroQuotaAndLosesNothing()
{
    // Three requests left, ten to make four at a time: some meet a 429
    // while others are in flight; each is sent again after the reset.
    const QString key = m_session->demoIdentity().apiKey;
    QVERIFY(m_simulator->simulator()->server()->setQuota(key, 1000, 997));
    QList<RunItem> items;
    for (int i = 0; i < 10; ++i) {
        RunItem accounts = item(u"Accounts %1"_s.arg(i), u"GET"_s, u"/accounts/v3/accounts"_s);
        accounts.assertions = { Assertion::of(Assertion::Kind::StatusEquals, {}, u"200"_s) };
        items.append(accounts);
    }
    RunOptions options;
    options.applicationId = QString();
    options.token = Token::staticToken(1);
    options.concurrency = 4;
    options.probeIntervalMs = 100;
    QSignalSpy paused(m_runner.get(), &CollectionRunner::paused);
    QSignalSpy finished(m_runner.get(), &CollectionRunner::finished);
    QVERIFY(m_runner->start(items, options));
    QVERIFY(paused.wait(15000));
    QTest::qWait(300);
    QVERIFY(finished.isEmpty());
    QVERIFY(m_simulator->simulator()->server()->setQuota(key, 1000, 0));
    QVERIFY(finished.wait(15000));
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QCOMPARE(summary.passed, 10);
    QCOMPARE(summary.results.size(), 10);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(summary.results.at(i).index, i);
        QCOMPARE(summary.results.at(i).exchange.status, 200);
    }
}

void TestRunner::aSelectionRunsInTreeOrder()
{
    Collection c;
    c.name = u"Tree"_s;
    const auto request = [](const QString &name) {
        CollectionRequest r;
        r.name = name;
        r.spec.url = u"/__echo?r="_s + name;
        return r;
    };
    c.addRequest({}, request(u"top"_s));
    const auto folder = c.addFolder({}, u"Folder"_s);
    c.addRequest(folder->folderPath, request(u"inner"_s));
    const auto sub = c.addFolder(folder->folderPath, u"Sub"_s);
    c.addRequest(sub->folderPath, request(u"deep"_s));
    c.addRequest({}, request(u"second top"_s));
    // The whole tree: a folder's requests before its subfolders.
    QStringList all;
    for (const RunItem &i : CollectionRunner::itemsOf(c)) {
        all.append(i.path);
    }
    QCOMPARE(
        all, (QStringList { u"top"_s, u"second top"_s, u"Folder/inner"_s, u"Folder/Sub/deep"_s }));
    // A selection given in any order, with a folder and a request twice.
    const QList<CollectionNodeRef> picked { { sub->folderPath, 0 }, { {}, 1 },
        { folder->folderPath, -1 }, { {}, 0 }, { sub->folderPath, 0 } };
    QStringList paths;
    for (const RunItem &i : CollectionRunner::itemsAt(c, picked)) {
        paths.append(i.path);
    }
    QCOMPARE(paths, (QStringList { u"top"_s, u"second top"_s, u"Folder/Sub/deep"_s }));
    RunOptions options;
    options.applicationId = QString();
    const RunSummary summary = runToEnd(CollectionRunner::itemsAt(c, picked), options);
    QCOMPARE(summary.passed, 3);
    QVERIFY(summary.results.at(2).exchange.url.endsWith(u"r=deep"_s));
}

void TestRunner::aRunForReportsKeepsWhatTheyShow()
{
    // opconsole-cli run keeps no passed response's body: a long run's
    // memory does not grow with them. What the reports show stays: the
    // status, the time, a WARN the server sent; and all of a failure.
    RunItem accounts = item(u"Accounts"_s, u"GET"_s, u"/accounts/v3/accounts"_s);
    accounts.assertions = { Assertion::of(Assertion::Kind::StatusEquals, {}, u"200"_s) };
    RunItem warned = item(u"Warned"_s, u"GET"_s, u"/__test/status?code=200"_s);
    warned.assertions = { Assertion::of(Assertion::Kind::StatusEquals, {}, u"200"_s) };
    RunItem unknown = item(u"Unknown account"_s, u"GET"_s, u"/accounts/v3/accounts/unknown-id"_s);
    unknown.assertions = { Assertion::of(Assertion::Kind::StatusEquals, {}, u"200"_s) };
    RunOptions options;
    options.applicationId = QString();
    options.token = Token::staticToken(1);
    const RunSummary full = runToEnd({ accounts, warned, unknown }, options);
    QCOMPARE(full.results.size(), 3);
    QVERIFY(!full.results.at(0).exchange.body.isEmpty());
    QVERIFY(!full.results.at(0).exchange.tls.peerChain.isEmpty());

    options.keepPassedExchanges = false;
    const RunSummary light = runToEnd({ accounts, warned, unknown }, options);
    QCOMPARE(light.passed, 2);
    QCOMPARE(light.failed, 1);
    const Exchange &passed = light.results.at(0).exchange;
    QVERIFY(passed.body.isEmpty());
    QVERIFY(passed.tls.peerChain.isEmpty());
    QVERIFY(passed.hops.isEmpty());
    QCOMPARE(passed.status, 200);
    QVERIFY(passed.timings.finished >= 0);
    QVERIFY(passed.bodySize > 0);
    QCOMPARE(light.results.at(1).mostSevereLevel(), u"WARN"_s);
    const Exchange &failed = light.results.at(2).exchange;
    QCOMPARE(failed.status, 404);
    QVERIFY(!failed.body.isEmpty());
    QVERIFY(!failed.tls.peerChain.isEmpty());
    // The reports read the same from both runs.
    const QJsonArray fullJson = QJsonDocument::fromJson(RunReport::json(full, {})).object().value("results"_L1).toArray();
    const QJsonArray lightJson = QJsonDocument::fromJson(RunReport::json(light, {})).object().value("results"_L1).toArray();
    QCOMPARE(lightJson.size(), fullJson.size());
    for (qsizetype i = 0; i < fullJson.size(); ++i) {
        QJsonObject a = fullJson.at(i).toObject();
        QJsonObject b = lightJson.at(i).toObject();
        a.remove(u"timeMs"_s);
        b.remove(u"timeMs"_s);
        QCOMPARE(b, a);
    }
}

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
