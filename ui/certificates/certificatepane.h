#pragma once

#include "common/result.h"
#include "security/certificatestore.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace opc {
class ApplicationStore;
} // namespace opc

namespace opc::ui {

/// The client certificates for mutual TLS, as the CertificateStore keeps
/// them: one row per certificate (subject, issuer, validity with days left,
/// key, extended key usage, SHA-256 fingerprint, bound applications), with
/// import (file dialog or drag and drop of .p12/.pfx/.pem), public
/// certificate export, delete with confirmation, a one-click test
/// certificate from the local simulator and the binding to an application.
/// Every action ends with a sentence in the status line.
class CertificatePane : public QWidget
{
    Q_OBJECT
public:
    /// A PKCS#12 file and its password, as the simulator's issuing endpoint returns it.
    struct TestCertificate
    {
        QByteArray pkcs12;
        QString password;
    };
    using TestCertificateSource = std::function<Result<TestCertificate>()>;
    /// Asks for a password; std::nullopt when the person cancels.
    using PasswordPrompt = std::function<std::optional<QString>(const QString &question)>;
    using Confirmation = std::function<bool(const QString &question)>;

    /// @p store must outlive the pane; its vault must be unlocked for imports.
    explicit CertificatePane(CertificateStore *store, QWidget *parent = nullptr);

    /// Enables the "test certificate" button; without a source it stays disabled.
    void setTestCertificateSource(TestCertificateSource source);
    /// The applications offered in the "Bind to application" field, by
    /// name and environment; the field follows @p store as applications
    /// are added, renamed and removed. @p store must outlive the pane.
    void setApplicationStore(ApplicationStore *store);
    /// Replace the dialogs (the defaults are QInputDialog / QMessageBox).
    void setPasswordPrompt(PasswordPrompt prompt);
    void setConfirmation(Confirmation confirm);
    /// The "now" for days left (tests pin it).
    void setClock(std::function<QDateTime()> clock);

    QString selectedCertificateId() const;
    void selectCertificate(const QString &id);
    QString statusText() const;

    /// What the import button and a drop do once the files are known:
    /// PKCS#12 files ask for their password, PEM certificates take the key
    /// from the same file, from a key file imported with them, or from a
    /// key generated here for a CSR. Returns how many certificates were added.
    int importFiles(const QStringList &paths);
    Status exportSelected(const QString &path, bool withChain = false);
    /// Removes the selected certificate after the confirmation.
    Status removeSelected();
    Result<CertificateInfo> fetchTestCertificate();
    Status bindSelected(const QString &appId, const QStringList &hostPatterns);
    /// The application id the "Bind to application" field stands for: the
    /// chosen entry, an application typed by name, or the text itself.
    QString chosenApplicationId() const;

    /// "Valid until 2027-01-01 (40 days left)", "Expired on 2020-01-01 (...)".
    static QString validityText(const CertificateInfo &info, const QDateTime &now);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    /// After an import, delete or binding change.
    void certificatesChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    Result<CertificateInfo> importPkcs12File(const QString &path);
    Result<CertificateInfo> importPemFile(const QString &path, const QString &keyPath);
    void chooseAndImport();
    void chooseAndExport();
    void showDetails();
    void setStatus(const QString &text, bool problem = false);
    void updateButtons();
    void fillApplications();
    /// The name of application @p appId, or @p appId when it is not known.
    QString applicationName(const QString &appId) const;

    CertificateStore *m_store;
    QPointer<ApplicationStore> m_applications;
    TestCertificateSource m_testSource;
    PasswordPrompt m_prompt;
    Confirmation m_confirm;
    std::function<QDateTime()> m_clock;

    QTreeWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_testCertificate = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_delete = nullptr;
    QComboBox *m_app = nullptr;
    QLineEdit *m_hosts = nullptr;
    QPushButton *m_bind = nullptr;
    QPushButton *m_unbind = nullptr;
};

} // namespace opc::ui
