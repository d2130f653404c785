#include "runner/collectionrunner.h"

#include "apps/applicationstore.h"
#include "collections/collection.h"
#include "errors/errorpayload.h"
#include "quota/quotatracker.h"
#include "session/consolesession.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace opc {

namespace {


RunItem itemOf(const CollectionRequest &request, const QString &prefix)
{
    RunItem item;
    item.id = request.fileName.isEmpty() ? prefix + request.name : prefix + request.fileName;
    item.name = request.name;
    item.path = prefix + request.name;
    item.spec = request.spec;
    item.assertions = request.assertions;
    item.captures = request.captures;
    return item;
}

/// "Folder/Sub/" for the folder at @p folderPath; nullptr for a path that
/// does not exist.
const CollectionFolder *walk(
    const Collection &collection, const QList<int> &folderPath, QString *prefix)
{
    const CollectionFolder *folder = &collection.root;
    for (int index : folderPath) {
        if (index < 0 || index >= folder->folders.size()) {
            return nullptr;
        }
        folder = &folder->folders.at(index);
        *prefix += folder->name + u'/';
    }
    return folder;
}

/// Depth first, a folder's requests before its subfolders (as collect()).
bool inTreeOrder(const CollectionNodeRef &a, const CollectionNodeRef &b)
{
    const qsizetype common = qMin(a.folderPath.size(), b.folderPath.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (a.folderPath.at(i) != b.folderPath.at(i)) {
            return a.folderPath.at(i) < b.folderPath.at(i);
        }
    }
    if (a.folderPath.size() != b.folderPath.size()) {
        return a.folderPath.size() < b.folderPath.size();
    }
    return a.request < b.request;
}

void collect(const CollectionFolder &folder, const QString &prefix, QList<RunItem> &out)
{
    for (const CollectionRequest &request : folder.requests) {
        out.append(itemOf(request, prefix));
    }
    for (const CollectionFolder &sub : folder.folders) {
        collect(sub, prefix + sub.name + u'/', out);
    }
}

// "{{baseUrl}}/accounts/v3/accounts" counts like "/accounts/v3/accounts".
QString pathForQuota(const QString &url)
{
    if (url.startsWith("{{"_L1)) {
        const qsizetype end = url.indexOf("}}"_L1);
        if (end > 0) {
            return url.mid(end + 2);
        }
    }
    return url;
}

bool mentions(const RequestSpec &spec, const QString &name)
{
    const QString use = u"{{"_s + name + u"}}"_s;
    const auto inRows = [&use](const QList<KeyValue> &rows) {
        return std::any_of(rows.cbegin(), rows.cend(), [&use](const KeyValue &row) {
            return row.name.contains(use) || row.value.contains(use);
        });
    };
    return spec.url.contains(use) || inRows(spec.query) || inRows(spec.headers)
        || spec.body.contains(use.toUtf8());
}

/// What the reports show of an exchange that passed: the outcome and its
/// timing, the body only when it carries OP error entries (a WARN the
/// report names); not the TLS chain, the hops or the response itself.
Exchange reportedPart(const Exchange &full)
{
    Exchange kept;
    kept.method = full.method;
    kept.url = full.url;
    kept.startedAt = full.startedAt;
    kept.environmentId = full.environmentId;
    kept.applicationId = full.applicationId;
    kept.composedUrl = full.composedUrl;
    kept.status = full.status;
    kept.reason = full.reason;
    kept.bodySize = full.bodySize;
    kept.expectedSize = full.expectedSize;
    kept.truncated = full.truncated;
    kept.timings = full.timings;
    kept.quota = full.quota;
    kept.error = full.error;
    kept.errorCode = full.errorCode;
    kept.warning = full.warning;
    if (!ErrorPayload::parse(full.body).entries().isEmpty()) {
        kept.body = full.body;
    }
    return kept;
}

} // namespace

