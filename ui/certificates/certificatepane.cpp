#include "certificates/certificatepane.h"
#include "apps/applicationlistmodel.h"
#include "apps/applicationstore.h"
#include "certificates/csrdialog.h"
#include "widgets/retranslate.h"

#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc::ui {

namespace {

enum Column { ColName, ColSubject, ColIssuer, ColValidity, ColKey, ColUsage, ColFingerprint, ColApps, ColCount };

// Colours readable on both light and dark palettes.
const QColor kWarning(0xB3, 0x6B, 0x00);
const QColor kExpired(0xC0, 0x1C, 0x28);

// A wrong password is asked again, but not forever.
constexpr int kPasswordAttempts = 3;

QString day(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd"_s);
}

QString keyText(const CertificateInfo &info)
{
    return info.keyBits > 0 ? CertificatePane::tr("%1, %2 bits").arg(info.keyType).arg(info.keyBits) : info.keyType;
}

QString usageText(const CertificateInfo &info)
{
    if (!info.hasEkuExtension)
        return CertificatePane::tr("any (no extended key usage)");
    return info.extendedKeyUsage.join(u", "_s);
}

bool isPkcs12(const QString &path, const QByteArray &content)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "p12"_L1 || suffix == "pfx"_L1 || !content.contains("-----BEGIN");
}

} // namespace

