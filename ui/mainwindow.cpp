#include "mainwindow.h"
#include "widgets/retranslate.h"

#include "consent/consentsdialog.h"
#include "oauth/consentservice.h"
#include "oauth/consentstore.h"

#include "applications/applicationmanagerpane.h"
#include "apps/applicationlistmodel.h"
#include "apps/applicationstore.h"
#include "auth/authpanel.h"
#include "auth/tokenpicker.h"
#include "certificates/certificatepane.h"
#include "collections/collectionspane.h"
#include "collections/collectiontreemodel.h"
#include "collections/samplecollection.h"
#include "composer/requestcomposer.h"
#include "composer/requesttabs.h"
#include "composer/teststab.h"
#include "environments/environmentsdialog.h"
#include "environments/environmentstore.h"
#include "history/historypane.h"
#include "history/historystore.h"
#include "model/apiproduct.h"
#include "net/secretmasker.h"
#include "quota/quotachart.h"
#include "quota/quotaindicator.h"
#include "quota/quotatracker.h"
#include "response/responseviewer.h"
#include "runner/collectionrunner.h"
#include "runner/rundialog.h"
#include "runner/runnerpane.h"
#include "security/certificatestore.h"
#include "security/encryptedfilevault.h"
#include "session/consolesession.h"
#include "settings/networksettingsdialog.h"
#include "settings/preferencesdialog.h"
#include "settings/settings.h"
#include "shell/appearance.h"
#include "shell/commandpalette.h"
#include "shell/consoleactions.h"
#include "shell/environmentswitcher.h"
#include "shell/helpdialogs.h"
#include "sidebar/catalogtree.h"
#include "simulatorlink.h"

#include <algorithm>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTime>
#include <QTimer>
#include <QSortFilterProxyModel>
#include <QRegularExpression>
#include <QToolBar>
#include <QVBoxLayout>

namespace opc::ui {

MainWindow::MainWindow(const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<Settings>(dataDir))
    , m_session(std::make_unique<ConsoleSession>(m_settings.get()))
    , m_simulator(std::make_unique<sandbox::SimulatorLink>(m_session.get()))
    , m_runner(std::make_unique<CollectionRunner>(m_session.get()))
{
    setObjectName(QStringLiteral("MainWindow"));
    // First of the texts set again on a change of language: the built-in
    // environments' names, which the switcher and the status bar show.
    retranslate(this, [this] {
        setWindowTitle(tr("OP Developer Console"));
        m_session->environments()->retranslateBuiltIns();
    });
    // Before any widget: fonts derived from the application's (titles, the
    // send summary) are then derived from the zoomed one.
    if (const int zoom = m_settings->zoomStep(); zoom != 0) {
        Appearance::setZoom(zoom);
        // The window was made with the font before; it learns of the change
        // at once, not when the posted event arrives after its children.
        QEvent changed(QEvent::ApplicationFontChange);
        QCoreApplication::sendEvent(this, &changed);
    }

    if (const Status loaded = m_session->environmentsLoadStatus(); !loaded) {
        QTimer::singleShot(0, this,
            [this, message = loaded.errorMessage()] { statusBar()->showMessage(message, 15000); });
    }
    m_confirmProduction = [this](const QString &question) {
        return QMessageBox::warning(this, tr("Production"), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    buildMenus();

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("requestToolbar"));
    retranslate(toolbar, [toolbar] { toolbar->setWindowTitle(tr("Request")); });
    toolbar->setMovable(false);
    m_tokens = new TokenPicker(toolbar);
    m_tokens->setCustomTokenStore(m_session->customTokens());
    m_tokens->setConsentStore(m_session->consentStore());
    m_tokens->setConsentApplication(m_session->applicationId());
    toolbar->addWidget(m_tokens);
    toolbar->addSeparator();
    m_environmentSwitcher = new EnvironmentSwitcher(m_session.get(), toolbar);
    toolbar->addWidget(m_environmentSwitcher);
    toolbar->addSeparator();
    m_applicationsAction = toolbar->addAction(QString());
    m_applicationsAction->setObjectName(QStringLiteral("applicationsAction"));
    m_applicationsAction->setCheckable(true);
    connect(m_applicationsAction, &QAction::toggled, this, [this](bool on) {
        if (on) {
            showApplications();
        } else {
            showRequests();
        }
    });
    m_certificatesAction = toolbar->addAction(QString());
    m_certificatesAction->setObjectName(QStringLiteral("certificatesAction"));
    m_certificatesAction->setCheckable(true);
    retranslate(this, [this] {
        m_applicationsAction->setText(tr("Applications"));
        m_applicationsAction->setToolTip(tr("Your applications: API key, secret, products and quota"));
        m_certificatesAction->setText(tr("Certificates"));
        m_certificatesAction->setToolTip(tr("Client certificates for mutual TLS"));
    });
    connect(m_certificatesAction, &QAction::toggled, this, [this](bool on) {
        if (on) {
            showCertificates();
        } else {
            showRequests();
        }
    });

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    buildSidebar();

    m_workSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_workSplitter->setObjectName(QStringLiteral("workSplitter"));
    m_composer = new RequestComposer(m_workSplitter);
    m_viewer = new ResponseViewer(m_workSplitter);
    m_authPanel = new AuthPanel(m_tokens, m_session->customTokens(), m_composer);
    m_composer->addPage(m_authPanel, tr("Auth"));
    m_testsTab = new TestsTab(m_composer);
    m_testsTab->setObjectName(QStringLiteral("testsTab"));
    m_composer->addPage(m_testsTab, tr("Tests"));
    retranslate(this, [this] {
        m_composer->setPageTitle(m_authPanel, tr("Auth"));
        m_composer->setPageTitle(m_testsTab, tr("Tests"));
    });
    connect(m_testsTab, &TestsTab::changed, this, [this] {
        RequestTabs::Document *document = m_tabs->current();
        if (!document) {
            return;
        }
        document->assertions = m_testsTab->assertions();
        document->captures = m_testsTab->captures();
        m_tabs->markDirty(m_tabs->currentKey());
    });
    m_workSplitter->setStretchFactor(1, 2);
    m_workSplitter->setSizes({ 260, 560 });
    m_workStack = new QStackedWidget(m_mainSplitter);
    m_workStack->addWidget(m_workSplitter);
    m_mainSplitter->addWidget(m_sidebar);
    m_mainSplitter->addWidget(m_workStack);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({ 380, 1020 });

    // Above everything: the offer to restore tabs a crashed run left.
    m_recoveryBanner = new QWidget(this);
    m_recoveryBanner->setObjectName(QStringLiteral("recoveryBanner"));
    m_recoveryBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_recoveryBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xc4));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3a, 0x2c, 0x00));
    m_recoveryBanner->setPalette(bannerPalette);
    m_recoveryText = new QLabel(m_recoveryBanner);
    m_recoveryText->setWordWrap(true);
    auto *restore = new QPushButton(m_recoveryBanner);
    restore->setObjectName(QStringLiteral("restoreTabsButton"));
    auto *discard = new QPushButton(m_recoveryBanner);
    discard->setObjectName(QStringLiteral("discardTabsButton"));
    retranslate(m_recoveryBanner, [restore, discard] {
        restore->setText(tr("Restore"));
        discard->setText(tr("Discard"));
    });
    connect(restore, &QPushButton::clicked, this, &MainWindow::restoreRecoveredTabs);
    connect(discard, &QPushButton::clicked, this, &MainWindow::discardRecoveredTabs);
    auto *bannerLayout = new QHBoxLayout(m_recoveryBanner);
    bannerLayout->addWidget(m_recoveryText, 1);
    bannerLayout->addWidget(restore);
    bannerLayout->addWidget(discard);
    m_recoveryBanner->hide();

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_productionBanner = new QLabel(this);
    retranslate(m_productionBanner, [this] {
        m_productionBanner->setText(tr("PRODUCTION: requests act on real customers' accounts and money. "
                                       "Anything but GET asks first."));
    });
    m_productionBanner->setObjectName(QStringLiteral("productionBanner"));
    m_productionBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #c62828; color: white; font-weight: bold; padding: 4px 10px; }"));
    m_productionBanner->hide();
    centralLayout->addWidget(m_productionBanner);
    centralLayout->addWidget(m_recoveryBanner);
    centralLayout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(500);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::writeAutosaves);

    buildStatusBar();
    // Roomy where the screen allows, never larger than it (at 150 % or 200 %
    // a 1400x900 window does not fit a laptop's screen).
    QSize preferred(1400, 900);
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        preferred = preferred.boundedTo(screen->availableGeometry().size() * 0.9);
    }
    resize(preferred.expandedTo(minimumSizeHint()));

    connect(m_composer, &RequestComposer::sendRequested, this, &MainWindow::sendCurrent);
    connect(m_collections, &CollectionsPane::requestActivated, this,
        [this](const RequestSpec &spec, const QString &collectionId, const QString &requestId) {
            openRequest(spec, collectionId, requestId);
        });
    m_tabs = new RequestTabs(m_composer, this);
    connect(m_collections, &CollectionsPane::requestIdChanged, m_tabs, &RequestTabs::renameRequest);
    connect(m_collections, &CollectionsPane::runRequested, this,
        [this](const QString &collectionId, const QList<int> &folderPath) {
            runCollection(collectionId, folderPath);
        });
    connect(
        m_collections, &CollectionsPane::runSelectionRequested, this, &MainWindow::runSelection);
    connect(m_composer, &RequestComposer::edited, this, [this] {
        scheduleAutosave(m_tabs->currentKey());
        updateSendSummary();
    });
    connect(m_tabs, &RequestTabs::currentChanged, this, [this] {
        showCurrentResponse();
        updateSendSummary();
    });
    connect(m_tabs, &RequestTabs::responseChanged, this, &MainWindow::showCurrentResponse);
    connect(m_tabs, &RequestTabs::closeRequested, this,
        [this](const QString &key) { (void)closeTab(key); });
    connectCommands();
    openRequest(RequestSpec {}, {}, {}, tr("New request"));
    connect(m_composer, &RequestComposer::cancelRequested, this, [this] {
        if (m_activeSend) {
            m_session->cancel(m_activeSend);
        }
    });
    connect(m_tokens, &TokenPicker::changed, this, &MainWindow::updateSendSummary);
    connect(m_session.get(), &ConsoleSession::activeApplicationChanged, this,
        &MainWindow::refreshActiveApplication);
    // An unsaved tab still called by the console's default name is called
    // so in the new language; a name the user gave stays.
    onLanguageChange(this, [this, defaultTitle = tr("New request")]() mutable {
        const QString now = tr("New request");
        for (const QString &key : m_tabs->keys()) {
            const RequestTabs::Document *d = m_tabs->document(key);
            if (d && d->collectionId.isEmpty() && d->title == defaultTitle) {
                m_tabs->setTitle(key, now);
            }
        }
        defaultTitle = now;
    });
    // The status bar, the demo application's button and the send summary say
    // what the session is: said again in the new language.
    onLanguageChange(this, [this] {
        if (DemoIdentity demo = m_session->demoIdentity(); demo.isValid()) {
            demo.name = tr("Demo application");
            m_session->setDemoIdentity(demo);
        }
        refreshActiveApplication();
        updateSendSummary();
        m_apps->doItemsLayout(); // the list's rows say "requests left" in words
    });
    connect(m_catalog, &CatalogTree::endpointActivated, this,
        [this](const QString &method, const QString &path, const QByteArray &body,
            const QList<QPair<QString, QString>> &headers) {
            RequestSpec spec;
            spec.method = method;
            spec.url = path;
            for (const auto &[name, value] : headers) {
                spec.headers.append({ name, value, true });
            }
            spec.body = body;
            // An endpoint opens in a tab of its own; only a tab that is
            // unedited, unsaved and never sent is reused for it.
            m_tabs->openReusingPristine(spec, QStringLiteral("%1 %2").arg(method, path));
        });
    connect(m_session.get(), &ConsoleSession::exchangeFinished, this,
        [this](quint64 id, const Exchange &exchange, const PreparedRequest &prepared) {
            // Whoever sent it (a tab, the runner, a consent's flow), what it
            // carried is hidden in presentation mode from now on.
            rememberSecrets(prepared.secrets);
            if (!m_sends.contains(id)) {
                return; // the runner's: its pane shows it
            }
            if (id == m_activeSend) {
                m_activeSend = 0;
                m_composer->setBusy(false);
            }
            // A consent's token refused: say why in the consent's words.
            if (const QString consentId = m_sendConsents.take(id); !consentId.isEmpty()) {
                if (const QString why = m_session->consents()->explainRefusal(consentId, exchange); !why.isEmpty()) {
                    statusBar()->showMessage(why, 15000);
                }
            }
            // Shown in the tab that sent it, whichever tab is in front now.
            m_tabs->setResponse(m_sends.take(id), exchange, prepared);
            Q_EMIT exchangeShown(exchange);
        });
    // The status bar follows the active application's quota whoever sent:
    // a tab, the runner or a re-send from the history.
    connect(m_session->quota(), &QuotaTracker::changed, this,
        [this](const QString &environmentId, const QString &appId) {
            if (appId != m_session->applicationId() || environmentId != targetEnvironment().id) {
                return;
            }
            const QuotaTracker *quota = m_session->quota();
            m_quota->setSnapshot(quota->snapshot(environmentId, appId),
                quota->state(environmentId, appId).blockedUntil);
            m_quota->setForecast(
                quota->forecastExhaustion(environmentId, appId).value_or(QDateTime()));
        });
    // The session records every exchange in the history; the pane shows it.
    m_session->setHistoryStore(m_history->store());
    connect(m_session.get(), &ConsoleSession::exchangeRecorded, m_history,
        [this](quint64, qint64 historyId) { m_history->showRecorded(historyId); });
    connect(m_session.get(), &ConsoleSession::historyProblem, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_history, &HistoryPane::exchangeOpened, this,
        [this](const Exchange &exchange) { showExchange(exchange); });
    connect(m_history, &HistoryPane::problem, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_history, &HistoryPane::resendRequested, this,
        [this](const Exchange &exchange, const QByteArray &requestBody) {
            // Credentials were masked when recorded: the current ones are
            // added at send time, so only the rest is taken over.
            RequestSpec spec;
            spec.method = QString::fromLatin1(exchange.method);
            // The URL as composed: a path goes to its environment's
            // address of today (the simulator's port changes per run).
            spec.url = exchange.composedUrl.isEmpty() ? exchange.url : exchange.composedUrl;
            for (const auto &[name, value] : exchange.requestHeaders) {
                const QByteArray lower = name.toLower();
                if (SecretMasker::isCredentialHeader(name) || lower == "x-request-id"
                    || lower == "x-session-id" || lower == "user-agent"
                    || lower == "content-length") {
                    continue;
                }
                spec.headers.append({ QString::fromLatin1(name), QString::fromUtf8(value), true });
            }
            spec.body = requestBody;
            openNewRequest(spec,
                tr("Re-send %1")
                    .arg(spec.url.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1)));
            sendCurrent();
        });
}

