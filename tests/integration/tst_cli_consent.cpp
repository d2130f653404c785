// opconsole-cli consent and send --consent end to end: the real binary, a
// data folder of the test's own, a stored local application with a client
// certificate, and the embedded simulator each process starts on the same
// simulator folder (its CA and the PSD2 grants persist there, so a consent
// given by one process serves the next).
#include "apps/applicationstore.h"
#include "clirun.h"
#include "curlbrowser.h"
#include "oauth/consent.h"
#include "oauth/consentstore.h"
#include "security/certificatestore.h"
#include "security/encryptedfilevault.h"
#include "security/secrettreesearch.h"
#include "session/consolesession.h"
#include "settings/settings.h"
#include "simulatorlink.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace opc;
using namespace Qt::StringLiterals;

class TestCliConsent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void accountsConsentServesTheNextProcess();
    void paymentConsentSubmitsThePayment();
    void fundsConsentConfirmsFunds();
    void aRejectedConsentIsExitOneAndListedAsRejected();
    void theUserDecidesInABrowser();
    void anAccountConsentForASpanOfTransactions();
    void aRevokedConsentIsRefusedWithoutSending();
    void aConsentWithdrawnAtTheBankIsExplained();
    void aPsd2RequestUsesTheAuthorizedConsentByItself();
    void refusalsSayWhyAndAreExitTwo();
    void noTokenIsPrintedOrInAPlainFile();

private:
    CliRun cli(const QStringList &args);
    QProcessEnvironment environment() const;
    /// Runs `consent KIND --app ... --json`; the consent's JSON, or an empty object.
    QJsonObject consent(const QString &kind, const QStringList &extra = {});
    /// The consent's tokens from the vault, kept for the final scan.
    void rememberTokens(const QString &consentId);
    QString dataDir() const { return QDir(m_dir.path()).filePath(u"data"_s); }

    QTemporaryDir m_dir;
    QString m_passphrase = u"consent cli passphrase"_s;
    QString m_app = u"PSD2 team"_s;
    QList<CliRun> m_runs;
    QList<QByteArray> m_tokens;
};

