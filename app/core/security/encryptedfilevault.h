#pragma once

#include "common/result.h"
#include "security/secretstore.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QString>

namespace opc {

/// The secret vault file (see VAULT.md): one file holding every secret as
/// an AES-256-GCM record under a random data key (DEK), the DEK wrapped by a
/// passphrase slot (scrypt) and optionally by a keychain slot. Nothing is
/// ever written while loading, so a damaged file stays exactly as it was
/// until the caller chooses startFresh().
///
/// For headless and CI use the passphrase may come from the environment
/// variable OPC_VAULT_PASSPHRASE (see unlockFromEnvironment()).
///
/// unlock(), create() and changePassphrase() run scrypt (about a third of a
/// second at the default cost) on the calling thread; a GUI uses
/// unlockAsync() and createAsync(), which run scrypt on a worker thread and
/// apply the result on the vault's own thread.
class EncryptedFileVault : public SecretStore
{
    Q_OBJECT
public:
    struct Options
    {
        /// scrypt cost exponent for new files (N = 2^log2N). Tests lower it
        /// to stay fast; existing files always open with the cost recorded
        /// in their header.
        int scryptLog2N = 17;
        quint32 scryptR = 8;
        quint32 scryptP = 1;
    };

    static constexpr const char *kPassphraseEnvVar = "OPC_VAULT_PASSPHRASE";

    explicit EncryptedFileVault(const QString &path, QObject *parent = nullptr);
    EncryptedFileVault(const QString &path, const Options &options, QObject *parent = nullptr);
    ~EncryptedFileVault() override;

    QString path() const { return m_path; }
    bool exists() const;

    /// Creates a new, empty vault file protected by @p passphrase and leaves
    /// it unlocked. Refuses to replace an existing file.
    Status create(const QString &passphrase);

    /// Errors carry the code "wrong-passphrase" or "corrupt" (or "missing").
    Status unlock(const QString &passphrase);
    /// create() and unlock() with the key derivation on a worker thread; the
    /// future finishes on this object's thread. Start one at a time.
    QFuture<Status> createAsync(const QString &passphrase);
    QFuture<Status> unlockAsync(const QString &passphrase);
    /// Unlocks through the keychain slot with a 32-byte key-encryption key.
    Status unlockWithKey(const QByteArray &kek);
    /// Unlocks with OPC_VAULT_PASSPHRASE; error code "no-passphrase" when unset.
    Status unlockFromEnvironment();
    static QString passphraseFromEnvironment();

    bool isUnlocked() const override;
    void lock() override;

    Status put(const QString &id, const QString &kind, const QByteArray &value,
        const QStringList &allowedHosts = {}) override;
    Result<QByteArray> get(const QString &id) override;
    Result<QStringList> allowedHosts(const QString &id) override;
    Result<QString> kind(const QString &id) override;
    Status remove(const QString &id) override;
    QStringList ids() const override;

    /// Records whose tag did not verify at the last unlock. They are kept
    /// byte for byte in the file; get() reports "failed authentication".
    QStringList failedRecords() const;

    Status changePassphrase(const QString &oldPassphrase, const QString &newPassphrase);

    /// Wraps the DEK under @p kek (the key kept in the OS keychain).
    Status addKeychainSlot(const QByteArray &kek);
    Status removeKeychainSlot();
    bool hasKeychainSlot() const;

    /// Writes every readable secret to a new vault file at @p path protected
    /// by @p backupPassphrase (new salt, new DEK). Returns the record count.
    Result<int> exportBackup(const QString &path, const QString &backupPassphrase);
    /// Copies every secret of the backup into this vault (same ids are
    /// replaced). Returns the number of records imported.
    Result<int> importBackup(const QString &path, const QString &backupPassphrase);

    /// The user chose to start over after a load error: moves the damaged
    /// file aside (never deletes it) and returns where it went.
    Result<QString> startFresh();

private:
    struct Record
    {
        QString id;
        QString kind;
        QByteArray sealed; // nonce || ciphertext || tag, kept as read
        bool failed = false;
    };
    struct Header
    {
        quint8 kdfId = 1;
        quint8 log2N = 17;
        quint32 r = 8;
        quint32 p = 1;
        QByteArray salt;
        QByteArray keychainSlot;
        QByteArray passphraseSlot;
        QByteArray canary;
    };

    Status load(const QByteArray &kek, bool viaKeychain);
    Status parse(const QByteArray &bytes, Header &header, QList<Record> &records) const;
    QByteArray serialize() const;
    Status save();
    QByteArray aadPrefix(const Header &header) const;
    QByteArray recordAad(const QString &id, const QString &kind) const;
    static Result<QByteArray> derive(const QString &passphrase, const Header &header);
    static Result<QByteArray> deriveOnWorker(const QString &passphrase, const Header &header);
    Status beginCreate(Header &header, QByteArray &dek);
    Status finishCreate(Header header, QByteArray dek, Result<QByteArray> kek);
    Status beginUnlock(Header &header, QList<Record> &records);
    Status finishUnlock(const Header &header, const QList<Record> &records, Result<QByteArray> kek);
    qsizetype indexOf(const QString &id) const;
    Result<QByteArray> openPayload(const QString &id);
    void clearState();

    QString m_path;
    Options m_options;
    Header m_header;
    QList<Record> m_records;
    QByteArray m_dek;
};

} // namespace opc
