target_sources(opc_core PRIVATE
    security/vaultcrypto.h security/vaultcrypto.cpp
    security/secretstore.h security/secretstore.cpp
    security/encryptedfilevault.h security/encryptedfilevault.cpp
)
target_sources(opc_core PRIVATE
    security/certificatestore.h security/certificatestore.cpp
)
target_sources(opc_core PRIVATE
    security/keychainvault.h security/keychainvault.cpp
)
target_sources(opc_core PRIVATE
    security/secretscanner.h security/secretscanner.cpp
    security/secrettreesearch.h security/secrettreesearch.cpp
)
target_sources(opc_core PRIVATE
    security/secretreference.h security/secretreference.cpp
)
target_sources(opc_core PRIVATE
    security/redactor.h security/redactor.cpp
)
