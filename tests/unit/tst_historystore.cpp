// HistoryStore over real SQLite files: recording and reopening, searching
// by URL, status, level and date, pruning by count and by size, the body
// cap, masking of credentials in the file's bytes (SEC-07), a damaged file
// moved aside, a newer file left alone and the upgrade of a version 1 file.

#include "history/historystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

const QDateTime kBase = QDateTime(QDate(2026, 5, 4), QTime(9, 0), QTimeZone::UTC);

Exchange makeExchange(const QString &url, int status, const QByteArray &body = {}, int minutes = 0)
{
    Exchange ex;
    ex.method = "GET";
    ex.url = url;
    ex.startedAt = kBase.addSecs(minutes * 60);
    ex.status = status;
    ex.reason = status == 200 ? "OK" : "Whatever";
    ex.requestHeaders = { { "accept", "application/json" } };
    ex.responseHeaders = { { "content-type", "application/json" } };
    ex.body = body;
    ex.bodySize = body.size();
    ex.timings.finished = 42 + minutes;
    return ex;
}

QByteArray payload(const QStringList &levels)
{
    QByteArray entries;
    for (const QString &l : levels) {
        if (!entries.isEmpty())
            entries += ',';
        entries += R"({"id":"x","level":")" + l.toLatin1() + R"(","type":"TECHNICAL","message":"m","code":"1"})";
    }
    return R"({"errors":[)" + entries + "]}";
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file the store left in the folder (database, WAL, shm, backups).
QByteArray allBytes(const QString &dir)
{
    QByteArray out;
    for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Files))
        out += fileBytes(fi.absoluteFilePath());
    return out;
}

QList<qint64> ids(const QList<HistoryEntry> &entries)
{
    QList<qint64> out;
    for (const HistoryEntry &e : entries)
        out.append(e.id);
    return out;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAndReopens();
    void persistsAcrossOpens();
    void searchesByUrlStatusLevelAndDate();
    void statusFilterText();
    void queryMatchesWhatSearchFinds();
    void keepsInMemory();
    void prunesByCount();
    void prunesBySize();
    void capsBodies();
    void recordCostStaysSmall();
    void masksCredentialsInTheFile();
    void keepsRedirectHops();
    void movesGarbageAside();
    void movesTruncatedDatabaseAside();
    void leavesNewerDatabaseAlone();
    void migratesVersionOne();
};

