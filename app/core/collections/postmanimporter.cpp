#include "collections/postmanimporter.h"

#include "collections/postmanscripts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace opc {

namespace {


const QByteArray kFormBoundary = "----opconsole-form-boundary";

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

// Postman descriptions are a string or {content, type}.
QString description(const QJsonValue &v)
{
    return v.isObject() ? v.toObject().value("content"_L1).toString() : v.toString();
}

QString authParam(const QJsonObject &auth, const QString &type, const QString &key)
{
    const QJsonValue params = auth.value(type);
    // v2.1 uses a list of {key, value}; v2.0 used an object.
    if (params.isObject())
        return text(params.toObject().value(key));
    for (const QJsonValue &p : params.toArray()) {
        const QJsonObject o = p.toObject();
        if (o.value("key"_L1).toString() == key)
            return text(o.value("value"_L1));
    }
    return {};
}

bool hasHeader(const RequestSpec &spec, const QString &name)
{
    return std::any_of(spec.headers.cbegin(), spec.headers.cend(),
                       [&](const KeyValue &h) { return h.enabled && h.name.compare(name, Qt::CaseInsensitive) == 0; });
}

class Reader
{
public:
    Reader(const ImportLimits &limits, ImportResult &out) : m_limits(limits), m_out(out) { }

    void skip(const QString &path, const QString &reason)
    {
        m_out.items.append(ImportItem { path, ImportItem::Outcome::Skipped, reason });
    }

    // Reports every script of @p o; returns what its test scripts became.
    PostmanScripts::Translation events(const QJsonObject &o, const QString &path)
    {
        PostmanScripts::Translation tests;
        const QString at = path.isEmpty() ? QCoreApplication::translate("opc::PostmanImporter", "collection") : path;
        for (const QJsonValue &e : o.value("event"_L1).toArray()) {
            const QJsonObject event = e.toObject();
            const QJsonValue exec = event.value("script"_L1).toObject().value("exec"_L1);
            QStringList lines = exec.isArray() ? QStringList() : exec.toString().split(u'\n');
            for (const QJsonValue &line : exec.toArray())
                lines.append(line.toString());
            if (lines.join(u'\n').trimmed().isEmpty())
                continue;
            const QString listen = event.value("listen"_L1).toString();
            if (listen == "test"_L1) {
                const PostmanScripts::Translation t = PostmanScripts::translate(lines);
                for (const PostmanScripts::Untranslated &u : t.untranslated)
                    skip(u.test.isEmpty() ? QCoreApplication::translate("opc::PostmanImporter", "%1 (test script)").arg(at)
                                          : QCoreApplication::translate("opc::PostmanImporter", "%1 (test \"%2\")").arg(at, u.test),
                        QCoreApplication::translate("opc::PostmanImporter", "not translated: %1").arg(u.reason));
                tests.assertions += t.assertions;
                tests.captures += t.captures;
                tests.translatedTests += t.translatedTests;
                continue;
            }
            const QString what = listen == "prerequest"_L1 ? QCoreApplication::translate("opc::PostmanImporter", "pre-request script")
                                                           : QCoreApplication::translate("opc::PostmanImporter", "%1 script").arg(listen);
            skip(QCoreApplication::translate("opc::PostmanImporter", "%1 (%2)").arg(at, what), QCoreApplication::translate("opc::PostmanImporter", "scripts are not imported and never run"));
        }
        return tests;
    }

    // A folder's or the collection's test script runs after every request
    // beneath it, so its checks become assertions of each of them.
    void reportInherited(const PostmanScripts::Translation &tests, const QString &path,
        qsizetype reportAt, int requests)
    {
        if (tests.assertions.isEmpty() && tests.captures.isEmpty())
            return;
        const QString at = QCoreApplication::translate("opc::PostmanImporter", "%1 (test script)").arg(path.isEmpty() ? QCoreApplication::translate("opc::PostmanImporter", "collection") : path);
        if (requests == 0) {
            m_out.items.insert(reportAt,
                ImportItem { at, ImportItem::Outcome::Skipped,
                    QCoreApplication::translate("opc::PostmanImporter", "not translated: there is no request beneath it to check") });
            return;
        }
        QStringList remarks = translatedRemarks(tests);
        remarks.append(QCoreApplication::translate("opc::PostmanImporter",
            "applied to each of the %n request(s) beneath", nullptr, requests));
        m_out.items.insert(
            reportAt, ImportItem { at, ImportItem::Outcome::Imported, remarks.join(u"; "_s) });
    }

    static QStringList translatedRemarks(const PostmanScripts::Translation &tests)
    {
        QStringList remarks;
        if (!tests.assertions.isEmpty())
            remarks.append(QCoreApplication::translate("opc::PostmanImporter",
                "%n check(s) translated into assertions", nullptr, int(tests.assertions.size())));
        if (!tests.captures.isEmpty())
            remarks.append(QCoreApplication::translate("opc::PostmanImporter",
                "%n variable(s) captured", nullptr, int(tests.captures.size())));
        return remarks;
    }

