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

static const struct fg_error errors[] = {FC_ERRORS(FG_ERROR_ROW){0, NULL, NULL}};

/* An entry point with the CUDA version that introduced it (0: not handed out by
 * cuGetProcAddress), and one that returns an expression. */
#define FC_ENTRY(sym, version, params, args) FG_ENTRY_TAG(fc_result, sym, version, params, args)
#define FC_RETURN(sym, version, params, args, expr)                                                \
    FG_RETURN_TAG(fc_result, sym, version, params, args, expr)

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
    {32, 1, -1},        /* ECC_ENABLED: some devices with, some without */
    {36, 1215000, 0},   /* MEMORY_CLOCK_RATE */
    {37, 5120, 0},      /* GLOBAL_MEMORY_BUS_WIDTH */
    {38, 40 << 20, 0},  /* L2_CACHE_SIZE */
    {41, 1, 0},         /* UNIFIED_ADDRESSING */
    {75, 8, 0},         /* COMPUTE_CAPABILITY_MAJOR */
    {76, 0, 0},         /* COMPUTE_CAPABILITY_MINOR */
    {83, 1, 0},         /* MANAGED_MEMORY */
    {86, 0, 0},         /* HOST_NATIVE_ATOMIC_SUPPORTED */
    {88, 0, -1},        /* PAGEABLE_MEMORY_ACCESS: some devices with, some without */
    {89, 1, 0},         /* CONCURRENT_MANAGED_ACCESS */
};

/* CUpointer_attribute answered, and CUmemorytype. */
enum { fcPtrContext = 1, fcPtrMemoryType = 2, fcPtrIsManaged = 8, fcPtrDeviceOrdinal = 9 };
enum { fcPtrRangeStart = 11, fcPtrRangeSize = 12, fcMemHost = 1, fcMemDevice = 2 };

enum { fcStreamNonBlocking = 1, fcEventDisableTiming = 2 };
enum { fcProcSuccess = 0, fcProcSymbolNotFound = 1, fcProcVersionNotSufficient = 2 };

/* ---- Contexts ------------------------------------------------------------------------------ */

#define FC_CTX_RESERVED ((int64_t)8 << 20) /* memory an active context takes */
#define FC_MAGIC_CTX 0xfc0c7e11u
#define FC_STACK 16

struct fc_ctx {
    uint32_t magic;
    int dev;
    bool primary, active;
    uint64_t peers; /* devices whose memory this context may access */
    struct fc_ctx *next;
};

static bool initialised;
static struct fc_ctx primary[FG_MAX_DEV];
static int primary_refs[FG_MAX_DEV];
static struct fc_ctx *created;                           /* contexts of cuCtxCreate */
static _Thread_local struct fc_ctx *tls_stack[FC_STACK]; /* the thread's current contexts */
static _Thread_local int tls_depth;

static bool peer_on(const struct fg_stream *s, int other)
{
    return (((const struct fc_ctx *)s->owner)->peers >> other) & 1u;
}

static int peer_enabled(int cmd, int peer)
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
    if (!ctx_valid(c))
        fg_bump("no_current_context", 1);
    return ctx_valid(c) ? c : NULL;
}
/* c: the current context; without one the call fails. */
#define FC_NEED_CURRENT(c)                                                                         \
    struct fc_ctx *c = need_current();                                                             \
    if (!c)                                                                                        \
    return fcErrorInvalidContext

/* A context goes away: its work, streams, events and memory, and peer access to and from it. */
static void ctx_deactivate(struct fc_ctx *c)
{
    fg_release_owner(c);
    if (c->primary)
        for (int d = 0; d < FG_MAX_DEV; d++)
            primary[d].peers &= ~(UINT64_C(1) << c->dev);
    c->peers = 0;
    c->active = false;
    (void)fg_reserve(c->dev, -FC_CTX_RESERVED);
}

/* ---- Initialisation, devices --------------------------------------------------------------- */

