/* SPDX-License-Identifier: MIT */
/*
 * libfakeze: a test double of a Level Zero driver, a thin shim over the fakegpu framework
 * (../fakegpu/fakegpu.h for the configuration and the controls). It exports the ze* functions
 * the adapter uses (so the adapter can load it directly through URPEER_LEVEL_ZERO_LIBRARY) and
 * the zeGet*ProcAddrTable tables, so the real Level Zero loader can load it as a driver
 * (ZE_ENABLE_ALT_DRIVERS).
 *
 * It is written against the installed ze_api.h, independently of the adapter's own declarations
 * (src/adapters/level_zero/ze_drv.h): a layout the two disagree on shows up as a failing test.
 * Device memory is host memory; immediate command lists execute each command when it is
 * appended; events carry timestamps of a simulated device clock. Its own options:
 *   FAKEGPU_VERSION=M.m      what zeDriverGetApiVersion answers, default 1.4
 *   FAKEGPU_DRIVERS=n        drivers (platforms), default 1, each with the topology's devices
 *   FAKEGPU_CANACCESS=spec   a topology whose access is zeDeviceCanAccessPeer's answer (default:
 *                            the topology's), to make it disagree with the P2P ACCESS flag; the
 *                            topology's access and atomics are the P2P property flags
 *   FAKEGPU_INIT_DRIVERS=0   zeInitDrivers fails with ZE_RESULT_ERROR_UNINITIALIZED
 *   FAKEGPU_PCI=0            zeDevicePciGetPropertiesExt answers UNSUPPORTED_FEATURE
 *   FAKEGPU_MAX_FILL=n       maxMemoryFillPatternSize of the compute group, default 16
 *   FAKEGPU_TIMER_HZ=n       device timer frequency, default 19200000
 *   FAKEGPU_TS_BITS=n        kernelTimestampValidBits, default 32
 *   FAKEGPU_TS_START=ticks   the device clock's first value, default 1000
 *   FAKEGPU_STRICT=1         exit with status 1 at process exit if any violation was counted
 * The bandwidth properties are filled from the topology's bandwidths when it gives any (else the
 * chain is left alone, as by a driver without the extension); maxMemAllocSize is half a device's
 * memory. Counters: "violations" (calls that break the API's rules: bad handles, wrong stype,
 * waiting on unsignalled events, oversize fill patterns, leaked objects at context
 * destruction...), "copies_without_p2p" (device memory copied by a device without ACCESS to it),
 * "in_order_lists", "bytes_copied", and "live_allocations", "live_contexts", "live_lists",
 * "live_pools", "live_events".
 */
#include "fakegpu_impl.h"

#include <level_zero/ze_api.h>
#include <level_zero/ze_ddi.h>
#include <level_zero/zes_ddi.h>
#include <level_zero/zet_ddi.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Newer than some installed headers (API 1.7 / 1.10), from the specification. */
#define FZ_COMMAND_QUEUE_FLAG_IN_ORDER (1u << 1)
#define FZ_STRUCTURE_TYPE_INIT_DRIVER_TYPE_DESC 0x00020021
#define FZ_INIT_DRIVER_TYPE_FLAG_GPU (1u << 0)
#ifdef FAKE_ZE_HAVE_INIT_DRIVERS
typedef ze_init_driver_type_desc_t fz_init_driver_type_desc_t;
#else
typedef struct fz_init_driver_type_desc_t {
    uint32_t stype;
    const void *pNext;
    uint32_t flags;
} fz_init_driver_type_desc_t;
ZE_APIEXPORT ze_result_t ZE_APICALL zeInitDrivers(uint32_t *pCount, ze_driver_handle_t *phDrivers,
                                                  fz_init_driver_type_desc_t *desc);
#endif

/* ---- State ---------------------------------------------------------------------------------- */

#define FZ_MAX_DRIVERS 4

enum {
    FZ_MAGIC_DRIVER = 0x7a650001,
    FZ_MAGIC_DEVICE,
    FZ_MAGIC_CONTEXT,
    FZ_MAGIC_LIST,
    FZ_MAGIC_POOL,
    FZ_MAGIC_EVENT
};

/* Every handle starts with its magic. */
struct _ze_driver_handle_t {
    uint32_t magic, index;
};

struct _ze_device_handle_t {
    uint32_t magic, driver, index; /* index: within the driver */
    uint64_t clock;                /* simulated device clock, ticks */
};

struct _ze_context_handle_t {
    uint32_t magic, driver;
};

struct _ze_command_list_handle_t {
    uint32_t magic;
    ze_context_handle_t ctx;
    ze_device_handle_t dev;
};

struct _ze_event_pool_handle_t {
    uint32_t magic, count;
    ze_context_handle_t ctx;
    ze_event_pool_flags_t flags;
    ze_event_handle_t *events; /* by index */
};

struct _ze_event_handle_t {
    uint32_t magic, index;
    ze_event_pool_handle_t pool;
    bool signalled;
    uint64_t ts_start, ts_end;
};

static bool fz_initialised; /* zeInit / zeInitDrivers succeeded */
static struct {
    uint32_t ndrivers, api_version, ts_bits;
    size_t max_fill;
} cfg;

static struct _ze_driver_handle_t drivers[FZ_MAX_DRIVERS];
static struct _ze_device_handle_t devices[FZ_MAX_DRIVERS][FG_MAX_DEV / FZ_MAX_DRIVERS];

/* The device of an allocation; the framework's index of a device is driver * devices + index. */
static ze_device_handle_t dev_of(const struct fg_alloc *a)
{
    return a->dev < 0 ? NULL : &devices[a->dev / fg.ndev][a->dev % fg.ndev];
}

/* ---- Violations and checks ------------------------------------------------------------------ */

/* Count and report a broken rule of the API; returns r, the call's answer to it. */
__attribute__((format(printf, 2, 3))) static ze_result_t violation(ze_result_t r, const char *fmt,
                                                                   ...)
{
    va_list ap;
    fg_bump("violations", 1);
    fprintf(stderr, "fake_ze: violation: ");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n");
    return r;
}

/* Before zeInit (or zeInitDrivers) nothing else may be called. */
static long gate(const struct fg_call *c)
{
    if (fz_initialised || strncmp(c->name, "zeInit", 6) == 0)
        return 0;
    return violation(ZE_RESULT_ERROR_UNINITIALIZED, "%s before zeInit", c->name);
}

/* FAKEGPU_STRICT=1: a process that broke a rule of the API exits with status 1, whatever its
 * own verdict (for test programs that know nothing of the fake). */
__attribute__((destructor)) static void strict_check(void)
{
    unsigned long n = fg_counter("violations");
    if (fg_env("STRICT", 0) != 1 || n == 0)
        return;
    fprintf(stderr, "fake_ze: %lu violations of the Level Zero API\n", n);
    fflush(NULL);
    _exit(1);
}

