#include "net/curlcommand.h"

#include "model/exchange.h"
#include "net/preparedrequest.h"
#include "net/secretmasker.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace opc::CurlCommand {

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QString join(const QStringList &parts, const Options &options)
{
    return parts.join(options.multiline ? u" \\\n  "_s : u" "_s);
}

/// curl adds these itself from the URL and the body; repeating them can
/// only get them wrong (a stale Content-Length breaks the request).
bool curlSetsItself(const QByteArray &name)
{
    return name.compare("content-length", Qt::CaseInsensitive) == 0
        || name.compare("host", Qt::CaseInsensitive) == 0;
}

QStringList headerOptions(const Headers &headers)
{
    QStringList out;
    for (const auto &[name, value] : headers) {
        if (curlSetsItself(name))
            continue;
        // "Name;" is curl's way to send a header with an empty value.
        const QString header = value.isEmpty() ? QString::fromLatin1(name) + u';'
                                               : QStringLiteral("%1: %2").arg(QString::fromLatin1(name), QString::fromUtf8(value));
        out << u"-H "_s + shellQuote(header);
    }
    return out;
}

QStringList methodOption(const QByteArray &method, bool hasBody)
{
    const QByteArray m = method.isEmpty() ? QByteArrayLiteral("GET") : method.toUpper();
    // curl picks GET, or POST with --data-binary; anything else is explicit.
    if ((m == "GET" && !hasBody) || (m == "POST" && hasBody))
        return {};
    if (m == "HEAD")
        return { u"--head"_s };
    return { u"-X "_s + QString::fromLatin1(m) };
}

} // namespace

QString shellQuote(const QString &word)
{
    if (!word.isEmpty()) {
        bool plain = true;
        for (const QChar c : word) {
            if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && !QStringView(u"-_./:=@,+%").contains(c)) {
                plain = false;
                break;
            }
        }
        if (plain)
            return word;
    }
    QString quoted = word;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString fromRequest(const PreparedRequest &request, const Options &options)
{
    const bool hasBody = !request.body.isEmpty();
    QString url = request.url.toString(QUrl::FullyEncoded);
    Headers headers = request.headers;
    QByteArray body = request.body;
    if (!options.revealSecrets) {
        headers = request.maskedHeaders();
        url = SecretMasker::maskText(url, request.secrets);
        for (const QByteArray &s : request.secrets) {
            if (s.size() >= 4)
                body.replace(s, SecretMasker::mask(s));
        }
    }
    // One option and its value per entry, so the multi-line form keeps
    // them on one line.
    QStringList parts { u"curl"_s };
    parts << methodOption(request.method, hasBody);
    parts << headerOptions(headers);
    if (hasBody)
        parts << u"--data-binary "_s + shellQuote(QString::fromUtf8(body));
    parts << shellQuote(url);
    return join(parts, options);
}

QString fromExchange(const Exchange &exchange, const Options &options)
{
    // The Exchange only ever holds masked headers: revealing is not possible here.
    QStringList parts { u"curl"_s };
    parts << methodOption(exchange.method, exchange.requestBodySize > 0);
    parts << headerOptions(exchange.requestHeaders);
    if (exchange.requestBodySize > 0)
        parts << u"--data-binary @body.bin"_s;
    parts << shellQuote(exchange.url);
    QString command = join(parts, options);
    if (exchange.requestBodySize > 0) {
        command = QCoreApplication::translate("CurlCommand", "# The %1-byte request body was not kept; save it as body.bin.\n")
                      .arg(exchange.requestBodySize)
                + command;
    }
    return command;
}

} // namespace opc::CurlCommand
