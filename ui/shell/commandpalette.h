#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace opc::ui {

/// Ctrl+Shift+P: every enabled command of the window by name, with its
/// menu and shortcut, narrowed as you type (all the words, in any order);
/// Enter runs the chosen one.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    explicit CommandPalette(QWidget *window);

    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    /// The commands shown now, in order.
    QList<QAction *> shown() const;

    /// The window's actions a palette offers: enabled, with text, no
    /// separators or submenus, each once, with the menu path they are in.
    static QList<QPair<QAction *, QString>> commandsOf(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void run(QListWidgetItem *item);

    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace opc::ui
