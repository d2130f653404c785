#include "collections/collectionspane.h"

#include "collections/collectionexporter.h"
#include "collections/collectiontreemodel.h"
#include "collections/importdialog.h"
#include "common/atomicfile.h"
#include "widgets/retranslate.h"
#include "widgets/undoactions.h"

#include <QAction>
#include <QIcon>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace opc::ui {

namespace {

// Collections whose files are watched one by one stay under this many files;
// beyond it only the folders are watched (inotify watches are a shared,
// limited resource) and in-place edits are caught when a save compares the
// files' sizes and times.
constexpr int kMaxWatchedFiles = 2000;
const QString kDeletedFolder = u".deleted"_s;

QWidget *makeBanner(QWidget *parent, const QString &objectName, const QColor &tint, QLabel **label)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette pal = frame->palette();
    pal.setColor(QPalette::Window, tint);
    pal.setColor(QPalette::WindowText, Qt::black);
    frame->setPalette(pal);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(6, 4, 6, 4);
    *label = new QLabel(frame);
    (*label)->setWordWrap(true);
    (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (*label)->setTextFormat(Qt::PlainText);
    layout->addWidget(*label, 1);
    frame->hide();
    return frame;
}

} // namespace

struct CollectionsPane::LoadOutcome
{
    QString dir;
    QString id;
    std::optional<CollectionLoad> load;
    QString error;
    QHash<QString, QPair<qint64, qint64>> fingerprint;
};

/// One edit of one collection as the snapshots before and after it; undo
/// and redo save the snapshot they return to.
class CollectionsPane::SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(CollectionsPane *pane, const QString &id, const Collection &before,
        const Collection &after, const QString &text, std::optional<CollectionNodeRef> select)
        : QUndoCommand(text)
        , m_pane(pane)
        , m_id(id)
        , m_before(before)
        , m_after(after)
        , m_select(std::move(select))
    { }

    void redo() override
    {
        m_after = m_pane->commit(m_id, m_after);
        m_pane->select(m_id, m_select);
    }
    void undo() override
    {
        m_before = m_pane->commit(m_id, m_before);
        m_pane->select(m_id, std::nullopt);
    }

private:
    CollectionsPane *m_pane;
    QString m_id;
    Collection m_before;
    Collection m_after;
    std::optional<CollectionNodeRef> m_select;
};

/// Deleting a whole collection moves its folder into ".deleted" in the
/// collections folder (which no load reads), so undo can move it back.
class CollectionsPane::DeleteCollectionCommand : public QUndoCommand
{
public:
    DeleteCollectionCommand(CollectionsPane *pane, const QString &id)
        : QUndoCommand(QCoreApplication::translate("opc::ui::CollectionsPane", "Delete collection"))
        , m_pane(pane)
        , m_id(id)
    { }

    void redo() override
    {
        const QString dir = m_pane->collectionDir(m_id);
        const QString trash = QDir(m_pane->m_dir).filePath(kDeletedFolder);
        QDir().mkpath(trash);
        m_moved = QDir(trash).filePath(
            m_id + u"-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmsszzz"_s));
        if (!QDir().rename(dir, m_moved)) {
            m_pane->setStatus(
                QCoreApplication::translate("opc::ui::CollectionsPane", "Could not move %1 aside.")
                    .arg(QDir::toNativeSeparators(dir)));
            m_moved.clear();
            return;
        }
        m_collection = *m_pane->m_model->collection(m_id);
        m_state = m_pane->m_open.take(m_id);
        m_pane->m_model->removeCollection(m_id);
        m_pane->watch(QString());
        m_pane->refreshBanners();
    }
    void undo() override
    {
        if (m_moved.isEmpty())
            return;
        if (!QDir().rename(m_moved, m_state.dir)) {
            m_pane->setStatus(
                QCoreApplication::translate("opc::ui::CollectionsPane", "Could not restore %1.")
                    .arg(QDir::toNativeSeparators(m_state.dir)));
            return;
        }
        m_state.fingerprint = fingerprintOf(m_state.dir);
        m_pane->m_open.insert(m_id, m_state);
        m_pane->m_model->addCollection(m_id, m_collection);
        m_pane->watch(m_id);
        m_pane->refreshBanners();
    }

private:
    CollectionsPane *m_pane;
    QString m_id;
    QString m_moved;
    Collection m_collection;
    Open m_state;
};

