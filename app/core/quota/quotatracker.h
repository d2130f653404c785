#pragma once

#include "common/result.h"
#include "model/exchange.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

#include <functional>
#include <optional>

namespace opc {

/// Tracks each application's daily request quota per environment, so the
/// console can show a live gauge and stop sending once the server said 429.
/// The server's X-RateLimit-* headers are authoritative; without them the
/// tracker counts locally against the overview page's 1000 requests a day.
class QuotaTracker : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// Remaining quota right after one response, for the day's chart.
    struct Sample
    {
        QDateTime at;
        qint64 remaining = 0;
        qint64 limit = 0;
    };

    struct State
    {
        qint64 limit = 0;
        qint64 remaining = 0;
        QDateTime resetAt;
        bool fromHeaders = false;
        QDateTime blockedUntil; ///< set by a 429
        bool overridden = false;
        QList<QDateTime> recentSends; ///< for the pace forecast, newest last
        QList<Sample> samples; ///< the last 24 hours, the last of each minute, oldest first
    };

    /// @p storageDir holds quota.json; empty keeps everything in memory.
    explicit QuotaTracker(const QString &storageDir = {}, QObject *parent = nullptr);
    /// Writes what is not written yet.
    ~QuotaTracker() override;

    void setClock(std::function<QDateTime()> clock);
    void setDefaultDailyLimit(qint64 limit);

    /// Reads the saved state; a corrupt file is moved aside and reported.
    Status load();
    Status save() const;
    /// Changes are written behind, at most every kSaveDelayMs, so that a
    /// run of thousands of requests does not rewrite the file each time;
    /// flush() writes now (the destructor does too).
    static constexpr int kSaveDelayMs = 250;
    Status flush();

    /// Call after every response (also failed or truncated ones: the server
    /// counted them). Returns the snapshot to store in the Exchange.
    QuotaSnapshot record(const QString &environmentId, const QString &appId, int status,
        const Headers &responseHeaders);

    QuotaSnapshot snapshot(const QString &environmentId, const QString &appId) const;
    State state(const QString &environmentId, const QString &appId) const;

    /// The remaining quota after each response of the last 24 hours (at
    /// most a few thousand, oldest first), persisted with the rest.
    QList<Sample> history(const QString &environmentId, const QString &appId) const;
    /// The applications with a recorded state in @p environmentId.
    QStringList applications(const QString &environmentId) const;

    /// Refuses a send while a 429 block is active and not overridden.
    Status checkSend(const QString &environmentId, const QString &appId) const;
    /// Lets the user send despite the block (until the block ends).
    void overrideBlock(const QString &environmentId, const QString &appId);

    /// When the quota runs out at the pace of the recent sends; nullopt if
    /// it will not before the reset or there is too little data.
    std::optional<QDateTime> forecastExhaustion(
        const QString &environmentId, const QString &appId) const;

    /// Interprets an X-RateLimit-Reset value (seconds until reset, or an
    /// epoch in seconds or milliseconds). nullopt for nonsense.
    static std::optional<QDateTime> parseReset(const QByteArray &value, const QDateTime &now);
    /// Interprets Retry-After (delta seconds or an HTTP date).
    static std::optional<QDateTime> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    /// The next midnight in Europe/Helsinki, when OP's daily quotas reset.
    static QDateTime nextDailyReset(const QDateTime &now);

Q_SIGNALS:
    void changed(const QString &environmentId, const QString &appId);

private:
    static QString key(const QString &environmentId, const QString &appId);
    State current(const QString &k) const; ///< with an elapsed reset applied
    QDateTime now() const;

    void scheduleSave();

    QString m_dir;
    QTimer *m_saveTimer = nullptr;
    std::function<QDateTime()> m_clock;
    qint64 m_defaultLimit = 1000;
    QHash<QString, State> m_states;
};

} // namespace opc
