#include "oauth/consentservice.h"

#include "apps/applicationstore.h"
#include "errors/errorpayload.h"
#include "oauth/consentstore.h"
#include "oauth/oauthrequests.h"
#include "session/consolesession.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace opc {

ConsentService::ConsentService(ConsoleSession *session, ConsentStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
{
}

ConsentService::~ConsentService() = default;

void ConsentService::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime ConsentService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

ConsentFlow *ConsentService::createFlow(const ConsentRequest &request)
{
    auto *flow = new ConsentFlow(m_session, m_store, request, this);
    flow->setClock([this] { return now(); });
    return flow;
}

bool ConsentService::needsUserToken(ConsentKind kind, const QString &method, const QString &path)
{
    const QString rest = path.mid(Consent::basePathOf(kind).size());
    if (rest.startsWith("/authorizations"_L1)) {
        return false;
    }
    if (kind == ConsentKind::Payments && rest == "/sepa-payments"_L1 && method.compare("POST"_L1, Qt::CaseInsensitive) == 0) {
        return false;
    }
    return true;
}

const Consent *ConsentService::consentFor(const QString &applicationId, const QString &productId,
                                          const QString &method, const QString &path) const
{
    const std::optional<ConsentKind> kind = Consent::kindOfProduct(productId);
    if (!kind || !m_store || !needsUserToken(*kind, method, path)) {
        return nullptr;
    }
    return m_store->usable(applicationId, *kind, now());
}

QString ConsentService::missingConsentReason(const QString &applicationId, const QString &productId,
                                             const QString &method, const QString &path) const
{
    const std::optional<ConsentKind> kind = Consent::kindOfProduct(productId);
    if (!kind || !m_store || !needsUserToken(*kind, method, path) || consentFor(applicationId, productId, method, path)) {
        return {};
    }
    const Consent *latest = nullptr;
    const QList<Consent> consents = m_store->forApplication(applicationId);
    for (const Consent &c : consents) {
        if (c.kind == *kind && (!latest || c.created > latest->created)) {
            latest = &c;
        }
    }
    const QString kindName = Consent::kindName(*kind).toUpper();
    if (!latest) {
        return tr("This %1 request needs the user's consent, and the application has none yet: get one in "
                  "Request › PSD2 consents (a static token is never accepted here).")
                .arg(kindName);
    }
    return tr("This %1 request needs the user's consent: %2").arg(kindName, unusableReason(*latest));
}

QString ConsentService::unusableReason(const Consent &c) const
{
    const QLocale locale;
    switch (c.statusAt(now())) {
    case ConsentStatus::Authorized:
        return {};
    case ConsentStatus::Received:
        return tr("The consent %1 was never approved: finish its flow or start a new one.").arg(c.id);
    case ConsentStatus::Rejected:
        return tr("The consent %1 was rejected by the user %2: start a new one.").arg(c.id, c.userId);
    case ConsentStatus::Expired:
        return tr("The consent %1 expired on %2: ask the user for a new one.")
                .arg(c.id, locale.toString(c.validUntil.toLocalTime(), QLocale::ShortFormat));
    case ConsentStatus::Revoked:
        return tr("The consent %1 was revoked: ask the user for a new one.").arg(c.id);
    case ConsentStatus::Completed:
        return tr("The payment of consent %1 was submitted: a payment consent is used once.").arg(c.id);
    }
    return {};
}

void ConsentService::withFreshToken(const QString &consentId, TokenCallback done)
{
    const Consent *c = m_store ? m_store->find(consentId) : nullptr;
    if (!c) {
        return done(Result<Token>::failure(tr("No consent has the id %1.").arg(consentId), u"not-found"_s));
    }
    if (const QString why = unusableReason(*c); !why.isEmpty()) {
        return done(Result<Token>::failure(why, u"consent-unusable"_s));
    }
    const QString label = tr("%1 consent %2").arg(Consent::kindName(c->kind).toUpper(), c->id.left(8));
    auto hand = [this, consentId, label, done] {
        const Result<QByteArray> value = m_store->accessToken(consentId);
        if (!value) {
            return done(value.error());
        }
        done(Token::custom(QString::fromUtf8(*value), label));
    };
    if (c->tokenExpires.isValid() && now().secsTo(c->tokenExpires) > RefreshMarginSeconds) {
        return hand();
    }
    refresh(consentId, [hand, done](const Status &refreshed) {
        if (!refreshed) {
            return done(Result<Token>::failure(refreshed.errorMessage(), refreshed.errorCode()));
        }
        hand();
    });
}

void ConsentService::refresh(const QString &consentId, std::function<void(const Status &)> done)
{
    const Consent *c = m_store ? m_store->find(consentId) : nullptr;
    if (!c) {
        return done(Status::failure(tr("No consent has the id %1.").arg(consentId), u"not-found"_s));
    }
    if (!c->hasRefreshToken) {
        return done(Status::failure(tr("The consent %1 has no refresh token: start a new one.").arg(consentId),
                                    u"no-refresh-token"_s));
    }
    SendOptions options;
    options.applicationId = c->applicationId == m_session->demoApplicationId() ? QString() : c->applicationId;
    sendThroughSession(m_session, OAuthRequests::refresh(ConsentStore::refreshRef(consentId)), {}, options, this,
                       [this, consentId, done](const Result<Exchange> &sent) {
                           if (!sent) {
                               return done(Status::failure(tr("Refreshing the token of consent %1: %2")
                                                                   .arg(consentId, sent.errorMessage()),
                                                           sent.errorCode()));
                           }
                           const Result<TokenGrant> grant = OAuthRequests::parseTokenReply(*sent, now());
                           const Consent *current = m_store->find(consentId);
                           if (!grant || !current) {
                               return done(Status::failure(tr("Refreshing the token of consent %1: %2")
                                                                   .arg(consentId, grant ? tr("the consent is gone")
                                                                                         : grant.errorMessage()),
                                                           u"refresh-failed"_s));
                           }
                           Consent updated = *current;
                           updated.tokenExpires = grant->expiresAt;
                           const QStringList hosts = m_session->credentialHostsOf(
                                   m_session->applications()->find(updated.applicationId));
                           if (const Status kept = m_store->putTokens(consentId, grant->accessToken,
                                                                      grant->refreshToken, hosts);
                               !kept) {
                               return done(kept);
                           }
                           if (const Status kept = m_store->put(updated); !kept) {
                               return done(kept);
                           }
                           Q_EMIT tokenRefreshed(consentId);
                           done({});
                       });
}

void ConsentService::revoke(const QString &consentId, std::function<void(const Status &)> done)
{
    const Consent *c = m_store ? m_store->find(consentId) : nullptr;
    if (!c) {
        return done(Status::failure(tr("No consent has the id %1.").arg(consentId), u"not-found"_s));
    }
    const Consent consent = *c;
    SendOptions options;
    options.applicationId = consent.applicationId == m_session->demoApplicationId() ? QString() : consent.applicationId;
    auto markRevoked = [this, consentId, done] {
        const Consent *current = m_store->find(consentId);
        if (!current) {
            return done({});
        }
        Consent updated = *current;
        updated.status = ConsentStatus::Revoked;
        m_store->dropTokens(consentId);
        done(m_store->put(updated));
    };
    // Revoking takes a client-credentials token of the consent's scope.
    sendThroughSession(
            m_session, OAuthRequests::clientCredentials(Consent::scopeOf(consent.kind)),
            {}, options, this, [this, consent, options, markRevoked, done](const Result<Exchange> &sent) {
                if (!sent) {
                    return done(Status::failure(sent.errorMessage(), sent.errorCode()));
                }
                const Result<TokenGrant> grant = OAuthRequests::parseTokenReply(*sent, now());
                if (!grant) {
                    return done(Status::failure(tr("Revoking consent %1: %2").arg(consent.id, grant.errorMessage()),
                                                u"revoke-failed"_s));
                }
                RequestSpec spec;
                spec.method = u"DELETE"_s;
                spec.url = Consent::basePathOf(consent.kind) + u"/authorizations/"_s + consent.id;
                // The bank keeps authorizations per session.
                if (!consent.sessionId.isEmpty()) {
                    spec.headers = { { u"x-session-id"_s, consent.sessionId, true } };
                }
                sendThroughSession(m_session, spec, Token::custom(QString::fromUtf8(grant->accessToken)), options, this,
                                   [consent, markRevoked, done](const Result<Exchange> &deleted) {
                                       if (!deleted) {
                                           return done(Status::failure(deleted.errorMessage(), deleted.errorCode()));
                                       }
                                       // Gone at the bank already is revoked too.
                                       if (!deleted->succeeded() && deleted->status != 404) {
                                           return done(Status::failure(tr("Revoking consent %1: %2")
                                                                               .arg(consent.id,
                                                                                    OAuthRequests::failureOf(*deleted)),
                                                                       u"revoke-failed"_s));
                                       }
                                       markRevoked();
                                   });
            });
}

QString ConsentService::explainRefusal(const QString &consentId, const Exchange &exchange)
{
    const Consent *c = m_store ? m_store->find(consentId) : nullptr;
    if (!c || (exchange.status != 401 && exchange.status != 403)) {
        return {};
    }
    const ErrorPayload payload = ErrorPayload::parse(exchange.body);
    const QString message = payload.isEmpty() ? QString() : payload.entries().constFirst().message;
    Consent updated = *c;
    QString text;
    if (exchange.status == 401) {
        text = tr("The access token of consent %1 was refused (%2): it has expired or is unknown to the bank. "
                  "The console refreshes it before the next request; if that fails, start a new consent.")
                       .arg(c->id, message);
        updated.tokenExpires = now(); // the next use refreshes first
    } else {
        text = tr("The bank refused consent %1 (403 SECURITY: %2): it was revoked or is no longer authorized. "
                  "Ask the user for a new consent.")
                       .arg(c->id, message);
        if (message.contains("revoked"_L1, Qt::CaseInsensitive)) {
            updated.status = ConsentStatus::Revoked;
            m_store->dropTokens(c->id);
        }
    }
    (void)m_store->put(updated);
    return text;
}

} // namespace opc
