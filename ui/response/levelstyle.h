#pragma once

#include "errors/errorpayload.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QPalette;

namespace opc::ui {

/// How an error level looks: a shape icon plus a word, in colours chosen to
/// stay distinct in light and dark palettes and for colour-blind users (the
/// shapes differ, so colour is never the only signal).
struct LevelStyle
{
    QString text;
    QColor foreground;
    QColor background;
    QIcon icon;

    static LevelStyle forLevel(ErrorLevel level, const QPalette &palette);
};

} // namespace opc::ui
