# SPDX-License-Identifier: MIT
# URPEER_SANITIZE=address,undefined or thread: instrument every target.
if(URPEER_SANITIZE)
    set(_san_flags -fsanitize=${URPEER_SANITIZE} -fno-omit-frame-pointer -g)
    if(URPEER_SANITIZE MATCHES "undefined")
        list(APPEND _san_flags -fno-sanitize-recover=undefined)
    endif()
    add_compile_options(${_san_flags})
    add_link_options(-fsanitize=${URPEER_SANITIZE})
endif()
