#include "net/requestbuilder.h"

#include "net/secretmasker.h"

#include "net/hmacsigner.h"
#include "net/oprsasigner.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace opc {

namespace {


enum class Place { Url, Header, Body };

// How much longer than the text it is in a resolved text may become: a
// collection from elsewhere can nest variables so that a naive expansion
// would never end.
constexpr qsizetype kMaxVariableGrowth = 16 * 1024 * 1024;

struct Resolver
{
    const RequestSpec &spec;
    const RequestContext &ctx;
    QList<BoundSecret> usedSecrets;
    /// Variables already resolved in this request, their references resolved in turn.
    QHash<QString, QString> resolved;
    /// Variables being resolved now, outermost first (to find loops).
    QStringList resolving;

    // Replaces {{name}}; fails naming the first undefined variable.
    Result<QString> resolve(const QString &text, Place place)
    {
        static const QRegularExpression re(u"\\{\\{\\s*([^{}]*?)\\s*\\}\\}"_s);
        QString out;
        qsizetype last = 0;
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += QStringView(text).mid(last, m.capturedStart() - last);
            const QString name = m.captured(1);
            QString value;
            if (name.startsWith("secret:"_L1)) {
                const QString ref = name.mid(7).trimmed();
                const std::optional<BoundSecret> secret = ctx.secretResolver ? ctx.secretResolver(ref) : std::nullopt;
                if (!secret)
                    return Result<QString>::failure(
                            QCoreApplication::translate("opc::RequestBuilder", "The secret {{secret:%1}} is not in the vault; nothing was sent.").arg(ref),
                            u"undefined-secret"_s);
                usedSecrets.append(*secret);
                value = QString::fromUtf8(secret->value);
            } else if (name == "$apiKey"_L1 || name == "$apiSecret"_L1) {
                // The application's own credentials, for bodies that carry
                // them (an OAuth token request's client_id and
                // client_secret): the secret never in a URL, both only to
                // the hosts they are bound to.
                const bool isSecret = name == "$apiSecret"_L1;
                if (isSecret && place == Place::Url) {
                    return Result<QString>::failure(
                            QCoreApplication::translate("opc::RequestBuilder", "{{%1}} cannot go in a URL, where logs and proxies would keep it; nothing was "
                               "sent.")
                                    .arg(name),
                            u"credential-in-url"_s);
                }
                const std::optional<BoundSecret> credential = isSecret
                        ? ctx.apiSecret
                        : std::optional<BoundSecret>(BoundSecret { ctx.apiKey.toUtf8(), ctx.credentialHosts });
                if (!credential || credential->value.isEmpty()) {
                    return Result<QString>::failure(
                            QCoreApplication::translate("opc::RequestBuilder", "{{%1}} is used, but the application has no %2; nothing was sent.")
                                    .arg(name, isSecret ? QCoreApplication::translate("opc::RequestBuilder", "API secret") : QCoreApplication::translate("opc::RequestBuilder", "API key")),
                            u"undefined-credential"_s);
                }
                usedSecrets.append(*credential);
                value = QString::fromUtf8(credential->value);
            } else {
                Result<QString> variable = lookup(name);
                if (!variable) {
                    return variable;
                }
                value = std::move(variable).value();
            }
            if (place == Place::Url) {
                // A value must not be able to end the path, add a request line
                // or a fragment: encode whatever is not plain URL text.
                value = QString::fromLatin1(value.toUtf8().toPercentEncoding("/?&=:@!$'()*+,;-._~%"));
            }
            out += value;
            if (out.size() - m.capturedEnd() > kMaxVariableGrowth) {
                return Result<QString>::failure(
                    QCoreApplication::translate("opc::RequestBuilder", "The variables in this request expand to more than %1 MB; nothing was sent.")
                        .arg(kMaxVariableGrowth / (1024 * 1024)),
                    u"variable-too-large"_s);
            }
            last = m.capturedEnd();
        }
        out += QStringView(text).mid(last);
        return out;
    }

