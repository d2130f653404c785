#pragma once

#include "common/result.h"
#include "model/exchange.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QListWidget;
class QSplitter;
class QTabWidget;

namespace opc {
class CertificateStore;
class EnvironmentStore;
class EncryptedFileVault;
class Settings;
} // namespace opc

namespace opc::ui {

namespace Appearance {
enum class Scheme;
}
class CatalogTree;
class CertificatePane;
class ConsoleSession;
class QuotaIndicator;
class RequestComposer;
class ResponseViewer;
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
    QuotaIndicator *quotaIndicator() const { return m_quota; }
    ConsoleSession *session() const { return m_session.get(); }
    QListWidget *historyList() const { return m_history; }
    CertificatePane *certificatePane() const { return m_certificatePane; }

    /// Shows the certificate store, unlocking the vault first (from
    /// OPC_VAULT_PASSPHRASE or by asking). False when the vault stays locked.
    bool showCertificates();
    void showRequests();
    void showEnvironments();
    void setPresentationMode(bool on);
    void setColorScheme(Appearance::Scheme scheme);

public Q_SLOTS:
    void sendCurrent();

Q_SIGNALS:
    void sessionStarted(bool ok);
    void exchangeShown(const opc::Exchange &exchange);

private:
    void buildMenus();
    void buildVaultMenu(QMenu *menu);
    void buildSidebar();
    void buildStatusBar();
    void updateSendSummary();
    void showExchange(const Exchange &exchange);
    Status unlockVault();

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<EncryptedFileVault> m_vault;
    std::unique_ptr<CertificateStore> m_certificates;
    std::unique_ptr<EnvironmentStore> m_environments;
    QAction *m_presentationAction = nullptr;
    QLabel *m_presentationBadge = nullptr;
    QStackedWidget *m_workStack = nullptr;
    CertificatePane *m_certificatePane = nullptr;
    QAction *m_certificatesAction = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_workSplitter = nullptr;
    QTabWidget *m_sidebar = nullptr;
    CatalogTree *m_catalog = nullptr;
    QListWidget *m_apps = nullptr;
    QListWidget *m_history = nullptr;
    RequestComposer *m_composer = nullptr;
    ResponseViewer *m_viewer = nullptr;
    TokenPicker *m_tokens = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLabel *m_applicationLabel = nullptr;
    QuotaIndicator *m_quota = nullptr;
    quint64 m_activeSend = 0;
    QList<Exchange> m_exchanges;
};

} // namespace opc::ui