/* Unless cond holds: a violation, and the call answers result. */
#define FZ_CHECK(cond, result, ...)                                                                \
    do {                                                                                           \
        if (!(cond))                                                                               \
            return violation(result, __VA_ARGS__);                                                 \
    } while (0)
#define FZ_CHECK_HANDLE(h, m)                                                                      \
    FZ_CHECK((h) != NULL && (h)->magic == (m), ZE_RESULT_ERROR_INVALID_NULL_HANDLE,                \
             "%s: invalid handle %s", __func__, #h)
/* Pointers that must not be NULL. */
#define FZ_CHECK_PTRS(...)                                                                         \
    do {                                                                                           \
        const void *p_[] = {__VA_ARGS__};                                                          \
        for (size_t i_ = 0; i_ < FG_LEN(p_); i_++)                                                 \
            FZ_CHECK(p_[i_] != NULL, ZE_RESULT_ERROR_INVALID_NULL_POINTER,                         \
                     "%s: NULL argument %zu of (%s)", __func__, i_ + 1, #__VA_ARGS__);             \
    } while (0)
#define FZ_CHECK_STYPE(s, want)                                                                    \
    FZ_CHECK((s)->stype == (want), ZE_RESULT_ERROR_INVALID_ARGUMENT,                               \
             "%s: %s->stype 0x%x, expected 0x%x", __func__, #s, (unsigned)(s)->stype,              \
             (unsigned)(want))
/* A handle, then pointers; a handle, a properties structure and its type. */
#define FZ_CHECK_ARGS(h, magic, ...)                                                               \
    FZ_CHECK_HANDLE(h, magic);                                                                     \
    FZ_CHECK_PTRS(__VA_ARGS__)
#define FZ_CHECK_PROPS(h, magic, p, stype)                                                         \
    FZ_CHECK_ARGS(h, magic, p);                                                                    \
    FZ_CHECK_STYPE(p, stype)
/* Return what a check that failed answers. */
#define FZ_TRY(call)                                                                               \
    do {                                                                                           \
        ze_result_t r_ = (call);                                                                   \
        if (r_ != ZE_RESULT_SUCCESS)                                                               \
            return r_;                                                                             \
    } while (0)

/* ---- Configuration -------------------------------------------------------------------------- */

static void configure(void)
{
    const char *api = fg_env_str("VERSION");
    unsigned major = 1, minor = 4;
    uint64_t n = fg_env("DRIVERS", 1);
    cfg.ndrivers = n < FZ_MAX_DRIVERS ? (uint32_t)n : FZ_MAX_DRIVERS;
    fg.ndev = fg.ndev < FG_MAX_DEV / FZ_MAX_DRIVERS ? fg.ndev : FG_MAX_DEV / FZ_MAX_DRIVERS;
    if (api != NULL && sscanf(api, "%u.%u", &major, &minor) != 2)
        fprintf(stderr, "fake_ze: bad FAKEGPU_VERSION=%s\n", api);
    cfg.api_version = ZE_MAKE_VERSION(major, minor);
    cfg.max_fill = (size_t)fg_env("MAX_FILL", 16);
    cfg.ts_bits = (uint32_t)fg_env("TS_BITS", 32);
    for (uint32_t d = 0; d < cfg.ndrivers; d++) {
        drivers[d] = (struct _ze_driver_handle_t){FZ_MAGIC_DRIVER, d};
        for (uint32_t i = 0; i < (uint32_t)fg.ndev; i++)
            devices[d][i] =
                (struct _ze_device_handle_t){FZ_MAGIC_DEVICE, d, i, fg_env("TS_START", 1000)};
    }
}

const struct fg_codes fg_codes = {
    ZE_RESULT_ERROR_INVALID_ARGUMENT, ZE_RESULT_ERROR_INVALID_NULL_HANDLE, ZE_RESULT_NOT_READY,
    ZE_RESULT_ERROR_OUT_OF_HOST_MEMORY, ZE_RESULT_ERROR_INVALID_ARGUMENT};
const struct fg_hooks fg_hooks = {NULL, NULL, configure, gate};

/* ---- Global and driver ---------------------------------------------------------------------- */

/* The count-then-fill idiom: *pCount becomes n when only the count is asked for (or more than n
 * are); returns how many entries to fill. */
static uint32_t items(uint32_t *pCount, const void *out, uint32_t n)
{
    bool fill = *pCount != 0 && out != NULL;
    if (!fill || *pCount > n)
        *pCount = n;
    return fill ? *pCount : 0;
}

FG_ENTRY(ze_result_t, zeInit, (ze_init_flags_t flags), (flags))
{
    FZ_CHECK(!(flags & ~(ze_init_flags_t)(ZE_INIT_FLAG_GPU_ONLY | ZE_INIT_FLAG_VPU_ONLY)),
             ZE_RESULT_ERROR_INVALID_ENUMERATION, "zeInit: flags 0x%x", (unsigned)flags);
    if (flags == ZE_INIT_FLAG_VPU_ONLY)
        return ZE_RESULT_ERROR_UNINITIALIZED; /* no VPU here */
    fz_initialised = true;
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeInitDrivers,
         (uint32_t * pCount, ze_driver_handle_t *phDrivers, fz_init_driver_type_desc_t *desc),
         (pCount, phDrivers, desc))
{
    if (fg_env("INIT_DRIVERS", 1) == 0)
        return ZE_RESULT_ERROR_UNINITIALIZED;
    FZ_CHECK_PTRS(pCount, desc);
    FZ_CHECK_STYPE(desc, FZ_STRUCTURE_TYPE_INIT_DRIVER_TYPE_DESC);
    fz_initialised = true;
    uint32_t n =
        items(pCount, phDrivers, desc->flags & FZ_INIT_DRIVER_TYPE_FLAG_GPU ? cfg.ndrivers : 0);
    for (uint32_t i = 0; i < n; i++)
        phDrivers[i] = &drivers[i];
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeDriverGet, (uint32_t * pCount, ze_driver_handle_t *phDrivers),
         (pCount, phDrivers))
{
    FZ_CHECK_PTRS(pCount);
    for (uint32_t i = 0, n = items(pCount, phDrivers, cfg.ndrivers); i < n; i++)
        phDrivers[i] = &drivers[i];
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeDriverGetApiVersion,
         (ze_driver_handle_t hDriver, ze_api_version_t *version), (hDriver, version))
{
    FZ_CHECK_ARGS(hDriver, FZ_MAGIC_DRIVER, version);
    *version = (ze_api_version_t)cfg.api_version;
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeDriverGetProperties,
         (ze_driver_handle_t hDriver, ze_driver_properties_t *props), (hDriver, props))
{
    FZ_CHECK_PROPS(hDriver, FZ_MAGIC_DRIVER, props, ZE_STRUCTURE_TYPE_DRIVER_PROPERTIES);
    memset(props->uuid.id, 0, sizeof(props->uuid.id));
    memcpy(props->uuid.id, "fake-ze-driver", 14);
    props->uuid.id[15] = (uint8_t)hDriver->index;
    props->driverVersion = (1u << 24) | (3u << 16) | 26516u; /* 1.3.26516 */
    return ZE_RESULT_SUCCESS;
}

/* ---- Devices -------------------------------------------------------------------------------- */

FG_ENTRY(ze_result_t, zeDeviceGet,
         (ze_driver_handle_t hDriver, uint32_t *pCount, ze_device_handle_t *phDevices),
         (hDriver, pCount, phDevices))
{
    FZ_CHECK_ARGS(hDriver, FZ_MAGIC_DRIVER, pCount);
    for (uint32_t i = 0, n = items(pCount, phDevices, (uint32_t)fg.ndev); i < n; i++)
        phDevices[i] = &devices[hDriver->index][i];
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeDeviceGetProperties,
         (ze_device_handle_t hDevice, ze_device_properties_t *p), (hDevice, p))
{
    FZ_CHECK_ARGS(hDevice, FZ_MAGIC_DEVICE, p);
    bool v1_2 = p->stype == ZE_STRUCTURE_TYPE_DEVICE_PROPERTIES_1_2;
    uint64_t hz = fg_env("TIMER_HZ", 19200000);
    FZ_CHECK(v1_2 || p->stype == ZE_STRUCTURE_TYPE_DEVICE_PROPERTIES,
             ZE_RESULT_ERROR_INVALID_ARGUMENT, "zeDeviceGetProperties: stype 0x%x",
             (unsigned)p->stype);
    if (v1_2 && cfg.api_version < ZE_MAKE_VERSION(1, 2))
        violation(ZE_RESULT_SUCCESS, "zeDeviceGetProperties: _1_2 form from a driver of API < 1.2");
    /* _1_2: ticks per second; 1.0: nanoseconds per tick. */
    *p = (ze_device_properties_t){.stype = p->stype,
                                  .pNext = p->pNext,
                                  .type = ZE_DEVICE_TYPE_GPU,
                                  .vendorId = 0x8086,
                                  .deviceId = 0x0bd6,
                                  .coreClockRate = 1600,
                                  .maxMemAllocSize = fg_memory((int)hDevice->index) / 2,
                                  .maxHardwareContexts = 1024,
                                  .numThreadsPerEU = 8,
                                  .physicalEUSimdWidth = 16,
                                  .numEUsPerSubslice = 8,
                                  .numSubslicesPerSlice = 64,
                                  .numSlices = 1,
                                  .timerResolution = v1_2 ? hz : (1000000000ull + hz / 2) / hz,
                                  .timestampValidBits = 64,
                                  .kernelTimestampValidBits = cfg.ts_bits,
                                  .uuid.id = {0x86, 0x80, 0xd6,
                                              0x0b, [14] = (uint8_t)hDevice->driver,
                                              (uint8_t)hDevice->index}};
    snprintf(p->name, sizeof(p->name), "Fake Level Zero GPU %u.%u", hDevice->driver,
             hDevice->index);
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeDeviceGetComputeProperties,
         (ze_device_handle_t hDevice, ze_device_compute_properties_t *p), (hDevice, p))
{
    FZ_CHECK_PROPS(hDevice, FZ_MAGIC_DEVICE, p, ZE_STRUCTURE_TYPE_DEVICE_COMPUTE_PROPERTIES);
    *p = (ze_device_compute_properties_t){.stype = p->stype,
                                          .pNext = p->pNext,
                                          .maxTotalGroupSize = 1024,
                                          .maxGroupSizeX = 1024,
                                          .maxGroupSizeY = 1024,
                                          .maxGroupSizeZ = 1024,
                                          .maxGroupCountX = 0xffffffffu,
                                          .maxGroupCountY = 0xffffffffu,
                                          .maxGroupCountZ = 0xffffffffu,
                                          .maxSharedLocalMemory = 128 * 1024,
                                          .numSubGroupSizes = 2,
                                          .subGroupSizes = {16, 32}};
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeDeviceGetMemoryProperties,
         (ze_device_handle_t hDevice, uint32_t *pCount, ze_device_memory_properties_t *p),
         (hDevice, pCount, p))
{
    FZ_CHECK_ARGS(hDevice, FZ_MAGIC_DEVICE, pCount);
    if (items(pCount, p, 1) == 0)
        return ZE_RESULT_SUCCESS;
    FZ_CHECK_STYPE(p, ZE_STRUCTURE_TYPE_DEVICE_MEMORY_PROPERTIES);
    *p = (ze_device_memory_properties_t){.stype = p->stype,
                                         .pNext = p->pNext,
                                         .maxClockRate = 3200,
                                         .maxBusWidth = 8192,
                                         .totalSize = fg_memory((int)hDevice->index),
                                         .name = "HBM"};
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeDeviceGetMemoryAccessProperties,
         (ze_device_handle_t hDevice, ze_device_memory_access_properties_t *p), (hDevice, p))
{
    FZ_CHECK_PROPS(hDevice, FZ_MAGIC_DEVICE, p, ZE_STRUCTURE_TYPE_DEVICE_MEMORY_ACCESS_PROPERTIES);
    p->hostAllocCapabilities = ZE_MEMORY_ACCESS_CAP_FLAG_RW | ZE_MEMORY_ACCESS_CAP_FLAG_ATOMIC |
                               ZE_MEMORY_ACCESS_CAP_FLAG_CONCURRENT;
    p->deviceAllocCapabilities = ZE_MEMORY_ACCESS_CAP_FLAG_RW | ZE_MEMORY_ACCESS_CAP_FLAG_ATOMIC;
    p->sharedSingleDeviceAllocCapabilities = ZE_MEMORY_ACCESS_CAP_FLAG_RW;
    p->sharedCrossDeviceAllocCapabilities = 0;
    p->sharedSystemAllocCapabilities = 0;
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeDeviceGetCommandQueueGroupProperties,
         (ze_device_handle_t hDevice, uint32_t *pCount, ze_command_queue_group_properties_t *p),
         (hDevice, pCount, p))
{
    FZ_CHECK_ARGS(hDevice, FZ_MAGIC_DEVICE, pCount);
    uint32_t n = items(pCount, p, 2);
    for (uint32_t i = 0; i < n; i++)
        FZ_CHECK_STYPE(&p[i], ZE_STRUCTURE_TYPE_COMMAND_QUEUE_GROUP_PROPERTIES);
    /* Group 0: a compute engine; group 1: two copy engines. */
    for (uint32_t i = 0; i < n; i++) {
        p[i].flags = ZE_COMMAND_QUEUE_GROUP_PROPERTY_FLAG_COPY |
                     (i == 0 ? ZE_COMMAND_QUEUE_GROUP_PROPERTY_FLAG_COMPUTE : 0);
        p[i].maxMemoryFillPatternSize = i == 0 ? cfg.max_fill : 4;
        p[i].numQueues = i + 1;
    }
    return ZE_RESULT_SUCCESS;
}

static bool p2p_access_flag(ze_device_handle_t a, ze_device_handle_t b)
{
    return a == b || (a->driver == b->driver && fg_access((int)a->index, (int)b->index));
}

/* A device can access itself (the specification); FAKEGPU_CANACCESS may disagree with the flag. */
static bool can_access_peer(ze_device_handle_t a, ze_device_handle_t b)
{
    return a == b ||
           (a->driver == b->driver && fg_access_in("CANACCESS", (int)a->index, (int)b->index,
                                                   fg_access((int)a->index, (int)b->index)));
}

FG_ENTRY(ze_result_t, zeDeviceGetP2PProperties,
         (ze_device_handle_t hDevice, ze_device_handle_t hPeerDevice,
          ze_device_p2p_properties_t *p),
         (hDevice, hPeerDevice, p))
{
    FZ_CHECK_HANDLE(hDevice, FZ_MAGIC_DEVICE);
    FZ_CHECK_PROPS(hPeerDevice, FZ_MAGIC_DEVICE, p, ZE_STRUCTURE_TYPE_DEVICE_P2P_PROPERTIES);
    bool same = hDevice->driver == hPeerDevice->driver;
    struct fg_link l =
        same ? fg_link((int)hDevice->index, (int)hPeerDevice->index) : (struct fg_link){0};
    p->flags = (p2p_access_flag(hDevice, hPeerDevice) ? ZE_DEVICE_P2P_PROPERTY_FLAG_ACCESS : 0) |
               (hDevice == hPeerDevice || l.atomics ? ZE_DEVICE_P2P_PROPERTY_FLAG_ATOMICS : 0);
    for (ze_base_properties_t *ext = p->pNext; ext != NULL; ext = ext->pNext) {
        /* A driver without the extension (no bandwidth in the topology) leaves it alone. */
        if (ext->stype != ZE_STRUCTURE_TYPE_DEVICE_P2P_BANDWIDTH_EXP_PROPERTIES ||
            !fg_any_bandwidth())
            continue;
        ze_device_p2p_bandwidth_exp_properties_t *bw =
            (ze_device_p2p_bandwidth_exp_properties_t *)ext;
        uint32_t v = (uint32_t)(l.bandwidth + 0.5);
        bw->logicalBandwidth = bw->physicalBandwidth = v;
        bw->bandwidthUnit =
            v != 0 ? ZE_BANDWIDTH_UNIT_BYTES_PER_NANOSEC : ZE_BANDWIDTH_UNIT_UNKNOWN;
        bw->logicalLatency = bw->physicalLatency = v != 0 ? 1 : 0;
        bw->latencyUnit = v != 0 ? ZE_LATENCY_UNIT_HOP : ZE_LATENCY_UNIT_UNKNOWN;
    }
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeDeviceCanAccessPeer,
         (ze_device_handle_t hDevice, ze_device_handle_t hPeerDevice, ze_bool_t *value),
         (hDevice, hPeerDevice, value))
{
    FZ_CHECK_HANDLE(hDevice, FZ_MAGIC_DEVICE);
    FZ_CHECK_ARGS(hPeerDevice, FZ_MAGIC_DEVICE, value);
    *value = can_access_peer(hDevice, hPeerDevice) ? 1 : 0;
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeDevicePciGetPropertiesExt,
         (ze_device_handle_t hDevice, ze_pci_ext_properties_t *p), (hDevice, p))
{
    FZ_CHECK_PROPS(hDevice, FZ_MAGIC_DEVICE, p, ZE_STRUCTURE_TYPE_PCI_EXT_PROPERTIES);
    if (fg_env("PCI", 1) == 0)
        return ZE_RESULT_ERROR_UNSUPPORTED_FEATURE;
    p->address = (ze_pci_address_ext_t){.bus = 0x18u + 0x20u * hDevice->driver + hDevice->index};
    p->maxSpeed = (ze_pci_speed_ext_t){.genVersion = 5, .width = 16, .maxBandwidth = 63000000000ll};
    return ZE_RESULT_SUCCESS;
}

/* A driver object: zeroed, its magic set, counted live (NULL: out of host memory). */
static void *fz_new(size_t size, uint32_t magic, const char *live)
{
    uint32_t *o = calloc(1, size);
    if (o != NULL) {
        *o = magic; /* every handle struct starts with its magic */
        fg_bump(live, 1);
    }
    return o;
}

static void fz_free(void *o, const char *live)
{
    *(uint32_t *)o = 0;
    free(o);
    fg_bump(live, -1);
}

/* ---- Contexts ------------------------------------------------------------------------------- */

FG_ENTRY(ze_result_t, zeContextCreate,
         (ze_driver_handle_t hDriver, const ze_context_desc_t *desc,
          ze_context_handle_t *phContext),
         (hDriver, desc, phContext))
{
    FZ_CHECK_ARGS(hDriver, FZ_MAGIC_DRIVER, desc, phContext);
    FZ_CHECK_STYPE(desc, ZE_STRUCTURE_TYPE_CONTEXT_DESC);
    struct _ze_context_handle_t *c = fz_new(sizeof(*c), FZ_MAGIC_CONTEXT, "live_contexts");
    if (c == NULL)
        return ZE_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    c->driver = hDriver->index;
    *phContext = c;
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeContextDestroy, (ze_context_handle_t hContext), (hContext))
{
    FZ_CHECK_HANDLE(hContext, FZ_MAGIC_CONTEXT);
    for (struct fg_alloc *a = fg_alloc_first(); a != NULL; a = a->next)
        if (a->owner == hContext)
            violation(ZE_RESULT_SUCCESS, "zeContextDestroy: allocation %p of %zu bytes not freed",
                      (void *)a->base, a->size);
    fz_free(hContext, "live_contexts");
    return ZE_RESULT_SUCCESS;
}

/* ---- Memory --------------------------------------------------------------------------------- */

static ze_result_t do_alloc(ze_context_handle_t ctx, ze_memory_type_t type, ze_device_handle_t dev,
                            size_t size, size_t alignment, void **pptr)
{
    int d = dev != NULL ? (int)(dev->driver * (uint32_t)fg.ndev + dev->index) : -1;
    if (size == 0)
        return ZE_RESULT_ERROR_UNSUPPORTED_SIZE;
    if (alignment != 0 && (alignment & (alignment - 1)) != 0)
        return ZE_RESULT_ERROR_UNSUPPORTED_ALIGNMENT;
    if (d >= 0 && size > fg_memory(d) / 2)
        return ZE_RESULT_ERROR_UNSUPPORTED_SIZE;
    if (d >= 0 && fg_used[d] + size > fg_memory(d))
        return ZE_RESULT_ERROR_OUT_OF_DEVICE_MEMORY;
    struct fg_alloc *a = fg_alloc_new(d, (int)type, size, alignment < 64 ? 64 : alignment, ctx, d);
    if (a == NULL)
        return ZE_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    *pptr = a->base;
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeMemAllocDevice,
         (ze_context_handle_t hContext, const ze_device_mem_alloc_desc_t *desc, size_t size,
          size_t alignment, ze_device_handle_t hDevice, void **pptr),
         (hContext, desc, size, alignment, hDevice, pptr))
{
    FZ_CHECK_HANDLE(hContext, FZ_MAGIC_CONTEXT);
    FZ_CHECK_ARGS(hDevice, FZ_MAGIC_DEVICE, desc, pptr);
    FZ_CHECK_STYPE(desc, ZE_STRUCTURE_TYPE_DEVICE_MEM_ALLOC_DESC);
    FZ_CHECK(hDevice->driver == hContext->driver, ZE_RESULT_ERROR_INVALID_ARGUMENT,
             "zeMemAllocDevice: device of another driver");
    return do_alloc(hContext, ZE_MEMORY_TYPE_DEVICE, hDevice, size, alignment, pptr);
}

FG_ENTRY(ze_result_t, zeMemAllocHost,
         (ze_context_handle_t hContext, const ze_host_mem_alloc_desc_t *desc, size_t size,
          size_t alignment, void **pptr),
         (hContext, desc, size, alignment, pptr))
{
    FZ_CHECK_ARGS(hContext, FZ_MAGIC_CONTEXT, desc, pptr);
    FZ_CHECK_STYPE(desc, ZE_STRUCTURE_TYPE_HOST_MEM_ALLOC_DESC);
    return do_alloc(hContext, ZE_MEMORY_TYPE_HOST, NULL, size, alignment, pptr);
}

FG_ENTRY(ze_result_t, zeMemAllocShared,
         (ze_context_handle_t hContext, const ze_device_mem_alloc_desc_t *device_desc,
          const ze_host_mem_alloc_desc_t *host_desc, size_t size, size_t alignment,
          ze_device_handle_t hDevice, void **pptr),
         (hContext, device_desc, host_desc, size, alignment, hDevice, pptr))
{
    FZ_CHECK_HANDLE(hContext, FZ_MAGIC_CONTEXT);
    FZ_CHECK_ARGS(hDevice, FZ_MAGIC_DEVICE, device_desc, pptr);
    FZ_CHECK(host_desc != NULL, ZE_RESULT_ERROR_INVALID_NULL_POINTER,
             "zeMemAllocShared: NULL host descriptor");
    FZ_CHECK_STYPE(device_desc, ZE_STRUCTURE_TYPE_DEVICE_MEM_ALLOC_DESC);
    FZ_CHECK_STYPE(host_desc, ZE_STRUCTURE_TYPE_HOST_MEM_ALLOC_DESC);
    FZ_CHECK(hDevice->driver == hContext->driver, ZE_RESULT_ERROR_INVALID_ARGUMENT,
             "zeMemAllocShared: device of another driver");
    return do_alloc(hContext, ZE_MEMORY_TYPE_SHARED, hDevice, size, alignment, pptr);
}

FG_ENTRY(ze_result_t, zeMemFree, (ze_context_handle_t hContext, void *ptr), (hContext, ptr))
{
    FZ_CHECK_ARGS(hContext, FZ_MAGIC_CONTEXT, ptr);
    struct fg_alloc *a = fg_alloc_find(ptr);
    FZ_CHECK(a != NULL && a->base == ptr, ZE_RESULT_ERROR_INVALID_ARGUMENT,
             "zeMemFree: %p is not the base of an allocation", ptr);
    FZ_CHECK(a->owner == hContext, ZE_RESULT_ERROR_INVALID_ARGUMENT,
             "zeMemFree: %p belongs to another context", ptr);
    fg_alloc_free(a);
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeMemGetAllocProperties,
         (ze_context_handle_t hContext, const void *ptr, ze_memory_allocation_properties_t *p,
          ze_device_handle_t *phDevice),
         (hContext, ptr, p, phDevice))
{
    FZ_CHECK_ARGS(hContext, FZ_MAGIC_CONTEXT, ptr, p);
    FZ_CHECK_STYPE(p, ZE_STRUCTURE_TYPE_MEMORY_ALLOCATION_PROPERTIES);
    struct fg_alloc *a = fg_alloc_find(ptr);
    if (a != NULL && a->owner != hContext)
        a = NULL; /* unknown to this context */
    p->type = a != NULL ? (ze_memory_type_t)a->kind : ZE_MEMORY_TYPE_UNKNOWN;
    p->id = a != NULL ? a->id : 0;
    p->pageSize = a == NULL ? 0 : a->kind == ZE_MEMORY_TYPE_DEVICE ? 65536 : 4096;
    if (phDevice != NULL)
        *phDevice = a != NULL ? dev_of(a) : NULL;
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeMemGetAddressRange,
         (ze_context_handle_t hContext, const void *ptr, void **pBase, size_t *pSize),
         (hContext, ptr, pBase, pSize))
{
    FZ_CHECK_ARGS(hContext, FZ_MAGIC_CONTEXT, ptr);
    struct fg_alloc *a = fg_alloc_find(ptr);
    if (a == NULL || a->owner != hContext)
        return ZE_RESULT_ERROR_INVALID_ARGUMENT;
    if (pBase != NULL)
        *pBase = a->base;
    if (pSize != NULL)
        *pSize = a->size;
    return ZE_RESULT_SUCCESS;
}

/* ---- Events --------------------------------------------------------------------------------- */

FG_ENTRY(ze_result_t, zeEventPoolCreate,
         (ze_context_handle_t hContext, const ze_event_pool_desc_t *desc, uint32_t numDevices,
          ze_device_handle_t *phDevices, ze_event_pool_handle_t *phEventPool),
         (hContext, desc, numDevices, phDevices, phEventPool))
{
    FZ_CHECK_ARGS(hContext, FZ_MAGIC_CONTEXT, desc, phEventPool);
    FZ_CHECK_STYPE(desc, ZE_STRUCTURE_TYPE_EVENT_POOL_DESC);
    FZ_CHECK(desc->count != 0 && (numDevices == 0 || phDevices != NULL),
             ZE_RESULT_ERROR_INVALID_SIZE, "zeEventPoolCreate: count %u, %u devices", desc->count,
             numDevices);
    ze_event_handle_t *slots = calloc(desc->count, sizeof(*slots));
    struct _ze_event_pool_handle_t *pool =
        slots != NULL ? fz_new(sizeof(*pool), FZ_MAGIC_POOL, "live_pools") : NULL;
    if (pool == NULL) {
        free(slots);
        return ZE_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    }
    *pool =
        (struct _ze_event_pool_handle_t){FZ_MAGIC_POOL, desc->count, hContext, desc->flags, slots};
    *phEventPool = pool;
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeEventPoolDestroy, (ze_event_pool_handle_t hEventPool), (hEventPool))
{
    FZ_CHECK_HANDLE(hEventPool, FZ_MAGIC_POOL);
    for (uint32_t i = 0; i < hEventPool->count; i++)
        if (hEventPool->events[i] != NULL)
            violation(ZE_RESULT_SUCCESS, "zeEventPoolDestroy: event %u still alive", i);
    free(hEventPool->events);
    fz_free(hEventPool, "live_pools");
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeEventCreate,
         (ze_event_pool_handle_t hEventPool, const ze_event_desc_t *desc,
          ze_event_handle_t *phEvent),
         (hEventPool, desc, phEvent))
{
    FZ_CHECK_ARGS(hEventPool, FZ_MAGIC_POOL, desc, phEvent);
    FZ_CHECK_STYPE(desc, ZE_STRUCTURE_TYPE_EVENT_DESC);
    FZ_CHECK(desc->index < hEventPool->count && hEventPool->events[desc->index] == NULL,
             ZE_RESULT_ERROR_INVALID_ARGUMENT, "zeEventCreate: index %u (of %u) not free",
             desc->index, hEventPool->count);
    struct _ze_event_handle_t *ev = fz_new(sizeof(*ev), FZ_MAGIC_EVENT, "live_events");
    if (ev == NULL)
        return ZE_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    ev->pool = hEventPool;
    ev->index = desc->index;
    hEventPool->events[desc->index] = ev;
    *phEvent = ev;
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeEventDestroy, (ze_event_handle_t hEvent), (hEvent))
{
    FZ_CHECK_HANDLE(hEvent, FZ_MAGIC_EVENT);
    hEvent->pool->events[hEvent->index] = NULL;
    fz_free(hEvent, "live_events");
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeEventHostSynchronize, (ze_event_handle_t hEvent, uint64_t timeout),
         (hEvent, timeout))
{
    FZ_CHECK_HANDLE(hEvent, FZ_MAGIC_EVENT);
    if (!(hEvent->pool->flags & ZE_EVENT_POOL_FLAG_HOST_VISIBLE))
        violation(ZE_RESULT_SUCCESS, "zeEventHostSynchronize: event of a pool not host-visible");
    if (hEvent->signalled)
        return ZE_RESULT_SUCCESS;
    /* Commands run when appended: nothing will ever signal this event. */
    if (timeout == UINT64_MAX)
        violation(ZE_RESULT_SUCCESS, "zeEventHostSynchronize: waiting forever, nothing signals");
    return ZE_RESULT_NOT_READY;
}

FG_ENTRY(ze_result_t, zeEventQueryStatus, (ze_event_handle_t hEvent), (hEvent))
{
    FZ_CHECK_HANDLE(hEvent, FZ_MAGIC_EVENT);
    return hEvent->signalled ? ZE_RESULT_SUCCESS : ZE_RESULT_NOT_READY;
}

FG_ENTRY(ze_result_t, zeEventHostReset, (ze_event_handle_t hEvent), (hEvent))
{
    FZ_CHECK_HANDLE(hEvent, FZ_MAGIC_EVENT);
    hEvent->signalled = false;
    hEvent->ts_start = hEvent->ts_end = 0;
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeEventQueryKernelTimestamp,
         (ze_event_handle_t hEvent, ze_kernel_timestamp_result_t *dst), (hEvent, dst))
{
    uint64_t mask = cfg.ts_bits >= 64 ? UINT64_MAX : (1ull << cfg.ts_bits) - 1;
    FZ_CHECK_ARGS(hEvent, FZ_MAGIC_EVENT, dst);
    FZ_CHECK(hEvent->pool->flags & ZE_EVENT_POOL_FLAG_KERNEL_TIMESTAMP,
             ZE_RESULT_ERROR_INVALID_ARGUMENT,
             "zeEventQueryKernelTimestamp: pool without KERNEL_TIMESTAMP");
    if (!hEvent->signalled)
        return ZE_RESULT_NOT_READY;
    dst->global = dst->context = (ze_kernel_timestamp_data_t){
        .kernelStart = hEvent->ts_start & mask, .kernelEnd = hEvent->ts_end & mask};
    return ZE_RESULT_SUCCESS;
}

/* ---- Command lists -------------------------------------------------------------------------- */

FG_ENTRY(ze_result_t, zeCommandListCreateImmediate,
         (ze_context_handle_t hContext, ze_device_handle_t hDevice,
          const ze_command_queue_desc_t *desc, ze_command_list_handle_t *phList),
         (hContext, hDevice, desc, phList))
{
    FZ_CHECK_HANDLE(hContext, FZ_MAGIC_CONTEXT);
    FZ_CHECK_ARGS(hDevice, FZ_MAGIC_DEVICE, desc, phList);
    FZ_CHECK_STYPE(desc, ZE_STRUCTURE_TYPE_COMMAND_QUEUE_DESC);
    FZ_CHECK(desc->ordinal <= 1 && desc->index <= desc->ordinal, ZE_RESULT_ERROR_INVALID_ARGUMENT,
             "zeCommandListCreateImmediate: ordinal %u index %u", desc->ordinal, desc->index);
    bool in_order = (desc->flags & FZ_COMMAND_QUEUE_FLAG_IN_ORDER) != 0;
    if (in_order && cfg.api_version < ZE_MAKE_VERSION(1, 7))
        violation(ZE_RESULT_SUCCESS, "zeCommandListCreateImmediate: IN_ORDER before API 1.7");
    struct _ze_command_list_handle_t *l = fz_new(sizeof(*l), FZ_MAGIC_LIST, "live_lists");
    if (l == NULL)
        return ZE_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    *l = (struct _ze_command_list_handle_t){FZ_MAGIC_LIST, hContext, hDevice};
    fg_bump("in_order_lists", in_order);
    *phList = l;
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeCommandListDestroy, (ze_command_list_handle_t hList), (hList))
{
    FZ_CHECK_HANDLE(hList, FZ_MAGIC_LIST);
    fz_free(hList, "live_lists");
    return ZE_RESULT_SUCCESS;
}

/* A command's events: each wait event of the list's context and signalled already (commands run
 * when appended, so an unsignalled one never would be); the signal event of the list's context
 * and not signalled. */
static ze_result_t check_events(ze_command_list_handle_t l, ze_event_handle_t signal, uint32_t n,
                                ze_event_handle_t *waits, const char *fn)
{
    FZ_CHECK(n == 0 || waits != NULL, ZE_RESULT_ERROR_INVALID_NULL_POINTER,
             "%s: %u wait events, NULL list", fn, n);
    for (uint32_t i = 0; i < n; i++) {
        FZ_CHECK(waits[i] != NULL && waits[i]->magic == FZ_MAGIC_EVENT,
                 ZE_RESULT_ERROR_INVALID_NULL_HANDLE, "%s: invalid wait event %u", fn, i);
        FZ_CHECK(waits[i]->pool->ctx == l->ctx, ZE_RESULT_ERROR_INVALID_ARGUMENT,
                 "%s: wait event of another context", fn);
        FZ_CHECK(waits[i]->signalled, ZE_RESULT_ERROR_INVALID_SYNCHRONIZATION_OBJECT,
                 "%s: wait event %u never signalled", fn, i);
    }
    if (signal == NULL)
        return ZE_RESULT_SUCCESS;
    FZ_CHECK(signal->magic == FZ_MAGIC_EVENT, ZE_RESULT_ERROR_INVALID_NULL_HANDLE,
             "%s: invalid signal event", fn);
    FZ_CHECK(signal->pool->ctx == l->ctx, ZE_RESULT_ERROR_INVALID_ARGUMENT,
             "%s: signal event of another context", fn);
    FZ_CHECK(!signal->signalled, ZE_RESULT_ERROR_INVALID_SYNCHRONIZATION_OBJECT,
             "%s: signal event already signalled (not reset)", fn);
    return ZE_RESULT_SUCCESS;
}

/* Run a command on the device's clock and signal its event. */
static ze_result_t complete(ze_command_list_handle_t l, ze_event_handle_t ev, size_t bytes)
{
    uint64_t start = l->dev->clock + 1;
    uint64_t end = start + 1 + bytes / 4096;
    l->dev->clock = end;
    if (ev != NULL) {
        ev->signalled = true;
        ev->ts_start = start;
        ev->ts_end = end;
    }
    return ZE_RESULT_SUCCESS;
}

/* A side of a copy or fill: tracked memory must be of the list's context and in bounds; device
 * memory of another device needs P2P access from the list's device. */
static ze_result_t check_range(ze_command_list_handle_t l, const void *p, size_t size,
                               const char *fn, const char *side)
{
    struct fg_alloc *a = fg_alloc_find(p);
    ze_device_handle_t dev = a != NULL ? dev_of(a) : NULL;
    if (a == NULL)
        return ZE_RESULT_SUCCESS; /* plain host memory */
    FZ_CHECK(a->owner == l->ctx, ZE_RESULT_ERROR_INVALID_ARGUMENT,
             "%s: %s is memory of another context", fn, side);
    FZ_CHECK((const char *)p + size <= a->base + a->size, ZE_RESULT_ERROR_INVALID_SIZE,
             "%s: %s range [%p, +%zu) overruns its allocation of %zu bytes", fn, side, p, size,
             a->size);
    if (dev != NULL && dev != l->dev &&
        !(p2p_access_flag(l->dev, dev) && can_access_peer(l->dev, dev)))
        fg_bump("copies_without_p2p", 1);
    return ZE_RESULT_SUCCESS;
}

FG_ENTRY(ze_result_t, zeCommandListAppendBarrier,
         (ze_command_list_handle_t hList, ze_event_handle_t hSignalEvent, uint32_t numWaitEvents,
          ze_event_handle_t *phWaitEvents),
         (hList, hSignalEvent, numWaitEvents, phWaitEvents))
{
    FZ_CHECK_HANDLE(hList, FZ_MAGIC_LIST);
    FZ_TRY(check_events(hList, hSignalEvent, numWaitEvents, phWaitEvents, __func__));
    return complete(hList, hSignalEvent, 0);
}

FG_ENTRY(ze_result_t, zeCommandListAppendMemoryCopy,
         (ze_command_list_handle_t hList, void *dstptr, const void *srcptr, size_t size,
          ze_event_handle_t hSignalEvent, uint32_t numWaitEvents, ze_event_handle_t *phWaitEvents),
         (hList, dstptr, srcptr, size, hSignalEvent, numWaitEvents, phWaitEvents))
{
    const char *dst = dstptr, *src = srcptr;
    FZ_CHECK_ARGS(hList, FZ_MAGIC_LIST, dstptr, srcptr);
    FZ_TRY(check_events(hList, hSignalEvent, numWaitEvents, phWaitEvents, __func__));
    FZ_TRY(check_range(hList, dst, size, __func__, "dst"));
    FZ_TRY(check_range(hList, src, size, __func__, "src"));
    FZ_CHECK(dst >= src + size || src >= dst + size, ZE_RESULT_ERROR_OVERLAPPING_REGIONS,
             "%s: overlapping regions", __func__);
    memcpy(dstptr, srcptr, size);
    fg_bump("bytes_copied", (long)size);
    return complete(hList, hSignalEvent, size);
}

FG_ENTRY(ze_result_t, zeCommandListAppendMemoryFill,
         (ze_command_list_handle_t hList, void *ptr, const void *pattern, size_t pattern_size,
          size_t size, ze_event_handle_t hSignalEvent, uint32_t numWaitEvents,
          ze_event_handle_t *phWaitEvents),
         (hList, ptr, pattern, pattern_size, size, hSignalEvent, numWaitEvents, phWaitEvents))
{
    FZ_CHECK_ARGS(hList, FZ_MAGIC_LIST, ptr, pattern);
    FZ_CHECK(pattern_size != 0 && (pattern_size & (pattern_size - 1)) == 0 &&
                 pattern_size <= cfg.max_fill,
             ZE_RESULT_ERROR_INVALID_SIZE, "%s: pattern size %zu (a power of two up to %zu)",
             __func__, pattern_size, cfg.max_fill);
    FZ_CHECK(size % pattern_size == 0, ZE_RESULT_ERROR_INVALID_SIZE,
             "%s: size %zu not a multiple of the pattern size %zu", __func__, size, pattern_size);
    FZ_TRY(check_events(hList, hSignalEvent, numWaitEvents, phWaitEvents, __func__));
    FZ_TRY(check_range(hList, ptr, size, __func__, "dst"));
    for (size_t off = 0; off < size; off += pattern_size)
        memcpy((char *)ptr + off, pattern, pattern_size);
    return complete(hList, hSignalEvent, size);
}

/* The device's global timestamp (its clock, timestampValidBits = 64) written into dstptr when the
 * command runs. */
FG_ENTRY(ze_result_t, zeCommandListAppendWriteGlobalTimestamp,
         (ze_command_list_handle_t hList, uint64_t *dstptr, ze_event_handle_t hSignalEvent,
          uint32_t numWaitEvents, ze_event_handle_t *phWaitEvents),
         (hList, dstptr, hSignalEvent, numWaitEvents, phWaitEvents))
{
    FZ_CHECK_ARGS(hList, FZ_MAGIC_LIST, dstptr);
    FZ_CHECK(((uintptr_t)dstptr & 7u) == 0, ZE_RESULT_ERROR_INVALID_ARGUMENT,
             "%s: destination %p not 8-byte aligned", __func__, (void *)dstptr);
    FZ_TRY(check_events(hList, hSignalEvent, numWaitEvents, phWaitEvents, __func__));
    FZ_TRY(check_range(hList, dstptr, sizeof(*dstptr), __func__, "dst"));
    *dstptr = hList->dev->clock + 1; /* the instant complete() starts the command at */
    return complete(hList, hSignalEvent, 0);
}

/* ---- The driver interface --------------------------------------------------------------------
 * What the Level Zero loader asks a driver for (zeGet<Object>ProcAddrTable): each fills the
 * loader's table with the fake's functions. Tables of objects the fake does not have are
 * accepted and left empty. */

static ze_result_t check(ze_api_version_t version, const void *table)
{
    fg_configure();
    if (table == NULL)
        return ZE_RESULT_ERROR_INVALID_NULL_POINTER;
    if (ZE_MAJOR_VERSION(version) != 1)
        return ZE_RESULT_ERROR_UNSUPPORTED_VERSION;
    return ZE_RESULT_SUCCESS;
}

/* FZ_TABLE(getter, table type, assignments): a table the fake fills. */
#define FZ_TABLE(getter, type, ...)                                                                \
    ZE_DLLEXPORT ze_result_t ZE_APICALL getter(ze_api_version_t version, type *t)                  \
    {                                                                                              \
        ze_result_t r = check(version, t);                                                         \
        if (r == ZE_RESULT_SUCCESS) {                                                              \
            __VA_ARGS__                                                                            \
        }                                                                                          \
        return r;                                                                                  \
    }
/* FZ_FILLED(Object, object, functions...): the table whose pfn<function> is
 * ze<Object><function>, for each function (nine at most). */
#define FZ_FILLED(Object, object, ...)                                                             \
    FZ_TABLE(zeGet##Object##ProcAddrTable, ze_##object##_dditable_t,                               \
             FZ_NTH(__VA_ARGS__, FZ_F9, FZ_F8, FZ_F7, FZ_F6, FZ_F5, FZ_F4, FZ_F3, FZ_F2, FZ_F1,    \
                    _)(Object, __VA_ARGS__))
#define FZ_NTH(f1, f2, f3, f4, f5, f6, f7, f8, f9, n, ...) n
#define FZ_F1(O, f) t->pfn##f = ze##O##f;
#define FZ_F2(O, f, ...) FZ_F1(O, f) FZ_F1(O, __VA_ARGS__)
#define FZ_F3(O, f, ...) FZ_F1(O, f) FZ_F2(O, __VA_ARGS__)
#define FZ_F4(O, f, ...) FZ_F1(O, f) FZ_F3(O, __VA_ARGS__)
#define FZ_F5(O, f, ...) FZ_F1(O, f) FZ_F4(O, __VA_ARGS__)
#define FZ_F6(O, f, ...) FZ_F1(O, f) FZ_F5(O, __VA_ARGS__)
#define FZ_F7(O, f, ...) FZ_F1(O, f) FZ_F6(O, __VA_ARGS__)
#define FZ_F8(O, f, ...) FZ_F1(O, f) FZ_F7(O, __VA_ARGS__)
#define FZ_F9(O, f, ...) FZ_F1(O, f) FZ_F8(O, __VA_ARGS__)
/* Objects the fake does not have (and the tools and sysman tables the loader asks every driver
 * for): empty tables. */
#define FZ_EMPTY(api, Object, object)                                                              \
    FZ_TABLE(api##Get##Object##ProcAddrTable, api##_##object##_dditable_t, (void)t;)

FZ_TABLE(zeGetGlobalProcAddrTable, ze_global_dditable_t, t->pfnInit = zeInit;)
FZ_FILLED(Driver, driver, Get, GetApiVersion, GetProperties)
FZ_FILLED(Device, device, Get, GetProperties, GetComputeProperties, GetMemoryProperties,
          GetMemoryAccessProperties, GetCommandQueueGroupProperties, GetP2PProperties,
          CanAccessPeer, PciGetPropertiesExt)
FZ_FILLED(Context, context, Create, Destroy)
FZ_FILLED(CommandList, command_list, CreateImmediate, Destroy, AppendBarrier, AppendMemoryCopy,
          AppendMemoryFill, AppendWriteGlobalTimestamp)
FZ_FILLED(EventPool, event_pool, Create, Destroy)
FZ_FILLED(Event, event, Create, Destroy, HostSynchronize, QueryStatus, HostReset,
          QueryKernelTimestamp)
FZ_FILLED(Mem, mem, AllocDevice, AllocHost, AllocShared, Free, GetAllocProperties, GetAddressRange)

/* clang-format off */
FZ_EMPTY(ze, CommandQueue, command_queue) FZ_EMPTY(ze, DeviceExp, device_exp)
FZ_EMPTY(ze, Image, image) FZ_EMPTY(ze, ImageExp, image_exp) FZ_EMPTY(ze, Fence, fence)
FZ_EMPTY(ze, EventExp, event_exp) FZ_EMPTY(ze, Module, module)
FZ_EMPTY(ze, ModuleBuildLog, module_build_log) FZ_EMPTY(ze, Kernel, kernel)
FZ_EMPTY(ze, KernelExp, kernel_exp) FZ_EMPTY(ze, Sampler, sampler)
FZ_EMPTY(ze, PhysicalMem, physical_mem) FZ_EMPTY(ze, VirtualMem, virtual_mem)
FZ_EMPTY(ze, FabricVertexExp, fabric_vertex_exp) FZ_EMPTY(ze, FabricEdgeExp, fabric_edge_exp)
FZ_EMPTY(zet, Device, device) FZ_EMPTY(zet, Context, context)
FZ_EMPTY(zet, CommandList, command_list) FZ_EMPTY(zet, Module, module)
FZ_EMPTY(zet, Kernel, kernel) FZ_EMPTY(zet, MetricGroup, metric_group)
FZ_EMPTY(zet, MetricGroupExp, metric_group_exp) FZ_EMPTY(zet, Metric, metric)
FZ_EMPTY(zet, MetricStreamer, metric_streamer) FZ_EMPTY(zet, MetricQueryPool, metric_query_pool)
FZ_EMPTY(zet, MetricQuery, metric_query) FZ_EMPTY(zet, TracerExp, tracer_exp)
FZ_EMPTY(zet, Debug, debug) FZ_EMPTY(zes, Driver, driver) FZ_EMPTY(zes, Device, device)
FZ_EMPTY(zes, Scheduler, scheduler) FZ_EMPTY(zes, PerformanceFactor, performance_factor)
FZ_EMPTY(zes, Power, power) FZ_EMPTY(zes, Frequency, frequency) FZ_EMPTY(zes, Engine, engine)
FZ_EMPTY(zes, Standby, standby) FZ_EMPTY(zes, Firmware, firmware) FZ_EMPTY(zes, Memory, memory)
FZ_EMPTY(zes, FabricPort, fabric_port) FZ_EMPTY(zes, Temperature, temperature)
FZ_EMPTY(zes, Psu, psu) FZ_EMPTY(zes, Fan, fan) FZ_EMPTY(zes, Led, led) FZ_EMPTY(zes, Ras, ras)
FZ_EMPTY(zes, Diagnostics, diagnostics)
    /* clang-format on */
