#pragma once

#include "security/certificatestore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace opc::ui {

/// Creates a key pair and a certificate signing request for production
/// onboarding: subject fields including organizationIdentifier (as PSD2
/// eIDAS certificates carry), EC P-256 or RSA 3072. The private key goes to
/// the vault and waits there for the issued certificate; the CSR is shown
/// and saved as PEM.
class CsrDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CsrDialog(CertificateStore *store, QWidget *parent = nullptr);

    QLineEdit *commonNameEdit() const { return m_commonName; }
    QLineEdit *organizationEdit() const { return m_organization; }
    QLineEdit *organizationIdentifierEdit() const { return m_organizationIdentifier; }
    QLineEdit *countryEdit() const { return m_country; }
    QComboBox *keyTypeBox() const { return m_keyType; }
    QPlainTextEdit *csrView() const { return m_csr; }
    QLabel *messageLabel() const { return m_message; }

    CsrRequest request() const;
    /// Generates the key and CSR; the PEM is shown, and written to
    /// @p savePath when it is not empty.
    Result<CsrResult> generate(const QString &savePath = {});

private:
    CertificateStore *m_store;
    QComboBox *m_keyType = nullptr;
    QLineEdit *m_commonName = nullptr;
    QLineEdit *m_organization = nullptr;
    QLineEdit *m_organizationalUnit = nullptr;
    QLineEdit *m_organizationIdentifier = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_locality = nullptr;
    QPlainTextEdit *m_csr = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace opc::ui
