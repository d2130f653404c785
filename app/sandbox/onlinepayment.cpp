// OP Online Payment ("paymentbutton"): OP's RSA request signatures (§4.1 of
// OP-API-CATALOG.md), payments, status and the sandbox browser redirect.

#include "sandboxserver_p.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace opc::sandbox {

namespace {

// The public half of OP's published sandbox sample key.
constexpr char kOpSandboxPublicKey[] = "-----BEGIN PUBLIC KEY-----\n"
                                       "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAquBR+Ip2Jva7GzyCBW/7\n"
                                       "R9RP3mF97FxtiRGBb740mSKGFAqvJc8ysnz/hqxY886jY6YOZ2kLcr1Iuu8giBUT\n"
                                       "/K4aRItM6QaEoqffPVXlsaejyd8vlesWFSPGu3X7f+Yyp4+gf67T5GS9vEm9XSIa\n"
                                       "tw6gInXVgqKk+oHJvgf8NgFGfe7+FzGAYdz+OvlB5DSFWcXds4fB8CKZH78kkRcU\n"
                                       "ho/rZxU/MumfRgTc/0WgpqgMX2LeiUzzpr19hKeJfix/IfPeO3qWiOWXR5LWTuG6\n"
                                       "/OysVPUZ8OepgMH5D2lgCDQ55qIEHV53Xbkowh+vehMeyYBX7bPKUgJBDFg0DlpQ\n"
                                       "vQIDAQAB\n"
                                       "-----END PUBLIC KEY-----\n";

constexpr char kCancelAccount[] = "71fead42-b248-4fff-8b86-29296eacaf98";
constexpr char kRejectAccount[] = "eb3b688b-15da-48bd-b2fb-4f3eda501089";

bool rsaSha256Verify(const QByteArray &pem, const QByteArray &data, const QByteArray &signature)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
              && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                                  size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
                                  size_t(data.size()))
                     == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok;
}

QByteArray opStringToSign(const ApiRequest &r, const QByteArray &merchantId, const QByteArray &url)
{
    return QList<QByteArray> { r.method,         r.header("content-type"), r.header("date"), merchantId,
                               r.header("x-api-key"), r.header("x-session-id"), r.header("x-request-id"), url,
                               r.body }
        .join('\n');
}

} // namespace

bool SandboxServer::Private::verifyOpSignature(const ApiRequest &r, QString *why) const
{
    const QList<QByteArray> parts = r.header("authorization").split(':');
    if (parts.size() != 4 || parts[0].isEmpty()) {
        *why = u"Authorization must be merchantId:algorithm:keyVersion:signature."_s;
        return false;
    }
    if (parts[1] != "1") {
        *why = u"Unsupported signature algorithm (only 1 = SHA-256)."_s;
        return false;
    }
    if (r.header("date").isEmpty()) {
        *why = u"The Date header is required for signed requests."_s;
        return false;
    }
    const QByteArray signature = QByteArray::fromHex(parts[3]);
    if (signature.isEmpty()) {
        *why = u"The signature is not hex."_s;
        return false;
    }
    QList<QByteArray> keys { QByteArray(kOpSandboxPublicKey) };
    if (const auto it = merchantKeys.constFind(QString::fromUtf8(parts[0])); it != merchantKeys.constEnd())
        keys.prepend(it->toUtf8());
    // The URL as the client addressed us, or as OP's sandbox host (so that
    // requests signed for the real sandbox verify here too).
    const QByteArray target = r.target.toUtf8();
    const QList<QByteArray> urls { "https://" + r.hostHeader.toUtf8() + target, "https://sandbox.apis.op.fi" + target };
    for (const auto &key : keys) {
        for (const auto &url : urls) {
            if (rsaSha256Verify(key, opStringToSign(r, parts[0], url), signature))
                return true;
        }
    }
    *why = u"The request signature does not verify."_s;
    return false;
}

