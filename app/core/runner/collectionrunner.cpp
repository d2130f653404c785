#include "runner/collectionrunner.h"

#include "apps/applicationstore.h"
#include "collections/collection.h"
#include "quota/quotatracker.h"
#include "session/consolesession.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace opc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("opc::CollectionRunner", text);
}

void collect(const CollectionFolder &folder, const QString &prefix, QList<RunItem> &out)
{
    for (const CollectionRequest &request : folder.requests) {
        RunItem item;
        item.id = request.fileName.isEmpty() ? prefix + request.name : prefix + request.fileName;
        item.name = request.name;
        item.path = prefix + request.name;
        item.spec = request.spec;
        item.assertions = request.assertions;
        item.captures = request.captures;
        out.append(item);
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
        return refusal.isEmpty() ? tr("not run") : refusal;
    }
    if (!refusal.isEmpty()) {
        return tr("not sent: %1").arg(refusal);
    }
    if (!exchange.error.isEmpty()) {
        return exchange.error;
    }
    if (!exchange.hasResponse()) {
        return tr("no response");
    }
    QStringList failed;
    for (const AssertionResult &a : assertions) {
        if (!a.passed) {
            failed.append(a.message);
        }
    }
    return failed.join("; "_L1);
}

QString RunSummary::countsLine() const
{
    QString line = tr("%1 passed, %2 failed").arg(passed).arg(failed);
    if (skipped > 0) {
        line += tr(", %1 skipped").arg(skipped);
    }
    return line;
}

CollectionRunner::CollectionRunner(ConsoleSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(session, &ConsoleSession::exchangeFinished, this, &CollectionRunner::onExchange);
}

CollectionRunner::~CollectionRunner() = default;

