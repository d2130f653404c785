#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace opc::RevocationCheck {

/// The outcome of checking a server's chain against the CRLs configured
/// for its environment. Qt fetches no CRL and asks no OCSP responder, so
/// without a configured CRL revocation is simply not known: that is said
/// in the connection details rather than implied to be fine.
struct Verdict
{
    enum class State { NotChecked, Good, Revoked, Unverifiable };
    State state = State::NotChecked;
    QString detail; ///< one sentence for the connection details or the error
};

/// Reads a CRL file (PEM or DER) and returns it as DER; a clear error when
/// the file holds no CRL.
Result<QByteArray> loadCrlFile(const QString &path);

/// Checks every certificate of @p chain (leaf first) that has a CRL from
/// its issuer in @p crls. A CRL counts only when its signature verifies
/// with the issuer's key, found in the chain or in @p trustedCas.
Verdict check(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &trustedCas,
              const QList<QByteArray> &crls);

} // namespace opc::RevocationCheck
