#include "shell/commandpalette.h"

#include "shell/consoleactions.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMainWindow>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc::ui {

namespace {

QString plain(const QString &text)
{
    return ConsoleActions::plainText(text);
}

void walk(QMenu *menu, const QString &path, QList<QPair<QAction *, QString>> &out)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator()) {
            continue;
        }
        if (a->menu()) {
            walk(a->menu(), path + u" › "_s + plain(a->text()), out);
        } else {
            out.append({ a, path });
        }
    }
}

constexpr int ActionRole = Qt::UserRole + 1;

} // namespace

CommandPalette::CommandPalette(QWidget *window)
    : QDialog(window)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"commandPalette"_s);
    setWindowTitle(tr("Commands"));
    m_filter->setObjectName(u"commandFilter"_s);
    m_filter->setPlaceholderText(tr("Type a command"));
    m_filter->installEventFilter(this);
    m_list->setObjectName(u"commandList"_s);
    m_list->setUniformItemSizes(true);
    for (const auto &[action, menu] : commandsOf(window)) {
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts()) {
            keys << k.toString(QKeySequence::NativeText);
        }
        QString label = plain(action->text());
        if (!menu.isEmpty()) {
            label = menu + u" › "_s + label;
        }
        if (!keys.isEmpty()) {
            label += u"    "_s + keys.first();
        }
        auto *item = new QListWidgetItem(action->icon(), label, m_list);
        item->setData(ActionRole, QVariant::fromValue(static_cast<QObject *>(action)));
        item->setToolTip(action->toolTip());
    }
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::run);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(qMax(480, window ? window->width() / 2 : 480), 360);
    applyFilter({});
}

QList<QPair<QAction *, QString>> CommandPalette::commandsOf(QWidget *window)
{
    QList<QPair<QAction *, QString>> out;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *top : main->menuBar()->actions()) {
            if (top->menu()) {
                walk(top->menu(), plain(top->text()), out);
            }
        }
    }
    // Commands outside the menus (the toolbar's pages, for one).
    for (QAction *a : window->findChildren<QAction *>()) {
        const bool listed = std::any_of(out.cbegin(), out.cend(), [a](const auto &p) { return p.first == a; });
        if (!listed && !a->isSeparator() && !a->menu() && !a->text().isEmpty() && !a->associatedObjects().isEmpty()) {
            out.append({ a, QString() });
        }
    }
    QList<QPair<QAction *, QString>> usable;
    for (const auto &p : std::as_const(out)) {
        if (p.first->isEnabled() && p.first->isVisible()) {
            usable.append(p);
        }
    }
    return usable;
}

QList<QAction *> CommandPalette::shown() const
{
    QList<QAction *> out;
    for (int row = 0; row < m_list->count(); ++row) {
        if (!m_list->item(row)->isHidden()) {
            out.append(qobject_cast<QAction *>(m_list->item(row)->data(ActionRole).value<QObject *>()));
        }
    }
    return out;
}

void CommandPalette::applyFilter(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool match = std::all_of(words.cbegin(), words.cend(),
                                       [item](const QString &w) { return item->text().contains(w, Qt::CaseInsensitive); });
        item->setHidden(!match);
        if (match && !first) {
            first = item;
        }
    }
    m_list->setCurrentItem(first);
}

void CommandPalette::run(QListWidgetItem *item)
{
    if (!item) {
        return;
    }
    QPointer<QAction> action = qobject_cast<QAction *>(item->data(ActionRole).value<QObject *>());
    accept();
    // After the palette is gone, so a command that opens a dialog of its
    // own is not stacked on it.
    QTimer::singleShot(0, action, [action] {
        if (action && action->isEnabled()) {
            action->trigger();
        }
    });
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            // The list moves while the typing stays in the filter.
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            run(m_list->currentItem());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace opc::ui
