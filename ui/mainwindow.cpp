#include "mainwindow.h"

#include "applications/applicationmanagerpane.h"
#include "apps/applicationlistmodel.h"
#include "apps/applicationstore.h"
#include "auth/authpanel.h"
#include "auth/tokenpicker.h"
#include "environments/environmentsdialog.h"
#include "environments/environmentstore.h"
#include "certificates/certificatepane.h"
#include "collections/collectionspane.h"
#include "history/historypane.h"
#include "history/historystore.h"
#include "net/secretmasker.h"
#include "collections/samplecollection.h"
#include "security/certificatestore.h"
#include "security/encryptedfilevault.h"
#include "composer/requestcomposer.h"
#include "model/apiproduct.h"
#include "quota/quotachart.h"
#include "quota/quotaindicator.h"
#include "quota/quotatracker.h"
#include "response/responseviewer.h"
#include "settings/networksettingsdialog.h"
#include "settings/settings.h"
#include "shell/appearance.h"
#include "shell/consolesession.h"
#include "sidebar/catalogtree.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QPushButton>
#include <QTimer>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMenuBar>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QStackedWidget>
#include <QListView>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>
#include <QToolBar>
#include <QVBoxLayout>

namespace opc::ui {

MainWindow::MainWindow(const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<Settings>(dataDir))
    , m_session(std::make_unique<ConsoleSession>(m_settings.get()))
{
    setWindowTitle(tr("OP Developer Console"));
    setObjectName(QStringLiteral("MainWindow"));

    m_environments = std::make_unique<EnvironmentStore>(m_settings->path(QStringLiteral("environments.json")));
    if (const Status loaded = m_environments->load(); !loaded) {
        QTimer::singleShot(0, this, [this, message = loaded.errorMessage()] { statusBar()->showMessage(message, 15000); });
    }
    m_session->setEnvironmentStore(m_environments.get());
    m_confirmProduction = [this](const QString &question) {
        return QMessageBox::warning(this, tr("Production"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    buildMenus();

    auto *toolbar = addToolBar(tr("Request"));
    toolbar->setObjectName(QStringLiteral("requestToolbar"));
    toolbar->setMovable(false);
    m_tokens = new TokenPicker(toolbar);
    m_tokens->setCustomTokenStore(m_session->customTokens());
    toolbar->addWidget(m_tokens);
    toolbar->addSeparator();
    m_applicationsAction = toolbar->addAction(tr("Applications"));
    m_applicationsAction->setObjectName(QStringLiteral("applicationsAction"));
    m_applicationsAction->setCheckable(true);
    m_applicationsAction->setToolTip(tr("Your applications: API key, secret, products and quota"));
    connect(m_applicationsAction, &QAction::toggled, this, [this](bool on) {
        if (on) {
            showApplications();
        } else {
            showRequests();
        }
    });
    m_certificatesAction = toolbar->addAction(tr("Certificates"));
    m_certificatesAction->setObjectName(QStringLiteral("certificatesAction"));
    m_certificatesAction->setCheckable(true);
    m_certificatesAction->setToolTip(tr("Client certificates for mutual TLS"));
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
    auto *restore = new QPushButton(tr("Restore"), m_recoveryBanner);
    restore->setObjectName(QStringLiteral("restoreTabsButton"));
    auto *discard = new QPushButton(tr("Discard"), m_recoveryBanner);
    discard->setObjectName(QStringLiteral("discardTabsButton"));
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
    m_productionBanner = new QLabel(tr("PRODUCTION: requests act on real customers' accounts and money. "
                                       "Anything but GET asks first."),
                                    this);
    m_productionBanner->setObjectName(QStringLiteral("productionBanner"));
    m_productionBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; padding: 4px 10px; }"));
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
    resize(1400, 900);

    connect(m_composer, &RequestComposer::sendRequested, this, &MainWindow::sendCurrent);
    connect(m_collections, &CollectionsPane::requestActivated, this,
            [this](const RequestSpec &spec, const QString &collectionId, const QString &requestId) {
                openRequest(spec, collectionId, requestId);
            });
    connect(m_collections, &CollectionsPane::requestIdChanged, this,
            [this](const QString &collectionId, const QString &oldId, const QString &newId) {
                for (OpenRequest &open : m_open) {
                    if (open.collectionId == collectionId && open.requestId == oldId) {
                        open.requestId = newId;
                    }
                }
            });
    connect(m_composer, &RequestComposer::edited, this, [this] {
        auto it = m_open.find(m_shownTab);
        if (it == m_open.end()) {
            return;
        }
        if (!it->dirty) {
            it->dirty = true;
            refreshTabTitle(m_shownTab);
        }
        scheduleAutosave(m_shownTab);
    });
    QTabBar *tabs = m_composer->requestTabs();
    connect(tabs, &QTabBar::currentChanged, this, [this, tabs](int index) {
        if (index >= 0) {
            showTab(tabs->tabData(index).toString());
        }
    });
    connect(tabs, &QTabBar::tabCloseRequested, this, &MainWindow::closeTab);
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &MainWindow::saveCurrentRequest);
    openRequest(RequestSpec {}, {}, {}, tr("New request"));
    connect(m_composer, &RequestComposer::cancelRequested, this, [this] {
        if (m_activeSend) {
            m_session->cancel(m_activeSend);
        }
    });
    connect(m_tokens, &TokenPicker::changed, this, &MainWindow::updateSendSummary);
    connect(m_session.get(), &ConsoleSession::activeApplicationChanged, this, &MainWindow::refreshActiveApplication);
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
                // A catalogue endpoint replaces an unsaved scratch tab and
                // never a tab that belongs to a collection.
                const auto shown = m_open.constFind(m_shownTab);
                if (shown != m_open.cend() && shown->collectionId.isEmpty()) {
                    m_open[m_shownTab].spec = spec;
                    m_open[m_shownTab].title = QStringLiteral("%1 %2").arg(method, path);
                    m_composer->setSpec(spec);
                    refreshTabTitle(m_shownTab);
                } else {
                    openRequest(spec, {}, {}, QStringLiteral("%1 %2").arg(method, path));
                }
                updateSendSummary();
            });
    connect(m_session.get(), &ConsoleSession::exchangeFinished, this,
            [this](quint64 id, const Exchange &exchange) {
                if (id == m_activeSend) {
                    m_activeSend = 0;
                    m_composer->setBusy(false);
                }
                const PreparedRequest prepared = m_session->preparedRequest(id);
                showExchange(exchange, m_sentBodies.take(id), &prepared);
            });
    connect(m_history, &HistoryPane::exchangeOpened, this, [this](const Exchange &exchange) {
        m_shownExchange = exchange;
        m_shownRequest.reset();
        m_viewer->showExchange(exchange);
    });
    connect(m_history, &HistoryPane::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_history, &HistoryPane::resendRequested, this,
            [this](const Exchange &exchange, const QByteArray &requestBody) {
                // Credentials were masked when recorded: the current ones are
                // added at send time, so only the rest is taken over.
                RequestSpec spec;
                spec.method = QString::fromLatin1(exchange.method);
                spec.url = exchange.url;
                for (const auto &[name, value] : exchange.requestHeaders) {
                    const QByteArray lower = name.toLower();
                    if (SecretMasker::isCredentialHeader(name) || lower == "x-request-id" || lower == "x-session-id"
                        || lower == "user-agent" || lower == "content-length") {
                        continue;
                    }
                    spec.headers.append({ QString::fromLatin1(name), QString::fromUtf8(value), true });
                }
                spec.body = requestBody;
                openRequest(spec, {}, {}, tr("Re-send %1").arg(spec.url.section(QLatin1Char('/'), -1)));
                sendCurrent();
            });
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *environments = file->addAction(tr("&Environments…"), this, &MainWindow::showEnvironments);
    environments->setObjectName(QStringLiteral("environmentsAction"));
    QAction *network = file->addAction(tr("&Network settings…"), this, &MainWindow::showNetworkSettings);
    network->setObjectName(QStringLiteral("networkSettingsAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    buildVaultMenu(menuBar()->addMenu(tr("V&ault")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_presentationAction = view->addAction(tr("&Presentation mode"));
    m_presentationAction->setObjectName(QStringLiteral("presentationAction"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_presentationAction->setToolTip(tr("Hide every secret and credential value on screen, for demos"));
    m_presentationAction->setChecked(m_settings->presentationMode());
    Presentation::instance()->setOn(m_settings->presentationMode());
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);

    m_quotaDock = new QDockWidget(tr("Quota over the day"), this);
    m_quotaDock->setObjectName(QStringLiteral("quotaDock"));
    // Qt Charts costs tens of milliseconds to set up: the chart is made the
    // first time the dock is shown, not on the way to the first window.
    connect(m_quotaDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            quotaChart();
        }
    });
    addDockWidget(Qt::BottomDockWidgetArea, m_quotaDock);
    m_quotaDock->hide();
    QAction *chart = m_quotaDock->toggleViewAction();
    chart->setObjectName(QStringLiteral("quotaChartAction"));
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    view->addAction(chart);

    QMenu *schemes = view->addMenu(tr("&Colour scheme"));
    auto *schemeGroup = new QActionGroup(this);
    const Appearance::Scheme saved = Appearance::fromName(m_settings->colorScheme());
    const QList<QPair<Appearance::Scheme, QString>> choices {
        { Appearance::Scheme::System, tr("Follow the &system") },
        { Appearance::Scheme::Light, tr("&Light") },
        { Appearance::Scheme::Dark, tr("&Dark") },
    };
    for (const auto &[scheme, label] : choices) {
        QAction *action = schemes->addAction(label);
        action->setCheckable(true);
        action->setChecked(scheme == saved);
        action->setObjectName(QStringLiteral("scheme-") + Appearance::name(scheme));
        schemeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, scheme = scheme] { setColorScheme(scheme); });
    }
    if (saved != Appearance::Scheme::System) {
        Appearance::apply(saved);
    }
}

