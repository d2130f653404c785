target_sources(opc_core PRIVATE
    catalog/productcatalog.h catalog/productcatalog.cpp
)
# The bundled catalogue, read by ProductCatalog::builtIn() from
# ":/opc/catalog/op-api-catalog.json". opc_core is static: Qt puts the
# resource in an object library that every executable linking opc_core links
# too, so the resource registers itself without Q_INIT_RESOURCE.
qt_add_resources(opc_core opc_catalog
    PREFIX /opc/catalog
    BASE ${PROJECT_SOURCE_DIR}/resources/catalog
    FILES ${PROJECT_SOURCE_DIR}/resources/catalog/op-api-catalog.json)
