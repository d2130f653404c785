target_sources(opc_ui PRIVATE
    collections/collectiontreemodel.h collections/collectiontreemodel.cpp
    collections/collectionspane.h collections/collectionspane.cpp
    collections/importdialog.h collections/importdialog.cpp
    collections/samplecollection.h collections/samplecollection.cpp)

# The bundled sample collection lives in resources/sample-collection (see
# resources/CMakeLists.txt); make_sample_collection writes it from the
# catalogue.
add_executable(make_sample_collection EXCLUDE_FROM_ALL collections/makesamplecollection.cpp)
target_link_libraries(make_sample_collection PRIVATE opc_ui opc_warnings)
