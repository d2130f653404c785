target_sources(opc_ui PRIVATE
    applications/applicationmanagerpane.h applications/applicationmanagerpane.cpp
)
