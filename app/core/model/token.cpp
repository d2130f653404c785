#include "model/token.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace opc {

QJsonObject Token::toJson() const
{
    // A built-in token is public sandbox data; a custom one is a secret and
    // is stored in the vault, so only its label is written here.
    QJsonObject o { { u"label"_s, label }, { u"builtIn"_s, builtIn } };
    if (builtIn)
        o.insert(u"value"_s, value);
    return o;
}

Token Token::fromJson(const QJsonObject &o)
{
    Token t;
    t.label = o.value("label"_L1).toString();
    t.value = o.value("value"_L1).toString();
    t.builtIn = o.value("builtIn"_L1).toBool();
    return t;
}

QList<Token> Token::staticTokens()
{
    static const char *const values[] = {
        "6c18c234b1b18b1d97c7043e2e41135c293d0da9",
        "b6910384440ce06f495976f96a162e2ab1bafbb4",
        "7a66629ddf3691a66eb6466ab7a9f610de531047",
        "3af871a0e3ebfc46f375ff2b63d1414982bd4f76",
    };
    QList<Token> out;
    int n = 1;
    for (const char *v : values) {
        out.append(Token { QCoreApplication::translate("opc::Token", "Static token %1").arg(n),
                           QString::fromLatin1(v), true });
        ++n;
    }
    return out;
}

Token Token::staticToken(int number)
{
    const QList<Token> all = staticTokens();
    if (number < 1 || number > all.size())
        return {};
    return all.at(number - 1);
}

Token Token::custom(const QString &value, const QString &label)
{
    return Token { label.isEmpty() ? QCoreApplication::translate("opc::Token", "Custom token") : label,
                   value, false };
}

} // namespace opc
