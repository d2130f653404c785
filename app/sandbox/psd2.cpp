// PSD2 AIS, PIS and CoF behind the OAuth stub (OP-API-CATALOG.md §3.7-3.9,
// §5). These APIs keep OP's PSD2 error envelope {type, message, id, violations}.

#include "sandboxserver_p.h"

#include "common/atomicfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace opc::sandbox {

namespace {

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QByteArray fromB64url(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

/// Checks a detached compact JWS (header..signature, RFC 7515 appendix F)
/// over @p body against the key of the client certificate the request came
/// with: ES256 (raw r||s) or RS256, and a kid naming that certificate
/// (base64url SHA-256 of its DER), as OP's PIS takes the TPP's signing key.
bool verifyDetachedJws(const QByteArray &jws, const QByteArray &body, const QByteArray &certificateDer, QString *why)
{
    const QList<QByteArray> parts = jws.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || !parts[1].isEmpty() || parts[2].isEmpty()) {
        *why = u"x-jws-signature must be a detached JWS: header..signature."_s;
        return false;
    }
    const QJsonObject header = QJsonDocument::fromJson(fromB64url(parts[0])).object();
    const QString alg = header.value(u"alg"_s).toString();
    if (alg != u"ES256" && alg != u"RS256") {
        *why = u"x-jws-signature: alg must be ES256 or RS256."_s;
        return false;
    }
    if (certificateDer.isEmpty()) {
        *why = u"x-jws-signature needs the signing certificate over mutual TLS."_s;
        return false;
    }
    const QByteArray thumbprint = QCryptographicHash::hash(certificateDer, QCryptographicHash::Sha256)
                                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (header.value(u"kid"_s).toString().toLatin1() != thumbprint) {
        *why = u"x-jws-signature: kid does not name the client certificate."_s;
        return false;
    }
    const auto *der = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    X509 *cert = d2i_X509(nullptr, &der, long(certificateDer.size()));
    EVP_PKEY *key = cert ? X509_get_pubkey(cert) : nullptr;
    QByteArray signature = fromB64url(parts[2]);
    if (alg == u"ES256") {
        // JWS carries r||s; OpenSSL verifies DER.
        ECDSA_SIG *sig = ECDSA_SIG_new();
        if (signature.size() == 64 && sig) {
            const auto *raw = reinterpret_cast<const unsigned char *>(signature.constData());
            ECDSA_SIG_set0(sig, BN_bin2bn(raw, 32, nullptr), BN_bin2bn(raw + 32, 32, nullptr));
            unsigned char *out = nullptr;
            const int length = i2d_ECDSA_SIG(sig, &out);
            signature = length > 0 ? QByteArray(reinterpret_cast<const char *>(out), length) : QByteArray();
            OPENSSL_free(out);
        } else {
            signature.clear();
        }
        ECDSA_SIG_free(sig);
    }
    const QByteArray input = parts[0] + '.'
            + body.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = key && !signature.isEmpty() && ctx
            && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
            && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                                size_t(signature.size()), reinterpret_cast<const unsigned char *>(input.constData()),
                                size_t(input.size()))
                    == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    X509_free(cert);
    if (!ok)
        *why = u"x-jws-signature does not verify with the client certificate's key."_s;
    return ok;
}

