#include "net/httpengine.h"

#include "net/requestbuilder.h"
#include "net/revocationcheck.h"
#include "net/secretmasker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCipher>
#include <QTemporaryFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace opc {

namespace {


QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_2:
        return u"TLS 1.2"_s;
    case QSsl::TlsV1_3:
        return u"TLS 1.3"_s;
    case QSsl::DtlsV1_2:
        return u"DTLS 1.2"_s;
    default:
        return u"TLS"_s;
    }
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes % (1024 * 1024) == 0 ? 0 : 1);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defA = a.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0 ? 443 : 80;
    const int defB = b.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0 ? 443 : 80;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
            && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defA) == b.port(defB);
}

QString sslErrorSentence(const QSslError &e, const QUrl &url)
{
    const QSslCertificate cert = e.certificate();
    switch (e.error()) {
    case QSslError::CertificateExpired:
        return QCoreApplication::translate("opc::HttpEngine", "The server's certificate expired on %1: the connection was refused.")
                .arg(cert.expiryDate().toUTC().toString(Qt::ISODate));
    case QSslError::CertificateNotYetValid:
        return QCoreApplication::translate("opc::HttpEngine", "The server's certificate is not valid before %1: the connection was refused.")
                .arg(cert.effectiveDate().toUTC().toString(Qt::ISODate));
    case QSslError::HostNameMismatch:
        return QCoreApplication::translate("opc::HttpEngine", "Host name mismatch: the server's certificate is not valid for %1.").arg(url.host());
    case QSslError::SelfSignedCertificate:
        return QCoreApplication::translate("opc::HttpEngine", "The server's certificate is self-signed and its issuer is not trusted for this environment.");
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::UnableToVerifyFirstCertificate:
        return QCoreApplication::translate("opc::HttpEngine", "The server's certificate issuer is not trusted for this environment (%1).")
                .arg(cert.issuerDisplayName());
    case QSslError::InvalidPurpose:
        return QCoreApplication::translate("opc::HttpEngine", "The server's certificate is unsuitable for this purpose (it is not a TLS server certificate).");
    case QSslError::CertificateRevoked:
        return QCoreApplication::translate("opc::HttpEngine", "The server's certificate has been revoked.");
    default:
        return QCoreApplication::translate("opc::HttpEngine", "The server's certificate was rejected: %1").arg(e.errorString());
    }
}

} // namespace

class HttpEngine::Transfer : public QObject
{
public:
    Transfer(HttpEngine *engine, quint64 id, const PreparedRequest &request, const TlsProfile &tls,
             const EngineOptions &options)
        : QObject(engine), m_engine(engine), m_id(id), m_request(request), m_tls(tls), m_options(options)
    {
        // Also set per hop by startHop(); here for an exchange that never starts.
        m_ex.method = request.method;
        m_ex.url = request.url.toString();
        m_ex.requestHeaders = request.maskedHeaders();
        m_ex.requestBodySize = request.body.size();
        m_ex.startedAt = QDateTime::currentDateTimeUtc();
        m_totalTimer.setSingleShot(true);
        m_connectTimer.setSingleShot(true);
        connect(&m_totalTimer, &QTimer::timeout, this, [this] { abortWith(Abort::TotalTimeout); });
        connect(&m_connectTimer, &QTimer::timeout, this, [this] { abortWith(Abort::ConnectTimeout); });
    }

    void start()
    {
        m_clock.start();
        if (m_abort == Abort::Cancelled) {
            // Cancelled before its first turn of the event loop: nothing
            // was sent, and the exchange says so like any other cancel.
            setError(u"cancelled"_s, QCoreApplication::translate("opc::HttpEngine", "The request was cancelled."));
            finish();
            return;
        }
        if (m_options.totalTimeoutMs > 0)
            m_totalTimer.start(m_options.totalTimeoutMs);
        startHop();
    }

    void cancel()
    {
        if (!m_reply) {
            m_abort = Abort::Cancelled; // start() ends it
            return;
        }
        abortWith(Abort::Cancelled);
    }
    const Exchange &exchange() const { return m_ex; }

private:
    enum class Abort { None, Cancelled, ConnectTimeout, TotalTimeout, SizeCap, Revoked };

