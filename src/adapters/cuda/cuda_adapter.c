/* SPDX-License-Identifier: MIT */
/* The CUDA adapter: its descriptor, operations table, start-up and teardown. */
#include "cuda_internal.h"

#include <stdlib.h>
#include <string.h>

static ur_result_t cu_adapter_init(ur_adapter_handle_t adapter)
{
    uint64_t t_start = ups_host_ns(), t_loaded, t_init;
    struct cu_adapter *ad;
    upcu_result_t r;
    ur_result_t res;

    ad = calloc(1, sizeof *ad);
    if (!ad)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    ad->handle = adapter;

    /* No driver library, or one without the entry points we need: zero platforms. */
    if (!cu_driver_load(ad, adapter->library))
        goto out_no_platform;
    t_loaded = ups_host_ns();

    /* Called once, cuInit may leave threads and state behind even when it fails: from here on
     * the library stays loaded (cu_driver_unload). */
    ad->initialised = true;
    r = ad->api.cuInit(0);
    if (r != UPCU_SUCCESS) {
        /* CUDA_ERROR_NO_DEVICE and friends: a machine without a usable GPU. */
        UP_INFO(CU_LOG, "cuInit: %s (%d); no CUDA devices", cu_result_name(ad, r), (int)r);
        goto err_unload;
    }
    t_init = ups_host_ns();

    r = ad->api.cuDriverGetVersion(&ad->driver_version);
    if (r != UPCU_SUCCESS) {
        res = cu_error(ad, r, "cuDriverGetVersion", 0);
        goto err_unload_fail;
    }

    adapter->priv = ad;
    res = cu_devices_discover(ad);
    if (res != UR_RESULT_SUCCESS) {
        adapter->priv = NULL;
        goto err_unload_fail;
    }
    UP_DEBUG(CU_LOG, "start-up: library %.3f ms, cuInit %.3f ms, discovery %.3f ms",
             (double)(t_loaded - t_start) / 1e6, (double)(t_init - t_loaded) / 1e6,
             (double)(ups_host_ns() - t_init) / 1e6);
    return UR_RESULT_SUCCESS;

err_unload_fail:
    cu_driver_unload(ad);
    free(ad);
    return res;

err_unload:
    cu_driver_unload(ad);
out_no_platform:
    free(ad);
    adapter->priv = NULL;
    return UR_RESULT_SUCCESS;
}

static void cu_adapter_fini(ur_adapter_handle_t adapter)
{
    struct cu_adapter *ad = adapter->priv;

    if (!ad)
        return;
    cu_devices_release(ad);
    cu_driver_unload(ad);
    free(ad);
    adapter->priv = NULL;
}

static const struct up_adapter_ops cu_ops = {
    .adapter_init = cu_adapter_init,
    .adapter_fini = cu_adapter_fini,
    .context_create = cu_context_create,
    .context_destroy = cu_context_destroy,
    .usm_alloc = cu_usm_alloc,
    .usm_alloc_shared = cu_usm_alloc_shared,
    .usm_free = cu_usm_free,
    .usm_lookup = cu_usm_lookup,
    UPS_ENGINE_OPS,
};

const struct up_adapter_desc up_adapter_desc_cuda = {
    .abi = UP_ADAPTER_ABI,
    .name = "cuda",
    .backend = UR_BACKEND_CUDA,
    .library_env = "URPEER_CUDA_LIBRARY",
    .default_library = CU_DEFAULT_LIBRARY,
    .ops = &cu_ops,
    .sim = NULL,
};
