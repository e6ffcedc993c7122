/* SPDX-License-Identifier: MIT */
/* Devices: the driver's root devices, their properties read once at discovery. */
#include "adapters/level_zero/lz_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static ur_device_type_t device_type(upze_device_type_t t)
{
    switch (t) {
    case UPZE_DEVICE_TYPE_GPU:
        return UR_DEVICE_TYPE_GPU;
    case UPZE_DEVICE_TYPE_CPU:
        return UR_DEVICE_TYPE_CPU;
    case UPZE_DEVICE_TYPE_FPGA:
        return UR_DEVICE_TYPE_FPGA;
    case UPZE_DEVICE_TYPE_MCA:
        return UR_DEVICE_TYPE_MCA;
    case UPZE_DEVICE_TYPE_VPU:
        return UR_DEVICE_TYPE_VPU;
    default:
        return UR_DEVICE_TYPE_CUSTOM;
    }
}

/* Level Zero's memory access capability bits are UR's, bit for bit (RW, ATOMIC, CONCURRENT,
 * CONCURRENT_ATOMIC). */
static ur_device_usm_access_capability_flags_t usm_caps(upze_memory_access_cap_flags_t f)
{
    ur_device_usm_access_capability_flags_t out = 0;

    if (f & UPZE_MEMORY_ACCESS_CAP_FLAG_RW)
        out |= UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ACCESS;
    if (f & UPZE_MEMORY_ACCESS_CAP_FLAG_ATOMIC)
        out |= UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_ACCESS;
    if (f & UPZE_MEMORY_ACCESS_CAP_FLAG_CONCURRENT)
        out |= UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_CONCURRENT_ACCESS;
    if (f & UPZE_MEMORY_ACCESS_CAP_FLAG_CONCURRENT_ATOMIC)
        out |= UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_CONCURRENT_ACCESS;
    return out;
}

