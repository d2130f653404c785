#include "model/application.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace opc {

QString Application::defaultSecretRef(const QString &appId)
{
    return u"app.%1.apiSecret"_s.arg(appId);
}

QJsonObject Application::toJson() const
{
    QJsonObject o {
        { u"id"_s, id },
        { u"name"_s, name },
        { u"environment"_s, environmentId },
        { u"apiKey"_s, apiKey },
        { u"secretRef"_s, secretRef },
        { u"products"_s, QJsonArray::fromStringList(productIds) },
        { u"securityLevel"_s, securityLevelName(securityLevel) },
        { u"certificateId"_s, certificateId },
        { u"notes"_s, notes },
    };
    if (!merchantId.isEmpty()) {
        o.insert(u"merchantId"_s, merchantId);
    }
    return o;
}

Application Application::fromJson(const QJsonObject &o)
{
    Application a;
    a.id = o.value("id"_L1).toString();
    a.name = o.value("name"_L1).toString();
    a.environmentId = o.value("environment"_L1).toString();
    a.apiKey = o.value("apiKey"_L1).toString();
    a.secretRef = o.value("secretRef"_L1).toString();
    for (const QJsonValue &v : o.value("products"_L1).toArray())
        a.productIds.append(v.toString());
    a.securityLevel = securityLevelFromName(o.value("securityLevel"_L1).toString());
    a.certificateId = o.value("certificateId"_L1).toString();
    a.notes = o.value("notes"_L1).toString();
    a.merchantId = o.value("merchantId"_L1).toString();
    return a;
}

} // namespace opc
