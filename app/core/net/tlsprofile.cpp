#include "net/tlsprofile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;

namespace opc {

namespace {
} // namespace

QByteArray TlsProfile::identityId() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(hasClientCertificate() ? clientCertificate.digest(QCryptographicHash::Sha256) : QByteArray("none"));
    for (const QSslCertificate &ca : extraCaCertificates)
        h.addData(ca.digest(QCryptographicHash::Sha256));
    return h.result().toHex().left(16);
}

QSslConfiguration TlsProfile::sslConfiguration() const
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!extraCaCertificates.isEmpty())
        conf.addCaCertificates(extraCaCertificates);
    if (hasClientCertificate()) {
        conf.setLocalCertificate(clientCertificate);
        if (!clientChain.isEmpty())
            conf.setLocalCertificateChain(QList<QSslCertificate> { clientCertificate } + clientChain);
        conf.setPrivateKey(clientKey);
    }
    return conf;
}

QString TlsProfile::clientSubject() const
{
    if (clientCertificate.isNull())
        return {};
    const QStringList cn = clientCertificate.subjectInfo(QSslCertificate::CommonName);
    return cn.isEmpty() ? clientCertificate.subjectDisplayName() : cn.join(u", "_s);
}

Result<TlsProfile> TlsProfile::fromPkcs12(const QByteArray &data, const QString &password)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    TlsProfile p;
    if (!QSslCertificate::importPkcs12(&buffer, &p.clientKey, &p.clientCertificate, &p.clientChain, password.toUtf8()))
        return Result<TlsProfile>::failure(
                QCoreApplication::translate("opc::TlsProfile", "The PKCS#12 file could not be opened: the password is wrong or the file is damaged."),
                u"pkcs12"_s);
    return p;
}

Result<TlsProfile> TlsProfile::fromPemFiles(const QString &certificatePath, const QString &keyPath,
                                            const QByteArray &keyPassword)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (certs.isEmpty())
        return Result<TlsProfile>::failure(QCoreApplication::translate("opc::TlsProfile", "No certificate found in %1.").arg(certificatePath), u"pem-cert"_s);
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Result<TlsProfile>::failure(QCoreApplication::translate("opc::TlsProfile", "The key file %1 cannot be read.").arg(keyPath), u"pem-key"_s);
    const QByteArray pem = keyFile.readAll();
    TlsProfile p;
    p.clientCertificate = certs.first();
    p.clientChain = certs.mid(1);
    for (const QSsl::KeyAlgorithm alg : { QSsl::Rsa, QSsl::Ec, QSsl::Opaque }) {
        if (alg == QSsl::Opaque)
            break;
        QSslKey key(pem, alg, QSsl::Pem, QSsl::PrivateKey, keyPassword);
        if (!key.isNull()) {
            p.clientKey = key;
            break;
        }
    }
    if (p.clientKey.isNull())
        return Result<TlsProfile>::failure(QCoreApplication::translate("opc::TlsProfile", "No usable private key in %1 (RSA or EC, PEM).").arg(keyPath), u"pem-key"_s);
    return p;
}

Result<QList<QSslCertificate>> TlsProfile::loadCaFile(const QString &path)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certs.isEmpty())
        return Result<QList<QSslCertificate>>::failure(QCoreApplication::translate("opc::TlsProfile", "No CA certificate found in %1.").arg(path), u"ca"_s);
    return certs;
}

} // namespace opc