    void startHop()
    {
        m_memory.clear();
        m_file.reset();
        m_received = 0;
        m_encrypted = false;
        m_firstByte = false;
        m_sslErrors.clear();
        m_done = false;
        recordHopRequest();

        QNetworkRequest nr(m_request.url);
        nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_options.allowHttp2);
        nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        // Cookies are request headers the user controls; a jar would send them
        // across ports (cookies ignore ports) and after cross-origin redirects.
        nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        if (m_request.url.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0)
            nr.setSslConfiguration(m_tls.sslConfiguration());
        bool hasAgent = false;
        for (const auto &h : std::as_const(m_request.headers)) {
            nr.setRawHeader(h.first, h.second);
            hasAgent = hasAgent || h.first.compare("user-agent", Qt::CaseInsensitive) == 0;
        }
        if (!hasAgent)
            nr.setRawHeader("User-Agent", QByteArrayLiteral("opconsole/" OPC_VERSION));

        QNetworkAccessManager *nam = m_engine->managerFor(m_tls);
        QNetworkReply *reply = m_request.body.isEmpty() && m_request.method == "GET"
                ? nam->get(nr)
                : nam->sendCustomRequest(nr, m_request.method, m_request.body);
        m_reply = reply;
        // Bounded in-flight memory: Qt stops reading the socket until we drain.
        reply->setReadBufferSize(1024 * 1024);

