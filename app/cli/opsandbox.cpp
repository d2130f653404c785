// opsandbox: the OP sandbox simulator as a standalone process. When ready it
// prints one JSON line {"https","mtls","admin","ca"} on stdout, so scripts
// and tests can start it on free ports and read where it listens.

#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalPipe[2] = { -1, -1 };

// Only async-signal-safe work here: the event loop picks the byte up.
void onSignal(int)
{
    const char b = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &b, 1);
}

bool parsePort(const QCommandLineParser &p, const QString &name, quint16 *out)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const uint v = p.value(name).toUInt(&ok);
    if (!ok || v > 65535)
        return false;
    *out = quint16(v);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"opconsole"_s);
    QCoreApplication::setOrganizationName(u"opconsole"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OPC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("opsandbox", "Simulator of OP's developer sandbox APIs on loopback."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { u"port"_s, QCoreApplication::translate("opsandbox", "HTTPS port (0 = any free port)."), u"N"_s, u"0"_s },
        { u"mtls-port"_s, QCoreApplication::translate("opsandbox", "Mutual-TLS port (0 = any free port)."), u"N"_s, u"0"_s },
        { u"admin-port"_s, QCoreApplication::translate("opsandbox", "Admin HTTP port (0 = any free port)."), u"N"_s, u"0"_s },
        { u"state"_s, QCoreApplication::translate("opsandbox", "Keep apps and quotas in this file."), u"FILE"_s },
        { u"daily-limit"_s, QCoreApplication::translate("opsandbox", "Requests per application per day."), u"N"_s, u"1000"_s },
        { u"data-dir"_s, QCoreApplication::translate("opsandbox", "Where the CA and server certificate live."), u"DIR"_s },
    });
    parser.process(app);

    opc::sandbox::SandboxOptions options;
    bool ok = parsePort(parser, u"port"_s, &options.httpsPort) && parsePort(parser, u"mtls-port"_s, &options.mtlsPort)
              && parsePort(parser, u"admin-port"_s, &options.adminPort);
    options.dailyLimit = parser.value(u"daily-limit"_s).toInt(&ok) ;
    if (!ok || options.dailyLimit < 0) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(QCoreApplication::translate("opsandbox", "Invalid port or limit.")));
        return 2;
    }
    options.stateFile = parser.value(u"state"_s);
    options.dataDir = parser.value(u"data-dir"_s);

    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return 1;
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char buf[16];
        while (::read(g_signalPipe[0], buf, sizeof buf) > 0) { }
        QCoreApplication::quit();
    });

    opc::sandbox::SandboxServer server;
    const opc::Status started = server.start(options);
    if (!started) {
        std::fprintf(stderr, "opsandbox: %s\n", qUtf8Printable(started.errorMessage()));
        return 1;
    }
    const QJsonObject ready { { u"https"_s, server.httpsPort() },
                              { u"mtls"_s, server.mtlsPort() },
                              { u"admin"_s, server.adminPort() },
                              { u"ca"_s, server.caCertificatePath() } };
    std::fprintf(stdout, "%s\n", QJsonDocument(ready).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    const int rc = app.exec();
    server.stop(); // writes the state file when --state was given
    return rc;
}
