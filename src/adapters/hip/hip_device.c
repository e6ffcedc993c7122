/* SPDX-License-Identifier: MIT */
/* Discovery: one platform holding every HIP device, their properties read once. */
#include "adapters/hip/hip_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define UPHIP_VENDOR_ID_AMD 0x1002u
#define UPHIP_VENDOR_NAME "AMD Corporation"

/* hipEventElapsedTime has a resolution of about one microsecond. */
#define UPHIP_TIMER_RESOLUTION_NS 1000u

static void version_string(char *buf, size_t size, int version)
{
    snprintf(buf, size, "%d.%d.%d", UPHIP_VERSION_MAJOR(version), UPHIP_VERSION_MINOR(version),
             UPHIP_VERSION_PATCH(version));
}

static int attribute(const struct uphip_driver *drv, int ordinal, uphip_device_attr_t attr)
{
    int value = 0;
    if (drv->hipDeviceGetAttribute(&value, attr, ordinal) != UPHIP_SUCCESS || value < 0) {
        UP_DEBUG(UPHIP_LOG, "device %d: attribute %u not available", ordinal, attr);
        return 0;
    }
    return value;
}

/* hipDeviceGetPCIBusId gives "DDDD:BB:DD.F"; keep it only if it has that shape. */
static void pci_address(const struct uphip_driver *drv, int ordinal, char *out, size_t size)
{
    char buf[64] = {0};
    size_t len;

    out[0] = '\0';
    if (drv->hipDeviceGetPCIBusId(buf, (int)sizeof(buf) - 1, ordinal) != UPHIP_SUCCESS)
        return;
    len = strlen(buf);
    if (len != 12 || buf[4] != ':' || buf[7] != ':' || buf[10] != '.' || len >= size)
        return;
    for (size_t i = 0; i < len; i++)
        out[i] = (char)tolower((unsigned char)buf[i]);
    out[len] = '\0';
}

static void read_props(const struct uphip_driver *drv, int ordinal, struct up_device_props *p)
{
    size_t total = 0;

    p->type = UR_DEVICE_TYPE_GPU;
    p->vendor_id = UPHIP_VENDOR_ID_AMD;
    snprintf(p->vendor, sizeof(p->vendor), "%s", UPHIP_VENDOR_NAME);
    if (drv->hipDeviceGetName(p->name, (int)sizeof(p->name) - 1, ordinal) != UPHIP_SUCCESS ||
        p->name[0] == '\0')
        snprintf(p->name, sizeof(p->name), "AMD GPU %d", ordinal);
    p->name[sizeof(p->name) - 1] = '\0';
    version_string(p->driver_version, sizeof(p->driver_version), drv->driver_version);
    version_string(p->backend_version, sizeof(p->backend_version), drv->runtime_version);
    pci_address(drv, ordinal, p->pci_address, sizeof(p->pci_address));

    if (drv->hipDeviceGetUuid != NULL) {
        uphip_uuid_t uuid;
        memset(&uuid, 0, sizeof(uuid));
        if (drv->hipDeviceGetUuid(&uuid, ordinal) == UPHIP_SUCCESS) {
            static const uint8_t zero[16];
            memcpy(p->uuid, uuid.bytes, sizeof(p->uuid));
            p->has_uuid = memcmp(p->uuid, zero, sizeof(zero)) != 0;
        }
    }

    if (drv->hipDeviceTotalMem(&total, ordinal) == UPHIP_SUCCESS) {
        p->global_mem_size = total;
        p->max_mem_alloc_size = total;
    }
    p->profiling_timer_resolution = UPHIP_TIMER_RESOLUTION_NS;

    /* Device and host allocations; shared allocations are managed memory where the device
     * has it, reached by host and device at once with concurrent managed access. */
    if (attribute(drv, ordinal, UPHIP_ATTR_MANAGED_MEMORY))
        p->usm_single_shared =
            UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ACCESS |
            UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_ACCESS |
            (attribute(drv, ordinal, UPHIP_ATTR_CONCURRENT_MANAGED_ACCESS)
                 ? UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_CONCURRENT_ACCESS |
                       UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_CONCURRENT_ACCESS
                 : 0);
    p->usm_device = UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ACCESS |
                    UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_ACCESS |
                    UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_CONCURRENT_ACCESS |
                    UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_CONCURRENT_ACCESS;
    p->usm_host = UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ACCESS |
                  UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_ACCESS |
                  UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_CONCURRENT_ACCESS |
                  UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_CONCURRENT_ACCESS;

    p->max_compute_units = (uint32_t)attribute(drv, ordinal, UPHIP_ATTR_MULTIPROCESSOR_COUNT);
    p->max_clock_mhz = (uint32_t)attribute(drv, ordinal, UPHIP_ATTR_CLOCK_RATE) / 1000u;
    p->memory_clock_mhz = (uint32_t)attribute(drv, ordinal, UPHIP_ATTR_MEMORY_CLOCK_RATE) / 1000u;
    p->memory_bus_width = (uint32_t)attribute(drv, ordinal, UPHIP_ATTR_MEMORY_BUS_WIDTH);
    p->global_cache_size = (uint64_t)attribute(drv, ordinal, UPHIP_ATTR_L2_CACHE_SIZE);
    p->local_mem_size = (uint64_t)attribute(drv, ordinal, UPHIP_ATTR_MAX_SHARED_MEMORY_PER_BLOCK);
    p->max_work_group_size = (uint32_t)attribute(drv, ordinal, UPHIP_ATTR_MAX_THREADS_PER_BLOCK);
    p->max_work_item_sizes[0] = (size_t)attribute(drv, ordinal, UPHIP_ATTR_MAX_BLOCK_DIM_X);
    p->max_work_item_sizes[1] = (size_t)attribute(drv, ordinal, UPHIP_ATTR_MAX_BLOCK_DIM_Y);
    p->max_work_item_sizes[2] = (size_t)attribute(drv, ordinal, UPHIP_ATTR_MAX_BLOCK_DIM_Z);
    p->max_work_groups[0] = (size_t)attribute(drv, ordinal, UPHIP_ATTR_MAX_GRID_DIM_X);
    p->max_work_groups[1] = (size_t)attribute(drv, ordinal, UPHIP_ATTR_MAX_GRID_DIM_Y);
    p->max_work_groups[2] = (size_t)attribute(drv, ordinal, UPHIP_ATTR_MAX_GRID_DIM_Z);
    p->ecc = attribute(drv, ordinal, UPHIP_ATTR_ECC_ENABLED) != 0;
    p->integrated = attribute(drv, ordinal, UPHIP_ATTR_INTEGRATED) != 0;
    /* Every GPU HIP runs on (GCN, CDNA, RDNA) has half and double precision and 64-bit
     * atomics. Sub-groups are wavefronts: 64 wide (AMD's default wave size), 128-byte lines. */
    p->fp16 = true;
    p->fp64 = true;
    p->atomic64 = true;
    p->sub_group_sizes[0] = 64;
    p->num_sub_group_sizes = 1;
    p->cacheline_size = 128;

    p->native = (ur_native_handle_t)ordinal; /* hipDevice_t is the ordinal */
    p->has_native = true;
}

