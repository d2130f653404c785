#pragma once

#include "runner/collectionrunner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace opc::ui {

/// The collection runner's pane: progress with counts and the time left, a
/// banner while the quota pauses the run, the results as they come
/// (request, status, level, assertions, time; a failure in red with its
/// reason), a latency histogram and Cancel. Activating a row opens its
/// exchange in the response viewer.
class RunnerPane : public QWidget
{
    Q_OBJECT
public:
    /// Follows @p runner's signals; may be null (results fed by hand).
    explicit RunnerPane(CollectionRunner *runner, QWidget *parent = nullptr);

    QTableWidget *resultsTable() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *pauseBanner() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }
    /// Bars of the histogram (buckets of the response times). While a run
    /// goes on the chart follows at most every 200 ms; end() draws it whole.
    int histogramBars() const;

public Q_SLOTS:
    void begin(const QString &name, int total);
    void addResult(const opc::RunResult &result);
    void pausedUntil(const QDateTime &until, const QString &reason);
    void resumed();
    void end(const opc::RunSummary &summary);

Q_SIGNALS:
    void exchangeRequested(const opc::Exchange &exchange);

private:
    void updateTitle();
    void updateCounts();
    void updateHistogram();
    /// The texts of @p result's row, in the order of the columns.
    QStringList cellTexts(const RunResult &result) const;

    QPointer<CollectionRunner> m_runner;
    QLabel *m_title = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QTableWidget *m_table = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QTimer *m_histogramTimer = nullptr;
    QList<RunResult> m_results;
    QElapsedTimer m_clock;
    int m_total = 0;
    int m_passed = 0;
    int m_failed = 0;
    int m_skipped = 0;
    bool m_running = false;
    // What the title, the counts and the pause banner say, kept to say it
    // again in another language.
    bool m_begun = false;
    QString m_runName;
    bool m_ended = false;
    qint64 m_wallMs = 0;
    QString m_stopReason;
    QDateTime m_pausedUntil;
    QString m_pauseReason;
};

} // namespace opc::ui
