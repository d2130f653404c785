#include "collections/collectionstore.h"

#include "collections/secretredactor.h"
#include "common/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace opc {

namespace {

const QString kCollectionFile = u"collection.json"_s;
const QString kFolderFile = u"folder.json"_s;


// Keys the store understands in each kind of file; anything else is kept.
const QStringList kCollectionKeys { u"schemaVersion"_s, u"name"_s, u"variables"_s,
                                    u"defaultApplication"_s, u"defaultToken"_s, u"order"_s };
const QStringList kFolderKeys { u"schemaVersion"_s, u"name"_s, u"order"_s };
const QStringList kRequestKeys { u"schemaVersion"_s, u"name"_s, u"description"_s, u"method"_s, u"url"_s,
                                 u"query"_s, u"headers"_s, u"body"_s, u"tokenHeader"_s,
                                 u"bearerPrefix"_s, u"sign"_s, u"assertions"_s, u"captures"_s };

QJsonObject unknownFields(const QJsonObject &o, const QStringList &known)
{
    QJsonObject extra;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            extra.insert(it.key(), it.value());
    }
    return extra;
}

void mergeInto(QJsonObject &o, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!o.contains(it.key()))
            o.insert(it.key(), it.value());
    }
}

QByteArray render(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// A single order entry names one child: "name/" for a folder, "name.json" for
// a request. Anything with a path separator or ".." is ignored, so an edited
// order list can never point outside its folder.
bool safeEntry(const QString &entry)
{
    QString bare = entry;
    if (bare.endsWith('/'_L1))
        bare.chop(1);
    return !bare.isEmpty() && !bare.contains('/'_L1) && !bare.contains('\\'_L1) && bare != "."_L1
        && bare != ".."_L1 && !bare.startsWith('.'_L1);
}

class Loader
{
public:
    Loader(const CollectionLimits &limits, const QString &root, CollectionLoad &out)
        : m_limits(limits), m_root(root), m_out(out)
    {
    }

    // Reads and parses one JSON object file. nullopt when it could not be
    // used; the problem has been recorded (and a corrupt file moved aside).
    std::optional<QJsonObject> readObject(const QString &path)
    {
        const QFileInfo info(path);
        if (info.size() > m_limits.maxFileBytes) {
            problem(path, 0, 0, QCoreApplication::translate("opc::CollectionStore", "file is larger than %1 bytes; not loaded").arg(m_limits.maxFileBytes), false);
            m_partial = true;
            return std::nullopt;
        }
        const Result<QByteArray> data = AtomicFile::read(path, m_limits.maxFileBytes);
        if (!data) {
            problem(path, 0, 0, data.errorMessage(), false);
            m_partial = true;
            return std::nullopt;
        }
        if (data->isEmpty()) {
            problem(path, 0, 0, QCoreApplication::translate("opc::CollectionStore", "the file is empty"), true);
            return std::nullopt;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(*data, &error);
        if (error.error != QJsonParseError::NoError) {
            int line = 1;
            int column = 1;
            const qsizetype end = std::min<qsizetype>(error.offset, data->size());
            for (qsizetype i = 0; i < end; ++i) {
                if (data->at(i) == '\n') {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
            }
            problem(path, line, column, error.errorString(), true);
            return std::nullopt;
        }
        if (!doc.isObject()) {
            problem(path, 1, 1, QCoreApplication::translate("opc::CollectionStore", "expected a JSON object"), true);
            return std::nullopt;
        }
        const QJsonObject o = doc.object();
        const int version = o.value("schemaVersion"_L1).toInt(0);
        if (version > CollectionStore::kSchemaVersion) {
            if (!m_newer) {
                m_out.notices.append(
                    QCoreApplication::translate("opc::CollectionStore", "%1 was written by a newer version of the console (schema %2, this version reads %3). "
                       "The collection is open read-only; saving is disabled so the file stays as it is.")
                        .arg(relative(path))
                        .arg(version)
                        .arg(CollectionStore::kSchemaVersion));
            }
            m_newer = true;
        }
        m_out.collection.storedFiles.insert(relative(path));
        return o;
    }

    void loadFolder(const QString &dirPath, CollectionFolder &folder, const QJsonArray &order, int depth)
    {
        if (depth > m_limits.maxDepth) {
            problem(dirPath, 0, 0, QCoreApplication::translate("opc::CollectionStore", "folders nested deeper than %1 levels were not loaded").arg(m_limits.maxDepth), false);
            m_partial = true;
            return;
        }
        const QDir dir(dirPath);
        // No symbolic links: a link could lead outside the collection folder.
        QFileInfoList entries = dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                                                  QDir::Name);
        if (entries.size() > m_limits.maxEntriesPerFolder) {
            problem(dirPath, 0, 0, QCoreApplication::translate("opc::CollectionStore", "more than %1 entries; only the first were loaded").arg(m_limits.maxEntriesPerFolder), false);
            m_partial = true;
            entries = entries.mid(0, m_limits.maxEntriesPerFolder);
        }
        QStringList names;
        for (const QFileInfo &fi : std::as_const(entries)) {
            if (fi.isDir())
                names.append(fi.fileName() + u"/"_s);
            else if (fi.fileName().endsWith(".json"_L1) && fi.fileName() != kCollectionFile
                     && fi.fileName() != kFolderFile)
                names.append(fi.fileName());
        }
        QStringList ordered;
        for (const QJsonValue &v : order) {
            const QString entry = v.toString();
            if (safeEntry(entry) && names.contains(entry) && !ordered.contains(entry))
                ordered.append(entry);
        }
        for (const QString &n : std::as_const(names)) {
            if (!ordered.contains(n))
                ordered.append(n);
        }
        for (const QString &entry : std::as_const(ordered)) {
            if (entry.endsWith('/'_L1)) {
                const QString childDir = dir.filePath(entry.chopped(1));
                // A folder whose folder.json is missing (or was moved aside as
                // corrupt) still loads, named after its directory.
                const QString metaFile = QDir(childDir).filePath(kFolderFile);
                const std::optional<QJsonObject> meta
                    = QFileInfo::exists(metaFile) ? readObject(metaFile) : std::nullopt;
                CollectionFolder child;
                child.dirName = entry.chopped(1);
                child.name = child.dirName;
                QJsonArray childOrder;
                if (meta) {
                    child.name = meta->value("name"_L1).toString(child.dirName);
                    childOrder = meta->value("order"_L1).toArray();
                    child.extra = unknownFields(*meta, kFolderKeys);
                }
                loadFolder(childDir, child, childOrder, depth + 1);
                folder.folders.append(child);
                continue;
            }
            if (m_requests >= m_limits.maxRequests) {
                if (!m_capped)
                    problem(dirPath, 0, 0, QCoreApplication::translate("opc::CollectionStore", "more than %1 requests; the rest were not loaded").arg(m_limits.maxRequests), false);
                m_capped = true;
                m_partial = true;
                return;
            }
            const std::optional<QJsonObject> o = readObject(dir.filePath(entry));
            if (!o)
                continue;
            CollectionRequest r;
            r.fileName = entry.chopped(5);
            r.name = o->value("name"_L1).toString(r.fileName);
            r.description = o->value("description"_L1).toString();
            r.spec = RequestSpec::fromJson(*o);
            r.extra = unknownFields(*o, kRequestKeys);
            readTests(*o, dir.filePath(entry), r);
            folder.requests.append(r);
            ++m_requests;
        }
    }

    /// The request's assertions and captures. A list with an entry this
    /// version cannot read is kept as it is (written back unchanged) and
    /// reported, so that nothing of it is lost.
    void readTests(const QJsonObject &o, const QString &path, CollectionRequest &r)
    {
        const auto readList = [&](const char *key, auto parse) {
            const QJsonValue list = o.value(QLatin1StringView(key));
            if (list.isUndefined()) {
                return;
            }
            bool ok = list.isArray();
            QString why = QCoreApplication::translate("opc::CollectionStore", "not a list");
            for (const QJsonValue &entry : list.toArray()) {
                if (ok && !parse(entry.toObject(), &why)) {
                    ok = false;
                }
            }
            if (!ok) {
                r.extra.insert(QLatin1StringView(key), list);
                problem(path, 0, 0, QCoreApplication::translate("opc::CollectionStore", "the request's %1 were kept as they are but not loaded: %2").arg(QLatin1StringView(key), why),
                        false);
            }
        };
        QList<Assertion> assertions;
        QList<Capture> captures;
        readList("assertions", [&assertions](const QJsonObject &entry, QString *why) {
            const auto a = Assertion::fromJson(entry, why);
            if (a)
                assertions.append(*a);
            return a.has_value();
        });
        readList("captures", [&captures](const QJsonObject &entry, QString *why) {
            const auto c = Capture::fromJson(entry, why);
            if (c)
                captures.append(*c);
            return c.has_value();
        });
        if (!r.extra.contains("assertions"_L1))
            r.assertions = assertions;
        if (!r.extra.contains("captures"_L1))
            r.captures = captures;
    }

    void problem(const QString &path, int line, int column, const QString &reason, bool quarantine)
    {
        CollectionProblem p { path, line, column, reason, {} };
        if (quarantine) {
            const Result<QString> moved = AtomicFile::quarantine(path);
            if (moved)
                p.movedTo = *moved;
            else
                p.reason += u" ("_s + moved.errorMessage() + u")"_s;
        }
        m_out.problems.append(p);
    }

    QString relative(const QString &path) const { return QDir(m_root).relativeFilePath(path); }

    bool newer() const { return m_newer; }
    bool partial() const { return m_partial; }

private:
    const CollectionLimits &m_limits;
    QString m_root;
    CollectionLoad &m_out;
    int m_requests = 0;
    bool m_newer = false;
    bool m_partial = false;
    bool m_capped = false;
};

class Writer
{
public:
    Writer(const QString &root, CollectionSaveReport &report) : m_root(root), m_report(report) { }

    Status write(const QString &relativePath, const QJsonObject &o)
    {
        const QString path = QDir(m_root).filePath(relativePath);
        const QByteArray bytes = render(o);
        m_written.insert(relativePath);
        // Unchanged files are left alone: fewer writes, no timestamp churn in git.
        if (QFileInfo::exists(path)) {
            const Result<QByteArray> old = AtomicFile::read(path);
            if (old && *old == bytes)
                return Status::success();
        }
        const QString parent = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(parent))
            return Status::failure(QCoreApplication::translate("opc::CollectionStore", "Could not create the folder %1.").arg(parent));
        Status s = AtomicFile::write(path, bytes);
        if (s)
            ++m_report.filesWritten;
        return s;
    }

    Status writeFolder(CollectionFolder &folder, const QString &relDir)
    {
        QStringList used;
        QJsonArray order;
        auto unique = [&used](QString stem) {
            const QString base = stem;
            for (int n = 2; used.contains(stem, Qt::CaseInsensitive); ++n)
                stem = base + u"-"_s + QString::number(n);
            used.append(stem);
            return stem;
        };
        // Keep existing names first so that a save never renames files it need not.
        for (CollectionFolder &f : folder.folders) {
            if (!f.dirName.isEmpty() && safeEntry(f.dirName) && !used.contains(f.dirName, Qt::CaseInsensitive))
                used.append(f.dirName);
            else
                f.dirName.clear();
        }
        for (CollectionRequest &r : folder.requests) {
            const QString stem = r.fileName;
            if (!stem.isEmpty() && safeEntry(stem + u".json"_s) && stem != "collection"_L1 && stem != "folder"_L1
                && !used.contains(stem, Qt::CaseInsensitive))
                used.append(stem);
            else
                r.fileName.clear();
        }
        for (CollectionFolder &f : folder.folders) {
            if (f.dirName.isEmpty())
                f.dirName = unique(CollectionStore::slug(f.name));
            order.append(QString(f.dirName + u"/"_s));
        }
        for (CollectionRequest &r : folder.requests) {
            if (r.fileName.isEmpty()) {
                QString stem = CollectionStore::slug(r.name);
                if (stem == "collection"_L1 || stem == "folder"_L1)
                    stem += u"-request"_s;
                r.fileName = unique(stem);
            }
            order.append(QString(r.fileName + u".json"_s));
        }
        for (CollectionFolder &f : folder.folders) {
            const QString childDir = relDir.isEmpty() ? f.dirName : relDir + u"/"_s + f.dirName;
            QJsonObject meta { { u"schemaVersion"_s, CollectionStore::kSchemaVersion }, { u"name"_s, f.name } };
            Status s = writeFolder(f, childDir);
            if (!s)
                return s;
            meta.insert(u"order"_s, m_lastOrder);
            mergeInto(meta, f.extra);
            s = write(childDir + u"/"_s + kFolderFile, meta);
            if (!s)
                return s;
        }
        for (const CollectionRequest &r : std::as_const(folder.requests)) {
            QJsonObject o = r.spec.toJson();
            o.insert(u"schemaVersion"_s, CollectionStore::kSchemaVersion);
            o.insert(u"name"_s, r.name);
            if (!r.description.isEmpty())
                o.insert(u"description"_s, r.description);
            QJsonArray assertions;
            for (const Assertion &a : r.assertions)
                assertions.append(a.toJson());
            if (!assertions.isEmpty())
                o.insert(u"assertions"_s, assertions);
            QJsonArray captures;
            for (const Capture &c : r.captures)
                captures.append(c.toJson());
            if (!captures.isEmpty())
                o.insert(u"captures"_s, captures);
            mergeInto(o, r.extra);
            const QString file = r.fileName + u".json"_s;
            Status s = write(relDir.isEmpty() ? file : relDir + u"/"_s + file, o);
            if (!s)
                return s;
        }
        m_lastOrder = order;
        return Status::success();
    }

    const QSet<QString> &written() const { return m_written; }
    QJsonArray lastOrder() const { return m_lastOrder; }

private:
    QString m_root;
    CollectionSaveReport &m_report;
    QSet<QString> m_written;
    QJsonArray m_lastOrder;
};

} // namespace

