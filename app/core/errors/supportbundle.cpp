#include "errors/supportbundle.h"

#include "errors/errorpayload.h"
#include "errors/statussemantics.h"
#include "model/exchange.h"
#include "net/secretmasker.h"
#include "security/secretscanner.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opc {

namespace {


QByteArray headerOf(const Exchange::Headers &headers, const char *name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    }
    return {};
}

/// The id as the response echoed it, else as the request sent it.
QString idOf(const Exchange &exchange, const char *name)
{
    QByteArray v = headerOf(exchange.responseHeaders, name);
    if (v.isEmpty())
        v = headerOf(exchange.requestHeaders, name);
    return v.isEmpty() ? QCoreApplication::translate("opc::SupportBundle", "(none)") : QString::fromUtf8(v);
}

bool isCredentialParameter(const QString &name)
{
    static const QRegularExpression re(
        u"(?:key|token|secret|password|passphrase|signature|sig|auth|code|assertion|credential)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

} // namespace

QString SupportBundle::redactUrl(const QString &url)
{
    QUrl u(url);
    if (!u.isValid())
        return url;
    u.setUserInfo({});
    if (u.hasQuery()) {
        QUrlQuery query(u);
        auto items = query.queryItems(QUrl::FullyDecoded);
        for (auto &[name, value] : items) {
            if (isCredentialParameter(name))
                value = QString::fromUtf8(SecretMasker::mask(value.toUtf8()));
        }
        query.setQueryItems(items);
        u.setQuery(query);
    }
    return u.toString();
}

QString SupportBundle::build(const Exchange &exchange, const QList<QByteArray> &secrets)
{
    QString text;
    const auto line = [&text](const QString &label, const QString &value) {
        text += label.leftJustified(16) + value + u'\n';
    };
    text += QCoreApplication::translate("opc::SupportBundle", "OP API support bundle") + u'\n';
    text += QCoreApplication::translate("opc::SupportBundle", "(redacted: no credentials, no request or response body)") + u"\n\n"_s;

    const QDateTime when = exchange.startedAt.isValid() ? exchange.startedAt : QDateTime::currentDateTimeUtc();
    line(QCoreApplication::translate("opc::SupportBundle", "Time (UTC)"), when.toUTC().toString(Qt::ISODateWithMs));
    line(QCoreApplication::translate("opc::SupportBundle", "Request"), QStringLiteral("%1 %2").arg(QString::fromLatin1(exchange.method), redactUrl(exchange.url)));
    line(u"x-request-id"_s, idOf(exchange, "x-request-id"));
    line(u"x-session-id"_s, idOf(exchange, "x-session-id"));
    if (exchange.hasResponse()) {
        const StatusInfo info = StatusSemantics::describe(exchange.status);
        line(QCoreApplication::translate("opc::SupportBundle", "Status"), QStringLiteral("%1 %2").arg(exchange.status).arg(info.message));
    } else {
        line(QCoreApplication::translate("opc::SupportBundle", "Status"), QCoreApplication::translate("opc::SupportBundle", "no response"));
    }
    if (!exchange.error.isEmpty())
        line(QCoreApplication::translate("opc::SupportBundle", "Failure"), exchange.error);
    if (!exchange.errorCode.isEmpty())
        line(QCoreApplication::translate("opc::SupportBundle", "Failure code"), exchange.errorCode);
    if (exchange.timings.finished >= 0)
        line(QCoreApplication::translate("opc::SupportBundle", "Duration"), QCoreApplication::translate("opc::SupportBundle", "%1 ms").arg(exchange.timings.finished));
    if (exchange.tls.used)
        line(QCoreApplication::translate("opc::SupportBundle", "TLS"), QStringLiteral("%1, %2").arg(exchange.tls.protocol, exchange.tls.cipher));

    const ErrorPayload payload = ErrorPayload::parse(exchange.body);
    if (!payload.isEmpty()) {
        text += u'\n' + QCoreApplication::translate("opc::SupportBundle", "Errors") + u'\n';
        int n = 0;
        for (const ErrorEntry &e : payload.entries()) {
            ++n;
            const QString level = e.levelText.isEmpty() ? errorLevelName(e.level) : e.levelText;
            text += QStringLiteral("  %1. [%2] %3").arg(n).arg(level, e.type);
            if (!e.code.isEmpty())
                text += QStringLiteral(" code %1").arg(e.code);
            text += u'\n';
            text += QStringLiteral("     id: %1\n").arg(e.id.isEmpty() ? QCoreApplication::translate("opc::SupportBundle", "(none)") : e.id);
            if (!e.message.isEmpty())
                text += QStringLiteral("     %1\n").arg(e.message);
            for (const ConstraintViolation &v : e.violations)
                text += QStringLiteral("     - %1: %2\n").arg(v.field, v.message);
        }
    }

    text = SecretMasker::maskText(text, secrets);
    // Whatever slipped in through a message or an id that looks like a
    // credential is masked too: this text is meant to leave the machine.
    SecretScanner scanner;
    for (const QByteArray &s : secrets)
        scanner.addKnownSecret(s);
    QByteArray bytes = text.toUtf8();
    QList<SecretFinding> findings = scanner.scan(bytes);
    std::sort(findings.begin(), findings.end(),
              [](const SecretFinding &a, const SecretFinding &b) { return a.offset > b.offset; });
    for (const SecretFinding &f : findings)
        bytes.replace(f.offset, f.length, SecretMasker::mask(bytes.mid(f.offset, f.length)));
    return QString::fromUtf8(bytes);
}

} // namespace opc
