/* SPDX-License-Identifier: MIT */
/*
 * The few CUDA driver API types, constants and entry points the CUDA adapter uses, written from
 * NVIDIA's CUDA Driver API documentation, under names that cannot clash with cuda.h (upcu_*,
 * UPCU_*). The library is opened with dlopen at run time; nothing here needs the CUDA toolkit.
 *
 * Each entry point is resolved through cuGetProcAddress at an explicit CUDA version: the version
 * in the list below is the one where the variant declared here became current, so the driver
 * hands back exactly that variant (cuMemAlloc at 3020 is cuMemAlloc_v2; cuCtxSynchronize at 2000
 * is the one without a context argument, not CUDA 13's cuCtxSynchronize_v2). Where
 * cuGetProcAddress is missing (drivers before CUDA 11.3), the exact exported symbol is looked up
 * with dlsym instead.
 *
 * tests/cuda/drv_conformance checks every value and prototype here against the official cuda.h
 * and cudaTypedefs.h wherever they are installed. For that check, defining
 * UPCU_USE_OFFICIAL_TYPES after including <cuda.h> makes the handle and enum types below aliases
 * of cuda.h's own, so the function-pointer types can be compared exactly.
 */
#ifndef URPEER_ADAPTERS_CUDA_DRV_H
#define URPEER_ADAPTERS_CUDA_DRV_H

#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------------------------------------
 * Types.
 */
#if defined(UPCU_USE_OFFICIAL_TYPES)
typedef CUresult upcu_result_t;
typedef CUdevice upcu_device_t;
typedef CUdeviceptr upcu_deviceptr_t;
typedef CUcontext upcu_context_t;
typedef CUstream upcu_stream_t;
typedef CUevent upcu_event_t;
typedef CUmodule upcu_module_t;
typedef CUfunction upcu_function_t;
typedef CUuuid upcu_uuid_t;
typedef CUdevice_attribute upcu_device_attribute_t;
typedef CUdevice_P2PAttribute upcu_p2p_attribute_t;
typedef CUpointer_attribute upcu_pointer_attribute_t;
typedef CUdriverProcAddressQueryResult upcu_proc_query_result_t;
typedef cuuint64_t upcu_uint64_t;
#else
typedef int upcu_result_t;                   /* CUresult (an enum of non-negative values) */
typedef int upcu_device_t;                   /* CUdevice: the device ordinal */
typedef unsigned long long upcu_deviceptr_t; /* CUdeviceptr on 64-bit targets */
typedef struct upcu_ctx_st *upcu_context_t;  /* CUcontext */
typedef struct upcu_stream_st *upcu_stream_t;
typedef struct upcu_event_st *upcu_event_t;
typedef struct upcu_module_st *upcu_module_t;     /* CUmodule (tests only) */
typedef struct upcu_function_st *upcu_function_t; /* CUfunction (tests only) */
typedef struct upcu_uuid {
    char bytes[16];
} upcu_uuid_t;                        /* CUuuid */
typedef int upcu_device_attribute_t;  /* CUdevice_attribute */
typedef int upcu_p2p_attribute_t;     /* CUdevice_P2PAttribute */
typedef int upcu_pointer_attribute_t; /* CUpointer_attribute */
typedef int upcu_proc_query_result_t; /* CUdriverProcAddressQueryResult */
typedef uint64_t upcu_uint64_t;       /* cuuint64_t */
#endif

/* ---------------------------------------------------------------------------------------------
 * Constants.
 */

