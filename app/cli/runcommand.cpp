#include "runcommand.h"

#include "appsession.h"
#include "collections/collection.h"
#include "collections/collectionimporter.h"
#include "collections/collectionstore.h"
#include "common/atomicfile.h"
#include "environments/environmentstore.h"
#include "runner/collectionrunner.h"
#include "runner/rundata.h"
#include "runner/runreport.h"
#include "session/consolesession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace opc::cli {

namespace {

constexpr int ExitPassed = 0;
constexpr int ExitFailed = 1;
constexpr int ExitCannotRun = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("opconsole-cli", text);
}

int cannotRun(const QString &sentence)
{
    QTextStream(stderr) << tr("opconsole-cli: %1").arg(sentence) << Qt::endl;
    return ExitCannotRun;
}

/// A collection folder of the native format, or a file any importer reads
/// (a Postman v2.1 export, .http, curl).
Result<Collection> loadCollection(const QString &path)
{
    using R = Result<Collection>;
    const QFileInfo info(path);
    if (info.isDir()) {
        const Result<CollectionLoad> loaded = CollectionStore().load(path);
        if (!loaded) {
            return loaded.error();
        }
        return loaded->collection;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(
            tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray data = file.readAll();
    const QString format = CollectionImporter::detectFormat(path, data);
    const std::unique_ptr<CollectionImporter> importer = CollectionImporter::create(format);
    if (!importer) {
        return R::failure(
            tr("%1 is neither a collection folder nor a file of a known format (%2).")
                .arg(QDir::toNativeSeparators(path), CollectionImporter::formats().join(u", "_s)));
    }
    const Result<ImportResult> imported = importer->import(data, info.completeBaseName());
    if (!imported) {
        return imported.error();
    }
    return imported->collection;
}

/// The folder "A/B" of @p collection as indices, or nullopt.
std::optional<QList<int>> folderPath(const Collection &collection, const QString &name)
{
    QList<int> path;
    const CollectionFolder *folder = &collection.root;
    for (const QString &part : name.split(u'/', Qt::SkipEmptyParts)) {
        int found = -1;
        for (qsizetype i = 0; i < folder->folders.size(); ++i) {
            if (folder->folders.at(i).name == part) {
                found = int(i);
                break;
            }
        }
        if (found < 0) {
            return std::nullopt;
        }
        path.append(found);
        folder = &folder->folders.at(found);
    }
    return path;
}

Status writeReport(const QString &dir, const QString &name, const QByteArray &content)
{
    if (!QDir().mkpath(dir)) {
        return Status::failure(
            tr("cannot make the report folder %1").arg(QDir::toNativeSeparators(dir)));
    }
    return AtomicFile::write(QDir(dir).filePath(name), content);
}

} // namespace

int runCollection(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs the requests of a collection with their assertions "
                                        "and captures, and reports the results. "
                                        "Exit code 0 when everything passed, 1 when a request or "
                                        "an assertion failed, 2 when the run "
                                        "could not start."));
    parser.addHelpOption();
    const QCommandLineOption folderOpt(u"folder"_s, tr("Run only this folder (\"A/B\")."), u"F"_s);
    const QCommandLineOption envOpt(u"env"_s,
        tr("local (the embedded simulator's demo application, default), or a base URL "
           "to send to with --api-key; with --app, the application's environment."),
        u"E"_s);
    const QCommandLineOption keyOpt(u"api-key"_s, tr("API key for --env URL."), u"KEY"_s);
    const QCommandLineOption secretOpt(
        u"api-secret"_s, tr("API secret for --env URL (signs Restricted APIs)."), u"SECRET"_s);
    const QCommandLineOption caOpt(
        u"cacert"_s, tr("Extra CA certificate (PEM) trusted for --env URL."), u"FILE"_s);
    const QCommandLineOption appOpt(u"app"_s,
        tr("Send as the stored application NAME (vault from "
           "OPCONSOLE_VAULT_PASSPHRASE)."),
        u"NAME"_s);
    const QCommandLineOption staticOpt(
        u"static-token"_s, tr("One of the sandbox's static tokens, 1 to 4."), u"N"_s);
    const QCommandLineOption tokenOpt(u"token"_s, tr("Authorisation token value."), u"VALUE"_s);
    const QCommandLineOption iterationsOpt(
        u"iterations"_s, tr("Run the whole list N times."), u"N"_s, u"1"_s);
    const QCommandLineOption dataOpt(
        u"data"_s, tr("CSV (header row) or JSON array: one iteration per row."), u"FILE"_s);
    const QCommandLineOption delayOpt(
        u"delay"_s, tr("Wait MS milliseconds between requests."), u"MS"_s, u"0"_s);
    const QCommandLineOption bailOpt(u"bail"_s, tr("Stop at the first failed request."));
    const QCommandLineOption concurrencyOpt(u"concurrency"_s,
        tr("Send up to N requests at once; a request that uses a variable "
           "captured before it waits for the requests before it."),
        u"N"_s, u"1"_s);
    const QCommandLineOption quotaOpt(u"on-quota"_s,
        tr("When the daily quota is short or used up: stop (default) or pause until "
           "it resets and go on."),
        u"stop|pause"_s, u"stop"_s);
    const QCommandLineOption reporterOpt(
        u"reporter"_s, tr("cli, junit, json, html; comma separated."), u"LIST"_s, u"cli"_s);
    const QCommandLineOption outOpt(
        u"out"_s, tr("Folder for the junit, json and html reports."), u"DIR"_s, u"."_s);
    parser.addOptions({ folderOpt, envOpt, keyOpt, secretOpt, caOpt, appOpt, staticOpt, tokenOpt,
        iterationsOpt, dataOpt, delayOpt, bailOpt, concurrencyOpt, quotaOpt, reporterOpt, outOpt });
    parser.addPositionalArgument(
        u"COLLECTION"_s, tr("A collection folder or a Postman v2.1 file."));

    QStringList args = arguments;
    if (args.size() >= 2 && args.at(1) == "run"_L1) {
        args.removeAt(1);
    }
    if (!parser.parse(args)) {
        return cannotRun(parser.errorText());
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText().replace(
            u"[options] COLLECTION"_s, u"run [options] COLLECTION"_s);
        return ExitPassed;
    }
    if (parser.positionalArguments().size() != 1) {
        return cannotRun(tr("expected one COLLECTION, e.g. run ./my-collection --static-token 1"));
    }
    const QStringList reporters = parser.value(reporterOpt).split(u',', Qt::SkipEmptyParts);
    for (const QString &reporter : reporters) {
        if (!QStringList { u"cli"_s, u"junit"_s, u"json"_s, u"html"_s }.contains(
                reporter.trimmed())) {
            return cannotRun(
                tr("unknown reporter \"%1\": use cli, junit, json or html").arg(reporter));
        }
    }
    const QString onQuota = parser.value(quotaOpt);
    if (onQuota != "stop"_L1 && onQuota != "pause"_L1) {
        return cannotRun(tr("--on-quota takes stop or pause, not \"%1\"").arg(onQuota));
    }

    const Result<Collection> collection = loadCollection(parser.positionalArguments().first());
    if (!collection) {
        return cannotRun(collection.errorMessage());
    }
    QList<int> folder;
    if (parser.isSet(folderOpt)) {
        const auto found = folderPath(*collection, parser.value(folderOpt));
        if (!found) {
            return cannotRun(
                tr("the collection has no folder \"%1\"").arg(parser.value(folderOpt)));
        }
        folder = *found;
    }
    const QList<RunItem> items = CollectionRunner::itemsOf(*collection, folder);
    if (items.isEmpty()) {
        return cannotRun(tr("there is no request to run"));
    }

    RunOptions options;
    options.collectionVariables = collection->variables;
    bool ok = false;
    options.iterations = parser.value(iterationsOpt).toInt(&ok);
    if (!ok || options.iterations < 1) {
        return cannotRun(tr("--iterations takes a number from 1"));
    }
    options.delayMs = qMax(0, parser.value(delayOpt).toInt());
    options.concurrency = parser.value(concurrencyOpt).toInt(&ok);
    if (!ok || options.concurrency < 1 || options.concurrency > 64) {
        return cannotRun(tr("--concurrency takes a number from 1 to 64"));
    }
    options.bail = parser.isSet(bailOpt);
    // The reports and the progress lines need no passed response's body.
    options.keepPassedExchanges = false;
    options.onQuota
        = onQuota == "pause"_L1 ? RunOptions::OnQuota::Pause : RunOptions::OnQuota::Stop;
    if (const QByteArray probe = qgetenv("OPC_RUN_PROBE_MS"); !probe.isEmpty()) {
        options.probeIntervalMs = qMax(10, probe.toInt());
    }
    if (parser.isSet(dataOpt)) {
        const auto data = RunData::load(parser.value(dataOpt));
        if (!data) {
            return cannotRun(data.errorMessage());
        }
        options.data = *data;
    }
    if (parser.isSet(staticOpt)) {
        options.token = Token::staticToken(parser.value(staticOpt).toInt());
        if (!options.token.isValid()) {
            return cannotRun(tr("--static-token takes a number from 1 to 4"));
        }
    } else if (parser.isSet(tokenOpt)) {
        options.token = Token::custom(parser.value(tokenOpt));
    }

    // The identity: a stored application (its environment, the vault, its
    // certificates), a base URL with a key given here, or the local
    // simulator's demo application.
    AppSession app;
    ConsoleSession &session = *app.session();
    QString environmentId = u"local"_s;
    if (parser.isSet(appOpt)) {
        const std::optional<QString> env
            = parser.isSet(envOpt) ? std::optional(parser.value(envOpt)) : std::nullopt;
        if (const Status opened = app.open(parser.value(appOpt), env); !opened) {
            return cannotRun(opened.errorMessage());
        }
        options.applicationId = app.application().id;
        environmentId = app.application().environmentId;
    } else if (const QString env = parser.value(envOpt);
               env.startsWith("https://"_L1) || env.startsWith("http://"_L1)) {
        // A target given by its address: an environment for this run only
        // (never saved) and the key given on the command line.
        Environment target;
        target.name = env;
        target.kind = Environment::Kind::Custom;
        target.baseUrl = env;
        target.extraCaPath = parser.value(caOpt);
        const Result<Environment> added = session.environments()->add(target);
        if (!added) {
            return cannotRun(added.errorMessage());
        }
        DemoIdentity identity;
        identity.id = u"command-line"_s;
        identity.name = tr("command line");
        identity.environmentId = added->id;
        identity.apiKey = parser.value(keyOpt);
        identity.apiSecret = parser.value(secretOpt).toUtf8();
        if (identity.apiKey.isEmpty()) {
            return cannotRun(tr("--env URL needs --api-key (or use --app NAME)"));
        }
        session.setDemoIdentity(identity);
        options.applicationId = QString();
        environmentId = added->id;
    } else {
        if (parser.isSet(envOpt) && env != "local"_L1) {
            return cannotRun(
                tr("--env takes local or a base URL; for \"%1\" pass --app NAME").arg(env));
        }
        options.applicationId = QString();
        if (const Status started = app.openSimulator(); !started) {
            return cannotRun(started.errorMessage());
        }
    }

    CollectionRunner runner(&session);
    QTextStream err(stderr);
    const QuotaBudget budget = runner.budget(items, options);
    if (budget.known()) {
        err << tr("The run needs %1 requests to quota'd APIs; %2 of %3 are left today.")
                   .arg(budget.needed)
                   .arg(budget.remaining)
                   .arg(budget.limit)
            << Qt::endl;
        if (!budget.enough() && options.onQuota == RunOptions::OnQuota::Stop) {
            return cannotRun(
                tr("not enough quota left for the run (it resets at %1); pass --on-quota pause to "
                   "wait for the reset.")
                    .arg(budget.resetAt.toUTC().toString(Qt::ISODate)));
        }
    }
    const bool progress = isatty(fileno(stderr)) != 0;
    int done = 0;
    int total = 0;
    QObject::connect(&runner, &CollectionRunner::started, &runner, [&total](int n) { total = n; });
    QObject::connect(
        &runner, &CollectionRunner::requestFinished, &runner, [&](const RunResult &result) {
            ++done;
            if (progress) {
                err << u"\r\033[K[%1/%2] %3"_s.arg(done).arg(total).arg(result.item.path)
                    << Qt::flush;
            }
        });
    QObject::connect(&runner, &CollectionRunner::paused, &runner,
        [&err](const QDateTime &until, const QString &why) {
            err << (u"\n"_s
                + tr("%1 Paused until %2.").arg(why, until.toUTC().toString(Qt::ISODate)))
                << Qt::endl;
        });
    QObject::connect(&runner, &CollectionRunner::resumed, &runner,
        [&err] { err << tr("The quota is back; the run goes on.") << Qt::endl; });
    QEventLoop loop;
    QObject::connect(&runner, &CollectionRunner::finished, &loop, &QEventLoop::quit);
    if (!runner.start(items, options, collection->name)) {
        return cannotRun(tr("the run did not start"));
    }
    loop.exec();
    if (progress) {
        err << u"\r\033[K"_s << Qt::flush;
    }

    const RunSummary &summary = runner.summary();
    const QList<QByteArray> &secrets = runner.secrets();
    const QString out = parser.value(outOpt);
    for (const QString &reporter : reporters) {
        const QString name = reporter.trimmed();
        Status written;
        if (name == "cli"_L1) {
            QTextStream(stdout) << RunReport::cli(summary, secrets);
        } else if (name == "junit"_L1) {
            written = writeReport(out, u"report.junit.xml"_s, RunReport::junit(summary, secrets));
        } else if (name == "json"_L1) {
            written = writeReport(out, u"report.json"_s, RunReport::json(summary, secrets));
        } else if (name == "html"_L1) {
            written = writeReport(out, u"report.html"_s, RunReport::html(summary, secrets));
        }
        if (!written) {
            return cannotRun(written.errorMessage());
        }
    }
    if (summary.failed > 0) {
        return ExitFailed;
    }
    // Cut short by the quota or a cancel: not everything could run.
    return summary.cancelled || !summary.stopReason.isEmpty() ? ExitCannotRun : ExitPassed;
}

} // namespace opc::cli
