#pragma once

#include <QByteArray>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QUrl>

// curl playing the user's browser on the simulator's authorize page: it
// opens the page, sends a test user's decision and follows the bank's
// redirect (to the console's loopback port). The event loop keeps turning
// meanwhile, since the console answers the redirect from it.
class CurlBrowser
{
public:
    explicit CurlBrowser(const QString &caPath)
        : m_ca(caPath)
    {
    }

    /// Runs curl with @p args; its output and errors.
    QByteArray run(const QStringList &args) const
    {
        QProcess p;
        p.start(QStringLiteral("curl"),
                QStringList { QStringLiteral("-sS"), QStringLiteral("--cacert"), m_ca, QStringLiteral("--max-time"),
                              QStringLiteral("20") }
                        + args);
        if (!p.waitForStarted() || !QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 25000)) {
            return QByteArrayLiteral("curl did not finish");
        }
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

    /// Opens @p page, decides as @p user and follows the redirect: the page
    /// the browser ends on (the console's), or what went wrong.
    QByteArray decide(const QUrl &page, bool approve, const QString &user = QStringLiteral("88888881")) const
    {
        const QByteArray html = run({ page.toString(QUrl::FullyEncoded) });
        static const QRegularExpression ticketField(QStringLiteral("name=\"ticket\"\\s+value=\"([^\"]+)\""));
        const QRegularExpressionMatch ticket = ticketField.match(QString::fromUtf8(html));
        if (!ticket.hasMatch()) {
            return "no authorize page: " + html;
        }
        QUrl decision = page;
        decision.setPath(QStringLiteral("/oauth/authorize/decision"));
        decision.setQuery(QString());
        return run({ QStringLiteral("-L"), QStringLiteral("--data"),
                     QStringLiteral("ticket=%1&user=%2&decision=%3")
                             .arg(ticket.captured(1), user,
                                  approve ? QStringLiteral("approve") : QStringLiteral("reject")),
                     decision.toString() });
    }

private:
    QString m_ca;
};
