/* SPDX-License-Identifier: MIT */
/*
 * libfakecuda: a simulated multi-GPU CUDA driver for the CUDA adapter's tests (see fake_cuda.h).
 * One lock guards all state; the current-context stack is per thread.
 */
#include "fake_cuda.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define FC_EXPORT __attribute__((visibility("default")))

/* ---- CUDA values (NVIDIA CUDA Driver API reference) ---------------------------------------- */

typedef int fc_result;
enum {
    fcSuccess = 0,
    fcErrorInvalidValue = 1,
    fcErrorOutOfMemory = 2,
    fcErrorNotInitialized = 3,
    fcErrorNoDevice = 100,
    fcErrorInvalidDevice = 101,
    fcErrorInvalidContext = 201,
    fcErrorPeerAccessUnsupported = 217,
    fcErrorInvalidHandle = 400,
    fcErrorNotFound = 500,
    fcErrorNotReady = 600,
    fcErrorIllegalAddress = 700,
    fcErrorPeerAccessAlreadyEnabled = 704,
    fcErrorPeerAccessNotEnabled = 705,
    fcErrorTooManyPeers = 711,
    fcErrorLaunchFailed = 719,
    fcErrorNotSupported = 801,
    fcErrorUnknown = 999,
};

/* CUdevice_attribute values answered. */
enum {
    fcAttrMaxThreadsPerBlock = 1,
    fcAttrMaxBlockDimX = 2,
    fcAttrMaxBlockDimY = 3,
    fcAttrMaxBlockDimZ = 4,
    fcAttrMaxGridDimX = 5,
    fcAttrMaxGridDimY = 6,
    fcAttrMaxGridDimZ = 7,
    fcAttrMaxSharedMemoryPerBlock = 8,
    fcAttrTotalConstantMemory = 9,
    fcAttrWarpSize = 10,
    fcAttrClockRate = 13,
    fcAttrMultiprocessorCount = 16,
    fcAttrIntegrated = 18,
    fcAttrEccEnabled = 32,
    fcAttrMemoryClockRate = 36,
    fcAttrGlobalMemoryBusWidth = 37,
    fcAttrL2CacheSize = 38,
    fcAttrUnifiedAddressing = 41,
    fcAttrComputeCapabilityMajor = 75,
    fcAttrComputeCapabilityMinor = 76,
    fcAttrManagedMemory = 83,
    fcAttrHostNativeAtomicSupported = 86,
    fcAttrPageableMemoryAccess = 88,
    fcAttrConcurrentManagedAccess = 89,
};

/* CUdevice_P2PAttribute: numbered from 1. */
enum { fcP2PRank = 1, fcP2PAccess = 2, fcP2PAtomic = 3, fcP2PArrayAccess = 4 };

/* CUpointer_attribute answered, and CUmemorytype. */
enum {
    fcPtrContext = 1,
    fcPtrMemoryType = 2,
    fcPtrIsManaged = 8,
    fcPtrDeviceOrdinal = 9,
    fcPtrRangeStart = 11,
    fcPtrRangeSize = 12,
};
enum { fcMemHost = 1, fcMemDevice = 2 };

enum { fcStreamNonBlocking = 1, fcEventDisableTiming = 2 };
enum { fcProcSuccess = 0, fcProcSymbolNotFound = 1, fcProcVersionNotSufficient = 2 };

/* ---- State --------------------------------------------------------------------------------- */

#define FC_MAX_DEV 16
#define FC_CTX_RESERVED ((size_t)8 << 20) /* memory an active context takes */
#define FC_MAGIC_CTX 0xfc0c7e11u
#define FC_MAGIC_STREAM 0xfc057e11u
#define FC_MAGIC_EVENT 0xfc0e7e11u

struct fc_ctx {
    uint32_t magic;
    int dev;
    bool primary;
    bool active;
    uint64_t peers; /* devices whose memory this context may access */
    struct fc_ctx *next;
};

enum fc_op_kind { FC_OP_COPY, FC_OP_SET, FC_OP_RECORD };

struct fc_event;

struct fc_op {
    enum fc_op_kind kind;
    char *dst;
    const char *src;
    size_t n; /* copy */
    size_t pitch, elem, width, height;
    uint32_t value;
    struct fc_event *ev;
    struct fc_op *next;
};

struct fc_stream {
    uint32_t magic;
    struct fc_ctx *ctx;
    struct fc_op *head, *tail;
    struct fc_stream *next;
};

struct fc_event {
    uint32_t magic;
    struct fc_ctx *ctx;
    unsigned flags;
    bool ever_recorded;
    bool pending;
    bool queried;
    uint64_t t_ns;
    struct fc_stream *stream;
    struct fc_event *next;
};

struct fc_alloc {
    char *mem;
    size_t size;
    bool host;
    struct fc_ctx *ctx;
    struct fc_alloc *next;
};

static pthread_mutex_t fc_lock = PTHREAD_MUTEX_INITIALIZER;

static struct {
    bool initialised;
    int ndev;
    bool p2p[FC_MAX_DEV][FC_MAX_DEV];
    bool atomics[FC_MAX_DEV][FC_MAX_DEV];
    bool can_access[FC_MAX_DEV][FC_MAX_DEV]; /* cuDeviceCanAccessPeer */
    int rank[FC_MAX_DEV][FC_MAX_DEV];
    int max_peers;
    size_t memory;
    int version;
    bool no_getproc;
    bool async;
} cfg;

static struct fc_ctx primary[FC_MAX_DEV];
static int primary_refs[FC_MAX_DEV];
static size_t used[FC_MAX_DEV];
static struct fc_ctx *created; /* contexts of cuCtxCreate */
static struct fc_stream *streams;
static struct fc_event *events;
static struct fc_alloc *allocs;

static struct {
    unsigned long wrong_variant, stream_context_mismatch, no_current_context,
        free_with_pending_work, bytes_direct, bytes_staged, bytes_local, live_allocations,
        live_streams, live_events;
} counters;

/* The calling thread's context stack. */
#define FC_STACK 16
static _Thread_local struct fc_ctx *tls_stack[FC_STACK];
static _Thread_local int tls_depth;

static struct fc_ctx *fc_current(void)
{
    return tls_depth > 0 ? tls_stack[tls_depth - 1] : NULL;
}

/* ---- Calls: counts and faults -------------------------------------------------------------- */

/* clang-format off */
#define FC_NAMES(X) \
    X(cuInit) \
    X(cuDriverGetVersion) \
    X(cuDeviceGetCount) \
    X(cuDeviceGet) \
    X(cuDeviceGetName) \
    X(cuDeviceTotalMem_v2) \
    X(cuDeviceGetUuid) \
    X(cuDeviceGetUuid_v2) \
    X(cuDeviceGetPCIBusId) \
    X(cuDeviceGetAttribute) \
    X(cuDeviceCanAccessPeer) \
    X(cuDeviceGetP2PAttribute) \
    X(cuDevicePrimaryCtxRetain) \
    X(cuDevicePrimaryCtxRelease_v2) \
    X(cuDevicePrimaryCtxGetState) \
    X(cuCtxGetCurrent) \
    X(cuCtxSetCurrent) \
    X(cuCtxSynchronize) \
    X(cuCtxEnablePeerAccess) \
    X(cuCtxDisablePeerAccess) \
    X(cuCtxCreate_v2) \
    X(cuCtxDestroy_v2) \
    X(cuMemAlloc_v2) \
    X(cuMemFree_v2) \
    X(cuMemAllocHost_v2) \
    X(cuMemFreeHost) \
    X(cuMemGetInfo_v2) \
    X(cuPointerGetAttributes) \
    X(cuStreamCreate) \
    X(cuStreamDestroy_v2) \
    X(cuStreamSynchronize) \
    X(cuStreamWaitEvent) \
    X(cuEventCreate) \
    X(cuEventDestroy_v2) \
    X(cuEventRecord) \
    X(cuEventQuery) \
    X(cuEventSynchronize) \
    X(cuEventElapsedTime) \
    X(cuMemcpyAsync) \
    X(cuMemsetD8Async) \
    X(cuMemsetD16Async) \
    X(cuMemsetD32Async) \
    X(cuMemsetD2D8Async) \
    X(cuMemsetD2D16Async) \
    X(cuMemsetD2D32Async) \
    X(cuGetErrorName) \
    X(cuGetErrorString)
