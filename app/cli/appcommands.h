#pragma once

#include <QStringList>

namespace opc::cli {

/// `opconsole-cli app add NAME --env local|sandbox|production
/// [--api-key K --api-secret S|- | --register] [--product ID]...`,
/// `app list`, `app remove NAME`. Keys and secrets go to the vault, whose
/// passphrase comes from OPCONSOLE_VAULT_PASSPHRASE (or
/// OPC_VAULT_PASSPHRASE). Exit code 0 on success, 1 when refused (a name
/// taken, an unknown application), 2 on bad usage or a vault error.
int runApp(const QStringList &arguments);

/// `opconsole-cli token add NAME VALUE|-`, `token remove NAME`,
/// `token list` (values never printed). Same exit codes as runApp().
int runToken(const QStringList &arguments);

} // namespace opc::cli