/* Before cuInit only these answer. */
static long gate(const struct fg_call *c)
{
    static const char *const before_init[] = {"cuInit", "cuDriverGetVersion", "cuGetErrorName",
                                              "cuGetErrorString"};
    for (size_t i = 0; !initialised && i < FG_LEN(before_init); i++)
        if (strcmp(c->name, before_init[i]) == 0)
            return 0;
    return initialised ? 0 : fcErrorNotInitialized;
}

const struct fg_codes fg_codes = {fcErrorInvalidValue, fcErrorInvalidHandle, fcErrorNotReady,
                                  fcErrorOutOfMemory, fcErrorInvalidDevice};
const struct fg_hooks fg_hooks = {peer_on, peer_enabled, NULL, gate};

FC_ENTRY(cuInit, 2000, (unsigned int flags), (flags))
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

FC_RETURN(cuDriverGetVersion, 2020, (int *version), (version),
          fg_put(version, (long)fg_env("VERSION", 12040)))
FC_RETURN(cuDeviceGetCount, 2000, (int *count), (count), fg_put(count, fg.ndev))

FC_RETURN(cuDeviceGet, 2000, (int *device, int ordinal), (device, ordinal),
          device && !fg_dev_ok(ordinal) ? fcErrorInvalidDevice : fg_put(device, ordinal))

FC_RETURN(cuDeviceGetName, 2000, (char *name, int len, int dev), (name, len, dev),
          fg_device_print(name, len, dev, "Fake CUDA GPU %d", dev))

FC_RETURN(cuDeviceTotalMem_v2, 3020, (size_t * bytes, int dev), (bytes, dev),
          fg_total_mem(bytes, dev))

static fc_result uuid_of(char *uuid, int dev)
{
    FG_DEVICE_CALL(uuid, dev);
    memcpy(uuid, "fake-cuda-uuid-", 15);
    uuid[15] = (char)('A' + dev);
    return fcSuccess;
}
FC_RETURN(cuDeviceGetUuid_v2, 11040, (char *uuid, int dev), (uuid, dev), uuid_of(uuid, dev))
FC_RETURN(cuDeviceGetUuid, 9020, (char *uuid, int dev), (uuid, dev), uuid_of(uuid, dev))

/* Upper case, as the driver's. */
FC_RETURN(cuDeviceGetPCIBusId, 4010, (char *id, int len, int dev), (id, len, dev),
          fg_device_print(id, len, dev, "0000:%02X:00.0", 0x1A + dev))

FC_RETURN(cuDeviceGetAttribute, 2000, (int *value, int attr, int dev), (value, attr, dev),
          fg_attribute(attributes, FG_LEN(attributes), attr, dev, value))
FC_RETURN(cuDeviceCanAccessPeer, 4000, (int *can, int dev, int peer), (can, dev, peer),
          fg_can_access_peer(can, dev, peer))
/* CUdevice_P2PAttribute: numbered from 1. */
FC_RETURN(cuDeviceGetP2PAttribute, 8000, (int *value, int attr, int src, int dst),
          (value, attr, src, dst), fg_p2p_attribute(value, attr - 1, src, dst))

/* ---- Contexts ------------------------------------------------------------------------------ */

