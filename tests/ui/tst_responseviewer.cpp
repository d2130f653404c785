// The response viewer's parts beyond the status line: copy as curl (run
// through a real curl against a local socket), the support bundle, image
// preview, invalid UTF-8 with the hex view, malformed JSON, the level marks
// in the body, quota notices and the dark palette.
#include "bodyview/bodyview.h"
#include "errors/errorpayload.h"
#include "errors/statussemantics.h"
#include "model/apiproduct.h"
#include "model/exchange.h"
#include "net/curlcommand.h"
#include "net/httpengine.h"
#include "net/preparedrequest.h"
#include "net/requestbuilder.h"
#include "net/secretmasker.h"
#include "response/errorspanel.h"
#include "response/levelstyle.h"
#include "response/responseviewer.h"
#include "response/syntaxrepository.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <algorithm>

using namespace opc;
using namespace opc::ui;

namespace {

const QByteArray kToken = QByteArrayLiteral("eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2VuLWZvci10ZXN0cw.Zm9vYmFy");
const QByteArray kApiKey = QByteArrayLiteral("k3y-0f-th3-t3st-4pp-9d2c7e");

/// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto lum = [](const QColor &c) {
        const auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double l1 = lum(a);
    const double l2 = lum(b);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1c));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x2a));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x2b, 0x2e, 0x33));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

QByteArray errorBody()
{
    return QByteArrayLiteral(
        "{\n"
        "  \"errors\": [\n"
        "    {\n"
        "      \"id\": \"e-7f3a-001\",\n"
        "      \"level\": \"FATAL\",\n"
        "      \"type\": \"TECHNICAL\",\n"
        "      \"message\": \"Service under maintenance\",\n"
        "      \"code\": \"503-01\"\n"
        "    },\n"
        "    {\n"
        "      \"id\": \"e-7f3a-002\",\n"
        "      \"level\": \"WARN\",\n"
        "      \"type\": \"BUSINESS\",\n"
        "      \"message\": \"Deprecated field used\",\n"
        "      \"code\": \"W-12\"\n"
        "    }\n"
        "  ]\n"
        "}\n");
}

Exchange exchangeWith(int status, const QByteArray &contentType, const QByteArray &body)
{
    Exchange e;
    e.method = "GET";
    e.url = QStringLiteral("https://sandbox.apis.op.fi/accounts/v3/accounts");
    e.startedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 15, 30), QTimeZone::UTC);
    e.status = status;
    e.reason = "Reason";
    e.responseHeaders = { { "content-type", contentType } };
    e.body = body;
    e.bodySize = body.size();
    e.timings.finished = 42;
    return e;
}

qint64 rowContaining(const BodyView *view, const QString &needle)
{
    for (qint64 r = 0; r < view->rowCount(); ++r) {
        if (view->rowText(r).contains(needle))
            return r;
    }
    return -1;
}

/// A one-shot HTTP server on a free loopback port: records the request it
/// gets and answers 204.
class OneShotServer : public QObject
{
public:
    QTcpServer server;
    QByteArray received;
    bool complete = false;

    bool start() { return server.listen(QHostAddress::LocalHost, 0); }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(server.serverPort()).arg(path);
    }
    void serve()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                received += socket->readAll();
                const qsizetype end = received.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                qint64 length = 0;
                for (const QByteArray &line : received.left(end).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (received.size() - end - 4 < length)
                    return;
                complete = true;
                socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
    }
};

} // namespace

class TestResponseViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copyAsCurlMasksSecretsAndRunsInCurl();
    void curlFromExchangeAloneIsMasked();
    void supportBundleHasIdsAndNoSecret();
    void imageBodyShowsDecodedImage();
    void invalidUtf8ShowsWarningAndHex();
    void malformedJsonShowsOffsetAndRaw();
    void levelLinesAreMarkedInTheBody();
    void quotaNoticeUnderTenPercentAndOn429();
    void darkPaletteChangesThemeAndKeepsContrast();
    void echoedCredentialsAreMaskedInTheBody();
    void rawAndHeadersShowMaskedValuesWithoutMojibake();
    void rawShowsEveryHopOfACrossOriginRedirect();
    void meaningAndErrorsSummaryAgree_data();
    void meaningAndErrorsSummaryAgree();