QString CollectionProblem::describe() const
{
    QString where = file;
    if (line > 0)
        where = QCoreApplication::translate("opc::CollectionStore", "%1, line %2, column %3").arg(file).arg(line).arg(column);
    if (movedTo.isEmpty())
        return QCoreApplication::translate("opc::CollectionStore", "%1: %2").arg(where, reason);
    return QCoreApplication::translate("opc::CollectionStore", "%1: %2; moved aside to %3").arg(where, reason, movedTo);
}

CollectionStore::CollectionStore(const CollectionLimits &limits) : m_limits(limits) { }

QString CollectionStore::slug(const QString &name)
{
    QString out;
    bool dash = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= 'a'_L1 && c <= 'z'_L1) || (c >= '0'_L1 && c <= '9'_L1)) {
            out.append(c);
            dash = false;
        } else if (!out.isEmpty() && !dash && !c.isMark()) {
            out.append('-'_L1);
            dash = true;
        }
        if (out.size() >= 60)
            break;
    }
    while (out.endsWith('-'_L1))
        out.chop(1);
    return out.isEmpty() ? u"request"_s : out;
}

Result<CollectionLoad> CollectionStore::load(const QString &dir) const
{
    const QFileInfo info(dir);
    if (!info.isDir())
        return Result<CollectionLoad>::failure(QCoreApplication::translate("opc::CollectionStore", "%1 is not a collection folder.").arg(dir), u"not-found"_s);
    CollectionLoad out;
    Loader loader(m_limits, info.absoluteFilePath(), out);
    Collection &c = out.collection;
    c.name = info.fileName();
    QJsonArray order;
    const QString collectionFile = QDir(dir).filePath(kCollectionFile);
    if (QFileInfo::exists(collectionFile)) {
        if (const std::optional<QJsonObject> o = loader.readObject(collectionFile)) {
            c.name = o->value("name"_L1).toString(c.name);
            c.variables = KeyValue::listFromJson(o->value("variables"_L1));
            c.defaultApplication = o->value("defaultApplication"_L1).toString();
            c.defaultToken = o->value("defaultToken"_L1).toString();
            order = o->value("order"_L1).toArray();
            c.extra = unknownFields(*o, kCollectionKeys);
        }
    } else {
        out.notices.append(QCoreApplication::translate("opc::CollectionStore", "%1 has no collection.json; it was created from the files found.").arg(dir));
    }
    loader.loadFolder(info.absoluteFilePath(), c.root, order, 0);
    if (loader.partial()) {
        out.notices.append(QCoreApplication::translate("opc::CollectionStore", "Only part of the collection could be loaded; it is open read-only so that "
                              "saving cannot remove what was not loaded."));
    }
    c.readOnly = loader.newer() || loader.partial();
    return out;
}

