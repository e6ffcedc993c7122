/* SPDX-License-Identifier: MIT */
/*
 * A fake Level Zero driver for tests: a node of several GPUs on the CPU. It exports the ze*
 * functions the adapter uses (so the adapter can load it directly through
 * URPEER_LEVEL_ZERO_LIBRARY) and the zeGet*ProcAddrTable tables (fake_ze_ddi.c), so the real
 * Level Zero loader can load it as a driver (ZE_ENABLE_ALT_DRIVERS).
 *
 * It is written against the installed ze_api.h, independently of the adapter's own declarations
 * (src/adapters/level_zero/ze_drv.h): a layout the two disagree on shows up as a failing test.
 * Device memory is host memory; immediate command lists execute each command when it is
 * appended; events carry timestamps of a simulated device clock. See fake_ze.h for the controls.
 */
#include "fake_ze_impl.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- State ---------------------------------------------------------------------------------- */

#define FZ_MAX_DRIVERS 4
#define FZ_MAX_DEVICES 16
#define FZ_MAX_COUNTERS 128

enum {
    FZ_MAGIC_DRIVER = 0x7a650001,
    FZ_MAGIC_DEVICE,
    FZ_MAGIC_CONTEXT,
    FZ_MAGIC_LIST,
    FZ_MAGIC_POOL,
    FZ_MAGIC_EVENT
};

struct _ze_driver_handle_t {
    uint32_t magic;
    uint32_t index;
};

struct _ze_device_handle_t {
    uint32_t magic;
    uint32_t driver;
    uint32_t index; /* within the driver */
    uint64_t mem_used;
    uint64_t clock; /* simulated device clock, ticks */
};

struct _ze_context_handle_t {
    uint32_t magic;
    uint32_t driver;
};

struct _ze_command_list_handle_t {
    uint32_t magic;
    ze_context_handle_t ctx;
    ze_device_handle_t dev;
    bool in_order;
};

struct _ze_event_pool_handle_t {
    uint32_t magic;
    ze_context_handle_t ctx;
    ze_event_pool_flags_t flags;
    uint32_t count;
    ze_event_handle_t *events; /* by index */
};

struct _ze_event_handle_t {
    uint32_t magic;
    ze_event_pool_handle_t pool;
    uint32_t index;
    bool signalled;
    uint64_t ts_start, ts_end;
};

struct fz_alloc {
    char *base;
    size_t size;
    ze_memory_type_t type;
    ze_device_handle_t dev;
    ze_context_handle_t ctx;
    uint64_t id;
    struct fz_alloc *next;
};

struct fz_counter {
    const char *name;
    uint64_t count;
    uint32_t fail_nth; /* 0: no failure planned */
    int32_t fail_code;
};

struct fz_pairs {
    bool all;
    bool set[FZ_MAX_DEVICES][FZ_MAX_DEVICES];
    uint32_t value[FZ_MAX_DEVICES][FZ_MAX_DEVICES];
};

static pthread_mutex_t fz_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t fz_once = PTHREAD_ONCE_INIT;
static bool fz_initialised; /* zeInit / zeInitDrivers succeeded */

static struct {
    uint32_t ndrivers, ndevices;
    struct fz_pairs p2p, atomics, canaccess, bandwidth;
    bool canaccess_set, bandwidth_set;
    uint32_t api_version;
    bool init_drivers_ok, pci_ok;
    size_t max_fill;
    uint64_t mem;
    uint64_t timer_hz;
    uint32_t ts_bits;
    uint64_t ts_start;
} cfg;

static struct _ze_driver_handle_t drivers[FZ_MAX_DRIVERS];
static struct _ze_device_handle_t devices[FZ_MAX_DRIVERS][FZ_MAX_DEVICES];
static struct fz_alloc *allocs;
static uint64_t next_alloc_id = 1;
static struct fz_counter counters[FZ_MAX_COUNTERS];

/* ---- Counters, failures, violations --------------------------------------------------------- */

static struct fz_counter *counter(const char *name)
{
    for (int i = 0; i < FZ_MAX_COUNTERS; i++) {
        if (counters[i].name == NULL) {
            counters[i].name = name;
            return &counters[i];
        }
        if (strcmp(counters[i].name, name) == 0)
            return &counters[i];
    }
    return &counters[FZ_MAX_COUNTERS - 1];
}

static void bump(const char *name, int64_t delta)
{
    struct fz_counter *c = counter(name);
    c->count += (uint64_t)delta;
}

