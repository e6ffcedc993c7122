/* SPDX-License-Identifier: MIT */
/* urUSM* entry points. Every allocation is tracked by the core (pointer -> allocation) and holds
 * a reference on its context, and on its pool if it has one, until freed. USM pools are core
 * objects (core/pool.c). */
#include "common/api_checks.h"
#include "core/pool.h"

/* Largest alignment urpeer honours (a page); larger values give INVALID_VALUE. */
#define UP_MAX_USM_ALIGN 4096u

static ur_result_t check_desc(const ur_usm_desc_t *desc)
{
    if (desc == NULL)
        return UR_RESULT_SUCCESS;
    if (desc->hints & UR_USM_ADVICE_FLAGS_MASK)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (desc->align != 0 && (desc->align & (desc->align - 1)) != 0)
        return UR_RESULT_ERROR_INVALID_VALUE;
    return UR_RESULT_SUCCESS;
}

/* Checks shared by device and host allocation after the argument-order checks. */
static ur_result_t alloc_common(ur_context_handle_t ctx, ur_device_handle_t dev, ur_usm_type_t type,
                                const ur_usm_desc_t *desc, ur_usm_pool_handle_t pool, size_t size,
                                void **ppMem)
{
    if (!up_obj_is(ctx, UP_KIND_CONTEXT))
        return UR_RESULT_ERROR_INVALID_CONTEXT;
    uint32_t align = desc ? desc->align : 0;
    if (align > UP_MAX_USM_ALIGN)
        return UR_RESULT_ERROR_INVALID_VALUE;
    if (pool != NULL && !up_pool_is(pool))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    if (pool != NULL && pool->context != ctx)
        return UR_RESULT_ERROR_INVALID_VALUE; /* a pool of another context */
    if (dev != NULL) {
        if (!up_obj_is(dev, UP_KIND_DEVICE) || !up_context_has_device(ctx, dev))
            return UR_RESULT_ERROR_INVALID_DEVICE;
        if (size > dev->props.max_mem_alloc_size)
            return UR_RESULT_ERROR_INVALID_USM_SIZE;
    } else {
        for (uint32_t i = 0; i < ctx->num_devices; i++)
            if (size > ctx->devices[i]->props.max_mem_alloc_size)
                return UR_RESULT_ERROR_INVALID_USM_SIZE;
    }

    const uint32_t asked_align = align;
    if (pool != NULL) {
        /* An allocation of a pool owns whole pages: allocations of different pools never share
         * one. */
        if (size > SIZE_MAX - (UP_MAX_USM_ALIGN - 1))
            return UR_RESULT_ERROR_INVALID_USM_SIZE;
        align = UP_MAX_USM_ALIGN;
        size = (size + UP_MAX_USM_ALIGN - 1) & ~(size_t)(UP_MAX_USM_ALIGN - 1);
    }
    struct up_alloc a = {
        .size = size,
        .type = type,
        .device = dev,
        .context = ctx,
        .pool = pool,
    };
    /* Only adapters whose devices report shared USM have the shared operation. */
    up_usm_alloc_fn *alloc =
        type == UR_USM_TYPE_SHARED ? ctx->obj.ops->usm_alloc_shared : ctx->obj.ops->usm_alloc;
    if (alloc == NULL)
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    ur_result_t res = alloc(ctx, dev, size, align, &a.base, &a.priv);
    /* A driver that cannot place memory on a page boundary (HIP's allocator may not, and the
     * adapter refuses what misses the alignment asked) gets the alignment the application asked
     * for: the allocation is then isolated only as far as the driver's granularity. */
    if (res == UR_RESULT_ERROR_INVALID_VALUE && align != asked_align)
        res = alloc(ctx, dev, size, asked_align, &a.base, &a.priv);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (pool != NULL) {
        res = up_pool_init_alloc(pool, &a);
        if (res != UR_RESULT_SUCCESS)
            goto err_free_alloc;
    }
    res = up_usm_track_add(&a);
    if (res != UR_RESULT_SUCCESS)
        goto err_free_alloc;
    up_obj_retain(&ctx->obj);
    if (pool != NULL)
        up_obj_retain(&pool->obj);
    *ppMem = a.base;
    return UR_RESULT_SUCCESS;

err_free_alloc:
    (void)ctx->obj.ops->usm_free(ctx, &a);
    return res;
}

