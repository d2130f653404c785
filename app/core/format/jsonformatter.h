#pragma once

#include <QByteArray>
#include <QString>

namespace opc {

/// Pretty-prints JSON text without parsing it into a tree, so the server's
/// key order, number spelling and duplicate keys survive (QJsonDocument sorts
/// keys and rounds numbers) and a 100 MB body costs one linear pass.
class JsonFormatter
{
public:
    struct Outcome
    {
        QByteArray text;   ///< formatted text, or the input unchanged when invalid
        bool valid = true; ///< false: not JSON; text is the raw input
        qint64 errorOffset = -1;
        QString error;
    };

    static Outcome format(const QByteArray &json, int indent = 2);
    /// The inverse: removes all insignificant white space.
    static QByteArray minify(const QByteArray &json);
};

} // namespace opc
