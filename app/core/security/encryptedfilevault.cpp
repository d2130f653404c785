#include "security/encryptedfilevault.h"

#include "common/atomicfile.h"
#include "security/vaultcrypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrentRun>

#include <openssl/crypto.h>
#include <QtEndian>

namespace opc {

namespace {

constexpr char kMagic[] = "OPCV";
constexpr quint8 kFormat = 1;
constexpr quint8 kKdfScrypt = 1;
constexpr quint8 kSlotKeychain = 0x01;
constexpr quint8 kSlotPassphrase = 0x02;
constexpr int kSlotSize = VaultCrypto::kNonceSize + VaultCrypto::kKeySize + VaultCrypto::kTagSize;
const QByteArray kCanaryText = QByteArrayLiteral("opc-vault-ok");
constexpr int kCanarySize = VaultCrypto::kNonceSize + 12 + VaultCrypto::kTagSize;
// A vault holds a few thousand small records; anything beyond this is not ours.
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

Status corrupt(const QString &path)
{
    return Status::failure(
        QCoreApplication::translate("opc::EncryptedFileVault", "The vault file is corrupt: %1. It was left unchanged; you can move it aside and "
           "start a new vault.")
            .arg(QDir::toNativeSeparators(path)),
        QStringLiteral("corrupt"));
}

void appendU16(QByteArray &out, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}

void appendU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void appendString(QByteArray &out, const QString &s)
{
    const QByteArray u = s.toUtf8();
    appendU16(out, quint16(u.size()));
    out.append(u);
}

/// Bounds-checked reader: every read past the end marks the input bad
/// instead of reading garbage, so a truncated file is always "corrupt".
class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_data(data)
    { }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_data.size(); }
    qsizetype pos() const { return m_pos; }
    QByteArray bytes(qsizetype n)
    {
        if (!m_ok || n < 0 || m_data.size() - m_pos < n) {
            m_ok = false;
            return {};
        }
        QByteArray out = m_data.mid(m_pos, n);
        m_pos += n;
        return out;
    }
    quint8 u8()
    {
        const QByteArray b = bytes(1);
        return m_ok ? quint8(b.at(0)) : 0;
    }
    quint16 u16()
    {
        const QByteArray b = bytes(2);
        return m_ok ? qFromBigEndian<quint16>(b.constData()) : 0;
    }
    quint32 u32()
    {
        const QByteArray b = bytes(4);
        return m_ok ? qFromBigEndian<quint32>(b.constData()) : 0;
    }
    QString string()
    {
        const quint16 n = u16();
        return QString::fromUtf8(bytes(n));
    }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

QByteArray encodePayload(const QStringList &hosts, const QByteArray &value)
{
    QByteArray out;
    appendU16(out, quint16(hosts.size()));
    for (const QString &h : hosts) {
        appendString(out, h);
    }
    out.append(value);
    return out;
}

QByteArray labelled(const QByteArray &prefix, const char *label)
{
    return prefix + QByteArray(label);
}

bool decodePayload(const QByteArray &payload, QStringList *hosts, QByteArray *value)
{
    Reader r(payload);
    const quint16 n = r.u16();
    QStringList list;
    for (int i = 0; i < n && r.ok(); ++i) {
        list.append(r.string());
    }
    if (!r.ok()) {
        return false;
    }
    if (hosts) {
        *hosts = list;
    }
    if (value) {
        *value = payload.mid(r.pos());
    }
    return true;
}
} // namespace

EncryptedFileVault::EncryptedFileVault(const QString &path, QObject *parent)
    : EncryptedFileVault(path, Options {}, parent)
{ }

EncryptedFileVault::EncryptedFileVault(const QString &path, const Options &options, QObject *parent)
    : SecretStore(parent)
    , m_path(path)
    , m_options(options)
{ }

EncryptedFileVault::~EncryptedFileVault()
{
    clearState();
}

bool EncryptedFileVault::exists() const
{
    return QFileInfo::exists(m_path);
}