/* CUresult */
#define UPCU_SUCCESS 0
#define UPCU_ERROR_INVALID_VALUE 1
#define UPCU_ERROR_OUT_OF_MEMORY 2
#define UPCU_ERROR_NOT_INITIALIZED 3
#define UPCU_ERROR_DEINITIALIZED 4
#define UPCU_ERROR_NO_DEVICE 100
#define UPCU_ERROR_INVALID_DEVICE 101
#define UPCU_ERROR_INVALID_CONTEXT 201
#define UPCU_ERROR_ECC_UNCORRECTABLE 214
#define UPCU_ERROR_PEER_ACCESS_UNSUPPORTED 217
#define UPCU_ERROR_NVLINK_UNCORRECTABLE 220
#define UPCU_ERROR_INVALID_HANDLE 400
#define UPCU_ERROR_NOT_FOUND 500
#define UPCU_ERROR_NOT_READY 600
#define UPCU_ERROR_ILLEGAL_ADDRESS 700
#define UPCU_ERROR_LAUNCH_TIMEOUT 702
#define UPCU_ERROR_PEER_ACCESS_ALREADY_ENABLED 704
#define UPCU_ERROR_PEER_ACCESS_NOT_ENABLED 705
#define UPCU_ERROR_CONTEXT_IS_DESTROYED 709
#define UPCU_ERROR_TOO_MANY_PEERS 711
#define UPCU_ERROR_HARDWARE_STACK_ERROR 714
#define UPCU_ERROR_ILLEGAL_INSTRUCTION 715
#define UPCU_ERROR_MISALIGNED_ADDRESS 716
#define UPCU_ERROR_INVALID_ADDRESS_SPACE 717
#define UPCU_ERROR_INVALID_PC 718
#define UPCU_ERROR_LAUNCH_FAILED 719
#define UPCU_ERROR_UNKNOWN 999

/* CUdevice_attribute */
#define UPCU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK 1
#define UPCU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_X 2
#define UPCU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Y 3
#define UPCU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Z 4
#define UPCU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_X 5
#define UPCU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Y 6
#define UPCU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Z 7
#define UPCU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK 8
#define UPCU_DEVICE_ATTRIBUTE_TOTAL_CONSTANT_MEMORY 9 /* bytes */
#define UPCU_DEVICE_ATTRIBUTE_WARP_SIZE 10
#define UPCU_DEVICE_ATTRIBUTE_CLOCK_RATE 13 /* kHz */
#define UPCU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT 16
#define UPCU_DEVICE_ATTRIBUTE_INTEGRATED 18
#define UPCU_DEVICE_ATTRIBUTE_ECC_ENABLED 32
#define UPCU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE 36       /* kHz */
#define UPCU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH 37 /* bits */
#define UPCU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE 38           /* bytes */
#define UPCU_DEVICE_ATTRIBUTE_UNIFIED_ADDRESSING 41
#define UPCU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR 75
#define UPCU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR 76
#define UPCU_DEVICE_ATTRIBUTE_MANAGED_MEMORY 83
#define UPCU_DEVICE_ATTRIBUTE_HOST_NATIVE_ATOMIC_SUPPORTED 86
#define UPCU_DEVICE_ATTRIBUTE_PAGEABLE_MEMORY_ACCESS 88
#define UPCU_DEVICE_ATTRIBUTE_CONCURRENT_MANAGED_ACCESS 89

/* CUdevice_P2PAttribute (starts at 1) */
#define UPCU_DEVICE_P2P_ATTRIBUTE_PERFORMANCE_RANK 1
#define UPCU_DEVICE_P2P_ATTRIBUTE_ACCESS_SUPPORTED 2
#define UPCU_DEVICE_P2P_ATTRIBUTE_NATIVE_ATOMIC_SUPPORTED 3

/* CUpointer_attribute */
#define UPCU_POINTER_ATTRIBUTE_CONTEXT 1        /* CUcontext */
#define UPCU_POINTER_ATTRIBUTE_MEMORY_TYPE 2    /* unsigned int (CUmemorytype) */
#define UPCU_POINTER_ATTRIBUTE_IS_MANAGED 8     /* boolean */
#define UPCU_MEM_ATTACH_GLOBAL 0x1              /* cuMemAllocManaged: reachable from any stream */
#define UPCU_POINTER_ATTRIBUTE_DEVICE_ORDINAL 9 /* int */
#define UPCU_POINTER_ATTRIBUTE_RANGE_START_ADDR 11 /* CUdeviceptr */
#define UPCU_POINTER_ATTRIBUTE_RANGE_SIZE 12       /* size_t */

