#include "model/apiproduct.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace opc {

QString securityLevelName(SecurityLevel level)
{
    switch (level) {
    case SecurityLevel::Open:
        return u"Open"_s;
    case SecurityLevel::Basic:
        return u"Basic"_s;
    case SecurityLevel::Restricted:
        return u"Restricted"_s;
    case SecurityLevel::High:
        return u"High"_s;
    }
    return u"Basic"_s;
}

SecurityLevel securityLevelFromName(const QString &name, SecurityLevel fallback)
{
    const QString n = name.trimmed().toLower();
    if (n == "open"_L1)
        return SecurityLevel::Open;
    if (n == "basic"_L1)
        return SecurityLevel::Basic;
    if (n == "restricted"_L1)
        return SecurityLevel::Restricted;
    if (n == "high"_L1)
        return SecurityLevel::High;
    return fallback;
}

QString signatureSchemeName(SignatureScheme scheme)
{
    switch (scheme) {
    case SignatureScheme::None:
        return u"none"_s;
    case SignatureScheme::HmacSha256:
        return u"hmac-sha256"_s;
    case SignatureScheme::OpRsaSha256:
        return u"op-rsa-sha256"_s;
    case SignatureScheme::DetachedJws:
        return u"jws"_s;
    }
    return u"none"_s;
}

SignatureScheme signatureSchemeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == "hmac-sha256"_L1)
        return SignatureScheme::HmacSha256;
    if (n == "op-rsa-sha256"_L1)
        return SignatureScheme::OpRsaSha256;
    if (n == "jws"_L1)
        return SignatureScheme::DetachedJws;
    return SignatureScheme::None;
}

bool ApiProduct::tokenIsBearer() const
{
    return tokenHeader.compare("authorization"_L1, Qt::CaseInsensitive) == 0;
}

QJsonObject ApiProduct::toJson() const
{
    return QJsonObject {
        { u"id"_s, id },
        { u"name"_s, name },
        { u"version"_s, version },
        { u"basePath"_s, basePath },
        { u"securityLevel"_s, securityLevelName(securityLevel) },
        { u"tokenHeader"_s, tokenHeader },
        { u"signature"_s, signatureSchemeName(signature) },
        { u"mtls"_s, mtls },
    };
}

ApiProduct ApiProduct::fromJson(const QJsonObject &o)
{
    ApiProduct p;
    p.id = o.value("id"_L1).toString();
    p.name = o.value("name"_L1).toString();
    p.version = o.value("version"_L1).toString();
    p.basePath = o.value("basePath"_L1).toString();
    p.securityLevel = securityLevelFromName(o.value("securityLevel"_L1).toString());
    const QString header = o.value("tokenHeader"_L1).toString();
    if (!header.isEmpty())
        p.tokenHeader = header;
    p.signature = signatureSchemeFromName(o.value("signature"_L1).toString());
    p.mtls = o.value("mtls"_L1).toBool(p.securityLevel == SecurityLevel::High);
    for (const QJsonValue &e : o.value("endpoints"_L1).toArray()) {
        QString path = e.toObject().value("path"_L1).toString();
        path = path.section(u'?', 0, 0);
        if (!path.isEmpty() && !p.endpointPaths.contains(path))
            p.endpointPaths.append(path);
    }
    return p;
}

Result<QList<ApiProduct>> ApiProduct::parseCatalog(const QJsonObject &catalog)
{
    const QJsonValue products = catalog.value("products"_L1);
    if (!products.isArray())
        return Result<QList<ApiProduct>>::failure(
                QCoreApplication::translate("opc::ApiProduct", "The catalogue has no product list."));
    QList<ApiProduct> out;
    for (const QJsonValue &v : products.toArray()) {
        ApiProduct p = fromJson(v.toObject());
        if (p.id.isEmpty() || p.basePath.isEmpty())
            continue;
        out.append(p);
    }
    return out;
}

namespace {
// Literal segments matched, or -1 when the template does not fit the path.
int templateScore(const QString &templ, const QStringList &segments)
{
    const QStringList t = templ.split(u'/', Qt::SkipEmptyParts);
    if (t.size() != segments.size())
        return -1;
    int literal = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t.at(i).startsWith(u'{') && t.at(i).endsWith(u'}'))
            continue;
        if (t.at(i) != segments.at(i))
            return -1;
        ++literal;
    }
    return literal;
}
} // namespace

const ApiProduct *ApiProduct::matchPath(const QList<ApiProduct> &products, const QString &fullPath)
{
    const QString path = fullPath.section(u'?', 0, 0);
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    const ApiProduct *byEndpoint = nullptr;
    int bestScore = -1;
    for (const ApiProduct &p : products) {
        for (const QString &e : p.endpointPaths) {
            const int score = templateScore(e, segments);
            if (score > bestScore) {
                bestScore = score;
                byEndpoint = &p;
            }
        }
    }
    if (byEndpoint)
        return byEndpoint;

    const ApiProduct *best = nullptr;
    for (const ApiProduct &p : products) {
        QString base = p.basePath;
        while (base.endsWith(u'/'))
            base.chop(1);
        if (base.isEmpty())
            continue;
        // "/v1/accounts" must not match "/v1/accountsX": only whole segments count.
        const bool matches = path == base || (path.startsWith(base) && (path.at(base.size()) == u'/' || path.at(base.size()) == u'?'));
        if (matches && (!best || base.size() > best->basePath.size()))
            best = &p;
    }
    return best;
}

} // namespace opc
