#include "catalog/productcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace opc {

namespace {

const QString kResource = u":/opc/catalog/op-api-catalog.json"_s;

bool isPath(const QJsonValue &value)
{
    return value.isString() && value.toString().startsWith(u'/');
}

bool isNonEmptyString(const QJsonValue &value)
{
    return value.isString() && !value.toString().trimmed().isEmpty();
}

/// Why the product @p id is unusable, or an empty string.
QString productProblem(const QJsonObject &product, const QString &id)
{
    static const QStringList levels { u"Open"_s, u"Basic"_s, u"Restricted"_s, u"High"_s };
    static const QStringList signatures { u"none"_s, u"hmac-sha256"_s, u"op-rsa-sha256"_s, u"jws"_s };

    if (!isNonEmptyString(product.value("name"_L1)))
        return ProductCatalog::tr("product \"%1\" has no name.").arg(id);
    if (!product.value("version"_L1).isString())
        return ProductCatalog::tr("product \"%1\" has no version.").arg(id);
    if (!isPath(product.value("basePath"_L1)))
        return ProductCatalog::tr("product \"%1\" has no basePath starting with \"/\".").arg(id);
    const QString level = product.value("securityLevel"_L1).toString();
    if (!levels.contains(level)) {
        return ProductCatalog::tr(
            "product \"%1\" has the unknown securityLevel \"%2\" (known: %3).")
            .arg(id, level, levels.join(u", "));
    }
    const QString header = product.value("tokenHeader"_L1).toString();
    if (header.compare("x-authorization"_L1, Qt::CaseInsensitive) != 0
        && header.compare("authorization"_L1, Qt::CaseInsensitive) != 0) {
        return ProductCatalog::tr(
            "product \"%1\" has the unknown tokenHeader \"%2\" (known: x-authorization, "
            "Authorization).")
            .arg(id, header);
    }
    const QString signature = product.value("signature"_L1).toString();
    if (!signatures.contains(signature)) {
        return ProductCatalog::tr("product \"%1\" has the unknown signature \"%2\" (known: %3).")
            .arg(id, signature, signatures.join(u", "));
    }
    if (!product.value("mtls"_L1).isBool())
        return ProductCatalog::tr("product \"%1\" does not say true or false for mtls.").arg(id);

    const QJsonValue prefixes = product.value("pathPrefixes"_L1);
    if (!prefixes.isUndefined()) {
        if (!prefixes.isArray())
            return ProductCatalog::tr("the pathPrefixes of product \"%1\" are not a list.").arg(id);
        for (const QJsonValue &prefix : prefixes.toArray()) {
            if (!isPath(prefix)) {
                return ProductCatalog::tr(
                    "product \"%1\" has a path prefix that does not start with \"/\".")
                    .arg(id);
            }
        }
    }

    const QJsonValue endpoints = product.value("endpoints"_L1);
    if (!endpoints.isArray())
        return ProductCatalog::tr("product \"%1\" has no endpoints list.").arg(id);
    int n = 0;
    for (const QJsonValue &value : endpoints.toArray()) {
        ++n;
        const QJsonObject endpoint = value.toObject();
        if (!value.isObject() || !isNonEmptyString(endpoint.value("method"_L1))
            || !isPath(endpoint.value("path"_L1))) {
            return ProductCatalog::tr(
                "endpoint %1 of product \"%2\" lacks a method or a path starting with "
                "\"/\".")
                .arg(n)
                .arg(id);
        }
        const QJsonValue headers = endpoint.value("headers"_L1);
        if (!headers.isUndefined() && !headers.isObject()) {
            return ProductCatalog::tr(
                "the headers of endpoint %1 of product \"%2\" are not an object.")
                .arg(n)
                .arg(id);
        }
    }
    return {};
}

} // namespace

