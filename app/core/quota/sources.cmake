target_sources(opc_core PRIVATE
    quota/quotatracker.h quota/quotatracker.cpp)