bool RunResult::passed() const
{
    if (skipped || !refusal.isEmpty() || !exchange.error.isEmpty() || !exchange.hasResponse()) {
        return false;
    }
    for (const AssertionResult &a : assertions) {
        if (!a.passed) {
            return false;
        }
    }
    return true;
}

QString RunResult::failureSummary() const
{
    if (skipped) {
        return refusal.isEmpty() ? QCoreApplication::translate("opc::CollectionRunner", "not run") : refusal;
    }
    if (!refusal.isEmpty()) {
        return QCoreApplication::translate("opc::CollectionRunner", "not sent: %1").arg(refusal);
    }
    if (!exchange.error.isEmpty()) {
        return exchange.error;
    }
    if (!exchange.hasResponse()) {
        return QCoreApplication::translate("opc::CollectionRunner", "no response");
    }
    QStringList failed;
    for (const AssertionResult &a : assertions) {
        if (!a.passed) {
            failed.append(a.message);
        }
    }
    return failed.join("; "_L1);
}

QString RunResult::statusText() const
{
    if (skipped) {
        return QCoreApplication::translate("opc::CollectionRunner", "skipped");
    }
    if (!refusal.isEmpty()) {
        return QCoreApplication::translate("opc::CollectionRunner", "not sent");
    }
    if (!exchange.hasResponse()) {
        return QCoreApplication::translate("opc::CollectionRunner", "no response");
    }
    return QString::number(exchange.status);
}

QString RunResult::mostSevereLevel() const
{
    if (!exchange.hasResponse()) {
        return {};
    }
    const ErrorPayload payload = ErrorPayload::parse(exchange.body);
    return payload.entries().isEmpty() ? QString() : errorLevelName(payload.highestLevel());
}

QString RunSummary::countsLine() const
{
    QString line = QCoreApplication::translate("opc::CollectionRunner", "%1 passed, %2 failed").arg(passed).arg(failed);
    if (skipped > 0) {
        line += QCoreApplication::translate("opc::CollectionRunner", ", %1 skipped").arg(skipped);
    }
    return line;
}

CollectionRunner::CollectionRunner(ConsoleSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(session, &ConsoleSession::exchangeFinished, this, &CollectionRunner::onExchange);
}

CollectionRunner::~CollectionRunner() = default;

QList<RunItem> CollectionRunner::itemsOf(const Collection &collection, const QList<int> &folderPath)
{
    QList<RunItem> items;
    QString prefix;
    if (const CollectionFolder *folder = walk(collection, folderPath, &prefix)) {
        collect(*folder, prefix, items);
    }
    return items;
}

QList<RunItem> CollectionRunner::itemsAt(
    const Collection &collection, QList<CollectionNodeRef> requests)
{
    std::sort(requests.begin(), requests.end(), inTreeOrder);
    QList<RunItem> items;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const CollectionNodeRef &ref = requests.at(i);
        if (ref.isFolder() || (i > 0 && !inTreeOrder(requests.at(i - 1), ref))) {
            continue; // a folder, or the same request twice
        }
        QString prefix;
        const CollectionFolder *folder = walk(collection, ref.folderPath, &prefix);
        if (folder && ref.request < folder->requests.size()) {
            items.append(itemOf(folder->requests.at(ref.request), prefix));
        }
    }
    return items;
}

QuotaBudget CollectionRunner::budget(const QList<RunItem> &items, const RunOptions &options) const
{
    QuotaBudget budget;
    const int iterations = qMax(1, qMax(options.iterations, int(options.data.size())));
    for (const RunItem &item : items) {
        if (m_session->countsAgainstQuota(pathForQuota(item.spec.url))) {
            budget.needed += iterations;
        }
    }
    const QString appId = options.applicationId.value_or(m_session->activeApplicationId());
    const Application *app = appId.isEmpty() ? nullptr : m_session->applications()->find(appId);
    const QString environmentId = m_session->environmentOf(app).id;
    const QString quotaId = app ? app->id : m_session->demoApplicationId();
    const QuotaTracker::State state = m_session->quota()->state(environmentId, quotaId);
    if (state.fromHeaders || !m_session->quota()->history(environmentId, quotaId).isEmpty()) {
        budget.remaining = state.blockedUntil.isValid() ? 0 : state.remaining;
        budget.limit = state.limit;
    }
    budget.resetAt = state.blockedUntil.isValid() ? state.blockedUntil : state.resetAt;
    return budget;
}