MainWindow::~MainWindow() = default;

void MainWindow::connectCommands()
{
    using Command = ConsoleActions::Command;
    const auto on = [this](Command c, auto slot) {
        connect(m_actions->action(c), &QAction::triggered, this, slot);
    };
    on(Command::NewRequest, [this] { openNewRequest(RequestSpec {}, tr("New request")); m_composer->focusUrl(); });
    on(Command::Save, [this] { (void)saveCurrentRequest(); });
    on(Command::CloseTab, [this] { (void)closeTab(m_tabs->currentKey()); });
    on(Command::NextTab, [this] { m_tabs->showNeighbour(1); });
    on(Command::PreviousTab, [this] { m_tabs->showNeighbour(-1); });
    on(Command::FocusUrl, [this] { m_composer->focusUrl(); });
    on(Command::Send, [this] {
        if (!m_composer->isBusy()) {
            sendCurrent();
        }
    });
    on(Command::Cancel, [this] {
        if (m_activeSend) {
            m_session->cancel(m_activeSend);
        }
    });
    on(Command::Duplicate, [this] {
        const RequestTabs::Document *shown = m_tabs->current();
        const QString title = shown ? tr("Copy of %1").arg(shown->title) : tr("New request");
        const RequestSpec spec = m_tabs->currentSpec();
        openNewRequest(spec, title);
    });
    on(Command::Consents, [this] { showConsents(); });
    on(Command::ZoomIn, [this] { setZoom(Appearance::zoom() + 1); });
    on(Command::ZoomOut, [this] { setZoom(Appearance::zoom() - 1); });
    on(Command::ZoomReset, [this] { setZoom(0); });
    on(Command::KeyboardShortcuts, [this] {
        ShortcutsDialog dialog(ShortcutsDialog::actionsWithShortcuts(this), this);
        dialog.exec();
    });
    on(Command::About, [this] { showAbout(this); });
    on(Command::Preferences, [this] { showPreferences(); });
    on(Command::Find, [this] {
        if (!m_viewer->showFind()) {
            statusBar()->showMessage(tr("The response shown is an image: there is no text to find."), 5000);
        }
    });
    on(Command::CommandPalette, [this] {
        auto *palette = new CommandPalette(this);
        palette->setAttribute(Qt::WA_DeleteOnClose);
        palette->open();
    });
    connect(m_composer, &RequestComposer::busyChanged, m_actions->action(Command::Cancel), &QAction::setEnabled);

    const auto showEnvironment = [this](const QString &environmentId) {
        m_appFilter->setFilterRegularExpression(
            QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(environmentId) + QLatin1Char('$')));
        if (!environmentId.isEmpty()) {
            m_settings->setActiveEnvironmentId(environmentId);
        }
    };
    connect(m_environmentSwitcher, &EnvironmentSwitcher::environmentChanged, this, showEnvironment);
    connect(m_environmentSwitcher, &EnvironmentSwitcher::refused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(this, &MainWindow::sessionStarted, m_environmentSwitcher, &EnvironmentSwitcher::refresh);
    connect(this, &MainWindow::sessionStarted, this,
            [this] { m_tokens->setConsentApplication(m_session->applicationId()); });
    showEnvironment(m_environmentSwitcher->currentEnvironmentId());

    // The collections pane's commands in the window's menus: made by the
    // pane, which knows what is selected.
    const auto menuOf = [](QAction *a) -> QMenu * {
        for (QObject *o : a->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(o)) {
                return menu;
            }
        }
        return nullptr;
    };
    QAction *closeTab = m_actions->action(Command::CloseTab);
    if (QMenu *file = menuOf(closeTab)) {
        QAction *after = file->actions().value(file->actions().indexOf(closeTab) + 1);
        QAction *separator = file->insertSeparator(after);
        file->insertActions(after, { m_collections->newCollectionAction(), m_collections->importAction(),
                                     m_collections->exportAction() });
        Q_UNUSED(separator);
    }
    if (QMenu *request = menuOf(m_actions->action(Command::Duplicate))) {
        request->insertAction(m_actions->action(Command::Duplicate), m_collections->runAction());
    }
}