private:
    PreparedRequest request(const QString &url) const;
};

PreparedRequest TestResponseViewer::request(const QString &url) const
{
    PreparedRequest r;
    r.method = "PUT";
    r.url = QUrl(url);
    r.headers = { { "Authorization", "Bearer " + kToken },
                  { "x-api-key", kApiKey },
                  { "Content-Type", "application/json" },
                  { "x-request-id", "req-4711" },
                  { "x-session-id", "sess-0815" },
                  { "Content-Length", "999" } };
    r.body = QByteArrayLiteral("{\"note\": \"it's \\\"quoted\\\" $HOME `x`\", \"key\": \"") + kApiKey + "\"}";
    r.secrets = { kToken, kApiKey };
    return r;
}

void TestResponseViewer::copyAsCurlMasksSecretsAndRunsInCurl()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
    if (curl.isEmpty() || sh.isEmpty())
        QSKIP("curl or sh is not installed");

    for (const bool reveal : { false, true }) {
        OneShotServer server;
        QVERIFY(server.start());
        server.serve();
        const PreparedRequest req = request(server.url(QStringLiteral("/accounts/v3/accounts?x=1&y=a%20b")));
        ResponseViewer viewer;
        viewer.showExchange(exchangeWith(200, "application/json", "{}"), &req);

        if (!reveal) {
            // The button copies the masked command.
            auto *button = viewer.findChild<QToolButton *>(QStringLiteral("copyCurlButton"));
            QVERIFY(button);
            QGuiApplication::clipboard()->clear();
            button->click();
            QCOMPARE(QGuiApplication::clipboard()->text(), viewer.curlCommand(false));
        }
        const QString command = viewer.curlCommand(reveal);
        QVERIFY(command.startsWith(QLatin1String("curl")));
        QCOMPARE(command.contains(QString::fromLatin1(kToken)), reveal);
        QCOMPARE(command.contains(QString::fromLatin1(kApiKey)), reveal);

        QProcess process;
        process.start(sh, { QStringLiteral("-c"), command + QStringLiteral(" -s -o /dev/null --max-time 10") });
        QVERIFY(process.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 15000);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(server.complete);

        const QByteArray got = server.received;
        QVERIFY2(got.startsWith("PUT /accounts/v3/accounts?x=1&y=a%20b HTTP/1.1\r\n"), got.constData());
        QVERIFY(got.contains("x-request-id: req-4711\r\n"));
        QVERIFY(got.contains("Content-Type: application/json\r\n"));
        QVERIFY(!got.contains("Content-Length: 999")); // curl computes the length itself
        QCOMPARE(got.contains(kToken), reveal);
        QCOMPARE(got.contains(kApiKey), reveal);
        if (reveal) {
            QVERIFY(got.contains(QByteArray("Authorization: Bearer " + kToken + "\r\n")));
            QVERIFY(got.endsWith(req.body)); // the exact bytes, quotes and all
        } else {
            QVERIFY(got.contains("Authorization: Bearer \xe2\x80\xa2"));
            QVERIFY(got.contains("it's \\\"quoted\\\" $HOME `x`"));
        }
    }
}

