// The simulator's products come from the catalogue bundled in opc_core
// (resources/catalog/op-api-catalog.json), the same document the console
// and the command line read.

#include "catalog/productcatalog.h"
#include "sandboxserver_p.h"

using namespace Qt::StringLiterals;

namespace opc::sandbox {

void SandboxServer::Private::buildProducts()
{
    products.clear();
    for (const QJsonValue &value :
        ProductCatalog::builtIn().document().value("products"_L1).toArray()) {
        const QJsonObject o = value.toObject();
        ProductInfo p;
        p.id = o.value("id"_L1).toString();
        p.name = o.value("name"_L1).toString();
        p.version = o.value("version"_L1).toString();
        p.basePath = o.value("basePath"_L1).toString();
        for (const QJsonValue &prefix : o.value("pathPrefixes"_L1).toArray())
            p.prefixes.append(prefix.toString());
        p.securityLevel = o.value("securityLevel"_L1).toString();
        p.tokenHeader = o.value("tokenHeader"_L1).toString();
        p.signature = o.value("signature"_L1).toString();
        p.mtls = o.value("mtls"_L1).toBool();
        p.endpoints = o.value("endpoints"_L1).toArray();
        products.append(p);
    }
}

// What GET /__catalog and the admin API serve: the catalogue's keys except
// pathPrefixes, which only the gateway needs.
QJsonObject SandboxServer::Private::catalogJson() const
{
    QJsonArray list;
    for (const auto &p : products) {
        list.append(QJsonObject { { u"id"_s, p.id },
                                  { u"name"_s, p.name },
                                  { u"version"_s, p.version },
                                  { u"basePath"_s, p.basePath },
                                  { u"securityLevel"_s, p.securityLevel },
                                  { u"tokenHeader"_s, p.tokenHeader },
                                  { u"signature"_s, p.signature },
                                  { u"mtls"_s, p.mtls },
                                  { u"endpoints"_s, p.endpoints } });
    }
    return { { u"products"_s, list } };
}

} // namespace opc::sandbox