void MainWindow::buildMenus()
{
    m_actions = new ConsoleActions(this);
    using Command = ConsoleActions::Command;
    QMenu *file = menuBar()->addMenu(QString());
    retranslate(file, [file] { file->setTitle(tr("&File")); });
    file->addAction(m_actions->action(Command::NewRequest));
    file->addAction(m_actions->action(Command::Save));
    file->addAction(m_actions->action(Command::CloseTab));
    file->addSeparator();
    QAction *environments = file->addAction(QString(), this, &MainWindow::showEnvironments);
    environments->setObjectName(QStringLiteral("environmentsAction"));
    QAction *network = file->addAction(QString(), this, &MainWindow::showNetworkSettings);
    network->setObjectName(QStringLiteral("networkSettingsAction"));
    file->addSeparator();
    QAction *quit = file->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    retranslate(file, [environments, network, quit] {
        environments->setText(tr("&Environments…"));
        network->setText(tr("&Network settings…"));
        quit->setText(tr("&Quit"));
    });
    quit->setMenuRole(QAction::QuitRole);
    quit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));

    QMenu *edit = menuBar()->addMenu(QString());
    retranslate(edit, [edit] { edit->setTitle(tr("&Edit")); });
    edit->addAction(m_actions->action(Command::Find));
    edit->addSeparator();
    edit->addAction(m_actions->action(Command::Preferences));

    QMenu *request = menuBar()->addMenu(QString());
    retranslate(request, [request] { request->setTitle(tr("&Request")); });
    for (const Command c : { Command::Send, Command::Cancel, Command::Duplicate }) {
        request->addAction(m_actions->action(c));
    }
    request->addAction(m_actions->action(Command::Consents));
    request->addSeparator();
    for (const Command c : { Command::FocusUrl, Command::NextTab, Command::PreviousTab }) {
        request->addAction(m_actions->action(c));
    }

    QMenu *vault = menuBar()->addMenu(QString());
    retranslate(vault, [vault] { vault->setTitle(tr("V&ault")); });
    buildVaultMenu(vault);

    QMenu *view = menuBar()->addMenu(QString());
    retranslate(view, [view] { view->setTitle(tr("&View")); });
    view->addAction(m_actions->action(Command::CommandPalette));
    view->addSeparator();
    m_presentationAction = view->addAction(QString());
    m_presentationAction->setObjectName(QStringLiteral("presentationAction"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    retranslate(m_presentationAction, [this] {
        m_presentationAction->setText(tr("&Presentation mode"));
        m_presentationAction->setToolTip(tr("Hide every secret and credential value on screen, for demos"));
    });
    m_presentationAction->setChecked(m_settings->presentationMode());
    Presentation::instance()->setOn(m_settings->presentationMode());
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);

    m_quotaDock = new QDockWidget(this);
    m_quotaDock->setObjectName(QStringLiteral("quotaDock"));
    retranslate(m_quotaDock, [this] { m_quotaDock->setWindowTitle(tr("Quota over the day")); });
    // Qt Charts costs tens of milliseconds to set up: the chart is made the
    // first time the dock is shown, not on the way to the first window.
    connect(m_quotaDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_quotaDockSized) {
            m_quotaDockSized = true;
            quotaChart();
            // A third of the window where there is room: the chart's
            // minimum only keeps a short window on the screen.
            resizeDocks({ m_quotaDock }, { height() / 3 }, Qt::Vertical);
        }
    });
    addDockWidget(Qt::BottomDockWidgetArea, m_quotaDock);
    m_quotaDock->hide();
    QAction *chart = m_quotaDock->toggleViewAction();
    chart->setObjectName(QStringLiteral("quotaChartAction"));
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    view->addAction(chart);

    view->addSeparator();
    view->addAction(m_actions->action(Command::ZoomIn));
    view->addAction(m_actions->action(Command::ZoomOut));
    view->addAction(m_actions->action(Command::ZoomReset));
    QMenu *schemes = view->addMenu(QString());
    retranslate(schemes, [schemes] { schemes->setTitle(tr("&Colour scheme")); });
    auto *schemeGroup = new QActionGroup(this);
    const Appearance::Scheme saved = Appearance::fromName(m_settings->colorScheme());
    for (const Appearance::Scheme scheme :
         { Appearance::Scheme::System, Appearance::Scheme::Light, Appearance::Scheme::Dark }) {
        QAction *action = schemes->addAction(QString());
        retranslate(action, [action, scheme] {
            action->setText(scheme == Appearance::Scheme::System ? tr("Follow the &system")
                                : scheme == Appearance::Scheme::Light ? tr("&Light")
                                                                      : tr("&Dark"));
        });
        action->setCheckable(true);
        action->setChecked(scheme == saved);
        action->setObjectName(QStringLiteral("scheme-") + Appearance::name(scheme));
        schemeGroup->addAction(action);
        connect(
            action, &QAction::triggered, this, [this, scheme = scheme] { setColorScheme(scheme); });
    }
    if (saved != Appearance::Scheme::System) {
        Appearance::apply(saved);
    }

    QMenu *help = menuBar()->addMenu(QString());
    retranslate(help, [help] { help->setTitle(tr("&Help")); });
    help->addAction(m_actions->action(Command::KeyboardShortcuts));
    help->addSeparator();
    help->addAction(m_actions->action(Command::About));
}

