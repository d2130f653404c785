#include "collections/openapiimporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace opc {

namespace {


const QStringList kMethods { u"get"_s, u"put"_s, u"post"_s, u"delete"_s, u"options"_s, u"head"_s,
                             u"patch"_s, u"trace"_s };

// Follows a local "#/components/..." reference; anything else is left unresolved.
QJsonObject resolve(const QJsonObject &root, const QJsonObject &o)
{
    const QString ref = o.value("$ref"_L1).toString();
    if (!ref.startsWith("#/"_L1))
        return o;
    QJsonValue v = root;
    for (const QString &part : ref.mid(2).split('/'_L1))
        v = v.toObject().value(QString(part).replace("~1"_L1, "/"_L1).replace("~0"_L1, "~"_L1));
    return v.toObject();
}

QString exampleText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject() || v.isArray())
        return QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)
                                              : QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

} // namespace

Result<ImportResult> OpenApiImporter::import(const QByteArray &data, const QString &sourceName) const
{
    const Result<QJsonObject> parsed = parseJsonObject(data, QCoreApplication::translate("opc::OpenApiImporter", "an OpenAPI JSON document"));
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = parsed.value();
    if (!root.value("openapi"_L1).toString().startsWith("3"_L1))
        return Result<ImportResult>::failure(QCoreApplication::translate("opc::OpenApiImporter", "Only OpenAPI 3 JSON documents are supported."), u"schema"_s);

    ImportResult out;
    Collection &c = out.collection;
    c.name = root.value("info"_L1).toObject().value("title"_L1).toString(sourceName);
    const QString server = root.value("servers"_L1).toArray().first().toObject().value("url"_L1).toString();
    c.variables.append(KeyValue { u"baseUrl"_s, server, true });

    const QJsonObject paths = root.value("paths"_L1).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject item = p.value().toObject();
        const QJsonArray shared = item.value("parameters"_L1).toArray();
        for (const QString &method : kMethods) {
            if (!item.contains(method))
                continue;
            const QJsonObject op = item.value(method).toObject();
            CollectionRequest r;
            r.name = op.value("summary"_L1).toString(op.value("operationId"_L1).toString(method.toUpper() + u" "_s + p.key()));
            r.description = op.value("description"_L1).toString();
            r.spec.method = method.toUpper();
            r.spec.url = u"{{baseUrl}}"_s + p.key();
            const QString path = op.value("tags"_L1).toArray().first().toString();
            const QString itemPath = path.isEmpty() ? r.name : path + u"/"_s + r.name;
            if (c.requestCount() >= m_limits.maxRequests) {
                out.items.append(ImportItem { itemPath, ImportItem::Outcome::Skipped,
                                              QCoreApplication::translate("opc::OpenApiImporter", "more than %1 requests; not imported").arg(m_limits.maxRequests) });
                continue;
            }
            QJsonArray params = shared;
            for (const QJsonValue &v : op.value("parameters"_L1).toArray())
                params.append(v);
            for (const QJsonValue &v : std::as_const(params)) {
                const QJsonObject prm = resolve(root, v.toObject());
                const QString in = prm.value("in"_L1).toString();
                const QString name = prm.value("name"_L1).toString();
                QString example = exampleText(prm.value("example"_L1));
                if (example.isEmpty())
                    example = exampleText(prm.value("schema"_L1).toObject().value("example"_L1));
                if (in == "header"_L1)
                    r.spec.headers.append(KeyValue { name, example, prm.value("required"_L1).toBool(false) });
                else if (in == "query"_L1)
                    r.spec.query.append(KeyValue { name, example, prm.value("required"_L1).toBool(false) });
                else if (in == "path"_L1 && !example.isEmpty())
                    r.spec.url.replace(u"{"_s + name + u"}"_s, example);
            }
            const QJsonObject content = resolve(root, op.value("requestBody"_L1).toObject()).value("content"_L1).toObject();
            if (!content.isEmpty()) {
                const QString type = content.contains("application/json"_L1) ? u"application/json"_s : content.keys().first();
                const QJsonObject media = content.value(type).toObject();
                QJsonValue example = media.value("example"_L1);
                if (example.isUndefined()) {
                    const QJsonObject examples = media.value("examples"_L1).toObject();
                    if (!examples.isEmpty())
                        example = resolve(root, examples.begin().value().toObject()).value("value"_L1);
                }
                if (example.isUndefined())
                    example = resolve(root, media.value("schema"_L1).toObject()).value("example"_L1);
                r.spec.body = exampleText(example).toUtf8();
                r.spec.headers.append(KeyValue { u"Content-Type"_s, type, true });
            }
            CollectionFolder *folder = &c.root;
            if (!path.isEmpty()) {
                auto it = std::find_if(c.root.folders.begin(), c.root.folders.end(),
                                       [&](const CollectionFolder &f) { return f.name == path; });
                if (it == c.root.folders.end()) {
                    c.root.folders.append(CollectionFolder { path, {}, {}, {}, {} });
                    folder = &c.root.folders.last();
                } else {
                    folder = &*it;
                }
            }
            folder->requests.append(r);
            out.items.append(ImportItem { itemPath, ImportItem::Outcome::Imported,
                                          op.contains("callbacks"_L1) ? QCoreApplication::translate("opc::OpenApiImporter", "callbacks not imported") : QString() });
        }
    }
    return out;
}

} // namespace opc
