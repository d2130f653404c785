#include "security/secrettreesearch.h"

#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace opc {

namespace {
/// Percent-encoding with lower-case hex digits ("%2f"), which some
/// encoders emit; QUrl always writes upper case.
QByteArray lowerPercentEncoding(const QByteArray &in)
{
    const QByteArray upper = QUrl::toPercentEncoding(QString::fromUtf8(in));
    QByteArray out;
    out.reserve(upper.size());
    for (qsizetype i = 0; i < upper.size(); ++i) {
        out.append(upper.at(i));
        if (upper.at(i) == '%' && i + 2 < upper.size()) {
            out.append(QByteArray(upper.constData() + i + 1, 2).toLower());
            i += 2;
        }
    }
    return out;
}
} // namespace

QList<SecretHit> findSecretInTree(const QString &dir, const QByteArray &secret)
{
    QList<SecretHit> hits;
    if (secret.isEmpty()) {
        return hits;
    }
    struct Form
    {
        const char *name;
        QByteArray bytes;
    };
    QList<Form> forms {
        { "raw", secret },
        { "base64", secret.toBase64() },
        { "base64", secret.toBase64(QByteArray::OmitTrailingEquals) },
        { "base64url", secret.toBase64(QByteArray::Base64UrlEncoding) },
        { "base64url",
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) },
        { "hex", secret.toHex() },
        { "HEX", secret.toHex().toUpper() },
        { "url", QUrl::toPercentEncoding(QString::fromUtf8(secret)) },
        { "url", QUrl::toPercentEncoding(QString::fromUtf8(secret), " ").replace(' ', '+') },
        { "url", lowerPercentEncoding(secret) },
    };
    // Drop encodings identical to an earlier one (e.g. a secret of only
    // unreserved characters is its own URL encoding).
    QList<Form> distinct;
    for (const Form &f : forms) {
        const bool seen = std::any_of(
            distinct.cbegin(), distinct.cend(), [&](const Form &d) { return d.bytes == f.bytes; });
        if (!seen && !f.bytes.isEmpty()) {
            distinct.append(f);
        }
    }
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append(SecretHit { path, QStringLiteral("unreadable"), -1 });
            continue;
        }
        const QByteArray data = file.readAll();
        // One hit per place: unpadded base64 is a prefix of padded base64.
        QSet<qsizetype> seenOffsets;
        for (const Form &f : std::as_const(distinct)) {
            for (qsizetype at = data.indexOf(f.bytes); at >= 0;
                 at = data.indexOf(f.bytes, at + 1)) {
                if (!seenOffsets.contains(at)) {
                    seenOffsets.insert(at);
                    hits.append(SecretHit { path, QString::fromLatin1(f.name), at });
                }
            }
        }
    }
    return hits;
}

} // namespace opc
