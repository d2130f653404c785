#include "history/historystore.h"

#include "common/atomicfile.h"
#include "net/secretmasker.h"
#include "security/secretscanner.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace opc {

namespace {


// Bigger databases skip the full page check on open: it reads every page and
// would delay the window. Their damage still shows up as SQLITE_CORRUPT on
// use, which moves the file aside just the same.
constexpr qint64 kQuickCheckMaxBytes = 64LL * 1024 * 1024;
// Error payloads are small; a body larger than this is not parsed for levels.
constexpr qsizetype kMaxPayloadParse = 2 * 1024 * 1024;
// Rough per-row overhead (row header, index entries) for the size bound.
constexpr qint64 kRowOverhead = 128;


QAtomicInteger<quint64> g_connectionCounter;

// Version 2 (current). started_at is milliseconds since the epoch, UTC;
// headers are a JSON array of [name, value]; details holds timings, TLS,
// quota, redirects and the response's reason and flags as JSON.
const char *const kCreateExchangesV2 = R"(CREATE TABLE exchanges(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at INTEGER NOT NULL,
    method TEXT NOT NULL,
    url TEXT NOT NULL,
    status INTEGER NOT NULL,
    level TEXT,
    levels INTEGER NOT NULL DEFAULT 0,
    duration_ms INTEGER NOT NULL DEFAULT -1,
    request_size INTEGER NOT NULL DEFAULT 0,
    response_size INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    request_headers TEXT,
    request_body BLOB,
    request_body_cut INTEGER NOT NULL DEFAULT 0,
    response_headers TEXT,
    response_body BLOB,
    response_body_cut INTEGER NOT NULL DEFAULT 0,
    details TEXT,
    stored_bytes INTEGER NOT NULL DEFAULT 0))";

const char *const kIndexes[] = {
    "CREATE INDEX exchanges_started ON exchanges(started_at)",
    "CREATE INDEX exchanges_status ON exchanges(status)",
};

const char *const kSummaryColumns
    = "id, started_at, method, url, status, level, levels, duration_ms, request_size, response_size, error";

int nativeCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // The driver may report an extended result code; its low byte is the primary one.
    return ok ? (code & 0xff) : -1;
}

bool isCorruptionCode(int code)
{
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

// Header bytes are kept one Latin-1 character per byte: whatever the server
// sent reads back byte for byte (masked values' UTF-8 bullets included).
QJsonArray headersToArray(const Exchange::Headers &headers)
{
    QJsonArray out;
    for (const auto &h : headers)
        out.append(QJsonArray { QString::fromLatin1(h.first), QString::fromLatin1(h.second) });
    return out;
}

Exchange::Headers headersFromArray(const QJsonArray &rows)
{
    Exchange::Headers out;
    for (const QJsonValue &v : rows) {
        const QJsonArray pair = v.toArray();
        out.append({ pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1() });
    }
    return out;
}

QString headersToJson(const Exchange::Headers &headers)
{
    return QString::fromUtf8(QJsonDocument(headersToArray(headers)).toJson(QJsonDocument::Compact));
}

Exchange::Headers headersFromJson(const QString &text)
{
    return headersFromArray(QJsonDocument::fromJson(text.toUtf8()).array());
}

// Masks first, then cuts: a cut made first could leave half a secret that
// no longer matches the value being masked.
QByteArray maskAndCut(const QByteArray &body, const Redactor &redactor, qint64 cap, bool *cut)
{
    // Room past the cap for a credential that straddles it (a long JWT).
    qsizetype longest = 4096;
    for (const QByteArray &s : redactor.knownSecrets())
        longest = std::max(longest, s.toBase64().size());
    const QByteArray head = body.size() > cap + longest ? body.left(cap + longest) : body;
    QByteArray masked = redactor.redact(head);
    *cut = body.size() > cap || masked.size() > cap;
    if (masked.size() > cap)
        masked.truncate(cap);
    return masked;
}

QJsonObject timingsToJson(const Timings &t)
{
    return t.toJson();
}

Timings timingsFromJson(const QJsonObject &o)
{
    Timings t;
    t.connectStarted = o.value("connectStarted"_L1).toInteger(-1);
    t.encrypted = o.value("encrypted"_L1).toInteger(-1);
    t.requestSent = o.value("requestSent"_L1).toInteger(-1);
    t.firstByte = o.value("firstByte"_L1).toInteger(-1);
    t.finished = o.value("finished"_L1).toInteger(-1);
    return t;
}

QJsonObject tlsToJson(const TlsDetails &tls)
{
    QJsonObject o = tls.toJson();
    o.insert(u"peerChainPem"_s, tls.peerChainPem);
    return o;
}

TlsDetails tlsFromJson(const QJsonObject &o)
{
    TlsDetails t;
    t.used = o.value("used"_L1).toBool();
    t.protocol = o.value("protocol"_L1).toString();
    t.cipher = o.value("cipher"_L1).toString();
    for (const QJsonValue &v : o.value("peerChain"_L1).toArray())
        t.peerChain.append(v.toString());
    t.peerChainPem = o.value("peerChainPem"_L1).toString();
    t.clientCertificate = o.value("clientCertificate"_L1).toString();
    t.revocation = o.value("revocation"_L1).toString();
    t.http2 = o.value("http2"_L1).toBool();
    return t;
}

QuotaSnapshot quotaFromJson(const QJsonObject &o)
{
    QuotaSnapshot q;
    q.valid = o.value("valid"_L1).toBool();
    q.fromHeaders = o.value("fromHeaders"_L1).toBool();
    q.limit = o.value("limit"_L1).toInteger(-1);
    q.remaining = o.value("remaining"_L1).toInteger(-1);
    if (o.contains("resetAt"_L1))
        q.resetAt = QDateTime::fromString(o.value("resetAt"_L1).toString(), Qt::ISODate);
    return q;
}

struct Levels
{
    ErrorLevel highest = ErrorLevel::Unknown;
    int bits = 0;
};

Levels levelsOf(const QByteArray &body)
{
    Levels out;
    if (body.isEmpty() || body.size() > kMaxPayloadParse)
        return out;
    // Most bodies are data, not errors: without the word there is no level,
    // and parsing a megabyte of JSON to learn that costs the window a frame.
    if (!body.contains("evel") && !body.contains("EVEL"))
        return out;
    const ErrorPayload payload = ErrorPayload::parse(body);
    for (const ErrorEntry &e : payload.entries())
        out.bits |= HistoryStore::levelBit(e.level);
    out.highest = payload.highestLevel();
    return out;
}

QByteArray readBodyFile(const QString &path, qint64 max)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(max);
}

