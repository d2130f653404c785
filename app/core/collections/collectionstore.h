#pragma once

#include "collections/collection.h"
#include "common/result.h"
#include "security/secretscanner.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace opc {

/// Bounds on what a load reads, so that a hostile or broken collection costs
/// bounded time and memory (RELIABILITY-BAR DATA-08).
struct CollectionLimits
{
    int maxRequests = 20000;
    int maxDepth = 32; ///< folder nesting below the collection folder
    qint64 maxFileBytes = 8 * 1024 * 1024;
    int maxEntriesPerFolder = 20000;
};

/// One file that could not be loaded, and what was done about it.
struct CollectionProblem
{
    QString file; ///< path of the file as it was found
    int line = 0; ///< 1-based; 0 when not a parse error
    int column = 0;
    QString reason;
    QString movedTo; ///< where the file was moved aside, if it was

    QString describe() const;
};

struct CollectionLoad
{
    Collection collection;
    QList<CollectionProblem> problems;
    QStringList notices; ///< read-only and partial-load notices for a banner
};

struct CollectionSaveReport
{
    int filesWritten = 0; ///< files whose bytes changed
    int filesRemoved = 0;
    QStringList secretNotices; ///< values replaced by {{secret:NAME}} references
};

/// The native, git-friendly collection format: one folder per collection,
/// collection.json with name, variables and defaults, one JSON file per
/// request, a subfolder (with folder.json) per folder. Every file carries
/// "schemaVersion"; keys are sorted and indented so diffs stay small.
class CollectionStore
{
public:
    static constexpr int kSchemaVersion = 1;

    explicit CollectionStore(const CollectionLimits &limits = {});

    /// Known secret values to keep out of files besides what the scanner
    /// recognises by shape.
    void setScanner(const SecretScanner &scanner) { m_scanner = scanner; }

    /// Loads @p dir. Fails only when the folder is missing; broken files are
    /// moved aside and listed in problems while the rest loads.
    Result<CollectionLoad> load(const QString &dir) const;

    /// Writes @p collection to @p dir atomically, file by file; updates the
    /// file names in @p collection. Refused for a read-only collection.
    Result<CollectionSaveReport> save(Collection &collection, const QString &dir) const;

    static QString slug(const QString &name);

private:
    CollectionLimits m_limits;
    SecretScanner m_scanner;
};

} // namespace opc
