#include "collections/collectiontreemodel.h"

#include "collections/collectionstore.h"
#include "widgets/retranslate.h"

#include <QApplication>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QStyle>

#include <functional>

using namespace Qt::StringLiterals;

namespace opc::ui {

struct CollectionTreeModel::Node
{
    Entry *entry = nullptr;
    Node *parent = nullptr;
    int row = 0;
    NodeKind kind = NodeKind::Request;
    CollectionNodeRef ref;
    std::vector<std::unique_ptr<Node>> children;
};

struct CollectionTreeModel::Entry
{
    QString id;
    Collection collection;
    Node root; ///< the collection's own row
};

namespace {

QColor methodColor(const QString &method)
{
    // Hues as API tools commonly use them; the text on the badge carries
    // the meaning, the colour only helps scanning.
    if (method == "GET"_L1)
        return QColor(0x2e, 0x7d, 0x32);
    if (method == "POST"_L1)
        return QColor(0xb2, 0x5e, 0x00);
    if (method == "PUT"_L1)
        return QColor(0x15, 0x65, 0xc0);
    if (method == "PATCH"_L1)
        return QColor(0x6a, 0x1b, 0x9a);
    if (method == "DELETE"_L1)
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x54, 0x6e, 0x7a);
}

} // namespace

CollectionTreeModel::CollectionTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    // A collection's row says "(read-only)": the views fetch it again. The
    // tooltips and accessible texts are asked for when shown.
    retranslate(this, [this] {
        if (!m_entries.empty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, 0), { Qt::DisplayRole });
    });
}

CollectionTreeModel::~CollectionTreeModel() = default;

QIcon CollectionTreeModel::methodIcon(const QString &method) const
{
    // Cached per model (not in a static) so no pixmap outlives the application.
    QHash<QString, QIcon> &cache = m_methodIcons;
    const auto it = cache.constFind(method);
    if (it != cache.constEnd())
        return *it;
    const QString label = method.left(method == "DELETE"_L1 ? 3 : 4);
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPixelSize(9);
    const int w = 30;
    const int h = 14;
    QIcon icon;
    for (const qreal dpr : { 1.0, 2.0 }) {
        QPixmap pixmap(QSize(w, h) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(methodColor(method));
        p.drawRoundedRect(QRectF(0, 0, w, h), 3, 3);
        p.setPen(Qt::white);
        p.setFont(font);
        p.drawText(QRectF(0, 0, w, h), Qt::AlignCenter, label);
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(method, icon);
    return icon;
}

int CollectionTreeModel::collectionCount() const
{
    return int(m_entries.size());
}

void CollectionTreeModel::buildChildren(Entry &entry)
{
    // Folders first, then requests: the order the store keeps them in.
    std::function<void(Node &, const CollectionFolder &, const QList<int> &)> build
        = [&](Node &node, const CollectionFolder &folder, const QList<int> &path) {
              node.children.reserve(size_t(folder.folders.size() + folder.requests.size()));
              for (int i = 0; i < folder.folders.size(); ++i) {
                  auto child = std::make_unique<Node>();
                  child->entry = &entry;
                  child->parent = &node;
                  child->row = int(node.children.size());
                  child->kind = NodeKind::Folder;
                  child->ref.folderPath = path;
                  child->ref.folderPath.append(i);
                  build(*child, folder.folders.at(i), child->ref.folderPath);
                  node.children.push_back(std::move(child));
              }
              for (int i = 0; i < folder.requests.size(); ++i) {
                  auto child = std::make_unique<Node>();
                  child->entry = &entry;
                  child->parent = &node;
                  child->row = int(node.children.size());
                  child->kind = NodeKind::Request;
                  child->ref = CollectionNodeRef { path, i };
                  node.children.push_back(std::move(child));
              }
          };
    entry.root.children.clear();
    build(entry.root, entry.collection.root, {});
}

void CollectionTreeModel::addCollection(const QString &id, const Collection &collection)
{
    const int row = int(m_entries.size());
    auto entry = std::make_unique<Entry>();
    entry->id = id;
    entry->collection = collection;
    entry->root.entry = entry.get();
    entry->root.kind = NodeKind::Collection;
    entry->root.row = row;
    buildChildren(*entry);
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(entry));
    endInsertRows();
}

void CollectionTreeModel::setCollection(const QString &id, const Collection &collection)
{
    const int row = entryRow(id);
    if (row < 0) {
        addCollection(id, collection);
        return;
    }
    Entry &entry = *m_entries.at(size_t(row));
    const QModelIndex parent = index(row, 0);
    if (!entry.root.children.empty()) {
        beginRemoveRows(parent, 0, int(entry.root.children.size()) - 1);
        entry.root.children.clear();
        entry.collection.root = {};
        endRemoveRows();
    }
    entry.collection = collection;
    // Build first, then announce exactly the rows that appear.
    buildChildren(entry);
    const int count = int(entry.root.children.size());
    if (count > 0) {
        std::vector<std::unique_ptr<Node>> built = std::move(entry.root.children);
        entry.root.children.clear();
        beginInsertRows(parent, 0, count - 1);
        entry.root.children = std::move(built);
        endInsertRows();
    }
    Q_EMIT dataChanged(parent, parent);
}

void CollectionTreeModel::removeCollection(const QString &id)
{
    const int row = entryRow(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    for (size_t i = size_t(row); i < m_entries.size(); ++i)
        m_entries.at(i)->root.row = int(i);
    endRemoveRows();
}

void CollectionTreeModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QStringList CollectionTreeModel::collectionIds() const
{
    QStringList ids;
    for (const auto &e : m_entries)
        ids.append(e->id);
    return ids;
}

int CollectionTreeModel::entryRow(const QString &id) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i)->id == id)
            return int(i);
    }
    return -1;
}

