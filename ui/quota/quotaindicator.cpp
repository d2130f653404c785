#include "quota/quotaindicator.h"

#include "response/syntaxrepository.h"
#include "widgets/retranslate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>

namespace opc::ui {

QuotaIndicator::QuotaIndicator(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("quotaIndicator"));
    m_gauge = new QProgressBar(this);
    m_gauge->setObjectName(QStringLiteral("quotaGauge"));
    m_gauge->setTextVisible(false);
    m_gauge->setFixedWidth(120);
    m_gauge->setMaximumHeight(12);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("quotaLabel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_gauge);
    layout->addWidget(m_label);

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &QuotaIndicator::tick);
    // The line and its tooltip, in words and numbers of the language in force.
    retranslate(this, [this] { tick(); });
}

void QuotaIndicator::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    tick();
}

void QuotaIndicator::setSnapshot(const QuotaSnapshot &snapshot, const QDateTime &blockedUntil)
{
    m_snapshot = snapshot;
    m_blockedUntil = blockedUntil;
    if (m_snapshot.valid) {
        m_timer->start();
    } else {
        m_timer->stop();
    }
    tick();
}

QDateTime QuotaIndicator::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString QuotaIndicator::formatDuration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    const auto two = [](qint64 v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (h > 0) {
        return tr("%1 h %2 min %3 s").arg(h).arg(two(m), two(s));
    }
    if (m > 0) {
        return tr("%1 min %2 s").arg(m).arg(two(s));
    }
    return tr("%1 s").arg(s);
}

void QuotaIndicator::tick()
{
    if (!m_snapshot.valid || m_snapshot.limit <= 0) {
        m_gauge->setRange(0, 1);
        m_gauge->setValue(0);
        m_label->setText(tr("Quota: unknown until the first response"));
        setToolTip(tr("The quota is known after the first response."));
        updateGaugeColour();
        return;
    }
    const QDateTime current = now();
    m_gauge->setRange(0, int(qMin<qint64>(m_snapshot.limit, INT_MAX)));
    m_gauge->setValue(int(qBound<qint64>(0, m_snapshot.remaining, m_snapshot.limit)));

    QString text;
    const QString source = m_snapshot.fromHeaders ? tr("server") : tr("counted locally");
    if (m_blockedUntil.isValid() && m_blockedUntil > current) {
        text = tr("Quota exhausted: sends blocked for %1")
                   .arg(formatDuration(current.secsTo(m_blockedUntil)));
    } else if (m_snapshot.resetAt.isValid() && m_snapshot.resetAt > current) {
        text = tr("Quota: %1 / %2 left (%3), resets in %4")
                   .arg(QLocale().toString(m_snapshot.remaining), QLocale().toString(m_snapshot.limit),
                        source, formatDuration(current.secsTo(m_snapshot.resetAt)));
    } else if (m_snapshot.resetAt.isValid()) {
        text = tr("Quota: reset due; %1 / %2 until the next response")
                   .arg(QLocale().toString(m_snapshot.limit), QLocale().toString(m_snapshot.limit));
        m_gauge->setValue(m_gauge->maximum());
    } else {
        text = tr("Quota: %1 / %2 left (%3)")
                   .arg(QLocale().toString(m_snapshot.remaining), QLocale().toString(m_snapshot.limit),
                        source);
    }
    m_label->setText(text);

    QString tip = tr("%Ln request(s) left today, of %1.", nullptr, int(m_snapshot.remaining))
                      .arg(QLocale().toString(m_snapshot.limit));
    if (m_forecast.isValid() && m_forecast > current)
        tip += u'\n' + tr("At the current pace the quota runs out in %1.").arg(formatDuration(current.secsTo(m_forecast)));
    else if (m_snapshot.remaining > 0)
        tip += u'\n' + tr("At the current pace the quota lasts until the reset.");
    setToolTip(tip);
    updateGaugeColour();
}

void QuotaIndicator::setForecast(const QDateTime &exhaustedAt)
{
    m_forecast = exhaustedAt;
    tick();
}

QColor QuotaIndicator::gaugeColour() const
{
    const bool dark = isDarkPalette(palette());
    const bool known = m_snapshot.valid && m_snapshot.limit > 0;
    const double left = known ? double(qMax<qint64>(0, m_snapshot.remaining)) / double(m_snapshot.limit) : 1.0;
    if (known && left < 0.05)
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
    if (known && left < 0.20)
        return dark ? QColor(0xf0, 0xb7, 0x2f) : QColor(0xbf, 0x87, 0x00);
    return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
}

void QuotaIndicator::updateGaugeColour()
{
    // Only the bar's fill is set, so the rest follows the window's palette.
    QPalette pal;
    pal.setColor(QPalette::Highlight, gaugeColour());
    m_gauge->setPalette(pal);
}

void QuotaIndicator::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateGaugeColour();
}

QString QuotaIndicator::text() const
{
    return m_label->text();
}

int QuotaIndicator::gaugeValue() const
{
    return m_gauge->value();
}

} // namespace opc::ui
