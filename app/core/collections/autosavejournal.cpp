#include "collections/autosavejournal.h"

#include "common/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opc {

namespace {


const QString kLockName = u"session.lock"_s;
const QString kSessionPrefix = u"session-"_s;

bool safeId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return pattern.match(id).hasMatch();
}

} // namespace

AutosaveJournal::AutosaveJournal(const QString &dir) : m_dir(QFileInfo(dir).absoluteFilePath()) { }

AutosaveJournal::~AutosaveJournal()
{
    // Not finish(): a destructor also runs on paths that are not a clean
    // exit, and a left-over journal costs only a recovery question.
    if (m_lock)
        m_lock->unlock();
}

QString AutosaveJournal::defaultDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"autosave"_s);
}

QString AutosaveJournal::newTabId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool AutosaveJournal::isStarted() const
{
    return m_lock && m_lock->isLocked();
}

Status AutosaveJournal::start()
{
    if (isStarted())
        return {};
    const QString session = QDir(m_dir).filePath(kSessionPrefix + newTabId());
    if (!QDir().mkpath(session))
        return Status::failure(QCoreApplication::translate("opc::AutosaveJournal", "Cannot create the autosave folder %1.").arg(QDir::toNativeSeparators(session)));
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(session, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto lock = std::make_unique<QLockFile>(QDir(session).filePath(kLockName));
    // The lock says "this run is alive"; it is never stale while we run.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        return Status::failure(
            QCoreApplication::translate("opc::AutosaveJournal", "Cannot lock the autosave folder %1.").arg(QDir::toNativeSeparators(session)));
    }
    m_sessionDir = session;
    m_lock = std::move(lock);
    return {};
}

QString AutosaveJournal::fileFor(const QString &tabId) const
{
    return QDir(m_sessionDir).filePath(tabId + u".json"_s);
}

