#include "response/levelstyle.h"

#include "response/syntaxrepository.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace opc::ui {

namespace {
QIcon shapeIcon(ErrorLevel level, const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    QPainterPath path;
    switch (level) {
    case ErrorLevel::Fatal: // octagon, like a stop sign
        path.addPolygon(QPolygonF({ { 10, 2 }, { 22, 2 }, { 30, 10 }, { 30, 22 }, { 22, 30 },
                                    { 10, 30 }, { 2, 22 }, { 2, 10 }, { 10, 2 } }));
        break;
    case ErrorLevel::Error: // circle
        path.addEllipse(QRectF(2, 2, 28, 28));
        break;
    case ErrorLevel::Warn: // triangle
        path.addPolygon(QPolygonF({ { 16, 2 }, { 30, 29 }, { 2, 29 }, { 16, 2 } }));
        break;
    case ErrorLevel::Unknown:
        path.addRect(QRectF(4, 4, 24, 24));
        break;
    }
    p.drawPath(path);
    p.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap));
    if (level == ErrorLevel::Fatal || level == ErrorLevel::Error) {
        p.drawLine(QPointF(11, 11), QPointF(21, 21));
        p.drawLine(QPointF(21, 11), QPointF(11, 21));
    } else {
        p.drawLine(QPointF(16, 11), QPointF(16, 19));
        p.drawPoint(QPointF(16, 25));
    }
    return QIcon(pixmap);
}
} // namespace

LevelStyle LevelStyle::forLevel(ErrorLevel level, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    LevelStyle style;
    style.text = errorLevelName(level);
    // Okabe-Ito-derived hues: vermillion, orange-red and amber are told apart
    // by lightness as well as hue.
    switch (level) {
    case ErrorLevel::Fatal:
        style.foreground = dark ? QColor(0xff, 0x9e, 0x9e) : QColor(0x8b, 0x00, 0x00);
        style.background = dark ? QColor(0x5c, 0x10, 0x10) : QColor(0xff, 0xd7, 0xd7);
        break;
    case ErrorLevel::Error:
        style.foreground = dark ? QColor(0xff, 0xb8, 0x6c) : QColor(0xb3, 0x3c, 0x00);
        style.background = dark ? QColor(0x4a, 0x26, 0x08) : QColor(0xff, 0xe6, 0xcc);
        break;
    case ErrorLevel::Warn:
        style.foreground = dark ? QColor(0xf5, 0xd7, 0x6e) : QColor(0x6b, 0x55, 0x00);
        style.background = dark ? QColor(0x3d, 0x35, 0x05) : QColor(0xff, 0xf4, 0xc2);
        break;
    case ErrorLevel::Unknown:
        style.foreground = palette.color(QPalette::Text);
        style.background = palette.color(QPalette::AlternateBase);
        break;
    }
    style.icon = shapeIcon(level, dark ? style.foreground : style.foreground);
    return style;
}

} // namespace opc::ui