void MainWindow::buildVaultMenu(QMenu *menu)
{
    QAction *lockNow = menu->addAction(QString(), this, [this] {
        if (m_vault) {
            m_vault->lock();
            statusBar()->showMessage(tr("The vault is locked."), 5000);
        }
    });
    lockNow->setObjectName(QStringLiteral("lockVaultAction"));
    QAction *changePassphrase = menu->addAction(QString(), this, [this] {
        if (const Status unlocked = unlockVault(); !unlocked) {
            return;
        }
        bool ok = false;
        const QString current = QInputDialog::getText(this, tr("Change the vault passphrase"),
            tr("Current passphrase:"), QLineEdit::Password, {}, &ok);
        if (!ok) {
            return;
        }
        const QString next = QInputDialog::getText(this, tr("Change the vault passphrase"),
            tr("New passphrase:"), QLineEdit::Password, {}, &ok);
        if (!ok || next.isEmpty()) {
            return;
        }
        const QString again = QInputDialog::getText(this, tr("Change the vault passphrase"),
            tr("New passphrase, once more:"), QLineEdit::Password, {}, &ok);
        if (!ok) {
            return;
        }
        if (again != next) {
            QMessageBox::warning(this, tr("Change the vault passphrase"),
                tr("The two new passphrases differ; nothing was changed."));
            return;
        }
        QApplication::setOverrideCursor(Qt::BusyCursor);
        const Status changed = m_vault->changePassphrase(current, next);
        QApplication::restoreOverrideCursor();
        if (changed) {
            statusBar()->showMessage(tr("The vault passphrase was changed."), 5000);
        } else {
            QMessageBox::warning(this, tr("Change the vault passphrase"), changed.errorMessage());
        }
    });
    menu->addSeparator();
    QAction *exportBackup = menu->addAction(QString(), this, [this] {
        if (const Status unlocked = unlockVault(); !unlocked) {
            return;
        }
        const QString file
            = QFileDialog::getSaveFileName(this, tr("Export an encrypted backup of the vault"),
                QStringLiteral("opconsole-vault-backup.opcv"), tr("Vault backups (*.opcv)"));
        if (file.isEmpty()) {
            return;
        }
        bool ok = false;
        const QString passphrase = QInputDialog::getText(this, tr("Backup passphrase"),
            tr("A passphrase for the backup (it can differ from the vault's):"),
            QLineEdit::Password, {}, &ok);
        if (!ok || passphrase.isEmpty()) {
            return;
        }
        const Result<int> exported = m_vault->exportBackup(file, passphrase);
        if (exported) {
            statusBar()->showMessage(
                tr("%n secret(s) exported, encrypted, to %1.", nullptr, *exported)
                    .arg(QDir::toNativeSeparators(file)),
                8000);
        } else {
            QMessageBox::warning(this, tr("Export backup"), exported.errorMessage());
        }
    });
    QAction *importBackup = menu->addAction(QString(), this, [this] {
        if (const Status unlocked = unlockVault(); !unlocked) {
            return;
        }
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Import a vault backup"), {}, tr("Vault backups (*.opcv)"));
        if (file.isEmpty()) {
            return;
        }
        bool ok = false;
        const QString passphrase = QInputDialog::getText(this, tr("Backup passphrase"),
            tr("Passphrase of the backup:"), QLineEdit::Password, {}, &ok);
        if (!ok) {
            return;
        }
        const Result<int> imported = m_vault->importBackup(file, passphrase);
        if (imported) {
            statusBar()->showMessage(
                tr("%n secret(s) imported from the backup.", nullptr, *imported), 8000);
        } else {
            QMessageBox::warning(this, tr("Import backup"), imported.errorMessage());
        }
    });
    menu->addSeparator();
    QMenu *idle = menu->addMenu(QString());
    retranslate(menu, [lockNow, changePassphrase, exportBackup, importBackup, idle] {
        lockNow->setText(tr("&Lock now"));
        changePassphrase->setText(tr("&Change passphrase…"));
        exportBackup->setText(tr("&Export encrypted backup…"));
        importBackup->setText(tr("&Import backup…"));
        idle->setTitle(tr("Lock after &idle"));
    });
    auto *group = new QActionGroup(this);
    for (const int minutes : { 5, 15, 60, 0 }) {
        QAction *choice = idle->addAction(QString());
        retranslate(choice, [choice, minutes] {
            choice->setText(minutes ? tr("%n minute(s)", nullptr, minutes) : tr("Never"));
        });
        choice->setCheckable(true);
        choice->setChecked(m_settings->vaultIdleLockMinutes() == minutes);
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, minutes] {
            m_settings->setVaultIdleLockMinutes(minutes);
            if (m_vault) {
                m_vault->setIdleTimeout(minutes * 60 * 1000);
            }
        });
    }
}

void MainWindow::setPresentationMode(bool on)
{
    m_settings->setPresentationMode(on);
    Presentation::instance()->setOn(on);
    {
        const QSignalBlocker block(m_presentationAction);
        m_presentationAction->setChecked(on);
    }
    m_presentationBadge->setVisible(on);
    if (m_shownExchange) {
        // Redraw what is on screen with the new masking.
        m_viewer->showExchange(*m_shownExchange, m_shownRequest ? &*m_shownRequest : nullptr);
    }
    updateSendSummary();
}

void MainWindow::setColorScheme(Appearance::Scheme scheme)
{
    m_settings->setColorScheme(Appearance::name(scheme));
    Appearance::apply(scheme);
    // The View menu's choice follows one made in Preferences.
    if (QAction *choice = findChild<QAction *>(QStringLiteral("scheme-") + Appearance::name(scheme))) {
        choice->setChecked(true);
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings.get(), this);
    connect(&dialog, &PreferencesDialog::schemeChosen, this,
            [this](const QString &name) { setColorScheme(Appearance::fromName(name)); });
    connect(&dialog, &PreferencesDialog::zoomChosen, this, &MainWindow::setZoom);
    dialog.exec();
}

void MainWindow::showEnvironments()
{
    // Secret variables need the vault; plain ones do not.
    if (const Status unlocked = unlockVault(); !unlocked) {
        statusBar()->showMessage(
            tr("The vault is locked: secret variables cannot be edited."), 8000);
    }
    EnvironmentsDialog dialog(m_session->environments(),
        m_vault && m_vault->isUnlocked() ? m_vault.get() : nullptr, this);
    dialog.selectEnvironment(m_settings->activeEnvironmentId());
    dialog.exec();
}

void MainWindow::startAutosave()
{
    if (m_journal) {
        return;
    }
    m_journal
        = std::make_unique<AutosaveJournal>(AutosaveJournal::defaultDir(m_settings->dataDir()));
    if (const Status started = m_journal->start(); !started) {
        statusBar()->showMessage(
            tr("Unsaved edits cannot be journaled: %1").arg(started.errorMessage()), 10000);
        m_journal.reset();
        return;
    }
    QStringList problems;
    m_recoverable = m_journal->pendingRecovery(&problems);
    if (!problems.isEmpty()) {
        statusBar()->showMessage(problems.join(QLatin1Char(' ')), 15000);
    }
    if (!m_recoverable.isEmpty()) {
        QStringList titles;
        for (const AutosaveEntry &entry : std::as_const(m_recoverable)) {
            titles.append(entry.title);
        }
        m_recoveryText->setText(
            tr("The console did not close normally last time. %n unsaved request(s) can be "
               "restored: %1.",
                nullptr, int(m_recoverable.size()))
                .arg(titles.join(QStringLiteral(", "))));
        m_recoveryBanner->show();
    }
    // Edits made before the journal existed.
    if (!m_autosavePending.isEmpty()) {
        writeAutosaves();
    }
}

void MainWindow::scheduleAutosave(const QString &key)
{
    m_autosavePending.insert(key);
    m_autosaveTimer->start();
}

void MainWindow::writeAutosaves()
{
    if (!m_journal) {
        return; // started with the session; edits before that are kept pending
    }
    m_tabs->stashCurrent();
    for (const QString &key : std::as_const(m_autosavePending)) {
        const RequestTabs::Document *it = m_tabs->document(key);
        if (!it || !it->dirty) {
            continue;
        }
        AutosaveEntry entry;
        entry.tabId = it->journalId;
        entry.title = it->title;
        entry.collectionDir = it->collectionId.isEmpty()
            ? QString()
            : m_collections->collectionDir(it->collectionId);
        entry.requestPath = it->requestId;
        entry.spec = it->spec;
        if (const Status saved = m_journal->save(entry); !saved) {
            statusBar()->showMessage(
                tr("Unsaved edits could not be journaled: %1").arg(saved.errorMessage()), 10000);
        }
    }
    m_autosavePending.clear();
}

void MainWindow::forgetAutosave(const QString &key)
{
    m_autosavePending.remove(key);
    if (const RequestTabs::Document *document = m_tabs->document(key); m_journal && document) {
        if (const Status removed = m_journal->remove(document->journalId); !removed) {
            statusBar()->showMessage(removed.errorMessage(), 8000);
        }
    }
}

void MainWindow::restoreRecoveredTabs()
{
    const QList<AutosaveEntry> entries = std::exchange(m_recoverable, {});
    for (const AutosaveEntry &entry : entries) {
        const QString collectionId
            = entry.collectionDir.isEmpty() ? QString() : QFileInfo(entry.collectionDir).fileName();
        openRequest(entry.spec, collectionId, entry.requestPath, entry.title);
        // Still unsaved: the journal keeps it under its old name until saved.
        m_tabs->current()->journalId = entry.tabId;
        m_tabs->markDirty(m_tabs->currentKey());
        if (m_journal) {
            (void)m_journal->adopt(entry);
        }
    }
    m_recoveryBanner->hide();
}

void MainWindow::discardRecoveredTabs()
{
    for (const AutosaveEntry &entry : std::as_const(m_recoverable)) {
        if (m_journal) {
            (void)m_journal->discard(entry);
        }
    }
    m_recoverable.clear();
    m_recoveryBanner->hide();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // As every editor does: edited tabs are saved, discarded or the quit is
    // cancelled, never dropped without a word.
    if (!confirmClose(m_tabs->keys())) {
        event->ignore();
        return;
    }
    writeAutosaves();
    // A clean exit: what the user chose to discard is not offered again.
    if (m_journal) {
        if (const Status finished = m_journal->finish(); !finished) {
            qWarning("%s", qPrintable(finished.errorMessage()));
        }
    }
    QMainWindow::closeEvent(event);
}

