/* SPDX-License-Identifier: MIT */
/*
 * The part of the oneAPI Level Zero API that the Level Zero adapter calls, declared under names of
 * our own (upze_*, UPZE_*) so that this header never clashes with the vendor's ze_api.h. Written
 * from the Level Zero specification (core API 1.0 .. 1.10); the layouts, values and prototypes are
 * checked against the installed ze_api.h by tests/level_zero/ze_header_conformance.c.
 *
 * Enumerations are plain uint32_t typedefs with the values as constants: the ABI of a C enum whose
 * values are all non-negative and below 2^31 is that of a 32-bit integer.
 */
#ifndef URPEER_ADAPTERS_LEVEL_ZERO_ZE_DRV_H
#define URPEER_ADAPTERS_LEVEL_ZERO_ZE_DRV_H

#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------------------------------------
 * Basic types and handles.
 */
typedef uint32_t upze_result_t;
typedef uint8_t upze_bool_t;
typedef uint32_t upze_structure_type_t;
typedef uint32_t upze_api_version_t;
typedef uint32_t upze_init_flags_t;
typedef uint32_t upze_init_driver_type_flags_t;
typedef uint32_t upze_device_type_t;
typedef uint32_t upze_device_property_flags_t;
typedef uint32_t upze_device_memory_property_flags_t;
typedef uint32_t upze_memory_access_cap_flags_t;
typedef uint32_t upze_device_p2p_property_flags_t;
typedef uint32_t upze_bandwidth_unit_t;
typedef uint32_t upze_latency_unit_t;
typedef uint32_t upze_context_flags_t;
typedef uint32_t upze_device_mem_alloc_flags_t;
typedef uint32_t upze_host_mem_alloc_flags_t;
typedef uint32_t upze_memory_type_t;
typedef uint32_t upze_command_queue_flags_t;
typedef uint32_t upze_command_queue_mode_t;
typedef uint32_t upze_command_queue_priority_t;
typedef uint32_t upze_command_queue_group_property_flags_t;
typedef uint32_t upze_event_pool_flags_t;
typedef uint32_t upze_event_scope_flags_t;

typedef struct upze_driver_handle_s *upze_driver_handle_t;
typedef struct upze_device_handle_s *upze_device_handle_t;
typedef struct upze_context_handle_s *upze_context_handle_t;
typedef struct upze_command_list_handle_s *upze_command_list_handle_t;
typedef struct upze_event_pool_handle_s *upze_event_pool_handle_t;
typedef struct upze_event_handle_s *upze_event_handle_t;

#define UPZE_MAKE_VERSION(major, minor) ((uint32_t)(((major) << 16) | ((minor)&0x0000ffff)))
#define UPZE_MAJOR_VERSION(ver) ((uint32_t)(ver) >> 16)
#define UPZE_MINOR_VERSION(ver) ((uint32_t)(ver)&0x0000ffff)

#define UPZE_MAX_DRIVER_UUID_SIZE 16
#define UPZE_MAX_DEVICE_UUID_SIZE 16
#define UPZE_MAX_DEVICE_NAME 256
#define UPZE_SUBGROUPSIZE_COUNT 8

/* ---------------------------------------------------------------------------------------------
 * Constants. X(NAME, value): UPZE_<NAME> has the value of ZE_<NAME>. The conformance test expands
 * this list against ze_api.h. UPZE_CONSTANTS_LATER lists values of API versions newer than some
 * distributions' headers (checked where the installed header has them).
 */
