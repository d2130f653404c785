#include "collections/collectionimporter.h"
#include "collections/collectionstore.h"
#include "collections/samplecollection.h"
#include "embeddedsimulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;
using namespace opc::ui;

namespace {

void collect(const CollectionFolder &folder, QList<const CollectionRequest *> &out)
{
    for (const CollectionRequest &r : folder.requests)
        out.append(&r);
    for (const CollectionFolder &f : folder.folders)
        collect(f, out);
}

QString headerValue(const RequestSpec &spec, const QString &name)
{
    for (const KeyValue &h : spec.headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QJsonObject tree(const CollectionFolder &f)
{
    QJsonArray folders;
    for (const CollectionFolder &child : f.folders)
        folders.append(tree(child));
    QJsonArray requests;
    for (const CollectionRequest &r : f.requests)
        requests.append(QJsonObject { { u"name"_s, r.name }, { u"description"_s, r.description }, { u"spec"_s, r.spec.toJson() } });
    return { { u"name"_s, f.name }, { u"folders"_s, folders }, { u"requests"_s, requests } };
}

} // namespace

class TestSampleCollection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCatalogueEndpointHasARequest();
    void bundledFilesMatchTheCatalogue();
    void installsOnlyOnFirstStart();

private:
    QTemporaryDir m_tmp;
    sandbox::EmbeddedSimulator m_simulator;
    QJsonObject m_catalog;
    Collection m_installed;
};

void TestSampleCollection::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const Status started = m_simulator.start(m_tmp.filePath(u"sim"_s), u"Sample test"_s);
    QVERIFY2(started, qPrintable(started.errorMessage()));
    m_catalog = m_simulator.catalogDocument();
    QVERIFY(!m_catalog.value("products"_L1).toArray().isEmpty());
    const Result<QString> dir = SampleCollection::installOnFirstStart(m_tmp.filePath(u"collections"_s));
    QVERIFY2(dir, qPrintable(dir.errorMessage()));
    QVERIFY(!dir->isEmpty());
    const auto loaded = CollectionStore().load(*dir);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QVERIFY(loaded->problems.isEmpty());
    QVERIFY(!loaded->collection.readOnly);
    m_installed = loaded->collection;
}

void TestSampleCollection::everyCatalogueEndpointHasARequest()
{
    QList<const CollectionRequest *> requests;
    collect(m_installed.root, requests);
    int endpoints = 0;
    QSet<const CollectionRequest *> used;
    for (const QJsonValue &pv : m_catalog.value("products"_L1).toArray()) {
        for (const QJsonValue &ev : pv.toObject().value("endpoints"_L1).toArray()) {
            const QJsonObject e = ev.toObject();
            ++endpoints;
            QString path;
            QList<KeyValue> query;
            splitQuery(e.value("path"_L1).toString(), &path, &query);
            const QString scenario = e.value("headers"_L1).toObject().value("x-sandbox-scenario"_L1).toString();
            const CollectionRequest *match = nullptr;
            for (const CollectionRequest *r : std::as_const(requests)) {
                if (used.contains(r) || r->spec.method != e.value("method"_L1).toString() || r->spec.url != path
                    || r->spec.query != query || headerValue(r->spec, u"x-sandbox-scenario"_s) != scenario
                    || !r->description.startsWith(e.value("summary"_L1).toString()))
                    continue;
                match = r;
                break;
            }
            QVERIFY2(match, qPrintable(e.value("method"_L1).toString() + u' ' + e.value("path"_L1).toString() + u" "_s
                                       + e.value("summary"_L1).toString()));
            used.insert(match);
            const QJsonValue example = e.value("exampleBody"_L1);
            if (example.isObject())
                QCOMPARE(QJsonDocument::fromJson(match->spec.body).object(), example.toObject());
            else if (example.isString())
                QCOMPARE(match->spec.body, example.toString().toUtf8());
            else
                QVERIFY(match->spec.body.isEmpty());
        }
    }
    QVERIFY(endpoints > 30);
    // One more: the rate-limit case.
    QCOMPARE(int(requests.size()), endpoints + 1);

    // Each error level, and the 429, is produced by some saved request.
    QStringList names;
    for (const CollectionRequest *r : std::as_const(requests))
        names.append(r->name);
    const QString all = names.join(u'\n');
    for (const QString &level : { u"FATAL"_s, u"ERROR"_s, u"WARN"_s, u"VALIDATION"_s, u"BUSINESS"_s, u"429"_s })
        QVERIFY2(all.contains(level), qPrintable(level));
}

void TestSampleCollection::bundledFilesMatchTheCatalogue()
{
    // When this fails the catalogue changed: run make_sample_collection
    // resources/sample-collection/op-sandbox and commit the files.
    const Collection fresh = SampleCollection::fromCatalog(m_catalog);
    QCOMPARE(m_installed.name, fresh.name);
    QCOMPARE(QJsonDocument(tree(m_installed.root)).toJson(), QJsonDocument(tree(fresh.root)).toJson());
}

void TestSampleCollection::installsOnlyOnFirstStart()
{
    const QString collections = m_tmp.filePath(u"collections"_s);
    const Result<QString> second = SampleCollection::installOnFirstStart(collections);
    QVERIFY(second);
    QVERIFY(second->isEmpty());
    // Deleted by the person: not brought back.
    QVERIFY(QDir(QDir(collections).filePath(SampleCollection::folderName())).removeRecursively());
    const Result<QString> third = SampleCollection::installOnFirstStart(collections);
    QVERIFY(third && third->isEmpty());
    QVERIFY(!QFileInfo::exists(QDir(collections).filePath(SampleCollection::folderName())));
    // The copy is editable, not read-only like the resource.
    QTemporaryDir fresh;
    const Result<QString> dir = SampleCollection::installOnFirstStart(fresh.path());
    QVERIFY(dir && !dir->isEmpty());
    QFile f(QDir(*dir).filePath(u"collection.json"_s));
    QVERIFY(f.open(QIODevice::ReadWrite));
}

QTEST_GUILESS_MAIN(TestSampleCollection)
#include "tst_samplecollection.moc"
