// Writes the sample collection from the simulator's catalogue into a folder:
//   make_sample_collection resources/sample-collection/op-sandbox
// Run it after the catalogue changes; tst_samplecollection fails until then.
#include "collections/collectionstore.h"
#include "collections/samplecollection.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: make_sample_collection OUTPUT_DIR\n");
        return 2;
    }
    const QString out = args.at(1);
    // Start from an empty folder so that no stale request survives.
    QDir(out).removeRecursively();
    opc::sandbox::SandboxServer server;
    opc::Collection collection = opc::ui::SampleCollection::fromCatalog(server.catalog());
    const auto saved = opc::CollectionStore().save(collection, out);
    if (!saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.errorMessage()));
        return 1;
    }
    std::printf("%d requests written to %s\n", collection.requestCount(), qPrintable(out));
    return 0;
}
