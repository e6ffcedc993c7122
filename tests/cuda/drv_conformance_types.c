/* SPDX-License-Identifier: MIT */
/*
 * cuda_drv.h against the official headers, types half: the header as the adapter compiles it
 * (its own types), next to cuda.h. Integer types must be the same type; enum and handle types
 * must have the same size and alignment (an enum is passed as its integer type); CUuuid must have
 * the same layout.
 */
#include <cuda.h>

#include "cuda_drv.h"
#include "drv_conformance.h"

#include <stddef.h>

DRV_CONSTANTS(DRV_SAME_VALUE)

#define DRV_SAME_TYPE(ours, theirs)                                                                \
    _Static_assert(__builtin_types_compatible_p(ours, theirs), #ours " is not " #theirs);
#define DRV_SAME_SIZE(ours, theirs)                                                                \
    _Static_assert(sizeof(ours) == sizeof(theirs) && _Alignof(ours) == _Alignof(theirs),           \
                   #ours " and " #theirs " differ in size or alignment");

#define DRV_TYPES(SAME_TYPE, SAME_SIZE)                                                            \
    SAME_TYPE(upcu_device_t, CUdevice)                                                             \
    SAME_TYPE(upcu_deviceptr_t, CUdeviceptr)                                                       \
    SAME_TYPE(upcu_uint64_t, cuuint64_t)                                                           \
    SAME_SIZE(upcu_result_t, CUresult)                                                             \
    SAME_SIZE(upcu_device_attribute_t, CUdevice_attribute)                                         \
    SAME_SIZE(upcu_p2p_attribute_t, CUdevice_P2PAttribute)                                         \
    SAME_SIZE(upcu_pointer_attribute_t, CUpointer_attribute)                                       \
    SAME_SIZE(upcu_proc_query_result_t, CUdriverProcAddressQueryResult)                            \
    SAME_SIZE(upcu_context_t, CUcontext)                                                           \
    SAME_SIZE(upcu_stream_t, CUstream)                                                             \
    SAME_SIZE(upcu_event_t, CUevent)                                                               \
    SAME_SIZE(upcu_module_t, CUmodule)                                                             \
    SAME_SIZE(upcu_function_t, CUfunction)                                                         \
    SAME_SIZE(upcu_uuid_t, CUuuid)

DRV_TYPES(DRV_SAME_TYPE, DRV_SAME_SIZE)

_Static_assert(offsetof(upcu_uuid_t, bytes) == offsetof(CUuuid, bytes) &&
                   sizeof(((upcu_uuid_t *)0)->bytes) == sizeof(((CUuuid *)0)->bytes),
               "upcu_uuid_t and CUuuid differ in layout");
/* Every CUresult the adapter names fits our int. */
_Static_assert(CUDA_ERROR_UNKNOWN <= 0x7fffffff, "CUresult values exceed int");

#define DRV_ONE_TYPE(ours, theirs) +1
int drv_conformance_types(void)
{
    return DRV_CONSTANT_COUNT + (0 DRV_TYPES(DRV_ONE_TYPE, DRV_ONE_TYPE)) + 2;
}
