#include "net/revocationcheck.h"

#include "common/opensslptr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <vector>

#include <openssl/asn1.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace opc::RevocationCheck {

namespace {

using CrlPtr = X509CrlPtr;

CrlPtr crlFromDer(const QByteArray &der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    return CrlPtr(d2i_X509_CRL(nullptr, &p, long(der.size())));
}

X509Ptr x509From(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())));
}

QString nameText(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253) < 0) {
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(size));
}

QString timeText(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    const QDateTime at(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                       QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::UTC);
    return at.toString(Qt::ISODate);
}
} // namespace

Result<QByteArray> loadCrlFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QByteArray>::failure(QCoreApplication::translate("opc::RevocationCheck", "The CRL file %1 cannot be read: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.read(16 * 1024 * 1024);
    CrlPtr crl;
    if (bytes.contains("-----BEGIN X509 CRL-----")) {
        BioPtr bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
        crl.reset(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    } else {
        crl = crlFromDer(bytes);
    }
    if (!crl) {
        return Result<QByteArray>::failure(QCoreApplication::translate("opc::RevocationCheck", "%1 holds no certificate revocation list (PEM or DER).").arg(path));
    }
    unsigned char *out = nullptr;
    const int size = i2d_X509_CRL(crl.get(), &out);
    if (size <= 0) {
        return Result<QByteArray>::failure(QCoreApplication::translate("opc::RevocationCheck", "The CRL in %1 could not be encoded.").arg(path));
    }
    QByteArray der(reinterpret_cast<const char *>(out), size);
    OPENSSL_free(out);
    return der;
}

Verdict check(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &trustedCas,
              const QList<QByteArray> &crls)
{
    Verdict verdict;
    if (crls.isEmpty()) {
        verdict.detail = QCoreApplication::translate("opc::RevocationCheck", "Revocation not checked: no CRL is configured for this environment "
                            "(the console fetches no CRL and asks no OCSP responder).");
        return verdict;
    }
    std::vector<X509Ptr> candidates; // possible issuers: the chain and the trusted CAs
    for (const QSslCertificate &c : chain + trustedCas) {
        if (X509Ptr x = x509From(c)) {
            candidates.push_back(std::move(x));
        }
    }
    int checked = 0;
    QStringList unverifiable;
    for (const QSslCertificate &certificate : chain) {
        X509Ptr subject = x509From(certificate);
        if (!subject) {
            continue;
        }
        const X509_NAME *issuerName = X509_get_issuer_name(subject.get());
        for (const QByteArray &der : crls) {
            CrlPtr crl = crlFromDer(der);
            if (!crl || X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), issuerName) != 0) {
                continue;
            }
            // Only a CRL signed by the certificate's issuer can speak for it.
            bool signedByIssuer = false;
            for (const X509Ptr &candidate : candidates) {
                if (X509_NAME_cmp(X509_get_subject_name(candidate.get()), issuerName) != 0) {
                    continue;
                }
                EVP_PKEY *key = X509_get0_pubkey(candidate.get());
                if (key && X509_CRL_verify(crl.get(), key) == 1) {
                    signedByIssuer = true;
                    break;
                }
            }
            if (!signedByIssuer) {
                unverifiable.append(nameText(issuerName));
                continue;
            }
            ++checked;
            X509_REVOKED *entry = nullptr;
            if (X509_CRL_get0_by_cert(crl.get(), &entry, subject.get()) == 1 && entry) {
                verdict.state = Verdict::State::Revoked;
                verdict.detail = QCoreApplication::translate("opc::RevocationCheck", "The server's certificate \"%1\" (serial %2) is revoked: the CRL of %3 lists it "
                                    "since %4.")
                                     .arg(certificate.subjectDisplayName(),
                                          QString::fromLatin1(certificate.serialNumber()),
                                          nameText(issuerName),
                                          timeText(X509_REVOKED_get0_revocationDate(entry)));
                return verdict;
            }
        }
    }
    if (checked > 0) {
        verdict.state = Verdict::State::Good;
        verdict.detail = QCoreApplication::translate("opc::RevocationCheck", "Revocation checked against %n configured CRL(s): not revoked.", nullptr, checked);
        return verdict;
    }
    verdict.state = Verdict::State::Unverifiable;
    verdict.detail = unverifiable.isEmpty()
        ? QCoreApplication::translate("opc::RevocationCheck", "Revocation not checked: none of the configured CRLs is from this server's certificate issuers.")
        : QCoreApplication::translate("opc::RevocationCheck", "Revocation not checked: the CRL of %1 is not signed by that issuer's key.")
              .arg(unverifiable.join(u", "_s));
    return verdict;
}

} // namespace opc::RevocationCheck