void TestHistoryStore::recordsAndReopens()
{
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY2(store.open(HistoryStore::defaultPath(dir.path())), "open");
    QVERIFY(store.recoveryNotice().isEmpty());

    Exchange ex = makeExchange(u"https://127.0.0.1:8443/accounts/v3/accounts?limit=10"_s, 400,
                               payload({ u"ERROR"_s, u"WARN"_s }));
    ex.method = "POST";
    ex.requestHeaders.append(qMakePair(QByteArray("content-type"), QByteArray("application/json")));
    ex.requestBodySize = 15;
    ex.responseHeaders.append(qMakePair(QByteArray("x-ratelimit-remaining"), QByteArray("997")));
    ex.timings = Timings { 1, 5, 6, 30, 31 };
    ex.tls.used = true;
    ex.tls.protocol = u"TLSv1.3"_s;
    ex.tls.cipher = u"TLS_AES_256_GCM_SHA384"_s;
    ex.tls.peerChain = QStringList { u"CN=127.0.0.1"_s, u"CN=OP sandbox simulator CA"_s };
    ex.quota.valid = true;
    ex.quota.limit = 1000;
    ex.quota.remaining = 997;
    ex.quota.resetAt = kBase.addSecs(3600);
    ex.redirectChain = QStringList { u"https://127.0.0.1:8443/old"_s };
    ex.warning = u"slow"_s;
    const Result<qint64> id = store.record(ex, R"({"amount":"1"})");
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));

    const std::optional<HistoryRecord> back = store.exchange(*id);
    QVERIFY(back);
    QCOMPARE(back->entry.id, *id);
    QCOMPARE(back->entry.method, u"POST"_s);
    QCOMPARE(back->entry.status, 400);
    QCOMPARE(back->entry.level, ErrorLevel::Error);
    QCOMPARE(back->entry.levels, HistoryStore::levelBit(ErrorLevel::Error) | HistoryStore::levelBit(ErrorLevel::Warn));
    QCOMPARE(back->entry.durationMs, 31);
    QCOMPARE(back->entry.startedAt, ex.startedAt);
    const Exchange &r = back->exchange;
    QCOMPARE(r.url, ex.url);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.reason, QByteArray("Whatever"));
    QCOMPARE(r.requestHeaders, ex.requestHeaders);
    QCOMPARE(r.responseHeaders, ex.responseHeaders);
    QCOMPARE(r.body, ex.body);
    QCOMPARE(r.bodySize, ex.bodySize);
    QCOMPARE(r.requestBodySize, 15);
    QCOMPARE(back->requestBody, QByteArray(R"({"amount":"1"})"));
    QCOMPARE(r.timings.firstByte, 30);
    QCOMPARE(r.tls.protocol, ex.tls.protocol);
    QCOMPARE(r.tls.peerChain, ex.tls.peerChain);
    QVERIFY(r.quota.valid);
    QCOMPARE(r.quota.remaining, 997);
    QCOMPARE(r.quota.resetAt, ex.quota.resetAt);
    QCOMPARE(r.redirectChain, ex.redirectChain);
    QCOMPARE(r.warning, u"slow"_s);
    QVERIFY(!r.truncated);

    // A failed send has no response but is still listed with its sentence.
    Exchange failed = makeExchange(u"https://127.0.0.1:1/"_s, 0);
    failed.error = u"The connection was refused."_s;
    failed.errorCode = u"connection-refused"_s;
    const Result<qint64> fid = store.record(failed);
    QVERIFY(fid.ok());
    const std::optional<HistoryRecord> f = store.exchange(*fid);
    QVERIFY(f);
    QCOMPARE(f->exchange.error, failed.error);
    QCOMPARE(f->exchange.errorCode, failed.errorCode);
    QVERIFY(!f->exchange.hasResponse());
    QVERIFY(!store.exchange(*fid + 100));
}

void TestHistoryStore::persistsAcrossOpens()
{
    QTemporaryDir dir;
    const QString path = HistoryStore::defaultPath(dir.path());
    qint64 first = 0;
    {
        HistoryStore store;
        QVERIFY(store.open(path));
        first = store.record(makeExchange(u"https://h/a"_s, 200)).value();
        QVERIFY(store.record(makeExchange(u"https://h/b"_s, 201)).ok());
    }
    HistoryStore again;
    QVERIFY(again.open(path));
    QCOMPARE(again.count(), 2);
    QVERIFY(again.storedBytes() > 0);
    const qint64 third = again.record(makeExchange(u"https://h/c"_s, 202)).value();
    QVERIFY(third > first + 1);
    const QList<HistoryEntry> all = again.search({});
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.first().url, u"https://h/c"_s); // newest first
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

