// Loads a generated JSON body into a shown BodyView (or, as the baseline, a
// QPlainTextEdit) and prints: time to the first painted screen, the longest
// gap between ticks of a 5 ms timer during load + first paint + scroll to the
// end, and the peak resident memory added over the window alone, as a
// multiple of the body size. One body per process so peaks do not mix.
#include "bodyview/bodyview.h"

#include "benchsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

QByteArray generate(qint64 bytes, bool pretty)
{
    QByteArray out;
    out.reserve(bytes + 512);
    out += pretty ? "[\n" : "[";
    for (qint64 n = 0; out.size() < bytes; ++n) {
        const QByteArray id = QByteArray::number(n);
        if (n)
            out += pretty ? ",\n" : ",";
        if (pretty) {
            out += "  {\n    \"id\": " + id + ",\n    \"name\": \"account " + id
                   + "\",\n    \"iban\": \"FI2112345600000785\",\n    \"amount\": \"1234.50\",\n"
                     "    \"flags\": [true, false, null],\n    \"owner\": {\n      \"kind\": \"person\",\n"
                     "      \"since\": \"2021-04-01\"\n    }\n  }";
        } else {
            out += R"({"id":)" + id + R"(,"name":"account )" + id
                   + R"(","iban":"FI2112345600000785","amount":"1234.50","flags":[true,false,null],"owner":{"kind":"person","since":"2021-04-01"}})";
        }
    }
    out += pretty ? "\n]\n" : "]";
    return out;
}

class TimedEdit : public QPlainTextEdit
{
public:
    std::function<void()> onPaint;

protected:
    void paintEvent(QPaintEvent *e) override
    {
        QPlainTextEdit::paintEvent(e);
        if (onPaint)
            onPaint();
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 mb = args.value(args.indexOf(QStringLiteral("--size")) + 1).toLongLong();
    const bool pretty = args.contains(QStringLiteral("pretty"));
    const bool baseline = args.contains(QStringLiteral("--baseline"));
    const bool prettyMode = args.contains(QStringLiteral("--pretty-mode"));

    std::unique_ptr<QWidget> widget;
    opc::ui::BodyView *view = nullptr;
    TimedEdit *edit = nullptr;
    if (baseline) {
        edit = new TimedEdit;
        edit->setReadOnly(true);
        widget.reset(edit);
    } else {
        view = new opc::ui::BodyView;
        widget.reset(view);
    }
    widget->resize(1200, 800);
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget.get()))
        return 1;
    QTest::qWait(100);

    const qint64 rssBefore = opc::bench::procStatusKb("VmRSS");
    const QByteArray body = generate(mb * 1024 * 1024, pretty);

    opc::bench::StallProbe probe(&app);
    qint64 start = 0;
    probe.start();
    QTest::qWait(50);
    probe.reset();

    qint64 firstPaint = -1;
    int paints = 0;
    auto painted = [&] {
        ++paints;
        if (firstPaint < 0 && start)
            firstPaint = probe.now() - start;
    };
    bool indexed = baseline;
    if (view) {
        QObject::connect(view, &opc::ui::BodyView::screenPainted, &app, [&](qint64, int rows) {
            if (rows > 0)
                painted();
        });
        if (prettyMode) {
            // Pretty mode: done when the re-indented text is on screen.
            view->setPretty(true);
            QObject::connect(view, &opc::ui::BodyView::prettyReady, &app, [&] { indexed = true; });
        } else {
            QObject::connect(view, &opc::ui::BodyView::indexReady, &app, [&] { indexed = true; });
        }
    } else {
        edit->onPaint = painted;
    }

    QTimer::singleShot(0, &app, [&] {
        start = probe.now();
        probe.setOrigin(start);
        if (view)
            view->setBody(body, QStringLiteral("application/json"));
        else
            edit->setPlainText(QString::fromUtf8(body));
    });
    QElapsedTimer limit;
    limit.start();
    while ((firstPaint < 0 || !indexed) && limit.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

    QAbstractScrollArea *area = view ? static_cast<QAbstractScrollArea *>(view) : edit;
    const int before = paints;
    area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
    while (paints == before && limit.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (prettyMode && qEnvironmentVariableIsSet("OPC_BENCH_VERBOSE"))
        std::fprintf(stderr, "pretty text on screen after %.0f ms, %lld bytes\n", (probe.now() - start) / 1e6, qint64(view->text().size()));
    QTest::qWait(300); // background highlighting keeps running: it is measured too
    probe.stop();

    const qint64 peakKb = opc::bench::procStatusKb("VmHWM");
    if (qEnvironmentVariableIsSet("OPC_BENCH_VERBOSE"))
        std::fprintf(stderr, "longest stall ended %.1f ms after the load began\n", probe.maxGapAt() / 1e6);
    std::printf("result %.1f %.1f %.2f %.0f\n", firstPaint / 1e6, probe.maxGap() / 1e6,
                double(peakKb - rssBefore) * 1024.0 / double(body.size()), peakKb / 1024.0);
    return firstPaint < 0 ? 2 : 0;
}
