#include "collections/postmanscripts.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <optional>

using namespace Qt::StringLiterals;

namespace opc::PostmanScripts {

namespace {


// ---------------------------------------------------------------------------
// Tokens: enough of JavaScript's lexical grammar to find statements, calls,
// literals and regular expressions. Comments are dropped.

struct Token
{
    enum class Type { Identifier, Number, String, Template, Regex, Punct };
    Type type = Type::Punct;
    QString text; ///< identifier, number or punctuator; a string's value; a regex's pattern
    QString flags; ///< a regex's flags
    qsizetype begin = 0;
    qsizetype end = 0;
    int line = 1;
    bool newlineBefore = false;

    bool is(QLatin1StringView word) const
    {
        return (type == Type::Punct || type == Type::Identifier) && text == word;
    }
    bool same(const Token &other) const
    {
        return type == other.type && text == other.text && flags == other.flags;
    }
};

struct Lexed
{
    QList<Token> tokens;
    QString error;
};

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// A '/' starts a regular expression unless it follows something that ends
// an operand (JavaScript's own rule, minus the rare cases after keywords).
bool regexAllowedAfter(const QList<Token> &tokens)
{
    if (tokens.isEmpty())
        return true;
    const Token &prev = tokens.last();
    switch (prev.type) {
    case Token::Type::Identifier:
        return prev.text == "return"_L1 || prev.text == "typeof"_L1 || prev.text == "case"_L1
            || prev.text == "in"_L1 || prev.text == "of"_L1 || prev.text == "new"_L1
            || prev.text == "throw"_L1;
    case Token::Type::Punct:
        return prev.text != ")"_L1 && prev.text != "]"_L1 && prev.text != "}"_L1;
    default:
        return false;
    }
}

Lexed lex(const QString &s)
{
    static const QStringList punct3 { u"==="_s, u"!=="_s, u"..."_s, u"**="_s, u">>>"_s, u"<<="_s,
        u">>="_s };
    static const QStringList punct2 { u"=>"_s, u"=="_s, u"!="_s, u"&&"_s, u"||"_s, u"??"_s, u"?."_s,
        u"<="_s, u">="_s, u"++"_s, u"--"_s, u"+="_s, u"-="_s, u"*="_s, u"/="_s, u"%="_s, u"&="_s,
        u"|="_s, u"^="_s, u"**"_s, u"<<"_s, u">>"_s };
    Lexed out;
    qsizetype i = 0;
    int line = 1;
    bool newline = false;
    const qsizetype n = s.size();
    const auto at = [&](qsizetype k) { return k < n ? s.at(k) : QChar(); };
    const auto fail = [&](const QString &what) {
        out.error = QCoreApplication::translate("opc::PostmanScripts", "the script does not parse: %1 on line %2").arg(what).arg(line);
        return out;
    };
    // Reads a quoted string's body from just after the opening quote.
    const auto quoted = [&](QChar quote, QString *value, bool *substitution) -> bool {
        while (i < n) {
            const QChar c = s.at(i);
            if (c == quote) {
                ++i;
                return true;
            }
            if (c == u'\n') {
                if (quote != u'`')
                    return false;
                ++line;
            }
            if (quote == u'`' && c == u'$' && at(i + 1) == u'{')
                *substitution = true;
            if (c != u'\\') {
                value->append(c);
                ++i;
                continue;
            }
            const QChar e = at(i + 1);
            i += 2;
            switch (e.unicode()) {
            case 'n':
                value->append(u'\n');
                break;
            case 't':
                value->append(u'\t');
                break;
            case 'r':
                value->append(u'\r');
                break;
            case 'b':
                value->append(u'\b');
                break;
            case 'f':
                value->append(u'\f');
                break;
            case 'v':
                value->append(u'\v');
                break;
            case '0':
                value->append(QChar(0));
                break;
            case '\n':
                ++line;
                break;
            case 'x':
            case 'u': {
                qsizetype digits = e == u'x' ? 2 : 4;
                qsizetype from = i;
                if (e == u'u' && at(i) == u'{') {
                    const qsizetype close = s.indexOf(u'}', i);
                    if (close < 0)
                        return false;
                    from = i + 1;
                    digits = close - from;
                    i = close + 1;
                } else {
                    i += digits;
                }
                bool ok = false;
                const uint code = s.mid(from, digits).toUInt(&ok, 16);
                if (!ok)
                    return false;
                value->append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1));
                break;
            }
            default:
                if (e.isNull())
                    return false;
                value->append(e);
            }
        }
        return false;
    };

