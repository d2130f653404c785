target_sources(opc_ui PRIVATE bodyview/bodyview.h bodyview/bodyview.cpp)
target_link_libraries(opc_ui PRIVATE Qt6::Concurrent)
