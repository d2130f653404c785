#pragma once

#include "common/result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace opc::RunData {

/// Iteration data of a collection run: one row of variables per iteration,
/// from a JSON array of objects (values that are not strings as JSON text)
/// or a CSV file with a header row (one record per line, fields in double
/// quotes may hold commas and "" for a quote). A file that cannot be
/// read or parsed gives a sentence naming it and, for CSV, the line.
Result<QList<QMap<QString, QString>>> load(const QString &path);

} // namespace opc::RunData
