#include "mainwindow.h"
#include "common/translations.h"
#include "model/environment.h"
#include "collections/postmanimporter.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace opc;
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

    void englishHasItsPluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        // A language the console has no translation for falls back to English.
        QTest::newRow("de") << QStringLiteral("de");
    }
    void englishHasItsPluralForms()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(installTranslation(translator, language));
        const char *context = "opc::ui::HistoryPane";
        QCOMPARE(QCoreApplication::translate(context, "%n exchange(s)", nullptr, 1), QStringLiteral("1 exchange"));
        QCOMPARE(QCoreApplication::translate(context, "%n exchange(s)", nullptr, 3), QStringLiteral("3 exchanges"));
        QCOMPARE(QCoreApplication::translate("opc::ui::MainWindow", "&File"), QStringLiteral("&File"));
        QCoreApplication::removeTranslator(&translator);
    }

    void finnishAndSwedishPluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("many");
        QTest::newRow("fi") << QStringLiteral("fi") << QStringLiteral("1 minuutti") << QStringLiteral("3 minuuttia");
        QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("1 minut") << QStringLiteral("3 minuter");
    }
    void finnishAndSwedishPluralForms()
    {
        QFETCH(QString, language);
        QFETCH(QString, one);
        QFETCH(QString, many);
        QTranslator translator;
        QVERIFY(installTranslation(translator, language));
        const char *context = "opc::ui::MainWindow";
        QCOMPARE(QCoreApplication::translate(context, "%n minute(s)", nullptr, 1), one);
        QCOMPARE(QCoreApplication::translate(context, "%n minute(s)", nullptr, 3), many);
        QCoreApplication::removeTranslator(&translator);
    }

    // Qt's standard buttons come from QPlatformTheme, which Qt's own
    // Swedish catalogue lacks: the console's translation answers for them.
    void standardButtonsSpeakTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("environment");
        QTest::newRow("fi") << QStringLiteral("fi") << QStringLiteral("Peruuta") << QStringLiteral("Paikallinen simulaattori");
        QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("Avbryt") << QStringLiteral("Lokal simulator");
    }
    void standardButtonsSpeakTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        QFETCH(QString, environment);
        QTranslator translator;
        QVERIFY(installTranslation(translator, language));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), cancel);
        QCOMPARE(opc::Environment::localSimulator({}, {}).name, environment);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(opc::Environment::localSimulator({}, {}).name, QStringLiteral("Local simulator"));
    }

    // Core's messages come from free functions too (an importer's reasons):
    // they are filed under the context they are asked for by.
    void coreMessagesSpeakTheLanguage()
    {
        QTranslator translator;
        QVERIFY(installTranslation(translator, QStringLiteral("sv")));
        QFile file(QStringLiteral(OPC_TEST_DATA_DIR "/collections/op-sandbox.postman_collection.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto imported = opc::PostmanImporter().import(file.readAll(), QStringLiteral("file"));
        QVERIFY(imported.ok());
        QStringList reasons;
        for (const opc::ImportItem &item : imported->items) {
            reasons << item.reason;
        }
        QVERIFY2(reasons.contains(QStringLiteral("skript importeras inte och körs aldrig")),
                 qPrintable(reasons.join(u'|')));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
