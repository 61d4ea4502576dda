# Helpers shared by every CMakeLists.txt of the project.

# lt_forbid_link(<target> <forbidden>... [REASON <text>])
# Fails the configuration when <target> links one of <forbidden>, directly or through its
# dependencies. Keeps lienthong_core free of Qt Widgets and the server free of client code.
function(lt_forbid_link target)
    cmake_parse_arguments(arg "" "REASON" "" ${ARGN})
    set(forbidden ${arg_UNPARSED_ARGUMENTS})
    set(seen "")
    set(queue "${target}")
    while(queue)
        list(POP_FRONT queue current)
        if(current IN_LIST seen)
            continue()
        endif()
        list(APPEND seen "${current}")
        if(NOT TARGET "${current}")
            continue()
        endif()
        get_target_property(aliased "${current}" ALIASED_TARGET)
        if(aliased)
            list(APPEND queue "${aliased}")
        endif()
        foreach(prop LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
            get_target_property(libs "${current}" ${prop})
            if(NOT libs)
                continue()
            endif()
            foreach(lib IN LISTS libs)
                # Strip generator expressions such as $<LINK_ONLY:...>.
                string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
                if(lib IN_LIST forbidden)
                    message(FATAL_ERROR
                        "${target} must not link ${lib} (reached through ${current}). "
                        "${arg_REASON}")
                endif()
                if(lib MATCHES "^[A-Za-z0-9_:.+-]+$")
                    list(APPEND queue "${lib}")
                endif()
            endforeach()
        endforeach()
    endwhile()
endfunction()

# lt_add_test(NAME <name> SOURCES <files...> [LIBS <libs...>] [LABELS <labels...>]
#             [TIMEOUT <seconds>] [ENVIRONMENT <VAR=value...>] [WRAPPER <command...>]
#             [ARGS <args...>])
# Builds a Qt Test executable and registers it with ctest, offscreen by default.
function(lt_add_test)
    cmake_parse_arguments(arg "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT;WRAPPER;ARGS"
        ${ARGN})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE Qt6::Test ${arg_LIBS})
    target_include_directories(${arg_NAME} PRIVATE "${PROJECT_SOURCE_DIR}")
    add_test(NAME ${arg_NAME}
        COMMAND ${arg_WRAPPER} $<TARGET_FILE:${arg_NAME}> ${arg_ARGS}
        WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
    set_tests_properties(${arg_NAME} PROPERTIES
        LABELS "${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LT_SOURCE_DIR=${PROJECT_SOURCE_DIR};LT_BINARY_DIR=${PROJECT_BINARY_DIR};${arg_ENVIRONMENT}")
endfunction()
