#pragma once

// Test helpers: start the opsandbox executable on free ports and drive it
// with Debian's curl, an HTTP client independent of Qt.

#include <QByteArray>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

struct CurlResult
{
    int exitCode = -1;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class SandboxProcess
{
public:
    ~SandboxProcess() { stop(); }

    bool start(const QStringList &extraArgs = {})
    {
        if (!m_dir.isValid())
            return false;
        m_process.setProgram(QStringLiteral(OPC_BIN_DIR "/opsandbox"));
        m_process.setArguments(QStringList { QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")) }
                               + extraArgs);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        for (int i = 0; i < 100 && !m_process.canReadLine(); ++i)
            m_process.waitForReadyRead(100);
        const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
        https = quint16(ready.value(QStringLiteral("https")).toInt());
        mtls = quint16(ready.value(QStringLiteral("mtls")).toInt());
        admin = quint16(ready.value(QStringLiteral("admin")).toInt());
        ca = ready.value(QStringLiteral("ca")).toString();
        return https && mtls && admin && QFile::exists(ca);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM to our own child, by PID
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString url(const QString &p) const { return QStringLiteral("https://127.0.0.1:%1%2").arg(https).arg(p); }
    QString mtlsUrl(const QString &p) const { return QStringLiteral("https://127.0.0.1:%1%2").arg(mtls).arg(p); }
    QString adminUrl(const QString &p) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(admin).arg(p); }

    /// Runs curl with @p args; captures status, headers and body.
    CurlResult curl(const QStringList &args, const QByteArray &stdinData = {}) const
    {
        const QString headerFile = m_dir.filePath(QStringLiteral("headers-%1.txt").arg(++m_counter));
        QProcess p;
        p.setProgram(QStringLiteral("curl"));
        p.setArguments(QStringList { QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("20"),
                                     QStringLiteral("--cacert"), ca, QStringLiteral("-D"), headerFile }
                       + args);
        p.start();
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        CurlResult r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.body = p.readAllStandardOutput();
        QFile f(headerFile);
        if (f.open(QIODevice::ReadOnly)) {
            // With redirects or 100-continue several heads appear: keep the last.
            for (const QByteArray &raw : f.readAll().split('\n')) {
                const QByteArray line = raw.trimmed();
                if (line.startsWith("HTTP/")) {
                    r.headers.clear();
                    r.status = line.split(' ').value(1).toInt();
                } else if (const qsizetype c = line.indexOf(':'); c > 0) {
                    r.headers.append({ line.left(c).trimmed(), line.mid(c + 1).trimmed() });
                }
            }
        }
        return r;
    }

    quint16 https = 0, mtls = 0, admin = 0;
    QString ca;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    mutable int m_counter = 0;
};
