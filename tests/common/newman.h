#pragma once

#include "clirun.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QString>

// newman (Postman's runner) for the tests that compare with it: OPC_NEWMAN
// names one to use as it is (an offline machine, a registry behind a proxy
// npm does not trust); otherwise it is installed once with npm into the
// build folder (newman/) and reused. Tests running at once install it once:
// the install holds a lock file beside it.
struct Newman
{
    QString path; ///< the executable; empty when there is none
    QString error; ///< why not, for the test's failure message
    bool noNpm = false; ///< npm is not installed: skip rather than fail
};

inline Newman findOrInstallNewman()
{
    Newman n;
    n.path = qEnvironmentVariable("OPC_NEWMAN");
    if (!n.path.isEmpty()) {
        if (!QFileInfo(n.path).isExecutable()) {
            n.error = QStringLiteral("OPC_NEWMAN=%1 is not executable").arg(n.path);
            n.path.clear();
        }
        return n;
    }
    const QString prefix
        = QDir(QStringLiteral(OPC_BIN_DIR)).absoluteFilePath(QStringLiteral("../newman"));
    n.path = prefix + QStringLiteral("/node_modules/.bin/newman");
    QDir().mkpath(prefix);
    QLockFile lock(prefix + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(300000)) {
        n.error = QStringLiteral("another test held %1.lock for five minutes").arg(prefix);
        n.path.clear();
        return n;
    }
    if (QFileInfo(n.path).isExecutable()) {
        return n;
    }
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (npm.isEmpty()) {
        n.noNpm = true;
        n.error = QStringLiteral(
            "npm is not installed, so newman cannot be installed; install nodejs and npm");
        n.path.clear();
        return n;
    }
    const CliRun install = runProgram(npm,
        { QStringLiteral("install"), QStringLiteral("--prefix"), prefix,
            QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
            QStringLiteral("--loglevel=error"), QStringLiteral("newman@6") },
        QProcessEnvironment::systemEnvironment(), {}, 240000);
    if (install.exitCode != 0 || !QFileInfo(n.path).isExecutable()) {
        n.error = QStringLiteral(
            "npm could not install newman into %1 (install it there by hand, or set "
            "OPC_NEWMAN to a newman executable):\n%2%3")
                      .arg(prefix, install.out, install.err);
        n.path.clear();
    }
    return n;
}