void TestHistoryStore::searchesByUrlStatusLevelAndDate()
{
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(HistoryStore::defaultPath(dir.path())));
    const qint64 ok200 = store.record(makeExchange(u"https://h/accounts/v3/accounts"_s, 200, "[]", 0)).value();
    const qint64 nf404 = store.record(makeExchange(u"https://h/accounts/v3/accounts/zz"_s, 404, payload({ u"ERROR"_s }), 10)).value();
    const qint64 val400 = store.record(makeExchange(u"https://h/v1/payments"_s, 400, payload({ u"ERROR"_s, u"WARN"_s }), 20)).value();
    const qint64 warn201 = store.record(makeExchange(u"https://h/v1/payments"_s, 201, payload({ u"WARN"_s }), 30)).value();
    const qint64 fatal503 = store.record(makeExchange(u"https://h/v1/payments/1"_s, 503, payload({ u"FATAL"_s }), 40)).value();
    const qint64 odd = store.record(makeExchange(u"https://h/funds/100%_real"_s, 500, "oops", 50)).value();
    Exchange none = makeExchange(u"https://h/branches"_s, 0, {}, 60);
    none.error = u"refused"_s;
    const qint64 failed = store.record(none).value();

    HistoryQuery q;
    q.urlContains = u"ACCOUNTS"_s; // case-insensitive
    QCOMPARE(ids(store.search(q)), (QList<qint64> { nf404, ok200 }));
    q.urlContains = u"100%_"_s; // LIKE wildcards are taken literally
    QCOMPARE(ids(store.search(q)), QList<qint64> { odd });
    q.urlContains = u"0%"_s;
    QCOMPARE(ids(store.search(q)), QList<qint64> { odd });

    q = {};
    QVERIFY(q.setStatusFilter(u"404"_s));
    QCOMPARE(ids(store.search(q)), QList<qint64> { nf404 });
    QVERIFY(q.setStatusFilter(u"4xx"_s));
    QCOMPARE(ids(store.search(q)), (QList<qint64> { val400, nf404 }));
    QVERIFY(q.setStatusFilter(u"5XX"_s));
    QCOMPARE(ids(store.search(q)), (QList<qint64> { odd, fatal503 }));
    QVERIFY(q.setStatusFilter(u"2xx"_s));
    QCOMPARE(ids(store.search(q)), (QList<qint64> { warn201, ok200 }));
    QVERIFY(q.setStatusFilter(u"none"_s));
    QCOMPARE(ids(store.search(q)), QList<qint64> { failed });
    QCOMPARE(store.count(q), 1);

    q = {};
    q.level = ErrorLevel::Fatal;
    QCOMPARE(ids(store.search(q)), QList<qint64> { fatal503 });
    q.level = ErrorLevel::Error;
    QCOMPARE(ids(store.search(q)), (QList<qint64> { val400, nf404 }));
    q.level = ErrorLevel::Warn; // any entry of the level counts, not only the most severe
    QCOMPARE(ids(store.search(q)), (QList<qint64> { warn201, val400 }));
    QCOMPARE(store.entry(val400)->level, ErrorLevel::Error);
    QCOMPARE(store.entry(warn201)->level, ErrorLevel::Warn);
    QCOMPARE(store.entry(ok200)->level, ErrorLevel::Unknown);

    q = {};
    q.from = kBase.addSecs(10 * 60);
    q.to = kBase.addSecs(40 * 60); // exclusive
    QCOMPARE(ids(store.search(q)), (QList<qint64> { warn201, val400, nf404 }));

    // Combined, with paging.
    q = {};
    q.urlContains = u"payments"_s;
    QVERIFY(q.setStatusFilter(u"2xx"_s));
    QCOMPARE(ids(store.search(q)), QList<qint64> { warn201 });
    q = {};
    q.limit = 2;
    q.offset = 1;
    QCOMPARE(ids(store.search(q)), (QList<qint64> { odd, fatal503 }));
    QCOMPARE(store.count(), 7);
}

void TestHistoryStore::statusFilterText()
{
    HistoryQuery q;
    QVERIFY(q.setStatusFilter(u" 3xx "_s));
    QCOMPARE(q.statusMin, 300);
    QCOMPARE(q.statusMax, 399);
    QVERIFY(!q.setStatusFilter(u"abc"_s));
    QVERIFY(!q.setStatusFilter(u"9xx"_s));
    QVERIFY(!q.setStatusFilter(u"42"_s));
    QCOMPARE(q.statusMin, 300); // unchanged by a refused text
    QVERIFY(q.setStatusFilter(QString()));
    QCOMPARE(q.statusMin, -1);
}

