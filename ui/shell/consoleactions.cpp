#include "shell/consoleactions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QMetaEnum>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace opc::ui {

ConsoleActions::ConsoleActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    using K = QKeySequence;
    make(Command::NewRequest, tr("&New request"), K::keyBindings(K::New), u"document-new"_s,
         tr("Open an empty request in a new tab"));
    make(Command::Save, tr("&Save request"), K::keyBindings(K::Save), u"document-save"_s,
         tr("Save the request of this tab to its collection"));
    make(Command::CloseTab, tr("&Close tab"), K::keyBindings(K::Close), u"tab-close"_s, tr("Close this request tab"));
    make(Command::NextTab, tr("Ne&xt tab"), QList<K> { K(Qt::CTRL | Qt::Key_Tab) } + K::keyBindings(K::NextChild), u"go-next"_s,
         tr("Show the next request tab"));
    make(Command::PreviousTab, tr("Pre&vious tab"), QList<K> { K(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab) } + K::keyBindings(K::PreviousChild),
         u"go-previous"_s, tr("Show the previous request tab"));
    make(Command::FocusUrl, tr("Go to the &address"), { K(Qt::CTRL | Qt::Key_L) }, u"edit-select-text"_s,
         tr("Put the cursor in the request's URL"));
    make(Command::Send, tr("S&end"), { K(Qt::CTRL | Qt::Key_Return), K(Qt::CTRL | Qt::Key_Enter) }, u"mail-send"_s,
         tr("Send the request of this tab"));
    make(Command::Cancel, tr("&Cancel the request"), { K(Qt::Key_Escape) }, u"process-stop"_s,
         tr("Stop the request on its way"));
    make(Command::Duplicate, tr("&Duplicate request"), { K(Qt::CTRL | Qt::SHIFT | Qt::Key_D) }, u"edit-copy"_s,
         tr("Open a copy of this request in a new, unsaved tab"));
    make(Command::Consents, tr("PSD2 &consents…"), { K(Qt::CTRL | Qt::SHIFT | Qt::Key_K) }, u"security-high"_s,
         tr("The application's PSD2 consents, and a new one step by step"));
    make(Command::CommandPalette, tr("&Find a command…"), { K(Qt::CTRL | Qt::SHIFT | Qt::Key_P) },
         u"search"_s, tr("Every command by name, with its shortcut"));
    make(Command::ZoomIn, tr("Zoom &in"), QList<K> { K(Qt::CTRL | Qt::Key_Equal) } + K::keyBindings(K::ZoomIn),
         u"zoom-in"_s, tr("Every text a step larger"));
    make(Command::ZoomOut, tr("Zoom &out"), K::keyBindings(K::ZoomOut), u"zoom-out"_s, tr("Every text a step smaller"));
    make(Command::ZoomReset, tr("&Actual size"), { K(Qt::CTRL | Qt::Key_0) }, u"zoom-original"_s,
         tr("Text at the system's size"));
    make(Command::KeyboardShortcuts, tr("&Keyboard shortcuts"), { K(Qt::CTRL | Qt::Key_Slash) },
         u"configure-shortcuts"_s, tr("List every command with its shortcut"));
    make(Command::About, tr("&About OP Developer Console"), {}, u"help-about"_s,
         tr("Versions of the console and of the libraries it runs on"));
    action(Command::About)->setMenuRole(QAction::AboutRole);
    action(Command::Cancel)->setEnabled(false);
}

QList<QAction *> ConsoleActions::actions() const
{
    QList<QAction *> out;
    const QMetaEnum commands = QMetaEnum::fromType<Command>();
    for (int i = 0; i < commands.keyCount(); ++i) {
        out.append(m_actions.value(Command(commands.value(i))));
    }
    return out;
}

QString ConsoleActions::plainText(const QString &menuText)
{
    QString text = menuText;
    text.replace(u"&&"_s, QString(QChar(0x1)));
    text.remove(u'&');
    text.replace(QChar(0x1), u'&');
    if (text.endsWith(QChar(0x2026))) {
        text.chop(1);
    }
    return text;
}

QAction *ConsoleActions::make(Command command, const QString &text, const QList<QKeySequence> &shortcuts,
                              const QString &icon, const QString &tip)
{
    auto *a = new QAction(QIcon::fromTheme(icon), text, m_window);
    const QString key = QString::fromLatin1(QMetaEnum::fromType<Command>().valueToKey(int(command)));
    a->setObjectName(key.left(1).toLower() + key.mid(1) + u"Action"_s);
    // The platform's standard bindings may repeat the one given first; a key
    // listed twice for one action would be ambiguous and never fire.
    QList<QKeySequence> keys;
    for (const QKeySequence &k : shortcuts) {
        if (!k.isEmpty() && !keys.contains(k)) {
            keys.append(k);
        }
    }
    a->setShortcuts(keys);
    a->setToolTip(tip);
    a->setStatusTip(tip);
    // In a menu or not, the shortcut works anywhere in the window.
    a->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(a);
    m_actions.insert(command, a);
    return a;
}

} // namespace opc::ui
