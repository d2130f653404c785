#include "httpfront.h"

#include "apierror.h"

#include <QHttpHeaders>
#include <QMetaEnum>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace opc::sandbox {

namespace {

/// A plain listener that reports each socket before QtHttpServer sees it.
class PlainServer : public QTcpServer
{
public:
    std::function<void(QTcpSocket *)> onSocket;
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        if (onSocket)
            onSocket(socket);
        addPendingConnection(socket);
    }
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 206: return "Partial Content";
    case 413: return "Payload Too Large";
    case 500: return "Internal Server Error";
    default: return "Status";
    }
}

QByteArray rawHead(const ApiReply &reply, qint64 contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &h : reply.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\nConnection: close\r\n\r\n";
    return head;
}

qint64 pendingOut(QTcpSocket *socket)
{
    qint64 n = socket->bytesToWrite();
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        n += ssl->encryptedBytesToWrite();
    return n;
}

} // namespace

HttpFront::HttpFront(Listener listener, Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_listener(listener), m_handler(std::move(handler))
{
}

HttpFront::~HttpFront() = default;

Status HttpFront::listen(quint16 port, const QSslConfiguration *ssl)
{
    if (ssl) {
        auto *server = new QSslServer(this);
        server->setSslConfiguration(*ssl);
        // A handshake that stalls must not hold a slot for long.
        server->setHandshakeTimeout(10000);
        connect(server, &QSslServer::startedEncryptionHandshake, this,
                [this](QSslSocket *socket) { trackSocket(socket); });
        m_server = server;
    } else {
        auto *server = new PlainServer(this);
        server->onSocket = [this](QTcpSocket *socket) { trackSocket(socket); };
        m_server = server;
    }
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return Status::failure(QStringLiteral("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_server->errorString()));
    if (!bind(m_server))
        return Status::failure(QStringLiteral("QtHttpServer could not bind to port %1.").arg(m_server->serverPort()));
    m_port = m_server->serverPort();
    return {};
}

void HttpFront::close()
{
    if (m_server)
        m_server->close();
    for (const auto &s : std::as_const(m_sockets)) {
        if (s)
            s->abort();
    }
    m_sockets.clear();
}

void HttpFront::trackSocket(QTcpSocket *socket)
{
    const quint16 peer = socket->peerPort();
    m_sockets.insert(peer, socket);
    m_awaitingHead.insert(peer, true);
    // Connected before QtHttpServer connects its own reader, so this runs
    // first and can refuse a huge body before it is buffered.
    connect(socket, &QIODevice::readyRead, this, [this, socket] { guardBody(socket); });
    connect(socket, &QObject::destroyed, this, [this, peer] {
        m_sockets.remove(peer);
        m_awaitingHead.remove(peer);
    });
}

void HttpFront::guardBody(QTcpSocket *socket)
{
    const quint16 peer = socket->peerPort();
    if (!m_awaitingHead.value(peer, false))
        return;
    const QByteArray peeked = socket->peek(64 * 1024);
    const qsizetype end = peeked.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    m_awaitingHead.insert(peer, false);
    qint64 length = -1;
    for (const QByteArray &line : peeked.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (length <= MaxBodyBytes)
        return;
    // Drop what arrived so QtHttpServer never starts buffering this body,
    // answer with the error payload and close the connection.
    socket->readAll();
    ApiReply r = ApiError::reply(413, u"ERROR"_s, u"VALIDATION"_s,
                                 QStringLiteral("The request body is larger than %1 bytes.").arg(MaxBodyBytes));
    socket->write(rawHead(r, r.body.size()) + r.body);
    socket->disconnectFromHost();
    m_sockets.remove(peer);
}

bool HttpFront::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    ApiRequest r;
    r.listener = m_listener;
    r.method = QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()))).toUpper();
    const QUrl url = request.url();
    r.path = url.path();
    r.target = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        r.target += u'?' + url.query(QUrl::FullyEncoded);
    r.query = QUrlQuery(url);
    const auto pairs = request.headers().toListOfPairs();
    for (const auto &p : pairs)
        r.headerList.append({ p.first.toLower(), p.second });
    r.hostHeader = QString::fromLatin1(request.value("host"));
    r.body = request.body();
    r.peerPort = request.remotePort();
    const QSslCertificate peerCert = request.sslConfiguration().peerCertificate();
    if (!peerCert.isNull()) {
        r.clientCn = peerCert.subjectInfo(QSslCertificate::CommonName).value(0);
        r.clientCertificateDer = peerCert.toDer();
    }

    ApiReply reply = m_handler(r);
    send(r.peerPort, responder, std::move(reply));
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
{
    // handleRequest takes every request; this only answers if QtHttpServer
    // ever calls it directly.
    ApiReply r = ApiError::reply(404, u"ERROR"_s, u"VALIDATION"_s, u"No such resource."_s);
    responder.write(r.body, r.contentType, QHttpServerResponder::StatusCode::NotFound);
}

void HttpFront::send(quint16 peerPort, QHttpServerResponder &responder, ApiReply reply)
{
    if (reply.delayMs <= 0 && reply.mode == ApiReply::Mode::Normal) {
        // Written into QtHttpServer's own responder: it must not be moved
        // and destroyed inside handleRequest(). QtHttpServer re-arms the
        // connection's reader when a responder is destroyed; one destroyed
        // before handleRequest() returns re-arms it a second time, and every
        // request of a kept-alive connection then added a reader, so the
        // thousandth request was parsed a thousand times.
        writeNormal(peerPort, responder, reply);
        return;
    }
    // A delayed or raw answer outlives handleRequest(): QtHttpServer stops
    // reading this connection until the moved responder is gone.
    auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<HttpFront> self(this);
    auto deliver = [self, peerPort, kept, reply]() mutable {
        if (!self)
            return;
        if (reply.mode != ApiReply::Mode::Normal)
            self->sendRaw(peerPort, kept, reply);
        else
            self->writeNormal(peerPort, *kept, reply);
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, this, std::move(deliver)); // never a sleep: the loop keeps serving
    else
        deliver();
}

void HttpFront::writeNormal(quint16 peerPort, QHttpServerResponder &responder, const ApiReply &reply)
{
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, reply.contentType);
    for (const auto &h : std::as_const(reply.headers))
        headers.append(h.first, h.second);
    m_awaitingHead.insert(peerPort, true);
    responder.write(reply.body, headers, QHttpServerResponder::StatusCode(reply.status));
}