    while (i < n) {
        const QChar c = s.at(i);
        if (c == u'\n') {
            ++line;
            newline = true;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'/' && at(i + 1) == u'/') {
            while (i < n && s.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && at(i + 1) == u'*') {
            const qsizetype close = s.indexOf("*/"_L1, i + 2);
            if (close < 0)
                return fail(QCoreApplication::translate("opc::PostmanScripts", "a comment is not closed"));
            const qsizetype lines = s.mid(i, close - i).count(u'\n');
            line += int(lines);
            newline = newline || lines > 0;
            i = close + 2;
            continue;
        }
        Token t;
        t.begin = i;
        t.line = line;
        t.newlineBefore = newline;
        newline = false;
        if (isIdentifierStart(c)) {
            t.type = Token::Type::Identifier;
            while (i < n && isIdentifierPart(s.at(i)))
                ++i;
            t.text = s.mid(t.begin, i - t.begin);
        } else if (c.isDigit() || (c == u'.' && at(i + 1).isDigit())) {
            t.type = Token::Type::Number;
            while (i < n) {
                const QChar d = s.at(i);
                const bool exponentSign = (d == u'+' || d == u'-') && i > t.begin
                    && (s.at(i - 1) == u'e' || s.at(i - 1) == u'E')
                    && !s.mid(t.begin, 2).startsWith("0x"_L1, Qt::CaseInsensitive);
                if (!d.isLetterOrNumber() && d != u'.' && d != u'_' && !exponentSign)
                    break;
                ++i;
            }
            t.text = s.mid(t.begin, i - t.begin);
        } else if (c == u'"' || c == u'\'' || c == u'`') {
            ++i;
            bool substitution = false;
            if (!quoted(c, &t.text, &substitution))
                return fail(QCoreApplication::translate("opc::PostmanScripts", "a string is not closed"));
            t.type = substitution ? Token::Type::Template : Token::Type::String;
        } else if (c == u'/' && regexAllowedAfter(out.tokens)) {
            t.type = Token::Type::Regex;
            ++i;
            bool inClass = false;
            for (;;) {
                if (i >= n || s.at(i) == u'\n')
                    return fail(QCoreApplication::translate("opc::PostmanScripts", "a regular expression is not closed"));
                const QChar r = s.at(i);
                if (r == u'\\') {
                    t.text += r;
                    t.text += at(i + 1);
                    i += 2;
                    continue;
                }
                ++i;
                if (r == u'[')
                    inClass = true;
                else if (r == u']')
                    inClass = false;
                else if (r == u'/' && !inClass)
                    break;
                t.text += r;
            }
            while (i < n && isIdentifierPart(s.at(i)))
                t.flags += s.at(i++);
        } else {
            t.type = Token::Type::Punct;
            const QString three = s.mid(i, 3);
            const QString two = s.mid(i, 2);
            t.text = punct3.contains(three) ? three : punct2.contains(two) ? two : QString(c);
            i += t.text.size();
        }
        t.end = i;
        out.tokens.append(t);
    }
    return out;
}

// ---------------------------------------------------------------------------
// Statements: token ranges ended by ';' or, as JavaScript's automatic
// semicolons do, by a line break where the code cannot go on.

struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

bool continues(const Token &prev, const Token &next)
{
    static const QStringList leading { u"."_s, u"?."_s, u","_s, u"("_s, u"["_s, u"=>"_s, u"&&"_s,
        u"||"_s, u"??"_s, u"?"_s, u":"_s, u"+"_s, u"*"_s, u"/"_s, u"%"_s, u"="_s, u"=="_s, u"==="_s,
        u"!="_s, u"!=="_s, u"<"_s, u">"_s, u"<="_s, u">="_s };
    if (next.type == Token::Type::Punct && leading.contains(next.text))
        return true;
    return prev.type == Token::Type::Punct && prev.text != ")"_L1 && prev.text != "]"_L1
        && prev.text != "}"_L1 && prev.text != "++"_L1 && prev.text != "--"_L1;
}

std::optional<QList<Span>> statements(const QList<Token> &t, Span range)
{
    QList<Span> out;
    int depth = 0;
    qsizetype start = range.begin;
    for (qsizetype i = range.begin; i < range.end; ++i) {
        const Token &tok = t.at(i);
        if (depth == 0 && i > start && tok.newlineBefore && !continues(t.at(i - 1), tok)) {
            out.append({ start, i });
            start = i;
        }
        if (tok.type != Token::Type::Punct)
            continue;
        if (tok.text == "("_L1 || tok.text == "["_L1 || tok.text == "{"_L1) {
            ++depth;
        } else if (tok.text == ")"_L1 || tok.text == "]"_L1 || tok.text == "}"_L1) {
            if (--depth < 0)
                return std::nullopt;
        } else if (tok.text == ";"_L1 && depth == 0) {
            if (i > start)
                out.append({ start, i });
            start = i + 1;
        }
    }
    if (depth != 0)
        return std::nullopt;
    if (start < range.end)
        out.append({ start, range.end });
    return out;
}

class Cursor
{
public:
    Cursor(const QList<Token> &tokens, Span span)
        : m_t(tokens)
        , m_i(span.begin)
        , m_end(span.end)
    { }

    bool atEnd() const { return m_i >= m_end; }
    const Token *peek(qsizetype ahead = 0) const
    {
        return m_i + ahead < m_end ? &m_t.at(m_i + ahead) : nullptr;
    }
    const Token *take() { return atEnd() ? nullptr : &m_t.at(m_i++); }
    qsizetype pos() const { return m_i; }
    void reset(qsizetype pos) { m_i = pos; }

    bool accept(QLatin1StringView word)
    {
        if (peek() && peek()->is(word)) {
            ++m_i;
            return true;
        }
        return false;
    }

    /// "pm.response.json": identifiers joined by '.' tokens; nothing is
    /// consumed unless all of it is there.
    bool acceptDotted(QLatin1StringView dotted)
    {
        const qsizetype start = m_i;
        bool first = true;
        for (const QString &part : QString(dotted).split(u'.')) {
            if ((!first && !accept("."_L1)) || !peek() || peek()->type != Token::Type::Identifier
                || peek()->text != part) {
                m_i = start;
                return false;
            }
            ++m_i;
            first = false;
        }
        return true;
    }

    /// After an opening '(' (already taken): the tokens up to its ')', which
    /// is taken too.
    std::optional<Span> arguments()
    {
        int depth = 0;
        for (qsizetype k = m_i; k < m_end; ++k) {
            const Token &tok = m_t.at(k);
            if (tok.type != Token::Type::Punct)
                continue;
            if (tok.text == "("_L1 || tok.text == "["_L1 || tok.text == "{"_L1) {
                ++depth;
            } else if (tok.text == ")"_L1 || tok.text == "]"_L1 || tok.text == "}"_L1) {
                if (depth == 0) {
                    if (tok.text != ")"_L1)
                        return std::nullopt;
                    const Span inside { m_i, k };
                    m_i = k + 1;
                    return inside;
                }
                --depth;
            }
        }
        return std::nullopt;
    }

private:
    const QList<Token> &m_t;
    qsizetype m_i;
    qsizetype m_end;
};

// ---------------------------------------------------------------------------
// Values.

QString escapeToken(QString token)
{
    return token.replace(u'~', "~0"_L1).replace(u'/', "~1"_L1);
}

QString unescapeToken(QString token)
{
    return token.replace("~1"_L1, "/"_L1).replace("~0"_L1, "~"_L1);
}

QString jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

std::optional<double> number(const QString &text)
{
    QString digits = text;
    digits.remove(u'_');
    bool ok = false;
    double value = 0;
    if (digits.startsWith("0x"_L1, Qt::CaseInsensitive))
        value = double(digits.mid(2).toLongLong(&ok, 16));
    else if (digits.startsWith("0b"_L1, Qt::CaseInsensitive))
        value = double(digits.mid(2).toLongLong(&ok, 2));
    else if (digits.startsWith("0o"_L1, Qt::CaseInsensitive))
        value = double(digits.mid(2).toLongLong(&ok, 8));
    else
        value = digits.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<int> integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != std::floor(d) || std::abs(d) > 1e9)
        return std::nullopt;
    return int(d);
}

/// A JavaScript literal made of JSON's parts: numbers, strings, true,
/// false, null, arrays and objects of them.
std::optional<QJsonValue> literal(Cursor &c)
{
    const Token *t = c.take();
    if (!t)
        return std::nullopt;
    switch (t->type) {
    case Token::Type::Number:
        if (const auto v = number(t->text))
            return QJsonValue(*v);
        return std::nullopt;
    case Token::Type::String:
        return QJsonValue(t->text);
    case Token::Type::Identifier:
        if (t->text == "true"_L1 || t->text == "false"_L1)
            return QJsonValue(t->text == "true"_L1);
        if (t->text == "null"_L1)
            return QJsonValue(QJsonValue::Null);
        return std::nullopt;
    case Token::Type::Punct:
        break;
    default:
        return std::nullopt;
    }
    if (t->text == "-"_L1) {
        const Token *n = c.take();
        const auto v = n && n->type == Token::Type::Number ? number(n->text) : std::nullopt;
        return v ? std::optional<QJsonValue>(QJsonValue(-*v)) : std::nullopt;
    }
    if (t->text == "["_L1) {
        QJsonArray array;
        while (!c.accept("]"_L1)) {
            const auto v = literal(c);
            if (!v || (!c.accept(","_L1) && !(c.peek() && c.peek()->is("]"_L1))))
                return std::nullopt;
            array.append(*v);
        }
        return array;
    }
    if (t->text == "{"_L1) {
        QJsonObject object;
        while (!c.accept("}"_L1)) {
            const Token *key = c.take();
            if (!key || key->type == Token::Type::Punct || key->type == Token::Type::Template
                || key->type == Token::Type::Regex || !c.accept(":"_L1))
                return std::nullopt;
            const auto v = literal(c);
            if (!v || (!c.accept(","_L1) && !(c.peek() && c.peek()->is("}"_L1))))
                return std::nullopt;
            object.insert(key->text, *v);
        }
        return object;
    }
    return std::nullopt;
}

