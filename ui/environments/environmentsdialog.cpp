#include "environments/environmentsdialog.h"

#include "environments/environmentstore.h"
#include "net/revocationcheck.h"
#include "net/tlsprofile.h"
#include "security/secretstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc::ui {

namespace {
// Shown in place of a stored secret; typing over it replaces the secret.
const QString kMaskedValue = u"••••••••"_s;
constexpr int kSecretColumn = 2;

QString kindText(Environment::Kind kind)
{
    switch (kind) {
    case Environment::Kind::LocalSimulator:
        return EnvironmentsDialog::tr("Built in: the embedded simulator on this computer");
    case Environment::Kind::OpSandbox:
        return EnvironmentsDialog::tr("Built in: OP's developer sandbox");
    case Environment::Kind::Production:
        return EnvironmentsDialog::tr("Built in: PRODUCTION, real customers and money");
    case Environment::Kind::Custom:
        break;
    }
    return EnvironmentsDialog::tr("Your own environment");
}
} // namespace

EnvironmentsDialog::EnvironmentsDialog(EnvironmentStore *store, SecretStore *vault, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_vault(vault)
{
    setWindowTitle(tr("Environments"));
    setObjectName(u"environmentsDialog"_s);
    resize(820, 480);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"environmentList"_s);
    m_list->setMaximumWidth(240);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"environmentName"_s);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(u"environmentBaseUrl"_s);
    m_baseUrl->setPlaceholderText(u"https://"_s);
    m_mtlsBaseUrl = new QLineEdit(this);
    m_mtlsBaseUrl->setObjectName(u"environmentMtlsBaseUrl"_s);
    m_mtlsBaseUrl->setPlaceholderText(tr("the base URL: mutual-TLS APIs listen there too"));
    // A path and a "Choose…" button that fills it.
    const auto fileRow = [this](QLineEdit *edit, const QString &title, const QString &filter) {
        auto *browse = new QPushButton(tr("Choose…"), this);
        connect(browse, &QPushButton::clicked, this, [this, edit, title, filter] {
            const QString file = QFileDialog::getOpenFileName(this, title, {}, filter);
            if (!file.isEmpty()) {
                edit->setText(file);
            }
        });
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browse);
        return row;
    };
    m_ca = new QLineEdit(this);
    m_ca->setObjectName(u"environmentCa"_s);
    m_ca->setPlaceholderText(tr("none: the system's CAs only"));
    QHBoxLayout *caRow = fileRow(m_ca, tr("CA certificate for this environment"),
                                 tr("PEM certificates (*.pem *.crt);;All files (*)"));
    m_crl = new QLineEdit(this);
    m_crl->setObjectName(u"environmentCrl"_s);
    m_crl->setPlaceholderText(tr("none: revocation is not checked"));
    QHBoxLayout *crlRow = fileRow(m_crl, tr("Certificate revocation list"),
                                  tr("CRL files (*.crl *.pem *.der);;All files (*)"));
    m_kind = new QLabel(this);
    m_kind->setObjectName(u"environmentKind"_s);

    m_variables = new QTableWidget(0, 3, this);
    m_variables->setObjectName(u"environmentVariables"_s);
    m_variables->setHorizontalHeaderLabels({ tr("Variable"), tr("Value"), tr("Secret") });
    m_variables->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_variables->verticalHeader()->hide();

    auto *addVariable = new QPushButton(tr("Add variable"), this);
    auto *removeVariable = new QPushButton(tr("Remove variable"), this);
    connect(addVariable, &QPushButton::clicked, this, [this] { addVariableRow(); });
    connect(removeVariable, &QPushButton::clicked, this, [this] {
        const int row = m_variables->currentRow();
        if (row >= 0) {
            m_variables->removeRow(row);
        }
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Base URL"), m_baseUrl);
    form->addRow(tr("Mutual-TLS base URL"), m_mtlsBaseUrl);
    form->addRow(tr("Extra CA"), caRow);
    form->addRow(tr("Revocation list"), crlRow);
    form->addRow(tr("Kind"), m_kind);

    auto *variableButtons = new QHBoxLayout;
    variableButtons->addWidget(addVariable);
    variableButtons->addWidget(removeVariable);
    variableButtons->addStretch();

    m_message = new QLabel(this);
    m_message->setObjectName(u"environmentMessage"_s);
    m_message->setWordWrap(true);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(new QLabel(tr("Variables: use them as {{name}}; secret ones as {{secret:name}}, "
                                   "sent only to this environment's host."), this));
    right->addWidget(m_variables, 1);
    right->addLayout(variableButtons);
    right->addWidget(m_message);

    auto *add = new QPushButton(tr("New environment…"), this);
    add->setObjectName(u"newEnvironmentButton"_s);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeEnvironmentButton"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New environment"), tr("Name:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty()) {
            addEnvironment(name.trimmed(), {});
        }
    });
    connect(m_remove, &QPushButton::clicked, this, &EnvironmentsDialog::removeCurrent);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &EnvironmentsDialog::apply);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            showEnvironment(m_list->item(row)->data(Qt::UserRole).toString());
        }
    });
    reloadList();
    if (m_store->isReadOnly() || !m_store->problem().isEmpty()) {
        showMessage(m_store->problem(), true);
    }
}

