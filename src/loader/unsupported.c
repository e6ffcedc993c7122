/* SPDX-License-Identifier: MIT */
/*
 * Every function upstream's loader exports that urpeer does not implement, generated from the
 * single list of the API (common/api.def): one correctly typed definition each. A NULL handle
 * argument gives UR_RESULT_ERROR_INVALID_NULL_HANDLE; anything else
 * UR_RESULT_ERROR_UNSUPPORTED_FEATURE, logged once per function at info. Binaries built against
 * upstream's loader reference these and would not start without them.
 */
#include "core/core.h"

/* The second field of api.def: 1 = the subset (implemented in the loader's api_*.c files),
 * 2 = implemented beyond the subset, 0 = defined here. */
#define UR_API(name, impl, params, args, null_handle) UP_STUB_##impl(name, params, null_handle)
#define UP_STUB_1(name, params, null_handle)
#define UP_STUB_2(name, params, null_handle)
#define UP_STUB_0(name, params, null_handle)                                                       \
    UR_APIEXPORT ur_result_t UR_APICALL name params                                                \
    {                                                                                              \
        static atomic_int logged;                                                                  \
        UP_CHECK_INIT();                                                                           \
        if (null_handle)                                                                           \
            return UR_RESULT_ERROR_INVALID_NULL_HANDLE;                                            \
        UP_INFO_ONCE(logged, "loader", "%s is not supported by urpeer", #name);                    \
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;                                                \
    }

#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wunused-parameter"
#endif

#include "common/api.def"