    // The value of {{name}}: the environment's (its base URL is its
    // {{baseUrl}}), else the collection's, else a built-in one. A value may
    // itself hold {{references}}.
    Result<QString> lookup(const QString &name)
    {
        if (const auto done = resolved.constFind(name); done != resolved.cend()) {
            return *done;
        }
        std::optional<QString> raw;
        if (ctx.environment.variables.contains(name)) {
            raw = ctx.environment.variables.value(name);
        } else if (name == "baseUrl"_L1 && !ctx.environment.baseUrl.trimmed().isEmpty()) {
            // The environment the user chose is where {{baseUrl}} points,
            // over a collection's own (an imported collection names the
            // host it was written for): switching one environment switches
            // every request.
            QString base = ctx.environment.baseUrl.trimmed();
            while (base.endsWith(u'/')) {
                base.chop(1);
            }
            raw = base;
        } else {
            for (auto row = ctx.collectionVariables.crbegin();
                 row != ctx.collectionVariables.crend(); ++row) {
                if (row->enabled && row->name == name) {
                    raw = row->value;
                    break;
                }
            }
        }
        if (!raw) {
            if (name == "$uuid"_L1) {
                return QUuid::createUuid().toString(QUuid::WithoutBraces);
            }
            if (name == "$timestamp"_L1) {
                return QString::number(QDateTime::currentSecsSinceEpoch());
            }
        }
        if (!raw) {
            return Result<QString>::failure(QCoreApplication::translate("opc::RequestBuilder", "The variable {{%1}} is not defined in the "
                                               "environment \"%2\" or in the collection; nothing "
                                               "was sent.")
                                                .arg(name, ctx.environment.name),
                u"undefined-variable"_s);
        }
        if (!raw->contains("{{"_L1)) {
            resolved.insert(name, *raw);
            return *raw;
        }
        if (resolving.contains(name)) {
            return Result<QString>::failure(
                QCoreApplication::translate("opc::RequestBuilder", "The variable {{%1}} refers back to itself through %2; nothing was sent.")
                    .arg(name, (resolving + QStringList { name }).join(u" → "_s)),
                u"variable-loop"_s);
        }
        resolving.append(name);
        Result<QString> value = resolve(*raw, Place::Body);
        resolving.removeLast();
        if (value) {
            resolved.insert(name, *value);
        }
        return value;
    }
};

