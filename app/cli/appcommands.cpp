#include "appcommands.h"

#include "clivault.h"

#include "apps/applicationstore.h"
#include "apps/customtokenstore.h"
#include "catalog/productcatalog.h"
#include "model/apiproduct.h"
#include "sandboxserver.h"
#include "security/encryptedfilevault.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace opc::cli {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitRefused = 1;
constexpr int ExitUsage = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("opconsole-cli", text);
}

int fail(const QString &sentence, int code = ExitUsage)
{
    QTextStream(stderr) << tr("opconsole-cli: %1").arg(sentence) << Qt::endl;
    return code;
}

/// The console's own data folder, so that what the command line adds the
/// console shows: OPC_DATA_DIR when set, else the same per-user folder the
/// console uses (under XDG_DATA_HOME on Linux; main() sets the same names).
QString dataDir()
{
    return Settings::defaultDataDir();
}

/// A value given as "-" is read from standard input (one line or all of
/// it, without the final line break), so that it stays out of the
/// process list and the shell history.
std::optional<QByteArray> valueOrStdin(const QString &value)
{
    if (value != "-"_L1) {
        return value.toUtf8();
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QByteArray bytes = in.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r')) {
        bytes.chop(1);
    }
    return bytes;
}

/// The products the embedded simulator offers: the bundled catalogue it
/// serves, read without starting it.
QList<ApiProduct> simulatorCatalog()
{
    return ProductCatalog::builtIn().products();
}

QStringList withoutCommand(const QStringList &arguments, int words)
{
    QStringList args = arguments;
    // Keep the program name, drop "app add" / "token list"...
    for (int i = 0; i < words && args.size() > 1; ++i) {
        args.removeAt(1);
    }
    return args;
}

int appAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Adds an application; its key and secret go to the secret vault."));
    parser.addHelpOption();
    const QCommandLineOption envOpt(u"env"_s, tr("local, sandbox or production."), u"ENV"_s, u"local"_s);
    const QCommandLineOption keyOpt(u"api-key"_s, tr("The API key from the portal."), u"KEY"_s);
    const QCommandLineOption secretOpt(u"api-secret"_s, tr("The API secret, or - to read it from standard input."),
                                       u"SECRET"_s);
    const QCommandLineOption registerOpt(u"register"_s,
                                         tr("local only: mint a key and secret the way the embedded simulator "
                                            "does; the console registers the application when it starts."));
    const QCommandLineOption productOpt(u"product"_s, tr("An API product id (repeatable)."), u"ID"_s);
    const QCommandLineOption notesOpt(u"notes"_s, tr("Free text kept with the application."), u"TEXT"_s);
    const QCommandLineOption merchantOpt(u"merchant-id"_s,
        tr("OP Online Payment's merchant id; the bound certificate's RSA key signs its requests."), u"ID"_s);
    parser.addOptions({ envOpt, keyOpt, secretOpt, registerOpt, productOpt, notesOpt, merchantOpt });
    parser.addPositionalArgument(u"NAME"_s, tr("A unique name."));
    if (!parser.parse(withoutCommand(arguments, 2))) {
        return fail(parser.errorText());
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText().replace(u"[options] NAME"_s, u"app add [options] NAME"_s);
        return ExitOk;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || pos.first().trimmed().isEmpty()) {
        return fail(tr("app add needs exactly one NAME (quote a name with spaces)."));
    }
    const QString env = parser.value(envOpt);
    if (env != "local"_L1 && env != "sandbox"_L1 && env != "production"_L1) {
        return fail(tr("--env must be local, sandbox or production, not \"%1\".").arg(env));
    }
    const bool mint = parser.isSet(registerOpt);
    if (mint && (parser.isSet(keyOpt) || parser.isSet(secretOpt))) {
        return fail(tr("use either --register or --api-key/--api-secret."));
    }
    if (mint && env != "local"_L1) {
        return fail(tr("--register works for the local simulator only; for %1 paste the key and secret from the "
                       "portal with --api-key and --api-secret.")
                            .arg(env));
    }
    const QList<ApiProduct> catalog = simulatorCatalog();
    QStringList products = parser.values(productOpt);
    products.removeDuplicates();
    for (const QString &id : std::as_const(products)) {
        const bool known = std::any_of(catalog.cbegin(), catalog.cend(), [&id](const ApiProduct &p) { return p.id == id; });
        if (!known && !catalog.isEmpty()) {
            QStringList ids;
            for (const ApiProduct &p : catalog) {
                ids << p.id;
            }
            return fail(tr("unknown product \"%1\"; known: %2.").arg(id, ids.join(u", "_s)));
        }
    }

    ApplicationCredentials credentials;
    if (parser.isSet(keyOpt)) {
        credentials.apiKey = parser.value(keyOpt).trimmed();
    }
    if (parser.isSet(secretOpt)) {
        const auto secret = valueOrStdin(parser.value(secretOpt));
        if (!secret) {
            return fail(tr("could not read the secret from standard input."));
        }
        credentials.apiSecret = *secret;
    }
    const QString name = pos.first().trimmed();
    if (mint) {
        // The simulator mints the credentials without listening anywhere;
        // the console registers them in its simulator when it starts.
        sandbox::SandboxServer minting;
        const sandbox::AppCredentials minted = minting.registerApplication(name, products);
        credentials = { minted.apiKey, minted.apiSecret.toUtf8() };
    }

    const QString dir = dataDir();
    ApplicationStore store(QDir(dir).filePath(u"applications.json"_s));
    store.setCatalog(catalog);
    if (const Status loaded = store.load(); !loaded) {
        return fail(loaded.errorMessage());
    }
    if (store.findByName(name)) {
        return fail(tr("an application named \"%1\" exists already.").arg(name), ExitRefused);
    }
    std::unique_ptr<EncryptedFileVault> vault;
    if (!credentials.apiKey.isEmpty() || !credentials.apiSecret.isEmpty()) {
        QString error;
        vault = openVault(dir, true, &error);
        if (!vault) {
            return fail(error);
        }
        store.setSecretStore(vault.get());
    }
    Application app;
    app.name = name;
    app.environmentId = env;
    app.productIds = products;
    app.notes = parser.value(notesOpt);
    app.merchantId = parser.value(merchantOpt).trimmed();
    const auto added = store.add(app, credentials);
    if (!added) {
        return fail(added.errorMessage(), added.errorCode() == "duplicate-name"_L1 ? ExitRefused : ExitUsage);
    }
    QTextStream(stdout) << tr("Added %1 (%2, %3, key %4).")
                                   .arg(added->name, env, securityLevelName(added->securityLevel),
                                        credentials.apiKey.isEmpty() ? tr("not set")
                                                                     : ApplicationStore::keyHint(credentials.apiKey))
                        << Qt::endl;
    return ExitOk;
}

int appList()
{
    ApplicationStore store(QDir(dataDir()).filePath(u"applications.json"_s));
    store.setCatalog(simulatorCatalog());
    if (const Status loaded = store.load(); !loaded) {
        return fail(loaded.errorMessage());
    }
    QTextStream out(stdout);
    if (store.count() == 0) {
        out << tr("No applications.") << Qt::endl;
        return ExitOk;
    }
    for (const Application &app : store.applications()) {
        const QString hint = store.apiKeyHint(app.id);
        out << app.name << '\t' << app.environmentId << '\t' << securityLevelName(app.securityLevel) << '\t'
            << (hint.isEmpty() ? tr("(no key)") : hint) << '\t'
            << (app.productIds.isEmpty() ? tr("(no products)") : app.productIds.join(u","_s)) << Qt::endl;
    }
    return ExitOk;
}