bool CollectionRunner::start(
    const QList<RunItem> &items, const RunOptions &options, const QString &name)
{
    if (m_running || items.isEmpty() || !m_session) {
        return false;
    }
    m_items = items;
    m_options = options;
    m_options.concurrency = qMax(1, options.concurrency);
    m_iterations = qMax(1, qMax(options.iterations, int(options.data.size())));
    m_needsEarlierCaptures.clear();
    QStringList captured;
    for (const RunItem &item : std::as_const(m_items)) {
        m_needsEarlierCaptures.append(std::any_of(captured.cbegin(), captured.cend(),
            [&item](const QString &v) { return mentions(item.spec, v); }));
        for (const Capture &capture : item.captures) {
            if (capture.enabled) {
                captured.append(capture.variable);
            }
        }
    }
    m_next = 0;
    m_retry.clear();
    m_inFlight.clear();
    m_done = QList<bool>(m_items.size() * m_iterations, false);
    m_cancelled = false;
    m_probing = false;
    m_delaying = false;
    m_stopping = false;
    m_stopReason.clear();
    m_pausedUntil = {};
    m_captured.clear();
    m_secrets.clear();
    m_summary = RunSummary();
    m_summary.name = name;
    m_summary.started = QDateTime::currentDateTimeUtc();
    m_running = true;
    m_clock.start();
    m_timer->stop();
    m_timer->disconnect(this);
    Q_EMIT started(int(m_done.size()));
    QTimer::singleShot(0, this, &CollectionRunner::dispatch);
    return true;
}

void CollectionRunner::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelled = true;
    m_timer->stop();
    m_timer->disconnect(this);
    if (m_inFlight.isEmpty()) {
        finish(QCoreApplication::translate("opc::CollectionRunner", "cancelled"));
        return;
    }
    // Each exchange arrives cancelled; the last one ends the run.
    const QList<quint64> ids = m_inFlight.keys();
    for (quint64 id : ids) {
        m_session->cancel(id);
    }
}

QList<KeyValue> CollectionRunner::variablesFor(int iteration) const
{
    // The last row of a name wins: collection, then the data row, then what
    // earlier responses captured.
    QList<KeyValue> variables = m_options.collectionVariables;
    if (iteration < m_options.data.size()) {
        const QMap<QString, QString> &row = m_options.data.at(iteration);
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            variables.append({ it.key(), it.value(), true });
        }
    }
    for (auto it = m_captured.cbegin(); it != m_captured.cend(); ++it) {
        variables.append({ it.key(), it.value(), true });
    }
    return variables;
}

bool CollectionRunner::waitsForCaptures(int index) const
{
    // Everything sent before it must have answered; the slots in flight are
    // all earlier in run order than the next one.
    return m_needsEarlierCaptures.at(index) && !m_inFlight.isEmpty();
}

void CollectionRunner::dispatch()
{
    if (!m_running || m_cancelled || m_stopping || m_delaying || m_pausedUntil.isValid()) {
        return;
    }
    while (m_inFlight.size() < m_options.concurrency) {
        Slot slot;
        if (!m_retry.isEmpty()) {
            slot = m_retry.first();
        } else if (m_next < m_done.size()) {
            slot = { int(m_next / m_items.size()), int(m_next % m_items.size()) };
        } else {
            break;
        }
        if (waitsForCaptures(slot.index)) {
            break;
        }
        if (!m_retry.isEmpty()) {
            m_retry.removeFirst();
        } else {
            ++m_next;
        }
        sendSlot(slot);
        if (!m_running || m_stopping || m_pausedUntil.isValid()) {
            return;
        }
        if (m_options.delayMs > 0) {
            // The delay is between two sends, whatever the concurrency.
            m_delaying = true;
            m_timer->disconnect(this);
            connect(m_timer, &QTimer::timeout, this, [this] {
                m_delaying = false;
                dispatch();
            });
            m_timer->start(m_options.delayMs);
            return;
        }
    }
    if (m_inFlight.isEmpty() && m_retry.isEmpty() && m_next >= m_done.size()) {
        finish();
    }
}

