/* SPDX-License-Identifier: MIT */
/*
 * A stand-in for upstream's loader, used only to link the drop-in test programs: the soname
 * libur_loader.so.0, the version node LIBUR_LOADER_0.12, and one dummy definition per function
 * of the single list of the API (common/api.def). With STANDIN_SUBSET_ONLY=1 it defines only
 * urpeer's subset (second field 1), so a program that links against it uses nothing else.
 *
 * The programs never run against it: every dummy fails with UR_RESULT_ERROR_UNKNOWN, so a
 * program that did would fail at its first call.
 */
#include "ur_api.h"

#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wmissing-prototypes"
#endif

#define STANDIN_DEFINE(name, params)                                                               \
    UR_APIEXPORT ur_result_t UR_APICALL name params                                                \
    {                                                                                              \
        return UR_RESULT_ERROR_UNKNOWN;                                                            \
    }

#define STANDIN_1(name, params) STANDIN_DEFINE(name, params)
#if STANDIN_SUBSET_ONLY
#define STANDIN_0(name, params)
#define STANDIN_2(name, params)
#else
#define STANDIN_0(name, params) STANDIN_DEFINE(name, params)
#define STANDIN_2(name, params) STANDIN_DEFINE(name, params)
#endif

#define UR_API(name, subset, params, args, null_handle) STANDIN_##subset(name, params)
#include "common/api.def"

/* The full stand-in also exports upstream's DDI-table and print functions, by name only. */
#if !STANDIN_SUBSET_ONLY
#define UR_EXTRA_EXPORT(name)                                                                      \
    UR_APIEXPORT ur_result_t UR_APICALL name(void);                                                \
    UR_APIEXPORT ur_result_t UR_APICALL name(void)                                                 \
    {                                                                                              \
        return UR_RESULT_ERROR_UNKNOWN;                                                            \
    }
#include "extra_exports.inc"
#endif
