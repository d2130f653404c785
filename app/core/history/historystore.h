#pragma once

#include "common/result.h"
#include "errors/errorpayload.h"
#include "model/exchange.h"
#include "security/redactor.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace opc {

/// How much history is kept. The oldest exchanges go first when either
/// bound is passed; bodies are cut to the cap before they are stored.
struct HistoryLimits
{
    int maxEntries = 5000;
    qint64 maxTotalBytes = 256LL * 1024 * 1024;
    qint64 maxBodyBytes = 1024 * 1024; ///< per request body and per response body
};

/// One row of the history list: enough to show and filter, no bodies.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime startedAt; ///< UTC
    QString method;
    QString url;
    int status = 0; ///< 0 when no response arrived
    ErrorLevel level = ErrorLevel::Unknown; ///< most severe level of the error payload
    int levels = 0; ///< HistoryStore::levelBit() of every level present
    qint64 durationMs = -1;
    qint64 requestSize = 0;
    qint64 responseSize = 0;
    QString error; ///< the engine's sentence when the send failed
};

/// A search over the history. Empty / unset fields match everything.
struct HistoryQuery
{
    QString urlContains; ///< case-insensitive substring of the URL
    int statusMin = -1;  ///< inclusive; with statusMax selects an exact status or a class
    int statusMax = -1;
    std::optional<ErrorLevel> level; ///< exchanges whose payload holds an entry of this level
    QDateTime from; ///< inclusive
    QDateTime to;   ///< exclusive
    int limit = 500;
    int offset = 0;

    /// "404", "4xx" (or "4XX"), "none" (no response) or empty (any).
    /// False, changing nothing, for anything else.
    bool setStatusFilter(const QString &text);
    /// Whether @p entry would be found by this query (limit and offset aside).
    bool matches(const HistoryEntry &entry) const;
};

/// An exchange read back from the history, with the request body that the
/// Exchange itself does not carry.
struct HistoryRecord
{
    HistoryEntry entry;
    Exchange exchange;
    QByteArray requestBody;
    bool requestBodyCut = false;  ///< the stored request body is shorter than the one sent
    bool responseBodyCut = false; ///< the stored response body is shorter than the one received
};

/// Every exchange of the console in one SQLite database (WAL journal):
/// summary columns to list and search, headers and bodies up to a cap to
/// reopen or resend. Nothing secret is stored: credential headers are masked
/// (RELIABILITY-BAR SEC-07), known secret values are masked wherever they
/// appear, so is anything SecretScanner recognises as a credential (tokens in
/// an OAuth reply, "client_secret=…", JWTs, private keys), and deleted rows
/// are overwritten (secure_delete). The database
/// carries a schema version and is migrated forward on open; a file that is
/// not a readable database is moved aside and a fresh one started, and the
/// store says so in recoveryNotice(). Use it from one thread.
class HistoryStore
{
public:
    static constexpr int kSchemaVersion = 2;
    /// open() with this path keeps the history in memory for this run only:
    /// the fallback when the file cannot be used.
    static constexpr QLatin1StringView kInMemory { ":memory:" };

    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    /// The usual place: "history.sqlite" in the data folder.
    static QString defaultPath(const QString &dataDir);

    /// Opens (creating, migrating or replacing a corrupt file as needed).
    /// Fails when the folder cannot be written or the file was written by a
    /// newer version (then it is left untouched).
    Status open(const QString &path, const HistoryLimits &limits = {});
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    HistoryLimits limits() const { return m_limits; }
    /// Applies new bounds at once (pruning if they are lower).
    Status setLimits(const HistoryLimits &limits);

    /// Values to mask wherever they appear (URL, headers, bodies): the API
    /// secrets and tokens the vault holds. Values shorter than 4 bytes are ignored.
    void setKnownSecrets(const QList<QByteArray> &secrets) { m_redactor.setKnownSecrets(secrets); }
    /// Adds to the values masked in every record (those a send just used).
    void addKnownSecrets(const QList<QByteArray> &secrets)
    {
        for (const QByteArray &secret : secrets)
            m_redactor.addKnownSecret(secret);
    }

    /// Records @p exchange; @p requestBody is the body as sent (the Exchange
    /// holds only its size). Returns the new id.
    Result<qint64> record(const Exchange &exchange, const QByteArray &requestBody = {});

    QList<HistoryEntry> search(const HistoryQuery &query) const;
    qint64 count(const HistoryQuery &query = {}) const;
    std::optional<HistoryEntry> entry(qint64 id) const;
    /// Reopens one exchange; nullopt when it is gone (pruned or cleared).
    std::optional<HistoryRecord> exchange(qint64 id) const;

    Status remove(qint64 id);
    Status clear();

    /// Bytes of stored data (the sum the size bound is checked against).
    qint64 storedBytes() const { return m_storedBytes; }

    /// Set when open() found a damaged database and moved it aside, or
    /// migrated an older one: a sentence for the user. Empty otherwise.
    QString recoveryNotice() const { return m_notice; }
    /// Where a damaged database was moved, empty if none was.
    QString quarantinedPath() const { return m_quarantined; }

    static int levelBit(ErrorLevel level);

private:
    Status openFile();
    Status prepareSchema();
    Status migrate(int from);
    Status createSchema();
    Status prune();
    bool looksCorrupt(const QString &nativeCode) const;
    Status quarantineAndRecreate(const QString &reason);

    QString m_connection;
    QString m_path;
    HistoryLimits m_limits;
    Redactor m_redactor;
    qint64 m_storedBytes = 0;
    qint64 m_rows = 0;
    QString m_notice;
    QString m_quarantined;
};

} // namespace opc
