#include "format/jsonformatter.h"

#include <QCoreApplication>

namespace opc {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/// Scans a string starting at the opening quote; returns the index after
/// the closing quote, or -1 when the string never ends.
qsizetype skipString(const QByteArray &in, qsizetype i)
{
    const qsizetype n = in.size();
    for (++i; i < n; ++i) {
        const char c = in.at(i);
        if (c == '\\') {
            ++i;
        } else if (c == '"') {
            return i + 1;
        }
    }
    return -1;
}

} // namespace

JsonFormatter::Outcome JsonFormatter::format(const QByteArray &in, int indent)
{
    Outcome out;
    QByteArray &o = out.text;
    o.reserve(in.size() + in.size() / 2);
    int depth = 0;
    // Containers that have not received their first value yet: '{' and '['
    // followed directly by the closing bracket stay on one line ("{}", "[]").
    bool openPending = false;
    QByteArray stack;
    const auto newline = [&] {
        o.append('\n');
        o.append(QByteArray(qsizetype(depth) * indent, ' '));
    };
    const auto fail = [&](qsizetype offset, const char *why) {
        Outcome bad;
        bad.valid = false;
        bad.text = in;
        bad.errorOffset = offset;
        bad.error = QCoreApplication::translate("JsonFormatter", "Not valid JSON at byte %1: %2")
                        .arg(offset)
                        .arg(QCoreApplication::translate("JsonFormatter", why));
        return bad;
    };

    const qsizetype n = in.size();
    bool sawValue = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = in.at(i);
        if (isSpace(c)) {
            continue;
        }
        if (openPending && c != '}' && c != ']') {
            ++depth;
            newline();
            openPending = false;
        }
        switch (c) {
        case '{':
        case '[':
            o.append(c);
            stack.append(c);
            openPending = true;
            sawValue = true;
            break;
        case '}':
        case ']': {
            if (stack.isEmpty() || (c == '}') != (stack.back() == '{')) {
                return fail(i, "unbalanced bracket");
            }
            stack.chop(1);
            if (openPending) {
                openPending = false;
            } else {
                --depth;
                newline();
            }
            o.append(c);
            break;
        }
        case ',':
            if (stack.isEmpty()) {
                return fail(i, "comma outside an object or array");
            }
            o.append(',');
            newline();
            break;
        case ':':
            o.append(": ");
            break;
        case '"': {
            const qsizetype end = skipString(in, i);
            if (end < 0) {
                return fail(i, "unterminated string");
            }
            o.append(in.constData() + i, end - i);
            i = end - 1;
            sawValue = true;
            break;
        }
        default: {
            // Numbers, true, false, null: copied verbatim up to a delimiter.
            qsizetype end = i;
            while (end < n) {
                const char d = in.at(end);
                if (isSpace(d) || d == ',' || d == ':' || d == '}' || d == ']' || d == '['
                    || d == '{' || d == '"') {
                    break;
                }
                ++end;
            }
            const QByteArray token = in.mid(i, end - i);
            const char first = token.at(0);
            const bool literal = token == "true" || token == "false" || token == "null";
            if (!literal && first != '-' && (first < '0' || first > '9')) {
                return fail(i, "unexpected character");
            }
            o.append(token);
            i = end - 1;
            sawValue = true;
            break;
        }
        }
    }
    if (!stack.isEmpty()) {
        return fail(n, "the document ends inside an object or array");
    }
    if (!sawValue) {
        return fail(0, "empty document");
    }
    return out;
}

QByteArray JsonFormatter::minify(const QByteArray &in)
{
    QByteArray o;
    o.reserve(in.size());
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = in.at(i);
        if (c == '"') {
            const qsizetype end = skipString(in, i);
            const qsizetype stop = end < 0 ? n : end;
            o.append(in.constData() + i, stop - i);
            i = stop - 1;
        } else if (!isSpace(c)) {
            o.append(c);
        }
    }
    return o;
}

} // namespace opc
