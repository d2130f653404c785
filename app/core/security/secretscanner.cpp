#include "security/secretscanner.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace opc {

namespace {
// Published in the developer overview for everyone to use in the sandbox.
constexpr const char *kPublicTokens[] = {
    "6c18c234b1b18b1d97c7043e2e41135c293d0da9",
    "b6910384440ce06f495976f96a162e2ab1bafbb4",
    "7a66629ddf3691a66eb6466ab7a9f610de531047",
    "3af871a0e3ebfc46f375ff2b63d1414982bd4f76",
};

struct Pattern
{
    const char *kind;
    QRegularExpression re;
    int group; // the captured value; 0 for the whole match
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> list {
        { "private-key",
            QRegularExpression(QStringLiteral("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----")), 0 },
        { "jwt",
            QRegularExpression(
                QStringLiteral("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*")),
            0 },
        { "bearer-token",
            QRegularExpression(QStringLiteral("\\bBearer\\s+([A-Za-z0-9._~+/-]{16,}=*)"),
                QRegularExpression::CaseInsensitiveOption),
            1 },
        { "credential",
            QRegularExpression(
                QStringLiteral(
                    "\\b(?:x-api-key|api[_-]?key|api[_-]?secret|client[_-]?secret|x-authorization|"
                    "authorization|access[_-]?token|refresh[_-]?token|id[_-]?token|token|secret|"
                    "password|passphrase|hmac[_-]?(?:secret|key))\\b[\"']?\\s*[:=]\\s*[\"']?"
                    "(?:(?:Bearer|Basic|Token)\\s+)?([A-Za-z0-9+/_.~-]{16,}={0,2})"),
                QRegularExpression::CaseInsensitiveOption),
            1 },
    };
    return list;
}

QString mask(QByteArrayView value)
{
    if (value.size() <= 8) {
        return QStringLiteral("****");
    }
    return QString::fromLatin1(value.first(3)) + QStringLiteral("…")
        + QString::fromLatin1(value.last(2));
}
} // namespace

QString SecretFinding::description() const
{
    const char *text = "A secret value";
    if (kind == QLatin1StringView("private-key")) {
        text = "A private key";
    } else if (kind == QLatin1StringView("bearer-token")) {
        text = "A bearer token";
    } else if (kind == QLatin1StringView("jwt")) {
        text = "A JSON Web Token";
    } else if (kind == QLatin1StringView("credential")) {
        text = "A credential value";
    } else if (kind == QLatin1StringView("known-secret")) {
        text = "A value stored in the vault";
    }
    return QCoreApplication::translate("SecretScanner",
        "%1 (%2) at byte %3: use a {{secret:…}} "
        "reference instead.")
        .arg(QCoreApplication::translate("SecretScanner", text), preview)
        .arg(offset);
}

SecretScanner::SecretScanner() = default;

void SecretScanner::addKnownSecret(const QByteArray &value)
{
    // Very short values would match everywhere and mean nothing.
    if (value.size() >= 6) {
        m_known.append(value);
    }
}

void SecretScanner::addPublicValue(const QByteArray &value)
{
    m_public.append(value);
}

bool SecretScanner::isPublicSandboxToken(QByteArrayView value)
{
    for (const char *t : kPublicTokens) {
        if (value.compare(QByteArrayView(t), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QList<SecretFinding> SecretScanner::scan(QByteArrayView data) const
{
    QList<SecretFinding> found;
    auto overlaps = [&found](qsizetype at, qsizetype len) {
        return std::any_of(found.cbegin(), found.cend(), [&](const SecretFinding &f) {
            return at < f.offset + f.length && f.offset < at + len;
        });
    };
    // Latin-1 keeps one character per byte, so offsets are byte offsets.
    const QString text = QString::fromLatin1(data);
    for (const Pattern &p : patterns()) {
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype at = m.capturedStart(p.group);
            const qsizetype len = m.capturedLength(p.group);
            const QByteArrayView value = data.sliced(at, len);
            if (isPublicSandboxToken(value) || m_public.contains(value.toByteArray())
                || overlaps(at, len)) {
                continue;
            }
            found.append(SecretFinding { QString::fromLatin1(p.kind), at, len,
                p.group == 0 && QLatin1StringView(p.kind) == QLatin1StringView("private-key")
                    ? text.mid(at, len)
                    : mask(value) });
        }
    }
    for (const QByteArray &secret : m_known) {
        for (const QByteArray &form : { secret, secret.toBase64() }) {
            for (qsizetype at = data.indexOf(form); at >= 0; at = data.indexOf(form, at + 1)) {
                if (!overlaps(at, form.size())) {
                    found.append(SecretFinding {
                        QStringLiteral("known-secret"), at, form.size(), mask(form) });
                }
            }
        }
    }
    std::sort(found.begin(), found.end(),
        [](const SecretFinding &a, const SecretFinding &b) { return a.offset < b.offset; });
    return found;
}

} // namespace opc
