#include "quota/quotachart.h"

#include "quota/quotatracker.h"
#include "response/syntaxrepository.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace opc::ui {

QuotaChart::QuotaChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("quotaChart"));
    m_chart = new QChart;
    // The dock's title names the chart; the height goes to the plot, which
    // a short window leaves little of.
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_time = new QDateTimeAxis;
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(5);
    m_value = new QValueAxis;
    m_value->setLabelFormat(QStringLiteral("%d"));
    m_value->setMin(0);
    m_value->setTickCount(3); // 0, half and the limit: readable when the dock is short
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_value, Qt::AlignLeft);

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("quotaChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 120);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    applyTheme();
    refresh();
}

void QuotaChart::setTracker(QuotaTracker *tracker, const QString &environmentId)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    m_environment = environmentId;
    if (m_tracker) {
        connect(m_tracker, &QuotaTracker::changed, this, [this](const QString &environment, const QString &) {
            if (environment == m_environment)
                refresh();
        });
    }
    refresh();
}

void QuotaChart::setApplicationNames(const QHash<QString, QString> &names)
{
    m_names = names;
    refresh();
}

void QuotaChart::refresh()
{
    m_chart->removeAllSeries();
    m_points.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime from;
    QDateTime to;
    qint64 maxLimit = 0;
    if (m_tracker) {
        for (const QString &app : m_tracker->applications(m_environment)) {
            const auto history = m_tracker->history(m_environment, app);
            if (history.isEmpty())
                continue;
            auto *series = new QLineSeries;
            series->setName(m_names.value(app, app));
            series->setPointsVisible(true);
            QList<QPointF> points;
            points.reserve(history.size());
            for (const QuotaTracker::Sample &sample : history) {
                points.append(QPointF(double(sample.at.toMSecsSinceEpoch()), double(sample.remaining)));
                maxLimit = std::max(maxLimit, sample.limit);
                from = from.isValid() ? std::min(from, sample.at) : sample.at;
                to = to.isValid() ? std::max(to, sample.at) : sample.at;
            }
            series->replace(points);
            m_points.insert(app, points);
            m_chart->addSeries(series);
            series->attachAxis(m_time);
            series->attachAxis(m_value);
        }
    }
    if (!from.isValid()) {
        from = now.addSecs(-3600);
        to = now;
    } else if (from.secsTo(to) < 600) {
        // A single point or a short burst still gets a readable time span.
        from = to.addSecs(-600);
    }
    m_time->setRange(from.toLocalTime(), to.addSecs(60).toLocalTime());
    m_value->setRange(0, double(std::max<qint64>(maxLimit, 1)));
}

int QuotaChart::pointCount(const QString &appId) const
{
    return static_cast<int>(m_points.value(appId).size());
}

QList<QPointF> QuotaChart::points(const QString &appId) const
{
    return m_points.value(appId);
}

QStringList QuotaChart::seriesNames() const
{
    QStringList names;
    for (const QAbstractSeries *series : m_chart->series())
        names.append(series->name());
    return names;
}

// The chart takes its colours from the palette, not from a QChart theme:
// Debian exports QChart::setTheme as Qt's private ABI, which would tie the
// package to one exact Qt release.
void QuotaChart::applyTheme()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    QColor grid = text;
    grid.setAlphaF(isDarkPalette(pal) ? 0.18f : 0.12f);
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
}

void QuotaChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

} // namespace opc::ui
