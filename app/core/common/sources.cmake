target_sources(opc_core PRIVATE
    common/result.h
    common/opensslptr.h
    common/atomicfile.h common/atomicfile.cpp
    common/translations.h common/translations.cpp
)
