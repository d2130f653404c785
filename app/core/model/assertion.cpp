#include "model/assertion.h"

#include <QCoreApplication>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace opc {

namespace {


constexpr std::array<std::pair<Assertion::Kind, const char *>, 11> kKinds { {
    { Assertion::Kind::StatusEquals, "status-equals" },
    { Assertion::Kind::StatusInRange, "status-in-range" },
    { Assertion::Kind::HeaderExists, "header-exists" },
    { Assertion::Kind::HeaderEquals, "header-equals" },
    { Assertion::Kind::HeaderMatches, "header-matches" },
    { Assertion::Kind::JsonExists, "json-exists" },
    { Assertion::Kind::JsonEquals, "json-equals" },
    { Assertion::Kind::JsonMatches, "json-matches" },
    { Assertion::Kind::JsonType, "json-type" },
    { Assertion::Kind::ResponseTimeBelow, "response-time-below" },
    { Assertion::Kind::NoErrors, "no-errors" },
} };

constexpr std::array<std::pair<Capture::Source, const char *>, 3> kSources { {
    { Capture::Source::JsonPointer, "json-pointer" },
    { Capture::Source::Header, "header" },
    { Capture::Source::BodyRegex, "body-regex" },
} };

bool needsTarget(Assertion::Kind kind)
{
    switch (kind) {
    case Assertion::Kind::HeaderExists:
    case Assertion::Kind::HeaderEquals:
    case Assertion::Kind::HeaderMatches:
        return true;
    default:
        return false; // a JSON Pointer may be "", the whole document
    }
}

bool needsExpected(Assertion::Kind kind)
{
    return kind != Assertion::Kind::HeaderExists && kind != Assertion::Kind::JsonExists
        && kind != Assertion::Kind::NoErrors;
}

} // namespace

QString Assertion::kindName(Kind kind)
{
    for (const auto &[k, name] : kKinds) {
        if (k == kind) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<Assertion::Kind> Assertion::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kKinds) {
        if (name == QLatin1StringView(n)) {
            return k;
        }
    }
    return std::nullopt;
}

Assertion Assertion::of(Kind kind, const QString &target, const QString &expected)
{
    Assertion a;
    a.kind = kind;
    a.target = target;
    a.expected = expected;
    return a;
}

QString Assertion::describe() const
{
    const QString pointer = target.isEmpty() ? u"/"_s : target;
    switch (kind) {
    case Kind::StatusEquals:
        return QCoreApplication::translate("opc::Assertion", "status is %1").arg(expected);
    case Kind::StatusInRange:
        return QCoreApplication::translate("opc::Assertion", "status in %1").arg(expected);
    case Kind::HeaderExists:
        return QCoreApplication::translate("opc::Assertion", "header %1 exists").arg(target);
    case Kind::HeaderEquals:
        return QCoreApplication::translate("opc::Assertion", "header %1 is \"%2\"").arg(target, expected);
    case Kind::HeaderMatches:
        return QCoreApplication::translate("opc::Assertion", "header %1 matches %2").arg(target, expected);
    case Kind::JsonExists:
        return QCoreApplication::translate("opc::Assertion", "%1 exists").arg(pointer);
    case Kind::JsonEquals:
        return QCoreApplication::translate("opc::Assertion", "%1 equals %2").arg(pointer, expected);
    case Kind::JsonMatches:
        return QCoreApplication::translate("opc::Assertion", "%1 matches %2").arg(pointer, expected);
    case Kind::JsonType:
        return QCoreApplication::translate("opc::Assertion", "%1 is a %2").arg(pointer, expected);
    case Kind::ResponseTimeBelow:
        return QCoreApplication::translate("opc::Assertion", "response time below %1 ms").arg(expected);
    case Kind::NoErrors:
        return expected == "warn-allowed"_L1 ? QCoreApplication::translate("opc::Assertion", "no FATAL or ERROR (WARN allowed)")
                                             : QCoreApplication::translate("opc::Assertion", "no FATAL, ERROR or WARN");
    }
    return {};
}

QJsonObject Assertion::toJson() const
{
    QJsonObject o { { u"kind"_s, kindName(kind) } };
    if (!target.isEmpty()) {
        o.insert(u"target"_s, target);
    }
    if (!expected.isEmpty()) {
        o.insert(u"expected"_s, expected);
    }
    if (!enabled) {
        o.insert(u"enabled"_s, false);
    }
    return o;
}

std::optional<Assertion> Assertion::fromJson(const QJsonObject &object, QString *error)
{
    const QString name = object.value("kind"_L1).toString();
    const std::optional<Kind> kind = kindFromName(name);
    if (!kind) {
        if (error) {
            *error = QCoreApplication::translate("opc::Assertion", "unknown assertion kind \"%1\"").arg(name);
        }
        return std::nullopt;
    }
    Assertion a;
    a.kind = *kind;
    a.target = object.value("target"_L1).toString();
    a.expected = object.value("expected"_L1).toString();
    a.enabled = object.value("enabled"_L1).toBool(true);
    if ((needsTarget(a.kind) && a.target.isEmpty())
        || (needsExpected(a.kind) && a.expected.isEmpty())) {
        if (error) {
            *error = QCoreApplication::translate("opc::Assertion", "the assertion \"%1\" lacks its %2")
                         .arg(name,
                             needsExpected(a.kind) && a.expected.isEmpty() ? u"expected"_s
                                                                           : u"target"_s);
        }
        return std::nullopt;
    }
    return a;
}

QString Capture::sourceName(Source source)
{
    for (const auto &[s, name] : kSources) {
        if (s == source) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<Capture::Source> Capture::sourceFromName(const QString &name)
{
    for (const auto &[s, n] : kSources) {
        if (name == QLatin1StringView(n)) {
            return s;
        }
    }
    return std::nullopt;
}

Capture Capture::of(const QString &variable, Source source, const QString &expression)
{
    Capture c;
    c.variable = variable;
    c.source = source;
    c.expression = expression;
    return c;
}

QString Capture::describe() const
{
    switch (source) {
    case Source::JsonPointer:
        return QCoreApplication::translate("opc::Assertion", "%1 from %2").arg(variable, expression.isEmpty() ? u"/"_s : expression);
    case Source::Header:
        return QCoreApplication::translate("opc::Assertion", "%1 from the header %2").arg(variable, expression);
    case Source::BodyRegex:
        return QCoreApplication::translate("opc::Assertion", "%1 from the body matching %2").arg(variable, expression);
    }
    return {};
}

QJsonObject Capture::toJson() const
{
    QJsonObject o { { u"variable"_s, variable }, { u"source"_s, sourceName(source) },
        { u"expression"_s, expression } };
    if (!enabled) {
        o.insert(u"enabled"_s, false);
    }
    return o;
}

std::optional<Capture> Capture::fromJson(const QJsonObject &object, QString *error)
{
    const QString name = object.value("source"_L1).toString();
    const std::optional<Source> source = sourceFromName(name);
    Capture c;
    c.variable = object.value("variable"_L1).toString().trimmed();
    c.expression = object.value("expression"_L1).toString();
    c.enabled = object.value("enabled"_L1).toBool(true);
    if (!source || c.variable.isEmpty()
        || (*source != Source::JsonPointer && c.expression.isEmpty())) {
        if (error) {
            *error = !source
                ? QCoreApplication::translate("opc::Assertion", "unknown capture source \"%1\"").arg(name)
                : QCoreApplication::translate("opc::Assertion", "the capture \"%1\" lacks its variable or expression").arg(c.variable);
        }
        return std::nullopt;
    }
    c.source = *source;
    return c;
}

} // namespace opc
