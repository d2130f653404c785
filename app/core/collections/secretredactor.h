#pragma once

#include "collections/collection.h"
#include "security/secretscanner.h"

#include <QStringList>

namespace opc {

/// Keeps secret values out of collection files and exports: any header,
/// query, variable or body value the SecretScanner flags is replaced by a
/// {{secret:NAME}} reference, NAME taken from the field it was found in.
class SecretRedactor
{
public:
    explicit SecretRedactor(const SecretScanner &scanner = SecretScanner());

    /// Replaces every flagged value in @p collection; returns one line per
    /// replacement ("Accounts/List: header Authorization: a bearer token ...").
    QStringList redact(Collection &collection) const;
    /// Same checks without changing anything.
    QStringList findings(const Collection &collection) const;

    /// Replaces flagged parts of @p value; @p context is the text a
    /// credential name would precede it with (e.g. "Authorization: ").
    QString redactValue(const QString &context, const QString &value, const QString &secretName,
                        QStringList *kinds) const;

    static QString secretNameFor(const QString &field);

private:
    QStringList walk(Collection &collection, bool apply) const;

    SecretScanner m_scanner;
};

} // namespace opc