/* CUmemorytype */
#define UPCU_MEMORYTYPE_HOST 1
#define UPCU_MEMORYTYPE_DEVICE 2
#define UPCU_MEMORYTYPE_ARRAY 3
#define UPCU_MEMORYTYPE_UNIFIED 4

/* CUstream_flags */
#define UPCU_STREAM_DEFAULT 0
#define UPCU_STREAM_NON_BLOCKING 1

/* CUevent_flags */
#define UPCU_EVENT_DEFAULT 0
#define UPCU_EVENT_BLOCKING_SYNC 1
#define UPCU_EVENT_DISABLE_TIMING 2

/* CUdriverProcAddress_flags and CUdriverProcAddressQueryResult */
#define UPCU_GET_PROC_ADDRESS_DEFAULT 0
#define UPCU_GET_PROC_ADDRESS_LEGACY_STREAM 1
#define UPCU_GET_PROC_ADDRESS_PER_THREAD_DEFAULT_STREAM 2
#define UPCU_GET_PROC_ADDRESS_SUCCESS 0
#define UPCU_GET_PROC_ADDRESS_SYMBOL_NOT_FOUND 1
#define UPCU_GET_PROC_ADDRESS_VERSION_NOT_SUFFICIENT 2

/* ---------------------------------------------------------------------------------------------
 * Entry points: X(name, exported symbol, CUDA version of that variant, parameter list).
 * `name` is what cuGetProcAddress is asked for; the symbol is what dlsym looks up without it.
 */
