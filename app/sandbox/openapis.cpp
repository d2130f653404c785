// The open sandbox products: Accounts v3, Accounts v1, Payments v1, Funds,
// Branches. Shapes follow OP's recorded traffic and SDKs (OP-API-CATALOG.md).

#include "sandboxserver_p.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>
#include <QCryptographicHash>
#include <cmath>

using namespace Qt::StringLiterals;

namespace opc::sandbox {

namespace {

constexpr int kMintedCapacity = 200000;

QString base64Url(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject href(const QString &url) { return { { u"href"_s, url } }; }

QString origin(const ApiRequest &r)
{
    return u"https://"_s + (r.hostHeader.isEmpty() ? u"127.0.0.1"_s : r.hostHeader);
}

QJsonObject party(const QString &name, const QString &iban)
{
    return { { u"accountName"_s, name },
             { u"accountIdentifier"_s, iban },
             { u"accountIdentifierType"_s, iban.isEmpty() ? QString() : u"IBAN"_s },
             { u"servicerIdentifier"_s, iban.isEmpty() ? QString() : u"OKOYFIHH"_s },
             { u"servicerIdentifierType"_s, iban.isEmpty() ? QString() : u"BIC"_s } };
}

ApiReply methodNotAllowed()
{
    return ApiError::reply(405, u"ERROR"_s, u"VALIDATION"_s, u"Method not allowed for this resource."_s);
}

ApiReply noSuch(const QString &what)
{
    return ApiError::reply(404, u"ERROR"_s, u"VALIDATION"_s, QStringLiteral("No such %1.").arg(what));
}

const SandboxAccount *byV1Id(const SandboxDataset &ds, const QString &id)
{
    for (const auto &a : ds.accounts) {
        if (a.v1Id == id)
            return &a;
    }
    return nullptr;
}

const SandboxAccount *byIban(const SandboxDataset &ds, const QString &iban)
{
    for (const auto &a : ds.accounts) {
        if (a.iban == iban)
            return &a;
    }
    return nullptr;
}

} // namespace

QString SandboxServer::Private::mintAccountId(const QString &token, const QString &iban)
{
    // Three base64url segments of 43+22+22 characters, like OP's encrypted ids.
    const QString id = base64Url(32) + u'.' + base64Url(16) + u'.' + base64Url(16);
    mintedIds.insert(id, { token, iban });
    mintedOrder.enqueue(id);
    while (mintedOrder.size() > kMintedCapacity)
        mintedIds.remove(mintedOrder.dequeue());
    return id;
}

const SandboxAccount *SandboxServer::Private::resolveAccountId(const SandboxDataset &ds, const QString &id) const
{
    const auto it = mintedIds.constFind(id);
    if (it == mintedIds.constEnd() || it->first != ds.token)
        return nullptr;
    return byIban(ds, it->second);
}

ApiReply SandboxServer::Private::accountsV3(CallContext &c)
{
    const ApiRequest &r = *c.request;
    if (r.method != "GET")
        return methodNotAllowed();
    const QStringList parts = r.path.mid(QStringLiteral("/accounts/v3/accounts").size()).split(u'/', Qt::SkipEmptyParts);
    if (!r.path.startsWith(u"/accounts/v3/accounts"))
        return noSuch(u"resource"_s);
    const QString base = origin(r) + u"/accounts/v3/accounts"_s;
    const SandboxDataset &ds = *c.dataset;
    auto accountJson = [&](const SandboxAccount &a) {
        const QString id = mintAccountId(ds.token, a.iban);
        return QJsonObject { { u"accountId"_s, id },
                             { u"identifier"_s, a.iban },
                             { u"identifierScheme"_s, u"IBAN"_s },
                             { u"nickname"_s, QString() },
                             { u"name"_s, a.name },
                             { u"balance"_s, double(a.balanceCents) / 100.0 },
                             { u"currency"_s, u"EUR"_s },
                             { u"servicerScheme"_s, u"BIC"_s },
                             { u"servicerIdentifier"_s, a.bic },
                             { u"_links"_s, QJsonObject { { u"self"_s, href(base + u'/' + id) },
                                                          { u"transactions"_s, href(base + u'/' + id + u"/transactions"_s) } } } };
    };
    const QByteArray hal = "application/hal+json; charset=utf-8";
    ApiReply reply;
    if (parts.isEmpty()) {
        QJsonArray list;
        for (const auto &a : ds.accounts)
            list.append(accountJson(a));
        reply = ApiReply::json(200, { { u"accounts"_s, list }, { u"_links"_s, QJsonObject { { u"self"_s, href(base) } } } }, hal);
    } else {
        const SandboxAccount *acc = resolveAccountId(ds, parts[0]);
        if (!acc)
            return noSuch(u"account"_s);
        if (parts.size() == 1) {
            reply = ApiReply::json(200, accountJson(*acc), hal);
        } else if (parts[1] == u"transactions") {
            const QDate today = now().toUTC().date();
            QList<SandboxTransaction> txs = SandboxData::transactionsFor(*acc, today);
            auto toJson = [&](const SandboxTransaction &t) {
                const bool debit = t.amountCents < 0;
                const QJsonObject owner = party(ds.ownerName, acc->iban);
                const QJsonObject other = party(t.counterpartyName, t.counterpartyIban);
                return QJsonObject { { u"transactionId"_s, t.transactionId },
                                     { u"accountId"_s, parts[0] },
                                     { u"archiveId"_s, t.archiveId },
                                     { u"reference"_s, t.reference },
                                     { u"message"_s, t.message },
                                     { u"amount"_s, SandboxData::formatCents(t.amountCents) },
                                     { u"currency"_s, u"EUR"_s },
                                     { u"creditDebitIndicator"_s, debit ? u"DBIT"_s : u"CRDT"_s },
                                     { u"accountBalance"_s, SandboxData::formatCents(t.balanceAfterCents) },
                                     { u"creditor"_s, debit ? other : owner },
                                     { u"debtor"_s, debit ? owner : other },
                                     { u"bookingDateTime"_s, t.bookingDate.startOfDay(QTimeZone::UTC).toString(Qt::ISODate) },
                                     { u"valueDateTime"_s, t.bookingDate.startOfDay(QTimeZone::UTC).toString(Qt::ISODate) },
                                     { u"status"_s, u"Authorised"_s },
                                     { u"isoTransactionCode"_s, t.isoCode },
                                     { u"opTransactionCode"_s, t.opCode },
                                     { u"_links"_s, QJsonObject { { u"account"_s, href(base + u'/' + parts[0]) } } } };
            };
            if (parts.size() == 3) {
                for (const auto &t : txs) {
                    if (t.transactionId == parts[2])
                        return ApiReply::json(200, toJson(t), hal);
                }
                return noSuch(u"transaction"_s);
            }
            if (parts.size() != 2)
                return noSuch(u"resource"_s);
            QJsonObject violations;
            QDateTime from, to;
            if (r.query.hasQueryItem(u"fromBookingDateTime"_s)) {
                from = QDateTime::fromString(r.queryValue(u"fromBookingDateTime"_s), Qt::ISODate);
                if (!from.isValid())
                    violations.insert(u"fromBookingDateTime"_s, u"must be an ISO 8601 date-time"_s);
            }
            if (r.query.hasQueryItem(u"toBookingDateTime"_s)) {
                to = QDateTime::fromString(r.queryValue(u"toBookingDateTime"_s), Qt::ISODate);
                if (!to.isValid())
                    violations.insert(u"toBookingDateTime"_s, u"must be an ISO 8601 date-time"_s);
            }
            int pageSize = 10;
            if (r.query.hasQueryItem(u"pageSize"_s)) {
                bool ok = false;
                pageSize = r.queryValue(u"pageSize"_s).toInt(&ok);
                if (!ok || pageSize < 1 || pageSize > 100)
                    violations.insert(u"pageSize"_s, u"must be between 1 and 100"_s);
            }
            int offset = 0;
            if (r.query.hasQueryItem(u"forwardPagingToken"_s)) {
                bool ok = false;
                offset = QByteArray::fromBase64(r.queryValue(u"forwardPagingToken"_s).toLatin1(),
                                                QByteArray::Base64UrlEncoding)
                             .toInt(&ok);
                if (!ok || offset < 0)
                    violations.insert(u"forwardPagingToken"_s, u"is not a token this server issued"_s);
            }
            if (!violations.isEmpty())
                return ApiError::validation(violations);
            QList<SandboxTransaction> filtered;
            for (const auto &t : txs) {
                const QDateTime at = t.bookingDate.startOfDay(QTimeZone::UTC);
                if ((from.isValid() && at < from) || (to.isValid() && at > to))
                    continue;
                filtered.append(t);
            }
            QJsonArray page;
            for (int i = offset; i < filtered.size() && i < offset + pageSize; ++i)
                page.append(toJson(filtered.at(i)));
            QJsonObject links { { u"self"_s, href(base + u'/' + parts[0] + u"/transactions"_s) } };
            if (offset + pageSize < filtered.size()) {
                QUrlQuery next = r.query;
                next.removeAllQueryItems(u"forwardPagingToken"_s);
                next.addQueryItem(u"forwardPagingToken"_s,
                                  QString::fromLatin1(QByteArray::number(offset + pageSize)
                                                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
                links.insert(u"next"_s, href(base + u'/' + parts[0] + u"/transactions?"_s + next.toString(QUrl::FullyEncoded)));
            }
            reply = ApiReply::json(200, { { u"transactions"_s, page }, { u"_links"_s, links } }, hal);
        } else {
            return noSuch(u"resource"_s);
        }
    }
    // OP's gateway answers v3 with an ETag and proxy-revalidate (recorded).
    reply.setHeader("ETag", '"' + QCryptographicHash::hash(reply.body, QCryptographicHash::Sha1).toHex().left(16) + '"');
    reply.setHeader("Cache-Control", "proxy-revalidate");
    return reply;
}

ApiReply SandboxServer::Private::accountsV1(CallContext &c)
{
    const ApiRequest &r = *c.request;
    if (r.method != "GET")
        return methodNotAllowed();
    const QStringList parts = r.path.mid(QStringLiteral("/v1/accounts").size()).split(u'/', Qt::SkipEmptyParts);
    const SandboxDataset &ds = *c.dataset;
    auto accountJson = [&](const SandboxAccount &a) {
        return QJsonObject { { u"accountId"_s, a.v1Id },        { u"accountType"_s, a.accountType },
                             { u"iban"_s, a.iban },              { u"bic"_s, a.bic },
                             { u"accountName"_s, a.name },       { u"balance"_s, double(a.balanceCents) / 100.0 },
                             { u"amountAvailable"_s, double(a.balanceCents) / 100.0 },
                             { u"currency"_s, u"EUR"_s },        { u"ownerName"_s, ds.ownerName } };
    };
    if (parts.isEmpty()) {
        QJsonArray list;
        for (const auto &a : ds.accounts)
            list.append(accountJson(a));
        return ApiReply::jsonArray(200, list);
    }
    const SandboxAccount *acc = byV1Id(ds, parts[0]);
    if (!acc)
        return noSuch(u"account"_s);
    if (parts.size() == 1)
        return ApiReply::jsonArray(200, { accountJson(*acc) });
    if (parts[1] != u"transactions" || parts.size() > 3)
        return noSuch(u"resource"_s);
    const auto txs = SandboxData::transactionsFor(*acc, now().toUTC().date());
    auto txJson = [&](const SandboxTransaction &t) {
        const bool debit = t.amountCents < 0;
        return QJsonObject { { u"transactionId"_s, t.transactionId },
                             { u"accountId"_s, acc->v1Id },
                             { u"valueDate"_s, t.bookingDate.toString(Qt::ISODate) },
                             { u"bookingDate"_s, t.bookingDate.toString(Qt::ISODate) },
                             { u"amount"_s, double(t.amountCents) / 100.0 },
                             { u"currency"_s, u"EUR"_s },
                             { u"message"_s, t.message },
                             { u"payerIban"_s, debit ? acc->iban : t.counterpartyIban },
                             { u"receiverIban"_s, debit ? t.counterpartyIban : acc->iban },
                             { u"type"_s, debit ? u"DEBIT"_s : u"CREDIT"_s },
                             { u"purpose"_s, t.counterpartyName },
                             { u"reference"_s, t.reference } };
    };
    if (parts.size() == 2) {
        QJsonArray list;
        for (const auto &t : txs)
            list.append(txJson(t));
        return ApiReply::jsonArray(200, list);
    }
    for (const auto &t : txs) {
        if (t.transactionId == parts[2])
            return ApiReply::json(200, { { u"transaction"_s, QJsonArray { txJson(t) } } });
    }
    return noSuch(u"transaction"_s);
}

ApiReply SandboxServer::Private::paymentsV1(CallContext &c)
{
    const ApiRequest &r = *c.request;
    const QStringList parts = r.path.mid(QStringLiteral("/v1/payments").size()).split(u'/', Qt::SkipEmptyParts);
    auto &store = paymentsV1Store[c.sessionKey];
    if (parts.size() == 1 && r.method == "GET") {
        const auto it = store.constFind(parts[0]);
        return it == store.constEnd() ? noSuch(u"payment"_s) : ApiReply::json(200, *it);
    }
    if (parts.size() != 1 || (parts[0] != u"initiate" && parts[0] != u"confirm"))
        return noSuch(u"resource"_s);
    if (r.method != "POST")
        return methodNotAllowed();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return ApiError::validation({ { u"body"_s, QStringLiteral("is not a JSON object (%1 at offset %2)")
                                                        .arg(err.errorString()).arg(err.offset) } },
                                    u"Malformed JSON"_s);
    const QJsonObject in = doc.object();
    if (parts[0] == u"confirm") {
        const QString id = in.value(u"paymentId"_s).toString();
        auto it = store.find(id);
        if (it == store.end())
            return noSuch(u"payment"_s);
        it->insert(u"status"_s, u"CONFIRMED"_s);
        return ApiReply::json(200, *it);
    }

    QJsonObject v;
    const QJsonValue amountValue = in.value(u"amount"_s);
    const double amount = amountValue.toDouble(-1);
    if (!amountValue.isDouble() || amount <= 0 || qRound64(amount * 100) != amount * 100)
        v.insert(u"amount"_s, u"must be a positive number with at most two decimals"_s);
    if (in.value(u"currency"_s).toString() != u"EUR")
        v.insert(u"currency"_s, u"must be EUR"_s);
    const QString payer = in.value(u"payerIban"_s).toString();
    if (!SandboxData::isValidIban(payer))
        v.insert(u"payerIban"_s, u"must be a valid IBAN"_s);
    if (!SandboxData::isValidIban(in.value(u"receiverIban"_s).toString()))
        v.insert(u"receiverIban"_s, u"must be a valid IBAN"_s);
    if (in.value(u"receiverName"_s).toString().trimmed().isEmpty())
        v.insert(u"receiverName"_s, u"must not be empty"_s);
    const QDateTime valueDate = QDateTime::fromString(in.value(u"valueDate"_s).toString(), Qt::ISODate);
    if (in.contains(u"valueDate"_s) && !valueDate.isValid())
        v.insert(u"valueDate"_s, u"must be an ISO 8601 date-time"_s);
    if (!v.isEmpty())
        return ApiError::validation(v);
    const SandboxAccount *from = byIban(*c.dataset, payer);
    if (!from)
        return ApiError::reply(403, u"ERROR"_s, u"BUSINESS"_s, u"The payer account does not belong to this user."_s,
                               u"ACC_NOT_OWNED"_s);
    qint64 spent = 0;
    for (const auto &p : std::as_const(store)) {
        if (p.value(u"payerIban"_s).toString() == payer && p.value(u"status"_s).toString() == u"CONFIRMED")
            spent += qRound64(p.value(u"amount"_s).toDouble() * 100);
    }
    if (qRound64(amount * 100) > from->balanceCents - spent || c.scenario == u"InsufficientFunds")
        return ApiError::reply(403, u"ERROR"_s, u"BUSINESS"_s, u"Account balance exceeded"_s, u"INSUFFICIENT_FUNDS"_s);

    QJsonObject out = in;
    out.insert(u"paymentId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    out.insert(u"status"_s, u"INITIATED"_s);
    QJsonArray warnings;
    if (valueDate.isValid() && valueDate.date().dayOfWeek() >= 6) {
        const QDate monday = valueDate.date().addDays(8 - valueDate.date().dayOfWeek());
        out.insert(u"valueDate"_s, QDateTime(monday, valueDate.time(), QTimeZone::UTC).toString(Qt::ISODate));
        warnings.append(ApiError::entry(u"WARN"_s, u"BUSINESS"_s,
                                        u"The value date is not a banking day; the payment is dated the next banking "
                                        "day."_s,
                                        u"VALUE_DATE_MOVED"_s));
    }
    store.insert(out.value(u"paymentId"_s).toString(), out);
    if (!warnings.isEmpty())
        out.insert(u"errors"_s, warnings);
    return ApiReply::json(200, out);
}

ApiReply SandboxServer::Private::fundsV1(CallContext &c)
{
    const ApiRequest &r = *c.request;
    if (r.method != "GET")
        return methodNotAllowed();
    struct Fund { const char *id; const char *name; const char *isin; int risk; qint64 priceMilli; };
    static const Fund funds[] = {
        { "OPMAAILMAA", "OP-Maailma A", "FI0008800875", 5, 182341 },
        { "OPROHKEAA", "OP-Rohkea A", "FI0008805017", 5, 231205 },
        { "OPMALTILLINENA", "OP-Maltillinen A", "FI0008805009", 3, 154872 },
        { "OPSUOMIA", "OP-Suomi A", "FI0008801238", 6, 1104520 },
        { "OPKORKOA", "OP-Korko A", "FI0008803291", 2, 98311 },
    };
    auto fundJson = [](const Fund &f) {
        return QJsonObject { { u"fundId"_s, QString::fromLatin1(f.id) },
                             { u"name"_s, QString::fromUtf8(f.name) },
                             { u"isin"_s, QString::fromLatin1(f.isin) },
                             { u"riskClass"_s, f.risk },
                             { u"navPrice"_s, double(f.priceMilli) / 1000.0 },
                             { u"currency"_s, u"EUR"_s } };
    };
    if (r.path.startsWith(u"/v1/holdings")) {
        QJsonArray list;
        quint64 seed = 0;
        for (const QChar ch : c.dataset->token)
            seed = seed * 31 + ch.unicode();
        for (int i = 0; i < 3; ++i) {
            const Fund &f = funds[(seed + quint64(i) * 2) % std::size(funds)];
            const double units = double((seed >> (i * 8)) % 50000) / 100.0 + 1.0;
            QJsonObject h = fundJson(f);
            h.insert(u"units"_s, units);
            h.insert(u"marketValue"_s, qRound64(units * double(f.priceMilli) / 10.0) / 100.0);
            list.append(h);
        }
        return ApiReply::json(200, { { u"holdings"_s, list } });
    }
    const QStringList parts = r.path.mid(QStringLiteral("/v1/funds").size()).split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        QJsonArray list;
        for (const auto &f : funds)
            list.append(fundJson(f));
        return ApiReply::json(200, { { u"funds"_s, list } });
    }
    for (const auto &f : funds) {
        if (parts[0] == QLatin1StringView(f.id))
            return ApiReply::json(200, fundJson(f));
    }
    return noSuch(u"fund"_s);
}

ApiReply SandboxServer::Private::branchesV1(CallContext &c)
{
    const ApiRequest &r = *c.request;
    if (r.method != "GET")
        return methodNotAllowed();
    struct Branch { const char *name; const char *town; const char *address; double lon; double lat; };
    static const Branch branches[] = {
        { "OP Helsinki Kamppi", "HELSINKI", "Urho Kekkosen katu 1", 24.9316, 60.1690 },
        { "OP Espoo Tapiola", "ESPOO", "Tapiontori 3", 24.8053, 60.1756 },
        { "OP Tampere Keskusta", "TAMPERE", "Hämeenkatu 12", 23.7610, 61.4978 },
        { "OP Riihimäki", "RIIHIMÄKI", "Hämeenaukio 1", 24.7750, 60.7380 },
        { "OP Pohjois-Karjala Joensuu", "JOENSUU", "Torikatu 22", 29.7636, 62.6010 },
        { "OP Turku Kauppatori", "TURKU", "Eerikinkatu 17", 22.2666, 60.4518 },
        { "OP Oulu Rotuaari", "OULU", "Kirkkokatu 15", 25.4715, 65.0121 },
    };
    QList<const Branch *> list;
    const QString query = r.queryValue(u"query"_s).toUpper();
    for (const auto &b : branches) {
        if (query.isEmpty() || QString::fromUtf8(b.name).toUpper().contains(query)
            || QString::fromUtf8(b.town).contains(query))
            list.append(&b);
    }
    const QStringList loc = r.queryValue(u"location"_s).split(u',');
    if (loc.size() == 2) {
        const double lon = loc[0].toDouble(), lat = loc[1].toDouble();
        std::sort(list.begin(), list.end(), [&](const Branch *a, const Branch *b) {
            return std::hypot(a->lon - lon, a->lat - lat) < std::hypot(b->lon - lon, b->lat - lat);
        });
    }
    if (const int limit = r.queryValue(u"limit"_s).toInt(); limit > 0 && limit < list.size())
        list = list.mid(0, limit);
    const bool geo = r.path.endsWith(u".geojson") || r.header("accept").contains("geo+json");
    QJsonArray out;
    for (const Branch *b : list) {
        const QJsonObject name { { u"fi"_s, QString::fromUtf8(b->name).toUpper() }, { u"sv"_s, QString::fromUtf8(b->name).toUpper() } };
        const QJsonObject town { { u"fi"_s, QString::fromUtf8(b->town) }, { u"sv"_s, QString::fromUtf8(b->town) } };
        if (geo) {
            out.append(QJsonObject { { u"type"_s, u"Feature"_s },
                                     { u"geometry"_s, QJsonObject { { u"type"_s, u"Point"_s },
                                                                    { u"coordinates"_s, QJsonArray { b->lon, b->lat } } } },
                                     { u"properties"_s, QJsonObject { { u"branchType"_s, u"BRANCH"_s }, { u"name"_s, name }, { u"town"_s, town } } } });
        } else {
            out.append(QJsonObject { { u"name"_s, name },
                                     { u"town"_s, town },
                                     { u"address"_s, QString::fromUtf8(b->address) },
                                     { u"location"_s, QJsonObject { { u"lon"_s, b->lon }, { u"lat"_s, b->lat } } } });
        }
    }
    if (geo)
        return ApiReply::json(200, { { u"type"_s, u"FeatureCollection"_s }, { u"features"_s, out } },
                              "application/geo+json; charset=utf-8");
    return ApiReply::json(200, { { u"payload"_s, out } });
}

} // namespace opc::sandbox
