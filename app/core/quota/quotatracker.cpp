#include "quota/quotatracker.h"

#include "common/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace opc {

namespace {

constexpr int SchemaVersion = 1;
constexpr int MaxRecentSends = 50;
// The chart keeps one sample a minute (the last of that minute), so a day
// is at most 1,440 of them however fast a runner sends; the cap only
// guards a file edited by hand.
constexpr qint64 SampleSpacingSeconds = 60;
constexpr int MaxSamples = 1500;
constexpr qint64 SampleWindowSeconds = 24 * 3600;
// A daily quota never resets further away than this; anything beyond is nonsense.
constexpr qint64 MaxResetSeconds = 2 * 24 * 3600;

QByteArray headerValue(const QuotaTracker::Headers &headers, const char *name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    }
    return {};
}

std::optional<qint64> parseCount(const QByteArray &value)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < 0 || n > 1'000'000'000'000LL)
        return std::nullopt;
    return n;
}

} // namespace

QuotaTracker::QuotaTracker(const QString &storageDir, QObject *parent)
    : QObject(parent)
    , m_dir(storageDir)
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { (void)save(); });
}

QuotaTracker::~QuotaTracker()
{
    (void)flush();
}

Status QuotaTracker::flush()
{
    if (!m_saveTimer->isActive()) {
        return Status::success();
    }
    m_saveTimer->stop();
    return save();
}

void QuotaTracker::scheduleSave()
{
    if (!m_dir.isEmpty() && !m_saveTimer->isActive()) {
        m_saveTimer->start();
    }
}

void QuotaTracker::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void QuotaTracker::setDefaultDailyLimit(qint64 limit)
{
    m_defaultLimit = qMax<qint64>(1, limit);
}

QDateTime QuotaTracker::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString QuotaTracker::key(const QString &environmentId, const QString &appId)
{
    return environmentId + u'/' + appId;
}

QDateTime QuotaTracker::nextDailyReset(const QDateTime &now)
{
    QTimeZone zone("Europe/Helsinki");
    if (!zone.isValid())
        zone = QTimeZone::UTC;
    const QDateTime local = now.toTimeZone(zone);
    return QDateTime(local.date().addDays(1), QTime(0, 0), zone).toUTC();
}

std::optional<QDateTime> QuotaTracker::parseReset(const QByteArray &value, const QDateTime &now)
{
    bool ok = false;
    const QByteArray v = value.trimmed();
    const qint64 n = v.toLongLong(&ok);
    if (!ok) {
        const double d = v.toDouble(&ok);
        if (!ok || d != d || d < 0 || d > 1e15)
            return std::nullopt;
        return parseReset(QByteArray::number(qint64(d)), now);
    }
    if (n < 0)
        return std::nullopt;
    // The overview page defines the value as a period of time; some gateways
    // send an epoch instead. Accept whichever reading lands in the near future.
    if (n <= MaxResetSeconds)
        return now.addSecs(n);
    const qint64 nowSecs = now.toSecsSinceEpoch();
    if (n > nowSecs && n - nowSecs <= MaxResetSeconds)
        return QDateTime::fromSecsSinceEpoch(n, QTimeZone::UTC);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (n > nowMs && n - nowMs <= MaxResetSeconds * 1000)
        return QDateTime::fromMSecsSinceEpoch(n, QTimeZone::UTC);
    return std::nullopt;
}

std::optional<QDateTime> QuotaTracker::parseRetryAfter(
    const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (ok) {
        if (n < 0 || n > MaxResetSeconds)
            return std::nullopt;
        return now.addSecs(n);
    }
    const QDateTime date
        = QLocale::c().toDateTime(QString::fromLatin1(v), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!date.isValid())
        return std::nullopt;
    QDateTime utc = date;
    utc.setTimeZone(QTimeZone::UTC);
    if (utc < now)
        return now;
    if (now.secsTo(utc) > MaxResetSeconds)
        return std::nullopt;
    return utc;
}

QuotaTracker::State QuotaTracker::current(const QString &k) const
{
    const QDateTime t = now();
    State s;
    auto it = m_states.constFind(k);
    if (it == m_states.cend()) {
        s.limit = m_defaultLimit;
        s.remaining = m_defaultLimit;
        s.resetAt = nextDailyReset(t);
        return s;
    }
    s = it.value();
    if (s.resetAt.isValid() && s.resetAt <= t) {
        s.remaining = s.limit;
        s.resetAt = nextDailyReset(t);
        s.fromHeaders = false;
    }
    if (s.blockedUntil.isValid() && s.blockedUntil <= t) {
        s.blockedUntil = {};
        s.overridden = false;
    }
    return s;
}

