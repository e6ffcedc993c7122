/* SPDX-License-Identifier: MIT */
/* GetInfo output rules and the device queries. */
#ifndef URPEER_CORE_INFO_H
#define URPEER_CORE_INFO_H

#include "core/adapter.h"

#include <string.h>

/* The standard GetInfo output rule: write *pSizeRet = size if asked; if pValue, require
 * propSize >= size (else INVALID_SIZE, value untouched) and copy. */
static inline ur_result_t up_info_return(size_t propSize, void *pValue, size_t *pSizeRet,
                                         const void *src, size_t size)
{
    if (pValue != NULL) {
        if (propSize < size) {
            if (pSizeRet != NULL)
                *pSizeRet = size;
            return UR_RESULT_ERROR_INVALID_SIZE;
        }
        memcpy(pValue, src, size);
    }
    if (pSizeRet != NULL)
        *pSizeRet = size;
    return UR_RESULT_SUCCESS;
}

static inline ur_result_t up_info_string(size_t propSize, void *pValue, size_t *pSizeRet,
                                         const char *s)
{
    return up_info_return(propSize, pValue, pSizeRet, s, strlen(s) + 1);
}

/* The standard GetInfo argument checks, in upstream's order, after the handle check:
 * propSize != 0 && pValue == NULL, and pValue == NULL && pSizeRet == NULL -> NULL_POINTER. */
static inline ur_result_t up_info_check_ptrs(size_t propSize, const void *pValue,
                                             const size_t *pSizeRet)
{
    if (propSize != 0 && pValue == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (pValue == NULL && pSizeRet == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    return UR_RESULT_SUCCESS;
}

ur_result_t up_device_get_info(ur_device_handle_t dev, ur_device_info_t prop, size_t propSize,
                               void *pValue, size_t *pSizeRet);

#endif /* URPEER_CORE_INFO_H */
