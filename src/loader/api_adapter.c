/* SPDX-License-Identifier: MIT */
/* urAdapter* entry points. Adapter handles live from urLoaderInit to the last urLoaderTearDown;
 * their reference count is what urAdapterGet/Retain/Release say (reported by leak checking). */
#include "loader/loader.h"

UR_APIEXPORT ur_result_t UR_APICALL urAdapterGet(uint32_t NumEntries,
                                                 ur_adapter_handle_t *phAdapters,
                                                 uint32_t *pNumAdapters)
{
    UP_CHECK_INIT();
    if (NumEntries == 0 && phAdapters != NULL)
        return UR_RESULT_ERROR_INVALID_SIZE;
    uint32_t n = up_adapter_count();
    if (phAdapters != NULL) {
        for (uint32_t i = 0; i < n && i < NumEntries; i++) {
            ur_adapter_handle_t a = up_adapter_at(i);
            up_obj_retain(&a->obj);
            atomic_fetch_add_explicit(&up_adapter_refs, 1, memory_order_relaxed);
            phAdapters[i] = a;
        }
    }
    if (pNumAdapters != NULL)
        *pNumAdapters = n;
    return UR_RESULT_SUCCESS;
}

static ur_result_t check_adapter(ur_adapter_handle_t h)
{
    if (h == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_obj_is(h, UP_KIND_ADAPTER))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urAdapterRetain(ur_adapter_handle_t hAdapter)
{
    UP_CHECK_INIT();
    ur_result_t res = check_adapter(hAdapter);
    if (res != UR_RESULT_SUCCESS)
        return res;
    up_obj_retain(&hAdapter->obj);
    atomic_fetch_add_explicit(&up_adapter_refs, 1, memory_order_relaxed);
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urAdapterRelease(ur_adapter_handle_t hAdapter)
{
    UP_CHECK_INIT();
    ur_result_t res = check_adapter(hAdapter);
    if (res != UR_RESULT_SUCCESS)
        return res;
    /* Never below zero: a release without a reference is an invalid operation. */
    unsigned cur = up_obj_refcount(&hAdapter->obj);
    do {
        if (cur == 0)
            return UR_RESULT_ERROR_INVALID_OPERATION;
    } while (!atomic_compare_exchange_weak(&hAdapter->obj.refcount, &cur, cur - 1));
    atomic_fetch_sub_explicit(&up_adapter_refs, 1, memory_order_relaxed);
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urAdapterGetLastError(ur_adapter_handle_t hAdapter,
                                                          const char **ppMessage, int32_t *pError)
{
    UP_CHECK_INIT();
    if (ppMessage == NULL || pError == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    ur_result_t res = check_adapter(hAdapter);
    if (res != UR_RESULT_SUCCESS)
        return res;
    return up_last_error_get(hAdapter, ppMessage, pError);
}

UR_APIEXPORT ur_result_t UR_APICALL urAdapterGetInfo(ur_adapter_handle_t hAdapter,
                                                     ur_adapter_info_t propName, size_t propSize,
                                                     void *pPropValue, size_t *pPropSizeRet)
{
    UP_CHECK_INIT();
    ur_result_t res = up_info_check_ptrs(propSize, pPropValue, pPropSizeRet);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (hAdapter == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if ((uint32_t)propName > UR_ADAPTER_INFO_VERSION)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (propSize == 0 && pPropValue != NULL)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if (!up_obj_is(hAdapter, UP_KIND_ADAPTER))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    switch (propName) {
    case UR_ADAPTER_INFO_BACKEND: {
        ur_backend_t b = hAdapter->desc->backend;
        return up_info_return(propSize, pPropValue, pPropSizeRet, &b, sizeof(b));
    }
    case UR_ADAPTER_INFO_REFERENCE_COUNT: {
        uint32_t n = up_obj_refcount(&hAdapter->obj);
        return up_info_return(propSize, pPropValue, pPropSizeRet, &n, sizeof(n));
    }
    case UR_ADAPTER_INFO_VERSION: {
        uint32_t v = 1;
        return up_info_return(propSize, pPropValue, pPropSizeRet, &v, sizeof(v));
    }
    default:
        return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
    }
}
