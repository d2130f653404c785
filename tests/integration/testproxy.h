#pragma once

// A minimal authenticating HTTP CONNECT proxy for tests (NET-15): it asks
// for Basic credentials, records every request head it receives, and tunnels
// only to loopback addresses.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

class TestProxy : public QObject
{
public:
    explicit TestProxy(const QByteArray &expectedAuthorization) : m_expected(expectedAuthorization)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                serve(client);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    /// Every request head the proxy received (CONNECT lines and headers).
    QList<QByteArray> heads() const { return m_heads; }
    int tunnels() const { return m_tunnels; }

private:
    void serve(QTcpSocket *client)
    {
        auto *buffer = new QByteArray;
        connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            if (client->property("tunnel").toBool())
                return;
            buffer->append(client->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            const QByteArray rest = buffer->mid(end + 4);
            buffer->clear();
            m_heads.append(head);
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
            QByteArray authorization;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("proxy-authorization:"))
                    authorization = line.mid(line.indexOf(':') + 1).trimmed();
            }
            if (authorization != m_expected) {
                client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n");
                return;
            }
            const QByteArray target = request.value(1);
            const qsizetype colon = target.lastIndexOf(':');
            const QHostAddress address(QString::fromLatin1(target.left(colon)) == QLatin1String("localhost")
                                               ? QStringLiteral("127.0.0.1")
                                               : QString::fromLatin1(target.left(colon)));
            if (request.value(0) != "CONNECT" || !address.isLoopback()) {
                client->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            auto *upstream = new QTcpSocket(client);
            connect(upstream, &QTcpSocket::connected, client, [this, client, upstream, rest] {
                ++m_tunnels;
                client->setProperty("tunnel", true);
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!rest.isEmpty())
                    upstream->write(rest);
                connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
                if (client->bytesAvailable())
                    upstream->write(client->readAll());
            });
            upstream->connectToHost(address, quint16(target.mid(colon + 1).toUInt()));
        });
    }

    QTcpServer m_server;
    QByteArray m_expected;
    QList<QByteArray> m_heads;
    int m_tunnels = 0;
};