QString opaque(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ApiReply oauthError(int status, const QString &error, const QString &description)
{
    return ApiReply::json(status, { { u"error"_s, error }, { u"error_description"_s, description } });
}

ApiReply violation(int status, const QString &type, const QString &vType, const QString &path, const QString &message)
{
    return ApiError::psd2(status, type, message,
                          { QJsonObject { { u"type"_s, vType }, { u"path"_s, path }, { u"message"_s, message } } });
}

QString htmlEscape(const QString &s) { return s.toHtmlEscaped(); }

QString psd2AccountId(const QString &iban)
{
    return QString::fromLatin1(QCryptographicHash::hash(QString(u"psd2:"_s + iban).toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QJsonObject parseJsonBody(const ApiRequest &r, bool *ok)
{
    if (r.body.trimmed().isEmpty()) {
        *ok = true;
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    *ok = doc.isObject();
    return doc.object();
}

} // namespace

// ---------------------------------------------------------------------------
// The grants file

QString SandboxServer::Private::tokenKey(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {

QJsonObject grantJson(const OAuthGrant &g)
{
    return { { u"apiKey"_s, g.apiKey },       { u"scope"_s, g.scope },
             { u"authorizationId"_s, g.authorizationId }, { u"userId"_s, g.userId },
             { u"expires"_s, g.expires.toUTC().toString(Qt::ISODate) }, { u"sessionKey"_s, g.sessionKey } };
}

OAuthGrant grantFrom(const QJsonObject &o)
{
    return { o.value(u"apiKey"_s).toString(),
             o.value(u"scope"_s).toString(),
             o.value(u"authorizationId"_s).toString(),
             o.value(u"userId"_s).toString(),
             QDateTime::fromString(o.value(u"expires"_s).toString(), Qt::ISODate),
             o.value(u"sessionKey"_s).toString() };
}

template<typename Value, typename ToJson>
QJsonObject mapJson(const QHash<QString, Value> &map, ToJson toJson)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), toJson(it.value()));
    return out;
}

QJsonObject nestedJson(const QHash<QString, QHash<QString, QJsonObject>> &map)
{
    return mapJson(map, [](const QHash<QString, QJsonObject> &inner) {
        return mapJson(inner, [](const QJsonObject &o) { return o; });
    });
}

QHash<QString, QHash<QString, QJsonObject>> nestedFrom(const QJsonObject &o)
{
    QHash<QString, QHash<QString, QJsonObject>> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject inner = it.value().toObject();
        for (auto in = inner.begin(); in != inner.end(); ++in)
            out[it.key()].insert(in.key(), in.value().toObject());
    }
    return out;
}

} // namespace

void SandboxServer::Private::loadGrants()
{
    if (options.grantsFile.isEmpty() || !QFile::exists(options.grantsFile))
        return;
    const auto bytes = AtomicFile::read(options.grantsFile, 64 * 1024 * 1024);
    const QJsonObject root = bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
    if (root.value(u"version"_s).toInt() != 1) {
        // A damaged file must not stop the simulator: keep it aside.
        (void)AtomicFile::quarantine(options.grantsFile);
        return;
    }
    const QJsonObject tokens = root.value(u"accessTokens"_s).toObject();
    for (auto it = tokens.begin(); it != tokens.end(); ++it)
        oauthTokens.insert(it.key(), grantFrom(it.value().toObject()));
    const QJsonObject refresh = root.value(u"refreshTokens"_s).toObject();
    for (auto it = refresh.begin(); it != refresh.end(); ++it)
        refreshTokens.insert(it.key(), grantFrom(it.value().toObject()));
    psd2Authorizations = nestedFrom(root.value(u"authorizations"_s).toObject());
    psd2Payments = nestedFrom(root.value(u"payments"_s).toObject());
    for (auto it = psd2Authorizations.cbegin(); it != psd2Authorizations.cend(); ++it) {
        for (auto auth = it->cbegin(); auth != it->cend(); ++auth)
            psd2AuthIndex.insert(auth.key(), it.key());
    }
    const QJsonObject idempotency = root.value(u"idempotency"_s).toObject();
    for (auto it = idempotency.begin(); it != idempotency.end(); ++it) {
        const QJsonObject inner = it.value().toObject();
        for (auto in = inner.begin(); in != inner.end(); ++in)
            psd2Idempotency[it.key()].insert(in.key(), in.value().toString());
    }
}

void SandboxServer::Private::saveGrants()
{
    if (options.grantsFile.isEmpty())
        return;
    // Expired access tokens are of no use to anyone: they go.
    const QDateTime current = now();
    oauthTokens.removeIf([&](QHash<QString, OAuthGrant>::iterator it) { return it.value().expires < current; });
    QJsonObject idempotency;
    for (auto it = psd2Idempotency.cbegin(); it != psd2Idempotency.cend(); ++it)
        idempotency.insert(it.key(), mapJson(it.value(), [](const QString &v) { return QJsonValue(v); }));
    const QJsonObject root { { u"version"_s, 1 },
                             { u"accessTokens"_s, mapJson(oauthTokens, grantJson) },
                             { u"refreshTokens"_s, mapJson(refreshTokens, grantJson) },
                             { u"authorizations"_s, nestedJson(psd2Authorizations) },
                             { u"payments"_s, nestedJson(psd2Payments) },
                             { u"idempotency"_s, idempotency } };
    (void)AtomicFile::write(options.grantsFile, QJsonDocument(root).toJson(QJsonDocument::Compact),
                            AtomicFile::Privacy::Private);
}

// ---------------------------------------------------------------------------
// OAuth

ApiReply SandboxServer::Private::oauthToken(const ApiRequest &r, AppRecord &app)
{
    if (r.path != u"/oauth/token" || r.method != "POST")
        return ApiError::reply(405, u"ERROR"_s, u"VALIDATION"_s, u"Use POST /oauth/token."_s);
    const QUrlQuery form(QString::fromUtf8(r.body));
    auto value = [&](const char *k) { return form.queryItemValue(QLatin1StringView(k), QUrl::FullyDecoded); };
    if (value("client_id") != app.apiKey || value("client_secret") != app.apiSecret)
        return oauthError(401, u"invalid_client"_s, u"client_id must be the API key and client_secret the API secret."_s);
    const QString grantType = value("grant_type");
    const QString sessionKey = app.apiKey + u'|' + QString::fromUtf8(r.header("x-session-id"));
    auto issue = [&](OAuthGrant grant, bool withRefresh) {
        grant.expires = now().addSecs(3600);
        const QString token = opaque(32);
        oauthTokens.insert(tokenKey(token), grant);
        QJsonObject out { { u"access_token"_s, token },
                          { u"token_type"_s, u"Bearer"_s },
                          { u"expires_in"_s, 3600 },
                          { u"scope"_s, grant.scope } };
        if (withRefresh) {
            const QString refresh = opaque(32);
            refreshTokens.insert(tokenKey(refresh), grant);
            out.insert(u"refresh_token"_s, refresh);
            const QJsonObject header { { u"alg"_s, u"none"_s }, { u"typ"_s, u"JWT"_s } };
            const QJsonObject claims { { u"iss"_s, u"https://op-sandbox-simulator"_s },
                                       { u"sub"_s, grant.userId },
                                       { u"aud"_s, app.apiKey },
                                       { u"authorizationId"_s, grant.authorizationId },
                                       { u"acr"_s, u"urn:openbanking:psd2:sca"_s },
                                       { u"iat"_s, double(now().toSecsSinceEpoch()) },
                                       { u"exp"_s, double(grant.expires.toSecsSinceEpoch()) } };
            auto b64 = [](const QJsonObject &o) {
                return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            };
            out.insert(u"id_token"_s, QString::fromLatin1(b64(header) + '.' + b64(claims) + '.'));
        }
        return ApiReply::json(200, out);
    };
    if (grantType == u"client_credentials") {
        const QString scope = value("scope");
        if (scope != u"accounts" && scope != u"payments" && scope != u"fundsconfirmations")
            return oauthError(400, u"invalid_scope"_s, u"scope must be accounts, payments or fundsconfirmations."_s);
        return issue({ app.apiKey, scope, {}, {}, {}, sessionKey }, false);
    }
    if (grantType == u"authorization_code") {
        const auto it = authCodes.constFind(value("code"));
        if (it == authCodes.constEnd() || it->apiKey != app.apiKey || it->expires < now())
            return oauthError(400, u"invalid_grant"_s, u"The authorization code is unknown, used or expired."_s);
        const OAuthGrant grant = *it;
        authCodes.remove(value("code")); // codes are single use
        return issue(grant, true);
    }
    if (grantType == u"refresh_token") {
        const auto it = refreshTokens.constFind(tokenKey(value("refresh_token")));
        if (it == refreshTokens.constEnd() || it->apiKey != app.apiKey)
            return oauthError(400, u"invalid_grant"_s, u"Unknown refresh token."_s);
        return issue(*it, false);
    }
    return oauthError(400, u"unsupported_grant_type"_s, u"Use client_credentials, authorization_code or refresh_token."_s);
}

ApiReply SandboxServer::Private::oauthAuthorizePage(const ApiRequest &r)
{
    ApiReply reply;
    reply.contentType = "text/html; charset=utf-8";
    QString authorizationId = r.queryValue(u"authorizationId"_s);
    // OP's real flow carries the id in a signed request object; read its
    // claims (the stub does not verify the signature).
    if (authorizationId.isEmpty() && r.query.hasQueryItem(u"request"_s)) {
        const QList<QByteArray> jws = r.queryValue(u"request"_s).toLatin1().split('.');
        if (jws.size() >= 2) {
            const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(jws[1], QByteArray::Base64UrlEncoding)).object();
            authorizationId = claims.value(u"claims"_s).toObject().value(u"userinfo"_s).toObject()
                                  .value(u"authorizationId"_s).toObject().value(u"value"_s).toString();
        }
    }
    const QString clientId = r.queryValue(u"client_id"_s);
    const QString redirect = r.queryValue(u"redirect_uri"_s);
    const QString sessionKey = psd2AuthIndex.value(authorizationId);
    const QJsonObject auth = psd2Authorizations.value(sessionKey).value(authorizationId);
    const QUrl redirectUrl(redirect);
    if (!appByKey(clientId) || auth.isEmpty() || auth.value(u"apiKey"_s).toString() != clientId || !redirectUrl.isValid()
        || redirectUrl.scheme().isEmpty()) {
        // The overview page: authorization flows may show only a general error page.
        reply.status = 400;
        reply.body = "<!doctype html><html><head><title>Authorization failed</title></head><body>"
                     "<h1>Authorization failed</h1><p>The authorization request is not valid.</p></body></html>";
        return reply;
    }
    const QString ticket = opaque(24);
    pendingAuthorizeRequests.insert(ticket, { { u"clientId"_s, clientId },
                                              { u"redirectUri"_s, redirect },
                                              { u"state"_s, r.queryValue(u"state"_s) },
                                              { u"authorizationId"_s, authorizationId } });
    const QString scope = auth.value(u"scope"_s).toString();
    const QString html = QStringLiteral(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>OP sandbox: authorize</title></head>"
        "<body><h1>OP sandbox authorization</h1>"
        "<p>The application <b>%1</b> asks for access (%2), authorization <code>%3</code>.</p>"
        "<form method=\"post\" action=\"/oauth/authorize/decision\">"
        "<input type=\"hidden\" name=\"ticket\" value=\"%4\">"
        "<p><label><input type=\"radio\" name=\"user\" value=\"88888881\" checked> Test user 88888881</label><br>"
        "<label><input type=\"radio\" name=\"user\" value=\"88888882\"> Test user 88888882</label></p>"
        "<button type=\"submit\" name=\"decision\" value=\"approve\">Approve</button> "
        "<button type=\"submit\" name=\"decision\" value=\"reject\">Reject</button>"
        "</form></body></html>")
                             .arg(htmlEscape(appByKey(clientId)->name), htmlEscape(scope), htmlEscape(authorizationId), ticket);
    reply.body = html.toUtf8();
    return reply;
}

