#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QLineEdit;
class QTableWidget;
class QWidget;

namespace opc::ui {

/// Help > About: the console's version and those of the libraries it runs
/// on (Qt at run time, the TLS library, KSyntaxHighlighting), as rich text.
QString aboutText();
void showAbout(QWidget *parent);

/// Help > Keyboard shortcuts: every action of the window that has a
/// shortcut, with all its shortcuts, filtered as you type.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }

    /// The actions of @p window with a shortcut, by their menu text.
    static QList<QAction *> actionsWithShortcuts(const QWidget *window);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTableWidget *m_table;
};

} // namespace opc::ui
