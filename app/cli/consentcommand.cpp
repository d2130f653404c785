#include "consentcommand.h"

#include "apps/applicationstore.h"
#include "appsession.h"
#include "environments/environmentstore.h"
#include "model/exchange.h"
#include "oauth/consent.h"
#include "oauth/consentflow.h"
#include "oauth/consentservice.h"
#include "oauth/consentstore.h"
#include "session/consolesession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QUrlQuery>
#include <QTextStream>
#include <cstdio>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace opc::cli {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitRejected = 1;
constexpr int ExitCannotRun = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("opconsole-cli", text);
}

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

int fail(const QString &sentence)
{
    printErr(tr("opconsole-cli: %1").arg(sentence));
    return ExitCannotRun;
}

/// $BROWSER (a program, as xdg-utils reads it) or xdg-open; nothing when
/// neither is there: the address is printed anyway.
void openBrowser(const QUrl &url)
{
    QString program = qEnvironmentVariable("BROWSER").section(u':', 0, 0).trimmed();
    if (program.isEmpty()) {
        program = QStandardPaths::findExecutable(u"xdg-open"_s);
    }
    if (!program.isEmpty()) {
        QProcess::startDetached(program, { url.toString(QUrl::FullyEncoded) });
    }
}

QString usage()
{
    return tr(
        "usage: opconsole-cli consent ais|pis|cof --app NAME [--env E] [--user 88888881|88888882] "
        "[--approve|--reject|--browser] [--json] | consent list --app NAME [--json] | consent revoke ID "
        "(consent ais --help for the options of a flow)");
}

QStringList withoutCommand(const QStringList &arguments, int words)
{
    QStringList args = arguments;
    // Keep the program name, drop "consent ais" / "consent list"...
    for (int i = 0; i < words && args.size() > 1; ++i) {
        args.removeAt(1);
    }
    return args;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : tr("none");
}

/// What is shown of a consent: never a token, only whether there is one.
QJsonObject consentJson(const Consent &consent, const QDateTime &now)
{
    QJsonObject o { { u"id"_s, consent.id }, { u"kind"_s, Consent::kindName(consent.kind) },
        { u"status"_s, Consent::statusName(consent.statusAt(now)) },
        { u"created"_s, consent.created.toUTC().toString(Qt::ISODate) },
        { u"scope"_s, consent.scope }, { u"hasRefreshToken"_s, consent.hasRefreshToken } };
    if (consent.validUntil.isValid()) {
        o.insert(u"validUntil"_s, consent.validUntil.toUTC().toString(Qt::ISODate));
    }
    if (consent.tokenExpires.isValid()) {
        o.insert(u"tokenExpires"_s, consent.tokenExpires.toUTC().toString(Qt::ISODate));
    }
    if (!consent.userId.isEmpty()) {
        o.insert(u"userId"_s, consent.userId);
    }
    if (!consent.paymentId.isEmpty()) {
        o.insert(u"paymentId"_s, consent.paymentId);
    }
    return o;
}

void printConsent(const Consent &consent, const QDateTime &now)
{
    QTextStream out(stdout);
    out << tr("Consent: %1").arg(consent.id) << Qt::endl;
    out << tr("Kind: %1").arg(Consent::kindTitle(consent.kind)) << Qt::endl;
    out << tr("Status: %1").arg(Consent::statusText(consent.statusAt(now))) << Qt::endl;
    out << tr("Valid until: %1").arg(timeText(consent.validUntil)) << Qt::endl;
    out << tr("Token expires: %1").arg(timeText(consent.tokenExpires)) << Qt::endl;
    if (!consent.userId.isEmpty()) {
        out << tr("User: %1").arg(consent.userId) << Qt::endl;
    }
    if (!consent.paymentId.isEmpty()) {
        out << tr("Payment: %1").arg(consent.paymentId) << Qt::endl;
    }
}

void printJson(const QJsonObject &document)
{
    QTextStream(stdout) << QString::fromUtf8(
        QJsonDocument(document).toJson(QJsonDocument::Indented));
}

/// What one step of the flow came to, for the progress lines.
QString outcomeOf(const Exchange &exchange)
{
    if (!exchange.hasResponse()) {
        return exchange.error.isEmpty() ? tr("no response") : exchange.error;
    }
    return tr("HTTP %1 %2")
        .arg(exchange.status)
        .arg(QString::fromLatin1(exchange.reason))
        .trimmed();
}

