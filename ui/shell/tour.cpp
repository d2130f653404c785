#include "shell/tour.h"

#include "applications/applicationmanagerpane.h"
#include "auth/authpanel.h"
#include "auth/tokenpicker.h"
#include "certificates/certificatepane.h"
#include "collections/collectionspane.h"
#include "collections/collectionstore.h"
#include "collections/collectiontreemodel.h"
#include "collections/importdialog.h"
#include "composer/requestcomposer.h"
#include "consent/consentsdialog.h"
#include "mainwindow.h"
#include "quota/quotachart.h"
#include "response/responseviewer.h"
#include "runner/rundialog.h"
#include "session/consolesession.h"
#include "shell/appearance.h"
#include "sidebar/catalogtree.h"
#include "simulatorlink.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <cstdio>

namespace opc::ui {

namespace {
// Long enough for the body view's idle-time highlighting of a small body.
constexpr int kSettleMs = 900;
constexpr int kResponseTimeoutMs = 15000;
} // namespace

Tour::Tour(MainWindow *window, const QString &outputDir, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_outputDir(outputDir)
{
    const auto openEndpoint = [this](const QString &needle) {
        return [this, needle] {
            m_window->sidebar()->setCurrentIndex(1);
            return m_window->catalogTree()->activateMatching(needle);
        };
    };
    const auto showTab = [this](int tab) {
        return [this, tab] { m_window->viewer()->tabs()->setCurrentIndex(tab); };
    };
    m_steps = {
        { QStringLiteral("01-accounts-v3"),
            [this, openEndpoint] {
                writePaymentFlow();
                return openEndpoint(QStringLiteral("GET  /accounts/v3/accounts"))();
            },
            true },
        { QStringLiteral("02-payment-with-warning"),
            openEndpoint(QStringLiteral("value date on a weekend")), true, showTab(1) },
        { QStringLiteral("03-validation-error"), openEndpoint(QStringLiteral("validation (400")),
            true },
        { QStringLiteral("04-insufficient-funds"),
            openEndpoint(QStringLiteral("insufficient funds")), true },
        { QStringLiteral("05-maintenance-fatal"), openEndpoint(QStringLiteral("maintenance")),
            true },
        { QStringLiteral("05b-run-dialog"),
            [this] {
                // A tester's collection: initiate a payment, capture its id,
                // confirm and fetch it; one check expects the wrong status.
                const QString id = paymentFlowId();
                if (id.isEmpty()) {
                    return false;
                }
                m_window->runCollection(id);
                return m_window->findChild<RunDialog *>() != nullptr;
            } },
        { QStringLiteral("05c-runner-one-failure"),
            [this] {
                auto *dialog = m_window->findChild<RunDialog *>();
                if (!dialog) {
                    return false;
                }
                dialog->runButton()->click();
                return m_window->runner()->isRunning();
            } },
        { QStringLiteral("06-quota-exhausted"),
            [this] {
                m_window->showRequests();
                m_window->sidebar()->setCurrentIndex(2);
                m_window->catalogTree()->activateMatching(
                    QStringLiteral("GET  /accounts/v3/accounts"));
                // The demo app has used all but none of its 1000 requests today.
                return bool(m_window->simulator()->setQuotaUsed(1000));
            },
            true },
        { QStringLiteral("06b-quota-over-the-day"),
            [this] {
                m_window->quotaDock()->show();
                return m_window->quotaChart()->pointCount(m_window->session()->applicationId()) > 0;
            } },
        { QStringLiteral("07-timing-and-tls"),
            [this] {
                m_window->quotaDock()->hide();
                m_window->sidebar()->setCurrentIndex(1);
                m_window->viewer()->tabs()->setCurrentIndex(3);
                return true;
            } },
        { QStringLiteral("08-certificates"),
            [this] {
                // The vault passphrase comes from OPC_VAULT_PASSPHRASE here.
                return m_window->showCertificates()
                    && bool(m_window->certificatePane()->fetchTestCertificate());
            } },
    };
    // A PSD2 consent for the demo application, step by step: the bank's
    // page as the in-app choice of a test user, the authorized consent in
    // the list with the code exchange's reply, then the accounts request
    // sent with the consent's token.
    const QList<Step> consentSteps = {
        { QStringLiteral("05d-consent-bank-page"),
            [this] {
                m_window->showRequests();
                m_window->showConsents();
                ConsentsDialog *dialog = consentsDialog();
                if (!dialog) {
                    return false;
                }
                dialog->resize(1100, 720);
                dialog->start(ConsentKind::Accounts);
                return dialog->flow() != nullptr;
            },
            false, {}, [this] { return static_cast<QWidget *>(consentsDialog()); },
            [this] {
                ConsentsDialog *dialog = consentsDialog();
                return dialog && dialog->flow() && dialog->flow()->isWaitingForDecision();
            } },
        { QStringLiteral("05e-consent-authorized"),
            [this] {
                ConsentsDialog *dialog = consentsDialog();
                if (!dialog || !dialog->flow() || !dialog->flow()->isWaitingForDecision()) {
                    return false;
                }
                m_dialog = dialog; // closed by the next step
                dialog->flow()->decide(true, QStringLiteral("88888881"));
                return true;
            },
            false, {}, [this] { return static_cast<QWidget *>(consentsDialog()); },
            [this] {
                ConsentsDialog *dialog = consentsDialog();
                auto *tryIt = dialog ? dialog->findChild<QPushButton *>(QStringLiteral("tryConsentButton")) : nullptr;
                if (!tryIt || !tryIt->isVisible()) {
                    return false;
                }
                // The code exchange's request and reply, tokens masked.
                auto *steps = dialog->findChild<QTreeWidget *>(QStringLiteral("consentSteps"));
                if (steps && steps->topLevelItemCount() > 0) {
                    steps->setCurrentItem(steps->topLevelItem(steps->topLevelItemCount() - 1));
                }
                return true;
            } },
        { QStringLiteral("05f-accounts-with-consent"),
            [this] {
                ConsentsDialog *dialog = consentsDialog();
                auto *tryIt = dialog ? dialog->findChild<QPushButton *>(QStringLiteral("tryConsentButton")) : nullptr;
                if (!tryIt) {
                    return false;
                }
                tryIt->click();
                return true;
            },
            true, showTab(0) },
    };
    // Before the quota is used up (06), after the runner.
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).name == QLatin1StringView("06-quota-exhausted")) {
            for (qsizetype j = 0; j < consentSteps.size(); ++j) {
                m_steps.insert(i + j, consentSteps.at(j));
            }
            break;
        }
    }
    // The same responses again in the dark colour scheme: shown from what
    // the light pass received, so the quota the demo uses stays the same.
    const auto replayDark = [this](const QString &lightStep, int tab) {
        return [this, lightStep, tab] {
            if (!m_exchanges.contains(lightStep)) {
                return false;
            }
            Appearance::apply(Appearance::Scheme::Dark);
            m_window->showRequests();
            m_window->viewer()->showExchange(m_exchanges.value(lightStep));
            m_window->viewer()->tabs()->setCurrentIndex(tab);
            return true;
        };
    };
    // An application of one's own, a custom token, and the same exchange
    // with presentation mode on.
    const auto sendTo = [this](const QString &url) {
        RequestSpec spec;
        spec.url = url;
        m_window->openNewRequest(spec);
    };
    m_steps += {
        { QStringLiteral("08b-application-manager"),
            [this] {
                if (!m_window->showApplications()) {
                    return false;
                }
                ApplicationManagerPane *pane = m_window->applicationPane();
                const auto created = pane->createApplication(
                    QStringLiteral("Payments team app"), QStringLiteral("local"));
                if (!created) {
                    fail(created.errorMessage());
                    return false;
                }
                pane->setCheckedProducts({ QStringLiteral("accounts-v3"),
                    QStringLiteral("payments-v1"), QStringLiteral("psd2-ais-v1") });
                if (!pane->saveEditor()) {
                    return false;
                }
                pane->activateSelected();
                return m_window->session()->activeApplicationId() == created->id;
            } },
        { QStringLiteral("08c-custom-token-sent"),
            [this, sendTo] {
                m_window->showRequests();
                if (!m_window->tokenPicker()->addStoredToken(
                        QStringLiteral("Team token"), QStringLiteral("team-token-5f2a9c81d7e4"))) {
                    return false;
                }
                sendTo(QStringLiteral("/__echo?demo=custom-token"));
                return true;
            },
            true,
            [this] {
                m_window->viewer()->tabs()->setCurrentIndex(0);
                m_window->composer()->showPage(
                    m_window->authPanel()); // the Auth tab with the custom token
            } },
        { QStringLiteral("08d-presentation-mode"),
            [this] {
                // The application page while presenting: key and secret
                // unreadable, reveal and copy off, the badge in the status bar.
                m_window->setPresentationMode(true);
                return m_window->showApplications();
            } },
        { QStringLiteral("08e-application-manager-1100x700"),
            [this] {
                // A laptop-sized window: the manager fits without growing it.
                m_window->setPresentationMode(false);
                m_window->resize(1100, 700);
                return m_window->showApplications();
            } },
    };

    // A Postman export as teams bring them: a folder, variables, a test
    // script and an OAuth 2 request the console does not run or support.
    static const QByteArray postman = R"json({
      "info": {"name": "Team payments", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
      "variable": [{"key": "base", "value": "https://sandbox.apis.op.fi"}],
      "item": [
        {"name": "Accounts", "item": [
          {"name": "List accounts", "request": {"method": "GET", "url": "{{base}}/accounts/v3/accounts",
            "header": [{"key": "x-authorization", "value": "{{token}}"}]},
           "event": [{"listen": "test", "script": {"exec": ["pm.test('200', () => pm.response.to.have.status(200));"]}}]},
          {"name": "One account", "request": {"method": "GET", "url": "{{base}}/accounts/v3/accounts/{{accountId}}"}}]},
        {"name": "Initiate payment", "request": {"method": "POST", "url": "{{base}}/v1/payments/initiate",
          "body": {"mode": "raw", "raw": "{\"amount\": \"12.50\", \"currency\": \"EUR\"}"}},
         "event": [{"listen": "prerequest", "script": {"exec": ["pm.variables.set('ts', Date.now());"]}}]},
        {"name": "Token (OAuth 2)", "request": {"method": "POST", "url": "{{base}}/oauth/token",
          "auth": {"type": "oauth2", "oauth2": [{"key": "grantType", "value": "client_credentials"}]}}}
      ]})json";
    m_steps += {
        { QStringLiteral("09-collections-sample"),
            [this] {
                m_window->setPresentationMode(false);
                m_window->resize(1400, 900);
                m_window->showRequests();
                m_window->sidebar()->setCurrentIndex(2);
                CollectionsPane *pane = m_window->collectionsPane();
                pane->view()->expandToDepth(1);
                return !pane->isLoading() && pane->model()->rowCount() > 0;
            } },
        { QStringLiteral("10-import-skipped-items"),
            [this] {
                ImportDialog *dialog = m_window->collectionsPane()->createImportDialog();
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->setText(QString::fromUtf8(postman));
                dialog->resize(1100, 660); // the tour test asks every picture for at least 1000x600
                dialog->show();
                m_dialog = dialog;
                return true;
            },
            false, {}, [this] { return m_dialog.data(); } },
    };
    m_steps += {
        { QStringLiteral("11-dark-payment-with-warning"),
            replayDark(QStringLiteral("02-payment-with-warning"), 1) },
        { QStringLiteral("12-dark-validation-error"),
            replayDark(QStringLiteral("03-validation-error"), 0) },
        { QStringLiteral("13-dark-maintenance-fatal"),
            replayDark(QStringLiteral("05-maintenance-fatal"), 0) },
        { QStringLiteral("14-dark-quota-exhausted"),
            replayDark(QStringLiteral("06-quota-exhausted"), 0) },
    };
}