HistoryEntry entryFrom(const QSqlQuery &q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::UTC);
    e.method = q.value(2).toString();
    e.url = q.value(3).toString();
    e.status = q.value(4).toInt();
    e.level = errorLevelFromName(q.value(5).toString());
    e.levels = q.value(6).toInt();
    e.durationMs = q.value(7).toLongLong();
    e.requestSize = q.value(8).toLongLong();
    e.responseSize = q.value(9).toLongLong();
    e.error = q.value(10).toString();
    return e;
}

QString escapeLike(QString text)
{
    text.replace(u"\\"_s, u"\\\\"_s);
    text.replace(u"%"_s, u"\\%"_s);
    text.replace(u"_"_s, u"\\_"_s);
    return text;
}

// Builds the WHERE clause of a query and the values bound to it, in order.
QString whereClause(const HistoryQuery &query, QVariantList *binds)
{
    QStringList terms;
    if (!query.urlContains.isEmpty()) {
        terms.append(u"url LIKE ? ESCAPE '\\'"_s);
        binds->append(QString(u"%"_s + escapeLike(query.urlContains) + u"%"_s));
    }
    if (query.statusMin >= 0) {
        terms.append(u"status >= ?"_s);
        binds->append(query.statusMin);
    }
    if (query.statusMax >= 0) {
        terms.append(u"status <= ?"_s);
        binds->append(query.statusMax);
    }
    if (query.level && *query.level != ErrorLevel::Unknown) {
        terms.append(u"(levels & ?) != 0"_s);
        binds->append(HistoryStore::levelBit(*query.level));
    }
    if (query.from.isValid()) {
        terms.append(u"started_at >= ?"_s);
        binds->append(query.from.toMSecsSinceEpoch());
    }
    if (query.to.isValid()) {
        terms.append(u"started_at < ?"_s);
        binds->append(query.to.toMSecsSinceEpoch());
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(" AND "_L1);
}

} // namespace

