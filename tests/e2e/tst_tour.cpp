// End to end: the real opconsole binary runs its scripted tour on a real X
// server (Xvfb, started here on a free display and stopped by its PID) and
// the screenshots it saves show the console, not a blank or tiny window.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestTour : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tourSavesRealScreenshots();

private:
    QProcess m_xvfb;
    QString m_display;
};

void TestTour::initTestCase()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    QVERIFY2(!xvfb.isEmpty(), "Xvfb is not installed (tools/devenv/packages.txt: xvfb)");
    // -displayfd: Xvfb picks a free display and writes its number to fd 1.
    m_xvfb.start(xvfb, { QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                         QStringLiteral("0"), QStringLiteral("1600x1000x24"),
                         QStringLiteral("-nolisten"), QStringLiteral("tcp") });
    QVERIFY(m_xvfb.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(m_xvfb.canReadLine(), 10000);
    m_display = QStringLiteral(":") + QString::fromLatin1(m_xvfb.readLine().trimmed());
    QVERIFY(m_display.size() > 1);
}

void TestTour::cleanupTestCase()
{
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5000);
    }
}

void TestTour::tourSavesRealScreenshots()
{
    QTemporaryDir out;
    QTemporaryDir data;
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("OPC_DATA_DIR"), data.path());
    env.insert(QStringLiteral("OPC_VAULT_PASSPHRASE"), QStringLiteral("tour-test-passphrase"));
    if (env.contains(QStringLiteral("ASAN_OPTIONS"))) {
        // Under ASan the console's leak report needs whole stacks (Qt has no
        // frame pointers) for tools/asan/lsan.supp to match Qt's own frames.
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":fast_unwind_on_malloc=0"));
    }
    console.setProcessEnvironment(env);
    console.setProcessChannelMode(QProcess::MergedChannels);
    console.start(QStringLiteral(OPC_BIN_DIR "/opconsole"), { QStringLiteral("--tour"), out.path() });
    QVERIFY(console.waitForStarted());
    QVERIFY2(console.waitForFinished(120000), "the tour did not finish in two minutes");
    const QByteArray log = console.readAll();
    QVERIFY2(console.exitStatus() == QProcess::NormalExit && console.exitCode() == 0, log.constData());

    const QStringList shots = QDir(out.path()).entryList({ QStringLiteral("*.png") }, QDir::Files, QDir::Name);
    QVERIFY2(shots.size() >= 8, log.constData());
    for (const QString &name : shots) {
        const QImage image(QDir(out.path()).filePath(name));
        QVERIFY2(!image.isNull(), qPrintable(name));
        QVERIFY2(image.width() >= 1000 && image.height() >= 600, qPrintable(name));
        // A real screen has many colours (text, frames, highlighting); a blank
        // or black grab has one or two.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 20, qPrintable(QStringLiteral("%1 has only %2 colours").arg(name).arg(colours.size())));
    }
}

QTEST_GUILESS_MAIN(TestTour)
#include "tst_tour.moc"
