#pragma once

#include <QStringList>

namespace opc::cli {

/// `opconsole-cli import FILE [--format postman|http|curl|openapi] --to DIR`:
/// prints per item what was imported and what was skipped. Exit code 0 when
/// anything was imported, 1 when nothing was (or it could not be saved), 2
/// when the file is unreadable or not in the given format, or on bad usage.
int runImport(const QStringList &arguments);

/// `opconsole-cli export DIR --format postman|http|curl --out FILE
/// [--replace-secrets]`: 0 when written, 1 when refused because of a
/// secret-looking value, 2 when the collection cannot be read or on bad usage.
int runExport(const QStringList &arguments);

} // namespace opc::cli