CollectionsPane::CollectionsPane(const QString &collectionsDir, QWidget *parent)
    : QWidget(parent)
    , m_dir(QDir(collectionsDir).absolutePath())
{
    setObjectName(u"collectionsPane"_s);
    QDir().mkpath(m_dir);
    m_model = new CollectionTreeModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(CollectionTreeModel::FilterRole);
    m_undo = new QUndoStack(this);
    m_watcher = new QFileSystemWatcher(this);
    m_changeTimer = new QTimer(this);
    m_changeTimer->setSingleShot(true);
    // Saves, git and editors touch several files in a row: look once they settle.
    m_changeTimer->setInterval(250);
    connect(m_changeTimer, &QTimer::timeout, this, &CollectionsPane::checkOutsideChanges);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_changeTimer,
        qOverload<>(&QTimer::start));
    connect(
        m_watcher, &QFileSystemWatcher::fileChanged, m_changeTimer, qOverload<>(&QTimer::start));

    m_newCollection = new QAction(this);
    m_newFolder = new QAction(this);
    m_newRequest = new QAction(this);
    m_rename = new QAction(this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_duplicate = new QAction(this);
    m_delete = new QAction(this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_newCollection->setObjectName(u"newCollectionAction"_s);
    m_newCollection->setIcon(QIcon::fromTheme(u"folder-new"_s));
    m_import = new QAction(QIcon::fromTheme(u"document-import"_s), QString(), this);
    m_import->setObjectName(u"importCollectionAction"_s);
    m_export = new QAction(QIcon::fromTheme(u"document-export"_s), QString(), this);
    m_export->setObjectName(u"exportCollectionAction"_s);
    m_run = new QAction(QIcon::fromTheme(u"media-playback-start"_s), QString(), this);
    m_run->setObjectName(u"runCollectionAction"_s);
    // updateActions() gives "Run…" its final text (registered below, so it runs after this).
    retranslate(this, [this] {
        m_newCollection->setText(tr("New collection…"));
        m_newFolder->setText(tr("New folder…"));
        m_newRequest->setText(tr("New request…"));
        m_rename->setText(tr("Rename…"));
        m_duplicate->setText(tr("Duplicate"));
        m_delete->setText(tr("Delete"));
        m_import->setText(tr("Import…"));
        m_import->setToolTip(tr("Import a collection from a file"));
        m_export->setText(tr("Export…"));
        m_export->setToolTip(tr("Export the selected collection for sharing"));
        m_run->setText(tr("Run collection…"));
        m_run->setToolTip(
            tr("Run the requests of the selected collection or folder with their tests"));
    });
    m_undoAction = createUndoAction(m_undo, this);
    m_redoAction = createRedoAction(m_undo, this);
    for (QAction *a : { m_rename, m_delete, m_undoAction, m_redoAction })
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({ m_rename, m_delete, m_undoAction, m_redoAction });

    connect(m_newCollection, &QAction::triggered, this, [this] {
        const QString name = askName(tr("Name of the new collection:"), tr("New collection"));
        if (name.isEmpty())
            return;
        const Result<QString> made = newCollection(name);
        setStatus(made ? tr("Created the collection “%1”.").arg(name) : made.errorMessage());
    });
    connect(m_newFolder, &QAction::triggered, this, [this] {
        const QString name = askName(tr("Name of the new folder:"), tr("New folder"));
        if (!name.isEmpty())
            newFolder(currentIndex(), name);
    });
    connect(m_newRequest, &QAction::triggered, this, [this] {
        const QString name = askName(tr("Name of the new request:"), tr("New request"));
        if (!name.isEmpty())
            newRequest(currentIndex(), name);
    });
    connect(m_rename, &QAction::triggered, this, [this] {
        const QModelIndex idx = currentIndex();
        if (!idx.isValid())
            return;
        const QString name = askName(tr("New name:"), m_model->data(idx, Qt::EditRole).toString());
        if (!name.isEmpty())
            renameNode(idx, name);
    });
    connect(m_duplicate, &QAction::triggered, this, [this] { duplicateNode(currentIndex()); });
    connect(m_delete, &QAction::triggered, this, [this] { deleteNode(currentIndex()); });
    connect(m_import, &QAction::triggered, this, &CollectionsPane::importViaDialog);
    connect(m_export, &QAction::triggered, this, &CollectionsPane::exportViaDialog);
    connect(m_run, &QAction::triggered, this, [this] {
        const QModelIndex idx = currentIndex();
        if (!idx.isValid())
            return;
        // Several requests selected run as they are; one request runs the
        // folder it is in.
        const QList<CollectionNodeRef> picked = selectedRequests();
        if (picked.size() > 1) {
            Q_EMIT runSelectionRequested(m_model->collectionIdOf(idx), picked);
            return;
        }
        const CollectionNodeRef ref = m_model->refOf(idx);
        Q_EMIT runRequested(m_model->collectionIdOf(idx), ref.folderPath);
    });

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"collectionsToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_newCollection);
    toolbar->addAction(m_newRequest);
    toolbar->addAction(m_import);
    auto *more = new QMenu(toolbar);
    retranslate(more, [more] { more->setTitle(tr("More")); });
    more->addActions({ m_newFolder, m_rename, m_duplicate, m_delete });
    more->addSeparator();
    more->addActions({ m_run, m_export, m_undoAction, m_redoAction });
    toolbar->addAction(more->menuAction());

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"collectionsFilter"_s);
    retranslate(m_filter, [filter = m_filter] {
        filter->setPlaceholderText(tr("Filter by name, method or URL"));
    });
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &CollectionsPane::setFilterText);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"collectionsTree"_s);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    // Several requests are selected to run them; every other action works
    // on the current node and is off while more than one is selected.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    // Double click opens a request; renaming is F2 or the action.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setIconSize(QSize(30, 14));
    connect(m_view, &QTreeView::activated, this, &CollectionsPane::activate);
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({ m_newRequest, m_newFolder, m_rename, m_duplicate, m_delete });
        menu.addSeparator();
        menu.addActions({ m_run, m_newCollection, m_import, m_export });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &CollectionsPane::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CollectionsPane::updateActions);
    connect(m_model, &CollectionTreeModel::renameRequested, this,
        [this](const QString &id, const CollectionNodeRef &ref, const QString &name) {
            renameNode(m_model->indexOf(id, ref), name);
        });
    connect(m_model, &CollectionTreeModel::moveRequested, this,
        [this](const QString &id, const CollectionNodeRef &ref, const QList<int> &target) {
            moveNode(id, ref, target);
        });

    m_problemBanner = makeBanner(
        this, u"collectionsProblemBanner"_s, QColor(0xfd, 0xec, 0xea), &m_problemLabel);
    auto *dismiss = new QPushButton(m_problemBanner);
    retranslate(dismiss, [dismiss] { dismiss->setText(tr("Dismiss")); });
    m_problemBanner->layout()->addWidget(dismiss);
    connect(dismiss, &QPushButton::clicked, this, [this] {
        for (Open &o : m_open)
            o.problems.clear();
        refreshBanners();
    });
    m_noticeBanner
        = makeBanner(this, u"collectionsNoticeBanner"_s, QColor(0xe8, 0xf0, 0xfe), &m_noticeLabel);
    m_changeBanner
        = makeBanner(this, u"collectionsChangeBanner"_s, QColor(0xff, 0xf4, 0xd6), &m_changeLabel);
    auto *reloadButton = new QPushButton(m_changeBanner);
    reloadButton->setObjectName(u"reloadFromDisk"_s);
    auto *keepButton = new QPushButton(m_changeBanner);
    keepButton->setObjectName(u"keepMine"_s);
    retranslate(m_changeBanner, [reloadButton, keepButton] {
        reloadButton->setText(tr("Reload"));
        keepButton->setText(tr("Keep mine"));
    });
    m_changeBanner->layout()->addWidget(reloadButton);
    m_changeBanner->layout()->addWidget(keepButton);
    connect(reloadButton, &QPushButton::clicked, this, [this] {
        for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
            if (it->externalChange && !it->keptMine)
                reloadFromDisk(it.key());
        }
    });
    connect(keepButton, &QPushButton::clicked, this, [this] {
        const QStringList ids = m_open.keys();
        for (const QString &id : ids) {
            if (m_open.value(id).externalChange)
                keepMine(id);
        }
    });

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"collectionsStatus"_s);
    m_statusLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolbar);
    layout->addWidget(m_changeBanner);
    layout->addWidget(m_problemBanner);
    layout->addWidget(m_noticeBanner);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLabel);

    m_overwritePrompt = [this](const QString &question) {
        QMessageBox box(QMessageBox::Warning, tr("Files changed on disk"), question,
            QMessageBox::NoButton, this);
        QPushButton *overwrite
            = box.addButton(tr("Overwrite with mine"), QMessageBox::DestructiveRole);
        QPushButton *reload = box.addButton(tr("Reload from disk"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == overwrite)
            return OverwriteAnswer::Overwrite;
        if (box.clickedButton() == reload)
            return OverwriteAnswer::Reload;
        return OverwriteAnswer::Cancel;
    };
    m_textPrompt = [this](const QString &label, const QString &initial) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Collections"), label, QLineEdit::Normal, initial, &ok);
        if (!ok)
            return std::nullopt;
        return text;
    };
    // "Run…" / "Run %n selected requests…" and the banners' texts are set by
    // these two (the banners stay hidden and empty before the first load).
    retranslate(this, [this] {
        updateActions();
        refreshBanners();
    });
}