int MainWindow::openRequestCount() const
{
    return m_tabs->count();
}

bool MainWindow::confirmClose(const QStringList &keys)
{
    m_tabs->stashCurrent();
    QStringList edited;
    for (const QString &key : keys) {
        if (const RequestTabs::Document *document = m_tabs->document(key);
            document && document->dirty) {
            edited.append(key);
        }
    }
    if (edited.isEmpty()) {
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"), {}, QMessageBox::NoButton, this);
    if (edited.size() == 1) {
        const RequestTabs::Document *document = m_tabs->document(edited.first());
        box.setText(document->collectionId.isEmpty()
                ? tr("\"%1\" has unsaved changes and is not in a collection yet. Save it in a "
                     "collection "
                     "before closing it?")
                      .arg(document->title)
                : tr("\"%1\" has unsaved changes. Save them before closing it?")
                      .arg(document->title));
    } else {
        QStringList titles;
        for (const QString &key : std::as_const(edited)) {
            titles.append(m_tabs->document(key)->title);
        }
        box.setText(tr("%n request(s) have unsaved changes: %1. Save them before closing?", nullptr,
            int(edited.size()))
                        .arg(titles.join(QStringLiteral(", "))));
    }
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Save);
    const auto answer = QMessageBox::StandardButton(box.exec());
    if (answer == QMessageBox::Discard) {
        return true;
    }
    if (answer != QMessageBox::Save) {
        return false;
    }
    for (const QString &key : std::as_const(edited)) {
        m_tabs->show(key);
        if (!saveTab(key)) {
            return false;
        }
    }
    return true;
}

bool MainWindow::closeTab(const QString &key)
{
    if (!m_tabs->document(key) || !confirmClose({ key })) {
        return false;
    }
    forgetAutosave(key);
    m_tabs->remove(key);
    return true;
}

void MainWindow::openRequest(const RequestSpec &spec, const QString &collectionId,
    const QString &requestId, const QString &title)
{
    const QString key = m_tabs->open(spec, collectionId, requestId, title);
    RequestTabs::Document *document = m_tabs->document(key);
    if (document && !collectionId.isEmpty() && !document->dirty) {
        // The saved tests come with the saved request.
        if (const auto stored = m_collections->request(collectionId, requestId)) {
            document->assertions = stored->assertions;
            document->captures = stored->captures;
        }
    }
    showCurrentTests();
}

void MainWindow::openNewRequest(const RequestSpec &spec, const QString &title)
{
    const QString key = m_tabs->open(
        spec, {}, {}, title.isEmpty() ? QStringLiteral("%1 %2").arg(spec.method, spec.url) : title);
    m_tabs->markDirty(key);
    scheduleAutosave(key);
}

bool MainWindow::saveCurrentRequest()
{
    return saveTab(m_tabs->currentKey());
}

bool MainWindow::saveTab(const QString &key)
{
    if (key == m_tabs->currentKey()) {
        m_tabs->stashCurrent();
    }
    const RequestTabs::Document *document = m_tabs->document(key);
    if (!document) {
        return false;
    }
    if (!document->collectionId.isEmpty()) {
        if (!m_collections->saveRequest(document->collectionId, document->requestId, document->spec,
                CollectionsPane::RequestTests { document->assertions, document->captures })) {
            statusBar()->showMessage(tr("Not saved: %1").arg(m_collections->statusText()), 8000);
            return false;
        }
        const QString title = document->title;
        m_tabs->markSaved(key, document->collectionId, document->requestId);
        forgetAutosave(key);
        statusBar()->showMessage(tr("Saved %1.").arg(title), 4000);
        return true;
    }
    // Not in a collection yet: it goes into the collection selected in the
    // Collections tab, else the first one, else a new "My requests".
    CollectionTreeModel *model = m_collections->model();
    QModelIndex target = m_collections->currentIndex();
    if (!target.isValid() && model->rowCount() > 0) {
        target = model->index(0, 0);
    }
    if (!target.isValid()) {
        const Result<QString> made = m_collections->newCollection(tr("My requests"));
        if (!made) {
            statusBar()->showMessage(tr("Not saved: %1").arg(made.errorMessage()), 8000);
            return false;
        }
        target = model->collectionIndex(*made);
    }
    const QString name
        = document->title.trimmed().isEmpty() ? tr("New request") : document->title.trimmed();
    const QModelIndex made = m_collections->newRequest(target, name, document->spec);
    if (!made.isValid()) {
        statusBar()->showMessage(tr("Not saved: %1").arg(m_collections->statusText()), 8000);
        return false;
    }
    const QString collectionId = model->collectionIdOf(made);
    const QString requestId = model->data(made, CollectionTreeModel::RequestIdRole).toString();
    if ((!document->assertions.isEmpty() || !document->captures.isEmpty())
        && !m_collections->saveRequest(collectionId, requestId, document->spec,
            CollectionsPane::RequestTests { document->assertions, document->captures })) {
        statusBar()->showMessage(
            tr("Saved without its tests: %1").arg(m_collections->statusText()), 8000);
    }
    const Collection *collection = model->collection(collectionId);
    forgetAutosave(key);
    m_tabs->markSaved(key, collectionId, requestId, name);
    statusBar()->showMessage(tr("Saved %1 in the collection %2.")
                                 .arg(name, collection ? collection->name : collectionId),
        6000);
    return true;
}

void MainWindow::buildSidebar()
{
    m_sidebar = new QTabWidget(m_mainSplitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setDocumentMode(true);
    m_apps = new QListView;
    m_apps->setObjectName(QStringLiteral("applicationsList"));
    m_apps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_appModel = new ApplicationListModel(m_session->applications(), this);
    m_appModel->setQuotaTracker(m_session->quota());
    m_appModel->setActiveId(m_session->activeApplicationId());
    // The applications of the environment the switcher shows.
    m_appFilter = new QSortFilterProxyModel(this);
    m_appFilter->setSourceModel(m_appModel);
    m_appFilter->setFilterRole(ApplicationListModel::EnvironmentRole);
    m_apps->setModel(m_appFilter);
    auto *appsPage = new QWidget;
    auto *appsLayout = new QVBoxLayout(appsPage);
    appsLayout->setContentsMargins(0, 0, 0, 0);
    m_demoAppButton = new QPushButton(appsPage);
    m_demoAppButton->setObjectName(QStringLiteral("useDemoApplication"));
    m_demoAppButton->setFlat(true);
    retranslate(m_demoAppButton, [this] {
        m_demoAppButton->setToolTip(tr("The simulator's built-in application, subscribed to every API"));
    });
    connect(m_demoAppButton, &QPushButton::clicked, this,
        [this] { (void)m_session->setActiveApplication({}); });
    auto *manage = new QPushButton(appsPage);
    manage->setObjectName(QStringLiteral("manageApplications"));
    retranslate(manage, [manage] { manage->setText(tr("Manage applications…")); });
    connect(manage, &QPushButton::clicked, this, [this] { showApplications(); });
    appsLayout->addWidget(m_apps, 1);
    appsLayout->addWidget(m_demoAppButton);
    appsLayout->addWidget(manage);
    connect(m_apps, &QListView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(ApplicationListModel::IdRole).toString();
        if (!id.isEmpty()) {
            if (const Status set = m_session->setActiveApplication(id); !set) {
                statusBar()->showMessage(set.errorMessage(), 8000);
            }
        }
    });
    m_catalog = new CatalogTree;
    m_history = new HistoryPane(HistoryStore::defaultPath(m_settings->dataDir()));
    m_collections
        = new CollectionsPane(QDir(m_settings->dataDir()).filePath(QStringLiteral("collections")));
    m_sidebar->addTab(appsPage, QString());
    m_sidebar->addTab(m_catalog, QString());
    m_sidebar->addTab(m_collections, QString());
    m_sidebar->addTab(m_history, QString());
    retranslate(m_sidebar, [this] {
        m_sidebar->setTabText(0, tr("Applications"));
        m_sidebar->setTabText(1, tr("APIs"));
        m_sidebar->setTabText(2, tr("Collections"));
        m_sidebar->setTabText(3, tr("History"));
    });
}