ApiReply SandboxServer::Private::onlinePayment(CallContext &c)
{
    const ApiRequest &r = *c.request;
    const QStringList parts = r.path.mid(QStringLiteral("/paymentbutton/v1").size()).split(u'/', Qt::SkipEmptyParts);
    auto &store = onlinePayments[c.sessionKey];
    if (parts == QStringList { u"payments"_s, u"multibank"_s, u"providers"_s } && r.method == "GET") {
        QJsonArray providers;
        for (const auto &[id, name] : { std::pair { "nordea", "Nordea" }, std::pair { "danskebank", "Danske Bank" },
                                        std::pair { "spankki", "S-Pankki" }, std::pair { "aktia", "Aktia" } }) {
            providers.append(QJsonObject { { u"bankId"_s, QString::fromLatin1(id) }, { u"name"_s, QString::fromLatin1(name) } });
        }
        return ApiReply::json(200, { { u"providers"_s, providers } });
    }
    if (parts.size() == 2 && parts[0] == u"payments" && r.method == "GET") {
        const auto it = store.constFind(parts[1]);
        if (it == store.constEnd())
            return ApiError::reply(404, u"ERROR"_s, u"VALIDATION"_s, u"No such payment."_s);
        return ApiReply::json(200, *it);
    }
    if (parts != QStringList { u"payments"_s })
        return ApiError::reply(404, u"ERROR"_s, u"VALIDATION"_s, u"No such resource."_s);
    if (r.method != "POST")
        return ApiError::reply(405, u"ERROR"_s, u"VALIDATION"_s, u"Method not allowed."_s);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
    if (!doc.isObject())
        return ApiError::validation({ { u"body"_s, u"is not a JSON object"_s } }, u"Malformed JSON"_s);
    const QJsonObject in = doc.object();
    QJsonObject v;
    qint64 cents = 0;
    if (!SandboxData::parseAmount(in.value(u"amount"_s).toString(), &cents) || cents <= 0)
        v.insert(u"amount"_s, u"must be a string like \"1.00\""_s);
    if (in.value(u"currency"_s).toString() != u"EUR")
        v.insert(u"currency"_s, u"must be EUR"_s);
    for (const char *k : { "return", "cancel", "reject" }) {
        const QUrl u(in.value(QLatin1StringView(k)).toObject().value(u"url"_s).toString());
        if (!u.isValid() || (u.scheme() != u"https" && u.scheme() != u"http"))
            v.insert(QLatin1StringView(k) + u".url"_s, u"must be an http(s) URL"_s);
    }
    const QString accountId = in.value(u"accountId"_s).toString();
    if (QUuid::fromString(accountId).isNull())
        v.insert(u"accountId"_s, u"must be a UUID"_s);
    if (!v.isEmpty())
        return ApiError::validation(v);
    const QString paymentId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString validation = QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64());
    QUrlQuery q;
    q.addQueryItem(u"paymentOperationId"_s, operationId);
    q.addQueryItem(u"paymentOperationValidation"_s, QString::fromLatin1(QUrl::toPercentEncoding(validation)));
    QJsonObject out = in;
    out.insert(u"paymentId"_s, paymentId);
    out.insert(u"paymentOperationId"_s, operationId);
    out.insert(u"paymentOperationValidation"_s, validation);
    out.insert(u"status"_s, u"CREATED"_s);
    out.insert(u"created"_s, now().toUTC().toString(Qt::ISODate));
    out.insert(u"redirectUrl"_s, QString(u"https://"_s + r.hostHeader + u"/paymentbutton/customer/payment/startPaymentConfirmation?"_s
                                             + q.toString(QUrl::FullyEncoded)));
    store.insert(paymentId, out);
    onlineOperationToPayment.insert(operationId, c.sessionKey + u'\n' + paymentId);
    return ApiReply::json(201, out);
}

ApiReply SandboxServer::Private::onlinePaymentBrowser(const ApiRequest &r)
{
    // The sandbox has no UI: the browser goes straight to the merchant's
    // return/cancel/reject URL, chosen by the payment's accountId.
    const QString operationId = r.queryValue(u"paymentOperationId"_s);
    const QStringList where = onlineOperationToPayment.value(operationId).split(u'\n');
    if (where.size() != 2 || !onlinePayments.value(where[0]).contains(where[1])) {
        ApiReply reply;
        reply.status = 404;
        reply.contentType = "text/html; charset=utf-8";
        reply.body = "<!doctype html><title>Payment not found</title><p>The payment was not found.</p>";
        return reply;
    }
    QJsonObject &p = onlinePayments[where[0]][where[1]];
    const QString account = p.value(u"accountId"_s).toString();
    QString outcome = u"return"_s, status = u"PAID"_s;
    if (account == QLatin1StringView(kCancelAccount)) {
        outcome = u"cancel"_s;
        status = u"CANCELLED"_s;
    } else if (account == QLatin1StringView(kRejectAccount)) {
        outcome = u"reject"_s;
        status = u"REJECTED"_s;
    }
    p.insert(u"status"_s, status);
    ApiReply reply;
    reply.status = 302;
    reply.contentType = "text/html; charset=utf-8";
    const QString url = p.value(outcome).toObject().value(u"url"_s).toString();
    reply.setHeader("Location", QUrl(url).toEncoded());
    return reply;
}

} // namespace opc::sandbox
