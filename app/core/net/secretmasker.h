#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace opc::SecretMasker {

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// Header names (lower case) whose values are credentials and never leave
/// the engine unmasked, nor follow a redirect to another origin.
const QList<QByteArray> &credentialHeaders();
bool isCredentialHeader(const QByteArray &name);

/// "Bearer ••••5c0a": keeps a scheme word and the last four characters of
/// long values so two tokens can be told apart, hides the rest.
QByteArray mask(const QByteArray &value);

/// Masks credential headers and every occurrence of @p secrets in other values.
Headers maskHeaders(const Headers &headers, const QList<QByteArray> &secrets);
/// Replaces every occurrence of @p secrets in @p text.
QString maskText(const QString &text, const QList<QByteArray> &secrets);

} // namespace opc::SecretMasker
