/* SPDX-License-Identifier: MIT */
/*
 * Device discovery, peer capabilities and primary contexts.
 *
 * Discovery only asks questions that need no context (names, attributes, P2P attributes), so
 * urLoaderInit costs little more than cuInit itself. Primary contexts are retained later, on
 * first need.
 */
#include "cuda_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CU_VENDOR "NVIDIA Corporation"
#define CU_VENDOR_ID 0x10DEu
/* cuEventElapsedTime: "a resolution of around 0.5 microseconds". */
#define CU_TIMER_RESOLUTION_NS 500u

/* One attribute, 0 if the driver does not answer (the matching property is then unsupported). */
static int cu_attr(struct cu_adapter *ad, upcu_device_t dev, upcu_device_attribute_t attr)
{
    int value = 0;
    upcu_result_t r = ad->api.cuDeviceGetAttribute(&value, attr, dev);

    if (r != UPCU_SUCCESS) {
        UP_DEBUG(CU_LOG, "cuDeviceGetAttribute(%d, device %d): %s", (int)attr, (int)dev,
                 cu_result_name(ad, r));
        return 0;
    }
    return value;
}

static uint32_t cu_attr_u32(struct cu_adapter *ad, upcu_device_t dev, upcu_device_attribute_t a)
{
    int v = cu_attr(ad, dev, a);
    return v > 0 ? (uint32_t)v : 0u;
}

static ur_device_usm_access_capability_flags_t cu_usm_all(void)
{
    return UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ACCESS |
           UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_ACCESS |
           UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_CONCURRENT_ACCESS |
           UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_CONCURRENT_ACCESS;
}

static ur_device_usm_access_capability_flags_t cu_usm_plain(void)
{
    return UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ACCESS |
           UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_CONCURRENT_ACCESS;
}

/* Everything urDeviceGetInfo answers for one device. Returns a driver error only for the
 * calls every device must answer (name, memory size). */
static ur_result_t cu_read_props(struct cu_adapter *ad, upcu_device_t dev,
                                 struct up_device_props *p)
{
    upcu_result_t r;
    size_t total = 0;
    upcu_uuid_t uuid;
    char pci[32];
    int major, minor;

    memset(p, 0, sizeof *p);
    p->type = UR_DEVICE_TYPE_GPU;
    p->vendor_id = CU_VENDOR_ID;
    /* CUDA has no query for the PCI device ID (CU_DEVICE_ATTRIBUTE_PCI_DEVICE_ID is the slot
     * number), so UR_DEVICE_INFO_DEVICE_ID stays unsupported. */
    p->has_device_id = false;
    snprintf(p->vendor, sizeof p->vendor, "%s", CU_VENDOR);

    r = ad->api.cuDeviceGetName(p->name, (int)sizeof p->name, dev);
    if (r != UPCU_SUCCESS)
        return cu_error(ad, r, "cuDeviceGetName", 0);
    p->name[sizeof p->name - 1] = '\0';

    r = ad->api.cuDeviceTotalMem(&total, dev);
    if (r != UPCU_SUCCESS)
        return cu_error(ad, r, "cuDeviceTotalMem_v2", 0);
    p->global_mem_size = total;
    /* One cuMemAlloc can take all of the device's memory. */
    p->max_mem_alloc_size = total;

    snprintf(p->driver_version, sizeof p->driver_version, "%d.%d", ad->driver_version / 1000,
             ad->driver_version % 1000 / 10);
    major = cu_attr(ad, dev, UPCU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR);
    minor = cu_attr(ad, dev, UPCU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR);
    if (major > 0)
        snprintf(p->backend_version, sizeof p->backend_version, "%d.%d", major, minor);

    memset(pci, 0, sizeof pci);
    r = ad->api.cuDeviceGetPCIBusId(pci, (int)sizeof pci, dev);
    if (r == UPCU_SUCCESS) {
        /* "DDDD:BB:DD.F", hexadecimal; lower case, as Unified Runtime reports it. */
        for (char *c = pci; *c; c++)
            *c = (char)tolower((unsigned char)*c);
        snprintf(p->pci_address, sizeof p->pci_address, "%s", pci);
    } else {
        UP_DEBUG(CU_LOG, "cuDeviceGetPCIBusId(device %d): %s", (int)dev, cu_result_name(ad, r));
    }

