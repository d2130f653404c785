#pragma once

#include "collections/collection.h"
#include "common/result.h"
#include "security/secretscanner.h"

#include <QByteArray>
#include <QStringList>

namespace opc {

/// Writes a collection as Postman Collection v2.1 (runnable by newman, the
/// assertions and captures as test scripts; see PostmanScripts), an
/// .http file or curl commands. Nothing leaves with a secret in it: the
/// rendered text is scanned, and an export that still holds a token-shaped
/// value is refused unless the caller asked for such values to be replaced
/// by {{secret:NAME}} references.
///
/// A request saved as a path relative to the environment's base URL is
/// written as {{baseUrl}}/path, and the collection gets a baseUrl variable
/// when it has none (Postman and .http runners need a host): its value is
/// the base URL given here, empty when none was given, so that a runner's
/// environment (newman --env-var baseUrl=...) supplies it.
class CollectionExporter
{
public:
    enum class Secrets {
        Refuse, ///< fail, listing what was found
        Replace, ///< replace found values with {{secret:NAME}} references
    };

    explicit CollectionExporter(const SecretScanner &scanner = SecretScanner());

    static QStringList formats(); ///< "postman", "http", "curl"

    /// The base URL relative paths are exported against, normally the
    /// current environment's; used only when the collection has no enabled
    /// baseUrl variable of its own.
    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    QString baseUrl() const { return m_baseUrl; }

    /// @p notices receives one line per replaced value.
    Result<QByteArray> exportCollection(const Collection &collection, const QString &format,
                                        Secrets secrets = Secrets::Refuse, QStringList *notices = nullptr) const;

    static QByteArray toPostman(const Collection &collection, const QString &baseUrl = {});
    static QByteArray toHttp(const Collection &collection, const QString &baseUrl = {});
    static QByteArray toCurl(const Collection &collection);

    /// @p collection with relative request paths as {{baseUrl}}/path and a
    /// baseUrl variable (@p baseUrl) added when they need one it lacks.
    static Collection withBaseUrlVariable(const Collection &collection, const QString &baseUrl);

    /// A shell-safe single-quoted word.
    static QString shellQuote(const QString &word);

private:
    SecretScanner m_scanner;
    QString m_baseUrl;
};

} // namespace opc