/* urUSMDeviceAlloc and urUSMSharedAlloc: the same checks, in upstream's order. */
static ur_result_t device_alloc(ur_usm_type_t type, ur_context_handle_t hContext,
                                ur_device_handle_t hDevice, const ur_usm_desc_t *pUSMDesc,
                                ur_usm_pool_handle_t pool, size_t size, void **ppMem)
{
    UP_CHECK_INIT();
    if (ppMem == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hContext == NULL || hDevice == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    ur_result_t res = check_desc(pUSMDesc);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (size == 0)
        return UR_RESULT_ERROR_INVALID_USM_SIZE;
    return alloc_common(hContext, hDevice, type, pUSMDesc, pool, size, ppMem);
}

UR_APIEXPORT ur_result_t UR_APICALL urUSMDeviceAlloc(ur_context_handle_t hContext,
                                                     ur_device_handle_t hDevice,
                                                     const ur_usm_desc_t *pUSMDesc,
                                                     ur_usm_pool_handle_t pool, size_t size,
                                                     void **ppMem)
{
    return device_alloc(UR_USM_TYPE_DEVICE, hContext, hDevice, pUSMDesc, pool, size, ppMem);
}

UR_APIEXPORT ur_result_t UR_APICALL urUSMHostAlloc(ur_context_handle_t hContext,
                                                   const ur_usm_desc_t *pUSMDesc,
                                                   ur_usm_pool_handle_t pool, size_t size,
                                                   void **ppMem)
{
    UP_CHECK_INIT();
    if (ppMem == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hContext == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    ur_result_t res = check_desc(pUSMDesc);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (size == 0)
        return UR_RESULT_ERROR_INVALID_USM_SIZE;
    return alloc_common(hContext, NULL, UR_USM_TYPE_HOST, pUSMDesc, pool, size, ppMem);
}

/* Memory that the host and hDevice both reach at the same address. The checks are those of
 * urUSMDeviceAlloc. */
UR_APIEXPORT ur_result_t UR_APICALL urUSMSharedAlloc(ur_context_handle_t hContext,
                                                     ur_device_handle_t hDevice,
                                                     const ur_usm_desc_t *pUSMDesc,
                                                     ur_usm_pool_handle_t pool, size_t size,
                                                     void **ppMem)
{
    return device_alloc(UR_USM_TYPE_SHARED, hContext, hDevice, pUSMDesc, pool, size, ppMem);
}

UR_APIEXPORT ur_result_t UR_APICALL urUSMFree(ur_context_handle_t hContext, void *pMem)
{
    UP_CHECK_INIT();
    if (pMem == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hContext == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_obj_is(hContext, UP_KIND_CONTEXT))
        return UR_RESULT_ERROR_INVALID_CONTEXT;
    struct up_alloc a;
    ur_result_t res = up_usm_track_remove(hContext, pMem, &a);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = a.context->obj.ops->usm_free(a.context, &a);
    if (res != UR_RESULT_SUCCESS) {
        /* The driver kept the memory: keep tracking it so the state is unchanged. */
        (void)up_usm_track_add(&a);
        return res;
    }
    if (a.pool != NULL)
        up_pool_release(a.pool);
    if (up_obj_release(&a.context->obj))
        up_context_release_final(a.context);
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urUSMGetMemAllocInfo(ur_context_handle_t hContext,
                                                         const void *pMem,
                                                         ur_usm_alloc_info_t propName,
                                                         size_t propSize, void *pPropValue,
                                                         size_t *pPropSizeRet)
{
    UP_CHECK_INIT();
    if (pMem == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hContext == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if ((uint32_t)propName > UR_USM_ALLOC_INFO_POOL)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (!up_obj_is(hContext, UP_KIND_CONTEXT))
        return UR_RESULT_ERROR_INVALID_CONTEXT;
    /* The spec lists no output rules here; upstream adapters answer through their GetInfo helper,
     * which refuses a query with nowhere to put the answer. */
    if (pPropValue == NULL && pPropSizeRet == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;

    struct up_alloc a;
    bool known = up_usm_track_find(pMem, &a);
    if (!known && hContext->obj.ops->usm_lookup != NULL) {
        known = hContext->obj.ops->usm_lookup(hContext, pMem, &a) == UR_RESULT_SUCCESS;
        a.pool = NULL; /* memory the driver knows that urpeer did not allocate: no pool */
    }
    switch (propName) {
    case UR_USM_ALLOC_INFO_TYPE: {
        /* A pointer nobody allocated is type UNKNOWN, not an error (as upstream does). */
        ur_usm_type_t t = known ? a.type : UR_USM_TYPE_UNKNOWN;
        return up_info_return(propSize, pPropValue, pPropSizeRet, &t, sizeof(t));
    }
    case UR_USM_ALLOC_INFO_BASE_PTR:
        if (!known)
            return UR_RESULT_ERROR_INVALID_VALUE;
        return up_info_return(propSize, pPropValue, pPropSizeRet, &a.base, sizeof(a.base));
    case UR_USM_ALLOC_INFO_SIZE:
        if (!known)
            return UR_RESULT_ERROR_INVALID_VALUE;
        return up_info_return(propSize, pPropValue, pPropSizeRet, &a.size, sizeof(a.size));
    case UR_USM_ALLOC_INFO_DEVICE:
        if (!known)
            return UR_RESULT_ERROR_INVALID_VALUE;
        return up_info_return(propSize, pPropValue, pPropSizeRet, &a.device, sizeof(a.device));
    default:
        /* POOL: the pool the allocation came from, NULL for one made without a pool (where
         * upstream's adapters answer INVALID_VALUE). */
        if (!known)
            return UR_RESULT_ERROR_INVALID_VALUE;
        return up_info_return(propSize, pPropValue, pPropSizeRet, &a.pool, sizeof(a.pool));
    }
}

/* ---- USM pools ------------------------------------------------------------------------------ */

UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolCreate(ur_context_handle_t hContext,
                                                    ur_usm_pool_desc_t *pPoolDesc,
                                                    ur_usm_pool_handle_t *ppPool)
{
    UP_CHECK_INIT();
    ur_result_t res = up_check_urUSMPoolCreate(hContext, pPoolDesc, ppPool);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (!up_obj_is(hContext, UP_KIND_CONTEXT))
        return UR_RESULT_ERROR_INVALID_CONTEXT;
    return up_pool_create(hContext, pPoolDesc, ppPool);
}

UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolRetain(ur_usm_pool_handle_t pPool)
{
    UP_CHECK_INIT();
    if (pPool == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_pool_is(pPool))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    up_obj_retain(&pPool->obj);
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolRelease(ur_usm_pool_handle_t pPool)
{
    UP_CHECK_INIT();
    if (pPool == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_pool_is(pPool))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    up_pool_release(pPool);
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolGetInfo(ur_usm_pool_handle_t hPool,
                                                     ur_usm_pool_info_t propName, size_t propSize,
                                                     void *pPropValue, size_t *pPropSizeRet)
{
    UP_CHECK_INIT();
    ur_result_t res =
        up_check_urUSMPoolGetInfo(hPool, propName, propSize, pPropValue, pPropSizeRet);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (!up_pool_is(hPool))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    if (propName == UR_USM_POOL_INFO_CONTEXT)
        return up_info_return(propSize, pPropValue, pPropSizeRet, &hPool->context,
                              sizeof(hPool->context));
    uint32_t rc = up_obj_refcount(&hPool->obj);
    return up_info_return(propSize, pPropValue, pPropSizeRet, &rc, sizeof(rc));
}
