# The layers of core/: which module may use which. One static library a module (lt_<name>);
# a module links the modules named here and nothing else of core, and includes headers only of
# the modules it may use, directly or through them. Configuring fails on any other edge: a
# target_link_libraries() between modules that the table does not name, or an
# #include "core/<module>/…" of a module out of reach. Change the table on purpose, with the
# architecture (docs/architecture.md), never to make a build pass.
#
#   module     modules it may use (base: errors, version, language, used by everyone)
set(LT_CORE_LAYERS
    "base      ="
    "text      = base"
    "model     = base"
    "protocol  = model"
    "workflow  = model"
    "store     = model text"
    "auth      = base"
    "net       = protocol"
    "pki       = base"
    "verify    = base"
    "edxml     = pki"
    "pdf       = pki verify"
    "signing   = pdf pki verify text"
    "sync      = auth model net protocol store"
    "desk      = sync signing pdf verify workflow")

function(_lt_layer_uses module out)
    foreach(row IN LISTS LT_CORE_LAYERS)
        string(REGEX MATCH "^ *([a-z]+) *= *(.*)$" _ "${row}")
        if(CMAKE_MATCH_1 STREQUAL module)
            string(STRIP "${CMAKE_MATCH_2}" uses)
            separate_arguments(uses UNIX_COMMAND "${uses}")
            set(${out} "${uses}" PARENT_SCOPE)
            return()
        endif()
    endforeach()
    message(FATAL_ERROR "core/${module} is not in the layer table (cmake/layers.cmake)")
endfunction()

# The modules `module` may reach, itself included.
function(_lt_layer_reach module out)
    set(reach "${module}")
    set(queue "${module}")
    while(queue)
        list(POP_FRONT queue current)
        _lt_layer_uses("${current}" uses)
        foreach(u IN LISTS uses)
            if(NOT u IN_LIST reach)
                list(APPEND reach "${u}")
                list(APPEND queue "${u}")
            endif()
        endforeach()
    endwhile()
    set(${out} "${reach}" PARENT_SCOPE)
endfunction()

# lt_core_module(<name> SOURCES <files...> [LIBS <PUBLIC|PRIVATE libs...>])
# The library lt_<name> from core/<files>, linked to the modules the table lets it use.
function(lt_core_module name)
    cmake_parse_arguments(arg "" "" "SOURCES;LIBS" ${ARGN})
    add_library(lt_${name} STATIC ${arg_SOURCES})
    _lt_layer_uses("${name}" uses)
    foreach(u IN LISTS uses)
        target_link_libraries(lt_${name} PUBLIC lt_${u})
    endforeach()
    if(arg_LIBS)
        target_link_libraries(lt_${name} ${arg_LIBS})
    endif()
    set_property(GLOBAL APPEND PROPERTY LT_CORE_MODULES "${name}")
endfunction()

# Checks every module's links and includes against the table.
function(lt_check_core_layers)
    get_property(modules GLOBAL PROPERTY LT_CORE_MODULES)
    foreach(module IN LISTS modules)
        _lt_layer_uses("${module}" uses)
        _lt_layer_reach("${module}" reach)
        foreach(prop LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
            get_target_property(libs lt_${module} ${prop})
            foreach(lib IN LISTS libs)
                string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
                if(lib MATCHES "^lt_(.+)$" AND NOT CMAKE_MATCH_1 IN_LIST uses)
                    message(FATAL_ERROR "core/${module} must not link core/${CMAKE_MATCH_1}: "
                        "the layer table (cmake/layers.cmake) does not allow that edge.")
                endif()
            endforeach()
        endforeach()
        get_target_property(sources lt_${module} SOURCES)
        get_target_property(dir lt_${module} SOURCE_DIR)
        foreach(source IN LISTS sources)
            if(NOT IS_ABSOLUTE "${source}")
                set(source "${dir}/${source}")
            endif()
            if(NOT EXISTS "${source}")
                continue()
            endif()
            file(STRINGS "${source}" includes REGEX "^#include \"core/")
            foreach(line IN LISTS includes)
                if(line MATCHES "^#include \"core/([a-z0-9_]+)/")
                    set(used "${CMAKE_MATCH_1}")
                elseif(line MATCHES "^#include \"core/(result|version)\\.h\"")
                    set(used base)
                else()
                    continue()
                endif()
                if(used STREQUAL "i18n")
                    set(used base)
                endif()
                if(NOT used IN_LIST reach)
                    file(RELATIVE_PATH shown "${PROJECT_SOURCE_DIR}" "${source}")
                    message(FATAL_ERROR "core/${module} must not use core/${used} "
                        "(${shown}: ${line}): the layer table (cmake/layers.cmake) does not "
                        "allow that edge.")
                endif()
            endforeach()
        endforeach()
    endforeach()
endfunction()
