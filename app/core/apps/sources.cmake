target_sources(opc_core PRIVATE
    apps/applicationstore.h apps/applicationstore.cpp
    apps/applicationlistmodel.h apps/applicationlistmodel.cpp
    apps/customtokenstore.h apps/customtokenstore.cpp
    apps/credentialparser.h apps/credentialparser.cpp
)
