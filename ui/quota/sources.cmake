# quotaindicator.* is listed in ui/CMakeLists.txt.
target_sources(opc_ui PRIVATE quota/quotachart.h quota/quotachart.cpp)
