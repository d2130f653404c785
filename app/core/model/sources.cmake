target_sources(opc_core PRIVATE
    model/apiproduct.h model/apiproduct.cpp
    model/application.h model/application.cpp
    model/environment.h model/environment.cpp
    model/exchange.h model/exchange.cpp
    model/requestspec.h model/requestspec.cpp
    model/token.h model/token.cpp
    model/assertion.h model/assertion.cpp)