void CollectionRunner::sendSlot(const Slot &slot)
{
    const RunItem &item = m_items.at(slot.index);
    SendOptions options;
    options.applicationId = m_options.applicationId;
    options.collectionVariables = variablesFor(slot.iteration);
    // A probe during a pause is the paused request itself: if the quota is
    // back, its answer is the result.
    options.overrideQuotaBlock = m_probing;
    const Result<quint64> sent = m_session->send(item.spec, m_options.token, options);
    if (sent) {
        m_inFlight.insert(*sent, slot);
        return;
    }
    if (sent.errorCode() == "quota-blocked"_L1) {
        m_retry.prepend(slot);
        if (m_options.onQuota == RunOptions::OnQuota::Stop) {
            stop(sent.errorMessage());
        } else {
            pauseUntil(budget({}, m_options).resetAt, sent.errorMessage());
        }
        return;
    }
    if (m_probing) {
        // Refused for another reason: the pause is over all the same.
        m_probing = false;
        m_pausedUntil = {};
        Q_EMIT resumed();
    }
    RunResult refused = resultFor(slot);
    refused.refusal = sent.errorMessage();
    record(refused);
    if (m_options.bail) {
        stop(QCoreApplication::translate("opc::CollectionRunner", "stopped at the first failure (--bail)"));
    }
}

RunResult CollectionRunner::resultFor(const Slot &slot) const
{
    RunResult result;
    result.iteration = slot.iteration;
    result.index = slot.index;
    result.item = m_items.at(slot.index);
    return result;
}

void CollectionRunner::onExchange(
    quint64 id, const Exchange &exchange, const PreparedRequest &request)
{
    if (!m_running || !m_inFlight.contains(id)) {
        return;
    }
    const Slot slot = m_inFlight.take(id);
    for (const QByteArray &secret : request.secrets) {
        if (!m_secrets.contains(secret)) {
            m_secrets.append(secret);
        }
    }
    if (m_cancelled) {
        if (m_inFlight.isEmpty()) {
            finish(QCoreApplication::translate("opc::CollectionRunner", "cancelled"));
        }
        return;
    }
    const RunItem &item = m_items.at(slot.index);
    if (exchange.status == 429) {
        const QDateTime until = m_session->quota()
                                    ->state(exchange.environmentId, exchange.applicationId)
                                    .blockedUntil;
        const QString reason = QCoreApplication::translate("opc::CollectionRunner", "The rate limit of the application is used up (429).");
        if (m_options.onQuota == RunOptions::OnQuota::Pause) {
            // Not a result: the same request is sent again once the quota is back.
            m_retry.prepend(slot);
            std::sort(m_retry.begin(), m_retry.end(), [](const Slot &a, const Slot &b) {
                return std::pair(a.iteration, a.index) < std::pair(b.iteration, b.index);
            });
            m_probing = false;
            pauseUntil(until.isValid() ? until : exchange.quota.resetAt, reason);
            return;
        }
        RunResult limited = resultFor(slot);
        limited.exchange = exchange;
        limited.assertions = Assertions::evaluateAll(item.assertions, exchange);
        record(limited);
        stop(reason);
        return;
    }
    if (m_probing) {
        m_probing = false;
        m_pausedUntil = {};
        Q_EMIT resumed();
    }
    RunResult result = resultFor(slot);
    result.exchange = exchange;
    result.assertions = Assertions::evaluateAll(item.assertions, exchange);
    for (const Capture &capture : item.captures) {
        if (!capture.enabled) {
            continue;
        }
        const Result<QString> value = Assertions::capture(capture, exchange);
        if (value) {
            m_captured.insert(capture.variable, *value);
        } else {
            result.captureErrors.append(value.errorMessage());
        }
    }
    const bool passed = result.passed();
    if (passed && !m_options.keepPassedExchanges) {
        result.exchange = reportedPart(result.exchange);
    }
    record(result);
    if (!passed && m_options.bail) {
        stop(QCoreApplication::translate("opc::CollectionRunner", "stopped at the first failure (--bail)"));
        return;
    }
    if (m_stopping) {
        if (m_inFlight.isEmpty()) {
            finish(m_stopReason);
        }
        return;
    }
    if (m_pausedUntil.isValid()) {
        armProbe();
        return;
    }
    dispatch();
}