CollectionsPane::~CollectionsPane()
{
    // A load still running only touches its own copy; its result is dropped.
    ++m_loadGeneration;
}

QString CollectionsPane::collectionDir(const QString &collectionId) const
{
    return m_open.value(collectionId).dir;
}

const Collection *CollectionsPane::collection(const QString &collectionId) const
{
    return m_model->collection(collectionId);
}

std::optional<CollectionRequest> CollectionsPane::request(
    const QString &collectionId, const QString &requestId) const
{
    const QModelIndex idx = m_model->requestIndex(collectionId, requestId);
    const Collection *c = m_model->collection(collectionId);
    if (!idx.isValid() || !c)
        return std::nullopt;
    const CollectionRequest *found = c->request(m_model->refOf(idx));
    return found ? std::optional<CollectionRequest>(*found) : std::nullopt;
}

QList<KeyValue> CollectionsPane::collectionVariables(const QString &collectionId) const
{
    const Collection *c = m_model->collection(collectionId);
    return c ? c->variables : QList<KeyValue>();
}

QHash<QString, QPair<qint64, qint64>> CollectionsPane::fingerprintOf(const QString &dir)
{
    QHash<QString, QPair<qint64, qint64>> out;
    const QDir root(dir);
    QDirIterator it(
        dir, { u"*.json"_s }, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo fi = it.nextFileInfo();
        out.insert(root.relativeFilePath(fi.filePath()),
            { fi.size(), fi.lastModified(QTimeZone::UTC).toMSecsSinceEpoch() });
    }
    return out;
}