    r = ad->api.cuDeviceGetUuid(&uuid, dev);
    if (r == UPCU_SUCCESS) {
        memcpy(p->uuid, uuid.bytes, sizeof p->uuid);
        p->has_uuid = true;
    } else {
        UP_DEBUG(CU_LOG, "cuDeviceGetUuid_v2(device %d): %s", (int)dev, cu_result_name(ad, r));
    }

    p->profiling_timer_resolution = CU_TIMER_RESOLUTION_NS;

    /* Device memory: every kind of access. Host memory: through unified addressing; the
     * atomics of compute capability 6 and later are atomic with respect to the host too. */
    p->usm_device = cu_usm_all();
    if (cu_attr(ad, dev, UPCU_DEVICE_ATTRIBUTE_UNIFIED_ADDRESSING))
        p->usm_host = major >= 6 ? cu_usm_all() : cu_usm_plain();
    /* Shared allocations are managed memory: the host and the device reach them at once where
     * the device has concurrent managed access (else the host waits for the device to be idle).
     * Cross-device shared memory is not offered. */
    if (cu_attr(ad, dev, UPCU_DEVICE_ATTRIBUTE_MANAGED_MEMORY))
        p->usm_single_shared = cu_attr(ad, dev, UPCU_DEVICE_ATTRIBUTE_CONCURRENT_MANAGED_ACCESS)
                                   ? cu_usm_all()
                                   : UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ACCESS |
                                         UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_ACCESS;
    p->usm_cross_shared = 0;
    if (cu_attr(ad, dev, UPCU_DEVICE_ATTRIBUTE_PAGEABLE_MEMORY_ACCESS))
        p->usm_system_shared = cu_attr(ad, dev, UPCU_DEVICE_ATTRIBUTE_HOST_NATIVE_ATOMIC_SUPPORTED)
                                   ? cu_usm_all()
                                   : cu_usm_plain();

    p->max_compute_units = cu_attr_u32(ad, dev, UPCU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT);
    p->max_clock_mhz = cu_attr_u32(ad, dev, UPCU_DEVICE_ATTRIBUTE_CLOCK_RATE) / 1000u;
    p->memory_clock_mhz = cu_attr_u32(ad, dev, UPCU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE) / 1000u;
    p->memory_bus_width = cu_attr_u32(ad, dev, UPCU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH);
    p->global_cache_size = cu_attr_u32(ad, dev, UPCU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE);
    p->local_mem_size = cu_attr_u32(ad, dev, UPCU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK);
    p->max_work_group_size = cu_attr_u32(ad, dev, UPCU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK);
    p->max_work_item_sizes[0] = cu_attr_u32(ad, dev, UPCU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_X);
    p->max_work_item_sizes[1] = cu_attr_u32(ad, dev, UPCU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Y);
    p->max_work_item_sizes[2] = cu_attr_u32(ad, dev, UPCU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Z);
    p->max_work_groups[0] = cu_attr_u32(ad, dev, UPCU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_X);
    p->max_work_groups[1] = cu_attr_u32(ad, dev, UPCU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Y);
    p->max_work_groups[2] = cu_attr_u32(ad, dev, UPCU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Z);
    p->sub_group_sizes[0] = cu_attr_u32(ad, dev, UPCU_DEVICE_ATTRIBUTE_WARP_SIZE);
    p->num_sub_group_sizes = p->sub_group_sizes[0] ? 1 : 0;
    p->max_constant_size = cu_attr_u32(ad, dev, UPCU_DEVICE_ATTRIBUTE_TOTAL_CONSTANT_MEMORY);
    p->cacheline_size = 128; /* every CUDA architecture's L2 line */
    p->ecc = cu_attr(ad, dev, UPCU_DEVICE_ATTRIBUTE_ECC_ENABLED) != 0;
    p->integrated = cu_attr(ad, dev, UPCU_DEVICE_ATTRIBUTE_INTEGRATED) != 0;
    /* From the compute capability: every CUDA GPU has double precision and 64-bit atomics;
     * half precision arithmetic from 5.3, native bfloat16 conversions from 8.0. */
    p->fp64 = true;
    p->atomic64 = true;
    p->fp16 = major > 5 || (major == 5 && minor >= 3);
    p->bf16_conversions = major >= 8;

    p->native = (ur_native_handle_t)dev;
    p->has_native = true;
    return UR_RESULT_SUCCESS;
}