ur_result_t uphip_discover(ur_adapter_handle_t adapter, int count)
{
    const struct uphip_driver *drv = uphip_drv(adapter);
    ur_platform_handle_t platform = up_platform_create(adapter, (uint32_t)count);
    char version[64];

    if (platform == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    version_string(version, sizeof(version), drv->runtime_version);
    snprintf(platform->name, sizeof(platform->name), "AMD HIP BACKEND");
    snprintf(platform->vendor, sizeof(platform->vendor), "%s", UPHIP_VENDOR_NAME);
    snprintf(platform->version, sizeof(platform->version), "HIP %s", version);
    snprintf(platform->profile, sizeof(platform->profile), "FULL_PROFILE");
    platform->extensions[0] = '\0';

    for (uint32_t i = 0; i < platform->num_devices; i++) {
        ur_device_handle_t dev = platform->devices[i];
        struct uphip_device *hd = calloc(1, sizeof(*hd));
        if (hd == NULL)
            return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY; /* adapter_fini frees what was made */
        ups_device_init(&hd->sd, &uphip_stream_native);
        hd->ordinal = (int)i;
        dev->priv = hd;
        read_props(drv, hd->ordinal, &dev->props);
        UP_INFO(UPHIP_LOG, "device %u: %s (%s)", i, dev->props.name,
                dev->props.pci_address[0] != '\0' ? dev->props.pci_address : "no PCI address");
    }
    uphip_p2p_discover(platform);
    return UR_RESULT_SUCCESS;
}

void uphip_devices_release(ur_adapter_handle_t adapter)
{
    for (uint32_t p = 0; p < adapter->num_platforms; p++) {
        ur_platform_handle_t platform = adapter->platforms[p];
        for (uint32_t i = 0; i < platform->num_devices; i++) {
            ur_device_handle_t dev = platform->devices[i];
            struct uphip_device *hd = dev->priv;
            if (hd == NULL)
                continue;
            ups_device_fini(dev); /* the time base */
            free(hd);
            dev->priv = NULL;
        }
    }
}
