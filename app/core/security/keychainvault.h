#pragma once

#include "common/result.h"
#include "security/secretstore.h"

namespace opc {

class EncryptedFileVault;

/// The vault file unlocked through the OS keychain (QtKeychain). The
/// keychain holds only a random 32-byte key-encryption key, which wraps the
/// vault's data key in the file's keychain slot; the secrets stay in the
/// file. There is never a plain-text fallback: when no keychain answers,
/// probe() says so and the caller uses the passphrase instead.
class KeychainVault : public SecretStore
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 3000;

    KeychainVault(EncryptedFileVault *file, const QString &service = QStringLiteral("opconsole"),
        QObject *parent = nullptr);

    /// Writes, reads back and deletes a marker entry. QtKeychain reports
    /// itself available even without a Secret Service, so only a real
    /// round trip tells. The answer is remembered; error code "no-keychain".
    Status probe(int timeoutMs = kDefaultTimeoutMs);
    bool probed() const { return m_probed; }
    bool available() const { return m_available; }
    /// What the keychain said when the probe failed (for the details view).
    QString probeDetail() const { return m_probeDetail; }

    /// Reads the key from the keychain and opens the file's keychain slot.
    Status unlock(int timeoutMs = kDefaultTimeoutMs);
    /// With the file unlocked (by passphrase): stores a new key in the
    /// keychain and adds the keychain slot to the file.
    Status enroll(int timeoutMs = kDefaultTimeoutMs);
    /// Removes the keychain entry and the slot; the passphrase still works.
    Status forget(int timeoutMs = kDefaultTimeoutMs);

    /// Unlocks through the keychain when one answers, else with
    /// @p passphrase (or OPC_VAULT_PASSPHRASE when it is empty). The result
    /// is the notice to show when the fallback was taken (empty otherwise).
    Result<QString> unlockWithFallback(
        const QString &passphrase, int timeoutMs = kDefaultTimeoutMs);

    bool isUnlocked() const override;
    void lock() override;
    Status put(const QString &id, const QString &kind, const QByteArray &value,
        const QStringList &allowedHosts = {}) override;
    Result<QByteArray> get(const QString &id) override;
    Result<QStringList> allowedHosts(const QString &id) override;
    Result<QString> kind(const QString &id) override;
    Status remove(const QString &id) override;
    QStringList ids() const override;

    static QString unavailableMessage();

private:
    QString entryKey() const;
    Status requireKeychain(int timeoutMs);

    EncryptedFileVault *m_file;
    QString m_service;
    bool m_probed = false;
    bool m_available = false;
    QString m_probeDetail;
};

} // namespace opc
