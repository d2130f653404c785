#include "clivault.h"

#include "security/encryptedfilevault.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace opc::cli {

QString vaultPassphrase()
{
    const QString fromNew = qEnvironmentVariable("OPCONSOLE_VAULT_PASSPHRASE");
    return fromNew.isEmpty() ? EncryptedFileVault::passphraseFromEnvironment() : fromNew;
}

std::unique_ptr<EncryptedFileVault> openVault(const QString &dir, bool create, QString *error)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("opconsole-cli", text); };
    auto vault = std::make_unique<EncryptedFileVault>(QDir(dir).filePath(u"vault.opcv"_s));
    const QString pass = vaultPassphrase();
    if (pass.isEmpty()) {
        *error = tr("set OPCONSOLE_VAULT_PASSPHRASE to the secret vault's passphrase: keys, secrets and tokens "
                    "are kept only there.");
        return nullptr;
    }
    Status opened;
    if (vault->exists()) {
        opened = vault->unlock(pass);
    } else if (create) {
        QDir().mkpath(dir);
        opened = vault->create(pass);
    } else {
        *error = tr("there is no secret vault in %1 yet.").arg(QDir::toNativeSeparators(dir));
        return nullptr;
    }
    if (!opened) {
        *error = opened.errorMessage();
        return nullptr;
    }
    return vault;
}

} // namespace opc::cli
