/* SPDX-License-Identifier: MIT */
/* USM: device memory from hipMalloc (on the device made current), host memory from
 * hipHostMalloc (pinned and mapped into every device), shared memory from hipMallocManaged
 * (attached globally, on the device made current), and the driver's view of foreign pointers
 * through hipPointerGetAttributes. */
#include "adapters/hip/hip_internal.h"

#include <string.h>

static ur_result_t usm_alloc(ur_context_handle_t ctx, ur_device_handle_t device, bool shared,
                             size_t size, uint32_t align, void **pp, void **priv_out)
{
    ur_adapter_handle_t adapter = ctx->platform->adapter;
    const struct uphip_driver *drv = uphip_drv(adapter);
    ur_result_t res;
    uphip_error_t err;
    void *ptr = NULL;

    if (device != NULL) {
        int ordinal = uphip_ordinal(device), saved;
        res = uphip_device_enter(adapter, ordinal, &saved);
        if (res != UR_RESULT_SUCCESS)
            return res;
        err = shared ? drv->hipMallocManaged(&ptr, size, UPHIP_MEM_ATTACH_GLOBAL)
                     : drv->hipMalloc(&ptr, size);
        uphip_device_leave(adapter, ordinal, saved);
        if (err != UPHIP_SUCCESS)
            return uphip_fail(adapter, err, UPHIP_CALL_DEVICE_ALLOC, "%s(%zu bytes on device %d)",
                              shared ? "hipMallocManaged" : "hipMalloc", size, ordinal);
    } else {
        err = drv->hipHostMalloc(&ptr, size, UPHIP_HOST_MALLOC_DEFAULT);
        if (err != UPHIP_SUCCESS)
            return uphip_fail(adapter, err, UPHIP_CALL_HOST_ALLOC, "hipHostMalloc(%zu bytes)",
                              size);
    }

    /* HIP aligns allocations to at least 256 bytes; a larger request may not be met. */
    if (align > 1 && ((uintptr_t)ptr & (uintptr_t)(align - 1)) != 0) {
        UP_INFO(UPHIP_LOG, "allocation %p does not meet the requested alignment %u", ptr, align);
        if (device != NULL)
            drv->hipFree(ptr);
        else
            drv->hipHostFree(ptr);
        return UR_RESULT_ERROR_INVALID_VALUE;
    }
    *pp = ptr;
    *priv_out = NULL;
    return UR_RESULT_SUCCESS;
}

ur_result_t uphip_usm_alloc(ur_context_handle_t ctx, ur_device_handle_t device, size_t size,
                            uint32_t align, void **pp, void **priv_out)
{
    return usm_alloc(ctx, device, false, size, align, pp, priv_out);
}

ur_result_t uphip_usm_alloc_shared(ur_context_handle_t ctx, ur_device_handle_t device, size_t size,
                                   uint32_t align, void **pp, void **priv_out)
{
    return usm_alloc(ctx, device, true, size, align, pp, priv_out);
}

/* Wait for the work of every device of the context: any of their queues may use the memory. */
static ur_result_t synchronize_context(ur_context_handle_t ctx)
{
    ur_adapter_handle_t adapter = ctx->platform->adapter;
    const struct uphip_driver *drv = uphip_drv(adapter);

    for (uint32_t i = 0; i < ctx->num_devices; i++) {
        int ordinal = uphip_ordinal(ctx->devices[i]), saved;
        ur_result_t res = uphip_device_enter(adapter, ordinal, &saved);
        uphip_error_t err;
        if (res != UR_RESULT_SUCCESS)
            return res;
        err = drv->hipDeviceSynchronize();
        uphip_device_leave(adapter, ordinal, saved);
        if (err != UPHIP_SUCCESS)
            return uphip_fail(adapter, err, UPHIP_CALL_GENERIC, "hipDeviceSynchronize(device %d)",
                              ordinal);
    }
    return UR_RESULT_SUCCESS;
}

