#include "widgets/scrollpage.h"

#include <QScrollArea>
#include <QTabWidget>

namespace opc::ui {

QScrollArea *scrollPage(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(page);
    return area;
}

void showTabPage(QTabWidget *tabs, QWidget *page)
{
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget *tab = tabs->widget(i);
        const auto *area = qobject_cast<QScrollArea *>(tab);
        if (tab == page || (area && area->widget() == page)) {
            tabs->setCurrentIndex(i);
            return;
        }
    }
}

} // namespace opc::ui