int consentRun(ConsentKind kind, const QStringList &arguments)
{
    const QString kindName = Consent::kindName(kind);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs a PSD2 consent flow (%1) as a stored application: a client-credentials token "
           "over mutual TLS, the authorization, the bank's authorize page, the test user's "
           "decision and the code exchange. The tokens go to the vault "
           "(OPCONSOLE_VAULT_PASSPHRASE) and are never printed.")
            .arg(Consent::kindTitle(kind)));
    parser.addHelpOption();
    const QCommandLineOption appOpt(u"app"_s, tr("The stored application NAME."), u"NAME"_s);
    const QCommandLineOption envOpt(
        u"env"_s, tr("Checks that the application belongs to the environment ENV."), u"ENV"_s);
    const QCommandLineOption userOpt(
        u"user"_s, tr("The test user who decides: 88888881 or 88888882."), u"ID"_s, u"88888881"_s);
    const QCommandLineOption approveOpt(u"approve"_s, tr("The user approves (the default)."));
    const QCommandLineOption rejectOpt(u"reject"_s, tr("The user rejects."));
    const QCommandLineOption jsonOpt(u"json"_s, tr("Print one JSON document instead of text."));
    const QCommandLineOption browserOpt(u"browser"_s,
        tr("The user signs in and decides in a browser: the bank's page is opened with $BROWSER or xdg-open "
           "(and printed), and its answer is caught on a loopback port. The default outside the local "
           "simulator."));
    const QList<QCommandLineOption> options { appOpt, envOpt, userOpt, approveOpt, rejectOpt, browserOpt,
        jsonOpt };
    const ConsentRequest defaults;
    const QCommandLineOption amountOpt(u"amount"_s,
        tr("pis: the amount in euros (default %1).").arg(defaults.amountEur), u"EUR"_s);
    const QCommandLineOption payeeIbanOpt(u"payee-iban"_s,
        tr("pis: the payee's IBAN (default %1).").arg(defaults.payeeIban), u"IBAN"_s);
    const QCommandLineOption payeeNameOpt(u"payee-name"_s,
        tr("pis: the payee's name (default %1).").arg(defaults.payeeName), u"NAME"_s);
    const QCommandLineOption validUntilOpt(u"valid-until"_s,
        tr("ais: how long the consent is valid, ISO 8601 (default: the bank's)."), u"ISO8601"_s);
    const QCommandLineOption fromOpt(u"transactions-from"_s,
        tr("ais: the first day of transactions the consent covers, YYYY-MM-DD (instead of --valid-until)."),
        u"DATE"_s);
    const QCommandLineOption toOpt(u"transactions-to"_s,
        tr("ais: the last day of transactions the consent covers, YYYY-MM-DD."), u"DATE"_s);
    const QCommandLineOption ibanOpt(u"iban"_s,
        tr("cof: the account whose funds are confirmed (default: the bank's)."), u"IBAN"_s);
    // Every kind's options are known, so that one given to the wrong kind
    // is named as such; --help shows only the kind's own.
    const QList<std::pair<QCommandLineOption, ConsentKind>> kindOptions {
        { amountOpt, ConsentKind::Payments },
        { payeeIbanOpt, ConsentKind::Payments },
        { payeeNameOpt, ConsentKind::Payments },
        { validUntilOpt, ConsentKind::Accounts },
        { fromOpt, ConsentKind::Accounts },
        { toOpt, ConsentKind::Accounts },
        { ibanOpt, ConsentKind::FundsConfirmation },
    };
    parser.addOptions(options);
    for (auto [option, owner] : kindOptions) {
        if (owner != kind) {
            option.setFlags(QCommandLineOption::HiddenFromHelp);
        }
        parser.addOption(option);
    }
    if (!parser.parse(withoutCommand(arguments, 2))) {
        return fail(parser.errorText());
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText().replace(
            u"[options]"_s, u"consent %1 [options]"_s.arg(kindName));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(tr("consent %1 takes no arguments besides its options, not \"%2\".")
                        .arg(kindName, parser.positionalArguments().constFirst()));
    }
    if (!parser.isSet(appOpt)) {
        return fail(tr("consent %1 needs --app NAME: a consent is given to a stored application.")
                        .arg(kindName));
    }
    for (const auto &[option, owner] : kindOptions) {
        if (owner != kind && parser.isSet(option)) {
            return fail(tr("--%1 is for %2 consents, not for %3.")
                            .arg(option.names().constFirst(), Consent::kindName(owner), kindName));
        }
    }
    if (parser.isSet(approveOpt) && parser.isSet(rejectOpt)) {
        return fail(tr("use either --approve or --reject."));
    }
    if (parser.isSet(browserOpt) && (parser.isSet(approveOpt) || parser.isSet(rejectOpt) || parser.isSet(userOpt))) {
        return fail(tr("with --browser the user decides in the browser: leave out --approve, --reject and --user."));
    }
    const QString user = parser.value(userOpt);
    if (user != "88888881"_L1 && user != "88888882"_L1) {
        return fail(tr("--user takes one of the simulator's test users, 88888881 or 88888882, not "
                       "\"%1\".")
                        .arg(user));
    }

    ConsentRequest request;
    request.kind = kind;
    request.decision = parser.isSet(rejectOpt) ? ConsentRequest::Decision::Reject
                                               : ConsentRequest::Decision::Approve;
    request.userId = user;
    if (parser.isSet(amountOpt)) {
        request.amountEur = parser.value(amountOpt).trimmed();
    }
    if (parser.isSet(payeeIbanOpt)) {
        request.payeeIban = parser.value(payeeIbanOpt).remove(u' ');
    }
    if (parser.isSet(payeeNameOpt)) {
        request.payeeName = parser.value(payeeNameOpt).trimmed();
    }
    if (parser.isSet(ibanOpt)) {
        request.iban = parser.value(ibanOpt).remove(u' ');
    }
    for (const auto &[option, date] : { std::pair { &fromOpt, &request.transactionsFrom },
                                        std::pair { &toOpt, &request.transactionsTo } }) {
        if (parser.isSet(*option)) {
            *date = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!date->isValid()) {
                return fail(tr("--%1 takes a date such as 2026-01-31, not \"%2\".")
                                .arg(option->names().constFirst(), parser.value(*option)));
            }
        }
    }
    if (parser.isSet(validUntilOpt) && (parser.isSet(fromOpt) || parser.isSet(toOpt))) {
        return fail(tr("OP's account consent has either a validity (--valid-until) or a span of transactions "
                       "(--transactions-from, --transactions-to), not both."));
    }
    if (parser.isSet(validUntilOpt)) {
        request.validUntil = QDateTime::fromString(parser.value(validUntilOpt), Qt::ISODateWithMs);
        if (!request.validUntil.isValid()) {
            return fail(tr("--valid-until takes an ISO 8601 date and time such as "
                           "2030-12-31T23:59:59Z, not \"%1\".")
                            .arg(parser.value(validUntilOpt)));
        }
        if (request.validUntil <= QDateTime::currentDateTimeUtc()) {
            return fail(tr("--valid-until %1 is in the past.").arg(parser.value(validUntilOpt)));
        }
    }

    const std::optional<QString> env
        = parser.isSet(envOpt) ? std::optional(parser.value(envOpt)) : std::nullopt;
    AppSession app;
    if (const Status opened = app.open(parser.value(appOpt), env); !opened) {
        return fail(opened.errorMessage());
    }
    request.applicationId = app.application().id;
    // Only the simulator's test users can be answered for from here.
    const Result<Environment> environment = app.session()->environments()->resolve(app.application().environmentId);
    const bool onSimulator = environment && environment->kind == Environment::Kind::LocalSimulator;
    if (parser.isSet(browserOpt) || !onSimulator) {
        if (parser.isSet(approveOpt) || parser.isSet(rejectOpt)) {
            return fail(tr("--approve and --reject answer for the simulator's test users; %1 is not on the local "
                           "simulator, so its user decides in a browser (leave them out).")
                                .arg(app.application().name));
        }
        request.decision = ConsentRequest::Decision::Browser;
    }
    ConsentService *consents = app.session()->consents();
    ConsentFlow *flow = consents->createFlow(request);

    const QList<ConsentFlow::Step> steps = ConsentFlow::steps();
    std::optional<Consent> authorized;
    std::optional<QString> failure;
    QEventLoop loop;
    QObject::connect(flow, &ConsentFlow::stepFinished, &loop,
        [&](ConsentFlow::Step step, const Exchange &exchange) {
            printErr(tr("[%1/%2] %3: %4")
                         .arg(steps.indexOf(step) + 1)
                         .arg(steps.size())
                         .arg(ConsentFlow::stepTitle(step, kind), outcomeOf(exchange)));
        });
    QObject::connect(flow, &ConsentFlow::browserNeeded, &loop, [&](const QUrl &url) {
        printErr(tr("Open the bank's page in a browser to sign in and decide (waiting for its answer on %1):")
                         .arg(QUrlQuery(url).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)));
        printErr(url.toString(QUrl::FullyEncoded));
        openBrowser(url);
    });
    QObject::connect(flow, &ConsentFlow::finished, &loop, [&](const Consent &consent) {
        authorized = consent;
        loop.quit();
    });
    QObject::connect(
        flow, &ConsentFlow::failed, &loop, [&](ConsentFlow::Step, const QString &message) {
            failure = message;
            loop.quit();
        });
    flow->start();
    // A refusal before any socket opened (no certificate, ...) ends the flow at once.
    if (!authorized && !failure) {
        loop.exec();
    }

    const QDateTime now = consents->now();
    const bool rejected = !authorized && flow->consent().status == ConsentStatus::Rejected;
    if (!authorized && !rejected) {
        return fail(*failure);
    }
    const Consent consent = authorized ? *authorized : flow->consent();
    if (rejected) {
        printErr(tr("opconsole-cli: %1").arg(*failure));
    }
    if (parser.isSet(jsonOpt)) {
        QJsonObject document = consentJson(consent, now);
        document.insert(u"application"_s, app.application().name);
        printJson(document);
    } else {
        printConsent(consent, now);
    }
    return rejected ? ExitRejected : ExitOk;
}

