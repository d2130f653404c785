#include "shell/consoleactions.h"

#include "widgets/retranslate.h"

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
    make(Command::NewRequest, QT_TR_NOOP("&New request"), K::keyBindings(K::New), u"document-new"_s,
         QT_TR_NOOP("Open an empty request in a new tab"));
    make(Command::Save, QT_TR_NOOP("&Save request"), K::keyBindings(K::Save), u"document-save"_s,
         QT_TR_NOOP("Save the request of this tab to its collection"));
    make(Command::CloseTab, QT_TR_NOOP("&Close tab"), K::keyBindings(K::Close), u"tab-close"_s, QT_TR_NOOP("Close this request tab"));
    make(Command::NextTab, QT_TR_NOOP("Ne&xt tab"), QList<K> { K(Qt::CTRL | Qt::Key_Tab) } + K::keyBindings(K::NextChild), u"go-next"_s,
         QT_TR_NOOP("Show the next request tab"));
    make(Command::PreviousTab, QT_TR_NOOP("Pre&vious tab"), QList<K> { K(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab) } + K::keyBindings(K::PreviousChild),
         u"go-previous"_s, QT_TR_NOOP("Show the previous request tab"));
    make(Command::FocusUrl, QT_TR_NOOP("Go to the &address"), { K(Qt::CTRL | Qt::Key_L) }, u"edit-select-text"_s,
         QT_TR_NOOP("Put the cursor in the request's URL"));
    make(Command::Send, QT_TR_NOOP("S&end"), { K(Qt::CTRL | Qt::Key_Return), K(Qt::CTRL | Qt::Key_Enter) }, u"mail-send"_s,
         QT_TR_NOOP("Send the request of this tab"));
    make(Command::Cancel, QT_TR_NOOP("&Cancel the request"), { K(Qt::Key_Escape) }, u"process-stop"_s,
         QT_TR_NOOP("Stop the request on its way"));
    make(Command::Duplicate, QT_TR_NOOP("&Duplicate request"), { K(Qt::CTRL | Qt::SHIFT | Qt::Key_D) }, u"edit-copy"_s,
         QT_TR_NOOP("Open a copy of this request in a new, unsaved tab"));
    make(Command::Consents, QT_TR_NOOP("PSD2 &consents…"), { K(Qt::CTRL | Qt::SHIFT | Qt::Key_K) }, u"security-high"_s,
         QT_TR_NOOP("The application's PSD2 consents, and a new one step by step"));
    make(Command::Find, QT_TR_NOOP("&Find in the response…"), K::keyBindings(K::Find), u"edit-find"_s,
         QT_TR_NOOP("Search the response body shown (F3 and Shift+F3 for the next and previous match)"));
    make(Command::CommandPalette, QT_TR_NOOP("&Find a command…"), { K(Qt::CTRL | Qt::SHIFT | Qt::Key_P) },
         u"search"_s, QT_TR_NOOP("Every command by name, with its shortcut"));
    make(Command::ZoomIn, QT_TR_NOOP("Zoom &in"), QList<K> { K(Qt::CTRL | Qt::Key_Equal) } + K::keyBindings(K::ZoomIn),
         u"zoom-in"_s, QT_TR_NOOP("Every text a step larger"));
    make(Command::ZoomOut, QT_TR_NOOP("Zoom &out"), K::keyBindings(K::ZoomOut), u"zoom-out"_s, QT_TR_NOOP("Every text a step smaller"));
    make(Command::ZoomReset, QT_TR_NOOP("&Actual size"), { K(Qt::CTRL | Qt::Key_0) }, u"zoom-original"_s,
         QT_TR_NOOP("Text at the system's size"));
    make(Command::KeyboardShortcuts, QT_TR_NOOP("&Keyboard shortcuts"), { K(Qt::CTRL | Qt::Key_Slash) },
         u"configure-shortcuts"_s, QT_TR_NOOP("List every command with its shortcut"));
    make(Command::Preferences, QT_TR_NOOP("&Preferences…"), K::keyBindings(K::Preferences) + QList<K> { K(Qt::CTRL | Qt::Key_Comma) },
         u"preferences-system"_s, QT_TR_NOOP("Language, colour scheme and text size"));
    make(Command::About, QT_TR_NOOP("&About OP Developer Console"), {}, u"help-about"_s,
         QT_TR_NOOP("Versions of the console and of the libraries it runs on"));
    action(Command::About)->setMenuRole(QAction::AboutRole);
    action(Command::Preferences)->setMenuRole(QAction::PreferencesRole);
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

QAction *ConsoleActions::make(Command command, const char *text, const QList<QKeySequence> &shortcuts,
                              const QString &icon, const char *tip)
{
    auto *a = new QAction(QIcon::fromTheme(icon), QString(), m_window);
    retranslate(a, [a, text, tip] {
        a->setText(tr(text));
        a->setToolTip(tr(tip));
        a->setStatusTip(tr(tip));
    });
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
    // In a menu or not, the shortcut works anywhere in the window.
    a->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(a);
    m_actions.insert(command, a);
    return a;
}

} // namespace opc::ui
