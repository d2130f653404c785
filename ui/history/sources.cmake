target_sources(opc_ui PRIVATE
    history/historytablemodel.h history/historytablemodel.cpp
    history/historypane.h history/historypane.cpp)
