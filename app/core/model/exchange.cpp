#include "model/exchange.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace opc {

QJsonObject Timings::toJson() const
{
    return QJsonObject {
        { u"connectStarted"_s, connectStarted }, { u"encrypted"_s, encrypted },
        { u"requestSent"_s, requestSent },       { u"firstByte"_s, firstByte },
        { u"finished"_s, finished },
    };
}

QJsonObject TlsDetails::toJson() const
{
    return QJsonObject {
        { u"used"_s, used },
        { u"protocol"_s, protocol },
        { u"cipher"_s, cipher },
        { u"peerChain"_s, QJsonArray::fromStringList(peerChain) },
        { u"clientCertificate"_s, clientCertificate },
        { u"revocation"_s, revocation },
        { u"http2"_s, http2 },
    };
}

QJsonObject QuotaSnapshot::toJson() const
{
    QJsonObject o { { u"valid"_s, valid }, { u"fromHeaders"_s, fromHeaders },
                    { u"limit"_s, limit }, { u"remaining"_s, remaining } };
    if (resetAt.isValid())
        o.insert(u"resetAt"_s, resetAt.toUTC().toString(Qt::ISODate));
    return o;
}

namespace {
QByteArray headerIn(const ExchangeHop::Headers &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonArray headersToJson(const Exchange::Headers &headers)
{
    QJsonArray out;
    for (const auto &h : headers)
        out.append(QJsonArray { QString::fromLatin1(h.first), Exchange::headerText(h.second) });
    return out;
}
} // namespace

QByteArray ExchangeHop::requestHeader(const QByteArray &name) const
{
    return headerIn(requestHeaders, name);
}

QByteArray ExchangeHop::responseHeader(const QByteArray &name) const
{
    return headerIn(responseHeaders, name);
}

QJsonObject ExchangeHop::toJson() const
{
    return QJsonObject {
        { u"method"_s, QString::fromLatin1(method) },
        { u"url"_s, url },
        { u"requestHeaders"_s, headersToJson(requestHeaders) },
        { u"requestBodySize"_s, requestBodySize },
        { u"status"_s, status },
        { u"reason"_s, QString::fromLatin1(reason) },
        { u"responseHeaders"_s, headersToJson(responseHeaders) },
    };
}

QByteArray Exchange::requestHeader(const QByteArray &name) const
{
    return headerIn(requestHeaders, name);
}

QByteArray Exchange::responseHeader(const QByteArray &name) const
{
    return headerIn(responseHeaders, name);
}

QList<ExchangeHop> Exchange::allHops() const
{
    if (!hops.isEmpty())
        return hops;
    return { ExchangeHop {
        method, url, requestHeaders, requestBodySize, status, reason, responseHeaders } };
}

QString Exchange::headerText(const QByteArray &bytes)
{
    return bytes.isValidUtf8() ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}

QJsonObject Exchange::toJson(bool includeBody) const
{
    QJsonObject request {
        { u"method"_s, QString::fromLatin1(method) },
        { u"url"_s, url },
        { u"headers"_s, headersToJson(requestHeaders) },
        { u"bodySize"_s, requestBodySize },
    };
    if (startedAt.isValid())
        request.insert(u"startedAt"_s, startedAt.toUTC().toString(Qt::ISODateWithMs));
    QJsonObject response {
        { u"status"_s, status },
        { u"reason"_s, QString::fromLatin1(reason) },
        { u"headers"_s, headersToJson(responseHeaders) },
        { u"bodySize"_s, bodySize },
        { u"expectedSize"_s, expectedSize },
        { u"truncated"_s, truncated },
    };
    if (includeBody)
        response.insert(u"body"_s, QString::fromUtf8(body));
    if (!bodyFile.isEmpty())
        response.insert(u"bodyFile"_s, bodyFile);
    QJsonArray hopsJson;
    for (const ExchangeHop &hop : hops)
        hopsJson.append(hop.toJson());
    QJsonObject o {
        { u"request"_s, request },
        { u"response"_s, response },
        { u"redirects"_s, QJsonArray::fromStringList(redirectChain) },
        { u"hops"_s, hopsJson },
        { u"timings"_s, timings.toJson() },
        { u"tls"_s, tls.toJson() },
        { u"quota"_s, quota.toJson() },
    };
    if (!warning.isEmpty())
        o.insert(u"warning"_s, warning);
    if (!error.isEmpty()) {
        o.insert(u"error"_s, error);
        o.insert(u"errorCode"_s, errorCode);
    }
    return o;
}

} // namespace opc