void TestHistoryStore::queryMatchesWhatSearchFinds()
{
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(HistoryStore::defaultPath(dir.path())));
    const QList<int> statuses { 0, 200, 201, 302, 400, 404, 429, 500, 503 };
    const QList<QStringList> levels { {}, { u"WARN"_s }, { u"ERROR"_s }, { u"FATAL"_s }, { u"ERROR"_s, u"WARN"_s } };
    int n = 0;
    for (int status : statuses) {
        for (const QStringList &l : levels) {
            const QString url = (n % 3 == 0 ? u"https://h/Accounts/"_s : u"https://h/payments/"_s) + QString::number(n);
            QVERIFY(store.record(makeExchange(url, status, l.isEmpty() ? QByteArray("{}") : payload(l), n)).ok());
            ++n;
        }
    }
    const QList<HistoryEntry> all = store.search({});
    QCOMPARE(all.size(), n);
    QList<HistoryQuery> queries;
    for (const QString &status : { u""_s, u"4xx"_s, u"404"_s, u"none"_s, u"2xx"_s }) {
        for (const std::optional<ErrorLevel> &level :
             { std::optional<ErrorLevel>(), std::optional(ErrorLevel::Warn), std::optional(ErrorLevel::Fatal) }) {
            for (const QString &url : { u""_s, u"accounts"_s, u"/1"_s }) {
                HistoryQuery q;
                QVERIFY(q.setStatusFilter(status));
                q.level = level;
                q.urlContains = url;
                q.from = kBase.addSecs(5 * 60);
                queries.append(q);
            }
        }
    }
    for (const HistoryQuery &q : std::as_const(queries)) {
        QList<qint64> expected;
        for (const HistoryEntry &e : all) {
            if (q.matches(e))
                expected.append(e.id);
        }
        QCOMPARE(ids(store.search(q)), expected);
    }
}

void TestHistoryStore::keepsInMemory()
{
    HistoryStore store;
    QVERIFY(store.open(HistoryStore::kInMemory));
    QVERIFY(store.isOpen());
    const qint64 id = store.record(makeExchange(u"https://h/m"_s, 200, "{}")).value();
    QCOMPARE(store.exchange(id)->exchange.url, u"https://h/m"_s);
    QCOMPARE(store.count(), 1);
}

void TestHistoryStore::prunesByCount()
{
    QTemporaryDir dir;
    HistoryStore store;
    HistoryLimits limits;
    limits.maxEntries = 5;
    QVERIFY(store.open(HistoryStore::defaultPath(dir.path()), limits));
    QList<qint64> recorded;
    for (int i = 0; i < 12; ++i)
        recorded.append(store.record(makeExchange(u"https://h/%1"_s.arg(i), 200, "{}", i)).value());
    QCOMPARE(store.count(), 5);
    QList<qint64> newest = recorded.mid(7);
    std::reverse(newest.begin(), newest.end());
    QCOMPARE(ids(store.search({})), newest);
    QVERIFY(!store.exchange(recorded.first()));

    // Lowering the bound prunes at once.
    limits.maxEntries = 2;
    QVERIFY(store.setLimits(limits));
    QCOMPARE(store.count(), 2);
    QCOMPARE(ids(store.search({})).first(), recorded.last());
}

void TestHistoryStore::prunesBySize()
{
    QTemporaryDir dir;
    const QString path = HistoryStore::defaultPath(dir.path());
    HistoryLimits limits;
    limits.maxTotalBytes = 300 * 1024;
    limits.maxBodyBytes = 64 * 1024;
    qint64 last = 0;
    {
        HistoryStore store;
        QVERIFY(store.open(path, limits));
        for (int i = 0; i < 100; ++i) {
            // Random bytes do not compress away in any layer.
            QByteArray body(40 * 1024, Qt::Uninitialized);
            for (char &c : body)
                c = char('a' + QRandomGenerator::global()->bounded(26));
            last = store.record(makeExchange(u"https://h/%1"_s.arg(i), 200, body, i)).value();
            QVERIFY(store.storedBytes() <= limits.maxTotalBytes);
        }
        const qint64 kept = store.count();
        QVERIFY2(kept >= 5 && kept <= 8, qPrintable(QString::number(kept)));
        QCOMPARE(ids(store.search({})).first(), last);
        QVERIFY(store.exchange(last)->exchange.body.size() == 40 * 1024);
    }
    // Deleted rows give their pages back: the file stays near the bound
    // instead of growing with everything ever recorded (~4 MB here).
    const qint64 size = QFileInfo(path).size();
    QVERIFY2(size < 2 * limits.maxTotalBytes + 256 * 1024, qPrintable(QString::number(size)));
}