void MainWindow::buildVaultMenu(QMenu *menu)
{
    QAction *lockNow = menu->addAction(tr("&Lock now"), this, [this] {
        if (m_vault) {
            m_vault->lock();
            statusBar()->showMessage(tr("The vault is locked."), 5000);
        }
    });
    lockNow->setObjectName(QStringLiteral("lockVaultAction"));
    menu->addAction(tr("&Change passphrase…"), this, [this] {
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
    menu->addAction(tr("&Export encrypted backup…"), this, [this] {
        if (const Status unlocked = unlockVault(); !unlocked) {
            return;
        }
        const QString file = QFileDialog::getSaveFileName(this, tr("Export an encrypted backup of the vault"),
                                                          QStringLiteral("opconsole-vault-backup.opcv"),
                                                          tr("Vault backups (*.opcv)"));
        if (file.isEmpty()) {
            return;
        }
        bool ok = false;
        const QString passphrase = QInputDialog::getText(
            this, tr("Backup passphrase"),
            tr("A passphrase for the backup (it can differ from the vault's):"), QLineEdit::Password, {}, &ok);
        if (!ok || passphrase.isEmpty()) {
            return;
        }
        const Result<int> exported = m_vault->exportBackup(file, passphrase);
        if (exported) {
            statusBar()->showMessage(tr("%n secret(s) exported, encrypted, to %1.", nullptr, *exported)
                                         .arg(QDir::toNativeSeparators(file)),
                                     8000);
        } else {
            QMessageBox::warning(this, tr("Export backup"), exported.errorMessage());
        }
    });
    menu->addAction(tr("&Import backup…"), this, [this] {
        if (const Status unlocked = unlockVault(); !unlocked) {
            return;
        }
        const QString file = QFileDialog::getOpenFileName(this, tr("Import a vault backup"), {},
                                                          tr("Vault backups (*.opcv)"));
        if (file.isEmpty()) {
            return;
        }
        bool ok = false;
        const QString passphrase = QInputDialog::getText(this, tr("Backup passphrase"),
                                                         tr("Passphrase of the backup:"), QLineEdit::Password, {},
                                                         &ok);
        if (!ok) {
            return;
        }
        const Result<int> imported = m_vault->importBackup(file, passphrase);
        if (imported) {
            statusBar()->showMessage(tr("%n secret(s) imported from the backup.", nullptr, *imported), 8000);
        } else {
            QMessageBox::warning(this, tr("Import backup"), imported.errorMessage());
        }
    });
    menu->addSeparator();
    QMenu *idle = menu->addMenu(tr("Lock after &idle"));
    auto *group = new QActionGroup(this);
    for (const int minutes : { 5, 15, 60, 0 }) {
        QAction *choice = idle->addAction(minutes ? tr("%n minute(s)", nullptr, minutes) : tr("Never"));
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
}

void MainWindow::setColorScheme(Appearance::Scheme scheme)
{
    m_settings->setColorScheme(Appearance::name(scheme));
    Appearance::apply(scheme);
}

void MainWindow::showEnvironments()
{
    // Secret variables need the vault; plain ones do not.
    if (const Status unlocked = unlockVault(); !unlocked) {
        statusBar()->showMessage(tr("The vault is locked: secret variables cannot be edited."), 8000);
    }
    EnvironmentsDialog dialog(m_environments.get(), m_vault && m_vault->isUnlocked() ? m_vault.get() : nullptr, this);
    dialog.selectEnvironment(m_settings->activeEnvironmentId());
    dialog.exec();
}

void MainWindow::startAutosave()
{
    if (m_journal) {
        return;
    }
    m_journal = std::make_unique<AutosaveJournal>(AutosaveJournal::defaultDir(m_settings->dataDir()));
    if (const Status started = m_journal->start(); !started) {
        statusBar()->showMessage(tr("Unsaved edits cannot be journaled: %1").arg(started.errorMessage()), 10000);
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
        m_recoveryText->setText(tr("The console did not close normally last time. %n unsaved request(s) can be "
                                   "restored: %1.", nullptr, int(m_recoverable.size()))
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
    stashCurrentTab();
    for (const QString &key : std::as_const(m_autosavePending)) {
        const auto it = m_open.constFind(key);
        if (it == m_open.cend() || !it->dirty) {
            continue;
        }
        AutosaveEntry entry;
        entry.tabId = it->journalId;
        entry.title = it->title;
        entry.collectionDir = it->collectionId.isEmpty() ? QString() : m_collections->collectionDir(it->collectionId);
        entry.requestPath = it->requestId;
        entry.spec = it->spec;
        if (const Status saved = m_journal->save(entry); !saved) {
            statusBar()->showMessage(tr("Unsaved edits could not be journaled: %1").arg(saved.errorMessage()), 10000);
        }
    }
    m_autosavePending.clear();
}

void MainWindow::forgetAutosave(const QString &key)
{
    m_autosavePending.remove(key);
    if (m_journal && m_open.contains(key)) {
        (void)m_journal->remove(m_open.value(key).journalId);
    }
}

void MainWindow::restoreRecoveredTabs()
{
    const QList<AutosaveEntry> entries = std::exchange(m_recoverable, {});
    for (const AutosaveEntry &entry : entries) {
        const QString collectionId = entry.collectionDir.isEmpty() ? QString() : QFileInfo(entry.collectionDir).fileName();
        openRequest(entry.spec, collectionId, entry.requestPath, entry.title);
        OpenRequest &open = m_open[m_shownTab];
        // Still unsaved: the journal keeps it under its old name until saved.
        open.dirty = true;
        open.journalId = entry.tabId;
        refreshTabTitle(m_shownTab);
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
    writeAutosaves();
    // A clean exit: unsaved tabs are not offered again (as editors ask
    // before closing, the user chose; kept tabs are in the collections).
    if (m_journal) {
        (void)m_journal->finish();
    }
    QMainWindow::closeEvent(event);
}

int MainWindow::openRequestCount() const
{
    return int(m_open.size());
}

void MainWindow::stashCurrentTab()
{
    auto it = m_open.find(m_shownTab);
    if (it != m_open.end()) {
        it->spec = m_composer->spec(it->spec);
    }
}

void MainWindow::showTab(const QString &key)
{
    if (key == m_shownTab || !m_open.contains(key)) {
        return;
    }
    stashCurrentTab();
    m_shownTab = key;
    m_composer->setSpec(m_open.value(key).spec);
    QTabBar *tabs = m_composer->requestTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabData(i).toString() == key && tabs->currentIndex() != i) {
            const QSignalBlocker block(tabs);
            tabs->setCurrentIndex(i);
        }
    }
    updateSendSummary();
}

void MainWindow::refreshTabTitle(const QString &key)
{
    const OpenRequest open = m_open.value(key);
    QTabBar *tabs = m_composer->requestTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabData(i).toString() == key) {
            // The dot marks unsaved changes, as editors do.
            tabs->setTabText(i, open.dirty ? QStringLiteral("● ") + open.title : open.title);
            tabs->setTabToolTip(i, open.collectionId.isEmpty()
                                       ? tr("Not saved in a collection")
                                       : tr("%1 in %2").arg(open.requestId, open.collectionId));
        }
    }
}

void MainWindow::openRequest(const RequestSpec &spec, const QString &collectionId, const QString &requestId,
                             const QString &title)
{
    if (!collectionId.isEmpty()) {
        for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
            if (it->collectionId == collectionId && it->requestId == requestId) {
                showTab(it.key());
                return;
            }
        }
    }
    OpenRequest open;
    open.collectionId = collectionId;
    open.requestId = requestId;
    open.spec = spec;
    open.journalId = AutosaveJournal::newTabId();
    open.title = !title.isEmpty() ? title
        : !requestId.isEmpty()    ? requestId.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0)
                                  : QStringLiteral("%1 %2").arg(spec.method, spec.url);
    const QString key = QStringLiteral("tab-%1").arg(m_nextTab++);
    m_open.insert(key, open);
    QTabBar *tabs = m_composer->requestTabs();
    int index;
    {
        const QSignalBlocker block(tabs);
        index = tabs->addTab(open.title);
        tabs->setTabData(index, key);
    }
    refreshTabTitle(key);
    showTab(key);
    {
        const QSignalBlocker block(tabs);
        tabs->setCurrentIndex(index);
    }
}