CollectionsPane::LoadOutcome CollectionsPane::loadOne(const QString &dir)
{
    LoadOutcome out;
    out.dir = dir;
    out.id = QFileInfo(dir).fileName();
    Result<CollectionLoad> loaded = CollectionStore().load(dir);
    if (loaded)
        out.load = std::move(loaded).value();
    else
        out.error = loaded.errorMessage();
    // After the load: files moved aside are no longer part of the picture.
    out.fingerprint = fingerprintOf(dir);
    return out;
}

void CollectionsPane::reload()
{
    QStringList dirs;
    const QFileInfoList entries = QDir(m_dir).entryInfoList(
        QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &fi : entries) {
        if (!fi.fileName().startsWith(u'.'))
            dirs.append(fi.absoluteFilePath());
    }
    startLoad(dirs, true);
}

void CollectionsPane::openCollection(const QString &dir)
{
    startLoad({ QFileInfo(dir).absoluteFilePath() }, false);
}

void CollectionsPane::startLoad(const QStringList &dirs, bool replaceAll)
{
    if (replaceAll) {
        ++m_loadGeneration;
        m_pendingLoads = 0;
        m_undo->clear();
        m_model->clear();
        m_open.clear();
        watch(QString());
        refreshBanners();
    }
    const quint64 generation = m_loadGeneration;
    ++m_pendingLoads;
    setStatus(tr("Loading collections…"));
    auto *watcher = new QFutureWatcher<QList<LoadOutcome>>(this);
    connect(
        watcher, &QFutureWatcher<QList<LoadOutcome>>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_loadGeneration)
                return;
            const QList<LoadOutcome> outcomes = watcher->result();
            for (const LoadOutcome &o : outcomes)
                applyLoad(o);
            --m_pendingLoads;
            refreshBanners();
            if (m_pendingLoads == 0) {
                int requests = 0;
                for (const QString &id : m_model->collectionIds())
                    requests += m_model->collection(id)->requestCount();
                setStatus(tr("%n collection(s), %1 requests.", nullptr, m_model->collectionCount())
                              .arg(requests));
                Q_EMIT collectionsLoaded();
            }
        });
    // Parsing thousands of files is worker work: the window keeps painting.
    watcher->setFuture(QtConcurrent::run([dirs] {
        QList<LoadOutcome> outcomes;
        for (const QString &dir : dirs)
            outcomes.append(loadOne(dir));
        return outcomes;
    }));
}

void CollectionsPane::applyLoad(const LoadOutcome &outcome)
{
    if (!outcome.load) {
        setStatus(outcome.error);
        return;
    }
    Open state;
    state.dir = outcome.dir;
    state.problems = outcome.load->problems;
    state.notices = outcome.load->notices;
    state.fingerprint = outcome.fingerprint;
    m_open.insert(outcome.id, state);
    showCollection(outcome.id, outcome.load->collection);
    watch(outcome.id);
}

void CollectionsPane::reloadFromDisk(const QString &collectionId)
{
    const QString dir = collectionDir(collectionId);
    if (dir.isEmpty())
        return;
    // Snapshots in the undo history describe the version being replaced.
    m_undo->clear();
    const LoadOutcome outcome = loadOne(dir);
    applyLoad(outcome);
    refreshBanners();
    setStatus(tr("Reloaded “%1” from disk.")
                  .arg(m_model->collection(collectionId) ? m_model->collection(collectionId)->name
                                                         : collectionId));
}

void CollectionsPane::keepMine(const QString &collectionId)
{
    auto it = m_open.find(collectionId);
    if (it == m_open.end())
        return;
    it->keptMine = true;
    refreshBanners();
    setStatus(tr("Kept your version of “%1”; the next save asks before overwriting the files "
                 "changed on disk.")
                  .arg(m_model->collection(collectionId)->name));
}

