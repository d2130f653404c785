target_sources(opc_core PRIVATE
    format/jsonformatter.h format/jsonformatter.cpp
)
