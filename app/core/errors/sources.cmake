target_sources(opc_core PRIVATE
    errors/errorpayload.h errors/errorpayload.cpp
    errors/statussemantics.h errors/statussemantics.cpp
    errors/supportbundle.h errors/supportbundle.cpp)