bool EncryptedFileVault::isUnlocked() const
{
    return !m_dek.isEmpty();
}

void EncryptedFileVault::clearState()
{
    VaultCrypto::wipe(m_dek);
    m_records.clear();
    m_header = Header {};
}

void EncryptedFileVault::lock()
{
    const bool wasUnlocked = isUnlocked();
    clearState();
    stopIdleTimer();
    if (wasUnlocked) {
        Q_EMIT lockedChanged(true);
    }
}

QByteArray EncryptedFileVault::aadPrefix(const Header &header) const
{
    // Everything before the salt: changing the passphrase (new salt) then
    // only rewraps the passphrase slot, while a record still cannot move to
    // another file format or KDF description unnoticed.
    QByteArray out(kMagic, 4);
    out.append(char(kFormat));
    out.append(char(header.kdfId));
    out.append(char(header.log2N));
    appendU32(out, header.r);
    appendU32(out, header.p);
    return out;
}

QByteArray EncryptedFileVault::recordAad(const QString &id, const QString &kind) const
{
    QByteArray aad = aadPrefix(m_header);
    appendString(aad, id);
    appendString(aad, kind);
    return aad;
}

Result<QByteArray> EncryptedFileVault::deriveOnWorker(const QString &passphrase, const Header &header)
{
    Result<QByteArray> kek = derive(passphrase, header);
    // Pool threads outlive the call: free OpenSSL's per-thread state (its
    // error queue) now instead of leaving it to a thread exit that may come
    // after the process has started to end.
    OPENSSL_thread_stop();
    return kek;
}

Result<QByteArray> EncryptedFileVault::derive(const QString &passphrase, const Header &header)
{
    QByteArray pass = passphrase.toUtf8();
    Result<QByteArray> kek
        = VaultCrypto::scrypt(pass, header.salt, header.log2N, header.r, header.p);
    VaultCrypto::wipe(pass);
    return kek;
}

Status EncryptedFileVault::parse(
    const QByteArray &bytes, Header &header, QList<Record> &records) const
{
    Reader r(bytes);
    if (r.bytes(4) != QByteArray(kMagic, 4) || r.u8() != kFormat) {
        return corrupt(m_path);
    }
    header.kdfId = r.u8();
    if (header.kdfId != kKdfScrypt) {
        return r.ok() ? Status::failure(QCoreApplication::translate("opc::EncryptedFileVault", "The vault uses a key derivation this version does not "
                                           "know (id %1).")
                                            .arg(header.kdfId),
                   QStringLiteral("unsupported"))
                      : corrupt(m_path);
    }
    header.log2N = r.u8();
    header.r = r.u32();
    header.p = r.u32();
    header.salt = r.bytes(VaultCrypto::kSaltSize);
    const quint8 slots = r.u8();
    if (slots & ~(kSlotKeychain | kSlotPassphrase)) {
        return corrupt(m_path);
    }
    if (slots & kSlotKeychain) {
        header.keychainSlot = r.bytes(kSlotSize);
    }
    if (slots & kSlotPassphrase) {
        header.passphraseSlot = r.bytes(kSlotSize);
    }
    header.canary = r.bytes(kCanarySize);
    const quint32 count = r.u32();
    if (!r.ok() || count > quint32(bytes.size())) {
        return corrupt(m_path);
    }
    for (quint32 i = 0; i < count && r.ok(); ++i) {
        Record rec;
        rec.id = r.string();
        rec.kind = r.string();
        const quint32 len = r.u32();
        if (len < quint32(VaultCrypto::kNonceSize + VaultCrypto::kTagSize)) {
            return corrupt(m_path);
        }
        rec.sealed = r.bytes(len);
        records.append(rec);
    }
    if (!r.ok() || !r.atEnd()) {
        return corrupt(m_path);
    }
    return {};
}

