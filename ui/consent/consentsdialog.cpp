#include "consent/consentsdialog.h"

#include "apps/applicationstore.h"
#include "environments/environmentstore.h"
#include "oauth/consentservice.h"
#include "oauth/consentstore.h"
#include "session/consolesession.h"
#include "shell/appearance.h"
#include "widgets/retranslate.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QStackedWidget>
#include <QDesktopServices>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc::ui {

namespace {

constexpr int StepRole = Qt::UserRole + 1;
constexpr int ConsentIdRole = Qt::UserRole + 2;
constexpr int ExchangeRole = Qt::UserRole + 3;
constexpr int KindRole = Qt::UserRole + 4; ///< the kind a step's title was written for
constexpr int StateRole = Qt::UserRole + 5; ///< a step's StepState

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("–");
}

} // namespace

ConsentsDialog::ConsentsDialog(ConsentService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setObjectName(u"consentsDialog"_s);
    retranslate(this, [this] { setWindowTitle(tr("PSD2 consents")); });
    resize(980, 680);

    m_title = new QLabel(this);
    m_title->setObjectName(u"consentsTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    retranslate(this, [this] {
        if (!m_title->text().isEmpty()) {
            updateTitle(); // once setApplication() has named the application
        }
    });

    // --- the list ---
    auto *listBox = new QGroupBox(this);
    retranslate(listBox, [listBox] { listBox->setTitle(tr("Consents")); });
    m_list = new QTreeWidget(listBox);
    m_list->setObjectName(u"consentList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    retranslate(m_list, [this] {
        m_list->setHeaderLabels(
            { tr("Kind"), tr("Status"), tr("Valid until"), tr("Token until"), tr("User"), tr("Consent") });
    });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_revoke = new QPushButton(QIcon::fromTheme(u"edit-delete-remove"_s), QString(), listBox);
    m_revoke->setObjectName(u"revokeConsentButton"_s);
    m_refresh = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), QString(), listBox);
    m_refresh->setObjectName(u"refreshConsentButton"_s);
    m_remove = new QPushButton(QIcon::fromTheme(u"list-remove"_s), QString(), listBox);
    m_remove->setObjectName(u"removeConsentButton"_s);
    retranslate(this, [this] {
        m_revoke->setText(tr("Re&voke"));
        m_revoke->setToolTip(tr("Withdraw the consent at the bank and forget its tokens"));
        m_refresh->setText(tr("Re&fresh token"));
        m_refresh->setToolTip(tr("Get a new access token with the consent's refresh token"));
        m_remove->setText(tr("Re&move"));
        m_remove->setToolTip(tr("Remove the consent from this list (the bank is not told)"));
    });
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_revoke);
    listButtons->addWidget(m_refresh);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_list);
    listLayout->addLayout(listButtons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConsentsDialog::updateButtons);
    connect(m_revoke, &QPushButton::clicked, this, [this] { runOnSelected(true); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { runOnSelected(false); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString id = selectedConsentId();
        if (!id.isEmpty() && m_service) {
            if (const Status removed = m_service->store()->remove(id); !removed) {
                showOutcome(removed.errorMessage(), true);
            }
        }
    });

    // --- a new consent, guided ---
    auto *flowBox = new QGroupBox(this);
    retranslate(flowBox, [flowBox] { flowBox->setTitle(tr("New consent, step by step")); });
    m_kind = new QComboBox(flowBox);
    m_kind->setObjectName(u"consentKindCombo"_s);
    for (const ConsentKind kind : { ConsentKind::Accounts, ConsentKind::Payments, ConsentKind::FundsConfirmation }) {
        m_kind->addItem(QString(), int(kind));
    }
    retranslate(m_kind, [this] {
        for (int i = 0; i < m_kind->count(); ++i) {
            m_kind->setItemText(i, Consent::kindTitle(ConsentKind(m_kind->itemData(i).toInt())));
        }
    });
    m_start = new QPushButton(QIcon::fromTheme(u"media-playback-start"_s), QString(), flowBox);
    m_start->setObjectName(u"startConsentButton"_s);
    retranslate(m_start, [this] {
        m_start->setText(tr("&Start"));
        m_start->setToolTip(tr("Client-credentials token over mutual TLS, the authorization, the bank's page, the "
                               "code exchange"));
    });
    connect(m_start, &QPushButton::clicked, this,
            [this] { start(ConsentKind(m_kind->currentData().toInt())); });
    auto *kindLabel = new QLabel(flowBox);
    kindLabel->setBuddy(m_kind);
    m_inBrowser = new QCheckBox(flowBox);
    m_inBrowser->setObjectName(u"consentInBrowserCheck"_s);
    retranslate(this, [this, kindLabel] {
        kindLabel->setText(tr("&Consent:"));
        m_inBrowser->setText(tr("Sign in with my &browser"));
        m_inBrowser->setToolTip(tr("Open the bank's page in your own browser; the console catches its answer on a "
                                   "loopback port. Always so for the OP sandbox and production."));
    });
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(kindLabel);
    startRow->addWidget(m_kind);
    startRow->addWidget(m_inBrowser);
    startRow->addWidget(m_start);
    startRow->addStretch();

    // What the consent asks for, per kind; empty fields leave the bank's defaults.
    const ConsentRequest defaults;
    m_options = new QStackedWidget(flowBox);
    m_options->setObjectName(u"consentOptions"_s);
    const auto page = [this] {
        auto *w = new QWidget(m_options);
        auto *l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        m_options->addWidget(w);
        return l;
    };
    const auto field = [](QHBoxLayout *layout, QWidget *w) {
        auto *l = new QLabel(w->parentWidget());
        l->setBuddy(w);
        layout->addWidget(l);
        layout->addWidget(w);
        return l;
    };
    QHBoxLayout *ais = page();
    m_limitValidity = new QCheckBox(m_options);
    m_limitValidity->setObjectName(u"consentLimitValidityCheck"_s);
    m_validUntil = new QDateTimeEdit(QDateTime::currentDateTime().addDays(30), m_options);
    m_validUntil->setObjectName(u"consentValidUntilEdit"_s);
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setEnabled(false);
    retranslate(this, [this] {
        m_limitValidity->setText(tr("&Valid until:"));
        m_validUntil->setToolTip(tr("At most 90 days ahead; unset, the bank's 90 days"));
    });
    connect(m_limitValidity, &QCheckBox::toggled, m_validUntil, &QWidget::setEnabled);
    ais->addWidget(m_limitValidity);
    ais->addWidget(m_validUntil);
    ais->addStretch();
    QHBoxLayout *pis = page();
    m_amount = new QLineEdit(defaults.amountEur, m_options);
    m_amount->setObjectName(u"consentAmountEdit"_s);
    m_amount->setMaximumWidth(fontMetrics().horizontalAdvance(u"0000000.00"_s) * 2);
    m_payeeIban = new QLineEdit(defaults.payeeIban, m_options);
    m_payeeIban->setObjectName(u"consentPayeeIbanEdit"_s);
    m_payeeName = new QLineEdit(defaults.payeeName, m_options);
    m_payeeName->setObjectName(u"consentPayeeNameEdit"_s);
    QLabel *amountLabel = field(pis, m_amount);
    QLabel *payeeIbanLabel = field(pis, m_payeeIban);
    QLabel *payeeNameLabel = field(pis, m_payeeName);
    QHBoxLayout *cof = page();
    m_fundsIban = new QLineEdit(m_options);
    m_fundsIban->setObjectName(u"consentFundsIbanEdit"_s);
    QLabel *fundsIbanLabel = field(cof, m_fundsIban);
    retranslate(this, [this, amountLabel, payeeIbanLabel, payeeNameLabel, fundsIbanLabel] {
        amountLabel->setText(tr("&Amount (EUR):"));
        payeeIbanLabel->setText(tr("Payee &IBAN:"));
        payeeNameLabel->setText(tr("Payee &name:"));
        m_fundsIban->setPlaceholderText(tr("the bank's default account"));
        fundsIbanLabel->setText(tr("Account I&BAN:"));
    });
    cof->addStretch();
    connect(m_kind, &QComboBox::currentIndexChanged, m_options, &QStackedWidget::setCurrentIndex);

    m_steps = new QTreeWidget(flowBox);
    m_steps->setObjectName(u"consentSteps"_s);
    m_steps->setRootIsDecorated(false);
    retranslate(m_steps, [this] { m_steps->setHeaderLabels({ tr("Step"), tr("State"), tr("Request") }); });
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showStep(item); });

    m_detail = new QPlainTextEdit(flowBox);
    m_detail->setObjectName(u"consentStepDetail"_s);
    m_detail->setReadOnly(true);
    Appearance::useFixedFont(m_detail);
    retranslate(m_detail, [this] {
        m_detail->setPlaceholderText(tr("Choose a step to see its request and response."));
    });

    // The bank's authorize page, in the console: the simulator's test users.
    m_decision = new QWidget(flowBox);
    m_decision->setObjectName(u"consentDecision"_s);
    m_decisionText = new QLabel(m_decision);
    m_decisionText->setTextFormat(Qt::PlainText);
    m_decisionText->setWordWrap(true);
    m_users = new QButtonGroup(m_decision);
    auto *decisionLayout = new QVBoxLayout(m_decision);
    decisionLayout->addWidget(m_decisionText);
    auto *usersRow = new QHBoxLayout;
    for (const QString &user : { u"88888881"_s, u"88888882"_s }) {
        auto *radio = new QRadioButton(m_decision);
        retranslate(radio, [radio, user] { radio->setText(tr("Test user %1").arg(user)); });
        radio->setObjectName(u"user"_s + user);
        radio->setProperty("userId", user);
        m_users->addButton(radio);
        usersRow->addWidget(radio);
        radio->setChecked(m_users->buttons().size() == 1);
    }
    m_approve = new QPushButton(QIcon::fromTheme(u"dialog-ok-apply"_s), QString(), m_decision);
    m_approve->setObjectName(u"approveConsentButton"_s);
    m_reject = new QPushButton(QIcon::fromTheme(u"dialog-cancel"_s), QString(), m_decision);
    m_reject->setObjectName(u"rejectConsentButton"_s);
    retranslate(this, [this] {
        m_approve->setText(tr("&Approve"));
        m_reject->setText(tr("&Reject"));
    });
    usersRow->addStretch();
    usersRow->addWidget(m_approve);
    usersRow->addWidget(m_reject);
    decisionLayout->addLayout(usersRow);
    m_decision->hide();
    const auto decide = [this](bool approve) {
        if (m_flow && m_flow->isWaitingForDecision()) {
            m_decision->hide();
            m_flow->decide(approve, m_users->checkedButton()->property("userId").toString());
        }
    };
    connect(m_approve, &QPushButton::clicked, this, [decide] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [decide] { decide(false); });

    // The bank's page in the user's browser: what to do meanwhile.
    m_browserWait = new QWidget(flowBox);
    m_browserWait->setObjectName(u"consentBrowserWait"_s);
    m_browserText = new QLabel(m_browserWait);
    m_browserText->setObjectName(u"consentBrowserText"_s);
    m_browserText->setTextFormat(Qt::PlainText);
    m_browserText->setWordWrap(true);
    m_browserText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *openAgain = new QPushButton(QIcon::fromTheme(u"internet-web-browser"_s), QString(), m_browserWait);
    openAgain->setObjectName(u"openBrowserAgainButton"_s);
    m_cancelFlow = new QPushButton(QIcon::fromTheme(u"process-stop"_s), QString(), m_browserWait);
    m_cancelFlow->setObjectName(u"cancelConsentButton"_s);
    retranslate(this, [this, openAgain] {
        openAgain->setText(tr("Open &again"));
        m_cancelFlow->setText(tr("Ca&ncel"));
    });
    auto *browserLayout = new QHBoxLayout(m_browserWait);
    browserLayout->addWidget(m_browserText, 1);
    browserLayout->addWidget(openAgain);
    browserLayout->addWidget(m_cancelFlow);
    m_browserWait->hide();
    connect(openAgain, &QPushButton::clicked, this, [this] {
        if (m_browserUrl.isValid()) {
            m_openBrowser(m_browserUrl);
        }
    });
    connect(m_cancelFlow, &QPushButton::clicked, this, [this] {
        if (m_flow) {
            m_flow->cancel();
        }
    });
    m_openBrowser = [](const QUrl &url) { QDesktopServices::openUrl(url); };

    m_outcome = new QLabel(flowBox);
    m_outcome->setObjectName(u"consentOutcome"_s);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tryIt = new QPushButton(QIcon::fromTheme(u"document-new"_s), QString(), flowBox);
    m_tryIt->setObjectName(u"tryConsentButton"_s);
    retranslate(m_tryIt, [this] { m_tryIt->setText(tr("&Open the request it is for")); });
    m_tryIt->hide();
    connect(m_tryIt, &QPushButton::clicked, this, [this] {
        const Consent *c = m_service ? m_service->store()->find(m_readyConsent) : nullptr;
        if (c) {
            const RequestSpec spec = nextRequest(*c);
            Q_EMIT openRequest(spec, u"%1 %2"_s.arg(spec.method, spec.url));
        }
    });
    auto *outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(m_outcome, 1);
    outcomeRow->addWidget(m_tryIt);

    auto *split = new QSplitter(Qt::Vertical, flowBox);
    split->addWidget(m_steps);
    split->addWidget(m_detail);
    split->setStretchFactor(1, 1);
    auto *flowLayout = new QVBoxLayout(flowBox);
    flowLayout->addLayout(startRow);
    flowLayout->addWidget(m_options);
    flowLayout->addWidget(split, 1);
    flowLayout->addWidget(m_decision);
    flowLayout->addWidget(m_browserWait);
    flowLayout->addLayout(outcomeRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *outer = new QSplitter(Qt::Vertical, this);
    outer->addWidget(listBox);
    outer->addWidget(flowBox);
    outer->setStretchFactor(0, 1);
    outer->setStretchFactor(1, 3);
    // The steps get the room: five rows always show, the list a few.
    const int row = m_steps->fontMetrics().height() + 6;
    m_steps->setMinimumHeight(row * 7);
    m_list->setMinimumHeight(row * 4);
    outer->setSizes({ row * 7, row * 30 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(outer, 1);
    layout->addWidget(buttons);

    if (m_service) {
        connect(m_service->store(), &ConsentStore::changed, this, &ConsentsDialog::refreshList);
    }
    connect(Presentation::instance(), &Presentation::changed, this, [this] { showStep(m_steps->currentItem()); });
    resetSteps();
    // The last flow's steps stay as they went; the list says its kinds,
    // statuses and dates again.
    retranslate(this, [this] { retranslateSteps(); });
    retranslate(this, [this] { refreshList(); });
}

ConsentsDialog::~ConsentsDialog() = default;

void ConsentsDialog::updateTitle()
{
    m_title->setText(tr("Consents of %1. PSD2 APIs need mutual TLS 1.2 and the user's strong customer "
                        "authentication; the console keeps each consent's tokens in the vault and puts the right "
                        "one in the next PSD2 request.")
                             .arg(m_applicationName));
}

void ConsentsDialog::setApplication(const QString &applicationId, const QString &name)
{
    m_applicationId = applicationId;
    m_applicationName = name;
    updateTitle();
    // The bank's page is in the console only for the simulator's test users.
    m_inBrowser->setChecked(false);
    const bool browserOnly = usesBrowser();
    m_inBrowser->setChecked(browserOnly);
    m_inBrowser->setEnabled(!browserOnly);
    refreshList();
}

void ConsentsDialog::refreshList()
{
    const QString selected = selectedConsentId();
    m_list->clear();
    if (!m_service) {
        return;
    }
    const QDateTime now = m_service->now();
    for (const Consent &c : m_service->store()->forApplication(m_applicationId)) {
        const ConsentStatus status = c.statusAt(now);
        auto *item = new QTreeWidgetItem(m_list, { Consent::kindTitle(c.kind), Consent::statusText(status),
                                                   when(c.validUntil), when(c.tokenExpires), c.userId, c.id });
        item->setData(0, ConsentIdRole, c.id);
        if (status == ConsentStatus::Authorized) {
            item->setIcon(1, QIcon::fromTheme(u"security-high"_s));
        } else if (status == ConsentStatus::Rejected || status == ConsentStatus::Revoked
                   || status == ConsentStatus::Expired) {
            item->setForeground(1, palette().color(QPalette::Disabled, QPalette::Text));
        }
        item->setToolTip(1, m_service->unusableReason(c));
        if (c.id == selected) {
            m_list->setCurrentItem(item);
        }
    }
    updateButtons();
}

bool ConsentsDialog::usesBrowser() const
{
    if (m_inBrowser->isChecked() || !m_service || !m_service->session()) {
        return m_inBrowser->isChecked();
    }
    // Only the simulator has test users the console may answer for.
    ConsoleSession *session = m_service->session();
    const Application *app = session->applications()->find(m_applicationId);
    if (!app) {
        return false; // the demo application: the simulator's
    }
    const Result<Environment> environment = session->environments()->resolve(app->environmentId);
    return !environment || environment->kind != Environment::Kind::LocalSimulator;
}

QString ConsentsDialog::selectedConsentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, ConsentIdRole).toString() : QString();
}

