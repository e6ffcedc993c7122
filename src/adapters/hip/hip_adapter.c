/* SPDX-License-Identifier: MIT */
/*
 * The HIP adapter: AMD GPUs through the HIP runtime (libamdhip64), opened at run time.
 *
 * No library, hipInit failing (no GPU, no /dev/kfd) or no device: zero platforms, logged at
 * info, and the other adapters carry on.
 */
#include "adapters/hip/hip_internal.h"

#include <stdlib.h>

static void hip_adapter_fini(ur_adapter_handle_t adapter);

static ur_result_t hip_adapter_init(ur_adapter_handle_t adapter)
{
    struct uphip_adapter *ha = calloc(1, sizeof(*ha));
    struct uphip_driver *drv;
    ur_result_t res;
    uphip_error_t err;
    int count = 0;

    if (ha == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    adapter->priv = ha;
    drv = &ha->drv;
    if (!uphip_driver_load(drv, adapter->library))
        return UR_RESULT_SUCCESS;

    /* From here on the runtime has initialised itself: it stays loaded even with no device
     * (see uphip_driver_unload). */
    drv->resident = true;
    err = drv->hipInit(0);
    if (err != UPHIP_SUCCESS) {
        UP_INFO(UPHIP_LOG, "hipInit: %s (%u): %s; no HIP platform", drv->hipGetErrorName(err), err,
                drv->hipGetErrorString(err));
        goto out_unload;
    }
    err = drv->hipGetDeviceCount(&count);
    if (err != UPHIP_SUCCESS || count <= 0) {
        UP_INFO(UPHIP_LOG, "hipGetDeviceCount: %s (%u), %d devices; no HIP platform",
                drv->hipGetErrorName(err), err, count);
        goto out_unload;
    }
    if (drv->hipRuntimeGetVersion(&drv->runtime_version) != UPHIP_SUCCESS)
        drv->runtime_version = 0;
    if (drv->hipDriverGetVersion(&drv->driver_version) != UPHIP_SUCCESS)
        drv->driver_version = 0;
    drv->memory_types_v6 = UPHIP_VERSION_MAJOR(drv->runtime_version) >= 6;
    UP_INFO(UPHIP_LOG, "%s: HIP runtime %d.%d.%d, %d devices", drv->path,
            UPHIP_VERSION_MAJOR(drv->runtime_version), UPHIP_VERSION_MINOR(drv->runtime_version),
            UPHIP_VERSION_PATCH(drv->runtime_version), count);

    res = uphip_discover(adapter, count);
    if (res != UR_RESULT_SUCCESS)
        hip_adapter_fini(adapter); /* leaves adapter->priv NULL: a second fini does nothing */
    return res;

out_unload:
    uphip_driver_unload(drv);
    return UR_RESULT_SUCCESS;
}

static void hip_adapter_fini(ur_adapter_handle_t adapter)
{
    struct uphip_adapter *ha = adapter->priv;

    if (ha == NULL)
        return;
    /* The queues and events the application leaked were destroyed by the core (through
     * queue_destroy and event_destroy) before this call. */
    uphip_devices_release(adapter);
    uphip_driver_unload(&ha->drv);
    free(ha);
    adapter->priv = NULL;
}

static const struct up_adapter_ops hip_ops = {
    .adapter_init = hip_adapter_init,
    .adapter_fini = hip_adapter_fini,
    .context_create = uphip_context_create,
    .context_destroy = uphip_context_destroy,
    .usm_alloc = uphip_usm_alloc,
    .usm_alloc_shared = uphip_usm_alloc_shared,
    .usm_free = uphip_usm_free,
    .usm_lookup = uphip_usm_lookup,
    UPS_ENGINE_OPS,
};

const struct up_adapter_desc up_adapter_desc_hip = {
    .abi = UP_ADAPTER_ABI,
    .name = "hip",
    .backend = UR_BACKEND_HIP,
    .library_env = "URPEER_HIP_LIBRARY",
    .default_library = "libamdhip64.so (.7, .6, .5)",
    .ops = &hip_ops,
    .sim = NULL,
};
