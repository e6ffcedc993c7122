/* SPDX-License-Identifier: MIT */
/*
 * USM: device memory from cuMemAlloc, host memory from cuMemAllocHost (page-locked, reachable
 * from every device through unified addressing), shared memory from cuMemAllocManaged (migrating
 * between the device and the host, attached globally), all in primary contexts.
 */
#include "cuda_internal.h"

#include <string.h>

/* Round p up to a multiple of align (a power of two). */
static uintptr_t cu_align_up(uintptr_t p, uint32_t align)
{
    return (p + (uintptr_t)align - 1u) & ~((uintptr_t)align - 1u);
}

static ur_result_t cu_alloc_raw(struct cu_adapter *ad, ur_usm_type_t type, size_t size,
                                uintptr_t *out)
{
    upcu_result_t r;

    if (type == UR_USM_TYPE_SHARED) {
        upcu_deviceptr_t p = 0;

        r = ad->api.cuMemAllocManaged(&p, size, UPCU_MEM_ATTACH_GLOBAL);
        if (r != UPCU_SUCCESS)
            return cu_error(ad, r, "cuMemAllocManaged", 0);
        *out = (uintptr_t)p;
    } else if (type == UR_USM_TYPE_HOST) {
        void *p = NULL;

        r = ad->api.cuMemAllocHost(&p, size);
        if (r != UPCU_SUCCESS)
            return cu_error(ad, r, "cuMemAllocHost_v2", CU_ERR_HOST_MEMORY);
        *out = (uintptr_t)p;
    } else {
        upcu_deviceptr_t p = 0;

        r = ad->api.cuMemAlloc(&p, size);
        if (r != UPCU_SUCCESS)
            return cu_error(ad, r, "cuMemAlloc_v2", 0);
        *out = (uintptr_t)p;
    }
    return UR_RESULT_SUCCESS;
}

static ur_result_t cu_free_raw(struct cu_adapter *ad, bool host, uintptr_t p)
{
    upcu_result_t r;

    if (host) {
        r = ad->api.cuMemFreeHost((void *)p);
        if (r != UPCU_SUCCESS)
            return cu_error(ad, r, "cuMemFreeHost", 0);
    } else {
        r = ad->api.cuMemFree((upcu_deviceptr_t)p);
        if (r != UPCU_SUCCESS)
            return cu_error(ad, r, "cuMemFree_v2", 0);
    }
    return UR_RESULT_SUCCESS;
}

