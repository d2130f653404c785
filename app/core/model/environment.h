#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace opc {

/// Where requests go: a base URL plus variables. The local simulator's CA
/// is trusted for that environment only, never globally.
struct Environment
{
    enum class Kind { LocalSimulator, OpSandbox, Production, Custom };

    QString id;
    QString name;
    Kind kind = Kind::Custom;
    QString baseUrl;
    QMap<QString, QString> variables;
    /// PEM file of an extra CA trusted for this environment only (the
    /// simulator's); empty for the real sandbox and production.
    QString extraCaPath;
    /// PEM or DER certificate revocation list checked for this environment's
    /// servers; empty means revocation is not checked (and the connection
    /// details say so).
    QString crlPath;

    QString host() const;

    QJsonObject toJson() const;
    static Environment fromJson(const QJsonObject &object);

    static Environment localSimulator(const QString &baseUrl, const QString &caPath);
    static Environment opSandbox();
    static Environment production();

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
};

} // namespace opc
