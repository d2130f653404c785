#include "collections/importdialog.h"

#include "collections/collectionstore.h"
#include "common/atomicfile.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace opc::ui {

namespace {

// Inputs up to this size are previewed at once; larger ones in a worker.
constexpr qsizetype kInlineBytes = 512 * 1024;

QString formatLabel(const QString &format)
{
    if (format == "postman"_L1)
        return ImportDialog::tr("Postman Collection v2.1");
    if (format == "http"_L1)
        return ImportDialog::tr(".http / .rest file");
    if (format == "curl"_L1)
        return ImportDialog::tr("curl command");
    if (format == "openapi"_L1)
        return ImportDialog::tr("OpenAPI 3");
    return format;
}

} // namespace

ImportDialog::~ImportDialog()
{
    // ~QDialog hides the dialog, which takes the focus from the path field
    // and emits editingFinished after this class's part is gone.
    disconnect(m_path, nullptr, this, nullptr);
}

ImportDialog::ImportDialog(const QString &collectionsDir, QWidget *parent)
    : QDialog(parent), m_collectionsDir(collectionsDir)
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import collection"));
    resize(720, 560);

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"importPath"_s);
    m_path->setPlaceholderText(tr("Postman collection, .http/.rest file, curl commands or OpenAPI 3 JSON"));
    auto *browseButton = new QPushButton(tr("Choose file…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (!m_path->text().isEmpty() && m_path->text() != m_sourceName)
            loadFile(m_path->text());
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);

    m_paste = new QPlainTextEdit(this);
    m_paste->setObjectName(u"importPaste"_s);
    m_paste->setPlaceholderText(tr("…or paste a curl command (or .http text) here"));
    m_paste->setMaximumHeight(110);
    m_pasteTimer = new QTimer(this);
    m_pasteTimer->setSingleShot(true);
    m_pasteTimer->setInterval(300);
    connect(m_paste, &QPlainTextEdit::textChanged, m_pasteTimer, qOverload<>(&QTimer::start));
    connect(m_pasteTimer, &QTimer::timeout, this, [this] {
        if (!m_paste->toPlainText().trimmed().isEmpty())
            setText(m_paste->toPlainText());
    });

    m_formatBox = new QComboBox(this);
    m_formatBox->setObjectName(u"importFormat"_s);
    m_formatBox->addItem(tr("Detect automatically"), QString());
    for (const QString &f : CollectionImporter::formats())
        m_formatBox->addItem(formatLabel(f), f);
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    m_detected = new QLabel(this);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_formatBox);
    formatRow->addWidget(m_detected, 1);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"importName"_s);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);

    m_items = new QTreeWidget(this);
    m_items->setObjectName(u"importItems"_s);
    m_items->setColumnCount(3);
    m_items->setHeaderLabels({ tr("Item"), tr("Outcome"), tr("Why") });
    m_items->setRootIsDecorated(false);
    m_items->setUniformRowHeights(true);
    m_items->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_items->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(u"importButton"_s);
    importButton->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const Result<QString> dir = importNow();
        if (dir)
            accept();
        else
            m_summary->setText(dir.errorMessage());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Text:"), m_paste);
    form->addRow(tr("Format:"), formatRow);
    form->addRow(tr("Collection name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_buttons);
}

void ImportDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import collection"), QDir::homePath(),
        tr("Collections (*.json *.http *.rest *.sh *.txt *.curl);;All files (*)"));
    if (!file.isEmpty())
        loadFile(file);
}

bool ImportDialog::loadFile(const QString &path)
{
    m_path->setText(path);
    m_sourceName = path;
    m_fromFile = true;
    m_preview.reset();
    m_error.clear();
    m_busy = false;
    ++m_generation;
    const qint64 limit = ImportLimits().maxInputBytes;
    const QFileInfo info(path);
    if (info.size() > limit) {
        // Refused before reading: a hostile file costs nothing.
        m_data.clear();
        m_error = tr("%1 is larger than %2 MB; it was not read.").arg(info.fileName()).arg(limit / (1024 * 1024));
        showPreview();
        return false;
    }
    const Result<QByteArray> data = AtomicFile::read(path, limit);
    if (!data) {
        m_data.clear();
        m_error = data.errorMessage();
        showPreview();
        return false;
    }
    m_data = *data;
    refresh();
    return m_preview.has_value() || m_busy;
}

void ImportDialog::setText(const QString &text)
{
    if (m_paste->toPlainText() != text) {
        const QSignalBlocker block(m_paste);
        m_paste->setPlainText(text);
    }
    m_sourceName = tr("Pasted");
    m_fromFile = false;
    m_data = text.toUtf8();
    refresh();
}

void ImportDialog::setFormat(const QString &format)
{
    const int i = m_formatBox->findData(format);
    m_formatBox->setCurrentIndex(i < 0 ? 0 : i);
    refresh();
}

