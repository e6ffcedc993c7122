/* SPDX-License-Identifier: MIT */
/*
 * Header conformance, part 1: every constant, type and structure layout of the adapter's
 * hip_drv.h against AMD's official hip_runtime_api.h. A mismatch stops the build here.
 */
#include "hip_conformance.h"

#include <hip/hip_runtime_api.h>
#include <hip/hip_version.h>

#include "adapters/hip/hip_drv.h"

#include <stddef.h>

#define SAME(ours, theirs)                                                                         \
    _Static_assert((ours) == (theirs), #ours " differs from " #theirs " in hip_runtime_api.h");

/* hipError_t */
SAME(UPHIP_SUCCESS, hipSuccess)
SAME(UPHIP_ERROR_INVALID_VALUE, hipErrorInvalidValue)
SAME(UPHIP_ERROR_OUT_OF_MEMORY, hipErrorOutOfMemory)
SAME(UPHIP_ERROR_NOT_INITIALIZED, hipErrorNotInitialized)
SAME(UPHIP_ERROR_DEINITIALIZED, hipErrorDeinitialized)
SAME(UPHIP_ERROR_PRIOR_LAUNCH_FAILURE, hipErrorPriorLaunchFailure)
SAME(UPHIP_ERROR_NO_DEVICE, hipErrorNoDevice)
SAME(UPHIP_ERROR_INVALID_DEVICE, hipErrorInvalidDevice)
SAME(UPHIP_ERROR_ECC_NOT_CORRECTABLE, hipErrorECCNotCorrectable)
SAME(UPHIP_ERROR_PEER_ACCESS_UNSUPPORTED, hipErrorPeerAccessUnsupported)
SAME(UPHIP_ERROR_INVALID_HANDLE, hipErrorInvalidHandle)
SAME(UPHIP_ERROR_NOT_READY, hipErrorNotReady)
SAME(UPHIP_ERROR_ILLEGAL_ADDRESS, hipErrorIllegalAddress)
SAME(UPHIP_ERROR_LAUNCH_OUT_OF_RESOURCES, hipErrorLaunchOutOfResources)
SAME(UPHIP_ERROR_LAUNCH_TIMEOUT, hipErrorLaunchTimeOut)
SAME(UPHIP_ERROR_PEER_ACCESS_ALREADY_ENABLED, hipErrorPeerAccessAlreadyEnabled)
SAME(UPHIP_ERROR_PEER_ACCESS_NOT_ENABLED, hipErrorPeerAccessNotEnabled)
SAME(UPHIP_ERROR_ASSERT, hipErrorAssert)
SAME(UPHIP_ERROR_LAUNCH_FAILURE, hipErrorLaunchFailure)
SAME(UPHIP_ERROR_NOT_SUPPORTED, hipErrorNotSupported)
SAME(UPHIP_ERROR_UNKNOWN, hipErrorUnknown)

/* hipDeviceP2PAttr: numbered from 0 on HIP. */
SAME(UPHIP_P2P_ATTR_PERFORMANCE_RANK, hipDevP2PAttrPerformanceRank)
SAME(UPHIP_P2P_ATTR_ACCESS_SUPPORTED, hipDevP2PAttrAccessSupported)
SAME(UPHIP_P2P_ATTR_NATIVE_ATOMIC_SUPPORTED, hipDevP2PAttrNativeAtomicSupported)
SAME(UPHIP_P2P_ATTR_HIP_ARRAY_ACCESS_SUPPORTED, hipDevP2PAttrHipArrayAccessSupported)
SAME(UPHIP_P2P_ATTR_PERFORMANCE_RANK, 0)

/* hipDeviceAttribute_t */
SAME(UPHIP_ATTR_CLOCK_RATE, hipDeviceAttributeClockRate)
SAME(UPHIP_ATTR_CONCURRENT_MANAGED_ACCESS, hipDeviceAttributeConcurrentManagedAccess)
SAME(UPHIP_ATTR_L2_CACHE_SIZE, hipDeviceAttributeL2CacheSize)
SAME(UPHIP_ATTR_MANAGED_MEMORY, hipDeviceAttributeManagedMemory)
SAME(UPHIP_ATTR_MAX_THREADS_PER_BLOCK, hipDeviceAttributeMaxThreadsPerBlock)
SAME(UPHIP_ATTR_MEMORY_BUS_WIDTH, hipDeviceAttributeMemoryBusWidth)
SAME(UPHIP_ATTR_MEMORY_CLOCK_RATE, hipDeviceAttributeMemoryClockRate)
SAME(UPHIP_ATTR_MULTIPROCESSOR_COUNT, hipDeviceAttributeMultiprocessorCount)
SAME(UPHIP_ATTR_MAX_SHARED_MEMORY_PER_BLOCK, hipDeviceAttributeMaxSharedMemoryPerBlock)
SAME(UPHIP_ATTR_ECC_ENABLED, hipDeviceAttributeEccEnabled)
SAME(UPHIP_ATTR_INTEGRATED, hipDeviceAttributeIntegrated)
SAME(UPHIP_ATTR_MAX_BLOCK_DIM_X, hipDeviceAttributeMaxBlockDimX)
SAME(UPHIP_ATTR_MAX_BLOCK_DIM_Y, hipDeviceAttributeMaxBlockDimY)
SAME(UPHIP_ATTR_MAX_BLOCK_DIM_Z, hipDeviceAttributeMaxBlockDimZ)
SAME(UPHIP_ATTR_MAX_GRID_DIM_X, hipDeviceAttributeMaxGridDimX)
SAME(UPHIP_ATTR_MAX_GRID_DIM_Y, hipDeviceAttributeMaxGridDimY)
SAME(UPHIP_ATTR_MAX_GRID_DIM_Z, hipDeviceAttributeMaxGridDimZ)

/* enum hipMemoryType, in the numbering of this header's HIP version. */
#if HIP_VERSION_MAJOR >= 6
SAME(UPHIP_MEMORY_TYPE_V6_UNREGISTERED, hipMemoryTypeUnregistered)
SAME(UPHIP_MEMORY_TYPE_V6_HOST, hipMemoryTypeHost)
SAME(UPHIP_MEMORY_TYPE_V6_DEVICE, hipMemoryTypeDevice)
SAME(UPHIP_MEMORY_TYPE_V6_MANAGED, hipMemoryTypeManaged)
SAME(UPHIP_MEMORY_TYPE_V6_ARRAY, hipMemoryTypeArray)
SAME(UPHIP_MEMORY_TYPE_V6_UNIFIED, hipMemoryTypeUnified)
#define MEMORY_TYPE_MEMBER type
#else
SAME(UPHIP_MEMORY_TYPE_V5_HOST, hipMemoryTypeHost)
SAME(UPHIP_MEMORY_TYPE_V5_DEVICE, hipMemoryTypeDevice)
SAME(UPHIP_MEMORY_TYPE_V5_ARRAY, hipMemoryTypeArray)
SAME(UPHIP_MEMORY_TYPE_V5_UNIFIED, hipMemoryTypeUnified)
#define MEMORY_TYPE_MEMBER memoryType
#endif

/* Flags */
SAME(UPHIP_STREAM_NON_BLOCKING, hipStreamNonBlocking)
SAME(UPHIP_EVENT_DEFAULT, hipEventDefault)
SAME(UPHIP_EVENT_DISABLE_TIMING, hipEventDisableTiming)
SAME(UPHIP_HOST_MALLOC_DEFAULT, hipHostMallocDefault)
SAME(UPHIP_MEMCPY_DEFAULT, hipMemcpyDefault)

/* Version arithmetic */
SAME(UPHIP_VERSION_MAJOR(HIP_VERSION), HIP_VERSION_MAJOR)
SAME(UPHIP_VERSION_MINOR(HIP_VERSION), HIP_VERSION_MINOR)
SAME(UPHIP_VERSION_PATCH(HIP_VERSION), HIP_VERSION_PATCH)

/* Types: our integer types are the enums' compatible types (what makes the prototypes match). */
#define COMPATIBLE(ours, theirs)                                                                   \
    _Static_assert(_Generic((theirs)0, ours : 1, default : 0),                                     \
                   #ours " is not compatible with " #theirs);                                      \
    _Static_assert(sizeof(ours) == sizeof(theirs), #ours " has another size than " #theirs);
COMPATIBLE(uphip_error_t, hipError_t)
COMPATIBLE(uphip_device_attr_t, hipDeviceAttribute_t)
COMPATIBLE(uphip_p2p_attr_t, hipDeviceP2PAttr)
COMPATIBLE(uphip_memcpy_kind_t, hipMemcpyKind)
COMPATIBLE(uphip_device_t, hipDevice_t)
_Static_assert(sizeof(uphip_stream_t) == sizeof(hipStream_t), "hipStream_t size");
_Static_assert(sizeof(uphip_event_t) == sizeof(hipEvent_t), "hipEvent_t size");

/* Structure layouts */
#define MEMBER(ours, om, theirs, tm)                                                               \
    _Static_assert(offsetof(ours, om) == offsetof(theirs, tm), #ours "." #om " offset");           \
    _Static_assert(sizeof(((ours *)0)->om) == sizeof(((theirs *)0)->tm), #ours "." #om " size");
_Static_assert(sizeof(uphip_uuid_t) == sizeof(hipUUID), "hipUUID size");
MEMBER(uphip_uuid_t, bytes, hipUUID, bytes)
_Static_assert(sizeof(uphip_pointer_attribute_t) == sizeof(hipPointerAttribute_t),
               "hipPointerAttribute_t size");
_Static_assert(_Alignof(uphip_pointer_attribute_t) == _Alignof(hipPointerAttribute_t),
               "hipPointerAttribute_t alignment");
MEMBER(uphip_pointer_attribute_t, memory_type, hipPointerAttribute_t, MEMORY_TYPE_MEMBER)
MEMBER(uphip_pointer_attribute_t, device, hipPointerAttribute_t, device)
MEMBER(uphip_pointer_attribute_t, device_pointer, hipPointerAttribute_t, devicePointer)
MEMBER(uphip_pointer_attribute_t, host_pointer, hipPointerAttribute_t, hostPointer)
MEMBER(uphip_pointer_attribute_t, is_managed, hipPointerAttribute_t, isManaged)
MEMBER(uphip_pointer_attribute_t, allocation_flags, hipPointerAttribute_t, allocationFlags)

int hip_conformance_header_version(void)
{
    return HIP_VERSION;
}