QByteArray AutosaveJournal::serialize(const AutosaveEntry &entry)
{
    QJsonObject o { { u"schemaVersion"_s, kSchemaVersion },
                    { u"tabId"_s, entry.tabId },
                    { u"title"_s, entry.title },
                    { u"collectionDir"_s, entry.collectionDir },
                    { u"requestPath"_s, entry.requestPath },
                    { u"spec"_s, entry.spec.toJson() },
                    { u"savedAt"_s, (entry.savedAt.isValid() ? entry.savedAt : QDateTime::currentDateTimeUtc())
                                        .toUTC()
                                        .toString(Qt::ISODateWithMs) } };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<AutosaveEntry> AutosaveJournal::parse(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<AutosaveEntry>::failure(error.errorString(), u"parse"_s);
    if (!doc.isObject())
        return Result<AutosaveEntry>::failure(QCoreApplication::translate("opc::AutosaveJournal", "expected a JSON object"), u"parse"_s);
    const QJsonObject o = doc.object();
    if (o.value("schemaVersion"_L1).toInt(0) > kSchemaVersion) {
        return Result<AutosaveEntry>::failure(QCoreApplication::translate("opc::AutosaveJournal", "written by a newer version of the console"), u"newer"_s);
    }
    AutosaveEntry e;
    e.tabId = o.value("tabId"_L1).toString();
    if (!safeId(e.tabId))
        return Result<AutosaveEntry>::failure(QCoreApplication::translate("opc::AutosaveJournal", "the tab id is missing or malformed"), u"parse"_s);
    e.title = o.value("title"_L1).toString();
    e.collectionDir = o.value("collectionDir"_L1).toString();
    e.requestPath = o.value("requestPath"_L1).toString();
    e.spec = RequestSpec::fromJson(o.value("spec"_L1).toObject());
    e.savedAt = QDateTime::fromString(o.value("savedAt"_L1).toString(), Qt::ISODateWithMs);
    return e;
}

Status AutosaveJournal::save(const AutosaveEntry &entry)
{
    if (!isStarted())
        return Status::failure(QCoreApplication::translate("opc::AutosaveJournal", "The autosave journal was not started."));
    if (!safeId(entry.tabId))
        return Status::failure(QCoreApplication::translate("opc::AutosaveJournal", "The tab id \"%1\" cannot name a journal file.").arg(entry.tabId));
    AutosaveEntry stamped = entry;
    stamped.savedAt = QDateTime::currentDateTimeUtc();
    // Owner-only: an unsaved tab may hold a value not yet turned into a vault reference.
    return AtomicFile::write(fileFor(entry.tabId), serialize(stamped), AtomicFile::Privacy::Private);
}

Status AutosaveJournal::remove(const QString &tabId)
{
    if (!isStarted() || !safeId(tabId))
        return {};
    const QString path = fileFor(tabId);
    if (QFile::exists(path) && !QFile::remove(path))
        return Status::failure(QCoreApplication::translate("opc::AutosaveJournal", "Cannot remove the autosaved copy %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

Status AutosaveJournal::finish()
{
    if (!isStarted())
        return {};
    const QDir session(m_sessionDir);
    for (const QFileInfo &fi : session.entryInfoList({ u"*.json"_s }, QDir::Files)) {
        if (!QFile::remove(fi.absoluteFilePath()))
            return Status::failure(QCoreApplication::translate("opc::AutosaveJournal", "Cannot remove the autosaved copy %1.")
                                       .arg(QDir::toNativeSeparators(fi.absoluteFilePath())));
    }
    m_lock->unlock();
    m_lock.reset();
    // Whatever else is left (a moved-aside file) keeps the folder; rmdir refuses then.
    QDir().rmdir(m_sessionDir);
    m_sessionDir.clear();
    return {};
}

QList<AutosaveEntry> AutosaveJournal::pendingRecovery(QStringList *problems) const
{
    QList<AutosaveEntry> out;
    const QDir root(m_dir);
    const QFileInfoList sessions
        = root.entryInfoList({ kSessionPrefix + u"*"_s }, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &s : sessions) {
        if (s.absoluteFilePath() == m_sessionDir)
            continue;
        // A live run holds its lock; QLockFile sees through the lock of a
        // process that died (same host, its pid gone) and takes it over.
        QLockFile lock(QDir(s.absoluteFilePath()).filePath(kLockName));
        if (!lock.tryLock(0))
            continue;
        const QDir session(s.absoluteFilePath());
        for (const QFileInfo &fi : session.entryInfoList({ u"*.json"_s }, QDir::Files | QDir::NoSymLinks)) {
            const Result<QByteArray> data = AtomicFile::read(fi.absoluteFilePath(), 64 * 1024 * 1024);
            Result<AutosaveEntry> entry = data ? parse(*data) : Result<AutosaveEntry>(data.error());
            if (!entry) {
                QString line = QCoreApplication::translate("opc::AutosaveJournal", "%1: %2").arg(QDir::toNativeSeparators(fi.absoluteFilePath()), entry.errorMessage());
                if (data && entry.errorCode() != "newer"_L1) {
                    const Result<QString> moved = AtomicFile::quarantine(fi.absoluteFilePath());
                    if (moved)
                        line += QCoreApplication::translate("opc::AutosaveJournal", "; moved aside to %1").arg(QDir::toNativeSeparators(*moved));
                }
                if (problems)
                    problems->append(line);
                continue;
            }
            entry.value().journalFile = fi.absoluteFilePath();
            out.append(entry.value());
        }
        lock.unlock();
        if (session.entryList({ u"*.json"_s }, QDir::Files).isEmpty())
            removeSessionIfEmpty(s.absoluteFilePath());
    }
    std::sort(out.begin(), out.end(),
              [](const AutosaveEntry &a, const AutosaveEntry &b) { return a.savedAt < b.savedAt; });
    return out;
}

Status AutosaveJournal::adopt(const AutosaveEntry &entry)
{
    if (Status s = save(entry); !s)
        return s;
    return discard(entry);
}

Status AutosaveJournal::discard(const AutosaveEntry &entry)
{
    if (entry.journalFile.isEmpty())
        return {};
    const QFileInfo file(entry.journalFile);
    // Only files inside the journal folder, never in this run's own session.
    if (file.absolutePath() == m_sessionDir || !file.absoluteFilePath().startsWith(m_dir + u"/"_s))
        return Status::failure(QCoreApplication::translate("opc::AutosaveJournal", "%1 is not a left-over autosaved copy.").arg(QDir::toNativeSeparators(entry.journalFile)));
    if (file.exists() && !QFile::remove(file.absoluteFilePath()))
        return Status::failure(
            QCoreApplication::translate("opc::AutosaveJournal", "Cannot remove the autosaved copy %1.").arg(QDir::toNativeSeparators(file.absoluteFilePath())));
    removeSessionIfEmpty(file.absolutePath());
    return {};
}

void AutosaveJournal::removeSessionIfEmpty(const QString &sessionDir) const
{
    const QDir session(sessionDir);
    if (!session.entryList({ u"*.json"_s }, QDir::Files).isEmpty())
        return;
    QLockFile lock(session.filePath(kLockName));
    if (!lock.tryLock(0))
        return;
    lock.unlock(); // removes the lock file
    // What is left is a write the killed run did not finish (an atomic
    // save's temporary file): never a journal entry, safe to remove.
    for (const QString &name : session.entryList(QDir::Files | QDir::Hidden)) {
        QFile::remove(session.filePath(name));
    }
    QDir().rmdir(sessionDir);
}

} // namespace opc
