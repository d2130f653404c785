#include "collections/samplecollection.h"

#include "collections/collectionimporter.h"
#include "common/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace opc::ui::SampleCollection {

namespace {

const QString kMarker = u".sample-installed"_s;


// A short name for the tree: the case itself for error and warning cases,
// else the summary's first sentence.
QString requestName(const QString &method, const QString &path, const QString &summary)
{
    QString text = summary.trimmed();
    for (const QLatin1StringView prefix : { "Error case: "_L1, "Warning case: "_L1 }) {
        if (text.startsWith(prefix)) {
            if (text.endsWith(u'.'))
                text.chop(1);
            return text;
        }
    }
    qsizetype end = -1;
    for (const QString &stop : { u". "_s, u"; "_s, u"?"_s }) {
        const qsizetype at = text.indexOf(stop);
        if (at > 0 && (end < 0 || at < end))
            end = at;
    }
    if (end > 0)
        text.truncate(end);
    if (text.endsWith(u'.'))
        text.chop(1);
    if (text.size() > 70)
        text = text.left(67).trimmed() + u"…"_s;
    return text.isEmpty() ? method + u' ' + path : text;
}

} // namespace

QString folderName()
{
    return u"op-sandbox-sample"_s;
}

QString resourcePath()
{
    return u":/opc/sample/op-sandbox"_s;
}

Collection fromCatalog(const QJsonObject &catalog)
{
    Collection c;
    c.name = QCoreApplication::translate("opc::ui::SampleCollection", "OP sandbox sample");
    const QJsonArray products = catalog.value("products"_L1).toArray();
    for (const QJsonValue &pv : products) {
        const QJsonObject product = pv.toObject();
        const auto folder = c.addFolder({}, QCoreApplication::translate("opc::ui::SampleCollection", "%1 %2").arg(product.value("name"_L1).toString(),
                                                            product.value("version"_L1).toString()));
        const QString about
            = QCoreApplication::translate("opc::ui::SampleCollection", "%1 API: security level %2, token in %3, signature %4%5.")
                  .arg(product.value("name"_L1).toString(), product.value("securityLevel"_L1).toString(),
                       product.value("tokenHeader"_L1).toString(), product.value("signature"_L1).toString(),
                       product.value("mtls"_L1).toBool() ? QCoreApplication::translate("opc::ui::SampleCollection", ", mutual TLS") : QString());
        for (const QJsonValue &ev : product.value("endpoints"_L1).toArray()) {
            const QJsonObject endpoint = ev.toObject();
            CollectionRequest r;
            r.spec.method = endpoint.value("method"_L1).toString();
            const QString target = endpoint.value("path"_L1).toString();
            splitQuery(target, &r.spec.url, &r.spec.query);
            const QString summary = endpoint.value("summary"_L1).toString();
            r.name = requestName(r.spec.method, r.spec.url, summary);
            r.description = summary + u"\n\n"_s + about;
            const QJsonObject headers = endpoint.value("headers"_L1).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                r.spec.headers.append(KeyValue { it.key(), it.value().toString(), true });
            const QJsonValue example = endpoint.value("exampleBody"_L1);
            if (example.isObject() || example.isArray()) {
                r.spec.body = example.isObject() ? QJsonDocument(example.toObject()).toJson()
                                                 : QJsonDocument(example.toArray()).toJson();
                r.spec.headers.append(KeyValue { u"Content-Type"_s, u"application/json"_s, true });
            } else if (example.isString()) {
                r.spec.body = example.toString().toUtf8();
                r.spec.headers.append(KeyValue { u"Content-Type"_s, u"application/x-www-form-urlencoded"_s, true });
            }
            c.addRequest(folder->folderPath, r);
        }
    }
    // The 429 is a state of the application, not of one request: the same
    // call answers it once the day's quota is used up.
    const auto limits = c.addFolder({}, QCoreApplication::translate("opc::ui::SampleCollection", "Rate limit"));
    CollectionRequest limited;
    limited.name = QCoreApplication::translate("opc::ui::SampleCollection", "Rate-limit case: 429 TECHNICAL once the daily quota is used");
    limited.spec.method = u"GET"_s;
    limited.spec.url = u"/branches/v1/branches"_s;
    limited.spec.query = { KeyValue { u"query"_s, u"Helsinki"_s, true } };
    limited.description
        = QCoreApplication::translate("opc::ui::SampleCollection", "Every answer carries X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset. Once the "
             "application has used its daily requests (1000 by default) the sandbox answers 429 with an ERROR "
             "TECHNICAL entry until midnight Europe/Helsinki, and the console blocks further sends. The local "
             "simulator's admin API sets the count used: PUT /apps/{apiKey}/quota {\"used\": 1000}.");
    c.addRequest(limits->folderPath, limited);
    return c;
}

Result<QString> installOnFirstStart(const QString &collectionsDir)
{
    const QDir root(collectionsDir);
    if (!QDir().mkpath(collectionsDir))
        return Result<QString>::failure(QCoreApplication::translate("opc::ui::SampleCollection", "Could not create the folder %1.").arg(collectionsDir));
    if (QFileInfo::exists(root.filePath(kMarker)))
        return QString();
    QString target = root.filePath(folderName());
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = root.filePath(folderName() + u"-"_s + QString::number(n));
    const QDir source(resourcePath());
    QDirIterator it(resourcePath(), QDir::Files, QDirIterator::Subdirectories);
    int copied = 0;
    while (it.hasNext()) {
        const QString from = it.next();
        const Result<QByteArray> bytes = AtomicFile::read(from);
        if (!bytes)
            return Result<QString>::failure(bytes.errorMessage());
        const QString to = QDir(target).filePath(source.relativeFilePath(from));
        QDir().mkpath(QFileInfo(to).absolutePath());
        // Written, not copied: resource files are read-only and the copy must be editable.
        if (const Status s = AtomicFile::write(to, *bytes); !s)
            return Result<QString>::failure(s.errorMessage());
        ++copied;
    }
    if (copied == 0)
        return Result<QString>::failure(QCoreApplication::translate("opc::ui::SampleCollection", "The sample collection is missing from this build."));
    if (const Status s = AtomicFile::write(root.filePath(kMarker), QByteArrayLiteral("1\n")); !s)
        return Result<QString>::failure(s.errorMessage());
    return target;
}

} // namespace opc::ui::SampleCollection
