#include "model/requestspec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace opc {

QJsonArray KeyValue::listToJson(const QList<KeyValue> &rows)
{
    QJsonArray out;
    for (const KeyValue &kv : rows)
        out.append(QJsonObject { { u"name"_s, kv.name }, { u"value"_s, kv.value }, { u"enabled"_s, kv.enabled } });
    return out;
}

QList<KeyValue> KeyValue::listFromJson(const QJsonValue &value)
{
    QList<KeyValue> out;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        out.append(KeyValue { o.value("name"_L1).toString(), o.value("value"_L1).toString(),
                              o.value("enabled"_L1).toBool(true) });
    }
    return out;
}

QJsonObject RequestSpec::toJson() const
{
    QJsonObject o {
        { u"method"_s, method },
        { u"url"_s, url },
        { u"query"_s, KeyValue::listToJson(query) },
        { u"headers"_s, KeyValue::listToJson(headers) },
        { u"body"_s, QString::fromUtf8(body) },
    };
    if (tokenHeader)
        o.insert(u"tokenHeader"_s, *tokenHeader);
    if (bearerPrefix)
        o.insert(u"bearerPrefix"_s, *bearerPrefix);
    if (sign)
        o.insert(u"sign"_s, *sign);
    if (followRedirects)
        o.insert(u"followRedirects"_s, *followRedirects);
    return o;
}

RequestSpec RequestSpec::fromJson(const QJsonObject &o)
{
    RequestSpec s;
    s.method = o.value("method"_L1).toString(u"GET"_s);
    s.url = o.value("url"_L1).toString();
    s.query = KeyValue::listFromJson(o.value("query"_L1));
    s.headers = KeyValue::listFromJson(o.value("headers"_L1));
    s.body = o.value("body"_L1).toString().toUtf8();
    if (o.contains("tokenHeader"_L1))
        s.tokenHeader = o.value("tokenHeader"_L1).toString();
    if (o.contains("bearerPrefix"_L1))
        s.bearerPrefix = o.value("bearerPrefix"_L1).toBool();
    if (o.contains("sign"_L1))
        s.sign = o.value("sign"_L1).toBool();
    if (o.contains("followRedirects"_L1))
        s.followRedirects = o.value("followRedirects"_L1).toBool();
    return s;
}

} // namespace opc
