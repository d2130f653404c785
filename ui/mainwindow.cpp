#include "mainwindow.h"

#include "composer/requestcomposer.h"
#include "response/responseviewer.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace opc::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("OP Developer Console"));
    setObjectName(QStringLiteral("MainWindow"));

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    buildSidebar();

    m_workSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_workSplitter->setObjectName(QStringLiteral("workSplitter"));
    m_composer = new RequestComposer(m_workSplitter);
    m_viewer = new ResponseViewer(m_workSplitter);
    m_workSplitter->setStretchFactor(1, 2);
    m_mainSplitter->addWidget(m_sidebar);
    m_mainSplitter->addWidget(m_workSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({ 280, 1000 });
    setCentralWidget(m_mainSplitter);

    buildStatusBar();
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildSidebar()
{
    m_sidebar = new QTabWidget(m_mainSplitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setDocumentMode(true);
    m_sidebar->addTab(new QListWidget, tr("Applications"));
    m_sidebar->addTab(new QListWidget, tr("Collections"));
    m_sidebar->addTab(new QListWidget, tr("History"));
}

void MainWindow::buildStatusBar()
{
    m_environmentLabel = new QLabel(tr("Environment: local simulator"), this);
    m_applicationLabel = new QLabel(tr("Application: none"), this);
    m_quotaLabel = new QLabel(tr("Quota: unknown"), this);
    m_quotaLabel->setObjectName(QStringLiteral("quotaLabel"));
    statusBar()->addWidget(m_environmentLabel);
    statusBar()->addWidget(m_applicationLabel);
    statusBar()->addPermanentWidget(m_quotaLabel);
}

} // namespace opc::ui