        connect(reply, &QNetworkReply::socketStartedConnecting, this,
                [this] { m_ex.timings.connectStarted = m_clock.elapsed(); });
        connect(reply, &QNetworkReply::encrypted, this, [this] {
            m_encrypted = true;
            m_ex.timings.encrypted = m_clock.elapsed();
            m_connectTimer.stop();
            captureTls(m_reply);
            checkRevocation();
        });
        connect(reply, &QNetworkReply::requestSent, this, [this] {
            m_ex.timings.requestSent = m_clock.elapsed();
            m_connectTimer.stop();
        });
        connect(reply, &QNetworkReply::metaDataChanged, this, [this] { m_connectTimer.stop(); });
        connect(reply, &QNetworkReply::readyRead, this, [this] { readBody(); });
        connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
            // Never ignored: recorded so the failure can be explained.
            m_sslErrors += errors;
        });
        connect(reply, &QNetworkReply::finished, this, [this] { onFinished(); });
        if (m_options.connectTimeoutMs > 0)
            m_connectTimer.start(m_options.connectTimeoutMs);
    }

    // The request of this hop as it goes on the wire (after a redirect's
    // method rewrite and credential stripping), masked; the exchange's own
    // request fields always describe the latest hop.
    void recordHopRequest()
    {
        ExchangeHop hop;
        hop.method = m_request.method;
        hop.url = m_request.url.toString();
        hop.requestHeaders = m_request.maskedHeaders();
        hop.requestBodySize = m_request.body.size();
        m_ex.method = hop.method;
        m_ex.url = hop.url;
        m_ex.requestHeaders = hop.requestHeaders;
        m_ex.requestBodySize = hop.requestBodySize;
        m_ex.hops.append(hop);
    }

    // What answered the latest hop, as the exchange holds it now.
    void recordHopResponse()
    {
        if (m_ex.hops.isEmpty())
            return;
        ExchangeHop &hop = m_ex.hops.last();
        hop.status = m_ex.status;
        hop.reason = m_ex.reason;
        hop.responseHeaders = m_ex.responseHeaders;
    }

    // Runs on encrypted(): the handshake is done and no request byte has
    // been written yet, so a revoked server never sees the request.
    void checkRevocation()
    {
        if (!m_reply)
            return;
        if (m_tls.crls.isEmpty()) {
            // The common case stays cheap: no system CA list is loaded.
            m_ex.tls.revocation = RevocationCheck::check({}, {}, {}).detail;
            return;
        }
        const QList<QSslCertificate> chain = m_reply->sslConfiguration().peerCertificateChain();
        const RevocationCheck::Verdict verdict = RevocationCheck::check(
                chain, m_tls.extraCaCertificates + QSslConfiguration::systemCaCertificates(), m_tls.crls);
        m_ex.tls.revocation = verdict.detail;
        if (verdict.state == RevocationCheck::Verdict::State::Revoked)
            abortWith(Abort::Revoked);
    }

    void abortWith(Abort reason)
    {
        if (m_abort != Abort::None || !m_reply)
            return;
        m_abort = reason;
        m_reply->abort();
    }

    void captureTls(QNetworkReply *reply)
    {
        if (!reply)
            return;
        const QSslConfiguration conf = reply->sslConfiguration();
        // Once the server has closed the connection the reply forgets the
        // session (protocol, cipher): keep what encrypted() saw then.
        const bool session = conf.sessionProtocol() != QSsl::UnknownProtocol;
        if (!session && conf.peerCertificateChain().isEmpty()) {
            if (m_tls.hasClientCertificate())
                m_ex.tls.clientCertificate = m_tls.clientSubject();
            return;
        }
        m_ex.tls.used = true;
        if (session || m_ex.tls.protocol.isEmpty()) {
            m_ex.tls.protocol = protocolName(conf.sessionProtocol());
            m_ex.tls.cipher = conf.sessionCipher().name();
        }
        m_ex.tls.peerChain.clear();
        m_ex.tls.peerChainPem.clear();
        for (const QSslCertificate &c : conf.peerCertificateChain()) {
            const QStringList cn = c.subjectInfo(QSslCertificate::CommonName);
            m_ex.tls.peerChain.append(cn.isEmpty() ? c.subjectDisplayName() : cn.join(u", "_s));
            m_ex.tls.peerChainPem += QString::fromLatin1(c.toPem());
        }
        m_ex.tls.clientCertificate = m_tls.hasClientCertificate() ? m_tls.clientSubject() : QString();
    }

    bool store(const QByteArray &chunk)
    {
        if (!m_file && m_memory.size() + chunk.size() <= m_options.memoryBodyBytes) {
            m_memory.append(chunk);
            return true;
        }
        if (!m_file) {
            m_file = std::make_shared<QTemporaryFile>(QDir::temp().filePath(u"opconsole-body-XXXXXX"_s));
            if (!m_file->open()) {
                m_file.reset();
                return false;
            }
            m_file->write(m_memory);
            // The in-memory part stays as a preview for the viewer.
        }
        if (m_memory.size() < m_options.memoryBodyBytes)
            m_memory.append(chunk.left(m_options.memoryBodyBytes - m_memory.size()));
        return m_file->write(chunk) == chunk.size();
    }

    void readBody()
    {
        if (!m_reply || m_abort != Abort::None)
            return;
        if (!m_firstByte) {
            m_firstByte = true;
            m_ex.timings.firstByte = m_clock.elapsed();
        }
        while (m_reply && m_reply->bytesAvailable() > 0) {
            const QByteArray chunk = m_reply->read(qMin<qint64>(m_reply->bytesAvailable(), 256 * 1024));
            if (chunk.isEmpty())
                break;
            const qint64 room = m_options.maxBodyBytes - m_received;
            if (chunk.size() > room) {
                (void)store(chunk.left(room));
                m_received += room;
                m_ex.truncated = true;
                abortWith(Abort::SizeCap);
                return;
            }
            if (!store(chunk)) {
                m_diskError = true;
                abortWith(Abort::SizeCap);
                return;
            }
            m_received += chunk.size();
        }
        Q_EMIT m_engine->progress(m_id, m_received, m_reply ? m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() : -1);
    }

    void setError(const QString &code, const QString &message)
    {
        m_ex.errorCode = code;
        m_ex.error = message;
    }

    void onFinished()
    {
        if (m_done || !m_reply)
            return;
        m_done = true;
        m_connectTimer.stop();
        if (m_abort == Abort::None)
            readBody();
        QNetworkReply *reply = m_reply;
        reply->deleteLater();
        m_reply = nullptr;

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_ex.status = status;
        m_ex.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        m_ex.responseHeaders = reply->rawHeaderPairs();
        m_ex.tls.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
        // A reused connection emits no encrypted(); its session is still on the reply.
        if (m_encrypted || reply->url().scheme() == "https"_L1)
            captureTls(reply);
        else if (m_tls.hasClientCertificate())
            m_ex.tls.clientCertificate = m_tls.clientSubject();
        const QByteArray contentLength = reply->rawHeader("Content-Length");
        bool clOk = false;
        const qint64 expected = contentLength.trimmed().toLongLong(&clOk);
        m_ex.expectedSize = clOk ? expected : -1;
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        const bool encoded = !encoding.isEmpty() && encoding != "identity";

        m_ex.body = m_memory;
        m_ex.bodySize = m_received;
        if (m_file) {
            m_file->flush();
            m_ex.bodyFile = m_file->fileName();
            m_ex.bodyFileHandle = m_file;
        }
        m_ex.timings.finished = m_clock.elapsed();

        const QNetworkReply::NetworkError err = reply->error();
        const QString host = m_request.url.host();
        const int port = m_request.url.port(m_request.url.scheme() == "https"_L1 ? 443 : 80);
        const bool https = m_request.url.scheme() == "https"_L1;

        switch (m_abort) {
        case Abort::Cancelled:
            setError(u"cancelled"_s, QCoreApplication::translate("opc::HttpEngine", "The request was cancelled."));
            return finish();
        case Abort::ConnectTimeout:
            setError(u"connect-timeout"_s,
                     QCoreApplication::translate("opc::HttpEngine", "No connection to %1:%2 within %3 s.").arg(host).arg(port).arg(m_options.connectTimeoutMs / 1000.0));
            return finish();
        case Abort::TotalTimeout:
            if (status > 0)
                m_ex.truncated = true;
            setError(u"timeout"_s, QCoreApplication::translate("opc::HttpEngine", "The request did not complete within the time limit of %1 s; %2 bytes of the body had arrived.")
                                           .arg(m_options.totalTimeoutMs / 1000.0)
                                           .arg(m_received));
            return finish();
        case Abort::Revoked:
            m_ex.status = 0;
            m_ex.responseHeaders.clear();
            setError(u"tls-server-revoked"_s, m_ex.tls.revocation);
            return finish();
        case Abort::SizeCap:
            if (m_diskError)
                setError(u"disk"_s, QCoreApplication::translate("opc::HttpEngine", "The response body could not be written to a temporary file (disk full?)."));
            else
                m_ex.warning = QCoreApplication::translate("opc::HttpEngine", "The response is larger than the limit of %1 MB; only the first %1 MB were kept (truncated).")
                                       .arg(megabytes(m_options.maxBodyBytes));
            return finish();
        case Abort::None:
            break;
        }

        const int e = int(err);
        const bool networkLayer = e > 0 && e < 100;
        if (err != QNetworkReply::NoError && status > 0 && (networkLayer || err == QNetworkReply::ProtocolFailure)) {
            // The headers arrived, then the connection broke: the body is incomplete.
            m_ex.truncated = true;
            if (m_ex.expectedSize >= 0 && !encoded)
                setError(u"truncated"_s, QCoreApplication::translate("opc::HttpEngine", "Truncated response: %1 of %2 bytes (the connection was closed early).")
                                                 .arg(m_received).arg(m_ex.expectedSize));
            else
                setError(u"truncated"_s, QCoreApplication::translate("opc::HttpEngine", "Truncated response: the connection was closed after %1 bytes of the body.")
                                                 .arg(m_received));
            return finish();
        }
        if (err != QNetworkReply::NoError && reply->errorString().contains("ecompress"_L1)) {
            m_ex.truncated = true;
            setError(u"decompression-bomb"_s,
                     QCoreApplication::translate("opc::HttpEngine", "The compressed response expands far beyond its size (a decompression bomb); it was stopped."));
            return finish();
        }
        if (err != QNetworkReply::NoError && status <= 0) {
            mapTransportError(reply, err, host, port, https);
            return finish();
        }
        if (m_ex.expectedSize >= 0 && !encoded && m_received < m_ex.expectedSize && m_request.method != "HEAD"
            && status != 204 && status != 304) {
            m_ex.truncated = true;
            setError(u"truncated"_s, QCoreApplication::translate("opc::HttpEngine", "Truncated response: %1 of %2 bytes.").arg(m_received).arg(m_ex.expectedSize));
            return finish();
        }

        if (m_options.followRedirects && m_request.followRedirects && (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)) {
            const QByteArray location = reply->rawHeader("Location");
            if (!location.isEmpty() && followRedirect(status, location))
                return;
        }
        finish();
    }

    void mapTransportError(QNetworkReply *reply, QNetworkReply::NetworkError err, const QString &host, int port, bool https)
    {
        const QString detail = reply->errorString();
        const bool hasCert = m_tls.hasClientCertificate();
        if (!m_sslErrors.isEmpty()) {
            setError(u"tls-server-certificate"_s, sslErrorSentence(m_sslErrors.first(), m_request.url));
            return;
        }
        const QString lower = detail.toLower();
        // With TLS 1.3 the client finishes its handshake before the server
        // has judged the client certificate, so the server's alert arrives
        // on the first read, reported by Qt as a read error rather than as a
        // handshake failure: the alert text decides, whatever the error kind.
        if (https && lower.contains("certificate required"_L1)) {
            setError(u"tls-client-cert-required"_s,
                     QCoreApplication::translate("opc::HttpEngine", "The server requires a client certificate for this API: it ended the TLS handshake when none was presented."));
            return;
        }
        if (https && hasCert
            && (lower.contains("unknown ca"_L1) || lower.contains("bad certificate"_L1)
                || lower.contains("certificate unknown"_L1) || lower.contains("certificate expired"_L1)
                || lower.contains("certificate revoked"_L1) || lower.contains("unsupported certificate"_L1))) {
            const QString why = lower.contains("unknown ca"_L1) ? QCoreApplication::translate("opc::HttpEngine", "unknown CA")
                    : lower.contains("expired"_L1)            ? QCoreApplication::translate("opc::HttpEngine", "expired")
                    : lower.contains("revoked"_L1)            ? QCoreApplication::translate("opc::HttpEngine", "revoked")
                                                                : QCoreApplication::translate("opc::HttpEngine", "bad certificate");
            setError(u"tls-client-cert-rejected"_s, QCoreApplication::translate("opc::HttpEngine", "The server rejected your client certificate (%1).").arg(why));
            return;
        }
        const QNetworkProxy proxy = m_engine->proxy();
        const QString proxyName = u"%1:%2"_s.arg(proxy.hostName()).arg(proxy.port());
        switch (err) {
        case QNetworkReply::ProxyAuthenticationRequiredError:
            // The credentials themselves never go into a message.
            setError(u"proxy-auth"_s,
                     proxy.user().isEmpty()
                             ? QCoreApplication::translate("opc::HttpEngine", "The proxy %1 asks for a user name and password (407); set them in the network settings.").arg(proxyName)
                             : QCoreApplication::translate("opc::HttpEngine", "The proxy %1 refused the user \"%2\" and its password (407).").arg(proxyName, proxy.user()));
            return;
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::ProxyConnectionClosedError:
            setError(u"proxy-unreachable"_s, QCoreApplication::translate("opc::HttpEngine", "The proxy %1 could not be used: %2").arg(proxyName, detail));
            return;
        case QNetworkReply::ConnectionRefusedError:
            setError(u"connection-refused"_s, QCoreApplication::translate("opc::HttpEngine", "Nothing is listening at %1:%2 (connection refused).").arg(host).arg(port));
            return;
        case QNetworkReply::HostNotFoundError:
            setError(u"host-not-found"_s, QCoreApplication::translate("opc::HttpEngine", "The host name %1 could not be resolved.").arg(host));
            return;
        case QNetworkReply::TimeoutError:
            setError(u"connect-timeout"_s, QCoreApplication::translate("opc::HttpEngine", "The connection to %1:%2 timed out.").arg(host).arg(port));
            return;
        case QNetworkReply::RemoteHostClosedError:
            if (https && !hasCert) {
                setError(u"tls-client-cert-required"_s,
                         QCoreApplication::translate("opc::HttpEngine", "The server requires a client certificate for this API: it ended the TLS handshake when none was presented."));
                return;
            }
            if (https && !m_encrypted) {
                setError(u"tls-client-cert-rejected"_s,
                         QCoreApplication::translate("opc::HttpEngine", "The server closed the connection during the TLS handshake: it may have rejected the client certificate."));
                return;
            }
            if (https && m_received == 0) {
                // TLS 1.3: a server that drops the connection without an alert
                // right after the handshake has most likely refused the certificate.
                setError(u"tls-client-cert-rejected"_s,
                         QCoreApplication::translate("opc::HttpEngine", "The server closed the connection right after the TLS handshake without answering: it most "
                            "likely rejected your client certificate (%1).")
                                 .arg(m_tls.clientSubject()));
                return;
            }
            setError(u"connection-closed"_s, QCoreApplication::translate("opc::HttpEngine", "The server closed the connection before sending a response."));
            return;
        case QNetworkReply::SslHandshakeFailedError:
            if (lower.contains("certificate required"_L1) || (!hasCert && lower.contains("handshake failure"_L1))) {
                setError(u"tls-client-cert-required"_s,
                         QCoreApplication::translate("opc::HttpEngine", "The server requires a client certificate for this API: it ended the TLS handshake when none was presented."));
                return;
            }
            if (hasCert && (lower.contains("unknown ca"_L1) || lower.contains("bad certificate"_L1)
                            || lower.contains("certificate unknown"_L1) || lower.contains("certificate expired"_L1))) {
                const QString why = lower.contains("unknown ca"_L1) ? QCoreApplication::translate("opc::HttpEngine", "unknown CA")
                        : lower.contains("expired"_L1)            ? QCoreApplication::translate("opc::HttpEngine", "expired")
                                                                    : QCoreApplication::translate("opc::HttpEngine", "bad certificate");
                setError(u"tls-client-cert-rejected"_s, QCoreApplication::translate("opc::HttpEngine", "The server rejected your client certificate (%1).").arg(why));
                return;
            }
            if (lower.contains("protocol version"_L1) || lower.contains("unsupported protocol"_L1)) {
                setError(u"tls-version"_s, QCoreApplication::translate("opc::HttpEngine", "The server only offers TLS 1.0/1.1, which the console refuses: TLS 1.2 or newer is required."));
                return;
            }
            setError(u"tls-handshake"_s, QCoreApplication::translate("opc::HttpEngine", "The TLS handshake with %1 failed: %2").arg(host, detail));
            return;
        case QNetworkReply::OperationCanceledError:
            setError(u"cancelled"_s, QCoreApplication::translate("opc::HttpEngine", "The request was cancelled."));
            return;
        default:
            break;
        }
        setError(u"network"_s, QCoreApplication::translate("opc::HttpEngine", "The request to %1 failed: %2").arg(host, detail));
    }

    bool followRedirect(int status, const QByteArray &location)
    {
        recordHopResponse();
        const QUrl current = m_request.url;
        const QUrl target = current.resolved(QUrl::fromEncoded(location));
        m_ex.redirectChain.append(u"%1 %2"_s.arg(status).arg(current.toString()));
        if (m_hops >= m_options.maxRedirects) {
            setError(u"redirect-limit"_s, QCoreApplication::translate("opc::HttpEngine", "Stopped after %1 redirects (a loop?): %2")
                                                  .arg(m_options.maxRedirects)
                                                  .arg(m_ex.redirectChain.join(u" -> "_s)));
            return false;
        }
        const QString scheme = target.scheme().toLower();
        if (!target.isValid() || (scheme != "https"_L1 && scheme != "http"_L1)) {
            setError(u"redirect-invalid"_s, QCoreApplication::translate("opc::HttpEngine", "The server redirected to an unusable location: %1")
                                                    .arg(QString::fromLatin1(location)));
            return false;
        }
        if (current.scheme() == "https"_L1 && scheme == "http"_L1) {
            setError(u"redirect-downgrade"_s, QCoreApplication::translate("opc::HttpEngine", "Refused to follow a redirect from https to plain http (%1): the request "
                                                 "would travel unencrypted.")
                                                      .arg(target.toString()));
            return false;
        }
        if (scheme == "http"_L1 && !RequestBuilder::isLoopbackHost(target.host())) {
            setError(u"redirect-plain-http"_s, QCoreApplication::translate("opc::HttpEngine", "Refused to follow a redirect to plain http on another computer (%1).")
                                                       .arg(target.toString()));
            return false;
        }
        PreparedRequest next = m_request;
        next.url = target;
        const bool toGet = status == 303 || ((status == 301 || status == 302) && m_request.method == "POST");
        if (toGet) {
            next.method = "GET";
            next.body.clear();
            next.headers.removeIf([](const auto &h) {
                return h.first.compare("content-type", Qt::CaseInsensitive) == 0
                        || h.first.compare("content-length", Qt::CaseInsensitive) == 0;
            });
        }
        if (!sameOrigin(current, target)) {
            if (!next.body.isEmpty()) {
                setError(u"redirect-body-cross-origin"_s,
                         QCoreApplication::translate("opc::HttpEngine", "Not following the %1 redirect to another origin (%2): it would re-send the request body there.")
                                 .arg(status)
                                 .arg(target.toString()));
                return false;
            }
            // Credentials belong to the origin they were made for (NET-01).
            next.headers.removeIf([](const auto &h) { return SecretMasker::isCredentialHeader(h.first); });
            m_tls.clientCertificate = QSslCertificate();
            m_tls.clientKey = QSslKey();
            m_tls.clientChain.clear();
            m_ex.redirectChain.last() += QCoreApplication::translate("opc::HttpEngine", " (credentials removed for another origin)");
        }
        ++m_hops;
        m_request = next;
        startHop();
        return true;
    }

    void finish()
    {
        m_totalTimer.stop();
        m_connectTimer.stop();
        recordHopResponse();
        m_engine->complete(m_id);
    }

    HttpEngine *m_engine;
    quint64 m_id;
    PreparedRequest m_request;
    TlsProfile m_tls;
    EngineOptions m_options;
    Exchange m_ex;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    QTimer m_totalTimer;
    QTimer m_connectTimer;
    Abort m_abort = Abort::None;
    QList<QSslError> m_sslErrors;
    QByteArray m_memory;
    std::shared_ptr<QTemporaryFile> m_file;
    qint64 m_received = 0;
    int m_hops = 0;
    bool m_encrypted = false;
    bool m_firstByte = false;
    bool m_done = false;
    bool m_diskError = false;
};

