#pragma once

#include "model/assertion.h"
#include "model/requestspec.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace opc {

/// One saved request: a name, the request as composed and whatever fields a
/// newer or foreign writer put in its file (kept so that a save never loses them).
struct CollectionRequest
{
    QString name;
    QString description;
    RequestSpec spec;
    /// Checked by the collection runner on every response.
    QList<Assertion> assertions;
    /// Values taken from the response for later requests of a run.
    QList<Capture> captures;
    QString fileName; ///< file stem on disk; empty until first saved
    QJsonObject extra; ///< unknown fields, written back unchanged
};

/// A folder of requests and subfolders, in the order the user arranged them.
struct CollectionFolder
{
    QString name;
    QString dirName; ///< folder name on disk; empty until first saved
    QList<CollectionFolder> folders;
    QList<CollectionRequest> requests;
    QJsonObject extra;

    int requestCount() const;
};

/// Addresses a node in the tree: the folder indices from the root, and a
/// request index inside that folder (-1 addresses the folder itself).
struct CollectionNodeRef
{
    QList<int> folderPath;
    int request = -1;

    bool isFolder() const { return request < 0; }
};

/// A collection: a tree of folders and requests with per-collection variables
/// and default application/token. Never holds a secret value: secrets are
/// {{secret:NAME}} references resolved by the vault at send time.
struct Collection
{
    QString name;
    QList<KeyValue> variables;
    QString defaultApplication; ///< application id, not a key
    QString defaultToken; ///< token reference, not a token value
    CollectionFolder root; ///< root.name is unused; the tree's top level
    QJsonObject extra;

    /// Set when some file was written by a newer version, or the collection
    /// was loaded only in part: saving is refused so nothing on disk is lost.
    bool readOnly = false;
    /// Files (relative to the collection folder) this collection last loaded
    /// or saved. A save removes those of them no longer in the tree, and
    /// never touches any other file.
    QSet<QString> storedFiles;

    int requestCount() const { return root.requestCount(); }

    CollectionFolder *folder(const QList<int> &path);
    const CollectionFolder *folder(const QList<int> &path) const;
    const CollectionRequest *request(const CollectionNodeRef &ref) const;

    /// Tree edits; each changes nothing and returns false/nullopt for a bad reference.
    std::optional<CollectionNodeRef> addFolder(const QList<int> &parent, const QString &name);
    std::optional<CollectionNodeRef> addRequest(
        const QList<int> &folderPath, const CollectionRequest &request);
    bool rename(const CollectionNodeRef &ref, const QString &name);
    /// Inserts a copy right after the original; the copy gets new file names.
    std::optional<CollectionNodeRef> duplicate(const CollectionNodeRef &ref);
    /// Moves a node to the end of another folder; a folder cannot move into itself.
    std::optional<CollectionNodeRef> move(
        const CollectionNodeRef &ref, const QList<int> &targetFolder);
    bool remove(const CollectionNodeRef &ref);

    /// "Folder/Sub/Name" for reports; folder names joined by '/'.
    QString displayPath(const CollectionNodeRef &ref) const;
};

} // namespace opc

// Carried by signals (moves in the tree, runs of a selection).
Q_DECLARE_METATYPE(opc::CollectionNodeRef)
