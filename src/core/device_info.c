/* SPDX-License-Identifier: MIT */
/*
 * urDeviceGetInfo, answered from the properties each adapter read once at discovery: no driver
 * call on the query path. Every value of ur_device_info_t is either answered correctly or gets
 * UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION; booleans about features urpeer does not provide
 * (images, kernels, command buffers, ...) are false.
 */
#include "core/core.h"

typedef enum dinfo_kind { DINFO_BOOL, DINFO_OTHER } dinfo_kind_t;

/* Booleans that describe the hardware rather than a feature urpeer lacks: answering false would be
 * a guess, so they are unsupported unless answered below. */
static bool is_hardware_fact(ur_device_info_t prop)
{
    switch (prop) {
    case UR_DEVICE_INFO_ERROR_CORRECTION_SUPPORT:
    case UR_DEVICE_INFO_HOST_UNIFIED_MEMORY:
    case UR_DEVICE_INFO_IS_INTEGRATED_GPU:
    case UR_DEVICE_INFO_ATOMIC_64:
    case UR_DEVICE_INFO_BFLOAT16:
    case UR_DEVICE_INFO_BFLOAT16_CONVERSIONS_NATIVE:
    case UR_DEVICE_INFO_SUB_GROUP_INDEPENDENT_FORWARD_PROGRESS:
        return true;
    default:
        return false;
    }
}

static bool lookup_kind(ur_device_info_t prop, dinfo_kind_t *kind)
{
    switch (prop) {
#define UP_DINFO(name, k)                                                                          \
    case name:                                                                                     \
        *kind = DINFO_##k;                                                                         \
        return true;
#include "core/device_info_table.inc"
#undef UP_DINFO
    default:
        return false;
    }
}

static ur_result_t ret_u32(size_t propSize, void *pValue, size_t *pSizeRet, uint32_t v)
{
    return up_info_return(propSize, pValue, pSizeRet, &v, sizeof(v));
}

static ur_result_t ret_u64(size_t propSize, void *pValue, size_t *pSizeRet, uint64_t v)
{
    return up_info_return(propSize, pValue, pSizeRet, &v, sizeof(v));
}

/* Discovery-time values where 0 means the adapter could not answer. */
static ur_result_t opt_u32(size_t propSize, void *pValue, size_t *pSizeRet, uint32_t v)
{
    return v ? ret_u32(propSize, pValue, pSizeRet, v) : UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
}

static ur_result_t opt_u64(size_t propSize, void *pValue, size_t *pSizeRet, uint64_t v)
{
    return v ? ret_u64(propSize, pValue, pSizeRet, v) : UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
}

static ur_result_t ret_size(size_t propSize, void *pValue, size_t *pSizeRet, size_t v)
{
    return up_info_return(propSize, pValue, pSizeRet, &v, sizeof(v));
}

static ur_result_t ret_bool(size_t propSize, void *pValue, size_t *pSizeRet, bool v)
{
    ur_bool_t b = v ? 1 : 0;
    return up_info_return(propSize, pValue, pSizeRet, &b, sizeof(b));
}