/// The literals of an argument list, or nullopt if one is something else.
std::optional<QList<QJsonValue>> literals(const QList<Token> &tokens, Span args)
{
    Cursor c(tokens, args);
    QList<QJsonValue> out;
    while (!c.atEnd()) {
        const auto v = literal(c);
        if (!v || (!c.atEnd() && !c.accept(","_L1)))
            return std::nullopt;
        out.append(*v);
    }
    return out;
}

/// A regex literal as a QRegularExpression pattern: i, m and s become an
/// inline group, g and u change nothing for one match.
std::optional<QString> regexPattern(const Token &t, QString *why)
{
    QString flags;
    for (const QChar f : t.flags) {
        if (f == u'i' || f == u'm' || f == u's') {
            if (!flags.contains(f))
                flags += f;
        } else if (f != u'g' && f != u'u') {
            *why = QCoreApplication::translate("opc::PostmanScripts", "the regular expression flag %1 is not translated").arg(f);
            return std::nullopt;
        }
    }
    QString pattern;
    for (qsizetype i = 0; i < t.text.size(); ++i) {
        const QChar c = t.text.at(i);
        if (c == u'\\' && i + 1 < t.text.size()) {
            if (t.text.at(i + 1) != u'/')
                pattern += c;
            pattern += t.text.at(++i);
            continue;
        }
        pattern += c;
    }
    if (!flags.isEmpty())
        pattern = u"(?"_s + flags + u")"_s + pattern;
    const QRegularExpression re(pattern);
    if (!re.isValid()) {
        *why = QCoreApplication::translate("opc::PostmanScripts", "the regular expression /%1/ is not one the console can use (%2)")
                   .arg(t.text, re.errorString());
        return std::nullopt;
    }
    return pattern;
}

/// The single regex literal of an argument list.
std::optional<QString> regexArgument(const QList<Token> &tokens, Span args, QString *why)
{
    if (args.end - args.begin != 1 || tokens.at(args.begin).type != Token::Type::Regex)
        return std::nullopt;
    return regexPattern(tokens.at(args.begin), why);
}

// ---------------------------------------------------------------------------
// What a statement reads.

using Aliases = QHash<QString, QString>; ///< variable -> JSON Pointer it holds

/// pm.response.json(), JSON.parse(responseBody) and variables holding a part of it.
std::optional<QString> jsonBase(Cursor &c, const Aliases &aliases)
{
    const qsizetype start = c.pos();
    if (c.acceptDotted("pm.response.json"_L1) && c.accept("("_L1) && c.accept(")"_L1))
        return QString();
    c.reset(start);
    if (c.acceptDotted("JSON.parse"_L1) && c.accept("("_L1)) {
        const bool body = c.accept("responseBody"_L1)
            || (c.acceptDotted("pm.response.text"_L1) && c.accept("("_L1) && c.accept(")"_L1));
        if (body && c.accept(")"_L1))
            return QString();
    }
    c.reset(start);
    const Token *t = c.peek();
    if (t && t->type == Token::Type::Identifier && aliases.contains(t->text)) {
        c.take();
        return aliases.value(t->text);
    }
    return std::nullopt;
}

/// A JSON accessor (base, then .name, [0] and ["key"]) as a JSON Pointer.
/// nullopt with @p why empty when it is no JSON accessor at all.
std::optional<QString> jsonPointer(Cursor &c, const Aliases &aliases, QString *why)
{
    const std::optional<QString> base = jsonBase(c, aliases);
    if (!base)
        return std::nullopt;
    QString pointer = *base;
    for (;;) {
        if (c.accept("."_L1)) {
            const Token *name = c.take();
            if (!name || name->type != Token::Type::Identifier) {
                *why = QCoreApplication::translate("opc::PostmanScripts", "a member name is missing after '.'");
                return std::nullopt;
            }
            if (c.peek() && c.peek()->is("("_L1)) {
                *why = QCoreApplication::translate("opc::PostmanScripts", "%1() is a method call, not a member of the JSON body").arg(name->text);
                return std::nullopt;
            }
            if (name->text == "length"_L1) {
                *why = QCoreApplication::translate("opc::PostmanScripts", ".length is a length, not a member of the JSON body");
                return std::nullopt;
            }
            pointer += u'/' + escapeToken(name->text);
            continue;
        }
        if (c.accept("["_L1)) {
            const Token *key = c.take();
            const bool index = key && key->type == Token::Type::Number
                && key->text == QString::number(key->text.toLongLong());
            if (!key || !(index || key->type == Token::Type::String) || !c.accept("]"_L1)) {
                *why = QCoreApplication::translate("opc::PostmanScripts", "only [0] and [\"key\"] index the JSON body here");
                return std::nullopt;
            }
            pointer += u'/' + escapeToken(key->text);
            continue;
        }
        if (c.peek() && c.peek()->is("?."_L1)) {
            *why = QCoreApplication::translate("opc::PostmanScripts", "optional chaining (?.) is not translated");
            return std::nullopt;
        }
        return pointer;
    }
}

