// The window's commands as a desktop user reaches them: every command in a
// menu, the standard shortcuts doing what they say on the real window
// (offscreen, keys sent through Qt's shortcut map), no shortcut claimed
// twice, Help > Keyboard shortcuts and Help > About.
#include "bodyview/bodyview.h"
#include "composer/requestcomposer.h"
#include "consent/consentsdialog.h"
#include "response/responseviewer.h"
#include "settings/settings.h"
#include "shell/appearance.h"
#include "apps/applicationstore.h"
#include "composer/requesttabs.h"
#include "model/application.h"
#include "session/consolesession.h"
#include "shell/environmentswitcher.h"
#include "mainwindow.h"
#include "shell/commandpalette.h"
#include "shell/consoleactions.h"
#include "shell/helpdialogs.h"

#include "messageboxanswer.h"

#include <ksyntaxhighlighting_version.h>

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace opc;
using namespace opc::ui;
using namespace Qt::StringLiterals;

namespace {

RequestSpec spec(const QString &method, const QString &url)
{
    RequestSpec s;
    s.method = method;
    s.url = url;
    return s;
}

} // namespace

class TestWindowCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyCommandIsInAMenu();
    void noWindowShortcutIsClaimedTwice();
    void newRequestFocusesTheUrlAndCloseTabClosesIt();
    void ctrlLFocusesTheUrlAndCtrlTabMovesBetweenTabs();
    void duplicateOpensAnUnsavedCopy();
    void escapeCancelsOnlyWhileSending();
    void shortcutsDialogListsTheCommands();
    void aboutNamesTheLibraryVersions();
    void commandPaletteFindsAndRunsACommand();
    void environmentSwitcherChoosesWhereTheNextSendGoes();
    void zoomMakesEveryTextLargerAndIsKept();
    void findSearchesTheResponseFromAnywhere();

private:
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier);
    QLineEdit *urlEdit() const { return m_window->composer()->findChild<QLineEdit *>(u"urlEdit"_s); }
    QAction *command(const char *objectName) const { return m_window->findChild<QAction *>(QLatin1StringView(objectName)); }

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowCommands::initTestCase()
{
    qputenv("OPC_VAULT_PASSPHRASE", "window-commands-test");
}

void TestWindowCommands::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    m_window = std::make_unique<MainWindow>(m_data->path());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestWindowCommands::cleanup()
{
    if (m_window) {
        MessageBoxAnswer discard(QMessageBox::DestructiveRole);
        m_window->close();
        m_window.reset();
    }
    m_data.reset();
}

void TestWindowCommands::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestWindowCommands::everyCommandIsInAMenu()
{
    QList<QAction *> inMenus;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (QMenu *menu = top->menu()) {
            inMenus += menu->actions();
        }
    }
    const QStringList menus = [this] {
        QStringList out;
        for (QAction *top : m_window->menuBar()->actions()) {
            out << top->text().remove(u'&');
        }
        return out;
    }();
    for (const QString &name : { u"File"_s, u"Request"_s, u"View"_s, u"Help"_s }) {
        QVERIFY2(menus.contains(name), qPrintable(menus.join(u", "_s)));
    }
    // The collections pane's commands are in the menus too.
    for (const char *name : { "newCollectionAction", "importCollectionAction", "exportCollectionAction",
                              "runCollectionAction" }) {
        QVERIFY2(command(name) && inMenus.contains(command(name)), name);
    }
    const QMetaEnum commands = QMetaEnum::fromType<ConsoleActions::Command>();
    QCOMPARE(ShortcutsDialog::actionsWithShortcuts(m_window.get()).isEmpty(), false);
    for (int i = 0; i < commands.keyCount(); ++i) {
        const QString key = QString::fromLatin1(commands.key(i));
        QAction *a = command(qPrintable(key.left(1).toLower() + key.mid(1) + u"Action"_s));
        QVERIFY2(a, qPrintable(key));
        QVERIFY2(inMenus.contains(a), qPrintable(key + u" is in no menu"_s));
    }
}