/* clang-format on */

struct fc_call {
    const char *name;
    unsigned long calls;
    unsigned fail_in; /* fail the call when this counts down to 0 */
    int fail_code;
};

#define FC_CALL_ROW(n) {#n, 0, 0, 0},
static struct fc_call calls[] = {FC_NAMES(FC_CALL_ROW)};
#define FC_NCALLS (sizeof calls / sizeof calls[0])

static struct fc_call *fc_call_find(const char *name)
{
    for (size_t i = 0; i < FC_NCALLS; i++)
        if (strcmp(calls[i].name, name) == 0)
            return &calls[i];
    return NULL;
}

/* Called with the lock held at the start of every entry point. */
static fc_result fc_enter(const char *name)
{
    struct fc_call *c = fc_call_find(name);

    if (c) {
        c->calls++;
        if (c->fail_in > 0 && --c->fail_in == 0)
            return c->fail_code;
    }
    if (!cfg.initialised && strcmp(name, "cuInit") != 0 && strcmp(name, "cuGetErrorName") != 0 &&
        strcmp(name, "cuGetErrorString") != 0 && strcmp(name, "cuDriverGetVersion") != 0)
        return fcErrorNotInitialized;
    return fcSuccess;
}

/* Define an exported entry point: it takes the lock, counts the call, applies faults. */
#define FC_ENTRY(sym, params, args)                                                                \
    static fc_result sym##_impl params;                                                            \
    FC_EXPORT fc_result sym params;                                                                \
    FC_EXPORT fc_result sym params                                                                 \
    {                                                                                              \
        pthread_mutex_lock(&fc_lock);                                                              \
        fc_result r_ = fc_enter(#sym);                                                             \
        if (r_ == fcSuccess)                                                                       \
            r_ = sym##_impl args;                                                                  \
        pthread_mutex_unlock(&fc_lock);                                                            \
        return r_;                                                                                 \
    }                                                                                              \
    static fc_result sym##_impl params

/* ---- Configuration ------------------------------------------------------------------------- */

static int env_int(const char *name, int dflt)
{
    const char *v = getenv(name);
    return v && *v ? atoi(v) : dflt;
}

/* "a-b,c-d[:v]": calls set(a, b, v) for each pair; v is 1 where absent. */
static void parse_pairs(const char *spec, void (*set)(int, int, int))
{
    const char *p = spec;
    while (p && *p) {
        int a = -1, b = -1, v = 1, used_chars = 0;
        if (sscanf(p, "%d-%d%n", &a, &b, &used_chars) < 2)
            break;
        p += used_chars;
        if (*p == ':') {
            v = atoi(p + 1);
            while (*p && *p != ',')
                p++;
        }
        if (a >= 0 && b >= 0 && a < FC_MAX_DEV && b < FC_MAX_DEV)
            set(a, b, v);
        if (*p == ',')
            p++;
    }
}

static void set_p2p(int a, int b, int v)
{
    cfg.p2p[a][b] = v != 0;
}
static void set_can_access(int a, int b, int v)
{
    cfg.can_access[a][b] = v != 0;
}
static void set_atomics(int a, int b, int v)
{
    cfg.atomics[a][b] = v != 0;
}
static void set_rank(int a, int b, int v)
{
    cfg.rank[a][b] = v;
}

static void parse_faults(const char *spec)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s", spec ? spec : "");
    for (char *save = NULL, *tok = strtok_r(buf, ",", &save); tok;
         tok = strtok_r(NULL, ",", &save)) {
        char name[64];
        unsigned nth = 0;
        int code = 0;
        if (sscanf(tok, "%63[^:]:%u:%d", name, &nth, &code) == 3) {
            struct fc_call *c = fc_call_find(name);
            if (c) {
                c->fail_in = nth;
                c->fail_code = code;
            }
        }
    }
}

static void fc_configure(void)
{
    cfg.ndev = env_int("FAKE_CUDA_DEVICES", 2);
    if (cfg.ndev > FC_MAX_DEV)
        cfg.ndev = FC_MAX_DEV;
    cfg.max_peers = env_int("FAKE_CUDA_MAX_PEERS", 8);
    cfg.memory = (size_t)env_int("FAKE_CUDA_MEMORY_MB", 256) << 20;
    cfg.version = env_int("FAKE_CUDA_VERSION", 12040);
    cfg.no_getproc = env_int("FAKE_CUDA_NO_GETPROC", 0) != 0;
    cfg.async = env_int("FAKE_CUDA_ASYNC", 0) != 0;
    const char *p2p = getenv("FAKE_CUDA_P2P");
    const char *atomics = getenv("FAKE_CUDA_ATOMICS");
    for (int a = 0; a < FC_MAX_DEV; a++)
        for (int b = 0; b < FC_MAX_DEV; b++)
            cfg.p2p[a][b] = p2p == NULL && a != b;
    if (p2p)
        parse_pairs(p2p, set_p2p);
    for (int a = 0; a < FC_MAX_DEV; a++) {
        for (int b = 0; b < FC_MAX_DEV; b++) {
            cfg.p2p[a][a] = false;
            cfg.atomics[a][b] = atomics == NULL && cfg.p2p[a][b];
            cfg.rank[a][b] = cfg.p2p[a][b] ? 1 : 0;
        }
    }
    if (atomics)
        parse_pairs(atomics, set_atomics);
    for (int a = 0; a < FC_MAX_DEV; a++)
        for (int b = 0; b < FC_MAX_DEV; b++)
            cfg.can_access[a][b] = getenv("FAKE_CUDA_CANACCESS") == NULL && cfg.p2p[a][b];
    if (getenv("FAKE_CUDA_CANACCESS"))
        parse_pairs(getenv("FAKE_CUDA_CANACCESS"), set_can_access);
    if (getenv("FAKE_CUDA_RANKS"))
        parse_pairs(getenv("FAKE_CUDA_RANKS"), set_rank);
    parse_faults(getenv("FAKE_CUDA_FAULTS"));
}

/* ---- Helpers (lock held) ------------------------------------------------------------------- */

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static bool ctx_valid(const struct fc_ctx *c)
{
    if (c == NULL || c->magic != FC_MAGIC_CTX || !c->active)
        return false;
    if (c >= primary && c < primary + FC_MAX_DEV)
        return true;
    for (const struct fc_ctx *k = created; k; k = k->next)
        if (k == c)
            return true;
    return false;
}

static struct fc_stream *stream_find(const void *h)
{
    for (struct fc_stream *s = streams; s; s = s->next)
        if (s == h && s->magic == FC_MAGIC_STREAM)
            return s;
    return NULL;
}

static struct fc_event *event_find(const void *h)
{
    for (struct fc_event *e = events; e; e = e->next)
        if (e == h && e->magic == FC_MAGIC_EVENT)
            return e;
    return NULL;
}

static struct fc_alloc *alloc_containing(const void *p)
{
    const char *c = p;
    for (struct fc_alloc *a = allocs; a; a = a->next)
        if (c >= a->mem && c < a->mem + a->size)
            return a;
    return NULL;
}

/* [p, p + n) inside one allocation (or wholly outside all of them: pageable host memory). */
static bool range_ok(const void *p, size_t n, struct fc_alloc **out)
{
    struct fc_alloc *a = alloc_containing(p);
    *out = a;
    if (a == NULL)
        return alloc_containing((const char *)p + n - 1) == NULL;
    return (size_t)((const char *)p - a->mem) + n <= a->size;
}

