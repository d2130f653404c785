# Request engine: builder, error payload, status texts, quota.
opc_add_test(NAME tst_requestbuilder SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_requestbuilder.cpp LIBS opc_core TIMEOUT 60)
opc_add_test(NAME tst_errorpayload SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_errorpayload.cpp LIBS opc_core TIMEOUT 60)
opc_add_test(NAME tst_statussemantics SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_statussemantics.cpp LIBS opc_core TIMEOUT 60)
opc_add_test(NAME tst_quotatracker SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_quotatracker.cpp LIBS opc_core TIMEOUT 60)
# Request signatures checked by the openssl CLI: detached JWS (x-jws-signature, RS256 and ES256) and OP Online Payment's RSA Authorization.
opc_add_test(NAME tst_requestsignatures SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_requestsignatures.cpp LIBS opc_core TIMEOUT 60)