const Collection *CollectionTreeModel::collection(const QString &id) const
{
    const int row = entryRow(id);
    return row < 0 ? nullptr : &m_entries.at(size_t(row))->collection;
}

QModelIndex CollectionTreeModel::collectionIndex(const QString &id) const
{
    const int row = entryRow(id);
    return row < 0 ? QModelIndex() : index(row, 0);
}

CollectionTreeModel::Node *CollectionTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QString CollectionTreeModel::collectionIdOf(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    return n ? n->entry->id : QString();
}

CollectionNodeRef CollectionTreeModel::refOf(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    return n ? n->ref : CollectionNodeRef {};
}

CollectionTreeModel::NodeKind CollectionTreeModel::kindOf(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    return n ? n->kind : NodeKind::Collection;
}

QModelIndex CollectionTreeModel::indexOf(const QString &collectionId, const CollectionNodeRef &ref) const
{
    const int row = entryRow(collectionId);
    if (row < 0)
        return {};
    const Node *node = &m_entries.at(size_t(row))->root;
    QModelIndex idx = index(row, 0);
    for (int f : ref.folderPath) {
        if (f < 0 || size_t(f) >= node->children.size() || node->children.at(size_t(f))->kind != NodeKind::Folder)
            return {};
        node = node->children.at(size_t(f)).get();
        idx = index(f, 0, idx);
    }
    if (ref.isFolder())
        return idx;
    const Collection &c = m_entries.at(size_t(row))->collection;
    const CollectionFolder *folder = c.folder(ref.folderPath);
    if (!folder || ref.request >= folder->requests.size())
        return {};
    return index(int(folder->folders.size()) + ref.request, 0, idx);
}

QString CollectionTreeModel::requestId(const Collection &collection, const CollectionNodeRef &ref)
{
    QStringList parts;
    const CollectionFolder *f = &collection.root;
    for (int i : ref.folderPath) {
        if (i < 0 || i >= f->folders.size())
            return {};
        f = &f->folders.at(i);
        parts.append(f->dirName.isEmpty() ? CollectionStore::slug(f->name) : f->dirName);
    }
    if (ref.isFolder() || ref.request >= f->requests.size())
        return {};
    const CollectionRequest &r = f->requests.at(ref.request);
    parts.append(r.fileName);
    return parts.join(u'/');
}

QModelIndex CollectionTreeModel::requestIndex(const QString &collectionId, const QString &requestId) const
{
    const Collection *c = collection(collectionId);
    if (!c || requestId.isEmpty())
        return {};
    // Walk along the folder names of the id rather than over every request.
    QStringList parts = requestId.split(u'/');
    const QString file = parts.takeLast();
    CollectionNodeRef ref;
    const CollectionFolder *f = &c->root;
    for (const QString &dir : std::as_const(parts)) {
        int found = -1;
        for (int i = 0; i < f->folders.size(); ++i) {
            if (f->folders.at(i).dirName == dir) {
                found = i;
                break;
            }
        }
        if (found < 0)
            return {};
        ref.folderPath.append(found);
        f = &f->folders.at(found);
    }
    for (int i = 0; i < f->requests.size(); ++i) {
        if (f->requests.at(i).fileName == file) {
            ref.request = i;
            return indexOf(collectionId, ref);
        }
    }
    return {};
}

QModelIndex CollectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid()) {
        if (size_t(row) >= m_entries.size())
            return {};
        return createIndex(row, 0, &m_entries.at(size_t(row))->root);
    }
    const Node *p = nodeOf(parent);
    if (!p || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, 0, p->children.at(size_t(row)).get());
}

QModelIndex CollectionTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!n || !n->parent)
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int CollectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_entries.size());
    const Node *n = nodeOf(parent);
    return n ? int(n->children.size()) : 0;
}

int CollectionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CollectionTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeOf(index);
    if (!n)
        return {};
    const Collection &c = n->entry->collection;
    if (role == CollectionIdRole)
        return n->entry->id;
    if (role == KindRole)
        return int(n->kind);
    if (role == ReadOnlyRole)
        return c.readOnly;
    switch (n->kind) {
    case NodeKind::Collection:
        switch (role) {
        case Qt::DisplayRole:
            return c.readOnly ? tr("%1 (read-only)").arg(c.name) : c.name;
        case Qt::EditRole:
        case FilterRole:
            return c.name;
        case Qt::ToolTipRole:
            return tr("%n request(s)", nullptr, c.requestCount());
        case Qt::DecorationRole: {
            // Looked up once: a theme lookup per painted row adds up over thousands of rows.
            if (m_collectionIcon.isNull())
                m_collectionIcon = QApplication::style()->standardIcon(QStyle::SP_DriveHDIcon);
            return m_collectionIcon;
        }
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        default:
            return {};
        }
    case NodeKind::Folder: {
        const CollectionFolder *f = c.folder(n->ref.folderPath);
        if (!f)
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case FilterRole:
            return f->name;
        case Qt::DecorationRole: {
            if (m_folderIcon.isNull())
                m_folderIcon = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
            return m_folderIcon;
        }
        case Qt::ToolTipRole:
            return tr("%n request(s)", nullptr, f->requestCount());
        default:
            return {};
        }
    }
    case NodeKind::Request: {
        const CollectionRequest *r = c.request(n->ref);
        if (!r)
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return r->name;
        case Qt::AccessibleTextRole:
            return tr("%1 %2").arg(r->spec.method, r->name);
        case Qt::DecorationRole:
            return methodIcon(r->spec.method);
        case Qt::ToolTipRole:
            return r->description.isEmpty() ? tr("%1 %2").arg(r->spec.method, r->spec.url)
                                            : tr("%1 %2\n%3").arg(r->spec.method, r->spec.url, r->description);
        case MethodRole:
            return r->spec.method;
        case UrlRole:
            return r->spec.url;
        case RequestIdRole:
            return requestId(c, n->ref);
        case FilterRole:
            return QString(r->name + u' ' + r->spec.method + u' ' + r->spec.url);
        default:
            return {};
        }
    }
    }
    return {};
}

bool CollectionTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *n = nodeOf(index);
    if (!n || role != Qt::EditRole || n->entry->collection.readOnly)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == data(index, Qt::EditRole).toString())
        return false;
    // The owner applies the rename (with undo) and replaces the collection.
    Q_EMIT renameRequested(n->entry->id, n->ref, name);
    return true;
}

Qt::ItemFlags CollectionTreeModel::flags(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    if (!n)
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (n->entry->collection.readOnly)
        return f;
    f |= Qt::ItemIsEditable;
    if (n->kind != NodeKind::Collection)
        f |= Qt::ItemIsDragEnabled;
    if (n->kind != NodeKind::Request)
        f |= Qt::ItemIsDropEnabled;
    else
        f |= Qt::ItemNeverHasChildren;
    return f;
}

Qt::DropActions CollectionTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CollectionTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList CollectionTreeModel::mimeTypes() const
{
    return { QString::fromLatin1(kMimeType) };
}

QMimeData *CollectionTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // One node per drag: the tree is single-selection, and index paths of
    // several nodes would shift under each other's moves.
    for (const QModelIndex &idx : indexes) {
        const Node *n = nodeOf(idx);
        if (!n || n->kind == NodeKind::Collection)
            continue;
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << n->entry->id << n->ref.folderPath << qint32(n->ref.request);
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(kMimeType), bytes);
        return mime;
    }
    return nullptr;
}

std::optional<CollectionTreeModel::Drop> CollectionTreeModel::decode(const QMimeData *data,
                                                                     const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(QString::fromLatin1(kMimeType)))
        return std::nullopt;
    QDataStream in(data->data(QString::fromLatin1(kMimeType)));
    Drop drop;
    qint32 request = -1;
    in >> drop.collectionId >> drop.ref.folderPath >> request;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    drop.ref.request = request;
    const Node *target = nodeOf(parent);
    if (!target || target->entry->id != drop.collectionId || target->entry->collection.readOnly)
        return std::nullopt;
    // Dropping on a request means its folder.
    drop.target = target->ref.folderPath;
    const Collection &c = target->entry->collection;
    if (drop.ref.isFolder()) {
        if (drop.ref.folderPath.isEmpty() || !c.folder(drop.ref.folderPath))
            return std::nullopt;
        // Not into itself or below itself, and not where it already is.
        if (drop.target.size() >= drop.ref.folderPath.size()
            && drop.target.mid(0, drop.ref.folderPath.size()) == drop.ref.folderPath)
            return std::nullopt;
        if (drop.target == drop.ref.folderPath.mid(0, drop.ref.folderPath.size() - 1))
            return std::nullopt;
    } else {
        if (!c.request(drop.ref) || drop.target == drop.ref.folderPath)
            return std::nullopt;
    }
    return drop;
}

bool CollectionTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                          const QModelIndex &parent) const
{
    return action == Qt::MoveAction && decode(data, parent).has_value();
}

bool CollectionTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &parent)
{
    if (action != Qt::MoveAction)
        return false;
    const std::optional<Drop> drop = decode(data, parent);
    if (!drop)
        return false;
    Q_EMIT moveRequested(drop->collectionId, drop->ref, drop->target);
    return true;
}

} // namespace opc::ui