void MainWindow::buildStatusBar()
{
    // Its text follows the session: refreshActiveApplication() sets it again
    // in the new language.
    m_environmentLabel = new QLabel(tr("Environment: local simulator (starting)"), this);
    m_environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    m_applicationLabel = new QLabel(tr("Application: none"), this);
    m_applicationLabel->setObjectName(QStringLiteral("applicationLabel"));
    m_quota = new QuotaIndicator(this);
    m_presentationBadge = new QLabel(this);
    retranslate(m_presentationBadge, [this] { m_presentationBadge->setText(tr("Presentation mode: secrets hidden")); });
    m_presentationBadge->setObjectName(QStringLiteral("presentationBadge"));
    m_presentationBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #6a1b9a; color: white; padding: 1px 8px; border-radius: 3px; }"));
    m_presentationBadge->setVisible(Presentation::instance()->isOn());
    // Long names and URLs elide instead of widening the window.
    for (QLabel *label : { m_environmentLabel, m_applicationLabel }) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setMinimumWidth(60);
    }
    statusBar()->addWidget(m_presentationBadge);
    statusBar()->addWidget(m_environmentLabel, 2);
    statusBar()->addWidget(m_applicationLabel, 1);
    statusBar()->addPermanentWidget(m_quota);
}

void MainWindow::startSession()
{
    // Saved work first: it does not need the simulator. The sample
    // collection is copied in once; the pane loads in a worker.
    if (const auto installed
        = SampleCollection::installOnFirstStart(m_collections->collectionsDir());
        !installed) {
        statusBar()->showMessage(installed.errorMessage(), 10000);
    }
    m_collections->reload();
    startAutosave();
    applyNetworkSettings(); // a proxy without a password works before the vault is open

    const Status started = m_simulator->start(
        QDir(m_settings->dataDir()).filePath(QStringLiteral("sandbox")), tr("Demo application"));
    // Without the simulator the demo application is gone, but applications
    // of the OP sandbox, production and the user's environments still send:
    // the catalogue is the console's own data.
    m_sessionStarted = true;
    m_applicationLabel->setText(tr("Application: %1").arg(m_session->applicationName()));
    m_catalog->setCatalog(m_session->catalog().document());
    if (const Status loaded = m_session->applicationsLoadStatus(); !loaded) {
        statusBar()->showMessage(loaded.errorMessage(), 15000);
    }
    if (m_vault && m_vault->isUnlocked()) {
        m_simulator->syncLocalApplications();
    }
    refreshActiveApplication();

    m_sidebar->setCurrentIndex(1);

    if (m_composer->url().isEmpty()) {
        m_composer->setUrl(QStringLiteral("/accounts/v3/accounts"));
    }
    updateSendSummary();
    if (!started) {
        m_environmentLabel->setText(tr("Environment: the embedded simulator did not start"));
        m_viewer->showFailure(started.errorMessage());
    }
    Q_EMIT sessionStarted(bool(started));
}

Status MainWindow::unlockVault()
{
    if (m_vault && m_vault->isUnlocked()) {
        return {};
    }
    if (!m_vault) {
        m_vault
            = std::make_unique<EncryptedFileVault>(m_settings->path(QStringLiteral("vault.opcv")));
        m_vault->setIdleTimeout(m_settings->vaultIdleLockMinutes() * 60 * 1000);
    }
    const bool creating = !m_vault->exists();
    const QString fromEnvironment = EncryptedFileVault::passphraseFromEnvironment();
    QString problem;
    // Three tries, like a login prompt; each failure is shown in the next one.
    for (int attempt = 0; attempt < 3; ++attempt) {
        QString passphrase = fromEnvironment;
        if (passphrase.isEmpty()) {
            QString prompt = creating ? tr("Choose a passphrase for the new secret vault:")
                                      : tr("Passphrase of the secret vault:");
            if (!problem.isEmpty()) {
                prompt = tr("%1\n\n%2").arg(problem, prompt);
            }
            bool ok = false;
            passphrase = QInputDialog::getText(
                this, tr("Secret vault"), prompt, QLineEdit::Password, {}, &ok);
            if (!ok || passphrase.isEmpty()) {
                return Status::failure(tr("The vault stays locked."));
            }
        }
        // scrypt takes about half a second: it runs on a worker thread while
        // this loop keeps the window painting.
        QApplication::setOverrideCursor(Qt::BusyCursor);
        statusBar()->showMessage(
            creating ? tr("Creating the secret vault…") : tr("Unlocking the secret vault…"));
        QFuture<Status> pending
            = creating ? m_vault->createAsync(passphrase) : m_vault->unlockAsync(passphrase);
        passphrase.fill(QChar(0));
        if (!pending.isFinished()) {
            QEventLoop loop;
            QFutureWatcher<Status> watcher;
            connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
            watcher.setFuture(pending);
            if (!pending.isFinished()) {
                loop.exec(QEventLoop::ExcludeUserInputEvents);
            }
        }
        QApplication::restoreOverrideCursor();
        statusBar()->clearMessage();
        const Status unlocked = pending.result();
        if (unlocked) {
            vaultOpened();
        }
        if (unlocked || !fromEnvironment.isEmpty()
            || unlocked.errorCode() != QLatin1StringView("wrong-passphrase")) {
            return unlocked;
        }
        problem = unlocked.errorMessage();
    }
    return Status::failure(tr("Wrong passphrase three times; the vault stays locked."),
        QStringLiteral("wrong-passphrase"));
}

void MainWindow::vaultOpened()
{
    m_session->setSecretStore(m_vault.get());
    if (!m_certificates) {
        m_certificates = std::make_unique<CertificateStore>(
            m_vault.get(), m_settings->path(QStringLiteral("certificates.json")));
        if (const Status loaded = m_certificates->load(); !loaded) {
            statusBar()->showMessage(loaded.errorMessage(), 15000);
        }
    }
    m_session->setCertificateStore(m_certificates.get());
    m_simulator->watchVault(m_vault.get());
    applyNetworkSettings();
}

void MainWindow::applyNetworkSettings()
{
    const auto proxy = NetworkSettingsDialog::proxyFromSettings(
        *m_settings, m_vault && m_vault->isUnlocked() ? m_vault.get() : nullptr);
    if (proxy) {
        m_session->setProxy(*proxy);
    } else {
        statusBar()->showMessage(proxy.errorMessage(), 10000);
    }
}

void MainWindow::showNetworkSettings()
{
    (void)unlockVault(); // the proxy password lives there; without it, the rest still works
    NetworkSettingsDialog dialog(
        m_settings.get(), m_vault && m_vault->isUnlocked() ? m_vault.get() : nullptr, this);
    if (dialog.exec() == QDialog::Accepted) {
        applyNetworkSettings();
        statusBar()->showMessage(
            tr("Network settings apply to the next request; the time limit and size cap "
               "after a restart."),
            8000);
    }
}

QuotaChart *MainWindow::quotaChart()
{
    if (!m_quotaChart) {
        m_quotaChart = new QuotaChart(m_quotaDock);
        m_quotaChart->setObjectName(QStringLiteral("quotaChart"));
        m_quotaChart->setMinimumHeight(120);
        m_quotaDock->setWidget(m_quotaChart);
        if (m_sessionStarted) {
            refreshActiveApplication(); // gives the chart its tracker and names
        }
    }
    return m_quotaChart;
}

void MainWindow::refreshActiveApplication()
{
    const Application *app = m_session->activeApplication();
    m_tokens->setConsentApplication(m_session->applicationId());
    m_applicationLabel->setText(tr("Application: %1").arg(m_session->applicationName()));
    m_appModel->setActiveId(m_session->activeApplicationId());
    m_demoAppButton->setText(app ? tr("Use the demo application instead")
                                 : tr("Active: the demo application (built in)"));
    m_demoAppButton->setEnabled(app != nullptr);
    if (!m_sessionStarted) {
        return;
    }
    // The active application's key and secret are hidden in presentation
    // mode from the moment it is chosen, not only after its first send.
    if (app && m_vault && m_vault->isUnlocked()) {
        if (const auto credentials = m_session->applications()->credentials(app->id); credentials) {
            for (const QByteArray &secret :
                { credentials->apiKey.toUtf8(), credentials->apiSecret }) {
                if (secret.size() >= 4 && !m_knownSecrets.contains(secret)) {
                    m_knownSecrets.append(secret);
                }
            }
            updateKnownSecrets();
        }
    }
    // The environment the next send really goes to, not the simulator's.
    const Environment target = targetEnvironment();
    const QString environmentId = target.id;
    m_environmentLabel->setText(tr("Environment: %1 (%2)").arg(target.name, target.baseUrl));
    m_environmentLabel->setToolTip(m_environmentLabel->text());
    m_viewer->setApplicationName(m_session->applicationName());
    m_quota->setSnapshot(m_session->quota()->snapshot(environmentId, m_session->applicationId()),
        m_session->quota()->state(environmentId, m_session->applicationId()).blockedUntil);
    QHash<QString, QString> names { { m_session->demoApplicationId(),
        m_session->demoApplicationName() } };
    for (const Application &stored : m_session->applications()->applications()) {
        names.insert(stored.id, stored.name);
    }
    if (m_quotaChart) {
        m_quotaChart->setTracker(m_session->quota(), environmentId);
        m_quotaChart->setApplicationNames(names);
    }
    const bool production = app && app->environmentId == QLatin1StringView("production");
    m_productionBanner->setVisible(production);
    updateSendSummary();
}