QByteArray EncryptedFileVault::serialize() const
{
    QByteArray out = aadPrefix(m_header);
    out.append(m_header.salt);
    quint8 slots = 0;
    if (!m_header.keychainSlot.isEmpty()) {
        slots |= kSlotKeychain;
    }
    if (!m_header.passphraseSlot.isEmpty()) {
        slots |= kSlotPassphrase;
    }
    out.append(char(slots));
    out.append(m_header.keychainSlot);
    out.append(m_header.passphraseSlot);
    out.append(m_header.canary);
    appendU32(out, quint32(m_records.size()));
    for (const Record &rec : m_records) {
        appendString(out, rec.id);
        appendString(out, rec.kind);
        appendU32(out, quint32(rec.sealed.size()));
        out.append(rec.sealed);
    }
    return out;
}

Status EncryptedFileVault::save()
{
    return AtomicFile::write(m_path, serialize(), AtomicFile::Privacy::Private);
}

Status EncryptedFileVault::create(const QString &passphrase)
{
    Header header;
    QByteArray dek;
    if (Status s = beginCreate(header, dek); !s) {
        return s;
    }
    return finishCreate(header, dek, derive(passphrase, header));
}

Status EncryptedFileVault::beginCreate(Header &header, QByteArray &dek)
{
    if (exists()) {
        return Status::failure(QCoreApplication::translate("opc::EncryptedFileVault", "A vault already exists at %1; it was not replaced.")
                                   .arg(QDir::toNativeSeparators(m_path)),
            QStringLiteral("exists"));
    }
    lock();
    header.kdfId = kKdfScrypt;
    header.log2N = quint8(m_options.scryptLog2N);
    header.r = m_options.scryptR;
    header.p = m_options.scryptP;
    header.salt = VaultCrypto::randomBytes(VaultCrypto::kSaltSize);
    dek = VaultCrypto::randomBytes(VaultCrypto::kKeySize);
    if (header.salt.isEmpty() || dek.isEmpty()) {
        return Status::failure(QCoreApplication::translate("opc::EncryptedFileVault", "The system has no source of secure random numbers."));
    }
    return {};
}

Status EncryptedFileVault::finishCreate(Header header, QByteArray dek, Result<QByteArray> kek)
{
    if (!kek) {
        VaultCrypto::wipe(dek);
        return Status::failure(kek.errorMessage());
    }
    if (exists()) {
        VaultCrypto::wipe(dek);
        VaultCrypto::wipe(kek.value());
        return Status::failure(QCoreApplication::translate("opc::EncryptedFileVault", "A vault already exists at %1; it was not replaced.")
                                   .arg(QDir::toNativeSeparators(m_path)),
            QStringLiteral("exists"));
    }
    const QByteArray prefix = aadPrefix(header);
    Result<QByteArray> slot = VaultCrypto::seal(*kek, dek, labelled(prefix, "passphrase-slot"));
    Result<QByteArray> canary = VaultCrypto::seal(dek, kCanaryText, labelled(prefix, "canary"));
    VaultCrypto::wipe(kek.value());
    if (!slot || !canary) {
        VaultCrypto::wipe(dek);
        return Status::failure(slot ? canary.errorMessage() : slot.errorMessage());
    }
    header.passphraseSlot = *slot;
    header.canary = *canary;
    m_header = header;
    m_dek = dek;
    VaultCrypto::wipe(dek);
    if (Status s = save(); !s) {
        clearState();
        return s;
    }
    touch();
    Q_EMIT lockedChanged(false);
    return {};
}

QFuture<Status> EncryptedFileVault::createAsync(const QString &passphrase)
{
    Header header;
    QByteArray dek;
    if (Status s = beginCreate(header, dek); !s) {
        return QtFuture::makeReadyValueFuture(s);
    }
    // scrypt is the slow, memory-hard part and touches no member: it runs
    // on a worker; sealing and writing happen back on this object's thread.
    return QtConcurrent::run([passphrase, header] { return deriveOnWorker(passphrase, header); })
        .then(this, [this, header, dek](Result<QByteArray> kek) {
            return finishCreate(header, dek, std::move(kek));
        });
}

