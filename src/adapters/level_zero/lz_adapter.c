/* SPDX-License-Identifier: MIT */
/* The Level Zero adapter: its descriptor, operations table, and discovery entry. */
#include "adapters/level_zero/lz_internal.h"

#include <stdlib.h>

ur_result_t lz_adapter_init(ur_adapter_handle_t adapter)
{
    upze_driver_handle_t *drivers = NULL;
    uint32_t count = 0;
    ur_result_t res;

    if (!lz_library_load(adapter->library))
        return UR_RESULT_SUCCESS; /* no library: zero platforms */
    res = lz_driver_init(&drivers, &count);
    if (res != UR_RESULT_SUCCESS)
        return res;
    for (uint32_t i = 0; i < count; i++) {
        res = lz_platform_discover(adapter, drivers[i]);
        if (res != UR_RESULT_SUCCESS)
            goto err_platforms;
    }
    free(drivers);
    UP_INFO(LZ_LOG, "%u Level Zero drivers, %u platforms", count, adapter->num_platforms);
    return UR_RESULT_SUCCESS;

err_platforms:
    free(drivers);
    lz_adapter_fini(adapter);
    return res;
}

void lz_adapter_fini(ur_adapter_handle_t adapter)
{
    for (uint32_t i = 0; i < adapter->num_platforms; i++)
        lz_platform_release(adapter->platforms[i]);
}

/* Level Zero has no call that turns peer access on or off (access is always on where the driver
 * reports it): peer_enable/peer_disable are NULL and the core keeps only the nesting counts. */
static const struct up_adapter_ops lz_ops = {
    .adapter_init = lz_adapter_init,
    .adapter_fini = lz_adapter_fini,
    .context_create = lz_context_create,
    .context_destroy = lz_context_destroy,
    .usm_alloc = lz_usm_alloc,
    .usm_alloc_shared = lz_usm_alloc_shared,
    .usm_free = lz_usm_free,
    .usm_lookup = lz_usm_lookup,
    .queue_create = lz_queue_create,
    .queue_destroy = lz_queue_destroy,
    .queue_finish = lz_queue_finish,
    .queue_flush = lz_queue_flush,
    .enqueue_memcpy = lz_enqueue_memcpy,
    .enqueue_fill = lz_enqueue_fill,
    .enqueue_barrier = lz_enqueue_barrier,
    .enqueue_timestamp = lz_enqueue_timestamp,
    .event_status = lz_event_status,
    .event_wait = lz_event_wait,
    .event_profiling = lz_event_profiling,
    .event_destroy = lz_event_destroy,
    .peer_enable = NULL,
    .peer_disable = NULL,
};

const struct up_adapter_desc up_adapter_desc_level_zero = {
    .abi = UP_ADAPTER_ABI,
    .name = "level_zero",
    .backend = UR_BACKEND_LEVEL_ZERO,
    .library_env = "URPEER_LEVEL_ZERO_LIBRARY",
    .default_library = LZ_DEFAULT_LIBRARY,
    .ops = &lz_ops,
    .sim = NULL,
};
