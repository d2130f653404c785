#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTemporaryFile;

namespace opc {

/// Milliseconds from the start of the send to each milestone; -1 when the
/// milestone did not happen (e.g. a reused connection has no connect phase).
struct Timings
{
    qint64 connectStarted = -1;
    qint64 encrypted = -1;
    qint64 requestSent = -1;
    qint64 firstByte = -1;
    qint64 finished = -1;

    QJsonObject toJson() const;
};

/// What the TLS layer negotiated, for the connection details view.
struct TlsDetails
{
    bool used = false;
    QString protocol;
    QString cipher;
    QStringList peerChain;      ///< subject CN/O of each certificate, leaf first
    QString peerChainPem;       ///< the same chain as PEM
    QString clientCertificate;  ///< subject of the certificate we presented, empty if none
    QString revocation;         ///< whether and how the server chain was checked for revocation
    bool http2 = false;

    QJsonObject toJson() const;
};

/// A rate-limit snapshot taken right after the response.
struct QuotaSnapshot
{
    bool valid = false;
    bool fromHeaders = false;
    qint64 limit = -1;
    qint64 remaining = -1;
    QDateTime resetAt;

    QJsonObject toJson() const;
};

/// One request as it went on the wire and the status line and headers that
/// answered it: one per redirect followed, the last one the final response.
struct ExchangeHop
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QByteArray method;       ///< after a 301/302/303 rewrite to GET
    QString url;
    Headers requestHeaders;  ///< credential values masked; none after a cross-origin redirect
    qint64 requestBodySize = 0;
    int status = 0;          ///< 0 when no response arrived
    QByteArray reason;
    Headers responseHeaders;

    QByteArray requestHeader(const QByteArray &name) const;
    QByteArray responseHeader(const QByteArray &name) const;
    QJsonObject toJson() const;
};

/// One request and what came back: the request as sent (secrets masked),
/// the response, timings, TLS details and any error as a plain sentence.
struct Exchange
{
    using Headers = ExchangeHop::Headers;

    // The request as the server of the final response received it (after
    // redirects: the last hop), credential values masked.
    QByteArray method;
    QString url;
    Headers requestHeaders;
    qint64 requestBodySize = 0;
    QDateTime startedAt;
    /// Where the request was aimed as the user composed it: the environment
    /// and the URL before variables (often a path relative to that
    /// environment), so that a re-send goes to the environment's address of
    /// the day rather than a port that is gone.
    QString environmentId;
    QString composedUrl;
    /// The application whose quota counted it (the sender's, whichever is
    /// active when the response arrives).
    QString applicationId;

    // response
    int status = 0;
    QByteArray reason;
    Headers responseHeaders;
    QByteArray body;         ///< up to the in-memory cap
    QString bodyFile;        ///< set when the body spilled to a temporary file
    /// Owns that file: it is removed when the last copy of the Exchange goes.
    std::shared_ptr<QTemporaryFile> bodyFileHandle;
    qint64 bodySize = 0;     ///< bytes received (after decompression)
    qint64 expectedSize = -1; ///< Content-Length when the server sent one
    bool truncated = false;
    QStringList redirectChain; ///< every URL visited before the final one
    /// Every hop in order, the last one matching the fields above; empty for
    /// exchanges recorded before hops were kept (see allHops()).
    QList<ExchangeHop> hops;

    Timings timings;
    TlsDetails tls;
    QuotaSnapshot quota;

    QString error;      ///< empty on success; a sentence for the user otherwise
    QString errorCode;  ///< stable identifier: "tls-client-cert-required", "truncated", ...
    QString warning;    ///< the response arrived but something is worth saying (size cap)

    bool hasResponse() const { return status > 0; }
    bool succeeded() const { return error.isEmpty() && status >= 200 && status < 400; }
    QByteArray requestHeader(const QByteArray &name) const;
    QByteArray responseHeader(const QByteArray &name) const;
    /// hops, or the exchange itself as its only hop when none were kept.
    QList<ExchangeHop> allHops() const;

    /// Header bytes as text: UTF-8 when they are valid UTF-8 (masked values
    /// are: "••••" is UTF-8), Latin-1 otherwise, so raw bytes from the wire
    /// still show one character each.
    static QString headerText(const QByteArray &bytes);

    QJsonObject toJson(bool includeBody = true) const;
};

} // namespace opc