Status EncryptedFileVault::unlock(const QString &passphrase)
{
    Header header;
    QList<Record> records;
    if (Status s = beginUnlock(header, records); !s) {
        return s;
    }
    return finishUnlock(header, records, derive(passphrase, header));
}

Status EncryptedFileVault::beginUnlock(Header &header, QList<Record> &records)
{
    lock();
    Result<QByteArray> bytes = AtomicFile::read(m_path, kMaxFileSize);
    if (!bytes) {
        return Status::failure(exists()
                ? bytes.errorMessage()
                : QCoreApplication::translate("opc::EncryptedFileVault", "There is no vault at %1 yet.").arg(QDir::toNativeSeparators(m_path)),
            exists() ? QStringLiteral("unreadable") : QStringLiteral("missing"));
    }
    if (Status s = parse(*bytes, header, records); !s) {
        return s;
    }
    if (header.passphraseSlot.isEmpty()) {
        return Status::failure(
            QCoreApplication::translate("opc::EncryptedFileVault", "This vault has no passphrase slot; unlock it with the keychain."),
            QStringLiteral("no-passphrase-slot"));
    }
    return {};
}

Status EncryptedFileVault::finishUnlock(
    const Header &header, const QList<Record> &records, Result<QByteArray> kek)
{
    if (!kek) {
        return Status::failure(kek.errorMessage());
    }
    m_header = header;
    m_records = records;
    Status s = load(*kek, false);
    VaultCrypto::wipe(kek.value());
    return s;
}

QFuture<Status> EncryptedFileVault::unlockAsync(const QString &passphrase)
{
    Header header;
    QList<Record> records;
    if (Status s = beginUnlock(header, records); !s) {
        return QtFuture::makeReadyValueFuture(s);
    }
    return QtConcurrent::run([passphrase, header] { return deriveOnWorker(passphrase, header); })
        .then(this, [this, header, records](Result<QByteArray> kek) {
            return finishUnlock(header, records, std::move(kek));
        });
}

Status EncryptedFileVault::unlockWithKey(const QByteArray &kek)
{
    lock();
    Result<QByteArray> bytes = AtomicFile::read(m_path, kMaxFileSize);
    if (!bytes) {
        return Status::failure(bytes.errorMessage(), QStringLiteral("unreadable"));
    }
    Header header;
    QList<Record> records;
    if (Status s = parse(*bytes, header, records); !s) {
        return s;
    }
    if (header.keychainSlot.isEmpty()) {
        return Status::failure(
            QCoreApplication::translate("opc::EncryptedFileVault", "This vault has no keychain slot; unlock it with the passphrase."),
            QStringLiteral("no-keychain-slot"));
    }
    m_header = header;
    m_records = records;
    return load(kek, true);
}

Status EncryptedFileVault::load(const QByteArray &kek, bool viaKeychain)
{
    const QByteArray prefix = aadPrefix(m_header);
    Result<QByteArray> dek = viaKeychain
        ? VaultCrypto::open(kek, m_header.keychainSlot, labelled(prefix, "keychain-slot"))
        : VaultCrypto::open(kek, m_header.passphraseSlot, labelled(prefix, "passphrase-slot"));
    if (!dek) {
        clearState();
        return viaKeychain
            ? Status::failure(
                QCoreApplication::translate("opc::EncryptedFileVault", "The keychain key does not open this vault."), QStringLiteral("wrong-key"))
            : Status::failure(QCoreApplication::translate("opc::EncryptedFileVault", "Wrong passphrase"), QStringLiteral("wrong-passphrase"));
    }
    Result<QByteArray> canary
        = VaultCrypto::open(*dek, m_header.canary, labelled(prefix, "canary"));
    if (!canary || !VaultCrypto::equal(*canary, kCanaryText)) {
        // The slot opened, so the key is right: a bad canary means damage.
        VaultCrypto::wipe(dek.value());
        clearState();
        return corrupt(m_path);
    }
    m_dek = *dek;
    VaultCrypto::wipe(dek.value());
    for (Record &rec : m_records) {
        Result<QByteArray> plain
            = VaultCrypto::open(m_dek, rec.sealed, recordAad(rec.id, rec.kind));
        rec.failed = !plain || !decodePayload(*plain, nullptr, nullptr);
        if (plain) {
            VaultCrypto::wipe(plain.value());
        }
    }
    touch();
    Q_EMIT lockedChanged(false);
    return {};
}