void TestResponseViewer::curlFromExchangeAloneIsMasked()
{
    Exchange e = exchangeWith(201, "application/json", "{}");
    e.method = "POST";
    e.requestHeaders = { { "Authorization", "Bearer \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2" }, { "Accept", "application/json" } };
    e.requestBodySize = 12;
    ResponseViewer viewer;
    viewer.showExchange(e);
    const QString command = viewer.curlCommand(true); // nothing to reveal without the request
    QVERIFY(command.contains(QStringLiteral("Authorization: Bearer ••••")));
    QVERIFY(command.contains(QLatin1String("--data-binary @body.bin")));
    QVERIFY(command.contains(QLatin1String("12-byte request body")));
    QCOMPARE(CurlCommand::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    QCOMPARE(CurlCommand::shellQuote(QStringLiteral("plain-word")), QStringLiteral("plain-word"));
}

void TestResponseViewer::supportBundleHasIdsAndNoSecret()
{
    PreparedRequest req = request(QStringLiteral("https://sandbox.apis.op.fi/accounts/v3/accounts?api_key=") + QString::fromLatin1(kApiKey) + QStringLiteral("&page=2"));
    Exchange e = exchangeWith(503, "application/json", errorBody());
    e.url = req.url.toString();
    e.requestHeaders = req.maskedHeaders();
    e.responseHeaders.append(qMakePair(QByteArray("x-request-id"), QByteArray("req-4711")));
    ResponseViewer viewer;
    viewer.showExchange(e, &req);

    auto *button = viewer.findChild<QToolButton *>(QStringLiteral("supportBundleButton"));
    QVERIFY(button);
    QGuiApplication::clipboard()->clear();
    button->click();
    const QString bundle = QGuiApplication::clipboard()->text();
    QCOMPARE(bundle, viewer.supportBundle());
    for (const QString &expected : { QStringLiteral("2026-11-24T10:15:30"), QStringLiteral("req-4711"),
                                     QStringLiteral("sess-0815"), QStringLiteral("503"),
                                     QStringLiteral("e-7f3a-001"), QStringLiteral("e-7f3a-002"),
                                     QStringLiteral("FATAL"), QStringLiteral("WARN"),
                                     QStringLiteral("sandbox.apis.op.fi/accounts/v3/accounts"),
                                     QStringLiteral("page=2") }) {
        QVERIFY2(bundle.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + bundle));
    }
    QVERIFY2(!bundle.contains(QString::fromLatin1(kApiKey)), qPrintable(bundle));
    QVERIFY2(!bundle.contains(QString::fromLatin1(kToken)), qPrintable(bundle));
    QVERIFY(!bundle.contains(QLatin1String("Authorization"), Qt::CaseInsensitive));
    QVERIFY(!bundle.contains(QLatin1String("Service under maintenance\",")));
}

void TestResponseViewer::imageBodyShowsDecodedImage()
{
    QImage image(37, 23, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));

    ResponseViewer viewer;
    viewer.resize(800, 600);
    viewer.show();
    viewer.showExchange(exchangeWith(200, "image/png", png));
    QVERIFY(viewer.isShowingImage());
    QCOMPARE(viewer.imageSize(), QSize(37, 23));
    auto *label = viewer.findChild<QLabel *>(QStringLiteral("bodyImageLabel"));
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->pixmap().toImage().pixelColor(5, 5), QColor(Qt::darkCyan));

    // A body that claims to be an image but is not: a notice, and the bytes as text.
    viewer.showExchange(exchangeWith(200, "image/png", "not a png"));
    QVERIFY(!viewer.isShowingImage());
    QVERIFY(viewer.imageSize().isEmpty());
    QVERIFY(viewer.bodyNotice().contains(QLatin1String("could not be decoded")));
}

