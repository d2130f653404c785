#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs a binary of the build (opconsole-cli, opsandbox, ...) as a user
// would: its exit code and both outputs. A process that does not finish in
// time is killed and reported with exit code -1 and "timed out".
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runBinary(const QString &binary, const QStringList &args,
                        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                        const QByteArray &standardInput = {}, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(OPC_BIN_DIR "/") + binary, args);
    CliRun r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    if (!standardInput.isEmpty()) {
        p.write(standardInput);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
