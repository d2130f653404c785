#include "collections/collectionimporter.h"

#include "collections/curlimporter.h"
#include "collections/httpfileimporter.h"
#include "collections/openapiimporter.h"
#include "collections/postmanimporter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace opc {

Result<QJsonObject> CollectionImporter::parseJsonObject(const QByteArray &data, const QString &what) const
{
    using R = Result<QJsonObject>;
    if (data.size() > m_limits.maxInputBytes)
        return R::failure(QCoreApplication::translate("CollectionImporter", "The file is larger than %1 bytes.")
                              .arg(m_limits.maxInputBytes));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(QCoreApplication::translate("CollectionImporter", "Not %1: %2 at offset %3.")
                              .arg(what, error.errorString())
                              .arg(error.offset),
                          u"parse"_s);
    return doc.object();
}

int ImportResult::importedCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const ImportItem &i) { return i.imported(); }));
}

int ImportResult::skippedCount() const
{
    return int(items.size()) - importedCount();
}

QStringList CollectionImporter::formats()
{
    return { u"postman"_s, u"http"_s, u"curl"_s, u"openapi"_s };
}

std::unique_ptr<CollectionImporter> CollectionImporter::create(const QString &format)
{
    if (format == "postman"_L1)
        return std::make_unique<PostmanImporter>();
    if (format == "http"_L1 || format == "rest"_L1)
        return std::make_unique<HttpFileImporter>();
    if (format == "curl"_L1)
        return std::make_unique<CurlImporter>();
    if (format == "openapi"_L1)
        return std::make_unique<OpenApiImporter>();
    return nullptr;
}

QString CollectionImporter::detectFormat(const QString &fileName, const QByteArray &data)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(".http"_L1) || lower.endsWith(".rest"_L1))
        return u"http"_s;
    const QByteArray head = data.left(4096).trimmed();
    if (head.startsWith('{')) {
        // Only the head is needed to tell the JSON formats apart.
        if (head.contains("schema.getpostman.com") || head.contains("\"_postman_id\""))
            return u"postman"_s;
        if (head.contains("\"openapi\""))
            return u"openapi"_s;
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        if (o.contains("openapi"_L1))
            return u"openapi"_s;
        if (o.contains("item"_L1) && o.contains("info"_L1))
            return u"postman"_s;
        return {};
    }
    if (lower.endsWith(".sh"_L1) || lower.endsWith(".curl"_L1) || head.startsWith("curl ")
        || head.contains("\ncurl "))
        return u"curl"_s;
    return {};
}

void splitQuery(const QString &url, QString *path, QList<KeyValue> *query)
{
    const qsizetype q = url.indexOf('?'_L1);
    if (q < 0) {
        *path = url;
        return;
    }
    *path = url.left(q);
    QString rest = url.mid(q + 1);
    const qsizetype hash = rest.indexOf('#'_L1);
    if (hash >= 0)
        rest.truncate(hash);
    for (const QString &pair : rest.split('&'_L1, Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf('='_L1);
        if (eq < 0)
            query->append(KeyValue { pair, QString(), true });
        else
            query->append(KeyValue { pair.left(eq), pair.mid(eq + 1), true });
    }
}

} // namespace opc