ur_result_t up_device_get_info(ur_device_handle_t dev, ur_device_info_t prop, size_t propSize,
                               void *pValue, size_t *pSizeRet)
{
    const struct up_device_props *pr = &dev->props;
    const ur_result_t unsupported = UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;

    switch (prop) {
    case UR_DEVICE_INFO_TYPE: {
        ur_device_type_t t = pr->type;
        return up_info_return(propSize, pValue, pSizeRet, &t, sizeof(t));
    }
    case UR_DEVICE_INFO_VENDOR_ID:
        return ret_u32(propSize, pValue, pSizeRet, pr->vendor_id);
    case UR_DEVICE_INFO_DEVICE_ID:
        return pr->has_device_id ? ret_u32(propSize, pValue, pSizeRet, pr->device_id) : unsupported;
    case UR_DEVICE_INFO_NAME:
        return up_info_string(propSize, pValue, pSizeRet, pr->name);
    case UR_DEVICE_INFO_VENDOR:
        return up_info_string(propSize, pValue, pSizeRet, pr->vendor);
    case UR_DEVICE_INFO_DRIVER_VERSION:
        return up_info_string(propSize, pValue, pSizeRet, pr->driver_version);
    case UR_DEVICE_INFO_BACKEND_RUNTIME_VERSION:
        return pr->backend_version[0]
                   ? up_info_string(propSize, pValue, pSizeRet, pr->backend_version)
                   : unsupported;
    case UR_DEVICE_INFO_PLATFORM: {
        ur_platform_handle_t p = dev->platform;
        return up_info_return(propSize, pValue, pSizeRet, &p, sizeof(p));
    }
    case UR_DEVICE_INFO_GLOBAL_MEM_SIZE:
        return ret_u64(propSize, pValue, pSizeRet, pr->global_mem_size);
    case UR_DEVICE_INFO_MAX_MEM_ALLOC_SIZE:
        return ret_u64(propSize, pValue, pSizeRet, pr->max_mem_alloc_size);
    case UR_DEVICE_INFO_AVAILABLE:
    case UR_DEVICE_INFO_ENDIAN_LITTLE:
    case UR_DEVICE_INFO_USM_P2P_SUPPORT_EXP:
        return ret_bool(propSize, pValue, pSizeRet, true);
    case UR_DEVICE_INFO_UUID:
        return pr->has_uuid ? up_info_return(propSize, pValue, pSizeRet, pr->uuid, sizeof(pr->uuid))
                            : unsupported;
    case UR_DEVICE_INFO_PCI_ADDRESS:
        return pr->pci_address[0] ? up_info_string(propSize, pValue, pSizeRet, pr->pci_address)
                                  : unsupported;
    case UR_DEVICE_INFO_USM_HOST_SUPPORT:
        return ret_u32(propSize, pValue, pSizeRet, pr->usm_host);
    case UR_DEVICE_INFO_USM_DEVICE_SUPPORT:
        return ret_u32(propSize, pValue, pSizeRet, pr->usm_device);
    case UR_DEVICE_INFO_USM_SINGLE_SHARED_SUPPORT:
        return ret_u32(propSize, pValue, pSizeRet, pr->usm_single_shared);
    case UR_DEVICE_INFO_USM_CROSS_SHARED_SUPPORT:
        return ret_u32(propSize, pValue, pSizeRet, pr->usm_cross_shared);
    case UR_DEVICE_INFO_USM_SYSTEM_SHARED_SUPPORT:
        return ret_u32(propSize, pValue, pSizeRet, pr->usm_system_shared);
    case UR_DEVICE_INFO_QUEUE_PROPERTIES:
    case UR_DEVICE_INFO_QUEUE_ON_HOST_PROPERTIES:
        return ret_u32(propSize, pValue, pSizeRet, pr->queue_properties);
    case UR_DEVICE_INFO_QUEUE_ON_DEVICE_PROPERTIES:
        return ret_u32(propSize, pValue, pSizeRet, 0);
    case UR_DEVICE_INFO_PROFILING_TIMER_RESOLUTION:
        return ret_size(propSize, pValue, pSizeRet, pr->profiling_timer_resolution);
    case UR_DEVICE_INFO_REFERENCE_COUNT:
        /* Root devices are not reference counted: always 1. */
        return ret_u32(propSize, pValue, pSizeRet, 1);
    case UR_DEVICE_INFO_MAX_COMPUTE_UNITS:
    case UR_DEVICE_INFO_NUM_COMPUTE_UNITS:
        return opt_u32(propSize, pValue, pSizeRet, pr->max_compute_units);
    case UR_DEVICE_INFO_MAX_CLOCK_FREQUENCY:
        return opt_u32(propSize, pValue, pSizeRet, pr->max_clock_mhz);
    case UR_DEVICE_INFO_MEMORY_CLOCK_RATE:
        return opt_u32(propSize, pValue, pSizeRet, pr->memory_clock_mhz);
    case UR_DEVICE_INFO_MEMORY_BUS_WIDTH:
        return opt_u32(propSize, pValue, pSizeRet, pr->memory_bus_width);
    case UR_DEVICE_INFO_GLOBAL_MEM_CACHE_SIZE:
        return opt_u64(propSize, pValue, pSizeRet, pr->global_cache_size);
    case UR_DEVICE_INFO_LOCAL_MEM_SIZE:
        return opt_u64(propSize, pValue, pSizeRet, pr->local_mem_size);
    case UR_DEVICE_INFO_MAX_WORK_GROUP_SIZE:
        return pr->max_work_group_size
                   ? ret_size(propSize, pValue, pSizeRet, pr->max_work_group_size)
                   : unsupported;
    case UR_DEVICE_INFO_ADDRESS_BITS:
        return ret_u32(propSize, pValue, pSizeRet, (uint32_t)(sizeof(void *) * 8));
    case UR_DEVICE_INFO_PARENT_DEVICE: {
        ur_device_handle_t none = NULL; /* root devices have no parent */
        return up_info_return(propSize, pValue, pSizeRet, &none, sizeof(none));
    }
    case UR_DEVICE_INFO_PARTITION_MAX_SUB_DEVICES:
    case UR_DEVICE_INFO_PARTITION_AFFINITY_DOMAIN: /* urpeer does not partition devices */
        return ret_u32(propSize, pValue, pSizeRet, 0);
    case UR_DEVICE_INFO_BUILT_IN_KERNELS:
        return up_info_string(propSize, pValue, pSizeRet, "");
    case UR_DEVICE_INFO_EXTENSIONS:
        /* Before UR_DEVICE_INFO_USM_P2P_SUPPORT_EXP, programs looked for the P2P extension's
         * name here: keep answering it for them. */
        return up_info_string(propSize, pValue, pSizeRet, "ur_exp_usm_p2p");
    case UR_DEVICE_INFO_USM_POOL_SUPPORT:
        return ret_bool(propSize, pValue, pSizeRet, false);
    default:
        break;
    }

    dinfo_kind_t kind;
    if (!lookup_kind(prop, &kind))
        return unsupported; /* a gap below the last value: not defined upstream */
    if (kind == DINFO_BOOL && !is_hardware_fact(prop))
        return ret_bool(propSize, pValue, pSizeRet, false);
    return unsupported;
}