ApiReply SandboxServer::Private::oauthDecision(const ApiRequest &r)
{
    const QUrlQuery form = r.method == "POST" ? QUrlQuery(QString::fromUtf8(r.body).replace(u'+', u' ')) : r.query;
    auto value = [&](const char *k) { return form.queryItemValue(QLatin1StringView(k), QUrl::FullyDecoded); };
    const QJsonObject pending = pendingAuthorizeRequests.take(value("ticket"));
    ApiReply reply;
    reply.contentType = "text/html; charset=utf-8";
    if (pending.isEmpty()) {
        reply.status = 400;
        reply.body = "<!doctype html><title>Authorization failed</title><p>This authorization page has expired.</p>";
        return reply;
    }
    const QString authorizationId = pending.value(u"authorizationId"_s).toString();
    const QString sessionKey = psd2AuthIndex.value(authorizationId);
    QJsonObject &auth = psd2Authorizations[sessionKey][authorizationId];
    QUrl target(pending.value(u"redirectUri"_s).toString());
    QUrlQuery q(target);
    const QString user = value("user");
    if (value("decision") == u"approve" && SandboxData::datasetForPsd2User(user)) {
        auth.insert(u"status"_s, u"Authorized"_s);
        auth.insert(u"authorized"_s, now().toUTC().toString(Qt::ISODate));
        auth.insert(u"modified"_s, now().toUTC().toString(Qt::ISODate));
        auth.insert(u"userId"_s, user);
        const QString code = opaque(24);
        authCodes.insert(code, { pending.value(u"clientId"_s).toString(), auth.value(u"scope"_s).toString(), authorizationId,
                                 user, now().addSecs(600), sessionKey });
        q.addQueryItem(u"code"_s, code);
    } else {
        auth.insert(u"status"_s, u"Rejected"_s);
        auth.insert(u"modified"_s, now().toUTC().toString(Qt::ISODate));
        q.addQueryItem(u"error"_s, u"access_denied"_s);
        q.addQueryItem(u"error_description"_s, u"The user rejected the authorization."_s);
    }
    if (!pending.value(u"state"_s).toString().isEmpty())
        q.addQueryItem(u"state"_s, pending.value(u"state"_s).toString());
    target.setQuery(q);
    reply.status = 302;
    reply.setHeader("Location", target.toEncoded());
    reply.body = "<!doctype html><title>Redirecting</title><p>Redirecting back to the application.</p>";
    return reply;
}