HttpEngine::HttpEngine(QObject *parent) : QObject(parent) { }

HttpEngine::~HttpEngine() = default;

void HttpEngine::setDefaultOptions(const EngineOptions &options)
{
    m_defaults = options;
}

EngineOptions HttpEngine::defaultOptions() const
{
    return m_defaults;
}

quint64 HttpEngine::send(const PreparedRequest &request, const TlsProfile &tls)
{
    return send(request, tls, m_defaults);
}

quint64 HttpEngine::send(const PreparedRequest &request, const TlsProfile &tls, const EngineOptions &options)
{
    const quint64 id = m_nextId++;
    auto *t = new Transfer(this, id, request, tls, options);
    m_transfers.insert(id, t);
    // Start from the event loop so a caller can connect to finished() after send().
    QTimer::singleShot(0, t, [t] { t->start(); });
    return id;
}

void HttpEngine::cancel(quint64 id)
{
    if (Transfer *t = m_transfers.value(id))
        t->cancel();
}

int HttpEngine::activeCount() const
{
    return int(m_transfers.size());
}

int HttpEngine::managerCount() const
{
    return int(m_managers.size());
}

namespace {
// The configured proxy for everything but this computer: the embedded
// simulator on 127.0.0.1 must not be sent to a corporate proxy.
class ProxyChoice : public QNetworkProxyFactory
{
public:
    ProxyChoice(const QNetworkProxy &proxy, bool bypassLoopback)
        : m_proxy(proxy)
        , m_bypassLoopback(bypassLoopback)
    {
    }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (m_bypassLoopback && RequestBuilder::isLoopbackHost(query.peerHostName()))
            return { QNetworkProxy(QNetworkProxy::NoProxy) };
        return { m_proxy };
    }

private:
    QNetworkProxy m_proxy;
    bool m_bypassLoopback;
};
} // namespace

QNetworkAccessManager *HttpEngine::managerFor(const TlsProfile &tls)
{
    const QByteArray id = tls.identityId();
    QNetworkAccessManager *&nam = m_managers[id];
    if (!nam) {
        nam = new QNetworkAccessManager(this);
        nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        nam->setAutoDeleteReplies(false);
        nam->setProxyFactory(new ProxyChoice(m_proxy, m_bypassLoopback));
    }
    return nam;
}

void HttpEngine::setProxy(const QNetworkProxy &proxy, bool bypassLoopback)
{
    m_proxy = proxy;
    m_bypassLoopback = bypassLoopback;
    for (QNetworkAccessManager *nam : std::as_const(m_managers))
        nam->setProxyFactory(new ProxyChoice(proxy, bypassLoopback)); // the manager owns it
}

QNetworkProxy HttpEngine::proxy() const
{
    return m_proxy;
}

void HttpEngine::complete(quint64 id)
{
    Transfer *t = m_transfers.take(id);
    if (!t)
        return;
    const Exchange ex = t->exchange();
    t->deleteLater();
    Q_EMIT finished(id, ex);
}

} // namespace opc
