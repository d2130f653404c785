#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace opc {

/// OP's security levels from the overview page; they decide which
/// credentials a request needs (key, token, HMAC, mutual TLS).
enum class SecurityLevel { Open, Basic, Restricted, High };

/// How a product's requests are signed.
/// DetachedJws: the body in `x-jws-signature` (PSD2 Payment Initiation).
enum class SignatureScheme { None, HmacSha256, OpRsaSha256, DetachedJws };

QString securityLevelName(SecurityLevel level);
SecurityLevel securityLevelFromName(const QString &name, SecurityLevel fallback = SecurityLevel::Basic);
QString signatureSchemeName(SignatureScheme scheme);
SignatureScheme signatureSchemeFromName(const QString &name);

/// One API product as the simulator's /__catalog or a bundled catalogue
/// describes it: where it lives and what each request to it must carry.
struct ApiProduct
{
    QString id;
    QString name;
    QString version;
    QString basePath;
    SecurityLevel securityLevel = SecurityLevel::Basic;
    QString tokenHeader = QStringLiteral("x-authorization");
    SignatureScheme signature = SignatureScheme::None;
    bool mtls = false;
    /// Endpoint path templates from the catalogue ("/v1/payments/{id}"):
    /// several products may share a basePath, the endpoints tell them apart.
    QStringList endpointPaths;

    /// "Authorization" carries "Bearer <token>"; x-authorization the bare token.
    bool tokenIsBearer() const;

    QJsonObject toJson() const;
    static ApiProduct fromJson(const QJsonObject &object);

    /// Parses {"products":[...]}; entries without id or basePath are skipped.
    static Result<QList<ApiProduct>> parseCatalog(const QJsonObject &catalog);
    /// The product with an endpoint template matching @p path (most literal
    /// segments wins), else the one whose basePath is the longest prefix of
    /// @p path on a segment boundary, or nullptr.
    static const ApiProduct *matchPath(const QList<ApiProduct> &products, const QString &path);
};

} // namespace opc