QList<RunItem> CollectionRunner::itemsOf(const Collection &collection, const QList<int> &folderPath)
{
    QList<RunItem> items;
    const CollectionFolder *folder = collection.folder(folderPath);
    if (!folder) {
        return items;
    }
    QString prefix;
    const CollectionFolder *walk = &collection.root;
    for (int index : folderPath) {
        walk = &walk->folders.at(index);
        prefix += walk->name + u'/';
    }
    collect(*folder, prefix, items);
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

bool CollectionRunner::start(const QList<RunItem> &items, const RunOptions &options, const QString &name)
{
    if (m_running || items.isEmpty() || !m_session) {
        return false;
    }
    m_items = items;
    m_options = options;
    m_iterations = qMax(1, qMax(options.iterations, int(options.data.size())));
    m_iteration = 0;
    m_index = 0;
    m_inFlight = 0;
    m_cancelled = false;
    m_probing = false;
    m_pausedUntil = {};
    m_captured.clear();
    m_secrets.clear();
    m_summary = RunSummary();
    m_summary.name = name;
    m_summary.started = QDateTime::currentDateTimeUtc();
    m_running = true;
    m_clock.start();
    m_timer->disconnect(this);
    Q_EMIT started(int(m_items.size()) * m_iterations);
    QTimer::singleShot(0, this, &CollectionRunner::sendCurrent);
    return true;
}

void CollectionRunner::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelled = true;
    m_timer->stop();
    if (m_inFlight) {
        // The exchange arrives cancelled and ends the run.
        m_session->cancel(m_inFlight);
        return;
    }
    finish(tr("cancelled"));
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

void CollectionRunner::next()
{
    if (!m_running) {
        return;
    }
    ++m_index;
    if (m_index >= m_items.size()) {
        m_index = 0;
        ++m_iteration;
    }
    if (m_iteration >= m_iterations) {
        finish();
        return;
    }
    if (m_options.delayMs > 0) {
        m_timer->disconnect(this);
        connect(m_timer, &QTimer::timeout, this, &CollectionRunner::sendCurrent);
        m_timer->start(m_options.delayMs);
        return;
    }
    sendCurrent();
}

void CollectionRunner::sendCurrent()
{
    if (!m_running || m_cancelled) {
        return;
    }
    const RunItem &item = m_items.at(m_index);
    SendOptions options;
    options.applicationId = m_options.applicationId;
    options.collectionVariables = variablesFor(m_iteration);
    // A probe during a pause is the paused request itself: if the quota is
    // back, its answer is the result.
    options.overrideQuotaBlock = m_probing;
    const Result<quint64> sent = m_session->send(item.spec, m_options.token, options);
    if (!sent) {
        if (sent.errorCode() == "quota-blocked"_L1) {
            const QuotaBudget state = budget({}, m_options);
            if (m_options.onQuota == RunOptions::OnQuota::Stop) {
                finish(sent.errorMessage());
            } else {
                pauseUntil(state.resetAt, sent.errorMessage());
            }
            return;
        }
        RunResult refused;
        refused.iteration = m_iteration;
        refused.index = m_index;
        refused.item = item;
        refused.refusal = sent.errorMessage();
        record(refused);
        if (m_options.bail) {
            finish(tr("stopped at the first failure (--bail)"));
            return;
        }
        next();
        return;
    }
    m_inFlight = *sent;
}

void CollectionRunner::onExchange(quint64 id, const Exchange &exchange, const PreparedRequest &request)
{
    if (!m_running || id != m_inFlight) {
        return;
    }
    m_inFlight = 0;
    for (const QByteArray &secret : request.secrets) {
        if (!m_secrets.contains(secret)) {
            m_secrets.append(secret);
        }
    }
    const RunItem &item = m_items.at(m_index);
    if (m_cancelled) {
        finish(tr("cancelled"));
        return;
    }
    if (exchange.status == 429) {
        const QDateTime until = m_session->quota()->state(exchange.environmentId, exchange.applicationId).blockedUntil;
        const QString reason = tr("The rate limit of the application is used up (429).");
        if (m_options.onQuota == RunOptions::OnQuota::Pause) {
            // Not a result: the same request is sent again once the quota is back.
            pauseUntil(until.isValid() ? until : exchange.quota.resetAt, reason);
            return;
        }
        RunResult limited;
        limited.iteration = m_iteration;
        limited.index = m_index;
        limited.item = item;
        limited.exchange = exchange;
        limited.assertions = Assertions::evaluateAll(item.assertions, exchange);
        record(limited);
        finish(reason);
        return;
    }
    if (m_probing) {
        m_probing = false;
        m_pausedUntil = {};
        Q_EMIT resumed();
    }
    RunResult result;
    result.iteration = m_iteration;
    result.index = m_index;
    result.item = item;
    result.exchange = exchange;
    QList<Assertion> enabled;
    for (const Assertion &assertion : item.assertions) {
        if (assertion.enabled) {
            enabled.append(assertion);
        }
    }
    result.assertions = Assertions::evaluateAll(enabled, exchange);
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
    record(result);
    if (!passed && m_options.bail) {
        finish(tr("stopped at the first failure (--bail)"));
        return;
    }
    next();
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
    m_summary.results.append(result);
    Q_EMIT requestFinished(result);
}

void CollectionRunner::pauseUntil(const QDateTime &until, const QString &reason)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_pausedUntil = until.isValid() && until > now ? until : now.addMSecs(m_options.probeIntervalMs);
    Q_EMIT paused(m_pausedUntil, reason);
    const qint64 wait = qBound(qint64(0), now.msecsTo(m_pausedUntil), qint64(m_options.probeIntervalMs));
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_probing = true;
        sendCurrent();
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
    // request and iteration of the run.
    const bool early = m_iteration < m_iterations;
    if (early) {
        int index = m_index;
        int iteration = m_iteration;
        // The request that ended the run has its result already, except
        // when the run ended before it was sent or answered.
        const bool currentHasResult = !m_summary.results.isEmpty() && m_summary.results.last().index == index
            && m_summary.results.last().iteration == iteration;
        if (currentHasResult) {
            ++index;
        }
        for (; iteration < m_iterations; ++iteration, index = 0) {
            for (; index < m_items.size(); ++index) {
                RunResult skipped;
                skipped.iteration = iteration;
                skipped.index = index;
                skipped.item = m_items.at(index);
                skipped.skipped = true;
                skipped.refusal = stopReason;
                m_summary.skipped++;
                m_summary.results.append(skipped);
            }
        }
    }
    m_running = false;
    m_inFlight = 0;
    m_probing = false;
    m_pausedUntil = {};
    m_summary.cancelled = m_cancelled;
    m_summary.stopReason = stopReason;
    m_summary.wallMs = m_clock.elapsed();
    Q_EMIT finished(m_summary);
}

} // namespace opc