CertificatePane::CertificatePane(CertificateStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setAcceptDrops(true);
    m_prompt = [this](const QString &question) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Password"), question, QLineEdit::Password, {}, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete certificate"), question) == QMessageBox::Yes;
    };

    auto *intro = new QLabel(this);
    retranslate(intro, [intro] {
        intro->setText(tr("Client certificates for mutual TLS. Private keys are kept in the vault, never in "
                          "plain files. Drop .p12, .pfx or .pem files here to import them."));
    });
    intro->setWordWrap(true);

    m_import = new QPushButton(this);
    m_import->setObjectName(u"importCertificate"_s);
    m_testCertificate = new QPushButton(this);
    m_testCertificate->setObjectName(u"testCertificate"_s);
    m_testCertificate->setEnabled(false);
    // The tooltip says whether the simulator is there (setTestCertificateSource).
    retranslate(this, [this] {
        m_testCertificate->setText(tr("Get a test certificate from the local simulator"));
        m_testCertificate->setToolTip(m_testSource ? tr("Issues a client certificate signed by the simulator's CA and "
                                                        "imports it.")
                                                   : tr("Available when the local simulator runs."));
    });
    auto *csr = new QPushButton(this);
    csr->setObjectName(QStringLiteral("createCsrButton"));
    retranslate(csr, [csr] {
        csr->setText(tr("Create CSR…"));
        csr->setToolTip(tr("A key pair and a certificate signing request for a production certificate"));
    });
    connect(csr, &QPushButton::clicked, this, [this] {
        CsrDialog dialog(m_store, this);
        dialog.exec();
        refresh();
    });
    m_export = new QPushButton(this);
    m_export->setObjectName(u"exportCertificate"_s);
    m_delete = new QPushButton(this);
    m_delete->setObjectName(u"deleteCertificate"_s);
    retranslate(this, [this] {
        m_import->setText(tr("Import…"));
        m_export->setText(tr("Export public certificate…"));
        m_delete->setText(tr("Delete…"));
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_testCertificate);
    buttons->addStretch(1);
    buttons->addWidget(csr);
    buttons->addWidget(m_export);
    buttons->addWidget(m_delete);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"certificateList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    retranslate(m_list, [list = m_list] {
        list->setHeaderLabels({ tr("Name"), tr("Subject"), tr("Issuer"), tr("Validity"), tr("Key"),
                                tr("Extended key usage"), tr("SHA-256 fingerprint"), tr("Bound to") });
    });
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);

    m_details = new QLabel(this);
    m_details->setObjectName(u"certificateDetails"_s);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);

    m_app = new QComboBox(this);
    m_app->setObjectName(u"bindApplication"_s);
    m_app->setEditable(true);
    m_app->setMinimumContentsLength(16);
    m_app->setInsertPolicy(QComboBox::NoInsert);
    m_hosts = new QLineEdit(this);
    m_hosts->setObjectName(u"bindHosts"_s);
    m_bind = new QPushButton(this);
    m_bind->setObjectName(u"bindCertificate"_s);
    m_unbind = new QPushButton(this);
    m_unbind->setObjectName(u"unbindApplication"_s);
    auto *appLabel = new QLabel(this);
    auto *hostsLabel = new QLabel(this);
    retranslate(this, [this, appLabel, hostsLabel] {
        m_app->lineEdit()->setPlaceholderText(tr("application name or API key"));
        m_hosts->setPlaceholderText(tr("every host, or e.g. *.op.fi, sandbox.apis.op.fi"));
        m_bind->setText(tr("Bind"));
        m_unbind->setText(tr("Unbind application"));
        appLabel->setText(tr("Bind to application:"));
        hostsLabel->setText(tr("Hosts:"));
    });
    auto *bindRow = new QHBoxLayout;
    bindRow->addWidget(appLabel);
    bindRow->addWidget(m_app, 1);
    bindRow->addWidget(hostsLabel);
    bindRow->addWidget(m_hosts, 2);
    bindRow->addWidget(m_bind);
    bindRow->addWidget(m_unbind);

    m_status = new QLabel(this);
    m_status->setObjectName(u"certificateStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(bindRow);
    layout->addWidget(m_status);

    connect(m_import, &QPushButton::clicked, this, &CertificatePane::chooseAndImport);
    connect(m_export, &QPushButton::clicked, this, &CertificatePane::chooseAndExport);
    connect(m_delete, &QPushButton::clicked, this, [this] { (void)removeSelected(); });
    connect(m_testCertificate, &QPushButton::clicked, this, [this] { (void)fetchTestCertificate(); });
    connect(m_bind, &QPushButton::clicked, this, [this] {
        QStringList hosts;
        for (const QString &h : m_hosts->text().split(u',', Qt::SkipEmptyParts)) {
            if (!h.trimmed().isEmpty())
                hosts << h.trimmed();
        }
        (void)bindSelected(chosenApplicationId(), hosts);
    });
    connect(m_unbind, &QPushButton::clicked, this, [this] {
        const QString app = chosenApplicationId();
        if (app.isEmpty())
            return setStatus(tr("Enter the application to unbind."), true);
        if (const Status s = m_store->unbind(app); !s)
            return setStatus(s.errorMessage(), true);
        setStatus(tr("%1 no longer presents a client certificate.").arg(applicationName(app)));
        refresh();
        Q_EMIT certificatesChanged();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    // The rows (validity, key and usage texts), the details and the
    // application entries (environment names) are formatted in the language
    // of the moment: made again on a change.
    retranslate(this, [this] {
        if (m_applications)
            fillApplications();
        refresh();
    });
}

void CertificatePane::setTestCertificateSource(TestCertificateSource source)
{
    m_testSource = std::move(source);
    m_testCertificate->setEnabled(bool(m_testSource));
    m_testCertificate->setToolTip(m_testSource ? tr("Issues a client certificate signed by the simulator's CA and "
                                                    "imports it.")
                                               : tr("Available when the local simulator runs."));
}

void CertificatePane::setApplicationStore(ApplicationStore *store)
{
    if (m_applications) {
        disconnect(m_applications, nullptr, this, nullptr);
    }
    m_applications = store;
    if (store) {
        // Rows shift on insert and remove: the whole (short) list is rebuilt.
        const auto changed = [this] {
            fillApplications();
            refresh();
        };
        connect(store, &ApplicationStore::inserted, this, changed);
        connect(store, &ApplicationStore::removed, this, changed);
        connect(store, &ApplicationStore::updated, this, changed);
        connect(store, &ApplicationStore::reset, this, changed);
    }
    fillApplications();
    refresh();
}

void CertificatePane::fillApplications()
{
    const QString chosen = chosenApplicationId();
    const QString typed = m_app->currentText();
    const QSignalBlocker block(m_app);
    m_app->clear();
    if (m_applications) {
        for (const Application &app : m_applications->applications()) {
            m_app->addItem(tr("%1 (%2)").arg(app.name, ApplicationListModel::environmentName(app.environmentId)),
                           app.id);
        }
    }
    if (const int index = m_app->findData(chosen); index >= 0) {
        m_app->setCurrentIndex(index);
    } else if (!typed.isEmpty() && m_app->findText(typed) < 0) {
        // A half-typed name is kept, not replaced by the first entry.
        m_app->setCurrentIndex(-1);
        m_app->setEditText(typed);
    } else {
        m_app->setCurrentIndex(m_app->count() > 0 ? 0 : -1);
    }
}

QString CertificatePane::chosenApplicationId() const
{
    const QString text = m_app->currentText().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    if (const int index = m_app->findText(text); index >= 0 && !m_app->itemData(index).toString().isEmpty()) {
        return m_app->itemData(index).toString();
    }
    if (m_applications) {
        if (const Application *app = m_applications->findByName(text)) {
            return app->id;
        }
    }
    return text;
}

QString CertificatePane::applicationName(const QString &appId) const
{
    const Application *app = m_applications ? m_applications->find(appId) : nullptr;
    return app ? app->name : appId;
}

void CertificatePane::setPasswordPrompt(PasswordPrompt prompt)
{
    m_prompt = std::move(prompt);
}

void CertificatePane::setConfirmation(Confirmation confirm)
{
    m_confirm = std::move(confirm);
}

void CertificatePane::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

QString CertificatePane::selectedCertificateId() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(ColName, Qt::UserRole).toString();
}

void CertificatePane::selectCertificate(const QString &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(ColName, Qt::UserRole).toString() == id) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

QString CertificatePane::statusText() const
{
    return m_status->text();
}

QString CertificatePane::validityText(const CertificateInfo &info, const QDateTime &now)
{
    if (info.isExpired(now)) {
        const qint64 ago = info.notAfter.secsTo(now) / 86400;
        return tr("Expired on %1 (%n day(s) ago)", nullptr, int(ago)).arg(day(info.notAfter));
    }
    if (info.isNotYetValid(now))
        return tr("Not valid before %1").arg(day(info.notBefore));
    const int left = info.daysLeft(now);
    if (left < 1)
        return tr("Expires on %1 (less than a day left)").arg(day(info.notAfter));
    return tr("Valid until %1 (%n day(s) left)", nullptr, left).arg(day(info.notAfter));
}

void CertificatePane::refresh()
{
    const QString selected = selectedCertificateId();
    const QDateTime now = m_clock();
    QStyle *st = style();
    m_list->clear();
    for (const CertificateInfo &info : m_store->certificates()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(ColName, Qt::UserRole, info.id);
        item->setText(ColName, info.label);
        item->setText(ColSubject, info.subject);
        item->setText(ColIssuer, info.issuer);
        item->setText(ColValidity, validityText(info, now));
        item->setText(ColKey, keyText(info));
        item->setText(ColUsage, usageText(info));
        item->setText(ColFingerprint, info.sha256Fingerprint);
        QStringList bound;
        for (const QString &appId : m_store->boundApplications(info.id)) {
            bound << applicationName(appId);
        }
        item->setText(ColApps, bound.join(u", "_s));
        for (int c = 0; c < ColCount; ++c)
            item->setToolTip(c, item->text(c));
        const QStringList warnings = info.warnings(now);
        if (info.isExpired(now) || info.isNotYetValid(now)) {
            // Marked by icon and text, not colour alone.
            item->setIcon(ColValidity, st->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setForeground(ColValidity, kExpired);
        } else if (info.daysLeft(now) < 30) {
            item->setIcon(ColValidity, st->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setForeground(ColValidity, kWarning);
        }
        if (!info.clientAuth) {
            item->setIcon(ColUsage, st->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setForeground(ColUsage, kWarning);
        }
        if (!warnings.isEmpty())
            item->setToolTip(ColValidity, warnings.join(u'\n'));
    }
    for (int c = ColName; c < ColApps; ++c)
        m_list->resizeColumnToContents(c);
    if (!selected.isEmpty())
        selectCertificate(selected);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showDetails();
    updateButtons();
}

void CertificatePane::showDetails()
{
    const QString id = selectedCertificateId();
    const Result<CertificateInfo> info = id.isEmpty() ? Result<CertificateInfo>::failure({}) : m_store->certificate(id);
    if (!info) {
        m_details->setText(m_list->topLevelItemCount() == 0
                                   ? tr("No client certificate yet: import one, or get a test certificate from the "
                                        "local simulator.")
                                   : QString());
        return;
    }
    QStringList lines;
    lines << tr("Subject: %1").arg(info->subject) << tr("Issuer: %1").arg(info->issuer)
          << tr("Serial: %1").arg(info->serial)
          << tr("Valid from %1 to %2").arg(info->notBefore.toUTC().toString(Qt::ISODate),
                                            info->notAfter.toUTC().toString(Qt::ISODate))
          << tr("SHA-256: %1").arg(info->sha256Fingerprint)
          << tr("Key: %1; extended key usage: %2").arg(keyText(*info), usageText(*info));
    if (info->chainLength > 0)
        lines << tr("Stored with %n intermediate certificate(s).", nullptr, int(info->chainLength));
    lines += info->warnings(m_clock());
    m_details->setText(lines.join(u'\n'));
}

void CertificatePane::updateButtons()
{
    const bool selected = !selectedCertificateId().isEmpty();
    m_export->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_bind->setEnabled(selected);
}

void CertificatePane::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, problem ? kExpired : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

Result<CertificateInfo> CertificatePane::importPkcs12File(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<CertificateInfo>::failure(tr("%1 cannot be read: %2").arg(path, f.errorString()));
    const QByteArray data = f.readAll();
    const QString name = QFileInfo(path).fileName();
    // Files exported without a password open at once; the others ask.
    Result<CertificateInfo> r = m_store->importPkcs12(data, QString());
    QString question = tr("Password for %1:").arg(name);
    for (int attempt = 0; attempt < kPasswordAttempts && !r.ok() && r.errorCode() == "wrong-password"_L1; ++attempt) {
        const std::optional<QString> password = m_prompt(question);
        if (!password)
            return Result<CertificateInfo>::failure(tr("Import of %1 cancelled.").arg(name), u"cancelled"_s);
        r = m_store->importPkcs12(data, *password);
        question = tr("Wrong password for %1. Try again:").arg(name);
    }
    return r;
}

Result<CertificateInfo> CertificatePane::importPemFile(const QString &path, const QString &keyPath)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<CertificateInfo>::failure(tr("%1 cannot be read: %2").arg(path, f.errorString()));
    const QByteArray certificate = f.readAll();
    QByteArray key;
    if (!keyPath.isEmpty()) {
        QFile k(keyPath);
        if (!k.open(QIODevice::ReadOnly))
            return Result<CertificateInfo>::failure(tr("%1 cannot be read: %2").arg(keyPath, k.errorString()));
        key = k.readAll();
    } else if (certificate.contains("PRIVATE KEY")) {
        key = certificate; // certificate and key in one file
    }
    const QString name = QFileInfo(keyPath.isEmpty() ? path : keyPath).fileName();
    Result<CertificateInfo> r = m_store->importPem(certificate, key);
    QString question = tr("The private key in %1 is encrypted. Its passphrase:").arg(name);
    for (int attempt = 0; attempt < kPasswordAttempts && !r.ok()
         && (r.errorCode() == "passphrase-needed"_L1 || r.errorCode() == "wrong-password"_L1);
         ++attempt) {
        const std::optional<QString> passphrase = m_prompt(question);
        if (!passphrase)
            return Result<CertificateInfo>::failure(tr("Import of %1 cancelled.").arg(name), u"cancelled"_s);
        r = m_store->importPem(certificate, key, *passphrase);
        question = tr("Wrong passphrase for the key in %1. Try again:").arg(name);
    }
    return r;
}

int CertificatePane::importFiles(const QStringList &paths)
{
    // Sort the files: PKCS#12 bundles, PEM certificates, and PEM keys that
    // belong to one of those certificates.
    QStringList bundles, certificates, keys;
    QStringList problems;
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            problems << tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), f.errorString());
            continue;
        }
        const QByteArray head = f.read(1024 * 1024);
        if (isPkcs12(path, head))
            bundles << path;
        else if (head.contains("-----BEGIN CERTIFICATE-----"))
            certificates << path;
        else if (head.contains("PRIVATE KEY-----"))
            keys << path;
        else
            problems << tr("%1 is neither a PKCS#12 file nor a PEM certificate or key.").arg(QFileInfo(path).fileName());
    }

    int added = 0;
    QStringList done;
    QString lastId;
    auto report = [&](const QString &path, const Result<CertificateInfo> &r) {
        const QString name = QFileInfo(path).fileName();
        if (!r) {
            problems << (r.errorCode() == "cancelled"_L1 ? r.errorMessage() : tr("%1: %2").arg(name, r.errorMessage()));
            return;
        }
        ++added;
        lastId = r->id;
        QString line = tr("Imported %1 from %2: %3.").arg(r->label, name, validityText(*r, m_clock()));
        const QStringList warnings = r->warnings(m_clock());
        if (!warnings.isEmpty())
            line += u" "_s + warnings.join(u' ');
        done << line;
    };
    for (const QString &path : std::as_const(bundles))
        report(path, importPkcs12File(path));
    for (const QString &path : std::as_const(certificates)) {
        Result<CertificateInfo> r = importPemFile(path, {});
        // A separate key file: the first one that belongs to the certificate.
        for (const QString &key : std::as_const(keys)) {
            if (r.ok() || (r.errorCode() != "no-key"_L1 && r.errorCode() != "key-mismatch"_L1))
                break;
            r = importPemFile(path, key);
        }
        if (!r && r.errorCode() == "no-key"_L1)
            r = Result<CertificateInfo>::failure(
                    tr("no private key for this certificate: import the certificate together with its key file."),
                    u"no-key"_s);
        report(path, r);
    }
    if (!keys.isEmpty() && certificates.isEmpty())
        problems << tr("A private key alone cannot be imported: add the certificate it belongs to.");

    if (added > 0) {
        refresh();
        selectCertificate(lastId);
        Q_EMIT certificatesChanged();
    }
    setStatus((done + problems).join(u'\n'), !problems.isEmpty());
    return added;
}

