#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace opc {

/// The three PSD2 consents OP's sandbox knows.
enum class ConsentKind { Accounts, Payments, FundsConfirmation };

/// Where a consent stands, in the words the console shows.
enum class ConsentStatus {
    Received,   ///< created at the bank, not yet approved by the user
    Authorized, ///< approved: its access token may be used
    Rejected,   ///< the user said no
    Expired,    ///< past its validity
    Revoked,    ///< withdrawn by the application
    Completed,  ///< PIS: the payment was submitted with it
};

/// One PSD2 consent of an application. Nothing secret is in here: the
/// access and refresh tokens live in the vault only (ConsentStore).
struct Consent
{
    QString id; ///< the bank's authorizationId
    ConsentKind kind = ConsentKind::Accounts;
    QString applicationId;
    QString environmentId;
    /// The x-session-id the consent was made under: the bank keeps its
    /// authorizations per session, so revoking one needs the same.
    QString sessionId;
    ConsentStatus status = ConsentStatus::Received;
    QDateTime created;
    QDateTime validUntil;   ///< the consent's own expiry
    QDateTime tokenExpires; ///< when the access token stops working
    QString scope;
    QString userId;    ///< the test user who approved it
    QString paymentId; ///< PIS: the payment the consent is for
    bool hasRefreshToken = false;

    /// Authorized and not past its validity at @p now.
    bool isUsable(const QDateTime &now) const;
    /// The status as of @p now: an authorized consent past its validity is Expired.
    ConsentStatus statusAt(const QDateTime &now) const;

    QJsonObject toJson() const;
    static Consent fromJson(const QJsonObject &object);

    /// "ais", "pis", "cof".
    static QString kindName(ConsentKind kind);
    static std::optional<ConsentKind> kindFromName(const QString &name);
    /// "Account information", ... for lists.
    static QString kindTitle(ConsentKind kind);
    /// The OAuth scope: accounts, payments, fundsconfirmations.
    static QString scopeOf(ConsentKind kind);
    /// The catalogue product whose requests the consent's token serves.
    static QString productOf(ConsentKind kind);
    /// The product's base path, e.g. "/accounts-psd2/v1".
    static QString basePathOf(ConsentKind kind);
    static std::optional<ConsentKind> kindOfProduct(const QString &productId);

    static QString statusName(ConsentStatus status); ///< stable: "authorized", ...
    static std::optional<ConsentStatus> statusFromName(const QString &name);
    static QString statusText(ConsentStatus status); ///< translated
    /// The bank's word ("Unauthorized", "Authorized", "Rejected", "Revoked", "Completed").
    static ConsentStatus fromBankStatus(const QString &status);
};

} // namespace opc
