#include "sandboxserver.h"

#include "httpfront.h"
#include "sandboxserver_p.h"

#include "common/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTimeZone>

#include <openssl/crypto.h>

#include <array>

using namespace Qt::StringLiterals;

namespace opc::sandbox {

namespace {

constexpr int kLogCapacity = 2000;

QString randomToken(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
    return out;
}

QString listenerName(Listener l)
{
    switch (l) {
    case Listener::Https: return u"https"_s;
    case Listener::Mtls: return u"mtls"_s;
    case Listener::Admin: return u"admin"_s;
    }
    return {};
}

QJsonObject appJson(const AppRecord &a, int limit)
{
    return { { u"name"_s, a.name },         { u"apiKey"_s, a.apiKey },
             { u"apiSecret"_s, a.apiSecret }, { u"products"_s, QJsonArray::fromStringList(a.products) },
             { u"dailyLimit"_s, limit },      { u"used"_s, a.used } };
}

ApiReply notFound()
{
    return ApiError::reply(404, u"ERROR"_s, u"VALIDATION"_s, u"No such resource."_s);
}

/// Writes a deflate bit stream (RFC 1951): bits LSB first, Huffman codes MSB first.
class BitWriter
{
public:
    QByteArray out;
    void bits(quint32 value, int count)
    {
        for (int i = 0; i < count; ++i) {
            if (m_used == 0)
                out.append('\0');
            if (value & (1u << i))
                out.back() = char(quint8(out.back()) | (1u << m_used));
            m_used = (m_used + 1) % 8;
        }
    }
    void code(quint32 code, int length)
    {
        quint32 reversed = 0;
        for (int i = 0; i < length; ++i)
            reversed |= ((code >> i) & 1u) << (length - 1 - i);
        bits(reversed, length);
    }

private:
    int m_used = 0;
};

/// gzip of n '0' characters with one fixed-Huffman block of 258-byte
/// back-references (13 bits each), so a "bomb" of 1 GiB costs ~6.5 MB and no
/// zlib (the build environment has no zlib headers).
QByteArray gzipOf(qint64 n)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (qint64 i = 0; i < n; ++i)
        crc = table[(crc ^ quint8('0')) & 0xFF] ^ (crc >> 8);
    crc ^= 0xFFFFFFFFu;

