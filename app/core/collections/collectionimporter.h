#pragma once

#include "collections/collection.h"
#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace opc {

/// What happened to one item of an imported file.
struct ImportItem
{
    enum class Outcome { Imported, Skipped };
    QString path; ///< "Folder/Request", or "Folder/Request (pre-request script)"
    Outcome outcome = Outcome::Imported;
    QString reason; ///< why it was skipped, or a remark on what was changed

    bool imported() const { return outcome == Outcome::Imported; }
};

struct ImportResult
{
    Collection collection;
    QList<ImportItem> items;

    int importedCount() const;
    int skippedCount() const;
};

/// Bounds for importing a file written elsewhere (RELIABILITY-BAR DATA-08).
struct ImportLimits
{
    qint64 maxInputBytes = 64 * 1024 * 1024;
    int maxRequests = 20000;
    int maxDepth = 32;
};

/// Reads one foreign format into a Collection, reporting per item what was
/// imported and what was skipped and why. Nothing is ever dropped silently
/// and no script is ever run. One subclass per format.
class CollectionImporter
{
public:
    virtual ~CollectionImporter() = default;

    virtual QString format() const = 0; ///< "postman", "http", "curl", "openapi"
    /// @p sourceName names the collection when the file has no name of its own.
    virtual Result<ImportResult> import(const QByteArray &data, const QString &sourceName) const = 0;

    void setLimits(const ImportLimits &limits) { m_limits = limits; }
    const ImportLimits &limits() const { return m_limits; }

    static QStringList formats();
    /// nullptr for an unknown format name.
    static std::unique_ptr<CollectionImporter> create(const QString &format);
    /// Guesses the format from the file name and the first bytes; empty if unsure.
    static QString detectFormat(const QString &fileName, const QByteArray &data);

protected:
    /// The JSON formats' common start: the input size limit, then parsing
    /// into an object. @p what names the format in the error ("a Postman
    /// collection"); the error code is "parse".
    Result<QJsonObject> parseJsonObject(const QByteArray &data, const QString &what) const;

    ImportLimits m_limits;
};

/// Splits "path?a=1&b" into the path and query rows, as typed (no decoding,
/// so {{variables}} stay as they are).
void splitQuery(const QString &url, QString *path, QList<KeyValue> *query);

} // namespace opc
