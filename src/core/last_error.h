/* SPDX-License-Identifier: MIT */
/* The thread-local last native error (urAdapterGetLastError); adapters set it with
 * up_set_native_error (core/adapter.h). */
#ifndef URPEER_CORE_LAST_ERROR_H
#define URPEER_CORE_LAST_ERROR_H

#include "core/adapter.h"
#include "common/log.h"

void up_last_error_clear(void);
/* Prepend "<context>: " to this thread's last error message (after an adapter failure). */
void up_last_error_prefix(const char *fmt, ...) UP_PRINTF(1, 2);
ur_result_t up_last_error_get(ur_adapter_handle_t adapter, const char **msg, int32_t *code);

#endif /* URPEER_CORE_LAST_ERROR_H */
