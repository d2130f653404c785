#include "runner/assertions.h"

#include "errors/errorpayload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opc::Assertions {

namespace {


std::optional<QByteArray> header(const Exchange &exchange, const QString &name)
{
    const QByteArray wanted = name.trimmed().toLatin1().toLower();
    for (const auto &[key, value] : exchange.responseHeaders) {
        if (key.toLower() == wanted) {
            return value;
        }
    }
    return std::nullopt;
}

/// A JSON value as the user reads it: strings without quotes, the rest as JSON.
QString valueText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

/// The body as JSON, or an error sentence.
Result<QJsonValue> bodyJson(const Exchange &exchange)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(exchange.body, &error);
    if (error.error != QJsonParseError::NoError) {
        return Result<QJsonValue>::failure(QCoreApplication::translate("opc::Assertions", "the body is not JSON (%1 at offset %2)")
                                               .arg(error.errorString())
                                               .arg(error.offset));
    }
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

/// Parses @p text as one JSON value ("5", "\"EUR\"", "true"); a bare word
/// that is not JSON is taken as a string.
QJsonValue parseExpected(const QString &text)
{
    const QByteArray wrapped = "[" + text.toUtf8() + "]";
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1) {
        return doc.array().first();
    }
    return QJsonValue(text);
}

std::optional<QRegularExpression> regex(const QString &pattern, QString *why)
{
    QRegularExpression re(pattern);
    if (!re.isValid()) {
        *why = QCoreApplication::translate("opc::Assertions", "the regular expression is not valid (%1)").arg(re.errorString());
        return std::nullopt;
    }
    return re;
}

} // namespace

std::optional<QJsonValue> resolvePointer(const QJsonValue &document, const QString &pointer)
{
    if (pointer.isEmpty()) {
        return document;
    }
    if (!pointer.startsWith(u'/')) {
        return std::nullopt;
    }
    QJsonValue at = document;
    const QStringList tokens = pointer.mid(1).split(u'/');
    for (QString token : tokens) {
        token.replace("~1"_L1, "/"_L1).replace("~0"_L1, "~"_L1);
        if (at.isObject()) {
            const QJsonObject object = at.toObject();
            if (!object.contains(token)) {
                return std::nullopt;
            }
            at = object.value(token);
        } else if (at.isArray()) {
            bool ok = false;
            const qsizetype index = token.toLongLong(&ok);
            const QJsonArray array = at.toArray();
            if (!ok || index < 0 || index >= array.size()
                || (token.size() > 1 && token.startsWith(u'0'))) {
                return std::nullopt;
            }
            at = array.at(index);
        } else {
            return std::nullopt;
        }
    }
    return at;
}

