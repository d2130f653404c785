# Request engine: builder, error payload, status texts, quota.
opc_add_test(NAME tst_requestbuilder SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_requestbuilder.cpp LIBS opc_core TIMEOUT 60)
opc_add_test(NAME tst_errorpayload SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_errorpayload.cpp LIBS opc_core TIMEOUT 60)
opc_add_test(NAME tst_statussemantics SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_statussemantics.cpp LIBS opc_core TIMEOUT 60)
opc_add_test(NAME tst_quotatracker SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_quotatracker.cpp LIBS opc_core TIMEOUT 60)
# Detached JWS (x-jws-signature) over request bodies, RS256 and ES256, checked by the openssl CLI.
opc_add_test(NAME tst_jwssigner SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_jwssigner.cpp LIBS opc_core TIMEOUT 60)
