/* SPDX-License-Identifier: MIT */
/* Checks shared by the two halves of the cuda_drv.h conformance test. */
#ifndef URPEER_TESTS_CUDA_DRV_CONFORMANCE_H
#define URPEER_TESTS_CUDA_DRV_CONFORMANCE_H

/* Every constant of cuda_drv.h equals cuda.h's. */
#define DRV_SAME_VALUE(ours, theirs)                                                               \
    _Static_assert((ours) == (theirs), #ours " differs from cuda.h's " #theirs);

#define DRV_CONSTANTS(X)                                                                           \
    X(UPCU_SUCCESS, CUDA_SUCCESS)                                                                  \
    X(UPCU_ERROR_INVALID_VALUE, CUDA_ERROR_INVALID_VALUE)                                          \
    X(UPCU_ERROR_OUT_OF_MEMORY, CUDA_ERROR_OUT_OF_MEMORY)                                          \
    X(UPCU_ERROR_NOT_INITIALIZED, CUDA_ERROR_NOT_INITIALIZED)                                      \
    X(UPCU_ERROR_DEINITIALIZED, CUDA_ERROR_DEINITIALIZED)                                          \
    X(UPCU_ERROR_NO_DEVICE, CUDA_ERROR_NO_DEVICE)                                                  \
    X(UPCU_ERROR_INVALID_DEVICE, CUDA_ERROR_INVALID_DEVICE)                                        \
    X(UPCU_ERROR_INVALID_CONTEXT, CUDA_ERROR_INVALID_CONTEXT)                                      \
    X(UPCU_ERROR_ECC_UNCORRECTABLE, CUDA_ERROR_ECC_UNCORRECTABLE)                                  \
    X(UPCU_ERROR_PEER_ACCESS_UNSUPPORTED, CUDA_ERROR_PEER_ACCESS_UNSUPPORTED)                      \
    X(UPCU_ERROR_NVLINK_UNCORRECTABLE, CUDA_ERROR_NVLINK_UNCORRECTABLE)                            \
    X(UPCU_ERROR_INVALID_HANDLE, CUDA_ERROR_INVALID_HANDLE)                                        \
    X(UPCU_ERROR_NOT_FOUND, CUDA_ERROR_NOT_FOUND)                                                  \
    X(UPCU_ERROR_NOT_READY, CUDA_ERROR_NOT_READY)                                                  \
    X(UPCU_ERROR_ILLEGAL_ADDRESS, CUDA_ERROR_ILLEGAL_ADDRESS)                                      \
    X(UPCU_ERROR_LAUNCH_TIMEOUT, CUDA_ERROR_LAUNCH_TIMEOUT)                                        \
    X(UPCU_ERROR_PEER_ACCESS_ALREADY_ENABLED, CUDA_ERROR_PEER_ACCESS_ALREADY_ENABLED)              \
    X(UPCU_ERROR_PEER_ACCESS_NOT_ENABLED, CUDA_ERROR_PEER_ACCESS_NOT_ENABLED)                      \
    X(UPCU_ERROR_CONTEXT_IS_DESTROYED, CUDA_ERROR_CONTEXT_IS_DESTROYED)                            \
    X(UPCU_ERROR_TOO_MANY_PEERS, CUDA_ERROR_TOO_MANY_PEERS)                                        \
    X(UPCU_ERROR_HARDWARE_STACK_ERROR, CUDA_ERROR_HARDWARE_STACK_ERROR)                            \
    X(UPCU_ERROR_ILLEGAL_INSTRUCTION, CUDA_ERROR_ILLEGAL_INSTRUCTION)                              \
    X(UPCU_ERROR_MISALIGNED_ADDRESS, CUDA_ERROR_MISALIGNED_ADDRESS)                                \
    X(UPCU_ERROR_INVALID_ADDRESS_SPACE, CUDA_ERROR_INVALID_ADDRESS_SPACE)                          \
    X(UPCU_ERROR_INVALID_PC, CUDA_ERROR_INVALID_PC)                                                \
    X(UPCU_ERROR_LAUNCH_FAILED, CUDA_ERROR_LAUNCH_FAILED)                                          \
    X(UPCU_ERROR_UNKNOWN, CUDA_ERROR_UNKNOWN)                                                      \
    X(UPCU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK, CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK)      \
    X(UPCU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK,                                           \
      CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK)                                             \
    X(UPCU_DEVICE_ATTRIBUTE_CLOCK_RATE, CU_DEVICE_ATTRIBUTE_CLOCK_RATE)                            \
    X(UPCU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT)        \
    X(UPCU_DEVICE_ATTRIBUTE_INTEGRATED, CU_DEVICE_ATTRIBUTE_INTEGRATED)                            \
    X(UPCU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE, CU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE)              \
    X(UPCU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH, CU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH)  \
    X(UPCU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE, CU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE)                      \
    X(UPCU_DEVICE_ATTRIBUTE_UNIFIED_ADDRESSING, CU_DEVICE_ATTRIBUTE_UNIFIED_ADDRESSING)            \
    X(UPCU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR,                                              \
      CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR)                                                \
    X(UPCU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR,                                              \
      CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR)                                                \
    X(UPCU_DEVICE_ATTRIBUTE_MANAGED_MEMORY, CU_DEVICE_ATTRIBUTE_MANAGED_MEMORY)                    \
    X(UPCU_DEVICE_ATTRIBUTE_HOST_NATIVE_ATOMIC_SUPPORTED,                                          \
      CU_DEVICE_ATTRIBUTE_HOST_NATIVE_ATOMIC_SUPPORTED)                                            \
    X(UPCU_DEVICE_ATTRIBUTE_PAGEABLE_MEMORY_ACCESS, CU_DEVICE_ATTRIBUTE_PAGEABLE_MEMORY_ACCESS)    \
    X(UPCU_DEVICE_ATTRIBUTE_CONCURRENT_MANAGED_ACCESS,                                             \
      CU_DEVICE_ATTRIBUTE_CONCURRENT_MANAGED_ACCESS)                                               \
    X(UPCU_DEVICE_P2P_ATTRIBUTE_PERFORMANCE_RANK, CU_DEVICE_P2P_ATTRIBUTE_PERFORMANCE_RANK)        \
    X(UPCU_DEVICE_P2P_ATTRIBUTE_ACCESS_SUPPORTED, CU_DEVICE_P2P_ATTRIBUTE_ACCESS_SUPPORTED)        \
    X(UPCU_DEVICE_P2P_ATTRIBUTE_NATIVE_ATOMIC_SUPPORTED,                                           \
      CU_DEVICE_P2P_ATTRIBUTE_NATIVE_ATOMIC_SUPPORTED)                                             \
    X(UPCU_POINTER_ATTRIBUTE_CONTEXT, CU_POINTER_ATTRIBUTE_CONTEXT)                                \
    X(UPCU_POINTER_ATTRIBUTE_MEMORY_TYPE, CU_POINTER_ATTRIBUTE_MEMORY_TYPE)                        \
    X(UPCU_POINTER_ATTRIBUTE_IS_MANAGED, CU_POINTER_ATTRIBUTE_IS_MANAGED)                          \
    X(UPCU_POINTER_ATTRIBUTE_DEVICE_ORDINAL, CU_POINTER_ATTRIBUTE_DEVICE_ORDINAL)                  \
    X(UPCU_POINTER_ATTRIBUTE_RANGE_START_ADDR, CU_POINTER_ATTRIBUTE_RANGE_START_ADDR)              \
    X(UPCU_POINTER_ATTRIBUTE_RANGE_SIZE, CU_POINTER_ATTRIBUTE_RANGE_SIZE)                          \
    X(UPCU_MEMORYTYPE_HOST, CU_MEMORYTYPE_HOST)                                                    \
    X(UPCU_MEMORYTYPE_DEVICE, CU_MEMORYTYPE_DEVICE)                                                \
    X(UPCU_MEMORYTYPE_ARRAY, CU_MEMORYTYPE_ARRAY)                                                  \
    X(UPCU_MEMORYTYPE_UNIFIED, CU_MEMORYTYPE_UNIFIED)                                              \
    X(UPCU_STREAM_DEFAULT, CU_STREAM_DEFAULT)                                                      \
    X(UPCU_STREAM_NON_BLOCKING, CU_STREAM_NON_BLOCKING)                                            \
    X(UPCU_EVENT_DEFAULT, CU_EVENT_DEFAULT)                                                        \
    X(UPCU_EVENT_BLOCKING_SYNC, CU_EVENT_BLOCKING_SYNC)                                            \
    X(UPCU_EVENT_DISABLE_TIMING, CU_EVENT_DISABLE_TIMING)                                          \
    X(UPCU_GET_PROC_ADDRESS_DEFAULT, CU_GET_PROC_ADDRESS_DEFAULT)                                  \
    X(UPCU_GET_PROC_ADDRESS_LEGACY_STREAM, CU_GET_PROC_ADDRESS_LEGACY_STREAM)                      \
    X(UPCU_GET_PROC_ADDRESS_PER_THREAD_DEFAULT_STREAM,                                             \
      CU_GET_PROC_ADDRESS_PER_THREAD_DEFAULT_STREAM)                                               \
    X(UPCU_GET_PROC_ADDRESS_SUCCESS, CU_GET_PROC_ADDRESS_SUCCESS)                                  \
    X(UPCU_GET_PROC_ADDRESS_SYMBOL_NOT_FOUND, CU_GET_PROC_ADDRESS_SYMBOL_NOT_FOUND)                \
    X(UPCU_GET_PROC_ADDRESS_VERSION_NOT_SUFFICIENT, CU_GET_PROC_ADDRESS_VERSION_NOT_SUFFICIENT)

/* The number of constants above, for the report. */
#define DRV_COUNT_ONE(ours, theirs) +1
#define DRV_CONSTANT_COUNT (0 DRV_CONSTANTS(DRV_COUNT_ONE))

/* Each half returns the number of checks it made at compile time (it only compiles if they all
 * hold). */
int drv_conformance_types(void);
int drv_conformance_prototypes(void);
/* CUDA_VERSION of the cuda.h checked against. */
int drv_conformance_cuda_version(void);

#endif /* URPEER_TESTS_CUDA_DRV_CONFORMANCE_H */