QString EncryptedFileVault::passphraseFromEnvironment()
{
    return qEnvironmentVariable(kPassphraseEnvVar);
}

Status EncryptedFileVault::unlockFromEnvironment()
{
    if (!qEnvironmentVariableIsSet(kPassphraseEnvVar)) {
        return Status::failure(QCoreApplication::translate("opc::EncryptedFileVault", "%1 is not set.").arg(QLatin1StringView(kPassphraseEnvVar)),
            QStringLiteral("no-passphrase"));
    }
    QString pass = passphraseFromEnvironment();
    Status s = unlock(pass);
    pass.fill(QChar(0));
    return s;
}

qsizetype EncryptedFileVault::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

Status EncryptedFileVault::put(const QString &id, const QString &kind, const QByteArray &value,
    const QStringList &allowedHosts)
{
    if (!isUnlocked()) {
        return Status::failure(QCoreApplication::translate("opc::EncryptedFileVault", "The vault is locked."), QStringLiteral("locked"));
    }
    if (id.isEmpty() || id.toUtf8().size() > 0xffff || kind.toUtf8().size() > 0xffff) {
        return Status::failure(QCoreApplication::translate("opc::EncryptedFileVault", "A secret needs a name of reasonable length."));
    }
    touch();
    QByteArray payload = encodePayload(allowedHosts, value);
    Result<QByteArray> sealed = VaultCrypto::seal(m_dek, payload, recordAad(id, kind));
    VaultCrypto::wipe(payload);
    if (!sealed) {
        return Status::failure(sealed.errorMessage());
    }
    const QList<Record> before = m_records;
    Record rec { id, kind, *sealed, false };
    const qsizetype i = indexOf(id);
    if (i >= 0) {
        m_records[i] = rec;
    } else {
        m_records.append(rec);
    }
    if (Status s = save(); !s) {
        m_records = before;
        return s;
    }
    return {};
}

Result<QByteArray> EncryptedFileVault::openPayload(const QString &id)
{
    if (!isUnlocked()) {
        return Result<QByteArray>::failure(QCoreApplication::translate("opc::EncryptedFileVault", "The vault is locked."), QStringLiteral("locked"));
    }
    touch();
    const qsizetype i = indexOf(id);
    if (i < 0) {
        return Result<QByteArray>::failure(
            QCoreApplication::translate("opc::EncryptedFileVault", "There is no secret named %1.").arg(id), QStringLiteral("not-found"));
    }
    const Record &rec = m_records.at(i);
    Result<QByteArray> plain = VaultCrypto::open(m_dek, rec.sealed, recordAad(rec.id, rec.kind));
    if (!plain) {
        return Result<QByteArray>::failure(
            QCoreApplication::translate("opc::EncryptedFileVault", "The secret %1 failed authentication: the vault file was damaged or altered.")
                .arg(id),
            QStringLiteral("auth"));
    }
    return plain;
}

Result<QByteArray> EncryptedFileVault::get(const QString &id)
{
    Result<QByteArray> plain = openPayload(id);
    if (!plain) {
        return plain;
    }
    QByteArray value;
    const bool ok = decodePayload(*plain, nullptr, &value);
    VaultCrypto::wipe(plain.value());
    if (!ok) {
        return Result<QByteArray>::failure(
            QCoreApplication::translate("opc::EncryptedFileVault", "The secret %1 is damaged.").arg(id), QStringLiteral("auth"));
    }
    return value;
}