    // Resolves the auth that applies at this level: its own, or the inherited one.
    QJsonObject authAt(const QJsonObject &o, const QJsonObject &inherited) const
    {
        const QJsonValue a = o.value("auth"_L1);
        if (!a.isObject())
            return a.isNull() && o.contains("auth"_L1) ? QJsonObject { { u"type"_s, u"noauth"_s } } : inherited;
        const QJsonObject auth = a.toObject();
        if (auth.value("type"_L1).toString() == "inherit"_L1)
            return inherited;
        return auth;
    }

    void items(const QJsonArray &list, CollectionFolder &folder, const QString &path,
        const QJsonObject &auth, int depth, const PostmanScripts::Translation &inherited)
    {
        for (const QJsonValue &v : list) {
            const QJsonObject item = v.toObject();
            const QString name = item.value("name"_L1).toString(QCoreApplication::translate("opc::PostmanImporter", "Untitled"));
            const QString itemPath = path.isEmpty() ? name : path + u"/"_s + name;
            if (item.contains("item"_L1)) {
                if (depth >= m_limits.maxDepth) {
                    skip(itemPath, QCoreApplication::translate("opc::PostmanImporter", "folders nested deeper than %1 levels are not imported").arg(m_limits.maxDepth));
                    continue;
                }
                CollectionFolder child;
                child.name = name;
                const qsizetype reportAt = m_out.items.size();
                const int before = m_requests;
                const PostmanScripts::Translation own = events(item, itemPath);
                PostmanScripts::Translation beneath = inherited;
                beneath.assertions += own.assertions;
                beneath.captures += own.captures;
                const QJsonObject childAuth = authAt(item, auth);
                items(item.value("item"_L1).toArray(), child, itemPath, childAuth, depth + 1,
                    beneath);
                reportInherited(own, itemPath, reportAt, m_requests - before);
                folder.folders.append(child);
                continue;
            }
            if (m_requests >= m_limits.maxRequests) {
                if (!m_capped)
                    skip(itemPath, QCoreApplication::translate("opc::PostmanImporter", "more than %1 requests; this and the following were not imported")
                                       .arg(m_limits.maxRequests));
                m_capped = true;
                continue;
            }
            request(item, name, itemPath, authAt(item.value("request"_L1).toObject(), auth), folder,
                inherited);
        }
    }

    // Applies supported auth to @p spec; reports unsupported kinds.
    void authReport(const QJsonObject &auth, const QString &path, RequestSpec *spec)
    {
        const QString type = auth.value("type"_L1).toString();
        if (type.isEmpty() || type == "noauth"_L1)
            return;
        if (type == "bearer"_L1) {
            if (!hasHeader(*spec, u"Authorization"_s))
                spec->headers.append(KeyValue { u"Authorization"_s,
                                                u"Bearer "_s + authParam(auth, type, u"token"_s), true });
            return;
        }
        if (type == "apikey"_L1) {
            const QString key = authParam(auth, type, u"key"_s);
            const QString value = authParam(auth, type, u"value"_s);
            if (authParam(auth, type, u"in"_s) == "query"_L1)
                spec->query.append(KeyValue { key.isEmpty() ? u"api_key"_s : key, value, true });
            else if (!hasHeader(*spec, key))
                spec->headers.append(KeyValue { key.isEmpty() ? u"x-api-key"_s : key, value, true });
            return;
        }
        skip(path + QCoreApplication::translate("opc::PostmanImporter", " (auth)"),
             QCoreApplication::translate("opc::PostmanImporter", "auth type \"%1\" is not supported; the request was imported without it").arg(type));
    }