void CollectionsPane::watch(const QString &collectionId)
{
    if (collectionId.isEmpty()) {
        // Start over with what is open now.
        const QStringList files = m_watcher->files();
        const QStringList dirs = m_watcher->directories();
        if (!files.isEmpty())
            m_watcher->removePaths(files);
        if (!dirs.isEmpty())
            m_watcher->removePaths(dirs);
        for (const QString &id : m_open.keys())
            watch(id);
        return;
    }
    const Open state = m_open.value(collectionId);
    if (state.dir.isEmpty())
        return;
    // The folders come from the files already listed (every folder has its
    // folder.json), so watching costs no disk walk on the GUI thread.
    const QDir root(state.dir);
    QSet<QString> paths { state.dir };
    const bool files = m_watcher->files().size() + state.fingerprint.size() <= kMaxWatchedFiles;
    for (auto it = state.fingerprint.cbegin(); it != state.fingerprint.cend(); ++it) {
        const qsizetype slash = it.key().lastIndexOf(u'/');
        if (slash > 0)
            paths.insert(root.filePath(it.key().left(slash)));
        if (files)
            paths.insert(root.filePath(it.key()));
    }
    const QStringList watchedFiles = m_watcher->files();
    const QStringList watchedDirs = m_watcher->directories();
    for (const QString &p : watchedFiles)
        paths.remove(p);
    for (const QString &p : watchedDirs)
        paths.remove(p);
    const QStringList add(paths.cbegin(), paths.cend());
    if (!add.isEmpty())
        m_watcher->addPaths(add);
}

void CollectionsPane::checkOutsideChanges()
{
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        if (!QFileInfo::exists(it->dir))
            continue;
        const auto now = fingerprintOf(it->dir);
        if (now == it->fingerprint)
            continue;
        const bool fresh = !it->externalChange;
        it->externalChange = true;
        it->keptMine = false;
        it->fingerprint = now;
        if (fresh)
            Q_EMIT externalChangeDetected(it.key());
    }
    // Files written since the last look (new folders) are watched too.
    watch(QString());
    refreshBanners();
}

bool CollectionsPane::hasExternalChange(const QString &collectionId) const
{
    return m_open.value(collectionId).externalChange;
}

Collection CollectionsPane::commit(const QString &collectionId, Collection collection)
{
    auto it = m_open.find(collectionId);
    const Collection *shown = m_model->collection(collectionId);
    if (it == m_open.end() || !shown)
        return collection;
    // The files on disk are those of the version shown, whatever snapshot comes back.
    collection.storedFiles = shown->storedFiles;

    // Catch changes the watcher has not reported yet (or cannot: too many files).
    if (!it->externalChange && fingerprintOf(it->dir) != it->fingerprint)
        it->externalChange = true;
    if (it->externalChange) {
        const OverwriteAnswer answer = m_overwritePrompt(
            tr("Files of the collection “%1” changed on disk after it was opened (for example by "
               "git or an editor). "
               "Overwrite them with your version, or reload what is on disk and drop your change?")
                .arg(collection.name));
        if (answer == OverwriteAnswer::Reload) {
            it->unsaved.clear();
            QTimer::singleShot(0, this, [this, collectionId] { reloadFromDisk(collectionId); });
            showCollection(collectionId, collection);
            return collection;
        }
        if (answer == OverwriteAnswer::Cancel) {
            it->unsaved = tr("Your change to “%1” is not saved: the files changed on disk.")
                              .arg(collection.name);
            showCollection(collectionId, collection);
            refreshBanners();
            return collection;
        }
        it->externalChange = false;
        it->keptMine = false;
    }

    const Result<CollectionSaveReport> saved = m_store.save(collection, it->dir);
    if (saved) {
        it->unsaved.clear();
        QStringList secretNotes = saved->secretNotices;
        setStatus(secretNotes.isEmpty()
                ? tr("Saved “%1”.").arg(collection.name)
                : tr("Saved “%1”; secret values were replaced by references: %2")
                      .arg(collection.name, secretNotes.join(u"; "_s)));
    } else {
        it->unsaved
            = tr("Your change to “%1” is not saved: %2").arg(collection.name, saved.errorMessage());
        setStatus(it->unsaved);
    }
    it->fingerprint = fingerprintOf(it->dir);
    showCollection(collectionId, collection);
    watch(collectionId);
    refreshBanners();
    return collection;
}

