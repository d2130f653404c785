target_sources(opc_core PRIVATE
    security/vaultcrypto.h security/vaultcrypto.cpp
    security/secretstore.h security/secretstore.cpp
    security/encryptedfilevault.h security/encryptedfilevault.cpp
)
target_sources(opc_core PRIVATE
    security/certificatestore.h security/certificatestore.cpp
)
