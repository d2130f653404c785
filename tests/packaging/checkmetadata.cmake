# appstreamcli and desktop-file-validate find nothing to say about the
# metadata, and its newest release is the project's version.
set(id fi.op.developer.console)
execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --pedantic --explain ${PACKAGING}/${id}.metainfo.xml
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message(STATUS "appstreamcli validate:\n${out}${err}")
if(rc OR NOT out MATCHES "Validation was successful")
    message(FATAL_ERROR "the AppStream metadata does not validate")
endif()
# Pedantic findings are reported but do not fail a "successful" validation:
# make them fail here, so the file stays clean.
if(out MATCHES "\n[IWEP]: ")
    message(FATAL_ERROR "appstreamcli has remarks on the metadata")
endif()
execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${PACKAGING}/${id}.desktop
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(rc OR NOT "${out}${err}" STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate:\n${out}${err}")
endif()
file(READ ${PACKAGING}/${id}.metainfo.xml meta)
string(REGEX MATCH "<release version=\"([^\"]*)\"" _ "${meta}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "the newest release in the metadata is '${CMAKE_MATCH_1}', the project is ${VERSION}")
endif()
