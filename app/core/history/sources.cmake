target_sources(opc_core PRIVATE
    history/historystore.h history/historystore.cpp)
