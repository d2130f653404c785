#pragma once

#include "common/result.h"
#include "model/apiproduct.h"
#include "model/environment.h"
#include "model/requestspec.h"
#include "model/token.h"
#include "net/jwssigner.h"
#include "net/preparedrequest.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

namespace opc {

/// A secret value and the hosts it may be sent to (SEC-10). An empty host
/// list means the secret is not bound to any host.
struct BoundSecret
{
    QByteArray value;
    QStringList allowedHosts;
};

/// Everything besides the RequestSpec that decides what goes on the wire.
struct RequestContext
{
    Environment environment;
    /// The variables of the collection the request belongs to (as stored;
    /// disabled rows do not count, the last enabled row of a name wins).
    /// {{name}} is looked up in the environment's variables, then here, then
    /// in the built-in values: {{baseUrl}} defaults to the environment's base
    /// URL, {{$uuid}} and {{$timestamp}} are made per send, {{$apiKey}} and
    /// {{$apiSecret}} are the application's own (headers and bodies only).
    QList<KeyValue> collectionVariables;
    /// The product of this request; when unset, found in @c catalog by path.
    std::optional<ApiProduct> product;
    QList<ApiProduct> catalog;

    QString apiKey;
    std::optional<BoundSecret> apiSecret; ///< signs Restricted/High requests
    Token token;
    /// Hosts the API key and token may go to; empty = any host.
    QStringList credentialHosts;

    QString sessionId; ///< one per console session; used unless the spec sets x-session-id
    QByteArray hmacKeyVersion = QByteArrayLiteral("0");
    /// Signs the body of a product whose scheme is DetachedJws (the
    /// application's client certificate and key).
    SigningIdentity signingIdentity;
    /// OP Online Payment: the merchant the signing key belongs to.
    QString merchantId;

    /// Resolves {{secret:name}} references (the vault). nullopt = unknown name.
    std::function<std::optional<BoundSecret>(const QString &name)> secretResolver;

    /// Fixed values for tests; generated per send when unset.
    QString requestId;
    QDateTime now;
};

/// Turns a RequestSpec into a PreparedRequest: resolves {{variables}}, adds
/// OP's headers (key, session, request id, token, HMAC) and refuses anything
/// that would be unsafe to send: header injection, plain http to a remote
/// host, or a secret going to a host it is not bound to. A refusal happens
/// before any socket opens and names the offending field.
class RequestBuilder
{
public:
    static Result<PreparedRequest> build(const RequestSpec &spec, const RequestContext &context);
    /// Only the URL that build() would send to: variables resolved, a path
    /// joined to the environment's base URL, query rows added, the same
    /// refusals. Lets a caller choose credentials and TLS settings for the
    /// host a request really goes to, which a {{variable}} may decide.
    static Result<QUrl> resolveUrl(const RequestSpec &spec, const RequestContext &context);

    /// RFC 9110 token characters (header names and methods).
    static bool isValidToken(const QByteArray &name);
    /// No CR, LF, NUL or other control characters except horizontal tab.
    static bool isValidHeaderValue(const QByteArray &value);
    static bool isLoopbackHost(const QString &host);
};

} // namespace opc
