target_sources(opc_core PRIVATE
    settings/settings.h settings/settings.cpp
)