void ImportDialog::refresh()
{
    m_preview.reset();
    m_error.clear();
    m_busy = false;
    ++m_generation;
    if (m_data.isEmpty()) {
        m_format.clear();
        showPreview();
        return;
    }
    const QString chosen = m_formatBox->currentData().toString();
    const QString fileName = m_fromFile ? m_sourceName : QString();
    m_format = chosen.isEmpty() ? CollectionImporter::detectFormat(fileName, m_data) : chosen;
    if (m_format.isEmpty()) {
        m_error = tr("The format could not be recognised; choose it in the list.");
        showPreview();
        return;
    }
    const std::unique_ptr<CollectionImporter> importer = CollectionImporter::create(m_format);
    if (!importer) {
        m_error = tr("Unknown format %1.").arg(m_format);
        showPreview();
        return;
    }
    const QString source = m_fromFile ? QFileInfo(m_sourceName).completeBaseName() : m_sourceName;
    const quint64 generation = ++m_generation;
    if (m_data.size() <= kInlineBytes) {
        m_busy = false;
        finishPreview(importer->import(m_data, source));
        return;
    }
    // A large (or hostile) file is parsed in a worker so the window keeps
    // answering; a newer input makes this result stale.
    m_busy = true;
    m_summary->setText(tr("Reading %1…").arg(formatLabel(m_format)));
    m_items->clear();
    findChild<QPushButton *>(u"importButton"_s)->setEnabled(false);
    auto *watcher = new QFutureWatcher<Result<ImportResult>>(this);
    connect(watcher, &QFutureWatcher<Result<ImportResult>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_busy = false;
        finishPreview(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([format = m_format, data = m_data, source] {
        return CollectionImporter::create(format)->import(data, source);
    }));
}

void ImportDialog::finishPreview(Result<ImportResult> result)
{
    if (result)
        m_preview = std::move(result).value();
    else
        m_error = result.errorMessage();
    showPreview();
    Q_EMIT previewReady();
}

void ImportDialog::showPreview()
{
    m_items->clear();
    QPushButton *importButton = findChild<QPushButton *>(u"importButton"_s);
    m_detected->setText(m_format.isEmpty() ? QString()
                        : m_formatBox->currentData().toString().isEmpty()
                            ? tr("Detected: %1").arg(formatLabel(m_format))
                            : QString());
    if (!m_preview) {
        m_summary->setText(m_error);
        importButton->setEnabled(false);
        return;
    }
    if (m_name->text().isEmpty() || !m_name->isModified())
        m_name->setText(m_preview->collection.name);
    const QIcon ok = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon skipped = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QList<QTreeWidgetItem *> rows;
    rows.reserve(m_preview->items.size());
    for (const ImportItem &item : m_preview->items) {
        auto *row = new QTreeWidgetItem;
        row->setText(0, item.path);
        // The word says it, not the icon or colour alone.
        row->setText(1, item.imported() ? tr("Imported") : tr("Skipped"));
        row->setIcon(1, item.imported() ? ok : skipped);
        row->setText(2, item.reason);
        row->setToolTip(2, item.reason);
        rows.append(row);
    }
    m_items->addTopLevelItems(rows);
    const int requests = m_preview->collection.requestCount();
    m_summary->setText(tr("%1: %n request(s) will be imported", nullptr, requests).arg(formatLabel(m_format))
                       + (m_preview->skippedCount() > 0
                              ? tr("; %n item(s) skipped (listed below with the reason).", nullptr,
                                   m_preview->skippedCount())
                              : tr("; nothing skipped.")));
    importButton->setEnabled(requests > 0);
}

QString ImportDialog::errorText() const
{
    return m_error;
}

QString ImportDialog::collectionName() const
{
    return m_name->text().trimmed();
}

void ImportDialog::setCollectionName(const QString &name)
{
    m_name->setText(name);
    m_name->setModified(true);
}

Result<QString> ImportDialog::importNow()
{
    if (m_busy)
        return Result<QString>::failure(tr("The file is still being read."));
    if (!m_preview)
        return Result<QString>::failure(m_error.isEmpty() ? tr("Nothing to import.") : m_error);
    Collection c = m_preview->collection;
    if (!collectionName().isEmpty())
        c.name = collectionName();
    const QString base = CollectionStore::slug(c.name);
    QString dir = QDir(m_collectionsDir).filePath(base);
    for (int n = 2; QFileInfo::exists(dir); ++n)
        dir = QDir(m_collectionsDir).filePath(base + u"-"_s + QString::number(n));
    const Result<CollectionSaveReport> saved = CollectionStore().save(c, dir);
    if (!saved)
        return Result<QString>::failure(saved.errorMessage());
    Q_EMIT imported(dir);
    return dir;
}

} // namespace opc::ui