#define UPZE_CONSTANTS(X)                                                                          \
    X(RESULT_SUCCESS, 0)                                                                           \
    X(RESULT_NOT_READY, 1)                                                                         \
    X(RESULT_ERROR_DEVICE_LOST, 0x70000001)                                                        \
    X(RESULT_ERROR_OUT_OF_HOST_MEMORY, 0x70000002)                                                 \
    X(RESULT_ERROR_OUT_OF_DEVICE_MEMORY, 0x70000003)                                               \
    X(RESULT_ERROR_MODULE_BUILD_FAILURE, 0x70000004)                                               \
    X(RESULT_ERROR_MODULE_LINK_FAILURE, 0x70000005)                                                \
    X(RESULT_ERROR_DEVICE_REQUIRES_RESET, 0x70000006)                                              \
    X(RESULT_ERROR_DEVICE_IN_LOW_POWER_STATE, 0x70000007)                                          \
    X(RESULT_ERROR_INSUFFICIENT_PERMISSIONS, 0x70010000)                                           \
    X(RESULT_ERROR_NOT_AVAILABLE, 0x70010001)                                                      \
    X(RESULT_ERROR_DEPENDENCY_UNAVAILABLE, 0x70020000)                                             \
    X(RESULT_WARNING_DROPPED_DATA, 0x70020001)                                                     \
    X(RESULT_ERROR_UNINITIALIZED, 0x78000001)                                                      \
    X(RESULT_ERROR_UNSUPPORTED_VERSION, 0x78000002)                                                \
    X(RESULT_ERROR_UNSUPPORTED_FEATURE, 0x78000003)                                                \
    X(RESULT_ERROR_INVALID_ARGUMENT, 0x78000004)                                                   \
    X(RESULT_ERROR_INVALID_NULL_HANDLE, 0x78000005)                                                \
    X(RESULT_ERROR_HANDLE_OBJECT_IN_USE, 0x78000006)                                               \
    X(RESULT_ERROR_INVALID_NULL_POINTER, 0x78000007)                                               \
    X(RESULT_ERROR_INVALID_SIZE, 0x78000008)                                                       \
    X(RESULT_ERROR_UNSUPPORTED_SIZE, 0x78000009)                                                   \
    X(RESULT_ERROR_UNSUPPORTED_ALIGNMENT, 0x7800000a)                                              \
    X(RESULT_ERROR_INVALID_SYNCHRONIZATION_OBJECT, 0x7800000b)                                     \
    X(RESULT_ERROR_INVALID_ENUMERATION, 0x7800000c)                                                \
    X(RESULT_ERROR_UNSUPPORTED_ENUMERATION, 0x7800000d)                                            \
    X(RESULT_ERROR_UNSUPPORTED_IMAGE_FORMAT, 0x7800000e)                                           \
    X(RESULT_ERROR_INVALID_NATIVE_BINARY, 0x7800000f)                                              \
    X(RESULT_ERROR_INVALID_GLOBAL_NAME, 0x78000010)                                                \
    X(RESULT_ERROR_INVALID_KERNEL_NAME, 0x78000011)                                                \
    X(RESULT_ERROR_INVALID_FUNCTION_NAME, 0x78000012)                                              \
    X(RESULT_ERROR_INVALID_GROUP_SIZE_DIMENSION, 0x78000013)                                       \
    X(RESULT_ERROR_INVALID_GLOBAL_WIDTH_DIMENSION, 0x78000014)                                     \
    X(RESULT_ERROR_INVALID_KERNEL_ARGUMENT_INDEX, 0x78000015)                                      \
    X(RESULT_ERROR_INVALID_KERNEL_ARGUMENT_SIZE, 0x78000016)                                       \
    X(RESULT_ERROR_INVALID_KERNEL_ATTRIBUTE_VALUE, 0x78000017)                                     \
    X(RESULT_ERROR_INVALID_MODULE_UNLINKED, 0x78000018)                                            \
    X(RESULT_ERROR_INVALID_COMMAND_LIST_TYPE, 0x78000019)                                          \
    X(RESULT_ERROR_OVERLAPPING_REGIONS, 0x7800001a)                                                \
    X(RESULT_ERROR_UNKNOWN, 0x7ffffffe)                                                            \
    X(STRUCTURE_TYPE_DRIVER_PROPERTIES, 0x1)                                                       \
    X(STRUCTURE_TYPE_DEVICE_PROPERTIES, 0x3)                                                       \
    X(STRUCTURE_TYPE_DEVICE_COMPUTE_PROPERTIES, 0x4)                                               \
    X(STRUCTURE_TYPE_COMMAND_QUEUE_GROUP_PROPERTIES, 0x6)                                          \
    X(STRUCTURE_TYPE_DEVICE_MEMORY_PROPERTIES, 0x7)                                                \
    X(STRUCTURE_TYPE_DEVICE_MEMORY_ACCESS_PROPERTIES, 0x8)                                         \
    X(STRUCTURE_TYPE_DEVICE_P2P_PROPERTIES, 0xb)                                                   \
    X(STRUCTURE_TYPE_CONTEXT_DESC, 0xd)                                                            \
    X(STRUCTURE_TYPE_COMMAND_QUEUE_DESC, 0xe)                                                      \
    X(STRUCTURE_TYPE_EVENT_POOL_DESC, 0x10)                                                        \
    X(STRUCTURE_TYPE_EVENT_DESC, 0x11)                                                             \
    X(STRUCTURE_TYPE_DEVICE_MEM_ALLOC_DESC, 0x15)                                                  \
    X(STRUCTURE_TYPE_HOST_MEM_ALLOC_DESC, 0x16)                                                    \
    X(STRUCTURE_TYPE_MEMORY_ALLOCATION_PROPERTIES, 0x17)                                           \
    X(STRUCTURE_TYPE_PCI_EXT_PROPERTIES, 0x10008)                                                  \
    X(STRUCTURE_TYPE_DEVICE_PROPERTIES_1_2, 0x00020006)                                            \
    X(STRUCTURE_TYPE_DEVICE_P2P_BANDWIDTH_EXP_PROPERTIES, 0x0002000A)                              \
    X(API_VERSION_1_0, UPZE_MAKE_VERSION(1, 0))                                                    \
    X(API_VERSION_1_2, UPZE_MAKE_VERSION(1, 2))                                                    \
    X(INIT_FLAG_GPU_ONLY, 1u << 0)                                                                 \
    X(DEVICE_TYPE_GPU, 1)                                                                          \
    X(DEVICE_TYPE_CPU, 2)                                                                          \
    X(DEVICE_TYPE_FPGA, 3)                                                                         \
    X(DEVICE_TYPE_MCA, 4)                                                                          \
    X(DEVICE_TYPE_VPU, 5)                                                                          \
    X(DEVICE_PROPERTY_FLAG_INTEGRATED, 1u << 0)                                                    \
    X(DEVICE_PROPERTY_FLAG_SUBDEVICE, 1u << 1)                                                     \
    X(DEVICE_PROPERTY_FLAG_ECC, 1u << 2)                                                           \
    X(DEVICE_P2P_PROPERTY_FLAG_ACCESS, 1u << 0)                                                    \
    X(DEVICE_P2P_PROPERTY_FLAG_ATOMICS, 1u << 1)                                                   \
    X(BANDWIDTH_UNIT_UNKNOWN, 0)                                                                   \
    X(BANDWIDTH_UNIT_BYTES_PER_NANOSEC, 1)                                                         \
    X(BANDWIDTH_UNIT_BYTES_PER_CLOCK, 2)                                                           \
    X(LATENCY_UNIT_UNKNOWN, 0)                                                                     \
    X(LATENCY_UNIT_NANOSEC, 1)                                                                     \
    X(LATENCY_UNIT_CLOCK, 2)                                                                       \
    X(LATENCY_UNIT_HOP, 3)                                                                         \
    X(MEMORY_ACCESS_CAP_FLAG_RW, 1u << 0)                                                          \
    X(MEMORY_ACCESS_CAP_FLAG_ATOMIC, 1u << 1)                                                      \
    X(MEMORY_ACCESS_CAP_FLAG_CONCURRENT, 1u << 2)                                                  \
    X(MEMORY_ACCESS_CAP_FLAG_CONCURRENT_ATOMIC, 1u << 3)                                           \
    X(MEMORY_TYPE_UNKNOWN, 0)                                                                      \
    X(MEMORY_TYPE_HOST, 1)                                                                         \
    X(MEMORY_TYPE_DEVICE, 2)                                                                       \
    X(MEMORY_TYPE_SHARED, 3)                                                                       \
    X(COMMAND_QUEUE_FLAG_EXPLICIT_ONLY, 1u << 0)                                                   \
    X(COMMAND_QUEUE_MODE_DEFAULT, 0)                                                               \
    X(COMMAND_QUEUE_MODE_SYNCHRONOUS, 1)                                                           \
    X(COMMAND_QUEUE_MODE_ASYNCHRONOUS, 2)                                                          \
    X(COMMAND_QUEUE_PRIORITY_NORMAL, 0)                                                            \
    X(COMMAND_QUEUE_GROUP_PROPERTY_FLAG_COMPUTE, 1u << 0)                                          \
    X(COMMAND_QUEUE_GROUP_PROPERTY_FLAG_COPY, 1u << 1)                                             \
    X(EVENT_POOL_FLAG_HOST_VISIBLE, 1u << 0)                                                       \
    X(EVENT_POOL_FLAG_IPC, 1u << 1)                                                                \
    X(EVENT_POOL_FLAG_KERNEL_TIMESTAMP, 1u << 2)                                                   \
    X(EVENT_SCOPE_FLAG_SUBDEVICE, 1u << 0)                                                         \
    X(EVENT_SCOPE_FLAG_DEVICE, 1u << 1)                                                            \
    X(EVENT_SCOPE_FLAG_HOST, 1u << 2)