    BitWriter w;
    w.bits(1, 1); // BFINAL
    w.bits(1, 2); // BTYPE = fixed Huffman
    const quint32 literal = 0x30 + '0'; // codes 0-143: 0x30 + value, 8 bits
    qint64 left = n;
    if (left > 0) {
        w.code(literal, 8);
        --left;
    }
    while (left >= 258) {
        w.code(0xC0 + (285 - 280), 8); // length 258
        w.code(0, 5);                  // distance 1
        left -= 258;
    }
    for (; left > 0; --left)
        w.code(literal, 8);
    w.code(0, 7); // end of block
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += w.out;
    for (quint32 v : { crc, quint32(quint64(n) & 0xFFFFFFFFu) }) {
        for (int i = 0; i < 4; ++i)
            out.append(char((v >> (8 * i)) & 0xFF));
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------------------
// HMAC of Restricted products; see README.md "HMAC string to sign".

QByteArray hmacStringToSign(const ApiRequest &r)
{
    const QByteArray apiKey = r.header("x-api-key");
    QList<QByteArray> lines { r.method,
                              r.header("content-type"),
                              r.header("date"),
                              apiKey, // merchantId slot: the open APIs have no merchant, the API key stands in
                              apiKey,
                              r.header("x-session-id"),
                              r.header("x-request-id"),
                              r.target.toUtf8(),
                              r.body };
    return lines.join('\n');
}

bool SandboxServer::Private::verifyHmac(const ApiRequest &r, const AppRecord &app, QString *why) const
{
    const QByteArray header = r.header("x-hmac-signature");
    const qsizetype colon = header.indexOf(':');
    if (header.isEmpty() || colon <= 0) {
        *why = u"Missing or malformed x-hmac-signature (expected {keyVersion}:{hex})."_s;
        return false;
    }
    if (header.left(colon) != "0") {
        *why = u"Unknown HMAC key version."_s;
        return false;
    }
    const QByteArray expected = QMessageAuthenticationCode::hash(hmacStringToSign(r), app.apiSecret.toUtf8(),
                                                                 QCryptographicHash::Sha256)
                                    .toHex();
    const QByteArray given = header.mid(colon + 1).trimmed().toLower();
    if (given.size() != expected.size() || CRYPTO_memcmp(given.constData(), expected.constData(), size_t(given.size())) != 0) {
        *why = u"HMAC signature mismatch."_s;
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------

QJsonObject Faults::toJson() const
{
    return { { u"latencyMs"_s, latencyMs },
             { u"errorRate"_s, errorRate },
             { u"resetAfter"_s, double(resetAfter) },
             { u"slowBytesPerSecond"_s, slowBytesPerSecond },
             { u"maintenance"_s, maintenance } };
}

int SandboxServer::Private::limitOf(const AppRecord &app) const
{
    return app.dailyLimit >= 0 ? app.dailyLimit : options.dailyLimit;
}

static QTimeZone helsinki()
{
    static const QTimeZone tz = [] {
        QTimeZone z("Europe/Helsinki");
        // Without tzdata fall back to EET; only the DST hour is then off.
        return z.isValid() ? z : QTimeZone::fromSecondsAheadOfUtc(2 * 3600);
    }();
    return tz;
}

void SandboxServer::Private::rollDay(AppRecord &app) const
{
    const QDate today = now().toTimeZone(helsinki()).date();
    if (app.day != today) {
        app.day = today;
        app.used = 0;
    }
}

qint64 SandboxServer::Private::secondsUntilReset() const
{
    const QDateTime local = now().toTimeZone(helsinki());
    const QDateTime midnight(local.date().addDays(1), QTime(0, 0), helsinki());
    return qMax<qint64>(1, local.secsTo(midnight));
}

void SandboxServer::Private::addRateHeaders(ApiReply &reply, const AppRecord &app) const
{
    const int limit = limitOf(app);
    reply.setHeader("X-RateLimit-Limit", QByteArray::number(limit));
    reply.setHeader("X-RateLimit-Remaining", QByteArray::number(qMax(0, limit - app.used)));
    reply.setHeader("X-RateLimit-Reset", QByteArray::number(secondsUntilReset()));
}

AppRecord *SandboxServer::Private::appByKey(const QString &apiKey)
{
    if (apiKey.isEmpty())
        return nullptr;
    for (auto &a : apps) {
        if (a.apiKey == apiKey)
            return &a;
    }
    return nullptr;
}

AppRecord &SandboxServer::Private::addApp(const QString &name, const QStringList &productIds, const QString &key,
                                          const QString &secret)
{
    AppRecord a;
    a.name = name;
    a.apiKey = key.isEmpty() ? randomToken(32) : key;
    a.apiSecret = secret.isEmpty() ? randomToken(40) : secret;
    a.products = productIds;
    a.day = now().toTimeZone(helsinki()).date();
    apps.append(a);
    return apps.last();
}

const ProductInfo *SandboxServer::Private::productFor(const QString &path) const
{
    for (const auto &p : products) {
        for (const auto &prefix : p.prefixes) {
            if (path == prefix || path.startsWith(prefix + u'/') || path.startsWith(prefix + u'.'))
                return &p;
        }
    }
    return nullptr;
}

// ---------------------------------------------------------------------------
// Request entry point for all three listeners.

ApiReply SandboxServer::Private::handle(const ApiRequest &request)
{
    ApiReply reply = request.listener == Listener::Admin ? handleAdmin(request) : handleApi(request);
    return reply;
}

void SandboxServer::Private::finish(const ApiRequest &r, ApiReply &reply, const AppRecord *app, const QString &product)
{
    if (r.hasHeader("x-request-id"))
        reply.setHeader("x-request-id", r.header("x-request-id"));
    if (r.hasHeader("x-session-id"))
        reply.setHeader("x-session-id", r.header("x-session-id"));
    if (app)
        addRateHeaders(reply, *app);
    LogEntry e { now(),
                 listenerName(r.listener),
                 QString::fromLatin1(r.method),
                 r.target,
                 reply.status,
                 app ? app->apiKey : QString(),
                 product,
                 QString::fromUtf8(r.header("x-request-id")),
                 QString::fromUtf8(r.header("x-session-id")) };
    log.append(e);
    if (log.size() > kLogCapacity)
        log.remove(0, log.size() - kLogCapacity);
    if (product.startsWith(u"psd2-"))
        saveGrants();
}

ApiReply SandboxServer::Private::handleApi(const ApiRequest &r)
{
    const QString &path = r.path;
    if (path == u"/__catalog") {
        ApiReply reply = r.method == "GET" ? ApiReply::json(200, catalogJson())
                                           : ApiError::reply(405, u"ERROR"_s, u"VALIDATION"_s, u"Use GET."_s);
        finish(r, reply, nullptr, {});
        return reply;
    }
    if (path == u"/__echo") {
        ApiReply reply = handleEcho(r);
        finish(r, reply, nullptr, {});
        return reply;
    }
    if (path.startsWith(u"/__test/")) {
        ApiReply reply = handleTestRoute(r);
        finish(r, reply, nullptr, {});
        return reply;
    }
    if (path == u"/oauth/authorize" || path == u"/oauth/authorize/decision") {
        ApiReply reply = path == u"/oauth/authorize" ? oauthAuthorizePage(r) : oauthDecision(r);
        finish(r, reply, nullptr, u"psd2-oauth"_s);
        return reply;
    }
    if (path.startsWith(u"/paymentbutton/customer/")) {
        ApiReply reply = onlinePaymentBrowser(r);
        finish(r, reply, nullptr, u"online-payment-v1"_s);
        return reply;
    }

    const ProductInfo *product = productFor(path);
    if (!product) {
        ApiReply reply = notFound();
        finish(r, reply, nullptr, {});
        return reply;
    }

    AppRecord *app = appByKey(QString::fromUtf8(r.header("x-api-key")));
    auto done = [&](ApiReply reply) {
        finish(r, reply, app, product->id);
        return reply;
    };
    if (!app)
        return done(ApiError::security(401, u"Invalid ApiKey"_s));

    rollDay(*app);
    if (app->used >= limitOf(*app)) {
        return done(ApiError::reply(429, u"ERROR"_s, u"TECHNICAL"_s,
                                    QStringLiteral("Daily limit of %1 requests exceeded; it resets at midnight "
                                                   "Europe/Helsinki.")
                                        .arg(limitOf(*app))));
    }
    ++app->used;

    if (product->mtls) {
        if (r.listener != Listener::Mtls)
            return done(ApiError::security(403, u"This API requires mutual TLS: call it on the mTLS port."_s));
        if (r.clientCn != app->name && r.clientCn != app->apiKey)
            return done(ApiError::security(
                403, QStringLiteral("The client certificate (CN=%1) does not belong to this application.").arg(r.clientCn)));
    }

    CallContext c;
    c.request = &r;
    c.app = app;
    c.product = product;
    c.sessionKey = app->apiKey + u'|' + QString::fromUtf8(r.header("x-session-id"));
    c.scenario = QString::fromUtf8(r.header("x-sandbox-scenario"));

    const bool isOAuthToken = product->id == u"psd2-oauth";
    if (!isOAuthToken) {
        if (product->signature == u"op-rsa-sha256") {
            QString why;
            if (!verifyOpSignature(r, &why))
                return done(ApiError::security(401, why));
        } else if (product->securityLevel == u"High") {
            QByteArray auth = r.header("authorization");
            if (auth.startsWith("Bearer ") || auth.startsWith("bearer "))
                auth = auth.mid(7);
            auto it = oauthTokens.constFind(tokenKey(QString::fromUtf8(auth.trimmed())));
            if (auth.isEmpty() || it == oauthTokens.constEnd() || it->apiKey != app->apiKey)
                return done(ApiError::security(401, u"Invalid or missing access token."_s));
            if (it->expires < now())
                return done(ApiError::security(401, u"The access token has expired."_s));
            c.grant = &it.value();
        } else if (product->securityLevel != u"Open") {
            QByteArray token = r.header("x-authorization");
            if (token.isEmpty())
                token = r.header("authorization");
            if (token.startsWith("Bearer ") || token.startsWith("bearer "))
                token = token.mid(7);
            c.dataset = SandboxData::datasetForToken(QString::fromUtf8(token.trimmed()));
            if (!c.dataset)
                return done(ApiError::security(401, token.isEmpty() ? u"Missing authorization token."_s
                                                                    : u"Invalid authorization token."_s));
        }
    }
    const bool subscribed = isOAuthToken ? std::any_of(app->products.cbegin(), app->products.cend(),
                                                       [](const QString &p) { return p.startsWith(u"psd2-"); })
                                         : app->products.contains(product->id);
    if (!subscribed)
        return done(ApiError::security(
            403, QStringLiteral("The application is not subscribed to %1.").arg(product->name)));
    if (product->signature == u"hmac-sha256") {
        QString why;
        if (!verifyHmac(r, *app, &why))
            return done(ApiError::security(401, why));
    }

    if (faults.maintenance || c.scenario == u"Maintenance")
        return done(ApiError::reply(503, u"FATAL"_s, u"TECHNICAL"_s,
                                    u"The service is under maintenance. Try again later."_s));
    if (c.scenario == u"InternalError"
        || (faults.errorRate > 0 && QRandomGenerator::global()->generateDouble() < faults.errorRate))
        return done(ApiError::reply(500, u"ERROR"_s, u"TECHNICAL"_s,
                                    u"A system error prevented the operation from being completed."_s));

    if (r.body.size() > HttpFront::MaxBodyBytes)
        return done(ApiError::reply(413, u"ERROR"_s, u"VALIDATION"_s,
                                    QStringLiteral("The request body is larger than %1 bytes.").arg(HttpFront::MaxBodyBytes)));

    ApiReply reply;
    if (isOAuthToken)
        reply = oauthToken(r, *app);
    else if (product->id == u"accounts-v3")
        reply = accountsV3(c);
    else if (product->id == u"accounts-v1")
        reply = accountsV1(c);
    else if (product->id == u"payments-v1")
        reply = paymentsV1(c);
    else if (product->id == u"funds-v1")
        reply = fundsV1(c);
    else if (product->id == u"branches-v1")
        reply = branchesV1(c);
    else if (product->id == u"online-payment-v1")
        reply = onlinePayment(c);
    else if (product->id == u"psd2-ais-v1")
        reply = psd2Ais(c);
    else if (product->id == u"psd2-pis-v1")
        reply = psd2Pis(c);
    else if (product->id == u"psd2-cof-v1")
        reply = psd2Cof(c);
    else
        reply = notFound();

    reply.delayMs = faults.latencyMs;
    if (faults.resetAfter >= 0 && reply.mode == ApiReply::Mode::Normal) {
        reply.mode = ApiReply::Mode::ResetAfter;
        reply.totalBytes = reply.body.size();
        reply.cutAfter = faults.resetAfter;
    } else if (faults.slowBytesPerSecond > 0 && reply.mode == ApiReply::Mode::Normal) {
        reply.mode = ApiReply::Mode::SlowBody;
        reply.totalBytes = reply.body.size();
        reply.bytesPerSecond = faults.slowBytesPerSecond;
    }
    return done(reply);
}

ApiReply SandboxServer::Private::handleEcho(const ApiRequest &r) const
{
    QJsonArray headers;
    QJsonObject headerMap;
    for (const auto &h : r.headerList) {
        headers.append(QJsonArray { QString::fromLatin1(h.first), QString::fromUtf8(h.second) });
        const QString name = QString::fromLatin1(h.first);
        headerMap.insert(name, headerMap.contains(name) ? headerMap.value(name).toString() + u", "_s
                                                              + QString::fromUtf8(h.second)
                                                        : QString::fromUtf8(h.second));
    }
    QJsonObject query;
    for (const auto &item : r.query.queryItems(QUrl::FullyDecoded))
        query.insert(item.first, item.second);
    return ApiReply::json(200, { { u"method"_s, QString::fromLatin1(r.method) },
                                 { u"path"_s, r.path },
                                 { u"target"_s, r.target },
                                 { u"query"_s, query },
                                 { u"headers"_s, headerMap },
                                 { u"headerList"_s, headers },
                                 { u"bodyBase64"_s, QString::fromLatin1(r.body.toBase64()) },
                                 { u"bodyLength"_s, double(r.body.size()) },
                                 { u"bodySha256"_s, QString::fromLatin1(QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex()) },
                                 { u"listener"_s, listenerName(r.listener) },
                                 { u"clientCertificateCn"_s, r.clientCn.isEmpty() ? QJsonValue() : QJsonValue(r.clientCn) } });
}

ApiReply SandboxServer::Private::handleTestRoute(const ApiRequest &r)
{
    const QString what = r.path.mid(8);
    if (what == u"bytes") {
        ApiReply reply;
        reply.mode = ApiReply::Mode::StreamBytes;
        reply.contentType = "application/octet-stream";
        reply.totalBytes = qMax<qint64>(0, r.queryValue(u"n"_s).toLongLong());
        if (reply.totalBytes <= 4 * 1024 * 1024) {
            reply.mode = ApiReply::Mode::Normal;
            reply.body = QByteArray(reply.totalBytes, 'x');
        }
        return reply;
    }
    if (what == u"redirect") {
        const QString to = r.queryValue(u"to"_s);
        int status = r.queryValue(u"status"_s).toInt();
        if (status < 300 || status > 308)
            status = 302;
        ApiReply reply = ApiReply::json(status, { { u"location"_s, to } });
        reply.setHeader("Location", QUrl(to).toEncoded());
        return reply;
    }
    if (what == u"reset") {
        ApiReply reply;
        reply.mode = ApiReply::Mode::ResetAfter;
        reply.contentType = "application/octet-stream";
        reply.totalBytes = qMax<qint64>(1, r.queryValue(u"of"_s).toLongLong());
        reply.cutAfter = qBound<qint64>(0, r.queryValue(u"after"_s).toLongLong(), reply.totalBytes);
        return reply;
    }
    if (what == u"slow") {
        ApiReply reply;
        reply.mode = ApiReply::Mode::SlowBody;
        reply.contentType = "application/octet-stream";
        reply.totalBytes = qMax<qint64>(1, r.queryValue(u"n"_s).toLongLong());
        reply.bytesPerSecond = qMax(1, r.queryValue(u"bps"_s).toInt());
        return reply;
    }
    if (what == u"gzip") {
        const qint64 n = qBound<qint64>(0, r.queryValue(u"n"_s).toLongLong(), qint64(2) * 1024 * 1024 * 1024);
        ApiReply reply;
        reply.contentType = "text/plain; charset=utf-8";
        reply.body = gzipOf(n);
        reply.setHeader("Content-Encoding", "gzip");
        return reply;
    }
    if (what == u"status") {
        const int code = qBound(100, r.queryValue(u"code"_s).toInt(), 599);
        return ApiError::reply(code, code >= 500 ? u"ERROR"_s : u"WARN"_s, u"TECHNICAL"_s,
                               QStringLiteral("Test status %1.").arg(code));
    }
    if (what == u"invalid-utf8") {
        ApiReply reply;
        reply.contentType = "application/json; charset=utf-8";
        reply.body = QByteArray("{\"text\":\"caf\xc3\x28 \xff\xfe ok\"}");
        return reply;
    }
    if (what == u"headers") {
        ApiReply reply = ApiReply::json(200, { { u"ok"_s, true } });
        const int count = qBound(0, r.queryValue(u"count"_s).toInt(), 200000);
        const int size = qBound(0, r.queryValue(u"size"_s).toInt(), 16 * 1024 * 1024);
        for (int i = 0; i < count; ++i)
            reply.headers.append({ "x-test-" + QByteArray::number(i), QByteArray(qMax(1, size), 'h') });
        return reply;
    }
    return notFound();
}

// ---------------------------------------------------------------------------
// Admin API (loopback plain HTTP).

ApiReply SandboxServer::Private::handleAdmin(const ApiRequest &r)
{
    ApiReply reply;
    const QStringList parts = r.path.split(u'/', Qt::SkipEmptyParts);
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    const QJsonObject in = doc.object();
    const bool badJson = !r.body.isEmpty() && !doc.isObject();
    auto methodNotAllowed = [] { return ApiError::reply(405, u"ERROR"_s, u"VALIDATION"_s, u"Method not allowed."_s); };

    if (r.path.startsWith(u"/__test/") || r.path == u"/__echo" || r.path == u"/__catalog") {
        return handleApi(r);
    } else if (badJson) {
        reply = ApiError::reply(400, u"ERROR"_s, u"VALIDATION"_s, u"The body is not a JSON object."_s);
    } else if (parts == QStringList { u"health"_s }) {
        reply = ApiReply::json(200, { { u"ok"_s, true } });
    } else if (parts == QStringList { u"catalog"_s }) {
        reply = ApiReply::json(200, catalogJson());
    } else if (parts == QStringList { u"apps"_s }) {
        if (r.method == "GET") {
            QJsonArray list;
            for (const auto &a : apps) {
                QJsonObject o = appJson(a, limitOf(a));
                o.insert(u"demo"_s, &a == &apps.first());
                list.append(o);
            }
            reply = ApiReply::json(200, { { u"apps"_s, list } });
        } else if (r.method == "POST") {
            const QString name = in.value(u"name"_s).toString().trimmed();
            QStringList ids;
            for (const auto &v : in.value(u"products"_s).toArray())
                ids << v.toString();
            QStringList unknown;
            for (const auto &id : ids) {
                if (std::none_of(products.cbegin(), products.cend(), [&](const ProductInfo &p) { return p.id == id; }))
                    unknown << id;
            }
            if (name.isEmpty() || !unknown.isEmpty()) {
                QJsonObject v;
                if (name.isEmpty())
                    v.insert(u"name"_s, u"must not be empty"_s);
                if (!unknown.isEmpty())
                    v.insert(u"products"_s, QStringLiteral("unknown product ids: %1").arg(unknown.join(u", ")));
                reply = ApiError::validation(v);
            } else {
                const AppCredentials c = q->registerApplication(name, ids);
                AppRecord *a = appByKey(c.apiKey);
                reply = ApiReply::json(201, appJson(*a, limitOf(*a)));
            }
        } else {
            reply = methodNotAllowed();
        }
    } else if (parts.size() >= 2 && parts[0] == u"apps") {
        AppRecord *a = appByKey(parts[1]);
        if (!a) {
            reply = notFound();
        } else if (parts.size() == 2 && r.method == "GET") {
            reply = ApiReply::json(200, appJson(*a, limitOf(*a)));
        } else if (parts.size() == 3 && parts[2] == u"certificate" && r.method == "POST") {
            const auto p12 = q->issueClientCertificate(a->apiKey, in.value(u"password"_s).toString());
            if (!p12) {
                reply = ApiError::reply(500, u"ERROR"_s, u"TECHNICAL"_s, p12.errorMessage());
            } else {
                reply.contentType = "application/x-pkcs12";
                reply.body = p12.value();
                reply.setHeader("Content-Disposition",
                                "attachment; filename=\"" + a->name.toUtf8().toPercentEncoding() + ".p12\"");
            }
        } else if (parts.size() == 3 && parts[2] == u"quota" && (r.method == "PUT" || r.method == "GET")) {
            rollDay(*a);
            if (r.method == "PUT") {
                if (in.contains(u"limit"_s))
                    a->dailyLimit = qMax(0, in.value(u"limit"_s).toInt());
                if (in.contains(u"used"_s))
                    a->used = qMax(0, in.value(u"used"_s).toInt());
                if (in.value(u"reset"_s).toBool())
                    a->used = 0;
            }
            reply = ApiReply::json(200, { { u"limit"_s, limitOf(*a) },
                                          { u"used"_s, a->used },
                                          { u"remaining"_s, qMax(0, limitOf(*a) - a->used) },
                                          { u"resetSeconds"_s, double(secondsUntilReset()) } });
        } else if (parts.size() == 3 && parts[2] == u"products" && r.method == "PUT") {
            a->products.clear();
            for (const auto &v : in.value(u"products"_s).toArray())
                a->products << v.toString();
            reply = ApiReply::json(200, appJson(*a, limitOf(*a)));
        } else {
            reply = methodNotAllowed();
        }
    } else if (parts == QStringList { u"faults"_s }) {
        if (r.method == "PUT") {
            if (in.contains(u"latencyMs"_s))
                faults.latencyMs = qBound(0, in.value(u"latencyMs"_s).toInt(), 600000);
            if (in.contains(u"errorRate"_s))
                faults.errorRate = qBound(0.0, in.value(u"errorRate"_s).toDouble(), 1.0);
            if (in.contains(u"resetAfter"_s))
                faults.resetAfter = qint64(in.value(u"resetAfter"_s).toDouble(-1));
            if (in.contains(u"slowBytesPerSecond"_s))
                faults.slowBytesPerSecond = qMax(0, in.value(u"slowBytesPerSecond"_s).toInt());
            if (in.contains(u"maintenance"_s))
                faults.maintenance = in.value(u"maintenance"_s).toBool();
        } else if (r.method == "DELETE") {
            faults = Faults();
        } else if (r.method != "GET") {
            return methodNotAllowed();
        }
        reply = ApiReply::json(200, faults.toJson());
    } else if (parts == QStringList { u"log"_s }) {
        if (r.method == "DELETE") {
            log.clear();
            reply = ApiReply::json(200, { { u"entries"_s, QJsonArray() } });
        } else {
            const int limit = r.query.hasQueryItem(u"limit"_s) ? qMax(0, r.queryValue(u"limit"_s).toInt()) : 200;
            QJsonArray entries;
            for (qsizetype i = qMax<qsizetype>(0, log.size() - limit); i < log.size(); ++i) {
                const LogEntry &e = log.at(i);
                entries.append(QJsonObject { { u"time"_s, e.time.toUTC().toString(Qt::ISODateWithMs) },
                                             { u"listener"_s, e.listener },
                                             { u"method"_s, e.method },
                                             { u"target"_s, e.target },
                                             { u"status"_s, e.status },
                                             { u"apiKey"_s, e.apiKey },
                                             { u"product"_s, e.product },
                                             { u"requestId"_s, e.requestId },
                                             { u"sessionId"_s, e.sessionId } });
            }
            reply = ApiReply::json(200, { { u"entries"_s, entries } });
        }
    } else if (parts.size() == 2 && parts[0] == u"merchants" && r.method == "PUT") {
        const QString pem = in.value(u"publicKeyPem"_s).toString();
        if (!pem.contains(u"BEGIN PUBLIC KEY"_s)) {
            reply = ApiError::validation({ { u"publicKeyPem"_s, u"must be a PEM public key"_s } });
        } else {
            merchantKeys.insert(parts[1], pem);
            reply = ApiReply::json(200, { { u"merchantId"_s, parts[1] } });
        }
    } else {
        reply = notFound();
    }
    finish(r, reply, nullptr, u"admin"_s);
    return reply;
}

// ---------------------------------------------------------------------------
// State file.

QJsonObject SandboxServer::Private::stateJson() const
{
    QJsonArray list;
    for (const auto &a : apps) {
        QJsonObject o = appJson(a, a.dailyLimit);
        o.insert(u"day"_s, a.day.toString(Qt::ISODate));
        list.append(o);
    }
    QJsonObject merchants;
    for (auto it = merchantKeys.cbegin(); it != merchantKeys.cend(); ++it)
        merchants.insert(it.key(), it.value());
    return { { u"version"_s, 1 }, { u"apps"_s, list }, { u"merchantKeys"_s, merchants } };
}

Status SandboxServer::Private::loadState()
{
    if (options.stateFile.isEmpty() || !QFile::exists(options.stateFile))
        return {};
    const auto bytes = AtomicFile::read(options.stateFile);
    if (!bytes)
        return Status::failure(bytes.errorMessage());
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value());
    if (!doc.isObject()) {
        // A broken state file must not stop the simulator: keep it aside.
        (void)AtomicFile::quarantine(options.stateFile);
        return {};
    }
    for (const auto &v : doc.object().value(u"apps"_s).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList ids;
        for (const auto &p : o.value(u"products"_s).toArray())
            ids << p.toString();
        const QString key = o.value(u"apiKey"_s).toString();
        if (key.isEmpty() || appByKey(key))
            continue;
        AppRecord &a = addApp(o.value(u"name"_s).toString(), ids, key, o.value(u"apiSecret"_s).toString());
        a.dailyLimit = o.value(u"dailyLimit"_s).toInt(-1);
        a.used = o.value(u"used"_s).toInt();
        a.day = QDate::fromString(o.value(u"day"_s).toString(), Qt::ISODate);
    }
    const QJsonObject merchants = doc.object().value(u"merchantKeys"_s).toObject();
    for (auto it = merchants.begin(); it != merchants.end(); ++it)
        merchantKeys.insert(it.key(), it.value().toString());
    return {};
}

// ---------------------------------------------------------------------------
// Public facade.

SandboxServer::SandboxServer(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this))
{
    d->buildProducts();
}

SandboxServer::~SandboxServer()
{
    stop();
}

Status SandboxServer::start(const SandboxOptions &options)
{
    if (d->running)
        return Status::failure(tr("The simulator is already running."));
    d->options = options;
    if (d->options.dataDir.isEmpty())
        d->options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sandbox"_s;
    if (d->options.dailyLimit < 0)
        d->options.dailyLimit = 1000;
    if (Status s = d->tls.loadOrCreate(d->options.dataDir); !s)
        return s;
    d->apps.clear();
    // The demo application always comes first, with known credentials, so
    // the console can start against a fresh simulator without setup.
    QStringList all;
    for (const auto &p : d->products)
        all << p.id;
    d->addApp(u"OP Sandbox Demo"_s, all, u"opsandboxDemoApiKey0000000000001"_s,
              u"opsandboxDemoApiSecret000000000000000001"_s);
    if (Status s = d->loadState(); !s)
        return s;
    d->loadGrants();
    d->apps.first().products = all; // the demo app follows the catalogue

    QSslConfiguration base = QSslConfiguration::defaultConfiguration();
    base.setLocalCertificate(d->tls.serverCertificate());
    base.setPrivateKey(d->tls.serverKey());
    base.setProtocol(QSsl::TlsV1_2OrLater);
    base.setPeerVerifyMode(QSslSocket::VerifyNone);
    QSslConfiguration mutual = base;
    mutual.setPeerVerifyMode(QSslSocket::VerifyPeer);
    mutual.setCaCertificates({ d->tls.caCertificate() });

    auto handler = [this](const ApiRequest &r) { return d->handle(r); };
    d->https = new HttpFront(Listener::Https, handler, this);
    d->mtls = new HttpFront(Listener::Mtls, handler, this);
    d->admin = new HttpFront(Listener::Admin, handler, this);
    Status s = d->https->listen(options.httpsPort, &base);
    if (s)
        s = d->mtls->listen(options.mtlsPort, &mutual);
    if (s)
        s = d->admin->listen(options.adminPort, nullptr);
    if (!s) {
        delete d->https;
        delete d->mtls;
        delete d->admin;
        return s;
    }
    d->running = true;
    return {};
}

void SandboxServer::stop()
{
    if (!d->running)
        return;
    if (!d->options.stateFile.isEmpty())
        (void)saveState();
    for (HttpFront *f : { d->https.data(), d->mtls.data(), d->admin.data() }) {
        if (f) {
            f->close();
            delete f;
        }
    }
    d->running = false;
}

bool SandboxServer::isRunning() const { return d->running; }
quint16 SandboxServer::httpsPort() const { return d->https ? d->https->port() : 0; }
quint16 SandboxServer::mtlsPort() const { return d->mtls ? d->mtls->port() : 0; }
quint16 SandboxServer::adminPort() const { return d->admin ? d->admin->port() : 0; }
QString SandboxServer::httpsBaseUrl() const { return QStringLiteral("https://127.0.0.1:%1").arg(httpsPort()); }
QString SandboxServer::mtlsBaseUrl() const { return QStringLiteral("https://127.0.0.1:%1").arg(mtlsPort()); }
QString SandboxServer::caCertificatePath() const { return d->tls.caPath(); }
QSslCertificate SandboxServer::caCertificate() const { return d->tls.caCertificate(); }
QJsonObject SandboxServer::catalog() const { return d->catalogJson(); }

AppCredentials SandboxServer::registerApplication(const QString &name, const QStringList &productIds,
                                                 const AppCredentials &existing)
{
    if (!existing.apiKey.isEmpty()) {
        if (AppRecord *known = d->appByKey(existing.apiKey)) {
            known->name = name;
            known->products = productIds;
            if (!existing.apiSecret.isEmpty())
                known->apiSecret = existing.apiSecret;
            return { known->apiKey, known->apiSecret };
        }
    }
    const AppRecord &a = d->addApp(name, productIds, existing.apiKey, existing.apiSecret);
    return { a.apiKey, a.apiSecret };
}

Result<QByteArray> SandboxServer::issueClientCertificate(const QString &apiKey, const QString &password)
{
    const AppRecord *a = d->appByKey(apiKey);
    if (!a)
        return Result<QByteArray>::failure(tr("No application has the API key %1.").arg(apiKey));
    if (!d->running)
        return Result<QByteArray>::failure(tr("Start the simulator before issuing certificates."));
    return d->tls.issueClientPkcs12(a->name, password);
}

void SandboxServer::setClock(std::function<QDateTime()> clock) { d->clock = std::move(clock); }

Status SandboxServer::registerMerchantKey(const QString &merchantId, const QByteArray &publicKeyPem)
{
    if (merchantId.isEmpty() || !publicKeyPem.contains("BEGIN PUBLIC KEY"))
        return Status::failure(u"A merchant needs an id and a PEM public key."_s);
    d->merchantKeys.insert(merchantId, QString::fromLatin1(publicKeyPem));
    return {};
}

Status SandboxServer::setQuota(const QString &apiKey, int limit, int used)
{
    AppRecord *app = d->appByKey(apiKey);
    if (!app) {
        return Status::failure(tr("No application with that API key is registered."));
    }
    d->rollDay(*app);
    if (limit >= 0) {
        app->dailyLimit = limit;
    }
    app->used = qMax(0, used);
    return {};
}

Status SandboxServer::saveState()
{
    if (d->options.stateFile.isEmpty())
        return Status::failure(tr("No state file was given."));
    return AtomicFile::write(d->options.stateFile, QJsonDocument(d->stateJson()).toJson(),
                             AtomicFile::Privacy::Private);
}

} // namespace opc::sandbox