static void op_run(struct fc_stream *s, struct fc_op *op)
{
    switch (op->kind) {
    case FC_OP_COPY: {
        struct fc_alloc *da = alloc_containing(op->dst), *sa = alloc_containing(op->src);
        if (da && sa && !da->host && !sa->host && da->ctx->dev != sa->ctx->dev) {
            int other = da->ctx->dev == s->ctx->dev ? sa->ctx->dev : da->ctx->dev;
            if (s->ctx->peers & (UINT64_C(1) << other))
                counters.bytes_direct += op->n;
            else
                counters.bytes_staged += op->n;
        } else {
            counters.bytes_local += op->n;
        }
        memmove(op->dst, op->src, op->n);
        break;
    }
    case FC_OP_SET:
        for (size_t h = 0; h < op->height; h++) {
            for (size_t w = 0; w < op->width; w++) {
                char *d = op->dst + h * op->pitch + w * op->elem;
                uint8_t v8 = (uint8_t)op->value;
                uint16_t v16 = (uint16_t)op->value;
                uint32_t v32 = op->value;
                memcpy(d,
                       op->elem == 1   ? (void *)&v8
                       : op->elem == 2 ? (void *)&v16
                                       : (void *)&v32,
                       op->elem);
            }
        }
        break;
    case FC_OP_RECORD:
        op->ev->pending = false;
        op->ev->t_ns = now_ns();
        break;
    }
}

/* Run s's queued work, up to and including the record of `until` (all of it if NULL). */
static void stream_run(struct fc_stream *s, const struct fc_event *until)
{
    while (s->head) {
        struct fc_op *op = s->head;
        s->head = op->next;
        if (!s->head)
            s->tail = NULL;
        bool stop = op->kind == FC_OP_RECORD && op->ev == until;
        op_run(s, op);
        free(op);
        if (stop)
            return;
    }
}

static void run_all_streams(void)
{
    for (struct fc_stream *s = streams; s; s = s->next)
        stream_run(s, NULL);
}

/* Queue (or, synchronously, run) one operation on s. */
static fc_result stream_push(struct fc_stream *s, struct fc_op *tmpl, bool sync)
{
    struct fc_op *op = malloc(sizeof *op);
    if (!op)
        return fcErrorOutOfMemory;
    *op = *tmpl;
    op->next = NULL;
    if (fc_current() != s->ctx)
        counters.stream_context_mismatch++;
    if (!cfg.async || sync) {
        stream_run(s, NULL);
        op_run(s, op);
        free(op);
        return fcSuccess;
    }
    if (s->tail)
        s->tail->next = op;
    else
        s->head = op;
    s->tail = op;
    return fcSuccess;
}

/* Does queued work touch [p, p + n)? */
static bool pending_uses(const char *p, size_t n)
{
    for (struct fc_stream *s = streams; s; s = s->next) {
        for (struct fc_op *op = s->head; op; op = op->next) {
            if (op->kind == FC_OP_RECORD)
                continue;
            size_t len = op->kind == FC_OP_COPY
                             ? op->n
                             : (op->height - 1) * op->pitch + op->width * op->elem;
            if (op->dst < p + n && p < op->dst + len)
                return true;
            if (op->kind == FC_OP_COPY && op->src < p + n && p < op->src + op->n)
                return true;
        }
    }
    return false;
}

static void free_alloc(struct fc_alloc *a)
{
    for (struct fc_alloc **pp = &allocs; *pp; pp = &(*pp)->next) {
        if (*pp == a) {
            *pp = a->next;
            break;
        }
    }
    if (!a->host)
        used[a->ctx->dev] -= a->size;
    free(a->mem);
    free(a);
    counters.live_allocations--;
}

/* A context goes away: its work runs, its streams, events and memory are freed, peer access to
 * and from it ends. */
static void ctx_deactivate(struct fc_ctx *c)
{
    run_all_streams();
    for (struct fc_stream **pp = &streams; *pp;) {
        struct fc_stream *s = *pp;
        if (s->ctx == c) {
            *pp = s->next;
            s->magic = 0;
            free(s);
            counters.live_streams--;
        } else {
            pp = &s->next;
        }
    }
    for (struct fc_event **pp = &events; *pp;) {
        struct fc_event *e = *pp;
        if (e->ctx == c) {
            *pp = e->next;
            e->magic = 0;
            free(e);
            counters.live_events--;
        } else {
            pp = &e->next;
        }
    }
    for (struct fc_alloc *a = allocs, *next; a; a = next) {
        next = a->next;
        if (a->ctx == c)
            free_alloc(a);
    }
    if (c->primary)
        for (int d = 0; d < FC_MAX_DEV; d++)
            primary[d].peers &= ~(UINT64_C(1) << c->dev);
    c->peers = 0;
    c->active = false;
    used[c->dev] -= FC_CTX_RESERVED;
}

/* The current context, or NULL (counted: a call that needed one). */
static struct fc_ctx *need_current(void)
{
    struct fc_ctx *c = fc_current();
    if (!ctx_valid(c)) {
        counters.no_current_context++;
        return NULL;
    }
    return c;
}

/* ---- Initialisation, devices --------------------------------------------------------------- */

FC_ENTRY(cuInit, (unsigned int flags), (flags))
{
    int code = env_int("FAKE_CUDA_INIT_ERROR", 0);
    if (flags != 0)
        return fcErrorInvalidValue;
    if (code != 0)
        return code;
    if (!cfg.initialised) {
        fc_configure();
        if (cfg.ndev <= 0)
            return fcErrorNoDevice;
        cfg.initialised = true;
    }
    return fcSuccess;
}

FC_ENTRY(cuDriverGetVersion, (int *version), (version))
{
    if (!version)
        return fcErrorInvalidValue;
    *version = env_int("FAKE_CUDA_VERSION", 12040);
    return fcSuccess;
}

FC_ENTRY(cuDeviceGetCount, (int *count), (count))
{
    if (!count)
        return fcErrorInvalidValue;
    *count = cfg.ndev;
    return fcSuccess;
}

static bool dev_ok(int d)
{
    return d >= 0 && d < cfg.ndev;
}

FC_ENTRY(cuDeviceGet, (int *device, int ordinal), (device, ordinal))
{
    if (!device)
        return fcErrorInvalidValue;
    if (!dev_ok(ordinal))
        return fcErrorInvalidDevice;
    *device = ordinal;
    return fcSuccess;
}

FC_ENTRY(cuDeviceGetName, (char *name, int len, int dev), (name, len, dev))
{
    if (!name || len <= 0)
        return fcErrorInvalidValue;
    if (!dev_ok(dev))
        return fcErrorInvalidDevice;
    snprintf(name, (size_t)len, "Fake CUDA GPU %d", dev);
    return fcSuccess;
}

FC_ENTRY(cuDeviceTotalMem_v2, (size_t * bytes, int dev), (bytes, dev))
{
    if (!bytes)
        return fcErrorInvalidValue;
    if (!dev_ok(dev))
        return fcErrorInvalidDevice;
    *bytes = cfg.memory;
    return fcSuccess;
}

static fc_result uuid_of(char *uuid, int dev)
{
    if (!uuid)
        return fcErrorInvalidValue;
    if (!dev_ok(dev))
        return fcErrorInvalidDevice;
    memcpy(uuid, "fake-cuda-uuid-", 15);
    uuid[15] = (char)('A' + dev);
    return fcSuccess;
}

FC_ENTRY(cuDeviceGetUuid_v2, (char *uuid, int dev), (uuid, dev))
{
    return uuid_of(uuid, dev);
}

FC_ENTRY(cuDeviceGetUuid, (char *uuid, int dev), (uuid, dev))
{
    return uuid_of(uuid, dev);
}

FC_ENTRY(cuDeviceGetPCIBusId, (char *id, int len, int dev), (id, len, dev))
{
    if (!id || len <= 0)
        return fcErrorInvalidValue;
    if (!dev_ok(dev))
        return fcErrorInvalidDevice;
    /* Upper-case hexadecimal, as the driver writes it. */
    snprintf(id, (size_t)len, "0000:%02X:00.0", 0x1A + dev);
    return fcSuccess;
}

