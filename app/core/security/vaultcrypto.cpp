#include "security/vaultcrypto.h"

#include "common/opensslptr.h"

#include <QCoreApplication>
#include <cstring>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace opc::VaultCrypto {

namespace {

auto uc(const char *p)
{
    return reinterpret_cast<const unsigned char *>(p);
}
} // namespace

QByteArray randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), size) != 1) {
        return {};
    }
    return out;
}

Result<QByteArray> scrypt(
    QByteArrayView passphrase, QByteArrayView salt, int log2N, quint32 r, quint32 p)
{
    if (log2N < 1 || log2N > 22 || r == 0 || p == 0 || r > 64 || p > 16) {
        return Result<QByteArray>::failure(QCoreApplication::translate("opc::VaultCrypto", "The key derivation parameters are not supported."));
    }
    KdfPtr kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf) {
        return Result<QByteArray>::failure(QCoreApplication::translate("opc::VaultCrypto", "scrypt is not available in this OpenSSL."));
    }
    KdfCtxPtr ctx(EVP_KDF_CTX_new(kdf.get()));
    uint64_t n = uint64_t(1) << log2N;
    uint32_t rr = r;
    uint32_t pp = p;
    // 128 * r * N bytes of work memory, plus headroom for p lanes.
    uint64_t maxMem = 128ULL * r * n * (p + 1) + 1024 * 1024;
    // An empty passphrase is legal input but OpenSSL needs a valid pointer.
    static const char empty = 0;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
            const_cast<char *>(passphrase.isEmpty() ? &empty : passphrase.data()),
            size_t(passphrase.size())),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.data()), size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &rr),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &pp),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMem),
        OSSL_PARAM_construct_end(),
    };
    QByteArray key(kKeySize, Qt::Uninitialized);
    if (!ctx
        || EVP_KDF_derive(
               ctx.get(), reinterpret_cast<unsigned char *>(key.data()), kKeySize, params)
            != 1) {
        wipe(key);
        return Result<QByteArray>::failure(QCoreApplication::translate("opc::VaultCrypto", "The key derivation failed."));
    }
    return key;
}

Result<QByteArray> seal(QByteArrayView key, QByteArrayView plaintext, QByteArrayView aad)
{
    if (key.size() != kKeySize) {
        return Result<QByteArray>::failure(QCoreApplication::translate("opc::VaultCrypto", "The encryption key has the wrong size."));
    }
    const QByteArray nonce = randomBytes(kNonceSize);
    CipherPtr cipher(
        EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (nonce.isEmpty() || !cipher || !ctx) {
        return Result<QByteArray>::failure(QCoreApplication::translate("opc::VaultCrypto", "AES-256-GCM is not available."));
    }
    QByteArray out(kNonceSize + plaintext.size() + kTagSize, Qt::Uninitialized);
    std::memcpy(out.data(), nonce.constData(), kNonceSize);
    auto *body = reinterpret_cast<unsigned char *>(out.data() + kNonceSize);
    int len = 0;
    int total = 0;
    bool ok = EVP_EncryptInit_ex2(
                  ctx.get(), cipher.get(), uc(key.data()), uc(nonce.constData()), nullptr)
        == 1;
    ok = ok
        && (aad.isEmpty()
            || EVP_EncryptUpdate(ctx.get(), nullptr, &len, uc(aad.data()), int(aad.size())) == 1);
    if (ok && !plaintext.isEmpty()) {
        ok = EVP_EncryptUpdate(ctx.get(), body, &len, uc(plaintext.data()), int(plaintext.size()))
            == 1;
        total = len;
    }
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), body + total, &len) == 1;
    ok = ok
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, kTagSize,
               out.data() + kNonceSize + plaintext.size())
            == 1;
    if (!ok) {
        return Result<QByteArray>::failure(QCoreApplication::translate("opc::VaultCrypto", "The encryption failed."));
    }
    return out;
}

Result<QByteArray> open(QByteArrayView key, QByteArrayView sealed, QByteArrayView aad)
{
    if (key.size() != kKeySize || sealed.size() < kNonceSize + kTagSize) {
        return Result<QByteArray>::failure(QCoreApplication::translate("opc::VaultCrypto", "failed authentication"), QStringLiteral("auth"));
    }
    CipherPtr cipher(
        EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!cipher || !ctx) {
        return Result<QByteArray>::failure(QCoreApplication::translate("opc::VaultCrypto", "AES-256-GCM is not available."));
    }
    const qsizetype bodySize = sealed.size() - kNonceSize - kTagSize;
    QByteArray out(bodySize, Qt::Uninitialized);
    int len = 0;
    int total = 0;
    bool ok
        = EVP_DecryptInit_ex2(ctx.get(), cipher.get(), uc(key.data()), uc(sealed.data()), nullptr)
        == 1;
    ok = ok
        && (aad.isEmpty()
            || EVP_DecryptUpdate(ctx.get(), nullptr, &len, uc(aad.data()), int(aad.size())) == 1);
    if (ok && bodySize > 0) {
        ok = EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                 uc(sealed.data() + kNonceSize), int(bodySize))
            == 1;
        total = len;
    }
    // The tag must be set before Final: Final is where GCM verifies it.
    ok = ok
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, kTagSize,
               const_cast<char *>(sealed.data() + kNonceSize + bodySize))
            == 1;
    ok = ok
        && EVP_DecryptFinal_ex(
               ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + total, &len)
            > 0;
    if (!ok) {
        wipe(out);
        return Result<QByteArray>::failure(QCoreApplication::translate("opc::VaultCrypto", "failed authentication"), QStringLiteral("auth"));
    }
    return out;
}

bool equal(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

void wipe(QByteArray &bytes)
{
    // Only wipe storage we own alone: a shared buffer still belongs to
    // another owner, which wipes it when it is done with it.
    if (!bytes.isEmpty() && bytes.isDetached()) {
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
    bytes.clear();
}

} // namespace opc::VaultCrypto
