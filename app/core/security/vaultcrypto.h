#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace opc::VaultCrypto {

inline constexpr int kKeySize = 32;
inline constexpr int kNonceSize = 12;
inline constexpr int kTagSize = 16;
inline constexpr int kSaltSize = 16;

/// Cryptographically strong random bytes (RAND_bytes); empty on failure.
QByteArray randomBytes(int size);

/// scrypt KEK derivation through EVP_KDF. log2N is the exponent of N.
Result<QByteArray> scrypt(
    QByteArrayView passphrase, QByteArrayView salt, int log2N, quint32 r, quint32 p);

/// AES-256-GCM with a fresh random nonce; returns nonce || ciphertext || tag.
Result<QByteArray> seal(QByteArrayView key, QByteArrayView plaintext, QByteArrayView aad);

/// Opens what seal() produced; a failure means the tag did not verify
/// (wrong key, tampered bytes or a different AAD).
Result<QByteArray> open(QByteArrayView key, QByteArrayView sealed, QByteArrayView aad);

/// Constant-time comparison (CRYPTO_memcmp).
bool equal(QByteArrayView a, QByteArrayView b);

/// Overwrites the bytes in place (OPENSSL_cleanse) and clears the array.
void wipe(QByteArray &bytes);

} // namespace opc::VaultCrypto
