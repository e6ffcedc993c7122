/* SPDX-License-Identifier: MIT */
/*
 * Every function upstream's loader exports that urpeer does not implement, generated from the
 * single list of the API (common/api.def): one correctly typed definition each. Each validates
 * its arguments as upstream does (common/api_checks.h: NULL pointers, then NULL handles, then
 * enumerations, flags and the header's other conditions) and returns the first failing check's
 * code; arguments that pass every check give UR_RESULT_ERROR_UNSUPPORTED_FEATURE, logged once
 * per function at info. Binaries built against upstream's loader reference these and would not
 * start without them.
 */
#include "common/api_checks.h"
#include "core/core.h"

/* The second field of api.def: 1 = the subset (implemented in the loader's api_*.c files),
 * 2 = implemented beyond the subset, 0 = defined here. */
#define UR_API(name, impl, params, args, null_handle) UP_STUB_##impl(name, params, args)
#define UP_STUB_1(name, params, args)
#define UP_STUB_2(name, params, args)
#define UP_STUB_0(name, params, args)                                                              \
    UR_APIEXPORT ur_result_t UR_APICALL name params                                                \
    {                                                                                              \
        static atomic_int logged;                                                                  \
        UP_CHECK_INIT();                                                                           \
        ur_result_t res = up_check_##name args;                                                    \
        if (res != UR_RESULT_SUCCESS)                                                              \
            return res;                                                                            \
        UP_INFO_ONCE(logged, "loader", "%s is not supported by urpeer", #name);                    \
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;                                                \
    }

#include "common/api.def"