// ---------------------------------------------------------------------------
// Helpers shared by the three APIs.

static ApiReply wrongToken(const QString &message) { return ApiError::security(403, message); }

QJsonObject SandboxServer::Private::createAuthorization(const CallContext &c, const QString &scope,
                                                       const QJsonObject &extra)
{
    Private &d = *this;
    const QString id = newId();
    const QString nowText = d.now().toUTC().toString(Qt::ISODate);
    QJsonObject auth = extra;
    auth.insert(u"authorizationId"_s, id);
    auth.insert(u"created"_s, nowText);
    auth.insert(u"modified"_s, nowText);
    auth.insert(u"status"_s, u"Unauthorized"_s);
    auth.insert(u"scope"_s, scope);
    auth.insert(u"apiKey"_s, c.app->apiKey);
    d.psd2Authorizations[c.sessionKey].insert(id, auth);
    d.psd2AuthIndex.insert(id, c.sessionKey);
    return auth;
}

static QJsonObject publicAuth(QJsonObject auth)
{
    auth.remove(u"apiKey"_s);
    auth.remove(u"scope"_s);
    auth.remove(u"userId"_s);
    return auth;
}

/// For user-token calls: the authorization behind the token, if usable.
const QJsonObject *SandboxServer::Private::userAuthorization(const CallContext &c, ApiReply *error)
{
    Private &d = *this;
    if (c.grant->authorizationId.isEmpty()) {
        *error = wrongToken(u"This call needs a user access token from the authorization-code flow."_s);
        return nullptr;
    }
    const QString sessionKey = d.psd2AuthIndex.value(c.grant->authorizationId);
    const auto it = d.psd2Authorizations.value(sessionKey).constFind(c.grant->authorizationId);
    if (it == d.psd2Authorizations.value(sessionKey).constEnd() || it->value(u"status"_s).toString() != u"Authorized") {
        *error = ApiError::security(403, u"Authorization is revoked or not authorized."_s);
        return nullptr;
    }
    return &d.psd2Authorizations[sessionKey][c.grant->authorizationId];
}

