target_sources(opc_ui PRIVATE
    certificates/csrdialog.h certificates/csrdialog.cpp certificates/certificatepane.h certificates/certificatepane.cpp)