void EnvironmentsDialog::reloadList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Environment &e : m_store->environments()) {
        auto *item = new QListWidgetItem(e.name, m_list);
        item->setData(Qt::UserRole, e.id);
        if (e.kind == Environment::Kind::Production) {
            item->setForeground(QColor(0xc6, 0x28, 0x28));
            item->setText(tr("%1 (production)").arg(e.name));
        }
    }
}

void EnvironmentsDialog::selectEnvironment(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(row);
            showEnvironment(id);
            return;
        }
    }
}

QString EnvironmentsDialog::currentId() const
{
    return m_shownId;
}

void EnvironmentsDialog::showEnvironment(const QString &id)
{
    const Environment *e = m_store->find(id);
    if (!e) {
        return;
    }
    m_shownId = id;
    const bool builtIn = e->kind != Environment::Kind::Custom;
    m_name->setText(e->name);
    m_name->setReadOnly(builtIn);
    m_baseUrl->setText(e->baseUrl);
    m_baseUrl->setReadOnly(builtIn);
    // Built-in addresses and the simulator's CA are the console's own.
    m_mtlsBaseUrl->setText(e->mtlsBaseUrl);
    m_mtlsBaseUrl->setReadOnly(builtIn);
    m_ca->setText(e->extraCaPath);
    m_ca->setReadOnly(builtIn);
    m_crl->setText(e->crlPath);
    m_kind->setText(kindText(e->kind));
    m_kind->setStyleSheet(e->kind == Environment::Kind::Production
                              ? u"color: white; background: #c62828; padding: 2px 6px; font-weight: bold;"_s
                              : QString());
    m_remove->setEnabled(!builtIn && !m_store->isReadOnly());
    m_variables->setRowCount(0);
    for (auto it = e->variables.cbegin(); it != e->variables.cend(); ++it) {
        addVariableRow(it.key(), it.value(), false);
    }
    for (const QString &name : m_store->secretNames(id)) {
        addVariableRow(name, kMaskedValue, true);
    }
}

void EnvironmentsDialog::addVariableRow(const QString &name, const QString &value, bool secret)
{
    const int row = m_variables->rowCount();
    m_variables->insertRow(row);
    m_variables->setItem(row, 0, new QTableWidgetItem(name));
    auto *valueItem = new QTableWidgetItem(value);
    m_variables->setItem(row, 1, valueItem);
    auto *secretItem = new QTableWidgetItem;
    secretItem->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    secretItem->setCheckState(secret ? Qt::Checked : Qt::Unchecked);
    m_variables->setItem(row, kSecretColumn, secretItem);
}

