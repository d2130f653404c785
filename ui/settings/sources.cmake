target_sources(opc_ui PRIVATE
    settings/networksettingsdialog.h settings/networksettingsdialog.cpp)
