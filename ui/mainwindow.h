#pragma once

#include "collections/autosavejournal.h"
#include "common/result.h"
#include "model/environment.h"
#include "model/exchange.h"
#include "model/requestspec.h"
#include "net/preparedrequest.h"
#include "session/consolesession.h"
#include "runner/collectionrunner.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTimer;
class QStackedWidget;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;

namespace opc {
class ApplicationListModel;
class CollectionRunner;
class ConsoleSession;
class CertificateStore;
class EnvironmentStore;
class EncryptedFileVault;
class Settings;
} // namespace opc

namespace opc::sandbox {
class SimulatorLink;
}

namespace opc::ui {

class ConsoleActions;
class ConsentsDialog;
class EnvironmentSwitcher;

namespace Appearance {
enum class Scheme;
}
class ApplicationManagerPane;
class AuthPanel;
class CatalogTree;
class CollectionsPane;
class HistoryPane;
class CertificatePane;
class QuotaChart;
class QuotaIndicator;
class RequestComposer;
class RequestTabs;
class ResponseViewer;
class RunnerPane;
class TestsTab;
class TokenPicker;

/// The console's single main window: sidebar (applications, collections,
/// history), request composer above the response viewer, and a status bar
/// with the environment, the active application and its live quota.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// @p dataDir empty = Settings::defaultDataDir().
    explicit MainWindow(const QString &dataDir = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts the embedded simulator and fills the catalogue; called once
    /// the window is on screen so that start-up shows the window first.
    void startSession();

    QTabWidget *sidebar() const { return m_sidebar; }
    RequestComposer *composer() const { return m_composer; }
    ResponseViewer *viewer() const { return m_viewer; }
    CatalogTree *catalogTree() const { return m_catalog; }
    TokenPicker *tokenPicker() const { return m_tokens; }
    AuthPanel *authPanel() const { return m_authPanel; }
    QuotaIndicator *quotaIndicator() const { return m_quota; }
    /// The chart of the day's quota, made on first use.
    QuotaChart *quotaChart();
    QDockWidget *quotaDock() const { return m_quotaDock; }
    /// Runs the collection @p collectionId (the folder at @p folderPath in
    /// it) with its tests in the runner pane, after the run dialog (a
    /// window-modal RunDialog) asked how, with what the run needs against the
    /// quota left today.
    void runCollection(const QString &collectionId, const QList<int> &folderPath = {});
    /// The same for the selected @p requests of a collection, in tree order.
    void runSelection(const QString &collectionId, const QList<opc::CollectionNodeRef> &requests);
    RunnerPane *runnerPane();
    CollectionRunner *runner() const { return m_runner.get(); }
    TestsTab *testsTab() const { return m_testsTab; }
    ConsoleSession *session() const { return m_session.get(); }
    /// The embedded simulator the local environment and the demo
    /// application come from.
    sandbox::SimulatorLink *simulator() const { return m_simulator.get(); }
    HistoryPane *historyPane() const { return m_history; }
    CertificatePane *certificatePane() const { return m_certificatePane; }
    CollectionsPane *collectionsPane() const { return m_collections; }

    /// Opens @p spec in a request tab: the tab of that collection request
    /// if one is open, otherwise a new one. Empty ids: an unsaved request.
    void openRequest(const opc::RequestSpec &spec, const QString &collectionId = {},
        const QString &requestId = {}, const QString &title = {});
    /// Opens @p spec as a new unsaved request (journaled like any edit).
    void openNewRequest(const opc::RequestSpec &spec, const QString &title = {});
    /// Saves the current tab back into its collection request.
    bool saveCurrentRequest();
    /// Unsaved tabs a previous run left when it ended without closing
    /// (crash, kill); offered in a banner by startSession().
    int recoverableTabCount() const { return int(m_recoverable.size()); }
    void restoreRecoveredTabs();
    void discardRecoveredTabs();
    int openRequestCount() const;

    /// Shows the certificate store, unlocking the vault first (from
    /// OPC_VAULT_PASSPHRASE or by asking). False when the vault stays locked.
    bool showCertificates();
    /// Shows the application manager (unlocking the vault first).
    bool showApplications();
    void showRequests();
    void showNetworkSettings();
    /// Edit › Preferences (language, colour scheme, text size), modal.
    void showPreferences();
    ApplicationManagerPane *applicationPane() const { return m_appPane; }
    /// Replaces the "send to production?" question (tests answer it).
    void setProductionConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirmProduction = std::move(confirm);
    }
    RequestTabs *requestTabs() const { return m_tabs; }
    void showEnvironments();
    void setPresentationMode(bool on);
    void setColorScheme(Appearance::Scheme scheme);
    /// View › Zoom: @p step tenths larger than the system's text (kept).
    void setZoom(int step);

public Q_SLOTS:
    void sendCurrent();
    /// The last step of a send, once the token is known (a consent's may
    /// have been refreshed first).
    void sendWith(const RequestSpec &spec, const Token &token, SendOptions options, const QString &consentId);
    void showConsents();

Q_SIGNALS:
    void sessionStarted(bool ok);
    void exchangeShown(const opc::Exchange &exchange);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void runItems(const Collection &collection, const QList<RunItem> &items, const QString &name);
    void buildMenus();
    void connectCommands();
    void buildVaultMenu(QMenu *menu);
    void buildSidebar();
    void buildStatusBar();
    void updateSendSummary();
    void startAutosave();
    void scheduleAutosave(const QString &key);
    void writeAutosaves();
    void forgetAutosave(const QString &key);
    /// Asks Save / Discard / Cancel for the edited ones of @p keys; false
    /// when the user cancelled or a save failed (nothing is closed then).
    bool confirmClose(const QStringList &keys);
    bool saveTab(const QString &key);
    bool closeTab(const QString &key);
    void showCurrentResponse();
    /// The current tab's assertions and captures in the Tests tab, with the
    /// outcome on its last response.
    void showCurrentTests();
    void showExchange(const Exchange &exchange, const PreparedRequest *request = nullptr);
    /// Which environment a send of the active application goes to.
    Environment targetEnvironment() const;
    void updateKnownSecrets();
    void rememberSecrets(const QList<QByteArray> &secrets);
    void vaultOpened();
    void applyNetworkSettings();
    void refreshActiveApplication();
    void setPageChecks(QAction *checked);
    Status unlockVault();

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<sandbox::SimulatorLink> m_simulator;
    std::unique_ptr<CollectionRunner> m_runner;
    /// The run dialog starts with the choices of the last run.
    RunOptions m_lastRunOptions;
    RunnerPane *m_runnerPane = nullptr;
    TestsTab *m_testsTab = nullptr;
    bool m_sessionStarted = false; ///< startSession() ran: stores loaded, the simulator tried
    std::unique_ptr<EncryptedFileVault> m_vault;
    std::unique_ptr<CertificateStore> m_certificates;
    ConsoleActions *m_actions = nullptr;
    QAction *m_presentationAction = nullptr;
    QLabel *m_presentationBadge = nullptr;
    QStackedWidget *m_workStack = nullptr;
    CertificatePane *m_certificatePane = nullptr;
    QAction *m_certificatesAction = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_workSplitter = nullptr;
    QTabWidget *m_sidebar = nullptr;
    CatalogTree *m_catalog = nullptr;
    QListView *m_apps = nullptr;
    ApplicationListModel *m_appModel = nullptr;
    QSortFilterProxyModel *m_appFilter = nullptr;
    EnvironmentSwitcher *m_environmentSwitcher = nullptr;
    QPushButton *m_demoAppButton = nullptr;
    ApplicationManagerPane *m_appPane = nullptr;
    QAction *m_applicationsAction = nullptr;
    QLabel *m_productionBanner = nullptr;
    std::function<bool(const QString &)> m_confirmProduction;
    HistoryPane *m_history = nullptr;
    RequestComposer *m_composer = nullptr;
    ResponseViewer *m_viewer = nullptr;
    TokenPicker *m_tokens = nullptr;
    AuthPanel *m_authPanel = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLabel *m_applicationLabel = nullptr;
    QuotaIndicator *m_quota = nullptr;
    QuotaChart *m_quotaChart = nullptr;
    QDockWidget *m_quotaDock = nullptr;
    bool m_quotaDockSized = false; ///< given its first height once shown
    quint64 m_activeSend = 0;
    QHash<quint64, QString> m_sendConsents; ///< send id -> the consent whose token it carried
    QPointer<ConsentsDialog> m_consentsDialog;
    std::optional<Exchange> m_shownExchange; ///< the exchange on screen, for re-rendering
    std::optional<PreparedRequest> m_shownRequest; ///< the request of the exchange on screen
    QHash<quint64, QString>
        m_sends; ///< by send id: the tab that sent it, where its response is shown
    QList<QByteArray> m_knownSecrets; ///< every secret this run has used, for masking
    CollectionsPane *m_collections = nullptr;
    RequestTabs *m_tabs = nullptr;
    std::unique_ptr<AutosaveJournal> m_journal;
    QList<AutosaveEntry> m_recoverable;
    QSet<QString> m_autosavePending;
    QTimer *m_autosaveTimer = nullptr;
    QWidget *m_recoveryBanner = nullptr;
    QLabel *m_recoveryText = nullptr;
};

} // namespace opc::ui
