#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace opc::fuzz {

/// One parser or builder fed arbitrary bytes. A target must never crash,
/// hang or assert, whatever the input; it checks the invariants that must
/// hold for any input (RELIABILITY-BAR TOOL-01) and aborts when one fails.
struct Target
{
    const char *name;
    void (*run)(const QByteArray &input);
    /// Tokens worth splicing into inputs (delimiters, keywords).
    QList<QByteArray> dictionary;
};

const QList<Target> &targets();
const Target *find(const QString &name);

} // namespace opc::fuzz
