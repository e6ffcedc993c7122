/* SPDX-License-Identifier: MIT */
/* USM: device, host and shared allocations through the UR context's Level Zero context. */
#include "adapters/level_zero/lz_internal.h"

ur_result_t lz_usm_alloc(ur_context_handle_t ctx, ur_device_handle_t device, size_t size,
                         uint32_t align, void **pp, void **priv_out)
{
    upze_context_handle_t zctx = lz_context_of(ctx)->handle;
    void *p = NULL;
    upze_result_t r;

    (void)priv_out;
    if (device != NULL) {
        upze_device_mem_alloc_desc_t desc = {.stype = UPZE_STRUCTURE_TYPE_DEVICE_MEM_ALLOC_DESC};
        r = lz_fn.zeMemAllocDevice(zctx, &desc, size, align, lz_device_of(device)->handle, &p);
        if (r != UPZE_RESULT_SUCCESS)
            return lz_error(lz_adapter_of_context(ctx), r, "zeMemAllocDevice");
    } else {
        upze_host_mem_alloc_desc_t desc = {.stype = UPZE_STRUCTURE_TYPE_HOST_MEM_ALLOC_DESC};
        r = lz_fn.zeMemAllocHost(zctx, &desc, size, align, &p);
        if (r != UPZE_RESULT_SUCCESS)
            return lz_error(lz_adapter_of_context(ctx), r, "zeMemAllocHost");
    }
    *pp = p;
    return UR_RESULT_SUCCESS;
}

ur_result_t lz_usm_alloc_shared(ur_context_handle_t ctx, ur_device_handle_t device, size_t size,
                                uint32_t align, void **pp, void **priv_out)
{
    upze_device_mem_alloc_desc_t ddesc = {.stype = UPZE_STRUCTURE_TYPE_DEVICE_MEM_ALLOC_DESC};
    upze_host_mem_alloc_desc_t hdesc = {.stype = UPZE_STRUCTURE_TYPE_HOST_MEM_ALLOC_DESC};
    void *p = NULL;
    upze_result_t r;

    (void)priv_out;
    r = lz_fn.zeMemAllocShared(lz_context_of(ctx)->handle, &ddesc, &hdesc, size, align,
                               lz_device_of(device)->handle, &p);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(lz_adapter_of_context(ctx), r, "zeMemAllocShared");
    *pp = p;
    return UR_RESULT_SUCCESS;
}

ur_result_t lz_usm_free(ur_context_handle_t ctx, const struct up_alloc *alloc)
{
    ur_result_t res;
    upze_result_t r;

    /* The memory may still be in use by enqueued commands of any queue of the context. */
    res = lz_context_sync(ctx);
    if (res != UR_RESULT_SUCCESS)
        return res;
    r = lz_fn.zeMemFree(lz_context_of(ctx)->handle, alloc->base);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(lz_adapter_of_context(ctx), r, "zeMemFree");
    return UR_RESULT_SUCCESS;
}

ur_result_t lz_usm_lookup(ur_context_handle_t ctx, const void *ptr, struct up_alloc *out)
{
    upze_context_handle_t zctx = lz_context_of(ctx)->handle;
    upze_memory_allocation_properties_t props = {
        .stype = UPZE_STRUCTURE_TYPE_MEMORY_ALLOCATION_PROPERTIES};
    upze_device_handle_t zdev = NULL;
    ur_device_handle_t dev = NULL;
    void *base = NULL;
    size_t size = 0;
    ur_usm_type_t type;
    upze_result_t r;

    r = lz_fn.zeMemGetAllocProperties(zctx, ptr, &props, &zdev);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(lz_adapter_of_context(ctx), r, "zeMemGetAllocProperties");
    switch (props.type) {
    case UPZE_MEMORY_TYPE_HOST:
        type = UR_USM_TYPE_HOST;
        break;
    case UPZE_MEMORY_TYPE_DEVICE:
        type = UR_USM_TYPE_DEVICE;
        break;
    case UPZE_MEMORY_TYPE_SHARED:
        type = UR_USM_TYPE_SHARED;
        break;
    default:
        return UR_RESULT_ERROR_INVALID_VALUE; /* not memory of this driver */
    }
    r = lz_fn.zeMemGetAddressRange(zctx, ptr, &base, &size);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(lz_adapter_of_context(ctx), r, "zeMemGetAddressRange");
    if (zdev != NULL && type != UR_USM_TYPE_HOST) {
        ur_platform_handle_t p = ctx->platform;
        for (uint32_t i = 0; i < p->num_devices; i++)
            if (lz_device_of(p->devices[i])->handle == zdev)
                dev = p->devices[i];
    }
    out->base = base;
    out->size = size;
    out->type = type;
    out->device = dev;
    out->context = ctx;
    out->priv = NULL;
    return UR_RESULT_SUCCESS;
}
