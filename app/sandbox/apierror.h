#pragma once

#include "apimessage.h"

#include <QJsonObject>
#include <QString>

namespace opc::sandbox {

/// The overview page's error payload: {"errors":[{id, level, type, message,
/// code?, detailedConstraintViolations?}]}. Every id is unique.
namespace ApiError {

QString newId();
QJsonObject entry(const QString &level, const QString &type, const QString &message,
                  const QString &code = {}, const QJsonObject &violations = {});
ApiReply reply(int status, const QString &level, const QString &type, const QString &message,
               const QString &code = {}, const QJsonObject &violations = {});

inline ApiReply security(int status, const QString &message)
{
    return reply(status, QStringLiteral("ERROR"), QStringLiteral("SECURITY"), message);
}
inline ApiReply validation(const QJsonObject &violations, const QString &message = QStringLiteral("Validation failed"))
{
    return reply(400, QStringLiteral("ERROR"), QStringLiteral("VALIDATION"), message, {}, violations);
}

/// PSD2 APIs keep OP's other envelope: {type, message, id, violations[]}.
ApiReply psd2(int status, const QString &type, const QString &message, const QJsonArray &violations = {});

} // namespace ApiError

} // namespace opc::sandbox