void TestResponseViewer::invalidUtf8ShowsWarningAndHex()
{
    ResponseViewer viewer;
    viewer.resize(800, 600);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    const QByteArray body("{\"name\": \"caf\xc3\xa9 \xff\xfe bad\", \"n\": 1}");
    viewer.showExchange(exchangeWith(200, "application/json; charset=utf-8", body));
    BodyView *view = viewer.bodyView();
    QVERIFY(view->hasInvalidUtf8());
    auto *warning = view->findChild<QLabel *>(QStringLiteral("bodyInvalidUtf8"));
    QVERIFY(warning);
    QTRY_VERIFY(warning->isVisible());
    QTRY_VERIFY(rowContaining(view, QStringLiteral("\uFFFD")) >= 0);
    QVERIFY(rowContaining(view, QStringLiteral("café")) >= 0);

    auto *hex = viewer.findChild<QToolButton *>(QStringLiteral("hexToggle"));
    QVERIFY(hex);
    hex->click();
    QVERIFY(viewer.isHexView());
    QVERIFY2(viewer.hexText().contains(QLatin1String("ff fe")), qPrintable(viewer.hexText()));
    QVERIFY(viewer.hexText().startsWith(QLatin1String("00000000  7b 22 6e 61")));
    QVERIFY(viewer.findChild<BodyView *>(QStringLiteral("bodyHexView"))->isVisible());
    hex->click();
    QVERIFY(!viewer.isHexView());
    QVERIFY(view->isVisible());
}

void TestResponseViewer::malformedJsonShowsOffsetAndRaw()
{
    ResponseViewer viewer;
    viewer.resize(800, 600);
    viewer.show();
    const QByteArray body("{\"a\": [1, 2,, 3]}");
    viewer.showExchange(exchangeWith(200, "application/json", body));
    QTRY_VERIFY(!viewer.bodyNotice().isEmpty());
    QVERIFY2(viewer.bodyNotice().contains(QLatin1String("byte 12")), qPrintable(viewer.bodyNotice()));
    QCOMPARE(viewer.bodyView()->text(), body); // the raw text stays
    QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("bodyNotice"))->isVisible());

    // A valid body afterwards clears the notice.
    viewer.showExchange(exchangeWith(200, "application/json", "{\"b\":[1,2]}"));
    QVERIFY(viewer.bodyNotice().isEmpty());
    QSignalSpy pretty(viewer.bodyView(), &BodyView::prettyReady);
    QVERIFY(pretty.wait(5000));
    QVERIFY(viewer.bodyNotice().isEmpty());
}

void TestResponseViewer::levelLinesAreMarkedInTheBody()
{
    ResponseViewer viewer;
    viewer.setPalette(lightPalette());
    viewer.resize(900, 700);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    BodyView *view = viewer.bodyView();
    QSignalSpy done(view, &BodyView::highlightingFinished);
    viewer.showExchange(exchangeWith(503, "application/json", errorBody()));
    QCOMPARE(view->definitionName(), levelsDefinitionName());
    QVERIFY(done.count() > 0 || done.wait(5000));

    const qint64 fatalRow = rowContaining(view, QStringLiteral("\"level\": \"FATAL\""));
    const qint64 warnRow = rowContaining(view, QStringLiteral("\"level\": \"WARN\""));
    const qint64 typeRow = rowContaining(view, QStringLiteral("\"type\": \"TECHNICAL\""));
    QVERIFY(fatalRow >= 0 && warnRow >= 0 && typeRow >= 0);

    const auto formatAt = [view](qint64 row, const QString &needle) {
        const int column = static_cast<int>(view->rowText(row).indexOf(needle));
        for (const auto &range : view->rowFormats(row)) {
            if (range.start <= column && column < range.start + range.length)
                return range.format;
        }
        return QTextCharFormat();
    };
    const QTextCharFormat fatal = formatAt(fatalRow, QStringLiteral("FATAL"));
    const QTextCharFormat warn = formatAt(warnRow, QStringLiteral("WARN"));
    const QTextCharFormat plainString = formatAt(typeRow, QStringLiteral("TECHNICAL"));
    const LevelStyle fatalStyle = LevelStyle::forLevel(ErrorLevel::Fatal, viewer.palette());
    QCOMPARE(fatal.background().color(), fatalStyle.background);
    QCOMPARE(fatal.foreground().color(), fatalStyle.foreground);
    QCOMPARE(warn.background().color(), LevelStyle::forLevel(ErrorLevel::Warn, viewer.palette()).background);
    QVERIFY(plainString.foreground().style() != Qt::NoBrush); // other strings are highlighted too ...
    QVERIFY(plainString.foreground().color() != fatal.foreground().color()); // ... differently
    QCOMPARE(plainString.background().style(), Qt::NoBrush);

    // A JSON body without levels uses the plain JSON definition.
    viewer.showExchange(exchangeWith(200, "application/json", "{\"accounts\": []}"));
    QCOMPARE(view->definitionName(), QStringLiteral("JSON"));
}

