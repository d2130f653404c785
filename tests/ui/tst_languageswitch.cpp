// The language chosen in Preferences reaches every text on screen while the
// console runs: after a switch, no text the window shows is still a source
// string the translation has another word for, and back in English none is
// still Finnish. The window is compared against the .ts files themselves, so
// a label that is set once and never again fails here by name.
#include "mainwindow.h"
#include "messageboxanswer.h"
#include "settings/preferencesdialog.h"
#include "settings/settings.h"
#include "shell/uilanguage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace opc;
using namespace opc::ui;

namespace {

/// Source -> translation of the messages whose translation differs.
QHash<QString, QString> catalogue(const QString &language)
{
    QHash<QString, QString> out;
    QFile file(QStringLiteral(OPC_TEST_DATA_DIR "/../../translations/opconsole_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        return out;
    }
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == "message"_L1) {
            numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (xml.name() == "source"_L1) {
            source = xml.readElementText();
        } else if (xml.name() == "translation"_L1 && !numerus) {
            const QString translation = xml.readElementText();
            if (!translation.isEmpty() && translation != source) {
                out.insert(source, translation);
            }
        }
    }
    return out;
}

/// Every text the widgets under @p root keep, hidden ones included, with
/// where it is.
QList<QPair<QString, QString>> texts(QWidget *root)
{
    QList<QPair<QString, QString>> out;
    const auto add = [&out](const QObject *o, const char *what, const QString &text) {
        if (!text.trimmed().isEmpty()) {
            out.append({ QStringLiteral("%1 %2 (%3)").arg(QString::fromLatin1(o->metaObject()->className()),
                                                          o->objectName(), QString::fromLatin1(what)),
                         text });
        }
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    QList<QAction *> actions;
    for (QWidget *w : std::as_const(widgets)) {
        add(w, "tooltip", w->toolTip());
        add(w, "placeholder", w->property("placeholderText").toString());
        if (w->isWindow() || qobject_cast<QDockWidget *>(w)) {
            add(w, "title", w->windowTitle());
        }
        if (auto *label = qobject_cast<QLabel *>(w)) {
            add(w, "text", label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(w, "text", button->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            add(w, "title", group->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, "tab", tabs->tabText(i));
            }
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                add(w, "item", combo->itemText(i));
            }
        } else if (auto *menu = qobject_cast<QMenu *>(w)) {
            add(w, "title", menu->title());
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c) {
                add(w, "header", view->model()->headerData(c, Qt::Horizontal).toString());
            }
        }
        actions += w->actions();
    }
    for (QAction *a : std::as_const(actions)) {
        add(a, "action", a->text());
        add(a, "action tooltip", a->toolTip());
    }
    return out;
}

/// The texts still in the language left: a source string shown after a
/// switch to a translation, or a translation shown after going back.
QStringList leftovers(QWidget *root, const QHash<QString, QString> &stale)
{
    QStringList out;
    for (const auto &[where, text] : texts(root)) {
        if (stale.contains(text)) {
            out.append(where + u": \""_s + text + u'"');
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("OPC_VAULT_PASSPHRASE", "language-switch-test");
        UiLanguage::instance()->apply(u"en"_s);
    }

    void cleanup()
    {
        UiLanguage::instance()->apply(u"en"_s);
    }

    void everyTextFollowsTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fi") << u"fi"_s;
        QTest::newRow("sv") << u"sv"_s;
    }
    void everyTextFollowsTheLanguage()
    {
        QFETCH(QString, language);
        const QHash<QString, QString> translations = catalogue(language);
        QVERIFY2(translations.size() > 1000, "the .ts file was not read");
        QHash<QString, QString> back; // translation -> source
        for (auto it = translations.begin(); it != translations.end(); ++it) {
            back.insert(it.value(), it.key());
        }
        // Words both languages spell alike stay.
        for (auto it = translations.begin(); it != translations.end(); ++it) {
            back.remove(it.key());
        }

        QTemporaryDir data;
        MainWindow window(data.path());
        window.show();
        QSignalSpy started(&window, &MainWindow::sessionStarted);
        window.startSession();
        QVERIFY(!started.isEmpty() && started.first().first().toBool());
        // A response on screen: its status meaning, timings and headers
        // are worded again too.
        QSignalSpy shown(&window, &MainWindow::exchangeShown);
        window.sendCurrent();
        QVERIFY(shown.wait(10000));
        // The pages made on first use exist before the switch, so they are
        // switched too.
        QVERIFY(window.showApplications());
        QVERIFY(window.showCertificates());
        window.showRequests();
        window.runnerPane();

        // The positive control: in English the window holds many of the
        // catalogue's sources, so a switch that changed nothing would fail.
        const qsizetype englishTexts = leftovers(&window, translations).size();
        QVERIFY2(englishTexts > 100, qPrintable(QString::number(englishTexts)));

        UiLanguage::instance()->apply(language);
        QCoreApplication::processEvents();
        QStringList missed = leftovers(&window, translations);
        QVERIFY2(missed.isEmpty(), qPrintable(u"still English after the switch:\n"_s + missed.join(u'\n')));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), translations.value(u"&File"_s));

        UiLanguage::instance()->apply(u"en"_s);
        QCoreApplication::processEvents();
        missed = leftovers(&window, back);
        QVERIFY2(missed.isEmpty(), qPrintable(u"still translated after going back:\n"_s + missed.join(u'\n')));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), u"&File"_s);
        MessageBoxAnswer discard(QMessageBox::DestructiveRole);
        window.close();
    }

    // Edit › Preferences › Language: the window and the dialog itself
    // change at once, and the choice is kept for the next start.
    void preferencesSwitchesTheLanguageAndKeepsIt()
    {
        QTemporaryDir data;
        MainWindow window(data.path());
        window.show();
        QAction *preferences = window.findChild<QAction *>(u"preferencesAction"_s);
        QVERIFY(preferences);
        QString dialogTitle;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QComboBox *box = dialog->languageBox();
            box->setCurrentIndex(box->findData(u"sv"_s));
            dialogTitle = dialog->windowTitle();
            dialog->reject();
        });
        preferences->trigger();
        QCOMPARE(dialogTitle, catalogue(u"sv"_s).value(u"Preferences"_s));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), u"&Arkiv"_s);
        QCOMPARE(Settings(data.path()).language(), u"sv"_s);
        MessageBoxAnswer discard(QMessageBox::DestructiveRole);
        window.close();
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
