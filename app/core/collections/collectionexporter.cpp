#include "collections/collectionexporter.h"

#include "collections/postmanscripts.h"
#include "collections/secretredactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace opc {

namespace {


QString urlWithQuery(const RequestSpec &spec)
{
    QStringList pairs;
    for (const KeyValue &q : spec.query) {
        if (q.enabled)
            pairs.append(q.value.isEmpty() && q.name.isEmpty() ? QString() : q.name + u"="_s + q.value);
    }
    pairs.removeAll(QString());
    return pairs.isEmpty() ? spec.url : spec.url + u"?"_s + pairs.join('&'_L1);
}

void forEachRequest(const CollectionFolder &folder, const QString &path,
                    const std::function<void(const CollectionRequest &, const QString &)> &visit)
{
    for (const CollectionFolder &f : folder.folders)
        forEachRequest(f, path.isEmpty() ? f.name : path + u"/"_s + f.name, visit);
    for (const CollectionRequest &r : folder.requests)
        visit(r, path);
}

QJsonObject postmanUrl(const RequestSpec &spec)
{
    QJsonObject url { { u"raw"_s, urlWithQuery(spec) } };
    QString rest = spec.url;
    const qsizetype scheme = rest.indexOf("://"_L1);
    if (scheme > 0) {
        url.insert(u"protocol"_s, rest.left(scheme));
        rest = rest.mid(scheme + 3);
    }
    const qsizetype slash = rest.indexOf('/'_L1);
    QString host = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash + 1);
    const qsizetype colon = host.lastIndexOf(':'_L1);
    if (colon > 0 && !host.mid(colon).contains('}'_L1)) {
        url.insert(u"port"_s, host.mid(colon + 1));
        host.truncate(colon);
    }
    if (!host.isEmpty()) {
        QJsonArray hostParts;
        // A {{variable}} host stays one part, like Postman writes it.
        for (const QString &part : host.startsWith("{{"_L1) ? QStringList { host } : host.split('.'_L1))
            hostParts.append(part);
        url.insert(u"host"_s, hostParts);
    }
    if (slash >= 0) {
        QJsonArray pathParts;
        for (const QString &part : path.split('/'_L1))
            pathParts.append(part);
        url.insert(u"path"_s, pathParts);
    }
    if (!spec.query.isEmpty()) {
        QJsonArray query;
        for (const KeyValue &q : spec.query) {
            QJsonObject o { { u"key"_s, q.name }, { u"value"_s, q.value } };
            if (!q.enabled)
                o.insert(u"disabled"_s, true);
            query.append(o);
        }
        url.insert(u"query"_s, query);
    }
    return url;
}

QJsonObject postmanItem(const CollectionRequest &r)
{
    const RequestSpec &spec = r.spec;
    QJsonArray headers;
    QString contentType;
    for (const KeyValue &h : spec.headers) {
        QJsonObject o { { u"key"_s, h.name }, { u"value"_s, h.value } };
        if (!h.enabled)
            o.insert(u"disabled"_s, true);
        else if (h.name.compare("Content-Type"_L1, Qt::CaseInsensitive) == 0)
            contentType = h.value;
        headers.append(o);
    }
    QJsonObject request { { u"method"_s, spec.method }, { u"header"_s, headers }, { u"url"_s, postmanUrl(spec) } };
    if (!spec.body.isEmpty()) {
        QJsonObject body { { u"mode"_s, u"raw"_s }, { u"raw"_s, QString::fromUtf8(spec.body) } };
        // Only name a language the headers already state, so an import adds nothing.
        const QString language = contentType.contains("json"_L1) ? u"json"_s
            : contentType.contains("xml"_L1)                     ? u"xml"_s
                                                                 : u"text"_s;
        body.insert(u"options"_s, QJsonObject { { u"raw"_s, QJsonObject { { u"language"_s, language } } } });
        request.insert(u"body"_s, body);
    }
    if (!r.description.isEmpty())
        request.insert(u"description"_s, r.description);
    QJsonObject item { { u"name"_s, r.name }, { u"request"_s, request } };
    QJsonObject own;
    if (spec.tokenHeader)
        own.insert(u"tokenHeader"_s, *spec.tokenHeader);
    if (spec.bearerPrefix)
        own.insert(u"bearerPrefix"_s, *spec.bearerPrefix);
    if (spec.sign)
        own.insert(u"sign"_s, *spec.sign);
    if (!own.isEmpty())
        item.insert(u"x-opconsole"_s, own);
    // The assertions as pm.test checks, so that newman runs the same checks.
    const QStringList script = PostmanScripts::testScript(r.assertions, r.captures);
    if (!script.isEmpty()) {
        const QJsonObject test { { u"listen"_s, u"test"_s },
            { u"script"_s,
                QJsonObject { { u"type"_s, u"text/javascript"_s },
                    { u"exec"_s, QJsonArray::fromStringList(script) } } } };
        item.insert(u"event"_s, QJsonArray { test });
    }
    return item;
}

