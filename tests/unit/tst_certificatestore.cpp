#include "security/certificatestore.h"
#include "security/encryptedfilevault.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>

using namespace opc;

class TestCertificateStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<EncryptedFileVault> m_vault;
    std::unique_ptr<CertificateStore> m_store;
    int m_profile = 0;

    QString file(const QString &name) const { return m_dir.filePath(name); }
    QByteArray read(const QString &name) const
    {
        QFile f(file(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString profileDir() const { return file(QStringLiteral("profile%1").arg(m_profile)); }

    /// Runs the openssl CLI in the test folder; fails the test on error.
    QByteArray openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0) {
            qWarning("openssl %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                p.readAllStandardError().constData());
            return QByteArray("FAILED");
        }
        return p.readAllStandardOutput();
    }
    bool run(const QString &command)
    {
        return openssl(command.split(QLatin1Char(' '), Qt::SkipEmptyParts)) != "FAILED";
    }
    void write(const QString &name, const QByteArray &data)
    {
        QFile f(file(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(QStringLiteral("client.ext"), "extendedKeyUsage=clientAuth\n");
        write(QStringLiteral("server.ext"), "extendedKeyUsage=serverAuth\n");
        const QString ec = QStringLiteral("-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes");
        QVERIFY(
            run(QStringLiteral("req -x509 %1 -keyout ca.key -out ca.crt -subj /CN=Test-CA -days 30")
                    .arg(ec)));
        // app-1: EC client certificate signed by the CA.
        QVERIFY(run(
            QStringLiteral("req -new %1 -keyout client.key -out client.csr -subj /CN=app-1/O=Test")
                .arg(ec)));
        QVERIFY(
            run(QStringLiteral("x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial "
                               "-out client.crt -days 365 -extfile client.ext")));
        QVERIFY(
            run(QStringLiteral("pkcs12 -export -inkey client.key -in client.crt -certfile ca.crt "
                               "-out modern.p12 -passout pass:right-pw")));
        QVERIFY(run(QStringLiteral(
            "pkcs12 -export -legacy -inkey client.key -in client.crt -certfile ca.crt "
            "-out legacy.p12 -passout pass:right-pw")));
        QVERIFY(run(
            QStringLiteral("pkcs8 -topk8 -in client.key -out client-enc.key -passout pass:key-pw "
                           "-v2 aes-256-cbc")));
        QVERIFY(run(QStringLiteral(
            "genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out other.key")));
        // app-2: RSA, self-signed.
        QVERIFY(
            run(QStringLiteral("req -x509 -newkey rsa:2048 -nodes -keyout rsa.key -out rsa.crt "
                               "-subj /CN=app-2 -days 200 -addext extendedKeyUsage=clientAuth")));
        QVERIFY(run(
            QStringLiteral("req -x509 %1 -keyout expired.key -out expired.crt -subj /CN=expired "
                           "-not_before 20190101000000Z -not_after 20200101000000Z "
                           "-addext extendedKeyUsage=clientAuth")
                .arg(ec)));
        QVERIFY(run(
            QStringLiteral("req -x509 %1 -keyout soon.key -out soon.crt -subj /CN=soon -days 10 "
                           "-addext extendedKeyUsage=clientAuth")
                .arg(ec)));
        QVERIFY(run(
            QStringLiteral("req -new %1 -keyout server.key -out server.csr -subj /CN=server-only")
                .arg(ec)));
        QVERIFY(
            run(QStringLiteral("x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial "
                               "-out server.crt -days 100 -extfile server.ext")));
    }

    void init()
    {
        ++m_profile;
        EncryptedFileVault::Options o;
        o.scryptLog2N = 10;
        m_store.reset();
        m_vault
            = std::make_unique<EncryptedFileVault>(profileDir() + QStringLiteral("/vault.opcv"), o);
        QVERIFY(m_vault->create(QStringLiteral("vault-pw")).ok());
        m_store = std::make_unique<CertificateStore>(
            m_vault.get(), profileDir() + QStringLiteral("/certificates.json"));
        QVERIFY(m_store->load().ok());
    }

    void modernPkcs12()
    {
        const Result<CertificateInfo> r = m_store->importPkcs12File(
            file(QStringLiteral("modern.p12")), QStringLiteral("right-pw"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(r->subject.contains(QStringLiteral("CN=app-1")));
        QVERIFY(r->issuer.contains(QStringLiteral("CN=Test-CA")));
        QCOMPARE(r->label, QStringLiteral("app-1"));
        QCOMPARE(r->chainLength, 1);
        QCOMPARE(r->keyType, QStringLiteral("EC (prime256v1)"));
        QCOMPARE(r->keyBits, 256);
        QVERIFY(r->clientAuth);
        QVERIFY(r->warnings().isEmpty());
        QVERIFY(r->daysLeft() >= 363 && r->daysLeft() <= 365);
        const QByteArray fp = openssl({ QStringLiteral("x509"), QStringLiteral("-in"),
            QStringLiteral("client.crt"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
            QStringLiteral("-sha256") });
        QVERIFY(fp.trimmed().endsWith(r->sha256Fingerprint.toLatin1()));
        const QByteArray serial = openssl({ QStringLiteral("x509"), QStringLiteral("-in"),
            QStringLiteral("client.crt"), QStringLiteral("-noout"), QStringLiteral("-serial") });
        QCOMPARE(serial.trimmed().mid(7).toUpper(), r->serial.toLatin1());
        // Key and chain are vault records; the index has metadata only.
        QVERIFY(m_vault->ids().contains(QStringLiteral("cert:%1:key").arg(r->id)));
        const QByteArray index = read(QStringLiteral("profile%1/certificates.json").arg(m_profile));
        QVERIFY(index.contains(r->id.toLatin1()));
        QVERIFY(!index.contains("PRIVATE KEY"));
        QVERIFY(!index.contains("BEGIN"));
    }

    void modernPkcs12WrongPassword()
    {
        const Result<CertificateInfo> r = m_store->importPkcs12File(
            file(QStringLiteral("modern.p12")), QStringLiteral("wrong"));
        QVERIFY(!r.ok());
        QCOMPARE(r.errorCode(), QStringLiteral("wrong-password"));
        QCOMPARE(r.errorMessage(), QStringLiteral("Wrong password for this PKCS#12 file."));
        QVERIFY(m_store->certificates().isEmpty());
    }

    void legacyPkcs12()
    {
        // The file really needs the legacy provider: the global context
        // cannot decrypt it.
        const QByteArray data = read(QStringLiteral("legacy.p12"));
        {
            const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
            PKCS12 *p12 = d2i_PKCS12(nullptr, &p, long(data.size()));
            QVERIFY(p12);
            EVP_PKEY *key = nullptr;
            X509 *cert = nullptr;
            QCOMPARE(PKCS12_parse(p12, "right-pw", &key, &cert, nullptr), 0);
            PKCS12_free(p12);
            ERR_clear_error();
        }
        const Result<CertificateInfo> wrong = m_store->importPkcs12(data, QStringLiteral("nope"));
        QCOMPARE(wrong.errorCode(), QStringLiteral("wrong-password"));

        const Result<CertificateInfo> r = m_store->importPkcs12(data, QStringLiteral("right-pw"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(r->subject.contains(QStringLiteral("CN=app-1")));
        QCOMPARE(r->chainLength, 1);
        // The legacy provider stayed private to the import.
        EVP_CIPHER *rc2 = EVP_CIPHER_fetch(nullptr, "RC2-40-CBC", nullptr);
        QVERIFY(!rc2);
        EVP_CIPHER_free(rc2);
        ERR_clear_error();
        // Re-stored under the vault's AES-GCM, and usable for TLS.
        QVERIFY(m_store->bind(QStringLiteral("app-1"), r->id).ok());
        const Result<ClientIdentity> id
            = m_store->identityFor(QStringLiteral("app-1"), QStringLiteral("x"));
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        QVERIFY(!id->key.isNull());
        // The p12 is not kept anywhere in the profile.
        QDir profile(profileDir());
        for (const QString &name : profile.entryList(QDir::Files)) {
            QFile f(profile.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains(data.mid(100, 64)));
        }
    }

    void pemWithEncryptedPkcs8()
    {
        const QByteArray cert = read(QStringLiteral("client.crt")) + read(QStringLiteral("ca.crt"));
        const QByteArray key = read(QStringLiteral("client-enc.key"));
        QVERIFY(key.contains("ENCRYPTED PRIVATE KEY"));
        Result<CertificateInfo> r = m_store->importPem(cert, key, QString());
        QCOMPARE(r.errorCode(), QStringLiteral("passphrase-needed"));
        r = m_store->importPem(cert, key, QStringLiteral("bad-pw"));
        QCOMPARE(r.errorCode(), QStringLiteral("wrong-password"));
        QCOMPARE(r.errorMessage(), QStringLiteral("Wrong password for the private key."));
        r = m_store->importPem(cert, key, QStringLiteral("key-pw"), QStringLiteral("My cert"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->label, QStringLiteral("My cert"));
        QCOMPARE(r->chainLength, 1);
    }

    void keyCertificateMismatch()
    {
        const Result<CertificateInfo> r = m_store->importPem(
            read(QStringLiteral("client.crt")), read(QStringLiteral("other.key")));
        QCOMPARE(r.errorCode(), QStringLiteral("key-mismatch"));
        QCOMPARE(r.errorMessage(),
            QStringLiteral("The private key does not belong to this certificate."));
        QVERIFY(m_store->certificates().isEmpty());
        QVERIFY(m_vault->ids().isEmpty());
    }

    void expiredCertificateWarns()
    {
        const Result<CertificateInfo> r = m_store->importPem(
            read(QStringLiteral("expired.crt")), read(QStringLiteral("expired.key")));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(r->isExpired());
        QVERIFY(r->daysLeft() < 0);
        QCOMPARE(r->notAfter, QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::UTC));
        const QStringList w = r->warnings();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first(), QStringLiteral("The certificate expired on 2020-01-01 00:00 UTC."));
        // ...and again before sending.
        QVERIFY(m_store->bind(QStringLiteral("app-x"), r->id).ok());
        const Result<ClientIdentity> id
            = m_store->identityFor(QStringLiteral("app-x"), QStringLiteral("h"));
        QVERIFY(id.ok());
        QCOMPARE(id->warnings, w);
    }

    void expiringSoonWarns()
    {
        const Result<CertificateInfo> r = m_store->importPem(
            read(QStringLiteral("soon.crt")), read(QStringLiteral("soon.key")));
        QVERIFY(r.ok());
        QVERIFY(!r->isExpired());
        QCOMPARE(r->warnings().size(), 1);
        QVERIFY(r->warnings().first().startsWith(QStringLiteral("The certificate expires in ")));
    }

    void notClientAuthWarns()
    {
        const Result<CertificateInfo> r = m_store->importPem(
            read(QStringLiteral("server.crt")), read(QStringLiteral("server.key")));
        QVERIFY(r.ok());
        QVERIFY(r->hasEkuExtension);
        QVERIFY(!r->clientAuth);
        QCOMPARE(
            r->extendedKeyUsage, QStringList { QStringLiteral("TLS Web Server Authentication") });
        QCOMPARE(r->warnings().size(), 1);
        QVERIFY(r->warnings().first().contains(QStringLiteral("lacks clientAuth")));
    }

    void listExportDeleteAcrossReload()
    {
        const Result<CertificateInfo> a = m_store->importPkcs12File(
            file(QStringLiteral("modern.p12")), QStringLiteral("right-pw"));
        const Result<CertificateInfo> b
            = m_store->importPem(read(QStringLiteral("rsa.crt")), read(QStringLiteral("rsa.key")));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b->keyType, QStringLiteral("RSA"));
        QCOMPARE(b->keyBits, 2048);
        QVERIFY(
            m_store->bind(QStringLiteral("app-1"), a->id, { QStringLiteral("*.test.local") }).ok());
        QVERIFY(m_store->bind(QStringLiteral("app-2"), b->id).ok());

        CertificateStore reloaded(
            m_vault.get(), profileDir() + QStringLiteral("/certificates.json"));
        QVERIFY(reloaded.load().ok());
        QCOMPARE(reloaded.certificates().size(), 2);
        QCOMPARE(reloaded.certificate(b->id)->subject, b->subject);
        QCOMPARE(reloaded.certificate(a->id)->notAfter, a->notAfter);

        const Result<QByteArray> leafPem = reloaded.exportCertificatePem(a->id, false);
        QVERIFY(leafPem.ok());
        QVERIFY(!leafPem->contains("PRIVATE"));
        QCOMPARE(QSslCertificate(*leafPem), QSslCertificate(read(QStringLiteral("client.crt"))));
        QCOMPARE(QSslCertificate::fromData(*reloaded.exportCertificatePem(a->id, true)).size(), 2);

        const Result<ClientIdentity> one
            = reloaded.identityFor(QStringLiteral("app-1"), QStringLiteral("api.test.local"));
        QVERIFY2(one.ok(), qPrintable(one.errorMessage()));
        QCOMPARE(one->certificate, QSslCertificate(read(QStringLiteral("client.crt"))));
        QCOMPARE(one->key.algorithm(), QSsl::Ec);
        QCOMPARE(one->chain.size(), 1);
        QCOMPARE(
            reloaded.identityFor(QStringLiteral("app-1"), QStringLiteral("other.host")).errorCode(),
            QStringLiteral("no-binding"));
        const Result<ClientIdentity> two
            = reloaded.identityFor(QStringLiteral("app-2"), QStringLiteral("anything"));
        QVERIFY(two.ok());
        QCOMPARE(two->key.algorithm(), QSsl::Rsa);
        QCOMPARE(two->key.length(), 2048);
        QCOMPARE(two->certificate.subjectInfo(QSslCertificate::CommonName).value(0),
            QStringLiteral("app-2"));

        QVERIFY(reloaded.remove(a->id).ok());
        QCOMPARE(reloaded.certificates().size(), 1);
        QVERIFY(!m_vault->ids().contains(QStringLiteral("cert:%1:key").arg(a->id)));
        QVERIFY(!m_vault->ids().contains(QStringLiteral("cert:%1:chain").arg(a->id)));
        QCOMPARE(reloaded.identityFor(QStringLiteral("app-1"), QStringLiteral("api.test.local"))
                     .errorCode(),
            QStringLiteral("no-binding"));
    }

    void lockedVaultRefusesImport()
    {
        m_vault->lock();
        QCOMPARE(
            m_store->importPkcs12File(
                       file(QStringLiteral("modern.p12")), QStringLiteral("right-pw"))
                .errorCode(),
            QStringLiteral("locked"));
    }

    void csrGeneration_data()
    {
        QTest::addColumn<int>("keyType");
        QTest::addColumn<QString>("expectKey");
        QTest::newRow("ec") << int(CsrRequest::KeyType::EcP256)
                            << QStringLiteral("Public-Key: (256 bit)");
        QTest::newRow("rsa") << int(CsrRequest::KeyType::Rsa3072)
                             << QStringLiteral("Public-Key: (3072 bit)");
    }
    void csrGeneration()
    {
        QFETCH(int, keyType);
        QFETCH(QString, expectKey);
        CsrRequest req;
        req.keyType = CsrRequest::KeyType(keyType);
        req.commonName = QStringLiteral("app-3");
        req.organization = QStringLiteral("Esimerkki Oy");
        req.organizationIdentifier = QStringLiteral("NTRFI-1234567-8");
        req.country = QStringLiteral("FI");
        const Result<CsrResult> csr = m_store->generateCsr(req);
        QVERIFY2(csr.ok(), qPrintable(csr.errorMessage()));
        QVERIFY(csr->csrPem.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        QVERIFY(m_vault->ids().contains(csr->keyId));
        QCOMPARE(m_store->pendingCsrKeys(), QStringList { csr->keyId });
        write(QStringLiteral("gen.csr"), csr->csrPem);
        const QByteArray text = openssl({ QStringLiteral("req"), QStringLiteral("-in"),
            QStringLiteral("gen.csr"), QStringLiteral("-noout"), QStringLiteral("-text"),
            QStringLiteral("-verify"), QStringLiteral("-nameopt"), QStringLiteral("oid") });
        QVERIFY2(text != "FAILED", "the CSR's signature verifies");
        QVERIFY2(text.contains("2.5.4.97=NTRFI-1234567-8"), text.constData());
        QVERIFY(text.contains("2.5.4.3=app-3"));
        QVERIFY(text.contains(expectKey.toLatin1()));

        // The CA answers with a certificate; it finds its key by itself.
        QVERIFY(run(QStringLiteral("x509 -req -in gen.csr -CA ca.crt -CAkey ca.key -CAcreateserial "
                                   "-out gen.crt -days 90 -extfile client.ext")));
        const Result<CertificateInfo> r
            = m_store->importPem(read(QStringLiteral("gen.crt")), QByteArray());
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(m_store->pendingCsrKeys().isEmpty());
        QVERIFY(!m_vault->ids().contains(csr->keyId));
        QVERIFY(m_store->bind(QStringLiteral("app-3"), r->id).ok());
        QVERIFY(!m_store->identityFor(QStringLiteral("app-3"), QStringLiteral("h"))->key.isNull());
        // A certificate for someone else's key is refused.
        QCOMPARE(m_store->importPem(read(QStringLiteral("rsa.crt")), QByteArray()).errorCode(),
            QStringLiteral("no-key"));
    }
};

QTEST_GUILESS_MAIN(TestCertificateStore)
#include "tst_certificatestore.moc"
