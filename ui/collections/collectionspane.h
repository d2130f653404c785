#pragma once

#include "collections/collection.h"
#include "collections/collectionstore.h"
#include "common/result.h"
#include "model/requestspec.h"

#include <QDateTime>
#include <QHash>
#include <QModelIndex>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;
class QUndoStack;

namespace opc::ui {

class CollectionTreeModel;
class ImportDialog;

/// The saved collections of a collections folder (one subfolder each) as a
/// tree with a filter box: new collection / folder / request, rename,
/// duplicate, move by drag and drop, delete, all undoable; import and
/// export. Every edit is saved at once through CollectionStore (atomic
/// writes). Loading runs in a worker so a large collection never stalls the
/// window. Files that did not parse, read-only collections and changes made
/// on disk by someone else (git pull, an editor) are shown in banners above
/// the tree; a save never overwrites an outside change without asking.
class CollectionsPane : public QWidget
{
    Q_OBJECT
public:
    /// What to do when a save would overwrite files changed on disk.
    enum class OverwriteAnswer { Overwrite, Reload, Cancel };
    using OverwritePrompt = std::function<OverwriteAnswer(const QString &question)>;
    /// Asks for a name; std::nullopt when the person cancels.
    using TextPrompt
        = std::function<std::optional<QString>(const QString &label, const QString &initial)>;

    /// @p collectionsDir holds one folder per collection; it is created when missing.
    explicit CollectionsPane(const QString &collectionsDir, QWidget *parent = nullptr);
    ~CollectionsPane() override;

    QString collectionsDir() const { return m_dir; }
    /// (Re)loads every collection folder in a worker; collectionsLoaded() follows.
    void reload();
    /// Loads one more collection folder (for example one just imported).
    void openCollection(const QString &dir);
    bool isLoading() const { return m_pendingLoads > 0; }

    CollectionTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// For the window's File and Request menus: the pane's own actions.
    QAction *newCollectionAction() const { return m_newCollection; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *runAction() const { return m_run; }
    QUndoStack *undoStack() const { return m_undo; }
    QString collectionDir(const QString &collectionId) const;
    /// The variables of the loaded collection @p collectionId (the id
    /// requestActivated() passes), disabled rows included, as the collection
    /// holds them now; empty when no such collection is loaded. A send puts
    /// them in RequestContext::collectionVariables.
    QList<KeyValue> collectionVariables(const QString &collectionId) const;
    /// The open collection @p collectionId, or nullptr.
    const Collection *collection(const QString &collectionId) const;
    /// A saved request as stored, with its assertions and captures.
    std::optional<CollectionRequest> request(
        const QString &collectionId, const QString &requestId) const;
    /// The base URL relative request paths are exported against (normally
    /// the current environment's); see CollectionExporter::setBaseUrl().
    void setExportBaseUrl(const QString &baseUrl) { m_exportBaseUrl = baseUrl; }

    /// Banner texts as shown (tests, accessibility): problems, notices, outside changes.
    QString problemText() const;
    QString noticeText() const;
    QString changeText() const;
    bool hasExternalChange(const QString &collectionId) const;
    QString statusText() const { return m_status; }

    /// Replace the dialogs (defaults: QMessageBox / QInputDialog).
    void setOverwritePrompt(OverwritePrompt prompt) { m_overwritePrompt = std::move(prompt); }
    void setTextPrompt(TextPrompt prompt) { m_textPrompt = std::move(prompt); }

    /// The edits behind the actions, on source-model indexes. Each is one undo step.
    Result<QString> newCollection(const QString &name); ///< returns the collection id
    QModelIndex newFolder(const QModelIndex &at, const QString &name);
    QModelIndex newRequest(
        const QModelIndex &at, const QString &name, const RequestSpec &spec = {});
    bool renameNode(const QModelIndex &index, const QString &name);
    QModelIndex duplicateNode(const QModelIndex &index);
    bool deleteNode(const QModelIndex &index);
    QModelIndex moveNode(
        const QString &collectionId, const CollectionNodeRef &ref, const QList<int> &targetFolder);
    Status exportCollection(
        const QString &collectionId, const QString &format, const QString &file);

    /// The dialog behind "Import…", importing into this pane's folder.
    ImportDialog *createImportDialog();

    /// The node selected in the tree, as a source-model index.
    QModelIndex currentIndex() const;
    /// The selected requests of the current node's collection (folders and
    /// other collections in the selection are left out).
    QList<CollectionNodeRef> selectedRequests() const;
    void setFilterText(const QString &text);

    /// The Tests tab's part of a saved request.
    struct RequestTests
    {
        QList<Assertion> assertions;
        QList<Capture> captures;
    };

public Q_SLOTS:
    /// Saves @p spec (and @p tests when given) into the request @p requestId (from
    /// requestActivated). False when the request is gone, the collection is read-only,
    /// or the save was refused.
    bool saveRequest(const QString &collectionId, const QString &requestId,
        const opc::RequestSpec &spec, const std::optional<RequestTests> &tests = std::nullopt);
    /// Replaces the open collection with what is on disk now (drops the undo history).
    void reloadFromDisk(const QString &collectionId);
    /// Keeps the version in the console; the next save still asks before overwriting.
    void keepMine(const QString &collectionId);

Q_SIGNALS:
    void requestActivated(
        const opc::RequestSpec &spec, const QString &collectionId, const QString &requestId);
    /// "Run…": the collection, or the folder at @p folderPath in it.
    void runRequested(const QString &collectionId, const QList<int> &folderPath);
    /// "Run…" with several requests of one collection selected.
    void runSelectionRequested(
        const QString &collectionId, const QList<opc::CollectionNodeRef> &requests);
    /// A save gave a request another id (it moved); open tabs should follow.
    void requestIdChanged(const QString &collectionId, const QString &oldId, const QString &newId);
    void collectionsLoaded();
    void externalChangeDetected(const QString &collectionId);

private:
    struct Open
    {
        QString dir;
        QList<CollectionProblem> problems;
        QStringList notices;
        QHash<QString, QPair<qint64, qint64>>
            fingerprint; ///< file -> size, mtime at the last load/save
        bool externalChange = false; ///< seen on disk, not yet reloaded or overwritten
        bool keptMine = false;
        QString unsaved; ///< why the last edit is not on disk, empty when it is
    };
    struct LoadOutcome;
    class SnapshotCommand;
    class DeleteCollectionCommand;

    static LoadOutcome loadOne(const QString &dir);
    static QHash<QString, QPair<qint64, qint64>> fingerprintOf(const QString &dir);
    void startLoad(const QStringList &dirs, bool replaceAll);
    void applyLoad(const LoadOutcome &outcome);

    /// Runs @p edit on a copy of the collection and pushes it as one undo step;
    /// returns the node to select afterwards.
    std::optional<CollectionNodeRef> applyEdit(const QString &collectionId, const QString &text,
        const std::function<std::optional<CollectionNodeRef>(Collection &)> &edit);
    /// Saves @p collection (asking first after an outside change) and shows it. Returns the saved
    /// copy.
    Collection commit(const QString &collectionId, Collection collection);
    void showCollection(const QString &collectionId, const Collection &collection);
    void select(const QString &collectionId, const std::optional<CollectionNodeRef> &ref);
    void watch(const QString &collectionId);
    void checkOutsideChanges();
    void refreshBanners();
    void updateActions();
    void setStatus(const QString &text);
    void activate(const QModelIndex &proxyIndex);
    QString askName(const QString &label, const QString &initial);
    void importViaDialog();
    void exportViaDialog();
    QString uniqueCollectionDir(const QString &name) const;

    QString m_dir;
    CollectionStore m_store;
    QHash<QString, Open> m_open;
    int m_pendingLoads = 0;
    quint64 m_loadGeneration = 0;

    CollectionTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QUndoStack *m_undo = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_changeTimer = nullptr;

    QWidget *m_problemBanner = nullptr;
    QLabel *m_problemLabel = nullptr;
    QWidget *m_noticeBanner = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QWidget *m_changeBanner = nullptr;
    QLabel *m_changeLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QString m_status;

    QAction *m_newCollection = nullptr;
    QAction *m_newFolder = nullptr;
    QAction *m_newRequest = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_run = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;

    QString m_exportBaseUrl;

    OverwritePrompt m_overwritePrompt;
    TextPrompt m_textPrompt;
};

} // namespace opc::ui
