#include "collectioncommands.h"

#include "collections/collectionexporter.h"
#include "collections/collectionimporter.h"
#include "collections/collectionstore.h"
#include "common/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace opc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("opconsole-cli", text);
}

constexpr int ExitOk = 0;
constexpr int ExitNothing = 1;
constexpr int ExitUnusable = 2;

// Reads "--name value" / "--name=value" options after the command; the rest
// are positional. Returns false (with a message) for an unknown option.
bool parse(const QStringList &args, const QStringList &valued, const QStringList &flags,
           QMap<QString, QString> *options, QStringList *positional, QString *error)
{
    for (qsizetype i = 2; i < args.size(); ++i) {
        QString a = args.at(i);
        if (!a.startsWith("--"_L1) || a == "--"_L1) {
            positional->append(a);
            continue;
        }
        QString value;
        const qsizetype eq = a.indexOf('='_L1);
        const bool attached = eq > 0;
        if (attached) {
            value = a.mid(eq + 1);
            a.truncate(eq);
        }
        const QString name = a.mid(2);
        if (flags.contains(name)) {
            options->insert(name, u"1"_s);
        } else if (valued.contains(name)) {
            if (!attached) {
                if (i + 1 >= args.size()) {
                    *error = tr("option %1 needs a value").arg(a);
                    return false;
                }
                value = args.at(++i);
            }
            options->insert(name, value);
        } else {
            *error = tr("unknown option %1").arg(a);
            return false;
        }
    }
    return true;
}

} // namespace

int runImport(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QMap<QString, QString> options;
    QStringList positional;
    QString error;
    if (args.contains("--help"_L1)) {
        out << tr("Usage: opconsole-cli import FILE [--format postman|http|curl|openapi] --to DIR\n");
        return ExitOk;
    }
    if (!parse(args, { u"format"_s, u"to"_s }, {}, &options, &positional, &error) || positional.size() != 1
        || !options.contains(u"to"_s)) {
        err << tr("opconsole-cli import: %1\nUsage: opconsole-cli import FILE [--format postman|http|curl|openapi] --to DIR\n")
                   .arg(error.isEmpty() ? tr("a FILE and --to DIR are required") : error);
        return ExitUnusable;
    }
    const QString file = positional.first();
    const QString to = options.value(u"to"_s);
    const Result<QByteArray> data = AtomicFile::read(file, ImportLimits().maxInputBytes);
    if (!data) {
        err << tr("opconsole-cli import: cannot read %1: %2\n").arg(file, data.errorMessage());
        return ExitUnusable;
    }
    QString format = options.value(u"format"_s);
    if (format.isEmpty())
        format = CollectionImporter::detectFormat(file, *data);
    if (format.isEmpty()) {
        err << tr("opconsole-cli import: cannot tell the format of %1; give --format postman|http|curl|openapi\n").arg(file);
        return ExitUnusable;
    }
    const std::unique_ptr<CollectionImporter> importer = CollectionImporter::create(format);
    if (!importer) {
        err << tr("opconsole-cli import: unknown format \"%1\"; use postman, http, curl or openapi\n").arg(format);
        return ExitUnusable;
    }
    Result<ImportResult> result = importer->import(*data, QFileInfo(file).completeBaseName());
    if (!result) {
        err << tr("opconsole-cli import: %1: %2\n").arg(file, result.errorMessage());
        return ExitUnusable;
    }
    for (const ImportItem &item : std::as_const(result->items)) {
        if (item.imported())
            out << tr("imported  %1").arg(item.path) << (item.reason.isEmpty() ? QString() : u" ("_s + item.reason + u")"_s) << '\n';
        else
            out << tr("skipped   %1: %2").arg(item.path, item.reason) << '\n';
    }
    const int imported = result->collection.requestCount();
    out << tr("%1 imported, %2 skipped\n").arg(imported).arg(result->skippedCount());
    if (imported == 0)
        return ExitNothing;

    const QDir target(to);
    if (target.exists() && !target.isEmpty()) {
        err << tr("opconsole-cli import: %1 is not empty; choose a new folder for the collection\n").arg(to);
        return ExitNothing;
    }
    const Result<CollectionSaveReport> saved = CollectionStore().save(result.value().collection, to);
    if (!saved) {
        err << tr("opconsole-cli import: could not save to %1: %2\n").arg(to, saved.errorMessage());
        return ExitNothing;
    }
    for (const QString &notice : saved->secretNotices)
        out << tr("secret    %1").arg(notice) << '\n';
    out << tr("saved to %1\n").arg(to);
    return ExitOk;
}

int runExport(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString usage = tr(
        "Usage: opconsole-cli export DIR --format postman|http|curl --out FILE [--base-url URL] "
        "[--replace-secrets]\n");
    if (args.contains("--help"_L1)) {
        out << usage;
        return ExitOk;
    }
    QMap<QString, QString> options;
    QStringList positional;
    QString error;
    if (!parse(args, { u"format"_s, u"out"_s, u"base-url"_s }, { u"replace-secrets"_s }, &options,
            &positional, &error)
        || positional.size() != 1 || !options.contains(u"format"_s)
        || !options.contains(u"out"_s)) {
        err << tr("opconsole-cli export: %1\n").arg(error.isEmpty() ? tr("DIR, --format and --out are required") : error)
            << usage;
        return ExitUnusable;
    }
    const QString format = options.value(u"format"_s);
    if (!CollectionExporter::formats().contains(format)) {
        err << tr("opconsole-cli export: unknown format \"%1\"; use postman, http or curl\n").arg(format);
        return ExitUnusable;
    }
    const Result<CollectionLoad> loaded = CollectionStore().load(positional.first());
    if (!loaded) {
        err << tr("opconsole-cli export: %1\n").arg(loaded.errorMessage());
        return ExitUnusable;
    }
    for (const CollectionProblem &p : loaded->problems)
        err << tr("warning: %1").arg(p.describe()) << '\n';
    QStringList notices;
    // Relative paths leave as {{baseUrl}}/path; --base-url gives the variable its value.
    CollectionExporter exporter;
    exporter.setBaseUrl(options.value(u"base-url"_s));
    const Result<QByteArray> data = exporter.exportCollection(loaded->collection, format,
        options.contains(u"replace-secrets"_s) ? CollectionExporter::Secrets::Replace
                                               : CollectionExporter::Secrets::Refuse,
        &notices);
    if (!data) {
        err << tr("opconsole-cli export: %1\n").arg(data.errorMessage());
        if (data.errorCode() == "secret"_L1) {
            err << tr("Put the value in the vault and reference it as {{secret:NAME}}, or pass --replace-secrets.\n");
            return ExitNothing;
        }
        return ExitUnusable;
    }
    for (const QString &n : std::as_const(notices))
        err << tr("replaced: %1").arg(n) << '\n';
    const QString target = options.value(u"out"_s);
    if (target == "-"_L1) {
        out.flush();
        QFile stdoutFile;
        if (stdoutFile.open(stdout, QIODevice::WriteOnly))
            stdoutFile.write(*data);
        return ExitOk;
    }
    const Status written = AtomicFile::write(target, *data);
    if (!written) {
        err << tr("opconsole-cli export: %1\n").arg(written.errorMessage());
        return ExitNothing;
    }
    out << tr("%1 requests written to %2\n").arg(loaded->collection.requestCount()).arg(target);
    return ExitOk;
}

} // namespace opc::cli
