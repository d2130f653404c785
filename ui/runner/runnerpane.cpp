#include "runner/runnerpane.h"

#include "response/syntaxrepository.h"
#include "runner/runreport.h"
#include "widgets/retranslate.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace opc::ui {

namespace {

enum Column { CIteration, CRequest, CStatus, CLevel, CAssertions, CTime, CResult, CColumns };

} // namespace

RunnerPane::RunnerPane(CollectionRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"runTitle"_s);
    retranslate(this, [this] { updateTitle(); });
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    retranslate(m_progress, [this] { m_progress->setFormat(tr("%v of %m")); });
    m_counts = new QLabel(this);
    m_counts->setObjectName(u"runCounts"_s);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"runCancel"_s);
    retranslate(m_cancel, [this] { m_cancel->setText(tr("Cancel")); });
    m_cancel->setEnabled(false);
    m_pause = new QLabel(this);
    m_pause->setObjectName(u"runPauseBanner"_s);
    m_pause->setWordWrap(true);
    m_pause->setAutoFillBackground(true);
    QPalette warn = m_pause->palette();
    warn.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xc4));
    warn.setColor(QPalette::WindowText, QColor(0x3a, 0x2c, 0x00));
    m_pause->setPalette(warn);
    m_pause->setMargin(6);
    m_pause->hide();
    retranslate(this, [this] {
        if (!m_pause->isHidden()) {
            pausedUntil(m_pausedUntil, m_pauseReason);
        }
    });

    m_table = new QTableWidget(0, CColumns, this);
    m_table->setObjectName(u"runResults"_s);
    retranslate(this, [this] {
        m_table->setHorizontalHeaderLabels({ tr("#"), tr("Request"), tr("Status"), tr("Level"),
            tr("Assertions"), tr("Time (ms)"), tr("Result") });
        m_table->setToolTip(tr("Double-click a row to open its exchange in the response viewer"));
        // The rows' own words ("passed", "skipped"); a failure's reason is
        // the runner's, in the language of the run.
        for (int row = 0; row < m_table->rowCount() && row < m_results.size(); ++row) {
            const QStringList cells = cellTexts(m_results.at(row));
            for (const int column : { int(CAssertions), int(CResult) }) {
                if (QTableWidgetItem *item = m_table->item(row, column)) {
                    item->setText(cells.at(column));
                }
            }
        }
    });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(CRequest, QHeaderView::Interactive);
    m_table->setColumnWidth(CIteration, 40);
    m_table->setColumnWidth(CRequest, 260);
    m_table->setColumnWidth(CStatus, 70);
    m_table->setColumnWidth(CLevel, 70);
    m_table->setColumnWidth(CAssertions, 90);
    m_table->setColumnWidth(CTime, 80);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_results.size() && !m_results.at(row).skipped) {
            Q_EMIT exchangeRequested(m_results.at(row).exchange);
        }
    });

    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(u"runHistogram"_s);
    m_chartView->setMinimumHeight(120);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_histogramTimer = new QTimer(this);
    m_histogramTimer->setSingleShot(true);
    m_histogramTimer->setInterval(200);
    connect(m_histogramTimer, &QTimer::timeout, this, &RunnerPane::updateHistogram);
    retranslate(this, [this] {
        // Untitled until the first run or results: nothing drawn yet.
        if (!m_chart->title().isEmpty()) {
            updateHistogram();
        }
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_counts);
    top->addWidget(m_cancel);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chartView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_pause);
    layout->addWidget(split, 1);

    if (runner) {
        connect(m_cancel, &QPushButton::clicked, runner, &CollectionRunner::cancel);
        connect(runner, &CollectionRunner::started, this,
            [this](int total) { begin(m_runner ? m_runner->summary().name : QString(), total); });
        connect(runner, &CollectionRunner::requestFinished, this, &RunnerPane::addResult);
        connect(runner, &CollectionRunner::paused, this, &RunnerPane::pausedUntil);
        connect(runner, &CollectionRunner::resumed, this, &RunnerPane::resumed);
        connect(runner, &CollectionRunner::finished, this, &RunnerPane::end);
    }
    retranslate(this, [this] { updateCounts(); });
}

void RunnerPane::updateTitle()
{
    if (!m_begun) {
        m_title->setText(tr("No run yet: choose Run… on a collection or folder."));
        return;
    }
    m_title->setText(m_runName.isEmpty() ? tr("Collection run") : m_runName);
}

void RunnerPane::begin(const QString &name, int total)
{
    m_results.clear();
    m_table->setRowCount(0);
    m_total = qMax(0, total);
    m_passed = m_failed = m_skipped = 0;
    m_running = true;
    m_ended = false;
    m_clock.start();
    m_begun = true;
    m_runName = name;
    updateTitle();
    m_progress->setRange(0, qMax(1, m_total));
    m_progress->setValue(0);
    m_cancel->setEnabled(m_runner != nullptr);
    m_pause->hide();
    updateCounts();
    updateHistogram();
}

