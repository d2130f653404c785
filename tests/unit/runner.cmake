# Tests of the runner's assertions and captures (app/core/runner).
opc_add_test(NAME tst_assertions SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_assertions.cpp LIBS opc_core TIMEOUT 60)
opc_add_test(NAME tst_rundata SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rundata.cpp LIBS opc_core TIMEOUT 60)
