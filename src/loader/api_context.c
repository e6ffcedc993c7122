/* SPDX-License-Identifier: MIT */
/* urContext* entry points. A context spans one or more devices of one platform. */
#include "core/core.h"

#include <stdlib.h>

UR_APIEXPORT ur_result_t UR_APICALL urContextCreate(uint32_t DeviceCount,
                                                    const ur_device_handle_t *phDevices,
                                                    const ur_context_properties_t *pProperties,
                                                    ur_context_handle_t *phContext)
{
    UP_CHECK_INIT();
    if (phDevices == NULL || phContext == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (pProperties != NULL && (pProperties->flags & UR_CONTEXT_FLAGS_MASK))
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (DeviceCount == 0)
        return UR_RESULT_ERROR_INVALID_SIZE;
    for (uint32_t i = 0; i < DeviceCount; i++) {
        if (phDevices[i] == NULL)
            return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
        if (!up_obj_is(phDevices[i], UP_KIND_DEVICE))
            return UR_RESULT_ERROR_INVALID_DEVICE;
        if (phDevices[i]->platform != phDevices[0]->platform)
            return UR_RESULT_ERROR_INVALID_DEVICE; /* all devices must share one platform */
    }

    ur_result_t res;
    ur_context_handle_t ctx = up_obj_alloc(UP_KIND_CONTEXT);
    if (ctx == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    ctx->devices = malloc(DeviceCount * sizeof(*ctx->devices));
    if (ctx->devices == NULL) {
        res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
        goto err_free_ctx;
    }
    memcpy(ctx->devices, phDevices, DeviceCount * sizeof(*ctx->devices));
    ctx->num_devices = DeviceCount;
    ctx->platform = phDevices[0]->platform;
    ctx->obj.ops = ctx->platform->obj.ops;
    res = ctx->obj.ops->context_create(ctx);
    if (res != UR_RESULT_SUCCESS)
        goto err_free_devices;
    up_obj_init(&ctx->obj, ctx->platform->obj.ops, UP_KIND_CONTEXT);
    *phContext = ctx;
    return UR_RESULT_SUCCESS;

err_free_devices:
    free(ctx->devices);
err_free_ctx:
    up_obj_free(ctx, UP_KIND_CONTEXT);
    return res;
}

static ur_result_t check_context(ur_context_handle_t h)
{
    if (h == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_obj_is(h, UP_KIND_CONTEXT))
        return UR_RESULT_ERROR_INVALID_CONTEXT;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urContextRetain(ur_context_handle_t hContext)
{
    UP_CHECK_INIT();
    ur_result_t res = check_context(hContext);
    if (res == UR_RESULT_SUCCESS)
        up_obj_retain(&hContext->obj);
    return res;
}

UR_APIEXPORT ur_result_t UR_APICALL urContextRelease(ur_context_handle_t hContext)
{
    UP_CHECK_INIT();
    ur_result_t res = check_context(hContext);
    if (res == UR_RESULT_SUCCESS && up_obj_release(&hContext->obj))
        up_context_release_final(hContext);
    return res;
}

UR_APIEXPORT ur_result_t UR_APICALL urContextGetInfo(ur_context_handle_t hContext,
                                                     ur_context_info_t propName, size_t propSize,
                                                     void *pPropValue, size_t *pPropSizeRet)
{
    UP_CHECK_INIT();
    ur_result_t res = up_info_check_ptrs(propSize, pPropValue, pPropSizeRet);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (hContext == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if ((uint32_t)propName > UR_CONTEXT_INFO_USM_FILL2D_SUPPORT)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (propSize == 0 && pPropValue != NULL)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if (!up_obj_is(hContext, UP_KIND_CONTEXT))
        return UR_RESULT_ERROR_INVALID_CONTEXT;
    switch (propName) {
    case UR_CONTEXT_INFO_NUM_DEVICES:
        return up_info_return(propSize, pPropValue, pPropSizeRet, &hContext->num_devices,
                              sizeof(hContext->num_devices));
    case UR_CONTEXT_INFO_DEVICES:
        return up_info_return(propSize, pPropValue, pPropSizeRet, hContext->devices,
                              hContext->num_devices * sizeof(*hContext->devices));
    case UR_CONTEXT_INFO_REFERENCE_COUNT: {
        uint32_t n = up_obj_refcount(&hContext->obj);
        return up_info_return(propSize, pPropValue, pPropSizeRet, &n, sizeof(n));
    }
    case UR_CONTEXT_INFO_USM_MEMCPY2D_SUPPORT:
    case UR_CONTEXT_INFO_USM_FILL2D_SUPPORT: {
        ur_bool_t yes = 1; /* built by the core from 1D copies and fills (api_enqueue.c) */
        return up_info_return(propSize, pPropValue, pPropSizeRet, &yes, sizeof(yes));
    }
    default:
        return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
    }
}

/* Contexts have no native handle of their own on every backend (a CUDA context spans one
 * device only), so none is given. */
UR_APIEXPORT ur_result_t UR_APICALL urContextGetNativeHandle(ur_context_handle_t hContext,
                                                             ur_native_handle_t *phNativeContext)
{
    UP_CHECK_INIT();
    if (phNativeContext == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    ur_result_t res = check_context(hContext);
    if (res != UR_RESULT_SUCCESS)
        return res;
    return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
}

/* The deleter runs after the last urContextRelease has destroyed the context. A context the
 * application never releases is destroyed at teardown without calling it (teardown calls no
 * application code). */
UR_APIEXPORT ur_result_t UR_APICALL urContextSetExtendedDeleter(
    ur_context_handle_t hContext, ur_context_extended_deleter_t pfnDeleter, void *pUserData)
{
    UP_CHECK_INIT();
    if (pfnDeleter == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    ur_result_t res = check_context(hContext);
    if (res != UR_RESULT_SUCCESS)
        return res;
    hContext->deleter = pfnDeleter;
    hContext->deleter_data = pUserData;
    return UR_RESULT_SUCCESS;
}