bool HistoryQuery::setStatusFilter(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty()) {
        statusMin = statusMax = -1;
        return true;
    }
    if (t == "none"_L1) {
        statusMin = statusMax = 0;
        return true;
    }
    if (t.size() == 3 && t.endsWith("xx"_L1) && t.at(0) >= '1'_L1 && t.at(0) <= '5'_L1) {
        statusMin = (t.at(0).unicode() - '0') * 100;
        statusMax = statusMin + 99;
        return true;
    }
    bool ok = false;
    const int code = t.toInt(&ok);
    if (!ok || code < 100 || code > 999)
        return false;
    statusMin = statusMax = code;
    return true;
}

bool HistoryQuery::matches(const HistoryEntry &e) const
{
    if (!urlContains.isEmpty() && !e.url.contains(urlContains, Qt::CaseInsensitive))
        return false;
    if (statusMin >= 0 && e.status < statusMin)
        return false;
    if (statusMax >= 0 && e.status > statusMax)
        return false;
    if (level && *level != ErrorLevel::Unknown && (e.levels & HistoryStore::levelBit(*level)) == 0)
        return false;
    if (from.isValid() && e.startedAt < from)
        return false;
    if (to.isValid() && e.startedAt >= to)
        return false;
    return true;
}

HistoryStore::HistoryStore() = default;

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"history.sqlite"_s);
}

int HistoryStore::levelBit(ErrorLevel level)
{
    switch (level) {
    case ErrorLevel::Warn:
        return 1;
    case ErrorLevel::Error:
        return 2;
    case ErrorLevel::Fatal:
        return 4;
    case ErrorLevel::Unknown:
        break;
    }
    return 0;
}

bool HistoryStore::isOpen() const
{
    return !m_connection.isEmpty() && QSqlDatabase::database(m_connection, false).isOpen();
}

void HistoryStore::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

Status HistoryStore::open(const QString &path, const HistoryLimits &limits)
{
    close();
    m_limits = limits;
    m_notice.clear();
    m_quarantined.clear();
    if (path == kInMemory) {
        m_path = path;
        return openFile();
    }
    m_path = QFileInfo(path).absoluteFilePath();
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir))
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "Cannot create the folder %1 for the history.").arg(QDir::toNativeSeparators(dir)));
    Status s = openFile();
    if (!s && s.errorCode() == "corrupt"_L1)
        s = quarantineAndRecreate(s.errorMessage());
    if (!s) {
        close();
        return s;
    }
    return prune();
}

Status HistoryStore::openFile()
{
    m_connection = u"opc-history-%1"_s.arg(++g_connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    if (!db.isValid())
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "The SQLite driver of Qt is missing; history is not kept."), u"driver"_s);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=2000"_s);
    if (!db.open()) {
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "Cannot open the history %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    }
    // Response bodies are account data: owner-only, like other private files.
    // SQLite gives its -wal and -shm files the database file's permissions.
    if (m_path != kInMemory)
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return prepareSchema();
}

