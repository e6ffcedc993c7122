/* SPDX-License-Identifier: MIT */
/* hipError_t -> ur_result_t, in one place, and the record kept for urAdapterGetLastError. */
#include "adapters/hip/hip_internal.h"

#include <stdarg.h>
#include <stdio.h>

ur_result_t uphip_map_error(uphip_error_t err, uphip_call_kind_t kind)
{
    switch (err) {
    case UPHIP_SUCCESS:
        return UR_RESULT_SUCCESS;
    case UPHIP_ERROR_OUT_OF_MEMORY:
        return kind == UPHIP_CALL_HOST_ALLOC ? UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
                                             : UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY;
    case UPHIP_ERROR_INVALID_VALUE:
        return UR_RESULT_ERROR_INVALID_VALUE;
    case UPHIP_ERROR_NOT_INITIALIZED:
    case UPHIP_ERROR_DEINITIALIZED:
        return UR_RESULT_ERROR_UNINITIALIZED;
    case UPHIP_ERROR_INVALID_DEVICE:
        /* HIP answers an enable to a peer it cannot reach with hipErrorInvalidDevice. */
        return kind == UPHIP_CALL_PEER_ENABLE ? UR_RESULT_ERROR_UNSUPPORTED_FEATURE
                                              : UR_RESULT_ERROR_ADAPTER_SPECIFIC;
    case UPHIP_ERROR_NOT_READY:
    case UPHIP_ERROR_INVALID_HANDLE:
        return kind == UPHIP_CALL_PROFILING ? UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE
                                            : UR_RESULT_ERROR_ADAPTER_SPECIFIC;
    /* The device is gone or its context is poisoned: nothing on it can be trusted any more. */
    case UPHIP_ERROR_ECC_NOT_CORRECTABLE:
    case UPHIP_ERROR_ILLEGAL_ADDRESS:
    case UPHIP_ERROR_LAUNCH_FAILURE:
    case UPHIP_ERROR_PRIOR_LAUNCH_FAILURE:
    case UPHIP_ERROR_LAUNCH_TIMEOUT:
    case UPHIP_ERROR_ASSERT:
        return UR_RESULT_ERROR_DEVICE_LOST;
    default:
        return UR_RESULT_ERROR_ADAPTER_SPECIFIC;
    }
}

ur_result_t uphip_fail(ur_adapter_handle_t adapter, uphip_error_t err, uphip_call_kind_t kind,
                       const char *fmt, ...)
{
    const struct uphip_driver *drv = uphip_drv(adapter);
    const char *name = drv->hipGetErrorName != NULL ? drv->hipGetErrorName(err) : NULL;
    const char *desc = drv->hipGetErrorString != NULL ? drv->hipGetErrorString(err) : NULL;
    ur_result_t res = uphip_map_error(err, kind);
    char call[256];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(call, sizeof(call), fmt, ap);
    va_end(ap);
    if (name == NULL)
        name = "hipError";
    if (desc == NULL)
        desc = "";
    up_set_native_error(adapter, (int32_t)err, call, name, desc);
    return res;
}
