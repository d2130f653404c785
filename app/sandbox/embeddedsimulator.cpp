#include "embeddedsimulator.h"

#include "common/opensslptr.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUuid>

#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace Qt::StringLiterals;

namespace opc::sandbox {

EmbeddedSimulator::EmbeddedSimulator() = default;
EmbeddedSimulator::~EmbeddedSimulator() = default;

Status EmbeddedSimulator::start(const QString &dataDir, const QString &demoAppName)
{
    auto server = std::make_unique<SandboxServer>();
    SandboxOptions options;
    options.dataDir = dataDir;
    // Consents given in one run (the command line's) are usable in the next.
    if (!dataDir.isEmpty()) {
        options.grantsFile = dataDir + QLatin1String("/psd2-grants.json");
    }
    if (const Status started = server->start(options); !started) {
        return Status::failure(QCoreApplication::translate("EmbeddedSimulator",
                                                           "The embedded simulator did not start: %1")
                                   .arg(started.errorMessage()));
    }
    m_catalog = server->catalog();
    auto parsed = ApiProduct::parseCatalog(m_catalog);
    if (!parsed) {
        return Status::failure(parsed.errorMessage());
    }
    m_products = *parsed;
    m_environment = Environment::localSimulator(server->httpsBaseUrl(), server->caCertificatePath());
    m_serverTrust = TlsProfile();
    m_serverTrust.extraCaCertificates = { server->caCertificate() };

    QStringList ids;
    for (const ApiProduct &product : std::as_const(m_products)) {
        ids.append(product.id);
    }
    const AppCredentials credentials = server->registerApplication(demoAppName, ids);
    m_apiKey = credentials.apiKey;
    m_apiSecret = credentials.apiSecret.toUtf8();

    const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto p12 = server->issueClientCertificate(m_apiKey, password);
    if (!p12) {
        return Status::failure(p12.errorMessage());
    }
    auto identity = TlsProfile::fromPkcs12(*p12, password);
    if (!identity) {
        return Status::failure(identity.errorMessage());
    }
    m_clientIdentity = *identity;
    m_clientIdentity.extraCaCertificates = m_serverTrust.extraCaCertificates;

    m_merchantId = u"demo-merchant-"_s + m_apiKey.left(8);
    m_server = std::move(server);
    return {};
}

QSslKey EmbeddedSimulator::merchantKey()
{
    if (!m_merchantKey.isNull() || !m_server) {
        return m_merchantKey;
    }
    // A merchant key of the demo's own for OP Online Payment, in memory.
    const PkeyPtr merchant(EVP_RSA_gen(2048));
    const BioPtr privatePem(BIO_new(BIO_s_mem()));
    const BioPtr publicPem(BIO_new(BIO_s_mem()));
    if (!merchant || !PEM_write_bio_PrivateKey(privatePem.get(), merchant.get(), nullptr, nullptr, 0, nullptr, nullptr)
        || !PEM_write_bio_PUBKEY(publicPem.get(), merchant.get())) {
        return {};
    }
    const auto pemOf = [](BIO *bio) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        return QByteArray(data, qsizetype(size));
    };
    if (m_server->registerMerchantKey(m_merchantId, pemOf(publicPem.get()))) {
        m_merchantKey = QSslKey(pemOf(privatePem.get()), QSsl::Rsa);
    }
    return m_merchantKey;
}

void EmbeddedSimulator::routeMtls(const QString &urlOrPath, Environment &environment,
                                  TlsProfile &tls) const
{
    if (!m_server || urlOrPath.contains(QLatin1String("://"))) {
        return;
    }
    const ApiProduct *product
        = ApiProduct::matchPath(m_products, urlOrPath.section(QLatin1Char('?'), 0, 0));
    if (!product || !product->mtls) {
        return;
    }
    environment.baseUrl = m_server->mtlsBaseUrl();
    if (!tls.hasClientCertificate()) {
        const QList<QSslCertificate> cas = tls.extraCaCertificates;
        tls = m_clientIdentity;
        tls.extraCaCertificates = cas.isEmpty() ? m_serverTrust.extraCaCertificates : cas;
    }
}

} // namespace opc::sandbox