FC_ENTRY(cuDeviceGetAttribute, (int *value, int attr, int dev), (value, attr, dev))
{
    if (!value)
        return fcErrorInvalidValue;
    if (!dev_ok(dev))
        return fcErrorInvalidDevice;
    switch (attr) {
    case fcAttrMaxThreadsPerBlock:
        *value = 1024;
        break;
    case fcAttrMaxBlockDimX:
    case fcAttrMaxBlockDimY:
        *value = 1024;
        break;
    case fcAttrMaxBlockDimZ:
        *value = 64;
        break;
    case fcAttrMaxGridDimX:
        *value = 2147483647;
        break;
    case fcAttrMaxGridDimY:
    case fcAttrMaxGridDimZ:
        *value = 65535;
        break;
    case fcAttrMaxSharedMemoryPerBlock:
        *value = 49152;
        break;
    case fcAttrTotalConstantMemory:
        *value = 65536;
        break;
    case fcAttrWarpSize:
        *value = 32;
        break;
    case fcAttrEccEnabled:
        *value = dev % 2 == 0; /* some devices with, some without */
        break;
    case fcAttrClockRate:
        *value = 1410000 + dev;
        break;
    case fcAttrMultiprocessorCount:
        *value = 108 + dev;
        break;
    case fcAttrIntegrated:
    case fcAttrHostNativeAtomicSupported:
        *value = 0;
        break;
    case fcAttrMemoryClockRate:
        *value = 1215000;
        break;
    case fcAttrGlobalMemoryBusWidth:
        *value = 5120;
        break;
    case fcAttrL2CacheSize:
        *value = 40 << 20;
        break;
    case fcAttrUnifiedAddressing:
    case fcAttrManagedMemory:
    case fcAttrConcurrentManagedAccess:
        *value = 1;
        break;
    case fcAttrComputeCapabilityMajor:
        *value = 8;
        break;
    case fcAttrComputeCapabilityMinor:
        *value = 0;
        break;
    case fcAttrPageableMemoryAccess:
        *value = dev % 2; /* some devices with, some without */
        break;
    default:
        return fcErrorInvalidValue;
    }
    return fcSuccess;
}

FC_ENTRY(cuDeviceCanAccessPeer, (int *can, int dev, int peer), (can, dev, peer))
{
    if (!can)
        return fcErrorInvalidValue;
    if (!dev_ok(dev) || !dev_ok(peer))
        return fcErrorInvalidDevice;
    *can = dev != peer && cfg.can_access[dev][peer];
    return fcSuccess;
}

FC_ENTRY(cuDeviceGetP2PAttribute, (int *value, int attr, int src, int dst), (value, attr, src, dst))
{
    if (!value)
        return fcErrorInvalidValue;
    if (!dev_ok(src) || !dev_ok(dst) || src == dst)
        return fcErrorInvalidDevice; /* "or if they represent the same device" */
    switch (attr) {
    case fcP2PRank:
        *value = cfg.rank[src][dst];
        break;
    case fcP2PAccess:
    case fcP2PArrayAccess:
        *value = cfg.p2p[src][dst];
        break;
    case fcP2PAtomic:
        *value = cfg.atomics[src][dst];
        break;
    default:
        return fcErrorInvalidValue;
    }
    return fcSuccess;
}

/* ---- Contexts ------------------------------------------------------------------------------ */

FC_ENTRY(cuDevicePrimaryCtxRetain, (struct fc_ctx * *pctx, int dev), (pctx, dev))
{
    if (!pctx)
        return fcErrorInvalidValue;
    if (!dev_ok(dev))
        return fcErrorInvalidDevice;
    struct fc_ctx *c = &primary[dev];
    if (primary_refs[dev]++ == 0) {
        if (used[dev] + FC_CTX_RESERVED > cfg.memory) {
            primary_refs[dev]--;
            return fcErrorOutOfMemory;
        }
        used[dev] += FC_CTX_RESERVED;
        c->magic = FC_MAGIC_CTX;
        c->dev = dev;
        c->primary = true;
        c->active = true;
        c->peers = 0;
    }
    *pctx = c;
    return fcSuccess;
}

FC_ENTRY(cuDevicePrimaryCtxRelease_v2, (int dev), (dev))
{
    if (!dev_ok(dev))
        return fcErrorInvalidDevice;
    if (primary_refs[dev] == 0)
        return fcErrorInvalidContext;
    if (--primary_refs[dev] == 0)
        ctx_deactivate(&primary[dev]);
    return fcSuccess;
}

FC_ENTRY(cuDevicePrimaryCtxGetState, (int dev, unsigned *flags, int *active), (dev, flags, active))
{
    if (!flags || !active)
        return fcErrorInvalidValue;
    if (!dev_ok(dev))
        return fcErrorInvalidDevice;
    *flags = 0;
    *active = primary_refs[dev] > 0;
    return fcSuccess;
}

FC_ENTRY(cuCtxCreate_v2, (struct fc_ctx * *pctx, unsigned flags, int dev), (pctx, flags, dev))
{
    (void)flags;
    if (!pctx)
        return fcErrorInvalidValue;
    if (!dev_ok(dev))
        return fcErrorInvalidDevice;
    if (tls_depth == FC_STACK)
        return fcErrorUnknown;
    struct fc_ctx *c = calloc(1, sizeof *c);
    if (!c)
        return fcErrorOutOfMemory;
    c->magic = FC_MAGIC_CTX;
    c->dev = dev;
    c->active = true;
    c->next = created;
    created = c;
    used[dev] += FC_CTX_RESERVED;
    tls_stack[tls_depth++] = c;
    *pctx = c;
    return fcSuccess;
}

FC_ENTRY(cuCtxDestroy_v2, (struct fc_ctx * c), (c))
{
    if (!ctx_valid(c) || c->primary)
        return fcErrorInvalidContext;
    ctx_deactivate(c);
    for (struct fc_ctx **pp = &created; *pp; pp = &(*pp)->next) {
        if (*pp == c) {
            *pp = c->next;
            break;
        }
    }
    if (fc_current() == c)
        tls_depth--;
    c->magic = 0;
    free(c);
    return fcSuccess;
}

FC_ENTRY(cuCtxGetCurrent, (struct fc_ctx * *pctx), (pctx))
{
    if (!pctx)
        return fcErrorInvalidValue;
    *pctx = fc_current();
    return fcSuccess;
}

FC_ENTRY(cuCtxSetCurrent, (struct fc_ctx * c), (c))
{
    if (c == NULL) {
        if (tls_depth > 0)
            tls_depth--;
        return fcSuccess;
    }
    if (!ctx_valid(c))
        return fcErrorInvalidContext;
    if (tls_depth == 0)
        tls_stack[tls_depth++] = c;
    else
        tls_stack[tls_depth - 1] = c;
    return fcSuccess;
}

FC_ENTRY(cuCtxSynchronize, (void), ())
{
    struct fc_ctx *c = need_current();
    if (!c)
        return fcErrorInvalidContext;
    for (struct fc_stream *s = streams; s; s = s->next)
        if (s->ctx == c)
            stream_run(s, NULL);
    return fcSuccess;
}

FC_ENTRY(cuCtxEnablePeerAccess, (struct fc_ctx * peer, unsigned flags), (peer, flags))
{
    struct fc_ctx *c = need_current();
    if (!c || !ctx_valid(peer) || peer == c)
        return fcErrorInvalidContext;
    if (flags != 0)
        return fcErrorInvalidValue;
    if (!cfg.p2p[c->dev][peer->dev])
        return fcErrorPeerAccessUnsupported;
    if (c->peers & (UINT64_C(1) << peer->dev))
        return fcErrorPeerAccessAlreadyEnabled;
    if (__builtin_popcountll(c->peers) >= cfg.max_peers)
        return fcErrorTooManyPeers;
    c->peers |= UINT64_C(1) << peer->dev;
    return fcSuccess;
}

