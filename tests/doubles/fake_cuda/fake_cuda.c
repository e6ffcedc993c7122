/* SPDX-License-Identifier: MIT */
/*
 * libfakecuda: a test double of the CUDA driver (libcuda.so.1), a thin shim over the fakegpu
 * framework (../fakegpu/fakegpu.h for the configuration and the controls). Never installed.
 *
 * It exports the entry points the adapter resolves, and answers cuGetProcAddress(_v2) by version
 * the way the driver does: asked for cuMemAlloc at 3020 it hands out cuMemAlloc_v2, at 2000 the
 * CUDA 2.0 variant (which here only counts a "wrong_variant" and fails), at 13000
 * cuCtxSynchronize is the variant taking a context (likewise). The driver's semantics the adapter
 * relies on are kept: a stack of current contexts per thread, retained primary contexts (inactive
 * again at the last release, which frees their memory, streams and events), allocations, streams
 * and events in the current context, events recorded only on streams of their own context,
 * cuCtxEnablePeerAccess with 201/217/704/711 and cuCtxDisablePeerAccess with 705,
 * cuDeviceGetP2PAttribute refusing a device paired with itself (101), the alignment rules of the
 * memset calls. No kernel runs: cuModuleLoadData answers CUDA_ERROR_NOT_SUPPORTED (801);
 * cuMemcpyPeerAsync is a copy like cuMemcpyAsync. Its own options and counters:
 *   FAKEGPU_CANACCESS=spec  a topology whose access is cuDeviceCanAccessPeer's answer (default:
 *                         the node's own)
 *   FAKEGPU_MAX_PEERS=8   peers one context may enable before CUDA_ERROR_TOO_MANY_PEERS
 *   FAKEGPU_NO_GETPROC=1  cuGetProcAddress finds nothing (callers fall back to dlsym)
 *   "wrong_variant", "no_current_context" (a call that needs a current context made without one)
 *
 * The CUDA values are written down here independently of the adapter's cuda_drv.h, from NVIDIA's
 * documentation, so that a wrong constant in the adapter fails a test instead of agreeing.
 */
#include "fakegpu_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int fc_result;

/* CUresult values used: {name, value, cuGetErrorName, cuGetErrorString}. */
/* clang-format off */
#define FC_ERRORS(X) \
    X(Success, 0, "CUDA_SUCCESS", "no error") \
    X(ErrorInvalidValue, 1, "CUDA_ERROR_INVALID_VALUE", "invalid argument") \
    X(ErrorOutOfMemory, 2, "CUDA_ERROR_OUT_OF_MEMORY", "out of memory") \
    X(ErrorNotInitialized, 3, "CUDA_ERROR_NOT_INITIALIZED", "initialization error") \
    X(ErrorNoDevice, 100, "CUDA_ERROR_NO_DEVICE", "no CUDA-capable device is detected") \
    X(ErrorInvalidDevice, 101, "CUDA_ERROR_INVALID_DEVICE", "invalid device ordinal") \
    X(ErrorInvalidContext, 201, "CUDA_ERROR_INVALID_CONTEXT", "invalid device context") \
    X(ErrorPeerAccessUnsupported, 217, "CUDA_ERROR_PEER_ACCESS_UNSUPPORTED", "peer access is not supported between these two devices") \
    X(ErrorInvalidHandle, 400, "CUDA_ERROR_INVALID_HANDLE", "invalid resource handle") \
    X(ErrorNotFound, 500, "CUDA_ERROR_NOT_FOUND", "named symbol not found") \
    X(ErrorNotReady, 600, "CUDA_ERROR_NOT_READY", "device not ready") \
    X(ErrorIllegalAddress, 700, "CUDA_ERROR_ILLEGAL_ADDRESS", "an illegal memory access was encountered") \
    X(ErrorPeerAccessAlreadyEnabled, 704, "CUDA_ERROR_PEER_ACCESS_ALREADY_ENABLED", "peer access is already enabled") \
    X(ErrorPeerAccessNotEnabled, 705, "CUDA_ERROR_PEER_ACCESS_NOT_ENABLED", "peer access has not been enabled") \
    X(ErrorTooManyPeers, 711, "CUDA_ERROR_TOO_MANY_PEERS", "peer mapping resources exhausted") \
    X(ErrorLaunchFailed, 719, "CUDA_ERROR_LAUNCH_FAILED", "unspecified launch failure") \
    X(ErrorNotSupported, 801, "CUDA_ERROR_NOT_SUPPORTED", "operation not supported") \
    X(ErrorUnknown, 999, "CUDA_ERROR_UNKNOWN", "unknown error")
/* clang-format on */
#define FC_ERROR_ENUM(id, code, name, text) fc##id = code,
enum { FC_ERRORS(FC_ERROR_ENUM) };