Result<CollectionSaveReport> CollectionStore::save(Collection &collection, const QString &dir) const
{
    if (collection.readOnly) {
        return Result<CollectionSaveReport>::failure(
            QCoreApplication::translate("opc::CollectionStore", "The collection is read-only (written by a newer version or loaded in part); it was not saved."),
            u"read-only"_s);
    }
    CollectionSaveReport report;
    // Secrets never reach the disk: the written copy has references instead.
    Collection clean = collection;
    report.secretNotices = SecretRedactor(m_scanner).redact(clean);

    if (!QDir().mkpath(dir))
        return Result<CollectionSaveReport>::failure(QCoreApplication::translate("opc::CollectionStore", "Could not create the folder %1.").arg(dir));
    const QString root = QFileInfo(dir).absoluteFilePath();
    Writer writer(root, report);
    Status s = writer.writeFolder(clean.root, QString());
    if (!s)
        return Result<CollectionSaveReport>::failure(s.errorMessage());
    QJsonObject meta { { u"schemaVersion"_s, kSchemaVersion },
                       { u"name"_s, clean.name },
                       { u"variables"_s, KeyValue::listToJson(clean.variables) },
                       { u"order"_s, writer.lastOrder() } };
    if (!clean.defaultApplication.isEmpty())
        meta.insert(u"defaultApplication"_s, clean.defaultApplication);
    if (!clean.defaultToken.isEmpty())
        meta.insert(u"defaultToken"_s, clean.defaultToken);
    mergeInto(meta, clean.extra);
    s = writer.write(kCollectionFile, meta);
    if (!s)
        return Result<CollectionSaveReport>::failure(s.errorMessage());

    // Only files this collection itself loaded or wrote before are removed.
    QStringList stale;
    for (const QString &rel : std::as_const(collection.storedFiles)) {
        if (!writer.written().contains(rel))
            stale.append(rel);
    }
    std::sort(stale.begin(), stale.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &rel : std::as_const(stale)) {
        const QString path = QDir(root).filePath(rel);
        if (QFile::remove(path))
            ++report.filesRemoved;
        // Drop folders that became empty; rmdir refuses non-empty ones.
        QDir parent = QFileInfo(path).dir();
        while (QFileInfo(parent.absolutePath()).absoluteFilePath() != root && parent.rmdir(parent.absolutePath()))
            parent = QFileInfo(parent.absolutePath()).dir();
    }

    // Copy the chosen file names back so the next save keeps them.
    std::function<void(CollectionFolder &, const CollectionFolder &)> copyNames = [&](CollectionFolder &to,
                                                                                      const CollectionFolder &from) {
        for (int i = 0; i < to.requests.size(); ++i)
            to.requests[i].fileName = from.requests.at(i).fileName;
        for (int i = 0; i < to.folders.size(); ++i) {
            to.folders[i].dirName = from.folders.at(i).dirName;
            copyNames(to.folders[i], from.folders.at(i));
        }
    };
    copyNames(collection.root, clean.root);
    collection.storedFiles = writer.written();
    return report;
}

} // namespace opc
