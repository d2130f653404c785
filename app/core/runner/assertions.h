#pragma once

#include "common/result.h"
#include "model/assertion.h"
#include "model/exchange.h"

#include <QJsonValue>
#include <QString>
#include <optional>

namespace opc {

/// The outcome of one assertion on one exchange.
struct AssertionResult
{
    Assertion assertion;
    bool passed = false;
    /// Why it failed, naming the assertion and what was found: "status is
    /// 201: got 400", "/amount equals 5: got 6", "/x exists: no such member".
    QString message;
};

/// Evaluates assertions and captures against a finished exchange. An
/// exchange without a response (refused, timed out) fails every assertion
/// with its error as the reason.
namespace Assertions {

AssertionResult evaluate(const Assertion &assertion, const Exchange &exchange);
/// The enabled ones of @p assertions, in order; a disabled assertion has
/// no result.
QList<AssertionResult> evaluateAll(const QList<Assertion> &assertions, const Exchange &exchange);

/// The value a capture takes from @p exchange, or an error naming the
/// capture ("paymentId from /paymentId: no such member").
Result<QString> capture(const Capture &capture, const Exchange &exchange);

/// RFC 6901 JSON Pointer ("" is the whole document, "/a/0/b", "~0" and
/// "~1" escapes); nullopt when the path does not exist.
std::optional<QJsonValue> resolvePointer(const QJsonValue &document, const QString &pointer);

} // namespace Assertions

} // namespace opc