void Tour::start()
{
    QDir().mkpath(m_outputDir);
    connect(m_window, &MainWindow::exchangeShown, this, [this](const Exchange &exchange) {
        if (m_waitingFor >= 0) {
            const int index = m_waitingFor;
            m_exchanges.insert(m_steps.at(index).name, exchange);
            m_waitingFor = -1;
            if (m_steps.at(index).afterResponse) {
                m_steps.at(index).afterResponse();
            }
            captureAndContinue(index);
        }
    });
    runStep(0);
}

void Tour::fail(const QString &why)
{
    std::fprintf(stderr, "tour: %s\n", qPrintable(why));
    m_ok = false;
}

void Tour::runStep(int index)
{
    if (index >= m_steps.size()) {
        Appearance::apply(Appearance::Scheme::System);
        Q_EMIT finished(m_ok);
        return;
    }
    const Step &step = m_steps.at(index);
    if (m_dialog) {
        m_dialog->close();
    }
    if (!step.prepare()) {
        fail(QStringLiteral("step %1 could not be prepared").arg(step.name));
    }
    if (step.until) {
        captureWhen(index, 0);
        return;
    }
    if (!step.sends) {
        captureAndContinue(index);
        return;
    }
    m_waitingFor = index;
    m_window->sendCurrent();
    QTimer::singleShot(kResponseTimeoutMs, this, [this, index] {
        // A question the script did not expect (a modal box) would keep the
        // tour waiting for ever: say what it asked and close it.
        if (QWidget *modal = QApplication::activeModalWidget()) {
            fail(QStringLiteral("step %1 met the question \"%2\"").arg(m_steps.at(index).name, modal->windowTitle()));
            modal->close();
        }
        if (m_waitingFor == index) {
            m_waitingFor = -1;
            fail(QStringLiteral("no response for step %1").arg(m_steps.at(index).name));
            captureAndContinue(index);
        }
    });
}