/* CUdevice_attribute values answered: {attribute, value of device 0, step per device}. */
static const int attributes[][3] = {
    {1, 1024, 0},       /* MAX_THREADS_PER_BLOCK */
    {2, 1024, 0},       /* MAX_BLOCK_DIM_X */
    {3, 1024, 0},       /* MAX_BLOCK_DIM_Y */
    {4, 64, 0},         /* MAX_BLOCK_DIM_Z */
    {5, 2147483647, 0}, /* MAX_GRID_DIM_X */
    {6, 65535, 0},      /* MAX_GRID_DIM_Y */
    {7, 65535, 0},      /* MAX_GRID_DIM_Z */
    {8, 49152, 0},      /* MAX_SHARED_MEMORY_PER_BLOCK */
    {9, 65536, 0},      /* TOTAL_CONSTANT_MEMORY */
    {10, 32, 0},        /* WARP_SIZE */
    {13, 1410000, 1},   /* CLOCK_RATE */
    {16, 108, 1},       /* MULTIPROCESSOR_COUNT */
    {18, 0, 0},         /* INTEGRATED */
    {32, 1, 1},         /* ECC_ENABLED: some devices with, some without (below) */
    {36, 1215000, 0},   /* MEMORY_CLOCK_RATE */
    {37, 5120, 0},      /* GLOBAL_MEMORY_BUS_WIDTH */
    {38, 40 << 20, 0},  /* L2_CACHE_SIZE */
    {41, 1, 0},         /* UNIFIED_ADDRESSING */
    {75, 8, 0},         /* COMPUTE_CAPABILITY_MAJOR */
    {76, 0, 0},         /* COMPUTE_CAPABILITY_MINOR */
    {83, 1, 0},         /* MANAGED_MEMORY */
    {86, 0, 0},         /* HOST_NATIVE_ATOMIC_SUPPORTED */
    {88, 0, 1},         /* PAGEABLE_MEMORY_ACCESS: some devices with, some without (below) */
    {89, 1, 0},         /* CONCURRENT_MANAGED_ACCESS */
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

/* ---- Contexts ------------------------------------------------------------------------------ */

#define FC_CTX_RESERVED ((uint64_t)8 << 20) /* memory an active context takes */
#define FC_MAGIC_CTX 0xfc0c7e11u
#define FC_STACK 16

struct fc_ctx {
    uint32_t magic;
    int dev;
    bool primary;
    bool active;
    uint64_t peers; /* devices whose memory this context may access */
    struct fc_ctx *next;
};

static bool initialised;
static struct fc_ctx primary[FG_MAX_DEV];
static int primary_refs[FG_MAX_DEV];
static struct fc_ctx *created;                           /* contexts of cuCtxCreate */
static _Thread_local struct fc_ctx *tls_stack[FC_STACK]; /* the thread's current contexts */
static _Thread_local int tls_depth;

bool fg_shim_peer_on(const struct fg_stream *s, int other)
{
    return (((const struct fc_ctx *)s->owner)->peers >> other) & 1u;
}

int fg_shim_peer_enabled(int cmd, int peer)
{
    return primary[cmd].active ? (int)((primary[cmd].peers >> peer) & 1u) : 0;
}

static struct fc_ctx *fc_current(void)
{
    return tls_depth > 0 ? tls_stack[tls_depth - 1] : NULL;
}

static bool ctx_valid(const struct fc_ctx *c)
{
    if (c == NULL || c->magic != FC_MAGIC_CTX || !c->active)
        return false;
    if (c >= primary && c < primary + FG_MAX_DEV)
        return true;
    for (const struct fc_ctx *k = created; k; k = k->next)
        if (k == c)
            return true;
    return false;
}

/* The current context, or NULL (counted: a call that needed one). */
static struct fc_ctx *need_current(void)
{
    struct fc_ctx *c = fc_current();
    if (!ctx_valid(c)) {
        fg_bump("no_current_context", 1);
        return NULL;
    }
    return c;
}

/* A context goes away: its work runs, its streams, events and memory are freed, peer access to
 * and from it ends. */
static void ctx_deactivate(struct fc_ctx *c)
{
    fg_release_owner(c);
    if (c->primary)
        for (int d = 0; d < FG_MAX_DEV; d++)
            primary[d].peers &= ~(UINT64_C(1) << c->dev);
    c->peers = 0;
    c->active = false;
    fg_unreserve(c->dev, FC_CTX_RESERVED);
}

/* ---- Initialisation, devices --------------------------------------------------------------- */

/* Before cuInit only these answer. */
long fg_shim_gate(const struct fg_call *c)
{
    static const char *const before_init[] = {"cuInit", "cuDriverGetVersion", "cuGetErrorName",
                                              "cuGetErrorString"};
    for (size_t i = 0; !initialised && i < sizeof before_init / sizeof before_init[0]; i++)
        if (strcmp(c->name, before_init[i]) == 0)
            return 0;
    return initialised ? 0 : fcErrorNotInitialized;
}

FG_ENTRY(fc_result, cuInit, (unsigned int flags), (flags))
{
    int code = (int)fg_env("INIT_ERROR", 0);
    if (flags != 0)
        return fcErrorInvalidValue;
    if (code != 0)
        return code;
    if (fg.ndev <= 0)
        return fcErrorNoDevice;
    initialised = true;
    return fcSuccess;
}

FG_ENTRY(fc_result, cuDriverGetVersion, (int *version), (version))
{
    if (!version)
        return fcErrorInvalidValue;
    *version = (int)fg_env("VERSION", 12040);
    return fcSuccess;
}

FG_ENTRY(fc_result, cuDeviceGetCount, (int *count), (count))
{
    if (!count)
        return fcErrorInvalidValue;
    *count = fg.ndev;
    return fcSuccess;
}

/* The checks of a call about one device. */
#define FC_DEVICE_CALL(ptr, dev)                                                                   \
    do {                                                                                           \
        if (!(ptr))                                                                                \
            return fcErrorInvalidValue;                                                            \
        if (!fg_dev_ok(dev))                                                                       \
            return fcErrorInvalidDevice;                                                           \
    } while (0)

FG_ENTRY(fc_result, cuDeviceGet, (int *device, int ordinal), (device, ordinal))
{
    FC_DEVICE_CALL(device, ordinal);
    *device = ordinal;
    return fcSuccess;
}

FG_ENTRY(fc_result, cuDeviceGetName, (char *name, int len, int dev), (name, len, dev))
{
    FC_DEVICE_CALL(name && len > 0, dev);
    snprintf(name, (size_t)len, "Fake CUDA GPU %d", dev);
    return fcSuccess;
}

FG_ENTRY(fc_result, cuDeviceTotalMem_v2, (size_t * bytes, int dev), (bytes, dev))
{
    FC_DEVICE_CALL(bytes, dev);
    *bytes = fg_memory(dev);
    return fcSuccess;
}

static fc_result uuid_of(char *uuid, int dev)
{
    FC_DEVICE_CALL(uuid, dev);
    memcpy(uuid, "fake-cuda-uuid-", 15);
    uuid[15] = (char)('A' + dev);
    return fcSuccess;
}

FG_ENTRY(fc_result, cuDeviceGetUuid_v2, (char *uuid, int dev), (uuid, dev))
{
    return uuid_of(uuid, dev);
}

FG_ENTRY(fc_result, cuDeviceGetUuid, (char *uuid, int dev), (uuid, dev))
{
    return uuid_of(uuid, dev);
}

FG_ENTRY(fc_result, cuDeviceGetPCIBusId, (char *id, int len, int dev), (id, len, dev))
{
    FC_DEVICE_CALL(id && len > 0, dev);
    snprintf(id, (size_t)len, "0000:%02X:00.0", 0x1A + dev); /* upper case, as the driver's */
    return fcSuccess;
}

FG_ENTRY(fc_result, cuDeviceGetAttribute, (int *value, int attr, int dev), (value, attr, dev))
{
    FC_DEVICE_CALL(value, dev);
    for (size_t i = 0; i < sizeof attributes / sizeof attributes[0]; i++) {
        if (attributes[i][0] == attr) {
            *value = attributes[i][1] + dev * attributes[i][2];
            if (attr == 88 || attr == 32)
                *value %= 2;
            return fcSuccess;
        }
    }
    return fcErrorInvalidValue;
}

FG_ENTRY(fc_result, cuDeviceCanAccessPeer, (int *can, int dev, int peer), (can, dev, peer))
{
    FC_DEVICE_CALL(can, dev);
    if (!fg_dev_ok(peer))
        return fcErrorInvalidDevice;
    *can = dev != peer && fg_access_in("CANACCESS", dev, peer, fg_access(dev, peer));
    return fcSuccess;
}

FG_ENTRY(fc_result, cuDeviceGetP2PAttribute, (int *value, int attr, int src, int dst),
         (value, attr, src, dst))
{
    FC_DEVICE_CALL(value, src);
    if (!fg_dev_ok(dst) || src == dst)
        return fcErrorInvalidDevice; /* "or if they represent the same device" */
    if (attr < fcP2PRank || attr > fcP2PArrayAccess)
        return fcErrorInvalidValue;
    *value = attr == fcP2PRank     ? fg_rank(src, dst)
             : attr == fcP2PAtomic ? fg_atomics(src, dst)
                                   : fg_access(src, dst);
    return fcSuccess;
}

/* ---- Contexts ------------------------------------------------------------------------------ */

FG_ENTRY(fc_result, cuDevicePrimaryCtxRetain, (struct fc_ctx * *pctx, int dev), (pctx, dev))
{
    FC_DEVICE_CALL(pctx, dev);
    struct fc_ctx *c = &primary[dev];
    if (primary_refs[dev] == 0) {
        if (!fg_reserve(dev, FC_CTX_RESERVED))
            return fcErrorOutOfMemory;
        *c = (struct fc_ctx){.magic = FC_MAGIC_CTX, .dev = dev, .primary = true, .active = true};
    }
    primary_refs[dev]++;
    *pctx = c;
    return fcSuccess;
}

FG_ENTRY(fc_result, cuDevicePrimaryCtxRelease_v2, (int dev), (dev))
{
    FC_DEVICE_CALL(1, dev);
    if (primary_refs[dev] == 0)
        return fcErrorInvalidContext;
    if (--primary_refs[dev] == 0)
        ctx_deactivate(&primary[dev]);
    return fcSuccess;
}

FG_ENTRY(fc_result, cuDevicePrimaryCtxGetState, (int dev, unsigned *flags, int *active),
         (dev, flags, active))
{
    FC_DEVICE_CALL(flags && active, dev);
    *flags = 0;
    *active = primary_refs[dev] > 0;
    return fcSuccess;
}

FG_ENTRY(fc_result, cuCtxCreate_v2, (struct fc_ctx * *pctx, unsigned flags, int dev),
         (pctx, flags, dev))
{
    (void)flags;
    FC_DEVICE_CALL(pctx, dev);
    if (tls_depth == FC_STACK)
        return fcErrorUnknown;
    struct fc_ctx *c = calloc(1, sizeof *c);
    if (!c || !fg_reserve(dev, FC_CTX_RESERVED)) {
        free(c);
        return fcErrorOutOfMemory;
    }
    *c = (struct fc_ctx){.magic = FC_MAGIC_CTX, .dev = dev, .active = true, .next = created};
    created = c;
    tls_stack[tls_depth++] = c;
    *pctx = c;
    return fcSuccess;
}

FG_ENTRY(fc_result, cuCtxDestroy_v2, (struct fc_ctx * c), (c))
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

FG_ENTRY(fc_result, cuCtxGetCurrent, (struct fc_ctx * *pctx), (pctx))
{
    if (!pctx)
        return fcErrorInvalidValue;
    *pctx = fc_current();
    return fcSuccess;
}

FG_ENTRY(fc_result, cuCtxSetCurrent, (struct fc_ctx * c), (c))
{
    if (c == NULL) {
        if (tls_depth > 0)
            tls_depth--;
        return fcSuccess;
    }
    if (!ctx_valid(c))
        return fcErrorInvalidContext;
    tls_stack[tls_depth > 0 ? tls_depth - 1 : tls_depth++] = c;
    return fcSuccess;
}

FG_ENTRY(fc_result, cuCtxSynchronize, (void), ())
{
    struct fc_ctx *c = need_current();
    if (!c)
        return fcErrorInvalidContext;
    fg_run_owner(c);
    return fcSuccess;
}

FG_ENTRY(fc_result, cuCtxEnablePeerAccess, (struct fc_ctx * peer, unsigned flags), (peer, flags))
{
    struct fc_ctx *c = need_current();
    if (!c || !ctx_valid(peer) || peer == c)
        return fcErrorInvalidContext;
    if (flags != 0)
        return fcErrorInvalidValue;
    if (!fg_access(c->dev, peer->dev))
        return fcErrorPeerAccessUnsupported;
    if (c->peers & (UINT64_C(1) << peer->dev))
        return fcErrorPeerAccessAlreadyEnabled;
    if (__builtin_popcountll(c->peers) >= (int)fg_env("MAX_PEERS", 8))
        return fcErrorTooManyPeers;
    c->peers |= UINT64_C(1) << peer->dev;
    return fcSuccess;
}

FG_ENTRY(fc_result, cuCtxDisablePeerAccess, (struct fc_ctx * peer), (peer))
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

enum { FC_KIND_MANAGED = 1 }; /* fg_alloc kind of cuMemAllocManaged memory */

static fc_result alloc_new(bool host, int kind, size_t size, void **out)
{
    struct fc_ctx *c = need_current();
    if (!c)
        return fcErrorInvalidContext;
    if (size == 0)
        return fcErrorInvalidValue;
    struct fg_alloc *a = fg_alloc_new(host ? -1 : c->dev, kind, size, host ? 4096 : 256, c, c->dev);
    if (!a)
        return fcErrorOutOfMemory;
    *out = a->base;
    return fcSuccess;
}

static fc_result alloc_free(bool host, void *p)
{
    struct fg_alloc *a = fg_alloc_find(p);
    if (!a || a->base != p || (a->dev < 0) != host)
        return fcErrorInvalidValue;
    fg_alloc_free(a);
    return fcSuccess;
}

FG_ENTRY(fc_result, cuMemAlloc_v2, (unsigned long long *dptr, size_t size), (dptr, size))
{
    void *p = NULL;
    if (!dptr)
        return fcErrorInvalidValue;
    fc_result r = alloc_new(false, 0, size, &p);
    if (r == fcSuccess)
        *dptr = (unsigned long long)(uintptr_t)p;
    return r;
}

/* Managed memory: device memory the host reaches too (flags: CU_MEM_ATTACH_GLOBAL or _HOST). */
FG_ENTRY(fc_result, cuMemAllocManaged, (unsigned long long *dptr, size_t size, unsigned flags),
         (dptr, size, flags))
{
    void *p = NULL;
    if (!dptr || (flags != 1 && flags != 2))
        return fcErrorInvalidValue;
    fc_result r = alloc_new(false, FC_KIND_MANAGED, size, &p);
    if (r == fcSuccess)
        *dptr = (unsigned long long)(uintptr_t)p;
    return r;
}

FG_ENTRY(fc_result, cuMemFree_v2, (unsigned long long dptr), (dptr))
{
    return alloc_free(false, (void *)(uintptr_t)dptr);
}

FG_ENTRY(fc_result, cuMemAllocHost_v2, (void **pp, size_t size), (pp, size))
{
    return pp ? alloc_new(true, 0, size, pp) : fcErrorInvalidValue;
}

FG_ENTRY(fc_result, cuMemFreeHost, (void *p), (p))
{
    return alloc_free(true, p);
}

FG_ENTRY(fc_result, cuMemGetInfo_v2, (size_t * free_bytes, size_t *total), (free_bytes, total))
{
    struct fc_ctx *c = need_current();
    if (!c)
        return fcErrorInvalidContext;
    if (!free_bytes || !total)
        return fcErrorInvalidValue;
    *total = fg_memory(c->dev);
    *free_bytes = fg_memory(c->dev) - fg_used(c->dev);
    return fcSuccess;
}

FG_ENTRY(fc_result, cuPointerGetAttributes,
         (unsigned count, int *attrs, void **data, unsigned long long ptr),
         (count, attrs, data, ptr))
{
    if (count == 0 || !attrs || !data)
        return fcErrorInvalidValue;
    struct fg_alloc *a = fg_alloc_find((const void *)(uintptr_t)ptr);
    struct fc_ctx *ctx = a ? a->owner : NULL;
    unsigned type = a ? (a->dev < 0 ? fcMemHost : fcMemDevice) : 0;
    unsigned char managed = a && a->kind == FC_KIND_MANAGED; /* a C bool */
    int dev = ctx ? ctx->dev : -2;
    unsigned long long start = a ? (unsigned long long)(uintptr_t)a->base : 0;
    size_t size = a ? a->size : 0;
    for (unsigned i = 0; i < count; i++) {
        const void *v = attrs[i] == fcPtrContext         ? (const void *)&ctx
                        : attrs[i] == fcPtrMemoryType    ? (const void *)&type
                        : attrs[i] == fcPtrIsManaged     ? (const void *)&managed
                        : attrs[i] == fcPtrDeviceOrdinal ? (const void *)&dev
                        : attrs[i] == fcPtrRangeStart    ? (const void *)&start
                        : attrs[i] == fcPtrRangeSize     ? (const void *)&size
                                                         : NULL;
        size_t n = attrs[i] == fcPtrContext                                        ? sizeof ctx
                   : attrs[i] == fcPtrIsManaged                                    ? sizeof managed
                   : attrs[i] == fcPtrDeviceOrdinal || attrs[i] == fcPtrMemoryType ? sizeof dev
                                                                                   : sizeof start;
        if (!data[i] || !v)
            return fcErrorInvalidValue;
        memcpy(data[i], v, n);
    }
    return fcSuccess;
}

/* ---- Streams and events -------------------------------------------------------------------- */

const struct fg_codes fg_codes = {fcErrorInvalidValue, fcErrorInvalidHandle, fcErrorNotReady,
                                  fcErrorOutOfMemory};

FG_ENTRY(fc_result, cuStreamCreate, (struct fg_stream * *ps, unsigned flags), (ps, flags))
{
    struct fc_ctx *c = need_current();
    if (!c)
        return fcErrorInvalidContext;
    if (!ps || (flags & ~(unsigned)fcStreamNonBlocking))
        return fcErrorInvalidValue;
    *ps = fg_stream_new(c->dev, c);
    return *ps ? fcSuccess : fcErrorOutOfMemory;
}

FG_ENTRY(fc_result, cuStreamDestroy_v2, (struct fg_stream * h), (h))
{
    return (fc_result)fg_stream_destroy(h);
}

FG_ENTRY(fc_result, cuStreamSynchronize, (struct fg_stream * h), (h))
{
    return (fc_result)fg_stream_sync(fg_stream_find(h));
}

FG_ENTRY(fc_result, cuStreamWaitEvent, (struct fg_stream * h, void *e, unsigned flags),
         (h, e, flags))
{
    return (fc_result)fg_event_wait(fg_stream_find(h), e, flags, fc_current());
}

FG_ENTRY(fc_result, cuEventCreate, (void **pe, unsigned flags), (pe, flags))
{
    struct fc_ctx *c = need_current();
    if (!c)
        return fcErrorInvalidContext;
    if (!pe || flags > 15)
        return fcErrorInvalidValue;
    return (fc_result)fg_event_new(pe, c->dev, c, flags);
}

FG_ENTRY(fc_result, cuEventDestroy_v2, (void *e), (e))
{
    return (fc_result)fg_event_destroy(e);
}

FG_ENTRY(fc_result, cuEventRecord, (void *e, struct fg_stream *h), (e, h))
{
    return (fc_result)fg_event_record(e, fg_stream_find(h), fc_current());
}

FG_ENTRY(fc_result, cuEventQuery, (void *e), (e))
{
    return (fc_result)fg_event_query(e);
}

FG_ENTRY(fc_result, cuEventSynchronize, (void *e), (e))
{
    return (fc_result)fg_event_sync(e);
}

FG_ENTRY(fc_result, cuEventElapsedTime, (float *ms, void *a, void *b), (ms, a, b))
{
    return (fc_result)fg_event_elapsed(ms, a, b, fcEventDisableTiming);
}

/* ---- Copies and fills ---------------------------------------------------------------------- */

/* Pageable host memory on either side: the call returns once the copy is done (staged). */
FG_ENTRY(fc_result, cuMemcpyAsync,
         (unsigned long long dst, unsigned long long src, size_t n, struct fg_stream *h),
         (dst, src, n, h))
{
    return (fc_result)fg_copy(fg_stream_find(h), (void *)(uintptr_t)dst,
                              (const void *)(uintptr_t)src, n, true, fc_current());
}

static fc_result memset2d(unsigned long long dst, size_t pitch, size_t elem, uint32_t value,
                          size_t width, size_t height, struct fg_stream *h)
{
    return (fc_result)fg_fill(fg_stream_find(h), (void *)(uintptr_t)dst, pitch, elem, value, width,
                              height, fc_current());
}

/* cuMemsetD<bits>Async and cuMemsetD2D<bits>Async of one element type. */
#define FC_MEMSET(bits, type)                                                                      \
    FG_ENTRY(fc_result, cuMemsetD##bits##Async,                                                    \
             (unsigned long long dst, type v, size_t n, struct fg_stream *s), (dst, v, n, s))      \
    {                                                                                              \
        return memset2d(dst, n * sizeof(type), sizeof(type), v, n, 1, s);                          \
    }                                                                                              \
    FG_ENTRY(                                                                                      \
        fc_result, cuMemsetD2D##bits##Async,                                                       \
        (unsigned long long dst, size_t pitch, type v, size_t w, size_t h, struct fg_stream *s),   \
        (dst, pitch, v, w, h, s))                                                                  \
    {                                                                                              \
        return memset2d(dst, pitch, sizeof(type), v, w, h, s);                                     \
    }
FC_MEMSET(8, unsigned char)
FC_MEMSET(16, unsigned short)
FC_MEMSET(32, unsigned int)

/* ---- Errors -------------------------------------------------------------------------------- */

#define FC_ERROR_ROW(id, code, name, text) {code, name, text},
static const struct {
    int code;
    const char *name, *text;
} error_names[] = {FC_ERRORS(FC_ERROR_ROW)};

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

FG_ENTRY(fc_result, cuGetErrorName, (int code, const char **str), (code, str))
{
    return error_lookup(code, str, true);
}

FG_ENTRY(fc_result, cuGetErrorString, (int code, const char **str), (code, str))
{
    return error_lookup(code, str, false);
}

/* ---- Entry points only the tests and benchmarks use ---------------------------------------- */

/* A copy between two contexts' memory: with unified addressing, cuMemcpyAsync on the stream. */
FG_ENTRY(fc_result, cuMemcpyPeerAsync,
         (unsigned long long dst, struct fc_ctx *dst_ctx, unsigned long long src,
          struct fc_ctx *src_ctx, size_t n, struct fg_stream *h),
         (dst, dst_ctx, src, src_ctx, n, h))
{
    if (!ctx_valid(dst_ctx) || !ctx_valid(src_ctx))
        return fcErrorInvalidContext;
    return cuMemcpyAsync_impl(dst, src, n, h);
}

/* No kernels run on the double: loading a module is not supported, so no module or function
 * handle ever exists. */
FG_ENTRY(fc_result, cuModuleLoadData, (void **module, const void *image), (module, image))
{
    if (!module || !image)
        return fcErrorInvalidValue;
    return need_current() ? fcErrorNotSupported : fcErrorInvalidContext;
}

FG_ENTRY(fc_result, cuModuleGetFunction, (void **function, void *module, const char *name),
         (function, module, name))
{
    (void)function, (void)module, (void)name;
    return fcErrorInvalidHandle;
}

FG_ENTRY(fc_result, cuModuleUnload, (void *module), (module))
{
    (void)module;
    return fcErrorInvalidHandle;
}

FG_ENTRY(fc_result, cuLaunchKernel,
         (void *f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
          unsigned shared, struct fg_stream *h, void **params, void **extra),
         (f, gx, gy, gz, bx, by, bz, shared, h, params, extra))
{
    (void)f, (void)gx, (void)gy, (void)gz, (void)bx, (void)by, (void)bz, (void)shared, (void)h;
    (void)params, (void)extra;
    return fcErrorInvalidHandle;
}

/* ---- Variants a correct caller never asks for ---------------------------------------------- */

static fc_result wrong_variant(const char *what)
{
    fg_begin();
    fg_bump("wrong_variant", 1);
    fg_end();
    fprintf(stderr, "fake libcuda: %s called: wrong version asked of cuGetProcAddress\n", what);
    return fcErrorNotSupported;
}

/* FC_WRONG(fn, what, params...): a variant that only reports being called. */
#define FC_WRONG(fn, what, ...)                                                                    \
    static fc_result fn(__VA_ARGS__)                                                               \
    {                                                                                              \
        return wrong_variant(what);                                                                \
    }
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
FC_WRONG(wrong_mem_alloc_v1, "cuMemAlloc (CUDA 2.0)", unsigned *dptr, unsigned size)
FC_WRONG(wrong_mem_free_v1, "cuMemFree (CUDA 2.0)", unsigned dptr)
FC_WRONG(wrong_mem_alloc_host_v1, "cuMemAllocHost (CUDA 2.0)", void **pp, unsigned size)
FC_WRONG(wrong_total_mem_v1, "cuDeviceTotalMem (CUDA 2.0)", unsigned *bytes, int dev)
FC_WRONG(wrong_stream_destroy_v1, "cuStreamDestroy (CUDA 2.0)", void *s)
FC_WRONG(wrong_event_destroy_v1, "cuEventDestroy (CUDA 2.0)", void *e)
FC_WRONG(wrong_primary_release_v1, "cuDevicePrimaryCtxRelease (CUDA 7.0)", int dev)
FC_WRONG(wrong_ctx_synchronize_v2, "cuCtxSynchronize_v2 (CUDA 13.0)", void *ctx)
FC_WRONG(wrong_elapsed_v2, "cuEventElapsedTime_v2 (CUDA 12.8)", float *ms, void *a, void *b)
#pragma GCC diagnostic pop

/* ---- cuGetProcAddress ---------------------------------------------------------------------- */

typedef void (*fc_fn)(void);

/* Each variant with the CUDA version that introduced it. */
static const struct {
    const char *name;
    int version;
    fc_fn fn;
} procs[] = {
/* clang-format off */
#define FC_PROC(name, version, fn) {name, version, (fc_fn)fn},
    FC_PROC("cuInit", 2000, cuInit)
    FC_PROC("cuDriverGetVersion", 2020, cuDriverGetVersion)
    FC_PROC("cuDeviceGetCount", 2000, cuDeviceGetCount)
    FC_PROC("cuDeviceGet", 2000, cuDeviceGet)
    FC_PROC("cuDeviceGetName", 2000, cuDeviceGetName)
    FC_PROC("cuDeviceTotalMem", 2000, wrong_total_mem_v1)
    FC_PROC("cuDeviceTotalMem", 3020, cuDeviceTotalMem_v2)
    FC_PROC("cuDeviceGetUuid", 9020, cuDeviceGetUuid)
    FC_PROC("cuDeviceGetUuid", 11040, cuDeviceGetUuid_v2)
    FC_PROC("cuDeviceGetPCIBusId", 4010, cuDeviceGetPCIBusId)
    FC_PROC("cuDeviceGetAttribute", 2000, cuDeviceGetAttribute)
    FC_PROC("cuDeviceCanAccessPeer", 4000, cuDeviceCanAccessPeer)
    FC_PROC("cuDeviceGetP2PAttribute", 8000, cuDeviceGetP2PAttribute)
    FC_PROC("cuDevicePrimaryCtxRetain", 7000, cuDevicePrimaryCtxRetain)
    FC_PROC("cuDevicePrimaryCtxRelease", 7000, wrong_primary_release_v1)
    FC_PROC("cuDevicePrimaryCtxRelease", 11000, cuDevicePrimaryCtxRelease_v2)
    FC_PROC("cuDevicePrimaryCtxGetState", 7000, cuDevicePrimaryCtxGetState)
    FC_PROC("cuCtxGetCurrent", 4000, cuCtxGetCurrent)
    FC_PROC("cuCtxSetCurrent", 4000, cuCtxSetCurrent)
    FC_PROC("cuCtxSynchronize", 2000, cuCtxSynchronize)
    FC_PROC("cuCtxSynchronize", 13000, wrong_ctx_synchronize_v2)
    FC_PROC("cuCtxEnablePeerAccess", 4000, cuCtxEnablePeerAccess)
    FC_PROC("cuCtxDisablePeerAccess", 4000, cuCtxDisablePeerAccess)
    FC_PROC("cuCtxCreate", 3020, cuCtxCreate_v2)
    FC_PROC("cuCtxDestroy", 4000, cuCtxDestroy_v2)
    FC_PROC("cuMemAlloc", 2000, wrong_mem_alloc_v1)
    FC_PROC("cuMemAlloc", 3020, cuMemAlloc_v2)
    FC_PROC("cuMemFree", 2000, wrong_mem_free_v1)
    FC_PROC("cuMemFree", 3020, cuMemFree_v2)
    FC_PROC("cuMemAllocHost", 2000, wrong_mem_alloc_host_v1)
    FC_PROC("cuMemAllocHost", 3020, cuMemAllocHost_v2)
    FC_PROC("cuMemAllocManaged", 6000, cuMemAllocManaged)
    FC_PROC("cuMemFreeHost", 2000, cuMemFreeHost)
    FC_PROC("cuMemGetInfo", 3020, cuMemGetInfo_v2)
    FC_PROC("cuPointerGetAttributes", 7000, cuPointerGetAttributes)
    FC_PROC("cuStreamCreate", 2000, cuStreamCreate)
    FC_PROC("cuStreamDestroy", 2000, wrong_stream_destroy_v1)
    FC_PROC("cuStreamDestroy", 4000, cuStreamDestroy_v2)
    FC_PROC("cuStreamSynchronize", 2000, cuStreamSynchronize)
    FC_PROC("cuStreamWaitEvent", 3020, cuStreamWaitEvent)
    FC_PROC("cuEventCreate", 2000, cuEventCreate)
    FC_PROC("cuEventDestroy", 2000, wrong_event_destroy_v1)
    FC_PROC("cuEventDestroy", 4000, cuEventDestroy_v2)
    FC_PROC("cuEventRecord", 2000, cuEventRecord)
    FC_PROC("cuEventQuery", 2000, cuEventQuery)
    FC_PROC("cuEventSynchronize", 2000, cuEventSynchronize)
    FC_PROC("cuEventElapsedTime", 2000, cuEventElapsedTime)
    FC_PROC("cuEventElapsedTime", 12080, wrong_elapsed_v2)
    FC_PROC("cuMemcpyAsync", 4000, cuMemcpyAsync)
    FC_PROC("cuMemsetD8Async", 3020, cuMemsetD8Async)
    FC_PROC("cuMemsetD16Async", 3020, cuMemsetD16Async)
    FC_PROC("cuMemsetD32Async", 3020, cuMemsetD32Async)
    FC_PROC("cuMemsetD2D8Async", 3020, cuMemsetD2D8Async)
    FC_PROC("cuMemsetD2D16Async", 3020, cuMemsetD2D16Async)
    FC_PROC("cuMemsetD2D32Async", 3020, cuMemsetD2D32Async)
    FC_PROC("cuGetErrorName", 6000, cuGetErrorName)
    FC_PROC("cuGetErrorString", 6000, cuGetErrorString)
#undef FC_PROC
    /* clang-format on */
};

static fc_result get_proc(const char *symbol, void **pfn, int version, int *status)
{
    bool no_getproc = fg_env("NO_GETPROC", 0) != 0, known = false;
    int best = -1;

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
    if (no_getproc || best < 0) {
        if (status)
            *status = known && !no_getproc ? fcProcVersionNotSufficient : fcProcSymbolNotFound;
        return fcErrorNotFound;
    }
    memcpy(pfn, &procs[best].fn, sizeof procs[best].fn);
    if (status)
        *status = fcProcSuccess;
    return fcSuccess;
}

FG_EXPORT fc_result cuGetProcAddress_v2(const char *symbol, void **pfn, int version,
                                        unsigned long long flags, int *status);
FG_EXPORT fc_result cuGetProcAddress_v2(const char *symbol, void **pfn, int version,
                                        unsigned long long flags, int *status)
{
    (void)flags;
    return get_proc(symbol, pfn, version, status);
}

FG_EXPORT fc_result cuGetProcAddress(const char *symbol, void **pfn, int version,
                                     unsigned long long flags);
FG_EXPORT fc_result cuGetProcAddress(const char *symbol, void **pfn, int version,
                                     unsigned long long flags)
{
    (void)flags;
    return get_proc(symbol, pfn, version, NULL);
}
