target_sources(opc_core PRIVATE
    net/hmacsigner.h net/hmacsigner.cpp
    net/httpengine.h net/httpengine.cpp
    net/preparedrequest.h net/preparedrequest.cpp
    net/requestbuilder.h net/requestbuilder.cpp
    net/revocationcheck.h net/revocationcheck.cpp
    net/secretmasker.h net/secretmasker.cpp
    net/tlsprofile.h net/tlsprofile.cpp)
