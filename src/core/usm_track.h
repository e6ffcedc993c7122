/* SPDX-License-Identifier: MIT */
/* The core's table of USM allocations (pointer -> allocation). */
#ifndef URPEER_CORE_USM_TRACK_H
#define URPEER_CORE_USM_TRACK_H

#include "core/adapter.h"

ur_result_t up_usm_track_add(const struct up_alloc *a);
/* Remove the allocation whose base is exactly ptr; copies it to *out. INVALID_MEM_OBJECT if none.
 */
ur_result_t up_usm_track_remove(ur_context_handle_t ctx, const void *ptr, struct up_alloc *out);
/* Find the allocation containing ptr. */
bool up_usm_track_find(const void *ptr, struct up_alloc *out);
uint32_t up_usm_track_count(void);
/* Report (leak mode) and drop every allocation still tracked for an adapter. */
uint32_t up_usm_track_drop_adapter(ur_adapter_handle_t adapter, bool report);

#endif /* URPEER_CORE_USM_TRACK_H */
