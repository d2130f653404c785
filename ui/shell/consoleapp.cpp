#include "shell/consoleapp.h"

#include "settings/settings.h"
#include "shell/uilanguage.h"
#include "widgets/retranslate.h"
#include "mainwindow.h"
#include "shell/tour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace opc::ui {

namespace {
QElapsedTimer &processClock()
{
    static QElapsedTimer clock;
    return clock;
}

/// Reports the time from process start to the first frame the window
/// system was asked to show, then quits.
class FirstShowProbe : public QObject
{
public:
    explicit FirstShowProbe(QWidget *window) : QObject(window) { window->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose || event->type() == QEvent::Paint) {
            std::printf("startup-ms %.1f\n", double(processClock().nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};
} // namespace

int runConsole(int argc, char **argv)
{
    processClock().start();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("opconsole"));
    QCoreApplication::setOrganizationName(QStringLiteral("OP Developer Console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPC_VERSION));
    QGuiApplication::setApplicationDisplayName(QObject::tr("OP Developer Console"));
    // The desktop entry's name: Wayland's app id and the icon the window
    // list shows come from it.
    QGuiApplication::setDesktopFileName(QStringLiteral("fi.op.developer.console"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/opc/icons/fi.op.developer.console.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("A native console for OP's developer sandbox APIs, with an embedded "
                    "simulator of the sandbox."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QObject::tr("Start, show the main window, exit 0."));
    const QCommandLineOption measureStartup(
        QStringLiteral("measure-startup"),
        QObject::tr("Print the milliseconds from start to the first shown window, then exit."));
    const QCommandLineOption tour(QStringLiteral("tour"),
                                  QObject::tr("Run the scripted tour and save a PNG of each "
                                              "screen into <dir>."),
                                  QObject::tr("dir"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QObject::tr("Use the user interface language <code> (en, fi, sv); "
                                                  "default: the system's."),
                                      QObject::tr("code"));
    const QCommandLineOption openUrl(QStringLiteral("open-url"),
                                     QObject::tr("Open <url> (a path such as /accounts/v3/accounts, or a "
                                                 "full URL) in a new request tab."),
                                     QObject::tr("url"));
    parser.addOptions({ selfTest, measureStartup, tour, language, openUrl });
    parser.process(app);

    // The language: --language, else the one chosen in Preferences, else
    // the system's. Qt's own catalogue (file dialogs, context menus) and the
    // console's, which also answers for Qt's standard buttons
    // (qtstrings.cpp); Preferences swaps them while the console runs.
    const QString chosen = parser.isSet(language) ? parser.value(language)
                                                  : Settings(Settings::defaultDataDir()).language();
    UiLanguage::instance()->apply(chosen);
    retranslate(qApp, [] { QGuiApplication::setApplicationDisplayName(QObject::tr("OP Developer Console")); });

    MainWindow window;
    if (parser.isSet(measureStartup)) {
        // The window alone: the simulator starts after the first frame.
        new FirstShowProbe(&window);
        window.show();
        return app.exec();
    }
    window.show();
    for (const QString &url : parser.values(openUrl)) {
        RequestSpec spec;
        spec.url = url;
        window.openNewRequest(spec);
    }

    if (parser.isSet(selfTest)) {
        QObject::connect(&window, &MainWindow::sessionStarted, &app, [&window](bool ok) {
            ok = ok && window.isVisible() && window.centralWidget();
            std::printf("self-test: %s\n", ok ? "ok" : "FAILED");
            std::fflush(stdout);
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }

    if (parser.isSet(tour)) {
        auto *scripted = new Tour(&window, parser.value(tour), &window);
        QObject::connect(scripted, &Tour::finished, &app,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        QObject::connect(&window, &MainWindow::sessionStarted, scripted, [scripted](bool ok) {
            if (ok) {
                QTimer::singleShot(300, scripted, &Tour::start);
            } else {
                QCoreApplication::exit(1);
            }
        });
    }
    QTimer::singleShot(0, &window, &MainWindow::startSession);
    return app.exec();
}

} // namespace opc::ui