int consentList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the PSD2 consents of a stored application, newest first."));
    parser.addHelpOption();
    const QCommandLineOption appOpt(u"app"_s, tr("The stored application NAME."), u"NAME"_s);
    const QCommandLineOption envOpt(
        u"env"_s, tr("Checks that the application belongs to the environment ENV."), u"ENV"_s);
    const QCommandLineOption jsonOpt(u"json"_s, tr("Print one JSON document instead of text."));
    parser.addOptions({ appOpt, envOpt, jsonOpt });
    if (!parser.parse(withoutCommand(arguments, 2))) {
        return fail(parser.errorText());
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText().replace(
            u"[options]"_s, u"consent list [options]"_s);
        return ExitOk;
    }
    if (!parser.isSet(appOpt) || !parser.positionalArguments().isEmpty()) {
        return fail(tr("usage: opconsole-cli consent list --app NAME [--json]"));
    }
    // The list holds nothing secret: no vault is needed.
    const AppSession app;
    const std::optional<QString> env
        = parser.isSet(envOpt) ? std::optional(parser.value(envOpt)) : std::nullopt;
    const Result<Application> found = app.find(parser.value(appOpt), env);
    if (!found) {
        return fail(found.errorMessage());
    }
    const QList<Consent> list = app.session()->consentStore()->forApplication(found->id);
    const QDateTime now = app.session()->consents()->now();
    if (parser.isSet(jsonOpt)) {
        QJsonArray consents;
        for (const Consent &consent : list) {
            consents.append(consentJson(consent, now));
        }
        printJson({ { u"application"_s, found->name }, { u"consents"_s, consents } });
        return ExitOk;
    }
    QTextStream out(stdout);
    if (list.isEmpty()) {
        out << tr("%1 has no consents.").arg(found->name) << Qt::endl;
        return ExitOk;
    }
    for (const Consent &consent : list) {
        out << consent.id << '\t' << Consent::kindName(consent.kind) << '\t'
            << Consent::statusText(consent.statusAt(now)) << '\t' << timeText(consent.validUntil)
            << '\t' << timeText(consent.tokenExpires) << Qt::endl;
    }
    return ExitOk;
}

