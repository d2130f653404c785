#include "collections/secretredactor.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace opc {

namespace {


} // namespace

SecretRedactor::SecretRedactor(const SecretScanner &scanner) : m_scanner(scanner) { }

QString SecretRedactor::secretNameFor(const QString &field)
{
    QString name;
    for (const QChar c : field.toLower()) {
        if (c.isLetterOrNumber() || c == '.'_L1 || c == '_'_L1 || c == '-'_L1)
            name.append(c);
    }
    return name.isEmpty() ? u"value"_s : name;
}

QString SecretRedactor::redactValue(const QString &context, const QString &value,
                                    const QString &secretName, QStringList *kinds) const
{
    // The scanner works on bytes; the prefix lets it see the credential name.
    const QByteArray prefix = context.toUtf8();
    const QByteArray data = prefix + value.toUtf8();
    QList<SecretFinding> found = m_scanner.scan(data);
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const SecretFinding &f) { return f.offset + f.length <= prefix.size(); }),
                found.end());
    if (found.isEmpty())
        return value;
    QByteArray out = data;
    const QByteArray reference = "{{secret:" + secretName.toUtf8() + "}}";
    // Back to front, so earlier offsets stay valid.
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        const qsizetype start = std::max(it->offset, qsizetype(prefix.size()));
        out.replace(start, it->offset + it->length - start, reference);
        if (kinds)
            kinds->append(it->description());
    }
    return QString::fromUtf8(out.mid(prefix.size()));
}

QStringList SecretRedactor::walk(Collection &collection, bool apply) const
{
    QStringList notes;
    auto check = [&](const QString &where, const QString &context, QString &value, const QString &name) {
        QStringList kinds;
        const QString cleaned = redactValue(context, value, name, &kinds);
        if (kinds.isEmpty())
            return;
        for (const QString &k : std::as_const(kinds))
            notes.append(QCoreApplication::translate("opc::SecretRedactor", "%1: %2 replaced by {{secret:%3}}").arg(where, k, name));
        if (apply)
            value = cleaned;
    };
    for (KeyValue &v : collection.variables)
        check(QCoreApplication::translate("opc::SecretRedactor", "variable %1").arg(v.name), v.name + u"="_s, v.value, secretNameFor(v.name));

    std::function<void(CollectionFolder &, const QString &)> visit = [&](CollectionFolder &folder,
                                                                           const QString &path) {
        for (CollectionRequest &r : folder.requests) {
            const QString where = path.isEmpty() ? r.name : path + u"/"_s + r.name;
            for (KeyValue &h : r.spec.headers)
                check(QCoreApplication::translate("opc::SecretRedactor", "%1: header %2").arg(where, h.name), h.name + u": "_s, h.value, secretNameFor(h.name));
            for (KeyValue &q : r.spec.query)
                check(QCoreApplication::translate("opc::SecretRedactor", "%1: query %2").arg(where, q.name), q.name + u"="_s, q.value, secretNameFor(q.name));
            QString url = r.spec.url;
            check(QCoreApplication::translate("opc::SecretRedactor", "%1: URL").arg(where), QString(), url, u"url"_s);
            r.spec.url = url;
            QString body = QString::fromUtf8(r.spec.body);
            const QString before = body;
            check(QCoreApplication::translate("opc::SecretRedactor", "%1: body").arg(where), QString(), body, u"body"_s);
            if (body != before)
                r.spec.body = body.toUtf8();
        }
        for (CollectionFolder &f : folder.folders)
            visit(f, path.isEmpty() ? f.name : path + u"/"_s + f.name);
    };
    visit(collection.root, QString());
    return notes;
}

QStringList SecretRedactor::redact(Collection &collection) const
{
    return walk(collection, true);
}

QStringList SecretRedactor::findings(const Collection &collection) const
{
    Collection copy = collection;
    return walk(copy, false);
}

} // namespace opc