bool hostAllowed(const QString &host, const QStringList &allowed)
{
    if (allowed.isEmpty())
        return true;
    for (const QString &a : allowed) {
        if (a.compare(host, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void setHeader(PreparedRequest::Headers &headers, const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

bool hasHeader(const PreparedRequest::Headers &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Result<QUrl> resolveUrlWith(Resolver &resolver, const RequestSpec &spec, const RequestContext &ctx)
{
    using R = Result<QUrl>;
    for (const QChar c : spec.url) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return R::failure(QCoreApplication::translate("opc::RequestBuilder", "The URL contains a control character (such as a line break); nothing was sent."),
                              u"url-invalid"_s);
    }
    auto resolvedUrl = resolver.resolve(spec.url.trimmed(), Place::Url);
    if (!resolvedUrl)
        return R(resolvedUrl.error());
    QString urlText = resolvedUrl.value();
    urlText.replace(u' ', "%20"_L1);
    const bool absolute = urlText.startsWith("http://"_L1, Qt::CaseInsensitive)
            || urlText.startsWith("https://"_L1, Qt::CaseInsensitive);
    if (!absolute) {
        if (urlText.contains("://"_L1))
            return R::failure(QCoreApplication::translate("opc::RequestBuilder", "Only http and https URLs can be sent."), u"url-scheme"_s);
        QString base = ctx.environment.baseUrl.trimmed();
        if (base.isEmpty())
            return R::failure(QCoreApplication::translate("opc::RequestBuilder", "The environment \"%1\" has no base URL, so the path \"%2\" cannot be sent.")
                                      .arg(ctx.environment.name, urlText),
                              u"url-no-base"_s);
        while (base.endsWith(u'/'))
            base.chop(1);
        urlText = base + (urlText.startsWith(u'/') ? QString() : u"/"_s) + urlText;
    }
    QByteArray encodedQuery;
    for (const KeyValue &q : spec.query) {
        if (!q.enabled)
            continue;
        auto name = resolver.resolve(q.name, Place::Header);
        if (!name)
            return R(name.error());
        auto value = resolver.resolve(q.value, Place::Header);
        if (!value)
            return R(value.error());
        if (!encodedQuery.isEmpty())
            encodedQuery += '&';
        encodedQuery += name->toUtf8().toPercentEncoding() + '=' + value->toUtf8().toPercentEncoding();
    }
    if (!encodedQuery.isEmpty())
        urlText += (urlText.contains(u'?') ? u'&' : u'?') + QString::fromLatin1(encodedQuery);

    const QUrl url = QUrl::fromEncoded(urlText.toUtf8(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return R::failure(QCoreApplication::translate("opc::RequestBuilder", "\"%1\" is not a valid URL; nothing was sent.").arg(urlText), u"url-invalid"_s);
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return R::failure(QCoreApplication::translate("opc::RequestBuilder", "Only http and https URLs can be sent."), u"url-scheme"_s);
    if (scheme == "http"_L1 && !RequestBuilder::isLoopbackHost(host))
        return R::failure(QCoreApplication::translate("opc::RequestBuilder", "Plain http:// is only allowed to this computer (loopback); use https:// for %1.").arg(host),
                          u"url-plain-http"_s);
    return url;
}

} // namespace

Result<QUrl> RequestBuilder::resolveUrl(const RequestSpec &spec, const RequestContext &context)
{
    Resolver resolver { spec, context, {}, {}, {} };
    return resolveUrlWith(resolver, spec, context);
}

bool RequestBuilder::isValidToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool RequestBuilder::isValidHeaderValue(const QByteArray &value)
{
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool RequestBuilder::isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<PreparedRequest> RequestBuilder::build(const RequestSpec &spec, const RequestContext &ctx)
{
    using R = Result<PreparedRequest>;
    Resolver resolver { spec, ctx, {}, {}, {} };
    PreparedRequest req;

    req.method = spec.method.trimmed().toUpper().toLatin1();
    if (!isValidToken(req.method))
        return R::failure(
            QCoreApplication::translate("opc::RequestBuilder", "\"%1\" is not a valid HTTP method; nothing was sent.").arg(spec.method),
            u"method"_s);

    // --- URL ---
    auto url = resolveUrlWith(resolver, spec, ctx);
    if (!url)
        return R(url.error());
    req.url = std::move(url).value();
    req.followRedirects = spec.followRedirects.value_or(true);
    const QString host = req.url.host().toLower();

    // --- product ---
    std::optional<ApiProduct> product = ctx.product;
    if (!product) {
        if (const ApiProduct *p = ApiProduct::matchPath(ctx.catalog, req.url.path()))
            product = *p;
    }
    if (product) {
        req.productId = product->id;
        req.requiresMtls = product->mtls;
    }

    // --- user headers ---
    for (const KeyValue &h : spec.headers) {
        if (!h.enabled)
            continue;
        auto name = resolver.resolve(h.name, Place::Header);
        if (!name)
            return R(name.error());
        auto value = resolver.resolve(h.value, Place::Header);
        if (!value)
            return R(value.error());
        const QByteArray n = name->trimmed().toUtf8();
        const QByteArray v = value->toUtf8();
        if (!isValidToken(n))
            return R::failure(QCoreApplication::translate("opc::RequestBuilder", "The header name \"%1\" is not valid (letters, digits and !#$%&'*+-.^_`|~ only); "
                                 "nothing was sent.")
                                      .arg(name->trimmed().toHtmlEscaped()),
                              u"header-name:%1"_s.arg(h.name));
        if (!isValidHeaderValue(v))
            return R::failure(QCoreApplication::translate("opc::RequestBuilder", "The value of header \"%1\" contains a line break, NUL or another control "
                                 "character; nothing was sent.")
                                      .arg(QString::fromLatin1(n)),
                              u"header-value:%1"_s.arg(QString::fromLatin1(n)));
        // A credential header left empty (an imported collection's
        // "x-api-key: {{apiKey}}" with apiKey = "") means "not set": the
        // console adds the application's own value instead.
        if (v.trimmed().isEmpty() && SecretMasker::isCredentialHeader(n))
            continue;
        req.headers.append({ n, v.trimmed() });
    }

    // --- body ---
    if (!spec.body.isEmpty()) {
        // Only bodies that look like text take variables; binary data stays untouched.
        const QString text = QString::fromUtf8(spec.body);
        if (text.toUtf8() == spec.body && text.contains("{{"_L1)) {
            auto body = resolver.resolve(text, Place::Body);
            if (!body)
                return R(body.error());
            req.body = body->toUtf8();
        } else {
            req.body = spec.body;
        }
        if (!hasHeader(req.headers, "content-type")) {
            const QByteArray t = req.body.trimmed();
            if (t.startsWith('{') || t.startsWith('['))
                req.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
        }
    }

    // --- credentials and OP headers ---
    const bool credentialsAllowed = hostAllowed(host, ctx.credentialHosts);
    if ((!ctx.apiKey.isEmpty() || ctx.token.isValid()) && !credentialsAllowed)
        return R::failure(QCoreApplication::translate("opc::RequestBuilder", "The application's credentials are bound to %1 and are not sent to %2; nothing was sent.")
                                  .arg(ctx.credentialHosts.join(u", "_s), host),
                          u"secret-host"_s);
    if (!ctx.apiKey.isEmpty()) {
        if (!isValidHeaderValue(ctx.apiKey.toUtf8()))
            return R::failure(QCoreApplication::translate("opc::RequestBuilder", "The API key contains a line break or control character; nothing was sent."),
                              u"header-value:x-api-key"_s);
        if (!hasHeader(req.headers, "x-api-key"))
            req.headers.append({ QByteArrayLiteral("x-api-key"), ctx.apiKey.toUtf8() });
        req.secrets.append(ctx.apiKey.toUtf8());
    }
    if (!hasHeader(req.headers, "x-session-id") && !ctx.sessionId.isEmpty())
        req.headers.append({ QByteArrayLiteral("x-session-id"), ctx.sessionId.toUtf8() });
    if (!hasHeader(req.headers, "x-request-id")) {
        const QString id = ctx.requestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : ctx.requestId;
        req.headers.append({ QByteArrayLiteral("x-request-id"), id.toUtf8() });
    }
    // OP Online Payment's Authorization header carries the request's
    // signature; a token has no place there.
    const bool signsWithOpRsa = product && product->signature == SignatureScheme::OpRsaSha256;
    if (ctx.token.isValid() && !signsWithOpRsa) {
        const QByteArray tokenValue = ctx.token.value.toUtf8();
        if (!isValidHeaderValue(tokenValue))
            return R::failure(QCoreApplication::translate("opc::RequestBuilder", "The token contains a line break or control character; nothing was sent."),
                              u"header-value:token"_s);
        QByteArray headerName = spec.tokenHeader ? spec.tokenHeader->toLatin1()
                                                 : (product ? product->tokenHeader.toLatin1() : QByteArray("x-authorization"));
        if (!isValidToken(headerName))
            return R::failure(QCoreApplication::translate("opc::RequestBuilder", "The token header name \"%1\" is not valid.").arg(QString::fromLatin1(headerName)),
                              u"header-name:token"_s);
        const bool bearer = spec.bearerPrefix ? *spec.bearerPrefix
                                              : headerName.compare("authorization", Qt::CaseInsensitive) == 0;
        if (!hasHeader(req.headers, headerName))
            req.headers.append({ headerName, bearer ? "Bearer " + tokenValue : tokenValue });
        req.secrets.append(tokenValue);
    }

    // --- secrets referenced in the request must be bound to this host ---
    for (const BoundSecret &s : std::as_const(resolver.usedSecrets)) {
        if (!hostAllowed(host, s.allowedHosts))
            return R::failure(QCoreApplication::translate("opc::RequestBuilder", "A secret in this request is bound to %1 and is not sent to %2; nothing was sent.")
                                      .arg(s.allowedHosts.join(u", "_s), host),
                              u"secret-host"_s);
        req.secrets.append(s.value);
    }

    // --- HMAC ---
    const bool wantsHmac = spec.sign ? *spec.sign : (product && product->signature == SignatureScheme::HmacSha256);
    if (wantsHmac) {
        if (!ctx.apiSecret || ctx.apiSecret->value.isEmpty())
            return R::failure(QCoreApplication::translate("opc::RequestBuilder", "This API requires an HMAC signature, but the application has no API secret; "
                                 "nothing was sent."),
                              u"hmac-no-secret"_s);
        if (!hostAllowed(host, ctx.apiSecret->allowedHosts))
            return R::failure(QCoreApplication::translate("opc::RequestBuilder", "The API secret is bound to %1 and is not used for %2; nothing was sent.")
                                      .arg(ctx.apiSecret->allowedHosts.join(u", "_s), host),
                              u"secret-host"_s);
        if (!hasHeader(req.headers, "date")) {
            const QDateTime now = ctx.now.isValid() ? ctx.now : QDateTime::currentDateTimeUtc();
            req.headers.append({ QByteArrayLiteral("Date"), QLocale::c().toString(now.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1() });
        }
        setHeader(req.headers, "x-hmac-signature",
                  HmacSigner::signatureHeader(req, ctx.apiSecret->value, ctx.hmacKeyVersion));
        req.signedWithHmac = true;
        req.secrets.append(ctx.apiSecret->value);
    }

    // --- detached JWS over the body (PSD2 payment initiation) ---
    if (product && product->signature == SignatureScheme::DetachedJws && !req.body.isEmpty()
        && !hasHeader(req.headers, "x-jws-signature")) {
        const Result<QByteArray> jws = JwsSigner::detached(req.body, ctx.signingIdentity);
        if (!jws)
            return R::failure(QCoreApplication::translate("opc::RequestBuilder", "%1 wants the body signed in x-jws-signature: %2 Nothing was sent.")
                                      .arg(product->name, jws.errorMessage()),
                              jws.errorCode());
        req.headers.append({ QByteArrayLiteral("x-jws-signature"), *jws });
        req.signedWithJws = true;
    }

    // --- OP Online Payment: the merchant's RSA signature ---
    if (signsWithOpRsa && !hasHeader(req.headers, "authorization")) {
        if (ctx.merchantId.isEmpty() || !isValidHeaderValue(ctx.merchantId.toUtf8()) || ctx.merchantId.contains(u':'))
            return R::failure(QCoreApplication::translate("opc::RequestBuilder", "%1 signs every request with the merchant's key, and the application has no "
                                 "merchant id: set it in the application manager. Nothing was sent.")
                                      .arg(product->name),
                              u"op-rsa-no-merchant"_s);
        if (!hasHeader(req.headers, "date")) {
            const QDateTime now = ctx.now.isValid() ? ctx.now : QDateTime::currentDateTimeUtc();
            req.headers.append({ QByteArrayLiteral("Date"), QLocale::c().toString(now.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1() });
        }
        const Result<QByteArray> signature
                = OpRsaSigner::authorization(req, ctx.merchantId.toUtf8(), ctx.signingIdentity.key, ctx.hmacKeyVersion);
        if (!signature)
            return R::failure(QCoreApplication::translate("opc::RequestBuilder", "%1 signs every request: %2 Nothing was sent.").arg(product->name, signature.errorMessage()),
                              signature.errorCode());
        req.headers.append({ QByteArrayLiteral("Authorization"), *signature });
        req.signedWithOpRsa = true;
    }
    return req;
}

} // namespace opc
