#pragma once

#include "collections/collectionimporter.h"

namespace opc {

/// OpenAPI 3 (JSON): one request per operation, grouped in folders by the
/// operation's first tag, with the first server as {{baseUrl}} and example
/// bodies and parameter examples filled in where the document has them.
class OpenApiImporter : public CollectionImporter
{
public:
    QString format() const override { return QStringLiteral("openapi"); }
    Result<ImportResult> import(const QByteArray &data, const QString &sourceName) const override;
};

} // namespace opc
