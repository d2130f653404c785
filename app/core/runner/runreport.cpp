#include "runner/runreport.h"

#include "security/redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace opc::RunReport {

namespace {


Redactor redactorFor(const QList<QByteArray> &secrets)
{
    Redactor redactor;
    redactor.setKnownSecrets(secrets);
    return redactor;
}

QString caseName(const RunResult &r, int iterations)
{
    return iterations > 1 ? QCoreApplication::translate("opc::RunReport", "%1 [iteration %2]").arg(r.item.path).arg(r.iteration + 1)
                          : r.item.path;
}

int iterationsOf(const RunSummary &summary)
{
    int iterations = 1;
    for (const RunResult &r : summary.results) {
        iterations = qMax(iterations, r.iteration + 1);
    }
    return iterations;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QByteArray junit(const RunSummary &summary, const QList<QByteArray> &secrets)
{
    const Redactor redactor = redactorFor(secrets);
    const int iterations = iterationsOf(summary);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    const QString suite = summary.name.isEmpty() ? QCoreApplication::translate("opc::RunReport", "collection run") : summary.name;
    xml.writeStartElement("testsuites"_L1);
    xml.writeAttribute("name"_L1, suite);
    xml.writeAttribute("tests"_L1, QString::number(summary.requests()));
    xml.writeAttribute("failures"_L1, QString::number(summary.failed));
    xml.writeAttribute("skipped"_L1, QString::number(summary.skipped));
    xml.writeAttribute("time"_L1, seconds(summary.wallMs));
    xml.writeStartElement("testsuite"_L1);
    xml.writeAttribute("name"_L1, suite);
    xml.writeAttribute("tests"_L1, QString::number(summary.requests()));
    xml.writeAttribute("failures"_L1, QString::number(summary.failed));
    xml.writeAttribute("errors"_L1, u"0"_s);
    xml.writeAttribute("skipped"_L1, QString::number(summary.skipped));
    xml.writeAttribute("time"_L1, seconds(summary.wallMs));
    xml.writeAttribute("timestamp"_L1, summary.started.toUTC().toString(Qt::ISODate));
    for (const RunResult &r : summary.results) {
        xml.writeStartElement("testcase"_L1);
        xml.writeAttribute("classname"_L1, suite);
        xml.writeAttribute("name"_L1, caseName(r, iterations));
        xml.writeAttribute("time"_L1, seconds(qMax<qint64>(0, r.exchange.timings.finished)));
        if (r.skipped) {
            xml.writeStartElement("skipped"_L1);
            if (!r.refusal.isEmpty()) {
                xml.writeAttribute("message"_L1, redactor.redactText(r.refusal));
            }
            xml.writeEndElement();
        } else if (!r.passed()) {
            xml.writeStartElement("failure"_L1);
            xml.writeAttribute("message"_L1, redactor.redactText(r.failureSummary()));
            QStringList lines;
            lines << QCoreApplication::translate("opc::RunReport", "%1 %2 -> %3")
                         .arg(r.item.spec.method,
                             redactor.redactText(
                                 r.exchange.url.isEmpty() ? r.item.spec.url : r.exchange.url),
                             r.statusText());
            for (const AssertionResult &a : r.assertions) {
                lines << (a.passed ? QCoreApplication::translate("opc::RunReport", "passed: %1").arg(a.assertion.describe())
                                   : QCoreApplication::translate("opc::RunReport", "FAILED: %1").arg(redactor.redactText(a.message)));
            }
            xml.writeCharacters(lines.join(u'\n'));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray json(const RunSummary &summary, const QList<QByteArray> &secrets)
{
    const Redactor redactor = redactorFor(secrets);
    QJsonArray results;
    for (const RunResult &r : summary.results) {
        QJsonArray assertions;
        for (const AssertionResult &a : r.assertions) {
            assertions.append(QJsonObject { { u"assertion"_s, a.assertion.describe() },
                { u"kind"_s, Assertion::kindName(a.assertion.kind) }, { u"passed"_s, a.passed },
                { u"message"_s, redactor.redactText(a.message) } });
        }
        QJsonObject o { { u"iteration"_s, r.iteration + 1 }, { u"request"_s, r.item.path },
            { u"method"_s, r.item.spec.method },
            { u"url"_s,
                redactor.redactText(r.exchange.url.isEmpty() ? r.item.spec.url : r.exchange.url) },
            { u"outcome"_s,
                r.skipped        ? u"skipped"_s
                    : r.passed() ? u"passed"_s
                                 : u"failed"_s },
            { u"assertions"_s, assertions } };
        if (r.exchange.hasResponse()) {
            o.insert(u"status"_s, r.exchange.status);
            o.insert(u"timeMs"_s, r.exchange.timings.finished);
            if (const QString level = r.mostSevereLevel(); !level.isEmpty()) {
                o.insert(u"level"_s, level);
            }
        }
        if (!r.passed() && !r.skipped) {
            o.insert(u"failure"_s, redactor.redactText(r.failureSummary()));
        }
        if (r.skipped && !r.refusal.isEmpty()) {
            o.insert(u"reason"_s, redactor.redactText(r.refusal));
        }
        if (!r.captureErrors.isEmpty()) {
            o.insert(u"captureErrors"_s, QJsonArray::fromStringList(r.captureErrors));
        }
        results.append(o);
    }
    QJsonObject root { { u"name"_s, summary.name },
        { u"started"_s, summary.started.toUTC().toString(Qt::ISODate) },
        { u"wallMs"_s, summary.wallMs }, { u"passed"_s, summary.passed },
        { u"failed"_s, summary.failed }, { u"skipped"_s, summary.skipped },
        { u"assertionsPassed"_s, summary.assertionsPassed },
        { u"assertionsFailed"_s, summary.assertionsFailed }, { u"cancelled"_s, summary.cancelled },
        { u"results"_s, results } };
    if (!summary.stopReason.isEmpty()) {
        root.insert(u"stopReason"_s, redactor.redactText(summary.stopReason));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Histogram latencyHistogram(const RunSummary &summary, int buckets)
{
    Histogram h;
    QList<qint64> times;
    for (const RunResult &r : summary.results) {
        if (!r.skipped && r.exchange.hasResponse()) {
            times.append(qMax<qint64>(0, r.exchange.timings.finished));
        }
    }
    if (times.isEmpty() || buckets < 1) {
        return h;
    }
    const qint64 longest = *std::max_element(times.cbegin(), times.cend());
    const qint64 width = qMax<qint64>(1, (longest + buckets) / buckets);
    for (int i = 0; i < buckets; ++i) {
        h.upperBoundsMs.append(width * (i + 1));
        h.counts.append(0);
    }
    for (qint64 t : std::as_const(times)) {
        const int bucket = int(qMin<qint64>(buckets - 1, t / width));
        ++h.counts[bucket];
    }
    return h;
}

QByteArray html(const RunSummary &summary, const QList<QByteArray> &secrets)
{
    const Redactor redactor = redactorFor(secrets);
    const int iterations = iterationsOf(summary);
    const Histogram histogram = latencyHistogram(summary);
    QString page;
    page += u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"_s;
    page += u"<title>%1</title>"_s.arg(
        escapeHtml(summary.name.isEmpty() ? QCoreApplication::translate("opc::RunReport", "Collection run") : summary.name));
    page += uR"(<style>
body{font-family:system-ui,sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}.counts span{margin-right:1.5em;font-weight:600}
.pass{color:#2e7d32}.fail{color:#c62828}.skip{color:#757575}
table{border-collapse:collapse;width:100%;margin-top:1em}
th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
tr.failed{background:#fdecea}td.num{text-align:right;font-variant-numeric:tabular-nums}
svg text{font-size:11px;fill:#444}
</style></head><body>)"_s;
    page += u"<h1>%1</h1>"_s.arg(
        escapeHtml(summary.name.isEmpty() ? QCoreApplication::translate("opc::RunReport", "Collection run") : summary.name));
    page += u"<p class=\"counts\"><span class=\"pass\">%1</span><span class=\"fail\">%2</span>"_s
                .arg(QCoreApplication::translate("opc::RunReport", "%1 passed").arg(summary.passed), QCoreApplication::translate("opc::RunReport", "%1 failed").arg(summary.failed));
    if (summary.skipped > 0) {
        page += u"<span class=\"skip\">%1</span>"_s.arg(QCoreApplication::translate("opc::RunReport", "%1 skipped").arg(summary.skipped));
    }
    page += u"<span>%1</span></p>"_s.arg(
        QCoreApplication::translate("opc::RunReport", "%1 of %2 assertions passed, %3 ms in all")
            .arg(summary.assertionsPassed)
            .arg(summary.assertionsPassed + summary.assertionsFailed)
            .arg(summary.wallMs));
    if (!summary.stopReason.isEmpty()) {
        page += u"<p>%1</p>"_s.arg(
            escapeHtml(QCoreApplication::translate("opc::RunReport", "Stopped: %1").arg(redactor.redactText(summary.stopReason))));
    }
    if (!histogram.counts.isEmpty()) {
        const int most = *std::max_element(histogram.counts.cbegin(), histogram.counts.cend());
        const int barWidth = 40, height = 120, left = 30;
        page += u"<h2>%1</h2><svg width=\"%2\" height=\"%3\" role=\"img\">"_s
                    .arg(QCoreApplication::translate("opc::RunReport", "Response times"))
                    .arg(left + barWidth * histogram.counts.size() + 10)
                    .arg(height + 40);
        for (qsizetype i = 0; i < histogram.counts.size(); ++i) {
            const int h = most > 0 ? histogram.counts.at(i) * height / most : 0;
            const int x = left + int(i) * barWidth;
            page
                += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#1976d2\"><title>%5</title></rect>"_s
                       .arg(x + 2)
                       .arg(10 + height - h)
                       .arg(barWidth - 4)
                       .arg(h)
                       .arg(QCoreApplication::translate("opc::RunReport", "%1 requests up to %2 ms")
                                .arg(histogram.counts.at(i))
                                .arg(histogram.upperBoundsMs.at(i)));
            page += u"<text x=\"%1\" y=\"%2\">%3</text>"_s.arg(x + 4)
                        .arg(height + 25)
                        .arg(histogram.upperBoundsMs.at(i));
            if (histogram.counts.at(i) > 0) {
                page += u"<text x=\"%1\" y=\"%2\">%3</text>"_s.arg(x + 8)
                            .arg(6 + height - h)
                            .arg(histogram.counts.at(i));
            }
        }
        page += u"<text x=\"0\" y=\"%1\">ms</text></svg>"_s.arg(height + 25);
    }
    page
        += u"<table><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead><tbody>"_s
               .arg(QCoreApplication::translate("opc::RunReport", "Request"), QCoreApplication::translate("opc::RunReport", "Status"), QCoreApplication::translate("opc::RunReport", "Level"), QCoreApplication::translate("opc::RunReport", "Assertions"), QCoreApplication::translate("opc::RunReport", "Time (ms)"),
                   QCoreApplication::translate("opc::RunReport", "Result"));
    for (const RunResult &r : summary.results) {
        const bool passed = r.passed();
        int ok = 0;
        for (const AssertionResult &a : r.assertions) {
            ok += a.passed ? 1 : 0;
        }
        const QString outcome = r.skipped ? u"<span class=\"skip\">%1</span>"_s.arg(QCoreApplication::translate("opc::RunReport", "skipped"))
            : passed                      ? u"<span class=\"pass\">%1</span>"_s.arg(QCoreApplication::translate("opc::RunReport", "passed"))
                                          : u"<span class=\"fail\">%1</span> %2"_s.arg(
                                              QCoreApplication::translate("opc::RunReport", "failed"), escapeHtml(redactor.redactText(r.failureSummary())));
        page
            += u"<tr%1><td>%2</td><td>%3</td><td>%4</td><td class=\"num\">%5/%6</td><td class=\"num\">%7</td><td>%8</td></tr>"_s
                   .arg(!passed && !r.skipped ? u" class=\"failed\""_s : QString(),
                       escapeHtml(caseName(r, iterations)), r.statusText(), r.mostSevereLevel())
                   .arg(ok)
                   .arg(r.assertions.size())
                   .arg(r.exchange.hasResponse() ? QString::number(r.exchange.timings.finished)
                                                 : QString())
                   .arg(outcome);
    }
    page += u"</tbody></table></body></html>\n"_s;
    return page.toUtf8();
}

QString cli(const RunSummary &summary, const QList<QByteArray> &secrets)
{
    const Redactor redactor = redactorFor(secrets);
    const int iterations = iterationsOf(summary);
    QString out;
    for (const RunResult &r : summary.results) {
        const QString mark = r.skipped ? QCoreApplication::translate("opc::RunReport", "SKIP") : r.passed() ? QCoreApplication::translate("opc::RunReport", "PASS") : QCoreApplication::translate("opc::RunReport", "FAIL");
        QString line = u"%1  %2  %3"_s.arg(mark, caseName(r, iterations), r.statusText());
        if (r.exchange.hasResponse()) {
            line += QCoreApplication::translate("opc::RunReport", ", %1 ms").arg(r.exchange.timings.finished);
        }
        out += line + u'\n';
        if (!r.skipped && !r.passed()) {
            out += u"      %1\n"_s.arg(redactor.redactText(r.failureSummary()));
        }
        for (const QString &error : r.captureErrors) {
            out += u"      %1\n"_s.arg(QCoreApplication::translate("opc::RunReport", "capture: %1").arg(redactor.redactText(error)));
        }
    }
    if (!summary.stopReason.isEmpty()) {
        out += QCoreApplication::translate("opc::RunReport", "Stopped: %1").arg(redactor.redactText(summary.stopReason)) + u'\n';
    }
    out += QCoreApplication::translate("opc::RunReport", "%1 of %2 assertions passed in %3 ms")
               .arg(summary.assertionsPassed)
               .arg(summary.assertionsPassed + summary.assertionsFailed)
               .arg(summary.wallMs)
        + u'\n';
    out += summary.countsLine() + u'\n';
    return out;
}

} // namespace opc::RunReport