void TestHistoryStore::capsBodies()
{
    QTemporaryDir dir;
    HistoryStore store;
    HistoryLimits limits;
    limits.maxBodyBytes = 1000;
    QVERIFY(store.open(HistoryStore::defaultPath(dir.path()), limits));
    const QByteArray big(5000, 'x');
    Exchange ex = makeExchange(u"https://h/big"_s, 200, big);
    ex.requestBodySize = 3000;
    const qint64 id = store.record(ex, QByteArray(3000, 'r')).value();
    const HistoryRecord r = *store.exchange(id);
    QCOMPARE(r.exchange.body, big.left(1000));
    QCOMPARE(r.exchange.bodySize, 5000);
    QVERIFY(r.responseBodyCut);
    QVERIFY(r.exchange.truncated);
    QVERIFY(r.exchange.warning.contains(u"1000"_s));
    QCOMPARE(r.requestBody.size(), 1000);
    QVERIFY(r.requestBodyCut);
    QCOMPARE(r.entry.requestSize, 3000);
    QCOMPARE(r.entry.responseSize, 5000);

    // A long error payload is cut for storage but still lists under its level.
    QByteArray longPayload = payload({ u"FATAL"_s });
    longPayload.insert(longPayload.size() - 1, ",\"pad\":\"" + QByteArray(4000, 'p') + "\"");
    const qint64 fid = store.record(makeExchange(u"https://h/fatal"_s, 503, longPayload)).value();
    QCOMPARE(store.entry(fid)->level, ErrorLevel::Fatal);
}

// Recording runs on the GUI thread after every send: a 1 MB JSON reply (the
// default body cap) must not stall the window.
void TestHistoryStore::recordCostStaysSmall()
{
    QTemporaryDir dir;
    HistoryStore store;
    HistoryLimits limits;
    limits.maxTotalBytes = 8 * 1024 * 1024; // pruning included in the cost
    QVERIFY(store.open(HistoryStore::defaultPath(dir.path()), limits));
    QByteArray body = "[";
    for (int i = 0; body.size() < 1024 * 1024; ++i)
        body += R"({"accountId":"lPVzMjWEjt5R0bY0G7Wd2xw5tdRLo8bZ0bSC1a2U7gE","iban":"FI2350009421535899","n":)"
            + QByteArray::number(i) + "},";
    body.back() = ']';
    QElapsedTimer timer;
    qint64 worst = 0;
    constexpr int kRecords = 20;
    timer.start();
    for (int i = 0; i < kRecords; ++i) {
        QElapsedTimer one;
        one.start();
        QVERIFY(store.record(makeExchange(u"https://h/accounts/%1"_s.arg(i), 200, body, i)).ok());
        worst = std::max(worst, one.elapsed());
    }
    qInfo("%d records of a %lld-byte body: %lld ms in all, worst %lld ms", kRecords, qint64(body.size()),
          timer.elapsed(), worst);
    QVERIFY2(worst < 250, qPrintable(QString::number(worst)));
    QVERIFY(store.count() < kRecords); // the size bound pruned
}

