#pragma once

#include "model/exchange.h"
#include "net/preparedrequest.h"
#include "net/tlsprofile.h"

#include <QHash>
#include <QNetworkProxy>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace opc {

/// Limits of one send.
struct EngineOptions
{
    qint64 maxBodyBytes = 100LL * 1024 * 1024;   ///< the response is cut here, with Exchange::truncated
    qint64 memoryBodyBytes = 8LL * 1024 * 1024;  ///< beyond this the body goes to a temporary file
    int connectTimeoutMs = 15000;                ///< until the connection (and TLS) is up
    int totalTimeoutMs = 60000;                  ///< the whole exchange, redirects included
    int maxRedirects = 10;
    bool followRedirects = true;
    bool allowHttp2 = true;
};

/// Sends PreparedRequests over QNetworkAccessManager and reports each as an
/// Exchange. Asynchronous: send() returns at once, finished() follows.
/// Owns one manager per TLS identity, so a request with another client
/// certificate never rides on a connection opened with the previous one.
/// Redirects are handled here, not by Qt, so credentials never follow a
/// redirect to another origin.
class HttpEngine : public QObject
{
    Q_OBJECT
public:
    explicit HttpEngine(QObject *parent = nullptr);
    ~HttpEngine() override;

    void setDefaultOptions(const EngineOptions &options);
    EngineOptions defaultOptions() const;

    /// Starts the request; returns its id for cancel() and finished().
    quint64 send(const PreparedRequest &request, const TlsProfile &tls = TlsProfile());
    quint64 send(const PreparedRequest &request, const TlsProfile &tls, const EngineOptions &options);
    void cancel(quint64 id);
    int activeCount() const;

    /// The proxy requests go through (default: none); loopback hosts (the
    /// embedded simulator) go direct unless @p bypassLoopback is false.
    /// With credentials, Qt gives them to the proxy only: over HTTPS they
    /// travel in the CONNECT request, never inside the tunnel to the origin.
    void setProxy(const QNetworkProxy &proxy, bool bypassLoopback = true);
    QNetworkProxy proxy() const;

    /// The managers in use (one per TLS identity), for diagnostics and tests.
    int managerCount() const;

Q_SIGNALS:
    void finished(quint64 id, const opc::Exchange &exchange);
    void progress(quint64 id, qint64 received, qint64 total);

private:
    class Transfer;
    friend class Transfer;
    QNetworkAccessManager *managerFor(const TlsProfile &tls);
    void complete(quint64 id);

    QHash<QByteArray, QNetworkAccessManager *> m_managers;
    QHash<quint64, Transfer *> m_transfers;
    EngineOptions m_defaults;
    QNetworkProxy m_proxy { QNetworkProxy::NoProxy };
    bool m_bypassLoopback = true;
    quint64 m_nextId = 1;
};

} // namespace opc
