#pragma once

#include "security/redactor.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QFont;
class QPalette;
class QWidget;

namespace opc::ui {

/// Light or dark look. "System" keeps what the platform gives; Light and
/// Dark set Fusion with a fixed palette, so that a demo looks the same on
/// every desktop. Widgets that draw their own colours (badges, highlighted
/// bodies) follow the palette through QEvent::PaletteChange.
namespace Appearance {

enum class Scheme { System, Light, Dark };

void apply(Scheme scheme);
Scheme current();
QString name(Scheme scheme);
Scheme fromName(const QString &name);
/// True when @p palette has a dark window background.
bool isDark(const QPalette &palette);
QPalette darkPalette();

/// Zoom, for a projector or tired eyes: every text in the console a step
/// of 10 % larger or smaller than the system's size, from MinZoom to
/// MaxZoom; the fixed-width texts (bodies, raw exchanges) follow.
inline constexpr int MinZoom = -4;
inline constexpr int MaxZoom = 10;
/// Clamped to MinZoom..MaxZoom; returns the step now in force.
int setZoom(int step);
int zoom();
/// The system's fixed-width font at the current zoom.
QFont fixedFont();
/// Gives @p widget fixedFont() now and after every zoom change.
void useFixedFont(QWidget *widget);

} // namespace Appearance

/// Presentation mode, for demos to stakeholders and screen sharing: the
/// values of credential headers and every secret the session knows are
/// masked wherever the console shows text, and reveal buttons are disabled.
class Presentation : public QObject
{
    Q_OBJECT
public:
    static Presentation *instance();

    bool isOn() const { return m_on; }
    void setOn(bool on);

    /// Values to hide while presentation mode is on (API secrets, custom
    /// tokens, the API key in use). Kept in memory only.
    void setSecrets(const QList<QByteArray> &secrets);
    QList<QByteArray> secrets() const { return m_redactor.knownSecrets(); }
    /// The one masking policy, also for surfaces masked whether or not the
    /// mode is on.
    const Redactor &redactor() const { return m_redactor; }

    /// @p text with every known secret masked when the mode is on;
    /// unchanged otherwise.
    QString mask(const QString &text) const;
    /// A header's value as it may be shown now.
    QString maskHeaderValue(const QByteArray &name, const QString &value) const;

Q_SIGNALS:
    void changed(bool on);

private:
    Presentation() = default;

    bool m_on = false;
    Redactor m_redactor;
};

} // namespace opc::ui
