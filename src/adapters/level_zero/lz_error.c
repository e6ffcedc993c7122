/* SPDX-License-Identifier: MIT */
/* Level Zero results: their names, and the one mapping to UR results. */
#include "adapters/level_zero/lz_internal.h"

struct lz_result_desc {
    upze_result_t code;
    const char *name;
    const char *desc;
};

#define LZ_R(n, d)                                                                                 \
    {                                                                                              \
        UPZE_##n, "ZE_" #n, d                                                                      \
    }
static const struct lz_result_desc results[] = {
    LZ_R(RESULT_SUCCESS, "success"),
    LZ_R(RESULT_NOT_READY, "synchronization primitive not signaled"),
    LZ_R(RESULT_ERROR_DEVICE_LOST, "device hung, reset, was removed, or driver update occurred"),
    LZ_R(RESULT_ERROR_OUT_OF_HOST_MEMORY, "insufficient host memory to satisfy call"),
    LZ_R(RESULT_ERROR_OUT_OF_DEVICE_MEMORY, "insufficient device memory to satisfy call"),
    LZ_R(RESULT_ERROR_MODULE_BUILD_FAILURE, "error occurred when building module"),
    LZ_R(RESULT_ERROR_MODULE_LINK_FAILURE, "error occurred when linking modules"),
    LZ_R(RESULT_ERROR_DEVICE_REQUIRES_RESET, "device requires a reset"),
    LZ_R(RESULT_ERROR_DEVICE_IN_LOW_POWER_STATE, "device currently in low power state"),
    LZ_R(RESULT_ERROR_INSUFFICIENT_PERMISSIONS, "access denied due to permission level"),
    LZ_R(RESULT_ERROR_NOT_AVAILABLE, "resource already in use"),
    LZ_R(RESULT_ERROR_DEPENDENCY_UNAVAILABLE, "external required dependency is unavailable"),
    LZ_R(RESULT_WARNING_DROPPED_DATA, "data may have been dropped"),
    LZ_R(RESULT_ERROR_UNINITIALIZED, "driver is not initialized"),
    LZ_R(RESULT_ERROR_UNSUPPORTED_VERSION, "unsupported version"),
    LZ_R(RESULT_ERROR_UNSUPPORTED_FEATURE, "unsupported feature"),
    LZ_R(RESULT_ERROR_INVALID_ARGUMENT, "invalid argument"),
    LZ_R(RESULT_ERROR_INVALID_NULL_HANDLE, "handle argument is not valid"),
    LZ_R(RESULT_ERROR_HANDLE_OBJECT_IN_USE, "object still in use by device"),
    LZ_R(RESULT_ERROR_INVALID_NULL_POINTER, "pointer argument may not be null"),
    LZ_R(RESULT_ERROR_INVALID_SIZE, "size argument is invalid"),
    LZ_R(RESULT_ERROR_UNSUPPORTED_SIZE, "size argument is not supported by the device"),
    LZ_R(RESULT_ERROR_UNSUPPORTED_ALIGNMENT, "alignment argument is not supported by the device"),
    LZ_R(RESULT_ERROR_INVALID_SYNCHRONIZATION_OBJECT, "synchronization object in invalid state"),
    LZ_R(RESULT_ERROR_INVALID_ENUMERATION, "enumerator argument is not valid"),
    LZ_R(RESULT_ERROR_UNSUPPORTED_ENUMERATION, "enumerator argument is not supported"),
    LZ_R(RESULT_ERROR_UNSUPPORTED_IMAGE_FORMAT, "image format is not supported"),
    LZ_R(RESULT_ERROR_INVALID_NATIVE_BINARY, "native binary is not supported"),
    LZ_R(RESULT_ERROR_INVALID_GLOBAL_NAME, "global variable is not found"),
    LZ_R(RESULT_ERROR_INVALID_KERNEL_NAME, "kernel name is not found"),
    LZ_R(RESULT_ERROR_INVALID_FUNCTION_NAME, "function name is not found"),
    LZ_R(RESULT_ERROR_INVALID_GROUP_SIZE_DIMENSION, "group size dimension is not valid"),
    LZ_R(RESULT_ERROR_INVALID_GLOBAL_WIDTH_DIMENSION, "global width dimension is not valid"),
    LZ_R(RESULT_ERROR_INVALID_KERNEL_ARGUMENT_INDEX, "kernel argument index is not valid"),
    LZ_R(RESULT_ERROR_INVALID_KERNEL_ARGUMENT_SIZE, "kernel argument size does not match"),
    LZ_R(RESULT_ERROR_INVALID_KERNEL_ATTRIBUTE_VALUE, "kernel attribute value is not valid"),
    LZ_R(RESULT_ERROR_INVALID_MODULE_UNLINKED, "module with imports needs to be linked"),
    LZ_R(RESULT_ERROR_INVALID_COMMAND_LIST_TYPE, "command list type does not match queue type"),
    LZ_R(RESULT_ERROR_OVERLAPPING_REGIONS, "copy regions overlap"),
    LZ_R(RESULT_ERROR_UNKNOWN, "unknown or internal error"),
};
#undef LZ_R

