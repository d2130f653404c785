#include "security/keychainvault.h"

#include "security/encryptedfilevault.h"
#include "security/vaultcrypto.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace opc {

namespace {

struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QByteArray data;
};

/// Runs one QtKeychain job to completion or until @p timeoutMs passes. A
/// keychain that never answers (a hung D-Bus peer) must not hang the
/// console; the job then finishes, and deletes itself, in the background.
std::shared_ptr<JobOutcome> runJob(QKeychain::Job *job, int timeoutMs)
{
    auto outcome = std::make_shared<JobOutcome>();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [outcome, &loop](QKeychain::Job *j) {
        outcome->finished = true;
        outcome->error = j->error();
        outcome->message = j->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j)) {
            outcome->data = read->binaryData();
        }
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!outcome->finished) {
        outcome->error = QKeychain::OtherError;
        outcome->message = QCoreApplication::translate("opc::KeychainVault", "The keychain did not answer within %1 ms.").arg(timeoutMs);
    }
    return outcome;
}
} // namespace

KeychainVault::KeychainVault(EncryptedFileVault *file, const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_file(file)
    , m_service(service)
{
    connect(m_file, &SecretStore::lockedChanged, this, &SecretStore::lockedChanged);
}

QString KeychainVault::unavailableMessage()
{
    return QCoreApplication::translate("opc::KeychainVault", "No keychain service is available: using the passphrase vault");
}

QString KeychainVault::entryKey() const
{
    // One entry per vault file, named after its path without revealing it.
    const QByteArray path = QFileInfo(m_file->path()).absoluteFilePath().toUtf8();
    return QStringLiteral("vault-kek-")
        + QString::fromLatin1(
            QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(16));
}

Status KeychainVault::probe(int timeoutMs)
{
    m_probed = true;
    m_available = false;
    const QString key = QStringLiteral("probe");
    auto *write = new QKeychain::WritePasswordJob(m_service);
    write->setKey(key);
    write->setBinaryData(QByteArrayLiteral("opc-probe"));
    auto written = runJob(write, timeoutMs);
    if (written->error != QKeychain::NoError) {
        m_probeDetail = written->message;
        return Status::failure(unavailableMessage(), QStringLiteral("no-keychain"));
    }
    auto *read = new QKeychain::ReadPasswordJob(m_service);
    read->setKey(key);
    auto readBack = runJob(read, timeoutMs);
    auto *del = new QKeychain::DeletePasswordJob(m_service);
    del->setKey(key);
    runJob(del, timeoutMs);
    if (readBack->error != QKeychain::NoError || readBack->data != "opc-probe") {
        m_probeDetail = readBack->message;
        return Status::failure(unavailableMessage(), QStringLiteral("no-keychain"));
    }
    m_available = true;
    return {};
}

Status KeychainVault::requireKeychain(int timeoutMs)
{
    if (!m_probed) {
        if (Status s = probe(timeoutMs); !s) {
            return s;
        }
    }
    if (!m_available) {
        return Status::failure(unavailableMessage(), QStringLiteral("no-keychain"));
    }
    return {};
}

Status KeychainVault::unlock(int timeoutMs)
{
    if (Status s = requireKeychain(timeoutMs); !s) {
        return s;
    }
    auto *read = new QKeychain::ReadPasswordJob(m_service);
    read->setKey(entryKey());
    auto outcome = runJob(read, timeoutMs);
    if (outcome->error == QKeychain::EntryNotFound) {
        return Status::failure(
            QCoreApplication::translate("opc::KeychainVault", "The keychain has no key for this vault yet."), QStringLiteral("not-enrolled"));
    }
    if (outcome->error != QKeychain::NoError) {
        return Status::failure(
            QCoreApplication::translate("opc::KeychainVault", "The keychain refused to give the vault key: %1").arg(outcome->message),
            QStringLiteral("keychain-error"));
    }
    Status s = m_file->unlockWithKey(outcome->data);
    VaultCrypto::wipe(outcome->data);
    if (s) {
        touch();
    }
    return s;
}

Status KeychainVault::enroll(int timeoutMs)
{
    if (!m_file->isUnlocked()) {
        return Status::failure(
            QCoreApplication::translate("opc::KeychainVault", "Unlock the vault with its passphrase first."), QStringLiteral("locked"));
    }
    if (Status s = requireKeychain(timeoutMs); !s) {
        return s;
    }
    QByteArray kek = VaultCrypto::randomBytes(VaultCrypto::kKeySize);
    auto *write = new QKeychain::WritePasswordJob(m_service);
    write->setKey(entryKey());
    write->setBinaryData(kek);
    auto outcome = runJob(write, timeoutMs);
    if (outcome->error != QKeychain::NoError) {
        VaultCrypto::wipe(kek);
        return Status::failure(
            QCoreApplication::translate("opc::KeychainVault", "The keychain refused to store the vault key: %1").arg(outcome->message),
            QStringLiteral("keychain-error"));
    }
    Status s = m_file->addKeychainSlot(kek);
    VaultCrypto::wipe(kek);
    return s;
}

Status KeychainVault::forget(int timeoutMs)
{
    if (m_file->isUnlocked()) {
        if (Status s = m_file->removeKeychainSlot(); !s) {
            return s;
        }
    }
    if (Status s = requireKeychain(timeoutMs); !s) {
        return s;
    }
    auto *del = new QKeychain::DeletePasswordJob(m_service);
    del->setKey(entryKey());
    auto outcome = runJob(del, timeoutMs);
    if (outcome->error != QKeychain::NoError && outcome->error != QKeychain::EntryNotFound) {
        return Status::failure(outcome->message, QStringLiteral("keychain-error"));
    }
    return {};
}

Result<QString> KeychainVault::unlockWithFallback(const QString &passphrase, int timeoutMs)
{
    QString notice;
    if (Status s = unlock(timeoutMs); s) {
        return QString();
    } else {
        notice = s.errorCode() == QStringLiteral("no-keychain") ? unavailableMessage()
                                                                : s.errorMessage();
    }
    const Status s
        = passphrase.isEmpty() ? m_file->unlockFromEnvironment() : m_file->unlock(passphrase);
    if (!s) {
        return Result<QString>::failure(s.errorMessage(), s.errorCode());
    }
    return notice;
}

bool KeychainVault::isUnlocked() const
{
    return m_file->isUnlocked();
}

void KeychainVault::lock()
{
    stopIdleTimer();
    m_file->lock();
}

Status KeychainVault::put(const QString &id, const QString &kind, const QByteArray &value,
    const QStringList &allowedHosts)
{
    touch();
    return m_file->put(id, kind, value, allowedHosts);
}

Result<QByteArray> KeychainVault::get(const QString &id)
{
    touch();
    return m_file->get(id);
}

Result<QStringList> KeychainVault::allowedHosts(const QString &id)
{
    return m_file->allowedHosts(id);
}

Result<QString> KeychainVault::kind(const QString &id)
{
    return m_file->kind(id);
}

Status KeychainVault::remove(const QString &id)
{
    touch();
    return m_file->remove(id);
}

QStringList KeychainVault::ids() const
{
    return m_file->ids();
}

} // namespace opc