    void request(const QJsonObject &item, const QString &name, const QString &path,
        const QJsonObject &auth, CollectionFolder &folder,
        const PostmanScripts::Translation &inherited)
    {
        // The request's own line comes before what was skipped of it.
        const qsizetype reportAt = m_out.items.size();
        CollectionRequest r;
        r.name = name;
        QStringList remarks;
        const QJsonValue rv = item.value("request"_L1);
        const QJsonObject req = rv.toObject();
        RequestSpec &spec = r.spec;
        spec.method = rv.isString() ? u"GET"_s : req.value("method"_L1).toString(u"GET"_s).toUpper();
        r.description = description(req.value("description"_L1));
        if (r.description.isEmpty())
            r.description = description(item.value("description"_L1));

        const QJsonValue url = rv.isString() ? rv : req.value("url"_L1);
        if (url.isString()) {
            splitQuery(url.toString(), &spec.url, &spec.query);
        } else {
            const QJsonObject u = url.toObject();
            QList<KeyValue> rawQuery;
            splitQuery(u.value("raw"_L1).toString(), &spec.url, &rawQuery);
            if (u.contains("query"_L1)) {
                for (const QJsonValue &q : u.value("query"_L1).toArray()) {
                    const QJsonObject o = q.toObject();
                    spec.query.append(KeyValue { o.value("key"_L1).toString(), text(o.value("value"_L1)),
                                                 !o.value("disabled"_L1).toBool(false) });
                }
            } else {
                spec.query = rawQuery;
            }
            if (spec.url.isEmpty() && u.contains("host"_L1)) {
                // No raw form: rebuild it from the parts.
                const QJsonValue host = u.value("host"_L1);
                QStringList hostParts;
                for (const QJsonValue &h : host.toArray())
                    hostParts.append(h.toString());
                QString built = host.isString() ? host.toString() : hostParts.join('.'_L1);
                if (u.contains("protocol"_L1))
                    built = u.value("protocol"_L1).toString() + u"://"_s + built;
                QStringList pathParts;
                const QJsonValue p = u.value("path"_L1);
                for (const QJsonValue &seg : p.toArray())
                    pathParts.append(seg.isObject() ? seg.toObject().value("value"_L1).toString() : seg.toString());
                if (p.isString())
                    pathParts.append(p.toString());
                if (!pathParts.isEmpty())
                    built += u"/"_s + pathParts.join('/'_L1);
                spec.url = built;
            }
        }
        const QJsonValue headers = req.value("header"_L1);
        for (const QJsonValue &h : headers.toArray()) {
            const QJsonObject o = h.toObject();
            spec.headers.append(KeyValue { o.value("key"_L1).toString(), text(o.value("value"_L1)),
                                           !o.value("disabled"_L1).toBool(false) });
        }
        if (headers.isString()) {
            for (const QString &line : headers.toString().split('\n'_L1, Qt::SkipEmptyParts)) {
                const qsizetype colon = line.indexOf(':'_L1);
                if (colon > 0)
                    spec.headers.append(KeyValue { line.left(colon).trimmed(), line.mid(colon + 1).trimmed(), true });
            }
        }
        body(req.value("body"_L1).toObject(), path, spec, remarks);
        authReport(auth, path, &spec);
        // Folder and collection scripts run before the request's own, as in Postman.
        const PostmanScripts::Translation tests = events(item, path);
        r.assertions = inherited.assertions + tests.assertions;
        r.captures = inherited.captures + tests.captures;
        remarks += translatedRemarks(tests);

        const QJsonObject own = item.value("x-opconsole"_L1).toObject();
        if (own.contains("tokenHeader"_L1))
            spec.tokenHeader = own.value("tokenHeader"_L1).toString();
        if (own.contains("bearerPrefix"_L1))
            spec.bearerPrefix = own.value("bearerPrefix"_L1).toBool();
        if (own.contains("sign"_L1))
            spec.sign = own.value("sign"_L1).toBool();

        const int examples = int(item.value("response"_L1).toArray().size());
        if (examples > 0)
            skip(QCoreApplication::translate("opc::PostmanImporter", "%1 (saved responses)").arg(path),
                 QCoreApplication::translate("opc::PostmanImporter", "%n saved example response(s) are not imported",
                                             nullptr, examples));

        folder.requests.append(r);
        ++m_requests;
        m_out.items.insert(reportAt, ImportItem { path, ImportItem::Outcome::Imported, remarks.join(u"; "_s) });
    }