Status HistoryStore::prepareSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    auto corrupt = [this](const QSqlError &error) {
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "%1 is not a readable history database (%2).")
                                   .arg(QDir::toNativeSeparators(m_path), error.databaseText()),
                               u"corrupt"_s);
    };
    auto failed = [this](const QSqlError &error) {
        if (isCorruptionCode(nativeCode(error)))
            return Status::failure(QCoreApplication::translate("opc::HistoryStore", "%1 is not a readable history database (%2).")
                                       .arg(QDir::toNativeSeparators(m_path), error.databaseText()),
                                   u"corrupt"_s);
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "The history database %1 cannot be used: %2")
                                   .arg(QDir::toNativeSeparators(m_path), error.text()));
    };
    // The first read of the header tells a database from garbage.
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s))
        return failed(q.lastError());
    if (QFileInfo(m_path).size() <= kQuickCheckMaxBytes) {
        if (!q.exec(u"PRAGMA quick_check"_s))
            return failed(q.lastError());
        if (!q.next() || q.value(0).toString() != "ok"_L1) {
            return Status::failure(QCoreApplication::translate("opc::HistoryStore", "%1 failed its integrity check (%2).")
                                       .arg(QDir::toNativeSeparators(m_path), q.value(0).toString()),
                                   u"corrupt"_s);
        }
    }
    q.finish();
    // Deleted rows are overwritten, so pruned bodies do not linger in free pages.
    q.exec(u"PRAGMA secure_delete=ON"_s);
    if (!q.exec(u"SELECT name FROM sqlite_master WHERE type='table'"_s))
        return failed(q.lastError());
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    q.finish();
    if (tables.isEmpty())
        return createSchema();

    if (!tables.contains("schema_version"_L1) || !tables.contains("exchanges"_L1)) {
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "%1 is an SQLite database but not the console's history.")
                                   .arg(QDir::toNativeSeparators(m_path)),
                               u"corrupt"_s);
    }
    if (!q.exec(u"SELECT version FROM schema_version"_s) || !q.next()) {
        if (q.lastError().isValid() && !isCorruptionCode(nativeCode(q.lastError())))
            return failed(q.lastError());
        return corrupt(q.lastError());
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion) {
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "The history %1 was written by a newer version of the console (schema %2, this "
                                  "version reads %3). It is left untouched and no history is kept.")
                                   .arg(QDir::toNativeSeparators(m_path))
                                   .arg(version)
                                   .arg(kSchemaVersion),
                               u"newer"_s);
    }
    if (version < 1)
        return corrupt(QSqlError());
    if (version < kSchemaVersion) {
        // A copy of the old file before anything changes it (even the
        // journal mode is in the header), so a downgrade or a failed
        // upgrade loses nothing.
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        q.finish();
        const QString backup = m_path + u".v%1.bak"_s.arg(version);
        QFile::remove(backup);
        if (!QFile::copy(m_path, backup)) {
            return Status::failure(QCoreApplication::translate("opc::HistoryStore", "Cannot back up the history to %1 before upgrading it.")
                                       .arg(QDir::toNativeSeparators(backup)));
        }
        QFile::setPermissions(backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (Status s = q.exec(u"PRAGMA journal_mode=WAL"_s) ? Status() : failed(q.lastError()); !s)
        return s;
    q.exec(u"PRAGMA synchronous=NORMAL"_s);
    q.exec(u"PRAGMA journal_size_limit=8388608"_s);
    if (version < kSchemaVersion) {
        if (Status s = migrate(version); !s)
            return s;
    }
    if (!q.exec(u"SELECT count(*), coalesce(sum(stored_bytes), 0) FROM exchanges"_s) || !q.next())
        return failed(q.lastError());
    m_rows = q.value(0).toLongLong();
    m_storedBytes = q.value(1).toLongLong();
    return {};
}

Status HistoryStore::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // Only possible before the first table exists: lets pruning give pages back.
    q.exec(u"PRAGMA auto_vacuum=INCREMENTAL"_s);
    q.exec(u"PRAGMA journal_mode=WAL"_s);
    q.exec(u"PRAGMA synchronous=NORMAL"_s);
    q.exec(u"PRAGMA journal_size_limit=8388608"_s);
    if (!db.transaction())
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "Cannot create the history: %1").arg(db.lastError().text()));
    QStringList statements { u"CREATE TABLE schema_version(version INTEGER NOT NULL)"_s,
                             u"INSERT INTO schema_version(version) VALUES(%1)"_s.arg(kSchemaVersion),
                             QString::fromLatin1(kCreateExchangesV2) };
    for (const char *index : kIndexes)
        statements.append(QString::fromLatin1(index));
    for (const QString &sql : std::as_const(statements)) {
        if (!q.exec(sql)) {
            const QString why = q.lastError().text();
            db.rollback();
            return Status::failure(QCoreApplication::translate("opc::HistoryStore", "Cannot create the history: %1").arg(why));
        }
    }
    if (!db.commit())
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "Cannot create the history: %1").arg(db.lastError().text()));
    m_rows = 0;
    m_storedBytes = 0;
    return {};
}