static void violation(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void violation(const char *fmt, ...)
{
    va_list ap;

    bump("violations", 1);
    fprintf(stderr, "fake_ze: violation: ");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n");
}

FZ_EXPORT uint64_t fakeze_call_count(const char *name);
FZ_EXPORT uint64_t fakeze_call_count(const char *name)
{
    uint64_t n = 0;

    pthread_mutex_lock(&fz_lock);
    for (int i = 0; i < FZ_MAX_COUNTERS && counters[i].name != NULL; i++)
        if (strcmp(counters[i].name, name) == 0)
            n = counters[i].count;
    pthread_mutex_unlock(&fz_lock);
    return n;
}

/* Reset the call counters (not the live-object counts). */
FZ_EXPORT void fakeze_reset_counts(void);
FZ_EXPORT void fakeze_reset_counts(void)
{
    pthread_mutex_lock(&fz_lock);
    for (int i = 0; i < FZ_MAX_COUNTERS && counters[i].name != NULL; i++)
        if (strncmp(counters[i].name, "live_", 5) != 0)
            counters[i].count = 0;
    pthread_mutex_unlock(&fz_lock);
}

FZ_EXPORT void fakeze_fail(const char *name, uint32_t nth, int32_t code);
FZ_EXPORT void fakeze_fail(const char *name, uint32_t nth, int32_t code)
{
    pthread_mutex_lock(&fz_lock);
    /* The counter keeps the name pointer: keep a copy that lives as long as the process. */
    struct fz_counter *c = NULL;
    for (int i = 0; i < FZ_MAX_COUNTERS && counters[i].name != NULL; i++)
        if (strcmp(counters[i].name, name) == 0)
            c = &counters[i];
    if (c == NULL)
        c = counter(strdup(name));
    c->fail_nth = nth;
    c->fail_code = code;
    pthread_mutex_unlock(&fz_lock);
}

/* Every entry point starts here (with the lock held): count, and fail if planned. */
static ze_result_t enter(const char *name)
{
    struct fz_counter *c = counter(name);

    c->count++;
    counter("calls")->count++;
    if (c->fail_nth != 0 && --c->fail_nth == 0)
        return (ze_result_t)c->fail_code;
    return ZE_RESULT_SUCCESS;
}

#define FZ_ENTER(name)                                                                             \
    ze_result_t fz_r_;                                                                             \
    pthread_mutex_lock(&fz_lock);                                                                  \
    fz_r_ = enter(name);                                                                           \
    if (fz_r_ == ZE_RESULT_SUCCESS && !fz_initialised) {                                           \
        violation("%s before zeInit", name);                                                       \
        fz_r_ = ZE_RESULT_ERROR_UNINITIALIZED;                                                     \
    }                                                                                              \
    if (fz_r_ != ZE_RESULT_SUCCESS) {                                                              \
        pthread_mutex_unlock(&fz_lock);                                                            \
        return fz_r_;                                                                              \
    }

#define FZ_RETURN(r)                                                                               \
    do {                                                                                           \
        ze_result_t fz_ret_ = (r);                                                                 \
        pthread_mutex_unlock(&fz_lock);                                                            \
        return fz_ret_;                                                                            \
    } while (0)

/* FAKE_ZE_STRICT=1: a process that broke a rule of the API exits with status 1, whatever its
 * own verdict (for test programs that know nothing of the fake). */
__attribute__((destructor)) static void strict_check(void)
{
    const char *strict = getenv("FAKE_ZE_STRICT");
    uint64_t n = 0;

    if (strict == NULL || strcmp(strict, "1") != 0)
        return;
    for (int i = 0; i < FZ_MAX_COUNTERS && counters[i].name != NULL; i++)
        if (strcmp(counters[i].name, "violations") == 0)
            n = counters[i].count;
    if (n != 0) {
        fprintf(stderr, "fake_ze: %llu violations of the Level Zero API\n", (unsigned long long)n);
        fflush(NULL);
        _exit(1);
    }
}

/* ---- Configuration -------------------------------------------------------------------------- */

static uint64_t env_u64(const char *name, uint64_t def)
{
    const char *s = getenv(name);
    char *end;
    unsigned long long v;

    if (s == NULL || *s == '\0')
        return def;
    errno = 0;
    v = strtoull(s, &end, 0);
    if (errno != 0 || *end != '\0') {
        fprintf(stderr, "fake_ze: bad %s=%s\n", name, s);
        return def;
    }
    return v;
}

/* "*", "none", "" or "a-b[:value],..." */
static bool parse_pairs(const char *name, struct fz_pairs *out, const char *def)
{
    const char *s = getenv(name);
    bool given = s != NULL;

    memset(out, 0, sizeof(*out));
    if (s == NULL)
        s = def;
    if (strcmp(s, "*") == 0) {
        out->all = true;
        return given;
    }
    if (strcmp(s, "none") == 0)
        return given;
    while (*s != '\0') {
        char *end;
        unsigned long a = strtoul(s, &end, 10), b, v = 1;
        if (end == s || *end != '-')
            goto bad;
        s = end + 1;
        b = strtoul(s, &end, 10);
        if (end == s)
            goto bad;
        s = end;
        if (*s == ':') {
            v = strtoul(s + 1, &end, 10);
            s = end;
        }
        if (a >= FZ_MAX_DEVICES || b >= FZ_MAX_DEVICES)
            goto bad;
        out->set[a][b] = true;
        out->value[a][b] = (uint32_t)v;
        if (*s == ',')
            s++;
        else if (*s != '\0')
            goto bad;
    }
    return given;
bad:
    fprintf(stderr, "fake_ze: bad %s\n", name);
    return given;
}

static bool pair_in(const struct fz_pairs *p, uint32_t a, uint32_t b)
{
    return p->all || (a < FZ_MAX_DEVICES && b < FZ_MAX_DEVICES && p->set[a][b]);
}

static void parse_failures(void)
{
    const char *s = getenv("FAKE_ZE_FAIL");
    char *copy, *save = NULL;

    if (s == NULL || *s == '\0')
        return;
    copy = strdup(s);
    for (char *tok = strtok_r(copy, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save)) {
        char *c1 = strchr(tok, ':'), *c2;
        if (c1 == NULL || (c2 = strchr(c1 + 1, ':')) == NULL) {
            fprintf(stderr, "fake_ze: bad FAKE_ZE_FAIL entry %s\n", tok);
            continue;
        }
        *c1 = '\0';
        struct fz_counter *c = counter(strdup(tok));
        c->fail_nth = (uint32_t)strtoul(c1 + 1, NULL, 0);
        c->fail_code = (int32_t)strtoll(c2 + 1, NULL, 0);
    }
    free(copy);
}

static void configure(void)
{
    const char *api = getenv("FAKE_ZE_API_VERSION");
    unsigned major = 1, minor = 4;

    cfg.ndrivers = (uint32_t)env_u64("FAKE_ZE_DRIVERS", 1);
    if (cfg.ndrivers > FZ_MAX_DRIVERS)
        cfg.ndrivers = FZ_MAX_DRIVERS;
    cfg.ndevices = (uint32_t)env_u64("FAKE_ZE_DEVICES", 4);
    if (cfg.ndevices > FZ_MAX_DEVICES)
        cfg.ndevices = FZ_MAX_DEVICES;
    parse_pairs("FAKE_ZE_P2P", &cfg.p2p, "*");
    parse_pairs("FAKE_ZE_ATOMICS", &cfg.atomics, "none");
    cfg.canaccess_set = parse_pairs("FAKE_ZE_CANACCESS", &cfg.canaccess, "none");
    cfg.bandwidth_set = parse_pairs("FAKE_ZE_BANDWIDTH", &cfg.bandwidth, "none");
    if (api != NULL && sscanf(api, "%u.%u", &major, &minor) != 2)
        fprintf(stderr, "fake_ze: bad FAKE_ZE_API_VERSION=%s\n", api);
    cfg.api_version = ZE_MAKE_VERSION(major, minor);
    cfg.init_drivers_ok = env_u64("FAKE_ZE_INIT_DRIVERS", 1) != 0;
    cfg.pci_ok = env_u64("FAKE_ZE_PCI", 1) != 0;
    cfg.max_fill = (size_t)env_u64("FAKE_ZE_MAX_FILL", 16);
    cfg.mem = env_u64("FAKE_ZE_MEM", 1ull << 30);
    cfg.timer_hz = env_u64("FAKE_ZE_TIMER_HZ", 19200000);
    cfg.ts_bits = (uint32_t)env_u64("FAKE_ZE_TS_BITS", 32);
    cfg.ts_start = env_u64("FAKE_ZE_TS_START", 1000);
    for (uint32_t d = 0; d < cfg.ndrivers; d++) {
        drivers[d] = (struct _ze_driver_handle_t){FZ_MAGIC_DRIVER, d};
        for (uint32_t i = 0; i < cfg.ndevices; i++)
            devices[d][i] = (struct _ze_device_handle_t){FZ_MAGIC_DEVICE, d, i, 0, cfg.ts_start};
    }
    parse_failures();
}

void fz_configure(void)
{
    pthread_once(&fz_once, configure);
}

/* ---- Handle checks -------------------------------------------------------------------------- */

#define FZ_CHECK_HANDLE(h, m)                                                                      \
    do {                                                                                           \
        if ((h) == NULL || (h)->magic != (m)) {                                                    \
            violation("%s: invalid handle %s", __func__, #h);                                      \
            FZ_RETURN(ZE_RESULT_ERROR_INVALID_NULL_HANDLE);                                        \
        }                                                                                          \
    } while (0)

#define FZ_CHECK_PTR(p)                                                                            \
    do {                                                                                           \
        if ((p) == NULL) {                                                                         \
            violation("%s: NULL %s", __func__, #p);                                                \
            FZ_RETURN(ZE_RESULT_ERROR_INVALID_NULL_POINTER);                                       \
        }                                                                                          \
    } while (0)

#define FZ_CHECK_STYPE(s, want)                                                                    \
    do {                                                                                           \
        if ((s)->stype != (want)) {                                                                \
            violation("%s: %s->stype 0x%x, expected 0x%x", __func__, #s, (unsigned)(s)->stype,     \
                      (unsigned)(want));                                                           \
            FZ_RETURN(ZE_RESULT_ERROR_INVALID_ARGUMENT);                                           \
        }                                                                                          \
    } while (0)

/* ---- Global and driver ---------------------------------------------------------------------- */

ZE_APIEXPORT ze_result_t ZE_APICALL zeInit(ze_init_flags_t flags)
{
    ze_result_t r;

    fz_configure();
    pthread_mutex_lock(&fz_lock);
    r = enter("zeInit");
    if (r == ZE_RESULT_SUCCESS) {
        if (flags & ~(ze_init_flags_t)(ZE_INIT_FLAG_GPU_ONLY | ZE_INIT_FLAG_VPU_ONLY)) {
            violation("zeInit: flags 0x%x", (unsigned)flags);
            r = ZE_RESULT_ERROR_INVALID_ENUMERATION;
        } else if (flags == ZE_INIT_FLAG_VPU_ONLY) {
            r = ZE_RESULT_ERROR_UNINITIALIZED; /* no VPU here */
        } else {
            fz_initialised = true;
        }
    }
    pthread_mutex_unlock(&fz_lock);
    return r;
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeInitDrivers(uint32_t *pCount, ze_driver_handle_t *phDrivers,
                                                  fz_init_driver_type_desc_t *desc)
{
    ze_result_t r;

    fz_configure();
    pthread_mutex_lock(&fz_lock);
    r = enter("zeInitDrivers");
    if (r != ZE_RESULT_SUCCESS)
        FZ_RETURN(r);
    if (!cfg.init_drivers_ok)
        FZ_RETURN(ZE_RESULT_ERROR_UNINITIALIZED);
    FZ_CHECK_PTR(pCount);
    FZ_CHECK_PTR(desc);
    FZ_CHECK_STYPE(desc, FZ_STRUCTURE_TYPE_INIT_DRIVER_TYPE_DESC);
    fz_initialised = true;
    if (!(desc->flags & FZ_INIT_DRIVER_TYPE_FLAG_GPU)) {
        *pCount = 0;
        FZ_RETURN(ZE_RESULT_SUCCESS);
    }
    if (*pCount == 0 || phDrivers == NULL) {
        *pCount = cfg.ndrivers;
        FZ_RETURN(ZE_RESULT_SUCCESS);
    }
    if (*pCount > cfg.ndrivers)
        *pCount = cfg.ndrivers;
    for (uint32_t i = 0; i < *pCount; i++)
        phDrivers[i] = &drivers[i];
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeDriverGet(uint32_t *pCount, ze_driver_handle_t *phDrivers)
{
    FZ_ENTER("zeDriverGet");
    FZ_CHECK_PTR(pCount);
    if (*pCount == 0 || phDrivers == NULL) {
        *pCount = cfg.ndrivers;
        FZ_RETURN(ZE_RESULT_SUCCESS);
    }
    if (*pCount > cfg.ndrivers)
        *pCount = cfg.ndrivers;
    for (uint32_t i = 0; i < *pCount; i++)
        phDrivers[i] = &drivers[i];
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeDriverGetApiVersion(ze_driver_handle_t hDriver,
                                                          ze_api_version_t *version)
{
    FZ_ENTER("zeDriverGetApiVersion");
    FZ_CHECK_HANDLE(hDriver, FZ_MAGIC_DRIVER);
    FZ_CHECK_PTR(version);
    *version = (ze_api_version_t)cfg.api_version;
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeDriverGetProperties(ze_driver_handle_t hDriver,
                                                          ze_driver_properties_t *props)
{
    FZ_ENTER("zeDriverGetProperties");
    FZ_CHECK_HANDLE(hDriver, FZ_MAGIC_DRIVER);
    FZ_CHECK_PTR(props);
    FZ_CHECK_STYPE(props, ZE_STRUCTURE_TYPE_DRIVER_PROPERTIES);
    memset(props->uuid.id, 0, sizeof(props->uuid.id));
    memcpy(props->uuid.id, "fake-ze-driver", 14);
    props->uuid.id[15] = (uint8_t)hDriver->index;
    props->driverVersion = (1u << 24) | (3u << 16) | 26516u; /* 1.3.26516 */
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

/* ---- Devices -------------------------------------------------------------------------------- */

ZE_APIEXPORT ze_result_t ZE_APICALL zeDeviceGet(ze_driver_handle_t hDriver, uint32_t *pCount,
                                                ze_device_handle_t *phDevices)
{
    FZ_ENTER("zeDeviceGet");
    FZ_CHECK_HANDLE(hDriver, FZ_MAGIC_DRIVER);
    FZ_CHECK_PTR(pCount);
    if (*pCount == 0 || phDevices == NULL) {
        *pCount = cfg.ndevices;
        FZ_RETURN(ZE_RESULT_SUCCESS);
    }
    if (*pCount > cfg.ndevices)
        *pCount = cfg.ndevices;
    for (uint32_t i = 0; i < *pCount; i++)
        phDevices[i] = &devices[hDriver->index][i];
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeDeviceGetProperties(ze_device_handle_t hDevice,
                                                          ze_device_properties_t *p)
{
    FZ_ENTER("zeDeviceGetProperties");
    FZ_CHECK_HANDLE(hDevice, FZ_MAGIC_DEVICE);
    FZ_CHECK_PTR(p);
    if (p->stype != ZE_STRUCTURE_TYPE_DEVICE_PROPERTIES &&
        p->stype != ZE_STRUCTURE_TYPE_DEVICE_PROPERTIES_1_2) {
        violation("zeDeviceGetProperties: stype 0x%x", (unsigned)p->stype);
        FZ_RETURN(ZE_RESULT_ERROR_INVALID_ARGUMENT);
    }
    if (p->stype == ZE_STRUCTURE_TYPE_DEVICE_PROPERTIES_1_2 &&
        cfg.api_version < ZE_MAKE_VERSION(1, 2))
        violation("zeDeviceGetProperties: _1_2 form from a driver of API < 1.2");
    p->type = ZE_DEVICE_TYPE_GPU;
    p->vendorId = 0x8086;
    p->deviceId = 0x0bd6;
    p->flags = 0;
    p->subdeviceId = 0;
    p->coreClockRate = 1600;
    p->maxMemAllocSize = cfg.mem / 2;
    p->maxHardwareContexts = 1024;
    p->maxCommandQueuePriority = 0;
    p->numThreadsPerEU = 8;
    p->physicalEUSimdWidth = 16;
    p->numEUsPerSubslice = 8;
    p->numSubslicesPerSlice = 64;
    p->numSlices = 1;
    /* _1_2: ticks per second; 1.0: nanoseconds per tick. */
    p->timerResolution = p->stype == ZE_STRUCTURE_TYPE_DEVICE_PROPERTIES_1_2
                             ? cfg.timer_hz
                             : (1000000000ull + cfg.timer_hz / 2) / cfg.timer_hz;
    p->timestampValidBits = 64;
    p->kernelTimestampValidBits = cfg.ts_bits;
    memset(p->uuid.id, 0, sizeof(p->uuid.id));
    p->uuid.id[0] = 0x86;
    p->uuid.id[1] = 0x80;
    p->uuid.id[2] = 0xd6;
    p->uuid.id[3] = 0x0b;
    p->uuid.id[14] = (uint8_t)hDevice->driver;
    p->uuid.id[15] = (uint8_t)hDevice->index;
    snprintf(p->name, sizeof(p->name), "Fake Level Zero GPU %u.%u", hDevice->driver,
             hDevice->index);
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeDeviceGetComputeProperties(ze_device_handle_t hDevice,
                                                                 ze_device_compute_properties_t *p)
{
    FZ_ENTER("zeDeviceGetComputeProperties");
    FZ_CHECK_HANDLE(hDevice, FZ_MAGIC_DEVICE);
    FZ_CHECK_PTR(p);
    FZ_CHECK_STYPE(p, ZE_STRUCTURE_TYPE_DEVICE_COMPUTE_PROPERTIES);
    p->maxTotalGroupSize = 1024;
    p->maxGroupSizeX = p->maxGroupSizeY = p->maxGroupSizeZ = 1024;
    p->maxGroupCountX = p->maxGroupCountY = p->maxGroupCountZ = 0xffffffffu;
    p->maxSharedLocalMemory = 128 * 1024;
    p->numSubGroupSizes = 2;
    memset(p->subGroupSizes, 0, sizeof(p->subGroupSizes));
    p->subGroupSizes[0] = 16;
    p->subGroupSizes[1] = 32;
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeDeviceGetMemoryProperties(ze_device_handle_t hDevice,
                                                                uint32_t *pCount,
                                                                ze_device_memory_properties_t *p)
{
    FZ_ENTER("zeDeviceGetMemoryProperties");
    FZ_CHECK_HANDLE(hDevice, FZ_MAGIC_DEVICE);
    FZ_CHECK_PTR(pCount);
    if (*pCount == 0 || p == NULL) {
        *pCount = 1;
        FZ_RETURN(ZE_RESULT_SUCCESS);
    }
    *pCount = 1;
    FZ_CHECK_STYPE(p, ZE_STRUCTURE_TYPE_DEVICE_MEMORY_PROPERTIES);
    p->flags = 0;
    p->maxClockRate = 3200;
    p->maxBusWidth = 8192;
    p->totalSize = cfg.mem;
    snprintf(p->name, sizeof(p->name), "HBM");
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeDeviceGetMemoryAccessProperties(
    ze_device_handle_t hDevice, ze_device_memory_access_properties_t *p)
{
    FZ_ENTER("zeDeviceGetMemoryAccessProperties");
    FZ_CHECK_HANDLE(hDevice, FZ_MAGIC_DEVICE);
    FZ_CHECK_PTR(p);
    FZ_CHECK_STYPE(p, ZE_STRUCTURE_TYPE_DEVICE_MEMORY_ACCESS_PROPERTIES);
    p->hostAllocCapabilities = ZE_MEMORY_ACCESS_CAP_FLAG_RW | ZE_MEMORY_ACCESS_CAP_FLAG_ATOMIC |
                               ZE_MEMORY_ACCESS_CAP_FLAG_CONCURRENT;
    p->deviceAllocCapabilities = ZE_MEMORY_ACCESS_CAP_FLAG_RW | ZE_MEMORY_ACCESS_CAP_FLAG_ATOMIC;
    p->sharedSingleDeviceAllocCapabilities = ZE_MEMORY_ACCESS_CAP_FLAG_RW;
    p->sharedCrossDeviceAllocCapabilities = 0;
    p->sharedSystemAllocCapabilities = 0;
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeDeviceGetCommandQueueGroupProperties(
    ze_device_handle_t hDevice, uint32_t *pCount, ze_command_queue_group_properties_t *p)
{
    FZ_ENTER("zeDeviceGetCommandQueueGroupProperties");
    FZ_CHECK_HANDLE(hDevice, FZ_MAGIC_DEVICE);
    FZ_CHECK_PTR(pCount);
    if (*pCount == 0 || p == NULL) {
        *pCount = 2;
        FZ_RETURN(ZE_RESULT_SUCCESS);
    }
    if (*pCount > 2)
        *pCount = 2;
    for (uint32_t i = 0; i < *pCount; i++)
        FZ_CHECK_STYPE(&p[i], ZE_STRUCTURE_TYPE_COMMAND_QUEUE_GROUP_PROPERTIES);
    /* Group 0: a compute engine; group 1: two copy engines. */
    p[0].flags =
        ZE_COMMAND_QUEUE_GROUP_PROPERTY_FLAG_COMPUTE | ZE_COMMAND_QUEUE_GROUP_PROPERTY_FLAG_COPY;
    p[0].maxMemoryFillPatternSize = cfg.max_fill;
    p[0].numQueues = 1;
    if (*pCount > 1) {
        p[1].flags = ZE_COMMAND_QUEUE_GROUP_PROPERTY_FLAG_COPY;
        p[1].maxMemoryFillPatternSize = 4;
        p[1].numQueues = 2;
    }
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

static bool same_driver(ze_device_handle_t a, ze_device_handle_t b)
{
    return a->driver == b->driver;
}

static bool p2p_access_flag(ze_device_handle_t a, ze_device_handle_t b)
{
    return a == b || (same_driver(a, b) && pair_in(&cfg.p2p, a->index, b->index));
}

static bool can_access_peer(ze_device_handle_t a, ze_device_handle_t b)
{
    if (a == b)
        return true; /* the specification: a device can access itself */
    if (!same_driver(a, b))
        return false;
    return cfg.canaccess_set ? pair_in(&cfg.canaccess, a->index, b->index)
                             : pair_in(&cfg.p2p, a->index, b->index);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeDeviceGetP2PProperties(ze_device_handle_t hDevice,
                                                             ze_device_handle_t hPeerDevice,
                                                             ze_device_p2p_properties_t *p)
{
    FZ_ENTER("zeDeviceGetP2PProperties");
    FZ_CHECK_HANDLE(hDevice, FZ_MAGIC_DEVICE);
    FZ_CHECK_HANDLE(hPeerDevice, FZ_MAGIC_DEVICE);
    FZ_CHECK_PTR(p);
    FZ_CHECK_STYPE(p, ZE_STRUCTURE_TYPE_DEVICE_P2P_PROPERTIES);
    p->flags = 0;
    if (p2p_access_flag(hDevice, hPeerDevice))
        p->flags |= ZE_DEVICE_P2P_PROPERTY_FLAG_ACCESS;
    if (hDevice == hPeerDevice || (same_driver(hDevice, hPeerDevice) &&
                                   pair_in(&cfg.atomics, hDevice->index, hPeerDevice->index)))
        p->flags |= ZE_DEVICE_P2P_PROPERTY_FLAG_ATOMICS;
    for (ze_base_properties_t *ext = p->pNext; ext != NULL; ext = ext->pNext) {
        if (ext->stype != ZE_STRUCTURE_TYPE_DEVICE_P2P_BANDWIDTH_EXP_PROPERTIES)
            continue;
        if (!cfg.bandwidth_set)
            continue; /* a driver without the extension leaves it alone */
        ze_device_p2p_bandwidth_exp_properties_t *bw =
            (ze_device_p2p_bandwidth_exp_properties_t *)ext;
        uint32_t v = same_driver(hDevice, hPeerDevice) &&
                             pair_in(&cfg.bandwidth, hDevice->index, hPeerDevice->index)
                         ? cfg.bandwidth.value[hDevice->index][hPeerDevice->index]
                         : 0;
        bw->logicalBandwidth = v;
        bw->physicalBandwidth = v;
        bw->bandwidthUnit =
            v != 0 ? ZE_BANDWIDTH_UNIT_BYTES_PER_NANOSEC : ZE_BANDWIDTH_UNIT_UNKNOWN;
        bw->logicalLatency = v != 0 ? 1 : 0;
        bw->physicalLatency = v != 0 ? 1 : 0;
        bw->latencyUnit = v != 0 ? ZE_LATENCY_UNIT_HOP : ZE_LATENCY_UNIT_UNKNOWN;
    }
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeDeviceCanAccessPeer(ze_device_handle_t hDevice,
                                                          ze_device_handle_t hPeerDevice,
                                                          ze_bool_t *value)
{
    FZ_ENTER("zeDeviceCanAccessPeer");
    FZ_CHECK_HANDLE(hDevice, FZ_MAGIC_DEVICE);
    FZ_CHECK_HANDLE(hPeerDevice, FZ_MAGIC_DEVICE);
    FZ_CHECK_PTR(value);
    *value = can_access_peer(hDevice, hPeerDevice) ? 1 : 0;
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeDevicePciGetPropertiesExt(ze_device_handle_t hDevice,
                                                                ze_pci_ext_properties_t *p)
{
    FZ_ENTER("zeDevicePciGetPropertiesExt");
    FZ_CHECK_HANDLE(hDevice, FZ_MAGIC_DEVICE);
    FZ_CHECK_PTR(p);
    FZ_CHECK_STYPE(p, ZE_STRUCTURE_TYPE_PCI_EXT_PROPERTIES);
    if (!cfg.pci_ok)
        FZ_RETURN(ZE_RESULT_ERROR_UNSUPPORTED_FEATURE);
    p->address.domain = 0;
    p->address.bus = 0x18u + 0x20u * hDevice->driver + hDevice->index;
    p->address.device = 0;
    p->address.function = 0;
    p->maxSpeed.genVersion = 5;
    p->maxSpeed.width = 16;
    p->maxSpeed.maxBandwidth = 63000000000ll;
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

/* ---- Contexts ------------------------------------------------------------------------------- */

ZE_APIEXPORT ze_result_t ZE_APICALL zeContextCreate(ze_driver_handle_t hDriver,
                                                    const ze_context_desc_t *desc,
                                                    ze_context_handle_t *phContext)
{
    struct _ze_context_handle_t *c;

    FZ_ENTER("zeContextCreate");
    FZ_CHECK_HANDLE(hDriver, FZ_MAGIC_DRIVER);
    FZ_CHECK_PTR(desc);
    FZ_CHECK_PTR(phContext);
    FZ_CHECK_STYPE(desc, ZE_STRUCTURE_TYPE_CONTEXT_DESC);
    c = calloc(1, sizeof(*c));
    if (c == NULL)
        FZ_RETURN(ZE_RESULT_ERROR_OUT_OF_HOST_MEMORY);
    c->magic = FZ_MAGIC_CONTEXT;
    c->driver = hDriver->index;
    *phContext = c;
    bump("live_contexts", 1);
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeContextDestroy(ze_context_handle_t hContext)
{
    FZ_ENTER("zeContextDestroy");
    FZ_CHECK_HANDLE(hContext, FZ_MAGIC_CONTEXT);
    for (struct fz_alloc *a = allocs; a != NULL; a = a->next)
        if (a->ctx == hContext)
            violation("zeContextDestroy: allocation %p of %zu bytes not freed", (void *)a->base,
                      a->size);
    hContext->magic = 0;
    free(hContext);
    bump("live_contexts", -1);
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

/* ---- Memory --------------------------------------------------------------------------------- */

static struct fz_alloc *find_alloc(const void *p)
{
    for (struct fz_alloc *a = allocs; a != NULL; a = a->next)
        if ((const char *)p >= a->base && (const char *)p < a->base + a->size)
            return a;
    return NULL;
}

static ze_result_t do_alloc(ze_context_handle_t ctx, ze_memory_type_t type, ze_device_handle_t dev,
                            size_t size, size_t alignment, void **pptr)
{
    struct fz_alloc *a;
    size_t rounded;

    if (size == 0)
        return ZE_RESULT_ERROR_UNSUPPORTED_SIZE;
    if (alignment != 0 && (alignment & (alignment - 1)) != 0)
        return ZE_RESULT_ERROR_UNSUPPORTED_ALIGNMENT;
    if (alignment < 64)
        alignment = 64;
    if (dev != NULL) {
        if (size > cfg.mem / 2)
            return ZE_RESULT_ERROR_UNSUPPORTED_SIZE;
        if (dev->mem_used + size > cfg.mem)
            return ZE_RESULT_ERROR_OUT_OF_DEVICE_MEMORY;
    }
    a = calloc(1, sizeof(*a));
    if (a == NULL)
        return ZE_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    rounded = (size + alignment - 1) / alignment * alignment;
    a->base = aligned_alloc(alignment, rounded);
    if (a->base == NULL) {
        free(a);
        return ZE_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    }
    /* Fresh memory is garbage, as on a device. */
    memset(a->base, 0xA5, rounded);
    a->size = size;
    a->type = type;
    a->dev = dev;
    a->ctx = ctx;
    a->id = next_alloc_id++;
    a->next = allocs;
    allocs = a;
    if (dev != NULL)
        dev->mem_used += size;
    bump("live_allocations", 1);
    *pptr = a->base;
    return ZE_RESULT_SUCCESS;
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeMemAllocDevice(ze_context_handle_t hContext,
                                                     const ze_device_mem_alloc_desc_t *desc,
                                                     size_t size, size_t alignment,
                                                     ze_device_handle_t hDevice, void **pptr)
{
    FZ_ENTER("zeMemAllocDevice");
    FZ_CHECK_HANDLE(hContext, FZ_MAGIC_CONTEXT);
    FZ_CHECK_HANDLE(hDevice, FZ_MAGIC_DEVICE);
    FZ_CHECK_PTR(desc);
    FZ_CHECK_PTR(pptr);
    FZ_CHECK_STYPE(desc, ZE_STRUCTURE_TYPE_DEVICE_MEM_ALLOC_DESC);
    if (hDevice->driver != hContext->driver) {
        violation("zeMemAllocDevice: device of another driver");
        FZ_RETURN(ZE_RESULT_ERROR_INVALID_ARGUMENT);
    }
    FZ_RETURN(do_alloc(hContext, ZE_MEMORY_TYPE_DEVICE, hDevice, size, alignment, pptr));
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeMemAllocHost(ze_context_handle_t hContext,
                                                   const ze_host_mem_alloc_desc_t *desc,
                                                   size_t size, size_t alignment, void **pptr)
{
    FZ_ENTER("zeMemAllocHost");
    FZ_CHECK_HANDLE(hContext, FZ_MAGIC_CONTEXT);
    FZ_CHECK_PTR(desc);
    FZ_CHECK_PTR(pptr);
    FZ_CHECK_STYPE(desc, ZE_STRUCTURE_TYPE_HOST_MEM_ALLOC_DESC);
    FZ_RETURN(do_alloc(hContext, ZE_MEMORY_TYPE_HOST, NULL, size, alignment, pptr));
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeMemFree(ze_context_handle_t hContext, void *ptr)
{
    FZ_ENTER("zeMemFree");
    FZ_CHECK_HANDLE(hContext, FZ_MAGIC_CONTEXT);
    FZ_CHECK_PTR(ptr);
    for (struct fz_alloc **pp = &allocs; *pp != NULL; pp = &(*pp)->next) {
        struct fz_alloc *a = *pp;
        if (a->base != ptr)
            continue;
        if (a->ctx != hContext) {
            violation("zeMemFree: %p belongs to another context", ptr);
            FZ_RETURN(ZE_RESULT_ERROR_INVALID_ARGUMENT);
        }
        *pp = a->next;
        if (a->dev != NULL)
            a->dev->mem_used -= a->size;
        free(a->base);
        free(a);
        bump("live_allocations", -1);
        FZ_RETURN(ZE_RESULT_SUCCESS);
    }
    violation("zeMemFree: %p is not the base of an allocation", ptr);
    FZ_RETURN(ZE_RESULT_ERROR_INVALID_ARGUMENT);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeMemGetAllocProperties(ze_context_handle_t hContext,
                                                            const void *ptr,
                                                            ze_memory_allocation_properties_t *p,
                                                            ze_device_handle_t *phDevice)
{
    struct fz_alloc *a;

    FZ_ENTER("zeMemGetAllocProperties");
    FZ_CHECK_HANDLE(hContext, FZ_MAGIC_CONTEXT);
    FZ_CHECK_PTR(ptr);
    FZ_CHECK_PTR(p);
    FZ_CHECK_STYPE(p, ZE_STRUCTURE_TYPE_MEMORY_ALLOCATION_PROPERTIES);
    a = find_alloc(ptr);
    if (a == NULL || a->ctx != hContext) {
        p->type = ZE_MEMORY_TYPE_UNKNOWN;
        p->id = 0;
        p->pageSize = 0;
        if (phDevice != NULL)
            *phDevice = NULL;
        FZ_RETURN(ZE_RESULT_SUCCESS);
    }
    p->type = a->type;
    p->id = a->id;
    p->pageSize = a->type == ZE_MEMORY_TYPE_DEVICE ? 65536 : 4096;
    if (phDevice != NULL)
        *phDevice = a->dev;
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeMemGetAddressRange(ze_context_handle_t hContext,
                                                         const void *ptr, void **pBase,
                                                         size_t *pSize)
{
    struct fz_alloc *a;

    FZ_ENTER("zeMemGetAddressRange");
    FZ_CHECK_HANDLE(hContext, FZ_MAGIC_CONTEXT);
    FZ_CHECK_PTR(ptr);
    a = find_alloc(ptr);
    if (a == NULL || a->ctx != hContext)
        FZ_RETURN(ZE_RESULT_ERROR_INVALID_ARGUMENT);
    if (pBase != NULL)
        *pBase = a->base;
    if (pSize != NULL)
        *pSize = a->size;
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

/* ---- Events --------------------------------------------------------------------------------- */

ZE_APIEXPORT ze_result_t ZE_APICALL zeEventPoolCreate(ze_context_handle_t hContext,
                                                      const ze_event_pool_desc_t *desc,
                                                      uint32_t numDevices,
                                                      ze_device_handle_t *phDevices,
                                                      ze_event_pool_handle_t *phEventPool)
{
    struct _ze_event_pool_handle_t *pool;

    FZ_ENTER("zeEventPoolCreate");
    FZ_CHECK_HANDLE(hContext, FZ_MAGIC_CONTEXT);
    FZ_CHECK_PTR(desc);
    FZ_CHECK_PTR(phEventPool);
    FZ_CHECK_STYPE(desc, ZE_STRUCTURE_TYPE_EVENT_POOL_DESC);
    if (desc->count == 0 || (numDevices != 0 && phDevices == NULL)) {
        violation("zeEventPoolCreate: count %u, %u devices", desc->count, numDevices);
        FZ_RETURN(ZE_RESULT_ERROR_INVALID_SIZE);
    }
    pool = calloc(1, sizeof(*pool));
    if (pool == NULL)
        FZ_RETURN(ZE_RESULT_ERROR_OUT_OF_HOST_MEMORY);
    pool->events = calloc(desc->count, sizeof(*pool->events));
    if (pool->events == NULL) {
        free(pool);
        FZ_RETURN(ZE_RESULT_ERROR_OUT_OF_HOST_MEMORY);
    }
    pool->magic = FZ_MAGIC_POOL;
    pool->ctx = hContext;
    pool->flags = desc->flags;
    pool->count = desc->count;
    *phEventPool = pool;
    bump("live_pools", 1);
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeEventPoolDestroy(ze_event_pool_handle_t hEventPool)
{
    FZ_ENTER("zeEventPoolDestroy");
    FZ_CHECK_HANDLE(hEventPool, FZ_MAGIC_POOL);
    for (uint32_t i = 0; i < hEventPool->count; i++)
        if (hEventPool->events[i] != NULL)
            violation("zeEventPoolDestroy: event %u still alive", i);
    hEventPool->magic = 0;
    free(hEventPool->events);
    free(hEventPool);
    bump("live_pools", -1);
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeEventCreate(ze_event_pool_handle_t hEventPool,
                                                  const ze_event_desc_t *desc,
                                                  ze_event_handle_t *phEvent)
{
    struct _ze_event_handle_t *ev;

    FZ_ENTER("zeEventCreate");
    FZ_CHECK_HANDLE(hEventPool, FZ_MAGIC_POOL);
    FZ_CHECK_PTR(desc);
    FZ_CHECK_PTR(phEvent);
    FZ_CHECK_STYPE(desc, ZE_STRUCTURE_TYPE_EVENT_DESC);
    if (desc->index >= hEventPool->count || hEventPool->events[desc->index] != NULL) {
        violation("zeEventCreate: index %u (of %u) not free", desc->index, hEventPool->count);
        FZ_RETURN(ZE_RESULT_ERROR_INVALID_ARGUMENT);
    }
    ev = calloc(1, sizeof(*ev));
    if (ev == NULL)
        FZ_RETURN(ZE_RESULT_ERROR_OUT_OF_HOST_MEMORY);
    ev->magic = FZ_MAGIC_EVENT;
    ev->pool = hEventPool;
    ev->index = desc->index;
    hEventPool->events[desc->index] = ev;
    *phEvent = ev;
    bump("live_events", 1);
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeEventDestroy(ze_event_handle_t hEvent)
{
    FZ_ENTER("zeEventDestroy");
    FZ_CHECK_HANDLE(hEvent, FZ_MAGIC_EVENT);
    hEvent->pool->events[hEvent->index] = NULL;
    hEvent->magic = 0;
    free(hEvent);
    bump("live_events", -1);
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeEventHostSynchronize(ze_event_handle_t hEvent,
                                                           uint64_t timeout)
{
    FZ_ENTER("zeEventHostSynchronize");
    FZ_CHECK_HANDLE(hEvent, FZ_MAGIC_EVENT);
    if (!(hEvent->pool->flags & ZE_EVENT_POOL_FLAG_HOST_VISIBLE))
        violation("zeEventHostSynchronize: event of a pool that is not host-visible");
    if (!hEvent->signalled) {
        /* Commands run when appended: nothing will ever signal this event. */
        if (timeout == UINT64_MAX)
            violation("zeEventHostSynchronize: waiting forever on an event nothing signals");
        FZ_RETURN(ZE_RESULT_NOT_READY);
    }
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeEventQueryStatus(ze_event_handle_t hEvent)
{
    FZ_ENTER("zeEventQueryStatus");
    FZ_CHECK_HANDLE(hEvent, FZ_MAGIC_EVENT);
    FZ_RETURN(hEvent->signalled ? ZE_RESULT_SUCCESS : ZE_RESULT_NOT_READY);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeEventHostReset(ze_event_handle_t hEvent)
{
    FZ_ENTER("zeEventHostReset");
    FZ_CHECK_HANDLE(hEvent, FZ_MAGIC_EVENT);
    hEvent->signalled = false;
    hEvent->ts_start = hEvent->ts_end = 0;
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeEventQueryKernelTimestamp(ze_event_handle_t hEvent,
                                                                ze_kernel_timestamp_result_t *dst)
{
    uint64_t mask = cfg.ts_bits >= 64 ? UINT64_MAX : (1ull << cfg.ts_bits) - 1;

    FZ_ENTER("zeEventQueryKernelTimestamp");
    FZ_CHECK_HANDLE(hEvent, FZ_MAGIC_EVENT);
    FZ_CHECK_PTR(dst);
    if (!(hEvent->pool->flags & ZE_EVENT_POOL_FLAG_KERNEL_TIMESTAMP)) {
        violation("zeEventQueryKernelTimestamp: pool without KERNEL_TIMESTAMP");
        FZ_RETURN(ZE_RESULT_ERROR_INVALID_ARGUMENT);
    }
    if (!hEvent->signalled)
        FZ_RETURN(ZE_RESULT_NOT_READY);
    dst->global.kernelStart = hEvent->ts_start & mask;
    dst->global.kernelEnd = hEvent->ts_end & mask;
    dst->context.kernelStart = hEvent->ts_start & mask;
    dst->context.kernelEnd = hEvent->ts_end & mask;
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

/* ---- Command lists -------------------------------------------------------------------------- */

ZE_APIEXPORT ze_result_t ZE_APICALL
zeCommandListCreateImmediate(ze_context_handle_t hContext, ze_device_handle_t hDevice,
                             const ze_command_queue_desc_t *desc, ze_command_list_handle_t *phList)
{
    struct _ze_command_list_handle_t *l;

    FZ_ENTER("zeCommandListCreateImmediate");
    FZ_CHECK_HANDLE(hContext, FZ_MAGIC_CONTEXT);
    FZ_CHECK_HANDLE(hDevice, FZ_MAGIC_DEVICE);
    FZ_CHECK_PTR(desc);
    FZ_CHECK_PTR(phList);
    FZ_CHECK_STYPE(desc, ZE_STRUCTURE_TYPE_COMMAND_QUEUE_DESC);
    if (desc->ordinal > 1 || (desc->ordinal == 0 && desc->index > 0) || desc->index > 1) {
        violation("zeCommandListCreateImmediate: ordinal %u index %u", desc->ordinal, desc->index);
        FZ_RETURN(ZE_RESULT_ERROR_INVALID_ARGUMENT);
    }
    if ((desc->flags & FZ_COMMAND_QUEUE_FLAG_IN_ORDER) && cfg.api_version < ZE_MAKE_VERSION(1, 7))
        violation("zeCommandListCreateImmediate: IN_ORDER flag on a driver of API < 1.7");
    l = calloc(1, sizeof(*l));
    if (l == NULL)
        FZ_RETURN(ZE_RESULT_ERROR_OUT_OF_HOST_MEMORY);
    l->magic = FZ_MAGIC_LIST;
    l->ctx = hContext;
    l->dev = hDevice;
    l->in_order = (desc->flags & FZ_COMMAND_QUEUE_FLAG_IN_ORDER) != 0;
    if (l->in_order)
        bump("in_order_lists", 1);
    *phList = l;
    bump("live_lists", 1);
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeCommandListDestroy(ze_command_list_handle_t hList)
{
    FZ_ENTER("zeCommandListDestroy");
    FZ_CHECK_HANDLE(hList, FZ_MAGIC_LIST);
    hList->magic = 0;
    free(hList);
    bump("live_lists", -1);
    FZ_RETURN(ZE_RESULT_SUCCESS);
}

/* The wait list: every event must be of the list's context and signalled already (commands run
 * when appended, so an unsignalled one would never be). */
static ze_result_t check_waits(ze_command_list_handle_t l, uint32_t n, ze_event_handle_t *waits,
                               const char *fn)
{
    if (n != 0 && waits == NULL) {
        violation("%s: %u wait events, NULL list", fn, n);
        return ZE_RESULT_ERROR_INVALID_NULL_POINTER;
    }
    for (uint32_t i = 0; i < n; i++) {
        if (waits[i] == NULL || waits[i]->magic != FZ_MAGIC_EVENT) {
            violation("%s: invalid wait event %u", fn, i);
            return ZE_RESULT_ERROR_INVALID_NULL_HANDLE;
        }
        if (waits[i]->pool->ctx != l->ctx) {
            violation("%s: wait event of another context", fn);
            return ZE_RESULT_ERROR_INVALID_ARGUMENT;
        }
        if (!waits[i]->signalled) {
            violation("%s: wait event %u never signalled", fn, i);
            return ZE_RESULT_ERROR_INVALID_SYNCHRONIZATION_OBJECT;
        }
    }
    return ZE_RESULT_SUCCESS;
}

static ze_result_t check_signal(ze_command_list_handle_t l, ze_event_handle_t ev, const char *fn)
{
    if (ev == NULL)
        return ZE_RESULT_SUCCESS;
    if (ev->magic != FZ_MAGIC_EVENT) {
        violation("%s: invalid signal event", fn);
        return ZE_RESULT_ERROR_INVALID_NULL_HANDLE;
    }
    if (ev->pool->ctx != l->ctx) {
        violation("%s: signal event of another context", fn);
        return ZE_RESULT_ERROR_INVALID_ARGUMENT;
    }
    if (ev->signalled) {
        violation("%s: signal event already signalled (not reset)", fn);
        return ZE_RESULT_ERROR_INVALID_SYNCHRONIZATION_OBJECT;
    }
    return ZE_RESULT_SUCCESS;
}

/* Run a command on the device's clock and signal its event. */
static void complete(ze_command_list_handle_t l, ze_event_handle_t ev, size_t bytes)
{
    uint64_t start = l->dev->clock + 1;
    uint64_t end = start + 1 + bytes / 4096;

    l->dev->clock = end;
    if (ev != NULL) {
        ev->signalled = true;
        ev->ts_start = start;
        ev->ts_end = end;
    }
}

/* A side of a copy or fill: tracked memory must be of the list's context and in bounds; device
 * memory of another device needs P2P access from the list's device. */
static ze_result_t check_range(ze_command_list_handle_t l, const void *p, size_t size,
                               const char *fn, const char *side)
{
    struct fz_alloc *a = find_alloc(p);

    if (a == NULL)
        return ZE_RESULT_SUCCESS; /* plain host memory */
    if (a->ctx != l->ctx) {
        violation("%s: %s is memory of another context", fn, side);
        return ZE_RESULT_ERROR_INVALID_ARGUMENT;
    }
    if ((const char *)p + size > a->base + a->size) {
        violation("%s: %s range [%p, +%zu) overruns its allocation of %zu bytes", fn, side, p, size,
                  a->size);
        return ZE_RESULT_ERROR_INVALID_SIZE;
    }
    if (a->dev != NULL && a->dev != l->dev &&
        !(p2p_access_flag(l->dev, a->dev) && can_access_peer(l->dev, a->dev)))
        bump("copies_without_p2p", 1);
    return ZE_RESULT_SUCCESS;
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeCommandListAppendBarrier(ze_command_list_handle_t hList,
                                                               ze_event_handle_t hSignalEvent,
                                                               uint32_t numWaitEvents,
                                                               ze_event_handle_t *phWaitEvents)
{
    ze_result_t r;

    FZ_ENTER("zeCommandListAppendBarrier");
    FZ_CHECK_HANDLE(hList, FZ_MAGIC_LIST);
    r = check_waits(hList, numWaitEvents, phWaitEvents, "zeCommandListAppendBarrier");
    if (r == ZE_RESULT_SUCCESS)
        r = check_signal(hList, hSignalEvent, "zeCommandListAppendBarrier");
    if (r == ZE_RESULT_SUCCESS)
        complete(hList, hSignalEvent, 0);
    FZ_RETURN(r);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeCommandListAppendMemoryCopy(
    ze_command_list_handle_t hList, void *dstptr, const void *srcptr, size_t size,
    ze_event_handle_t hSignalEvent, uint32_t numWaitEvents, ze_event_handle_t *phWaitEvents)
{
    const char *fn = "zeCommandListAppendMemoryCopy";
    ze_result_t r;

    FZ_ENTER("zeCommandListAppendMemoryCopy");
    FZ_CHECK_HANDLE(hList, FZ_MAGIC_LIST);
    FZ_CHECK_PTR(dstptr);
    FZ_CHECK_PTR(srcptr);
    r = check_waits(hList, numWaitEvents, phWaitEvents, fn);
    if (r == ZE_RESULT_SUCCESS)
        r = check_signal(hList, hSignalEvent, fn);
    if (r == ZE_RESULT_SUCCESS)
        r = check_range(hList, dstptr, size, fn, "dst");
    if (r == ZE_RESULT_SUCCESS)
        r = check_range(hList, srcptr, size, fn, "src");
    if (r == ZE_RESULT_SUCCESS && (const char *)dstptr < (const char *)srcptr + size &&
        (const char *)srcptr < (const char *)dstptr + size) {
        violation("%s: overlapping regions", fn);
        r = ZE_RESULT_ERROR_OVERLAPPING_REGIONS;
    }
    if (r == ZE_RESULT_SUCCESS) {
        memcpy(dstptr, srcptr, size);
        bump("bytes_copied", (int64_t)size);
        complete(hList, hSignalEvent, size);
    }
    FZ_RETURN(r);
}

ZE_APIEXPORT ze_result_t ZE_APICALL zeCommandListAppendMemoryFill(ze_command_list_handle_t hList,
                                                                  void *ptr, const void *pattern,
                                                                  size_t pattern_size, size_t size,
                                                                  ze_event_handle_t hSignalEvent,
                                                                  uint32_t numWaitEvents,
                                                                  ze_event_handle_t *phWaitEvents)
{
    const char *fn = "zeCommandListAppendMemoryFill";
    ze_result_t r;

    FZ_ENTER("zeCommandListAppendMemoryFill");
    FZ_CHECK_HANDLE(hList, FZ_MAGIC_LIST);
    FZ_CHECK_PTR(ptr);
    FZ_CHECK_PTR(pattern);
    if (pattern_size == 0 || (pattern_size & (pattern_size - 1)) != 0 ||
        pattern_size > cfg.max_fill) {
        violation("%s: pattern size %zu (a power of two up to %zu)", fn, pattern_size,
                  cfg.max_fill);
        FZ_RETURN(ZE_RESULT_ERROR_INVALID_SIZE);
    }
    if (size % pattern_size != 0) {
        violation("%s: size %zu not a multiple of the pattern size %zu", fn, size, pattern_size);
        FZ_RETURN(ZE_RESULT_ERROR_INVALID_SIZE);
    }
    r = check_waits(hList, numWaitEvents, phWaitEvents, fn);
    if (r == ZE_RESULT_SUCCESS)
        r = check_signal(hList, hSignalEvent, fn);
    if (r == ZE_RESULT_SUCCESS)
        r = check_range(hList, ptr, size, fn, "dst");
    if (r == ZE_RESULT_SUCCESS) {
        for (size_t off = 0; off < size; off += pattern_size)
            memcpy((char *)ptr + off, pattern, pattern_size);
        complete(hList, hSignalEvent, size);
    }
    FZ_RETURN(r);
}
