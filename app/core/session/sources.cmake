target_sources(opc_core PRIVATE
    session/consolesession.h session/consolesession.cpp)
