#pragma once

#include "runner/collectionrunner.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace opc {

/// Reports of a collection run. Every value a request of the run carried
/// (@p secrets: keys, secrets, tokens) and every secret the scanner finds is
/// masked in every report.
namespace RunReport {

/// JUnit XML: one testsuite per run, one testcase per request and
/// iteration, a <failure> naming the failed assertion and what was found.
QByteArray junit(const RunSummary &summary, const QList<QByteArray> &secrets);
/// The whole run as JSON: counts, per request the status, time, level and
/// every assertion with its outcome.
QByteArray json(const RunSummary &summary, const QList<QByteArray> &secrets);
/// One self-contained HTML page: counts, a latency histogram (inline SVG)
/// and the results table; no script, no external resource.
QByteArray html(const RunSummary &summary, const QList<QByteArray> &secrets);
/// The command line's report: one line per request, the failures with
/// their reasons, and the counts line last.
QString cli(const RunSummary &summary, const QList<QByteArray> &secrets);

/// Latency histogram buckets (upper bounds in ms) and counts, shared by the
/// HTML report and the runner pane's chart.
struct Histogram
{
    QList<qint64> upperBoundsMs;
    QList<int> counts;
};
Histogram latencyHistogram(const RunSummary &summary, int buckets = 12);

} // namespace RunReport

} // namespace opc