/* Sum of the device's memories; memory_clock/bus width from the first one. */
static ur_result_t read_memory(ur_device_handle_t dev, upze_device_handle_t h)
{
    ur_adapter_handle_t adapter = dev->platform->adapter;
    upze_device_memory_properties_t *mems;
    uint32_t n = 0;
    upze_result_t r;

    r = lz_fn.zeDeviceGetMemoryProperties(h, &n, NULL);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(adapter, r, "zeDeviceGetMemoryProperties");
    if (n == 0)
        return UR_RESULT_SUCCESS;
    mems = calloc(n, sizeof(*mems));
    if (mems == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    for (uint32_t i = 0; i < n; i++)
        mems[i].stype = UPZE_STRUCTURE_TYPE_DEVICE_MEMORY_PROPERTIES;
    r = lz_fn.zeDeviceGetMemoryProperties(h, &n, mems);
    if (r != UPZE_RESULT_SUCCESS) {
        free(mems);
        return lz_error(adapter, r, "zeDeviceGetMemoryProperties");
    }
    for (uint32_t i = 0; i < n; i++)
        dev->props.global_mem_size += mems[i].totalSize;
    if (n > 0) {
        dev->props.memory_clock_mhz = mems[0].maxClockRate;
        dev->props.memory_bus_width = mems[0].maxBusWidth;
    }
    free(mems);
    return UR_RESULT_SUCCESS;
}

/* The command queue group for queues: the first with compute (copies, fills and barriers all
 * run there), else the first copy group. */
static ur_result_t read_queue_groups(ur_device_handle_t dev, upze_device_handle_t h,
                                     struct lz_device *ld)
{
    ur_adapter_handle_t adapter = dev->platform->adapter;
    upze_command_queue_group_properties_t *groups;
    uint32_t n = 0;
    upze_result_t r;

    ld->queue_ordinal = UINT32_MAX;
    r = lz_fn.zeDeviceGetCommandQueueGroupProperties(h, &n, NULL);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(adapter, r, "zeDeviceGetCommandQueueGroupProperties");
    if (n == 0)
        return UR_RESULT_SUCCESS;
    groups = calloc(n, sizeof(*groups));
    if (groups == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    for (uint32_t i = 0; i < n; i++)
        groups[i].stype = UPZE_STRUCTURE_TYPE_COMMAND_QUEUE_GROUP_PROPERTIES;
    r = lz_fn.zeDeviceGetCommandQueueGroupProperties(h, &n, groups);
    if (r != UPZE_RESULT_SUCCESS) {
        free(groups);
        return lz_error(adapter, r, "zeDeviceGetCommandQueueGroupProperties");
    }
    for (uint32_t want = UPZE_COMMAND_QUEUE_GROUP_PROPERTY_FLAG_COMPUTE;
         ld->queue_ordinal == UINT32_MAX && want != 0;
         want = want == UPZE_COMMAND_QUEUE_GROUP_PROPERTY_FLAG_COMPUTE
                    ? UPZE_COMMAND_QUEUE_GROUP_PROPERTY_FLAG_COPY
                    : 0) {
        for (uint32_t i = 0; i < n; i++) {
            if ((groups[i].flags & want) && groups[i].numQueues > 0) {
                ld->queue_ordinal = i;
                ld->max_fill_pattern = groups[i].maxMemoryFillPatternSize;
                break;
            }
        }
    }
    free(groups);
    return UR_RESULT_SUCCESS;
}

static void read_pci(ur_device_handle_t dev, upze_device_handle_t h)
{
    upze_pci_ext_properties_t pci = {.stype = UPZE_STRUCTURE_TYPE_PCI_EXT_PROPERTIES};
    upze_result_t r;

    if (lz_fn.zeDevicePciGetPropertiesExt == NULL)
        return;
    r = lz_fn.zeDevicePciGetPropertiesExt(h, &pci);
    if (r != UPZE_RESULT_SUCCESS) {
        UP_DEBUG(LZ_LOG, "zeDevicePciGetPropertiesExt: %s: no PCI address", lz_result_name(r));
        return;
    }
    snprintf(dev->props.pci_address, sizeof(dev->props.pci_address), "%04x:%02x:%02x.%x",
             pci.address.domain & 0xffffu, pci.address.bus & 0xffu, pci.address.device & 0x1fu,
             pci.address.function & 0x7u);
}

ur_result_t lz_device_discover(ur_device_handle_t dev, upze_device_handle_t h,
                               upze_api_version_t api)
{
    ur_adapter_handle_t adapter = dev->platform->adapter;
    struct up_device_props *pr = &dev->props;
    upze_device_properties_t dp = {0};
    upze_device_compute_properties_t cp = {.stype = UPZE_STRUCTURE_TYPE_DEVICE_COMPUTE_PROPERTIES};
    upze_device_memory_access_properties_t ma = {
        .stype = UPZE_STRUCTURE_TYPE_DEVICE_MEMORY_ACCESS_PROPERTIES};
    struct lz_device *ld;
    upze_result_t r;
    ur_result_t res;

    ld = calloc(1, sizeof(*ld));
    if (ld == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    ld->handle = h;
    dev->priv = ld; /* freed by lz_platform_release */

    /* From API 1.2 on, the _1_2 form gives the timer in ticks per second (more precise than the
     * 1.0 form's whole nanoseconds per tick). */
    dp.stype = api >= UPZE_API_VERSION_1_2 ? UPZE_STRUCTURE_TYPE_DEVICE_PROPERTIES_1_2
                                           : UPZE_STRUCTURE_TYPE_DEVICE_PROPERTIES;
    r = lz_fn.zeDeviceGetProperties(h, &dp);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(adapter, r, "zeDeviceGetProperties");
    r = lz_fn.zeDeviceGetComputeProperties(h, &cp);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(adapter, r, "zeDeviceGetComputeProperties");
    r = lz_fn.zeDeviceGetMemoryAccessProperties(h, &ma);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(adapter, r, "zeDeviceGetMemoryAccessProperties");

    pr->type = device_type(dp.type);
    pr->vendor_id = dp.vendorId;
    pr->device_id = dp.deviceId;
    pr->has_device_id = true;
    memcpy(pr->name, dp.name,
           sizeof(dp.name) < sizeof(pr->name) ? sizeof(dp.name) : sizeof(pr->name));
    pr->name[sizeof(pr->name) - 1] = '\0';
    snprintf(pr->vendor, sizeof(pr->vendor), "%s",
             dp.vendorId == 0x8086 ? "Intel(R) Corporation" : "Unknown");
    snprintf(pr->driver_version, sizeof(pr->driver_version), "%.63s", dev->platform->version);
    snprintf(pr->backend_version, sizeof(pr->backend_version), "%u.%u", UPZE_MAJOR_VERSION(api),
             UPZE_MINOR_VERSION(api));
    memcpy(pr->uuid, dp.uuid.id, sizeof(pr->uuid));
    pr->has_uuid = true;
    pr->max_mem_alloc_size = dp.maxMemAllocSize;
    /* Queues run in order (an out-of-order queue may); profiling uses kernel timestamps. */
    if (dp.stype == UPZE_STRUCTURE_TYPE_DEVICE_PROPERTIES_1_2) {
        ld->timer_ticks_per_sec = dp.timerResolution;
        pr->profiling_timer_resolution =
            dp.timerResolution == 0
                ? 1
                : (size_t)((1000000000ull + dp.timerResolution / 2) / dp.timerResolution);
    } else {
        ld->timer_ns_per_tick = dp.timerResolution;
        pr->profiling_timer_resolution = (size_t)dp.timerResolution;
    }
    if (pr->profiling_timer_resolution == 0)
        pr->profiling_timer_resolution = 1;
    ld->kernel_ts_bits = dp.kernelTimestampValidBits == 0 || dp.kernelTimestampValidBits > 64
                             ? 64
                             : dp.kernelTimestampValidBits;
    ld->ts_bits =
        dp.timestampValidBits == 0 || dp.timestampValidBits > 64 ? 64 : dp.timestampValidBits;
    pr->usm_host = usm_caps(ma.hostAllocCapabilities);
    pr->usm_device = usm_caps(ma.deviceAllocCapabilities);
    /* Shared allocations: the driver's single-device capabilities (zeMemAllocShared). */
    pr->usm_single_shared = usm_caps(ma.sharedSingleDeviceAllocCapabilities);
    pr->usm_cross_shared = 0;
    pr->usm_system_shared = 0;
    pr->max_compute_units = dp.numSlices * dp.numSubslicesPerSlice * dp.numEUsPerSubslice;
    pr->max_clock_mhz = dp.coreClockRate;
    pr->local_mem_size = cp.maxSharedLocalMemory;
    pr->max_work_group_size = cp.maxTotalGroupSize;
    pr->max_work_item_sizes[0] = cp.maxGroupSizeX;
    pr->max_work_item_sizes[1] = cp.maxGroupSizeY;
    pr->max_work_item_sizes[2] = cp.maxGroupSizeZ;
    pr->max_work_groups[0] = cp.maxGroupCountX;
    pr->max_work_groups[1] = cp.maxGroupCountY;
    pr->max_work_groups[2] = cp.maxGroupCountZ;
    /* The driver lists its sub-group sizes in ascending order. */
    for (uint32_t i = 0; i < cp.numSubGroupSizes && i < UPZE_SUBGROUPSIZE_COUNT &&
                         pr->num_sub_group_sizes < sizeof(pr->sub_group_sizes) / sizeof(uint32_t);
         i++)
        if (cp.subGroupSizes[i] != 0)
            pr->sub_group_sizes[pr->num_sub_group_sizes++] = cp.subGroupSizes[i];
    pr->ecc = (dp.flags & UPZE_DEVICE_PROPERTY_FLAG_ECC) != 0;
    pr->integrated = (dp.flags & UPZE_DEVICE_PROPERTY_FLAG_INTEGRATED) != 0;
    /* Not read (zeDeviceGetModuleProperties is not called): Intel GPUs have half precision and
     * 64-bit atomics; double precision is left out, as some (Arc, integrated) lack it. */
    pr->fp16 = true;
    pr->atomic64 = true;
    pr->cacheline_size = 64;
    pr->native = (ur_native_handle_t)h;
    pr->has_native = true;

    res = read_memory(dev, h);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = read_queue_groups(dev, h, ld);
    if (res != UR_RESULT_SUCCESS)
        return res;
    read_pci(dev, h);
    UP_DEBUG(LZ_LOG, "device %u: %s, %04x:%04x, pci %s, queue group %d", dev->index, pr->name,
             pr->vendor_id, pr->device_id, pr->pci_address[0] ? pr->pci_address : "-",
             (int)ld->queue_ordinal);
    return UR_RESULT_SUCCESS;
}
