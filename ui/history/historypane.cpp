#include "history/historypane.h"

#include "history/historytablemodel.h"
#include "response/levelstyle.h"
#include "widgets/retranslate.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace opc::ui {

namespace {
enum Period { AnyTime, LastHour, Today, LastWeek };
constexpr int kPageSize = 500;
// Typing in the search field re-queries after a short pause, not per key.
constexpr int kSearchDelayMs = 150;
} // namespace

HistoryPane::HistoryPane(const QString &databasePath, const HistoryLimits &limits, QWidget *parent)
    : QWidget(parent), m_store(std::make_unique<HistoryStore>())
{
    setObjectName(QStringLiteral("historyPane"));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("historyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setAutoFillBackground(true);
    m_banner->setContentsMargins(6, 4, 6, 4);
    m_banner->hide();

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    retranslate(m_search, [this] { m_search->setPlaceholderText(tr("Filter by URL")); });
    m_search->setClearButtonEnabled(true);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("historyStatusFilter"));
    m_status->setEditable(true);
    m_status->setInsertPolicy(QComboBox::NoInsert);
    m_status->addItem(QString(), QString());
    for (const char *cls : { "2xx", "3xx", "4xx", "5xx" })
        m_status->addItem(QString::fromLatin1(cls), QString::fromLatin1(cls));
    const int noResponse = m_status->count();
    m_status->addItem(QString(), QStringLiteral("none"));
    retranslate(m_status, [this, noResponse] {
        // The filter stays as it is, and is not run again: an item keeps
        // being chosen under its new name, a status typed by hand stays.
        const QSignalBlocker blocker(m_status);
        const QString text = m_status->currentText();
        const int item = m_status->findText(text);
        m_status->setItemText(0, tr("Any status"));
        m_status->setItemText(noResponse, tr("No response"));
        m_status->setToolTip(tr("Pick a class or type a status such as 404."));
        const QString now = item >= 0 ? m_status->itemText(item) : text;
        if (m_status->currentText() != now)
            m_status->setEditText(now);
    });

    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("historyLevelFilter"));
    m_level->addItem(QString(), int(ErrorLevel::Unknown));
    for (ErrorLevel level : { ErrorLevel::Fatal, ErrorLevel::Error, ErrorLevel::Warn }) {
        const LevelStyle style = LevelStyle::forLevel(level, palette());
        m_level->addItem(style.icon, style.text, int(level));
    }
    retranslate(m_level, [this] {
        m_level->setItemText(0, tr("Any level"));
        m_level->setToolTip(tr("Exchanges whose error payload holds an entry of this level."));
    });

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("historyPeriodFilter"));
    m_period->addItem(QString(), AnyTime);
    m_period->addItem(QString(), LastHour);
    m_period->addItem(QString(), Today);
    m_period->addItem(QString(), LastWeek);
    retranslate(m_period, [this] {
        m_period->setItemText(m_period->findData(AnyTime), tr("Any time"));
        m_period->setItemText(m_period->findData(LastHour), tr("Last hour"));
        m_period->setItemText(m_period->findData(Today), tr("Today"));
        m_period->setItemText(m_period->findData(LastWeek), tr("Last 7 days"));
    });

    m_model = new HistoryTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(HistoryTableModel::Url, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("historyCount"));
    // Counted again in a new language, once refresh() has counted at all.
    retranslate(m_count, [this] {
        if (!m_count->text().isEmpty())
            updateCount();
    });
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("historyOpen"));
    m_resend = new QPushButton(this);
    m_resend->setObjectName(QStringLiteral("historyResend"));
    retranslate(this, [this] {
        m_open->setText(tr("Open"));
        m_resend->setText(tr("Re-send"));
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_level);
    filters->addWidget(m_period);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_resend);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryPane::refresh);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentTextChanged, this, &HistoryPane::refresh);
    connect(m_level, &QComboBox::currentIndexChanged, this, &HistoryPane::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &HistoryPane::refresh);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &HistoryPane::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPane::updateButtons);
    connect(m_open, &QPushButton::clicked, this, [this] { openRow(m_view->currentIndex().row()); });
    connect(m_resend, &QPushButton::clicked, this, [this] { resendRow(m_view->currentIndex().row()); });

    Status opened = m_store->open(databasePath, limits);
    if (!opened) {
        // History is worth keeping even when the file is unusable: this run's
        // exchanges stay in memory, and the banner says why they will not last.
        const QString reason = opened.errorMessage();
        opened = m_store->open(HistoryStore::kInMemory, limits);
        const bool sessionOnly = static_cast<bool>(opened);
        // Worded again in a new language while the banner still says it
        // (the reason is the store's, in the language it was given in).
        auto said = std::make_shared<QString>();
        retranslate(m_banner, [this, sessionOnly, reason, said] {
            if (notice() != *said)
                return;
            *said = sessionOnly ? tr("History is kept for this session only. %1").arg(reason)
                                : tr("No history is kept. %1").arg(reason);
            showNotice(*said);
        });
    } else if (!m_store->recoveryNotice().isEmpty()) {
        showNotice(m_store->recoveryNotice());
    }
    refresh();
}

HistoryPane::~HistoryPane() = default;

QString HistoryPane::notice() const
{
    return m_banner->text();
}

