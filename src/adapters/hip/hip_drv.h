/* SPDX-License-Identifier: MIT */
/*
 * The part of the HIP runtime API that the HIP adapter calls, under names of our own (uphip_*,
 * UPHIP_*) so that this header can sit next to AMD's hip_runtime_api.h without a clash. Written
 * from AMD's HIP runtime API documentation. tests/hip/test_hip_header_conformance.c compiles it
 * against the official header and checks every constant, every structure layout and every
 * entry point's prototype.
 *
 * The library is never linked: hip_driver.c opens libamdhip64 with dlopen and resolves the entry
 * points listed in UPHIP_REQUIRED_FUNCS / UPHIP_OPTIONAL_FUNCS with dlsym.
 */
#ifndef URPEER_ADAPTERS_HIP_HIP_DRV_H
#define URPEER_ADAPTERS_HIP_HIP_DRV_H

#include <stddef.h>

/* HIP's enums (hipError_t, hipDeviceAttribute_t, hipDeviceP2PAttr, hipMemcpyKind) have no
 * negative values, so GCC and Clang make `unsigned int` their compatible type: declaring them as
 * unsigned int keeps our prototypes compatible with the official ones (the conformance test
 * checks this). */
typedef unsigned int uphip_error_t;
typedef unsigned int uphip_device_attr_t;
typedef unsigned int uphip_p2p_attr_t;
typedef unsigned int uphip_memcpy_kind_t;
typedef int uphip_device_t; /* hipDevice_t: the device ordinal */

/* The conformance test defines UPHIP_USE_OFFICIAL_TYPES and names the official types instead,
 * to check prototypes that take them. */
#ifndef UPHIP_USE_OFFICIAL_TYPES
typedef struct uphip_stream_st *uphip_stream_t; /* hipStream_t */
typedef struct uphip_event_st *uphip_event_t;   /* hipEvent_t */

/* hipUUID */
typedef struct uphip_uuid {
    char bytes[16];
} uphip_uuid_t;

/* hipPointerAttribute_t. The first member is `memoryType` in HIP 5 and `type` in HIP 6; the
 * layout is the same, the values of enum hipMemoryType are not (see below). */
typedef struct uphip_pointer_attribute {
    unsigned int memory_type;
    int device;
    void *device_pointer;
    void *host_pointer;
    int is_managed;
    unsigned int allocation_flags;
} uphip_pointer_attribute_t;
#endif

/* hipError_t values we look at. */
#define UPHIP_SUCCESS 0u
#define UPHIP_ERROR_INVALID_VALUE 1u
#define UPHIP_ERROR_OUT_OF_MEMORY 2u
#define UPHIP_ERROR_NOT_INITIALIZED 3u
#define UPHIP_ERROR_DEINITIALIZED 4u
#define UPHIP_ERROR_PRIOR_LAUNCH_FAILURE 53u
#define UPHIP_ERROR_NO_DEVICE 100u
#define UPHIP_ERROR_INVALID_DEVICE 101u
#define UPHIP_ERROR_ECC_NOT_CORRECTABLE 214u
#define UPHIP_ERROR_PEER_ACCESS_UNSUPPORTED 217u
#define UPHIP_ERROR_INVALID_HANDLE 400u
#define UPHIP_ERROR_NOT_READY 600u
#define UPHIP_ERROR_ILLEGAL_ADDRESS 700u
#define UPHIP_ERROR_LAUNCH_OUT_OF_RESOURCES 701u
#define UPHIP_ERROR_LAUNCH_TIMEOUT 702u
#define UPHIP_ERROR_PEER_ACCESS_ALREADY_ENABLED 704u
#define UPHIP_ERROR_PEER_ACCESS_NOT_ENABLED 705u
#define UPHIP_ERROR_ASSERT 710u
#define UPHIP_ERROR_LAUNCH_FAILURE 719u
#define UPHIP_ERROR_NOT_SUPPORTED 801u
#define UPHIP_ERROR_UNKNOWN 999u

/* hipDeviceP2PAttr: starts at 0 on HIP (CUDA's CUdevice_P2PAttribute starts at 1). */
#define UPHIP_P2P_ATTR_PERFORMANCE_RANK 0u
#define UPHIP_P2P_ATTR_ACCESS_SUPPORTED 1u
#define UPHIP_P2P_ATTR_NATIVE_ATOMIC_SUPPORTED 2u
#define UPHIP_P2P_ATTR_HIP_ARRAY_ACCESS_SUPPORTED 3u

