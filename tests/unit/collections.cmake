# Collections: native store, importers and exporters (app/core/collections).
opc_add_test(NAME tst_collectionstore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_collectionstore.cpp LIBS opc_core TIMEOUT 60)
opc_add_test(NAME tst_import SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_import.cpp LIBS opc_core TIMEOUT 60)