void Tour::captureAndContinue(int index)
{
    QTimer::singleShot(kSettleMs, this, [this, index] {
        const Step &step = m_steps.at(index);
        if (!capture(step.name, step.subject ? step.subject() : nullptr)) {
            m_ok = false;
        }
        runStep(index + 1);
    });
}

void Tour::captureWhen(int index, int waitedMs)
{
    constexpr int pollMs = 100;
    if (m_steps.at(index).until()) {
        captureAndContinue(index);
        return;
    }
    if (waitedMs >= kResponseTimeoutMs) {
        fail(QStringLiteral("step %1 did not get where it was going").arg(m_steps.at(index).name));
        captureAndContinue(index);
        return;
    }
    QTimer::singleShot(pollMs, this, [this, index, waitedMs] { captureWhen(index, waitedMs + pollMs); });
}

ConsentsDialog *Tour::consentsDialog() const
{
    return m_window->findChild<ConsentsDialog *>();
}

Collection Tour::paymentFlow()
{
    const auto request = [](const QString &name, const QString &method, const QString &url,
                             const QByteArray &body) {
        CollectionRequest r;
        r.name = name;
        r.spec.method = method;
        r.spec.url = url;
        r.spec.body = body;
        if (!body.isEmpty()) {
            r.spec.headers.append(
                { QStringLiteral("Content-Type"), QStringLiteral("application/json"), true });
        }
        return r;
    };
    Collection flow;
    flow.name = QStringLiteral("Payment flow");
    CollectionRequest initiate = request(QStringLiteral("Initiate payment"), QStringLiteral("POST"),
        QStringLiteral("/v1/payments/initiate"),
        R"({"amount":5,"subject":"Lounaslasku","currency":"EUR","payerIban":"FI3959986920207073",)"
        R"("receiverBic":"OKOYFIHH","receiverIban":"FI4859986920215738","receiverName":"Pekka Lahtinen"})");
    initiate.assertions = { Assertion::of(Assertion::Kind::StatusEquals, {}, QStringLiteral("200")),
        Assertion::of(Assertion::Kind::JsonEquals, QStringLiteral("/status"),
            QStringLiteral("\"INITIATED\"")),
        Assertion::of(Assertion::Kind::NoErrors, {}, QStringLiteral("no-warn")) };
    Capture id;
    id.variable = QStringLiteral("paymentId");
    id.expression = QStringLiteral("/paymentId");
    initiate.captures = { id };
    CollectionRequest confirm = request(QStringLiteral("Confirm payment"), QStringLiteral("POST"),
        QStringLiteral("/v1/payments/confirm"), R"({"paymentId":"{{paymentId}}"})");
    confirm.assertions
        = { Assertion::of(Assertion::Kind::StatusInRange, {}, QStringLiteral("200-299")),
              Assertion::of(Assertion::Kind::JsonEquals, QStringLiteral("/status"),
                  QStringLiteral("\"CONFIRMED\"")) };
    CollectionRequest fetch = request(QStringLiteral("Fetch payment"), QStringLiteral("GET"),
        QStringLiteral("/v1/payments/{{paymentId}}"), {});
    fetch.assertions = { Assertion::of(Assertion::Kind::StatusEquals, {}, QStringLiteral("200")),
        Assertion::of(
            Assertion::Kind::JsonEquals, QStringLiteral("/status"), QStringLiteral("\"EXECUTED\"")),
        Assertion::of(Assertion::Kind::ResponseTimeBelow, {}, QStringLiteral("2000")) };
    CollectionRequest accounts = request(QStringLiteral("List accounts"), QStringLiteral("GET"),
        QStringLiteral("/accounts/v3/accounts"), {});
    accounts.assertions = { Assertion::of(Assertion::Kind::StatusEquals, {}, QStringLiteral("200")),
        Assertion::of(Assertion::Kind::HeaderExists, QStringLiteral("x-ratelimit-remaining"), {}),
        Assertion::of(
            Assertion::Kind::JsonType, QStringLiteral("/accounts"), QStringLiteral("array")) };
    for (const CollectionRequest &r : { initiate, confirm, fetch, accounts }) {
        flow.addRequest({}, r);
    }
    return flow;
}