void RunnerPane::addResult(const RunResult &result)
{
    m_results.append(result);
    m_ended = false; // end() says the run's time and stop again after its rows
    const bool passed = result.passed();
    result.skipped ? ++m_skipped : passed ? ++m_passed : ++m_failed;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QString why = result.failureSummary();
    const QStringList cells = cellTexts(result);
    const bool dark = isDarkPalette(palette());
    for (int column = 0; column < CColumns; ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (!passed && !result.skipped) {
            item->setBackground(dark ? QColor(0x5c, 0x1a, 0x1a) : QColor(0xfd, 0xec, 0xea));
            item->setToolTip(why);
        }
        if (column == CTime || column == CAssertions || column == CIteration) {
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        m_table->setItem(row, column, item);
    }
    m_progress->setValue(qMin(m_progress->maximum(), int(m_results.size())));
    updateCounts();
    // Rebuilding the chart per result would cost a run of thousands of
    // requests seconds of GUI time: at most a few times a second.
    if (!m_histogramTimer->isActive()) {
        m_histogramTimer->start();
    }
}

QStringList RunnerPane::cellTexts(const RunResult &result) const
{
    int ok = 0;
    for (const AssertionResult &a : result.assertions) {
        ok += a.passed ? 1 : 0;
    }
    const bool passed = result.passed();
    const QString why = result.failureSummary();
    return { QString::number(result.iteration + 1), result.item.path,
        result.statusText(), result.mostSevereLevel(),
        result.assertions.isEmpty() ? QString() : tr("%1/%2").arg(ok).arg(result.assertions.size()),
        result.exchange.hasResponse() ? QString::number(result.exchange.timings.finished)
                                      : QString(),
        result.skipped ? tr("skipped")
            : passed   ? tr("passed")
                       : why };
}

void RunnerPane::pausedUntil(const QDateTime &until, const QString &reason)
{
    m_pausedUntil = until;
    m_pauseReason = reason;
    m_pause->setText(
        tr("%1 Paused until %2; the run goes on by itself when the quota is back.")
            .arg(reason, QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
    m_pause->show();
}

void RunnerPane::resumed()
{
    m_pause->hide();
}

void RunnerPane::end(const RunSummary &summary)
{
    // The summary is the whole run in run order, with what a cancel or a
    // stop left unrun; rows arrived in the order answers came.
    const int current = m_table->currentRow();
    m_results.clear();
    m_table->setRowCount(0);
    m_passed = m_failed = m_skipped = 0;
    m_table->setUpdatesEnabled(false);
    for (const RunResult &result : summary.results) {
        addResult(result);
    }
    m_table->setUpdatesEnabled(true);
    m_histogramTimer->stop();
    updateHistogram();
    m_table->setCurrentCell(qMin(current, m_table->rowCount() - 1), CRequest);
    m_running = false;
    m_cancel->setEnabled(false);
    m_pause->hide();
    m_progress->setValue(m_progress->maximum());
    m_ended = true;
    m_wallMs = summary.wallMs;
    m_stopReason = summary.stopReason;
    updateCounts();
}

void RunnerPane::updateCounts()
{
    QString text = tr("%1 passed, %2 failed").arg(m_passed).arg(m_failed);
    if (m_skipped > 0) {
        text += tr(", %1 skipped").arg(m_skipped);
    }
    const int done = int(m_results.size());
    if (m_running && done > 0 && done < m_total) {
        const qint64 left = m_clock.elapsed() * (m_total - done) / done;
        text += u" · "_s + tr("about %1 s left").arg((left + 999) / 1000);
    }
    if (m_ended) {
        // The run's time and why it stopped, once it is over.
        text += u" · "_s + tr("%1 s").arg(QLocale().toString(m_wallMs / 1000.0, 'f', 1));
        if (!m_stopReason.isEmpty()) {
            text += u" · "_s + tr("stopped: %1").arg(m_stopReason);
        }
    }
    m_counts->setText(text);
}

void RunnerPane::updateHistogram()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    RunSummary summary;
    summary.results = m_results;
    const RunReport::Histogram histogram = RunReport::latencyHistogram(summary, 10);
    if (histogram.counts.isEmpty()) {
        m_chart->setTitle(tr("Response times appear here"));
        return;
    }
    m_chart->setTitle(tr("Response times (ms)"));
    auto *set = new QBarSet(tr("requests"));
    QStringList labels;
    int most = 0;
    for (qsizetype i = 0; i < histogram.counts.size(); ++i) {
        *set << histogram.counts.at(i);
        most = qMax(most, histogram.counts.at(i));
        labels << tr("≤%1").arg(histogram.upperBoundsMs.at(i));
    }
    auto *series = new QBarSeries;
    series->append(set);
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    // Whole requests on the y axis: ticks on integers, at most five.
    const int step = qMax(1, (most + 3) / 4);
    auto *y = new QValueAxis;
    y->setRange(0, step * ((qMax(1, most) + step - 1) / step));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(u"%.0f"_s);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

int RunnerPane::histogramBars() const
{
    const auto series = m_chart->series();
    if (series.isEmpty()) {
        return 0;
    }
    const auto *bars = qobject_cast<QBarSeries *>(series.first());
    return bars && !bars->barSets().isEmpty() ? int(bars->barSets().first()->count()) : 0;
}

} // namespace opc::ui
