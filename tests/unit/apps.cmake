# Tests of the application store, its list model, custom tokens and the
# key/secret paste parser (app/core/apps).
opc_add_test(NAME tst_applicationstore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_applicationstore.cpp
             LIBS opc_core TIMEOUT 60)