// Version 1 kept started_at as ISO 8601 text, headers as "Name: value"
// lines, only the response body, and no level, sizes or details. Version 2
// adds the summary columns the search needs and the request body; levels
// are read from the stored response bodies.
Status HistoryStore::migrate(int from)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const QString backup = m_path + u".v%1.bak"_s.arg(from);

    auto fail = [&db, this](const QString &why) {
        db.rollback();
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "Cannot upgrade the history %1: %2").arg(QDir::toNativeSeparators(m_path), why));
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    if (from == 1) {
        if (!q.exec(QString::fromLatin1(kCreateExchangesV2).replace("TABLE exchanges("_L1, "TABLE exchanges_v2("_L1)))
            return fail(q.lastError().text());
        QSqlQuery old(db);
        old.setForwardOnly(true);
        if (!old.exec(u"SELECT id, started_at, method, url, status, duration_ms, request_headers, response_headers, "
                      "response_body FROM exchanges ORDER BY id"_s))
            return fail(old.lastError().text());
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO exchanges_v2(id, started_at, method, url, status, level, levels, duration_ms, "
                       "request_size, response_size, error, request_headers, request_body, request_body_cut, "
                       "response_headers, response_body, response_body_cut, details, stored_bytes) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, 0, ?, NULL, ?, NULL, 0, ?, ?, ?, '{}', ?)"_s);
        // Version 1 kept headers as text; their bytes are its UTF-8.
        auto parseLines = [](const QString &text) {
            Exchange::Headers out;
            for (const QString &line : text.split('\n'_L1, Qt::SkipEmptyParts)) {
                const qsizetype colon = line.indexOf(':'_L1);
                if (colon > 0)
                    out.append({ line.left(colon).trimmed().toUtf8(), line.mid(colon + 1).trimmed().toUtf8() });
            }
            return out;
        };
        while (old.next()) {
            QDateTime started = QDateTime::fromString(old.value(1).toString(), Qt::ISODateWithMs);
            if (!started.isValid())
                started = QDateTime::fromMSecsSinceEpoch(0, QTimeZone::UTC);
            const Exchange::Headers requestHeaders = m_redactor.redactHeaders(parseLines(old.value(6).toString()), false);
            const Exchange::Headers responseHeaders = m_redactor.redactHeaders(parseLines(old.value(7).toString()), true);
            bool cut = false;
            const QByteArray fullBody = old.value(8).toByteArray();
            const QByteArray body = maskAndCut(fullBody, m_redactor, m_limits.maxBodyBytes, &cut);
            const Levels levels = levelsOf(body);
            const QString url = QString::fromUtf8(m_redactor.redact(old.value(3).toString().toUtf8()));
            const QString reqJson = headersToJson(requestHeaders);
            const QString respJson = headersToJson(responseHeaders);
            insert.addBindValue(old.value(0));
            insert.addBindValue(started.toMSecsSinceEpoch());
            insert.addBindValue(old.value(2).toString());
            insert.addBindValue(url);
            insert.addBindValue(old.value(4).toInt());
            insert.addBindValue(levels.highest == ErrorLevel::Unknown ? QVariant() : QVariant(errorLevelName(levels.highest)));
            insert.addBindValue(levels.bits);
            insert.addBindValue(old.value(5).isNull() ? qint64(-1) : old.value(5).toLongLong());
            insert.addBindValue(qint64(fullBody.size()));
            insert.addBindValue(reqJson);
            insert.addBindValue(respJson);
            insert.addBindValue(body);
            insert.addBindValue(cut ? 1 : 0);
            insert.addBindValue(kRowOverhead + url.size() + reqJson.size() + respJson.size() + body.size());
            if (!insert.exec())
                return fail(insert.lastError().text());
        }
        old.finish();
        const QStringList steps { u"DROP TABLE exchanges"_s, u"ALTER TABLE exchanges_v2 RENAME TO exchanges"_s };
        for (const QString &sql : steps) {
            if (!q.exec(sql))
                return fail(q.lastError().text());
        }
        for (const char *index : kIndexes) {
            if (!q.exec(QString::fromLatin1(index)))
                return fail(q.lastError().text());
        }
    }
    if (!q.exec(u"UPDATE schema_version SET version = %1"_s.arg(kSchemaVersion)))
        return fail(q.lastError().text());
    if (!db.commit())
        return fail(db.lastError().text());
    // Rewrites the file: the old table's pages (and anything the old version
    // left unmasked) are gone, and incremental vacuum is on from now on.
    q.exec(u"PRAGMA auto_vacuum=INCREMENTAL"_s);
    q.exec(u"VACUUM"_s);
    m_notice = QCoreApplication::translate("opc::HistoryStore", "The history was upgraded from schema %1 to %2; the old file was kept as %3.")
                   .arg(from)
                   .arg(kSchemaVersion)
                   .arg(QDir::toNativeSeparators(backup));
    return {};
}

Status HistoryStore::quarantineAndRecreate(const QString &reason)
{
    close();
    const Result<QString> moved = AtomicFile::quarantine(m_path);
    if (!moved)
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "%1 %2").arg(reason, moved.errorMessage()));
    m_quarantined = *moved;
    // The journal belongs to the damaged file: keep it beside the file, and
    // never let SQLite replay it into the fresh one.
    const QString wal = m_path + u"-wal"_s;
    if (QFile::exists(wal) && !QFile::rename(wal, *moved + u"-wal"_s))
        QFile::remove(wal);
    QFile::remove(m_path + u"-shm"_s);
    Status s = openFile();
    if (!s)
        return s;
    m_notice = QCoreApplication::translate("opc::HistoryStore", "%1 It was moved to %2 and a new, empty history was started.")
                   .arg(reason, QDir::toNativeSeparators(*moved));
    return {};
}

