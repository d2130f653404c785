#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

namespace opc {

/// The TLS side of a request: which client certificate to present and
/// which extra CA to trust (the local simulator's, for that environment
/// only). Verification is never switched off.
struct TlsProfile
{
    QSslCertificate clientCertificate;
    QList<QSslCertificate> clientChain;
    QSslKey clientKey;
    QList<QSslCertificate> extraCaCertificates;
    /// DER CRLs configured for the environment; checked after the handshake,
    /// before any HTTP byte is sent (TLS-12).
    QList<QByteArray> crls;

    bool hasClientCertificate() const { return !clientCertificate.isNull() && !clientKey.isNull(); }
    /// Identifies the client identity and trust set: requests with different
    /// ids never share a connection (TLS-11).
    QByteArray identityId() const;
    /// System CAs plus the extra ones, TLS 1.2 minimum, client identity.
    QSslConfiguration sslConfiguration() const;
    QString clientSubject() const;

    static Result<TlsProfile> fromPkcs12(const QByteArray &data, const QString &password);
    static Result<TlsProfile> fromPemFiles(const QString &certificatePath, const QString &keyPath,
                                           const QByteArray &keyPassword = {});
    static Result<QList<QSslCertificate>> loadCaFile(const QString &path);
};

} // namespace opc