void Tour::writePaymentFlow()
{
    Collection flow = paymentFlow();
    CollectionsPane *pane = m_window->collectionsPane();
    const QString dir = QDir(pane->collectionsDir()).filePath(QStringLiteral("payment-flow"));
    if (const auto saved = CollectionStore().save(flow, dir); !saved.ok()) {
        fail(saved.errorMessage());
        return;
    }
    pane->openCollection(dir);
}

QString Tour::paymentFlowId() const
{
    const CollectionTreeModel *model = m_window->collectionsPane()->model();
    for (const QString &id : model->collectionIds()) {
        if (model->collection(id)->name == QLatin1String("Payment flow")) {
            return id;
        }
    }
    return {};
}

bool Tour::capture(const QString &name, QWidget *subject)
{
    QWidget *target = subject ? subject : static_cast<QWidget *>(m_window);
    // On a real X server (Xvfb) grab what the server shows, as a user sees
    // it; on the offscreen platform only the widget's own rendering exists.
    QPixmap pixmap;
    QScreen *screen = target->screen();
    if (screen && QGuiApplication::platformName() != QLatin1String("offscreen")) {
        // The screen's pixels where the window is: a dialog over it is in
        // the picture, as the user sees it.
        const QRect frame = target->frameGeometry();
        pixmap = screen->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
    }
    if (pixmap.isNull()) {
        pixmap = target->grab();
    }
    const QString path = QDir(m_outputDir).filePath(name + QStringLiteral(".png"));
    if (!pixmap.save(path)) {
        std::fprintf(stderr, "tour: cannot save %s\n", qPrintable(path));
        return false;
    }
    m_saved.append(path);
    std::fprintf(stdout, "tour: saved %s\n", qPrintable(path));
    std::fflush(stdout);
    return true;
}

} // namespace opc::ui