void HttpFront::sendRaw(quint16 peerPort, std::shared_ptr<QHttpServerResponder> responder, const ApiReply &reply)
{
    QPointer<QTcpSocket> socket = m_sockets.value(peerPort);
    if (!socket)
        return;
    const qint64 total = reply.mode == ApiReply::Mode::SlowBody && reply.totalBytes == 0 ? reply.body.size()
                                                                                          : reply.totalBytes;
    socket->write(rawHead(reply, total));
    const qint64 limit = reply.mode == ApiReply::Mode::ResetAfter ? qMin(reply.cutAfter, total) : total;
    const QByteArray source = reply.body.isEmpty() ? QByteArray(64 * 1024, 'x') : reply.body;
    auto sent = std::make_shared<qint64>(0);
    auto *timer = new QTimer(this);
    const int step = reply.mode == ApiReply::Mode::SlowBody ? 100 : 1;
    const qint64 perTick = reply.mode == ApiReply::Mode::SlowBody ? qMax<qint64>(1, reply.bytesPerSecond / 10) : 256 * 1024;
    timer->setInterval(step);
    const ApiReply::Mode mode = reply.mode;
    // The responder stays alive until the socket is done, so QtHttpServer
    // does not start on another request of this connection meanwhile.
    connect(timer, &QTimer::timeout, this, [timer, socket, sent, limit, source, perTick, mode, responder] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            timer->deleteLater();
            return;
        }
        if (*sent >= limit) {
            if (pendingOut(socket) > 0)
                return;
            if (mode == ApiReply::Mode::ResetAfter) {
                // SO_LINGER 0 turns the close into a TCP reset.
                struct linger lg { 1, 0 };
                ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
                socket->abort();
            } else {
                socket->disconnectFromHost();
            }
            timer->deleteLater();
            return;
        }
        if (pendingOut(socket) > 1024 * 1024)
            return; // flow control: never queue more than ~1 MiB
        qint64 n = qMin(perTick, limit - *sent);
        while (n > 0) {
            const qint64 offset = *sent % source.size();
            const qint64 take = qMin(n, source.size() - offset);
            socket->write(source.constData() + offset, take);
            *sent += take;
            n -= take;
        }
    });
    timer->start();
}

} // namespace opc::sandbox