void CertificatePane::chooseAndImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Import client certificates"), QString(),
            tr("Certificates (*.p12 *.pfx *.pem *.crt *.cer *.key);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

Status CertificatePane::exportSelected(const QString &path, bool withChain)
{
    const QString id = selectedCertificateId();
    if (id.isEmpty())
        return Status::failure(tr("Select a certificate to export."));
    const Result<QByteArray> pem = m_store->exportCertificatePem(id, withChain);
    if (!pem) {
        setStatus(pem.errorMessage(), true);
        return Status::failure(pem.errorMessage());
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(*pem) != pem->size()) {
        const QString why = tr("%1 could not be written: %2").arg(path, f.errorString());
        setStatus(why, true);
        return Status::failure(why);
    }
    setStatus(tr("The public certificate was saved to %1 (no private key).").arg(path));
    return Status::success();
}

void CertificatePane::chooseAndExport()
{
    const Result<CertificateInfo> info = m_store->certificate(selectedCertificateId());
    if (!info)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export public certificate"), info->label + ".pem"_L1,
                                                      tr("PEM certificate (*.pem *.crt)"));
    if (!path.isEmpty())
        (void)exportSelected(path, true);
}

Status CertificatePane::removeSelected()
{
    const Result<CertificateInfo> info = m_store->certificate(selectedCertificateId());
    if (!info)
        return Status::failure(tr("Select a certificate to delete."));
    QStringList apps;
    for (const QString &appId : m_store->boundApplications(info->id))
        apps << applicationName(appId);
    QString question = tr("Delete the certificate %1 (%2) and its private key from the vault?").arg(info->label, info->subject);
    if (!apps.isEmpty())
        question += u" "_s + tr("%1 will then send without a client certificate.").arg(apps.join(u", "_s));
    if (!m_confirm(question))
        return Status::failure(tr("Nothing was deleted."), u"cancelled"_s);
    if (const Status s = m_store->remove(info->id); !s) {
        setStatus(s.errorMessage(), true);
        return s;
    }
    refresh();
    setStatus(tr("Deleted %1 and its private key.").arg(info->label));
    Q_EMIT certificatesChanged();
    return Status::success();
}