bool EnvironmentsDialog::apply()
{
    if (m_shownId.isEmpty()) {
        return true;
    }
    if (m_store->isReadOnly()) {
        showMessage(m_store->problem(), true);
        return false;
    }
    const Environment *shown = m_store->find(m_shownId);
    if (!shown) {
        return false;
    }
    Environment e = *shown;
    e.name = m_name->text().trimmed();
    e.baseUrl = m_baseUrl->text().trimmed();
    e.mtlsBaseUrl = m_mtlsBaseUrl->text().trimmed();
    e.extraCaPath = m_ca->text().trimmed();
    if (const QUrl mtls(e.mtlsBaseUrl);
        !e.mtlsBaseUrl.isEmpty() && (mtls.host().isEmpty() || mtls.scheme() != "https"_L1)) {
        showMessage(tr("The mutual-TLS base URL must be an https:// address."), true);
        return false;
    }
    if (!e.extraCaPath.isEmpty()) {
        if (const auto ca = TlsProfile::loadCaFile(e.extraCaPath); !ca) {
            showMessage(ca.errorMessage(), true);
            return false;
        }
    }
    e.crlPath = m_crl->text().trimmed();
    if (!e.crlPath.isEmpty()) {
        if (const auto crl = RevocationCheck::loadCrlFile(e.crlPath); !crl) {
            showMessage(crl.errorMessage(), true);
            return false;
        }
    }
    e.variables.clear();
    QStringList keptSecrets;
    for (int row = 0; row < m_variables->rowCount(); ++row) {
        const QString name = m_variables->item(row, 0) ? m_variables->item(row, 0)->text().trimmed() : QString();
        const QString value = m_variables->item(row, 1) ? m_variables->item(row, 1)->text() : QString();
        const bool secret = m_variables->item(row, kSecretColumn)
            && m_variables->item(row, kSecretColumn)->checkState() == Qt::Checked;
        if (name.isEmpty()) {
            continue;
        }
        if (!secret) {
            e.variables.insert(name, value);
            continue;
        }
        keptSecrets.append(name);
        if (value == kMaskedValue) {
            continue; // unchanged: the vault keeps the value
        }
        if (const Status put = m_store->setSecret(m_vault, e.id, name, value.toUtf8()); !put) {
            showMessage(put.errorMessage(), true);
            return false;
        }
        m_variables->item(row, 1)->setText(kMaskedValue);
    }
    for (const QString &old : m_store->secretNames(e.id)) {
        if (!keptSecrets.contains(old)) {
            (void)m_store->removeSecret(m_vault, e.id, old);
        }
    }
    if (const Status updated = m_store->update(e); !updated) {
        showMessage(updated.errorMessage(), true);
        return false;
    }
    if (const Status saved = m_store->save(); !saved) {
        showMessage(saved.errorMessage(), true);
        return false;
    }
    reloadList();
    selectEnvironment(e.id);
    showMessage(tr("Saved."), false);
    Q_EMIT environmentsChanged();
    return true;
}

bool EnvironmentsDialog::addEnvironment(const QString &name, const QString &baseUrl)
{
    Environment e;
    e.name = name;
    e.baseUrl = baseUrl;
    auto added = m_store->add(e);
    if (!added) {
        showMessage(added.errorMessage(), true);
        return false;
    }
    if (const Status saved = m_store->save(); !saved) {
        showMessage(saved.errorMessage(), true);
        return false;
    }
    reloadList();
    selectEnvironment(added->id);
    Q_EMIT environmentsChanged();
    return true;
}

bool EnvironmentsDialog::removeCurrent()
{
    if (const Status removed = m_store->remove(m_shownId, m_vault); !removed) {
        showMessage(removed.errorMessage(), true);
        return false;
    }
    (void)m_store->save();
    m_shownId.clear();
    reloadList();
    m_list->setCurrentRow(0);
    Q_EMIT environmentsChanged();
    return true;
}

void EnvironmentsDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
}

} // namespace opc::ui
