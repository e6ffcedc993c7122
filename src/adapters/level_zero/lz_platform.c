/* SPDX-License-Identifier: MIT */
/* Platforms: one per Level Zero driver. */
#include "adapters/level_zero/lz_internal.h"

#include <stdio.h>
#include <stdlib.h>

ur_result_t lz_platform_discover(ur_adapter_handle_t adapter, upze_driver_handle_t driver)
{
    upze_driver_properties_t dprops = {.stype = UPZE_STRUCTURE_TYPE_DRIVER_PROPERTIES};
    upze_api_version_t api = UPZE_API_VERSION_1_0;
    upze_device_handle_t *handles = NULL;
    struct lz_platform *lp = NULL;
    ur_platform_handle_t p;
    uint32_t n = 0;
    upze_result_t r;
    ur_result_t res;

    r = lz_fn.zeDeviceGet(driver, &n, NULL);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(adapter, r, "zeDeviceGet");
    if (n == 0) {
        UP_INFO(LZ_LOG, "a Level Zero driver without devices: skipped");
        return UR_RESULT_SUCCESS;
    }
    handles = calloc(n, sizeof(*handles));
    lp = calloc(1, sizeof(*lp));
    if (handles == NULL || lp == NULL) {
        res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
        goto err_alloc;
    }
    r = lz_fn.zeDeviceGet(driver, &n, handles);
    if (r != UPZE_RESULT_SUCCESS) {
        res = lz_error(adapter, r, "zeDeviceGet");
        goto err_alloc;
    }
    r = lz_fn.zeDriverGetApiVersion(driver, &api);
    if (r != UPZE_RESULT_SUCCESS) {
        res = lz_error(adapter, r, "zeDriverGetApiVersion");
        goto err_alloc;
    }
    r = lz_fn.zeDriverGetProperties(driver, &dprops);
    if (r != UPZE_RESULT_SUCCESS) {
        res = lz_error(adapter, r, "zeDriverGetProperties");
        goto err_alloc;
    }
    lp->driver = driver;
    lp->api_version = api;

    p = up_platform_create(adapter, n);
    if (p == NULL) {
        res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
        goto err_alloc;
    }
    p->priv = lp; /* from here on, lz_platform_release (via adapter_fini) frees it */
    lp = NULL;
    snprintf(p->name, sizeof(p->name), "Intel(R) oneAPI Unified Runtime over Level-Zero");
    snprintf(p->vendor, sizeof(p->vendor), "Intel(R) Corporation");
    /* driverVersion: major in bits 31..24, minor in 23..16, build in 15..0. */
    snprintf(p->version, sizeof(p->version), "%u.%u.%u", dprops.driverVersion >> 24,
             (dprops.driverVersion >> 16) & 0xffu, dprops.driverVersion & 0xffffu);
    snprintf(p->profile, sizeof(p->profile), "FULL_PROFILE");
    p->native = (ur_native_handle_t)driver;
    p->has_native = true;

    for (uint32_t i = 0; i < n; i++) {
        res = lz_device_discover(p->devices[i], handles[i], api);
        if (res != UR_RESULT_SUCCESS)
            goto err_free_handles;
    }
    res = lz_p2p_discover(p);
    if (res != UR_RESULT_SUCCESS)
        goto err_free_handles;
    free(handles);
    UP_INFO(LZ_LOG, "platform %u: driver %s, API %u.%u, %u devices", p->index, p->version,
            UPZE_MAJOR_VERSION(api), UPZE_MINOR_VERSION(api), n);
    return UR_RESULT_SUCCESS;

err_alloc:
    free(lp);
err_free_handles:
    free(handles);
    return res;
}

void lz_platform_release(ur_platform_handle_t p)
{
    for (uint32_t i = 0; i < p->num_devices; i++) {
        free(p->devices[i]->priv);
        p->devices[i]->priv = NULL;
    }
    free(p->priv);
    p->priv = NULL;
}
