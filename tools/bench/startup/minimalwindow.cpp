// Baseline for the startup benchmark: QApplication + one shown QMainWindow,
// timed from process start to the first expose/paint exactly as
// `opconsole --measure-startup` times itself.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {
QElapsedTimer clock0;

class Probe : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose || event->type() == QEvent::Paint) {
            std::printf("startup-ms %.1f\n", double(clock0.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};
} // namespace

int main(int argc, char **argv)
{
    clock0.start();
    QApplication app(argc, argv);
    QMainWindow window;
    Probe probe;
    window.installEventFilter(&probe);
    window.resize(1400, 900);
    window.show();
    return app.exec();
}
