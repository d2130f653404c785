#pragma once

#include <QStringList>

namespace opc::cli {

/// `opconsole-cli run COLLECTION`: runs a collection's requests with their
/// assertions and captures and writes the reports. Exit code 0 when all
/// passed, 1 when a request or an assertion failed, 2 when the run could
/// not start or was cut short (quota, cancel).
int runCollection(const QStringList &arguments);

} // namespace opc::cli