/* hipDeviceAttribute_t values we query (the same numbers in HIP 5 and 6). */
#define UPHIP_ATTR_ECC_ENABLED 0u
#define UPHIP_ATTR_CLOCK_RATE 5u /* kHz */
#define UPHIP_ATTR_CONCURRENT_MANAGED_ACCESS 9u
#define UPHIP_ATTR_INTEGRATED 16u
#define UPHIP_ATTR_L2_CACHE_SIZE 19u /* bytes */
#define UPHIP_ATTR_MANAGED_MEMORY 24u
#define UPHIP_ATTR_MAX_BLOCK_DIM_X 26u
#define UPHIP_ATTR_MAX_BLOCK_DIM_Y 27u
#define UPHIP_ATTR_MAX_BLOCK_DIM_Z 28u
#define UPHIP_ATTR_MAX_GRID_DIM_X 29u
#define UPHIP_ATTR_MAX_GRID_DIM_Y 30u
#define UPHIP_ATTR_MAX_GRID_DIM_Z 31u
#define UPHIP_ATTR_MAX_THREADS_PER_BLOCK 56u
#define UPHIP_ATTR_MEMORY_BUS_WIDTH 59u  /* bits */
#define UPHIP_ATTR_MEMORY_CLOCK_RATE 60u /* kHz */
#define UPHIP_ATTR_MULTIPROCESSOR_COUNT 63u
#define UPHIP_ATTR_MAX_SHARED_MEMORY_PER_BLOCK 74u /* bytes */

/* enum hipMemoryType, as hipPointerGetAttributes reports it. HIP 6 renumbered it to match
 * CUDA; the runtime version tells which numbering the loaded library uses. */
#define UPHIP_MEMORY_TYPE_V5_HOST 0u
#define UPHIP_MEMORY_TYPE_V5_DEVICE 1u
#define UPHIP_MEMORY_TYPE_V5_ARRAY 2u
#define UPHIP_MEMORY_TYPE_V5_UNIFIED 3u
#define UPHIP_MEMORY_TYPE_V6_UNREGISTERED 0u
#define UPHIP_MEMORY_TYPE_V6_HOST 1u
#define UPHIP_MEMORY_TYPE_V6_DEVICE 2u
#define UPHIP_MEMORY_TYPE_V6_MANAGED 3u
#define UPHIP_MEMORY_TYPE_V6_ARRAY 10u
#define UPHIP_MEMORY_TYPE_V6_UNIFIED 11u

/* hipRuntimeGetVersion / HIP_VERSION: major * 10000000 + minor * 100000 + patch. */
#define UPHIP_VERSION_MAJOR(v) ((v) / 10000000)
#define UPHIP_VERSION_MINOR(v) (((v) / 100000) % 100)
#define UPHIP_VERSION_PATCH(v) ((v) % 100000)

/* Flags. */
#define UPHIP_STREAM_NON_BLOCKING 0x1u  /* hipStreamNonBlocking */
#define UPHIP_EVENT_DEFAULT 0x0u        /* hipEventDefault */
#define UPHIP_EVENT_DISABLE_TIMING 0x2u /* hipEventDisableTiming */
#define UPHIP_HOST_MALLOC_DEFAULT 0x0u  /* hipHostMallocDefault */
#define UPHIP_MEM_ATTACH_GLOBAL 0x1u    /* hipMemAttachGlobal (hipMallocManaged) */
#define UPHIP_MEMCPY_DEFAULT 4u         /* hipMemcpyDefault */

