/* SPDX-License-Identifier: MIT */
/* urQueue* entry points. A queue holds a reference on its context. */
#include "core/core.h"

#include <stdlib.h>

UR_APIEXPORT ur_result_t UR_APICALL urQueueCreate(ur_context_handle_t hContext,
                                                  ur_device_handle_t hDevice,
                                                  const ur_queue_properties_t *pProperties,
                                                  ur_queue_handle_t *phQueue)
{
    UP_CHECK_INIT();
    if (phQueue == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hContext == NULL || hDevice == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    ur_queue_flags_t flags = pProperties ? pProperties->flags : 0;
    if (flags & UR_QUEUE_FLAGS_MASK)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if ((flags & UR_QUEUE_FLAG_PRIORITY_HIGH) && (flags & UR_QUEUE_FLAG_PRIORITY_LOW))
        return UR_RESULT_ERROR_INVALID_QUEUE_PROPERTIES;
    if ((flags & UR_QUEUE_FLAG_SUBMISSION_BATCHED) && (flags & UR_QUEUE_FLAG_SUBMISSION_IMMEDIATE))
        return UR_RESULT_ERROR_INVALID_QUEUE_PROPERTIES;
    if (!up_obj_is(hContext, UP_KIND_CONTEXT))
        return UR_RESULT_ERROR_INVALID_CONTEXT;
    if (!up_obj_is(hDevice, UP_KIND_DEVICE))
        return UR_RESULT_ERROR_INVALID_DEVICE;
    if (!up_context_has_device(hContext, hDevice))
        return UR_RESULT_ERROR_INVALID_DEVICE;

    ur_queue_handle_t q = up_obj_alloc(UP_KIND_QUEUE);
    if (q == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    q->obj.ops = hContext->obj.ops;
    q->context = hContext;
    q->device = hDevice;
    q->flags = flags;
    ur_result_t res = hContext->obj.ops->queue_create(q);
    if (res != UR_RESULT_SUCCESS) {
        up_obj_free(q, UP_KIND_QUEUE);
        return res;
    }
    up_obj_init(&q->obj, hContext->obj.ops, UP_KIND_QUEUE);
    up_obj_retain(&hContext->obj);
    *phQueue = q;
    return UR_RESULT_SUCCESS;
}

static ur_result_t check_queue(ur_queue_handle_t h)
{
    if (h == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_obj_is(h, UP_KIND_QUEUE))
        return UR_RESULT_ERROR_INVALID_QUEUE;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urQueueRetain(ur_queue_handle_t hQueue)
{
    UP_CHECK_INIT();
    ur_result_t res = check_queue(hQueue);
    if (res == UR_RESULT_SUCCESS)
        up_obj_retain(&hQueue->obj);
    return res;
}

UR_APIEXPORT ur_result_t UR_APICALL urQueueRelease(ur_queue_handle_t hQueue)
{
    UP_CHECK_INIT();
    ur_result_t res = check_queue(hQueue);
    if (res != UR_RESULT_SUCCESS)
        return res;
    /* Release performs an implicit flush. */
    (void)hQueue->obj.ops->queue_flush(hQueue);
    if (up_obj_release(&hQueue->obj))
        up_queue_release_final(hQueue);
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urQueueFinish(ur_queue_handle_t hQueue)
{
    UP_CHECK_INIT();
    ur_result_t res = check_queue(hQueue);
    if (res != UR_RESULT_SUCCESS)
        return res;
    return hQueue->obj.ops->queue_finish(hQueue);
}

UR_APIEXPORT ur_result_t UR_APICALL urQueueFlush(ur_queue_handle_t hQueue)
{
    UP_CHECK_INIT();
    ur_result_t res = check_queue(hQueue);
    if (res != UR_RESULT_SUCCESS)
        return res;
    return hQueue->obj.ops->queue_flush(hQueue);
}

UR_APIEXPORT ur_result_t UR_APICALL urQueueGetInfo(ur_queue_handle_t hQueue,
                                                   ur_queue_info_t propName, size_t propSize,
                                                   void *pPropValue, size_t *pPropSizeRet)
{
    UP_CHECK_INIT();
    ur_result_t res = up_info_check_ptrs(propSize, pPropValue, pPropSizeRet);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (hQueue == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if ((uint32_t)propName > UR_QUEUE_INFO_EMPTY)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (propSize == 0 && pPropValue != NULL)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if (!up_obj_is(hQueue, UP_KIND_QUEUE))
        return UR_RESULT_ERROR_INVALID_QUEUE;
    switch (propName) {
    case UR_QUEUE_INFO_CONTEXT:
        return up_info_return(propSize, pPropValue, pPropSizeRet, &hQueue->context,
                              sizeof(hQueue->context));
    case UR_QUEUE_INFO_DEVICE:
        return up_info_return(propSize, pPropValue, pPropSizeRet, &hQueue->device,
                              sizeof(hQueue->device));
    case UR_QUEUE_INFO_FLAGS:
        return up_info_return(propSize, pPropValue, pPropSizeRet, &hQueue->flags,
                              sizeof(hQueue->flags));
    case UR_QUEUE_INFO_REFERENCE_COUNT: {
        uint32_t n = up_obj_refcount(&hQueue->obj);
        return up_info_return(propSize, pPropValue, pPropSizeRet, &n, sizeof(n));
    }
    case UR_QUEUE_INFO_EMPTY: {
        /* Optional query: adapters that cannot tell answer UNSUPPORTED_ENUMERATION. */
        if (hQueue->obj.ops->queue_empty == NULL)
            return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
        ur_bool_t empty = 0;
        if (pPropValue != NULL && propSize >= sizeof(empty)) {
            bool e = false;
            res = hQueue->obj.ops->queue_empty(hQueue, &e);
            if (res != UR_RESULT_SUCCESS)
                return res;
            empty = e ? 1 : 0;
        }
        return up_info_return(propSize, pPropValue, pPropSizeRet, &empty, sizeof(empty));
    }
    default:
        return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
    }
}

UR_APIEXPORT ur_result_t UR_APICALL urQueueGetNativeHandle(ur_queue_handle_t hQueue,
                                                           ur_queue_native_desc_t *pDesc,
                                                           ur_native_handle_t *phNativeQueue)
{
    UP_CHECK_INIT();
    (void)pDesc; /* no backend here needs adapter-specific data */
    ur_result_t res = check_queue(hQueue);
    if (res == UR_RESULT_ERROR_INVALID_NULL_HANDLE)
        return res;
    if (phNativeQueue == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (hQueue->obj.ops->queue_get_native == NULL)
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    ur_native_handle_t native = 0;
    res = hQueue->obj.ops->queue_get_native(hQueue, &native);
    if (res == UR_RESULT_SUCCESS)
        *phNativeQueue = native;
    return res;
}

UR_APIEXPORT ur_result_t UR_APICALL urQueueCreateWithNativeHandle(
    ur_native_handle_t hNativeQueue, ur_context_handle_t hContext, ur_device_handle_t hDevice,
    const ur_queue_native_properties_t *pProperties, ur_queue_handle_t *phQueue)
{
    UP_CHECK_INIT();
    if (hContext == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (phQueue == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (!up_obj_is(hContext, UP_KIND_CONTEXT))
        return UR_RESULT_ERROR_INVALID_CONTEXT;
    if (hDevice != NULL) {
        if (!up_obj_is(hDevice, UP_KIND_DEVICE))
            return UR_RESULT_ERROR_INVALID_DEVICE;
        if (!up_context_has_device(hContext, hDevice))
            return UR_RESULT_ERROR_INVALID_DEVICE;
    }
    const struct up_adapter_ops *ops = hContext->obj.ops;
    if (ops->queue_create_native == NULL)
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;

    ur_queue_handle_t q = up_obj_alloc(UP_KIND_QUEUE);
    if (q == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    q->obj.ops = ops;
    q->context = hContext;
    q->device = hDevice; /* the adapter sets it from the native queue when NULL */
    bool owned = pProperties != NULL && pProperties->isNativeHandleOwned;
    ur_result_t res = ops->queue_create_native(q, hNativeQueue, owned);
    if (res != UR_RESULT_SUCCESS) {
        up_obj_free(q, UP_KIND_QUEUE);
        return res;
    }
    up_obj_init(&q->obj, ops, UP_KIND_QUEUE);
    up_obj_retain(&hContext->obj);
    *phQueue = q;
    return UR_RESULT_SUCCESS;
}