void ConsentsDialog::updateButtons()
{
    const Consent *c = m_service ? m_service->store()->find(selectedConsentId()) : nullptr;
    const bool usable = c && m_service && c->isUsable(m_service->now());
    m_revoke->setEnabled(usable || (c && c->status == ConsentStatus::Received));
    m_refresh->setEnabled(usable && c->hasRefreshToken);
    m_remove->setEnabled(c != nullptr);
}

void ConsentsDialog::runOnSelected(bool revoke)
{
    const QString id = selectedConsentId();
    if (id.isEmpty() || !m_service) {
        return;
    }
    m_revoke->setEnabled(false);
    m_refresh->setEnabled(false);
    QPointer<ConsentsDialog> self(this);
    auto done = [self, id, revoke](const Status &status) {
        if (!self) {
            return;
        }
        self->showOutcome(status ? (revoke ? tr("Consent %1 was revoked; its tokens are gone.").arg(id)
                                           : tr("Consent %1 has a new access token.").arg(id))
                                 : status.errorMessage(),
                          !status);
        self->refreshList();
    };
    if (revoke) {
        m_service->revoke(id, done);
    } else {
        m_service->refresh(id, done);
    }
}

void ConsentsDialog::resetSteps()
{
    m_steps->clear();
    const ConsentKind kind = ConsentKind(m_kind->currentData().toInt());
    int n = 1;
    for (const ConsentFlow::Step step : ConsentFlow::steps()) {
        auto *item = new QTreeWidgetItem(m_steps, { u"%1. %2"_s.arg(n++).arg(ConsentFlow::stepTitle(step, kind)),
                                                    QString(), QString() });
        item->setData(0, StepRole, int(step));
        item->setData(0, KindRole, int(kind));
        setItemState(item, StepState::Waiting);
    }
    m_detail->clear();
}