/* The driver's answers for cmd -> peer (cmd != peer), under the core's peer-capability rule. */
static void cu_read_peer_caps(struct cu_adapter *ad, upcu_device_t cmd, upcu_device_t peer,
                              struct up_peer_caps *caps)
{
    int can = 0, access = 0, atomics = 0, rank = 0;
    upcu_result_t r;

    memset(caps, 0, sizeof *caps);
    r = ad->api.cuDeviceCanAccessPeer(&can, cmd, peer);
    if (r != UPCU_SUCCESS) {
        UP_WARN(CU_LOG, "cuDeviceCanAccessPeer(%d -> %d): %s; no access", (int)cmd, (int)peer,
                cu_result_name(ad, r));
        can = 0;
    }
    r = ad->api.cuDeviceGetP2PAttribute(&access, UPCU_DEVICE_P2P_ATTRIBUTE_ACCESS_SUPPORTED, cmd,
                                        peer);
    if (r != UPCU_SUCCESS) {
        UP_WARN(CU_LOG, "cuDeviceGetP2PAttribute(ACCESS_SUPPORTED, %d -> %d): %s; no access",
                (int)cmd, (int)peer, cu_result_name(ad, r));
        return;
    }
    r = ad->api.cuDeviceGetP2PAttribute(&atomics, UPCU_DEVICE_P2P_ATTRIBUTE_NATIVE_ATOMIC_SUPPORTED,
                                        cmd, peer);
    if (r != UPCU_SUCCESS)
        atomics = 0;
    r = ad->api.cuDeviceGetP2PAttribute(&rank, UPCU_DEVICE_P2P_ATTRIBUTE_PERFORMANCE_RANK, cmd,
                                        peer);
    up_peer_caps_set(caps, CU_LOG, (uint32_t)cmd, (uint32_t)peer, can, access, atomics);
    caps->rank = rank;
    caps->has_rank = r == UPCU_SUCCESS;
    caps->bandwidth = 0.0;
}

ur_result_t cu_devices_discover(struct cu_adapter *ad)
{
    struct up_device_props *props = NULL;
    struct up_peer_caps *caps = NULL;
    ur_platform_handle_t platform;
    ur_result_t res = UR_RESULT_SUCCESS;
    upcu_result_t r;
    uint32_t n, i, j;
    int count = 0;

    r = ad->api.cuDeviceGetCount(&count);
    if (r != UPCU_SUCCESS) {
        UP_WARN(CU_LOG, "cuDeviceGetCount: %s (%d); no CUDA devices", cu_result_name(ad, r),
                (int)r);
        return UR_RESULT_SUCCESS;
    }
    if (count <= 0) {
        UP_INFO(CU_LOG, "no CUDA devices");
        return UR_RESULT_SUCCESS;
    }
    n = (uint32_t)count;

    /* Ask the driver everything first, so that a failure leaves no half-made platform. */
    ad->devices = calloc(n, sizeof *ad->devices);
    props = calloc(n, sizeof *props);
    caps = calloc((size_t)n * n, sizeof *caps);
    if (!ad->devices || !props || !caps) {
        res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
        goto err_free;
    }
    for (i = 0; i < n; i++) {
        struct cu_device *cd = &ad->devices[i];

        r = ad->api.cuDeviceGet(&cd->dev, (int)i);
        if (r != UPCU_SUCCESS) {
            UP_WARN(CU_LOG, "cuDeviceGet(%u): %s; no CUDA devices", i, cu_result_name(ad, r));
            goto err_free;
        }
        if (cu_read_props(ad, cd->dev, &props[i]) != UR_RESULT_SUCCESS) {
            UP_WARN(CU_LOG, "device %u: cannot read its properties; no CUDA devices", i);
            goto err_free;
        }
    }
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            if (i != j)
                cu_read_peer_caps(ad, ad->devices[i].dev, ad->devices[j].dev,
                                  &caps[(size_t)i * n + j]);

    platform = up_platform_create(ad->handle, n);
    if (!platform) {
        res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
        goto err_free;
    }
    snprintf(platform->name, sizeof platform->name, "NVIDIA CUDA BACKEND");
    snprintf(platform->vendor, sizeof platform->vendor, "%s", CU_VENDOR);
    snprintf(platform->version, sizeof platform->version, "CUDA %d.%d", ad->driver_version / 1000,
             ad->driver_version % 1000 / 10);
    snprintf(platform->profile, sizeof platform->profile, "FULL_PROFILE");
    platform->extensions[0] = '\0';
    platform->has_native = false;

    for (i = 0; i < n; i++) {
        struct cu_device *cd = &ad->devices[i];
        ur_device_handle_t d = platform->devices[i];

        ups_device_init(&cd->sd, &cu_stream_native);
        cd->ad = ad;
        cd->handle = d;
        atomic_init(&cd->pctx, NULL);
        pthread_mutex_init(&cd->lock, NULL);
        d->props = props[i];
        d->priv = cd;
        for (j = 0; j < n; j++)
            if (i != j)
                *up_peer_caps_of(platform, i, j) = caps[(size_t)i * n + j];
        UP_INFO(CU_LOG, "device %u: %s, %s, %llu MiB", i, d->props.name, d->props.pci_address,
                (unsigned long long)(d->props.global_mem_size >> 20));
    }
    ad->num_devices = n;
    free(caps);
    free(props);
    return UR_RESULT_SUCCESS;

err_free:
    free(caps);
    free(props);
    free(ad->devices);
    ad->devices = NULL;
    return res;
}