#define UPCU_ENTRY_POINTS(X)                                                                       \
    X(cuGetErrorName, cuGetErrorName, 6000, (upcu_result_t error, const char **str))               \
    X(cuGetErrorString, cuGetErrorString, 6000, (upcu_result_t error, const char **str))           \
    X(cuInit, cuInit, 2000, (unsigned int flags))                                                  \
    X(cuDriverGetVersion, cuDriverGetVersion, 2020, (int *version))                                \
    X(cuDeviceGetCount, cuDeviceGetCount, 2000, (int *count))                                      \
    X(cuDeviceGet, cuDeviceGet, 2000, (upcu_device_t * device, int ordinal))                       \
    X(cuDeviceGetName, cuDeviceGetName, 2000, (char *name, int len, upcu_device_t dev))            \
    X(cuDeviceTotalMem, cuDeviceTotalMem_v2, 3020, (size_t * bytes, upcu_device_t dev))            \
    X(cuDeviceGetUuid, cuDeviceGetUuid_v2, 11040, (upcu_uuid_t * uuid, upcu_device_t dev))         \
    X(cuDeviceGetPCIBusId, cuDeviceGetPCIBusId, 4010,                                              \
      (char *pci_bus_id, int len, upcu_device_t dev))                                              \
    X(cuDeviceGetAttribute, cuDeviceGetAttribute, 2000,                                            \
      (int *value, upcu_device_attribute_t attrib, upcu_device_t dev))                             \
    X(cuDeviceCanAccessPeer, cuDeviceCanAccessPeer, 4000,                                          \
      (int *can_access, upcu_device_t dev, upcu_device_t peer))                                    \
    X(cuDeviceGetP2PAttribute, cuDeviceGetP2PAttribute, 8000,                                      \
      (int *value, upcu_p2p_attribute_t attrib, upcu_device_t src, upcu_device_t dst))             \
    X(cuDevicePrimaryCtxRetain, cuDevicePrimaryCtxRetain, 7000,                                    \
      (upcu_context_t * pctx, upcu_device_t dev))                                                  \
    X(cuDevicePrimaryCtxRelease, cuDevicePrimaryCtxRelease_v2, 11000, (upcu_device_t dev))         \
    X(cuCtxGetCurrent, cuCtxGetCurrent, 4000, (upcu_context_t * pctx))                             \
    X(cuCtxSetCurrent, cuCtxSetCurrent, 4000, (upcu_context_t ctx))                                \
    X(cuCtxSynchronize, cuCtxSynchronize, 2000, (void))                                            \
    X(cuCtxEnablePeerAccess, cuCtxEnablePeerAccess, 4000,                                          \
      (upcu_context_t peer_ctx, unsigned int flags))                                               \
    X(cuCtxDisablePeerAccess, cuCtxDisablePeerAccess, 4000, (upcu_context_t peer_ctx))             \
    X(cuMemAlloc, cuMemAlloc_v2, 3020, (upcu_deviceptr_t * dptr, size_t bytes))                    \
    X(cuMemFree, cuMemFree_v2, 3020, (upcu_deviceptr_t dptr))                                      \
    X(cuMemAllocManaged, cuMemAllocManaged, 6000,                                                  \
      (upcu_deviceptr_t * dptr, size_t bytes, unsigned int flags))                                 \
    X(cuMemAllocHost, cuMemAllocHost_v2, 3020, (void **pp, size_t bytes))                          \
    X(cuMemFreeHost, cuMemFreeHost, 2000, (void *p))                                               \
    X(cuPointerGetAttributes, cuPointerGetAttributes, 7000,                                        \
      (unsigned int count, upcu_pointer_attribute_t *attributes, void **data,                      \
       upcu_deviceptr_t ptr))                                                                      \
    X(cuStreamCreate, cuStreamCreate, 2000, (upcu_stream_t * stream, unsigned int flags))          \
    X(cuStreamDestroy, cuStreamDestroy_v2, 4000, (upcu_stream_t stream))                           \
    X(cuStreamSynchronize, cuStreamSynchronize, 2000, (upcu_stream_t stream))                      \
    X(cuStreamWaitEvent, cuStreamWaitEvent, 3020,                                                  \
      (upcu_stream_t stream, upcu_event_t event, unsigned int flags))                              \
    X(cuEventCreate, cuEventCreate, 2000, (upcu_event_t * event, unsigned int flags))              \
    X(cuEventDestroy, cuEventDestroy_v2, 4000, (upcu_event_t event))                               \
    X(cuEventRecord, cuEventRecord, 2000, (upcu_event_t event, upcu_stream_t stream))              \
    X(cuEventQuery, cuEventQuery, 2000, (upcu_event_t event))                                      \
    X(cuEventSynchronize, cuEventSynchronize, 2000, (upcu_event_t event))                          \
    X(cuEventElapsedTime, cuEventElapsedTime, 2000,                                                \
      (float *ms, upcu_event_t start, upcu_event_t end))                                           \
    X(cuMemcpyAsync, cuMemcpyAsync, 4000,                                                          \
      (upcu_deviceptr_t dst, upcu_deviceptr_t src, size_t bytes, upcu_stream_t stream))            \
    X(cuMemsetD8Async, cuMemsetD8Async, 3020,                                                      \
      (upcu_deviceptr_t dst, unsigned char value, size_t n, upcu_stream_t stream))                 \
    X(cuMemsetD16Async, cuMemsetD16Async, 3020,                                                    \
      (upcu_deviceptr_t dst, unsigned short value, size_t n, upcu_stream_t stream))                \
    X(cuMemsetD32Async, cuMemsetD32Async, 3020,                                                    \
      (upcu_deviceptr_t dst, unsigned int value, size_t n, upcu_stream_t stream))                  \
    X(cuMemsetD2D8Async, cuMemsetD2D8Async, 3020,                                                  \
      (upcu_deviceptr_t dst, size_t pitch, unsigned char value, size_t width, size_t height,       \
       upcu_stream_t stream))                                                                      \
    X(cuMemsetD2D16Async, cuMemsetD2D16Async, 3020,                                                \
      (upcu_deviceptr_t dst, size_t pitch, unsigned short value, size_t width, size_t height,      \
       upcu_stream_t stream))                                                                      \
    X(cuMemsetD2D32Async, cuMemsetD2D32Async, 3020,                                                \
      (upcu_deviceptr_t dst, size_t pitch, unsigned int value, size_t width, size_t height,        \
       upcu_stream_t stream))

