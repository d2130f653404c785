#include "apierror.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace opc::sandbox::ApiError {

QString newId()
{
    // Same spirit as OP's "G_-20343744:143e886a59f:-7ff9": a process part,
    // a time part and a counter, so ids never repeat within a run.
    static const quint32 process = QRandomGenerator::global()->generate();
    static QAtomicInteger<quint32> counter;
    return QStringLiteral("G_%1:%2:%3")
        .arg(process, 8, 16, QLatin1Char('0'))
        .arg(QDateTime::currentMSecsSinceEpoch(), 0, 16)
        .arg(counter.fetchAndAddRelaxed(1) + 1, 4, 16, QLatin1Char('0'));
}

QJsonObject entry(const QString &level, const QString &type, const QString &message, const QString &code,
                  const QJsonObject &violations)
{
    QJsonObject e { { u"id"_s, newId() }, { u"level"_s, level }, { u"type"_s, type }, { u"message"_s, message } };
    if (!code.isEmpty())
        e.insert(u"code"_s, code);
    if (!violations.isEmpty())
        e.insert(u"detailedConstraintViolations"_s, violations);
    return e;
}

ApiReply reply(int status, const QString &level, const QString &type, const QString &message, const QString &code,
               const QJsonObject &violations)
{
    return ApiReply::json(status, QJsonObject { { u"errors"_s, QJsonArray { entry(level, type, message, code, violations) } } });
}

ApiReply psd2(int status, const QString &type, const QString &message, const QJsonArray &violations)
{
    QJsonObject o { { u"type"_s, type }, { u"message"_s, message }, { u"id"_s, newId() } };
    if (!violations.isEmpty())
        o.insert(u"violations"_s, violations);
    return ApiReply::json(status, o);
}

} // namespace opc::sandbox::ApiError
