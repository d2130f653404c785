#pragma once

#include "collections/collectionimporter.h"

namespace opc {

/// .http / .rest files as VS Code REST Client and JetBrains HTTP Client write
/// them: "###" separators (with an optional title), "@name = value" file
/// variables, "# @name" request names, headers, a body after a blank line.
/// Bodies read from files ("< path") and response handler scripts are
/// reported as skipped; no file they name is read.
class HttpFileImporter : public CollectionImporter
{
public:
    QString format() const override { return QStringLiteral("http"); }
    Result<ImportResult> import(const QByteArray &data, const QString &sourceName) const override;
};

} // namespace opc