/// "a.b[0].c" as lodash reads it (pm.response.to.have.jsonBody) to a pointer.
std::optional<QString> lodashPath(const QString &path)
{
    static const QRegularExpression part(
        uR"re(^(?:\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\["([^"]*)"\]|\['([^']*)'\]))re"_s);
    QString pointer;
    QStringView rest(path);
    bool first = true;
    while (!rest.isEmpty()) {
        const QRegularExpressionMatch m = part.matchView(rest);
        if (!m.hasMatch() || (first && rest.startsWith(u'.')))
            return std::nullopt;
        for (int g = 1; g <= 4; ++g) {
            if (m.capturedLength(g) > 0 || (g > 2 && m.capturedStart(g) >= 0)) {
                pointer += u'/' + escapeToken(m.captured(g));
                break;
            }
        }
        rest = rest.mid(m.capturedLength(0));
        first = false;
    }
    return pointer.isEmpty() ? std::nullopt : std::optional<QString>(pointer);
}

Assertion statusRange(int low, int high)
{
    return low == high
        ? Assertion::of(Assertion::Kind::StatusEquals, {}, QString::number(low))
        : Assertion::of(Assertion::Kind::StatusInRange, {}, u"%1-%2"_s.arg(low).arg(high));
}

// chai's language chains: they read well and check nothing.
bool isChainWord(const QString &word)
{
    static const QStringList words { u"to"_s, u"be"_s, u"been"_s, u"is"_s, u"that"_s, u"which"_s,
        u"and"_s, u"has"_s, u"have"_s, u"with"_s, u"at"_s, u"of"_s, u"same"_s, u"but"_s, u"does"_s,
        u"still"_s, u"also"_s };
    return words.contains(word);
}

/// The end of a chai chain: the word that checks, and its arguments.
struct Ending
{
    QString word;
    std::optional<Span> args; ///< set for a call
    bool deep = false;
};

/// Reads ".to.be.a(...)" to its last word; the statement must end there.
std::optional<Ending> chain(Cursor &c, QString *why)
{
    if (!c.accept("."_L1) || !c.accept("to"_L1)) {
        *why = QCoreApplication::translate("opc::PostmanScripts", "the check does not go on with .to");
        return std::nullopt;
    }
    Ending e;
    while (c.accept("."_L1)) {
        const Token *word = c.take();
        if (!word || word->type != Token::Type::Identifier)
            break;
        if (word->text == "not"_L1) {
            *why = QCoreApplication::translate("opc::PostmanScripts", "negated checks (.not) are not translated");
            return std::nullopt;
        }
        if (word->text == "deep"_L1) {
            e.deep = true;
            continue;
        }
        if (isChainWord(word->text))
            continue;
        e.word = word->text;
        if (c.accept("("_L1)) {
            e.args = c.arguments();
            if (!e.args) {
                *why = QCoreApplication::translate("opc::PostmanScripts", "the arguments of .%1 do not parse").arg(e.word);
                return std::nullopt;
            }
        }
        if (!c.atEnd()) {
            *why = QCoreApplication::translate("opc::PostmanScripts", "a check that goes on after .%1 is not translated").arg(e.word);
            return std::nullopt;
        }
        return e;
    }
    *why = QCoreApplication::translate("opc::PostmanScripts", "the check ends without saying what it checks");
    return std::nullopt;
}

bool isEquality(const QString &word)
{
    return word == "eql"_L1 || word == "eqls"_L1 || word == "equal"_L1 || word == "equals"_L1
        || word == "eq"_L1;
}

bool isBelow(const QString &word)
{
    return word == "below"_L1 || word == "lessThan"_L1 || word == "lt"_L1;
}

std::optional<Assertion> notTranslated(const Ending &e, QString *why)
{
    *why = QCoreApplication::translate("opc::PostmanScripts", ".%1 is not a check the console translates").arg(e.word);
    return std::nullopt;
}

/// pm.response.to.have.status(201), .to.be.success, .to.have.header("X"), ...
std::optional<Assertion> responseCheck(Cursor &c, const QList<Token> &tokens, QString *why)
{
    const std::optional<Ending> e = chain(c, why);
    if (!e)
        return std::nullopt;
    static const QHash<QString, int> codes { { u"ok"_s, 200 }, { u"accepted"_s, 202 },
        { u"withoutContent"_s, 204 }, { u"badRequest"_s, 400 }, { u"unauthorised"_s, 401 },
        { u"unauthorized"_s, 401 }, { u"forbidden"_s, 403 }, { u"notFound"_s, 404 },
        { u"rateLimited"_s, 429 } };
    static const QHash<QString, QPair<int, int>> classes {
        { u"info"_s, { 100, 199 } },
        { u"success"_s, { 200, 299 } },
        { u"redirection"_s, { 300, 399 } },
        { u"clientError"_s, { 400, 499 } },
        { u"serverError"_s, { 500, 599 } },
        { u"error"_s, { 400, 599 } },
    };
    if (!e->args) {
        if (codes.contains(e->word))
            return Assertion::of(
                Assertion::Kind::StatusEquals, {}, QString::number(codes.value(e->word)));
        if (classes.contains(e->word))
            return statusRange(classes.value(e->word).first, classes.value(e->word).second);
        if (e->word == "json"_L1)
            return Assertion::of(Assertion::Kind::JsonExists, {}, {});
        return notTranslated(*e, why);
    }
    const std::optional<QList<QJsonValue>> args = literals(tokens, *e->args);
    if (!args) {
        *why = QCoreApplication::translate("opc::PostmanScripts", "the arguments of .%1 are not plain values").arg(e->word);
        return std::nullopt;
    }
    if (e->word == "status"_L1 || e->word == "statusCode"_L1) {
        if (args->size() == 1 && integer(args->first()))
            return Assertion::of(
                Assertion::Kind::StatusEquals, {}, QString::number(*integer(args->first())));
        *why = QCoreApplication::translate("opc::PostmanScripts", "a status given by its reason phrase is not translated");
        return std::nullopt;
    }
    if (e->word == "header"_L1 && !args->isEmpty() && args->size() <= 2
        && args->first().isString()) {
        if (args->size() == 1)
            return Assertion::of(Assertion::Kind::HeaderExists, args->first().toString(), {});
        if (args->at(1).isString())
            return Assertion::of(
                Assertion::Kind::HeaderEquals, args->first().toString(), args->at(1).toString());
    }
    if (e->word == "jsonBody"_L1 && args->size() <= 2) {
        if (args->isEmpty())
            return Assertion::of(Assertion::Kind::JsonExists, {}, {});
        const auto pointer
            = args->first().isString() ? lodashPath(args->first().toString()) : std::nullopt;
        if (!pointer) {
            *why = QCoreApplication::translate("opc::PostmanScripts", "the jsonBody path is not a plain one");
            return std::nullopt;
        }
        if (args->size() == 1)
            return Assertion::of(Assertion::Kind::JsonExists, *pointer, {});
        return Assertion::of(Assertion::Kind::JsonEquals, *pointer, jsonText(args->at(1)));
    }
    return notTranslated(*e, why);
}

struct Subject
{
    enum class Kind { Code, Time, Header, HeaderPresent, Json };
    Kind kind = Kind::Json;
    QString name; ///< the header, or the JSON Pointer
};

/// A string argument in parentheses: ("X-Request-Id").
std::optional<QString> stringCall(Cursor &c)
{
    const Token *open = c.take();
    const Token *name = c.take();
    const Token *close = c.take();
    if (!open || !open->is("("_L1) || !name || name->type != Token::Type::String || !close
        || !close->is(")"_L1))
        return std::nullopt;
    return name->text;
}

std::optional<Subject> subject(Cursor &c, const Aliases &aliases, QString *why)
{
    const qsizetype start = c.pos();
    if (c.acceptDotted("pm.response.code"_L1) || c.acceptDotted("responseCode.code"_L1))
        return Subject { Subject::Kind::Code, {} };
    if (c.acceptDotted("pm.response.responseTime"_L1) || c.acceptDotted("responseTime"_L1))
        return Subject { Subject::Kind::Time, {} };
    for (const auto &[call, kind] :
        { std::pair { "pm.response.headers.get"_L1, Subject::Kind::Header },
            std::pair { "postman.getResponseHeader"_L1, Subject::Kind::Header },
            std::pair { "pm.response.headers.has"_L1, Subject::Kind::HeaderPresent } }) {
        if (c.acceptDotted(call)) {
            if (const auto name = stringCall(c))
                return Subject { kind, *name };
            *why = QCoreApplication::translate("opc::PostmanScripts", "the header is not named by a plain string");
            return std::nullopt;
        }
    }
    c.reset(start);
    if (const auto pointer = jsonPointer(c, aliases, why))
        return Subject { Subject::Kind::Json, *pointer };
    return std::nullopt;
}

/// pm.expect(SUBJECT[, message]).to....
std::optional<Assertion> expectCheck(
    Cursor &c, const QList<Token> &tokens, const Aliases &aliases, QString *why)
{
    const std::optional<Span> inside = c.arguments();
    if (!inside) {
        *why = QCoreApplication::translate("opc::PostmanScripts", "pm.expect(...) does not parse");
        return std::nullopt;
    }
    Cursor in(tokens, *inside);
    const std::optional<Subject> s = subject(in, aliases, why);
    if (!s) {
        if (why->isEmpty())
            *why = QCoreApplication::translate("opc::PostmanScripts", 
                "what it checks is not the status, a header, the response time or the JSON body");
        return std::nullopt;
    }
    // An optional second argument is the message shown on failure.
    if (!in.atEnd()) {
        const bool comma = in.accept(","_L1);
        const Token *message = in.take();
        if (!comma || !message || message->type != Token::Type::String || !in.atEnd()) {
            *why = QCoreApplication::translate("opc::PostmanScripts", 
                "what it checks is not the status, a header, the response time or the JSON body");
            return std::nullopt;
        }
    }
    const std::optional<Ending> e = chain(c, why);
    if (!e)
        return std::nullopt;
    std::optional<QList<QJsonValue>> args;
    if (e->args)
        args = literals(tokens, *e->args);
    const bool one = args && args->size() == 1;

    switch (s->kind) {
    case Subject::Kind::Code:
        if (isEquality(e->word) && one) {
            if (const auto code = integer(args->first()))
                return Assertion::of(Assertion::Kind::StatusEquals, {}, QString::number(*code));
            *why = QCoreApplication::translate("opc::PostmanScripts", "the status code is compared with something that is not a number");
            return std::nullopt;
        }
        if (e->word == "oneOf"_L1 && one && args->first().isArray()
            && !args->first().toArray().isEmpty()) {
            QList<int> codes;
            for (const QJsonValue &v : args->first().toArray()) {
                const auto code = integer(v);
                if (!code) {
                    *why = QCoreApplication::translate("opc::PostmanScripts", "oneOf holds something that is not a status code");
                    return std::nullopt;
                }
                codes.append(*code);
            }
            std::sort(codes.begin(), codes.end());
            codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
            if (codes.last() - codes.first() + 1 == codes.size())
                return statusRange(codes.first(), codes.last());
            QStringList list;
            for (int code : codes)
                list.append(QString::number(code));
            *why = QCoreApplication::translate("opc::PostmanScripts", "oneOf [%1] is not one unbroken range of status codes")
                       .arg(list.join(u", "_s));
            return std::nullopt;
        }
        if (e->word == "within"_L1 && args && args->size() == 2 && integer(args->at(0))
            && integer(args->at(1)) && *integer(args->at(0)) <= *integer(args->at(1)))
            return Assertion::of(Assertion::Kind::StatusInRange, {},
                u"%1-%2"_s.arg(*integer(args->at(0))).arg(*integer(args->at(1))));
        return notTranslated(*e, why);
    case Subject::Kind::Time:
        if (isBelow(e->word) && one && integer(args->first()) && *integer(args->first()) > 0)
            return Assertion::of(
                Assertion::Kind::ResponseTimeBelow, {}, QString::number(*integer(args->first())));
        return notTranslated(*e, why);
    case Subject::Kind::Header:
        if (isEquality(e->word) && one && args->first().isString())
            return Assertion::of(Assertion::Kind::HeaderEquals, s->name, args->first().toString());
        if (e->word == "exist"_L1 && !e->args)
            return Assertion::of(Assertion::Kind::HeaderExists, s->name, {});
        if (e->word == "match"_L1 && e->args) {
            if (const auto pattern = regexArgument(tokens, *e->args, why))
                return Assertion::of(Assertion::Kind::HeaderMatches, s->name, *pattern);
            if (why->isEmpty())
                *why = QCoreApplication::translate("opc::PostmanScripts", ".match takes a regular expression literal here");
            return std::nullopt;
        }
        return notTranslated(*e, why);
    case Subject::Kind::HeaderPresent:
        if ((e->word == "true"_L1 && !e->args)
            || (isEquality(e->word) && one && args->first() == QJsonValue(true)))
            return Assertion::of(Assertion::Kind::HeaderExists, s->name, {});
        return notTranslated(*e, why);
    case Subject::Kind::Json:
        break;
    }

    const QString &pointer = s->name;
    if (isEquality(e->word) && one) {
        const QJsonValue &v = args->first();
        if ((v.isArray() || v.isObject()) && !e->deep && !e->word.startsWith("eql"_L1)) {
            *why = QCoreApplication::translate("opc::PostmanScripts", ".%1 compares arrays and objects by identity, which never passes; use .eql")
                       .arg(e->word);
            return std::nullopt;
        }
        return Assertion::of(Assertion::Kind::JsonEquals, pointer, jsonText(v));
    }
    if (!e->args && (e->word == "true"_L1 || e->word == "false"_L1 || e->word == "null"_L1))
        return Assertion::of(Assertion::Kind::JsonEquals, pointer, e->word);
    if (!e->args && e->word == "exist"_L1)
        return Assertion::of(Assertion::Kind::JsonExists, pointer, {});
    if ((e->word == "a"_L1 || e->word == "an"_L1) && one && args->first().isString()) {
        static const QStringList types { u"string"_s, u"number"_s, u"boolean"_s, u"object"_s,
            u"array"_s, u"null"_s };
        const QString type = args->first().toString().toLower();
        if (types.contains(type))
            return Assertion::of(Assertion::Kind::JsonType, pointer, type);
        *why = QCoreApplication::translate("opc::PostmanScripts", "the type \"%1\" is not one JSON has").arg(args->first().toString());
        return std::nullopt;
    }
    if (e->word == "match"_L1 && e->args) {
        if (const auto pattern = regexArgument(tokens, *e->args, why))
            return Assertion::of(Assertion::Kind::JsonMatches, pointer, *pattern);
        if (why->isEmpty())
            *why = QCoreApplication::translate("opc::PostmanScripts", ".match takes a regular expression literal here");
        return std::nullopt;
    }
    if (e->word == "property"_L1 && args && !args->isEmpty() && args->size() <= 2
        && args->first().isString() && !e->deep) {
        const QString member = pointer + u'/' + escapeToken(args->first().toString());
        if (args->size() == 1)
            return Assertion::of(Assertion::Kind::JsonExists, member, {});
        if (!args->at(1).isArray() && !args->at(1).isObject())
            return Assertion::of(Assertion::Kind::JsonEquals, member, jsonText(args->at(1)));
    }
    if (e->args && !args && why->isEmpty()) {
        *why = QCoreApplication::translate("opc::PostmanScripts", "the arguments of .%1 are not plain values").arg(e->word);
        return std::nullopt;
    }
    return notTranslated(*e, why);
}

/// pm.collectionVariables.set("x", <JSON accessor | header | body match>) and its kin.
std::optional<Capture> captureStatement(
    Cursor &c, const QList<Token> &tokens, const Aliases &aliases, QString *why)
{
    const std::optional<Span> inside = c.arguments();
    if (!inside || !c.atEnd()) {
        *why = QCoreApplication::translate("opc::PostmanScripts", "the variable is set in a way that is not translated");
        return std::nullopt;
    }
    Cursor in(tokens, *inside);
    const Token *name = in.take();
    if (!name || name->type != Token::Type::String || !in.accept(","_L1)) {
        *why = QCoreApplication::translate("opc::PostmanScripts", "the variable is not named by a plain string");
        return std::nullopt;
    }
    Capture capture;
    capture.variable = name->text;
    const qsizetype valueAt = in.pos();
    if (const auto pointer = jsonPointer(in, aliases, why); pointer && in.atEnd()) {
        capture.source = Capture::Source::JsonPointer;
        capture.expression = *pointer;
        return capture;
    }
    if (!why->isEmpty())
        return std::nullopt;
    in.reset(valueAt);
    if (in.acceptDotted("pm.response.headers.get"_L1)
        || in.acceptDotted("postman.getResponseHeader"_L1)) {
        const auto header = stringCall(in);
        if (header && in.atEnd()) {
            capture.source = Capture::Source::Header;
            capture.expression = *header;
            return capture;
        }
    }
    in.reset(valueAt);
    const bool body = in.acceptDotted("responseBody"_L1)
        || (in.acceptDotted("pm.response.text"_L1) && in.accept("("_L1) && in.accept(")"_L1));
    if (body && in.accept("."_L1) && in.accept("match"_L1) && in.accept("("_L1)) {
        const std::optional<Span> re = in.arguments();
        const auto pattern = re ? regexArgument(tokens, *re, why) : std::nullopt;
        const Token *index = nullptr;
        if (pattern && in.accept("["_L1) && (index = in.take()) && in.accept("]"_L1)
            && in.atEnd()) {
            // The runner takes the first group, or the whole match when there is none.
            const int groups = QRegularExpression(*pattern).captureCount();
            if ((index->text == "1"_L1 && groups >= 1) || (index->text == "0"_L1 && groups == 0)) {
                capture.source = Capture::Source::BodyRegex;
                capture.expression = *pattern;
                return capture;
            }
        }
        if (!why->isEmpty())
            return std::nullopt;
    }
    *why = QCoreApplication::translate("opc::PostmanScripts", 
        "the value is not a member of the JSON body, a header or the first group of a body match");
    return std::nullopt;
}

// ---------------------------------------------------------------------------
// The exported form of NoErrors, which the importer recognises as it is.

QStringList noErrorsBody(bool warnAllowed)
{
    return {
        u"var body = null;"_s,
        u"try { body = pm.response.json(); } catch (e) { }"_s,
        warnAllowed ? u"var failing = [\"FATAL\", \"ERROR\"];"_s
                    : u"var failing = [\"FATAL\", \"ERROR\", \"WARN\", \"WARNING\"];"_s,
        u"var field = function (o, name) {"_s,
        u"    var key = Object.keys(o).find(function (k) { return k.toLowerCase() === name; });"_s,
        u"    return key === undefined ? undefined : o[key];"_s,
        u"};"_s,
        u"var entries = [];"_s,
        u"if (body !== null && typeof body === \"object\" && !Array.isArray(body)) {"_s,
        u"    var errors = field(body, \"errors\");"_s,
        u"    entries = errors !== undefined ? [].concat(errors) : field(body, \"message\") !== undefined ? [body] : [];"_s,
        u"}"_s,
        u"var levels = entries.filter(function (e) { return e !== null && typeof e === \"object\"; })"_s,
        u"    .map(function (e) { return String(field(e, \"level\") || \"\").trim().toUpperCase(); });"_s,
        u"pm.expect(levels.filter(function (l) { return failing.indexOf(l) >= 0; })).to.eql([]);"_s,
    };
}

std::optional<Assertion> noErrorsBlock(const QList<Token> &tokens, Span body)
{
    for (const bool warnAllowed : { true, false }) {
        static const Lexed templates[2]
            = { lex(noErrorsBody(false).join(u'\n')), lex(noErrorsBody(true).join(u'\n')) };
        const QList<Token> &expected = templates[warnAllowed ? 1 : 0].tokens;
        if (body.end - body.begin != expected.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; same && i < expected.size(); ++i)
            same = tokens.at(body.begin + i).same(expected.at(i));
        if (same)
            return Assertion::of(
                Assertion::Kind::NoErrors, {}, warnAllowed ? u"warn-allowed"_s : u"no-warn"_s);
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------
// The script.

class Translator
{
public:
    Translator(const QString &source, const QList<Token> &tokens)
        : m_source(source)
        , m_t(tokens)
    { }

    /// What one statement is; its assertion or capture lands in @p out.
    enum class Kind { Alias, Check, Capture, Test, Other };

    void topLevel(Translation &out)
    {
        const auto list = statements(m_t, { 0, m_t.size() });
        if (!list) {
            out.untranslated.append(
                { {}, QCoreApplication::translate("opc::PostmanScripts", "the script does not parse: its brackets do not match") });
            return;
        }
        Aliases aliases;
        for (const Span &s : *list) {
            Cursor c(m_t, s);
            if (c.acceptDotted("pm.test"_L1) && c.accept("("_L1)) {
                test(c, s, aliases, out);
                continue;
            }
            QString why;
            Assertion assertion;
            Capture capture;
            const Kind kind = statement(s, aliases, &assertion, &capture, &why);
            if (kind == Kind::Capture) {
                out.captures.append(capture);
            } else if (kind == Kind::Check) {
                out.untranslated.append({ {},
                    QCoreApplication::translate("opc::PostmanScripts", "%1 (\"%2\")")
                        .arg(QCoreApplication::translate("opc::PostmanScripts", "a check outside pm.test is not translated"), snippet(s)) });
            } else if (kind == Kind::Other) {
                out.untranslated.append({ {}, QCoreApplication::translate("opc::PostmanScripts", "%1 (\"%2\")").arg(why, snippet(s)) });
            }
        }
    }

private:
    QString snippet(Span s) const
    {
        if (s.end <= s.begin)
            return {};
        QString text
            = m_source.mid(m_t.at(s.begin).begin, m_t.at(s.end - 1).end - m_t.at(s.begin).begin)
                  .simplified();
        if (text.size() > 70)
            text = text.left(67) + u"..."_s;
        return text;
    }

    // pm.test(NAME, function () { ... }) with the cursor after "pm.test(".
    void test(Cursor &c, Span whole, const Aliases &outer, Translation &out)
    {
        const std::optional<Span> args = c.arguments();
        Cursor in(m_t, args.value_or(Span { whole.end, whole.end }));
        const Token *name = in.take();
        const QString testName
            = name && name->type == Token::Type::String ? name->text : snippet(whole);
        const auto reject = [&](const QString &why) { out.untranslated.append({ testName, why }); };
        if (!args || !c.atEnd() || !name || name->type != Token::Type::String || !in.accept(","_L1))
            return reject(QCoreApplication::translate("opc::PostmanScripts", "the test is not written as pm.test(\"name\", function () { ... })"));
        // function () { ... }, () => { ... } or () => check
        std::optional<Span> body;
        bool expression = false;
        in.accept("async"_L1);
        if (in.accept("function"_L1)) {
            if (in.peek() && in.peek()->type == Token::Type::Identifier)
                in.take();
            if (!in.accept("("_L1) || !in.accept(")"_L1))
                return reject(QCoreApplication::translate("opc::PostmanScripts", "a test function that takes arguments (done) is not translated"));
        } else if (!in.accept("("_L1) || !in.accept(")"_L1) || !in.accept("=>"_L1)) {
            return reject(QCoreApplication::translate("opc::PostmanScripts", "the test is not written as pm.test(\"name\", function () { ... })"));
        } else if (!(in.peek() && in.peek()->is("{"_L1))) {
            expression = true;
            body = Span { in.pos(), args->end };
        }
        if (!expression) {
            if (!in.accept("{"_L1) || args->end - 1 < in.pos() || !m_t.at(args->end - 1).is("}"_L1))
                return reject(
                    QCoreApplication::translate("opc::PostmanScripts", "the test is not written as pm.test(\"name\", function () { ... })"));
            body = Span { in.pos(), args->end - 1 };
        }
        if (const auto noErrors = noErrorsBlock(m_t, *body)) {
            out.assertions.append(*noErrors);
            ++out.translatedTests;
            return;
        }
        const auto list = statements(m_t, *body);
        if (!list)
            return reject(QCoreApplication::translate("opc::PostmanScripts", "the test's brackets do not match"));
        Aliases aliases = outer;
        QList<Assertion> assertions;
        QList<Capture> captures;
        for (const Span &s : *list) {
            QString why;
            Assertion assertion;
            Capture capture;
            switch (statement(s, aliases, &assertion, &capture, &why)) {
            case Kind::Check:
                assertions.append(assertion);
                break;
            case Kind::Capture:
                captures.append(capture);
                break;
            case Kind::Alias:
                break;
            case Kind::Test:
            case Kind::Other:
                return reject(QCoreApplication::translate("opc::PostmanScripts", "%1 (\"%2\")").arg(why, snippet(s)));
            }
        }
        if (assertions.isEmpty())
            return reject(QCoreApplication::translate("opc::PostmanScripts", "the test checks nothing the console can run"));
        out.assertions += assertions;
        out.captures += captures;
        ++out.translatedTests;
    }

    Kind statement(Span s, Aliases &aliases, Assertion *assertion, Capture *capture, QString *why)
    {
        Cursor c(m_t, s);
        const Token *first = c.peek();
        if (!first)
            return Kind::Alias;
        if (first->is("var"_L1) || first->is("let"_L1) || first->is("const"_L1)) {
            c.take();
            const Token *name = c.take();
            if (name && name->type == Token::Type::Identifier && c.accept("="_L1)) {
                if (const auto pointer = jsonPointer(c, aliases, why); pointer && c.atEnd()) {
                    aliases.insert(name->text, *pointer);
                    return Kind::Alias;
                }
            }
            if (why->isEmpty())
                *why = QCoreApplication::translate("opc::PostmanScripts", 
                    "only variables holding pm.response.json() or a part of it are translated");
            return Kind::Other;
        }
        if (c.acceptDotted("pm.test"_L1)) {
            *why = QCoreApplication::translate("opc::PostmanScripts", "a pm.test inside a pm.test is not translated");
            return Kind::Test;
        }
        if (c.acceptDotted("pm.expect"_L1) && c.accept("("_L1)) {
            if (const auto a = expectCheck(c, m_t, aliases, why)) {
                *assertion = *a;
                return Kind::Check;
            }
            return Kind::Other;
        }
        c.reset(s.begin);
        if (c.acceptDotted("pm.response.to"_L1)) {
            c.reset(s.begin);
            c.acceptDotted("pm.response"_L1);
            if (const auto a = responseCheck(c, m_t, why)) {
                *assertion = *a;
                return Kind::Check;
            }
            return Kind::Other;
        }
        for (const auto setter : { "pm.collectionVariables.set"_L1, "pm.environment.set"_L1,
                 "pm.variables.set"_L1, "pm.globals.set"_L1, "postman.setEnvironmentVariable"_L1,
                 "postman.setGlobalVariable"_L1 }) {
            c.reset(s.begin);
            if (c.acceptDotted(setter) && c.accept("("_L1)) {
                if (const auto captured = captureStatement(c, m_t, aliases, why)) {
                    *capture = *captured;
                    return Kind::Capture;
                }
                return Kind::Other;
            }
        }
        c.reset(s.begin);
        static const QStringList control { u"if"_s, u"else"_s, u"for"_s, u"while"_s, u"do"_s,
            u"switch"_s, u"try"_s };
        if (first->type == Token::Type::Identifier && control.contains(first->text))
            *why = QCoreApplication::translate("opc::PostmanScripts", "conditions, loops and try blocks are not translated");
        else if (c.acceptDotted("pm.sendRequest"_L1))
            *why = QCoreApplication::translate("opc::PostmanScripts", 
                "pm.sendRequest sends another request, which the console's runner does not do");
        else if (c.acceptDotted("postman.setNextRequest"_L1)
            || (c.reset(s.begin), c.acceptDotted("pm.execution.setNextRequest"_L1)))
            *why = QCoreApplication::translate("opc::PostmanScripts", 
                "setNextRequest changes the order of the run, which the console's runner keeps");
        else if (first->is("tests"_L1) && c.peek(1) && c.peek(1)->is("["_L1))
            *why = QCoreApplication::translate("opc::PostmanScripts", "the old tests[\"...\"] = ... form is not translated");
        else if (first->is("function"_L1))
            *why = QCoreApplication::translate("opc::PostmanScripts", "functions are not translated");
        else
            *why = QCoreApplication::translate("opc::PostmanScripts", "only pm.test checks, pm.response.json() variables and variable captures are "
                      "translated");
        return Kind::Other;
    }

    const QString &m_source;
    const QList<Token> &m_t;
};

// ---------------------------------------------------------------------------
// Export.

QString jsString(const QString &s)
{
    return jsonText(QJsonValue(s));
}

QString jsRegex(QString pattern)
{
    QString flags;
    static const QRegularExpression inlineFlags(u"^\\(\\?([ims]+)\\)"_s);
    if (const QRegularExpressionMatch m = inlineFlags.match(pattern); m.hasMatch()) {
        flags = m.captured(1);
        pattern = pattern.mid(m.capturedLength(0));
    }
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < pattern.size()) {
            out += c;
            out += pattern.at(++i);
        } else if (c == u'/') {
            out += "\\/"_L1;
        } else if (c == u'\n') {
            out += "\\n"_L1;
        } else if (c == u'\r') {
            out += "\\r"_L1;
        } else {
            out += c;
        }
    }
    return u"/"_s + (out.isEmpty() ? u"(?:)"_s : out) + u"/"_s + flags;
}

bool isJsIdentifier(const QString &name)
{
    static const QRegularExpression identifier(u"^[A-Za-z_$][A-Za-z0-9_$]*$"_s);
    return identifier.match(name).hasMatch() && name != "length"_L1;
}

/// The parent accessor and the last token of a pointer ("/a/b" -> a, "b").
std::optional<QPair<QString, QString>> splitLast(const QString &pointer)
{
    const qsizetype slash = pointer.lastIndexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    return QPair { jsonAccessor(pointer.left(slash)), unescapeToken(pointer.mid(slash + 1)) };
}

QStringList checkBody(const Assertion &a)
{
    const auto fail = [](const QString &why) {
        return QStringList { u"throw new Error(%1);"_s.arg(jsString(why)) };
    };
    const bool pointerOk = a.target.isEmpty() || a.target.startsWith(u'/');
    const QString value = jsonAccessor(a.target);
    switch (a.kind) {
    case Assertion::Kind::StatusEquals: {
        bool ok = false;
        const int code = a.expected.trimmed().toInt(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("opc::PostmanScripts", "\"%1\" is not a status code").arg(a.expected));
        return { u"pm.response.to.have.status(%1);"_s.arg(code) };
    }
    case Assertion::Kind::StatusInRange: {
        const QStringList bounds = a.expected.split(u'-');
        bool lowOk = false, highOk = false;
        const int low = bounds.value(0).trimmed().toInt(&lowOk);
        const int high = bounds.value(1).trimmed().toInt(&highOk);
        if (bounds.size() != 2 || !lowOk || !highOk || low > high)
            return fail(QCoreApplication::translate("opc::PostmanScripts", "\"%1\" is not a range such as 200-299").arg(a.expected));
        return { u"pm.expect(pm.response.code).to.be.within(%1, %2);"_s.arg(low).arg(high) };
    }
    case Assertion::Kind::HeaderExists:
        return { u"pm.response.to.have.header(%1);"_s.arg(jsString(a.target)) };
    case Assertion::Kind::HeaderEquals:
        return { u"pm.expect(pm.response.headers.get(%1)).to.eql(%2);"_s.arg(
            jsString(a.target), jsString(a.expected)) };
    case Assertion::Kind::HeaderMatches:
        return { u"pm.expect(pm.response.headers.get(%1)).to.match(%2);"_s.arg(
            jsString(a.target), jsRegex(a.expected)) };
    case Assertion::Kind::JsonExists: {
        if (!pointerOk)
            break;
        if (a.target.isEmpty())
            return { u"pm.response.to.have.jsonBody();"_s };
        const auto parts = splitLast(a.target);
        return { u"pm.expect(%1).to.have.property(%2);"_s.arg(
            parts->first, jsString(parts->second)) };
    }
    case Assertion::Kind::JsonEquals: {
        if (!pointerOk)
            break;
        // As the runner reads it: JSON text, or a bare word taken as a string.
        const QJsonDocument doc = QJsonDocument::fromJson("[" + a.expected.toUtf8() + "]");
        const QJsonValue expected = doc.isArray() && doc.array().size() == 1
            ? doc.array().first()
            : QJsonValue(a.expected);
        return { u"pm.expect(%1).to.eql(%2);"_s.arg(value, jsonText(expected)) };
    }
    case Assertion::Kind::JsonMatches:
        if (!pointerOk)
            break;
        return { u"pm.expect(%1).to.match(%2);"_s.arg(value, jsRegex(a.expected)) };
    case Assertion::Kind::JsonType: {
        if (!pointerOk)
            break;
        const QString type = a.expected.trimmed();
        const QString article = type == "array"_L1 || type == "object"_L1 ? u"an"_s : u"a"_s;
        return { u"pm.expect(%1).to.be.%2(%3);"_s.arg(value, article, jsString(type)) };
    }
    case Assertion::Kind::ResponseTimeBelow: {
        bool ok = false;
        const qint64 limit = a.expected.trimmed().toLongLong(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("opc::PostmanScripts", "\"%1\" is not a number of milliseconds").arg(a.expected));
        return { u"pm.expect(pm.response.responseTime).to.be.below(%1);"_s.arg(limit) };
    }
    case Assertion::Kind::NoErrors:
        return noErrorsBody(a.expected == "warn-allowed"_L1);
    }
    return fail(QCoreApplication::translate("opc::PostmanScripts", "\"%1\" is not a JSON Pointer (it starts with /)").arg(a.target));
}

QString captureValue(const Capture &c)
{
    switch (c.source) {
    case Capture::Source::JsonPointer:
        return jsonAccessor(c.expression);
    case Capture::Source::Header:
        return u"pm.response.headers.get(%1)"_s.arg(jsString(c.expression));
    case Capture::Source::BodyRegex:
        return u"pm.response.text().match(%1)[%2]"_s.arg(jsRegex(c.expression))
            .arg(QRegularExpression(c.expression).captureCount() > 0 ? 1 : 0);
    }
    return {};
}

} // namespace