void TestWindowCommands::noWindowShortcutIsClaimedTwice()
{
    // Two window-wide shortcuts on one key cancel each other out in Qt:
    // neither fires. Every such key has one owner.
    QHash<QKeySequence, QString> owners;
    const auto claim = [&owners](const QKeySequence &key, const QString &who) {
        QVERIFY2(!owners.contains(key),
                 qPrintable(key.toString() + u": "_s + owners.value(key) + u" and "_s + who));
        owners.insert(key, who);
    };
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->shortcutContext() == Qt::WindowShortcut || a->shortcutContext() == Qt::ApplicationShortcut) {
            for (const QKeySequence &k : a->shortcuts()) {
                claim(k, a->text());
            }
        }
    }
    for (QShortcut *s : m_window->findChildren<QShortcut *>()) {
        if (s->context() == Qt::WindowShortcut || s->context() == Qt::ApplicationShortcut) {
            for (const QKeySequence &k : s->keys()) {
                claim(k, s->objectName());
            }
        }
    }
    QVERIFY(owners.contains(QKeySequence(Qt::CTRL | Qt::Key_Return)));
    QVERIFY(owners.contains(QKeySequence(QKeySequence::New)));
}

void TestWindowCommands::newRequestFocusesTheUrlAndCloseTabClosesIt()
{
    QTabBar *bar = m_window->composer()->requestTabs();
    const int before = bar->count();
    press(Qt::Key_N);
    QCOMPARE(bar->count(), before + 1);
    QCOMPARE(bar->currentIndex(), bar->count() - 1);
    QCOMPARE(QApplication::focusWidget(), urlEdit());
    // Typed text goes into the new request's URL.
    QTest::keyClicks(QApplication::focusWidget(), u"/accounts/v3/accounts"_s);
    QCOMPARE(m_window->requestTabs()->currentSpec().url, u"/accounts/v3/accounts"_s);

    // Ctrl+W on an edited tab asks first; discarding closes it.
    {
        MessageBoxAnswer discard(QMessageBox::DestructiveRole);
        press(Qt::Key_W);
    }
    QCOMPARE(bar->count(), before);
}

void TestWindowCommands::ctrlLFocusesTheUrlAndCtrlTabMovesBetweenTabs()
{
    RequestTabs *tabs = m_window->requestTabs();
    m_window->openRequest(spec(u"GET"_s, u"/first"_s), {}, {}, u"first"_s);
    m_window->openRequest(spec(u"GET"_s, u"/second"_s), {}, {}, u"second"_s);
    const QStringList keys = tabs->keys();
    QVERIFY(keys.size() >= 2);
    m_window->setFocus();
    QVERIFY(QApplication::focusWidget() != urlEdit());
    press(Qt::Key_L);
    QCOMPARE(QApplication::focusWidget(), urlEdit());
    QCOMPARE(urlEdit()->selectedText(), urlEdit()->text());

    const QString shown = tabs->currentKey();
    press(Qt::Key_Tab);
    QCOMPARE(tabs->currentKey(), keys.value((keys.indexOf(shown) + 1) % keys.size()));
    press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentKey(), shown);
    // Round from the first to the last.
    tabs->show(keys.first());
    press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentKey(), keys.last());
}

void TestWindowCommands::duplicateOpensAnUnsavedCopy()
{
    RequestSpec payment = spec(u"POST"_s, u"/v1/payments/initiate"_s);
    payment.body = R"({"amount":5})";
    m_window->openRequest(payment, {}, {}, u"Initiate"_s);
    const int before = m_window->requestTabs()->count();
    press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->requestTabs()->count(), before + 1);
    const RequestTabs::Document *copy = m_window->requestTabs()->current();
    QVERIFY(copy);
    QCOMPARE(copy->spec.method, u"POST"_s);
    QCOMPARE(copy->spec.url, payment.url);
    QCOMPARE(copy->spec.body, payment.body);
    QVERIFY(copy->collectionId.isEmpty());
    QVERIFY(copy->dirty);
    QCOMPARE(copy->title, u"Copy of Initiate"_s);
}

void TestWindowCommands::escapeCancelsOnlyWhileSending()
{
    QAction *cancel = command("cancelAction");
    QVERIFY(cancel);
    QVERIFY(!cancel->isEnabled()); // nothing on its way: Esc belongs to whoever has the focus
    QSignalSpy started(m_window.get(), &MainWindow::sessionStarted);
    m_window->startSession();
    QVERIFY(!started.isEmpty() && started.first().first().toBool());

    // A body the simulator drips at 10 bytes a second: Esc stops it.
    m_window->openRequest(spec(u"GET"_s, u"/__test/slow?n=100000&bps=10"_s), {}, {}, u"Slow"_s);
    QSignalSpy shown(m_window.get(), &MainWindow::exchangeShown);
    m_window->sendCurrent();
    QVERIFY(cancel->isEnabled());
    QVERIFY(shown.isEmpty());
    m_window->setFocus();
    press(Qt::Key_Escape, Qt::NoModifier);
    QVERIFY(shown.wait(10000));
    const Exchange exchange = shown.first().first().value<Exchange>();
    QCOMPARE(exchange.errorCode, u"cancelled"_s);
    QVERIFY(!cancel->isEnabled());
}

