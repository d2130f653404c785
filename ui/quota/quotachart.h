#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QValueAxis;

namespace opc {
class QuotaTracker;
}

namespace opc::ui {

/// A small chart of each application's remaining quota over the last day,
/// one line per application, one point per response. It follows the
/// tracker: every recorded response adds its point.
class QuotaChart : public QWidget
{
    Q_OBJECT
public:
    explicit QuotaChart(QWidget *parent = nullptr);

    /// Shows @p environmentId's applications from @p tracker (not owned).
    void setTracker(QuotaTracker *tracker, const QString &environmentId);
    /// Display names by application id; unnamed ones show their id.
    void setApplicationNames(const QHash<QString, QString> &names);

    /// Points of @p appId's line (tests and the tour read them).
    int pointCount(const QString &appId) const;
    QList<QPointF> points(const QString &appId) const;
    QStringList seriesNames() const;

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    QPointer<QuotaTracker> m_tracker;
    QString m_environment;
    QHash<QString, QString> m_names;
    QHash<QString, QList<QPointF>> m_points;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_value = nullptr;
};

} // namespace opc::ui