/* Newer than API 1.4: IN_ORDER (1.7), zeInitDrivers' descriptor (1.10). */
#define UPZE_CONSTANTS_LATER(X)                                                                    \
    X(COMMAND_QUEUE_FLAG_IN_ORDER, 1u << 1)                                                        \
    X(STRUCTURE_TYPE_INIT_DRIVER_TYPE_DESC, 0x00020021)                                            \
    X(INIT_DRIVER_TYPE_FLAG_GPU, 1u << 0)                                                          \
    X(API_VERSION_1_7, UPZE_MAKE_VERSION(1, 7))

#define UPZE_DEFINE_CONSTANT_(name, value) UPZE_##name = (value),
enum upze_constant_values_ {
    UPZE_CONSTANTS(UPZE_DEFINE_CONSTANT_) UPZE_CONSTANTS_LATER(UPZE_DEFINE_CONSTANT_)
        UPZE_CONSTANTS_END_ = 0
};
#undef UPZE_DEFINE_CONSTANT_

/* ---------------------------------------------------------------------------------------------
 * Structures (layouts as in the specification).
 */
typedef struct upze_driver_uuid_t {
    uint8_t id[UPZE_MAX_DRIVER_UUID_SIZE];
} upze_driver_uuid_t;

typedef struct upze_device_uuid_t {
    uint8_t id[UPZE_MAX_DEVICE_UUID_SIZE];
} upze_device_uuid_t;

