#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace opc {

/// Where a secret was found on disk, and in which encoding.
struct SecretHit
{
    QString file;
    QString encoding; ///< "raw", "base64", "base64url", "hex", "HEX", "url"
    qsizetype offset = 0;
};

/// Searches every file under @p dir (recursively, hidden files too) for
/// @p secret as raw bytes, base64, base64url (with and without padding),
/// hex in both cases and URL-encoding. Used to prove that no secret lands
/// in a plain file (config, data, cache, exports).
QList<SecretHit> findSecretInTree(const QString &dir, const QByteArray &secret);

} // namespace opc
