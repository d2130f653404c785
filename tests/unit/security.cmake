# Tests of the secret vault, the certificate store and the secret scanner
# (app/core/security).
opc_add_test(NAME tst_vault SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_vault.cpp
             LIBS opc_core TIMEOUT 60)
opc_add_test(NAME tst_certificatestore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_certificatestore.cpp
             LIBS opc_core OpenSSL::Crypto TIMEOUT 120)
opc_add_test(NAME tst_secretscan SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_secretscan.cpp
             LIBS opc_core TIMEOUT 60)
opc_add_test(NAME tst_vaultkeychain SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_vaultkeychain.cpp
             LIBS opc_core TIMEOUT 60)
opc_add_test(NAME tst_vaultreference SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_vaultreference.cpp
             LIBS opc_core TIMEOUT 60)