bool MainWindow::showApplications()
{
    if (const Status unlocked = unlockVault(); !unlocked) {
        m_viewer->showFailure(
            tr("The application manager needs the vault: %1").arg(unlocked.errorMessage()));
        const QSignalBlocker block(m_applicationsAction);
        m_applicationsAction->setChecked(false);
        return false;
    }
    if (!m_appPane) {
        m_appPane = new ApplicationManagerPane(m_session->applications(), m_workStack);
        m_appPane->connectSession(m_session.get(), m_simulator.get());
        m_workStack->addWidget(m_appPane);
    }
    m_workStack->setCurrentWidget(m_appPane);
    const QModelIndex current = m_apps->currentIndex();
    if (current.isValid()) {
        m_appPane->selectApplication(current.data(ApplicationListModel::IdRole).toString());
    }
    setPageChecks(m_applicationsAction);
    return true;
}

void MainWindow::setPageChecks(QAction *checked)
{
    for (QAction *action : { m_certificatesAction, m_applicationsAction }) {
        const QSignalBlocker block(action);
        action->setChecked(action == checked);
    }
}

bool MainWindow::showCertificates()
{
    if (!m_certificatePane) {
        if (const Status unlocked = unlockVault(); !unlocked) {
            m_viewer->showFailure(unlocked.errorMessage());
            const QSignalBlocker block(m_certificatesAction);
            m_certificatesAction->setChecked(false);
            return false;
        }
        m_certificatePane = new CertificatePane(m_certificates.get(), m_workStack);
        m_certificatePane->setApplicationStore(m_session->applications());
        connect(m_certificatePane, &CertificatePane::certificatesChanged, this, [this] {
            if (m_appPane) {
                m_appPane->connectSession(m_session.get(), m_simulator.get());
            }
        });
        m_certificatePane->setTestCertificateSource(
            [this]() -> Result<CertificatePane::TestCertificate> {
                auto issued = m_simulator->issueTestCertificate(m_session->activeApplicationId());
                if (!issued) {
                    return issued.error();
                }
                return CertificatePane::TestCertificate { issued->first, issued->second };
            });
        m_workStack->addWidget(m_certificatePane);
    }
    m_workStack->setCurrentWidget(m_certificatePane);
    setPageChecks(m_certificatesAction);
    return true;
}

void MainWindow::showRequests()
{
    m_workStack->setCurrentWidget(m_workSplitter);
    setPageChecks(nullptr);
}

Environment MainWindow::targetEnvironment() const
{
    return m_session->environmentOf(m_session->activeApplication());
}

void MainWindow::updateSendSummary()
{
    if (!m_sessionStarted) {
        return;
    }
    const QString url = m_composer->url();
    const ApiProduct *product = m_session->productFor(url);
    QString productText = tr("no catalogued API");
    QString header = QStringLiteral("x-authorization");
    bool bearer = false;
    if (product) {
        header = product->tokenHeader;
        bearer = product->tokenIsBearer();
        productText = tr("%1 %2").arg(product->name, product->version);
        if (product->signature == SignatureScheme::HmacSha256) {
            productText += tr(", HMAC-signed");
        } else if (product->signature == SignatureScheme::OpRsaSha256) {
            productText += tr(", RSA-signed");
        } else if (product->signature == SignatureScheme::DetachedJws) {
            productText += tr(", body signed (JWS)");
        }
        if (product->mtls) {
            productText += tr(", mutual TLS");
        }
    }
    // The tab's own choice (saved with a collection request) wins over the
    // API's, as it does at send time.
    if (const RequestTabs::Document *document = m_tabs->current()) {
        if (document->spec.tokenHeader) {
            header = *document->spec.tokenHeader;
            bearer = document->spec.bearerPrefix.value_or(
                header.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0);
        } else if (document->spec.bearerPrefix) {
            bearer = *document->spec.bearerPrefix;
        }
    }
    m_tokens->setProductConvention(header, bearer);
    m_authPanel->setProductHeader(header);
    const Environment target = targetEnvironment();
    const QUrl absolute(url);
    const QString host
        = !absolute.isRelative() && !absolute.host().isEmpty() ? absolute.host() : target.host();
    // OP Online Payment: Authorization carries the merchant's signature, no token.
    const QString credential = product && product->signature == SignatureScheme::OpRsaSha256
        ? tr("the merchant's RSA signature in Authorization, no token")
        : m_tokens->describe(header);
    m_composer->setSendSummary(
        tr("Next send: %1 · %2 · %3 · to %4")
            .arg(m_session->applicationName(), productText, credential, host.isEmpty() ? target.name : host));
}

void MainWindow::sendCurrent()
{
    if (m_activeSend) {
        return;
    }
    RequestSpec spec = m_tabs->currentSpec();
    const RequestTabs::Document *document = m_tabs->current();
    if (const Application *app = m_session->activeApplication()) {
        // A stored application's key and secret are in the vault.
        if (const Status unlocked = unlockVault(); !unlocked) {
            m_viewer->showFailure(tr("Not sent: %1").arg(unlocked.errorMessage()));
            return;
        }
        if (EnvironmentStore::needsConfirmation(targetEnvironment(), spec.method.toLatin1())
            && !m_confirmProduction(tr("Send %1 %2 to PRODUCTION as %3? It acts on real accounts.")
                                        .arg(spec.method, spec.url, app->name))) {
            statusBar()->showMessage(tr("Not sent."), 4000);
            return;
        }
    }
    const Token token = m_tokens->currentToken();
    if (!token.isValid() && !m_tokens->currentTokenError().isEmpty()) {
        m_viewer->showFailure(tr("Not sent: %1").arg(m_tokens->currentTokenError()));
        return;
    }
    // The toolbar's explicit choice overrides the API's header; "the API's
    // header" keeps what the request or its API says (the box shows that).
    switch (m_tokens->headerChoice()) {
    case TokenPicker::HeaderChoice::ProductDefault:
        break;
    case TokenPicker::HeaderChoice::XAuthorization:
        spec.tokenHeader = QStringLiteral("x-authorization");
        spec.bearerPrefix = m_tokens->bearerPrefix();
        break;
    case TokenPicker::HeaderChoice::Authorization:
        spec.tokenHeader = QStringLiteral("Authorization");
        spec.bearerPrefix = m_tokens->bearerPrefix();
        break;
    }
    SendOptions options;
    if (document && !document->collectionId.isEmpty()) {
        options.collectionVariables = m_collections->collectionVariables(document->collectionId);
    }
    // A PSD2 call that needs the user's token goes with a consent's: the
    // one chosen in the picker, else the application's authorized one while
    // a static token (which PSD2 APIs never take) is chosen.
    QString consentId = m_tokens->currentConsentId();
    const bool ownAuthorization = std::any_of(spec.headers.cbegin(), spec.headers.cend(), [](const KeyValue &h) {
        return h.enabled
            && (h.name.compare(QLatin1StringView("Authorization"), Qt::CaseInsensitive) == 0
                || h.name.compare(QLatin1StringView("x-authorization"), Qt::CaseInsensitive) == 0);
    });
    if (consentId.isEmpty() && token.builtIn && !ownAuthorization) {
        const ApiProduct *product = m_session->productFor(spec.url);
        const QString path = QUrl(spec.url).path();
        if (const Consent *c = product ? m_session->consents()->consentFor(m_session->applicationId(), product->id,
                                                                            spec.method, path)
                                       : nullptr) {
            consentId = c->id;
        } else if (const QString why = product ? m_session->consents()->missingConsentReason(
                                                         m_session->applicationId(), product->id, spec.method, path)
                                               : QString();
                   !why.isEmpty()) {
            // The bank refuses a static token here: say what to do instead of
            // spending a request of the day's quota on a certain 401.
            m_viewer->showFailure(tr("Not sent: %1").arg(why));
            return;
        }
    }
    if (consentId.isEmpty()) {
        return sendWith(spec, token, options, {});
    }
    m_composer->setBusy(true);
    const QPointer<MainWindow> self(this);
    m_session->consents()->withFreshToken(consentId, [self, spec, options, consentId](const Result<Token> &fresh) {
        if (!self) {
            return;
        }
        self->m_composer->setBusy(false);
        if (!fresh) {
            self->m_viewer->showFailure(tr("Not sent: %1").arg(fresh.errorMessage()));
            return;
        }
        self->sendWith(spec, *fresh, options, consentId);
    });
}