AssertionResult evaluate(const Assertion &assertion, const Exchange &exchange)
{
    AssertionResult result;
    result.assertion = assertion;
    const QString name = assertion.describe();
    const auto fail = [&](const QString &why) {
        result.passed = false;
        result.message = QCoreApplication::translate("opc::Assertions", "%1: %2").arg(name, why);
        return result;
    };
    const auto pass = [&] {
        result.passed = true;
        return result;
    };
    if (!exchange.error.isEmpty() || !exchange.hasResponse()) {
        return fail(exchange.error.isEmpty() ? QCoreApplication::translate("opc::Assertions", "no response") : exchange.error);
    }
    switch (assertion.kind) {
    case Assertion::Kind::StatusEquals: {
        bool ok = false;
        const int expected = assertion.expected.trimmed().toInt(&ok);
        if (!ok) {
            return fail(QCoreApplication::translate("opc::Assertions", "\"%1\" is not a status code").arg(assertion.expected));
        }
        return exchange.status == expected ? pass() : fail(QCoreApplication::translate("opc::Assertions", "got %1").arg(exchange.status));
    }
    case Assertion::Kind::StatusInRange: {
        const QStringList bounds = assertion.expected.split(u'-');
        bool lowOk = false, highOk = false;
        const int low = bounds.value(0).trimmed().toInt(&lowOk);
        const int high = bounds.size() == 2 ? bounds.at(1).trimmed().toInt(&highOk) : 0;
        if (bounds.size() != 2 || !lowOk || !highOk || low > high) {
            return fail(QCoreApplication::translate("opc::Assertions", "\"%1\" is not a range such as 200-299").arg(assertion.expected));
        }
        return exchange.status >= low && exchange.status <= high
            ? pass()
            : fail(QCoreApplication::translate("opc::Assertions", "got %1").arg(exchange.status));
    }
    case Assertion::Kind::HeaderExists:
        return header(exchange, assertion.target) ? pass() : fail(QCoreApplication::translate("opc::Assertions", "no such header"));
    case Assertion::Kind::HeaderEquals:
    case Assertion::Kind::HeaderMatches: {
        const std::optional<QByteArray> value = header(exchange, assertion.target);
        if (!value) {
            return fail(QCoreApplication::translate("opc::Assertions", "no such header"));
        }
        const QString text = QString::fromUtf8(*value);
        if (assertion.kind == Assertion::Kind::HeaderEquals) {
            return text == assertion.expected ? pass() : fail(QCoreApplication::translate("opc::Assertions", "got \"%1\"").arg(text));
        }
        QString why;
        const auto re = regex(assertion.expected, &why);
        if (!re) {
            return fail(why);
        }
        return re->match(text).hasMatch() ? pass() : fail(QCoreApplication::translate("opc::Assertions", "got \"%1\"").arg(text));
    }
    case Assertion::Kind::JsonExists:
    case Assertion::Kind::JsonEquals:
    case Assertion::Kind::JsonMatches:
    case Assertion::Kind::JsonType: {
        const Result<QJsonValue> body = bodyJson(exchange);
        if (!body) {
            return fail(body.errorMessage());
        }
        const std::optional<QJsonValue> value = resolvePointer(*body, assertion.target);
        if (!value) {
            return fail(assertion.target.startsWith(u'/') || assertion.target.isEmpty()
                    ? QCoreApplication::translate("opc::Assertions", "no such member")
                    : QCoreApplication::translate("opc::Assertions", "\"%1\" is not a JSON Pointer (it starts with /)").arg(assertion.target));
        }
        if (assertion.kind == Assertion::Kind::JsonExists) {
            return pass();
        }
        if (assertion.kind == Assertion::Kind::JsonType) {
            return typeName(*value) == assertion.expected.trimmed()
                ? pass()
                : fail(QCoreApplication::translate("opc::Assertions", "got a %1").arg(typeName(*value)));
        }
        if (assertion.kind == Assertion::Kind::JsonEquals) {
            const QJsonValue expected = parseExpected(assertion.expected);
            return *value == expected ? pass() : fail(QCoreApplication::translate("opc::Assertions", "got %1").arg(jsonText(*value)));
        }
        QString why;
        const auto re = regex(assertion.expected, &why);
        if (!re) {
            return fail(why);
        }
        return re->match(valueText(*value)).hasMatch() ? pass()
                                                       : fail(QCoreApplication::translate("opc::Assertions", "got %1").arg(jsonText(*value)));
    }
    case Assertion::Kind::ResponseTimeBelow: {
        bool ok = false;
        const qint64 limit = assertion.expected.trimmed().toLongLong(&ok);
        if (!ok) {
            return fail(QCoreApplication::translate("opc::Assertions", "\"%1\" is not a number of milliseconds").arg(assertion.expected));
        }
        return exchange.timings.finished < limit
            ? pass()
            : fail(QCoreApplication::translate("opc::Assertions", "took %1 ms").arg(exchange.timings.finished));
    }
    case Assertion::Kind::NoErrors: {
        const ErrorPayload payload = ErrorPayload::parse(exchange.body);
        const bool warnAllowed = assertion.expected == "warn-allowed"_L1;
        for (const ErrorEntry &entry : payload.entries()) {
            if (entry.level == ErrorLevel::Fatal || entry.level == ErrorLevel::Error
                || (entry.level == ErrorLevel::Warn && !warnAllowed)) {
                return fail(
                    QCoreApplication::translate("opc::Assertions", "%1 %2: %3").arg(errorLevelName(entry.level), entry.type, entry.message));
            }
        }
        return pass();
    }
    }
    return fail(QCoreApplication::translate("opc::Assertions", "unknown assertion"));
}

QList<AssertionResult> evaluateAll(const QList<Assertion> &assertions, const Exchange &exchange)
{
    QList<AssertionResult> results;
    results.reserve(assertions.size());
    for (const Assertion &assertion : assertions) {
        if (assertion.enabled) {
            results.append(evaluate(assertion, exchange));
        }
    }
    return results;
}

Result<QString> capture(const Capture &capture, const Exchange &exchange)
{
    using R = Result<QString>;
    const QString name = capture.describe();
    if (!exchange.error.isEmpty() || !exchange.hasResponse()) {
        return R::failure(
            QCoreApplication::translate("opc::Assertions", "%1: %2").arg(name, exchange.error.isEmpty() ? QCoreApplication::translate("opc::Assertions", "no response") : exchange.error));
    }
    switch (capture.source) {
    case Capture::Source::JsonPointer: {
        const Result<QJsonValue> body = bodyJson(exchange);
        if (!body) {
            return R::failure(QCoreApplication::translate("opc::Assertions", "%1: %2").arg(name, body.errorMessage()));
        }
        const std::optional<QJsonValue> value = resolvePointer(*body, capture.expression);
        if (!value) {
            return R::failure(QCoreApplication::translate("opc::Assertions", "%1: no such member").arg(name));
        }
        return valueText(*value);
    }
    case Capture::Source::Header: {
        const std::optional<QByteArray> value = header(exchange, capture.expression);
        if (!value) {
            return R::failure(QCoreApplication::translate("opc::Assertions", "%1: no such header").arg(name));
        }
        return QString::fromUtf8(*value);
    }
    case Capture::Source::BodyRegex: {
        QString why;
        const auto re = regex(capture.expression, &why);
        if (!re) {
            return R::failure(QCoreApplication::translate("opc::Assertions", "%1: %2").arg(name, why));
        }
        const QRegularExpressionMatch match = re->match(QString::fromUtf8(exchange.body));
        if (!match.hasMatch()) {
            return R::failure(QCoreApplication::translate("opc::Assertions", "%1: no match").arg(name));
        }
        return match.lastCapturedIndex() >= 1 ? match.captured(1) : match.captured(0);
    }
    }
    return R::failure(QCoreApplication::translate("opc::Assertions", "%1: unknown source").arg(name));
}

} // namespace opc::Assertions