void TestHistoryStore::masksCredentialsInTheFile()
{
    QTemporaryDir dir;
    const QByteArray apiKey = "k3yAbCdEf0123456789ZyXwVuT";
    const QByteArray apiSecret = "s3cr3tQwErTy0987654321PoIu";
    const QByteArray token = "6c18c234b1b18b1d97c7043e2e41135c293d0da9";
    const QByteArray signature = "0:5f2b0a1c8d9e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a";
    const QByteArray session = "b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6";
    const QList<QByteArray> raw { apiKey, apiSecret, token, signature.mid(2), session };

    HistoryStore store;
    QVERIFY(store.open(HistoryStore::defaultPath(dir.path())));
    store.setKnownSecrets({ apiSecret });
    Exchange ex = makeExchange(u"https://h/__echo?client_secret="_s + QString::fromLatin1(apiSecret), 200);
    ex.method = "POST";
    ex.requestHeaders = { { "Authorization", "Bearer " + token },
                          { "x-api-key", apiKey },
                          { "x-authorization", token },
                          { "x-hmac-signature", signature },
                          { "Cookie", "session=" + session },
                          { "x-note", "secret is " + apiSecret } };
    // An echo endpoint sends the credentials back in the body and a header.
    ex.body = R"({"headers":{"authorization":"Bearer )" + token + R"(","x-api-key":")" + apiKey
        + R"("},"body":")" + apiSecret.toBase64() + R"("})";
    ex.bodySize = ex.body.size();
    ex.responseHeaders = { { "Set-Cookie", "session=" + session }, { "x-api-key", apiKey } };
    store.setKnownSecrets({ apiSecret, apiKey, token });
    const qint64 id = store.record(ex, "client_secret=" + apiSecret).value();

    // While open (database and WAL) and after close (checkpointed file).
    QByteArray bytes = allBytes(dir.path());
    QVERIFY(!bytes.isEmpty());
    for (const QByteArray &secret : raw)
        QVERIFY2(!bytes.contains(secret), secret.constData());
    QVERIFY(!bytes.contains(apiSecret.toBase64()));

    const HistoryRecord r = *store.exchange(id);
    // Masked, not dropped: the scheme and a tail remain to tell tokens apart.
    QVERIFY(r.exchange.requestHeaders.at(0).second.startsWith("Bearer \xe2\x80\xa2"));
    QVERIFY(r.exchange.requestHeaders.at(0).second.endsWith(token.right(4)));
    QCOMPARE(r.exchange.requestHeaders.at(1).first, QByteArray("x-api-key"));
    QVERIFY(!r.exchange.url.contains(QString::fromLatin1(apiSecret)));
    QVERIFY(!r.requestBody.contains(apiSecret));
    bytes = allBytes(dir.path());
    for (const QByteArray &secret : raw)
        QVERIFY2(!bytes.contains(secret), secret.constData());

    // Credentials nobody named are found by their shape.
    const QByteArray access = "AAIkZjM5YTQ3N2QtY2FkNy00ZDU0LWE3NTEtNjFmNDk4ZjAxN2Rh";
    const QByteArray refresh = "RT-8d1f0c2b9e7a4f6d3c5b1a0e9f8d7c6b";
    const QByteArray clientSecret = "cs_live_51H8xYzAbCdEfGhIjKlMn";
    const QByteArray jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI4ODg4ODg4MSJ9.c2lnbmF0dXJlLWJ5dGVz";
    const QByteArray keyBody = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";
    Exchange oauth = makeExchange(u"https://h/oauth/token"_s, 200);
    oauth.body = R"({"access_token":")" + access + R"(","refresh_token":")" + refresh + R"(","id_token":")" + jwt
        + R"(","key":"-----BEGIN PRIVATE KEY-----\n)" + keyBody + R"(\n-----END PRIVATE KEY-----\n"})";
    oauth.bodySize = oauth.body.size();
    const qint64 oid = store.record(oauth, "grant_type=client_credentials&client_secret=" + clientSecret).value();
    const HistoryRecord o = *store.exchange(oid);
    QVERIFY(QJsonDocument::fromJson(o.exchange.body).isObject()); // still JSON
    QVERIFY(o.requestBody.startsWith("grant_type=client_credentials&client_secret="));
    store.close();
    bytes = allBytes(dir.path());
    for (const QByteArray &secret : raw + QList<QByteArray> { access, refresh, clientSecret, jwt, keyBody })
        QVERIFY2(!bytes.contains(secret), secret.constData());

    // A value the engine already masked keeps its tail.
    HistoryStore again;
    QVERIFY(again.open(HistoryStore::defaultPath(dir.path())));
    Exchange masked = makeExchange(u"https://h/x"_s, 200);
    masked.requestHeaders = { { "x-authorization", "\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2" + token.right(4) } };
    const qint64 mid = again.record(masked).value();
    QCOMPARE(again.exchange(mid)->exchange.requestHeaders.at(0).second, masked.requestHeaders.at(0).second);
}