// A path the console joins to the environment's base URL at send time;
// a URL starting with a {{variable}} may hold its own host.
bool isRelative(const QString &url)
{
    const QString u = url.trimmed();
    return !u.contains("://"_L1) && !u.startsWith("{{"_L1);
}

bool rewriteRelative(CollectionFolder &folder)
{
    bool any = false;
    for (CollectionFolder &f : folder.folders)
        any = rewriteRelative(f) || any;
    for (CollectionRequest &r : folder.requests) {
        if (!isRelative(r.spec.url))
            continue;
        const QString path = r.spec.url.trimmed();
        r.spec.url = u"{{baseUrl}}"_s
            + (path.isEmpty() || path.startsWith('/'_L1) ? QString() : u"/"_s) + path;
        any = true;
    }
    return any;
}

QJsonArray postmanItems(const CollectionFolder &folder)
{
    QJsonArray items;
    for (const CollectionFolder &f : folder.folders)
        items.append(QJsonObject { { u"name"_s, f.name }, { u"item"_s, postmanItems(f) } });
    for (const CollectionRequest &r : folder.requests)
        items.append(postmanItem(r));
    return items;
}

} // namespace

CollectionExporter::CollectionExporter(const SecretScanner &scanner) : m_scanner(scanner) { }

QStringList CollectionExporter::formats()
{
    return { u"postman"_s, u"http"_s, u"curl"_s };
}

QString CollectionExporter::shellQuote(const QString &word)
{
    return u"'"_s + QString(word).replace("'"_L1, "'\\''"_L1) + u"'"_s;
}

Collection CollectionExporter::withBaseUrlVariable(
    const Collection &collection, const QString &baseUrl)
{
    Collection c = collection;
    if (!rewriteRelative(c.root))
        return c;
    const bool hasOwn = std::any_of(c.variables.cbegin(), c.variables.cend(),
        [](const KeyValue &v) { return v.enabled && v.name == "baseUrl"_L1; });
    if (!hasOwn) {
        QString base = baseUrl.trimmed();
        while (base.endsWith('/'_L1))
            base.chop(1);
        c.variables.append(KeyValue { u"baseUrl"_s, base, true });
    }
    return c;
}

