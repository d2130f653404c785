#pragma once

#include "collections/collection.h"
#include "common/result.h"
#include "security/secretscanner.h"

#include <QByteArray>
#include <QStringList>

namespace opc {

/// Writes a collection as Postman Collection v2.1 (runnable by newman), an
/// .http file or curl commands. Nothing leaves with a secret in it: the
/// rendered text is scanned, and an export that still holds a token-shaped
/// value is refused unless the caller asked for such values to be replaced
/// by {{secret:NAME}} references.
class CollectionExporter
{
public:
    enum class Secrets {
        Refuse, ///< fail, listing what was found
        Replace, ///< replace found values with {{secret:NAME}} references
    };

    explicit CollectionExporter(const SecretScanner &scanner = SecretScanner());

    static QStringList formats(); ///< "postman", "http", "curl"

    /// @p notices receives one line per replaced value.
    Result<QByteArray> exportCollection(const Collection &collection, const QString &format,
                                        Secrets secrets = Secrets::Refuse, QStringList *notices = nullptr) const;

    static QByteArray toPostman(const Collection &collection);
    static QByteArray toHttp(const Collection &collection);
    static QByteArray toCurl(const Collection &collection);

    /// A shell-safe single-quoted word.
    static QString shellQuote(const QString &word);

private:
    SecretScanner m_scanner;
};

} // namespace opc