void ConsentsDialog::retranslateSteps()
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        const auto step = ConsentFlow::Step(item->data(0, StepRole).toInt());
        const auto kind = ConsentKind(item->data(0, KindRole).toInt());
        item->setText(0, u"%1. %2"_s.arg(i + 1).arg(ConsentFlow::stepTitle(step, kind)));
        setItemState(item, StepState(item->data(1, StateRole).toInt()));
    }
}

void ConsentsDialog::setItemState(QTreeWidgetItem *item, StepState state)
{
    item->setData(1, StateRole, int(state));
    const QVariant exchange = item->data(0, ExchangeRole);
    const int status = exchange.isValid() ? exchange.value<Exchange>().status : 0;
    QString text;
    switch (state) {
    case StepState::Waiting:
        text = tr("waiting");
        break;
    case StepState::Running:
        text = tr("running…");
        break;
    case StepState::WaitingForUser:
        text = tr("waiting for the user");
        break;
    case StepState::OpenInBrowser:
        text = tr("open in the browser");
        break;
    case StepState::WaitingForBrowser:
        text = tr("waiting for the browser");
        break;
    case StepState::Done:
        text = tr("done · %1").arg(status);
        break;
    case StepState::FailedWithStatus:
        text = tr("failed · %1").arg(status);
        break;
    case StepState::Failed:
        text = tr("failed");
        break;
    }
    item->setText(1, text);
}

