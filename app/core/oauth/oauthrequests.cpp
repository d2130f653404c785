#include "oauth/oauthrequests.h"

#include "errors/errorpayload.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace opc {

namespace OAuthRequests {

namespace {


RequestSpec tokenRequest(QStringList form)
{
    RequestSpec spec;
    spec.method = u"POST"_s;
    spec.url = TokenPath;
    spec.headers = { { u"Content-Type"_s, u"application/x-www-form-urlencoded"_s, true },
                     { u"Accept"_s, u"application/json"_s, true } };
    form << u"client_id={{$apiKey}}"_s << u"client_secret={{$apiSecret}}"_s;
    spec.body = form.join(u'&').toUtf8();
    spec.followRedirects = false;
    return spec;
}

QString formValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

RequestSpec clientCredentials(const QString &scope)
{
    return tokenRequest({ u"grant_type=client_credentials"_s, u"scope="_s + formValue(scope) });
}

RequestSpec authorizationCode(const QString &code, const QString &redirectUri, const QString &codeVerifier)
{
    QStringList form { u"grant_type=authorization_code"_s, u"code="_s + formValue(code),
                       u"redirect_uri="_s + formValue(redirectUri) };
    if (!codeVerifier.isEmpty()) {
        form << u"code_verifier="_s + formValue(codeVerifier);
    }
    return tokenRequest(form);
}

RequestSpec refresh(const QString &refreshRef)
{
    return tokenRequest({ u"grant_type=refresh_token"_s, u"refresh_token={{secret:%1}}"_s.arg(refreshRef) });
}

Pkce Pkce::make()
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    Pkce pkce;
    pkce.verifier = QString::fromLatin1(base64Url(raw));
    pkce.challenge = challengeOf(pkce.verifier);
    return pkce;
}

QString Pkce::challengeOf(const QString &verifier)
{
    return QString::fromLatin1(base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

QString failureOf(const Exchange &exchange)
{
    if (!exchange.error.isEmpty()) {
        return exchange.error;
    }
    const QJsonObject o = QJsonDocument::fromJson(exchange.body).object();
    if (o.contains("error_description"_L1)) {
        return QCoreApplication::translate("opc::OAuthRequests", "%1 (%2)").arg(o.value("error_description"_L1).toString(), o.value("error"_L1).toString());
    }
    const ErrorPayload payload = ErrorPayload::parse(exchange.body);
    if (!payload.isEmpty()) {
        const ErrorEntry &first = payload.entries().constFirst();
        QString text = first.type.isEmpty() ? first.message : QCoreApplication::translate("opc::OAuthRequests", "%1: %2").arg(first.type, first.message);
        if (!first.violations.isEmpty()) {
            text += QCoreApplication::translate("opc::OAuthRequests", " (%1: %2)").arg(first.violations.constFirst().field, first.violations.constFirst().message);
        }
        return QCoreApplication::translate("opc::OAuthRequests", "HTTP %1, %2").arg(exchange.status).arg(text);
    }
    return QCoreApplication::translate("opc::OAuthRequests", "HTTP %1 %2").arg(exchange.status).arg(QString::fromLatin1(exchange.reason));
}

Result<TokenGrant> parseTokenReply(const Exchange &exchange, const QDateTime &now)
{
    using R = Result<TokenGrant>;
    if (!exchange.succeeded()) {
        return R::failure(failureOf(exchange), u"token-refused"_s);
    }
    const QJsonObject o = QJsonDocument::fromJson(exchange.body).object();
    TokenGrant grant;
    grant.accessToken = o.value("access_token"_L1).toString().toUtf8();
    grant.refreshToken = o.value("refresh_token"_L1).toString().toUtf8();
    grant.scope = o.value("scope"_L1).toString();
    const int expiresIn = o.value("expires_in"_L1).toInt(3600);
    grant.expiresAt = now.addSecs(expiresIn);
    if (grant.accessToken.isEmpty()) {
        return R::failure(QCoreApplication::translate("opc::OAuthRequests", "The token endpoint answered without an access_token."), u"token-missing"_s);
    }
    return grant;
}

} // namespace OAuthRequests

void sendThroughSession(ConsoleSession *session, const RequestSpec &spec, const Token &token,
                        const SendOptions &options, QObject *context,
                        std::function<void(const Result<Exchange> &)> done)
{
    const Result<quint64> sent = session->send(spec, token, options);
    if (!sent) {
        done(sent.error());
        return;
    }
    const quint64 id = *sent;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(session, &ConsoleSession::exchangeFinished, context,
                                   [connection, id, done](quint64 finished, const Exchange &exchange) {
                                       if (finished != id) {
                                           return;
                                       }
                                       QObject::disconnect(*connection);
                                       done(exchange);
                                   });
}

} // namespace opc
