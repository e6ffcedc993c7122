/* SPDX-License-Identifier: MIT */
/* urUSM* entry points. Every allocation is tracked by the core (pointer -> allocation) and holds
 * a reference on its context until freed. */
#include "core/core.h"

/* Largest alignment urpeer honours (a page); larger values give INVALID_VALUE. */
#define UP_MAX_USM_ALIGN 4096u

static bool context_has_device(ur_context_handle_t ctx, ur_device_handle_t dev)
{
    for (uint32_t i = 0; i < ctx->num_devices; i++)
        if (ctx->devices[i] == dev)
            return true;
    return false;
}

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
    if (pool != NULL)
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE; /* USM pools are not supported */
    if (dev != NULL) {
        if (!up_obj_is(dev, UP_KIND_DEVICE) || !context_has_device(ctx, dev))
            return UR_RESULT_ERROR_INVALID_DEVICE;
        if (size > dev->props.max_mem_alloc_size)
            return UR_RESULT_ERROR_INVALID_USM_SIZE;
    } else {
        for (uint32_t i = 0; i < ctx->num_devices; i++)
            if (size > ctx->devices[i]->props.max_mem_alloc_size)
                return UR_RESULT_ERROR_INVALID_USM_SIZE;
    }

    struct up_alloc a = {
        .size = size,
        .type = type,
        .device = dev,
        .context = ctx,
    };
    ur_result_t res;
    if (type == UR_USM_TYPE_SHARED) {
        /* Only adapters whose devices report shared USM have the operation. */
        if (ctx->obj.ops->usm_alloc_shared == NULL)
            return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
        res = ctx->obj.ops->usm_alloc_shared(ctx, dev, size, align, &a.base, &a.priv);
    } else {
        res = ctx->obj.ops->usm_alloc(ctx, dev, size, align, &a.base, &a.priv);
    }
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = up_usm_track_add(&a);
    if (res != UR_RESULT_SUCCESS)
        goto err_free_alloc;
    up_obj_retain(&ctx->obj);
    *ppMem = a.base;
    return UR_RESULT_SUCCESS;

err_free_alloc:
    (void)ctx->obj.ops->usm_free(ctx, &a);
    return res;
}

UR_APIEXPORT ur_result_t UR_APICALL urUSMDeviceAlloc(ur_context_handle_t hContext,
                                                     ur_device_handle_t hDevice,
                                                     const ur_usm_desc_t *pUSMDesc,
                                                     ur_usm_pool_handle_t pool, size_t size,
                                                     void **ppMem)
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
    return alloc_common(hContext, hDevice, UR_USM_TYPE_DEVICE, pUSMDesc, pool, size, ppMem);
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
    return alloc_common(hContext, hDevice, UR_USM_TYPE_SHARED, pUSMDesc, pool, size, ppMem);
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
    if (!known && hContext->obj.ops->usm_lookup != NULL)
        known = hContext->obj.ops->usm_lookup(hContext, pMem, &a) == UR_RESULT_SUCCESS;
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
        return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION; /* POOL: no pools */
    }
}
