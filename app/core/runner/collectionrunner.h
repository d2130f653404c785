#pragma once

#include "model/assertion.h"
#include "model/exchange.h"
#include "model/requestspec.h"
#include "model/token.h"
#include "net/preparedrequest.h"
#include "runner/assertions.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

class QTimer;

namespace opc {

class ConsoleSession;
struct Collection;
struct CollectionFolder;
struct CollectionNodeRef;

/// One request of a run, as saved in its collection.
struct RunItem
{
    QString id; ///< stable within the collection (its file name)
    QString name;
    QString path; ///< "Folder/Sub/Name", for reports
    RequestSpec spec;
    QList<Assertion> assertions;
    QList<Capture> captures;
};

/// How a run goes.
struct RunOptions
{
    /// Who sends: unset = the session's active application; empty = the
    /// demo application.
    std::optional<QString> applicationId;
    Token token;
    QList<KeyValue> collectionVariables;
    /// Iterations of the whole list; with data rows, at least one per row.
    int iterations = 1;
    /// One row of variables per iteration (a CSV or JSON data file).
    QList<QMap<QString, QString>> data;
    int delayMs = 0;
    /// Requests in flight at once. A request that uses a variable an earlier
    /// request of the list captures waits until everything before it has
    /// finished, so capture chains keep their order at any concurrency.
    int concurrency = 1;
    /// Stop at the first failed request.
    bool bail = false;
    /// At a 429 or zero quota left: pause until the quota resets (probing
    /// every probeIntervalMs, so a reset made earlier is noticed), or stop.
    enum class OnQuota { Pause, Stop };
    OnQuota onQuota = OnQuota::Pause;
    int probeIntervalMs = 60'000;
    /// Keep the whole exchange of a request that passed (the console opens
    /// it from the runner pane); a run for its reports alone keeps only
    /// what they show, so memory does not grow with every response body.
    bool keepPassedExchanges = true;
};

/// One request in one iteration.
struct RunResult
{
    int iteration = 0; ///< from 0
    int index = 0; ///< position in the item list
    RunItem item;
    Exchange exchange;
    QList<AssertionResult> assertions;
    /// Captures that found nothing; their variables keep their old value.
    QStringList captureErrors;
    /// Refused before sending (undefined variable, no certificate, ...).
    QString refusal;
    bool skipped = false;

    bool passed() const;
    /// Why it failed, one line ("status is 201: got 400"); empty when it passed.
    QString failureSummary() const;
    /// "201", or "skipped", "not sent", "no response": for reports and the pane.
    QString statusText() const;
    /// The most severe level of OP's error payload ("ERROR"); empty without one.
    QString mostSevereLevel() const;
};

/// A finished (or cancelled) run.
struct RunSummary
{
    QString name;
    QDateTime started;
    qint64 wallMs = 0;
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    int assertionsPassed = 0;
    int assertionsFailed = 0;
    bool cancelled = false;
    /// Why the run ended early (bail, quota with OnQuota::Stop); empty otherwise.
    QString stopReason;
    QList<RunResult> results;

    int requests() const { return passed + failed + skipped; }
    /// "N passed, M failed" plus ", K skipped" when some were.
    QString countsLine() const;
};

/// What a run needs against what the application has left today.
struct QuotaBudget
{
    int needed = 0; ///< requests to quota'd APIs
    int remaining = -1; ///< -1: not known yet (no response seen today)
    int limit = -1;
    QDateTime resetAt;

    bool known() const { return remaining >= 0; }
    bool enough() const { return !known() || remaining >= needed; }
};

/// Runs requests of a collection through a ConsoleSession, one at a time or
/// up to RunOptions::concurrency at once: variables captured from one
/// response are used by the requests after it,
/// assertions are evaluated on every response, the daily quota is watched
/// (pause or stop at a 429 or at zero) and a run can be cancelled at any
/// moment. No widgets: the runner pane and `opconsole-cli run` share it.
class CollectionRunner : public QObject
{
    Q_OBJECT
public:
    explicit CollectionRunner(ConsoleSession *session, QObject *parent = nullptr);
    ~CollectionRunner() override;

    /// The requests under @p folderPath (the whole collection when empty),
    /// depth first, in the order the user arranged them.
    static QList<RunItem> itemsOf(const Collection &collection, const QList<int> &folderPath = {});
    /// The requests at @p requests (a selection; folders in it are left
    /// out), in the order the tree shows them whatever order they are given.
    static QList<RunItem> itemsAt(const Collection &collection, QList<CollectionNodeRef> requests);

    QuotaBudget budget(const QList<RunItem> &items, const RunOptions &options) const;

    /// Starts a run; false when one is running or @p items is empty.
    bool start(const QList<RunItem> &items, const RunOptions &options, const QString &name = {});
    /// Stops after the request in flight is cancelled; finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_pausedUntil.isValid(); }
    const RunSummary &summary() const { return m_summary; }
    /// Values every report must mask: what this run's requests carried.
    const QList<QByteArray> &secrets() const { return m_secrets; }

Q_SIGNALS:
    void started(int total);
    void requestFinished(const opc::RunResult &result);
    /// The quota is used up: the run waits until @p until (or a probe
    /// finds quota again).
    void paused(const QDateTime &until, const QString &reason);
    void resumed();
    void finished(const opc::RunSummary &summary);

private:
    /// One request of one iteration.
    struct Slot
    {
        int iteration = 0;
        int index = 0;
    };

    void dispatch();
    void sendSlot(const Slot &slot);
    void onExchange(quint64 id, const Exchange &exchange, const PreparedRequest &request);
    RunResult resultFor(const Slot &slot) const;
    void record(RunResult result);
    /// Ends the run once nothing is in flight (at once when nothing is).
    void stop(const QString &reason);
    void pauseUntil(const QDateTime &until, const QString &reason);
    void armProbe();
    void finish(const QString &stopReason = {});
    QList<KeyValue> variablesFor(int iteration) const;
    bool waitsForCaptures(int index) const;

    QPointer<ConsoleSession> m_session;
    QList<RunItem> m_items;
    /// Per item: it uses a variable that an item before it captures.
    QList<bool> m_needsEarlierCaptures;
    RunOptions m_options;
    RunSummary m_summary;
    QList<QByteArray> m_secrets;
    QMap<QString, QString> m_captured;
    int m_iterations = 0;
    /// Slots in run order; m_next is the first not yet sent. A slot paused
    /// by a 429 goes back to m_retry and is sent first.
    int m_next = 0;
    QList<Slot> m_retry;
    QHash<quint64, Slot> m_inFlight;
    /// Per slot (iteration * items + index): it has its result.
    QList<bool> m_done;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_probing = false;
    bool m_delaying = false;
    QString m_stopReason;
    bool m_stopping = false;
    QDateTime m_pausedUntil;
    QElapsedTimer m_clock;
    QTimer *m_timer = nullptr;
};

} // namespace opc
