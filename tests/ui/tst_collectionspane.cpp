#include "collections/collectionspane.h"
#include "collections/collectionstore.h"
#include "collections/collectiontreemodel.h"
#include "collections/importdialog.h"
#include "collections/samplecollection.h"
#include "common/atomicfile.h"
#include "net/requestbuilder.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace opc;
using namespace opc::ui;

namespace {

CollectionRequest request(const QString &name, const QString &method, const QString &url)
{
    CollectionRequest r;
    r.name = name;
    r.spec.method = method;
    r.spec.url = url;
    return r;
}

// Accounts/{List, One}, Payments/{Create}, Branches (top level)
Collection sampleTree()
{
    Collection c;
    c.name = u"Team APIs"_s;
    const auto accounts = c.addFolder({}, u"Accounts"_s);
    c.addRequest(accounts->folderPath, request(u"List accounts"_s, u"GET"_s, u"/accounts/v3/accounts"_s));
    c.addRequest(accounts->folderPath, request(u"One account"_s, u"GET"_s, u"/accounts/v3/accounts/1"_s));
    const auto payments = c.addFolder({}, u"Payments"_s);
    c.addRequest(payments->folderPath, request(u"Create payment"_s, u"POST"_s, u"/v1/payments/initiate"_s));
    c.addRequest({}, request(u"Branches"_s, u"GET"_s, u"/branches/v1/branches"_s));
    return c;
}

QString writeCollection(const QString &root, const QString &id, Collection c)
{
    const QString dir = QDir(root).filePath(id);
    const auto saved = CollectionStore().save(c, dir);
    if (!saved)
        qWarning("%s", qPrintable(saved.errorMessage()));
    return dir;
}

Collection loadFromDisk(const QString &dir)
{
    const auto loaded = CollectionStore().load(dir);
    return loaded ? loaded->collection : Collection();
}

QStringList names(const CollectionFolder &folder)
{
    QStringList out;
    for (const CollectionFolder &f : folder.folders)
        out.append(f.name + u"/"_s);
    for (const CollectionRequest &r : folder.requests)
        out.append(r.name);
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool waitLoaded(CollectionsPane &pane)
{
    QSignalSpy spy(&pane, &CollectionsPane::collectionsLoaded);
    pane.reload();
    return spy.wait(10000) || !pane.isLoading();
}

} // namespace

class TestCollectionsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTheTester();
    void editsPersistAndUndo();
    void dragAndDropMoves();
    void garbageFileIsReportedAndMovedAside();
    void newerSchemaIsReadOnly();
    void outsideChangeIsDetectedAndNeverClobbered();
    void outsideChangeReload();
    void activationAndSaveBack();
    void filterKeepsMatchingRequests();
    void importDialogListsImportedAndSkipped();
    void importDialogTakesPastedCurl();
    void importDialogReadsEveryTestFile();
    void sampleCollectionAndImportShown();
    void largeImportIsReadInAWorker();
    void importedCollectionVariablesForTheSend();
    void exportUsesTheBaseUrl();
};

