#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace opc {

struct Exchange;

/// A plain-text summary of one exchange for OP's API support: when, what
/// was called, the request and session ids, the status and every error id
/// and level. It carries no credentials, no body and no secret: credential
/// headers are left out, credential-looking query values and known secrets
/// are masked, and the finished text is scanned once more before it is
/// returned.
class SupportBundle
{
public:
    /// @p secrets are values known to be secret (for example the request's
    /// PreparedRequest::secrets): they are masked wherever they appear.
    static QString build(const Exchange &exchange, const QList<QByteArray> &secrets = {});

    /// The URL with the values of credential-looking query parameters masked.
    static QString redactUrl(const QString &url);
};

} // namespace opc
