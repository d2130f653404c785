#pragma once

#include "apps/applicationstore.h"
#include "common/result.h"
#include "model/apiproduct.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QToolButton;
class QUndoStack;

namespace opc {
class ApplicationListModel;
class ConsoleSession;
class QuotaTracker;
} // namespace opc

namespace opc::sandbox {
class SimulatorLink;
}

namespace opc::ui {

/// The application manager: the list of applications (environment,
/// derived security level, today's quota; the active one marked) and an
/// editor for the selected one: name, environment, API key, API secret
/// (masked, with a reveal toggle and an explicit copy), products from the
/// catalogue with their security level, version and token header, the
/// derived security level, the bound client certificate and notes.
/// New, Duplicate and Delete go through an undo stack (Ctrl+Z); "Paste key
/// and secret" fills both fields from a pasted block. A new application of
/// the local simulator is registered there at once through the
/// registration callback. Every action ends with a sentence in the status line.
class ApplicationManagerPane : public QWidget
{
    Q_OBJECT
public:
    /// Mints a key and secret for a new local application.
    using Registration
            = std::function<Result<ApplicationCredentials>(const QString &name, const QStringList &productIds)>;
    /// Text to parse for "Paste key and secret" (default: the clipboard).
    using PasteSource = std::function<QString()>;

    /// @p store must outlive the pane.
    explicit ApplicationManagerPane(ApplicationStore *store, QWidget *parent = nullptr);
    ~ApplicationManagerPane() override;

    /// Wires everything to @p session: its catalogue, quota tracker,
    /// simulator registration, certificate store and the active application
    /// (both ways). Call after the session has started.
    /// Follows @p session's applications and active application; new local
    /// applications get their key and secret from @p simulator.
    void connectSession(ConsoleSession *session, sandbox::SimulatorLink *simulator = nullptr);

    void setRegistration(Registration registration);
    void setPasteSource(PasteSource source);
    void setCatalog(const QList<ApiProduct> &products);
    void setQuotaTracker(QuotaTracker *tracker);
    /// Client certificates offered in the chooser: (id, label) pairs.
    void setCertificates(const QList<QPair<QString, QString>> &certificates);
    /// Marks @p id as the application the next send uses.
    void setActiveApplicationId(const QString &id);

    ApplicationListModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    QListView *listView() const { return m_list; }

    QString selectedId() const;
    bool selectApplication(const QString &id);

    /// New application @p name (made unique) in @p environmentId, selected.
    Result<Application> createApplication(const QString &name, const QString &environmentId);
    Result<Application> duplicateSelected();
    Status deleteSelected();
    /// Saves the editor's fields (and key and secret) to the store.
    Status saveEditor();
    /// Fills the key and secret fields from @p text (not saved yet).
    Status pasteCredentials(const QString &text);
    /// Sets the selected application active.
    void activateSelected();
    /// Checks the products with these ids in the editor (not saved yet).
    void setCheckedProducts(const QStringList &productIds);
    QStringList checkedProducts() const;

    QString statusText() const;

Q_SIGNALS:
    /// The user asked to make @p id the active application.
    void activeApplicationRequested(const QString &id);

private:
    /// Everything the editor shows, read in one go.
    struct EditorForm
    {
        Application app;
        ApplicationCredentials credentials;
    };

    void buildUi();
    void loadEditor();
    /// The form as typed, on top of the stored application.
    EditorForm readEditor() const;
    /// Puts @p form back into the fields (after a refused save).
    void showForm(const EditorForm &form);
    /// Stores @p form over @p before: the fields, then key and secret.
    Status applyForm(const Application &before, const EditorForm &form);
    void fillProducts();
    void updateDerivedLevel();
    void updateButtons();
    void applyPresentation();
    void setStatus(const QString &text);

    QPointer<ApplicationStore> m_store;
    ApplicationListModel *m_model = nullptr;
    QUndoStack *m_undo = nullptr;
    QPointer<ConsoleSession> m_session;
    Registration m_registration;
    PasteSource m_pasteSource;
    QList<ApiProduct> m_catalog;
    QString m_loadedId;
    bool m_loading = false;

    QListView *m_list = nullptr;
    QToolButton *m_new = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_activate = nullptr;
    QWidget *m_editor = nullptr;
    QScrollArea *m_editorScroll = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_apiSecret = nullptr;
    QToolButton *m_reveal = nullptr;
    QToolButton *m_copySecret = nullptr;
    QToolButton *m_copyKey = nullptr;
    QPushButton *m_paste = nullptr;
    QListWidget *m_products = nullptr;
    QLabel *m_level = nullptr;
    QComboBox *m_certificate = nullptr;
    QLineEdit *m_merchantId = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace opc::ui