QProcessEnvironment TestCliConsent::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"OPC_VAULT_PASSPHRASE"_s);
    env.remove(u"OPC_SANDBOX_DATA_DIR"_s); // the simulator's folder is data/sandbox
    env.insert(u"OPCONSOLE_VAULT_PASSPHRASE"_s, m_passphrase);
    env.insert(u"OPC_DATA_DIR"_s, dataDir());
    env.insert(u"XDG_DATA_HOME"_s, QDir(m_dir.path()).filePath(u"xdg-data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, QDir(m_dir.path()).filePath(u"xdg-config"_s));
    return env;
}

CliRun TestCliConsent::cli(const QStringList &args)
{
    const CliRun r = runBinary(u"opconsole-cli"_s, args, environment(), {}, 60000);
    m_runs.append(r);
    return r;
}

QJsonObject TestCliConsent::consent(const QString &kind, const QStringList &extra)
{
    const CliRun r
        = cli(QStringList { u"consent"_s, kind, u"--app"_s, m_app, u"--json"_s } + extra);
    if (r.exitCode != 0) {
        qWarning("consent %s: exit %d: %s", qPrintable(kind), r.exitCode, qPrintable(r.err));
        return {};
    }
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void TestCliConsent::rememberTokens(const QString &consentId)
{
    EncryptedFileVault vault(QDir(dataDir()).filePath(u"vault.opcv"_s));
    QVERIFY(vault.unlock(m_passphrase));
    for (const QString &ref :
        { ConsentStore::accessRef(consentId), ConsentStore::refreshRef(consentId) }) {
        QVERIFY2(vault.ids().contains(ref), qPrintable(ref));
        const Result<QByteArray> value = vault.get(ref);
        QVERIFY(value && value->size() >= 16);
        m_tokens.append(*value);
    }
}

void TestCliConsent::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CliRun r
        = cli({ u"app"_s, u"add"_s, m_app, u"--env"_s, u"local"_s, u"--register"_s, u"--product"_s,
            u"psd2-ais-v1"_s, u"--product"_s, u"psd2-pis-v1"_s, u"--product"_s, u"psd2-cof-v1"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // The application's client certificate, from the simulator's CA in the
    // folder the command line's simulator uses, bound for the local hosts.
    Settings settings(dataDir());
    EncryptedFileVault vault(settings.path(u"vault.opcv"_s));
    QVERIFY(vault.unlock(m_passphrase));
    CertificateStore certificates(&vault, settings.path(u"certificates.json"_s));
    QVERIFY(certificates.load());
    ConsoleSession session(&settings);
    session.setSecretStore(&vault);
    session.setCertificateStore(&certificates);
    sandbox::SimulatorLink simulator(&session);
    const Status started = simulator.start(settings.path(u"sandbox"_s), u"tst_cli_consent"_s);
    QVERIFY2(started, qPrintable(started.errorMessage()));
    const Application *app = session.applications()->findByName(m_app);
    QVERIFY(app);
    const auto issued = simulator.issueTestCertificate(app->id);
    QVERIFY2(issued, qPrintable(issued.errorMessage()));
    const auto imported
        = certificates.importPkcs12(issued->first, issued->second, u"PSD2 team certificate"_s);
    QVERIFY2(imported, qPrintable(imported.errorMessage()));
    QVERIFY(certificates.bind(app->id, imported->id, session.applications()->hostsFor(u"local"_s)));
}

void TestCliConsent::accountsConsentServesTheNextProcess()
{
    const CliRun r = cli({ u"consent"_s, u"ais"_s, u"--app"_s, m_app });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(u"Status: authorized"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Valid until: "_s));
    QVERIFY(r.out.contains(u"Token expires: "_s));
    // Each step on stderr, with its HTTP status.
    QVERIFY2(r.err.contains(
                 u"[1/5] Client-credentials token over mutual TLS (scope accounts): HTTP 200"_s),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(u"[5/5] Exchange the code for access and refresh tokens: HTTP 200"_s),
        qPrintable(r.err));
    const QRegularExpressionMatch id
        = QRegularExpression(u"^Consent: (\\S+)$"_s, QRegularExpression::MultilineOption)
              .match(r.out);
    QVERIFY2(id.hasMatch(), qPrintable(r.out));
    const QString consentId = id.captured(1);
    rememberTokens(consentId);

    // Another process, another simulator on the same folder: the consent serves.
    const CliRun sent = cli({ u"send"_s, u"--app"_s, m_app, u"GET"_s,
        u"/accounts-psd2/v1/accounts"_s, u"--consent"_s, consentId });
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err + sent.out));
    QVERIFY2(sent.out.contains(u"HTTP 200"_s), qPrintable(sent.out));
    QVERIFY(sent.out.contains(u"\"identifier\""_s));
}

void TestCliConsent::paymentConsentSubmitsThePayment()
{
    const QJsonObject pis
        = consent(u"pis"_s, { u"--amount"_s, u"3.20"_s, u"--payee-name"_s, u"Test Payee Oy"_s });
    QCOMPARE(pis.value("status"_L1).toString(), u"authorized"_s);
    QCOMPARE(pis.value("kind"_L1).toString(), u"pis"_s);
    const QString consentId = pis.value("id"_L1).toString();
    const QString paymentId = pis.value("paymentId"_L1).toString();
    QVERIFY(!consentId.isEmpty());
    QVERIFY(!paymentId.isEmpty());
    rememberTokens(consentId);

    const QString submission = u"/payments-psd2/v1/sepa-payments/%1/submissions/%2"_s.arg(
        paymentId, QUuid::createUuid().toString(QUuid::WithoutBraces));
    const CliRun r
        = cli({ u"send"_s, u"--app"_s, m_app, u"--consent"_s, consentId, u"PUT"_s, submission });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(u"HTTP 201"_s), qPrintable(r.out));

    const CliRun status = cli({ u"send"_s, u"--app"_s, m_app, u"--consent"_s, consentId,
        u"--json"_s, u"GET"_s, u"/payments-psd2/v1/sepa-payments/"_s + paymentId });
    QVERIFY2(status.exitCode == 0, qPrintable(status.err + status.out));
    const QJsonObject response
        = QJsonDocument::fromJson(status.out.toUtf8()).object().value("response"_L1).toObject();
    const QJsonObject payment
        = QJsonDocument::fromJson(response.value("body"_L1).toString().toUtf8()).object();
    QCOMPARE(payment.value("amountEUR"_L1).toString(), u"3.20"_s);
}

void TestCliConsent::fundsConsentConfirmsFunds()
{
    const QJsonObject cof = consent(u"cof"_s);
    QCOMPARE(cof.value("status"_L1).toString(), u"authorized"_s);
    const QString consentId = cof.value("id"_L1).toString();
    QVERIFY(!consentId.isEmpty());
    rememberTokens(consentId);
    const CliRun r = cli({ u"send"_s, u"--app"_s, m_app, u"--consent"_s, consentId, u"-H"_s,
        u"Accept: application/json"_s, u"--data"_s, u"{\"amountEUR\":\"1.00\"}"_s, u"POST"_s,
        u"/confirmation-of-funds-psd2/v1/funds-confirmations"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(u"HTTP 201"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"fundsAvailable"_s));
}

void TestCliConsent::aRejectedConsentIsExitOneAndListedAsRejected()
{
    const CliRun r = cli({ u"consent"_s, u"ais"_s, u"--app"_s, m_app, u"--reject"_s, u"--user"_s,
        u"88888882"_s, u"--json"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"The user 88888882 rejected the consent"_s), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"[5/5]"_s)); // no code exchange
    const QJsonObject rejected = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(rejected.value("status"_L1).toString(), u"rejected"_s);
    const QString consentId = rejected.value("id"_L1).toString();
    QVERIFY(!consentId.isEmpty());
    QVERIFY(!rejected.contains("tokenExpires"_L1));

    const CliRun list = cli({ u"consent"_s, u"list"_s, u"--app"_s, m_app, u"--json"_s });
    QCOMPARE(list.exitCode, 0);
    const QJsonArray consents
        = QJsonDocument::fromJson(list.out.toUtf8()).object().value("consents"_L1).toArray();
    QCOMPARE(consents.size(), 4);
    // Newest first.
    QCOMPARE(consents.first().toObject().value("id"_L1).toString(), consentId);
    QCOMPARE(consents.first().toObject().value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(consents.first().toObject().value("userId"_L1).toString(), u"88888882"_s);

    const CliRun text = cli({ u"consent"_s, u"list"_s, u"--app"_s, m_app });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"%1\tais\trejected\t"_s.arg(consentId)), qPrintable(text.out));

    // A rejected consent serves nothing, and nothing is sent.
    const CliRun sent = cli({ u"send"_s, u"--app"_s, m_app, u"--consent"_s, consentId, u"GET"_s,
        u"/accounts-psd2/v1/accounts"_s });
    QCOMPARE(sent.exitCode, 2);
    QVERIFY2(sent.err.contains(u"was rejected by the user 88888882"_s), qPrintable(sent.err));
    QVERIFY(sent.out.isEmpty());
}