QTreeWidgetItem *ConsentsDialog::stepItem(ConsentFlow::Step step) const
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        if (m_steps->topLevelItem(i)->data(0, StepRole).toInt() == int(step)) {
            return m_steps->topLevelItem(i);
        }
    }
    return nullptr;
}

void ConsentsDialog::setStepState(ConsentFlow::Step step, StepState state, const QString &detail)
{
    if (QTreeWidgetItem *item = stepItem(step)) {
        setItemState(item, state);
        if (!detail.isEmpty()) {
            item->setText(2, detail);
        }
    }
}

void ConsentsDialog::start(ConsentKind kind)
{
    if (!m_service || (m_flow && m_flow->isRunning())) {
        return;
    }
    const int index = m_kind->findData(int(kind));
    m_kind->setCurrentIndex(index);
    resetSteps();
    m_tryIt->hide();
    m_decision->hide();
    m_browserWait->hide();
    m_browserUrl.clear();
    m_readyConsent.clear();
    showOutcome(QString(), false);
    if (m_flow) {
        m_flow->deleteLater();
    }
    ConsentRequest request;
    request.kind = kind;
    request.applicationId = m_applicationId == m_service->session()->demoApplicationId() ? QString() : m_applicationId;
    request.decision = usesBrowser() ? ConsentRequest::Decision::Browser : ConsentRequest::Decision::Ask;
    if (kind == ConsentKind::Accounts && m_limitValidity->isChecked()) {
        request.validUntil = m_validUntil->dateTime().toUTC();
    } else if (kind == ConsentKind::Payments) {
        request.amountEur = m_amount->text().trimmed();
        request.payeeIban = m_payeeIban->text().remove(u' ');
        request.payeeName = m_payeeName->text().trimmed();
    } else if (kind == ConsentKind::FundsConfirmation) {
        request.iban = m_fundsIban->text().remove(u' ');
    }
    m_flow = m_service->createFlow(request);
    m_start->setEnabled(false);
    connect(m_flow, &ConsentFlow::stepStarted, this, [this](ConsentFlow::Step step) {
        setStepState(step, StepState::Running);
        if (QTreeWidgetItem *item = stepItem(step)) {
            m_steps->setCurrentItem(item);
        }
    });
    connect(m_flow, &ConsentFlow::stepFinished, this, [this](ConsentFlow::Step step, const Exchange &exchange) {
        if (step == ConsentFlow::Step::Decision) {
            m_decision->hide(); // decided, here or wherever decide() was called from
        }
        QTreeWidgetItem *item = stepItem(step);
        if (!item) {
            return;
        }
        item->setData(0, ExchangeRole, QVariant::fromValue(exchange));
        const bool ok = exchange.error.isEmpty() && exchange.status > 0 && exchange.status < 400;
        setItemState(item, ok ? StepState::Done : StepState::FailedWithStatus);
        item->setIcon(1, QIcon::fromTheme(ok ? u"dialog-ok-apply"_s : u"dialog-error"_s));
        item->setText(2, u"%1 %2"_s.arg(QString::fromLatin1(exchange.method),
                                         QUrl(exchange.url).path()));
        if (m_steps->currentItem() == item) {
            showStep(item);
        }
    });
    connect(m_flow, &ConsentFlow::decisionNeeded, this,
            [this](const QString &application, const QString &scope, const QString &authorizationId) {
                setStepState(ConsentFlow::Step::Decision, StepState::WaitingForUser);
                m_decisionText->setText(tr("OP sandbox authorization: the application %1 asks for access (%2), "
                                           "authorization %3. Sign in as a test user and decide.")
                                                .arg(application, scope, authorizationId));
                m_decision->show();
                m_approve->setFocus();
            });
    connect(m_flow, &ConsentFlow::browserNeeded, this, [this](const QUrl &url) {
        setStepState(ConsentFlow::Step::AuthorizePage, StepState::OpenInBrowser);
        setStepState(ConsentFlow::Step::Decision, StepState::WaitingForBrowser);
        m_browserUrl = url;
        // The address carries no secret (client id, state, PKCE challenge),
        // but presentation mode shows only its origin and path.
        const QString shown = Presentation::instance()->isOn() ? url.adjusted(QUrl::RemoveQuery).toString()
                                                               : url.toString();
        m_browserText->setText(tr("Continue on the bank's page in your browser: sign in and decide there. The "
                                  "console waits for the bank's answer on %1.\n%2")
                                       .arg(QUrlQuery(url).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded),
                                            shown));
        m_browserWait->show();
        m_openBrowser(url);
    });
    connect(m_flow, &ConsentFlow::finished, this, [this](const Consent &consent) {
        m_start->setEnabled(true);
        m_browserWait->hide();
        m_readyConsent = consent.id;
        showOutcome(tr("Consent %1 is authorized until %2; its access token is good until %3 and is refreshed "
                       "before it expires. The next %4 request sends it.")
                            .arg(consent.id, when(consent.validUntil), when(consent.tokenExpires),
                                 Consent::kindName(consent.kind).toUpper()),
                    false);
        m_tryIt->show();
        Q_EMIT consentReady(consent.id);
    });
    connect(m_flow, &ConsentFlow::failed, this, [this](ConsentFlow::Step step, const QString &message) {
        m_start->setEnabled(true);
        m_decision->hide();
        m_browserWait->hide();
        if (QTreeWidgetItem *item = stepItem(step)) {
            if (!item->data(0, ExchangeRole).isValid()) {
                setItemState(item, StepState::Failed);
                item->setIcon(1, QIcon::fromTheme(u"dialog-error"_s));
            }
            m_steps->setCurrentItem(item);
        }
        showOutcome(message, true);
    });
    m_flow->start();
}

