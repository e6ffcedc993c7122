# SPDX-License-Identifier: MIT
# Install the build into a temporary prefix, then build and run a consumer through
# find_package(urpeer) and through pkg-config (where pkg-config exists).
# -DBUILD_DIR=... -DWORK_DIR=... -DSOURCE_DIR=... -DC_COMPILER=...
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(rc)
    message(FATAL_ERROR "install failed: ${rc}")
endif()
foreach(f lib/liburpeer.so.0 lib/libur_loader.so.0 include/ur_api.h include/urpeer.h
          include/unified-runtime/ur_api.h lib/pkgconfig/urpeer.pc lib/cmake/urpeer/urpeerConfig.cmake)
    if(NOT EXISTS ${prefix}/${f})
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR}/consumer -B ${WORK_DIR}/consumer
                        -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_C_COMPILER=${C_COMPILER}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(rc)
    message(FATAL_ERROR "find_package(urpeer) consumer did not configure")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK_DIR}/consumer RESULT_VARIABLE rc OUTPUT_QUIET)
if(rc)
    message(FATAL_ERROR "find_package(urpeer) consumer did not build")
endif()
execute_process(COMMAND ${WORK_DIR}/consumer/consumer RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "find_package(urpeer) consumer failed: ${rc}")
endif()
find_program(PKG_CONFIG pkg-config)
if(PKG_CONFIG)
    set(ENV{PKG_CONFIG_PATH} ${prefix}/lib/pkgconfig)
    execute_process(COMMAND ${PKG_CONFIG} --cflags --libs urpeer OUTPUT_VARIABLE flags
                    OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
    if(rc)
        message(FATAL_ERROR "pkg-config urpeer failed")
    endif()
    separate_arguments(flags UNIX_COMMAND "${flags}")
    execute_process(COMMAND ${C_COMPILER} -std=c11 ${SOURCE_DIR}/consumer/consumer.c ${flags}
                            -Wl,-rpath,${prefix}/lib -o ${WORK_DIR}/consumer_pc RESULT_VARIABLE rc)
    if(rc)
        message(FATAL_ERROR "pkg-config consumer did not build")
    endif()
    execute_process(COMMAND ${WORK_DIR}/consumer_pc RESULT_VARIABLE rc)
    if(rc)
        message(FATAL_ERROR "pkg-config consumer failed: ${rc}")
    endif()
else()
    message(STATUS "pkg-config not found: that half skipped")
endif()
message(STATUS "install test: passed")
