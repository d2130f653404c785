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

QByteArray Exchange::responseHeader(const QByteArray &name) const
{
    for (const auto &h : responseHeaders) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

namespace {
QJsonArray headersToJson(const Exchange::Headers &headers)
{
    QJsonArray out;
    for (const auto &h : headers)
        out.append(QJsonArray { QString::fromLatin1(h.first), QString::fromLatin1(h.second) });
    return out;
}
} // namespace

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
    QJsonObject o {
        { u"request"_s, request },
        { u"response"_s, response },
        { u"redirects"_s, QJsonArray::fromStringList(redirectChain) },
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