QuotaSnapshot QuotaTracker::record(
    const QString &environmentId, const QString &appId, int status, const Headers &responseHeaders)
{
    const QString k = key(environmentId, appId);
    const QDateTime t = now();
    State s = current(k);
    // Out of the map while it changes, so its lists are not copied.
    m_states.remove(k);

    const auto limit = parseCount(headerValue(responseHeaders, "x-ratelimit-limit"));
    const auto remaining = parseCount(headerValue(responseHeaders, "x-ratelimit-remaining"));
    const QByteArray resetRaw = headerValue(responseHeaders, "x-ratelimit-reset");
    const auto reset = resetRaw.isEmpty() ? std::nullopt : parseReset(resetRaw, t);

    if (limit && *limit > 0)
        s.limit = *limit;
    if (remaining) {
        s.remaining = qMin(*remaining, s.limit);
        s.fromHeaders = true;
    } else if (status > 0 || !responseHeaders.isEmpty()) {
        // No authoritative count: the request still used one of today's calls.
        s.remaining = qMax<qint64>(0, qMin(s.remaining, s.limit) - 1);
        s.fromHeaders = false;
    }
    if (reset)
        s.resetAt = *reset;
    else if (!s.resetAt.isValid() || s.resetAt <= t)
        s.resetAt = nextDailyReset(t);

    if (status == 429) {
        s.remaining = 0;
        const auto retryAfter = parseRetryAfter(headerValue(responseHeaders, "retry-after"), t);
        // Retry-After is the server's explicit instruction and wins over the quota window.
        s.blockedUntil = retryAfter ? *retryAfter : s.resetAt;
        if (retryAfter && !reset)
            s.resetAt = *retryAfter;
        s.overridden = false;
    } else if (remaining && *remaining > 0) {
        // The server counts again (its quota was reset, a new day began
        // early): the pause it asked for is over.
        s.blockedUntil = {};
        s.overridden = false;
    }

    s.recentSends.append(t);
    while (s.recentSends.size() > MaxRecentSends)
        s.recentSends.removeFirst();

    const Sample sample { t, s.remaining, s.limit };
    if (!s.samples.isEmpty()
        && s.samples.last().at.toSecsSinceEpoch() / SampleSpacingSeconds
            == t.toSecsSinceEpoch() / SampleSpacingSeconds) {
        s.samples.last() = sample;
    } else {
        s.samples.append(sample);
    }
    const QDateTime dayAgo = t.addSecs(-SampleWindowSeconds);
    qsizetype drop = 0;
    while (drop < s.samples.size()
        && (s.samples.at(drop).at < dayAgo || s.samples.size() - drop > MaxSamples))
        ++drop;
    s.samples.remove(0, drop);

    m_states.insert(k, s);
    scheduleSave();
    Q_EMIT changed(environmentId, appId);
    return snapshot(environmentId, appId);
}

QuotaSnapshot QuotaTracker::snapshot(const QString &environmentId, const QString &appId) const
{
    const State s = current(key(environmentId, appId));
    QuotaSnapshot q;
    q.valid = true;
    q.fromHeaders = s.fromHeaders;
    q.limit = s.limit;
    q.remaining = s.remaining;
    q.resetAt = s.resetAt;
    return q;
}

QList<QuotaTracker::Sample> QuotaTracker::history(
    const QString &environmentId, const QString &appId) const
{
    const auto it = m_states.constFind(key(environmentId, appId));
    if (it == m_states.cend())
        return {};
    const QDateTime dayAgo = now().addSecs(-SampleWindowSeconds);
    QList<Sample> out;
    for (const Sample &sample : it->samples) {
        if (sample.at >= dayAgo)
            out.append(sample);
    }
    return out;
}

QStringList QuotaTracker::applications(const QString &environmentId) const
{
    const QString prefix = environmentId + u'/';
    QStringList out;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        if (it.key().startsWith(prefix))
            out.append(it.key().mid(prefix.size()));
    }
    out.sort();
    return out;
}

QuotaTracker::State QuotaTracker::state(const QString &environmentId, const QString &appId) const
{
    return current(key(environmentId, appId));
}

Status QuotaTracker::checkSend(const QString &environmentId, const QString &appId) const
{
    const State s = current(key(environmentId, appId));
    if (!s.blockedUntil.isValid() || s.overridden)
        return Status::success();
    const qint64 secs = qMax<qint64>(0, now().secsTo(s.blockedUntil));
    return Status::failure(tr("The server answered 429: this application's rate limit is used up. "
                              "Sending to its quota'd APIs "
                              "is paused until %1 (in %2 s), unless you choose to send anyway.")
                               .arg(s.blockedUntil.toUTC().toString(Qt::ISODate))
                               .arg(secs),
        u"quota-blocked"_s);
}

