#include "sendcommand.h"

#include "appsession.h"

#include "errors/errorpayload.h"
#include "errors/statussemantics.h"
#include "model/apiproduct.h"
#include "model/environment.h"
#include "model/requestspec.h"
#include "model/token.h"
#include "net/httpengine.h"
#include "net/requestbuilder.h"
#include "net/secretmasker.h"
#include "net/tlsprofile.h"
#include "oauth/consent.h"
#include "oauth/consentservice.h"
#include "oauth/consentstore.h"
#include "quota/quotatracker.h"
#include "session/consolesession.h"
#include "embeddedsimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace opc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("opconsole-cli", text);
}

constexpr int ExitOk = 0;
constexpr int ExitHttpError = 1;
constexpr int ExitNothingUsable = 2;

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

int fail(const QString &sentence)
{
    printErr(tr("opconsole-cli: %1").arg(sentence));
    return ExitNothingUsable;
}

QString durationText(qint64 secs)
{
    if (secs < 0)
        secs = 0;
    if (secs < 120)
        return tr("%1 s").arg(secs);
    if (secs < 7200)
        return tr("%1 min").arg(secs / 60);
    return tr("%1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60);
}

QString timingText(const Timings &t)
{
    QStringList parts;
    if (t.connectStarted >= 0)
        parts << tr("connect %1 ms").arg(t.connectStarted);
    if (t.encrypted >= 0)
        parts << tr("TLS %1 ms").arg(t.encrypted);
    if (t.requestSent >= 0)
        parts << tr("sent %1 ms").arg(t.requestSent);
    if (t.firstByte >= 0)
        parts << tr("first byte %1 ms").arg(t.firstByte);
    parts << tr("total %1 ms").arg(t.finished);
    return parts.join(u", "_s);
}

/// The consent's access token, refreshed first when it is close to expiry.
Result<Token> freshToken(ConsentService *consents, const QString &consentId)
{
    std::optional<Result<Token>> token;
    QEventLoop loop;
    consents->withFreshToken(consentId, [&](const Result<Token> &fresh) {
        token = fresh;
        loop.quit();
    });
    if (!token) {
        loop.exec();
    }
    return *token;
}

/// The authorized consent of @p applicationId that a request to @p spec's
/// PSD2 path needs, or nullptr when the path takes no user token.
const Consent *consentServing(
    const ConsoleSession &session, const QString &applicationId, const RequestSpec &spec)
{
    const ApiProduct *product = session.productFor(spec.url);
    if (!product) {
        return nullptr;
    }
    return session.consents()->consentFor(
        applicationId, product->id, spec.method, QUrl(spec.url).path());
}

/// Sends @p spec as the stored application @p name, the way the console
/// does: key and secret from the vault for the target host only, HMAC and
/// the bound client certificate where the API needs them, the quota
/// counted in the console's own data folder. The token is @p token, else
/// the access token of consent @p consentId, else, for a PSD2 request that
/// needs the user's token, that of the application's authorized consent.
/// @p secrets gets every value the request carried, for masking what is
/// printed.
Result<Exchange> sendAsApplication(const QString &name, const std::optional<QString> &environmentId,
    const RequestSpec &spec, const Token &token, const QString &consentId,
    const EngineOptions &engineOptions, QList<QByteArray> *secrets)
{
    using R = Result<Exchange>;
    AppSession app;
    if (const Status opened = app.open(name, environmentId); !opened) {
        return R::failure(opened.errorMessage(), opened.errorCode());
    }
    ConsoleSession *session = app.session();
    session->setEngineOptions(engineOptions);

    QString consent = consentId;
    if (consent.isEmpty() && !token.isValid()) {
        if (const Consent *serving = consentServing(*session, app.application().id, spec)) {
            consent = serving->id;
            printErr(tr("opconsole-cli: using consent %1 (%2)")
                         .arg(consent, Consent::kindTitle(serving->kind)));
        }
    }
    Token sendToken = token;
    if (!consent.isEmpty()) {
        const Consent *known = session->consentStore()->find(consent);
        if (known && known->applicationId != app.application().id) {
            return R::failure(tr("the consent %1 belongs to another application, not to %2.")
                                  .arg(consent, app.application().name),
                u"other-application"_s);
        }
        const Result<Token> fresh = freshToken(session->consents(), consent);
        if (!fresh) {
            return R::failure(fresh.errorMessage(), fresh.errorCode());
        }
        sendToken = *fresh;
        secrets->append(sendToken.value.toUtf8());
    }

    SendOptions options;
    options.applicationId = app.application().id;
    // The bank keeps a consent's payments under the session it was given
    // in; the session sends that one (this process has a session of its own).
    options.consentId = consent;
    Exchange exchange;
    QEventLoop loop;
    QObject::connect(session, &ConsoleSession::exchangeFinished, &loop,
        [&](quint64, const Exchange &finished, const PreparedRequest &request) {
            exchange = finished;
            *secrets += request.secrets;
            loop.quit();
        });
    const Result<quint64> sent = session->send(spec, sendToken, options);
    if (!sent) {
        return R::failure(sent.errorMessage(), sent.errorCode());
    }
    loop.exec();
    if (!consent.isEmpty()) {
        // A refused consent token: say why in the consent's words.
        if (const QString why = session->consents()->explainRefusal(consent, exchange);
            !why.isEmpty()) {
            printErr(tr("opconsole-cli: %1").arg(SecretMasker::maskText(why, *secrets)));
        }
    }
    return exchange;
}

} // namespace