ApiReply SandboxServer::Private::psd2Ais(CallContext &c)
{
    const ApiRequest &r = *c.request;
    if (c.grant->scope != u"accounts")
        return wrongToken(u"The access token's scope is not accounts."_s);
    const QStringList parts = r.path.mid(QStringLiteral("/accounts-psd2/v1").size()).split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return ApiError::psd2(404, u"VALIDATION"_s, u"No such resource."_s);
    if (parts[0] == u"authorizations") {
        auto &store = psd2Authorizations[c.sessionKey];
        if (parts.size() == 1 && r.method == "POST") {
            bool ok = false;
            const QJsonObject in = parseJsonBody(r, &ok);
            if (!ok)
                return violation(400, u"VALIDATION"_s, u"TypeMismatch"_s, u"body"_s, u"The body is not a JSON object."_s);
            const QDateTime expires = QDateTime::fromString(in.value(u"expires"_s).toString(), Qt::ISODate);
            if (in.contains(u"expires"_s) && (in.contains(u"transactionFrom"_s) || in.contains(u"transactionTo"_s)))
                return violation(400, u"VALIDATION"_s, u"InvalidValue"_s, u"expires"_s,
                                 u"expires can not be combined with transactionFrom/transactionTo."_s);
            if (in.contains(u"expires"_s) && !expires.isValid())
                return violation(400, u"VALIDATION"_s, u"TypeMismatch"_s, u"expires"_s, u"expires must be an ISO 8601 date-time."_s);
            QJsonObject extra;
            extra.insert(u"expires"_s, (expires.isValid() ? expires : now().addDays(90)).toUTC().toString(Qt::ISODate));
            for (const char *k : { "transactionFrom", "transactionTo" }) {
                if (in.contains(QLatin1StringView(k)))
                    extra.insert(QLatin1StringView(k), in.value(QLatin1StringView(k)));
            }
            return ApiReply::json(201, publicAuth(createAuthorization(c, u"accounts"_s, extra)));
        }
        if (parts.size() == 2) {
            auto it = store.find(parts[1]);
            if (it == store.end())
                return ApiError::psd2(404, u"VALIDATION"_s, u"No such authorization."_s);
            if (r.method == "DELETE") {
                it->insert(u"status"_s, u"Revoked"_s);
                it->insert(u"modified"_s, now().toUTC().toString(Qt::ISODate));
            } else if (r.method != "GET") {
                return ApiError::psd2(405, u"VALIDATION"_s, u"Method not allowed."_s);
            }
            return ApiReply::json(200, publicAuth(*it));
        }
        return ApiError::psd2(405, u"VALIDATION"_s, u"Method not allowed."_s);
    }
    if (r.method != "GET")
        return ApiError::psd2(405, u"VALIDATION"_s, u"Method not allowed."_s);
    ApiReply error;
    const QJsonObject *auth = userAuthorization(c, &error);
    if (!auth)
        return error;
    const SandboxDataset *ds = SandboxData::datasetForPsd2User(c.grant->userId);
    if (parts[0] == u"accounts") {
        auto accountJson = [&](const SandboxAccount &a) {
            return QJsonObject { { u"accountId"_s, psd2AccountId(a.iban) }, { u"productName"_s, a.name },
                                 { u"identifierSchema"_s, u"IBAN"_s },        { u"identifier"_s, a.iban },
                                 { u"servicerSchema"_s, u"BIC"_s },           { u"servicer"_s, a.bic },
                                 { u"owner"_s, ds->ownerName },               { u"netBalance"_s, SandboxData::formatCents(a.balanceCents) },
                                 { u"grossBalance"_s, SandboxData::formatCents(a.balanceCents) },
                                 { u"currency"_s, u"EUR"_s } };
        };
        if (parts.size() == 1) {
            QJsonArray list;
            for (const auto &a : ds->accounts)
                list.append(accountJson(a));
            return ApiReply::jsonArray(200, list);
        }
        const SandboxAccount *acc = nullptr;
        for (const auto &a : ds->accounts) {
            if (psd2AccountId(a.iban) == parts[1])
                acc = &a;
        }
        if (!acc)
            return ApiError::psd2(404, u"VALIDATION"_s, u"No such account."_s);
        if (parts.size() == 2)
            return ApiReply::json(200, accountJson(*acc));
        if (parts.size() == 3 && parts[2] == u"transactions") {
            const auto txs = SandboxData::transactionsFor(*acc, now().toUTC().date());
            const int offset = qMax(0, r.queryValue(u"continuationToken"_s).toInt());
            QJsonArray page;
            for (int i = offset; i < txs.size() && i < offset + 10; ++i) {
                const auto &t = txs.at(i);
                page.append(QJsonObject { { u"archiveId"_s, t.archiveId },
                                          { u"message"_s, t.message },
                                          { u"reference"_s, t.reference },
                                          { u"amount"_s, SandboxData::formatCents(t.amountCents) },
                                          { u"currency"_s, u"EUR"_s },
                                          { u"bookingDate"_s, t.bookingDate.toString(Qt::ISODate) },
                                          { u"valueDate"_s, t.bookingDate.toString(Qt::ISODate) },
                                          { u"paymentDate"_s, t.bookingDate.toString(Qt::ISODate) },
                                          { u"payer"_s, QJsonObject { { u"name"_s, t.amountCents < 0 ? ds->ownerName : t.counterpartyName } } },
                                          { u"recipient"_s, QJsonObject { { u"name"_s, t.amountCents < 0 ? t.counterpartyName : ds->ownerName },
                                                                         { u"identifier"_s, t.amountCents < 0 ? t.counterpartyIban : acc->iban } } },
                                          { u"proprietaryTransactionDescription"_s, t.amountCents < 0 ? u"OSTO"_s : u"PALKKA"_s } });
            }
            QJsonObject out { { u"transactions"_s, page } };
            const QString self = u"/accounts-psd2/v1/accounts/"_s + parts[1] + u"/transactions"_s;
            QJsonObject links { { u"self"_s, QJsonObject { { u"href"_s, self } } } };
            if (offset + 10 < txs.size()) {
                out.insert(u"continuationToken"_s, QString::number(offset + 10));
                links.insert(u"next"_s, QJsonObject { { u"href"_s, QString(self + u"?continuationToken="_s + QString::number(offset + 10)) } });
            }
            out.insert(u"links"_s, links);
            return ApiReply::json(200, out);
        }
    }
    if (parts[0] == u"cards") {
        const QJsonObject card { { u"cardId"_s, psd2AccountId(ds->token + u"card"_s) },
                                 { u"productName"_s, u"OP Visa Debit"_s },
                                 { u"cardNumber"_s, u"4779 **** **** 1234"_s } };
        if (parts.size() == 1)
            return ApiReply::jsonArray(200, { card });
        if (parts.size() == 3 && parts[1] == card.value(u"cardId"_s).toString() && parts[2] == u"transactions") {
            return ApiReply::json(200, { { u"transactions"_s, QJsonArray { QJsonObject { { u"description"_s, u"K-CITYMARKET ESPOO"_s },
                                                                                       { u"amount"_s, u"-23.90"_s },
                                                                                       { u"currency"_s, u"EUR"_s },
                                                                                       { u"originalAmount"_s, u"-23.90"_s },
                                                                                       { u"originalCurrency"_s, u"EUR"_s },
                                                                                       { u"postingDate"_s, now().toUTC().date().toString(Qt::ISODate) } } } },
                                         { u"links"_s, QJsonObject() } });
        }
    }
    return ApiError::psd2(404, u"VALIDATION"_s, u"No such resource."_s);
}

