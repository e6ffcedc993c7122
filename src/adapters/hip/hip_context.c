/* SPDX-License-Identifier: MIT */
/*
 * Contexts, and the calling thread's current device.
 *
 * HIP has no context object to create: every device has one primary context, and calls act on
 * the thread's current device (hipSetDevice). Each adapter call that needs a device current
 * saves the caller's device and restores it afterwards, so an application that mixes urpeer and
 * HIP calls never finds its device changed.
 */
#include "adapters/hip/hip_internal.h"

ur_result_t uphip_device_enter(ur_adapter_handle_t adapter, int ordinal, int *saved)
{
    const struct uphip_driver *drv = uphip_drv(adapter);
    int current = -1;
    uphip_error_t err = drv->hipGetDevice(&current);

    if (err != UPHIP_SUCCESS)
        return uphip_fail(adapter, err, UPHIP_CALL_GENERIC, "hipGetDevice");
    if (current != ordinal) {
        err = drv->hipSetDevice(ordinal);
        if (err != UPHIP_SUCCESS)
            return uphip_fail(adapter, err, UPHIP_CALL_GENERIC, "hipSetDevice(%d)", ordinal);
    }
    *saved = current;
    return UR_RESULT_SUCCESS;
}

void uphip_device_leave(ur_adapter_handle_t adapter, int ordinal, int saved)
{
    const struct uphip_driver *drv = uphip_drv(adapter);
    uphip_error_t err;

    if (saved == ordinal)
        return;
    err = drv->hipSetDevice(saved);
    if (err != UPHIP_SUCCESS)
        UP_WARN(UPHIP_LOG, "hipSetDevice(%d) to restore the current device failed: %u", saved, err);
}

ur_result_t uphip_context_create(ur_context_handle_t ctx)
{
    /* The primary contexts are used; there is nothing to create. */
    ctx->priv = NULL;
    return UR_RESULT_SUCCESS;
}

void uphip_context_destroy(ur_context_handle_t ctx)
{
    ctx->priv = NULL;
}
