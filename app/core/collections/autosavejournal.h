#pragma once

#include "common/result.h"
#include "model/requestspec.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace opc {

/// One unsaved editor tab as the journal keeps it.
struct AutosaveEntry
{
    QString tabId; ///< AutosaveJournal::newTabId(); names the journal file
    QString title; ///< what the tab showed
    QString collectionDir; ///< the collection the request belongs to; empty for a new, unsaved request
    QString requestPath; ///< request file relative to collectionDir ("accounts/list.json"); empty if none
    RequestSpec spec; ///< the editor's content, unsaved
    QDateTime savedAt; ///< when the journal wrote it (UTC)

    QString journalFile; ///< set by pendingRecovery(): the file it was read from
};

/// Keeps unsaved editor tabs in a journal folder so that a crash or kill -9
/// costs nothing (RELIABILITY-BAR DATA-06), like an editor's swap files.
/// Each running console owns one session folder, locked while it runs; a
/// session folder whose owner is gone holds what a crashed run left, and
/// pendingRecovery() offers it back. Files are written atomically
/// (AtomicFile, owner-only), so a journal file is always a whole version.
///
/// The composer calls save() on change (debounced), remove() after a clean
/// save or when the tab is closed, finish() on a clean exit.
class AutosaveJournal
{
public:
    static constexpr int kSchemaVersion = 1;

    /// @p dir is the journal folder, e.g. defaultDir(Settings::dataDir()).
    explicit AutosaveJournal(const QString &dir);
    ~AutosaveJournal();
    AutosaveJournal(const AutosaveJournal &) = delete;
    AutosaveJournal &operator=(const AutosaveJournal &) = delete;

    static QString defaultDir(const QString &dataDir);
    /// A fresh id for a new tab.
    static QString newTabId();

    /// Creates and locks this run's session folder. Call once before save().
    Status start();
    bool isStarted() const;
    QString sessionDir() const { return m_sessionDir; }

    /// Writes (replaces) the tab's journal file atomically.
    Status save(const AutosaveEntry &entry);
    /// Forgets a tab: it was saved cleanly or closed without keeping edits.
    Status remove(const QString &tabId);
    /// Clean exit: removes this session's folder with everything in it.
    Status finish();

    /// Tabs left by runs that are no longer running, oldest first. A journal
    /// file that does not parse is moved aside and described in @p problems.
    /// The entries stay on disk until adopt() or discard().
    QList<AutosaveEntry> pendingRecovery(QStringList *problems = nullptr) const;
    /// The person took the tab back: it moves into this session (and keeps
    /// being journaled under the same tab id).
    Status adopt(const AutosaveEntry &entry);
    /// The person declined it: the left-over file is deleted.
    Status discard(const AutosaveEntry &entry);

    static QByteArray serialize(const AutosaveEntry &entry);
    static Result<AutosaveEntry> parse(const QByteArray &data);

private:
    QString fileFor(const QString &tabId) const;
    void removeSessionIfEmpty(const QString &sessionDir) const;

    QString m_dir;
    QString m_sessionDir;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace opc