ApiReply SandboxServer::Private::psd2Pis(CallContext &c)
{
    const ApiRequest &r = *c.request;
    if (c.grant->scope != u"payments")
        return wrongToken(u"The access token's scope is not payments."_s);
    const QStringList parts = r.path.mid(QStringLiteral("/payments-psd2/v1").size()).split(u'/', Qt::SkipEmptyParts);
    auto &auths = psd2Authorizations[c.sessionKey];
    auto &payments = psd2Payments[c.sessionKey];
    const QString nowText = now().toUTC().toString(Qt::ISODate);
    auto paymentView = [&](QJsonObject p) {
        // Submissions that were Accepted move on when next looked at.
        QJsonArray subs = p.value(u"submissions"_s).toArray();
        for (qsizetype i = 0; i < subs.size(); ++i) {
            QJsonObject s = subs[i].toObject();
            if (s.value(u"status"_s).toString() == u"Accepted")
                s.insert(u"status"_s, s.value(u"next"_s).toString(u"Submitted"_s));
            subs[i] = s;
        }
        p.insert(u"submissions"_s, subs);
        payments.insert(p.value(u"paymentId"_s).toString(), p);
        const QJsonObject auth = auths.value(p.value(u"authorizationId"_s).toString());
        if (subs.isEmpty())
            p.insert(u"status"_s, auth.value(u"status"_s).toString());
        for (qsizetype i = 0; i < subs.size(); ++i) {
            QJsonObject o = subs[i].toObject();
            o.remove(u"next"_s);
            subs[i] = o;
        }
        p.insert(u"submissions"_s, subs);
        return p;
    };
    if (parts.size() == 1 && parts[0] == u"sepa-payments" && r.method == "POST") {
        const QString idem = QString::fromUtf8(r.header("x-idempotency-key"));
        if (idem.isEmpty())
            return violation(400, u"VALIDATION"_s, u"Required"_s, u"x-idempotency-key"_s, u"x-idempotency-key is required."_s);
        if (const QString existing = psd2Idempotency[c.sessionKey].value(idem); !existing.isEmpty())
            return ApiReply::json(201, paymentView(payments.value(existing)));
        // A signature sent is checked; OP's production API requires one.
        if (const QByteArray jws = r.header("x-jws-signature"); !jws.isEmpty()) {
            QString why;
            if (!verifyDetachedJws(jws, r.body, r.clientCertificateDer, &why))
                return ApiError::security(400, why);
        }
        bool ok = false;
        const QJsonObject in = parseJsonBody(r, &ok);
        if (!ok || in.isEmpty())
            return violation(400, u"VALIDATION"_s, u"TypeMismatch"_s, u"body"_s, u"The body is not a JSON object."_s);
        QJsonArray v;
        qint64 cents = 0;
        if (!SandboxData::parseAmount(in.value(u"amountEUR"_s).toString(), &cents) || cents <= 0)
            v.append(QJsonObject { { u"type"_s, u"EuroCents"_s }, { u"path"_s, u"amountEUR"_s }, { u"message"_s, u"amountEUR must be like \"1.50\"."_s } });
        const QJsonObject payee = in.value(u"payee"_s).toObject();
        if (!SandboxData::isValidIban(payee.value(u"iban"_s).toString()))
            v.append(QJsonObject { { u"type"_s, u"SepaIban"_s }, { u"path"_s, u"payee.iban"_s }, { u"message"_s, u"payee.iban is not a valid IBAN."_s } });
        if (payee.value(u"name"_s).toString().trimmed().isEmpty())
            v.append(QJsonObject { { u"type"_s, u"Required"_s }, { u"path"_s, u"payee.name"_s }, { u"message"_s, u"payee.name is required."_s } });
        if (!v.isEmpty())
            return ApiError::psd2(400, u"VALIDATION"_s, u"Validation failed."_s, v);
        QString authorizationId = in.value(u"authorizationId"_s).toString();
        if (authorizationId.isEmpty() || !auths.contains(authorizationId))
            authorizationId = createAuthorization(c, u"payments"_s, {}).value(u"authorizationId"_s).toString();
        QJsonObject p = in;
        p.insert(u"paymentId"_s, newId());
        p.insert(u"authorizationId"_s, authorizationId);
        p.insert(u"paymentType"_s, u"SepaPayment"_s);
        p.insert(u"detailsOfCharges"_s, u"SHA"_s);
        p.insert(u"paymentOrder"_s, u"SEPA"_s);
        if (!p.contains(u"count"_s))
            p.insert(u"count"_s, 1);
        p.insert(u"created"_s, nowText);
        p.insert(u"modified"_s, nowText);
        p.insert(u"submissions"_s, QJsonArray());
        payments.insert(p.value(u"paymentId"_s).toString(), p);
        psd2Idempotency[c.sessionKey].insert(idem, p.value(u"paymentId"_s).toString());
        return ApiReply::json(201, paymentView(p));
    }
    if (parts.size() >= 2 && parts[0] == u"sepa-payments") {
        if (!payments.contains(parts[1]))
            return ApiError::psd2(404, u"VALIDATION"_s, u"No such payment."_s);
        QJsonObject p = payments.value(parts[1]);
        if (parts.size() == 2 && r.method == "GET")
            return ApiReply::json(200, paymentView(p));
        if (parts.size() == 2 && r.method == "DELETE") {
            if (!p.value(u"submissions"_s).toArray().isEmpty())
                return violation(400, u"VALIDATION"_s, u"IllegalState"_s, u"paymentId"_s, u"A submitted payment cannot be deleted."_s);
            auths[p.value(u"authorizationId"_s).toString()].insert(u"status"_s, u"Revoked"_s);
            return ApiReply::json(200, paymentView(p));
        }
        if (parts.size() >= 3 && parts[2] == u"submissions") {
            QJsonArray subs = paymentView(p).value(u"submissions"_s).toArray();
            if (r.method == "GET") {
                if (parts.size() == 3)
                    return ApiReply::json(200, { { u"submissions"_s, subs } });
                for (const auto &s : subs) {
                    if (s.toObject().value(u"submissionId"_s).toString() == parts[3])
                        return ApiReply::json(200, s.toObject());
                }
                return ApiError::psd2(404, u"VALIDATION"_s, u"No such submission."_s);
            }
            if (parts.size() == 4 && r.method == "PUT") {
                p = payments.value(parts[1]);
                QJsonArray stored = p.value(u"submissions"_s).toArray();
                for (const auto &s : stored) {
                    if (s.toObject().value(u"submissionId"_s).toString() == parts[3]) { // idempotent resubmit
                        for (const auto &view : subs) {
                            if (view.toObject().value(u"submissionId"_s).toString() == parts[3])
                                return ApiReply::json(200, view.toObject());
                        }
                    }
                }
                QJsonObject &auth = auths[p.value(u"authorizationId"_s).toString()];
                const bool userOk = c.grant->authorizationId == p.value(u"authorizationId"_s).toString();
                const bool sandboxOk = auth.value(u"sandboxAuthorized"_s).toBool();
                if (auth.value(u"status"_s).toString() != u"Authorized" || (!userOk && !sandboxOk))
                    return ApiError::security(403, u"The payment's authorization is not authorized for this token."_s);
                const QString sc = c.scenario;
                QString status = u"Submitted"_s, next;
                if (sc == u"InsufficientFunds")
                    return violation(400, u"BUSINESS"_s, u"InsufficientFunds"_s, u"amountEUR"_s, u"Insufficient funds."_s);
                if (sc.startsWith(u"PaymentFail") && sc != u"PaymentSubmitFailed")
                    return violation(400, u"BUSINESS"_s, u"PaymentFail"_s, u"paymentId"_s,
                                     sc.contains(u'=') ? sc.section(u'=', 1) : u"The payment failed."_s);
                if (sc == u"PaymentSystemUnavailable") {
                    status = u"Pending"_s;
                } else if (sc == u"PaymentSubmitFailed") {
                    status = u"Accepted"_s;
                    next = u"Rejected"_s;
                } else if (sc == u"PaymentSubmitSuccess" || sc.startsWith(u"FutureSimulation")) {
                    status = u"Accepted"_s;
                    next = u"Submitted"_s;
                }
                QJsonObject sub { { u"submissionId"_s, parts[3] }, { u"status"_s, status }, { u"created"_s, nowText } };
                if (!next.isEmpty())
                    sub.insert(u"next"_s, next);
                stored.append(sub);
                p.insert(u"submissions"_s, stored);
                p.insert(u"modified"_s, nowText);
                payments.insert(parts[1], p);
                if (status != u"Pending")
                    auth.insert(u"status"_s, u"Completed"_s);
                sub.remove(u"next"_s);
                return ApiReply::json(201, sub);
            }
        }
        return ApiError::psd2(405, u"VALIDATION"_s, u"Method not allowed."_s);
    }
    if (parts.size() >= 2 && parts[0] == u"authorizations") {
        auto it = auths.find(parts[1]);
        if (it == auths.end() || it->value(u"scope"_s).toString() != u"payments")
            return ApiError::psd2(404, u"VALIDATION"_s, u"No such authorization."_s);
        auto paymentsOf = [&] {
            QJsonArray list;
            for (const auto &p : std::as_const(payments)) {
                if (p.value(u"authorizationId"_s).toString() == parts[1])
                    list.append(paymentView(p));
            }
            return list;
        };
        if (parts.size() == 3 && r.method == "POST" && (parts[2] == u"sandbox-authorize" || parts[2] == u"sandbox-reject")) {
            if (it->value(u"status"_s).toString() != u"Unauthorized")
                return violation(400, u"VALIDATION"_s, u"IllegalState"_s, u"authorizationId"_s, u"The authorization is not Unauthorized."_s);
            const bool approve = parts[2] == u"sandbox-authorize";
            it->insert(u"status"_s, approve ? u"Authorized"_s : u"Rejected"_s);
            it->insert(u"sandboxAuthorized"_s, approve);
            it->insert(u"modified"_s, nowText);
            QJsonObject out = publicAuth(*it);
            out.remove(u"sandboxAuthorized"_s);
            return ApiReply::json(200, out);
        }
        if (parts.size() == 3 && parts[2] == u"payments" && r.method == "GET")
            return ApiReply::json(200, { { u"payments"_s, paymentsOf() } });
        if (parts.size() == 2 && (r.method == "GET" || r.method == "DELETE")) {
            if (r.method == "DELETE")
                it->insert(u"status"_s, u"Revoked"_s);
            QJsonObject out = publicAuth(*it);
            out.remove(u"sandboxAuthorized"_s);
            if (r.queryValue(u"include"_s) == u"payments")
                out.insert(u"payments"_s, paymentsOf());
            return ApiReply::json(200, out);
        }
        return ApiError::psd2(405, u"VALIDATION"_s, u"Method not allowed."_s);
    }
    return ApiError::psd2(404, u"VALIDATION"_s, u"No such resource."_s);
}