int appRemove(const QStringList &arguments)
{
    QStringList args = withoutCommand(arguments, 2);
    args.removeFirst();
    if (args.size() != 1) {
        return fail(tr("app remove needs exactly one NAME."));
    }
    const QString dir = dataDir();
    ApplicationStore store(QDir(dir).filePath(u"applications.json"_s));
    if (const Status loaded = store.load(); !loaded) {
        return fail(loaded.errorMessage());
    }
    const Application *app = store.findByName(args.first());
    if (!app) {
        return fail(tr("no application is named \"%1\".").arg(args.first()), ExitRefused);
    }
    // The key and secret leave the vault with the application.
    std::unique_ptr<EncryptedFileVault> vault;
    if (QFile::exists(QDir(dir).filePath(u"vault.opcv"_s))) {
        QString error;
        vault = openVault(dir, false, &error);
        if (!vault) {
            return fail(error);
        }
        store.setSecretStore(vault.get());
    }
    const QString name = app->name;
    if (const Status removed = store.remove(app->id); !removed) {
        return fail(removed.errorMessage());
    }
    QTextStream(stdout) << tr("Removed %1.").arg(name) << Qt::endl;
    return ExitOk;
}

} // namespace

int runApp(const QStringList &arguments)
{
    const QString sub = arguments.value(2);
    if (sub == "add"_L1) {
        return appAdd(arguments);
    }
    if (sub == "list"_L1) {
        return appList();
    }
    if (sub == "remove"_L1) {
        return appRemove(arguments);
    }
    return fail(tr("usage: opconsole-cli app add NAME --env local|sandbox|production [--api-key K --api-secret S|- "
                   "| --register] [--product ID]... | app list | app remove NAME"));
}

int runToken(const QStringList &arguments)
{
    const QString sub = arguments.value(2);
    const QString dir = dataDir();
    CustomTokenStore tokens(QDir(dir).filePath(u"custom-tokens.json"_s));
    if (const Status loaded = tokens.load(); !loaded) {
        return fail(loaded.errorMessage());
    }
    QTextStream out(stdout);
    if (sub == "list"_L1) {
        if (tokens.tokens().isEmpty()) {
            out << tr("No custom tokens.") << Qt::endl;
        }
        for (const CustomToken &t : tokens.tokens()) {
            // The value is never printed, not even shortened.
            out << t.name << '\t' << QString(8, QChar(0x2022)) << '\t' << t.created.toString(Qt::ISODate)
                << Qt::endl;
        }
        return ExitOk;
    }
    if (sub == "add"_L1) {
        if (arguments.size() != 5) {
            return fail(tr("usage: opconsole-cli token add NAME VALUE|- (- reads the value from standard input)."));
        }
        const auto value = valueOrStdin(arguments.at(4));
        if (!value || value->trimmed().isEmpty()) {
            return fail(tr("the token has no value."));
        }
        QString error;
        auto vault = openVault(dir, true, &error);
        if (!vault) {
            return fail(error);
        }
        tokens.setSecretStore(vault.get());
        const auto added = tokens.add(arguments.at(3), *value);
        if (!added) {
            return fail(added.errorMessage(), added.errorCode() == "duplicate-name"_L1 ? ExitRefused : ExitUsage);
        }
        out << tr("Added the token %1; its value is in the vault.").arg(added->name) << Qt::endl;
        return ExitOk;
    }
    if (sub == "remove"_L1) {
        if (arguments.size() != 4) {
            return fail(tr("usage: opconsole-cli token remove NAME."));
        }
        if (tokens.indexOfName(arguments.at(3)) < 0) {
            return fail(tr("no custom token is named \"%1\".").arg(arguments.at(3)), ExitRefused);
        }
        QString error;
        auto vault = openVault(dir, false, &error);
        if (!vault) {
            return fail(error);
        }
        tokens.setSecretStore(vault.get());
        if (const Status removed = tokens.remove(arguments.at(3)); !removed) {
            return fail(removed.errorMessage());
        }
        out << tr("Removed the token %1.").arg(arguments.at(3)) << Qt::endl;
        return ExitOk;
    }
    return fail(tr("usage: opconsole-cli token add NAME VALUE|- | token list | token remove NAME"));
}

} // namespace opc::cli
