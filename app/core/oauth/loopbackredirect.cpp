#include "oauth/loopbackredirect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace opc {

namespace {

constexpr qsizetype MaxRequestBytes = 16 * 1024;
constexpr int RequestTimeoutMs = 10000;

QByteArray page(const QString &title, const QString &text)
{
    return u"<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
           "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1><p>%2</p></body></html>"_s
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
            .toUtf8();
}

void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    head += "Content-Type: text/html; charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

/// The URL with every query value replaced, for a view of the exchange.
QString masked(const QUrl &url)
{
    QUrl out = url;
    QUrlQuery query(url);
    QUrlQuery shown;
    for (const auto &[name, value] : query.queryItems()) {
        shown.addQueryItem(name, name == "state"_L1 || name == "error"_L1 ? value : u"…"_s);
    }
    out.setQuery(shown);
    return out.toString();
}

} // namespace

LoopbackRedirect::LoopbackRedirect(QObject *parent)
    : QObject(parent)
{
}

LoopbackRedirect::~LoopbackRedirect() = default;

Status LoopbackRedirect::listen(const QString &path)
{
    close();
    m_path = path;
    m_done = false;
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Status::failure(tr("Could not listen on 127.0.0.1 for the browser's redirect: %1").arg(why),
                               u"loopback-listen"_s);
    }
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server ? m_server->nextPendingConnection() : nullptr) {
            serve(socket);
        }
    });
    return {};
}

bool LoopbackRedirect::isListening() const
{
    return m_server && m_server->isListening();
}

QUrl LoopbackRedirect::redirectUri() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    if (m_server) {
        url.setPort(m_server->serverPort());
    }
    url.setPath(m_path);
    return url;
}

void LoopbackRedirect::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void LoopbackRedirect::serve(QTcpSocket *socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(RequestTimeoutMs, socket, [socket] { socket->abort(); });
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        if (socket->property("answered").toBool()) {
            socket->readAll();
            return;
        }
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        if (buffer.size() > MaxRequestBytes) {
            socket->abort();
            return;
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            socket->setProperty("buffer", buffer);
            return;
        }
        socket->setProperty("answered", true);
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        const QByteArray method = requestLine.value(0);
        const QUrl target = redirectUri().resolved(QUrl::fromEncoded(requestLine.value(1)));
        if (method != "GET" || requestLine.size() != 3 || target.path() != m_path || m_done) {
            answer(socket, 404, "Not Found",
                   page(tr("Not found"), tr("This address only takes the bank's redirect back to the console.")));
            return;
        }
        m_done = true;
        Exchange exchange;
        exchange.method = method;
        exchange.url = masked(target);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                exchange.requestHeaders.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
            }
        }
        const bool rejected = QUrlQuery(target).hasQueryItem(u"error"_s);
        const QByteArray body = rejected
                ? page(tr("Consent not given"), tr("The bank says the consent was not given. You can close this tab "
                                                   "and return to OP Developer Console."))
                : page(tr("Consent received"), tr("The console has the bank's answer. You can close this tab and "
                                                  "return to OP Developer Console."));
        exchange.status = 200;
        exchange.reason = "OK";
        exchange.responseHeaders = { { "Content-Type", "text/html; charset=utf-8" } };
        exchange.body = body;
        exchange.bodySize = body.size();
        exchange.startedAt = QDateTime::currentDateTimeUtc();
        answer(socket, 200, "OK", body);
        Q_EMIT received(target, exchange);
    });
}

} // namespace opc