void TestCollectionsPane::modelPassesTheTester()
{
    CollectionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addCollection(u"a"_s, sampleTree());
    model.addCollection(u"b"_s, sampleTree());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex a = model.collectionIndex(u"a"_s);
    QCOMPARE(model.rowCount(a), 3); // two folders, one request
    const QModelIndex accounts = model.index(0, 0, a);
    QCOMPARE(model.data(accounts).toString(), u"Accounts"_s);
    QCOMPARE(model.rowCount(accounts), 2);
    const QModelIndex list = model.index(0, 0, accounts);
    QCOMPARE(model.data(list).toString(), u"List accounts"_s);
    QCOMPARE(model.data(list, CollectionTreeModel::MethodRole).toString(), u"GET"_s);
    QVERIFY(!model.data(list, Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.data(list, Qt::AccessibleTextRole).toString(), u"GET List accounts"_s);
    QCOMPARE(model.parent(list), accounts);
    QCOMPARE(model.indexOf(u"a"_s, CollectionNodeRef { { 1 }, 0 }).data().toString(), u"Create payment"_s);
    QCOMPARE(model.indexOf(u"a"_s, CollectionNodeRef { {}, 0 }).data().toString(), u"Branches"_s);

    Collection changed = sampleTree();
    changed.root.folders.removeAt(0);
    model.setCollection(u"a"_s, changed);
    QCOMPARE(model.rowCount(model.collectionIndex(u"a"_s)), 2);
    model.setCollection(u"a"_s, Collection());
    QCOMPARE(model.rowCount(model.collectionIndex(u"a"_s)), 0);
    model.removeCollection(u"a"_s);
    QCOMPARE(model.collectionIds(), QStringList { u"b"_s });
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCollectionsPane::editsPersistAndUndo()
{
    QTemporaryDir tmp;
    CollectionsPane pane(tmp.path());
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(pane));
    const Result<QString> id = pane.newCollection(u"Team"_s);
    QVERIFY2(id, qPrintable(id.errorMessage()));
    const QString dir = pane.collectionDir(*id);
    QVERIFY(QFileInfo::exists(QDir(dir).filePath(u"collection.json"_s)));

    const QModelIndex folder = pane.newFolder(pane.model()->collectionIndex(*id), u"Accounts"_s);
    QVERIFY(folder.isValid());
    RequestSpec spec;
    spec.url = u"/accounts/v3/accounts"_s;
    QVERIFY(pane.newRequest(pane.model()->indexOf(*id, CollectionNodeRef { { 0 }, -1 }), u"List"_s, spec).isValid());
    QCOMPARE(names(loadFromDisk(dir).root.folders.at(0)), QStringList { u"List"_s });

    QVERIFY(pane.renameNode(pane.model()->indexOf(*id, CollectionNodeRef { { 0 }, 0 }), u"List accounts"_s));
    QVERIFY(pane.duplicateNode(pane.model()->indexOf(*id, CollectionNodeRef { { 0 }, 0 })).isValid());
    Collection disk = loadFromDisk(dir);
    QCOMPARE(names(disk.root.folders.at(0)), (QStringList { u"List accounts"_s, u"List accounts copy"_s }));
    QCOMPARE(disk.root.folders.at(0).requests.at(1).spec.url, u"/accounts/v3/accounts"_s);

    QVERIFY(pane.deleteNode(pane.model()->indexOf(*id, CollectionNodeRef { { 0 }, 0 })));
    QCOMPARE(names(loadFromDisk(dir).root.folders.at(0)), QStringList { u"List accounts copy"_s });
    pane.undoStack()->undo();
    QCOMPARE(names(loadFromDisk(dir).root.folders.at(0)), (QStringList { u"List accounts"_s, u"List accounts copy"_s }));
    pane.undoStack()->undo(); // the duplicate
    QCOMPARE(names(loadFromDisk(dir).root.folders.at(0)), QStringList { u"List accounts"_s });
    pane.undoStack()->redo();
    QCOMPARE(names(loadFromDisk(dir).root.folders.at(0)), (QStringList { u"List accounts"_s, u"List accounts copy"_s }));
    // No stray files: exactly the collection, the folder and two requests.
    int files = 0;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++files;
    QCOMPARE(files, 4);

    // Deleting the whole collection moves it aside; undo brings it back.
    QVERIFY(pane.deleteNode(pane.model()->collectionIndex(*id)));
    QVERIFY(!QFileInfo::exists(dir));
    QCOMPARE(pane.model()->collectionCount(), 0);
    pane.undoStack()->undo();
    QVERIFY(QFileInfo::exists(dir));
    QCOMPARE(pane.model()->collectionCount(), 1);

    // A fresh pane reads what the first one saved.
    CollectionsPane again(tmp.path());
    QVERIFY(waitLoaded(again));
    QCOMPARE(again.model()->collectionCount(), 1);
    const Collection *reread = again.model()->collection(*id);
    QVERIFY(reread);
    QCOMPARE(reread->name, u"Team"_s);
    QCOMPARE(names(reread->root.folders.at(0)), (QStringList { u"List accounts"_s, u"List accounts copy"_s }));
}

void TestCollectionsPane::dragAndDropMoves()
{
    QTemporaryDir tmp;
    const QString dir = writeCollection(tmp.path(), u"team"_s, sampleTree());
    CollectionsPane pane(tmp.path());
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(pane));
    CollectionTreeModel *model = pane.model();
    const QModelIndex list = model->indexOf(u"team"_s, CollectionNodeRef { { 0 }, 0 });
    const QModelIndex payments = model->indexOf(u"team"_s, CollectionNodeRef { { 1 }, -1 });
    QVERIFY(model->flags(list) & Qt::ItemIsDragEnabled);
    QVERIFY(model->flags(payments) & Qt::ItemIsDropEnabled);
    std::unique_ptr<QMimeData> mime(model->mimeData({ list }));
    QVERIFY(mime);
    // Not into the folder it is already in.
    QVERIFY(!model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, model->indexOf(u"team"_s, { { 0 }, -1 })));
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, payments));
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, payments));
    Collection disk = loadFromDisk(dir);
    QCOMPARE(names(disk.root.folders.at(0)), QStringList { u"One account"_s });
    QCOMPARE(names(disk.root.folders.at(1)), (QStringList { u"Create payment"_s, u"List accounts"_s }));

    // A folder into another folder; never into itself.
    const QModelIndex accounts = model->indexOf(u"team"_s, CollectionNodeRef { { 0 }, -1 });
    std::unique_ptr<QMimeData> folderMime(model->mimeData({ accounts }));
    QVERIFY(!model->canDropMimeData(folderMime.get(), Qt::MoveAction, -1, 0, accounts));
    QVERIFY(model->dropMimeData(folderMime.get(), Qt::MoveAction, -1, 0,
                                model->indexOf(u"team"_s, CollectionNodeRef { { 1 }, -1 })));
    disk = loadFromDisk(dir);
    QCOMPARE(names(disk.root), (QStringList { u"Payments/"_s, u"Branches"_s }));
    QCOMPARE(names(disk.root.folders.at(0)), (QStringList { u"Accounts/"_s, u"Create payment"_s, u"List accounts"_s }));
    pane.undoStack()->undo();
    pane.undoStack()->undo();
    QCOMPARE(names(loadFromDisk(dir).root), (QStringList { u"Accounts/"_s, u"Payments/"_s, u"Branches"_s }));
    QCOMPARE(names(loadFromDisk(dir).root.folders.at(0)), (QStringList { u"List accounts"_s, u"One account"_s }));
}

