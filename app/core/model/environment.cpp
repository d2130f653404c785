#include "model/environment.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace opc {

QString Environment::host() const
{
    return QUrl(baseUrl).host().toLower();
}

QStringList Environment::credentialHosts() const
{
    if (kind == Kind::LocalSimulator)
        return { u"127.0.0.1"_s, u"localhost"_s, u"::1"_s };
    QStringList hosts;
    for (const QString &url : { baseUrl, mtlsBaseUrl }) {
        const QString h = QUrl(url).host().toLower();
        if (!h.isEmpty() && !hosts.contains(h))
            hosts.append(h);
    }
    return hosts;
}

QJsonObject Environment::toJson() const
{
    QJsonObject vars;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        vars.insert(it.key(), it.value());
    QJsonObject o {
        { u"id"_s, id },
        { u"name"_s, name },
        { u"kind"_s, kindName(kind) },
        { u"baseUrl"_s, baseUrl },
        { u"variables"_s, vars },
        { u"extraCaPath"_s, extraCaPath },
        { u"crlPath"_s, crlPath },
    };
    if (!mtlsBaseUrl.isEmpty())
        o.insert(u"mtlsBaseUrl"_s, mtlsBaseUrl);
    return o;
}

Environment Environment::fromJson(const QJsonObject &o)
{
    Environment e;
    e.id = o.value("id"_L1).toString();
    e.name = o.value("name"_L1).toString();
    e.kind = kindFromName(o.value("kind"_L1).toString());
    e.baseUrl = o.value("baseUrl"_L1).toString();
    e.mtlsBaseUrl = o.value("mtlsBaseUrl"_L1).toString();
    const QJsonObject vars = o.value("variables"_L1).toObject();
    for (auto it = vars.begin(); it != vars.end(); ++it)
        e.variables.insert(it.key(), it.value().toString());
    e.extraCaPath = o.value("extraCaPath"_L1).toString();
    e.crlPath = o.value("crlPath"_L1).toString();
    return e;
}

Environment Environment::localSimulator(const QString &baseUrl, const QString &caPath)
{
    Environment e;
    e.id = u"local"_s;
    e.name = QCoreApplication::translate("opc::Environment", "Local simulator");
    e.kind = Kind::LocalSimulator;
    e.baseUrl = baseUrl;
    e.extraCaPath = caPath;
    return e;
}

Environment Environment::opSandbox()
{
    Environment e;
    e.id = u"sandbox"_s;
    e.name = QCoreApplication::translate("opc::Environment", "OP sandbox");
    e.kind = Kind::OpSandbox;
    e.baseUrl = u"https://sandbox.apis.op.fi"_s;
    return e;
}

Environment Environment::production()
{
    Environment e;
    e.id = u"production"_s;
    e.name = QCoreApplication::translate("opc::Environment", "Production");
    e.kind = Kind::Production;
    e.baseUrl = u"https://apis.op.fi"_s;
    return e;
}

QString Environment::kindName(Kind kind)
{
    switch (kind) {
    case Kind::LocalSimulator:
        return u"local"_s;
    case Kind::OpSandbox:
        return u"sandbox"_s;
    case Kind::Production:
        return u"production"_s;
    case Kind::Custom:
        return u"custom"_s;
    }
    return u"custom"_s;
}

Environment::Kind Environment::kindFromName(const QString &name)
{
    if (name == "local"_L1)
        return Kind::LocalSimulator;
    if (name == "sandbox"_L1)
        return Kind::OpSandbox;
    if (name == "production"_L1)
        return Kind::Production;
    return Kind::Custom;
}

} // namespace opc
