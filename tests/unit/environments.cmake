# Tests of the environment store (app/core/environments).
opc_add_test(NAME tst_environmentstore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_environmentstore.cpp
             LIBS opc_core TIMEOUT 60)