void TestCollectionsPane::garbageFileIsReportedAndMovedAside()
{
    QTemporaryDir tmp;
    const QString dir = writeCollection(tmp.path(), u"team"_s, sampleTree());
    const QString bad = QDir(dir).filePath(u"accounts/one-account.json"_s);
    QVERIFY(QFileInfo::exists(bad));
    QVERIFY(AtomicFile::write(bad, "{\n  \"name\": \"One account\",\n  \"method\": GET\n}\n"));
    CollectionsPane pane(tmp.path());
    QVERIFY(waitLoaded(pane));
    const QString problem = pane.problemText();
    QVERIFY2(problem.contains(u"one-account.json"_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"line 3"_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"corrupt-"_s), qPrintable(problem));
    QVERIFY(pane.findChild<QWidget *>(u"collectionsProblemBanner"_s)->isVisibleTo(&pane));
    QVERIFY(!QFileInfo::exists(bad));
    const QStringList aside = QDir(QFileInfo(bad).absolutePath()).entryList({ u"one-account.json.corrupt-*"_s });
    QCOMPARE(aside.size(), 1);
    const Collection *c = pane.model()->collection(u"team"_s);
    QVERIFY(c);
    QCOMPARE(c->requestCount(), 3);
    QCOMPARE(names(c->root.folders.at(0)), QStringList { u"List accounts"_s });
}