void ConsentsDialog::showStep(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, ExchangeRole).isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->setPlainText(exchangeText(item->data(0, ExchangeRole).value<Exchange>()));
}

QString ConsentsDialog::exchangeText(const Exchange &ex) const
{
    // Tokens in a reply are masked here always (a demo shows this view);
    // with presentation mode on, every secret the session knows too.
    const Redactor &redactor = Presentation::instance()->redactor();
    QStringList lines;
    lines << u"%1 %2"_s.arg(QString::fromLatin1(ex.method), ex.url);
    for (const auto &[name, value] : ex.requestHeaders) {
        lines << u"%1: %2"_s.arg(QString::fromLatin1(name), Exchange::headerText(redactor.redactHeaderValue(name, value, false)));
    }
    lines << QString();
    if (ex.hasResponse()) {
        lines << u"HTTP %1 %2"_s.arg(ex.status).arg(QString::fromLatin1(ex.reason));
        for (const auto &[name, value] : ex.responseHeaders) {
            lines << u"%1: %2"_s.arg(QString::fromLatin1(name), Exchange::headerText(redactor.redactHeaderValue(name, value, true)));
        }
        lines << QString() << QString::fromUtf8(redactor.redact(ex.body.left(64 * 1024)));
    }
    if (!ex.error.isEmpty()) {
        lines << ex.error;
    }
    return Presentation::instance()->mask(lines.join(u'\n'));
}

