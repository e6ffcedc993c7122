/* SPDX-License-Identifier: MIT */
/*
 * urDeviceGetInfo, answered from the properties each adapter read once at discovery: no driver
 * call on the query path (GLOBAL_MEM_FREE, which changes, is the one query asked of the adapter).
 * Every query upstream does not mark optional is answered on every device (the driver's value, or
 * the documented model value where the adapter has none); optional ones the adapter cannot answer
 * get UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION. Booleans about features urpeer does not provide
 * (images, kernels, command buffers, ...) are false, and the limits of those features are 0.
 */
#include "core/core.h"

typedef enum dinfo_kind { DINFO_BOOL, DINFO_OTHER } dinfo_kind_t;

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

static ur_result_t ret_size(size_t propSize, void *pValue, size_t *pSizeRet, size_t v)
{
    return up_info_return(propSize, pValue, pSizeRet, &v, sizeof(v));
}

static ur_result_t ret_str(size_t propSize, void *pValue, size_t *pSizeRet, const char *s)
{
    return up_info_string(propSize, pValue, pSizeRet, s);
}

/* Limits of features urpeer does not provide (images, samplers, ...): 0, in the query's type. */
static ur_result_t ret_zero(size_t propSize, void *pValue, size_t *pSizeRet, size_t size)
{
    static const uint64_t zero[2];
    return up_info_return(propSize, pValue, pSizeRet, zero, size);
}

static ur_result_t ret_bool(size_t propSize, void *pValue, size_t *pSizeRet, bool v)
{
    ur_bool_t b = v ? 1 : 0;
    return up_info_return(propSize, pValue, pSizeRet, &b, sizeof(b));
}

/* The IEEE 754 behaviour of every GPU urpeer drives, for each precision it has. */
#define FP_IEEE                                                                                    \
    (UR_DEVICE_FP_CAPABILITY_FLAG_ROUND_TO_NEAREST | UR_DEVICE_FP_CAPABILITY_FLAG_ROUND_TO_ZERO |  \
     UR_DEVICE_FP_CAPABILITY_FLAG_ROUND_TO_INF | UR_DEVICE_FP_CAPABILITY_FLAG_INF_NAN |            \
     UR_DEVICE_FP_CAPABILITY_FLAG_DENORM | UR_DEVICE_FP_CAPABILITY_FLAG_FMA)
#define MEMORY_ORDERS                                                                              \
    (UR_MEMORY_ORDER_CAPABILITY_FLAG_RELAXED | UR_MEMORY_ORDER_CAPABILITY_FLAG_ACQUIRE |           \
     UR_MEMORY_ORDER_CAPABILITY_FLAG_RELEASE | UR_MEMORY_ORDER_CAPABILITY_FLAG_ACQ_REL |           \
     UR_MEMORY_ORDER_CAPABILITY_FLAG_SEQ_CST)
