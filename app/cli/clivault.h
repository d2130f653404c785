#pragma once

#include <QString>

#include <memory>

namespace opc {
class EncryptedFileVault;
}

namespace opc::cli {

/// The vault passphrase for scripts: OPCONSOLE_VAULT_PASSPHRASE, else the
/// console's own variable (EncryptedFileVault::passphraseFromEnvironment).
QString vaultPassphrase();

/// Opens (or, with @p create, makes) the vault in @p dir with the
/// passphrase from the environment. Never asks: this is for scripts.
/// Null with @p error set when it cannot.
std::unique_ptr<EncryptedFileVault> openVault(const QString &dir, bool create, QString *error);

} // namespace opc::cli
