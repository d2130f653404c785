#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace opc {

/// One check of a response, saved with the request in a collection and run
/// by the collection runner. What it compares and against what:
///
/// | kind             | target        | expected                         |
/// |------------------|---------------|----------------------------------|
/// | StatusEquals     | -             | "201"                            |
/// | StatusInRange    | -             | "200-299"                        |
/// | HeaderExists     | header name   | -                                |
/// | HeaderEquals     | header name   | value (case-sensitive)           |
/// | HeaderMatches    | header name   | regular expression               |
/// | JsonExists       | JSON Pointer  | -                                |
/// | JsonEquals       | JSON Pointer  | JSON text ("5", "\"EUR\"", ...)  |
/// | JsonMatches      | JSON Pointer  | regular expression (on the text) |
/// | JsonType         | JSON Pointer  | string/number/boolean/object/array/null |
/// | ResponseTimeBelow| -             | milliseconds                     |
/// | NoErrors         | -             | "warn-allowed" or "no-warn"      |
///
/// NoErrors fails on any FATAL or ERROR entry of OP's error payload, and on
/// a WARN unless expected is "warn-allowed".
struct Assertion
{
    enum class Kind {
        StatusEquals,
        StatusInRange,
        HeaderExists,
        HeaderEquals,
        HeaderMatches,
        JsonExists,
        JsonEquals,
        JsonMatches,
        JsonType,
        ResponseTimeBelow,
        NoErrors,
    };

    Kind kind = Kind::StatusEquals;
    QString target;
    QString expected;
    bool enabled = true;

    /// An enabled assertion.
    static Assertion of(Kind kind, const QString &target = {}, const QString &expected = {});

    /// "status is 201", "header x-request-id exists", "/amount equals 5", ...
    QString describe() const;

    /// {"kind":"status-equals","target":...,"expected":...,"enabled":...}
    QJsonObject toJson() const;
    /// nullopt (and @p error) for an unknown kind or a missing field.
    static std::optional<Assertion> fromJson(const QJsonObject &object, QString *error = nullptr);
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    friend bool operator==(const Assertion &, const Assertion &) = default;
};

/// Takes a value from a response into a variable that later requests of the
/// same run use as {{variable}} (e.g. a payment id from the initiate call).
struct Capture
{
    enum class Source {
        JsonPointer, ///< expression: "/paymentId"; strings as they are, other values as JSON text
        Header, ///< expression: header name
        BodyRegex, ///< expression: regular expression; its first group (or the whole match)
    };

    QString variable;
    Source source = Source::JsonPointer;
    QString expression;
    bool enabled = true;

    /// An enabled capture.
    static Capture of(const QString &variable, Source source, const QString &expression);

    /// "paymentId from /paymentId", ...
    QString describe() const;
    QJsonObject toJson() const;
    static std::optional<Capture> fromJson(const QJsonObject &object, QString *error = nullptr);
    static QString sourceName(Source source);
    static std::optional<Source> sourceFromName(const QString &name);

    friend bool operator==(const Capture &, const Capture &) = default;
};

} // namespace opc
