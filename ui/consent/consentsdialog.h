#pragma once

#include "model/exchange.h"
#include "model/requestspec.h"
#include "oauth/consentflow.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QDateTimeEdit;
class QLineEdit;
class QStackedWidget;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace opc {
class ConsentService;
}

namespace opc::ui {

/// PSD2 consents of one application: the list (kind, status, validity,
/// token expiry; revoke, refresh, remove) and the guided flow that makes a
/// new one, showing each step's request and response as it happens, the
/// bank's authorize page as an in-app choice of the simulator's test
/// users, and the step that failed in words. Token values are masked in
/// every view; with presentation mode on, the session's known secrets too.
class ConsentsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConsentsDialog(ConsentService *service, QWidget *parent = nullptr);
    ~ConsentsDialog() override;

    /// The application whose consents are listed and made.
    void setApplication(const QString &applicationId, const QString &name);
    QString applicationId() const { return m_applicationId; }

    /// Starts a flow of @p kind (as the dialog's Start button does): the
    /// bank's page in the console for the simulator's test users, or in the
    /// user's browser when asked to or when the application is not the
    /// simulator's.
    void start(ConsentKind kind);
    /// Opens the bank's page in the browser; QDesktopServices unless set
    /// (tests hand it to a client of their own).
    void setBrowserOpener(std::function<void(const QUrl &)> open) { m_openBrowser = std::move(open); }
    ConsentFlow *flow() const { return m_flow; }

    /// The request a consent of @p kind is for, to try it at once.
    static RequestSpec nextRequest(const Consent &consent);

Q_SIGNALS:
    /// A consent was authorized: the window selects it for the next request.
    void consentReady(const QString &consentId);
    /// The user asked to open @p spec in a new tab.
    void openRequest(const opc::RequestSpec &spec, const QString &title);

private:
    /// What a step's State column says, kept on its row to be said again in
    /// another language.
    enum class StepState {
        Waiting,
        Running,
        WaitingForUser,
        OpenInBrowser,
        WaitingForBrowser,
        Done, ///< "done · status"
        FailedWithStatus, ///< "failed · status"
        Failed, ///< failed before an exchange
    };

    void updateTitle();
    void refreshList();
    void resetSteps();
    /// The steps' titles and states in the language in force.
    void retranslateSteps();
    QTreeWidgetItem *stepItem(ConsentFlow::Step step) const;
    void setStepState(ConsentFlow::Step step, StepState state, const QString &detail = {});
    /// Done and failed with a status: the status of the step's exchange.
    void setItemState(QTreeWidgetItem *item, StepState state);
    void showStep(QTreeWidgetItem *item);
    void showOutcome(const QString &text, bool failure);
    QString exchangeText(const Exchange &exchange) const;
    QString selectedConsentId() const;
    void runOnSelected(bool revoke);
    void updateButtons();
    bool usesBrowser() const;

    QPointer<ConsentService> m_service;
    QString m_applicationId;
    QString m_applicationName;
    QPointer<ConsentFlow> m_flow;
    QString m_readyConsent;

    QLabel *m_title = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_remove = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_start = nullptr;
    QTreeWidget *m_steps = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QWidget *m_decision = nullptr;
    QLabel *m_decisionText = nullptr;
    QButtonGroup *m_users = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_outcome = nullptr;
    QPushButton *m_tryIt = nullptr;
    QCheckBox *m_inBrowser = nullptr;
    QStackedWidget *m_options = nullptr;
    QCheckBox *m_limitValidity = nullptr;
    QDateTimeEdit *m_validUntil = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_payeeIban = nullptr;
    QLineEdit *m_payeeName = nullptr;
    QLineEdit *m_fundsIban = nullptr;
    QWidget *m_browserWait = nullptr;
    QLabel *m_browserText = nullptr;
    QPushButton *m_cancelFlow = nullptr;
    QUrl m_browserUrl;
    std::function<void(const QUrl &)> m_openBrowser;
};

} // namespace opc::ui
