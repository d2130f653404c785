#pragma once

#include "common/result.h"
#include "model/apiproduct.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace opc {

/// The API product catalogue as data: per product its token header,
/// signature, mTLS, security level, the request paths it owns and its
/// endpoints. The console, the command line and the simulator read the same
/// document, the one bundled from resources/catalog/op-api-catalog.json.
class ProductCatalog
{
    Q_DECLARE_TR_FUNCTIONS(opc::ProductCatalog)
public:
    /// An empty catalogue.
    ProductCatalog() = default;

    /// The catalogue bundled with the console
    /// (resources/catalog/op-api-catalog.json, compiled in).
    static const ProductCatalog &builtIn();
    /// Parses a catalogue document ({"products":[...]}, as the simulator
    /// serves it at /__catalog, optionally with "pathPrefixes" per product);
    /// a damaged one gives an error that names the product and the field.
    static Result<ProductCatalog> fromJson(const QByteArray &json);

    /// The document as read. The simulator serves it at /__catalog without
    /// the per-product "pathPrefixes".
    const QJsonObject &document() const { return m_document; }
    /// The products in document order, parsed with ApiProduct::parseCatalog.
    const QList<ApiProduct> &products() const { return m_products; }
    /// The request paths the product with @p id owns ("pathPrefixes"); empty
    /// for an unknown id or a catalogue that does not say.
    QStringList pathPrefixes(const QString &id) const;

    /// The product with @p id, or nullptr.
    const ApiProduct *find(const QString &id) const;
    /// The product a request goes to. @p urlOrPath is a path, a path with a
    /// ?query, or an absolute URL (its path is used). The product owning the
    /// longest matching path prefix wins, as at the simulator's gateway;
    /// without one, ApiProduct::matchPath decides by endpoint templates and
    /// base paths. nullptr when nothing matches.
    const ApiProduct *matchPath(const QString &urlOrPath) const;

private:
    QJsonObject m_document;
    QList<ApiProduct> m_products;
    QList<QStringList> m_prefixes; ///< parallel to m_products
};

} // namespace opc
