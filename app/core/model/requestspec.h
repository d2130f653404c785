#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace opc {

/// One header or query row as the user typed it; {{variables}} unresolved.
struct KeyValue
{
    QString name;
    QString value;
    bool enabled = true;

    friend bool operator==(const KeyValue &, const KeyValue &) = default;

    /// [{"name","value","enabled"}]: how headers, query rows and variables are stored.
    static QJsonArray listToJson(const QList<KeyValue> &rows);
    static QList<KeyValue> listFromJson(const QJsonValue &value);
};

/// A request as composed, before variables are resolved and credentials
/// are added. Saved in collections, so it never holds a secret value: secrets
/// appear as {{secret:name}} references.
struct RequestSpec
{
    QString method = QStringLiteral("GET");
    QString url; ///< absolute URL or a path relative to the environment's base URL
    QList<KeyValue> query;
    QList<KeyValue> headers;
    QByteArray body;

    /// Per-request overrides of what the product would choose.
    std::optional<QString> tokenHeader; ///< "x-authorization" or "Authorization"
    std::optional<bool> bearerPrefix;
    std::optional<bool> sign; ///< force HMAC signing on or off
    /// Off: a redirect is the answer (an OAuth authorize step reads its
    /// Location), not followed.
    std::optional<bool> followRedirects;

    QJsonObject toJson() const;
    static RequestSpec fromJson(const QJsonObject &object);
};

} // namespace opc
