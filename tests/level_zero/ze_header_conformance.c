/* SPDX-License-Identifier: MIT */
/*
 * The adapter's own Level Zero declarations (src/adapters/level_zero/ze_drv.h) against the
 * installed ze_api.h, at compile time: every constant's value, every type's size, every struct's
 * size and every member's offset and size, and every entry point's prototype (the type of the
 * function of ze_api.h must be compatible with ours once our type names are mapped onto the
 * header's; any difference fails the build). The few values
 * of API versions newer than the installed header are checked where the header has them.
 */
#include <level_zero/ze_api.h>

#include "adapters/level_zero/ze_drv.h"

#include <stddef.h>
#include <stdio.h>

/* ---- Constants ---------------------------------------------------------------------------- */

#define CHECK_CONSTANT(name, value)                                                                \
    _Static_assert((long long)UPZE_##name == (long long)ZE_##name, "UPZE_" #name);                 \
    _Static_assert((long long)(value) == (long long)ZE_##name, "value of UPZE_" #name);
UPZE_CONSTANTS(CHECK_CONSTANT)

/* Newer than some headers: each checked where the installed header has it. A new entry in
 * UPZE_CONSTANTS_LATER fails here until it gets its check below. */
#define COUNT_LATER(name, value) +1
_Static_assert(0 UPZE_CONSTANTS_LATER(COUNT_LATER) == 4, "add a check for the new constant");
#ifdef HAVE_ZE_COMMAND_QUEUE_FLAG_IN_ORDER
CHECK_CONSTANT(COMMAND_QUEUE_FLAG_IN_ORDER, 1u << 1)
#endif
#ifdef HAVE_ZE_STRUCTURE_TYPE_INIT_DRIVER_TYPE_DESC
CHECK_CONSTANT(STRUCTURE_TYPE_INIT_DRIVER_TYPE_DESC, 0x00020021)
#endif
#ifdef HAVE_ZE_INIT_DRIVER_TYPE_FLAG_GPU
CHECK_CONSTANT(INIT_DRIVER_TYPE_FLAG_GPU, 1u << 0)
#endif
#ifdef HAVE_ZE_API_VERSION_1_7
CHECK_CONSTANT(API_VERSION_1_7, UPZE_MAKE_VERSION(1, 7))
#endif

_Static_assert(UPZE_MAX_DRIVER_UUID_SIZE == ZE_MAX_DRIVER_UUID_SIZE, "driver uuid size");
_Static_assert(UPZE_MAX_DEVICE_UUID_SIZE == ZE_MAX_DEVICE_UUID_SIZE, "device uuid size");
_Static_assert(UPZE_MAX_DEVICE_NAME == ZE_MAX_DEVICE_NAME, "device name size");
_Static_assert(UPZE_SUBGROUPSIZE_COUNT == ZE_SUBGROUPSIZE_COUNT, "subgroup size count");
_Static_assert(UPZE_MAKE_VERSION(1, 4) == ZE_MAKE_VERSION(1, 4), "version encoding");
_Static_assert(UPZE_MAJOR_VERSION(ZE_API_VERSION_1_4) == ZE_MAJOR_VERSION(ZE_API_VERSION_1_4),
               "major");
_Static_assert(UPZE_MINOR_VERSION(ZE_API_VERSION_1_4) == ZE_MINOR_VERSION(ZE_API_VERSION_1_4),
               "minor");

/* ---- Types and structures ------------------------------------------------------------------ */

#define SAME_SIZE(t) _Static_assert(sizeof(upze_##t) == sizeof(ze_##t), "size of upze_" #t);
#define SAME_MEMBER(t, m)                                                                          \
    _Static_assert(offsetof(upze_##t, m) == offsetof(ze_##t, m), "offset of upze_" #t "." #m);     \
    _Static_assert(sizeof(((upze_##t *)0)->m) == sizeof(((ze_##t *)0)->m),                         \
                   "size of upze_" #t "." #m);

/* Scalar and handle types. */
SAME_SIZE(result_t)
SAME_SIZE(bool_t)
SAME_SIZE(structure_type_t)
SAME_SIZE(api_version_t)
SAME_SIZE(init_flags_t)
SAME_SIZE(device_type_t)
SAME_SIZE(device_property_flags_t)
SAME_SIZE(device_memory_property_flags_t)
SAME_SIZE(memory_access_cap_flags_t)
SAME_SIZE(device_p2p_property_flags_t)
SAME_SIZE(bandwidth_unit_t)
SAME_SIZE(latency_unit_t)
SAME_SIZE(context_flags_t)
SAME_SIZE(device_mem_alloc_flags_t)
SAME_SIZE(host_mem_alloc_flags_t)
SAME_SIZE(memory_type_t)
SAME_SIZE(command_queue_flags_t)
SAME_SIZE(command_queue_mode_t)
SAME_SIZE(command_queue_priority_t)
SAME_SIZE(command_queue_group_property_flags_t)
SAME_SIZE(event_pool_flags_t)
SAME_SIZE(event_scope_flags_t)
SAME_SIZE(driver_handle_t)
SAME_SIZE(device_handle_t)
SAME_SIZE(context_handle_t)
SAME_SIZE(command_list_handle_t)
SAME_SIZE(event_pool_handle_t)
SAME_SIZE(event_handle_t)

/* Structures: X(type, members...) with every member. */
#define STRUCTS(S)                                                                                 \
    S(driver_uuid_t, id)                                                                           \
    S(device_uuid_t, id)                                                                           \
    S(driver_properties_t, stype, pNext, uuid, driverVersion)                                      \
    S(device_properties_t, stype, pNext, type, vendorId, deviceId, flags, subdeviceId,             \
      coreClockRate, maxMemAllocSize, maxHardwareContexts, maxCommandQueuePriority,                \
      numThreadsPerEU, physicalEUSimdWidth, numEUsPerSubslice, numSubslicesPerSlice, numSlices,    \
      timerResolution, timestampValidBits, kernelTimestampValidBits, uuid, name)                   \
    S(device_compute_properties_t, stype, pNext, maxTotalGroupSize, maxGroupSizeX, maxGroupSizeY,  \
      maxGroupSizeZ, maxGroupCountX, maxGroupCountY, maxGroupCountZ, maxSharedLocalMemory,         \
      numSubGroupSizes, subGroupSizes)                                                             \
    S(device_memory_properties_t, stype, pNext, flags, maxClockRate, maxBusWidth, totalSize, name) \
    S(device_memory_access_properties_t, stype, pNext, hostAllocCapabilities,                      \
      deviceAllocCapabilities, sharedSingleDeviceAllocCapabilities,                                \
      sharedCrossDeviceAllocCapabilities, sharedSystemAllocCapabilities)                           \
    S(command_queue_group_properties_t, stype, pNext, flags, maxMemoryFillPatternSize, numQueues)  \
    S(device_p2p_properties_t, stype, pNext, flags)                                                \
    S(device_p2p_bandwidth_exp_properties_t, stype, pNext, logicalBandwidth, physicalBandwidth,    \
      bandwidthUnit, logicalLatency, physicalLatency, latencyUnit)                                 \
    S(pci_address_ext_t, domain, bus, device, function)                                            \
    S(pci_speed_ext_t, genVersion, width, maxBandwidth)                                            \
    S(pci_ext_properties_t, stype, pNext, address, maxSpeed)                                       \
    S(context_desc_t, stype, pNext, flags)                                                         \
    S(device_mem_alloc_desc_t, stype, pNext, flags, ordinal)                                       \
    S(host_mem_alloc_desc_t, stype, pNext, flags)                                                  \
    S(memory_allocation_properties_t, stype, pNext, type, id, pageSize)                            \
    S(command_queue_desc_t, stype, pNext, ordinal, index, flags, mode, priority)                   \
    S(event_pool_desc_t, stype, pNext, flags, count)                                               \
    S(event_desc_t, stype, pNext, index, signal, wait)                                             \
    S(kernel_timestamp_data_t, kernelStart, kernelEnd)                                             \
    S(kernel_timestamp_result_t, global, context)

/* Apply SAME_MEMBER to each member (up to 24). */
#define FE_1(t, m) SAME_MEMBER(t, m)
#define FE_2(t, m, ...) SAME_MEMBER(t, m) FE_1(t, __VA_ARGS__)
#define FE_3(t, m, ...) SAME_MEMBER(t, m) FE_2(t, __VA_ARGS__)
#define FE_4(t, m, ...) SAME_MEMBER(t, m) FE_3(t, __VA_ARGS__)
#define FE_5(t, m, ...) SAME_MEMBER(t, m) FE_4(t, __VA_ARGS__)
#define FE_6(t, m, ...) SAME_MEMBER(t, m) FE_5(t, __VA_ARGS__)
#define FE_7(t, m, ...) SAME_MEMBER(t, m) FE_6(t, __VA_ARGS__)
#define FE_8(t, m, ...) SAME_MEMBER(t, m) FE_7(t, __VA_ARGS__)
#define FE_9(t, m, ...) SAME_MEMBER(t, m) FE_8(t, __VA_ARGS__)
#define FE_10(t, m, ...) SAME_MEMBER(t, m) FE_9(t, __VA_ARGS__)
#define FE_11(t, m, ...) SAME_MEMBER(t, m) FE_10(t, __VA_ARGS__)
#define FE_12(t, m, ...) SAME_MEMBER(t, m) FE_11(t, __VA_ARGS__)
#define FE_13(t, m, ...) SAME_MEMBER(t, m) FE_12(t, __VA_ARGS__)
#define FE_14(t, m, ...) SAME_MEMBER(t, m) FE_13(t, __VA_ARGS__)
#define FE_15(t, m, ...) SAME_MEMBER(t, m) FE_14(t, __VA_ARGS__)
#define FE_16(t, m, ...) SAME_MEMBER(t, m) FE_15(t, __VA_ARGS__)
#define FE_17(t, m, ...) SAME_MEMBER(t, m) FE_16(t, __VA_ARGS__)
#define FE_18(t, m, ...) SAME_MEMBER(t, m) FE_17(t, __VA_ARGS__)
#define FE_19(t, m, ...) SAME_MEMBER(t, m) FE_18(t, __VA_ARGS__)
#define FE_20(t, m, ...) SAME_MEMBER(t, m) FE_19(t, __VA_ARGS__)
#define FE_21(t, m, ...) SAME_MEMBER(t, m) FE_20(t, __VA_ARGS__)
#define FE_22(t, m, ...) SAME_MEMBER(t, m) FE_21(t, __VA_ARGS__)
#define FE_23(t, m, ...) SAME_MEMBER(t, m) FE_22(t, __VA_ARGS__)
#define FE_24(t, m, ...) SAME_MEMBER(t, m) FE_23(t, __VA_ARGS__)
#define FE_PICK(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, _17, _18,   \
                _19, _20, _21, _22, _23, _24, NAME, ...)                                           \
    NAME
#define FOR_EACH_MEMBER(t, ...)                                                                    \
    FE_PICK(__VA_ARGS__, FE_24, FE_23, FE_22, FE_21, FE_20, FE_19, FE_18, FE_17, FE_16, FE_15,     \
            FE_14, FE_13, FE_12, FE_11, FE_10, FE_9, FE_8, FE_7, FE_6, FE_5, FE_4, FE_3, FE_2,     \
            FE_1, unused)                                                                          \
    (t, __VA_ARGS__)

#define CHECK_STRUCT(t, ...) SAME_SIZE(t) FOR_EACH_MEMBER(t, __VA_ARGS__)
STRUCTS(CHECK_STRUCT)

#ifdef HAVE_ZE_INIT_DRIVER_TYPE_DESC_T
CHECK_STRUCT(init_driver_type_desc_t, stype, pNext, flags)
#endif

/* ---- Prototypes ---------------------------------------------------------------------------- */

/* From here on our type names stand for the header's. */
#define upze_result_t ze_result_t
#define upze_bool_t ze_bool_t
#define upze_api_version_t ze_api_version_t
#define upze_init_flags_t ze_init_flags_t
#define upze_driver_handle_t ze_driver_handle_t
#define upze_device_handle_t ze_device_handle_t
#define upze_context_handle_t ze_context_handle_t
#define upze_command_list_handle_t ze_command_list_handle_t
#define upze_event_pool_handle_t ze_event_pool_handle_t
#define upze_event_handle_t ze_event_handle_t
#define upze_driver_properties_t ze_driver_properties_t
#define upze_device_properties_t ze_device_properties_t
#define upze_device_compute_properties_t ze_device_compute_properties_t
#define upze_device_memory_properties_t ze_device_memory_properties_t
#define upze_device_memory_access_properties_t ze_device_memory_access_properties_t
#define upze_command_queue_group_properties_t ze_command_queue_group_properties_t
#define upze_device_p2p_properties_t ze_device_p2p_properties_t
#define upze_pci_ext_properties_t ze_pci_ext_properties_t
#define upze_context_desc_t ze_context_desc_t
#define upze_device_mem_alloc_desc_t ze_device_mem_alloc_desc_t
#define upze_host_mem_alloc_desc_t ze_host_mem_alloc_desc_t
#define upze_memory_allocation_properties_t ze_memory_allocation_properties_t
#define upze_command_queue_desc_t ze_command_queue_desc_t
#define upze_event_pool_desc_t ze_event_pool_desc_t
#define upze_event_desc_t ze_event_desc_t
#define upze_kernel_timestamp_result_t ze_kernel_timestamp_result_t
#ifdef HAVE_ZE_INIT_DRIVER_TYPE_DESC_T
#define upze_init_driver_type_desc_t ze_init_driver_type_desc_t
#else
/* The installed header predates zeInitDrivers (API 1.10): nothing to check it against; declared
 * here with our own prototype only so that the check below compiles. */
ze_result_t zeInitDrivers(uint32_t *pCount, ze_driver_handle_t *phDrivers,
                          upze_init_driver_type_desc_t *desc);
#endif

/* The type of each ze_api.h function must be compatible with our prototype, mapped: a _Generic
 * with that one association (unevaluated: nothing is linked) does not compile otherwise. */
#define CHECK_PROTOTYPE(name, required, params)                                                    \
    _Static_assert(_Generic(&name, upze_result_t(ZE_APICALL *) params : 1), "prototype "           \
                                                                            "of " #name);
UPZE_ENTRY_POINTS(CHECK_PROTOTYPE)

int main(void)
{
    int n = 0;
#define COUNT_ENTRY(name, required, params) n++;
    UPZE_ENTRY_POINTS(COUNT_ENTRY)
#ifdef HAVE_ZE_INIT_DRIVER_TYPE_DESC_T
    puts("zeInitDrivers checked against the installed header");
#else
    puts("zeInitDrivers: the installed header predates API 1.10, not checked");
#endif
    printf("ze_header_conformance: %d entry points, constants and layouts checked at compile "
           "time\n",
           n);
    return 0;
}