ApiReply SandboxServer::Private::psd2Cof(CallContext &c)
{
    const ApiRequest &r = *c.request;
    if (c.grant->scope != u"fundsconfirmations")
        return wrongToken(u"The access token's scope is not fundsconfirmations."_s);
    if (!r.header("accept").contains("application/json"))
        return violation(400, u"VALIDATION"_s, u"Required"_s, u"Accept"_s, u"Accept: application/json is required."_s);
    const QStringList parts = r.path.mid(QStringLiteral("/confirmation-of-funds-psd2/v1").size()).split(u'/', Qt::SkipEmptyParts);
    auto &auths = psd2Authorizations[c.sessionKey];
    if (parts.size() == 1 && parts[0] == u"authorizations" && r.method == "POST") {
        bool ok = false;
        const QJsonObject in = parseJsonBody(r, &ok);
        if (!ok)
            return violation(400, u"VALIDATION"_s, u"TypeMismatch"_s, u"body"_s, u"The body is not a JSON object."_s);
        const QString iban = in.value(u"iban"_s).toString(u"FI3959986920207073"_s);
        if (!SandboxData::isValidIban(iban))
            return violation(400, u"VALIDATION"_s, u"FinnishIban"_s, u"iban"_s, u"iban is not a valid IBAN."_s);
        const QDateTime expires = QDateTime::fromString(in.value(u"expires"_s).toString(), Qt::ISODate);
        return ApiReply::json(201, publicAuth(createAuthorization(
                                       c, u"fundsconfirmations"_s,
                                       { { u"iban"_s, iban },
                                         { u"expires"_s, (expires.isValid() ? expires : now().addYears(1)).toUTC().toString(Qt::ISODate) } })));
    }
    if (parts.size() == 2 && parts[0] == u"authorizations") {
        auto it = auths.find(parts[1]);
        if (it == auths.end() || it->value(u"scope"_s).toString() != u"fundsconfirmations")
            return ApiError::psd2(404, u"VALIDATION"_s, u"No such authorization."_s);
        if (r.method == "DELETE")
            it->insert(u"status"_s, u"Revoked"_s);
        else if (r.method != "GET")
            return ApiError::psd2(405, u"VALIDATION"_s, u"Method not allowed."_s);
        return ApiReply::json(200, publicAuth(*it));
    }
    if (parts.size() == 1 && parts[0] == u"funds-confirmations" && r.method == "POST") {
        ApiReply error;
        const QJsonObject *auth = userAuthorization(c, &error);
        if (!auth)
            return error;
        bool ok = false;
        const QJsonObject in = parseJsonBody(r, &ok);
        qint64 cents = 0;
        if (!ok || !SandboxData::parseAmount(in.value(u"amountEUR"_s).toString(), &cents))
            return violation(400, u"VALIDATION"_s, u"EuroCents"_s, u"amountEUR"_s, u"amountEUR must be like \"12.50\"."_s);
        const SandboxDataset *ds = SandboxData::datasetForPsd2User(c.grant->userId);
        qint64 balance = 0;
        for (const auto &a : ds->accounts) {
            if (a.iban == auth->value(u"iban"_s).toString())
                balance = a.balanceCents;
        }
        return ApiReply::json(201, { { u"amountEUR"_s, in.value(u"amountEUR"_s) },
                                     { u"authorizationId"_s, c.grant->authorizationId },
                                     { u"created"_s, now().toUTC().toString(Qt::ISODate) },
                                     { u"fundsAvailable"_s, cents <= balance },
                                     { u"fundsConfirmationId"_s, newId() } });
    }
    return ApiError::psd2(404, u"VALIDATION"_s, u"No such resource."_s);
}

} // namespace opc::sandbox