/* Entry points only the tests and benchmarks use (to run their own CUDA code beside the
 * library's: their own contexts, raw peer copies, a kernel of their own). */
#define UPCU_TEST_ENTRY_POINTS(X)                                                                  \
    X(cuCtxCreate, cuCtxCreate_v2, 3020,                                                           \
      (upcu_context_t * pctx, unsigned int flags, upcu_device_t dev))                              \
    X(cuCtxDestroy, cuCtxDestroy_v2, 4000, (upcu_context_t ctx))                                   \
    X(cuMemGetInfo, cuMemGetInfo_v2, 3020, (size_t * free_bytes, size_t * total_bytes))            \
    X(cuDevicePrimaryCtxGetState, cuDevicePrimaryCtxGetState, 7000,                                \
      (upcu_device_t dev, unsigned int *flags, int *active))                                       \
    X(cuMemcpyPeerAsync, cuMemcpyPeerAsync, 4000,                                                  \
      (upcu_deviceptr_t dst, upcu_context_t dst_ctx, upcu_deviceptr_t src, upcu_context_t src_ctx, \
       size_t bytes, upcu_stream_t stream))                                                        \
    X(cuModuleLoadData, cuModuleLoadData, 2000, (upcu_module_t * module, const void *image))       \
    X(cuModuleGetFunction, cuModuleGetFunction, 2000,                                              \
      (upcu_function_t * function, upcu_module_t module, const char *name))                        \
    X(cuModuleUnload, cuModuleUnload, 2000, (upcu_module_t module))                                \
    X(cuLaunchKernel, cuLaunchKernel, 4000,                                                        \
      (upcu_function_t f, unsigned int grid_x, unsigned int grid_y, unsigned int grid_z,           \
       unsigned int block_x, unsigned int block_y, unsigned int block_z,                           \
       unsigned int shared_bytes, upcu_stream_t stream, void **params, void **extra))

/* upcu_<name>_fn: the function-pointer type of each entry point. */
#define UPCU_DECLARE_FN_TYPE(name, symbol, version, params)                                        \
    typedef upcu_result_t(*upcu_##name##_fn) params;
UPCU_ENTRY_POINTS(UPCU_DECLARE_FN_TYPE)
UPCU_TEST_ENTRY_POINTS(UPCU_DECLARE_FN_TYPE)

/* The resolver itself, found with dlsym: cuGetProcAddress_v2 (CUDA 12.0) reports why a symbol
 * was not found; cuGetProcAddress (CUDA 11.3) is the fallback. */
typedef upcu_result_t (*upcu_cuGetProcAddress_v2_fn)(const char *symbol, void **pfn,
                                                     int cuda_version, upcu_uint64_t flags,
                                                     upcu_proc_query_result_t *status);
typedef upcu_result_t (*upcu_cuGetProcAddress_fn)(const char *symbol, void **pfn, int cuda_version,
                                                  upcu_uint64_t flags);

/* The table of resolved entry points. */
#define UPCU_DECLARE_FN_FIELD(name, symbol, version, params) upcu_##name##_fn name;
struct upcu_api {
    UPCU_ENTRY_POINTS(UPCU_DECLARE_FN_FIELD)
};
struct upcu_test_api {
    UPCU_TEST_ENTRY_POINTS(UPCU_DECLARE_FN_FIELD)
};

#endif /* URPEER_ADAPTERS_CUDA_DRV_H */