typedef struct upze_init_driver_type_desc_t { /* 1.10 */
    upze_structure_type_t stype;
    const void *pNext;
    upze_init_driver_type_flags_t flags;
} upze_init_driver_type_desc_t;

typedef struct upze_driver_properties_t {
    upze_structure_type_t stype;
    void *pNext;
    upze_driver_uuid_t uuid;
    uint32_t driverVersion;
} upze_driver_properties_t;

typedef struct upze_device_properties_t {
    upze_structure_type_t stype;
    void *pNext;
    upze_device_type_t type;
    uint32_t vendorId;
    uint32_t deviceId;
    upze_device_property_flags_t flags;
    uint32_t subdeviceId;
    uint32_t coreClockRate; /* MHz */
    uint64_t maxMemAllocSize;
    uint32_t maxHardwareContexts;
    uint32_t maxCommandQueuePriority;
    uint32_t numThreadsPerEU;
    uint32_t physicalEUSimdWidth;
    uint32_t numEUsPerSubslice;
    uint32_t numSubslicesPerSlice;
    uint32_t numSlices;
    uint64_t timerResolution; /* stype DEVICE_PROPERTIES: ns per tick; _1_2: ticks per second */
    uint32_t timestampValidBits;
    uint32_t kernelTimestampValidBits;
    upze_device_uuid_t uuid;
    char name[UPZE_MAX_DEVICE_NAME];
} upze_device_properties_t;

typedef struct upze_device_compute_properties_t {
    upze_structure_type_t stype;
    void *pNext;
    uint32_t maxTotalGroupSize;
    uint32_t maxGroupSizeX;
    uint32_t maxGroupSizeY;
    uint32_t maxGroupSizeZ;
    uint32_t maxGroupCountX;
    uint32_t maxGroupCountY;
    uint32_t maxGroupCountZ;
    uint32_t maxSharedLocalMemory;
    uint32_t numSubGroupSizes;
    uint32_t subGroupSizes[UPZE_SUBGROUPSIZE_COUNT];
} upze_device_compute_properties_t;

