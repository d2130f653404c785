target_sources(opc_core PRIVATE
    oauth/consent.h oauth/consent.cpp
    oauth/consentstore.h oauth/consentstore.cpp
    oauth/oauthrequests.h oauth/oauthrequests.cpp
    oauth/consentflow.h oauth/consentflow.cpp
    oauth/loopbackredirect.h oauth/loopbackredirect.cpp
    oauth/consentservice.h oauth/consentservice.cpp)