const ProductCatalog &ProductCatalog::builtIn()
{
    static const ProductCatalog catalog = [] {
        QFile file(kResource);
        if (!file.open(QIODevice::ReadOnly)) {
            qCritical("The bundled product catalogue %s is missing.", qPrintable(kResource));
            Q_ASSERT_X(false, "ProductCatalog::builtIn", "the catalogue resource is not linked in");
            return ProductCatalog();
        }
        Result<ProductCatalog> parsed = fromJson(file.readAll());
        if (!parsed) {
            qCritical("%s", qPrintable(parsed.errorMessage()));
            Q_ASSERT_X(false, "ProductCatalog::builtIn", "the bundled catalogue does not parse");
            return ProductCatalog();
        }
        return std::move(parsed).value();
    }();
    return catalog;
}

Result<ProductCatalog> ProductCatalog::fromJson(const QByteArray &json)
{
    const auto damaged = [](const QString &why) {
        return Result<ProductCatalog>::failure(
            tr("The product catalogue is damaged: %1").arg(why), u"catalog-damaged"_s);
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return damaged(tr("it is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    }
    if (!document.isObject())
        return damaged(tr("it is not a JSON object."));
    const QJsonObject root = document.object();
    const QJsonValue list = root.value("products"_L1);
    if (!list.isArray())
        return damaged(tr("it has no \"products\" list."));

    QSet<QString> ids;
    QList<QStringList> prefixes;
    int number = 0;
    for (const QJsonValue &value : list.toArray()) {
        ++number;
        if (!value.isObject())
            return damaged(tr("product %1 is not a JSON object.").arg(number));
        const QJsonObject product = value.toObject();
        const QJsonValue idValue = product.value("id"_L1);
        if (!isNonEmptyString(idValue))
            return damaged(tr("product %1 has no id.").arg(number));
        const QString id = idValue.toString();
        if (ids.contains(id))
            return damaged(tr("the id \"%1\" is used by two products.").arg(id));
        ids.insert(id);
        if (const QString problem = productProblem(product, id); !problem.isEmpty())
            return damaged(problem);
        QStringList owned;
        for (const QJsonValue &prefix : product.value("pathPrefixes"_L1).toArray())
            owned.append(prefix.toString());
        prefixes.append(owned);
    }

    Result<QList<ApiProduct>> products = ApiProduct::parseCatalog(root);
    if (!products)
        return damaged(products.errorMessage());
    // Every entry has an id and a basePath (checked above), so parseCatalog
    // skipped none and the lists stay parallel.
    Q_ASSERT(products->size() == prefixes.size());

    ProductCatalog catalog;
    catalog.m_document = root;
    catalog.m_products = std::move(products).value();
    catalog.m_prefixes = std::move(prefixes);
    return catalog;
}

QStringList ProductCatalog::pathPrefixes(const QString &id) const
{
    for (qsizetype i = 0; i < m_products.size(); ++i) {
        if (m_products.at(i).id == id)
            return m_prefixes.value(i);
    }
    return {};
}

const ApiProduct *ProductCatalog::find(const QString &id) const
{
    for (const ApiProduct &product : m_products) {
        if (product.id == id)
            return &product;
    }
    return nullptr;
}

const ApiProduct *ProductCatalog::matchPath(const QString &urlOrPath) const
{
    const QString path = urlOrPath.contains("://"_L1)
        ? QUrl(urlOrPath).path()
        : urlOrPath.section(u'?', 0, 0).section(u'#', 0, 0);
    if (path.isEmpty())
        return nullptr;

    // The gateway's rule: a product owns its prefixes and what lies below
    // them ("/v1/funds/x", "/branches/v1/branches.geojson").
    const ApiProduct *owner = nullptr;
    qsizetype ownerLength = -1;
    for (qsizetype i = 0; i < m_products.size(); ++i) {
        for (const QString &prefix : m_prefixes.at(i)) {
            const bool owns = path == prefix || path.startsWith(prefix + u'/')
                || path.startsWith(prefix + u'.');
            if (owns && prefix.size() > ownerLength) {
                owner = &m_products.at(i);
                ownerLength = prefix.size();
            }
        }
    }
    return owner ? owner : ApiProduct::matchPath(m_products, path);
}

} // namespace opc
