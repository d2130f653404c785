target_sources(opc_ui PRIVATE
    collections/collectiontreemodel.h collections/collectiontreemodel.cpp
    collections/collectionspane.h collections/collectionspane.cpp
    collections/importdialog.h collections/importdialog.cpp
    collections/samplecollection.h collections/samplecollection.cpp)

# The bundled sample collection: native files generated from the simulator's
# catalogue by make_sample_collection (see samplecollection.h).
file(GLOB_RECURSE opc_sample_files CONFIGURE_DEPENDS
    RELATIVE ${CMAKE_CURRENT_LIST_DIR}/sample ${CMAKE_CURRENT_LIST_DIR}/sample/op-sandbox/*.json)
if(opc_sample_files)
    set(opc_sample_paths)
    foreach(f ${opc_sample_files})
        list(APPEND opc_sample_paths ${CMAKE_CURRENT_LIST_DIR}/sample/${f})
    endforeach()
    qt_add_resources(opc_ui opc_sample_collection
        PREFIX /opc/sample
        BASE ${CMAKE_CURRENT_LIST_DIR}/sample
        FILES ${opc_sample_paths})
endif()

add_executable(make_sample_collection EXCLUDE_FROM_ALL collections/makesamplecollection.cpp)
target_link_libraries(make_sample_collection PRIVATE opc_ui opc_warnings)