void TestHistoryStore::keepsRedirectHops()
{
    QTemporaryDir dir;
    const QByteArray apiKey = "k3y-0f-th3-h1st0ry-4pp-77aa";
    const QByteArray dots = "\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2";
    HistoryStore store;
    QVERIFY(store.open(HistoryStore::defaultPath(dir.path())));
    store.setKnownSecrets({ apiKey });

    Exchange ex = makeExchange(u"https://other.example/__echo"_s, 200);
    ExchangeHop first { "POST", u"https://h/pay?key="_s + QString::fromLatin1(apiKey),
        { { "x-api-key", dots + apiKey.right(4) }, { "content-type", "application/json" } }, 18,
        303, "See Other",
        { { "location", "https://other.example/__echo" }, { "x-echo", "key " + apiKey } } };
    ExchangeHop second { "GET", ex.url, ex.requestHeaders, 0, 200, ex.reason, ex.responseHeaders };
    ex.hops = { first, second };
    const qint64 id = store.record(ex, "{}").value();
    const qint64 plain = store.record(makeExchange(u"https://h/x"_s, 200)).value();
    store.close();
    QVERIFY(!allBytes(dir.path()).contains(apiKey));

    QVERIFY(store.open(HistoryStore::defaultPath(dir.path())));
    const HistoryRecord r = *store.exchange(id);
    QCOMPARE(r.exchange.hops.size(), 2);
    const ExchangeHop &back = r.exchange.hops.at(0);
    QCOMPARE(back.method, QByteArray("POST"));
    QCOMPARE(back.status, 303);
    QCOMPARE(back.reason, QByteArray("See Other"));
    QCOMPARE(back.requestBodySize, qint64(18));
    // The engine's mask comes back byte for byte, the rest masked on the way in.
    QCOMPARE(back.requestHeaders, first.requestHeaders);
    QCOMPARE(back.responseHeader("location"), QByteArray("https://other.example/__echo"));
    QVERIFY(!back.responseHeader("x-echo").contains(apiKey));
    QVERIFY(!back.url.contains(QString::fromLatin1(apiKey)));
    QCOMPARE(r.exchange.hops.at(1).method, QByteArray("GET"));
    QCOMPARE(r.exchange.hops.at(1).requestHeaders, ex.requestHeaders);
    QCOMPARE(r.exchange.hops.at(1).responseHeaders, ex.responseHeaders);

    // A single hop (and every row from before hops were kept) is the row itself.
    const HistoryRecord p = *store.exchange(plain);
    QVERIFY(p.exchange.hops.isEmpty());
    QCOMPARE(p.exchange.allHops().size(), 1);
    QCOMPARE(p.exchange.allHops().first().method, QByteArray("GET"));
    QCOMPARE(p.exchange.allHops().first().requestHeaders, p.exchange.requestHeaders);
}

void TestHistoryStore::movesGarbageAside()
{
    QTemporaryDir dir;
    const QString path = HistoryStore::defaultPath(dir.path());
    QByteArray garbage(8192, Qt::Uninitialized);
    for (char &c : garbage)
        c = char(QRandomGenerator::global()->bounded(256));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    HistoryStore store;
    const Status s = store.open(path);
    QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
    QVERIFY(!store.quarantinedPath().isEmpty());
    QVERIFY(store.quarantinedPath().startsWith(path + u".corrupt-"_s));
    QCOMPARE(fileBytes(store.quarantinedPath()), garbage); // kept as it was
    QVERIFY(store.recoveryNotice().contains(QDir::toNativeSeparators(store.quarantinedPath())));
    QCOMPARE(store.count(), 0);
    QVERIFY(store.record(makeExchange(u"https://h/after"_s, 200)).ok());
    QCOMPARE(store.count(), 1);

    // An empty file is a fresh database, not damage.
    QTemporaryDir dir2;
    const QString empty = HistoryStore::defaultPath(dir2.path());
    QFile(empty).open(QIODevice::WriteOnly);
    HistoryStore fresh;
    QVERIFY(fresh.open(empty));
    QVERIFY(fresh.quarantinedPath().isEmpty());
}

void TestHistoryStore::movesTruncatedDatabaseAside()
{
    QTemporaryDir dir;
    const QString path = HistoryStore::defaultPath(dir.path());
    {
        HistoryStore store;
        QVERIFY(store.open(path));
        for (int i = 0; i < 60; ++i)
            QVERIFY(store.record(makeExchange(u"https://h/%1"_s.arg(i), 200, QByteArray(3000, char('a' + i % 26)), i)).ok());
    }
    const qint64 full = QFileInfo(path).size();
    QVERIFY(full > 100 * 1024);
    QVERIFY(QFile::resize(path, full / 2));
    HistoryStore store;
    QVERIFY(store.open(path));
    QVERIFY2(!store.quarantinedPath().isEmpty(), "a truncated database is detected");
    QCOMPARE(QFileInfo(store.quarantinedPath()).size(), full / 2);
    QCOMPARE(store.count(), 0);
    QVERIFY(store.record(makeExchange(u"https://h/after"_s, 200)).ok());
}