void MainWindow::openNewRequest(const RequestSpec &spec)
{
    openRequest(spec, {}, {}, QStringLiteral("%1 %2").arg(spec.method, spec.url));
    m_open[m_shownTab].dirty = true;
    refreshTabTitle(m_shownTab);
    scheduleAutosave(m_shownTab);
}

bool MainWindow::saveCurrentRequest()
{
    stashCurrentTab();
    auto it = m_open.find(m_shownTab);
    if (it == m_open.end()) {
        return false;
    }
    if (it->collectionId.isEmpty()) {
        statusBar()->showMessage(
            tr("This request is not in a collection: create one with New request in the Collections tab."), 8000);
        return false;
    }
    if (!m_collections->saveRequest(it->collectionId, it->requestId, it->spec)) {
        statusBar()->showMessage(tr("Not saved: %1").arg(m_collections->statusText()), 8000);
        return false;
    }
    it->dirty = false;
    forgetAutosave(m_shownTab);
    refreshTabTitle(m_shownTab);
    statusBar()->showMessage(tr("Saved %1.").arg(it->title), 4000);
    return true;
}

bool MainWindow::closeTab(int index)
{
    QTabBar *tabs = m_composer->requestTabs();
    const QString key = tabs->tabData(index).toString();
    if (key == m_shownTab) {
        stashCurrentTab();
    }
    const OpenRequest open = m_open.value(key);
    if (open.dirty && !open.collectionId.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("Save the changes to %1 before closing it?").arg(open.title),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            return false;
        }
        if (answer == QMessageBox::Save
            && !m_collections->saveRequest(open.collectionId, open.requestId, m_composer->spec(open.spec))) {
            return false;
        }
    }
    forgetAutosave(key);
    m_open.remove(key);
    {
        const QSignalBlocker block(tabs);
        tabs->removeTab(index);
    }
    if (key == m_shownTab) {
        m_shownTab.clear();
    }
    if (tabs->count() == 0) {
        openRequest(RequestSpec {}, {}, {}, tr("New request"));
    } else if (m_shownTab.isEmpty()) {
        showTab(tabs->tabData(tabs->currentIndex()).toString());
    }
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
    m_apps->setModel(m_appModel);
    auto *appsPage = new QWidget;
    auto *appsLayout = new QVBoxLayout(appsPage);
    appsLayout->setContentsMargins(0, 0, 0, 0);
    m_demoAppButton = new QPushButton(appsPage);
    m_demoAppButton->setObjectName(QStringLiteral("useDemoApplication"));
    m_demoAppButton->setFlat(true);
    m_demoAppButton->setToolTip(tr("The simulator's built-in application, subscribed to every API"));
    connect(m_demoAppButton, &QPushButton::clicked, this, [this] { (void)m_session->setActiveApplication({}); });
    auto *manage = new QPushButton(tr("Manage applications…"), appsPage);
    manage->setObjectName(QStringLiteral("manageApplications"));
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
    m_collections = new CollectionsPane(QDir(m_settings->dataDir()).filePath(QStringLiteral("collections")));
    m_sidebar->addTab(appsPage, tr("Applications"));
    m_sidebar->addTab(m_catalog, tr("APIs"));
    m_sidebar->addTab(m_collections, tr("Collections"));
    m_sidebar->addTab(m_history, tr("History"));
}

