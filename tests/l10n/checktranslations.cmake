# The translations are complete: lupdate, run over the sources into copies of
# translations/*.ts, finds no string that is new, unfinished or gone.
#   cmake -DLUPDATE=... -DPROJECT_IN=.../opconsole_lupdate_project.cmake
#         -DGENERATOR=.../GenerateLUpdateProject.cmake -DTS_DIR=translations
#         -DWORK=dir -P checktranslations.cmake
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK}/project.json
                        -P ${GENERATOR}
                RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "could not write the lupdate project file")
endif()

set(problems 0)
file(GLOB ts_files ${TS_DIR}/opconsole_*.ts)
set(copies)
foreach(ts ${ts_files})
    get_filename_component(name ${ts} NAME)
    configure_file(${ts} ${WORK}/${name} COPYONLY)
    list(APPEND copies ${WORK}/${name})
endforeach()
execute_process(COMMAND ${LUPDATE} -project ${WORK}/project.json -ts ${copies}
                        -no-obsolete -locations none
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "lupdate failed:\n${out}${err}")
endif()
message(STATUS "${out}")

foreach(ts ${ts_files})
    get_filename_component(name ${ts} NAME)
    file(READ ${ts} before)
    file(READ ${WORK}/${name} after)
    # A ';' would split CMake's lists of matches.
    string(REPLACE ";" "," before "${before}")
    string(REPLACE ";" "," after "${after}")
    string(REGEX MATCHALL "<message[ >]" in_repo "${before}")
    string(REGEX MATCHALL "<message[ >]" in_sources "${after}")
    list(LENGTH in_repo n_repo)
    list(LENGTH in_sources n_sources)
    # English holds only its plural forms; lupdate writes every string into
    # the copy, so only the plural messages are compared.
    if(name STREQUAL "opconsole_en.ts")
        string(REGEX MATCHALL "<message numerus=\"yes\">" in_repo "${before}")
        string(REGEX MATCHALL "<message numerus=\"yes\">" in_sources "${after}")
        list(LENGTH in_repo n_repo)
        list(LENGTH in_sources n_sources)
        string(REGEX MATCHALL "<message numerus=\"yes\">[^<]*<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" open "${after}")
    else()
        string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" open "${after}")
    endif()
    list(LENGTH open n_open)
    if(NOT n_repo EQUAL n_sources)
        message(SEND_ERROR "${name}: the file has ${n_repo} strings, the sources ${n_sources}: "
                           "run `cmake --build build --target update_translations`")
        math(EXPR problems "${problems} + 1")
    endif()
    if(n_open GREATER 0)
        set(shown "")
        set(k 0)
        foreach(m ${open})
            if(k LESS 15)
                string(REGEX REPLACE ".*<source>([^<]*)</source>.*" "\\1" s "${m}")
                string(APPEND shown "\n    ${s}")
            endif()
            math(EXPR k "${k} + 1")
        endforeach()
        message(SEND_ERROR "${name}: ${n_open} unfinished string(s):${shown}")
        math(EXPR problems "${problems} + 1")
    endif()
    message(STATUS "${name}: ${n_sources} strings, ${n_open} unfinished")
endforeach()
# Every context in the files is one the console asks for at run time: a
# class with its own tr() (Q_OBJECT, Q_GADGET, Q_DECLARE_TR_FUNCTIONS), or a
# context written out in translate() / QT_TRANSLATE_NOOP(). A tr() that
# lupdate files under another name (a helper in a free function) would be
# translated in the file and never shown.
file(GLOB_RECURSE sources ${SOURCE_DIR}/app/core/*.cpp ${SOURCE_DIR}/app/core/*.h
                          ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h)
set(known QObject)
foreach(f ${sources})
    file(READ ${f} code)
    string(REPLACE ";" "," code "${code}")
    string(REGEX MATCHALL "(translate|QT_TRANSLATE_NOOP)\\(\"[^\"]+\"" literal "${code}")
    foreach(m ${literal})
        string(REGEX REPLACE ".*\\(\"([^\"]+)\"" "\\1" c "${m}")
        list(APPEND known "${c}")
    endforeach()
    # A declaration starts a line (a comment may say "class" too).
    string(REGEX MATCHALL "\n[ \t]*(class|struct)[ \t]+[A-Za-z_][A-Za-z0-9_]*[^,{(]*\\{[^}]*" classes "\n${code}")
    foreach(m ${classes})
        if(m MATCHES "Q_OBJECT|Q_GADGET|Q_DECLARE_TR_FUNCTIONS")
            string(REGEX REPLACE "^\n[ \t]*(class|struct)[ \t]+([A-Za-z0-9_]+).*" "\\2" c "${m}")
            list(APPEND known "${c}")
        endif()
    endforeach()
endforeach()
file(READ ${TS_DIR}/opconsole_fi.ts fi)
string(REGEX MATCHALL "<name>[^<]*</name>" contexts "${fi}")
foreach(m ${contexts})
    string(REGEX REPLACE "<name>([^<]*)</name>" "\\1" context "${m}")
    string(REGEX REPLACE ".*::" "" last "${context}")
    if(NOT context IN_LIST known AND NOT last IN_LIST known)
        message(SEND_ERROR "context ${context} in the .ts files is not one the sources ask for: "
                           "a tr() there is filed under the wrong name (write QCoreApplication::translate(\"ctx\", ...))")
        math(EXPR problems "${problems} + 1")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "translations incomplete")
endif()
