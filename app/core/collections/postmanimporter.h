#pragma once

#include "collections/collectionimporter.h"

namespace opc {

/// Postman Collection v2.1: folders, requests, variables, apikey/bearer/noauth
/// auth (inherited from folders and the collection as Postman does), raw,
/// urlencoded and form-data bodies. The checks of test scripts that
/// PostmanScripts can read become assertions and captures (a folder's or the
/// collection's of every request beneath it); every other pm.test, every
/// other script, saved responses, file bodies and other auth kinds are
/// reported as skipped. No script is ever run.
class PostmanImporter : public CollectionImporter
{
public:
    QString format() const override { return QStringLiteral("postman"); }
    Result<ImportResult> import(const QByteArray &data, const QString &sourceName) const override;
};

} // namespace opc
