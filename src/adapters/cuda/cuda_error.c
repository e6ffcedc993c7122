/* SPDX-License-Identifier: MIT */
/* CUresult -> ur_result_t, in one place. */
#include "cuda_internal.h"

const char *cu_result_name(const struct cu_adapter *ad, upcu_result_t r)
{
    const char *name = NULL;

    if (ad->api.cuGetErrorName && ad->api.cuGetErrorName(r, &name) == UPCU_SUCCESS && name)
        return name;
    return "CUDA_ERROR_?";
}

static ur_result_t cu_map(upcu_result_t r, unsigned flags)
{
    switch (r) {
    case UPCU_SUCCESS:
        return UR_RESULT_SUCCESS;
    case UPCU_ERROR_INVALID_VALUE:
        return UR_RESULT_ERROR_INVALID_VALUE;
    case UPCU_ERROR_OUT_OF_MEMORY:
        return (flags & CU_ERR_HOST_MEMORY) ? UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
                                            : UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY;
    case UPCU_ERROR_NOT_INITIALIZED:
    case UPCU_ERROR_DEINITIALIZED:
        return UR_RESULT_ERROR_UNINITIALIZED;
    /* The device or its context is unusable from here on. */
    case UPCU_ERROR_ECC_UNCORRECTABLE:
    case UPCU_ERROR_NVLINK_UNCORRECTABLE:
    case UPCU_ERROR_ILLEGAL_ADDRESS:
    case UPCU_ERROR_LAUNCH_TIMEOUT:
    case UPCU_ERROR_HARDWARE_STACK_ERROR:
    case UPCU_ERROR_ILLEGAL_INSTRUCTION:
    case UPCU_ERROR_MISALIGNED_ADDRESS:
    case UPCU_ERROR_INVALID_ADDRESS_SPACE:
    case UPCU_ERROR_INVALID_PC:
    case UPCU_ERROR_LAUNCH_FAILED:
    case UPCU_ERROR_UNKNOWN:
        return UR_RESULT_ERROR_DEVICE_LOST;
    case UPCU_ERROR_TOO_MANY_PEERS:
        return UR_RESULT_ERROR_OUT_OF_RESOURCES;
    case UPCU_ERROR_PEER_ACCESS_UNSUPPORTED:
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    default:
        return UR_RESULT_ERROR_ADAPTER_SPECIFIC;
    }
}

ur_result_t cu_error(struct cu_adapter *ad, upcu_result_t r, const char *call, unsigned flags)
{
    ur_result_t res = cu_map(r, flags);
    const char *desc = NULL;

    if (res == UR_RESULT_SUCCESS)
        return res;
    if (!ad->api.cuGetErrorString || ad->api.cuGetErrorString(r, &desc) != UPCU_SUCCESS || !desc)
        desc = "unknown error";
    /* Also logged (info) by the core. */
    up_set_native_error(ad->handle, (int32_t)r, call, cu_result_name(ad, r), desc);
    return res;
}