void TestCliConsent::theUserDecidesInABrowser()
{
    // The command prints the bank's page and waits; curl plays the browser
    // ($BROWSER is a program that opens nothing here).
    QProcess cliProcess;
    QProcessEnvironment env = environment();
    env.insert(u"BROWSER"_s, u"true"_s);
    cliProcess.setProcessEnvironment(env);
    cliProcess.start(QStringLiteral(OPC_BIN_DIR "/opconsole-cli"),
                     { u"consent"_s, u"ais"_s, u"--app"_s, m_app, u"--browser"_s, u"--json"_s });
    QVERIFY(cliProcess.waitForStarted());
    QByteArray err;
    QUrl page;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            err += cliProcess.readAllStandardError();
            const QRegularExpressionMatch m
                    = QRegularExpression(u"^(https://\\S+/oauth/authorize\\S+)$"_s, QRegularExpression::MultilineOption)
                              .match(QString::fromUtf8(err));
            if (m.hasMatch()) {
                page = QUrl(m.captured(1), QUrl::StrictMode);
            }
            return page.isValid() || cliProcess.state() == QProcess::NotRunning;
        }(),
        20000);
    QVERIFY2(page.isValid(), err.constData());
    QVERIFY2(err.contains("waiting for its answer on http://127.0.0.1:"), err.constData());

    const QString ca = QDir(dataDir()).filePath(u"sandbox/ca.pem"_s);
    QVERIFY2(QFile::exists(ca), qPrintable(ca));
    const QByteArray landed = CurlBrowser(ca).decide(page, true, u"88888882"_s);
    QVERIFY2(landed.contains("Consent received"), landed.constData());
    QVERIFY(cliProcess.waitForFinished(20000));
    err += cliProcess.readAllStandardError();
    QVERIFY2(cliProcess.exitCode() == 0, err.constData());
    const QJsonObject consent = QJsonDocument::fromJson(cliProcess.readAllStandardOutput()).object();
    QCOMPARE(consent.value("status"_L1).toString(), u"authorized"_s);
    rememberTokens(consent.value("id"_L1).toString());

    // --browser leaves the decision to the browser.
    const CliRun both = cli({ u"consent"_s, u"ais"_s, u"--app"_s, m_app, u"--browser"_s, u"--approve"_s });
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains(u"decides in the browser"_s), qPrintable(both.err));
}

