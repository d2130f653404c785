#pragma once

#include "collections/collectionimporter.h"

namespace opc {

/// Postman Collection v2.1: folders, requests, variables, apikey/bearer/noauth
/// auth (inherited from folders and the collection as Postman does), raw,
/// urlencoded and form-data bodies. Scripts, saved responses, file bodies and
/// other auth kinds are reported as skipped, never run.
class PostmanImporter : public CollectionImporter
{
public:
    QString format() const override { return QStringLiteral("postman"); }
    Result<ImportResult> import(const QByteArray &data, const QString &sourceName) const override;
};

} // namespace opc
