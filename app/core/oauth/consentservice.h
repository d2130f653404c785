#pragma once

#include "common/result.h"
#include "model/token.h"
#include "oauth/consent.h"
#include "oauth/consentflow.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

namespace opc {

class ConsentStore;
class ConsoleSession;

/// The console's PSD2 consents at work: starts consent flows, hands out a
/// consent's access token for the next request (refreshed before it
/// expires), revokes, and says in one sentence why a consent cannot serve.
class ConsentService : public QObject
{
    Q_OBJECT
public:
    /// A token this close to its expiry is refreshed before it is used.
    static constexpr int RefreshMarginSeconds = 120;

    ConsentService(ConsoleSession *session, ConsentStore *store, QObject *parent = nullptr);
    ~ConsentService() override;

    ConsentStore *store() const { return m_store; }
    ConsoleSession *session() const { return m_session; }

    /// The clock expiries are judged by (tests inject one).
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    /// A new flow, owned by the service, not started yet.
    ConsentFlow *createFlow(const ConsentRequest &request);

    /// The consent that serves a request to @p productId at @p path as
    /// @p applicationId: the newest usable one of the product's kind, for
    /// the calls that need the user's token (not the authorization and
    /// payment-creation calls, which take a client-credentials token).
    const Consent *consentFor(const QString &applicationId, const QString &productId, const QString &method,
                              const QString &path) const;
    static bool needsUserToken(ConsentKind kind, const QString &method, const QString &path);
    /// Why a request that needs the user's token cannot have one: empty when
    /// it needs none or consentFor() finds one; otherwise what the
    /// application's latest consent of that kind says (rejected, revoked,
    /// expired) or that it has none yet.
    QString missingConsentReason(const QString &applicationId, const QString &productId, const QString &method,
                                 const QString &path) const;

    using TokenCallback = std::function<void(const Result<Token> &)>;
    /// The consent's access token as a Token labelled with the consent;
    /// refreshed first when it expires within RefreshMarginSeconds. A
    /// consent that cannot serve fails with unusableReason().
    void withFreshToken(const QString &consentId, TokenCallback done);
    /// Refreshes the access token with the stored refresh token.
    void refresh(const QString &consentId, std::function<void(const Status &)> done);
    /// Withdraws the consent at the bank and forgets its tokens.
    void revoke(const QString &consentId, std::function<void(const Status &)> done);

    /// Why @p consent cannot serve at now() (empty when it can).
    QString unusableReason(const Consent &consent) const;
    /// A request that used a consent's token came back: a 401 or a 403
    /// SECURITY is explained in the consent's words (expired, revoked) and
    /// the consent's status follows the bank.
    QString explainRefusal(const QString &consentId, const Exchange &exchange);

Q_SIGNALS:
    void tokenRefreshed(const QString &consentId);

private:
    QPointer<ConsoleSession> m_session;
    QPointer<ConsentStore> m_store;
    std::function<QDateTime()> m_clock;
};

} // namespace opc
