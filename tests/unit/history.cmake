# History: the SQLite store of exchanges (app/core/history).
opc_add_test(NAME tst_historystore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_historystore.cpp LIBS opc_core Qt6::Sql TIMEOUT 60)
# The autosave journal of unsaved tabs (app/core/collections/autosavejournal).
opc_add_test(NAME tst_autosavejournal SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_autosavejournal.cpp LIBS opc_core TIMEOUT 30)
