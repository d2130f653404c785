#include "sandboxserver_p.h"

using namespace Qt::StringLiterals;

namespace opc::sandbox {

namespace {

QJsonObject ep(const char *method, const QString &path, const QString &summary, const QJsonValue &body = {},
               const QJsonObject &headers = {})
{
    QJsonObject o { { u"method"_s, QString::fromLatin1(method) }, { u"path"_s, path }, { u"summary"_s, summary } };
    if (!body.isUndefined() && !body.isNull())
        o.insert(u"exampleBody"_s, body);
    if (!headers.isEmpty())
        o.insert(u"headers"_s, headers);
    return o;
}

QJsonObject scenario(const char *name)
{
    return { { u"x-sandbox-scenario"_s, QString::fromLatin1(name) } };
}

} // namespace

void SandboxServer::Private::buildProducts()
{
    products.clear();
    const QJsonObject v1Payment { { u"amount"_s, 5 },
                                  { u"subject"_s, u"Lounaslasku"_s },
                                  { u"currency"_s, u"EUR"_s },
                                  { u"payerIban"_s, u"FI3959986920207073"_s },
                                  { u"valueDate"_s, u"2024-06-03T10:00:00Z"_s },
                                  { u"receiverBic"_s, u"OKOYFIHH"_s },
                                  { u"receiverIban"_s, u"FI4859986920215738"_s },
                                  { u"receiverName"_s, u"Pekka Lahtinen"_s } };
    QJsonObject overdraw = v1Payment;
    overdraw.insert(u"amount"_s, 999999);
    QJsonObject weekend = v1Payment;
    weekend.insert(u"valueDate"_s, u"2024-06-01T10:00:00Z"_s);
    const QJsonObject invalid { { u"amount"_s, -5 }, { u"currency"_s, u"SEK"_s }, { u"payerIban"_s, u"FI00123"_s } };

    products.append({ u"accounts-v3"_s, u"Accounts"_s, u"3.0"_s, u"/accounts/v3"_s, { u"/accounts/v3"_s },
                      u"Basic"_s, u"Authorization"_s, u"none"_s, false,
                      { ep("GET", u"/accounts/v3/accounts"_s,
                           u"List the end user's accounts (HAL). accountId is opaque and re-minted on every response."_s),
                        ep("GET", u"/accounts/v3/accounts/{accountId}"_s, u"One account by an accountId from a listing."_s),
                        ep("GET", u"/accounts/v3/accounts/{accountId}/transactions?pageSize=10"_s,
                           u"Transactions, newest first; follow _links.next (forwardPagingToken). Also "
                           "fromBookingDateTime / toBookingDateTime."_s),
                        ep("GET", u"/accounts/v3/accounts/{accountId}/transactions/{transactionId}"_s,
                           u"One transaction."_s),
                        ep("GET", u"/accounts/v3/accounts/unknown-id"_s,
                           u"Error case: an accountId that was never issued (404 VALIDATION)."_s),
                        ep("GET", u"/accounts/v3/accounts"_s, u"Error case: internal fault (500 ERROR TECHNICAL)."_s,
                           {}, scenario("InternalError")),
                        ep("GET", u"/accounts/v3/accounts"_s, u"Error case: maintenance (503 FATAL TECHNICAL)."_s, {},
                           scenario("Maintenance")) } });
    products.append({ u"accounts-v1"_s, u"Accounts (legacy)"_s, u"1.0"_s, u"/v1"_s, { u"/v1/accounts"_s }, u"Basic"_s,
                      u"x-authorization"_s, u"none"_s, false,
                      { ep("GET", u"/v1/accounts"_s, u"List accounts (legacy shape, array; incompatible with v3)."_s),
                        ep("GET", u"/v1/accounts/{accountId}"_s, u"One account as an array of one."_s),
                        ep("GET", u"/v1/accounts/{accountId}/transactions"_s, u"Transactions of an account (array)."_s),
                        ep("GET", u"/v1/accounts/{accountId}/transactions/{transactionId}"_s,
                           u"One transaction as {\"transaction\":[…]}."_s) } });
    products.append({ u"payments-v1"_s, u"Payments (legacy)"_s, u"1.0"_s, u"/v1"_s, { u"/v1/payments"_s },
                      u"Restricted"_s, u"x-authorization"_s, u"hmac-sha256"_s, false,
                      { ep("POST", u"/v1/payments/initiate"_s,
                           u"Initiate a payment; answers the request plus paymentId. Needs x-hmac-signature."_s, v1Payment),
                        ep("POST", u"/v1/payments/confirm"_s, u"Confirm an initiated payment (moves the balance)."_s,
                           QJsonObject { { u"paymentId"_s, u"{paymentId}"_s } }),
                        ep("GET", u"/v1/payments/{paymentId}"_s,
                           u"A payment of this x-session-id (other sessions get 404)."_s),
                        ep("POST", u"/v1/payments/initiate"_s,
                           u"Error case: validation (400 VALIDATION with detailedConstraintViolations)."_s, invalid),
                        ep("POST", u"/v1/payments/initiate"_s,
                           u"Error case: insufficient funds (403 BUSINESS, code INSUFFICIENT_FUNDS)."_s, overdraw),
                        ep("POST", u"/v1/payments/initiate"_s,
                           u"Warning case: value date on a weekend is moved to Monday (200 with a WARN entry)."_s,
                           weekend) } });
    products.append({ u"funds-v1"_s, u"Funds and holdings"_s, u"1.0"_s, u"/v1"_s, { u"/v1/funds"_s, u"/v1/holdings"_s },
                      u"Basic"_s, u"x-authorization"_s, u"none"_s, false,
                      { ep("GET", u"/v1/funds"_s, u"OP's mutual funds with prices and risk class."_s),
                        ep("GET", u"/v1/funds/{fundId}"_s, u"One fund."_s),
                        ep("GET", u"/v1/holdings"_s, u"The end user's fund holdings."_s) } });
    products.append({ u"branches-v1"_s, u"Branches"_s, u"1.0"_s, u"/branches/v1"_s, { u"/branches/v1"_s }, u"Open"_s,
                      u"x-authorization"_s, u"none"_s, false,
                      { ep("GET", u"/branches/v1/branches?query=Karjala"_s,
                           u"Branches; query=free text, location=lon,lat sorts nearest first, limit=N. API key only."_s),
                        ep("GET", u"/branches/v1/branches.geojson"_s, u"Branches as a GeoJSON FeatureCollection."_s) } });
    const QJsonObject opCreate { { u"amount"_s, u"1.00"_s },
                                 { u"cancel"_s, QJsonObject { { u"url"_s, u"https://shop.example.com/cancel/path"_s } } },
                                 { u"reject"_s, QJsonObject { { u"url"_s, u"https://shop.example.com/reject/path"_s } } },
                                 { u"return"_s, QJsonObject { { u"url"_s, u"https://shop.example.com/return/path"_s } } },
                                 { u"currency"_s, u"EUR"_s },
                                 { u"accountId"_s, u"8a5d4aac-8f8f-47ed-ae2f-36ffeaf57c79"_s },
                                 { u"reference"_s, u"RF3517834735"_s } };
    products.append({ u"online-payment-v1"_s, u"OP Online Payment"_s, u"1.3"_s, u"/paymentbutton/v1"_s,
                      { u"/paymentbutton/v1"_s }, u"Restricted"_s, u"Authorization"_s, u"op-rsa-sha256"_s, false,
                      { ep("POST", u"/paymentbutton/v1/payments"_s,
                           u"Create a payment. Authorization = merchantId:1:keyVersion:hex RSA-SHA256 signature; Date "
                           "header required. accountId 71fead42-… cancels, eb3b688b-… rejects, others pay."_s,
                           opCreate),
                        ep("GET", u"/paymentbutton/v1/payments/{paymentId}"_s, u"Payment status."_s),
                        ep("GET", u"/paymentbutton/v1/payments/multibank/providers"_s,
                           u"Other banks' payment providers."_s) } });
    products.append({ u"psd2-oauth"_s, u"PSD2 OAuth"_s, u"1.0"_s, u"/oauth"_s, { u"/oauth/token"_s }, u"High"_s,
                      u"Authorization"_s, u"none"_s, true,
                      { ep("POST", u"/oauth/token"_s,
                           u"Tokens (form body): grant_type=client_credentials|authorization_code|refresh_token, "
                           "client_id=API key, client_secret=API secret, scope=accounts|payments|fundsconfirmations."_s,
                           u"grant_type=client_credentials&scope=accounts&client_id={apiKey}&client_secret={apiSecret}"_s),
                        ep("GET", u"/oauth/authorize?response_type=code&client_id={apiKey}&scope=openid%20accounts"
                                  "&authorizationId={authorizationId}&redirect_uri={redirectUri}&state=xyz"_s,
                           u"Browser page: approve as test user 88888881/88888882 or reject; redirects with code or "
                           "error=access_denied."_s) } });
    products.append({ u"psd2-ais-v1"_s, u"PSD2 Account Information"_s, u"1.0"_s, u"/accounts-psd2/v1"_s,
                      { u"/accounts-psd2/v1"_s }, u"High"_s, u"Authorization"_s, u"none"_s, true,
                      { ep("POST", u"/accounts-psd2/v1/authorizations"_s,
                           u"Create an account authorization (client-credentials token, scope accounts)."_s,
                           QJsonObject { { u"expires"_s, u"2030-01-01T00:00:00Z"_s } }),
                        ep("GET", u"/accounts-psd2/v1/authorizations/{authorizationId}"_s, u"Authorization status."_s),
                        ep("DELETE", u"/accounts-psd2/v1/authorizations/{authorizationId}"_s, u"Revoke."_s),
                        ep("GET", u"/accounts-psd2/v1/accounts"_s, u"Accounts (user token after approval)."_s),
                        ep("GET", u"/accounts-psd2/v1/accounts/{accountId}"_s, u"One account."_s),
                        ep("GET", u"/accounts-psd2/v1/accounts/{accountId}/transactions"_s,
                           u"Transactions with continuationToken paging."_s),
                        ep("GET", u"/accounts-psd2/v1/cards"_s, u"Cards."_s) } });
    const QJsonObject sepa { { u"amountEUR"_s, u"1.50"_s },
                             { u"count"_s, 1 },
                             { u"payee"_s, QJsonObject { { u"iban"_s, u"FI6059986920080595"_s }, { u"name"_s, u"Demo"_s } } },
                             { u"message"_s, u"DEMO PSD2 PAYMENT"_s } };
    products.append({ u"psd2-pis-v1"_s, u"PSD2 Payment Initiation"_s, u"1.1"_s, u"/payments-psd2/v1"_s,
                      { u"/payments-psd2/v1"_s }, u"High"_s, u"Authorization"_s, u"none"_s, true,
                      { ep("POST", u"/payments-psd2/v1/sepa-payments"_s,
                           u"Create a SEPA payment (client-credentials token, scope payments; x-idempotency-key "
                           "required)."_s,
                           sepa, { { u"x-idempotency-key"_s, u"{uuid}"_s } }),
                        ep("GET", u"/payments-psd2/v1/sepa-payments/{paymentId}"_s, u"Payment details."_s),
                        ep("POST", u"/payments-psd2/v1/authorizations/{authorizationId}/sandbox-authorize"_s,
                           u"Sandbox only: authorize without the browser."_s),
                        ep("POST", u"/payments-psd2/v1/authorizations/{authorizationId}/sandbox-reject"_s,
                           u"Sandbox only: reject."_s),
                        ep("PUT", u"/payments-psd2/v1/sepa-payments/{paymentId}/submissions/{submissionId}"_s,
                           u"Submit. x-sandbox-scenario: InsufficientFunds, PaymentSystemUnavailable, PaymentFail, "
                           "PaymentSubmitFailed, PaymentSubmitSuccess."_s,
                           {}, scenario("InsufficientFunds")),
                        ep("GET", u"/payments-psd2/v1/authorizations/{authorizationId}"_s, u"Authorization bundle."_s) } });
    products.append({ u"psd2-cof-v1"_s, u"PSD2 Confirmation of Funds"_s, u"1.0"_s, u"/confirmation-of-funds-psd2/v1"_s,
                      { u"/confirmation-of-funds-psd2/v1"_s }, u"High"_s, u"Authorization"_s, u"none"_s, true,
                      { ep("POST", u"/confirmation-of-funds-psd2/v1/authorizations"_s,
                           u"Create a funds-confirmation authorization (Accept: application/json required)."_s,
                           QJsonObject { { u"iban"_s, u"FI3959986920207073"_s } }),
                        ep("GET", u"/confirmation-of-funds-psd2/v1/authorizations/{authorizationId}"_s, u"Status."_s),
                        ep("POST", u"/confirmation-of-funds-psd2/v1/funds-confirmations"_s,
                           u"Are funds available? (user token)"_s,
                           QJsonObject { { u"authorizationId"_s, u"{authorizationId}"_s }, { u"amountEUR"_s, u"12.50"_s } }) } });
}

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
