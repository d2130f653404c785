#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <optional>

namespace opc {

class SecretStore;

/// "{{secret:NAME}}": how collections, environments and exports point at a
/// vault secret without ever holding its value, so they are safe to share.
namespace SecretReference {

struct Occurrence
{
    QString name;
    qsizetype start = 0;
    qsizetype length = 0;
};

/// Names are letters, digits, '.', '_' and '-' (e.g. "app1.apiSecret").
bool isValidName(const QString &name);
/// "{{secret:NAME}}"; an empty string for an invalid name.
QString format(const QString &name);
/// The name when @p text is exactly one reference (spaces around allowed).
std::optional<QString> parse(const QString &text);
/// Every reference inside @p text, in order.
QList<Occurrence> findAll(const QString &text);
/// Replaces each reference with its value for a request to @p host. Fails,
/// naming the secret, when one is missing, locked or bound to other hosts.
Result<QString> expand(const QString &text, SecretStore &store, const QString &host);

} // namespace SecretReference
} // namespace opc
