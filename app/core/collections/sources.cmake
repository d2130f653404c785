target_sources(opc_core PRIVATE
    collections/collection.h collections/collection.cpp
    collections/collectionstore.h collections/collectionstore.cpp
    collections/secretredactor.h collections/secretredactor.cpp)