FC_ENTRY(cuDevicePrimaryCtxRetain, 7000, (struct fc_ctx * *pctx, int dev), (pctx, dev))
{
    FG_DEVICE_CALL(pctx, dev);
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

FC_ENTRY(cuDevicePrimaryCtxRelease_v2, 11000, (int dev), (dev))
{
    FG_DEVICE_CALL(1, dev);
    if (primary_refs[dev] == 0)
        return fcErrorInvalidContext;
    if (--primary_refs[dev] == 0)
        ctx_deactivate(&primary[dev]);
    return fcSuccess;
}

FC_ENTRY(cuDevicePrimaryCtxGetState, 7000, (int dev, unsigned *flags, int *active),
         (dev, flags, active))
{
    FG_DEVICE_CALL(flags && active, dev);
    *flags = 0;
    *active = primary_refs[dev] > 0;
    return fcSuccess;
}

FC_ENTRY(cuCtxCreate_v2, 3020, (struct fc_ctx * *pctx, unsigned flags, int dev), (pctx, flags, dev))
{
    (void)flags;
    FG_DEVICE_CALL(pctx, dev);
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

FC_ENTRY(cuCtxDestroy_v2, 4000, (struct fc_ctx * c), (c))
{
    if (!ctx_valid(c) || c->primary)
        return fcErrorInvalidContext;
    ctx_deactivate(c);
    FG_UNLINK(struct fc_ctx, &created, c);
    if (fc_current() == c)
        tls_depth--;
    c->magic = 0;
    free(c);
    return fcSuccess;
}

FC_RETURN(cuCtxGetCurrent, 4000, (struct fc_ctx * *pctx), (pctx),
          pctx ? (*pctx = fc_current(), fcSuccess) : fcErrorInvalidValue)

FC_ENTRY(cuCtxSetCurrent, 4000, (struct fc_ctx * c), (c))
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

FC_ENTRY(cuCtxSynchronize, 2000, (void), ())
{
    FC_NEED_CURRENT(c);
    fg_run_owner(c);
    return fcSuccess;
}

FC_ENTRY(cuCtxEnablePeerAccess, 4000, (struct fc_ctx * peer, unsigned flags), (peer, flags))
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

FC_ENTRY(cuCtxDisablePeerAccess, 4000, (struct fc_ctx * peer), (peer))
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
    FC_NEED_CURRENT(c);
    if (size == 0)
        return fcErrorInvalidValue;
    struct fg_alloc *a = fg_alloc_new(host ? -1 : c->dev, kind, size, host ? 4096 : 256, c, c->dev);
    if (!a)
        return fcErrorOutOfMemory;
    *out = a->base;
    return fcSuccess;
}

/* Device memory of a kind (0 or FC_KIND_MANAGED), answered as a CUdeviceptr. */
static fc_result alloc_device(unsigned long long *dptr, int kind, size_t size)
{
    void *p = NULL;
    if (!dptr)
        return fcErrorInvalidValue;
    fc_result r = alloc_new(false, kind, size, &p);
    if (r == fcSuccess)
        *dptr = (unsigned long long)(uintptr_t)p;
    return r;
}

FC_RETURN(cuMemAlloc_v2, 3020, (unsigned long long *dptr, size_t size), (dptr, size),
          alloc_device(dptr, 0, size))
/* Managed memory: device memory the host reaches too (flags: CU_MEM_ATTACH_GLOBAL or _HOST). */
FC_RETURN(cuMemAllocManaged, 6000, (unsigned long long *dptr, size_t size, unsigned flags),
          (dptr, size, flags),
          flags != 1 && flags != 2 ? fcErrorInvalidValue
                                   : alloc_device(dptr, FC_KIND_MANAGED, size))

FC_RETURN(cuMemFree_v2, 3020, (unsigned long long dptr), (dptr),
          fg_free_base((void *)(uintptr_t)dptr, false))
FC_RETURN(cuMemAllocHost_v2, 3020, (void **pp, size_t size), (pp, size),
          pp ? alloc_new(true, 0, size, pp) : fcErrorInvalidValue)
FC_RETURN(cuMemFreeHost, 2000, (void *p), (p), fg_free_base(p, true))

FC_ENTRY(cuMemGetInfo_v2, 3020, (size_t * free_bytes, size_t *total), (free_bytes, total))
{
    FC_NEED_CURRENT(c);
    if (!free_bytes || !total)
        return fcErrorInvalidValue;
    *total = fg_memory(c->dev);
    *free_bytes = fg_memory(c->dev) - fg_used[c->dev];
    return fcSuccess;
}

FC_ENTRY(cuPointerGetAttributes, 7000,
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
    const struct {
        int attr;
        const void *value;
        size_t n;
    } rows[] = {{fcPtrContext, &ctx, sizeof ctx},           {fcPtrMemoryType, &type, sizeof type},
                {fcPtrIsManaged, &managed, sizeof managed}, {fcPtrDeviceOrdinal, &dev, sizeof dev},
                {fcPtrRangeStart, &start, sizeof start},    {fcPtrRangeSize, &size, sizeof size}};
    for (unsigned i = 0; i < count; i++) {
        size_t k = 0;
        while (k < FG_LEN(rows) && rows[k].attr != attrs[i])
            k++;
        if (!data[i] || k == FG_LEN(rows))
            return fcErrorInvalidValue;
        memcpy(data[i], rows[k].value, rows[k].n);
    }
    return fcSuccess;
}

/* ---- Streams and events -------------------------------------------------------------------- */

FC_ENTRY(cuStreamCreate, 2000, (struct fg_stream * *ps, unsigned flags), (ps, flags))
{
    FC_NEED_CURRENT(c);
    if (!ps || (flags & ~(unsigned)fcStreamNonBlocking))
        return fcErrorInvalidValue;
    *ps = fg_stream_new(c->dev, c);
    return *ps ? fcSuccess : fcErrorOutOfMemory;
}

FC_RETURN(cuStreamDestroy_v2, 4000, (struct fg_stream * h), (h), fg_stream_destroy(h))
FC_RETURN(cuStreamSynchronize, 2000, (struct fg_stream * h), (h), fg_stream_sync(fg_stream_find(h)))
FC_RETURN(cuStreamWaitEvent, 3020, (struct fg_stream * h, void *e, unsigned flags), (h, e, flags),
          fg_event_wait(fg_stream_find(h), e, flags, fc_current()))

FC_ENTRY(cuEventCreate, 2000, (void **pe, unsigned flags), (pe, flags))
{
    FC_NEED_CURRENT(c);
    if (!pe || flags > 15)
        return fcErrorInvalidValue;
    return (fc_result)fg_event_new(pe, c, flags);
}

FC_RETURN(cuEventDestroy_v2, 4000, (void *e), (e), fg_event_destroy(e))
FC_RETURN(cuEventRecord, 2000, (void *e, struct fg_stream *h), (e, h),
          fg_event_record(e, fg_stream_find(h), fc_current()))
FC_RETURN(cuEventQuery, 2000, (void *e), (e), fg_event_query(e))
FC_RETURN(cuEventSynchronize, 2000, (void *e), (e), fg_event_sync(e))
FC_RETURN(cuEventElapsedTime, 2000, (float *ms, void *a, void *b), (ms, a, b),
          fg_event_elapsed(ms, a, b, fcEventDisableTiming))

/* ---- Copies and fills ---------------------------------------------------------------------- */

/* Pageable host memory on either side: the call returns once the copy is done (staged). */
FC_RETURN(cuMemcpyAsync, 4000,
          (unsigned long long dst, unsigned long long src, size_t n, struct fg_stream *h),
          (dst, src, n, h),
          fg_copy(fg_stream_find(h), (void *)(uintptr_t)dst, (const void *)(uintptr_t)src, n, true,
                  fc_current()))

/* cuMemsetD<bits>Async and cuMemsetD2D<bits>Async of one element type. */
#define FC_MEMSET(bits, type)                                                                      \
    FC_RETURN(cuMemsetD##bits##Async, 3020,                                                        \
              (unsigned long long dst, type v, size_t n, struct fg_stream *s), (dst, v, n, s),     \
              fg_fill(fg_stream_find(s), (void *)(uintptr_t)dst, n * sizeof(type), sizeof(type),   \
                      v, n, 1, fc_current()))                                                      \
    FC_RETURN(                                                                                     \
        cuMemsetD2D##bits##Async, 3020,                                                            \
        (unsigned long long dst, size_t pitch, type v, size_t w, size_t h, struct fg_stream *s),   \
        (dst, pitch, v, w, h, s),                                                                  \
        fg_fill(fg_stream_find(s), (void *)(uintptr_t)dst, pitch, sizeof(type), v, w, h,           \
                fc_current()))
FC_MEMSET(8, unsigned char)
FC_MEMSET(16, unsigned short)
FC_MEMSET(32, unsigned int)

/* ---- Errors -------------------------------------------------------------------------------- */

static fc_result error_lookup(int code, const char **str, bool name)
{
    const struct fg_error *e = fg_error(errors, code);
    if (!str)
        return fcErrorInvalidValue;
    *str = name ? e->name : e->text;
    return *str ? fcSuccess : fcErrorInvalidValue;
}
FC_RETURN(cuGetErrorName, 6000, (int code, const char **str), (code, str),
          error_lookup(code, str, true))
FC_RETURN(cuGetErrorString, 6000, (int code, const char **str), (code, str),
          error_lookup(code, str, false))

/* ---- Entry points only the tests and benchmarks use ---------------------------------------- */

/* A copy between two contexts' memory: with unified addressing, cuMemcpyAsync on the stream. */
FC_ENTRY(cuMemcpyPeerAsync, 0,
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
FC_RETURN(cuModuleLoadData, 0, (void **module, const void *image), (module, image),
          !module || !image ? fcErrorInvalidValue
          : need_current()  ? fcErrorNotSupported
                            : fcErrorInvalidContext)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
FC_RETURN(cuModuleGetFunction, 0, (void **function, void *module, const char *name),
          (function, module, name), fcErrorInvalidHandle)
FC_RETURN(cuModuleUnload, 0, (void *module), (module), fcErrorInvalidHandle)
FC_RETURN(cuLaunchKernel, 0,
          (void *f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
           unsigned shared, struct fg_stream *h, void **params, void **extra),
          (f, gx, gy, gz, bx, by, bz, shared, h, params, extra), fcErrorInvalidHandle)

/* ---- Variants a correct caller never asks for ---------------------------------------------- */

static fc_result wrong_variant(const char *what)
{
    fg_begin();
    fg_bump("wrong_variant", 1);
    fg_end();
    fprintf(stderr, "fake libcuda: %s called: wrong version asked of cuGetProcAddress\n", what);
    return fcErrorNotSupported;
}

/* FC_WRONG(name, version, params...): the variant of name that version introduced, which only
 * reports being called; in the call table for cuGetProcAddress, never counted. */
#define FC_WRONG(name, version, ...)                                                               \
    static fc_result wrong_##name##_##version(__VA_ARGS__)                                         \
    {                                                                                              \
        return wrong_variant(#name " (CUDA " #version ")");                                        \
    }                                                                                              \
    FG_ROW(wrong_##name##_##version##_row, #name, wrong_##name##_##version, version);
FC_WRONG(cuMemAlloc, 2000, unsigned *dptr, unsigned size)
FC_WRONG(cuMemFree, 2000, unsigned dptr)
FC_WRONG(cuMemAllocHost, 2000, void **pp, unsigned size)
FC_WRONG(cuDeviceTotalMem, 2000, unsigned *bytes, int dev)
FC_WRONG(cuStreamDestroy, 2000, void *s)
FC_WRONG(cuEventDestroy, 2000, void *e)
FC_WRONG(cuDevicePrimaryCtxRelease, 7000, int dev)
FC_WRONG(cuCtxSynchronize, 13000, void *ctx)
FC_WRONG(cuEventElapsedTime, 12080, float *ms, void *a, void *b)
#pragma GCC diagnostic pop

/* ---- cuGetProcAddress ---------------------------------------------------------------------- */

/* Each variant is a row of the call table, tagged with the version that introduced it and named
 * symbol or symbol_v2; asked at a version, the newest variant not newer answers. */
static fc_result get_proc(const char *symbol, void **pfn, int version, int *status)
{
    bool no_getproc = fg_env("NO_GETPROC", 0) != 0, known = false;
    const struct fg_call *best = NULL;
    if (!symbol || !pfn)
        return fcErrorInvalidValue;
    *pfn = NULL;
    size_t n = strlen(symbol);
    FG_EACH_CALL(c)
    {
        if (c->tag <= 0 || strncmp(c->name, symbol, n) != 0 ||
            (c->name[n] != '\0' && strcmp(c->name + n, "_v2") != 0))
            continue;
        known = true;
        if (c->tag <= version && (best == NULL || c->tag > best->tag))
            best = c;
    }
    if (no_getproc || best == NULL) {
        if (status)
            *status = known && !no_getproc ? fcProcVersionNotSufficient : fcProcSymbolNotFound;
        return fcErrorNotFound;
    }
    memcpy(pfn, &best->fn, sizeof best->fn);
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