bool HistoryStore::looksCorrupt(const QString &nativeCodeText) const
{
    bool ok = false;
    const int code = nativeCodeText.toInt(&ok);
    return ok && isCorruptionCode(code & 0xff);
}

Status HistoryStore::setLimits(const HistoryLimits &limits)
{
    m_limits = limits;
    return isOpen() ? prune() : Status();
}

Result<qint64> HistoryStore::record(const Exchange &exchange, const QByteArray &requestBody)
{
    if (!isOpen())
        return Result<qint64>::failure(QCoreApplication::translate("opc::HistoryStore", "The history is not open."), u"closed"_s);

    const Exchange::Headers requestHeaders = m_redactor.redactHeaders(exchange.requestHeaders, false);
    const Exchange::Headers responseHeaders = m_redactor.redactHeaders(exchange.responseHeaders, true);
    bool requestCut = false;
    const QByteArray storedRequest = maskAndCut(requestBody, m_redactor, m_limits.maxBodyBytes, &requestCut);
    QByteArray responseBody = exchange.body;
    if (responseBody.isEmpty() && !exchange.bodyFile.isEmpty())
        responseBody = readBodyFile(exchange.bodyFile, m_limits.maxBodyBytes + 4096);
    bool responseCut = false;
    QByteArray storedResponse = maskAndCut(responseBody, m_redactor, m_limits.maxBodyBytes, &responseCut);
    responseCut = responseCut || exchange.bodySize > storedResponse.size();
    // Levels come from the whole body when it is in memory, so a long
    // payload cut for storage still lists under its level.
    const Levels levels = levelsOf(responseBody.size() <= kMaxPayloadParse ? responseBody : storedResponse);
    const QString url = QString::fromUtf8(m_redactor.redact(exchange.url.toUtf8()));
    const QDateTime started = exchange.startedAt.isValid() ? exchange.startedAt : QDateTime::currentDateTimeUtc();

    QJsonArray redirects;
    for (const QString &r : exchange.redirectChain)
        redirects.append(QString::fromUtf8(m_redactor.redact(r.toUtf8())));
    QJsonObject details { { u"reason"_s, QString::fromLatin1(exchange.reason) },
                          { u"timings"_s, timingsToJson(exchange.timings) },
                          { u"tls"_s, tlsToJson(exchange.tls) },
                          { u"quota"_s, exchange.quota.toJson() },
                          { u"redirects"_s, redirects },
                          { u"requestBodySize"_s, exchange.requestBodySize },
                          { u"bodySize"_s, exchange.bodySize },
                          { u"expectedSize"_s, exchange.expectedSize },
                          { u"truncated"_s, exchange.truncated } };
    // The hops of a redirected exchange; a single hop is the row itself.
    if (exchange.hops.size() > 1) {
        QJsonArray hops;
        for (const ExchangeHop &hop : exchange.hops) {
            hops.append(QJsonObject {
                { u"method"_s, QString::fromLatin1(hop.method) },
                { u"url"_s, QString::fromUtf8(m_redactor.redact(hop.url.toUtf8())) },
                { u"requestHeaders"_s,
                    headersToArray(m_redactor.redactHeaders(hop.requestHeaders, false)) },
                { u"requestBodySize"_s, hop.requestBodySize },
                { u"status"_s, hop.status },
                { u"reason"_s, QString::fromLatin1(hop.reason) },
                { u"responseHeaders"_s,
                    headersToArray(m_redactor.redactHeaders(hop.responseHeaders, true)) },
            });
        }
        details.insert(u"hops"_s, hops);
    }
    if (!exchange.errorCode.isEmpty())
        details.insert(u"errorCode"_s, exchange.errorCode);
    if (!exchange.warning.isEmpty())
        details.insert(u"warning"_s, exchange.warning);
    if (!exchange.environmentId.isEmpty())
        details.insert(u"environment"_s, exchange.environmentId);
    if (!exchange.applicationId.isEmpty())
        details.insert(u"application"_s, exchange.applicationId);
    if (!exchange.composedUrl.isEmpty())
        details.insert(u"composedUrl"_s, QString::fromUtf8(m_redactor.redact(exchange.composedUrl.toUtf8())));
    const QString detailsJson = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    const QString reqJson = headersToJson(requestHeaders);
    const QString respJson = headersToJson(responseHeaders);
    const QString error = QString::fromUtf8(m_redactor.redact(exchange.error.toUtf8()));
    const qint64 bytes = kRowOverhead + url.size() + reqJson.size() + respJson.size() + detailsJson.size()
        + error.size() + storedRequest.size() + storedResponse.size();

    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(u"INSERT INTO exchanges(started_at, method, url, status, level, levels, duration_ms, request_size, "
                  "response_size, error, request_headers, request_body, request_body_cut, response_headers, "
                  "response_body, response_body_cut, details, stored_bytes) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(started.toMSecsSinceEpoch());
        q.addBindValue(QString::fromLatin1(exchange.method));
        q.addBindValue(url);
        q.addBindValue(exchange.status);
        q.addBindValue(levels.highest == ErrorLevel::Unknown ? QVariant() : QVariant(errorLevelName(levels.highest)));
        q.addBindValue(levels.bits);
        q.addBindValue(exchange.timings.finished);
        q.addBindValue(exchange.requestBodySize > 0 ? exchange.requestBodySize : qint64(requestBody.size()));
        q.addBindValue(exchange.bodySize);
        q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
        q.addBindValue(reqJson);
        q.addBindValue(storedRequest);
        q.addBindValue(requestCut ? 1 : 0);
        q.addBindValue(respJson);
        q.addBindValue(storedResponse);
        q.addBindValue(responseCut ? 1 : 0);
        q.addBindValue(detailsJson);
        q.addBindValue(bytes);
        if (q.exec()) {
            const qint64 id = q.lastInsertId().toLongLong();
            q.finish();
            ++m_rows;
            m_storedBytes += bytes;
            if (Status s = prune(); !s)
                return Result<qint64>::failure(s.errorMessage());
            return id;
        }
        const QSqlError error = q.lastError();
        q.finish();
        if (attempt == 0 && looksCorrupt(error.nativeErrorCode())) {
            const Status s = quarantineAndRecreate(
                QCoreApplication::translate("opc::HistoryStore", "The history %1 became unreadable (%2).").arg(QDir::toNativeSeparators(m_path), error.databaseText()));
            if (!s)
                return Result<qint64>::failure(s.errorMessage());
            continue;
        }
        return Result<qint64>::failure(QCoreApplication::translate("opc::HistoryStore", "Cannot record the exchange in the history: %1").arg(error.text()));
    }
    return Result<qint64>::failure(QCoreApplication::translate("opc::HistoryStore", "Cannot record the exchange in the history."));
}

