/* SPDX-License-Identifier: MIT */
/*
 * References to every export of upstream's loader beyond the API functions (the DDI-table and
 * print functions, tests/drop_in/extra_exports.inc), by name only: a program linked with this
 * needs each of them resolved when it starts. Its own translation unit, so that the names need
 * no prototypes.
 */
#include <stddef.h>

typedef void (*extra_fn_t)(void);

#define UR_EXTRA_EXPORT(name) extern void name(void);
#include "extra_exports.inc"
#undef UR_EXTRA_EXPORT

#define UR_EXTRA_EXPORT(name) {#name, name},
const volatile struct extra_ref {
    const char *name;
    extra_fn_t fn;
} extra_refs[] = {
#include "extra_exports.inc"
};
#undef UR_EXTRA_EXPORT

const size_t extra_ref_count = sizeof(extra_refs) / sizeof(extra_refs[0]);