void TestResponseViewer::quotaNoticeUnderTenPercentAndOn429()
{
    ResponseViewer viewer;
    viewer.setApplicationName(QStringLiteral("Demo app"));
    QSignalSpy raised(&viewer, &ResponseViewer::quotaNoticeRaised);
    const auto withQuota = [](int status, qint64 remaining) {
        Exchange e = exchangeWith(status, "application/json", "{}");
        e.quota.valid = true;
        e.quota.fromHeaders = true;
        e.quota.limit = 1000;
        e.quota.remaining = remaining;
        e.quota.resetAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        return e;
    };
    viewer.showExchange(withQuota(200, 500));
    QCOMPARE(raised.count(), 0);
    QVERIFY(!viewer.isQuotaNoticeVisible());
    viewer.showExchange(withQuota(200, 100)); // exactly 10 %: not under
    QCOMPARE(raised.count(), 0);
    viewer.showExchange(withQuota(200, 99));
    QCOMPARE(raised.count(), 1);
    QVERIFY(viewer.isQuotaNoticeVisible());
    QVERIFY2(viewer.quotaNotice().contains(QLatin1String("Demo app")) && viewer.quotaNotice().contains(QLatin1String("99")),
             qPrintable(viewer.quotaNotice()));
    viewer.showExchange(withQuota(200, 98)); // still under: no second notice
    QCOMPARE(raised.count(), 1);

    auto *dismiss = viewer.findChild<QToolButton *>(QStringLiteral("quotaNoticeDismiss"));
    QVERIFY(dismiss);
    dismiss->click();
    QVERIFY(!viewer.isQuotaNoticeVisible());

    Exchange limited = withQuota(429, 0);
    limited.responseHeaders.append(qMakePair(QByteArray("Retry-After"), QByteArray("30")));
    viewer.showExchange(limited);
    QCOMPARE(raised.count(), 2);
    QVERIFY(viewer.isQuotaNoticeVisible());
    QVERIFY2(viewer.quotaNotice().contains(QLatin1String("429")) && viewer.quotaNotice().contains(QLatin1String("30 second")),
             qPrintable(viewer.quotaNotice()));
    viewer.showExchange(withQuota(429, 0)); // every 429 is told
    QCOMPARE(raised.count(), 3);
}