void CollectionsPane::showCollection(const QString &collectionId, const Collection &collection)
{
    // Keep the folders that were open open, by their names.
    QSet<QString> expanded;
    // Visits the folders under a node by their path of names, going into
    // those @p enter returns true for.
    using Visit = std::function<bool(const QModelIndex &, const QString &)>;
    std::function<void(const QModelIndex &, const QString &, const Visit &)> walk
        = [&](const QModelIndex &parent, const QString &prefix, const Visit &enter) {
              for (int row = 0; row < m_model->rowCount(parent); ++row) {
                  const QModelIndex idx = m_model->index(row, 0, parent);
                  if (m_model->kindOf(idx) != CollectionTreeModel::NodeKind::Folder)
                      continue;
                  const QString key = prefix + u'/' + m_model->data(idx, Qt::EditRole).toString();
                  if (enter(idx, key)) {
                      walk(idx, key, enter);
                  }
              }
          };
    const QModelIndex before = m_model->collectionIndex(collectionId);
    const bool known = before.isValid();
    const bool collectionExpanded = known && m_view->isExpanded(m_proxy->mapFromSource(before));
    if (known) {
        walk(before, QString(), [&](const QModelIndex &idx, const QString &key) {
            if (!m_view->isExpanded(m_proxy->mapFromSource(idx)))
                return false;
            expanded.insert(key);
            return true;
        });
    }
    m_model->setCollection(collectionId, collection);
    const QModelIndex after = m_model->collectionIndex(collectionId);
    if (!known || collectionExpanded)
        m_view->setExpanded(m_proxy->mapFromSource(after), true);
    if (!expanded.isEmpty()) {
        walk(after, QString(), [&](const QModelIndex &idx, const QString &key) {
            if (!expanded.contains(key))
                return false;
            m_view->setExpanded(m_proxy->mapFromSource(idx), true);
            return true;
        });
    }
    updateActions();
}

void CollectionsPane::select(
    const QString &collectionId, const std::optional<CollectionNodeRef> &ref)
{
    const QModelIndex idx
        = ref ? m_model->indexOf(collectionId, *ref) : m_model->collectionIndex(collectionId);
    const QModelIndex proxyIdx = m_proxy->mapFromSource(idx);
    if (!proxyIdx.isValid())
        return;
    m_view->setCurrentIndex(proxyIdx);
    m_view->scrollTo(proxyIdx);
}

std::optional<CollectionNodeRef> CollectionsPane::applyEdit(const QString &collectionId,
    const QString &text, const std::function<std::optional<CollectionNodeRef>(Collection &)> &edit)
{
    const Collection *current = m_model->collection(collectionId);
    if (!current)
        return std::nullopt;
    if (current->readOnly) {
        setStatus(tr("“%1” is read-only; it was not changed.").arg(current->name));
        return std::nullopt;
    }
    Collection after = *current;
    const std::optional<CollectionNodeRef> ref = edit(after);
    if (!ref)
        return std::nullopt;
    m_undo->push(new SnapshotCommand(this, collectionId, *current, after, text, ref));
    return ref;
}

QModelIndex CollectionsPane::currentIndex() const
{
    return m_proxy->mapToSource(m_view->currentIndex());
}

QList<CollectionNodeRef> CollectionsPane::selectedRequests() const
{
    const QString collectionId = m_model->collectionIdOf(currentIndex());
    QList<CollectionNodeRef> refs;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        const QModelIndex idx = m_proxy->mapToSource(row);
        if (m_model->kindOf(idx) == CollectionTreeModel::NodeKind::Request
            && m_model->collectionIdOf(idx) == collectionId) {
            refs.append(m_model->refOf(idx));
        }
    }
    return refs;
}

void CollectionsPane::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
    if (!text.isEmpty())
        m_view->expandAll();
}

QString CollectionsPane::uniqueCollectionDir(const QString &name) const
{
    const QString base = CollectionStore::slug(name);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(QDir(m_dir).filePath(candidate)); ++n)
        candidate = base + u"-"_s + QString::number(n);
    return QDir(m_dir).filePath(candidate);
}

Result<QString> CollectionsPane::newCollection(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Result<QString>::failure(tr("A collection needs a name."));
    const QString dir = uniqueCollectionDir(name);
    Collection c;
    c.name = name.trimmed();
    const Result<CollectionSaveReport> saved = m_store.save(c, dir);
    if (!saved)
        return Result<QString>::failure(saved.errorMessage());
    const QString id = QFileInfo(dir).fileName();
    Open state;
    state.dir = dir;
    state.fingerprint = fingerprintOf(dir);
    m_open.insert(id, state);
    showCollection(id, c);
    watch(id);
    select(id, std::nullopt);
    return id;
}

QModelIndex CollectionsPane::newFolder(const QModelIndex &at, const QString &name)
{
    if (!at.isValid() || name.trimmed().isEmpty())
        return {};
    const QString id = m_model->collectionIdOf(at);
    const CollectionNodeRef ref = m_model->refOf(at);
    const std::optional<CollectionNodeRef> made = applyEdit(id, tr("New folder"),
        [&](Collection &c) { return c.addFolder(ref.folderPath, name.trimmed()); });
    return made ? m_model->indexOf(id, *made) : QModelIndex();
}