QByteArray CollectionExporter::toPostman(const Collection &collection, const QString &baseUrl)
{
    const Collection c = withBaseUrlVariable(collection, baseUrl);
    QJsonArray variables;
    for (const KeyValue &v : c.variables) {
        QJsonObject o { { u"key"_s, v.name }, { u"value"_s, v.value } };
        if (!v.enabled)
            o.insert(u"disabled"_s, true);
        variables.append(o);
    }
    const QJsonObject root {
        { u"info"_s,
          QJsonObject { { u"name"_s, c.name },
                        { u"schema"_s, u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s } } },
        { u"item"_s, postmanItems(c.root) },
        { u"variable"_s, variables },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray CollectionExporter::toHttp(const Collection &collection, const QString &baseUrl)
{
    const Collection c = withBaseUrlVariable(collection, baseUrl);
    QString out;
    for (const KeyValue &v : c.variables) {
        if (v.enabled)
            out += u"@"_s + v.name + u" = "_s + v.value + u"\n"_s;
    }
    if (!c.variables.isEmpty())
        out += u"\n"_s;
    forEachRequest(c.root, QString(), [&out](const CollectionRequest &r, const QString &path) {
        const RequestSpec &spec = r.spec;
        out += u"### "_s + r.name + u"\n"_s;
        if (!path.isEmpty())
            out += u"# @folder "_s + path + u"\n"_s;
        for (const QString &line : r.description.split('\n'_L1, Qt::SkipEmptyParts))
            out += u"# "_s + line + u"\n"_s;
        QStringList settings;
        if (spec.tokenHeader)
            settings.append(u"tokenHeader="_s + *spec.tokenHeader);
        if (spec.bearerPrefix)
            settings.append(u"bearerPrefix="_s + (*spec.bearerPrefix ? u"true"_s : u"false"_s));
        if (spec.sign)
            settings.append(u"sign="_s + (*spec.sign ? u"true"_s : u"false"_s));
        if (!settings.isEmpty())
            out += u"# @opconsole "_s + settings.join(' '_L1) + u"\n"_s;
        for (const KeyValue &q : spec.query) {
            if (!q.enabled)
                out += u"# @disabled-query "_s + q.name + u"="_s + q.value + u"\n"_s;
        }
        out += spec.method + u" "_s + urlWithQuery(spec) + u"\n"_s;
        for (const KeyValue &h : spec.headers)
            out += (h.enabled ? QString() : u"# @disabled-header "_s) + h.name + u": "_s + h.value + u"\n"_s;
        if (!spec.body.isEmpty())
            out += u"\n"_s + QString::fromUtf8(spec.body) + u"\n"_s;
        out += u"\n"_s;
    });
    return out.toUtf8();
}

QByteArray CollectionExporter::toCurl(const Collection &c)
{
    QString out;
    forEachRequest(c.root, QString(), [&out](const CollectionRequest &r, const QString &path) {
        const RequestSpec &spec = r.spec;
        out += u"# "_s + (path.isEmpty() ? r.name : path + u"/"_s + r.name) + u"\n"_s;
        out += u"curl -X "_s + spec.method + u" "_s + shellQuote(urlWithQuery(spec));
        for (const KeyValue &h : spec.headers) {
            if (h.enabled)
                out += u" \\\n  -H "_s + shellQuote(h.name + u": "_s + h.value);
        }
        if (!spec.body.isEmpty())
            out += u" \\\n  --data-raw "_s + shellQuote(QString::fromUtf8(spec.body));
        out += u"\n\n"_s;
    });
    return out.toUtf8();
}

Result<QByteArray> CollectionExporter::exportCollection(const Collection &collection, const QString &format,
                                                        Secrets secrets, QStringList *notices) const
{
    auto render = [this, &format](const Collection &c) -> std::optional<QByteArray> {
        if (format == "postman"_L1)
            return toPostman(c, m_baseUrl);
        if (format == "http"_L1)
            return toHttp(c, m_baseUrl);
        if (format == "curl"_L1)
            return toCurl(c);
        return std::nullopt;
    };
    const std::optional<QByteArray> plain = render(collection);
    if (!plain)
        return Result<QByteArray>::failure(QCoreApplication::translate("opc::CollectionExporter", "Unknown export format \"%1\"; use postman, http or curl.").arg(format),
                                           u"format"_s);
    // The redactor knows field names the flat text loses (a variable's name
    // sits in "key", its value in "value"), so compare with a redacted copy.
    Collection redacted = collection;
    const QStringList replaced = SecretRedactor(m_scanner).redact(redacted);
    const QByteArray clean = *render(redacted);
    if (clean != *plain && secrets == Secrets::Refuse) {
        return Result<QByteArray>::failure(
            QCoreApplication::translate("opc::CollectionExporter", "The export contains secret-looking values and was not written:\n%1").arg(replaced.join('\n'_L1)),
            u"secret"_s);
    }
    if (clean != *plain && notices)
        *notices += replaced;
    const QByteArray data = clean;
    // The last word is the scan of exactly the bytes that would be written.
    const QList<SecretFinding> found = m_scanner.scan(data);
    if (!found.isEmpty()) {
        QStringList lines;
        for (const SecretFinding &f : found)
            lines.append(QCoreApplication::translate("opc::CollectionExporter", "%1 at byte %2").arg(f.description()).arg(f.offset));
        return Result<QByteArray>::failure(
            QCoreApplication::translate("opc::CollectionExporter", "The export contains %n secret-looking value(s) and was not written:\n%1", nullptr, int(found.size()))
                .arg(lines.join('\n'_L1)),
            u"secret"_s);
    }
    return data;
}

} // namespace opc
