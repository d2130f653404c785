#include "mainwindow.h"
#include "shell/consoleapp.h"

#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace opc::ui;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void finnishAndSwedishAreBuiltIn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("history");
        QTest::newRow("fi") << QStringLiteral("fi") << QStringLiteral("&Tiedosto") << QStringLiteral("Historia");
        QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("&Arkiv") << QStringLiteral("Historik");
    }
    void finnishAndSwedishAreBuiltIn()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, history);
        QTranslator translator;
        QVERIFY(installTranslation(translator, language));
        QCOMPARE(QCoreApplication::translate("opc::ui::MainWindow", "&File"), file);

        QTemporaryDir data;
        MainWindow window(data.path());
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), file);
        QStringList tabs;
        for (int i = 0; i < window.sidebar()->count(); ++i) {
            tabs << window.sidebar()->tabText(i);
        }
        QVERIFY2(tabs.contains(history), qPrintable(tabs.join(QLatin1Char(','))));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(QCoreApplication::translate("opc::ui::MainWindow", "&File"), QStringLiteral("&File"));
    }

    void englishNeedsNoTranslation()
    {
        QTranslator translator;
        QVERIFY(!installTranslation(translator, QStringLiteral("en")));
        // A language the console has no translation for keeps English.
        QVERIFY(!installTranslation(translator, QStringLiteral("de")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