Result<CertificateInfo> CertificatePane::fetchTestCertificate()
{
    using R = Result<CertificateInfo>;
    if (!m_testSource)
        return R::failure(tr("The local simulator is not running."));
    const Result<TestCertificate> issued = m_testSource();
    if (!issued) {
        setStatus(tr("The simulator issued no certificate: %1").arg(issued.errorMessage()), true);
        return R::failure(issued.errorMessage(), issued.errorCode());
    }
    R r = m_store->importPkcs12(issued->pkcs12, issued->password, tr("Local simulator test certificate"));
    if (!r) {
        setStatus(tr("The simulator's certificate could not be imported: %1").arg(r.errorMessage()), true);
        return r;
    }
    refresh();
    selectCertificate(r->id);
    setStatus(tr("Imported a test certificate for %1 from the local simulator (%2).")
                      .arg(r->subject, validityText(*r, m_clock())));
    Q_EMIT certificatesChanged();
    return r;
}

Status CertificatePane::bindSelected(const QString &appId, const QStringList &hostPatterns)
{
    const QString id = selectedCertificateId();
    if (id.isEmpty())
        return Status::failure(tr("Select a certificate to bind."));
    if (appId.isEmpty()) {
        setStatus(tr("Enter the application the certificate belongs to."), true);
        return Status::failure(tr("Enter the application the certificate belongs to."));
    }
    if (const Status s = m_store->bind(appId, id, hostPatterns); !s) {
        setStatus(s.errorMessage(), true);
        return s;
    }
    refresh();
    const QString name = applicationName(appId);
    setStatus(hostPatterns.isEmpty()
                      ? tr("%1 now presents this certificate to every host of its mTLS products.").arg(name)
                      : tr("%1 now presents this certificate to %2.").arg(name, hostPatterns.join(u", "_s)));
    Q_EMIT certificatesChanged();
    return Status::success();
}

void CertificatePane::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void CertificatePane::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

} // namespace opc::ui
