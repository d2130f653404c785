#pragma once

#include <QStringList>

namespace opc::cli {

/// `opconsole-cli send`: one request from the command line. Returns the
/// process exit code: 0 for 2xx/3xx, 1 for 4xx/5xx, 2 when nothing usable
/// came back (bad input, TLS or connection failure).
int runSend(const QStringList &arguments);

} // namespace opc::cli
