#include "errors/errorpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace opc {

namespace {

// Error payloads are small; anything bigger is not one and is not worth parsing twice.
constexpr qsizetype MaxPayloadBytes = 8 * 1024 * 1024;

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isArray() || v.isObject()) {
        const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
        return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    return {};
}

QList<ConstraintViolation> flattenViolations(const QJsonValue &v)
{
    QList<ConstraintViolation> out;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isArray()) {
                QStringList parts;
                for (const QJsonValue &p : it.value().toArray())
                    parts.append(valueText(p));
                out.append({ it.key(), parts.join(u"; "_s) });
            } else {
                out.append({ it.key(), valueText(it.value()) });
            }
        }
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if (item.isObject()) {
                const QJsonObject o = item.toObject();
                QString field, message;
                for (auto it = o.begin(); it != o.end(); ++it) {
                    const QString k = it.key().toLower();
                    if (k == "path"_L1 || k == "field"_L1 || k == "name"_L1 || k == "property"_L1)
                        field = valueText(it.value());
                    else if (k == "message"_L1 || k == "constraint"_L1 || k == "reason"_L1)
                        message = valueText(it.value());
                }
                if (message.isEmpty())
                    message = valueText(item);
                out.append({ field, message });
            } else {
                out.append({ QString(), valueText(item) });
            }
        }
    } else if (!v.isNull() && !v.isUndefined()) {
        out.append({ QString(), valueText(v) });
    }
    return out;
}

ErrorEntry parseEntry(const QJsonObject &o)
{
    ErrorEntry e;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString k = it.key().toLower();
        const QJsonValue &v = it.value();
        if (k == "id"_L1)
            e.id = valueText(v);
        else if (k == "level"_L1) {
            e.levelText = valueText(v);
            e.level = errorLevelFromName(e.levelText);
        } else if (k == "type"_L1)
            e.type = valueText(v);
        else if (k == "message"_L1)
            e.message = valueText(v);
        else if (k == "code"_L1)
            e.code = valueText(v);
        else if (k == "detailedconstraitviolations"_L1 || k == "detailedconstraintviolations"_L1
                 || k == "violations"_L1) {
            e.rawViolations = v;
            e.violations.append(flattenViolations(v));
        } else {
            e.unknownFields.insert(it.key(), v);
        }
    }
    return e;
}

} // namespace

QString errorLevelName(ErrorLevel level)
{
    switch (level) {
    case ErrorLevel::Fatal:
        return u"FATAL"_s;
    case ErrorLevel::Error:
        return u"ERROR"_s;
    case ErrorLevel::Warn:
        return u"WARN"_s;
    case ErrorLevel::Unknown:
        break;
    }
    return {};
}

ErrorLevel errorLevelFromName(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == "FATAL"_L1)
        return ErrorLevel::Fatal;
    if (n == "ERROR"_L1)
        return ErrorLevel::Error;
    if (n == "WARN"_L1 || n == "WARNING"_L1)
        return ErrorLevel::Warn;
    return ErrorLevel::Unknown;
}

ErrorPayload ErrorPayload::parse(const QByteArray &body)
{
    ErrorPayload p;
    if (body.size() > MaxPayloadBytes) {
        p.m_note = u"body too large for an error payload"_s;
        return p;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        p.m_note = err.error != QJsonParseError::NoError ? err.errorString() : u"not a JSON object"_s;
        return p;
    }
    const QJsonObject root = doc.object();

    QJsonValue errors;
    bool found = false;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!found && it.key().compare("errors"_L1, Qt::CaseInsensitive) == 0) {
            errors = it.value();
            found = true;
        }
        else
            p.m_unknown.insert(it.key(), it.value());
    }

    if (errors.isArray()) {
        p.m_envelope = Envelope::OpErrors;
        for (const QJsonValue &v : errors.toArray()) {
            if (v.isObject())
                p.m_entries.append(parseEntry(v.toObject()));
            else if (v.isString())
                p.m_entries.append(ErrorEntry { {}, ErrorLevel::Unknown, {}, {}, v.toString(), {}, {}, {}, {} });
        }
        return p;
    }
    if (errors.isObject()) {
        p.m_envelope = Envelope::OpErrors;
        p.m_entries.append(parseEntry(errors.toObject()));
        return p;
    }

    // PSD2: the error is the top-level object itself.
    bool hasMessage = false, hasShape = false;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString k = it.key().toLower();
        hasMessage = hasMessage || k == "message"_L1;
        hasShape = hasShape || k == "type"_L1 || k == "id"_L1 || k == "violations"_L1 || k == "level"_L1;
    }
    if (hasMessage && hasShape) {
        p.m_envelope = Envelope::Psd2;
        p.m_entries.append(parseEntry(root));
        p.m_unknown = {};
        return p;
    }
    p.m_note = u"no errors array"_s;
    return p;
}

ErrorLevel ErrorPayload::highestLevel() const
{
    ErrorLevel best = ErrorLevel::Unknown;
    for (const ErrorEntry &e : m_entries) {
        if (static_cast<int>(e.level) > static_cast<int>(best))
            best = e.level;
    }
    return best;
}

} // namespace opc