void ConsentsDialog::showOutcome(const QString &text, bool failure)
{
    m_outcome->setText(text);
    m_outcome->setProperty("failure", failure);
    QPalette p = m_outcome->palette();
    p.setColor(QPalette::WindowText, failure ? QColor(0xc0, 0x1c, 0x28) : palette().color(QPalette::WindowText));
    m_outcome->setPalette(p);
}

RequestSpec ConsentsDialog::nextRequest(const Consent &consent)
{
    RequestSpec spec;
    switch (consent.kind) {
    case ConsentKind::Accounts:
        spec.url = Consent::basePathOf(consent.kind) + u"/accounts"_s;
        break;
    case ConsentKind::Payments:
        spec.method = u"PUT"_s;
        spec.url = Consent::basePathOf(consent.kind) + u"/sepa-payments/%1/submissions/%2"_s.arg(
                           consent.paymentId, QUuid::createUuid().toString(QUuid::WithoutBraces));
        break;
    case ConsentKind::FundsConfirmation:
        spec.method = u"POST"_s;
        spec.url = Consent::basePathOf(consent.kind) + u"/funds-confirmations"_s;
        spec.headers = { { u"Accept"_s, u"application/json"_s, true } };
        spec.body = R"({"amountEUR":"25.00"})";
        break;
    }
    return spec;
}

} // namespace opc::ui