void TestWindowCommands::shortcutsDialogListsTheCommands()
{
    ShortcutsDialog dialog(ShortcutsDialog::actionsWithShortcuts(m_window.get()), m_window.get());
    QTableWidget *table = dialog.table();
    QString sendKeys;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == u"Send"_s) {
            sendKeys = table->item(row, 1)->text();
        }
    }
    QVERIFY2(sendKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)),
             qPrintable(sendKeys));
    // The filter hides what does not match, by name or by key.
    QTest::keyClicks(dialog.filter(), u"tab"_s);
    int visible = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (!table->isRowHidden(row)) {
            ++visible;
            QVERIFY(table->item(row, 0)->text().contains(u"tab"_s, Qt::CaseInsensitive)
                    || table->item(row, 1)->text().contains(u"tab"_s, Qt::CaseInsensitive));
        }
    }
    QVERIFY(visible >= 3); // Close tab, Next tab, Previous tab
    QVERIFY(visible < table->rowCount());
}

void TestWindowCommands::aboutNamesTheLibraryVersions()
{
    const QString text = aboutText();
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)));
    QVERIFY(text.contains(u"OpenSSL"_s));
    QVERIFY(text.contains(QCoreApplication::applicationVersion()));
}

void TestWindowCommands::commandPaletteFindsAndRunsACommand()
{
    m_window->openRequest(spec(u"GET"_s, u"/accounts/v3/accounts"_s), {}, {}, u"Accounts"_s);
    const int before = m_window->requestTabs()->count();
    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    CommandPalette *palette = nullptr;
    QTRY_VERIFY((palette = m_window->findChild<CommandPalette *>()) && palette->isVisible());
    // Everything enabled in the menus is offered, with its shortcut.
    const QList<QAction *> all = palette->shown();
    QVERIFY(all.contains(command("sendAction")));
    QVERIFY(all.contains(command("presentationAction")));
    QVERIFY(!all.contains(command("cancelAction"))); // disabled: nothing is being sent
    bool labelled = false;
    for (int row = 0; row < palette->list()->count(); ++row) {
        labelled = labelled
                || (palette->list()->item(row)->text().startsWith(u"Request › Send"_s)
                    && palette->list()->item(row)->text().contains(
                            QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    }
    QVERIFY(labelled);

    // Words in any order narrow the list; Enter runs the first left.
    QTest::keyClicks(palette->filter(), u"request dupl"_s);
    QCOMPARE(palette->shown(), QList<QAction *>({ command("duplicateAction") }));
    QTest::keyClick(palette->filter(), Qt::Key_Return);
    QTRY_COMPARE(m_window->requestTabs()->count(), before + 1);
    QCOMPARE(m_window->requestTabs()->current()->title, u"Copy of Accounts"_s);
    QTRY_VERIFY(!m_window->findChild<CommandPalette *>());
}

void TestWindowCommands::environmentSwitcherChoosesWhereTheNextSendGoes()
{
    QSignalSpy started(m_window.get(), &MainWindow::sessionStarted);
    m_window->startSession();
    QVERIFY(!started.isEmpty() && started.first().first().toBool());
    ConsoleSession *session = m_window->session();
    QVERIFY(m_window->showApplications()); // opens the vault
    m_window->showRequests();
    Application app;
    app.name = u"Sandbox app"_s;
    app.environmentId = u"sandbox"_s;
    app.productIds = { u"accounts-v3"_s };
    const auto added = session->applications()->add(
            app, ApplicationCredentials { u"sandbox-key-0001"_s, "sandbox-secret-0001" });
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));

    auto *switcher = m_window->findChild<EnvironmentSwitcher *>();
    QVERIFY(switcher);
    auto *apps = m_window->findChild<QListView *>(u"applicationsList"_s);
    QVERIFY(apps);
    const int local = switcher->findData(u"local"_s);
    const int sandbox = switcher->findData(u"sandbox"_s);
    const int production = switcher->findData(u"production"_s);
    QVERIFY(local >= 0 && sandbox >= 0 && production >= 0);
    QCOMPARE(switcher->currentIndex(), local); // the simulator's own application
    QVERIFY(session->activeApplicationId().isEmpty());

    // Chosen from the keyboard, one step at a time, as a user would.
    const auto step = [switcher](int to) {
        switcher->setFocus();
        QTest::keyClick(switcher, to > switcher->currentIndex() ? Qt::Key_Down : Qt::Key_Up);
    };
    QCOMPARE(qAbs(sandbox - local), 1);
    step(sandbox);
    QCOMPARE(session->activeApplicationId(), added->id);
    QCOMPARE(switcher->currentEnvironmentId(), u"sandbox"_s);
    QCOMPARE(session->environmentOf(session->activeApplication()).id, u"sandbox"_s);
    // The application list shows that environment's applications only.
    QCOMPARE(apps->model()->rowCount(), 1);
    QCOMPARE(apps->model()->index(0, 0).data(Qt::UserRole + 1).toString(), added->id);

    // No application in production: said, and nothing changes.
    QCOMPARE(qAbs(production - sandbox), 1);
    QSignalSpy refused(switcher, &EnvironmentSwitcher::refused);
    step(production);
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(u"no application"_s));
    QCOMPARE(switcher->currentIndex(), sandbox);
    QCOMPARE(session->activeApplicationId(), added->id);

    // An application chosen elsewhere moves the switcher.
    QVERIFY(session->setActiveApplication({}).ok());
    QCOMPARE(switcher->currentIndex(), local);
    QCOMPARE(apps->model()->rowCount(), 0); // no application of the user's in the simulator
}

