#include "shell/tour.h"

#include "composer/requestcomposer.h"
#include "mainwindow.h"

#include <QDir>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace opc::ui {

Tour::Tour(MainWindow *window, const QString &outputDir, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_outputDir(outputDir)
{
    m_steps = {
        { QStringLiteral("01-main-window"), [] { } },
        { QStringLiteral("02-collections"), [this] { m_window->sidebar()->setCurrentIndex(1); } },
        { QStringLiteral("03-history"), [this] { m_window->sidebar()->setCurrentIndex(2); } },
    };
}

void Tour::start()
{
    QDir().mkpath(m_outputDir);
    QTimer::singleShot(300, this, [this] { runStep(0); });
}

void Tour::runStep(int index)
{
    if (index >= m_steps.size()) {
        Q_EMIT finished(m_ok);
        return;
    }
    const Step &step = m_steps.at(index);
    step.action();
    QTimer::singleShot(step.settleMs, this, [this, index] {
        if (!capture(m_steps.at(index).name)) {
            m_ok = false;
        }
        runStep(index + 1);
    });
}

bool Tour::capture(const QString &name)
{
    // On a real X server (Xvfb) grab what the server shows, as a user sees
    // it; on the offscreen platform only the widget's own rendering exists.
    QPixmap pixmap;
    QScreen *screen = m_window->screen();
    if (screen && QGuiApplication::platformName() != QLatin1String("offscreen")) {
        pixmap = screen->grabWindow(m_window->winId());
    }
    if (pixmap.isNull()) {
        pixmap = m_window->grab();
    }
    const QString path = QDir(m_outputDir).filePath(name + QStringLiteral(".png"));
    if (!pixmap.save(path)) {
        std::fprintf(stderr, "tour: cannot save %s\n", qPrintable(path));
        return false;
    }
    m_saved.append(path);
    std::fprintf(stdout, "tour: saved %s\n", qPrintable(path));
    std::fflush(stdout);
    return true;
}

} // namespace opc::ui
