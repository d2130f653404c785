#pragma once

#include "model/exchange.h"

#include <QColor>
#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QTimer;

namespace opc::ui {

/// The live quota gauge of the status bar: requests left of the daily limit
/// and a countdown to the reset that ticks every second. A 429 block shows
/// as "blocked until …".
class QuotaIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit QuotaIndicator(QWidget *parent = nullptr);

    void setClock(std::function<QDateTime()> clock);
    void setSnapshot(const QuotaSnapshot &snapshot, const QDateTime &blockedUntil = {});

    /// The tooltip's forecast: when the quota runs out at the current pace
    /// (invalid: not before the reset).
    void setForecast(const QDateTime &exhaustedAt);

    QString text() const;
    int gaugeValue() const;
    /// Green, amber under 20 % left, red under 5 %, for the current palette.
    QColor gaugeColour() const;

    /// "9 h 05 min 03 s", "4 min 10 s", "12 s": the countdown wording.
    static QString formatDuration(qint64 seconds);

public Q_SLOTS:
    void tick();

protected:
    void changeEvent(QEvent *event) override;

private:
    QDateTime now() const;
    void updateGaugeColour();

    std::function<QDateTime()> m_clock;
    QuotaSnapshot m_snapshot;
    QDateTime m_blockedUntil;
    QDateTime m_forecast;
    QLabel *m_label = nullptr;
    QProgressBar *m_gauge = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace opc::ui