void MainWindow::buildStatusBar()
{
    m_environmentLabel = new QLabel(tr("Environment: local simulator (starting)"), this);
    m_environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    m_applicationLabel = new QLabel(tr("Application: none"), this);
    m_applicationLabel->setObjectName(QStringLiteral("applicationLabel"));
    m_quota = new QuotaIndicator(this);
    m_presentationBadge = new QLabel(tr("Presentation mode: secrets hidden"), this);
    m_presentationBadge->setObjectName(QStringLiteral("presentationBadge"));
    m_presentationBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #6a1b9a; color: white; padding: 1px 8px; border-radius: 3px; }"));
    m_presentationBadge->setVisible(Presentation::instance()->isOn());
    statusBar()->addWidget(m_presentationBadge);
    statusBar()->addWidget(m_environmentLabel);
    statusBar()->addWidget(m_applicationLabel);
    statusBar()->addPermanentWidget(m_quota);
}

void MainWindow::startSession()
{
    // Saved work first: it does not need the simulator. The sample
    // collection is copied in once; the pane loads in a worker.
    if (const auto installed = SampleCollection::installOnFirstStart(m_collections->collectionsDir()); !installed) {
        statusBar()->showMessage(installed.errorMessage(), 10000);
    }
    m_collections->reload();
    startAutosave();
    applyNetworkSettings(); // a proxy without a password works before the vault is open

    const Status started = m_session->startLocal();
    if (!started) {
        m_environmentLabel->setText(tr("Environment: the embedded simulator did not start"));
        m_viewer->showFailure(started.errorMessage());
        Q_EMIT sessionStarted(false);
        return;
    }
    const Environment &env = m_session->environment();
    m_environmentLabel->setText(tr("Environment: %1 (%2)").arg(env.name, env.baseUrl));
    m_applicationLabel->setText(tr("Application: %1").arg(m_session->applicationName()));
    m_catalog->setCatalog(m_session->catalogDocument());
    if (const Status loaded = m_session->applicationsLoadStatus(); !loaded) {
        statusBar()->showMessage(loaded.errorMessage(), 15000);
    }
    if (m_vault && m_vault->isUnlocked()) {
        m_session->syncLocalApplications();
    }
    refreshActiveApplication();

    m_sidebar->setCurrentIndex(1);

    if (m_composer->url().isEmpty()) {
        m_composer->setUrl(QStringLiteral("/accounts/v3/accounts"));
    }
    m_quota->setSnapshot(m_session->quota()->snapshot(env.id, m_session->applicationId()));
    m_viewer->setApplicationName(m_session->applicationName());
    updateSendSummary();
    Q_EMIT sessionStarted(true);
}

