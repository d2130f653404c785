#pragma once

#include "collections/collection.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace opc::ui {

/// The open collections as a tree: collection, folders, requests (method
/// badge + name). The model holds the collections; edits replace a whole
/// collection (setCollection) so that the tree operations stay those of
/// opc::Collection and undo can keep simple snapshots. Renames typed into the
/// view and drag-and-drop moves are not applied here: they are announced
/// (renameRequested, moveRequested) so that the owner applies them with undo
/// and saves them.
class CollectionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< NodeKind
        MethodRole,
        UrlRole,
        CollectionIdRole,
        RequestIdRole, ///< requests only: the file path relative to the collection folder, without ".json"
        FilterRole, ///< text the filter box matches: name, method and URL
        ReadOnlyRole,
    };
    enum class NodeKind { Collection, Folder, Request };

    static constexpr const char *kMimeType = "application/x-opc-collection-nodes";

    explicit CollectionTreeModel(QObject *parent = nullptr);
    ~CollectionTreeModel() override;

    int collectionCount() const;
    /// Adds a collection at the end; @p id is unique among the open collections.
    void addCollection(const QString &id, const Collection &collection);
    /// Replaces the tree of collection @p id (children removed, then inserted).
    void setCollection(const QString &id, const Collection &collection);
    void removeCollection(const QString &id);
    void clear();

    QStringList collectionIds() const;
    const Collection *collection(const QString &id) const;
    QModelIndex collectionIndex(const QString &id) const;

    /// What an index addresses inside its collection.
    QString collectionIdOf(const QModelIndex &index) const;
    CollectionNodeRef refOf(const QModelIndex &index) const;
    NodeKind kindOf(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &collectionId, const CollectionNodeRef &ref) const;
    /// Finds a request by the id requestId() gives it.
    QModelIndex requestIndex(const QString &collectionId, const QString &requestId) const;

    /// A request's id: its file path relative to the collection folder, without ".json".
    static QString requestId(const Collection &collection, const CollectionNodeRef &ref);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// The badge for a method: its name on a coloured rounded box.
    QIcon methodIcon(const QString &method) const;

Q_SIGNALS:
    void renameRequested(const QString &collectionId, const opc::CollectionNodeRef &ref, const QString &name);
    /// A node to move to the end of @p targetFolder of the same collection.
    void moveRequested(const QString &collectionId, const opc::CollectionNodeRef &ref, const QList<int> &targetFolder);

private:
    struct Node;
    struct Entry;

    void buildChildren(Entry &entry);
    Node *nodeOf(const QModelIndex &index) const;
    int entryRow(const QString &id) const;
    /// The dragged node and the folder it would move into; nullopt when the drop cannot be applied.
    struct Drop
    {
        QString collectionId;
        CollectionNodeRef ref;
        QList<int> target;
    };
    std::optional<Drop> decode(const QMimeData *data, const QModelIndex &parent) const;

    std::vector<std::unique_ptr<Entry>> m_entries;
    // Icons made once: a style lookup per painted row adds up over thousands of rows.
    mutable QHash<QString, QIcon> m_methodIcons;
    mutable QIcon m_folderIcon;
    mutable QIcon m_collectionIcon;
};

} // namespace opc::ui