static const struct lz_result_desc *find(upze_result_t r)
{
    for (size_t i = 0; i < sizeof(results) / sizeof(results[0]); i++)
        if (results[i].code == r)
            return &results[i];
    return NULL;
}

const char *lz_result_name(upze_result_t r)
{
    const struct lz_result_desc *d = find(r);
    return d != NULL ? d->name : "ZE_RESULT_<unknown>";
}

/* The mapping. Anything not named here is ADAPTER_SPECIFIC: the native code and its name stay
 * available through urAdapterGetLastError. */
static ur_result_t map(upze_result_t r)
{
    switch (r) {
    case UPZE_RESULT_SUCCESS:
        return UR_RESULT_SUCCESS;
    case UPZE_RESULT_ERROR_OUT_OF_HOST_MEMORY:
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    case UPZE_RESULT_ERROR_OUT_OF_DEVICE_MEMORY:
        return UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY;
    case UPZE_RESULT_ERROR_UNINITIALIZED:
        return UR_RESULT_ERROR_UNINITIALIZED;
    case UPZE_RESULT_ERROR_DEVICE_LOST:
    case UPZE_RESULT_ERROR_DEVICE_REQUIRES_RESET:
        return UR_RESULT_ERROR_DEVICE_LOST;
    case UPZE_RESULT_ERROR_INVALID_ARGUMENT:
    case UPZE_RESULT_ERROR_INVALID_NULL_HANDLE:
    case UPZE_RESULT_ERROR_INVALID_NULL_POINTER:
    case UPZE_RESULT_ERROR_INVALID_ENUMERATION:
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    case UPZE_RESULT_ERROR_INVALID_SIZE:
    case UPZE_RESULT_ERROR_UNSUPPORTED_SIZE:
        return UR_RESULT_ERROR_INVALID_SIZE;
    case UPZE_RESULT_ERROR_UNSUPPORTED_FEATURE:
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    default:
        return UR_RESULT_ERROR_ADAPTER_SPECIFIC;
    }
}

ur_result_t lz_error(ur_adapter_handle_t adapter, upze_result_t r, const char *call)
{
    const struct lz_result_desc *d;

    if (r == UPZE_RESULT_SUCCESS)
        return UR_RESULT_SUCCESS;
    d = find(r);
    up_set_native_error(adapter, (int32_t)r, call, d != NULL ? d->name : "ZE_RESULT_<unknown>",
                        d != NULL ? d->desc : "unknown Level Zero result");
    UP_DEBUG(LZ_LOG, "%s: %s (0x%x)", call, lz_result_name(r), (unsigned)r);
    return map(r);
}
