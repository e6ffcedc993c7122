/* SPDX-License-Identifier: MIT */
/* The thread-local last native error, for urAdapterGetLastError. */
#include "core/core.h"

#include <stdarg.h>
#include <stdio.h>

struct last_error {
    ur_adapter_handle_t adapter;
    int32_t code;
    char message[768];
};

static _Thread_local struct last_error last;

void up_set_native_error(ur_adapter_handle_t adapter, int32_t native, const char *call,
                         const char *native_name, const char *native_desc)
{
    last.adapter = adapter;
    last.code = native;
    snprintf(last.message, sizeof(last.message), "%s: %s (%d): %s", call ? call : "driver call",
             native_name ? native_name : "?", (int)native, native_desc ? native_desc : "");
    UP_INFO(adapter ? adapter->desc->name : "core", "%s", last.message);
}

void up_last_error_clear(void)
{
    last.adapter = NULL;
    last.code = 0;
    last.message[0] = '\0';
}

void up_last_error_prefix(const char *fmt, ...)
{
    char prefix[256];
    char old[sizeof(last.message)];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(prefix, sizeof(prefix), fmt, ap);
    va_end(ap);
    memcpy(old, last.message, sizeof(old));
    if (snprintf(last.message, sizeof(last.message), "%s: %s", prefix, old) >=
        (int)sizeof(last.message))
        last.message[sizeof(last.message) - 1] = '\0'; /* truncated, still terminated */
}

ur_result_t up_last_error_get(ur_adapter_handle_t adapter, const char **msg, int32_t *code)
{
    if (last.adapter != adapter) {
        *msg = "";
        *code = 0;
        return UR_RESULT_SUCCESS;
    }
    *msg = last.message;
    *code = last.code;
    return UR_RESULT_SUCCESS;
}
