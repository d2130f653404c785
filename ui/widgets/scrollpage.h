#pragma once

class QScrollArea;
class QTabWidget;
class QWidget;

namespace opc::ui {

/// Wraps a tab page in a frameless scroll area that resizes it, so that a
/// short window scrolls the page instead of growing past the screen: the
/// page's own minimum no longer adds to the window's.
QScrollArea *scrollPage(QWidget *page);

/// Makes @p page current in @p tabs, whether it was added as it is or
/// wrapped by scrollPage().
void showTabPage(QTabWidget *tabs, QWidget *page);

} // namespace opc::ui