FC_ENTRY(cuCtxDisablePeerAccess, (struct fc_ctx * peer), (peer))
{
    struct fc_ctx *c = need_current();
    if (!c || !ctx_valid(peer))
        return fcErrorInvalidContext;
    if (!(c->peers & (UINT64_C(1) << peer->dev)))
        return fcErrorPeerAccessNotEnabled;
    c->peers &= ~(UINT64_C(1) << peer->dev);
    return fcSuccess;
}

/* ---- Memory -------------------------------------------------------------------------------- */

static fc_result alloc_new(bool host, size_t size, void **out)
{
    struct fc_ctx *c = need_current();
    if (!c)
        return fcErrorInvalidContext;
    if (size == 0)
        return fcErrorInvalidValue;
    if (!host && (size > cfg.memory || used[c->dev] + size > cfg.memory))
        return fcErrorOutOfMemory;
    size_t align = host ? 4096 : 256;
    struct fc_alloc *a = calloc(1, sizeof *a);
    void *mem = NULL;
    if (!a || posix_memalign(&mem, align, size) != 0) {
        free(a);
        return fcErrorOutOfMemory;
    }
    a->mem = mem;
    a->size = size;
    a->host = host;
    a->ctx = c;
    a->next = allocs;
    allocs = a;
    if (!host)
        used[c->dev] += size;
    counters.live_allocations++;
    *out = mem;
    return fcSuccess;
}

static fc_result alloc_free(bool host, void *p)
{
    struct fc_alloc *a = alloc_containing(p);
    if (!a || a->mem != p || a->host != host)
        return fcErrorInvalidValue;
    if (pending_uses(a->mem, a->size)) {
        counters.free_with_pending_work++;
        run_all_streams();
    }
    free_alloc(a);
    return fcSuccess;
}

FC_ENTRY(cuMemAlloc_v2, (unsigned long long *dptr, size_t size), (dptr, size))
{
    void *p = NULL;
    if (!dptr)
        return fcErrorInvalidValue;
    fc_result r = alloc_new(false, size, &p);
    if (r == fcSuccess)
        *dptr = (unsigned long long)(uintptr_t)p;
    return r;
}

FC_ENTRY(cuMemFree_v2, (unsigned long long dptr), (dptr))
{
    return alloc_free(false, (void *)(uintptr_t)dptr);
}

FC_ENTRY(cuMemAllocHost_v2, (void **pp, size_t size), (pp, size))
{
    if (!pp)
        return fcErrorInvalidValue;
    return alloc_new(true, size, pp);
}

FC_ENTRY(cuMemFreeHost, (void *p), (p))
{
    return alloc_free(true, p);
}

FC_ENTRY(cuMemGetInfo_v2, (size_t * free_bytes, size_t *total), (free_bytes, total))
{
    struct fc_ctx *c = need_current();
    if (!c)
        return fcErrorInvalidContext;
    if (!free_bytes || !total)
        return fcErrorInvalidValue;
    *total = cfg.memory;
    *free_bytes = cfg.memory - used[c->dev];
    return fcSuccess;
}

FC_ENTRY(cuPointerGetAttributes, (unsigned count, int *attrs, void **data, unsigned long long ptr),
         (count, attrs, data, ptr))
{
    if (count == 0 || !attrs || !data)
        return fcErrorInvalidValue;
    struct fc_alloc *a = alloc_containing((const void *)(uintptr_t)ptr);
    for (unsigned i = 0; i < count; i++) {
        if (!data[i])
            return fcErrorInvalidValue;
        switch (attrs[i]) {
        case fcPtrContext: {
            struct fc_ctx *c = a ? a->ctx : NULL;
            memcpy(data[i], &c, sizeof c);
            break;
        }
        case fcPtrMemoryType: {
            unsigned t = a ? (a->host ? fcMemHost : fcMemDevice) : 0;
            memcpy(data[i], &t, sizeof t);
            break;
        }
        case fcPtrIsManaged: {
            unsigned char b = 0; /* a C bool */
            memcpy(data[i], &b, sizeof b);
            break;
        }
        case fcPtrDeviceOrdinal: {
            int d = a ? a->ctx->dev : -2;
            memcpy(data[i], &d, sizeof d);
            break;
        }
        case fcPtrRangeStart: {
            unsigned long long s = a ? (unsigned long long)(uintptr_t)a->mem : 0;
            memcpy(data[i], &s, sizeof s);
            break;
        }
        case fcPtrRangeSize: {
            size_t n = a ? a->size : 0;
            memcpy(data[i], &n, sizeof n);
            break;
        }
        default:
            return fcErrorInvalidValue;
        }
    }
    return fcSuccess;
}

/* ---- Streams and events -------------------------------------------------------------------- */

FC_ENTRY(cuStreamCreate, (struct fc_stream * *ps, unsigned flags), (ps, flags))
{
    struct fc_ctx *c = need_current();
    if (!c)
        return fcErrorInvalidContext;
    if (!ps || (flags & ~(unsigned)fcStreamNonBlocking))
        return fcErrorInvalidValue;
    struct fc_stream *s = calloc(1, sizeof *s);
    if (!s)
        return fcErrorOutOfMemory;
    s->magic = FC_MAGIC_STREAM;
    s->ctx = c;
    s->next = streams;
    streams = s;
    counters.live_streams++;
    *ps = s;
    return fcSuccess;
}

FC_ENTRY(cuStreamDestroy_v2, (struct fc_stream * h), (h))
{
    struct fc_stream *s = stream_find(h);
    if (!s)
        return fcErrorInvalidHandle;
    stream_run(s, NULL);
    for (struct fc_stream **pp = &streams; *pp; pp = &(*pp)->next) {
        if (*pp == s) {
            *pp = s->next;
            break;
        }
    }
    for (struct fc_event *e = events; e; e = e->next)
        if (e->stream == s)
            e->stream = NULL;
    s->magic = 0;
    free(s);
    counters.live_streams--;
    return fcSuccess;
}

FC_ENTRY(cuStreamSynchronize, (struct fc_stream * h), (h))
{
    struct fc_stream *s = stream_find(h);
    if (!s)
        return fcErrorInvalidHandle;
    stream_run(s, NULL);
    return fcSuccess;
}

FC_ENTRY(cuStreamWaitEvent, (struct fc_stream * h, struct fc_event *eh, unsigned flags),
         (h, eh, flags))
{
    struct fc_stream *s = stream_find(h);
    struct fc_event *e = event_find(eh);
    if (!s || !e)
        return fcErrorInvalidHandle;
    if (flags != 0)
        return fcErrorInvalidValue;
    if (fc_current() != s->ctx)
        counters.stream_context_mismatch++;
    /* The event may belong to another context or device. Waiting is satisfied at once by
     * running the other stream up to the event: the order of work is all that matters. */
    if (e->pending && e->stream)
        stream_run(e->stream, e);
    return fcSuccess;
}

FC_ENTRY(cuEventCreate, (struct fc_event * *pe, unsigned flags), (pe, flags))
{
    struct fc_ctx *c = need_current();
    if (!c)
        return fcErrorInvalidContext;
    if (!pe || flags > 15)
        return fcErrorInvalidValue;
    struct fc_event *e = calloc(1, sizeof *e);
    if (!e)
        return fcErrorOutOfMemory;
    e->magic = FC_MAGIC_EVENT;
    e->ctx = c;
    e->flags = flags;
    e->next = events;
    events = e;
    counters.live_events++;
    *pe = e;
    return fcSuccess;
}

FC_ENTRY(cuEventDestroy_v2, (struct fc_event * h), (h))
{
    struct fc_event *e = event_find(h);
    if (!e)
        return fcErrorInvalidHandle;
    if (e->pending && e->stream)
        stream_run(e->stream, e);
    for (struct fc_event **pp = &events; *pp; pp = &(*pp)->next) {
        if (*pp == e) {
            *pp = e->next;
            break;
        }
    }
    e->magic = 0;
    free(e);
    counters.live_events--;
    return fcSuccess;
}

