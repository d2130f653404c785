#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace opc {

/// Crash- and disk-full-safe file writes, and the "keep bad files aside" rule.
/// Every file the console owns is written through here: the old content stays
/// intact until the new content is completely on disk.
namespace AtomicFile {

enum class Privacy {
    Shared,  ///< ordinary user data (collections, settings): umask applies
    Private, ///< secrets and vaults: 0600, parent folder 0700
};

/// Writes @p data to @p path atomically (QSaveFile: temp file + fsync +
/// rename). On failure the old file is untouched and the error says why.
Status write(const QString &path, const QByteArray &data, Privacy privacy = Privacy::Shared);

/// Reads a whole file; a clear error when it is missing or unreadable.
Result<QByteArray> read(const QString &path, qint64 maxBytes = 256 * 1024 * 1024);

/// Moves an unreadable or corrupt file to "<path>.corrupt-<UTC timestamp>"
/// so that nothing overwrites it, and returns the new path.
Result<QString> quarantine(const QString &path);

} // namespace AtomicFile
} // namespace opc
