#include "net/secretmasker.h"

namespace opc::SecretMasker {

namespace {
const QByteArray Dots = QByteArrayLiteral("\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2");
constexpr qsizetype MinLengthToShowTail = 20;
} // namespace

const QList<QByteArray> &credentialHeaders()
{
    static const QList<QByteArray> names {
        QByteArrayLiteral("authorization"), QByteArrayLiteral("x-authorization"),
        QByteArrayLiteral("x-api-key"),     QByteArrayLiteral("cookie"),
        QByteArrayLiteral("proxy-authorization"), QByteArrayLiteral("x-hmac-signature"),
    };
    return names;
}

bool isCredentialHeader(const QByteArray &name)
{
    const QByteArray lower = name.trimmed().toLower();
    return credentialHeaders().contains(lower);
}

QByteArray mask(const QByteArray &value)
{
    QByteArray v = value.trimmed();
    QByteArray prefix;
    const qsizetype space = v.indexOf(' ');
    if (space > 0 && space < 16) {
        // Keep "Bearer " / "Basic ": the scheme is not secret and helps debugging.
        prefix = v.left(space + 1);
        v = v.mid(space + 1).trimmed();
    }
    if (v.size() >= MinLengthToShowTail)
        return prefix + Dots + v.right(4);
    return prefix + Dots;
}

Headers maskHeaders(const Headers &headers, const QList<QByteArray> &secrets)
{
    Headers out;
    out.reserve(headers.size());
    for (const auto &h : headers) {
        if (isCredentialHeader(h.first)) {
            out.append({ h.first, mask(h.second) });
            continue;
        }
        QByteArray v = h.second;
        for (const QByteArray &s : secrets) {
            if (s.size() >= 4)
                v.replace(s, mask(s));
        }
        out.append({ h.first, v });
    }
    return out;
}

QString maskText(const QString &text, const QList<QByteArray> &secrets)
{
    QString out = text;
    for (const QByteArray &s : secrets) {
        if (s.size() >= 4)
            out.replace(QString::fromUtf8(s), QString::fromUtf8(mask(s)));
    }
    return out;
}

} // namespace opc::SecretMasker