void TestResponseViewer::darkPaletteChangesThemeAndKeepsContrast()
{
    ResponseViewer viewer;
    viewer.resize(900, 700);
    viewer.setPalette(lightPalette());
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.showExchange(exchangeWith(503, "application/json", errorBody()));
    BodyView *view = viewer.bodyView();
    QTRY_VERIFY(view->highlightedRows() >= view->rowCount());

    struct Look
    {
        QString theme;
        QColor status;
        QColor badgeFg, badgeBg;
        QColor keyColour;
        QImage bodyPixels;
    };
    const auto look = [&] {
        Look l;
        l.theme = view->themeName();
        l.status = viewer.statusColour();
        QTreeWidgetItem *fatal = viewer.errorsPanel()->tree()->topLevelItem(0);
        l.badgeFg = fatal->foreground(0).color();
        l.badgeBg = fatal->background(0).color();
        const qint64 row = rowContaining(view, QStringLiteral("\"message\""));
        for (const auto &range : view->rowFormats(row)) {
            if (range.start <= 7 && 7 < range.start + range.length)
                l.keyColour = range.format.foreground().color();
        }
        l.bodyPixels = view->viewport()->grab().toImage();
        return l;
    };
    const Look light = look();
    viewer.setPalette(darkPalette());
    QTRY_VERIFY(isDarkPalette(view->palette()));
    const Look dark = look();

    QVERIFY2(light.theme != dark.theme, qPrintable(light.theme + QStringLiteral(" / ") + dark.theme));
    QVERIFY(light.status != dark.status);
    QVERIFY(light.badgeBg != dark.badgeBg);
    QVERIFY(light.keyColour.isValid() && dark.keyColour.isValid());
    QVERIFY(light.keyColour != dark.keyColour);

    const QColor lightBase = lightPalette().color(QPalette::Base);
    const QColor darkBase = darkPalette().color(QPalette::Base);
    QVERIFY(contrast(light.badgeFg, light.badgeBg) >= 4.5);
    QVERIFY(contrast(dark.badgeFg, dark.badgeBg) >= 4.5);
    QVERIFY2(contrast(dark.status, darkPalette().color(QPalette::Window)) >= 4.5, qPrintable(dark.status.name()));
    QVERIFY2(contrast(light.status, lightPalette().color(QPalette::Window)) >= 4.5, qPrintable(light.status.name()));
    QVERIFY2(contrast(light.keyColour, lightBase) >= 3.0, qPrintable(light.keyColour.name()));
    QVERIFY2(contrast(dark.keyColour, darkBase) >= 3.0, qPrintable(dark.keyColour.name()));
    for (const ErrorLevel level : { ErrorLevel::Fatal, ErrorLevel::Error, ErrorLevel::Warn }) {
        const LevelStyle s = LevelStyle::forLevel(level, darkPalette());
        QVERIFY(contrast(s.foreground, s.background) >= 4.5);
    }

    // The painted body follows: its background is the dark base.
    QCOMPARE(dark.bodyPixels.pixelColor(dark.bodyPixels.width() - 5, dark.bodyPixels.height() - 5), darkBase);
    QCOMPARE(light.bodyPixels.pixelColor(light.bodyPixels.width() - 5, light.bodyPixels.height() - 5), lightBase);
}

void TestResponseViewer::echoedCredentialsAreMaskedInTheBody()
{
    // SEC-08: an echo endpoint returns the request's headers in the body.
    const PreparedRequest req = request(QStringLiteral("https://127.0.0.1:9/__echo"));
    Exchange e = exchangeWith(200, "application/json",
                              "{\"headers\": {\"authorization\": \"Bearer " + kToken + "\", \"x-api-key\": \"" + kApiKey + "\"}}");
    e.requestHeaders = req.maskedHeaders();
    ResponseViewer viewer;
    viewer.resize(800, 600);
    viewer.show();
    viewer.showExchange(e, &req);
    const QString body = viewer.bodyText();
    QVERIFY2(!body.contains(QString::fromLatin1(kToken)) && !body.contains(QString::fromLatin1(kApiKey)), qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("Bearer ••••")));
    const auto *raw = viewer.findChild<QPlainTextEdit *>(QStringLiteral("rawExchange"));
    QVERIFY(raw);
    QVERIFY(!raw->toPlainText().contains(QString::fromLatin1(kToken)));
    QVERIFY(!viewer.supportBundle().contains(QString::fromLatin1(kApiKey)));
}