/* Entry points: X(return type, name, parameter list). Every one is resolved by its own name. */
#define UPHIP_REQUIRED_FUNCS(X)                                                                    \
    X(uphip_error_t, hipInit, (unsigned int flags))                                                \
    X(uphip_error_t, hipGetDeviceCount, (int *count))                                              \
    X(uphip_error_t, hipDriverGetVersion, (int *version))                                          \
    X(uphip_error_t, hipRuntimeGetVersion, (int *version))                                         \
    X(const char *, hipGetErrorName, (uphip_error_t error))                                        \
    X(const char *, hipGetErrorString, (uphip_error_t error))                                      \
    X(uphip_error_t, hipGetDevice, (int *device))                                                  \
    X(uphip_error_t, hipSetDevice, (int device))                                                   \
    X(uphip_error_t, hipDeviceSynchronize, (void))                                                 \
    X(uphip_error_t, hipDeviceGetName, (char *name, int len, uphip_device_t device))               \
    X(uphip_error_t, hipDeviceTotalMem, (size_t * bytes, uphip_device_t device))                   \
    X(uphip_error_t, hipDeviceGetAttribute, (int *value, uphip_device_attr_t attr, int device))    \
    X(uphip_error_t, hipDeviceGetPCIBusId, (char *bus_id, int len, int device))                    \
    X(uphip_error_t, hipDeviceCanAccessPeer, (int *can_access, int device, int peer))              \
    X(uphip_error_t, hipDeviceGetP2PAttribute,                                                     \
      (int *value, uphip_p2p_attr_t attr, int src_device, int dst_device))                         \
    X(uphip_error_t, hipDeviceEnablePeerAccess, (int peer, unsigned int flags))                    \
    X(uphip_error_t, hipDeviceDisablePeerAccess, (int peer))                                       \
    X(uphip_error_t, hipMalloc, (void **ptr, size_t size))                                         \
    X(uphip_error_t, hipMallocManaged, (void **ptr, size_t size, unsigned int flags))              \
    X(uphip_error_t, hipHostMalloc, (void **ptr, size_t size, unsigned int flags))                 \
    X(uphip_error_t, hipFree, (void *ptr))                                                         \
    X(uphip_error_t, hipHostFree, (void *ptr))                                                     \
    X(uphip_error_t, hipPointerGetAttributes,                                                      \
      (uphip_pointer_attribute_t * attributes, const void *ptr))                                   \
    X(uphip_error_t, hipStreamCreateWithFlags, (uphip_stream_t * stream, unsigned int flags))      \
    X(uphip_error_t, hipStreamDestroy, (uphip_stream_t stream))                                    \
    X(uphip_error_t, hipStreamSynchronize, (uphip_stream_t stream))                                \
    X(uphip_error_t, hipStreamWaitEvent,                                                           \
      (uphip_stream_t stream, uphip_event_t event, unsigned int flags))                            \
    X(uphip_error_t, hipEventCreateWithFlags, (uphip_event_t * event, unsigned int flags))         \
    X(uphip_error_t, hipEventDestroy, (uphip_event_t event))                                       \
    X(uphip_error_t, hipEventRecord, (uphip_event_t event, uphip_stream_t stream))                 \
    X(uphip_error_t, hipEventQuery, (uphip_event_t event))                                         \
    X(uphip_error_t, hipEventSynchronize, (uphip_event_t event))                                   \
    X(uphip_error_t, hipEventElapsedTime, (float *ms, uphip_event_t start, uphip_event_t stop))    \
    X(uphip_error_t, hipMemcpyAsync,                                                               \
      (void *dst, const void *src, size_t size, uphip_memcpy_kind_t kind, uphip_stream_t stream))  \
    X(uphip_error_t, hipMemsetD8Async,                                                             \
      (void *dst, unsigned char value, size_t count, uphip_stream_t stream))                       \
    X(uphip_error_t, hipMemsetD16Async,                                                            \
      (void *dst, unsigned short value, size_t count, uphip_stream_t stream))                      \
    X(uphip_error_t, hipMemsetD32Async, (void *dst, int value, size_t count, uphip_stream_t stream))

/* Entry points whose absence only turns a feature off. */
#define UPHIP_OPTIONAL_FUNCS(X)                                                                    \
    X(uphip_error_t, hipDeviceGetUuid, (uphip_uuid_t * uuid, uphip_device_t device))               \
    X(uphip_error_t, hipMemGetAddressRange, (void **base, size_t *size, void *ptr))

/* One pointer type per entry point: uphip_<name>_fn. */
#define UPHIP_DECLARE_FN_TYPE(ret, name, params) typedef ret(*uphip_##name##_fn) params;
UPHIP_REQUIRED_FUNCS(UPHIP_DECLARE_FN_TYPE)
UPHIP_OPTIONAL_FUNCS(UPHIP_DECLARE_FN_TYPE)
#undef UPHIP_DECLARE_FN_TYPE

#endif /* URPEER_ADAPTERS_HIP_HIP_DRV_H */
