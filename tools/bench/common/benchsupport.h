#pragma once

// What the GUI benchmarks share: reading /proc/self/status and the stall
// probe, a 5 ms timer whose longest gap between ticks is how long the GUI
// thread could not answer.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace opc::bench {

/// One result of a benchmark, as every bench writes it: the figure, its
/// baseline measured in the same run, and the ratio of the two.
inline QJsonObject resultEntry(const QString &name, double value, const QString &unit,
                               const QString &baseName, double baseValue)
{
    return QJsonObject { { QStringLiteral("name"), name },
                         { QStringLiteral("value"), value },
                         { QStringLiteral("unit"), unit },
                         { QStringLiteral("baseline"),
                           QJsonObject { { QStringLiteral("name"), baseName },
                                         { QStringLiteral("value"), baseValue } } },
                         { QStringLiteral("ratio"), baseValue > 0 ? value / baseValue : 0.0 } };
}

/// A field of /proc/self/status in kB ("VmRSS", "VmHWM"); 0 if unreadable.
inline qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

class StallProbe
{
public:
    explicit StallProbe(QObject *context)
    {
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, context, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_lastTick && now - m_lastTick > m_maxGap) {
                m_maxGap = now - m_lastTick;
                m_maxGapAt = now - m_origin;
            }
            m_lastTick = now;
        });
    }

    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    /// Forgets the gaps seen so far (warm-up).
    void reset() { m_maxGap = 0; }
    /// Nanoseconds on the probe's clock.
    qint64 now() const { return m_clock.nsecsElapsed(); }
    /// Where the measured work starts; maxGapAt() is counted from here.
    void setOrigin(qint64 ns) { m_origin = ns; }
    qint64 origin() const { return m_origin; }
    qint64 maxGap() const { return m_maxGap; }
    qint64 maxGapAt() const { return m_maxGapAt; }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_lastTick = 0;
    qint64 m_maxGap = 0;
    qint64 m_maxGapAt = 0;
    qint64 m_origin = 0;
};

} // namespace opc::bench
