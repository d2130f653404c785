# Postman test scripts read into assertions and captures, and exported back
# (app/core/collections/postmanscripts).
opc_add_test(NAME tst_postmanscripts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_postmanscripts.cpp
             LIBS opc_core TIMEOUT 60)