Result<QStringList> EncryptedFileVault::allowedHosts(const QString &id)
{
    Result<QByteArray> plain = openPayload(id);
    if (!plain) {
        return Result<QStringList>::failure(plain.errorMessage(), plain.errorCode());
    }
    QStringList hosts;
    const bool ok = decodePayload(*plain, &hosts, nullptr);
    VaultCrypto::wipe(plain.value());
    if (!ok) {
        return Result<QStringList>::failure(
            QCoreApplication::translate("opc::EncryptedFileVault", "The secret %1 is damaged.").arg(id), QStringLiteral("auth"));
    }
    return hosts;
}

Result<QString> EncryptedFileVault::kind(const QString &id)
{
    const qsizetype i = indexOf(id);
    if (!isUnlocked() || i < 0) {
        return Result<QString>::failure(
            QCoreApplication::translate("opc::EncryptedFileVault", "There is no secret named %1.").arg(id), QStringLiteral("not-found"));
    }
    return m_records.at(i).kind;
}

Status EncryptedFileVault::remove(const QString &id)
{
    if (!isUnlocked()) {
        return Status::failure(QCoreApplication::translate("opc::EncryptedFileVault", "The vault is locked."), QStringLiteral("locked"));
    }
    touch();
    const qsizetype i = indexOf(id);
    if (i < 0) {
        return Status::failure(
            QCoreApplication::translate("opc::EncryptedFileVault", "There is no secret named %1.").arg(id), QStringLiteral("not-found"));
    }
    const Record old = m_records.takeAt(i);
    if (Status s = save(); !s) {
        m_records.insert(i, old);
        return s;
    }
    return {};
}

QStringList EncryptedFileVault::ids() const
{
    QStringList out;
    for (const Record &rec : m_records) {
        out.append(rec.id);
    }
    return out;
}

QStringList EncryptedFileVault::failedRecords() const
{
    QStringList out;
    for (const Record &rec : m_records) {
        if (rec.failed) {
            out.append(rec.id);
        }
    }
    return out;
}

Status EncryptedFileVault::changePassphrase(
    const QString &oldPassphrase, const QString &newPassphrase)
{
    if (!isUnlocked()) {
        if (Status s = unlock(oldPassphrase); !s) {
            return s;
        }
    }
    // Check the old passphrase against the slot even when unlocked, so an
    // unattended unlocked session cannot be used to take the vault over.
    Result<QByteArray> oldKek = derive(oldPassphrase, m_header);
    if (!oldKek) {
        return Status::failure(oldKek.errorMessage());
    }
    const QByteArray prefix = aadPrefix(m_header);
    Result<QByteArray> check
        = VaultCrypto::open(*oldKek, m_header.passphraseSlot, labelled(prefix, "passphrase-slot"));
    VaultCrypto::wipe(oldKek.value());
    if (!check) {
        return Status::failure(QCoreApplication::translate("opc::EncryptedFileVault", "Wrong passphrase"), QStringLiteral("wrong-passphrase"));
    }
    VaultCrypto::wipe(check.value());
    const Header before = m_header;
    m_header.salt = VaultCrypto::randomBytes(VaultCrypto::kSaltSize);
    Result<QByteArray> newKek = derive(newPassphrase, m_header);
    if (!newKek) {
        m_header = before;
        return Status::failure(newKek.errorMessage());
    }
    Result<QByteArray> slot
        = VaultCrypto::seal(*newKek, m_dek, labelled(prefix, "passphrase-slot"));
    VaultCrypto::wipe(newKek.value());
    if (!slot) {
        m_header = before;
        return Status::failure(slot.errorMessage());
    }
    m_header.passphraseSlot = *slot;
    if (Status s = save(); !s) {
        m_header = before;
        return s;
    }
    touch();
    return {};
}

Status EncryptedFileVault::addKeychainSlot(const QByteArray &kek)
{
    if (!isUnlocked()) {
        return Status::failure(QCoreApplication::translate("opc::EncryptedFileVault", "The vault is locked."), QStringLiteral("locked"));
    }
    Result<QByteArray> slot
        = VaultCrypto::seal(kek, m_dek, labelled(aadPrefix(m_header), "keychain-slot"));
    if (!slot) {
        return Status::failure(slot.errorMessage());
    }
    const QByteArray before = m_header.keychainSlot;
    m_header.keychainSlot = *slot;
    if (Status s = save(); !s) {
        m_header.keychainSlot = before;
        return s;
    }
    return {};
}

