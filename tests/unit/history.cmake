# History: the SQLite store of exchanges (app/core/history).
opc_add_test(NAME tst_historystore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_historystore.cpp LIBS opc_core Qt6::Sql TIMEOUT 60)
