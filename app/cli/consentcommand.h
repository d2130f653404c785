#pragma once

#include <QStringList>

namespace opc::cli {

/// `opconsole-cli consent ais|pis|cof --app NAME [--env E] [--user ID]
/// [--approve|--reject] [--json]` runs a PSD2 consent flow as the stored
/// application NAME, the simulator's test user deciding at once; `consent
/// list --app NAME [--json]` lists the application's consents, `consent
/// revoke ID` withdraws one. Tokens stay in the vault and are never
/// printed. Exit code 0 when the consent is authorized (or listed,
/// revoked), 1 when the user rejected it, 2 when it could not run.
int runConsent(const QStringList &arguments);

} // namespace opc::cli