QModelIndex CollectionsPane::newRequest(
    const QModelIndex &at, const QString &name, const RequestSpec &spec)
{
    if (!at.isValid() || name.trimmed().isEmpty())
        return {};
    const QString id = m_model->collectionIdOf(at);
    const CollectionNodeRef ref = m_model->refOf(at);
    CollectionRequest request;
    request.name = name.trimmed();
    request.spec = spec;
    const std::optional<CollectionNodeRef> made = applyEdit(id, tr("New request"),
        [&](Collection &c) { return c.addRequest(ref.folderPath, request); });
    return made ? m_model->indexOf(id, *made) : QModelIndex();
}

bool CollectionsPane::renameNode(const QModelIndex &index, const QString &name)
{
    if (!index.isValid() || name.trimmed().isEmpty())
        return false;
    const QString id = m_model->collectionIdOf(index);
    const CollectionNodeRef ref = m_model->refOf(index);
    if (m_model->kindOf(index) == CollectionTreeModel::NodeKind::Collection) {
        return applyEdit(id, tr("Rename collection"),
            [&](Collection &c) -> std::optional<CollectionNodeRef> {
                c.name = name.trimmed();
                return ref;
            })
            .has_value();
    }
    return applyEdit(id, tr("Rename"), [&](Collection &c) -> std::optional<CollectionNodeRef> {
        if (!c.rename(ref, name.trimmed()))
            return std::nullopt;
        return ref;
    }).has_value();
}

QModelIndex CollectionsPane::duplicateNode(const QModelIndex &index)
{
    if (!index.isValid() || m_model->kindOf(index) == CollectionTreeModel::NodeKind::Collection)
        return {};
    const QString id = m_model->collectionIdOf(index);
    const CollectionNodeRef ref = m_model->refOf(index);
    const std::optional<CollectionNodeRef> made
        = applyEdit(id, tr("Duplicate"), [&](Collection &c) { return c.duplicate(ref); });
    return made ? m_model->indexOf(id, *made) : QModelIndex();
}

bool CollectionsPane::deleteNode(const QModelIndex &index)
{
    if (!index.isValid())
        return false;
    const QString id = m_model->collectionIdOf(index);
    if (m_model->kindOf(index) == CollectionTreeModel::NodeKind::Collection) {
        m_undo->push(new DeleteCollectionCommand(this, id));
        return !m_model->collectionIndex(id).isValid();
    }
    const CollectionNodeRef ref = m_model->refOf(index);
    return applyEdit(id, tr("Delete"), [&](Collection &c) -> std::optional<CollectionNodeRef> {
        if (!c.remove(ref))
            return std::nullopt;
        return CollectionNodeRef { ref.folderPath, -1 };
    }).has_value();
}

QModelIndex CollectionsPane::moveNode(
    const QString &collectionId, const CollectionNodeRef &ref, const QList<int> &targetFolder)
{
    const Collection *c = m_model->collection(collectionId);
    if (!c)
        return {};
    const QString oldId = ref.isFolder() ? QString() : CollectionTreeModel::requestId(*c, ref);
    const std::optional<CollectionNodeRef> made = applyEdit(
        collectionId, tr("Move"), [&](Collection &copy) { return copy.move(ref, targetFolder); });
    if (!made)
        return {};
    if (!oldId.isEmpty()) {
        const QString newId
            = CollectionTreeModel::requestId(*m_model->collection(collectionId), *made);
        if (newId != oldId)
            Q_EMIT requestIdChanged(collectionId, oldId, newId);
    }
    return m_model->indexOf(collectionId, *made);
}

bool CollectionsPane::saveRequest(const QString &collectionId, const QString &requestId,
    const RequestSpec &spec, const std::optional<RequestTests> &tests)
{
    const QModelIndex idx = m_model->requestIndex(collectionId, requestId);
    if (!idx.isValid()) {
        setStatus(
            tr("The request %1 is no longer in the collection; it was not saved.").arg(requestId));
        return false;
    }
    const CollectionNodeRef ref = m_model->refOf(idx);
    const std::optional<CollectionNodeRef> done = applyEdit(
        collectionId, tr("Save request"), [&](Collection &c) -> std::optional<CollectionNodeRef> {
            CollectionFolder *f = c.folder(ref.folderPath);
            if (!f || ref.request >= f->requests.size())
                return std::nullopt;
            f->requests[ref.request].spec = spec;
            if (tests) {
                f->requests[ref.request].assertions = tests->assertions;
                f->requests[ref.request].captures = tests->captures;
            }
            return ref;
        });
    return done.has_value() && m_open.value(collectionId).unsaved.isEmpty();
}

Status CollectionsPane::exportCollection(
    const QString &collectionId, const QString &format, const QString &file)
{
    const Collection *c = m_model->collection(collectionId);
    if (!c)
        return Status::failure(tr("No collection %1 is open.").arg(collectionId));
    CollectionExporter exporter;
    exporter.setBaseUrl(m_exportBaseUrl);
    const Result<QByteArray> bytes = exporter.exportCollection(*c, format);
    if (!bytes)
        return Status::failure(bytes.errorMessage());
    return AtomicFile::write(file, *bytes);
}