void TestResponseViewer::rawAndHeadersShowMaskedValuesWithoutMojibake()
{
    const PreparedRequest req = request(QStringLiteral("https://127.0.0.1:9/accounts/v3/accounts"));
    Exchange e = exchangeWith(200, "application/json", "{}");
    e.method = req.method;
    e.requestHeaders = req.maskedHeaders();
    // A masked value among the response headers, and a Latin-1 byte from the wire.
    e.responseHeaders.append(
        qMakePair(QByteArray("set-cookie"), SecretMasker::mask("sid=0123456789abcdef0123")));
    e.responseHeaders.append(qMakePair(QByteArray("x-branch"), QByteArray("Espoo caf\xe9")));
    ResponseViewer viewer;
    viewer.showExchange(e, &req);

    const QString bullets = QString(4, QChar(0x2022));
    const auto *raw = viewer.findChild<QPlainTextEdit *>(QStringLiteral("rawExchange"));
    QVERIFY(raw);
    const QString text = raw->toPlainText();
    const QString keyLine
        = QStringLiteral("x-api-key: ") + bullets + QString::fromLatin1(kApiKey.right(4));
    QVERIFY2(text.contains(keyLine), qPrintable(text));
    QCOMPARE(SecretMasker::mask(kApiKey), keyLine.mid(11).toUtf8()); // the masker's own characters
    QVERIFY2(text.contains(QStringLiteral("Authorization: Bearer ") + bullets
                 + QString::fromLatin1(kToken.right(4))),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("set-cookie: ") + bullets + QStringLiteral("0123")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("x-branch: Espoo caf\u00e9")), qPrintable(text));
    for (const QString &mojibake : { QStringLiteral("\u00e2\u20ac\u00a2"),
             QStringLiteral("\u00e2\u0080\u00a2"), QStringLiteral("\u00e2") }) {
        QVERIFY2(!text.contains(mojibake), qPrintable(text));
    }

    const auto *table = viewer.findChild<QTableWidget *>(QStringLiteral("responseHeaders"));
    QVERIFY(table);
    QHash<QString, QString> shown;
    for (int row = 0; row < table->rowCount(); ++row)
        shown.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    QCOMPARE(shown.value(QStringLiteral("set-cookie")), bullets + QStringLiteral("0123"));
    QCOMPARE(shown.value(QStringLiteral("x-branch")), QStringLiteral("Espoo caf\u00e9"));
}

void TestResponseViewer::rawShowsEveryHopOfACrossOriginRedirect()
{
    qRegisterMetaType<Exchange>();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    sandbox::SandboxServer server;
    sandbox::SandboxOptions options;
    options.dataDir = dir.filePath(QStringLiteral("sim"));
    const Status started = server.start(options);
    QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
    auto catalog = ApiProduct::parseCatalog(server.catalog());
    QVERIFY(catalog.ok());
    const sandbox::AppCredentials app = server.registerApplication(QStringLiteral("raw-hops"), {});

    RequestContext context;
    context.environment
        = Environment::localSimulator(server.httpsBaseUrl(), server.caCertificatePath());
    context.catalog = *catalog;
    context.apiKey = app.apiKey;
    context.token = Token::staticToken(2);
    // 127.0.0.1 -> localhost is another origin on the same simulator.
    const QString target = QStringLiteral("https://localhost:%1/__echo").arg(server.httpsPort());
    RequestSpec spec;
    spec.method = QStringLiteral("POST");
    spec.url = QStringLiteral("/__test/redirect");
    spec.query = { { QStringLiteral("to"), target, true },
        { QStringLiteral("status"), QStringLiteral("303"), true } };
    spec.headers = { { QStringLiteral("Content-Type"), QStringLiteral("application/json"), true } };
    spec.body = QByteArrayLiteral("{\"amount\":\"12.50\"}");
    const auto prepared = RequestBuilder::build(spec, context);
    QVERIFY2(prepared.ok(), qPrintable(prepared.errorMessage()));

    HttpEngine engine;
    TlsProfile trust;
    trust.extraCaCertificates = { server.caCertificate() };
    QSignalSpy finished(&engine, &HttpEngine::finished);
    engine.send(*prepared, trust);
    QVERIFY(finished.wait(30000));
    const Exchange e = finished.first().at(1).value<Exchange>();
    QVERIFY2(e.status == 200, qPrintable(e.error));

    ResponseViewer viewer;
    viewer.showExchange(e, &*prepared);
    const QString raw
        = viewer.findChild<QPlainTextEdit *>(QStringLiteral("rawExchange"))->toPlainText();
    const qsizetype first = raw.indexOf(
        QStringLiteral("#1 POST ") + server.httpsBaseUrl() + QStringLiteral("/__test/redirect?"));
    const qsizetype second = raw.indexOf(QStringLiteral("#2 GET ") + target);
    QVERIFY2(first >= 0 && second > first, qPrintable(raw));
    const QString hop1 = raw.mid(first, second - first);
    const QString hop2 = raw.mid(second);
    const QString bullets = QString(4, QChar(0x2022));
    QVERIFY2(hop1.contains(QStringLiteral("x-api-key: ") + bullets + app.apiKey.right(4)),
        qPrintable(hop1));
    QVERIFY2(hop1.contains(QStringLiteral("HTTP 303")), qPrintable(hop1));
    QVERIFY2(hop1.contains(QStringLiteral("18 bytes")), qPrintable(hop1));
    QVERIFY2(!hop2.contains(QStringLiteral("x-api-key"), Qt::CaseInsensitive), qPrintable(hop2));
    QVERIFY2(
        !hop2.contains(QStringLiteral("x-authorization"), Qt::CaseInsensitive), qPrintable(hop2));
    QVERIFY2(hop2.contains(QStringLiteral("HTTP 200")), qPrintable(hop2));
    QVERIFY(!raw.contains(app.apiKey));
    QVERIFY(!raw.contains(Token::staticToken(2).value));
    QVERIFY2(!raw.contains(QChar(0x00e2)), qPrintable(raw));
}