QString jsonAccessor(const QString &pointer)
{
    QString out = u"pm.response.json()"_s;
    if (pointer.isEmpty())
        return out;
    for (const QString &raw : pointer.mid(1).split(u'/')) {
        const QString token = unescapeToken(raw);
        if (!token.isEmpty() && token == QString::number(token.toLongLong())
            && !token.startsWith(u'-'))
            out += u"["_s + token + u"]"_s;
        else if (isJsIdentifier(token))
            out += u"."_s + token;
        else
            out += u"["_s + jsString(token) + u"]"_s;
    }
    return out;
}

Translation translate(const QStringList &lines)
{
    Translation out;
    const QString source = lines.join(u'\n');
    const Lexed lexed = lex(source);
    if (!lexed.error.isEmpty()) {
        out.untranslated.append({ {}, lexed.error });
        return out;
    }
    Translator(source, lexed.tokens).topLevel(out);
    return out;
}

QStringList testScript(const QList<Assertion> &assertions, const QList<Capture> &captures)
{
    QStringList lines;
    for (const Assertion &a : assertions) {
        if (!a.enabled)
            continue;
        lines.append(u"pm.test(%1, function () {"_s.arg(jsString(a.describe())));
        for (const QString &line : checkBody(a))
            lines.append(u"    "_s + line);
        lines.append(u"});"_s);
    }
    for (const Capture &c : captures) {
        if (c.enabled)
            lines.append(u"pm.collectionVariables.set(%1, %2);"_s.arg(
                jsString(c.variable), captureValue(c)));
    }
    return lines;
}

} // namespace opc::PostmanScripts
