target_sources(opc_ui PRIVATE bodyview/bodyview.h bodyview/bodyview.cpp)
target_link_libraries(opc_ui PRIVATE Qt6::Concurrent)
# Highlighting definitions of our own, found through the repository's
# custom search path (":/opc-syntax", which holds "syntax/").
qt_add_resources(opc_ui "opc_syntax"
    PREFIX "/opc-syntax"
    BASE ${CMAKE_CURRENT_LIST_DIR}
    FILES ${CMAKE_CURRENT_LIST_DIR}/syntax/op-json-levels.xml)
