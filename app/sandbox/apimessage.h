#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace opc::sandbox {

/// Which listener a request arrived on.
enum class Listener { Https, Mtls, Admin };

/// A request as the simulator's handlers see it: independent of QtHttpServer
/// so that the routing and the rules can be read without its types.
struct ApiRequest
{
    QByteArray method; ///< upper case, e.g. "GET"
    QString path;      ///< decoded path
    QString target;    ///< path and query, percent-encoded (QUrl::FullyEncoded)
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headerList; ///< names lower-cased, in arrival order
    QByteArray body;
    QString clientCn; ///< subject CN of the client certificate (mTLS only)
    QByteArray clientCertificateDer; ///< the client certificate itself (mTLS only)
    QString hostHeader;
    Listener listener = Listener::Https;
    quint16 peerPort = 0;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headerList) {
            if (h.first == name)
                return h.second;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto &h : headerList) {
            if (h.first == name)
                return true;
        }
        return false;
    }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

/// What a handler answers. Special modes let the test routes stream, drip or
/// cut a body, which QtHttpServer's responder cannot do on its own.
struct ApiReply
{
    enum class Mode { Normal, StreamBytes, ResetAfter, SlowBody };

    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Mode mode = Mode::Normal;
    qint64 totalBytes = 0; ///< StreamBytes/ResetAfter: advertised Content-Length
    qint64 cutAfter = 0;   ///< ResetAfter: bytes sent before the reset
    int bytesPerSecond = 0; ///< SlowBody
    int delayMs = 0;        ///< injected latency before the answer starts

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({ name, value });
    }

    static ApiReply json(int status, const QJsonObject &object, const QByteArray &type = "application/json; charset=utf-8")
    {
        ApiReply r;
        r.status = status;
        r.contentType = type;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }
    static ApiReply jsonArray(int status, const QJsonArray &array)
    {
        ApiReply r;
        r.status = status;
        r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
        return r;
    }
};

} // namespace opc::sandbox
