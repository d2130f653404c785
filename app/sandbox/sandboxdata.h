#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace opc::sandbox {

/// One bank account of a sandbox end user. Money is kept in cents so that
/// sums never pick up binary rounding.
struct SandboxAccount
{
    QString iban;
    QString bic;
    QString name;        ///< e.g. "KÄYTTÖTILI"
    QString accountType; ///< OP's six-digit product code (v1 shape)
    qint64 balanceCents = 0;
    QString v1Id; ///< stable 40-hex id of the v1 API
};

struct SandboxTransaction
{
    QString transactionId;
    QString archiveId;
    qint64 amountCents = 0; ///< negative = debit
    qint64 balanceAfterCents = 0;
    QString counterpartyName;
    QString counterpartyIban;
    QString message;
    QString reference;
    QDate bookingDate;
    QString isoCode;
    QString opCode;
};

/// The end user behind a static token (or a PSD2 test user).
struct SandboxDataset
{
    QString token;
    QString ownerName;
    QList<SandboxAccount> accounts;
};

/// Deterministic, realistic data: the same token always yields the same
/// accounts and transactions, so tests and screenshots are reproducible.
namespace SandboxData {

/// The overview page's static tokens (plus the older fdb6… one).
QStringList staticTokens();
/// The dataset for a static token, or nullptr when the token is unknown.
const SandboxDataset *datasetForToken(const QString &token);
/// The dataset a PSD2 test user (88888881 / 88888882) consents to.
const SandboxDataset *datasetForPsd2User(const QString &userId);

/// Transactions of an account, newest first, dates relative to @p today.
QList<SandboxTransaction> transactionsFor(const SandboxAccount &account, const QDate &today);

/// "FI" + check digits + @p bban14 (14 digits), with ISO 13616 check digits.
QString finnishIban(const QString &bban14);
/// True when @p iban is a syntactically valid IBAN with correct check digits.
bool isValidIban(const QString &iban);
/// Cents as "1234.50" (always two decimals, '-' for debits).
QString formatCents(qint64 cents);
/// Parses "12", "12.5", "12.50" (and numbers) into cents; false when not a
/// non-negative amount with at most two decimals.
bool parseAmount(const QString &text, qint64 *cents);

} // namespace SandboxData

} // namespace opc::sandbox