void TestWindowCommands::zoomMakesEveryTextLargerAndIsKept()
{
    const qreal text = QApplication::font().pointSizeF();
    auto *body = m_window->viewer()->bodyView();
    const qreal fixed = body->font().pointSizeF();
    QVERIFY(text > 0 && fixed > 0);

    // Ctrl+= twice: the window's text and the fixed-width body 20 % larger.
    press(Qt::Key_Equal);
    press(Qt::Key_Equal);
    QCOMPARE(Appearance::zoom(), 2);
    QVERIFY(qAbs(QApplication::font().pointSizeF() - text * 1.2) < 0.01);
    QVERIFY(qAbs(body->font().pointSizeF() - fixed * 1.2) < 0.01);
    // Widgets take the application's font as its change event reaches them.
    QTRY_VERIFY(qAbs(m_window->composer()->font().pointSizeF() - text * 1.2) < 0.01);
    // A text made after the zoom is zoomed too: the consents dialog's step view.
    QVERIFY(!m_window->findChild<ConsentsDialog *>());
    m_window->showConsents();
    auto *dialog = m_window->findChild<ConsentsDialog *>();
    QVERIFY(dialog);
    auto *detail = dialog->findChild<QPlainTextEdit *>(u"consentStepDetail"_s);
    QVERIFY(detail);
    QVERIFY(qAbs(detail->font().pointSizeF() - fixed * 1.2) < 0.01);
    dialog->close();

    // Kept for the next start; Ctrl+- and Ctrl+0 go back.
    Settings settings(m_data->path());
    QCOMPARE(settings.zoomStep(), 2);
    press(Qt::Key_Minus);
    QCOMPARE(Appearance::zoom(), 1);
    press(Qt::Key_0);
    QCOMPARE(Appearance::zoom(), 0);
    QVERIFY(qAbs(QApplication::font().pointSizeF() - text) < 0.01);
    QVERIFY(qAbs(body->font().pointSizeF() - fixed) < 0.01);
    QTRY_VERIFY(qAbs(m_window->composer()->font().pointSizeF() - text) < 0.01);
    QCOMPARE(Settings(m_data->path()).zoomStep(), 0);
}

QTEST_MAIN(TestWindowCommands)

// Edit › Find (Ctrl+F) from the URL field: the response's Body tab comes
// to the front with its find bar focused; in the body itself Ctrl+F still
// works (the window's shortcut and the body's key do not compete).
void TestWindowCommands::findSearchesTheResponseFromAnywhere()
{
    QTabWidget *responseTabs = m_window->viewer()->tabs();
    responseTabs->setCurrentIndex(2);
    press(Qt::Key_L);
    QCOMPARE(QApplication::focusWidget(), urlEdit());
    press(Qt::Key_F);
    QCOMPARE(responseTabs->currentIndex(), 0);
    QVERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), u"bodyFind"_s);

    m_window->viewer()->bodyView()->setFocus();
    QCOMPARE(QApplication::focusWidget(), m_window->viewer()->bodyView());
    press(Qt::Key_F);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"bodyFind"_s);
    QAction *find = m_window->findChild<QAction *>(u"findAction"_s);
    QVERIFY(find);
    QVERIFY(find->shortcuts().contains(QKeySequence(QKeySequence::Find)));
}

#include "tst_windowcommands.moc"