int runSend(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sends one request to an OP API and prints the status with its meaning, "
                                        "errors with their levels, the quota and timings."));
    parser.addHelpOption();
    const QCommandLineOption envOpt(u"env"_s, tr("local (embedded simulator), sandbox, production, or a base URL."),
                                    u"ENV"_s, u"local"_s);
    const QCommandLineOption appOpt(u"app"_s,
                                    tr("Send as the stored application NAME: its key, secret and client certificate "
                                       "from the vault (OPCONSOLE_VAULT_PASSPHRASE), its environment."),
                                    u"NAME"_s);
    const QCommandLineOption keyOpt(u"api-key"_s, tr("API key of the application."), u"KEY"_s);
    const QCommandLineOption secretOpt(u"api-secret"_s, tr("API secret (signs Restricted APIs)."), u"SECRET"_s);
    const QCommandLineOption tokenOpt(u"token"_s, tr("Authorisation token value."), u"VALUE"_s);
    const QCommandLineOption staticOpt(u"static-token"_s, tr("One of the sandbox's static tokens, 1 to 4."), u"N"_s);
    const QCommandLineOption consentOpt(u"consent"_s,
                                        tr("With --app: send with the access token of the PSD2 consent ID "
                                           "(opconsole-cli consent list), refreshed first when it is close to "
                                           "expiry. Without a token option a PSD2 request uses the "
                                           "application's authorized consent by itself."),
                                        u"ID"_s);
    const QCommandLineOption certOpt(u"cert"_s, tr("Client certificate: PKCS#12 (.p12) or PEM."), u"FILE"_s);
    const QCommandLineOption certPassOpt(u"cert-password"_s, tr("Password of the PKCS#12 file."), u"P"_s);
    const QCommandLineOption keyFileOpt(u"key"_s, tr("PEM private key for a PEM --cert."), u"FILE"_s);
    const QCommandLineOption caOpt(u"cacert"_s, tr("Extra CA certificate (PEM) trusted for this request."), u"FILE"_s);
    const QCommandLineOption headerOpt(QStringList { u"H"_s, u"header"_s }, tr("Header 'name: value' (repeatable)."),
                                       u"HEADER"_s);
    const QCommandLineOption dataOpt(u"data"_s, tr("Request body, or @FILE to read it from a file."), u"BODY"_s);
    const QCommandLineOption jsonOpt(u"json"_s, tr("Print one JSON document instead of text."));
    const QCommandLineOption maxSizeOpt(u"max-size"_s, tr("Response size cap in bytes (default 100 MB)."), u"BYTES"_s);
    const QCommandLineOption timeoutOpt(u"timeout"_s, tr("Total time limit in seconds (default 60)."), u"S"_s);
    parser.addOptions({ envOpt, appOpt, keyOpt, secretOpt, tokenOpt, staticOpt, consentOpt, certOpt, certPassOpt,
                        keyFileOpt, caOpt, headerOpt, dataOpt, jsonOpt, maxSizeOpt, timeoutOpt });
    parser.addPositionalArgument(u"METHOD"_s, tr("GET, POST, PUT, DELETE, ..."));
    parser.addPositionalArgument(u"URL"_s, tr("Absolute URL or a path such as /accounts/v3/accounts."));

    QStringList args = arguments;
    if (args.size() >= 2 && args.at(1) == "send"_L1)
        args.removeAt(1);
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText().replace(u"[options] METHOD URL"_s, u"send [options] METHOD URL"_s);
        return ExitOk;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return fail(tr("expected METHOD and URL, e.g. send --env local --static-token 1 GET /accounts/v3/accounts"));
    if (parser.isSet(appOpt)) {
        for (const QCommandLineOption &own : { keyOpt, secretOpt, certOpt, keyFileOpt }) {
            if (parser.isSet(own))
                return fail(tr("--app takes its key, secret and certificate from the vault; leave out --%1.")
                                    .arg(own.names().constFirst()));
        }
    }
    if (parser.isSet(consentOpt)) {
        if (!parser.isSet(appOpt))
            return fail(tr("--consent needs --app NAME: a consent belongs to a stored application."));
        for (const QCommandLineOption &token : { tokenOpt, staticOpt }) {
            if (parser.isSet(token))
                return fail(tr("--consent sends with the consent's access token; leave out --%1.")
                                    .arg(token.names().constFirst()));
        }
    }

    // Values given on the command line are secrets: mask them in everything printed.
    QList<QByteArray> secrets;
    const auto remember = [&secrets](const QString &v) {
        if (!v.isEmpty())
            secrets.append(v.toUtf8());
    };

    RequestSpec spec;
    spec.method = pos.at(0).toUpper();
    spec.url = pos.at(1);
    for (const QString &h : parser.values(headerOpt)) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0)
            return fail(tr("the header \"%1\" is not in the form 'name: value'").arg(h));
        spec.headers.append({ h.left(colon).trimmed(), h.mid(colon + 1).trimmed(), true });
    }
    if (parser.isSet(dataOpt)) {
        const QString data = parser.value(dataOpt);
        if (data.startsWith(u'@')) {
            QFile f(data.mid(1));
            if (!f.open(QIODevice::ReadOnly))
                return fail(tr("cannot read the body file %1").arg(data.mid(1)));
            spec.body = f.readAll();
        } else {
            spec.body = data.toUtf8();
        }
    }

    RequestContext ctx;
    ctx.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ctx.apiKey = parser.value(keyOpt);
    remember(ctx.apiKey);
    if (parser.isSet(secretOpt)) {
        ctx.apiSecret = BoundSecret { parser.value(secretOpt).toUtf8(), {} };
        remember(parser.value(secretOpt));
    }
    if (parser.isSet(staticOpt)) {
        bool ok = false;
        const int n = parser.value(staticOpt).toInt(&ok);
        ctx.token = Token::staticToken(ok ? n : 0);
        if (!ctx.token.isValid())
            return fail(tr("--static-token takes a number from 1 to 4"));
    } else if (parser.isSet(tokenOpt)) {
        ctx.token = Token::custom(parser.value(tokenOpt));
        remember(ctx.token.value);
    }
    remember(parser.value(certPassOpt));
    remember(parser.value(tokenOpt));

    TlsProfile tls;
    if (parser.isSet(certOpt)) {
        const QString cert = parser.value(certOpt);
        if (parser.isSet(keyFileOpt)) {
            auto p = TlsProfile::fromPemFiles(cert, parser.value(keyFileOpt));
            if (!p)
                return fail(p.errorMessage());
            tls = *p;
        } else {
            QFile f(cert);
            if (!f.open(QIODevice::ReadOnly))
                return fail(tr("cannot read the certificate file %1").arg(cert));
            auto p = TlsProfile::fromPkcs12(f.readAll(), parser.value(certPassOpt));
            if (!p)
                return fail(p.errorMessage());
            tls = *p;
        }
    }
    if (parser.isSet(caOpt)) {
        auto ca = TlsProfile::loadCaFile(parser.value(caOpt));
        if (!ca)
            return fail(ca.errorMessage());
        tls.extraCaCertificates += *ca;
    }

    EngineOptions options;
    if (parser.isSet(maxSizeOpt))
        options.maxBodyBytes = qMax<qint64>(1, parser.value(maxSizeOpt).toLongLong());
    if (parser.isSet(timeoutOpt))
        options.totalTimeoutMs = qMax(1, int(parser.value(timeoutOpt).toDouble() * 1000));

    Exchange ex;
    if (parser.isSet(appOpt)) {
        const std::optional<QString> env = parser.isSet(envOpt) ? std::optional(parser.value(envOpt)) : std::nullopt;
        auto sent = sendAsApplication(parser.value(appOpt), env, spec, ctx.token, parser.value(consentOpt), options,
                                      &secrets);
        if (!sent)
            return fail(SecretMasker::maskText(sent.errorMessage(), secrets));
        ex = *sent;
    } else {
    // --- environment ---
    const QString envName = parser.value(envOpt);
    sandbox::EmbeddedSimulator simulator;
    if (envName == "local"_L1) {
        QString dataDir = qEnvironmentVariable("OPC_SANDBOX_DATA_DIR");
        if (dataDir.isEmpty())
            dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/sandbox"_L1;
        const Status started = simulator.start(dataDir, u"opconsole-cli demo"_s);
        if (!started)
            return fail(started.errorMessage());
        ctx.environment = simulator.environment();
        tls.extraCaCertificates += simulator.serverTrust().extraCaCertificates;
        ctx.catalog = simulator.products();
        if (ctx.apiKey.isEmpty()) {
            ctx.apiKey = simulator.apiKey();
            remember(ctx.apiKey);
            if (!ctx.apiSecret)
                ctx.apiSecret = BoundSecret { simulator.apiSecret(), {} };
            remember(QString::fromUtf8(simulator.apiSecret()));
        }
        simulator.routeMtls(spec.url, ctx.environment, tls);
    } else if (envName == "sandbox"_L1) {
        ctx.environment = Environment::opSandbox();
    } else if (envName == "production"_L1) {
        ctx.environment = Environment::production();
    } else if (envName.startsWith("https://"_L1) || envName.startsWith("http://"_L1)) {
        ctx.environment.id = u"custom"_s;
        ctx.environment.name = envName;
        ctx.environment.baseUrl = envName;
    } else {
        return fail(tr("--env takes local, sandbox, production or a URL, not \"%1\"").arg(envName));
    }
    if (!ctx.environment.host().isEmpty())
        ctx.credentialHosts = { ctx.environment.host() };

    auto prepared = RequestBuilder::build(spec, ctx);
    if (!prepared)
        return fail(prepared.errorMessage());

    HttpEngine engine;
    QuotaTracker quota;
    QEventLoop loop;
    QObject::connect(&engine, &HttpEngine::finished, &loop, [&](quint64, const Exchange &e) {
        ex = e;
        loop.quit();
    });
    engine.send(*prepared, tls, options);
    loop.exec();

    const QString appId = ctx.apiKey.isEmpty() ? u"anonymous"_s : QString::fromLatin1(ctx.apiKey.toUtf8().toHex().left(12));
    if (ex.hasResponse())
        ex.quota = quota.record(ctx.environment.id, appId, ex.status, ex.responseHeaders);
    }
    ex.responseHeaders = SecretMasker::maskHeaders(ex.responseHeaders, secrets);
    for (ExchangeHop &hop : ex.hops)
        hop.responseHeaders = SecretMasker::maskHeaders(hop.responseHeaders, secrets);
    const QString bodyText = SecretMasker::maskText(QString::fromUtf8(ex.body), secrets);

    const StatusInfo info = StatusSemantics::describe(ex.status);
    const ErrorPayload payload = ex.hasResponse() ? ErrorPayload::parse(ex.body) : ErrorPayload();
    const QString advice = ex.hasResponse() ? StatusSemantics::advice(ex.status, payload) : QString();

    int exitCode = ExitOk;
    if (!ex.error.isEmpty())
        exitCode = ExitNothingUsable;
    else if (ex.status >= 400 || ex.status <= 0)
        exitCode = ex.status <= 0 ? ExitNothingUsable : ExitHttpError;

    if (parser.isSet(jsonOpt)) {
        QJsonObject doc = ex.toJson(false);
        QJsonObject response = doc.value("response"_L1).toObject();
        response.insert(u"body"_s, bodyText);
        response.insert(u"message"_s, info.message);
        response.insert(u"description"_s, info.description);
        doc.insert(u"response"_s, response);
        QJsonArray errors;
        for (const ErrorEntry &e : payload.entries()) {
            errors.append(QJsonObject { { u"id"_s, e.id }, { u"level"_s, errorLevelName(e.level) },
                                        { u"type"_s, e.type }, { u"message"_s, e.message }, { u"code"_s, e.code },
                                        { u"levelMeaning"_s, StatusSemantics::levelMeaning(e.level) } });
        }
        doc.insert(u"errors"_s, errors);
        doc.insert(u"advice"_s, advice);
        doc.insert(u"exitCode"_s, exitCode);
        const QByteArray out = QJsonDocument(doc).toJson(QJsonDocument::Indented);
        QTextStream(stdout) << SecretMasker::maskText(QString::fromUtf8(out), secrets);
        if (!ex.error.isEmpty())
            printErr(SecretMasker::maskText(ex.error, secrets));
        return exitCode;
    }

    if (!ex.hasResponse() || !ex.error.isEmpty()) {
        if (ex.hasResponse())
            QTextStream(stdout) << tr("HTTP %1 %2: %3").arg(ex.status).arg(info.message, info.description) << Qt::endl;
        printErr(SecretMasker::maskText(ex.error.isEmpty() ? tr("no response") : ex.error, secrets));
        if (!ex.hasResponse())
            return ExitNothingUsable;
    }

    QTextStream out(stdout);
    out << tr("%1 %2").arg(QString::fromLatin1(ex.method), SecretMasker::maskText(ex.url, secrets)) << Qt::endl;
    out << tr("HTTP %1 %2: %3").arg(ex.status).arg(info.message, info.description) << Qt::endl;
    for (const ErrorEntry &e : payload.entries()) {
        QString line = tr("  %1 %2").arg(errorLevelName(e.level).isEmpty() ? e.levelText : errorLevelName(e.level), e.type);
        if (!e.code.isEmpty())
            line += u" "_s + e.code;
        line += u": "_s + e.message;
        if (!e.id.isEmpty())
            line += tr(" (id %1)").arg(e.id);
        out << line << Qt::endl;
        for (const ConstraintViolation &v : e.violations)
            out << tr("    %1: %2").arg(v.field, v.message) << Qt::endl;
        if (e.level != ErrorLevel::Unknown)
            out << tr("    %1").arg(StatusSemantics::levelMeaning(e.level)) << Qt::endl;
    }
    if (!advice.isEmpty())
        out << tr("Advice: %1").arg(advice) << Qt::endl;
    if (ex.quota.valid) {
        const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(ex.quota.resetAt);
        out << tr("Quota: %1 of %2 left%3, resets %4 (in %5)")
                        .arg(ex.quota.remaining)
                        .arg(ex.quota.limit)
                        .arg(ex.quota.fromHeaders ? QString() : tr(" (counted locally)"))
                        .arg(ex.quota.resetAt.toUTC().toString(Qt::ISODate), durationText(secs))
            << Qt::endl;
    }
    out << tr("Timings: %1").arg(timingText(ex.timings)) << Qt::endl;
    if (ex.tls.used)
        out << tr("TLS: %1 %2%3%4")
                        .arg(ex.tls.protocol, ex.tls.cipher,
                             ex.tls.http2 ? tr(", HTTP/2") : QString(),
                             ex.tls.clientCertificate.isEmpty() ? QString() : tr(", client certificate %1").arg(ex.tls.clientCertificate))
            << Qt::endl;
    for (const QString &hop : std::as_const(ex.redirectChain))
        out << tr("Redirect: %1").arg(SecretMasker::maskText(hop, secrets)) << Qt::endl;
    if (!ex.warning.isEmpty())
        out << tr("Warning: %1").arg(ex.warning) << Qt::endl;
    if (ex.truncated)
        out << tr("Truncated: %1 bytes kept").arg(ex.bodySize) << Qt::endl;
    out << Qt::endl << bodyText;
    if (!bodyText.endsWith(u'\n'))
        out << Qt::endl;
    return exitCode;
}

} // namespace opc::cli