void MainWindow::sendWith(const RequestSpec &spec, const Token &token, SendOptions options, const QString &consentId)
{
    options.consentId = consentId;
    auto sent = m_session->send(spec, token, options);
    if (!sent && sent.errorCode() == QLatin1StringView("quota-blocked")) {
        // The server paused this application; the user may know better
        // (the quota was reset, another day began) and send anyway.
        QMessageBox box(QMessageBox::Warning, tr("Rate limit used up"), sent.errorMessage(),
            QMessageBox::NoButton, this);
        QPushButton *anyway = box.addButton(tr("Send anyway"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != anyway) {
            m_viewer->showFailure(tr("Not sent: %1").arg(sent.errorMessage()));
            return;
        }
        options.overrideQuotaBlock = true;
        sent = m_session->send(spec, token, options);
    }
    if (!sent) {
        m_viewer->showFailure(
            Presentation::instance()->mask(tr("Not sent: %1").arg(sent.errorMessage())));
        return;
    }
    m_activeSend = *sent;
    m_sends.insert(*sent, m_tabs->currentKey());
    if (!consentId.isEmpty()) {
        m_sendConsents.insert(*sent, consentId);
    }
    // What the session just used is what presentation mode and the history
    // must hide wherever it is echoed back, for the rest of the run.
    rememberSecrets(m_session->preparedRequest(*sent).secrets);
    m_composer->setBusy(true);
}

void MainWindow::showConsents()
{
    // A consent's tokens live only in the vault: open it before a flow
    // would end at its last step with nowhere to keep them.
    if (const Status unlocked = unlockVault(); !unlocked) {
        statusBar()->showMessage(unlocked.errorMessage(), 8000);
        return;
    }
    if (!m_consentsDialog) {
        m_consentsDialog = new ConsentsDialog(m_session->consents(), this);
        connect(m_consentsDialog, &ConsentsDialog::consentReady, this, [this](const QString &consentId) {
            m_tokens->selectConsent(consentId);
            statusBar()->showMessage(tr("Consent %1 is authorized; the token picker sends it.").arg(consentId), 8000);
        });
        connect(m_consentsDialog, &ConsentsDialog::openRequest, this,
                [this](const RequestSpec &spec, const QString &title) { openNewRequest(spec, title); });
    }
    m_consentsDialog->setApplication(m_session->applicationId(), m_session->applicationName());
    m_consentsDialog->open();
}

void MainWindow::rememberSecrets(const QList<QByteArray> &secrets)
{
    bool added = false;
    for (const QByteArray &secret : secrets) {
        if (!secret.isEmpty() && !m_knownSecrets.contains(secret)) {
            m_knownSecrets.append(secret);
            added = true;
        }
    }
    if (added) {
        updateKnownSecrets();
    }
}

void MainWindow::setZoom(int step)
{
    const int now = Appearance::setZoom(step);
    m_settings->setZoomStep(now);
    m_actions->action(ConsoleActions::Command::ZoomIn)->setEnabled(now < Appearance::MaxZoom);
    m_actions->action(ConsoleActions::Command::ZoomOut)->setEnabled(now > Appearance::MinZoom);
    statusBar()->showMessage(tr("Zoom %1 %").arg(100 + 10 * now), 3000);
}

void MainWindow::updateKnownSecrets()
{
    Presentation::instance()->setSecrets(m_knownSecrets);
    m_history->setKnownSecrets(m_knownSecrets);
}

RunnerPane *MainWindow::runnerPane()
{
    if (!m_runnerPane) {
        m_runnerPane = new RunnerPane(m_runner.get(), m_workStack);
        m_runnerPane->setObjectName(QStringLiteral("runnerPane"));
        m_workStack->addWidget(m_runnerPane);
        connect(
            m_runnerPane, &RunnerPane::exchangeRequested, this, [this](const Exchange &exchange) {
                // A result of the run in the response viewer, with the request.
                showRequests();
                showExchange(exchange);
            });
    }
    return m_runnerPane;
}

void MainWindow::runCollection(const QString &collectionId, const QList<int> &folderPath)
{
    const Collection *collection = m_collections->collection(collectionId);
    if (!collection) {
        return;
    }
    QString name = collection->name;
    const CollectionFolder *folder = &collection->root;
    for (int index : folderPath) {
        folder = &folder->folders.at(index);
        name += QStringLiteral(" / ") + folder->name;
    }
    runItems(*collection, CollectionRunner::itemsOf(*collection, folderPath), name);
}

void MainWindow::runSelection(const QString &collectionId, const QList<CollectionNodeRef> &requests)
{
    if (const Collection *collection = m_collections->collection(collectionId)) {
        runItems(*collection, CollectionRunner::itemsAt(*collection, requests),
            tr("%1 (selected requests)").arg(collection->name));
    }
}

void MainWindow::runItems(
    const Collection &collection, const QList<RunItem> &items, const QString &name)
{
    if (m_runner->isRunning()) {
        statusBar()->showMessage(tr("A run is going on; cancel it first."), 6000);
        m_workStack->setCurrentWidget(runnerPane());
        return;
    }
    if (items.isEmpty()) {
        statusBar()->showMessage(tr("There is no request to run there."), 6000);
        return;
    }
    if (m_session->activeApplication()) {
        if (const Status unlocked = unlockVault(); !unlocked) {
            statusBar()->showMessage(tr("Not run: %1").arg(unlocked.errorMessage()), 8000);
            return;
        }
    }
    const Environment target = targetEnvironment();
    const bool changesData
        = std::any_of(items.cbegin(), items.cend(), [&target](const RunItem &item) {
              return EnvironmentStore::needsConfirmation(target, item.spec.method.toLatin1());
          });
    if (changesData
        && !m_confirmProduction(tr("Run %1 requests on PRODUCTION as %2? Some of them change data.")
                                    .arg(items.size())
                                    .arg(m_session->applicationName()))) {
        return;
    }
    RunOptions base;
    base.token = m_tokens->currentToken();
    base.collectionVariables = collection.variables;
    auto *dialog = new RunDialog(
        tr("%1: %n request(s)", nullptr, int(items.size())).arg(name), m_session->applicationName(),
        [this, items](const RunOptions &options) { return m_runner->budget(items, options); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOptions(m_lastRunOptions);
    connect(dialog, &QDialog::accepted, this, [this, dialog, items, base, name] {
        m_lastRunOptions = dialog->options();
        m_lastRunOptions.data.clear();
        if (m_runner->isRunning()) {
            return;
        }
        m_workStack->setCurrentWidget(runnerPane());
        m_runner->start(items, dialog->options(base), name);
    });
    dialog->open();
}

void MainWindow::showCurrentTests()
{
    const RequestTabs::Document *document = m_tabs->current();
    const QSignalBlocker quiet(m_testsTab);
    m_testsTab->setAssertions(document ? document->assertions : QList<Assertion>());
    m_testsTab->setCaptures(document ? document->captures : QList<Capture>());
    // The last response of this tab, checked against its assertions as they are now.
    if (document && document->exchange && !document->assertions.isEmpty()) {
        m_testsTab->showResults(Assertions::evaluateAll(document->assertions, *document->exchange));
    }
}

void MainWindow::showCurrentResponse()
{
    showCurrentTests();
    const RequestTabs::Document *document = m_tabs->current();
    if (!document || !document->exchange) {
        m_shownExchange.reset();
        m_shownRequest.reset();
        m_viewer->clear();
        return;
    }
    showExchange(*document->exchange, document->prepared ? &*document->prepared : nullptr);
}

void MainWindow::showExchange(const Exchange &exchange, const PreparedRequest *request)
{
    m_shownRequest = request ? std::optional<PreparedRequest>(*request) : std::nullopt;
    m_shownExchange = exchange;
    m_viewer->showExchange(exchange, request);
    // The bucket the exchange was counted in: its sender's, which need not
    // be the application active now.
    const QString environmentId
        = !exchange.environmentId.isEmpty() ? exchange.environmentId : targetEnvironment().id;
    const QString appId
        = !exchange.applicationId.isEmpty() ? exchange.applicationId : m_session->applicationId();
    if (exchange.quota.valid) {
        // The bucket the response was recorded in: the sending application
        // in its environment, not the simulator's.
        const auto state = m_session->quota()->state(environmentId, appId);
        m_quota->setSnapshot(exchange.quota, state.blockedUntil);
        m_quota->setForecast(
            m_session->quota()->forecastExhaustion(environmentId, appId).value_or(QDateTime()));
    }
}

} // namespace opc::ui
