target_sources(opc_core PRIVATE
    environments/environmentstore.h environments/environmentstore.cpp)
