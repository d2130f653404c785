target_sources(opc_ui PRIVATE
    environments/environmentsdialog.h environments/environmentsdialog.cpp)
