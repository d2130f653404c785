#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs a program as a user would: its exit code and both outputs. A
// process that does not finish in time is killed and reported with exit
// code -1 and "timed out"; one that crashed has exit code -2.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runProgram(const QString &program, const QStringList &args,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
    const QByteArray &standardInput = {}, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, args);
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

// A binary of the build (opconsole-cli, opsandbox, ...).
inline CliRun runBinary(const QString &binary, const QStringList &args,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
    const QByteArray &standardInput = {}, int timeoutMs = 60000)
{
    return runProgram(
        QStringLiteral(OPC_BIN_DIR "/") + binary, args, environment, standardInput, timeoutMs);
}