FC_ENTRY(cuEventRecord, (struct fc_event * eh, struct fc_stream *h), (eh, h))
{
    struct fc_event *e = event_find(eh);
    struct fc_stream *s = stream_find(h);
    if (!e || !s || e->ctx != s->ctx) /* an event records only on its own context's streams */
        return fcErrorInvalidHandle;
    if (e->pending && e->stream)
        stream_run(e->stream, e);
    struct fc_op op = {.kind = FC_OP_RECORD, .ev = e};
    e->ever_recorded = true;
    e->pending = true;
    e->queried = false;
    e->stream = s;
    return stream_push(s, &op, false);
}

FC_ENTRY(cuEventQuery, (struct fc_event * h), (h))
{
    struct fc_event *e = event_find(h);
    if (!e)
        return fcErrorInvalidHandle;
    if (e->pending) {
        if (!e->queried) {
            e->queried = true;
            return fcErrorNotReady;
        }
        if (e->stream)
            stream_run(e->stream, e);
    }
    return fcSuccess;
}

FC_ENTRY(cuEventSynchronize, (struct fc_event * h), (h))
{
    struct fc_event *e = event_find(h);
    if (!e)
        return fcErrorInvalidHandle;
    if (e->pending && e->stream)
        stream_run(e->stream, e);
    return fcSuccess;
}

FC_ENTRY(cuEventElapsedTime, (float *ms, struct fc_event *a, struct fc_event *b), (ms, a, b))
{
    struct fc_event *ea = event_find(a), *eb = event_find(b);
    if (!ms)
        return fcErrorInvalidValue;
    if (!ea || !eb || !ea->ever_recorded || !eb->ever_recorded)
        return fcErrorInvalidHandle;
    if ((ea->flags | eb->flags) & fcEventDisableTiming)
        return fcErrorInvalidHandle;
    if (ea->pending || eb->pending)
        return fcErrorNotReady;
    *ms = (float)(((double)eb->t_ns - (double)ea->t_ns) / 1e6);
    return fcSuccess;
}

/* ---- Copies and fills ---------------------------------------------------------------------- */

FC_ENTRY(cuMemcpyAsync,
         (unsigned long long dst, unsigned long long src, size_t n, struct fc_stream *h),
         (dst, src, n, h))
{
    struct fc_stream *s = stream_find(h);
    struct fc_alloc *da, *sa;
    char *d = (char *)(uintptr_t)dst;
    const char *sp = (const char *)(uintptr_t)src;
    if (!s)
        return fcErrorInvalidHandle;
    if (n == 0)
        return fcSuccess;
    if (!d || !sp || !range_ok(d, n, &da) || !range_ok(sp, n, &sa))
        return fcErrorInvalidValue;
    struct fc_op op = {.kind = FC_OP_COPY, .dst = d, .src = sp, .n = n};
    /* Pageable host memory on either side: the call returns once the copy is done (staged). */
    return stream_push(s, &op, da == NULL || sa == NULL);
}

static fc_result memset2d(unsigned long long dst, size_t pitch, size_t elem, uint32_t value,
                          size_t width, size_t height, struct fc_stream *h)
{
    struct fc_stream *s = stream_find(h);
    struct fc_alloc *a;
    char *d = (char *)(uintptr_t)dst;
    if (!s)
        return fcErrorInvalidHandle;
    if (width == 0 || height == 0)
        return fcSuccess;
    /* The pointer (and, with several rows, the pitch) must be aligned to the element. */
    if (dst % elem != 0 || (height > 1 && (pitch % elem != 0 || pitch < width * elem)))
        return fcErrorInvalidValue;
    size_t span = (height - 1) * pitch + width * elem;
    if (!range_ok(d, span, &a) || a == NULL) /* memsets need device-visible memory */
        return fcErrorInvalidValue;
    struct fc_op op = {.kind = FC_OP_SET,
                       .dst = d,
                       .pitch = height > 1 ? pitch : width * elem,
                       .elem = elem,
                       .width = width,
                       .height = height,
                       .value = value};
    return stream_push(s, &op, false);
}

FC_ENTRY(cuMemsetD8Async, (unsigned long long dst, unsigned char v, size_t n, struct fc_stream *s),
         (dst, v, n, s))
{
    return memset2d(dst, n, 1, v, n, 1, s);
}

FC_ENTRY(cuMemsetD16Async,
         (unsigned long long dst, unsigned short v, size_t n, struct fc_stream *s), (dst, v, n, s))
{
    return memset2d(dst, 2 * n, 2, v, n, 1, s);
}

FC_ENTRY(cuMemsetD32Async, (unsigned long long dst, unsigned int v, size_t n, struct fc_stream *s),
         (dst, v, n, s))
{
    return memset2d(dst, 4 * n, 4, v, n, 1, s);
}

FC_ENTRY(cuMemsetD2D8Async,
         (unsigned long long dst, size_t pitch, unsigned char v, size_t w, size_t h,
          struct fc_stream *s),
         (dst, pitch, v, w, h, s))
{
    return memset2d(dst, pitch, 1, v, w, h, s);
}

FC_ENTRY(cuMemsetD2D16Async,
         (unsigned long long dst, size_t pitch, unsigned short v, size_t w, size_t h,
          struct fc_stream *s),
         (dst, pitch, v, w, h, s))
{
    return memset2d(dst, pitch, 2, v, w, h, s);
}

FC_ENTRY(cuMemsetD2D32Async,
         (unsigned long long dst, size_t pitch, unsigned int v, size_t w, size_t h,
          struct fc_stream *s),
         (dst, pitch, v, w, h, s))
{
    return memset2d(dst, pitch, 4, v, w, h, s);
}

/* ---- Errors -------------------------------------------------------------------------------- */

static const struct {
    int code;
    const char *name, *text;
} error_names[] = {
    {fcSuccess, "CUDA_SUCCESS", "no error"},
    {fcErrorInvalidValue, "CUDA_ERROR_INVALID_VALUE", "invalid argument"},
    {fcErrorOutOfMemory, "CUDA_ERROR_OUT_OF_MEMORY", "out of memory"},
    {fcErrorNotInitialized, "CUDA_ERROR_NOT_INITIALIZED", "initialization error"},
    {fcErrorNoDevice, "CUDA_ERROR_NO_DEVICE", "no CUDA-capable device is detected"},
    {fcErrorInvalidDevice, "CUDA_ERROR_INVALID_DEVICE", "invalid device ordinal"},
    {fcErrorInvalidContext, "CUDA_ERROR_INVALID_CONTEXT", "invalid device context"},
    {fcErrorPeerAccessUnsupported, "CUDA_ERROR_PEER_ACCESS_UNSUPPORTED",
     "peer access is not supported between these two devices"},
    {fcErrorInvalidHandle, "CUDA_ERROR_INVALID_HANDLE", "invalid resource handle"},
    {fcErrorNotFound, "CUDA_ERROR_NOT_FOUND", "named symbol not found"},
    {fcErrorNotReady, "CUDA_ERROR_NOT_READY", "device not ready"},
    {fcErrorIllegalAddress, "CUDA_ERROR_ILLEGAL_ADDRESS",
     "an illegal memory access was encountered"},
    {fcErrorPeerAccessAlreadyEnabled, "CUDA_ERROR_PEER_ACCESS_ALREADY_ENABLED",
     "peer access is already enabled"},
    {fcErrorPeerAccessNotEnabled, "CUDA_ERROR_PEER_ACCESS_NOT_ENABLED",
     "peer access has not been enabled"},
    {fcErrorTooManyPeers, "CUDA_ERROR_TOO_MANY_PEERS", "peer mapping resources exhausted"},
    {fcErrorLaunchFailed, "CUDA_ERROR_LAUNCH_FAILED", "unspecified launch failure"},
    {fcErrorNotSupported, "CUDA_ERROR_NOT_SUPPORTED", "operation not supported"},
    {fcErrorUnknown, "CUDA_ERROR_UNKNOWN", "unknown error"},
};