void TestCliConsent::anAccountConsentForASpanOfTransactions()
{
    const QJsonObject ais = consent(u"ais"_s, { u"--transactions-from"_s, u"2026-01-01"_s, u"--transactions-to"_s,
                                                u"2026-06-30"_s });
    QCOMPARE(ais.value("status"_L1).toString(), u"authorized"_s);
    rememberTokens(ais.value("id"_L1).toString());
    // The consent serves the accounts request.
    const CliRun status = cli({ u"send"_s, u"--app"_s, m_app, u"--consent"_s, ais.value("id"_L1).toString(),
                                u"GET"_s, u"/accounts-psd2/v1/accounts"_s });
    QVERIFY2(status.exitCode == 0, qPrintable(status.err + status.out));

    const CliRun both = cli({ u"consent"_s, u"ais"_s, u"--app"_s, m_app, u"--valid-until"_s, u"2030-01-01T00:00:00Z"_s,
                              u"--transactions-from"_s, u"2026-01-01"_s });
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains(u"not both"_s), qPrintable(both.err));
    const CliRun bad = cli({ u"consent"_s, u"ais"_s, u"--app"_s, m_app, u"--transactions-to"_s, u"June"_s });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"--transactions-to takes a date"_s), qPrintable(bad.err));
}

void TestCliConsent::aRevokedConsentIsRefusedWithoutSending()
{
    const QJsonObject ais = consent(u"ais"_s);
    const QString consentId = ais.value("id"_L1).toString();
    QVERIFY(!consentId.isEmpty());
    rememberTokens(consentId);

    const CliRun revoked = cli({ u"consent"_s, u"revoke"_s, consentId });
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err + revoked.out));
    QVERIFY(revoked.out.contains(u"Revoked the consent %1"_s.arg(consentId)));

    const CliRun sent = cli({ u"send"_s, u"--app"_s, m_app, u"--consent"_s, consentId, u"GET"_s,
        u"/accounts-psd2/v1/accounts"_s });
    QCOMPARE(sent.exitCode, 2);
    QVERIFY2(
        sent.err.contains(u"The consent %1 was revoked"_s.arg(consentId)), qPrintable(sent.err));
    QVERIFY(sent.out.isEmpty()); // no request line, no status: nothing went out
    QCOMPARE(sent.err.trimmed().count(u'\n'), 0);

    // The tokens left the vault; the list says revoked.
    EncryptedFileVault vault(QDir(dataDir()).filePath(u"vault.opcv"_s));
    QVERIFY(vault.unlock(m_passphrase));
    QVERIFY(!vault.ids().contains(ConsentStore::accessRef(consentId)));
    QVERIFY(!vault.ids().contains(ConsentStore::refreshRef(consentId)));
    const CliRun list = cli({ u"consent"_s, u"list"_s, u"--app"_s, m_app });
    QVERIFY2(list.out.contains(u"%1\tais\trevoked\t"_s.arg(consentId)), qPrintable(list.out));

    const CliRun again = cli({ u"consent"_s, u"revoke"_s, u"no-such-consent"_s });
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"no consent has the id no-such-consent"_s), qPrintable(again.err));
}

