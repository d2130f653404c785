#include "shell/appearance.h"

#include "net/secretmasker.h"

#include <QApplication>
#include <QFontDatabase>
#include <QWidget>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace opc::ui {

namespace Appearance {

namespace {
Scheme g_current = Scheme::System;
QString g_systemStyle;
bool g_systemPaletteKept = false;
QPalette &systemPalette()
{
    static QPalette palette;
    return palette;
}

int g_zoom = 0;
constexpr const char *kFixedFontProperty = "opcFixedFont";

/// The application font before any zoom, taken the first time it is needed.
const QFont &baseFont()
{
    static const QFont font = QApplication::font();
    return font;
}

QFont scaled(QFont font, const QFont &base)
{
    const qreal size = base.pointSizeF() > 0 ? base.pointSizeF() : 10.0;
    font.setPointSizeF(size * (1.0 + 0.1 * g_zoom));
    return font;
}
} // namespace

int setZoom(int step)
{
    const QFont &base = baseFont();
    g_zoom = qBound(MinZoom, step, MaxZoom);
    QApplication::setFont(scaled(base, base));
    // Widgets with a font of their own do not follow the application's.
    const QFont fixed = fixedFont();
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (widget->property(kFixedFontProperty).toBool()) {
            widget->setFont(fixed);
        }
    }
    return g_zoom;
}

int zoom()
{
    return g_zoom;
}

QFont fixedFont()
{
    const QFont system = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return scaled(system, system);
}

void useFixedFont(QWidget *widget)
{
    widget->setProperty(kFixedFontProperty, true);
    widget->setFont(fixedFont());
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Midlight, QColor(0x34, 0x37, 0x3b));
    p.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText }) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}

void apply(Scheme scheme)
{
    if (!g_systemPaletteKept) {
        systemPalette() = QApplication::palette();
        g_systemStyle = QApplication::style() ? QApplication::style()->name() : QString();
        g_systemPaletteKept = true;
    }
    g_current = scheme;
    switch (scheme) {
    case Scheme::System:
        if (!g_systemStyle.isEmpty()) {
            QApplication::setStyle(QStyleFactory::create(g_systemStyle));
        }
        QApplication::setPalette(systemPalette());
        break;
    case Scheme::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Scheme::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        break;
    }
}

Scheme current()
{
    return g_current;
}

QString name(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return u"light"_s;
    case Scheme::Dark:
        return u"dark"_s;
    case Scheme::System:
        break;
    }
    return u"system"_s;
}

Scheme fromName(const QString &name)
{
    if (name == "light"_L1) {
        return Scheme::Light;
    }
    if (name == "dark"_L1) {
        return Scheme::Dark;
    }
    return Scheme::System;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace Appearance

Presentation *Presentation::instance()
{
    static Presentation *presentation = new Presentation;
    return presentation;
}

void Presentation::setOn(bool on)
{
    if (m_on == on) {
        return;
    }
    m_on = on;
    Q_EMIT changed(on);
}

void Presentation::setSecrets(const QList<QByteArray> &secrets)
{
    m_redactor.setKnownSecrets(secrets);
}

QString Presentation::mask(const QString &text) const
{
    return m_on ? m_redactor.redactText(text) : text;
}

QString Presentation::maskHeaderValue(const QByteArray &name, const QString &value) const
{
    if (!m_on) {
        return value;
    }
    return QString::fromUtf8(m_redactor.redactHeaderValue(name, value.toUtf8(), true));
}

} // namespace opc::ui
