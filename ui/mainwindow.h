#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;
class QTabWidget;

namespace opc::ui {

class RequestComposer;
class ResponseViewer;

/// The console's single main window: sidebar (applications, collections,
/// history), request composer above the response viewer, and a status bar
/// with the environment, the active application and its quota.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *sidebar() const { return m_sidebar; }
    RequestComposer *composer() const { return m_composer; }
    ResponseViewer *viewer() const { return m_viewer; }

private:
    void buildSidebar();
    void buildStatusBar();

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_workSplitter = nullptr;
    QTabWidget *m_sidebar = nullptr;
    RequestComposer *m_composer = nullptr;
    ResponseViewer *m_viewer = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLabel *m_applicationLabel = nullptr;
    QLabel *m_quotaLabel = nullptr;
};

} // namespace opc::ui