void CollectionRunner::record(RunResult result)
{
    if (result.skipped) {
        ++m_summary.skipped;
    } else if (result.passed()) {
        ++m_summary.passed;
    } else {
        ++m_summary.failed;
    }
    for (const AssertionResult &a : std::as_const(result.assertions)) {
        a.passed ? ++m_summary.assertionsPassed : ++m_summary.assertionsFailed;
    }
    m_done[result.iteration * m_items.size() + result.index] = true;
    m_summary.results.append(result);
    Q_EMIT requestFinished(result);
}

void CollectionRunner::stop(const QString &reason)
{
    if (!m_stopping) {
        m_stopping = true;
        m_stopReason = reason;
    }
    m_timer->stop();
    m_timer->disconnect(this);
    if (m_inFlight.isEmpty()) {
        finish(m_stopReason);
    }
}

void CollectionRunner::pauseUntil(const QDateTime &until, const QString &reason)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime before = m_pausedUntil;
    m_pausedUntil
        = until.isValid() && until > now ? until : now.addMSecs(m_options.probeIntervalMs);
    if (before != m_pausedUntil) {
        Q_EMIT paused(m_pausedUntil, reason);
    }
    armProbe();
}

void CollectionRunner::armProbe()
{
    if (!m_pausedUntil.isValid() || !m_inFlight.isEmpty()) {
        // What is in flight answers first; the last answer arms the probe.
        return;
    }
    const qint64 wait = qBound(qint64(0), QDateTime::currentDateTimeUtc().msecsTo(m_pausedUntil),
        qint64(m_options.probeIntervalMs));
    m_delaying = false;
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_retry.isEmpty()) {
            m_pausedUntil = {};
            Q_EMIT resumed();
            dispatch();
            return;
        }
        m_probing = true;
        sendSlot(m_retry.takeFirst());
        if (m_running && !m_pausedUntil.isValid()) {
            dispatch();
        }
    });
    m_timer->start(int(wait));
}

void CollectionRunner::finish(const QString &stopReason)
{
    m_timer->stop();
    m_timer->disconnect(this);
    if (!m_running) {
        return;
    }
    // What did not run is reported as skipped, so that a report lists every
    // request and iteration of the run, in run order.
    for (int slot = 0; slot < m_done.size(); ++slot) {
        if (!m_done.at(slot)) {
            RunResult skipped
                = resultFor({ int(slot / m_items.size()), int(slot % m_items.size()) });
            skipped.skipped = true;
            skipped.refusal = stopReason;
            m_summary.skipped++;
            m_summary.results.append(skipped);
        }
    }
    std::stable_sort(m_summary.results.begin(), m_summary.results.end(),
        [](const RunResult &a, const RunResult &b) {
            return std::pair(a.iteration, a.index) < std::pair(b.iteration, b.index);
        });
    m_running = false;
    m_inFlight.clear();
    m_retry.clear();
    m_probing = false;
    m_delaying = false;
    m_pausedUntil = {};
    m_summary.cancelled = m_cancelled;
    m_summary.stopReason = stopReason;
    m_summary.wallMs = m_clock.elapsed();
    Q_EMIT finished(m_summary);
}

} // namespace opc
