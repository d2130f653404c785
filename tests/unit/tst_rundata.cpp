// Iteration data files of a collection run: CSV and JSON, and the errors a
// tester reads for a file that cannot be used.
#include "runner/rundata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;

class TestRunData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvWithQuotesAndCrLf();
    void jsonValuesThatAreNotStringsAsJsonText();
    void unusableFilesAreNamedWithTheReason_data();
    void unusableFilesAreNamedWithTheReason();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

QString TestRunData::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

void TestRunData::csvWithQuotesAndCrLf()
{
    const QString path = write(u"rows.csv"_s,
        "customer, amount ,note\r\nalice,5,\"says \"\"hi\"\", twice\"\r\nbob,7,\r\n\r\n");
    const auto rows = RunData::load(path);
    QVERIFY2(rows, qPrintable(rows.errorMessage()));
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).value(u"customer"_s), u"alice"_s);
    QCOMPARE(rows->at(0).value(u"amount"_s), u"5"_s); // header names are trimmed
    QCOMPARE(rows->at(0).value(u"note"_s), u"says \"hi\", twice"_s);
    QCOMPARE(rows->at(1).value(u"note"_s), QString());
    QVERIFY(rows->at(1).contains(u"note"_s));
}

void TestRunData::jsonValuesThatAreNotStringsAsJsonText()
{
    const QString path = write(u"rows.json"_s,
        R"([{"customer":"alice","amount":5,"vip":true,"tags":["a"]},{"customer":"bob"}])");
    const auto rows = RunData::load(path);
    QVERIFY2(rows, qPrintable(rows.errorMessage()));
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).value(u"amount"_s), u"5"_s);
    QCOMPARE(rows->at(0).value(u"vip"_s), u"true"_s);
    QCOMPARE(rows->at(0).value(u"tags"_s), u"[\"a\"]"_s);
    QCOMPARE(rows->at(1).value(u"customer"_s), u"bob"_s);
}

void TestRunData::unusableFilesAreNamedWithTheReason_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("CSV row with a missing field") << u"short.csv"_s << QByteArray("a,b\n1,2\n3\n")
                                                  << u"line 3 of %1 has 1 fields, the header 2"_s;
    QTest::newRow("JSON that is not an array")
        << u"object.json"_s << QByteArray(R"({"a":1})")
        << u"the data file %1 is not a JSON array of objects"_s;
    QTest::newRow("broken JSON") << u"broken.json"_s << QByteArray("[{")
                                 << u"the data file %1 is not a JSON array of objects"_s;
}

void TestRunData::unusableFilesAreNamedWithTheReason()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = write(name, content);
    const auto rows = RunData::load(path);
    QVERIFY(!rows);
    QCOMPARE(rows.errorMessage(), reason.arg(QDir::toNativeSeparators(path)));
    QVERIFY(!RunData::load(m_dir.filePath(u"missing.csv"_s)));
    QVERIFY(RunData::load(m_dir.filePath(u"missing.csv"_s))
                .errorMessage()
                .startsWith(u"cannot read the data file"_s));
}

QTEST_GUILESS_MAIN(TestRunData)
#include "tst_rundata.moc"
