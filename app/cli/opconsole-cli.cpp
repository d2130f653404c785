#include "appcommands.h"
#include "common/translations.h"
#include "collectioncommands.h"
#include "consentcommand.h"
#include "runcommand.h"
#include "sendcommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("opconsole-cli",
                                       "Usage: opconsole-cli COMMAND [OPTIONS]\n"
                                       "\n"
                                       "Commands:\n"
                                       "  send METHOD URL   send one request (opconsole-cli send --help for options)\n"
                                       "  import FILE       import a Postman, .http, curl or OpenAPI file (import --help)\n"
                                       "  export DIR        export a collection as Postman, .http or curl (export --help)\n"
                                       "  run COLLECTION    run a collection's requests and assertions, with reports (run --help)\n"
                                       "  app add|list|remove   applications; keys and secrets go to the vault (app add --help)\n"
                                       "  token add|list|remove custom tokens; values go to the vault\n"
                                       "  consent ais|pis|cof|list|revoke  PSD2 consents of an application; tokens go to the vault (consent --help)\n"
                                       "\n"
                                       "Options:\n"
                                       "  --version         print the version\n"
                                       "  --help            print this help\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"opconsole"_s);
    // The console's names, so that every command shares its data folder.
    QCoreApplication::setOrganizationName(u"OP Developer Console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OPC_VERSION));
    // The command line speaks English, which scripts and CI logs read, with
    // its plural forms ("1 check", "2 checks").
    QTranslator english;
    opc::installTranslation(english, u"en"_s);

    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2) {
        printUsage(err);
        return 2;
    }
    const QString command = args.at(1);
    if (command == "--version"_L1 || command == "-v"_L1) {
        out << "opconsole-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1) {
        printUsage(out);
        return 0;
    }
    if (command == "send"_L1)
        return opc::cli::runSend(args);
    if (command == "import"_L1)
        return opc::cli::runImport(args);
    if (command == "export"_L1)
        return opc::cli::runExport(args);
    if (command == "run"_L1)
        return opc::cli::runCollection(args);
    if (command == "app"_L1)
        return opc::cli::runApp(args);
    if (command == "token"_L1)
        return opc::cli::runToken(args);
    if (command == "consent"_L1)
        return opc::cli::runConsent(args);
    err << QCoreApplication::translate("opconsole-cli", "opconsole-cli: unknown command \"%1\".").arg(command) << Qt::endl;
    printUsage(err);
    return 2;
}