#define MEMORY_SCOPES                                                                              \
    (UR_MEMORY_SCOPE_CAPABILITY_FLAG_WORK_ITEM | UR_MEMORY_SCOPE_CAPABILITY_FLAG_SUB_GROUP |       \
     UR_MEMORY_SCOPE_CAPABILITY_FLAG_WORK_GROUP | UR_MEMORY_SCOPE_CAPABILITY_FLAG_DEVICE |         \
     UR_MEMORY_SCOPE_CAPABILITY_FLAG_SYSTEM)

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
    case UR_DEVICE_INFO_GLOBAL_MEM_FREE: {
        /* The one answer that changes: asked of the adapter at each query. */
        uint64_t free_bytes = 0;
        ur_result_t res;
        if (dev->obj.ops->device_mem_free == NULL)
            return unsupported;
        res = dev->obj.ops->device_mem_free(dev, &free_bytes);
        if (res != UR_RESULT_SUCCESS)
            return res;
        return ret_u64(propSize, pValue, pSizeRet, free_bytes);
    }
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
        /* One behaviour on every adapter: every queue runs its commands in order on one
         * stream (which an out-of-order queue permits), profiles when asked, and takes the
         * flags that are hints about submission and events. Not offered: device queues,
         * priorities, CUDA's default-stream flags. */
        return ret_u32(propSize, pValue, pSizeRet,
                       UR_QUEUE_FLAG_OUT_OF_ORDER_EXEC_MODE_ENABLE |
                           UR_QUEUE_FLAG_PROFILING_ENABLE | UR_QUEUE_FLAG_DISCARD_EVENTS |
                           UR_QUEUE_FLAG_SUBMISSION_BATCHED | UR_QUEUE_FLAG_SUBMISSION_IMMEDIATE |
                           UR_QUEUE_FLAG_LOW_POWER_EVENTS_SUPPORT_EXP);
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
    case UR_DEVICE_INFO_GLOBAL_MEM_CACHE_SIZE: /* 0: no cache the driver tells of */
        return ret_u64(propSize, pValue, pSizeRet, pr->global_cache_size);
    case UR_DEVICE_INFO_LOCAL_MEM_SIZE:
        return ret_u64(propSize, pValue, pSizeRet, pr->local_mem_size);
    case UR_DEVICE_INFO_MAX_WORK_GROUP_SIZE:
        return pr->max_work_group_size
                   ? ret_size(propSize, pValue, pSizeRet, pr->max_work_group_size)
                   : unsupported;
    case UR_DEVICE_INFO_ADDRESS_BITS:
        return ret_u32(propSize, pValue, pSizeRet, (uint32_t)(sizeof(void *) * 8));
    case UR_DEVICE_INFO_PARENT_DEVICE:
    case UR_DEVICE_INFO_COMPOSITE_DEVICE: {
        /* Root devices have no parent, and urpeer makes no composite devices. */
        ur_device_handle_t none = NULL;
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
        /* Pools are core objects over the adapters' allocations (core/pool.c). */
        return ret_bool(propSize, pValue, pSizeRet, true);

    /* Hardware facts. */
    case UR_DEVICE_INFO_ERROR_CORRECTION_SUPPORT:
        return ret_bool(propSize, pValue, pSizeRet, pr->ecc);
    case UR_DEVICE_INFO_HOST_UNIFIED_MEMORY:
    case UR_DEVICE_INFO_IS_INTEGRATED_GPU:
        return ret_bool(propSize, pValue, pSizeRet, pr->integrated);
    case UR_DEVICE_INFO_ATOMIC_64:
        return ret_bool(propSize, pValue, pSizeRet, pr->atomic64);
    case UR_DEVICE_INFO_BFLOAT16:
    case UR_DEVICE_INFO_BFLOAT16_CONVERSIONS_NATIVE:
        return ret_bool(propSize, pValue, pSizeRet, pr->bf16_conversions);
    case UR_DEVICE_INFO_SUB_GROUP_INDEPENDENT_FORWARD_PROGRESS:
        /* Every GPU urpeer drives schedules its sub-groups (warps, wavefronts, EU threads)
         * independently. */
        return ret_bool(propSize, pValue, pSizeRet, true);

    /* Compute limits. */
    case UR_DEVICE_INFO_MAX_WORK_ITEM_DIMENSIONS:
        return ret_u32(propSize, pValue, pSizeRet, 3);
    case UR_DEVICE_INFO_MAX_WORK_ITEM_SIZES: {
        size_t v[3];
        for (int i = 0; i < 3; i++)
            v[i] = pr->max_work_item_sizes[i] ? pr->max_work_item_sizes[i]
                                              : (size_t)pr->max_work_group_size;
        return up_info_return(propSize, pValue, pSizeRet, v, sizeof(v));
    }
    case UR_DEVICE_INFO_MAX_WORK_GROUPS_3D: {
        size_t v[3];
        for (int i = 0; i < 3; i++)
            v[i] = pr->max_work_groups[i] ? pr->max_work_groups[i] : (size_t)INT32_MAX;
        return up_info_return(propSize, pValue, pSizeRet, v, sizeof(v));
    }
    case UR_DEVICE_INFO_MAX_WORK_GROUPS:
        return ret_size(propSize, pValue, pSizeRet,
                        pr->max_work_groups[0] ? pr->max_work_groups[0] : (size_t)INT32_MAX);
    case UR_DEVICE_INFO_SUB_GROUP_SIZES_INTEL: {
        static const uint32_t default_sizes[1] = {32};
        return pr->num_sub_group_sizes
                   ? up_info_return(propSize, pValue, pSizeRet, pr->sub_group_sizes,
                                    pr->num_sub_group_sizes * sizeof(uint32_t))
                   : up_info_return(propSize, pValue, pSizeRet, default_sizes,
                                    sizeof(default_sizes));
    }
    case UR_DEVICE_INFO_MAX_NUM_SUB_GROUPS: {
        uint32_t smallest = pr->num_sub_group_sizes ? pr->sub_group_sizes[0] : 32;
        uint32_t n = smallest ? pr->max_work_group_size / smallest : 0;
        return ret_u32(propSize, pValue, pSizeRet, n ? n : 1);
    }
    case UR_DEVICE_INFO_MAX_COMPUTE_QUEUE_INDICES:
        return ret_u32(propSize, pValue, pSizeRet, 1);
    case UR_DEVICE_INFO_SINGLE_FP_CONFIG:
        return ret_u32(propSize, pValue, pSizeRet,
                       FP_IEEE | UR_DEVICE_FP_CAPABILITY_FLAG_CORRECTLY_ROUNDED_DIVIDE_SQRT);
    case UR_DEVICE_INFO_HALF_FP_CONFIG:
        return ret_u32(propSize, pValue, pSizeRet, pr->fp16 ? FP_IEEE : 0);
    case UR_DEVICE_INFO_DOUBLE_FP_CONFIG:
        return ret_u32(propSize, pValue, pSizeRet, pr->fp64 ? FP_IEEE : 0);
    case UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_CHAR:
    case UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_SHORT:
    case UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_INT:
    case UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_LONG:
    case UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_LONG_LONG:
    case UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_FLOAT:
    case UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_CHAR:
    case UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_SHORT:
    case UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_INT:
    case UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_LONG:
    case UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_LONG_LONG:
    case UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_FLOAT:
        /* SIMT hardware: one scalar per work-item. */
        return ret_u32(propSize, pValue, pSizeRet, 1);
    case UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_DOUBLE:
    case UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_DOUBLE:
        return ret_u32(propSize, pValue, pSizeRet, pr->fp64 ? 1 : 0);
    case UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_HALF:
    case UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_HALF:
        return ret_u32(propSize, pValue, pSizeRet, pr->fp16 ? 1 : 0);
    case UR_DEVICE_INFO_ATOMIC_MEMORY_ORDER_CAPABILITIES:
    case UR_DEVICE_INFO_ATOMIC_FENCE_ORDER_CAPABILITIES:
        return ret_u32(propSize, pValue, pSizeRet, MEMORY_ORDERS);
    case UR_DEVICE_INFO_ATOMIC_MEMORY_SCOPE_CAPABILITIES:
    case UR_DEVICE_INFO_ATOMIC_FENCE_SCOPE_CAPABILITIES:
        return ret_u32(propSize, pValue, pSizeRet, MEMORY_SCOPES);
    case UR_DEVICE_INFO_EXECUTION_CAPABILITIES:
        return ret_u32(propSize, pValue, pSizeRet, UR_DEVICE_EXEC_CAPABILITY_FLAG_KERNEL);
    case UR_DEVICE_INFO_MAX_PARAMETER_SIZE:
        return ret_size(propSize, pValue, pSizeRet, 4096);
    case UR_DEVICE_INFO_PRINTF_BUFFER_SIZE:
        return ret_size(propSize, pValue, pSizeRet, 1024 * 1024);

    /* Memory. */
    case UR_DEVICE_INFO_MEM_BASE_ADDR_ALIGN: /* in bits: allocations start on a cache line */
        return ret_u32(propSize, pValue, pSizeRet,
                       8u * (pr->cacheline_size ? pr->cacheline_size : 128u));
    case UR_DEVICE_INFO_GLOBAL_MEM_CACHE_TYPE: {
        ur_device_mem_cache_type_t t = UR_DEVICE_MEM_CACHE_TYPE_READ_WRITE_CACHE;
        return up_info_return(propSize, pValue, pSizeRet, &t, sizeof(t));
    }
    case UR_DEVICE_INFO_GLOBAL_MEM_CACHELINE_SIZE:
        return ret_u32(propSize, pValue, pSizeRet, pr->cacheline_size ? pr->cacheline_size : 128u);
    case UR_DEVICE_INFO_MAX_CONSTANT_BUFFER_SIZE:
        return ret_u64(propSize, pValue, pSizeRet,
                       pr->max_constant_size ? pr->max_constant_size : 64u * 1024u);
    case UR_DEVICE_INFO_MAX_CONSTANT_ARGS:
        return ret_u32(propSize, pValue, pSizeRet, 8);
    case UR_DEVICE_INFO_LOCAL_MEM_TYPE: {
        ur_device_local_mem_type_t t = UR_DEVICE_LOCAL_MEM_TYPE_LOCAL;
        return up_info_return(propSize, pValue, pSizeRet, &t, sizeof(t));
    }

    /* urEnqueueTimestampRecordingExp: where the adapter records timestamps. */
    case UR_DEVICE_INFO_TIMESTAMP_RECORDING_SUPPORT_EXP:
        return ret_bool(propSize, pValue, pSizeRet, dev->obj.ops->enqueue_timestamp != NULL);

    /* Strings. */
    case UR_DEVICE_INFO_PROFILE:
        return ret_str(propSize, pValue, pSizeRet, "FULL_PROFILE");
    case UR_DEVICE_INFO_VERSION:
        /* The device's architecture version where the backend has one (CUDA compute
         * capability), else the backend's version. */
        return ret_str(propSize, pValue, pSizeRet,
                       pr->backend_version[0] ? pr->backend_version : "0.0");

    /* Partitioning: root devices only, none supported (empty lists). */
    case UR_DEVICE_INFO_SUPPORTED_PARTITIONS:
    case UR_DEVICE_INFO_PARTITION_TYPE: {
        static const ur_device_partition_t none[1];
        return up_info_return(propSize, pValue, pSizeRet, none, 0);
    }

    /* Limits of features urpeer does not provide. */
    case UR_DEVICE_INFO_MAX_READ_IMAGE_ARGS:
    case UR_DEVICE_INFO_MAX_WRITE_IMAGE_ARGS:
    case UR_DEVICE_INFO_MAX_READ_WRITE_IMAGE_ARGS:
    case UR_DEVICE_INFO_MAX_SAMPLERS:
    case UR_DEVICE_INFO_IMAGE_PITCH_ALIGN_EXP:
    case UR_DEVICE_INFO_MIPMAP_MAX_ANISOTROPY_EXP:
    case UR_DEVICE_INFO_KERNEL_LAUNCH_CAPABILITIES:
    case UR_DEVICE_INFO_COMMAND_BUFFER_UPDATE_CAPABILITIES_EXP:
    case UR_DEVICE_INFO_2D_BLOCK_ARRAY_CAPABILITIES_EXP:
        return ret_zero(propSize, pValue, pSizeRet, sizeof(uint32_t));
    case UR_DEVICE_INFO_IMAGE2D_MAX_WIDTH:
    case UR_DEVICE_INFO_IMAGE2D_MAX_HEIGHT:
    case UR_DEVICE_INFO_IMAGE3D_MAX_WIDTH:
    case UR_DEVICE_INFO_IMAGE3D_MAX_HEIGHT:
    case UR_DEVICE_INFO_IMAGE3D_MAX_DEPTH:
    case UR_DEVICE_INFO_IMAGE_MAX_BUFFER_SIZE:
    case UR_DEVICE_INFO_IMAGE_MAX_ARRAY_SIZE:
    case UR_DEVICE_INFO_MAX_IMAGE_LINEAR_WIDTH_EXP:
    case UR_DEVICE_INFO_MAX_IMAGE_LINEAR_HEIGHT_EXP:
    case UR_DEVICE_INFO_MAX_IMAGE_LINEAR_PITCH_EXP:
        return ret_zero(propSize, pValue, pSizeRet, sizeof(size_t));
    default:
        break;
    }

    dinfo_kind_t kind;
    if (!lookup_kind(prop, &kind))
        return unsupported; /* a gap below the last value: not defined upstream */
    if (kind == DINFO_BOOL)
        return ret_bool(propSize, pValue, pSizeRet, false);
    return unsupported; /* optional queries the adapter has no answer for */
}