ImportDialog *CollectionsPane::createImportDialog()
{
    auto *dialog = new ImportDialog(m_dir, this);
    connect(
        dialog, &ImportDialog::imported, this, [this](const QString &dir) { openCollection(dir); });
    return dialog;
}

void CollectionsPane::importViaDialog()
{
    ImportDialog *dialog = createImportDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CollectionsPane::exportViaDialog()
{
    const QModelIndex idx = currentIndex();
    if (!idx.isValid())
        return;
    const QString id = m_model->collectionIdOf(idx);
    const QString postman = tr("Postman Collection v2.1 (*.postman_collection.json)");
    const QString http = tr("HTTP file (*.http)");
    const QString curl = tr("curl commands (*.sh)");
    QString filter;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export collection"),
        QDir::home().filePath(id + u".postman_collection.json"_s),
        QStringList { postman, http, curl }.join(u";;"_s), &filter);
    if (file.isEmpty())
        return;
    const QString format = filter == http ? u"http"_s : filter == curl ? u"curl"_s : u"postman"_s;
    const Status s = exportCollection(id, format, file);
    setStatus(s ? tr("Exported to %1.").arg(QDir::toNativeSeparators(file)) : s.errorMessage());
}

QString CollectionsPane::askName(const QString &label, const QString &initial)
{
    const std::optional<QString> name = m_textPrompt(label, initial);
    return name ? name->trimmed() : QString();
}

void CollectionsPane::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex idx = m_proxy->mapToSource(proxyIndex);
    if (m_model->kindOf(idx) != CollectionTreeModel::NodeKind::Request)
        return;
    const QString id = m_model->collectionIdOf(idx);
    const Collection *c = m_model->collection(id);
    const CollectionRequest *r = c ? c->request(m_model->refOf(idx)) : nullptr;
    if (!r)
        return;
    Q_EMIT requestActivated(
        r->spec, id, m_model->data(idx, CollectionTreeModel::RequestIdRole).toString());
}

QString CollectionsPane::problemText() const
{
    return m_problemBanner->isHidden() ? QString() : m_problemLabel->text();
}

QString CollectionsPane::noticeText() const
{
    return m_noticeBanner->isHidden() ? QString() : m_noticeLabel->text();
}

QString CollectionsPane::changeText() const
{
    return m_changeBanner->isHidden() ? QString() : m_changeLabel->text();
}

void CollectionsPane::refreshBanners()
{
    QStringList problems;
    QStringList notices;
    QStringList changed;
    const QStringList ids = m_model->collectionIds();
    for (const QString &id : ids) {
        const Open state = m_open.value(id);
        const QString name = m_model->collection(id)->name;
        for (const CollectionProblem &p : state.problems)
            problems.append(p.describe());
        for (const QString &n : state.notices)
            notices.append(tr("%1: %2").arg(name, n));
        if (!state.unsaved.isEmpty())
            notices.append(state.unsaved);
        if (state.externalChange && !state.keptMine)
            changed.append(name);
    }
    m_problemLabel->setText(problems.isEmpty()
            ? QString()
            : tr("%n file(s) could not be loaded and the rest of the collection "
                 "opened:",
                  nullptr, int(problems.size()))
                + u'\n' + problems.join(u'\n'));
    m_problemBanner->setVisible(!problems.isEmpty());
    m_noticeLabel->setText(notices.join(u'\n'));
    m_noticeBanner->setVisible(!notices.isEmpty());
    m_changeLabel->setText(changed.isEmpty()
            ? QString()
            : tr("Changed on disk since it was opened: %1. Reload it, or keep your version "
                 "(a save will ask before overwriting).")
                  .arg(changed.join(u", "_s)));
    m_changeBanner->setVisible(!changed.isEmpty());
}

void CollectionsPane::updateActions()
{
    const QModelIndex idx = currentIndex();
    const bool any = idx.isValid();
    const bool writable = any && !m_model->data(idx, CollectionTreeModel::ReadOnlyRole).toBool();
    const bool node = any && m_model->kindOf(idx) != CollectionTreeModel::NodeKind::Collection;
    const bool one = m_view->selectionModel()->selectedRows().size() <= 1;
    m_newFolder->setEnabled(writable && one);
    m_newRequest->setEnabled(writable && one);
    m_rename->setEnabled(writable && one);
    m_duplicate->setEnabled(writable && node && one);
    m_delete->setEnabled(any && (writable || !node) && one);
    const qsizetype picked = one ? 0 : selectedRequests().size();
    m_run->setText(picked > 1 ? tr("Run %n selected requests…", nullptr, int(picked)) : tr("Run…"));
    m_export->setEnabled(any);
    m_run->setEnabled(any);
}

void CollectionsPane::setStatus(const QString &text)
{
    m_status = text;
    m_statusLabel->setText(text);
}

} // namespace opc::ui
