#pragma once

#include "common/result.h"
#include "model/exchange.h"
#include "model/requestspec.h"
#include "model/token.h"
#include "session/consolesession.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace opc {

/// What an OAuth token endpoint answered.
struct TokenGrant
{
    QByteArray accessToken;
    QByteArray refreshToken;
    QString scope;
    QDateTime expiresAt;
};

/// The OAuth 2.0 requests the console sends (RFC 6749 and RFC 7636), as
/// RequestSpecs for the session: the application's key and secret go in as
/// {{$apiKey}} / {{$apiSecret}}, so no credential is ever in the spec the
/// history keeps.
namespace OAuthRequests {

inline constexpr QLatin1StringView TokenPath { "/oauth/token" };
inline constexpr QLatin1StringView AuthorizePath { "/oauth/authorize" };
/// The loopback redirect of a native application (RFC 8252 §7.3).
inline constexpr QLatin1StringView RedirectUri { "http://127.0.0.1/opconsole/callback" };

RequestSpec clientCredentials(const QString &scope);
RequestSpec authorizationCode(const QString &code, const QString &redirectUri, const QString &codeVerifier);
/// The refresh token is read from the vault record @p refreshRef at send time.
RequestSpec refresh(const QString &refreshRef);

/// A PKCE pair: a random verifier and its S256 challenge.
struct Pkce
{
    QString verifier;
    QString challenge;
    static Pkce make();
    static QString challengeOf(const QString &verifier);
};

/// The token endpoint's answer, or the reason it is not one: the OAuth
/// error's description, the OP error's message or the transport error.
Result<TokenGrant> parseTokenReply(const Exchange &exchange, const QDateTime &now);
/// The one sentence a failed exchange comes down to.
QString failureOf(const Exchange &exchange);

} // namespace OAuthRequests

/// Sends @p spec through @p session and calls @p done once, with the
/// exchange or with the refusal of prepare(). @p context ends the wait
/// when it is destroyed.
void sendThroughSession(ConsoleSession *session, const RequestSpec &spec, const Token &token,
                        const SendOptions &options, QObject *context,
                        std::function<void(const Result<Exchange> &)> done);

} // namespace opc
