#include "oauth/consent.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace opc {

namespace {


struct KindRow
{
    ConsentKind kind;
    const char *name;
    const char *scope;
    const char *product;
    const char *basePath;
};

constexpr KindRow kKinds[] = {
    { ConsentKind::Accounts, "ais", "accounts", "psd2-ais-v1", "/accounts-psd2/v1" },
    { ConsentKind::Payments, "pis", "payments", "psd2-pis-v1", "/payments-psd2/v1" },
    { ConsentKind::FundsConfirmation, "cof", "fundsconfirmations", "psd2-cof-v1", "/confirmation-of-funds-psd2/v1" },
};

const KindRow &rowOf(ConsentKind kind)
{
    for (const KindRow &row : kKinds) {
        if (row.kind == kind) {
            return row;
        }
    }
    return kKinds[0];
}

struct StatusRow
{
    ConsentStatus status;
    const char *name;
};

constexpr StatusRow kStatuses[] = {
    { ConsentStatus::Received, "received" }, { ConsentStatus::Authorized, "authorized" },
    { ConsentStatus::Rejected, "rejected" }, { ConsentStatus::Expired, "expired" },
    { ConsentStatus::Revoked, "revoked" },  { ConsentStatus::Completed, "completed" },
};

} // namespace

bool Consent::isUsable(const QDateTime &now) const
{
    return statusAt(now) == ConsentStatus::Authorized;
}

ConsentStatus Consent::statusAt(const QDateTime &now) const
{
    if (status == ConsentStatus::Authorized && validUntil.isValid() && validUntil <= now) {
        return ConsentStatus::Expired;
    }
    return status;
}

QJsonObject Consent::toJson() const
{
    QJsonObject o { { u"id"_s, id },
                    { u"kind"_s, kindName(kind) },
                    { u"applicationId"_s, applicationId },
                    { u"environmentId"_s, environmentId },
                    { u"sessionId"_s, sessionId },
                    { u"status"_s, statusName(status) },
                    { u"created"_s, created.toUTC().toString(Qt::ISODate) },
                    { u"scope"_s, scope },
                    { u"hasRefreshToken"_s, hasRefreshToken } };
    if (validUntil.isValid()) {
        o.insert(u"validUntil"_s, validUntil.toUTC().toString(Qt::ISODate));
    }
    if (tokenExpires.isValid()) {
        o.insert(u"tokenExpires"_s, tokenExpires.toUTC().toString(Qt::ISODate));
    }
    if (!userId.isEmpty()) {
        o.insert(u"userId"_s, userId);
    }
    if (!paymentId.isEmpty()) {
        o.insert(u"paymentId"_s, paymentId);
    }
    return o;
}

Consent Consent::fromJson(const QJsonObject &o)
{
    Consent c;
    c.id = o.value("id"_L1).toString();
    c.kind = kindFromName(o.value("kind"_L1).toString()).value_or(ConsentKind::Accounts);
    c.applicationId = o.value("applicationId"_L1).toString();
    c.environmentId = o.value("environmentId"_L1).toString();
    c.sessionId = o.value("sessionId"_L1).toString();
    c.status = statusFromName(o.value("status"_L1).toString()).value_or(ConsentStatus::Received);
    c.created = QDateTime::fromString(o.value("created"_L1).toString(), Qt::ISODate);
    c.validUntil = QDateTime::fromString(o.value("validUntil"_L1).toString(), Qt::ISODate);
    c.tokenExpires = QDateTime::fromString(o.value("tokenExpires"_L1).toString(), Qt::ISODate);
    c.scope = o.value("scope"_L1).toString();
    c.userId = o.value("userId"_L1).toString();
    c.paymentId = o.value("paymentId"_L1).toString();
    c.hasRefreshToken = o.value("hasRefreshToken"_L1).toBool();
    return c;
}

QString Consent::kindName(ConsentKind kind)
{
    return QString::fromLatin1(rowOf(kind).name);
}

std::optional<ConsentKind> Consent::kindFromName(const QString &name)
{
    for (const KindRow &row : kKinds) {
        if (name.compare(QLatin1StringView(row.name), Qt::CaseInsensitive) == 0) {
            return row.kind;
        }
    }
    return std::nullopt;
}

QString Consent::kindTitle(ConsentKind kind)
{
    switch (kind) {
    case ConsentKind::Accounts:
        return QCoreApplication::translate("opc::Consent", "Account information (AIS)");
    case ConsentKind::Payments:
        return QCoreApplication::translate("opc::Consent", "Payment initiation (PIS)");
    case ConsentKind::FundsConfirmation:
        return QCoreApplication::translate("opc::Consent", "Confirmation of funds (CoF)");
    }
    return {};
}

QString Consent::scopeOf(ConsentKind kind)
{
    return QString::fromLatin1(rowOf(kind).scope);
}

QString Consent::productOf(ConsentKind kind)
{
    return QString::fromLatin1(rowOf(kind).product);
}

QString Consent::basePathOf(ConsentKind kind)
{
    return QString::fromLatin1(rowOf(kind).basePath);
}

std::optional<ConsentKind> Consent::kindOfProduct(const QString &productId)
{
    for (const KindRow &row : kKinds) {
        if (productId == QLatin1StringView(row.product)) {
            return row.kind;
        }
    }
    return std::nullopt;
}

QString Consent::statusName(ConsentStatus status)
{
    for (const StatusRow &row : kStatuses) {
        if (row.status == status) {
            return QString::fromLatin1(row.name);
        }
    }
    return {};
}

std::optional<ConsentStatus> Consent::statusFromName(const QString &name)
{
    for (const StatusRow &row : kStatuses) {
        if (name == QLatin1StringView(row.name)) {
            return row.status;
        }
    }
    return std::nullopt;
}

QString Consent::statusText(ConsentStatus status)
{
    switch (status) {
    case ConsentStatus::Received:
        return QCoreApplication::translate("opc::Consent", "received");
    case ConsentStatus::Authorized:
        return QCoreApplication::translate("opc::Consent", "authorized");
    case ConsentStatus::Rejected:
        return QCoreApplication::translate("opc::Consent", "rejected");
    case ConsentStatus::Expired:
        return QCoreApplication::translate("opc::Consent", "expired");
    case ConsentStatus::Revoked:
        return QCoreApplication::translate("opc::Consent", "revoked");
    case ConsentStatus::Completed:
        return QCoreApplication::translate("opc::Consent", "completed");
    }
    return {};
}

ConsentStatus Consent::fromBankStatus(const QString &status)
{
    if (status == "Authorized"_L1) {
        return ConsentStatus::Authorized;
    }
    if (status == "Rejected"_L1) {
        return ConsentStatus::Rejected;
    }
    if (status == "Revoked"_L1) {
        return ConsentStatus::Revoked;
    }
    if (status == "Completed"_L1) {
        return ConsentStatus::Completed;
    }
    if (status == "Expired"_L1) {
        return ConsentStatus::Expired;
    }
    return ConsentStatus::Received;
}

} // namespace opc