void QuotaTracker::overrideBlock(const QString &environmentId, const QString &appId)
{
    const QString k = key(environmentId, appId);
    State s = current(k);
    s.overridden = true;
    m_states.insert(k, s);
    scheduleSave();
    Q_EMIT changed(environmentId, appId);
}

std::optional<QDateTime> QuotaTracker::forecastExhaustion(
    const QString &environmentId, const QString &appId) const
{
    const State s = current(key(environmentId, appId));
    const QDateTime t = now();
    if (s.remaining <= 0)
        return t;
    if (s.recentSends.size() < 2)
        return std::nullopt;
    const qint64 spanMs = s.recentSends.first().msecsTo(s.recentSends.last());
    if (spanMs <= 0)
        return std::nullopt;
    const double perMs = double(s.recentSends.size() - 1) / double(spanMs);
    const QDateTime at = t.addMSecs(qint64(double(s.remaining) / perMs));
    if (s.resetAt.isValid() && at >= s.resetAt)
        return std::nullopt;
    return at;
}

Status QuotaTracker::load()
{
    if (m_dir.isEmpty())
        return Status::success();
    const QString path = QDir(m_dir).filePath(u"quota.json"_s);
    if (!QFile::exists(path))
        return Status::success();
    const auto data = AtomicFile::read(path, 4 * 1024 * 1024);
    if (!data)
        return Status::failure(data.errorMessage());
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*data, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        const auto moved = AtomicFile::quarantine(path);
        return Status::failure(
            tr("The quota file was unreadable and was moved to %1.").arg(moved ? *moved : path));
    }
    const QJsonObject root = doc.object();
    if (root.value("schemaVersion"_L1).toInt() > SchemaVersion)
        return Status::failure(
            tr("The quota file is from a newer version; it was left untouched."));
    const QJsonObject entries = root.value("entries"_L1).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        State s;
        s.limit = qMax<qint64>(1, o.value("limit"_L1).toInteger(m_defaultLimit));
        s.remaining = qBound<qint64>(0, o.value("remaining"_L1).toInteger(s.limit), s.limit);
        s.resetAt = QDateTime::fromString(o.value("resetAt"_L1).toString(), Qt::ISODate);
        s.fromHeaders = o.value("fromHeaders"_L1).toBool();
        s.blockedUntil = QDateTime::fromString(o.value("blockedUntil"_L1).toString(), Qt::ISODate);
        s.overridden = o.value("overridden"_L1).toBool();
        for (const QJsonValue &v : o.value("recentSends"_L1).toArray()) {
            const QDateTime d = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
            if (d.isValid())
                s.recentSends.append(d);
        }
        // [time, remaining, limit] triples; anything malformed is skipped.
        for (const QJsonValue &v : o.value("samples"_L1).toArray()) {
            const QJsonArray triple = v.toArray();
            const QDateTime d = QDateTime::fromString(triple.at(0).toString(), Qt::ISODateWithMs);
            const qint64 limit = triple.at(2).toInteger(-1);
            const qint64 remaining = triple.at(1).toInteger(-1);
            if (d.isValid() && limit > 0 && remaining >= 0 && remaining <= limit
                && s.samples.size() < MaxSamples)
                s.samples.append({ d, remaining, limit });
        }
        m_states.insert(it.key(), s);
    }
    return Status::success();
}

Status QuotaTracker::save() const
{
    if (m_dir.isEmpty())
        return Status::success();
    QJsonObject entries;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        const State &s = it.value();
        QJsonArray recent;
        for (const QDateTime &d : s.recentSends)
            recent.append(d.toUTC().toString(Qt::ISODateWithMs));
        QJsonArray samples;
        for (const Sample &sample : s.samples)
            samples.append(QJsonArray {
                sample.at.toUTC().toString(Qt::ISODateWithMs), sample.remaining, sample.limit });
        QJsonObject o { { u"limit"_s, s.limit }, { u"remaining"_s, s.remaining },
            { u"fromHeaders"_s, s.fromHeaders }, { u"overridden"_s, s.overridden },
            { u"recentSends"_s, recent }, { u"samples"_s, samples } };
        if (s.resetAt.isValid())
            o.insert(u"resetAt"_s, s.resetAt.toUTC().toString(Qt::ISODate));
        if (s.blockedUntil.isValid())
            o.insert(u"blockedUntil"_s, s.blockedUntil.toUTC().toString(Qt::ISODate));
        entries.insert(it.key(), o);
    }
    const QJsonObject root { { u"schemaVersion"_s, SchemaVersion }, { u"entries"_s, entries } };
    QDir().mkpath(m_dir);
    return AtomicFile::write(
        QDir(m_dir).filePath(u"quota.json"_s), QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace opc
