target_sources(opc_core PRIVATE
    catalog/productcatalog.h catalog/productcatalog.cpp
)
