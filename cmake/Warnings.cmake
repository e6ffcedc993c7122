# SPDX-License-Identifier: MIT
# Strict warnings for C code of this project. URPEER_WERROR turns them into errors (on in CI).
set(URPEER_C_WARNINGS
    -Wall -Wextra -Wpedantic -Wshadow -Wformat=2 -Wwrite-strings -Wmissing-prototypes
    -Wstrict-prototypes -Wmissing-declarations -Wold-style-definition -Wpointer-arith
    -Wcast-qual -Wundef -Wvla -Wnull-dereference)
if(URPEER_WERROR)
    list(APPEND URPEER_C_WARNINGS -Werror)
endif()

# urpeer_warnings: an interface target that every C target of the project links.
add_library(urpeer_warnings INTERFACE)
target_compile_options(urpeer_warnings INTERFACE $<$<COMPILE_LANGUAGE:C>:${URPEER_C_WARNINGS}>)