Status MainWindow::unlockVault()
{
    if (m_vault && m_vault->isUnlocked()) {
        return {};
    }
    if (!m_vault) {
        m_vault = std::make_unique<EncryptedFileVault>(m_settings->path(QStringLiteral("vault.opcv")));
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
        statusBar()->showMessage(creating ? tr("Creating the secret vault…") : tr("Unlocking the secret vault…"));
        QFuture<Status> pending = creating ? m_vault->createAsync(passphrase) : m_vault->unlockAsync(passphrase);
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
        if (unlocked || !fromEnvironment.isEmpty() || unlocked.errorCode() != QLatin1StringView("wrong-passphrase")) {
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
    if (m_session->isReady()) {
        m_session->syncLocalApplications();
    }
    applyNetworkSettings();
}

void MainWindow::applyNetworkSettings()
{
    const auto proxy = NetworkSettingsDialog::proxyFromSettings(*m_settings, m_vault && m_vault->isUnlocked()
                                                                                 ? m_vault.get()
                                                                                 : nullptr);
    if (proxy) {
        m_session->setProxy(*proxy);
    } else {
        statusBar()->showMessage(proxy.errorMessage(), 10000);
    }
}

void MainWindow::showNetworkSettings()
{
    (void)unlockVault(); // the proxy password lives there; without it, the rest still works
    NetworkSettingsDialog dialog(m_settings.get(), m_vault && m_vault->isUnlocked() ? m_vault.get() : nullptr, this);
    if (dialog.exec() == QDialog::Accepted) {
        applyNetworkSettings();
        statusBar()->showMessage(tr("Network settings apply to the next request; the time limit and size cap "
                                    "after a restart."),
                                 8000);
    }
}

QuotaChart *MainWindow::quotaChart()
{
    if (!m_quotaChart) {
        m_quotaChart = new QuotaChart(m_quotaDock);
        m_quotaChart->setObjectName(QStringLiteral("quotaChart"));
        m_quotaChart->setMinimumHeight(220);
        m_quotaDock->setWidget(m_quotaChart);
        if (m_session->isReady()) {
            refreshActiveApplication(); // gives the chart its tracker and names
        }
    }
    return m_quotaChart;
}

void MainWindow::refreshActiveApplication()
{
    const Application *app = m_session->activeApplication();
    m_applicationLabel->setText(tr("Application: %1").arg(m_session->applicationName()));
    m_appModel->setActiveId(m_session->activeApplicationId());
    m_demoAppButton->setText(app ? tr("Use the demo application instead")
                                 : tr("Active: the demo application (built in)"));
    m_demoAppButton->setEnabled(app != nullptr);
    if (!m_session->isReady()) {
        return;
    }
    const QString environmentId = app ? app->environmentId : m_session->environment().id;
    m_viewer->setApplicationName(m_session->applicationName());
    m_quota->setSnapshot(m_session->quota()->snapshot(environmentId, m_session->applicationId()),
                         m_session->quota()->state(environmentId, m_session->applicationId()).blockedUntil);
    QHash<QString, QString> names { { m_session->demoApplicationId(), m_session->demoApplicationName() } };
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
        m_viewer->showFailure(tr("The application manager needs the vault: %1").arg(unlocked.errorMessage()));
        const QSignalBlocker block(m_applicationsAction);
        m_applicationsAction->setChecked(false);
        return false;
    }
    if (!m_appPane) {
        m_appPane = new ApplicationManagerPane(m_session->applications(), m_workStack);
        m_appPane->connectSession(m_session.get());
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
                m_appPane->connectSession(m_session.get());
            }
        });
        m_certificatePane->setTestCertificateSource(
            [this]() -> Result<CertificatePane::TestCertificate> {
                auto issued = m_session->issueTestCertificate(m_session->activeApplicationId());
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

void MainWindow::updateSendSummary()
{
    if (!m_session->isReady()) {
        return;
    }
    const ApiProduct *product = m_session->productFor(m_composer->url());
    QString productText = tr("no catalogued API");
    QString header = QStringLiteral("x-authorization");
    if (product) {
        header = product->tokenHeader;
        productText = tr("%1 %2").arg(product->name, product->version);
        if (product->signature == SignatureScheme::HmacSha256) {
            productText += tr(", HMAC-signed");
        }
        if (product->mtls) {
            productText += tr(", mutual TLS");
        }
    }
    m_authPanel->setProductHeader(header);
    m_composer->setSendSummary(tr("Next send: %1 · %2 · %3")
                                   .arg(m_session->applicationName(), productText,
                                        m_tokens->describe(header)));
}

void MainWindow::sendCurrent()
{
    if (m_activeSend) {
        return;
    }
    stashCurrentTab();
    RequestSpec spec = m_composer->spec(m_open.value(m_shownTab).spec);
    if (const Application *app = m_session->activeApplication()) {
        // A stored application's key and secret are in the vault.
        if (const Status unlocked = unlockVault(); !unlocked) {
            m_viewer->showFailure(tr("Not sent: %1").arg(unlocked.errorMessage()));
            return;
        }
        const Environment *environment = m_environments ? m_environments->find(app->environmentId) : nullptr;
        const Environment fallback = app->environmentId == QLatin1StringView("production") ? Environment::production()
                                                                                             : Environment::opSandbox();
        if (EnvironmentStore::needsConfirmation(environment ? *environment : fallback, spec.method.toLatin1())
            && !m_confirmProduction(tr("Send %1 %2 to PRODUCTION as %3? It acts on real accounts.")
                                        .arg(spec.method, spec.url, app->name))) {
            statusBar()->showMessage(tr("Not sent."), 4000);
            return;
        }
    }
    if (const Token token = m_tokens->currentToken(); !token.isValid() && !m_tokens->currentTokenError().isEmpty()) {
        m_viewer->showFailure(tr("Not sent: %1").arg(m_tokens->currentTokenError()));
        return;
    }
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
    const auto sent = m_session->send(spec, m_tokens->currentToken());
    if (!sent) {
        m_viewer->showFailure(tr("Not sent: %1").arg(sent.errorMessage()));
        return;
    }
    m_activeSend = *sent;
    m_sentBodies.insert(*sent, spec.body);
    // What the session just used is what presentation mode and the history
    // must hide wherever it is echoed back.
    const QList<QByteArray> secrets = m_session->preparedRequest(*sent).secrets;
    Presentation::instance()->setSecrets(secrets);
    m_history->setKnownSecrets(secrets);
    m_composer->setBusy(true);
}

void MainWindow::showExchange(const Exchange &exchange, const QByteArray &requestBody, const PreparedRequest *request)
{
    m_shownRequest = request ? std::optional<PreparedRequest>(*request) : std::nullopt;
    m_viewer->showExchange(exchange, request);
    if (exchange.quota.valid) {
        const auto state = m_session->quota()->state(m_session->environment().id,
                                                     m_session->applicationId());
        m_quota->setSnapshot(exchange.quota, state.blockedUntil);
        m_quota->setForecast(m_session->quota()
                                 ->forecastExhaustion(m_session->environment().id, m_session->applicationId())
                                 .value_or(QDateTime()));
    }
    m_shownExchange = exchange;
    m_history->addExchange(exchange, requestBody);
    Q_EMIT exchangeShown(exchange);
}

} // namespace opc::ui
