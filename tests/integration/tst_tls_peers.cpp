// The request engine's TLS verdicts against an independent TLS peer: Debian's
// `openssl s_server`, fed certificates the test makes with the `openssl` CLI.
// Each case is checked against a peer that does not share a line of code with
// the console, so a sentence can only pass when the handshake really went the
// way it names. Control runs with `openssl s_client` prove the peers behave as
// configured (a test server that accepted everything would make every
// rejection test pass for the wrong reason).

#include "net/httpengine.h"
#include "net/revocationcheck.h"
#include "net/tlsprofile.h"
#include "sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace opc;

class TestTlsPeers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    HttpEngine m_engine;
    TlsProfile m_trust; // the test CA as this environment's extra CA, no client certificate
    std::vector<std::unique_ptr<QProcess>> m_servers;
    QString m_opensslError;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // s_server -HTTP sends this file as the whole response. It carries a
    // Content-Length because Qt 6.8's QNetworkAccessManager never completes
    // the connection-delimited page of s_server -www (curl does).
    static constexpr QLatin1StringView kPage = "page.http"_L1;
    static constexpr QByteArrayView kBody = "served by openssl s_server\n";

    // Runs the openssl CLI to completion; false (with the output kept) when it fails.
    bool openssl(const QStringList &args, const QByteArray &input = {}, QByteArray *output = nullptr,
                 int *exitCode = nullptr)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"openssl"_s, args);
        if (!p.waitForStarted(10000)) {
            m_opensslError = u"openssl could not be started: %1"_s.arg(p.errorString());
            return false;
        }
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished(2000);
            m_opensslError = u"openssl %1 did not finish"_s.arg(args.join(u' '));
            return false;
        }
        const QByteArray out = p.readAll();
        if (output)
            *output = out;
        if (exitCode)
            *exitCode = p.exitCode();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_opensslError = u"openssl %1 failed: %2"_s.arg(args.join(u' '), QString::fromLocal8Bit(out));
            return false;
        }
        return true;
    }

    bool writeFile(const QString &name, const QByteArray &data)
    {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }

    static QByteArray extensions(const QByteArray &san, const QByteArray &eku)
    {
        QByteArray e = "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n";
        if (!san.isEmpty())
            e += "subjectAltName=" + san + '\n';
        if (!eku.isEmpty())
            e += "extendedKeyUsage=" + eku + '\n';
        return e;
    }

    // A self-signed CA certificate <name>.pem with key <name>.key.
    bool makeCa(const QString &name, const QString &cn)
    {
        return openssl({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                         u"-nodes"_s, u"-keyout"_s, name + ".key"_L1, u"-out"_s, name + ".pem"_L1, u"-subj"_s,
                         "/CN="_L1 + cn, u"-days"_s, u"2"_s });
    }

    // A certificate <name>.pem / <name>.key signed by @p ca, with the given
    // SAN and EKU; @p validity adds -days or -not_before/-not_after.
    bool makeLeaf(const QString &name, const QString &cn, const QString &ca, const QByteArray &san,
                  const QByteArray &eku, const QStringList &validity = { u"-days"_s, u"2"_s })
    {
        if (!writeFile(name + ".ext"_L1, extensions(san, eku)))
            return false;
        if (!openssl({ u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                       u"-nodes"_s, u"-keyout"_s, name + ".key"_L1, u"-out"_s, name + ".csr"_L1, u"-subj"_s,
                       "/CN="_L1 + cn }))
            return false;
        return openssl(QStringList { u"x509"_s, u"-req"_s, u"-in"_s, name + ".csr"_L1, u"-CA"_s, ca + ".pem"_L1,
                                     u"-CAkey"_s, ca + ".key"_L1, u"-extfile"_s, name + ".ext"_L1, u"-out"_s,
                                     name + ".pem"_L1 }
                       + validity);
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

    // Starts `openssl s_server -HTTP` with @p cert and @p args on a free
    // loopback port; returns the port, or 0 when it never became ready.
    quint16 startServer(const QString &cert, const QStringList &args = {})
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            const quint16 port = freePort();
            if (port == 0)
                continue;
            auto proc = std::make_unique<QProcess>();
            proc->setWorkingDirectory(m_dir.path());
            proc->setProcessChannelMode(QProcess::MergedChannels);
            proc->start(u"openssl"_s, QStringList { u"s_server"_s, u"-accept"_s, u"127.0.0.1:%1"_s.arg(port),
                                                    u"-HTTP"_s, u"-cert"_s, cert + ".pem"_L1, u"-key"_s,
                                                    cert + ".key"_L1 }
                                              + args);
            if (!proc->waitForStarted(10000))
                return 0;
            // s_server prints ACCEPT once it listens; it exits at once when the
            // port was taken in the meantime (then another port is tried).
            QByteArray out;
            for (int i = 0; i < 100 && !out.contains("ACCEPT") && proc->state() == QProcess::Running; ++i) {
                proc->waitForReadyRead(100);
                out += proc->readAll();
            }
            if (out.contains("ACCEPT")) {
                m_servers.push_back(std::move(proc));
                return port;
            }
            m_opensslError = QString::fromLocal8Bit(out);
            proc->kill();
            proc->waitForFinished(2000);
        }
        return 0;
    }

    Exchange get(quint16 port, const TlsProfile &tls, const QString &host = u"127.0.0.1"_s)
    {
        PreparedRequest r;
        r.method = "GET";
        r.url = QUrl(u"https://%1:%2/%3"_s.arg(host).arg(port).arg(kPage));
        EngineOptions o;
        o.connectTimeoutMs = 10000;
        o.totalTimeoutMs = 15000;
        QSignalSpy spy(&m_engine, &HttpEngine::finished);
        m_engine.send(r, tls, o);
        if (!spy.wait(20000))
            return Exchange();
        return spy.first().at(1).value<Exchange>();
    }

    TlsProfile client(const QString &name) const
    {
        auto p = TlsProfile::fromPemFiles(path(name + ".pem"_L1), path(name + ".key"_L1));
        if (!p.ok())
            return TlsProfile();
        TlsProfile t = *p;
        t.extraCaCertificates = m_trust.extraCaCertificates;
        return t;
    }

    // An HTTP request through `openssl s_client` presenting @p cert (or none):
    // what an independent client sees from the same server.
    QByteArray clientControl(quint16 port, const QString &cert, const QStringList &args = {})
    {
        QStringList a { u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(port), u"-CAfile"_s, u"ca.pem"_s,
                        u"-ign_eof"_s };
        if (!cert.isEmpty())
            a << u"-cert"_s << cert + ".pem"_L1 << u"-key"_s << cert + ".key"_L1;
        QByteArray out;
        (void)openssl(a + args, "GET /" + QByteArray(kPage.data(), kPage.size()) + " HTTP/1.0\r\n\r\n", &out);
        return out;
    }

    static QByteArray describe(const Exchange &e)
    {
        return u"status %1, code '%2', error '%3'"_s.arg(e.status).arg(e.errorCode, e.error).toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Exchange>();
        QVERIFY(m_dir.isValid());
        QVERIFY2(makeCa(u"ca"_s, u"OPC Test CA"_s), qPrintable(m_opensslError));
        QVERIFY2(makeCa(u"other"_s, u"Other CA"_s), qPrintable(m_opensslError));
        const QByteArray srv = "serverAuth";
        const QByteArray ip = "IP:127.0.0.1";
        QVERIFY2(makeLeaf(u"good"_s, u"127.0.0.1"_s, u"ca"_s, ip, srv), qPrintable(m_opensslError));
        QVERIFY2(makeLeaf(u"expired"_s, u"127.0.0.1"_s, u"ca"_s, ip, srv,
                          { u"-not_before"_s, u"20190101000000Z"_s, u"-not_after"_s, u"20200101000000Z"_s }),
                 qPrintable(m_opensslError));
        QVERIFY2(makeLeaf(u"wronghost"_s, u"example.invalid"_s, u"ca"_s, "DNS:example.invalid", srv),
                 qPrintable(m_opensslError));
        QVERIFY2(makeLeaf(u"untrusted"_s, u"127.0.0.1"_s, u"other"_s, ip, srv), qPrintable(m_opensslError));
        QVERIFY2(makeLeaf(u"clientonly"_s, u"127.0.0.1"_s, u"ca"_s, ip, "clientAuth"), qPrintable(m_opensslError));
        QVERIFY2(makeLeaf(u"app1"_s, u"app-1"_s, u"ca"_s, {}, "clientAuth"), qPrintable(m_opensslError));
        QVERIFY2(makeLeaf(u"app2"_s, u"app-2"_s, u"ca"_s, {}, "clientAuth"), qPrintable(m_opensslError));
        QVERIFY2(makeLeaf(u"rogue"_s, u"app-1"_s, u"other"_s, {}, "clientAuth"), qPrintable(m_opensslError));
        QVERIFY2(makeLeaf(u"oldclient"_s, u"app-1"_s, u"ca"_s, {}, "clientAuth",
                          { u"-not_before"_s, u"20190101000000Z"_s, u"-not_after"_s, u"20200101000000Z"_s }),
                 qPrintable(m_opensslError));
        // A self-signed server certificate (no CA behind it at all).
        QVERIFY2(openssl({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                           u"-nodes"_s, u"-keyout"_s, u"selfsigned.key"_s, u"-out"_s, u"selfsigned.pem"_s,
                           u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                           u"-days"_s, u"2"_s }),
                 qPrintable(m_opensslError));

        auto ca = TlsProfile::loadCaFile(path(u"ca.pem"_s));
        QVERIFY2(ca.ok(), qPrintable(ca.errorMessage()));
        m_trust.extraCaCertificates = *ca;
        QVERIFY(writeFile(kPage, "HTTP/1.0 200 ok\r\nContent-Type: text/plain\r\nContent-Length: "
                                         + QByteArray::number(kBody.size()) + "\r\n\r\n" + kBody.toByteArray()));
    }

    void cleanup()
    {
        // Each peer is stopped through its own process handle.
        for (auto &p : m_servers) {
            p->terminate();
            if (!p->waitForFinished(3000)) {
                p->kill();
                p->waitForFinished(3000);
            }
        }
        m_servers.clear();
    }

    // TLS-01
    void trustedServerSucceeds_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("protocol");
        QTest::newRow("server default (TLS 1.3)") << QStringList() << u"TLS 1.3"_s;
        QTest::newRow("TLS 1.2 only") << QStringList { u"-tls1_2"_s } << u"TLS 1.2"_s;
    }
    void trustedServerSucceeds()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, protocol);
        const quint16 port = startServer(u"good"_s, args);
        QVERIFY2(port, qPrintable(m_opensslError));
        const Exchange e = get(port, m_trust);
        QVERIFY2(e.status == 200 && e.error.isEmpty(), describe(e).constData());
        QVERIFY(e.tls.used);
        QCOMPARE(e.tls.protocol, protocol);
        QVERIFY(!e.tls.cipher.isEmpty());
        QCOMPARE(e.tls.peerChain.value(0), u"127.0.0.1"_s);
        QCOMPARE(e.body, kBody.toByteArray());
    }

    // Without the test CA the same server is refused: success above comes
    // from the environment's extra CA, not from verification being off.
    void sameServerRefusedWithoutTheTestCa()
    {
        const quint16 port = startServer(u"good"_s);
        QVERIFY2(port, qPrintable(m_opensslError));
        const Exchange e = get(port, TlsProfile());
        QCOMPARE(e.status, 0);
        QVERIFY2(e.errorCode == u"tls-server-certificate"_s, describe(e).constData());
        QVERIFY2(e.error.contains(u"not trusted"_s), describe(e).constData());
    }

    // TLS-02
    void expiredServerCertificate()
    {
        const quint16 port = startServer(u"expired"_s);
        QVERIFY2(port, qPrintable(m_opensslError));
        const Exchange e = get(port, m_trust);
        QCOMPARE(e.status, 0);
        QVERIFY2(e.errorCode == u"tls-server-certificate"_s, describe(e).constData());
        QVERIFY2(e.error.contains(u"expired"_s), describe(e).constData());
        QVERIFY2(e.error.contains(u"2020-01-01"_s), describe(e).constData()); // the notAfter date
        // Refused during the handshake: no HTTP request left the console.
        QCOMPARE(e.timings.requestSent, qint64(-1));
        QCOMPARE(e.timings.encrypted, qint64(-1));
    }

    // TLS-03
    void hostNameMismatch()
    {
        const quint16 port = startServer(u"wronghost"_s);
        QVERIFY2(port, qPrintable(m_opensslError));
        const Exchange e = get(port, m_trust);
        QCOMPARE(e.status, 0);
        QVERIFY2(e.errorCode == u"tls-server-certificate"_s, describe(e).constData());
        QVERIFY2(e.error.contains(u"host name mismatch"_s, Qt::CaseInsensitive), describe(e).constData());
        QVERIFY2(e.error.contains(u"127.0.0.1"_s), describe(e).constData());
    }

    // TLS-04 (the refusal; trusting it is a per-environment action elsewhere)
    void selfSignedServerCertificate()
    {
        const quint16 port = startServer(u"selfsigned"_s);
        QVERIFY2(port, qPrintable(m_opensslError));
        const Exchange e = get(port, m_trust);
        QCOMPARE(e.status, 0);
        QVERIFY2(e.errorCode == u"tls-server-certificate"_s, describe(e).constData());
        QVERIFY2(e.error.contains(u"self-signed"_s), describe(e).constData());
    }

    // TLS-05
    void untrustedRoot()
    {
        const quint16 port = startServer(u"untrusted"_s);
        QVERIFY2(port, qPrintable(m_opensslError));
        const Exchange e = get(port, m_trust);
        QCOMPARE(e.status, 0);
        QVERIFY2(e.errorCode == u"tls-server-certificate"_s, describe(e).constData());
        QVERIFY2(e.error.contains(u"issuer is not trusted"_s), describe(e).constData());
        QVERIFY2(e.error.contains(u"Other CA"_s), describe(e).constData()); // names the unknown issuer
    }

    // TLS-06
    void serverCertificateWithoutServerAuth()
    {
        const quint16 port = startServer(u"clientonly"_s);
        QVERIFY2(port, qPrintable(m_opensslError));
        const Exchange e = get(port, m_trust);
        QCOMPARE(e.status, 0);
        QVERIFY2(e.errorCode == u"tls-server-certificate"_s, describe(e).constData());
        QVERIFY2(e.error.contains(u"unsuitable for this purpose"_s), describe(e).constData());
    }

    // TLS-07
    void oldProtocolOnlyServerRefused_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("name");
        QTest::newRow("TLS 1.0") << u"-tls1"_s << u"TLSv1"_s;
        QTest::newRow("TLS 1.1") << u"-tls1_1"_s << u"TLSv1.1"_s;
    }
    void oldProtocolOnlyServerRefused()
    {
        QFETCH(QString, version);
        QFETCH(QString, name);
        const QString weak = u"DEFAULT@SECLEVEL=0"_s;
        const quint16 port = startServer(u"good"_s, { version, u"-cipher"_s, weak });
        QVERIFY2(port, qPrintable(m_opensslError));
        // Control: the server really completes a handshake at that version.
        const QByteArray control = clientControl(port, {}, { version, u"-cipher"_s, weak });
        QVERIFY2(control.contains(QByteArray("Protocol: " + name.toLatin1() + '\n')), control.constData());
        QVERIFY2(control.contains("HTTP/1.0 200"), control.constData());

        const Exchange e = get(port, m_trust);
        QCOMPARE(e.status, 0);
        QVERIFY2(e.errorCode == u"tls-version"_s, describe(e).constData());
        QVERIFY2(e.error.contains(u"only offers"_s) && e.error.contains(u"TLS 1.0/1.1"_s), describe(e).constData());
    }

    // TLS-08
    void mtlsServerWithoutClientCertificate_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("TLS 1.3") << QStringList();
        QTest::newRow("TLS 1.2") << QStringList { u"-tls1_2"_s };
    }
    void mtlsServerWithoutClientCertificate()
    {
        QFETCH(QStringList, args);
        const quint16 port = startServer(
                u"good"_s, QStringList { u"-CAfile"_s, u"ca.pem"_s, u"-Verify"_s, u"1"_s, u"-verify_return_error"_s } + args);
        QVERIFY2(port, qPrintable(m_opensslError));
        const Exchange e = get(port, m_trust);
        QCOMPARE(e.status, 0);
        QVERIFY2(e.errorCode == u"tls-client-cert-required"_s, describe(e).constData());
        QVERIFY2(e.error.contains(u"requires a client certificate"_s), describe(e).constData());
    }

    // TLS-09, with both controls: s_server with -verify_return_error rejects
    // the rogue certificate for an independent client too, and without that
    // option the very same certificate is accepted (so the assertion below
    // depends on the server's verdict, not on the console guessing).
    void mtlsClientCertificateFromAnotherCa_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("TLS 1.3") << QStringList();
        QTest::newRow("TLS 1.2") << QStringList { u"-tls1_2"_s };
    }
    void mtlsClientCertificateFromAnotherCa()
    {
        QFETCH(QStringList, args);
        const quint16 strict = startServer(
                u"good"_s, QStringList { u"-CAfile"_s, u"ca.pem"_s, u"-Verify"_s, u"1"_s, u"-verify_return_error"_s } + args);
        QVERIFY2(strict, qPrintable(m_opensslError));

        const QByteArray rejected = clientControl(strict, u"rogue"_s);
        QVERIFY2(!rejected.contains("HTTP/1.0 200"), rejected.constData());
        QVERIFY2(rejected.contains("unknown ca"), rejected.constData());
        const QByteArray accepted = clientControl(strict, u"app1"_s);
        QVERIFY2(accepted.contains("HTTP/1.0 200"), accepted.constData());

        const Exchange e = get(strict, client(u"rogue"_s));
        QCOMPARE(e.status, 0);
        QVERIFY2(e.errorCode == u"tls-client-cert-rejected"_s, describe(e).constData());
        QVERIFY2(e.error.contains(u"The server rejected your client certificate (unknown CA)"_s), describe(e).constData());
        QCOMPARE(e.tls.clientCertificate, u"app-1"_s);

        const Exchange good = get(strict, client(u"app1"_s));
        QVERIFY2(good.status == 200 && good.error.isEmpty(), describe(good).constData());
        QCOMPARE(good.body, kBody.toByteArray());

        const quint16 lax = startServer(u"good"_s, QStringList { u"-CAfile"_s, u"ca.pem"_s, u"-verify"_s, u"1"_s } + args);
        QVERIFY2(lax, qPrintable(m_opensslError));
        const Exchange laxRun = get(lax, client(u"rogue"_s));
        QVERIFY2(laxRun.status == 200 && laxRun.error.isEmpty(), describe(laxRun).constData());
    }

    // TLS-10: the server's "certificate expired" alert, named as such.
    void mtlsExpiredClientCertificate()
    {
        const quint16 port = startServer(
                u"good"_s, { u"-CAfile"_s, u"ca.pem"_s, u"-Verify"_s, u"1"_s, u"-verify_return_error"_s, u"-tls1_2"_s });
        QVERIFY2(port, qPrintable(m_opensslError));
        const QByteArray control = clientControl(port, u"oldclient"_s, { u"-tls1_2"_s });
        QVERIFY2(!control.contains("HTTP/1.0 200"), control.constData());
        const Exchange e = get(port, client(u"oldclient"_s));
        QCOMPARE(e.status, 0);
        QVERIFY2(e.errorCode == u"tls-client-cert-rejected"_s, describe(e).constData());
        QVERIFY2(e.error.contains(u"expired"_s), describe(e).constData());
    }

    // TLS-12: a server certificate revoked by its CA. The CRL is made by
    // `openssl ca`; a control run with s_client -crl_check shows the CRL
    // really lists it. A CRL that names the same issuer but is signed by
    // another key must not count.
    void revokedServerCertificate()
    {
        const QByteArray srv = "serverAuth";
        QVERIFY2(makeLeaf(u"revoked"_s, u"127.0.0.1"_s, u"ca"_s, "IP:127.0.0.1", srv), qPrintable(m_opensslError));
        QVERIFY(writeFile(u"crl.cnf"_s, "[ ca ]\ndefault_ca = testca\n[ testca ]\ndatabase = index.txt\n"
                                        "crlnumber = crlnumber\ndefault_md = sha256\ndefault_crl_days = 2\n"
                                        "certificate = ca.pem\nprivate_key = ca.key\n"));
        QVERIFY(writeFile(u"index.txt"_s, {}));
        QVERIFY(writeFile(u"crlnumber"_s, "01\n"));
        QVERIFY2(openssl({ u"ca"_s, u"-config"_s, u"crl.cnf"_s, u"-revoke"_s, u"revoked.pem"_s }),
                 qPrintable(m_opensslError));
        QVERIFY2(openssl({ u"ca"_s, u"-config"_s, u"crl.cnf"_s, u"-gencrl"_s, u"-out"_s, u"ca.crl"_s }),
                 qPrintable(m_opensslError));
        // The forgery: same issuer name, another key.
        QVERIFY2(makeCa(u"forger"_s, u"OPC Test CA"_s), qPrintable(m_opensslError));
        QVERIFY(writeFile(u"forged.cnf"_s, "[ ca ]\ndefault_ca = f\n[ f ]\ndatabase = forged-index.txt\n"
                                           "crlnumber = forged-crlnumber\ndefault_md = sha256\n"
                                           "default_crl_days = 2\ncertificate = forger.pem\n"
                                           "private_key = forger.key\n"));
        QVERIFY(writeFile(u"forged-index.txt"_s, {}));
        QVERIFY(writeFile(u"forged-crlnumber"_s, "01\n"));
        QVERIFY2(openssl({ u"ca"_s, u"-config"_s, u"forged.cnf"_s, u"-gencrl"_s, u"-out"_s, u"forged.crl"_s }),
                 qPrintable(m_opensslError));

        const quint16 port = startServer(u"revoked"_s, { u"-tls1_2"_s });
        QVERIFY2(port, qPrintable(m_opensslError));
        const QByteArray control = clientControl(port, {}, { u"-CRL"_s, u"ca.crl"_s, u"-crl_check"_s });
        QVERIFY2(control.contains("certificate revoked"), control.constData());

        auto crl = RevocationCheck::loadCrlFile(path(u"ca.crl"_s));
        QVERIFY2(crl.ok(), qPrintable(crl.errorMessage()));
        TlsProfile withCrl = m_trust;
        withCrl.crls = { *crl };
        const Exchange e = get(port, withCrl);
        QCOMPARE(e.status, 0);
        QVERIFY2(e.errorCode == u"tls-server-revoked"_s, describe(e).constData());
        QVERIFY2(e.error.contains(u"revoked"_s) && e.error.contains(u"OPC Test CA"_s), describe(e).constData());
        QCOMPARE(e.timings.requestSent, qint64(-1)); // no HTTP byte reached the revoked server

        // Without a CRL the same server answers, and the details say that
        // revocation was not checked.
        const Exchange unchecked = get(port, m_trust);
        QVERIFY2(unchecked.status == 200, describe(unchecked).constData());
        QVERIFY2(unchecked.tls.revocation.contains(u"not checked"_s), qPrintable(unchecked.tls.revocation));

        // A forged CRL naming the same issuer is not believed.
        auto forged = RevocationCheck::loadCrlFile(path(u"forged.crl"_s));
        QVERIFY2(forged.ok(), qPrintable(forged.errorMessage()));
        TlsProfile withForged = m_trust;
        withForged.crls = { *forged };
        const Exchange notFooled = get(port, withForged);
        QVERIFY2(notFooled.status == 200, describe(notFooled).constData());
        QVERIFY2(notFooled.tls.revocation.contains(u"not signed by that issuer"_s),
                 qPrintable(notFooled.tls.revocation));

        // A good certificate from the same CA passes the real CRL.
        const quint16 goodPort = startServer(u"good"_s);
        QVERIFY2(goodPort, qPrintable(m_opensslError));
        const Exchange fine = get(goodPort, withCrl);
        QVERIFY2(fine.status == 200, describe(fine).constData());
        QVERIFY2(fine.tls.revocation.contains(u"not revoked"_s), qPrintable(fine.tls.revocation));

        QVERIFY(!RevocationCheck::loadCrlFile(path(u"ca.pem"_s)).ok());
    }

    // The simulator's own mTLS listener: an issued certificate works, one
    // from another CA is refused with a sentence about the certificate.
    void simulatorMtlsListener()
    {
        sandbox::SandboxServer server;
        sandbox::SandboxOptions o;
        o.dataDir = path(u"sim"_s);
        const Status s = server.start(o);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        const sandbox::AppCredentials app = server.registerApplication(u"tls-peers"_s, {});
        const auto p12 = server.issueClientCertificate(app.apiKey, u"pw"_s);
        QVERIFY2(p12.ok(), qPrintable(p12.errorMessage()));
        auto issued = TlsProfile::fromPkcs12(*p12, u"pw"_s);
        QVERIFY2(issued.ok(), qPrintable(issued.errorMessage()));
        TlsProfile good = *issued;
        good.extraCaCertificates = { server.caCertificate() };

        PreparedRequest r;
        r.method = "GET";
        r.url = QUrl(server.mtlsBaseUrl() + "/__echo"_L1);
        auto send = [&](const TlsProfile &tls) {
            QSignalSpy spy(&m_engine, &HttpEngine::finished);
            m_engine.send(r, tls);
            return spy.wait(20000) ? spy.first().at(1).value<Exchange>() : Exchange();
        };
        const Exchange ok = send(good);
        QVERIFY2(ok.status == 200 && ok.error.isEmpty(), describe(ok).constData());
        QCOMPARE(QJsonDocument::fromJson(ok.body).object().value("clientCertificateCn"_L1).toString(), u"tls-peers"_s);

        TlsProfile rogue = client(u"rogue"_s);
        rogue.extraCaCertificates = { server.caCertificate() };
        const Exchange bad = send(rogue);
        QCOMPARE(bad.status, 0);
        QVERIFY2(bad.errorCode == u"tls-client-cert-rejected"_s, describe(bad).constData());
        QVERIFY2(bad.error.contains(u"client certificate"_s), describe(bad).constData());
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestTlsPeers)
#include "tst_tls_peers.moc"