Status EncryptedFileVault::removeKeychainSlot()
{
    if (!isUnlocked()) {
        return Status::failure(QCoreApplication::translate("opc::EncryptedFileVault", "The vault is locked."), QStringLiteral("locked"));
    }
    const QByteArray before = m_header.keychainSlot;
    m_header.keychainSlot.clear();
    if (Status s = save(); !s) {
        m_header.keychainSlot = before;
        return s;
    }
    return {};
}

bool EncryptedFileVault::hasKeychainSlot() const
{
    return !m_header.keychainSlot.isEmpty();
}

Result<int> EncryptedFileVault::exportBackup(const QString &path, const QString &backupPassphrase)
{
    if (!isUnlocked()) {
        return Result<int>::failure(QCoreApplication::translate("opc::EncryptedFileVault", "The vault is locked."), QStringLiteral("locked"));
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        return Result<int>::failure(QCoreApplication::translate("opc::EncryptedFileVault", "A backup cannot replace the vault itself."));
    }
    EncryptedFileVault backup(path, m_options);
    if (Status s = backup.create(backupPassphrase); !s) {
        return Result<int>::failure(s.errorMessage(), s.errorCode());
    }
    int count = 0;
    for (const Record &rec : std::as_const(m_records)) {
        if (rec.failed) {
            continue; // sealed under our DEK and unreadable anyway
        }
        Result<QByteArray> plain
            = VaultCrypto::open(m_dek, rec.sealed, recordAad(rec.id, rec.kind));
        if (!plain) {
            continue;
        }
        Result<QByteArray> sealed
            = VaultCrypto::seal(backup.m_dek, *plain, backup.recordAad(rec.id, rec.kind));
        VaultCrypto::wipe(plain.value());
        if (!sealed) {
            return Result<int>::failure(sealed.errorMessage());
        }
        backup.m_records.append(Record { rec.id, rec.kind, *sealed, false });
        ++count;
    }
    if (Status s = backup.save(); !s) {
        return Result<int>::failure(s.errorMessage());
    }
    touch();
    return count;
}

Result<int> EncryptedFileVault::importBackup(const QString &path, const QString &backupPassphrase)
{
    if (!isUnlocked()) {
        return Result<int>::failure(QCoreApplication::translate("opc::EncryptedFileVault", "The vault is locked."), QStringLiteral("locked"));
    }
    EncryptedFileVault backup(path, m_options);
    if (Status s = backup.unlock(backupPassphrase); !s) {
        return Result<int>::failure(s.errorMessage(), s.errorCode());
    }
    const QList<Record> before = m_records;
    int count = 0;
    for (const Record &rec : std::as_const(backup.m_records)) {
        if (rec.failed) {
            continue;
        }
        Result<QByteArray> plain
            = VaultCrypto::open(backup.m_dek, rec.sealed, backup.recordAad(rec.id, rec.kind));
        if (!plain) {
            continue;
        }
        Result<QByteArray> sealed = VaultCrypto::seal(m_dek, *plain, recordAad(rec.id, rec.kind));
        VaultCrypto::wipe(plain.value());
        if (!sealed) {
            m_records = before;
            return Result<int>::failure(sealed.errorMessage());
        }
        const Record copy { rec.id, rec.kind, *sealed, false };
        const qsizetype i = indexOf(rec.id);
        if (i >= 0) {
            m_records[i] = copy;
        } else {
            m_records.append(copy);
        }
        ++count;
    }
    if (Status s = save(); !s) {
        m_records = before;
        return Result<int>::failure(s.errorMessage());
    }
    touch();
    return count;
}

Result<QString> EncryptedFileVault::startFresh()
{
    lock();
    if (!exists()) {
        return QString();
    }
    return AtomicFile::quarantine(m_path);
}

} // namespace opc