void TestResponseViewer::meaningAndErrorsSummaryAgree_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("level");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("400 FATAL") << 400 << QByteArray("FATAL")
                               << QStringLiteral("unchanged will not succeed");
    QTest::newRow("400 ERROR") << 400 << QByteArray("ERROR")
                               << QStringLiteral("unchanged will not succeed");
    QTest::newRow("404 WARN") << 404 << QByteArray("WARN")
                              << QStringLiteral("unchanged will not succeed");
    QTest::newRow("429 FATAL") << 429 << QByteArray("FATAL") << QStringLiteral("Retry-After");
    QTest::newRow("503 FATAL") << 503 << QByteArray("FATAL") << QStringLiteral("retry later");
    QTest::newRow("200 WARN") << 200 << QByteArray("WARN")
                              << QStringLiteral("succeeded with warnings");
    QTest::newRow("200 FATAL") << 200 << QByteArray("FATAL") << QStringLiteral("succeeded, but");
}

void TestResponseViewer::meaningAndErrorsSummaryAgree()
{
    QFETCH(int, status);
    QFETCH(QByteArray, level);
    QFETCH(QString, phrase);
    ResponseViewer viewer;
    viewer.showExchange(exchangeWith(status, "application/json",
        "{\"errors\":[{\"id\":\"x1\",\"level\":\"" + level
            + "\",\"type\":\"TECHNICAL\",\"message\":\"m\"}]}"));
    const QString meaning = viewer.meaningText();
    const QString summary = viewer.errorsPanel()->summaryText();
    QVERIFY2(meaning.contains(phrase, Qt::CaseInsensitive), qPrintable(meaning));
    QVERIFY2(summary.contains(phrase, Qt::CaseInsensitive), qPrintable(summary));
    const auto any = [](const QString &text, std::initializer_list<const char *> phrases) {
        return std::any_of(phrases.begin(), phrases.end(), [&text](const char *p) {
            return text.contains(QLatin1String(p), Qt::CaseInsensitive);
        });
    };
    const QString both = meaning + QLatin1Char('\n') + summary;
    const bool noRetry = any(both, { "will not succeed", "no retry", "not retry" });
    const bool retry
        = any(both, { "retry later", "retried later", "then retry", "may be retried" });
    QVERIFY2(!(noRetry && retry), qPrintable(both));
    if (status < 400) {
        QVERIFY2(!any(both, { "failed", "retry" }), qPrintable(both));
    } else {
        QVERIFY2(!any(both, { "succeeded", "successful" }), qPrintable(both));
    }
}

QTEST_MAIN(TestResponseViewer)
#include "tst_responseviewer.moc"