void TestCliConsent::aConsentWithdrawnAtTheBankIsExplained()
{
    const QJsonObject ais = consent(u"ais"_s);
    const QString consentId = ais.value("id"_L1).toString();
    QVERIFY(!consentId.isEmpty());
    rememberTokens(consentId);
    const QByteArray access = m_tokens.at(m_tokens.size() - 2);
    const QByteArray refresh = m_tokens.last();
    const CliRun revoked = cli({ u"consent"_s, u"revoke"_s, consentId });
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
    {
        // The console's records as they were before: as if the user had
        // withdrawn the consent at the bank, unknown to the console.
        Settings settings(dataDir());
        EncryptedFileVault vault(settings.path(u"vault.opcv"_s));
        QVERIFY(vault.unlock(m_passphrase));
        ConsoleSession session(&settings);
        session.setSecretStore(&vault);
        Consent unaware = *session.consentStore()->find(consentId);
        unaware.status = ConsentStatus::Authorized;
        QVERIFY(session.consentStore()->put(unaware));
        const QStringList hosts
            = session.credentialHostsOf(session.applications()->findByName(m_app));
        QVERIFY(session.consentStore()->putTokens(consentId, access, refresh, hosts));
    }

    const CliRun sent = cli({ u"send"_s, u"--app"_s, m_app, u"--consent"_s, consentId, u"GET"_s,
        u"/accounts-psd2/v1/accounts"_s });
    QCOMPARE(sent.exitCode, 1);
    QVERIFY2(sent.out.contains(u"HTTP 403"_s), qPrintable(sent.out));
    QVERIFY2(sent.err.contains(u"The bank refused consent %1 (403 SECURITY"_s.arg(consentId)),
        qPrintable(sent.err));
    const CliRun list = cli({ u"consent"_s, u"list"_s, u"--app"_s, m_app });
    QVERIFY2(list.out.contains(u"%1\tais\trevoked\t"_s.arg(consentId)), qPrintable(list.out));
}

void TestCliConsent::aPsd2RequestUsesTheAuthorizedConsentByItself()
{
    const QString validUntil = QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate);
    const QJsonObject ais = consent(u"ais"_s, { u"--valid-until"_s, validUntil });
    const QString consentId = ais.value("id"_L1).toString();
    QVERIFY(!consentId.isEmpty());
    QCOMPARE(ais.value("validUntil"_L1).toString(), validUntil);
    rememberTokens(consentId);
    const CliRun r
        = cli({ u"send"_s, u"--app"_s, m_app, u"GET"_s, u"/accounts-psd2/v1/accounts"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.err.contains(u"using consent %1"_s.arg(consentId)), qPrintable(r.err)); // the newest
    QVERIFY(r.out.contains(u"HTTP 200"_s));

    // A token option wins: the static token is not a consent's, so the bank refuses it.
    const CliRun withToken = cli({ u"send"_s, u"--app"_s, m_app, u"--static-token"_s, u"1"_s,
        u"GET"_s, u"/accounts-psd2/v1/accounts"_s });
    QVERIFY(!withToken.err.contains(u"using consent"_s));
    // The authorization calls take the client-credentials token, not a consent's.
    const CliRun authorization
        = cli({ u"send"_s, u"--app"_s, m_app, u"-H"_s, u"Content-Type: application/json"_s,
            u"--data"_s, u"{}"_s, u"POST"_s, u"/accounts-psd2/v1/authorizations"_s });
    QVERIFY(!authorization.err.contains(u"using consent"_s));
}