static fc_result error_lookup(int code, const char **str, bool name)
{
    if (!str)
        return fcErrorInvalidValue;
    for (size_t i = 0; i < sizeof error_names / sizeof error_names[0]; i++) {
        if (error_names[i].code == code) {
            *str = name ? error_names[i].name : error_names[i].text;
            return fcSuccess;
        }
    }
    *str = NULL;
    return fcErrorInvalidValue;
}

FC_ENTRY(cuGetErrorName, (int code, const char **str), (code, str))
{
    return error_lookup(code, str, true);
}

FC_ENTRY(cuGetErrorString, (int code, const char **str), (code, str))
{
    return error_lookup(code, str, false);
}

/* ---- Entry points only the tests and benchmarks use ---------------------------------------- */

/* A copy between two contexts' memory: with unified addressing, cuMemcpyAsync on the stream. */
FC_ENTRY(cuMemcpyPeerAsync,
         (unsigned long long dst, struct fc_ctx *dst_ctx, unsigned long long src,
          struct fc_ctx *src_ctx, size_t n, struct fc_stream *h),
         (dst, dst_ctx, src, src_ctx, n, h))
{
    if (!ctx_valid(dst_ctx) || !ctx_valid(src_ctx))
        return fcErrorInvalidContext;
    return cuMemcpyAsync_impl(dst, src, n, h);
}

/* No kernels run on the double: loading a module is not supported, so no module or function
 * handle ever exists. */
FC_ENTRY(cuModuleLoadData, (void **module, const void *image), (module, image))
{
    if (!module || !image)
        return fcErrorInvalidValue;
    return need_current() ? fcErrorNotSupported : fcErrorInvalidContext;
}

FC_ENTRY(cuModuleGetFunction, (void **function, void *module, const char *name),
         (function, module, name))
{
    (void)function, (void)module, (void)name;
    return fcErrorInvalidHandle;
}

FC_ENTRY(cuModuleUnload, (void *module), (module))
{
    (void)module;
    return fcErrorInvalidHandle;
}

FC_ENTRY(cuLaunchKernel,
         (void *f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
          unsigned shared, struct fc_stream *h, void **params, void **extra),
         (f, gx, gy, gz, bx, by, bz, shared, h, params, extra))
{
    (void)f, (void)gx, (void)gy, (void)gz, (void)bx, (void)by, (void)bz, (void)shared, (void)h;
    (void)params, (void)extra;
    return fcErrorInvalidHandle;
}

/* ---- Variants a correct caller never asks for ---------------------------------------------- */

static fc_result wrong_variant(const char *what)
{
    pthread_mutex_lock(&fc_lock);
    counters.wrong_variant++;
    pthread_mutex_unlock(&fc_lock);
    fprintf(stderr, "fake libcuda: %s called: wrong version asked of cuGetProcAddress\n", what);
    return fcErrorNotSupported;
}

static fc_result wrong_mem_alloc_v1(unsigned *dptr, unsigned size)
{
    (void)dptr, (void)size;
    return wrong_variant("cuMemAlloc (CUDA 2.0)");
}
static fc_result wrong_mem_free_v1(unsigned dptr)
{
    (void)dptr;
    return wrong_variant("cuMemFree (CUDA 2.0)");
}
static fc_result wrong_mem_alloc_host_v1(void **pp, unsigned size)
{
    (void)pp, (void)size;
    return wrong_variant("cuMemAllocHost (CUDA 2.0)");
}
static fc_result wrong_total_mem_v1(unsigned *bytes, int dev)
{
    (void)bytes, (void)dev;
    return wrong_variant("cuDeviceTotalMem (CUDA 2.0)");
}
static fc_result wrong_stream_destroy_v1(void *s)
{
    (void)s;
    return wrong_variant("cuStreamDestroy (CUDA 2.0)");
}
static fc_result wrong_event_destroy_v1(void *e)
{
    (void)e;
    return wrong_variant("cuEventDestroy (CUDA 2.0)");
}
static fc_result wrong_primary_release_v1(int dev)
{
    (void)dev;
    return wrong_variant("cuDevicePrimaryCtxRelease (CUDA 7.0)");
}
static fc_result wrong_ctx_synchronize_v2(void *ctx)
{
    (void)ctx;
    return wrong_variant("cuCtxSynchronize_v2 (CUDA 13.0)");
}
static fc_result wrong_elapsed_v2(float *ms, void *a, void *b)
{
    (void)ms, (void)a, (void)b;
    return wrong_variant("cuEventElapsedTime_v2 (CUDA 12.8)");
}

/* ---- cuGetProcAddress ---------------------------------------------------------------------- */

typedef void (*fc_fn)(void);

