opc_add_test(NAME tst_jsonformatter SOURCES tst_jsonformatter.cpp LIBS opc_core)
