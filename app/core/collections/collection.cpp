#include "collections/collection.h"

#include <QCoreApplication>

namespace opc {

namespace {

void clearFileNames(CollectionFolder &folder)
{
    folder.dirName.clear();
    for (CollectionRequest &r : folder.requests)
        r.fileName.clear();
    for (CollectionFolder &f : folder.folders)
        clearFileNames(f);
}

QString copyName(const QString &name)
{
    return QCoreApplication::translate("opc::Collection", "%1 copy").arg(name);
}

} // namespace

int CollectionFolder::requestCount() const
{
    int n = int(requests.size());
    for (const CollectionFolder &f : folders)
        n += f.requestCount();
    return n;
}

CollectionFolder *Collection::folder(const QList<int> &path)
{
    CollectionFolder *f = &root;
    for (int i : path) {
        if (i < 0 || i >= f->folders.size())
            return nullptr;
        f = &f->folders[i];
    }
    return f;
}

const CollectionFolder *Collection::folder(const QList<int> &path) const
{
    return const_cast<Collection *>(this)->folder(path);
}

const CollectionRequest *Collection::request(const CollectionNodeRef &ref) const
{
    const CollectionFolder *f = folder(ref.folderPath);
    if (!f || ref.request < 0 || ref.request >= f->requests.size())
        return nullptr;
    return &f->requests.at(ref.request);
}

std::optional<CollectionNodeRef> Collection::addFolder(const QList<int> &parent, const QString &name)
{
    CollectionFolder *f = folder(parent);
    if (!f)
        return std::nullopt;
    CollectionFolder child;
    child.name = name;
    f->folders.append(child);
    QList<int> path = parent;
    path.append(int(f->folders.size()) - 1);
    return CollectionNodeRef { path, -1 };
}

std::optional<CollectionNodeRef> Collection::addRequest(const QList<int> &folderPath, const CollectionRequest &request)
{
    CollectionFolder *f = folder(folderPath);
    if (!f)
        return std::nullopt;
    f->requests.append(request);
    return CollectionNodeRef { folderPath, int(f->requests.size()) - 1 };
}

bool Collection::rename(const CollectionNodeRef &ref, const QString &name)
{
    if (name.trimmed().isEmpty())
        return false;
    if (ref.isFolder()) {
        if (ref.folderPath.isEmpty())
            return false;
        CollectionFolder *f = folder(ref.folderPath);
        if (!f)
            return false;
        f->name = name;
        return true;
    }
    CollectionFolder *f = folder(ref.folderPath);
    if (!f || ref.request >= f->requests.size())
        return false;
    f->requests[ref.request].name = name;
    return true;
}

std::optional<CollectionNodeRef> Collection::duplicate(const CollectionNodeRef &ref)
{
    if (ref.isFolder()) {
        if (ref.folderPath.isEmpty())
            return std::nullopt;
        QList<int> parentPath = ref.folderPath;
        const int index = parentPath.takeLast();
        CollectionFolder *parent = folder(parentPath);
        if (!parent || index >= parent->folders.size())
            return std::nullopt;
        CollectionFolder copy = parent->folders.at(index);
        clearFileNames(copy);
        copy.name = copyName(copy.name);
        parent->folders.insert(index + 1, copy);
        parentPath.append(index + 1);
        return CollectionNodeRef { parentPath, -1 };
    }
    CollectionFolder *f = folder(ref.folderPath);
    if (!f || ref.request >= f->requests.size())
        return std::nullopt;
    CollectionRequest copy = f->requests.at(ref.request);
    copy.fileName.clear();
    copy.name = copyName(copy.name);
    f->requests.insert(ref.request + 1, copy);
    return CollectionNodeRef { ref.folderPath, ref.request + 1 };
}

std::optional<CollectionNodeRef> Collection::move(const CollectionNodeRef &ref, const QList<int> &targetFolder)
{
    CollectionFolder *target = folder(targetFolder);
    if (!target)
        return std::nullopt;
    if (ref.isFolder()) {
        if (ref.folderPath.isEmpty())
            return std::nullopt;
        // The target must not be the folder itself or anything inside it.
        if (targetFolder.size() >= ref.folderPath.size()
            && targetFolder.mid(0, ref.folderPath.size()) == ref.folderPath)
            return std::nullopt;
        QList<int> parentPath = ref.folderPath;
        const int index = parentPath.takeLast();
        CollectionFolder *parent = folder(parentPath);
        if (!parent || index >= parent->folders.size())
            return std::nullopt;
        const CollectionFolder moving = parent->folders.takeAt(index);
        // Removing a sibling that comes before the target shifts the target's index.
        QList<int> newTarget = targetFolder;
        if (newTarget.size() > parentPath.size() && newTarget.mid(0, parentPath.size()) == parentPath
            && newTarget.at(parentPath.size()) > index)
            --newTarget[parentPath.size()];
        CollectionFolder *dest = folder(newTarget);
        dest->folders.append(moving);
        newTarget.append(int(dest->folders.size()) - 1);
        return CollectionNodeRef { newTarget, -1 };
    }
    CollectionFolder *f = folder(ref.folderPath);
    if (!f || ref.request >= f->requests.size())
        return std::nullopt;
    const CollectionRequest moving = f->requests.takeAt(ref.request);
    target->requests.append(moving);
    return CollectionNodeRef { targetFolder, int(target->requests.size()) - 1 };
}

bool Collection::remove(const CollectionNodeRef &ref)
{
    if (ref.isFolder()) {
        if (ref.folderPath.isEmpty())
            return false;
        QList<int> parentPath = ref.folderPath;
        const int index = parentPath.takeLast();
        CollectionFolder *parent = folder(parentPath);
        if (!parent || index >= parent->folders.size())
            return false;
        parent->folders.removeAt(index);
        return true;
    }
    CollectionFolder *f = folder(ref.folderPath);
    if (!f || ref.request >= f->requests.size())
        return false;
    f->requests.removeAt(ref.request);
    return true;
}

QString Collection::displayPath(const CollectionNodeRef &ref) const
{
    QStringList parts;
    const CollectionFolder *f = &root;
    for (int i : ref.folderPath) {
        if (i < 0 || i >= f->folders.size())
            break;
        f = &f->folders.at(i);
        parts.append(f->name);
    }
    if (!ref.isFolder() && ref.request < f->requests.size())
        parts.append(f->requests.at(ref.request).name);
    return parts.join(QLatin1Char('/'));
}

} // namespace opc