static ur_result_t cu_usm_alloc_type(ur_context_handle_t ctx, ur_device_handle_t device,
                                     ur_usm_type_t type, size_t size, uint32_t align, void **pp,
                                     void **priv_out)
{
    /* Host memory is allocated in the primary context of the context's first device. */
    ur_device_handle_t owner = device ? device : ctx->devices[0];
    struct cu_adapter *ad = cu_ad(owner);
    bool host = type == UR_USM_TYPE_HOST;
    uintptr_t raw = 0, base;
    struct ups_scope scope;
    ur_result_t res;

    res = cu_scope_enter(owner, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = cu_alloc_raw(ad, type, size, &raw);
    if (res != UR_RESULT_SUCCESS)
        goto out_leave;
    base = raw;
    /* The driver aligns to at least 256 bytes (device) or a page (host); a larger alignment is
     * met by allocating more and keeping the driver's pointer for the free. */
    if (align > 1 && (raw & ((uintptr_t)align - 1u)) != 0) {
        res = cu_free_raw(ad, host, raw);
        if (res != UR_RESULT_SUCCESS)
            goto out_leave;
        if (size > SIZE_MAX - align) {
            res = UR_RESULT_ERROR_INVALID_USM_SIZE;
            goto out_leave;
        }
        res = cu_alloc_raw(ad, type, size + align - 1u, &raw);
        if (res != UR_RESULT_SUCCESS)
            goto out_leave;
        base = cu_align_up(raw, align);
    }
    *pp = (void *)base;
    *priv_out = base != raw ? (void *)raw : NULL;

out_leave:
    cu_scope_leave(owner, &scope);
    return res;
}

ur_result_t cu_usm_alloc(ur_context_handle_t ctx, ur_device_handle_t device, size_t size,
                         uint32_t align, void **pp, void **priv_out)
{
    return cu_usm_alloc_type(ctx, device, device ? UR_USM_TYPE_DEVICE : UR_USM_TYPE_HOST, size,
                             align, pp, priv_out);
}

ur_result_t cu_usm_alloc_shared(ur_context_handle_t ctx, ur_device_handle_t device, size_t size,
                                uint32_t align, void **pp, void **priv_out)
{
    return cu_usm_alloc_type(ctx, device, UR_USM_TYPE_SHARED, size, align, pp, priv_out);
}

ur_result_t cu_usm_free(ur_context_handle_t ctx, const struct up_alloc *alloc)
{
    ur_device_handle_t owner = alloc->device ? alloc->device : ctx->devices[0];
    ur_platform_handle_t platform = owner->platform;
    struct cu_adapter *ad = cu_ad(owner);
    uintptr_t raw = alloc->priv ? (uintptr_t)alloc->priv : (uintptr_t)alloc->base;
    struct ups_scope scope;
    ur_result_t res;

    /* Enqueued work that may still use the memory can be on any device this library has used
     * (a peer copy runs on the other device's queue): wait for every primary context we hold. */
    for (uint32_t i = 0; i < platform->num_devices; i++) {
        ur_device_handle_t d = platform->devices[i];
        upcu_result_t r;

        if (!atomic_load_explicit(&cu_dev(d)->pctx, memory_order_acquire))
            continue;
        res = cu_scope_enter(d, &scope);
        if (res != UR_RESULT_SUCCESS)
            return res;
        r = ad->api.cuCtxSynchronize();
        cu_scope_leave(d, &scope);
        if (r != UPCU_SUCCESS)
            return cu_error(ad, r, "cuCtxSynchronize", 0);
    }

    res = cu_scope_enter(owner, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = cu_free_raw(ad, alloc->device == NULL, raw);
    cu_scope_leave(owner, &scope);
    return res;
}

ur_result_t cu_usm_lookup(ur_context_handle_t ctx, const void *ptr, struct up_alloc *out)
{
    ur_device_handle_t d0 = ctx->devices[0];
    ur_platform_handle_t platform = d0->platform;
    struct cu_adapter *ad = cu_ad(d0);
    upcu_pointer_attribute_t attrs[5] = {
        UPCU_POINTER_ATTRIBUTE_MEMORY_TYPE,      UPCU_POINTER_ATTRIBUTE_DEVICE_ORDINAL,
        UPCU_POINTER_ATTRIBUTE_RANGE_START_ADDR, UPCU_POINTER_ATTRIBUTE_RANGE_SIZE,
        UPCU_POINTER_ATTRIBUTE_IS_MANAGED,
    };
    /* Zeroed and wide: the driver writes an unsigned int, an int, a CUdeviceptr, a size_t and a
     * boolean; whatever it leaves untouched reads as "none". */
    uint64_t memtype = 0, base = 0, size = 0, managed = 0;
    int ordinal = -1;
    void *data[5] = {&memtype, &ordinal, &base, &size, &managed};
    struct ups_scope scope;
    upcu_result_t r;
    ur_result_t res;

    res = cu_scope_enter(d0, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    r = ad->api.cuPointerGetAttributes(5, attrs, data, cu_ptr(ptr));
    cu_scope_leave(d0, &scope);
    if (r != UPCU_SUCCESS) {
        UP_DEBUG(CU_LOG, "cuPointerGetAttributes(%p): %s", ptr, cu_result_name(ad, r));
        return UR_RESULT_ERROR_INVALID_VALUE;
    }

    memset(out, 0, sizeof *out);
    switch ((unsigned)memtype) {
    case UPCU_MEMORYTYPE_HOST:
        out->type = managed ? UR_USM_TYPE_SHARED : UR_USM_TYPE_HOST;
        break;
    case UPCU_MEMORYTYPE_DEVICE:
        out->type = managed ? UR_USM_TYPE_SHARED : UR_USM_TYPE_DEVICE;
        break;
    case UPCU_MEMORYTYPE_UNIFIED:
        out->type = UR_USM_TYPE_SHARED;
        break;
    default:
        return UR_RESULT_ERROR_INVALID_VALUE; /* not memory the driver knows */
    }
    if (out->type != UR_USM_TYPE_HOST && ordinal >= 0 && (uint32_t)ordinal < platform->num_devices)
        out->device = platform->devices[ordinal];
    out->base = base ? (void *)(uintptr_t)base : (void *)(uintptr_t)ptr;
    out->size = (size_t)size;
    out->context = ctx;
    return UR_RESULT_SUCCESS;
}