Status HistoryStore::prune()
{
    if (m_rows <= m_limits.maxEntries && m_storedBytes <= m_limits.maxTotalBytes)
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Walk from the oldest, dropping rows until both bounds hold; the newest
    // row always stays, even when it alone is over the size bound.
    if (!q.exec(u"SELECT id, stored_bytes FROM exchanges ORDER BY id ASC"_s))
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "Cannot prune the history: %1").arg(q.lastError().text()));
    qint64 rows = m_rows;
    qint64 bytes = m_storedBytes;
    qint64 lastId = -1;
    while ((rows > m_limits.maxEntries || bytes > m_limits.maxTotalBytes) && rows > 1 && q.next()) {
        lastId = q.value(0).toLongLong();
        bytes -= q.value(1).toLongLong();
        --rows;
    }
    q.finish();
    if (lastId < 0)
        return {};
    if (!q.exec(u"DELETE FROM exchanges WHERE id <= %1"_s.arg(lastId)))
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "Cannot prune the history: %1").arg(q.lastError().text()));
    m_rows = rows;
    m_storedBytes = bytes;
    q.exec(u"PRAGMA incremental_vacuum"_s);
    while (q.next()) { }
    return {};
}

QList<HistoryEntry> HistoryStore::search(const HistoryQuery &query) const
{
    QList<HistoryEntry> out;
    if (!isOpen())
        return out;
    QVariantList binds;
    const QString sql = u"SELECT "_s + QLatin1StringView(kSummaryColumns) + u" FROM exchanges"_s
        + whereClause(query, &binds) + u" ORDER BY id DESC LIMIT ? OFFSET ?"_s;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(query.limit < 0 ? -1 : query.limit);
    q.addBindValue(std::max(0, query.offset));
    if (!q.exec())
        return out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

qint64 HistoryStore::count(const HistoryQuery &query) const
{
    if (!isOpen())
        return 0;
    QVariantList binds;
    const QString sql = u"SELECT count(*) FROM exchanges"_s + whereClause(query, &binds);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT "_s + QLatin1StringView(kSummaryColumns) + u" FROM exchanges WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFrom(q);
}

std::optional<HistoryRecord> HistoryStore::exchange(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT "_s + QLatin1StringView(kSummaryColumns)
              + u", request_headers, request_body, request_body_cut, response_headers, response_body, "
                "response_body_cut, details FROM exchanges WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    HistoryRecord r;
    r.entry = entryFrom(q);
    Exchange &ex = r.exchange;
    ex.method = r.entry.method.toLatin1();
    ex.url = r.entry.url;
    ex.startedAt = r.entry.startedAt;
    ex.status = r.entry.status;
    ex.requestHeaders = headersFromJson(q.value(11).toString());
    r.requestBody = q.value(12).toByteArray();
    r.requestBodyCut = q.value(13).toInt() != 0;
    ex.responseHeaders = headersFromJson(q.value(14).toString());
    ex.body = q.value(15).toByteArray();
    r.responseBodyCut = q.value(16).toInt() != 0;
    const QJsonObject details = QJsonDocument::fromJson(q.value(17).toString().toUtf8()).object();
    ex.reason = details.value("reason"_L1).toString().toLatin1();
    ex.timings = timingsFromJson(details.value("timings"_L1).toObject());
    ex.tls = tlsFromJson(details.value("tls"_L1).toObject());
    ex.quota = quotaFromJson(details.value("quota"_L1).toObject());
    for (const QJsonValue &v : details.value("redirects"_L1).toArray())
        ex.redirectChain.append(v.toString());
    // Rows written before hops were kept have none: allHops() stands in.
    for (const QJsonValue &v : details.value("hops"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        ExchangeHop hop;
        hop.method = o.value("method"_L1).toString().toLatin1();
        hop.url = o.value("url"_L1).toString();
        hop.requestHeaders = headersFromArray(o.value("requestHeaders"_L1).toArray());
        hop.requestBodySize = o.value("requestBodySize"_L1).toInteger();
        hop.status = o.value("status"_L1).toInt();
        hop.reason = o.value("reason"_L1).toString().toLatin1();
        hop.responseHeaders = headersFromArray(o.value("responseHeaders"_L1).toArray());
        ex.hops.append(hop);
    }
    ex.requestBodySize = details.value("requestBodySize"_L1).toInteger(r.entry.requestSize);
    ex.bodySize = details.value("bodySize"_L1).toInteger(r.entry.responseSize);
    ex.expectedSize = details.value("expectedSize"_L1).toInteger(-1);
    ex.truncated = details.value("truncated"_L1).toBool() || r.responseBodyCut;
    ex.error = r.entry.error;
    ex.errorCode = details.value("errorCode"_L1).toString();
    ex.warning = details.value("warning"_L1).toString();
    ex.environmentId = details.value("environment"_L1).toString();
    ex.composedUrl = details.value("composedUrl"_L1).toString();
    ex.applicationId = details.value("application"_L1).toString();
    if (r.responseBodyCut) {
        const QString kept = QCoreApplication::translate("opc::HistoryStore", "The history kept the first %1 of %2 bytes of this body.")
                                 .arg(ex.body.size())
                                 .arg(ex.bodySize);
        ex.warning = ex.warning.isEmpty() ? kept : ex.warning + u" "_s + kept;
    }
    return r;
}

Status HistoryStore::remove(qint64 id)
{
    if (!isOpen())
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "The history is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM exchanges WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "Cannot delete from the history: %1").arg(q.lastError().text()));
    q.finish();
    if (!q.exec(u"SELECT count(*), coalesce(sum(stored_bytes), 0) FROM exchanges"_s) || !q.next())
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "Cannot read the history: %1").arg(q.lastError().text()));
    m_rows = q.value(0).toLongLong();
    m_storedBytes = q.value(1).toLongLong();
    return {};
}

Status HistoryStore::clear()
{
    if (!isOpen())
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "The history is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"DELETE FROM exchanges"_s))
        return Status::failure(QCoreApplication::translate("opc::HistoryStore", "Cannot clear the history: %1").arg(q.lastError().text()));
    m_rows = 0;
    m_storedBytes = 0;
    q.exec(u"PRAGMA incremental_vacuum"_s);
    while (q.next()) { }
    q.finish();
    // Leave no old pages in the journal either.
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return {};
}

} // namespace opc
