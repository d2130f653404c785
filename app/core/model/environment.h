#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

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
    /// Where the environment's mutual-TLS APIs listen when that is not
    /// baseUrl (the simulator keeps them on a port of their own); empty =
    /// baseUrl. A request to a mutual-TLS product on this environment goes
    /// there, with the application's client certificate.
    QString mtlsBaseUrl;
    QMap<QString, QString> variables;
    /// PEM file of an extra CA trusted for this environment only (the
    /// simulator's); empty for the real sandbox and production.
    QString extraCaPath;
    /// PEM or DER certificate revocation list checked for this environment's
    /// servers; empty means revocation is not checked (and the connection
    /// details say so).
    QString crlPath;

    QString host() const;
    /// The base URL requests to a mutual-TLS product go to.
    QString mutualTlsBaseUrl() const { return mtlsBaseUrl.isEmpty() ? baseUrl : mtlsBaseUrl; }
    /// The hosts an application's key and secret may be sent to in this
    /// environment: its own and its mutual-TLS host; loopback for the
    /// local simulator, whose port changes with every start.
    QStringList credentialHosts() const;

    QJsonObject toJson() const;
    static Environment fromJson(const QJsonObject &object);

    static Environment localSimulator(const QString &baseUrl, const QString &caPath);
    static Environment opSandbox();
    static Environment production();

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
};

} // namespace opc
