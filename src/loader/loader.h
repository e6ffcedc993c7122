/* SPDX-License-Identifier: MIT */
/* The loader's internals shared by its entry points (above the core: core/core.h). */
#ifndef URPEER_LOADER_LOADER_H
#define URPEER_LOADER_LOADER_H

#include "core/core.h"

#define UP_MAX_ADAPTERS 8

/* Loaded adapters (valid while initialised). */
uint32_t up_adapter_count(void);
ur_adapter_handle_t up_adapter_at(uint32_t i);

/* Layers requested (urLoaderConfigEnableLayer / UR_ENABLE_LAYERS). */
bool up_leak_checking(void);

/* ---- Wait lists (api_enqueue.c) ------------------------------------------------------------- */

/* INVALID_EVENT_WAIT_LIST rules of the enqueue functions, and that every event is alive and
 * belongs to the same adapter as the queue. */
ur_result_t up_check_wait_list(ur_queue_handle_t q, uint32_t n, const ur_event_handle_t *list);

/* ---- Device selection (ONEAPI_DEVICE_SELECTOR syntax, docs/device-selection.md) -------------- */

/* Check a selector: UR_RESULT_SUCCESS, or UR_RESULT_ERROR_INVALID_VALUE with
 * "column N: reason" in msg. */
ur_result_t up_selector_check(const char *text, char *msg, size_t msg_size);
/* Whether a well-formed selector keeps a root device (false for a malformed one). */
bool up_selector_keeps(const char *text, ur_device_handle_t dev);

#endif /* URPEER_LOADER_LOADER_H */