int consentRevoke(const QStringList &arguments)
{
    const QStringList args = withoutCommand(arguments, 2).mid(1);
    if (args.size() != 1 || args.constFirst().startsWith(u'-')) {
        return fail(tr("usage: opconsole-cli consent revoke ID"));
    }
    const QString id = args.constFirst();
    AppSession app;
    if (const Status loaded = app.session()->applicationsLoadStatus(); !loaded) {
        return fail(loaded.errorMessage());
    }
    const Consent *consent = app.session()->consentStore()->find(id);
    if (!consent) {
        return fail(
            tr("no consent has the id %1 (opconsole-cli consent list --app NAME lists them).")
                .arg(id));
    }
    const Application *owner = app.session()->applications()->find(consent->applicationId);
    if (!owner) {
        return fail(
            tr("the consent %1 belongs to an application that is no longer stored.").arg(id));
    }
    if (const Status opened = app.open(owner->name); !opened) {
        return fail(opened.errorMessage());
    }
    std::optional<Status> revoked;
    QEventLoop loop;
    app.session()->consents()->revoke(id, [&](const Status &done) {
        revoked = done;
        loop.quit();
    });
    if (!revoked) {
        loop.exec();
    }
    if (!*revoked) {
        return fail(revoked->errorMessage());
    }
    QTextStream(stdout) << tr("Revoked the consent %1; its tokens are gone from the vault.").arg(id)
                        << Qt::endl;
    return ExitOk;
}

} // namespace

int runConsent(const QStringList &arguments)
{
    const QString sub = arguments.value(2);
    if (const std::optional<ConsentKind> kind = Consent::kindFromName(sub)) {
        return consentRun(*kind, arguments);
    }
    if (sub == "list"_L1) {
        return consentList(arguments);
    }
    if (sub == "revoke"_L1) {
        return consentRevoke(arguments);
    }
    if (sub == "--help"_L1 || sub == "-h"_L1) {
        QTextStream(stdout) << usage() << Qt::endl;
        return ExitOk;
    }
    return fail(usage());
}

} // namespace opc::cli