void TestCollectionsPane::newerSchemaIsReadOnly()
{
    QTemporaryDir tmp;
    const QString dir = writeCollection(tmp.path(), u"team"_s, sampleTree());
    const QString newer = QDir(dir).filePath(u"branches.json"_s);
    QVERIFY(AtomicFile::write(newer, "{\n    \"method\": \"GET\",\n    \"name\": \"Branches\",\n    \"schemaVersion\": 99,\n"
                                     "    \"url\": \"/branches/v1/branches\",\n    \"streaming\": {\"mode\": \"sse\"}\n}\n"));
    QHash<QString, QByteArray> before;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        before.insert(path, readAll(path));
    }
    CollectionsPane pane(tmp.path());
    QVERIFY(waitLoaded(pane));
    QVERIFY2(pane.noticeText().contains(u"read-only"_s), qPrintable(pane.noticeText()));
    CollectionTreeModel *model = pane.model();
    const QModelIndex branches = model->indexOf(u"team"_s, CollectionNodeRef { {}, 0 });
    QCOMPARE(branches.data().toString(), u"Branches"_s);
    QVERIFY(!(model->flags(branches) & Qt::ItemIsEditable));
    QVERIFY(!(model->flags(branches) & Qt::ItemIsDragEnabled));
    QVERIFY(model->collectionIndex(u"team"_s).data().toString().contains(u"read-only"_s));
    QVERIFY(!pane.renameNode(branches, u"Renamed"_s));
    QVERIFY(!pane.newRequest(model->collectionIndex(u"team"_s), u"New"_s).isValid());
    QVERIFY(!pane.saveRequest(u"team"_s, u"branches"_s, RequestSpec()));
    QVERIFY(!model->setData(branches, u"Renamed"_s));
    QHash<QString, QByteArray> after;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        after.insert(path, readAll(path));
    }
    QCOMPARE(after, before);
}

void TestCollectionsPane::outsideChangeIsDetectedAndNeverClobbered()
{
    QTemporaryDir tmp;
    const QString dir = writeCollection(tmp.path(), u"team"_s, sampleTree());
    CollectionsPane pane(tmp.path());
    QVERIFY(waitLoaded(pane));
    int asked = 0;
    pane.setOverwritePrompt([&](const QString &) {
        ++asked;
        return CollectionsPane::OverwriteAnswer::Cancel;
    });
    // The pane's own saves are not outside changes.
    QVERIFY(pane.renameNode(pane.model()->indexOf(u"team"_s, { {}, 0 }), u"Branches near me"_s));
    QTest::qWait(600);
    QVERIFY(!pane.hasExternalChange(u"team"_s));
    QCOMPARE(asked, 0);

    // As git pull would: another content for a request file.
    const QString file = QDir(dir).filePath(u"accounts/list-accounts.json"_s);
    QByteArray changed = readAll(file);
    changed.replace("\"List accounts\"", "\"List accounts (from git)\"");
    QVERIFY(AtomicFile::write(file, changed));
    QSignalSpy detected(&pane, &CollectionsPane::externalChangeDetected);
    QVERIFY(detected.wait(5000));
    QVERIFY(pane.hasExternalChange(u"team"_s));
    QVERIFY(pane.changeText().contains(u"Team APIs"_s));
    QVERIFY(pane.findChild<QPushButton *>(u"reloadFromDisk"_s)->isVisibleTo(&pane));
    QVERIFY(pane.findChild<QPushButton *>(u"keepMine"_s)->isVisibleTo(&pane));

    // Keep mine: the banner goes, but the next save still asks; cancelled, nothing is written.
    pane.findChild<QPushButton *>(u"keepMine"_s)->click();
    QVERIFY(pane.changeText().isEmpty());
    QVERIFY(pane.renameNode(pane.model()->indexOf(u"team"_s, { { 1 }, 0 }), u"Pay"_s));
    QCOMPARE(asked, 1);
    QCOMPARE(readAll(file), changed);
    QVERIFY(readAll(QDir(dir).filePath(u"payments/create-payment.json"_s)).contains("\"Create payment\""));
    QVERIFY(pane.noticeText().contains(u"not saved"_s));

    // Overwrite: asked again, then written.
    pane.setOverwritePrompt([&](const QString &) {
        ++asked;
        return CollectionsPane::OverwriteAnswer::Overwrite;
    });
    QVERIFY(pane.renameNode(pane.model()->indexOf(u"team"_s, { { 1 }, 0 }), u"Pay now"_s));
    QCOMPARE(asked, 2);
    QVERIFY(readAll(QDir(dir).filePath(u"payments/create-payment.json"_s)).contains("\"Pay now\""));
    QVERIFY(!pane.hasExternalChange(u"team"_s));
}