    void body(const QJsonObject &b, const QString &path, RequestSpec &spec, QStringList &remarks)
    {
        if (b.isEmpty() || b.value("disabled"_L1).toBool(false))
            return;
        const QString mode = b.value("mode"_L1).toString();
        if (mode == "raw"_L1) {
            spec.body = b.value("raw"_L1).toString().toUtf8();
            const QString language = b.value("options"_L1).toObject().value("raw"_L1).toObject().value("language"_L1).toString();
            const QString type = language == "json"_L1 ? u"application/json"_s
                : language == "xml"_L1                 ? u"application/xml"_s
                                                       : QString();
            if (!type.isEmpty() && !hasHeader(spec, u"Content-Type"_s) && !spec.body.isEmpty()) {
                spec.headers.append(KeyValue { u"Content-Type"_s, type, true });
                remarks.append(QCoreApplication::translate("opc::PostmanImporter", "Content-Type %1 added from the body language").arg(type));
            }
        } else if (mode == "urlencoded"_L1) {
            QStringList pairs;
            for (const QJsonValue &v : b.value("urlencoded"_L1).toArray()) {
                const QJsonObject o = v.toObject();
                if (o.value("disabled"_L1).toBool(false))
                    continue;
                pairs.append(QString::fromUtf8(QUrl::toPercentEncoding(o.value("key"_L1).toString(), "{}")) + u"="_s
                             + QString::fromUtf8(QUrl::toPercentEncoding(text(o.value("value"_L1)), "{}")));
            }
            spec.body = pairs.join('&'_L1).toUtf8();
            if (!hasHeader(spec, u"Content-Type"_s))
                spec.headers.append(KeyValue { u"Content-Type"_s, u"application/x-www-form-urlencoded"_s, true });
        } else if (mode == "formdata"_L1) {
            QByteArray out;
            for (const QJsonValue &v : b.value("formdata"_L1).toArray()) {
                const QJsonObject o = v.toObject();
                if (o.value("disabled"_L1).toBool(false))
                    continue;
                const QString key = o.value("key"_L1).toString();
                if (o.value("type"_L1).toString() == "file"_L1) {
                    // Reading a path named by a foreign file is how imports leak local files.
                    skip(QCoreApplication::translate("opc::PostmanImporter", "%1 (form-data file field %2)").arg(path, key),
                         QCoreApplication::translate("opc::PostmanImporter", "file fields are not imported; attach the file in the console"));
                    continue;
                }
                out += "--" + kFormBoundary + "\r\nContent-Disposition: form-data; name=\"" + key.toUtf8()
                    + "\"\r\n\r\n" + text(o.value("value"_L1)).toUtf8() + "\r\n";
            }
            out += "--" + kFormBoundary + "--\r\n";
            spec.body = out;
            if (!hasHeader(spec, u"Content-Type"_s))
                spec.headers.append(KeyValue { u"Content-Type"_s,
                                               u"multipart/form-data; boundary="_s + QString::fromLatin1(kFormBoundary), true });
        } else if (mode == "graphql"_L1) {
            const QJsonObject g = b.value("graphql"_L1).toObject();
            QJsonObject payload { { u"query"_s, g.value("query"_L1).toString() } };
            const QJsonDocument vars = QJsonDocument::fromJson(g.value("variables"_L1).toString().toUtf8());
            if (vars.isObject())
                payload.insert(u"variables"_s, vars.object());
            spec.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
            if (!hasHeader(spec, u"Content-Type"_s))
                spec.headers.append(KeyValue { u"Content-Type"_s, u"application/json"_s, true });
            remarks.append(QCoreApplication::translate("opc::PostmanImporter", "GraphQL body converted to a JSON body"));
        } else if (mode == "file"_L1) {
            skip(QCoreApplication::translate("opc::PostmanImporter", "%1 (file body)").arg(path), QCoreApplication::translate("opc::PostmanImporter", "a body read from a file is not imported"));
        } else if (!mode.isEmpty()) {
            skip(QCoreApplication::translate("opc::PostmanImporter", "%1 (body)").arg(path), QCoreApplication::translate("opc::PostmanImporter", "body mode \"%1\" is not supported").arg(mode));
        }
    }

private:
    const ImportLimits &m_limits;
    ImportResult &m_out;
    int m_requests = 0;
    bool m_capped = false;
};

} // namespace

Result<ImportResult> PostmanImporter::import(const QByteArray &data, const QString &sourceName) const
{
    const Result<QJsonObject> parsed = parseJsonObject(data, QCoreApplication::translate("opc::PostmanImporter", "a Postman collection"));
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = parsed.value();
    const QJsonObject info = root.value("info"_L1).toObject();
    if (!root.value("item"_L1).isArray() || info.isEmpty())
        return Result<ImportResult>::failure(QCoreApplication::translate("opc::PostmanImporter", "Not a Postman collection: no \"info\" and \"item\"."), u"parse"_s);
    const QString schema = info.value("schema"_L1).toString();
    if (!schema.isEmpty() && !schema.contains("v2.1"_L1) && !schema.contains("v2.0"_L1))
        return Result<ImportResult>::failure(QCoreApplication::translate("opc::PostmanImporter", "Unsupported Postman schema %1; export as Collection v2.1.").arg(schema),
                                             u"schema"_s);

    ImportResult out;
    Collection &c = out.collection;
    c.name = info.value("name"_L1).toString(sourceName);
    for (const QJsonValue &v : root.value("variable"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value("key"_L1).toString(o.value("id"_L1).toString());
        if (key.isEmpty())
            continue;
        c.variables.append(KeyValue { key, text(o.value("value"_L1)), !o.value("disabled"_L1).toBool(false) });
    }
    Reader reader(m_limits, out);
    const PostmanScripts::Translation tests = reader.events(root, QString());
    QJsonObject auth = root.value("auth"_L1).toObject();
    if (auth.value("type"_L1).toString() == "inherit"_L1)
        auth = {};
    reader.items(root.value("item"_L1).toArray(), c.root, QString(), auth, 0, tests);
    reader.reportInherited(tests, QString(), 0, c.requestCount());
    return out;
}

} // namespace opc