void TestCliConsent::refusalsSayWhyAndAreExitTwo()
{
    CliRun r = cli({ u"send"_s, u"--app"_s, m_app, u"--consent"_s, u"x"_s, u"--static-token"_s,
        u"1"_s, u"GET"_s, u"/accounts-psd2/v1/accounts"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"leave out --static-token"_s), qPrintable(r.err));
    r = cli({ u"send"_s, u"--app"_s, m_app, u"--consent"_s, u"x"_s, u"--token"_s, u"abc"_s,
        u"GET"_s, u"/accounts-psd2/v1/accounts"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"leave out --token"_s), qPrintable(r.err));
    r = cli({ u"send"_s, u"--consent"_s, u"x"_s, u"GET"_s, u"/accounts-psd2/v1/accounts"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--consent needs --app"_s), qPrintable(r.err));
    r = cli({ u"send"_s, u"--app"_s, m_app, u"--consent"_s, u"no-such-consent"_s, u"GET"_s,
        u"/accounts-psd2/v1/accounts"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"No consent has the id no-such-consent"_s), qPrintable(r.err));

    r = cli({ u"consent"_s, u"ais"_s, u"--app"_s, u"Nobody"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"opconsole-cli: there is no application named \"Nobody\""_s),
        qPrintable(r.err));
    r = cli({ u"consent"_s, u"ais"_s, u"--app"_s, m_app, u"--env"_s, u"sandbox"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"belongs to the environment \"local\""_s), qPrintable(r.err));
    r = cli({ u"consent"_s, u"ais"_s, u"--app"_s, m_app, u"--approve"_s, u"--reject"_s });
    QCOMPARE(r.exitCode, 2);
    r = cli({ u"consent"_s, u"ais"_s, u"--app"_s, m_app, u"--user"_s, u"12345678"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"88888881 or 88888882"_s), qPrintable(r.err));
    r = cli({ u"consent"_s, u"ais"_s, u"--app"_s, m_app, u"--amount"_s, u"1.00"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--amount is for pis consents, not for ais"_s), qPrintable(r.err));
    r = cli({ u"consent"_s, u"ais"_s, u"--app"_s, m_app, u"--valid-until"_s, u"next week"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"ISO 8601"_s), qPrintable(r.err));
    r = cli({ u"consent"_s, u"frobnicate"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"usage: opconsole-cli consent"_s));

    // Without a vault passphrase nothing runs.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"OPCONSOLE_VAULT_PASSPHRASE"_s);
    env.remove(u"OPC_VAULT_PASSPHRASE"_s);
    env.insert(u"OPC_DATA_DIR"_s, dataDir());
    env.insert(u"XDG_DATA_HOME"_s, QDir(m_dir.path()).filePath(u"xdg-data"_s));
    r = runBinary(u"opconsole-cli"_s, { u"consent"_s, u"ais"_s, u"--app"_s, m_app }, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"OPCONSOLE_VAULT_PASSPHRASE"_s), qPrintable(r.err));

    // An application without a client certificate: the first step says so, nothing is stored.
    r = cli({ u"app"_s, u"add"_s, u"No certificate"_s, u"--register"_s, u"--product"_s,
        u"psd2-ais-v1"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({ u"consent"_s, u"ais"_s, u"--app"_s, u"No certificate"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"client certificate"_s), qPrintable(r.err));
    const CliRun list = cli({ u"consent"_s, u"list"_s, u"--app"_s, u"No certificate"_s });
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(u"No certificate has no consents."_s), qPrintable(list.out));
}

void TestCliConsent::noTokenIsPrintedOrInAPlainFile()
{
    QCOMPARE(m_tokens.size(), 2 * 8); // access and refresh of the eight authorized consents

    // consents.json says what a consent is, never its token.
    QFile file(QDir(dataDir()).filePath(u"consents.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray consents
        = QJsonDocument::fromJson(file.readAll()).object().value("consents"_L1).toArray();
    QCOMPARE(consents.size(), 9);
    const QStringList fields { u"id"_s, u"kind"_s, u"applicationId"_s, u"environmentId"_s,
        u"sessionId"_s, u"status"_s, u"created"_s, u"scope"_s, u"hasRefreshToken"_s,
        u"validUntil"_s, u"tokenExpires"_s, u"userId"_s, u"paymentId"_s };
    for (const QJsonValue &v : consents) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QVERIFY2(fields.contains(it.key()), qPrintable(it.key()));
        }
        QVERIFY(o.value("hasRefreshToken"_L1).isBool());
    }

    // The token values are in no plain file (the vault keeps them encrypted) ...
    for (const QByteArray &token : std::as_const(m_tokens)) {
        const QList<SecretHit> hits = findSecretInTree(m_dir.path(), token);
        for (const SecretHit &hit : hits) {
            qWarning("a token is in %s (%s)", qPrintable(hit.file), qPrintable(hit.encoding));
        }
        QVERIFY(hits.isEmpty());
    }
    // ... and nothing the commands printed carries one: no token value, no
    // token field, no long base64url run (ids are UUIDs, shorter).
    static const QRegularExpression longRun(u"[A-Za-z0-9_-]{40,}"_s);
    for (const CliRun &r : std::as_const(m_runs)) {
        const QString printed = r.out + r.err;
        for (const QByteArray &token : std::as_const(m_tokens)) {
            QVERIFY(!printed.contains(QString::fromUtf8(token)));
        }
        QVERIFY(!printed.contains(u"access_token"_s));
        QVERIFY(!printed.contains(u"refresh_token"_s));
        const QRegularExpressionMatch run = longRun.match(printed);
        QVERIFY2(!run.hasMatch(), qPrintable(run.captured(0)));
    }
}

QTEST_GUILESS_MAIN(TestCliConsent)
#include "tst_cli_consent.moc"
