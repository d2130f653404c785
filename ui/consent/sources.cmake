target_sources(opc_ui PRIVATE
    consent/consentsdialog.h consent/consentsdialog.cpp)
