/* SPDX-License-Identifier: MIT */
/*
 * Simulated devices: their properties (read once at discovery) and their memory budget.
 */
#include "sim.h"

#include <stdio.h>
#include <string.h>

void sim_device_fill_props(struct up_device_props *props, const struct sim_topology *topo,
                           uint32_t index)
{
    const struct sim_dev_spec *spec = &topo->devices[index];
    const ur_device_usm_access_capability_flags_t all_access =
        UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ACCESS |
        UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_ACCESS |
        UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_CONCURRENT_ACCESS |
        UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_CONCURRENT_ACCESS;
    static const uint8_t uuid_prefix[10] = {'u', 'r', 'p', 'e', 'e', 'r', 0x80, 's', 0x80, 'i'};

    memset(props, 0, sizeof(*props));
    props->type = UR_DEVICE_TYPE_GPU;
    props->vendor_id = SIM_VENDOR_ID;
    props->device_id = SIM_DEVICE_ID;
    props->has_device_id = true;
    snprintf(props->name, sizeof(props->name), "%s", spec->name);
    snprintf(props->vendor, sizeof(props->vendor), "urpeer (simulated)");
    snprintf(props->driver_version, sizeof(props->driver_version), "%d.%d.%d", URPEER_VERSION_MAJOR,
             URPEER_VERSION_MINOR, URPEER_VERSION_PATCH);
    snprintf(props->backend_version, sizeof(props->backend_version), "1.0");
    /* One bus per device, like GPUs behind their own switch ports: 0000:01:00.0, 0000:02:00.0... */
    snprintf(props->pci_address, sizeof(props->pci_address), "0000:%02x:00.0", index + 1);
    /* Deterministic: a fixed prefix (with RFC 4122 version 8 and variant bits set) and the index.
     */
    memcpy(props->uuid, uuid_prefix, sizeof(uuid_prefix));
    props->uuid[12] = (uint8_t)(index >> 24);
    props->uuid[13] = (uint8_t)(index >> 16);
    props->uuid[14] = (uint8_t)(index >> 8);
    props->uuid[15] = (uint8_t)index;
    props->has_uuid = true;
    props->global_mem_size = spec->memory;
    props->max_mem_alloc_size = spec->memory;
    /* Out-of-order queues are accepted and run in order; only profiling is a real property. */
    props->profiling_timer_resolution = 1;
    props->usm_host = all_access;
    props->usm_device = all_access;
    props->usm_single_shared = all_access;
    props->usm_cross_shared = 0;
    props->usm_system_shared = 0;
    /* A nominal GPU (nothing runs kernels): the values docs/simulated-node.md lists. */
    props->max_compute_units = 64;
    props->max_clock_mhz = 1500;
    props->memory_clock_mhz = 1200;
    props->memory_bus_width = 4096;
    props->global_cache_size = 32u << 20;
    props->local_mem_size = 64 * 1024;
    props->max_work_group_size = 1024;
    props->max_work_item_sizes[0] = 1024;
    props->max_work_item_sizes[1] = 1024;
    props->max_work_item_sizes[2] = 64;
    props->max_work_groups[0] = 0x7fffffff;
    props->max_work_groups[1] = 65535;
    props->max_work_groups[2] = 65535;
    props->sub_group_sizes[0] = 32;
    props->num_sub_group_sizes = 1;
    props->max_constant_size = 64 * 1024;
    props->cacheline_size = 128;
    props->fp16 = true;
    props->fp64 = true;
    props->atomic64 = true;
    props->ecc = false;
    props->integrated = false;
    props->bf16_conversions = false;
    props->native = (ur_native_handle_t)index;
    props->has_native = true;
}

bool sim_device_reserve(struct sim_device *sd, uint64_t size)
{
    uint64_t used = atomic_load_explicit(&sd->mem_used, memory_order_relaxed);

    do {
        if (size > sd->mem_size || used > sd->mem_size - size)
            return false;
    } while (!atomic_compare_exchange_weak_explicit(&sd->mem_used, &used, used + size,
                                                    memory_order_relaxed, memory_order_relaxed));
    return true;
}

void sim_device_unreserve(struct sim_device *sd, uint64_t size)
{
    atomic_fetch_sub_explicit(&sd->mem_used, size, memory_order_relaxed);
}

uint64_t sim_host_memory_available(void)
{
    char line[256];
    unsigned long long kib = 0;
    FILE *f = fopen("/proc/meminfo", "r");

    if (!f)
        return 0;
    while (fgets(line, sizeof(line), f))
        if (sscanf(line, "MemAvailable: %llu kB", &kib) == 1)
            break;
    fclose(f);
    return (uint64_t)kib * 1024u;
}
