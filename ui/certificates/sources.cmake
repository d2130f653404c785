target_sources(opc_ui PRIVATE certificates/certificatepane.h certificates/certificatepane.cpp)