typedef struct upze_device_memory_properties_t {
    upze_structure_type_t stype;
    void *pNext;
    upze_device_memory_property_flags_t flags;
    uint32_t maxClockRate; /* MHz */
    uint32_t maxBusWidth;  /* bits */
    uint64_t totalSize;
    char name[UPZE_MAX_DEVICE_NAME];
} upze_device_memory_properties_t;

typedef struct upze_device_memory_access_properties_t {
    upze_structure_type_t stype;
    void *pNext;
    upze_memory_access_cap_flags_t hostAllocCapabilities;
    upze_memory_access_cap_flags_t deviceAllocCapabilities;
    upze_memory_access_cap_flags_t sharedSingleDeviceAllocCapabilities;
    upze_memory_access_cap_flags_t sharedCrossDeviceAllocCapabilities;
    upze_memory_access_cap_flags_t sharedSystemAllocCapabilities;
} upze_device_memory_access_properties_t;

typedef struct upze_command_queue_group_properties_t {
    upze_structure_type_t stype;
    void *pNext;
    upze_command_queue_group_property_flags_t flags;
    size_t maxMemoryFillPatternSize;
    uint32_t numQueues;
} upze_command_queue_group_properties_t;

typedef struct upze_device_p2p_properties_t {
    upze_structure_type_t stype;
    void *pNext;
    upze_device_p2p_property_flags_t flags;
} upze_device_p2p_properties_t;

/* ZE_experimental_bandwidth_properties, chained on upze_device_p2p_properties_t. */
typedef struct upze_device_p2p_bandwidth_exp_properties_t {
    upze_structure_type_t stype;
    void *pNext;
    uint32_t logicalBandwidth;
    uint32_t physicalBandwidth;
    upze_bandwidth_unit_t bandwidthUnit;
    uint32_t logicalLatency;
    uint32_t physicalLatency;
    upze_latency_unit_t latencyUnit;
} upze_device_p2p_bandwidth_exp_properties_t;

typedef struct upze_pci_address_ext_t {
    uint32_t domain;
    uint32_t bus;
    uint32_t device;
    uint32_t function;
} upze_pci_address_ext_t;

typedef struct upze_pci_speed_ext_t {
    int32_t genVersion;
    int32_t width;
    int64_t maxBandwidth;
} upze_pci_speed_ext_t;

typedef struct upze_pci_ext_properties_t {
    upze_structure_type_t stype;
    void *pNext;
    upze_pci_address_ext_t address;
    upze_pci_speed_ext_t maxSpeed;
} upze_pci_ext_properties_t;

typedef struct upze_context_desc_t {
    upze_structure_type_t stype;
    const void *pNext;
    upze_context_flags_t flags;
} upze_context_desc_t;

typedef struct upze_device_mem_alloc_desc_t {
    upze_structure_type_t stype;
    const void *pNext;
    upze_device_mem_alloc_flags_t flags;
    uint32_t ordinal;
} upze_device_mem_alloc_desc_t;

typedef struct upze_host_mem_alloc_desc_t {
    upze_structure_type_t stype;
    const void *pNext;
    upze_host_mem_alloc_flags_t flags;
} upze_host_mem_alloc_desc_t;

typedef struct upze_memory_allocation_properties_t {
    upze_structure_type_t stype;
    void *pNext;
    upze_memory_type_t type;
    uint64_t id;
    uint64_t pageSize;
} upze_memory_allocation_properties_t;

typedef struct upze_command_queue_desc_t {
    upze_structure_type_t stype;
    const void *pNext;
    uint32_t ordinal;
    uint32_t index;
    upze_command_queue_flags_t flags;
    upze_command_queue_mode_t mode;
    upze_command_queue_priority_t priority;
} upze_command_queue_desc_t;

typedef struct upze_event_pool_desc_t {
    upze_structure_type_t stype;
    const void *pNext;
    upze_event_pool_flags_t flags;
    uint32_t count;
} upze_event_pool_desc_t;

