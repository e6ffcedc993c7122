/* SPDX-License-Identifier: MIT */
/*
 * The adapter operations' defaults and registration checks, generated from the single list of
 * the ops (core/adapter_ops.def).
 */
#include "core/adapter_ops.h"

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#endif

/* The defaults: an op an adapter does not supply answers UNSUPPORTED_FEATURE (void ops do
 * nothing). */
#define UP_DEFAULT_BODY_RESULT return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
#define UP_DEFAULT_BODY_VOID
#define UP_OP(name, ret, params, need)                                                             \
    static UP_RET_##ret default_##name params                                                      \
    {                                                                                              \
        UP_DEFAULT_BODY_##ret                                                                      \
    }
#include "core/adapter_ops.def"
#undef UP_OP

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

/* Each NEED of the list as two values: required (given the adapter's table `in`) and whether a
 * NULL is kept. */
#define UP_REQUIRED true, false
#define UP_OPTIONAL false, false
#define UP_NULLABLE false, true
#define UP_WITH(other) (in->other != NULL), false
#define UP_NULLABLE_WITH(other) (in->other != NULL), true
#define UP_MERGE_(name, required, keep_null)                                                       \
    if (in->name == NULL) {                                                                        \
        if (required)                                                                              \
            return #name;                                                                          \
        merged.name = (keep_null) ? NULL : default_##name;                                         \
    }

const char *up_adapter_ops_merge(const struct up_adapter_ops *in, struct up_adapter_ops *out)
{
    if (in == NULL)
        return "adapter_init"; /* no table at all */
    struct up_adapter_ops merged = *in;
/* (`need` is expanded into its two values before UP_MERGE_ is rescanned.) */
#define UP_OP(name, ret, params, need) UP_MERGE_(name, need)
#include "core/adapter_ops.def"
#undef UP_OP
    *out = merged;
    return NULL;
}