void HistoryPane::showNotice(const QString &text)
{
    m_banner->setText(text);
    QPalette p = m_banner->palette();
    const LevelStyle style = LevelStyle::forLevel(ErrorLevel::Warn, palette());
    p.setColor(QPalette::Window, style.background);
    p.setColor(QPalette::WindowText, style.foreground);
    m_banner->setPalette(p);
    m_banner->setVisible(!text.isEmpty());
}

void HistoryPane::setKnownSecrets(const QList<QByteArray> &secrets)
{
    m_store->setKnownSecrets(secrets);
}

HistoryQuery HistoryPane::currentQuery() const
{
    HistoryQuery q;
    q.urlContains = m_search->text().trimmed();
    const QString text = m_status->currentText();
    const int item = m_status->findText(text);
    const QString filter = item >= 0 ? m_status->itemData(item).toString() : text;
    // A typed status that means nothing filters nothing; refresh() marks it.
    q.setStatusFilter(filter);
    const auto level = ErrorLevel(m_level->currentData().toInt());
    if (level != ErrorLevel::Unknown)
        q.level = level;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_period->currentData().toInt()) {
    case LastHour:
        q.from = now.addSecs(-3600);
        break;
    case Today:
        q.from = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
        break;
    case LastWeek:
        q.from = now.addDays(-7);
        break;
    default:
        break;
    }
    return q;
}

void HistoryPane::refresh()
{
    m_searchDelay->stop();
    const HistoryQuery query = currentQuery();
    const int item = m_status->findText(m_status->currentText());
    HistoryQuery probe;
    const bool valid = item >= 0 || probe.setStatusFilter(m_status->currentText());
    QPalette p = m_status->lineEdit()->palette();
    p.setColor(QPalette::Text, valid ? palette().color(QPalette::Text) : QColor(0xb0, 0x00, 0x20));
    m_status->lineEdit()->setPalette(p);
    HistoryStore *store = m_store.get();
    m_model->reset(
        [store, query](int offset, int limit) {
            HistoryQuery page = query;
            page.offset = offset;
            page.limit = limit;
            return store->search(page);
        },
        kPageSize);
    updateCount();
    updateButtons();
}

void HistoryPane::updateCount()
{
    const qint64 shown = m_store->count(currentQuery());
    const qint64 total = m_store->count();
    m_count->setText(shown == total ? tr("%n exchange(s)", nullptr, int(total))
                                    : tr("%1 of %n exchange(s)", nullptr, int(total)).arg(shown));
}

void HistoryPane::updateButtons()
{
    const bool row = m_view->currentIndex().isValid();
    m_open->setEnabled(row);
    m_resend->setEnabled(row);
}

void HistoryPane::addExchange(const opc::Exchange &exchange, const QByteArray &requestBody)
{
    const Result<qint64> id = m_store->record(exchange, requestBody);
    if (!id) {
        Q_EMIT problem(tr("The exchange was not added to the history: %1").arg(id.errorMessage()));
        return;
    }
    showRecorded(*id);
}

void HistoryPane::showRecorded(qint64 historyId)
{
    // A damaged file found while recording was moved aside: say so once.
    if (!m_store->quarantinedPath().isEmpty() && notice() != m_store->recoveryNotice()) {
        showNotice(m_store->recoveryNotice());
        refresh();
        return;
    }
    const std::optional<HistoryEntry> entry = m_store->entry(historyId);
    if (entry && currentQuery().matches(*entry))
        m_model->prepend(*entry);
    // Rows the store pruned (the oldest) leave the bottom of the list too.
    m_model->trimTo(int(m_store->count(currentQuery())));
    updateCount();
}

void HistoryPane::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const qint64 id = m_model->entryAt(row).id;
    const std::optional<HistoryRecord> record = m_store->exchange(id);
    if (!record) {
        Q_EMIT problem(tr("That exchange is no longer in the history."));
        m_model->removeId(id);
        updateCount();
        return;
    }
    Q_EMIT exchangeOpened(record->exchange);
}

void HistoryPane::resendRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const std::optional<HistoryRecord> record = m_store->exchange(m_model->entryAt(row).id);
    if (!record) {
        Q_EMIT problem(tr("That exchange is no longer in the history."));
        return;
    }
    if (record->requestBodyCut) {
        Q_EMIT problem(tr("The history kept only part of this request's body, so it cannot be re-sent as it was."));
        return;
    }
    Q_EMIT resendRequested(record->exchange, record->requestBody);
}

void HistoryPane::removeRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const qint64 id = m_model->entryAt(row).id;
    if (const Status s = m_store->remove(id); !s) {
        Q_EMIT problem(s.errorMessage());
        return;
    }
    m_model->removeId(id);
    updateCount();
}

void HistoryPane::clearHistory()
{
    if (const Status s = m_store->clear(); !s)
        Q_EMIT problem(s.errorMessage());
    refresh();
}

void HistoryPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        const int row = index.row();
        menu.addAction(tr("Open"), this, [this, row] { openRow(row); });
        menu.addAction(tr("Re-send"), this, [this, row] { resendRow(row); });
        menu.addAction(tr("Copy URL"), this,
                       [this, row] { QApplication::clipboard()->setText(m_model->entryAt(row).url); });
        menu.addSeparator();
        menu.addAction(tr("Delete from history"), this, [this, row] { removeRow(row); });
    }
    menu.addAction(tr("Clear history…"), this, [this] {
        const auto answer = QMessageBox::question(this, tr("Clear history"),
                                                  tr("Delete every exchange in the history? This cannot be undone."));
        if (answer == QMessageBox::Yes)
            clearHistory();
    });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace opc::ui
