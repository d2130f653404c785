#pragma once

#include "apimessage.h"
#include "common/result.h"

#include <QHash>
#include <QPointer>
#include <QtHttpServer/QAbstractHttpServer>

#include <functional>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;

namespace opc::sandbox {

/// One listener of the simulator: QtHttpServer bound to a QSslServer (or a
/// plain QTcpServer for the loopback admin port). It turns QtHttpServer's
/// requests into ApiRequest, and writes ApiReply back, including the
/// streamed, dripped and cut bodies that test routes ask for.
class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<ApiReply(const ApiRequest &)>;

    /// Bodies above this size are refused with 413 (the payload is still the
    /// overview page's error envelope).
    static constexpr qint64 MaxBodyBytes = 10 * 1024 * 1024;

    HttpFront(Listener listener, Handler handler, QObject *parent = nullptr);
    ~HttpFront() override;

    /// @p ssl null = plain HTTP.
    Status listen(quint16 port, const QSslConfiguration *ssl);
    quint16 port() const { return m_port; }
    void close();

protected:
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;

private:
    void trackSocket(QTcpSocket *socket);
    void guardBody(QTcpSocket *socket);
    void send(quint16 peerPort, QHttpServerResponder &responder, ApiReply reply);
    void writeNormal(quint16 peerPort, QHttpServerResponder &responder, const ApiReply &reply);
    void sendRaw(quint16 peerPort, std::shared_ptr<QHttpServerResponder> responder, const ApiReply &reply);

    Listener m_listener;
    Handler m_handler;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QHash<quint16, QPointer<QTcpSocket>> m_sockets;
    QHash<quint16, bool> m_awaitingHead;
};

} // namespace opc::sandbox