void TestHistoryStore::leavesNewerDatabaseAlone()
{
    QTemporaryDir dir;
    const QString path = HistoryStore::defaultPath(dir.path());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE schema_version(version INTEGER NOT NULL)"_s));
        QVERIFY(q.exec(u"INSERT INTO schema_version VALUES(99)"_s));
        QVERIFY(q.exec(u"CREATE TABLE exchanges(id INTEGER PRIMARY KEY, future BLOB)"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    const QByteArray before = QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
    HistoryStore store;
    const Status s = store.open(path);
    QVERIFY(!s.ok());
    QCOMPARE(s.errorCode(), u"newer"_s);
    QVERIFY(s.errorMessage().contains(u"99"_s));
    QVERIFY(!store.isOpen());
    QVERIFY(!store.record(makeExchange(u"https://h/"_s, 200)).ok());
    QCOMPARE(QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"history.sqlite"_s });
}

void TestHistoryStore::migratesVersionOne()
{
    QTemporaryDir dir;
    const QString path = HistoryStore::defaultPath(dir.path());
    {
        QFile fixture(QStringLiteral(OPC_TEST_DATA_DIR "/history/history-v1.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QString sql;
        for (const QString &line : QString::fromUtf8(fixture.readAll()).split('\n'_L1)) {
            if (!line.startsWith("--"_L1))
                sql += line + u"\n"_s;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : sql.split(u";\n"_s, Qt::SkipEmptyParts)) {
            if (!statement.trimmed().isEmpty())
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text() + u": "_s + statement));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    const QByteArray v1 = fileBytes(path);

    HistoryStore store;
    const Status s = store.open(path);
    QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
    QVERIFY(store.quarantinedPath().isEmpty());
    QVERIFY(store.recoveryNotice().contains(u"schema 1 to 2"_s));
    QCOMPARE(fileBytes(path + u".v1.bak"_s), v1); // the old file, byte for byte

    const QList<HistoryEntry> all = store.search({});
    QCOMPARE(all.size(), 4);
    const HistoryEntry &first = all.last();
    QCOMPARE(first.startedAt, QDateTime(QDate(2026, 3, 2), QTime(8, 15, 4, 120), QTimeZone::UTC));
    QCOMPARE(first.method, u"GET"_s);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.durationMs, 143);
    QCOMPARE(first.responseSize, 106); // the length of the stored body
    QCOMPARE(first.level, ErrorLevel::Unknown);
    const HistoryRecord r = *store.exchange(first.id);
    QCOMPARE(r.exchange.requestHeaders.size(), 3);
    QCOMPARE(r.exchange.requestHeaders.at(1),
             (QPair<QByteArray, QByteArray>("x-authorization", "Bearer \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2" "0984")));
    QCOMPARE(r.exchange.responseHeaders.at(1), (QPair<QByteArray, QByteArray>("x-ratelimit-remaining", "997")));
    QVERIFY(r.exchange.body.startsWith("[{\"accountId\""));

    // Levels were read from the old bodies, so the new filters find old rows.
    HistoryQuery q;
    q.level = ErrorLevel::Fatal;
    QCOMPARE(store.search(q).size(), 1);
    QCOMPARE(store.search(q).first().status, 503);
    q.level = ErrorLevel::Warn;
    QCOMPARE(store.search(q).first().level, ErrorLevel::Error);
    q = {};
    QVERIFY(q.setStatusFilter(u"none"_s));
    QCOMPARE(store.search(q).first().durationMs, -1);
    q = {};
    q.from = QDateTime(QDate(2026, 3, 3), QTime(0, 0), QTimeZone::UTC);
    QCOMPARE(store.count(q), 2);

    // New rows follow the old ones, and a second open does not migrate again.
    const qint64 id = store.record(makeExchange(u"https://h/new"_s, 200)).value();
    QVERIFY(id > all.first().id);
    store.close();
    HistoryStore again;
    QVERIFY(again.open(path));
    QVERIFY(again.recoveryNotice().isEmpty());
    QCOMPARE(again.count(), 5);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
