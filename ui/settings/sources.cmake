target_sources(opc_ui PRIVATE
    settings/networksettingsdialog.h settings/networksettingsdialog.cpp
    settings/preferencesdialog.h settings/preferencesdialog.cpp)