void cu_devices_release(struct cu_adapter *ad)
{
    for (uint32_t i = 0; i < ad->num_devices; i++) {
        struct cu_device *cd = &ad->devices[i];
        upcu_result_t r;

        ups_device_fini(cd->handle); /* the time base, while the primary context lives */
        if (cd->pctx_retained) {
            r = ad->api.cuDevicePrimaryCtxRelease(cd->dev);
            if (r != UPCU_SUCCESS)
                UP_WARN(CU_LOG, "cuDevicePrimaryCtxRelease_v2(%d): %s", (int)cd->dev,
                        cu_result_name(ad, r));
            cd->pctx_retained = false;
            atomic_store(&cd->pctx, NULL);
        }
        pthread_mutex_destroy(&cd->lock);
    }
    free(ad->devices);
    ad->devices = NULL;
    ad->num_devices = 0;
}

ur_result_t cu_primary_ctx(ur_device_handle_t d, upcu_context_t *out)
{
    struct cu_device *cd = cu_dev(d);
    upcu_context_t ctx = atomic_load_explicit(&cd->pctx, memory_order_acquire);
    ur_result_t res = UR_RESULT_SUCCESS;

    if (ctx) {
        *out = ctx;
        return UR_RESULT_SUCCESS;
    }
    pthread_mutex_lock(&cd->lock);
    ctx = atomic_load_explicit(&cd->pctx, memory_order_relaxed);
    if (!ctx) {
        upcu_result_t r = cd->ad->api.cuDevicePrimaryCtxRetain(&ctx, cd->dev);

        if (r == UPCU_SUCCESS) {
            cd->pctx_retained = true;
            atomic_store_explicit(&cd->pctx, ctx, memory_order_release);
            UP_DEBUG(CU_LOG, "device %u: primary context retained", d->index);
        } else {
            res = cu_error(cd->ad, r, "cuDevicePrimaryCtxRetain", 0);
        }
    }
    pthread_mutex_unlock(&cd->lock);
    if (res == UR_RESULT_SUCCESS)
        *out = ctx;
    return res;
}

ur_result_t cu_scope_enter(ur_device_handle_t d, struct ups_scope *s)
{
    const struct upcu_api *api = cu_api(d);
    upcu_context_t ctx, cur = NULL;
    ur_result_t res;
    upcu_result_t r;

    res = cu_primary_ctx(d, &ctx);
    if (res != UR_RESULT_SUCCESS)
        return res;
    r = api->cuCtxGetCurrent(&cur);
    if (r != UPCU_SUCCESS)
        return cu_error(cu_ad(d), r, "cuCtxGetCurrent", 0);
    s->saved = (uintptr_t)cur;
    s->switched = false;
    if (cur != ctx) {
        r = api->cuCtxSetCurrent(ctx);
        if (r != UPCU_SUCCESS)
            return cu_error(cu_ad(d), r, "cuCtxSetCurrent", 0);
        s->switched = true;
    }
    return UR_RESULT_SUCCESS;
}

void cu_scope_leave(ur_device_handle_t d, const struct ups_scope *s)
{
    if (s->switched) {
        upcu_result_t r = cu_api(d)->cuCtxSetCurrent((upcu_context_t)s->saved);

        if (r != UPCU_SUCCESS)
            UP_WARN(CU_LOG, "cuCtxSetCurrent (restoring the caller's context): %s",
                    cu_result_name(cu_ad(d), r));
    }
}