ur_result_t uphip_usm_free(ur_context_handle_t ctx, const struct up_alloc *alloc)
{
    ur_adapter_handle_t adapter = ctx->platform->adapter;
    const struct uphip_driver *drv = uphip_drv(adapter);
    ur_result_t res = synchronize_context(ctx);
    uphip_error_t err;

    if (res != UR_RESULT_SUCCESS)
        return res;
    if (alloc->type == UR_USM_TYPE_HOST) {
        err = drv->hipHostFree(alloc->base);
        if (err != UPHIP_SUCCESS)
            return uphip_fail(adapter, err, UPHIP_CALL_GENERIC, "hipHostFree(%p)", alloc->base);
    } else {
        err = drv->hipFree(alloc->base);
        if (err != UPHIP_SUCCESS)
            return uphip_fail(adapter, err, UPHIP_CALL_GENERIC, "hipFree(%p)", alloc->base);
    }
    return UR_RESULT_SUCCESS;
}

/* enum hipMemoryType -> ur_usm_type_t, in the numbering of the loaded runtime. */
static ur_usm_type_t memory_type(const struct uphip_driver *drv, unsigned int type, int managed)
{
    if (managed)
        return UR_USM_TYPE_SHARED;
    if (drv->memory_types_v6) {
        switch (type) {
        case UPHIP_MEMORY_TYPE_V6_HOST:
            return UR_USM_TYPE_HOST;
        case UPHIP_MEMORY_TYPE_V6_DEVICE:
        case UPHIP_MEMORY_TYPE_V6_ARRAY:
            return UR_USM_TYPE_DEVICE;
        case UPHIP_MEMORY_TYPE_V6_MANAGED:
        case UPHIP_MEMORY_TYPE_V6_UNIFIED:
            return UR_USM_TYPE_SHARED;
        default: /* unregistered host memory */
            return UR_USM_TYPE_UNKNOWN;
        }
    }
    switch (type) {
    case UPHIP_MEMORY_TYPE_V5_HOST:
        return UR_USM_TYPE_HOST;
    case UPHIP_MEMORY_TYPE_V5_DEVICE:
    case UPHIP_MEMORY_TYPE_V5_ARRAY:
        return UR_USM_TYPE_DEVICE;
    case UPHIP_MEMORY_TYPE_V5_UNIFIED:
        return UR_USM_TYPE_SHARED;
    default:
        return UR_USM_TYPE_UNKNOWN;
    }
}

ur_result_t uphip_usm_lookup(ur_context_handle_t ctx, const void *ptr, struct up_alloc *out)
{
    const struct uphip_driver *drv = uphip_drv(ctx->platform->adapter);
    ur_platform_handle_t platform = ctx->platform;
    uphip_pointer_attribute_t attr;
    struct up_alloc a;

    memset(&attr, 0, sizeof(attr));
    if (drv->hipPointerGetAttributes(&attr, ptr) != UPHIP_SUCCESS)
        return UR_RESULT_ERROR_INVALID_VALUE; /* not memory HIP knows */

    memset(&a, 0, sizeof(a));
    a.type = memory_type(drv, attr.memory_type, attr.is_managed);
    if (a.type == UR_USM_TYPE_UNKNOWN)
        return UR_RESULT_ERROR_INVALID_VALUE;
    if (a.type != UR_USM_TYPE_HOST) {
        if (attr.device < 0 || (uint32_t)attr.device >= platform->num_devices)
            return UR_RESULT_ERROR_INVALID_VALUE;
        a.device = platform->devices[attr.device];
    }
    a.base = (void *)(uintptr_t)ptr;
    a.size = 0;
    if (drv->hipMemGetAddressRange != NULL) {
        void *base = NULL;
        size_t size = 0;
        if (drv->hipMemGetAddressRange(&base, &size, (void *)(uintptr_t)ptr) == UPHIP_SUCCESS &&
            base != NULL) {
            a.base = base;
            a.size = size;
        }
    }
    a.context = ctx;
    *out = a;
    return UR_RESULT_SUCCESS;
}
