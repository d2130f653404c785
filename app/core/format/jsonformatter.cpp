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
    // Growing past the reserve copies the whole output (old and new buffers
    // resident together: +1.5x the body at 100 MB). Twice the input covers
    // the indentation of ordinary JSON, and the pages never written cost
    // address space only, not memory.
    o.reserve(in.size() * 2 + 4096);
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

    // What the grammar allows next: the formatter checks structure as it
    // goes, so "[1,,2]" or a missing colon is reported with its offset.
    enum class Want { Value, ValueOrClose, Key, KeyOrClose, Colon, CommaOrClose, End };
    Want want = Want::Value;
    const auto afterValue = [&] { want = stack.isEmpty() ? Want::End : Want::CommaOrClose; };
    const auto wantsValue = [&] { return want == Want::Value || want == Want::ValueOrClose; };
    const auto unexpected = [&]() -> const char * {
        switch (want) {
        case Want::Value:
        case Want::ValueOrClose:
            return "expected a value";
        case Want::Key:
        case Want::KeyOrClose:
            return "expected a quoted key";
        case Want::Colon:
            return "expected ':' after the key";
        case Want::CommaOrClose:
            return "expected ',' or a closing bracket";
        case Want::End:
            break;
        }
        return "unexpected text after the document";
    };

    const qsizetype n = in.size();
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
            if (!wantsValue()) {
                return fail(i, unexpected());
            }
            o.append(c);
            stack.append(c);
            openPending = true;
            want = c == '{' ? Want::KeyOrClose : Want::ValueOrClose;
            break;
        case '}':
        case ']': {
            if (stack.isEmpty() || (c == '}') != (stack.back() == '{')) {
                return fail(i, "unbalanced bracket");
            }
            if (want != Want::CommaOrClose && want != Want::KeyOrClose && want != Want::ValueOrClose) {
                return fail(i, unexpected());
            }
            stack.chop(1);
            if (openPending) {
                openPending = false;
            } else {
                --depth;
                newline();
            }
            o.append(c);
            afterValue();
            break;
        }
        case ',':
            if (stack.isEmpty()) {
                return fail(i, "comma outside an object or array");
            }
            if (want != Want::CommaOrClose) {
                return fail(i, unexpected());
            }
            o.append(',');
            newline();
            want = stack.back() == '{' ? Want::Key : Want::Value;
            break;
        case ':':
            if (want != Want::Colon) {
                return fail(i, unexpected());
            }
            o.append(": ");
            want = Want::Value;
            break;
        case '"': {
            const bool key = want == Want::Key || want == Want::KeyOrClose;
            if (!key && !wantsValue()) {
                return fail(i, unexpected());
            }
            const qsizetype end = skipString(in, i);
            if (end < 0) {
                return fail(i, "unterminated string");
            }
            o.append(in.constData() + i, end - i);
            i = end - 1;
            if (key) {
                want = Want::Colon;
            } else {
                afterValue();
            }
            break;
        }
        default: {
            if (!wantsValue()) {
                return fail(i, unexpected());
            }
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
            const QByteArrayView token(in.constData() + i, end - i);
            const char first = token.at(0);
            const bool literal = token == "true" || token == "false" || token == "null";
            if (!literal && first != '-' && (first < '0' || first > '9')) {
                return fail(i, "unexpected character");
            }
            o.append(token);
            i = end - 1;
            afterValue();
            break;
        }
        }
    }
    if (!stack.isEmpty()) {
        return fail(n, "the document ends inside an object or array");
    }
    if (want != Want::End) {
        return fail(0, "empty document"); // the only way to end here with nothing open
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
