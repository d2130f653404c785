# Tests of the product catalogue loader and the bundled catalogue
# (app/core/catalog, resources/catalog).
opc_add_test(NAME tst_productcatalog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_productcatalog.cpp
             LIBS opc_core TIMEOUT 60)
target_compile_definitions(tst_productcatalog PRIVATE
    OPC_CATALOG_FILE="${PROJECT_SOURCE_DIR}/resources/catalog/op-api-catalog.json")