static const struct {
    const char *name;
    int version; /* the CUDA version that introduced this variant */
    fc_fn fn;
} procs[] = {
#define FC_PROC(name, version, fn) {name, version, (fc_fn)fn},
    FC_PROC("cuInit", 2000, cuInit) FC_PROC("cuDriverGetVersion", 2020, cuDriverGetVersion) FC_PROC(
        "cuDeviceGetCount", 2000,
        cuDeviceGetCount) FC_PROC("cuDeviceGet", 2000,
                                  cuDeviceGet) FC_PROC("cuDeviceGetName", 2000,
                                                       cuDeviceGetName) FC_PROC("cuDeviceTotalMem",
                                                                                2000,
                                                                                wrong_total_mem_v1)
        FC_PROC("cuDeviceTotalMem", 3020, cuDeviceTotalMem_v2) FC_PROC(
            "cuDeviceGetUuid", 9020,
            cuDeviceGetUuid) FC_PROC("cuDeviceGetUuid", 11040,
                                     cuDeviceGetUuid_v2) FC_PROC("cuDeviceGetPCIBusId", 4010,
                                                                 cuDeviceGetPCIBusId)
            FC_PROC("cuDeviceGetAttribute", 2000, cuDeviceGetAttribute) FC_PROC(
                "cuDeviceCanAccessPeer", 4000,
                cuDeviceCanAccessPeer) FC_PROC("cuDeviceGetP2PAttribute", 8000,
                                               cuDeviceGetP2PAttribute)
                FC_PROC("cuDevicePrimaryCtxRetain", 7000, cuDevicePrimaryCtxRetain) FC_PROC(
                    "cuDevicePrimaryCtxRelease", 7000,
                    wrong_primary_release_v1) FC_PROC("cuDevicePrimaryCtxRelease", 11000,
                                                      cuDevicePrimaryCtxRelease_v2)
                    FC_PROC("cuDevicePrimaryCtxGetState", 7000, cuDevicePrimaryCtxGetState) FC_PROC(
                        "cuCtxGetCurrent", 4000, cuCtxGetCurrent) FC_PROC("cuCtxSetCurrent", 4000,
                                                                          cuCtxSetCurrent)
                        FC_PROC("cuCtxSynchronize", 2000, cuCtxSynchronize) FC_PROC(
                            "cuCtxSynchronize",
                            13000, wrong_ctx_synchronize_v2) FC_PROC("cuCtxEnablePeerAccess", 4000,
                                                                     cuCtxEnablePeerAccess)
                            FC_PROC("cuCtxDisablePeerAccess", 4000, cuCtxDisablePeerAccess) FC_PROC(
                                "cuCtxCreate", 3020, cuCtxCreate_v2) FC_PROC("cuCtxDestroy", 4000,
                                                                             cuCtxDestroy_v2)
                                FC_PROC("cuMemAlloc", 2000, wrong_mem_alloc_v1) FC_PROC(
                                    "cuMemAlloc", 3020,
                                    cuMemAlloc_v2) FC_PROC("cuMemFree", 2000, wrong_mem_free_v1)
                                    FC_PROC("cuMemFree", 3020, cuMemFree_v2) FC_PROC(
                                        "cuMemAllocHost", 2000,
                                        wrong_mem_alloc_host_v1) FC_PROC("cuMemAllocHost", 3020,
                                                                         cuMemAllocHost_v2)
                                        FC_PROC("cuMemFreeHost", 2000, cuMemFreeHost) FC_PROC(
                                            "cuMemGetInfo",
                                            3020,
                                            cuMemGetInfo_v2) FC_PROC("cuPointerGetAttributes", 7000,
                                                                     cuPointerGetAttributes)
                                            FC_PROC("cuStreamCreate", 2000, cuStreamCreate) FC_PROC(
                                                "cuStreamDestroy", 2000,
                                                wrong_stream_destroy_v1) FC_PROC("cuStreamDestroy",
                                                                                 4000,
                                                                                 cuStreamDestroy_v2)
                                                FC_PROC(
                                                    "cuStreamSynchronize", 2000,
                                                    cuStreamSynchronize) FC_PROC("cuStreamWaitEve"
                                                                                 "nt",
                                                                                 3020,
                                                                                 cuStreamWaitEvent)
                                                    FC_PROC("cuEventCreate", 2000, cuEventCreate) FC_PROC(
                                                        "cuEventDestroy", 2000,
                                                        wrong_event_destroy_v1) FC_PROC("cuEventDes"
                                                                                        "troy",
                                                                                        4000, cuEventDestroy_v2)
                                                        FC_PROC(
                                                            "cuEventRecord",
                                                            2000, cuEventRecord) FC_PROC("cuEventQu"
                                                                                         "ery",
                                                                                         2000,
                                                                                         cuEventQuery)
                                                            FC_PROC("cuEventSynchronize", 2000, cuEventSynchronize) FC_PROC(
                                                                "cuEventElapsedTime", 2000,
                                                                cuEventElapsedTime)
                                                                FC_PROC(
                                                                    "cuEventElapsedTime", 12080,
                                                                    wrong_elapsed_v2)
                                                                    FC_PROC("cuMemcpyAsync", 4000, cuMemcpyAsync) FC_PROC(
                                                                        "cuMemsetD8Async", 3020,
                                                                        cuMemsetD8Async) FC_PROC("c"
                                                                                                 "u"
                                                                                                 "M"
                                                                                                 "e"
                                                                                                 "m"
                                                                                                 "s"
                                                                                                 "e"
                                                                                                 "t"
                                                                                                 "D"
                                                                                                 "1"
                                                                                                 "6"
                                                                                                 "A"
                                                                                                 "s"
                                                                                                 "y"
                                                                                                 "n"
                                                                                                 "c",
                                                                                                 3020,
                                                                                                 cuMemsetD16Async)
                                                                        FC_PROC("cuMemsetD32Async",
                                                                                3020,
                                                                                cuMemsetD32Async)
                                                                            FC_PROC(
                                                                                "cuMemsetD2D8As"
                                                                                "ync",
                                                                                3020,
                                                                                cuMemsetD2D8Async)
                                                                                FC_PROC(
                                                                                    "cuMemsetD2D16A"
                                                                                    "sync",
                                                                                    3020,
                                                                                    cuMemsetD2D16Async)
                                                                                    FC_PROC(
                                                                                        "cuMemsetD2"
                                                                                        "D32Async",
                                                                                        3020,
                                                                                        cuMemsetD2D32Async)
                                                                                        FC_PROC(
                                                                                            "cuGetE"
                                                                                            "rrorNa"
                                                                                            "me",
                                                                                            6000,
                                                                                            cuGetErrorName)
                                                                                            FC_PROC(
                                                                                                "cu"
                                                                                                "Ge"
                                                                                                "tE"
                                                                                                "rr"
                                                                                                "or"
                                                                                                "St"
                                                                                                "ri"
                                                                                                "n"
                                                                                                "g",
                                                                                                6000,
                                                                                                cuGetErrorString)
#undef FC_PROC
};

static fc_result get_proc(const char *symbol, void **pfn, int version, int *status)
{
    int best = -1;
    bool known = false;

    if (!symbol || !pfn)
        return fcErrorInvalidValue;
    *pfn = NULL;
    for (int i = 0; i < (int)(sizeof procs / sizeof procs[0]); i++) {
        if (strcmp(procs[i].name, symbol) != 0)
            continue;
        known = true;
        if (procs[i].version <= version && (best < 0 || procs[i].version > procs[best].version))
            best = i;
    }
    if (cfg.no_getproc || best < 0) {
        if (status)
            *status = known && !cfg.no_getproc ? fcProcVersionNotSufficient : fcProcSymbolNotFound;
        return fcErrorNotFound;
    }
    memcpy(pfn, &procs[best].fn, sizeof procs[best].fn);
    if (status)
        *status = fcProcSuccess;
    return fcSuccess;
}

FC_EXPORT fc_result cuGetProcAddress_v2(const char *symbol, void **pfn, int version,
                                        unsigned long long flags, int *status);
FC_EXPORT fc_result cuGetProcAddress_v2(const char *symbol, void **pfn, int version,
                                        unsigned long long flags, int *status)
{
    (void)flags;
    cfg.no_getproc = env_int("FAKE_CUDA_NO_GETPROC", 0) != 0;
    return get_proc(symbol, pfn, version, status);
}

FC_EXPORT fc_result cuGetProcAddress(const char *symbol, void **pfn, int version,
                                     unsigned long long flags);
FC_EXPORT fc_result cuGetProcAddress(const char *symbol, void **pfn, int version,
                                     unsigned long long flags)
{
    (void)flags;
    cfg.no_getproc = env_int("FAKE_CUDA_NO_GETPROC", 0) != 0;
    return get_proc(symbol, pfn, version, NULL);
}

/* ---- Test controls ------------------------------------------------------------------------- */

FC_EXPORT unsigned long fakecuda_call_count(const char *name)
{
    unsigned long n = 0;
    pthread_mutex_lock(&fc_lock);
    for (size_t i = 0; i < FC_NCALLS; i++)
        if (name == NULL || strcmp(calls[i].name, name) == 0)
            n += calls[i].calls;
    pthread_mutex_unlock(&fc_lock);
    return n;
}

FC_EXPORT void fakecuda_reset_counts(void)
{
    pthread_mutex_lock(&fc_lock);
    for (size_t i = 0; i < FC_NCALLS; i++)
        calls[i].calls = 0;
    pthread_mutex_unlock(&fc_lock);
}

FC_EXPORT int fakecuda_fail_call(const char *name, unsigned nth, int code)
{
    int res = -1;
    pthread_mutex_lock(&fc_lock);
    struct fc_call *c = fc_call_find(name);
    if (c) {
        c->fail_in = nth;
        c->fail_code = code;
        res = 0;
    }
    pthread_mutex_unlock(&fc_lock);
    return res;
}

FC_EXPORT unsigned long fakecuda_counter(const char *name)
{
    unsigned long v = 0;
    pthread_mutex_lock(&fc_lock);
#define FC_COUNTER(n)                                                                              \
    if (strcmp(name, #n) == 0)                                                                     \
        v = counters.n;
    FC_COUNTER(wrong_variant)
    FC_COUNTER(stream_context_mismatch)
    FC_COUNTER(no_current_context)
    FC_COUNTER(free_with_pending_work)
    FC_COUNTER(bytes_direct)
    FC_COUNTER(bytes_staged)
    FC_COUNTER(bytes_local)
    FC_COUNTER(live_allocations)
    FC_COUNTER(live_streams)
    FC_COUNTER(live_events)
#undef FC_COUNTER
    pthread_mutex_unlock(&fc_lock);
    return v;
}

FC_EXPORT int fakecuda_peer_enabled(int cmd, int peer)
{
    int on = 0;
    pthread_mutex_lock(&fc_lock);
    if (cmd >= 0 && cmd < FC_MAX_DEV && peer >= 0 && peer < FC_MAX_DEV && primary[cmd].active)
        on = (primary[cmd].peers >> peer) & 1u;
    pthread_mutex_unlock(&fc_lock);
    return on;
}