void TestCollectionsPane::outsideChangeReload()
{
    QTemporaryDir tmp;
    const QString dir = writeCollection(tmp.path(), u"team"_s, sampleTree());
    CollectionsPane pane(tmp.path());
    QVERIFY(waitLoaded(pane));
    // A file added by someone else, as git pull would.
    const QString file = QDir(dir).filePath(u"accounts/list-accounts.json"_s);
    QByteArray extra = readAll(file);
    extra.replace("\"List accounts\"", "\"Pulled request\"");
    QVERIFY(AtomicFile::write(QDir(dir).filePath(u"accounts/pulled.json"_s), extra));
    QSignalSpy detected(&pane, &CollectionsPane::externalChangeDetected);
    QVERIFY(detected.wait(5000));
    pane.findChild<QPushButton *>(u"reloadFromDisk"_s)->click();
    QVERIFY(!pane.hasExternalChange(u"team"_s));
    QVERIFY(pane.changeText().isEmpty());
    QCOMPARE(names(pane.model()->collection(u"team"_s)->root.folders.at(0)),
             (QStringList { u"List accounts"_s, u"One account"_s, u"Pulled request"_s }));
}

void TestCollectionsPane::activationAndSaveBack()
{
    QTemporaryDir tmp;
    const QString dir = writeCollection(tmp.path(), u"team"_s, sampleTree());
    CollectionsPane pane(tmp.path());
    pane.resize(400, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(waitLoaded(pane));
    QSignalSpy activated(&pane, &CollectionsPane::requestActivated);
    QTreeView *view = pane.view();
    view->expandAll();
    const QModelIndex source = pane.model()->indexOf(u"team"_s, CollectionNodeRef { { 1 }, 0 });
    auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
    view->setCurrentIndex(proxy->mapFromSource(source));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    const RequestSpec spec = activated.at(0).at(0).value<RequestSpec>();
    QCOMPARE(spec.method, u"POST"_s);
    QCOMPARE(spec.url, u"/v1/payments/initiate"_s);
    QCOMPARE(activated.at(0).at(1).toString(), u"team"_s);
    const QString requestId = activated.at(0).at(2).toString();
    QCOMPARE(requestId, u"payments/create-payment"_s);

    RequestSpec edited = spec;
    edited.body = "{\"amount\": 5}";
    edited.headers = { KeyValue { u"Content-Type"_s, u"application/json"_s, true } };
    QVERIFY(pane.saveRequest(u"team"_s, requestId, edited));
    const Collection disk = loadFromDisk(dir);
    QCOMPARE(disk.root.folders.at(1).requests.at(0).spec.body, QByteArray("{\"amount\": 5}"));
    QVERIFY(!pane.saveRequest(u"team"_s, u"payments/nothing-here"_s, edited));
}

void TestCollectionsPane::filterKeepsMatchingRequests()
{
    QTemporaryDir tmp;
    writeCollection(tmp.path(), u"team"_s, sampleTree());
    CollectionsPane pane(tmp.path());
    QVERIFY(waitLoaded(pane));
    pane.setFilterText(u"POST"_s);
    QAbstractItemModel *shown = pane.view()->model();
    QCOMPARE(shown->rowCount(), 1);
    const QModelIndex collection = shown->index(0, 0);
    QCOMPARE(shown->rowCount(collection), 1); // only Payments
    const QModelIndex payments = shown->index(0, 0, collection);
    QCOMPARE(payments.data().toString(), u"Payments"_s);
    QCOMPARE(shown->index(0, 0, payments).data().toString(), u"Create payment"_s);
    pane.setFilterText(QString());
    QCOMPARE(shown->rowCount(shown->index(0, 0)), 3);
}

void TestCollectionsPane::importDialogListsImportedAndSkipped()
{
    QTemporaryDir tmp;
    CollectionsPane pane(tmp.path());
    QVERIFY(waitLoaded(pane));
    std::unique_ptr<ImportDialog> dialog(pane.createImportDialog());
    QVERIFY(dialog->loadFile(QStringLiteral(OPC_TEST_DATA_DIR "/collections/op-sandbox.postman_collection.json")));
    QCOMPARE(dialog->detectedFormat(), u"postman"_s);
    QTreeWidget *items = dialog->itemList();
    QStringList imported;
    QStringList skipped;
    for (int i = 0; i < items->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = items->topLevelItem(i);
        if (row->text(1) == u"Imported"_s)
            imported.append(row->text(0));
        else {
            QCOMPARE(row->text(1), u"Skipped"_s);
            QVERIFY2(!row->text(2).isEmpty(), qPrintable(row->text(0)));
            skipped.append(row->text(0) + u": "_s + row->text(2));
        }
    }
    QCOMPARE(imported.size(), dialog->preview()->importedCount());
    QVERIFY(imported.contains(u"Accounts/List accounts"_s));
    QVERIFY(imported.contains(u"Public branches (no auth)"_s));
    const QString all = skipped.join(u'\n');
    QVERIFY2(all.contains(u"script"_s, Qt::CaseInsensitive), qPrintable(all));
    QVERIFY2(all.contains(u"oauth2"_s, Qt::CaseInsensitive), qPrintable(all));
    QCOMPARE(skipped.size(), dialog->preview()->skippedCount());
    QVERIFY(skipped.size() >= 3);
    QVERIFY(dialog->findChild<QPushButton *>(u"importButton"_s)->isEnabled());

    QSignalSpy loaded(&pane, &CollectionsPane::collectionsLoaded);
    const Result<QString> dir = dialog->importNow();
    QVERIFY2(dir, qPrintable(dir.errorMessage()));
    QVERIFY(loaded.wait(5000));
    const QString id = QFileInfo(*dir).fileName();
    const Collection *c = pane.model()->collection(id);
    QVERIFY(c);
    QCOMPARE(c->name, u"OP Sandbox APIs"_s);
    QCOMPARE(c->requestCount(), 6);
}

void TestCollectionsPane::importDialogTakesPastedCurl()
{
    QTemporaryDir tmp;
    ImportDialog dialog(tmp.path());
    dialog.setText(u"curl -X POST 'https://sandbox.apis.op.fi/v1/payments/initiate' \\\n"
                   "  -H 'Content-Type: application/json' -H 'x-api-key: {{apiKey}}' \\\n"
                   "  --data-raw '{\"amount\": 5}'"_s);
    QCOMPARE(dialog.detectedFormat(), u"curl"_s);
    QVERIFY(dialog.preview());
    QCOMPARE(dialog.preview()->collection.requestCount(), 1);
    dialog.setCollectionName(u"From docs"_s);
    const Result<QString> dir = dialog.importNow();
    QVERIFY2(dir, qPrintable(dir.errorMessage()));
    const Collection c = loadFromDisk(*dir);
    QCOMPARE(c.name, u"From docs"_s);
    QCOMPARE(c.requestCount(), 1);

    dialog.setText(u"hello, this is not a collection"_s);
    QVERIFY(!dialog.preview());
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
}

void TestCollectionsPane::importDialogReadsEveryTestFile()
{
    QTemporaryDir tmp;
    const QDir data(QStringLiteral(OPC_TEST_DATA_DIR "/collections"));
    const QStringList files = data.entryList(QDir::Files);
    QVERIFY(files.size() >= 4);
    for (const QString &f : files) {
        ImportDialog dialog(tmp.path());
        QVERIFY2(dialog.loadFile(data.filePath(f)), qPrintable(f + u": "_s + dialog.errorText()));
        QVERIFY2(dialog.preview()->collection.requestCount() > 0, qPrintable(f));
        QVERIFY2(dialog.itemList()->topLevelItemCount() > 0, qPrintable(f));
        const Result<QString> dir = dialog.importNow();
        QVERIFY2(dir, qPrintable(f));
        QCOMPARE(loadFromDisk(*dir).requestCount(), dialog.preview()->collection.requestCount());
    }
}

void TestCollectionsPane::sampleCollectionAndImportShown()
{
    // The first start as the console sees it: the sample installed, then
    // loaded and painted. OPC_SCREENSHOT_DIR keeps the pictures.
    QTemporaryDir tmp;
    const Result<QString> installed = SampleCollection::installOnFirstStart(tmp.path());
    QVERIFY2(installed, qPrintable(installed.errorMessage()));
    CollectionsPane pane(tmp.path());
    pane.resize(420, 720);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(waitLoaded(pane));
    QVERIFY(pane.problemText().isEmpty());
    const QString id = SampleCollection::folderName();
    QVERIFY(pane.model()->collection(id));
    QVERIFY(pane.model()->collection(id)->requestCount() > 30);
    auto *proxy = qobject_cast<QAbstractProxyModel *>(pane.view()->model());
    const QModelIndex first = proxy->mapFromSource(pane.model()->indexOf(id, CollectionNodeRef { { 0 }, -1 }));
    QVERIFY(pane.view()->isExpanded(proxy->mapFromSource(pane.model()->collectionIndex(id))));
    pane.view()->expand(first);
    pane.view()->setCurrentIndex(proxy->index(4, 0, first));
    const QImage tree = pane.grab().toImage();
    QVERIFY(!tree.isNull());

    std::unique_ptr<ImportDialog> dialog(pane.createImportDialog());
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QVERIFY(dialog->loadFile(QStringLiteral(OPC_TEST_DATA_DIR "/collections/op-sandbox.postman_collection.json")));
    QTest::qWait(50);
    const QImage importShot = dialog->grab().toImage();
    QVERIFY(!importShot.isNull());
    const QString shots = qEnvironmentVariable("OPC_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(tree.save(QDir(shots).filePath(u"collections-sample.png"_s)));
        QVERIFY(importShot.save(QDir(shots).filePath(u"import-skipped-items.png"_s)));
    }
}

void TestCollectionsPane::largeImportIsReadInAWorker()
{
    // 4,000 requests in 40 folders, as Postman exports them: well over the
    // size previewed at once.
    QTemporaryDir tmp;
    QJsonArray folders;
    for (int f = 0; f < 40; ++f) {
        QJsonArray items;
        for (int r = 0; r < 100; ++r) {
            items.append(QJsonObject {
                { u"name"_s, u"Request %1.%2"_s.arg(f).arg(r) },
                { u"request"_s,
                  QJsonObject { { u"method"_s, u"GET"_s },
                                { u"header"_s, QJsonArray { QJsonObject { { u"key"_s, u"Accept"_s }, { u"value"_s, u"application/json"_s } } } },
                                { u"url"_s, QJsonObject { { u"raw"_s, u"{{baseUrl}}/accounts/v3/accounts/%1"_s.arg(r) } } } } },
                { u"event"_s, QJsonArray { QJsonObject { { u"listen"_s, u"test"_s },
                                                         { u"script"_s, QJsonObject { { u"exec"_s, QJsonArray { u"pm.test('ok', () => {});"_s } } } } } } } });
        }
        folders.append(QJsonObject { { u"name"_s, u"Folder %1"_s.arg(f) }, { u"item"_s, items } });
    }
    const QJsonObject doc { { u"info"_s, QJsonObject { { u"_postman_id"_s, u"5b1c8f1e-8d0a-4c56-9a57-6a1f6f7d2c11"_s },
                                                        { u"name"_s, u"Large"_s },
                                                        { u"schema"_s, u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s } } },
                            { u"item"_s, folders } };
    const QString file = QDir(tmp.path()).filePath(u"large.postman_collection.json"_s);
    const QByteArray bytes = QJsonDocument(doc).toJson();
    QVERIFY(bytes.size() > 1024 * 1024);
    QVERIFY(AtomicFile::write(file, bytes));

    ImportDialog dialog(QDir(tmp.path()).filePath(u"collections"_s));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    QVERIFY(dialog.loadFile(file));
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.importNow());
    QVERIFY(ready.wait(20000));
    QVERIFY(!dialog.isBusy());
    QVERIFY2(dialog.preview(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.preview()->collection.requestCount(), 4000);
    QCOMPARE(dialog.preview()->skippedCount(), 4000); // every test script, reported
    QCOMPARE(dialog.itemList()->topLevelItemCount(), 8000);
}

void TestCollectionsPane::importedCollectionVariablesForTheSend()
{
    // An imported Postman collection keeps {{baseUrl}} and {{staticToken}} in
    // its variables; the pane hands them out under the id a tab gets.
    QTemporaryDir tmp;
    CollectionsPane pane(tmp.path());
    pane.resize(400, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(waitLoaded(pane));
    std::unique_ptr<ImportDialog> dialog(pane.createImportDialog());
    QVERIFY(dialog->loadFile(
        QStringLiteral(OPC_TEST_DATA_DIR "/collections/op-sandbox.postman_collection.json")));
    QSignalSpy loaded(&pane, &CollectionsPane::collectionsLoaded);
    const Result<QString> dir = dialog->importNow();
    QVERIFY2(dir, qPrintable(dir.errorMessage()));
    QVERIFY(loaded.wait(5000));

    QSignalSpy activated(&pane, &CollectionsPane::requestActivated);
    const QString id = QFileInfo(*dir).fileName();
    const QModelIndex source = pane.model()->indexOf(id, CollectionNodeRef { { 0 }, 0 });
    QCOMPARE(source.data().toString(), u"List accounts"_s);
    auto *proxy = qobject_cast<QAbstractProxyModel *>(pane.view()->model());
    pane.view()->expandAll();
    pane.view()->setCurrentIndex(proxy->mapFromSource(source));
    pane.view()->setFocus();
    QTest::keyClick(pane.view(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    const RequestSpec spec = activated.at(0).at(0).value<RequestSpec>();
    const QString collectionId = activated.at(0).at(1).toString();
    QCOMPARE(collectionId, id);

    const QList<KeyValue> variables = pane.collectionVariables(collectionId);
    QCOMPARE(variables.size(), 4);
    QCOMPARE(variables.at(0), (KeyValue { u"baseUrl"_s, u"https://sandbox.apis.op.fi"_s, true }));
    QCOMPARE(variables.at(2),
        (KeyValue { u"staticToken"_s, u"b6910384440ce06f495976f96a162e2ab1bafbb4"_s, true }));
    QVERIFY(pane.collectionVariables(u"no-such-collection"_s).isEmpty());

    // With them the request builds; without them it is refused.
    RequestContext context;
    context.environment = Environment::localSimulator(u"https://127.0.0.1:8443"_s, {});
    QCOMPARE(RequestBuilder::build(spec, context).errorCode(), u"undefined-variable"_s);
    context.collectionVariables = variables;
    const auto built = RequestBuilder::build(spec, context);
    QVERIFY2(built, qPrintable(built.errorMessage()));
    // The chosen environment is where {{baseUrl}} points, over the
    // collection's own value.
    QCOMPARE(built->url.toString(), u"https://127.0.0.1:8443/accounts/v3/accounts?limit=10"_s);
    QCOMPARE(
        built->header("x-authorization"), QByteArray("b6910384440ce06f495976f96a162e2ab1bafbb4"));
}

void TestCollectionsPane::exportUsesTheBaseUrl()
{
    // Paths relative to the environment leave with a host a runner can use.
    QTemporaryDir tmp;
    writeCollection(tmp.path(), u"team"_s, sampleTree());
    CollectionsPane pane(tmp.path());
    QVERIFY(waitLoaded(pane));
    pane.setExportBaseUrl(u"https://127.0.0.1:8443"_s);
    const QString file = tmp.filePath(u"team.postman_collection.json"_s);
    const Status exported = pane.exportCollection(u"team"_s, u"postman"_s, file);
    QVERIFY2(exported, qPrintable(exported.errorMessage()));
    const QJsonObject root = QJsonDocument::fromJson(readAll(file)).object();
    const QJsonObject branches = root.value("item"_L1).toArray().last().toObject();
    QCOMPARE(branches.value("request"_L1)
                 .toObject()
                 .value("url"_L1)
                 .toObject()
                 .value("raw"_L1)
                 .toString(),
        u"{{baseUrl}}/branches/v1/branches"_s);
    QCOMPARE(root.value("variable"_L1).toArray(),
        (QJsonArray { QJsonObject {
            { u"key"_s, u"baseUrl"_s }, { u"value"_s, u"https://127.0.0.1:8443"_s } } }));
}

QTEST_MAIN(TestCollectionsPane)
#include "tst_collectionspane.moc"
