#include "security/secretreference.h"

#include "security/secretstore.h"

#include <QRegularExpression>

namespace opc::SecretReference {

namespace {
const QRegularExpression &referencePattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\{\\{\\s*secret:([A-Za-z0-9._-]+)\\s*\\}\\}"));
    return re;
}
} // namespace

bool isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]+$"));
    return re.match(name).hasMatch();
}

QString format(const QString &name)
{
    return isValidName(name) ? QStringLiteral("{{secret:%1}}").arg(name) : QString();
}

std::optional<QString> parse(const QString &text)
{
    const QString t = text.trimmed();
    const QRegularExpressionMatch m = referencePattern().match(t);
    if (m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == t.size()) {
        return m.captured(1);
    }
    return std::nullopt;
}

QList<Occurrence> findAll(const QString &text)
{
    QList<Occurrence> out;
    auto it = referencePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out.append(Occurrence { m.captured(1), m.capturedStart(), m.capturedLength() });
    }
    return out;
}

Result<QString> expand(const QString &text, SecretStore &store, const QString &host)
{
    const QList<Occurrence> refs = findAll(text);
    QString out = text;
    // Back to front so earlier offsets stay valid.
    for (auto it = refs.crbegin(); it != refs.crend(); ++it) {
        const Result<QByteArray> value = store.resolveForHost(it->name, host);
        if (!value) {
            return Result<QString>::failure(value.errorMessage(), value.errorCode());
        }
        out.replace(it->start, it->length, QString::fromUtf8(*value));
    }
    return out;
}

} // namespace opc::SecretReference
