#pragma once

#include "common/result.h"
#include "model/exchange.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace opc {

/// Catches an OAuth authorization response in the user's own browser, as a
/// native application does (RFC 8252 section 7.3): listens on 127.0.0.1 on a
/// port the system chooses, answers the first GET of its path with a short
/// page telling the user to return to the console, and reports the URL the
/// browser was sent to. Anything else gets 404; a request over 16 KiB or
/// slower than 10 s is dropped. Nothing listens on any other address.
class LoopbackRedirect : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirect(QObject *parent = nullptr);
    ~LoopbackRedirect() override;

    /// Starts listening; @p path is the redirect URI's path.
    Status listen(const QString &path = QStringLiteral("/opconsole/callback"));
    bool isListening() const;
    /// http://127.0.0.1:PORT/path, for the authorize request and the code exchange.
    QUrl redirectUri() const;
    void close();

Q_SIGNALS:
    /// The browser arrived at the redirect URI: @p target has its query
    /// (code and state, or error); @p exchange is that request as received
    /// and the page answered, the query values masked.
    void received(const QUrl &target, const opc::Exchange &exchange);

private:
    void serve(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QString m_path;
    bool m_done = false;
};

} // namespace opc
