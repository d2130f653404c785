#include "certificates/csrdialog.h"

#include "common/atomicfile.h"
#include "shell/appearance.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc::ui {

CsrDialog::CsrDialog(CertificateStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Create a certificate signing request"));
    setObjectName(u"csrDialog"_s);
    resize(640, 560);

    m_keyType = new QComboBox(this);
    m_keyType->addItem(tr("EC P-256 (recommended)"), int(CsrRequest::KeyType::EcP256));
    m_keyType->addItem(tr("RSA 3072"), int(CsrRequest::KeyType::Rsa3072));
    m_commonName = new QLineEdit(this);
    m_commonName->setPlaceholderText(tr("e.g. the application or company name"));
    m_organization = new QLineEdit(this);
    m_organizationalUnit = new QLineEdit(this);
    m_organizationIdentifier = new QLineEdit(this);
    m_organizationIdentifier->setPlaceholderText(tr("PSD2: PSDFI-FINFSA-1234567-8"));
    m_country = new QLineEdit(this);
    m_country->setMaxLength(2);
    m_country->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,2}"_s), m_country));
    m_country->setPlaceholderText(u"FI"_s);
    m_locality = new QLineEdit(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Key"), m_keyType);
    form->addRow(tr("Common name (CN)"), m_commonName);
    form->addRow(tr("Organization (O)"), m_organization);
    form->addRow(tr("Unit (OU)"), m_organizationalUnit);
    form->addRow(tr("organizationIdentifier"), m_organizationIdentifier);
    form->addRow(tr("Country (C)"), m_country);
    form->addRow(tr("Locality (L)"), m_locality);

    m_csr = new QPlainTextEdit(this);
    m_csr->setReadOnly(true);
    Appearance::useFixedFont(m_csr);
    m_csr->setPlaceholderText(tr("The CSR appears here. Send it to your certificate authority; import the "
                                 "certificate it issues and the console pairs it with the key kept in the vault."));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *create = buttons->addButton(tr("Create and save…"), QDialogButtonBox::ActionRole);
    connect(create, &QPushButton::clicked, this, [this] {
        const QString name = m_commonName->text().trimmed().isEmpty() ? u"request"_s : m_commonName->text().trimmed();
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the CSR"), name + u".csr.pem"_s,
                                                          tr("PEM files (*.pem *.csr)"));
        if (!path.isEmpty()) {
            (void)generate(path);
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_csr, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

CsrRequest CsrDialog::request() const
{
    CsrRequest r;
    r.keyType = CsrRequest::KeyType(m_keyType->currentData().toInt());
    r.commonName = m_commonName->text().trimmed();
    r.organization = m_organization->text().trimmed();
    r.organizationalUnit = m_organizationalUnit->text().trimmed();
    r.organizationIdentifier = m_organizationIdentifier->text().trimmed();
    r.country = m_country->text().trimmed().toUpper();
    r.locality = m_locality->text().trimmed();
    return r;
}

Result<CsrResult> CsrDialog::generate(const QString &savePath)
{
    const CsrRequest r = request();
    if (r.commonName.isEmpty()) {
        m_message->setText(tr("A common name (CN) is needed."));
        return Result<CsrResult>::failure(m_message->text());
    }
    if (!r.country.isEmpty() && r.country.size() != 2) {
        m_message->setText(tr("The country is two letters, such as FI."));
        return Result<CsrResult>::failure(m_message->text());
    }
    Result<CsrResult> made = m_store->generateCsr(r);
    if (!made) {
        m_message->setText(made.errorMessage());
        return made;
    }
    m_csr->setPlainText(QString::fromLatin1(made->csrPem));
    if (!savePath.isEmpty()) {
        // The CSR is public; the key stays in the vault.
        if (const Status saved = AtomicFile::write(savePath, made->csrPem); !saved) {
            m_message->setText(saved.errorMessage());
            return Result<CsrResult>::failure(saved.errorMessage());
        }
        m_message->setText(tr("Saved to %1. The private key is in the vault, waiting for the issued certificate.")
                               .arg(QDir::toNativeSeparators(savePath)));
    } else {
        m_message->setText(tr("Created. The private key is in the vault, waiting for the issued certificate."));
    }
    return made;
}

} // namespace opc::ui
