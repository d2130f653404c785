#pragma once

// Internal to opc_sandbox: the simulator's state and the handlers of each
// product, shared by sandboxserver.cpp and the per-product sources.

#include "apierror.h"
#include "apimessage.h"
#include "sandboxdata.h"
#include "sandboxserver.h"
#include "tlsmaterial.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QQueue>
#include <QSet>

namespace opc::sandbox {

class HttpFront;

struct AppRecord
{
    QString name;
    QString apiKey;
    QString apiSecret;
    QStringList products;
    int dailyLimit = -1; ///< -1 = the server's default
    int used = 0;
    QDate day; ///< the Helsinki day `used` counts
};

/// Everything the catalogue says about a product; the gateway applies it.
struct ProductInfo
{
    QString id;
    QString name;
    QString version;
    QString basePath;
    QStringList prefixes; ///< request paths this product owns
    QString securityLevel; ///< Open | Basic | Restricted | High
    QString tokenHeader;   ///< x-authorization | Authorization
    QString signature;     ///< none | hmac-sha256 | op-rsa-sha256
    bool mtls = false;
    QJsonArray endpoints;
};

struct OAuthGrant
{
    QString apiKey;
    QString scope;          ///< accounts | payments | fundsconfirmations
    QString authorizationId; ///< empty for client-credentials tokens
    QString userId;
    QDateTime expires;
    QString sessionKey;
};

struct Faults
{
    int latencyMs = 0;
    double errorRate = 0.0;   ///< share of API requests answered 500 TECHNICAL
    qint64 resetAfter = -1;   ///< cut API response bodies after N bytes (TCP reset)
    int slowBytesPerSecond = 0; ///< drip API response bodies
    bool maintenance = false; ///< every API answers 503 FATAL
    QJsonObject toJson() const;
};

struct LogEntry
{
    QDateTime time;
    QString listener;
    QString method;
    QString target;
    int status = 0;
    QString apiKey;
    QString product;
    QString requestId;
    QString sessionId;
};

/// Per-request context the gateway hands to a product handler.
struct CallContext
{
    const ApiRequest *request = nullptr;
    AppRecord *app = nullptr;
    const ProductInfo *product = nullptr;
    const SandboxDataset *dataset = nullptr; ///< static-token products
    const OAuthGrant *grant = nullptr;       ///< PSD2 products
    QString sessionKey;                      ///< apiKey + '|' + x-session-id
    QString scenario;                        ///< x-sandbox-scenario
};

class SandboxServer::Private
{
public:
    explicit Private(SandboxServer *q) : q(q) { }

    // sandboxserver.cpp
    ApiReply handle(const ApiRequest &request);
    ApiReply handleApi(const ApiRequest &request);
    ApiReply handleAdmin(const ApiRequest &request);
    ApiReply handleEcho(const ApiRequest &request) const;
    ApiReply handleTestRoute(const ApiRequest &request);
    void finish(const ApiRequest &request, ApiReply &reply, const AppRecord *app, const QString &product);
    void addRateHeaders(ApiReply &reply, const AppRecord &app) const;
    int limitOf(const AppRecord &app) const;
    void rollDay(AppRecord &app) const;
    qint64 secondsUntilReset() const;
    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }
    AppRecord *appByKey(const QString &apiKey);
    AppRecord &addApp(const QString &name, const QStringList &products, const QString &key = {},
                      const QString &secret = {});
    Status loadState();
    QJsonObject stateJson() const;
    // psd2.cpp: the grants file (SandboxOptions::grantsFile)
    void loadGrants();
    void saveGrants();
    /// How a token is kept: its SHA-256 digest, never its value.
    static QString tokenKey(const QString &token);
    const ProductInfo *productFor(const QString &path) const;
    bool verifyHmac(const ApiRequest &request, const AppRecord &app, QString *why) const;

    // catalog.cpp
    void buildProducts();
    QJsonObject catalogJson() const;

    // openapis.cpp
    ApiReply accountsV3(CallContext &c);
    ApiReply accountsV1(CallContext &c);
    ApiReply paymentsV1(CallContext &c);
    ApiReply fundsV1(CallContext &c);
    ApiReply branchesV1(CallContext &c);
    QString mintAccountId(const QString &token, const QString &iban);
    const SandboxAccount *resolveAccountId(const SandboxDataset &ds, const QString &id) const;

    // onlinepayment.cpp
    ApiReply onlinePayment(CallContext &c);
    ApiReply onlinePaymentBrowser(const ApiRequest &request);
    bool verifyOpSignature(const ApiRequest &request, QString *why) const;

    // psd2.cpp
    ApiReply oauthToken(const ApiRequest &request, AppRecord &app);
    ApiReply oauthAuthorizePage(const ApiRequest &request);
    ApiReply oauthDecision(const ApiRequest &request);
    ApiReply psd2Ais(CallContext &c);
    ApiReply psd2Pis(CallContext &c);
    ApiReply psd2Cof(CallContext &c);
    QJsonObject createAuthorization(const CallContext &c, const QString &scope, const QJsonObject &extra);
    const QJsonObject *userAuthorization(const CallContext &c, ApiReply *error);

    SandboxServer *q;
    SandboxOptions options;
    TlsMaterial tls;
    QPointer<HttpFront> https;
    QPointer<HttpFront> mtls;
    QPointer<HttpFront> admin;
    bool running = false;
    std::function<QDateTime()> clock;

    QList<AppRecord> apps;
    QList<ProductInfo> products;
    Faults faults;
    QList<LogEntry> log; ///< newest last, bounded
    QHash<QString, QString> merchantKeys; ///< merchantId -> public key PEM (admin-registered)

    // Accounts v3: opaque ids minted per response -> token + IBAN.
    QHash<QString, QPair<QString, QString>> mintedIds;
    QQueue<QString> mintedOrder;

    // Session-scoped objects: sessionKey -> id -> object.
    QHash<QString, QHash<QString, QJsonObject>> paymentsV1Store;
    QHash<QString, QHash<QString, QJsonObject>> onlinePayments;
    QHash<QString, QString> onlineOperationToPayment; ///< operationId -> sessionKey '\n' paymentId
    QHash<QString, QHash<QString, QJsonObject>> psd2Authorizations; ///< sessionKey -> id -> auth
    QHash<QString, QString> psd2AuthIndex;                         ///< authorizationId -> sessionKey
    QHash<QString, QHash<QString, QJsonObject>> psd2Payments;
    QHash<QString, QHash<QString, QString>> psd2Idempotency; ///< sessionKey -> key -> paymentId
    QHash<QString, OAuthGrant> oauthTokens;   ///< tokenKey(access token) -> grant
    QHash<QString, OAuthGrant> refreshTokens; ///< tokenKey(refresh token) -> grant
    QHash<QString, OAuthGrant> authCodes;
    QHash<QString, QJsonObject> pendingAuthorizeRequests; ///< page ticket -> original query
};

/// HMAC string to sign of Restricted products (documented in README.md).
QByteArray hmacStringToSign(const ApiRequest &request);

} // namespace opc::sandbox