typedef struct upze_event_desc_t {
    upze_structure_type_t stype;
    const void *pNext;
    uint32_t index;
    upze_event_scope_flags_t signal;
    upze_event_scope_flags_t wait;
} upze_event_desc_t;

typedef struct upze_kernel_timestamp_data_t {
    uint64_t kernelStart;
    uint64_t kernelEnd;
} upze_kernel_timestamp_data_t;

typedef struct upze_kernel_timestamp_result_t {
    upze_kernel_timestamp_data_t global;
    upze_kernel_timestamp_data_t context;
} upze_kernel_timestamp_result_t;

/* ---------------------------------------------------------------------------------------------
 * Entry points. X(name, required, (parameters)); every one returns upze_result_t. `required` 0:
 * the library may lack it (newer API or an extension); the adapter checks for NULL.
 */
#define UPZE_ENTRY_POINTS(X)                                                                       \
    X(zeInit, 1, (upze_init_flags_t flags))                                                        \
    X(zeDriverGet, 1, (uint32_t * pCount, upze_driver_handle_t * phDrivers))                       \
    X(zeDriverGetApiVersion, 1, (upze_driver_handle_t hDriver, upze_api_version_t * version))      \
    X(zeDriverGetProperties, 1,                                                                    \
      (upze_driver_handle_t hDriver, upze_driver_properties_t * pDriverProperties))                \
    X(zeDeviceGet, 1,                                                                              \
      (upze_driver_handle_t hDriver, uint32_t * pCount, upze_device_handle_t * phDevices))         \
    X(zeDeviceGetProperties, 1,                                                                    \
      (upze_device_handle_t hDevice, upze_device_properties_t * pDeviceProperties))                \
    X(zeDeviceGetComputeProperties, 1,                                                             \
      (upze_device_handle_t hDevice, upze_device_compute_properties_t * pComputeProperties))       \
    X(zeDeviceGetMemoryProperties, 1,                                                              \
      (upze_device_handle_t hDevice, uint32_t * pCount,                                            \
       upze_device_memory_properties_t * pMemProperties))                                          \
    X(zeDeviceGetMemoryAccessProperties, 1,                                                        \
      (upze_device_handle_t hDevice,                                                               \
       upze_device_memory_access_properties_t * pMemAccessProperties))                             \
    X(zeDeviceGetCommandQueueGroupProperties, 1,                                                   \
      (upze_device_handle_t hDevice, uint32_t * pCount,                                            \
       upze_command_queue_group_properties_t * pCommandQueueGroupProperties))                      \
    X(zeDeviceGetP2PProperties, 1,                                                                 \
      (upze_device_handle_t hDevice, upze_device_handle_t hPeerDevice,                             \
       upze_device_p2p_properties_t * pP2PProperties))                                             \
    X(zeDeviceCanAccessPeer, 1,                                                                    \
      (upze_device_handle_t hDevice, upze_device_handle_t hPeerDevice, upze_bool_t * value))       \
    X(zeContextCreate, 1,                                                                          \
      (upze_driver_handle_t hDriver, const upze_context_desc_t *desc,                              \
       upze_context_handle_t *phContext))                                                          \
    X(zeContextDestroy, 1, (upze_context_handle_t hContext))                                       \
    X(zeMemAllocDevice, 1,                                                                         \
      (upze_context_handle_t hContext, const upze_device_mem_alloc_desc_t *device_desc,            \
       size_t size, size_t alignment, upze_device_handle_t hDevice, void **pptr))                  \
    X(zeMemAllocHost, 1,                                                                           \
      (upze_context_handle_t hContext, const upze_host_mem_alloc_desc_t *host_desc, size_t size,   \
       size_t alignment, void **pptr))                                                             \
    X(zeMemAllocShared, 1,                                                                         \
      (upze_context_handle_t hContext, const upze_device_mem_alloc_desc_t *device_desc,            \
       const upze_host_mem_alloc_desc_t *host_desc, size_t size, size_t alignment,                 \
       upze_device_handle_t hDevice, void **pptr))                                                 \
    X(zeMemFree, 1, (upze_context_handle_t hContext, void *ptr))                                   \
    X(zeMemGetAllocProperties, 1,                                                                  \
      (upze_context_handle_t hContext, const void *ptr,                                            \
       upze_memory_allocation_properties_t *pMemAllocProperties, upze_device_handle_t *phDevice))  \
    X(zeMemGetAddressRange, 1,                                                                     \
      (upze_context_handle_t hContext, const void *ptr, void **pBase, size_t *pSize))              \
    X(zeCommandListCreateImmediate, 1,                                                             \
      (upze_context_handle_t hContext, upze_device_handle_t hDevice,                               \
       const upze_command_queue_desc_t *altdesc, upze_command_list_handle_t *phCommandList))       \
    X(zeCommandListDestroy, 1, (upze_command_list_handle_t hCommandList))                          \
    X(zeCommandListAppendBarrier, 1,                                                               \
      (upze_command_list_handle_t hCommandList, upze_event_handle_t hSignalEvent,                  \
       uint32_t numWaitEvents, upze_event_handle_t * phWaitEvents))                                \
    X(zeCommandListAppendMemoryCopy, 1,                                                            \
      (upze_command_list_handle_t hCommandList, void *dstptr, const void *srcptr, size_t size,     \
       upze_event_handle_t hSignalEvent, uint32_t numWaitEvents,                                   \
       upze_event_handle_t *phWaitEvents))                                                         \
    X(zeCommandListAppendMemoryFill, 1,                                                            \
      (upze_command_list_handle_t hCommandList, void *ptr, const void *pattern,                    \
       size_t pattern_size, size_t size, upze_event_handle_t hSignalEvent, uint32_t numWaitEvents, \
       upze_event_handle_t *phWaitEvents))                                                         \
    X(zeCommandListAppendWriteGlobalTimestamp, 1,                                                  \
      (upze_command_list_handle_t hCommandList, uint64_t * dstptr,                                 \
       upze_event_handle_t hSignalEvent, uint32_t numWaitEvents,                                   \
       upze_event_handle_t * phWaitEvents))                                                        \
    X(zeEventPoolCreate, 1,                                                                        \
      (upze_context_handle_t hContext, const upze_event_pool_desc_t *desc, uint32_t numDevices,    \
       upze_device_handle_t *phDevices, upze_event_pool_handle_t *phEventPool))                    \
    X(zeEventPoolDestroy, 1, (upze_event_pool_handle_t hEventPool))                                \
    X(zeEventCreate, 1,                                                                            \
      (upze_event_pool_handle_t hEventPool, const upze_event_desc_t *desc,                         \
       upze_event_handle_t *phEvent))                                                              \
    X(zeEventDestroy, 1, (upze_event_handle_t hEvent))                                             \
    X(zeEventHostSynchronize, 1, (upze_event_handle_t hEvent, uint64_t timeout))                   \
    X(zeEventQueryStatus, 1, (upze_event_handle_t hEvent))                                         \
    X(zeEventHostReset, 1, (upze_event_handle_t hEvent))                                           \
    X(zeEventQueryKernelTimestamp, 1,                                                              \
      (upze_event_handle_t hEvent, upze_kernel_timestamp_result_t * dstptr))                       \
    X(zeDevicePciGetPropertiesExt, 0,                                                              \
      (upze_device_handle_t hDevice, upze_pci_ext_properties_t * pPciProperties))                  \
    X(zeInitDrivers, 0,                                                                            \
      (uint32_t * pCount, upze_driver_handle_t * phDrivers, upze_init_driver_type_desc_t * desc))

/* Pointer types upze_pfn_<name>_t. */
#define UPZE_DECLARE_PFN_(name, required, params)                                                  \
    typedef upze_result_t(*upze_pfn_##name##_t) params;
UPZE_ENTRY_POINTS(UPZE_DECLARE_PFN_)
#undef UPZE_DECLARE_PFN_

/* The resolved entry points of the loaded library. */
struct upze_fns {
#define UPZE_MEMBER_(name, required, params) upze_pfn_##name##_t name;
    UPZE_ENTRY_POINTS(UPZE_MEMBER_)
#undef UPZE_MEMBER_
};

#endif /* URPEER_ADAPTERS_LEVEL_ZERO_ZE_DRV_H */
