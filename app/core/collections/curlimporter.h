#pragma once

#include "collections/collectionimporter.h"

#include <QStringList>

namespace opc {

/// curl commands as API documentation prints them: -X, -H, -d/--data/
/// --data-raw/--data-binary/--data-urlencode, -u, --url, -G, shell quoting
/// and backslash line continuations. Several commands in one text become
/// several requests. Options that cannot be represented are reported.
class CurlImporter : public CollectionImporter
{
public:
    QString format() const override { return QStringLiteral("curl"); }
    Result<ImportResult> import(const QByteArray &data, const QString &sourceName) const override;

    /// Splits shell text into commands (by unquoted newlines and ';') and
    /// words, honouring '...', "...", $'...' and backslash escapes.
    static QList<QStringList> tokenize(const QString &text);
};

} // namespace opc
