#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace opc::ui {

/// The window's commands as actions, each with its text, standard shortcut
/// and theme icon, made once: the menus, the shortcut list and the tests
/// all see the same set. The window connects them to what they do.
class ConsoleActions : public QObject
{
    Q_OBJECT
public:
    enum class Command {
        NewRequest,
        Save,
        CloseTab,
        NextTab,
        PreviousTab,
        FocusUrl,
        Send,
        Cancel,
        Duplicate,
        Consents,
        Find,
        CommandPalette,
        ZoomIn,
        ZoomOut,
        ZoomReset,
        KeyboardShortcuts,
        Preferences,
        About,
    };
    Q_ENUM(Command)

    /// The actions are added to @p window, so their shortcuts work wherever
    /// the focus is in it, in a menu or not.
    explicit ConsoleActions(QWidget *window);

    QAction *action(Command command) const { return m_actions.value(command); }
    /// In the order of Command.
    QList<QAction *> actions() const;

    /// An action's text as a list shows it: "&Save request…" -> "Save
    /// request" ("&&" stays one ampersand; the trailing ellipsis goes).
    static QString plainText(const QString &menuText);

private:
    /// @p text and @p tip are source strings (QT_TR_NOOP): the action says
    /// them again in a new language.
    QAction *make(Command command, const char *text, const QList<QKeySequence> &shortcuts,
                  const QString &icon, const char *tip);

    QWidget *m_window;
    QHash<Command, QAction *> m_actions;
};

} // namespace opc::ui
