/* SPDX-License-Identifier: MIT */
/*
 * libfakehip: a test double of the HIP runtime (libamdhip64), a thin shim over the fakegpu
 * framework (../fakegpu/fakegpu.h for the configuration and the controls). Never installed.
 *
 * HIP's semantics where the adapter depends on them: a current device per thread, allocations,
 * streams and events of the device current when they were made, hipDeviceEnablePeerAccess giving
 * hipErrorInvalidDevice (101) for a peer it cannot reach and hipErrorPeerAccessAlreadyEnabled
 * (704) the second time, hipDeviceDisablePeerAccess hipErrorPeerAccessNotEnabled (705) when off,
 * hipDeviceGetP2PAttribute numbered from 0; below version 60000000 (FAKEGPU_VERSION)
 * hipPointerGetAttributes uses HIP 5's memory types. FAKEGPU_CANACCESS=spec: a topology whose
 * access is hipDeviceCanAccessPeer's answer (default: the node's own).
 *
 * The HIP values are written down here independently of the adapter's hip_drv.h, from AMD's
 * documentation, so that a wrong constant in the adapter fails a test instead of agreeing.
 */
#include "fakegpu_impl.h"

#include <stdio.h>
#include <string.h>

typedef unsigned int fh_error_t;

/* hipError_t values used: {name, value, hipGetErrorName, hipGetErrorString}. */
/* clang-format off */
#define FH_ERRORS(X) \
    X(Success, 0, "hipSuccess", "no error") \
    X(ErrorInvalidValue, 1, "hipErrorInvalidValue", "invalid argument") \
    X(ErrorOutOfMemory, 2, "hipErrorOutOfMemory", "out of memory") \
    X(ErrorNotInitialized, 3, "hipErrorNotInitialized", "initialization error") \
    X(ErrorInvalidDevicePointer, 17, "hipErrorInvalidDevicePointer", "invalid device pointer") \
    X(ErrorNoDevice, 100, "hipErrorNoDevice", "no ROCm-capable device is detected") \
    X(ErrorInvalidDevice, 101, "hipErrorInvalidDevice", "invalid device ordinal") \
    X(ErrorECCNotCorrectable, 214, "hipErrorECCNotCorrectable", "uncorrectable ECC error") \
    X(ErrorInvalidHandle, 400, "hipErrorInvalidHandle", "invalid resource handle") \
    X(ErrorNotReady, 600, "hipErrorNotReady", "device not ready") \
    X(ErrorIllegalAddress, 700, "hipErrorIllegalAddress", "an illegal memory access was encountered") \
    X(ErrorPeerAccessAlreadyEnabled, 704, "hipErrorPeerAccessAlreadyEnabled", "peer access is already enabled") \
    X(ErrorPeerAccessNotEnabled, 705, "hipErrorPeerAccessNotEnabled", "peer access has not been enabled") \
    X(ErrorLaunchFailure, 719, "hipErrorLaunchFailure", "unspecified launch failure") \
    X(ErrorNotSupported, 801, "hipErrorNotSupported", "operation not supported") \
    X(ErrorUnknown, 999, "hipErrorUnknown", "unknown error")
/* clang-format on */
#define FH_ERROR_ENUM(id, code, name, text) fh##id = code,
enum { FH_ERRORS(FH_ERROR_ENUM) };

static const struct fg_error errors[] = {FH_ERRORS(FG_ERROR_ROW){0, NULL, NULL}};

/* enum hipMemoryType: HIP 5 numbering, then HIP 6's. */
enum { fhMemV5Host = 0, fhMemV5Device = 1, fhMemV6Host = 1, fhMemV6Device = 2 };

enum { fhStreamNonBlocking = 1, fhEventDisableTiming = 2, fhMemcpyDefault = 4 };

typedef struct fg_stream *fh_stream_t;
typedef void *fh_event_t;

typedef struct {
    unsigned int memory_type;
    int device;
    void *device_pointer;
    void *host_pointer;
    int is_managed;
    unsigned int allocation_flags;
} fh_pointer_attribute_t;

static _Thread_local int current; /* HIP's default device is 0 */
static bool enabled[FG_MAX_DEV][FG_MAX_DEV];
static struct fg_stream *null_stream[FG_MAX_DEV];

/* Streams, events and allocations belong to a device: its token as their owner. */
static void *dev_owner(int d)
{
    return (void *)(uintptr_t)(d + 1);
}

static bool peer_on(const struct fg_stream *s, int other)
{
    return enabled[s->dev][other];
}

static int peer_enabled(int cmd, int peer)
{
    return enabled[cmd][peer];
}

const struct fg_codes fg_codes = {fhErrorInvalidValue, fhErrorInvalidHandle, fhErrorNotReady,
                                  fhErrorOutOfMemory, fhErrorInvalidDevice};
const struct fg_hooks fg_hooks = {peer_on, peer_enabled, NULL, NULL};

static int version(void)
{
    return (int)fg_env("VERSION", 60241134);
}

/* ---- Initialisation, versions, errors ------------------------------------------------------ */

FG_RETURN(fh_error_t, hipInit, (unsigned int flags), (flags),
          flags != 0 ? fhErrorInvalidValue : (fh_error_t)fg_env("INIT_ERROR", 0))

FG_RETURN(fh_error_t, hipGetDeviceCount, (int *count), (count),
          fg_put(count, fg.ndev) != 0 ? fhErrorInvalidValue
          : fg.ndev > 0               ? fhSuccess
                                      : fhErrorNoDevice)

FG_RETURN(fh_error_t, hipDriverGetVersion, (int *v), (v), fg_put(v, version()))
FG_RETURN(fh_error_t, hipRuntimeGetVersion, (int *v), (v), fg_put(v, version()))

/* Counted, never failed; an unknown code reads as hipErrorUnknown. */
static const char *error_text(struct fg_call *c, fh_error_t error, bool name)
{
    fg_begin();
    (void)fg_enter(c);
    fg_end();
    const struct fg_error *e = fg_error(errors, error);
    e = e->name != NULL ? e : fg_error(errors, fhErrorUnknown);
    return name ? e->name : e->text;
}

/* hipGetErrorName and hipGetErrorString. */
#define FH_ERROR_TEXT(sym, name)                                                                   \
    FG_EXPORT const char *sym(fh_error_t error);                                                   \
    FG_EXPORT const char *sym(fh_error_t error)                                                    \
    {                                                                                              \
        FG_CALL(call, sym, 0);                                                                     \
        return error_text(&call, error, name);                                                     \
    }
FH_ERROR_TEXT(hipGetErrorName, true)
FH_ERROR_TEXT(hipGetErrorString, false)

/* ---- Devices ------------------------------------------------------------------------------- */

FG_RETURN(fh_error_t, hipGetDevice, (int *device), (device), fg_put(device, current))

FG_RETURN(fh_error_t, hipSetDevice, (int device), (device),
          fg_dev_ok(device) ? (current = device, fhSuccess) : fhErrorInvalidDevice)
FG_RETURN(fh_error_t, hipDeviceSynchronize, (void), (),
          (fg_run_owner(dev_owner(current)), fhSuccess))

FG_RETURN(fh_error_t, hipDeviceGetName, (char *name, int len, int device), (name, len, device),
          fg_device_print(name, len, device, "Fake AMD Instinct %d", device))

FG_RETURN(fh_error_t, hipDeviceTotalMem, (size_t * bytes, int device), (bytes, device),
          fg_total_mem(bytes, device))

/* hipDeviceAttribute_t values answered: {attribute, value of device 0, step per device}, distinct
 * per attribute and device so that a wrong attribute number shows. */
static const int attributes[][3] = {
    {0, 1, -1},          /* EccEnabled: some devices with, some without */
    {5, 2100000, 1000},  /* ClockRate, kHz */
    {9, 0, 0},           /* ConcurrentManagedAccess */
    {16, 0, 0},          /* Integrated */
    {19, 8 << 20, 0},    /* L2CacheSize */
    {24, 1, 0},          /* ManagedMemory */
    {26, 1024, 0},       /* MaxBlockDimX */
    {27, 1024, 0},       /* MaxBlockDimY */
    {28, 1024, 0},       /* MaxBlockDimZ */
    {29, 2147483647, 0}, /* MaxGridDimX */
    {30, 65536, 1},      /* MaxGridDimY: distinct per device, so a wrong read shows */
    {31, 65536, 1},      /* MaxGridDimZ */
    {56, 1024, 0},       /* MaxThreadsPerBlock */
    {59, 8192, 0},       /* MemoryBusWidth */
    {60, 1300000, 0},    /* MemoryClockRate, kHz */
    {63, 300, 1},        /* MultiprocessorCount */
    {74, 64 << 10, 0},   /* MaxSharedMemoryPerBlock */
};

FG_RETURN(fh_error_t, hipDeviceGetAttribute, (int *value, unsigned int attr, int device),
          (value, attr, device),
          fg_attribute(attributes, FG_LEN(attributes), (int)attr, device, value))

FG_RETURN(fh_error_t, hipDeviceGetPCIBusId, (char *bus_id, int len, int device),
          (bus_id, len, device),
          fg_device_print(bus_id, len, device, "0000:%02X:00.0", 0x1b + 0x10 * device))

FG_ENTRY(fh_error_t, hipDeviceGetUuid, (char *uuid, int device), (uuid, device))
{
    FG_DEVICE_CALL(uuid, device);
    for (int i = 0; i < 16; i++)
        uuid[i] = (char)(0xa0 + i + 16 * device);
    return fhSuccess;
}

/* ---- Peer access --------------------------------------------------------------------------- */

FG_RETURN(fh_error_t, hipDeviceCanAccessPeer, (int *can_access, int device, int peer),
          (can_access, device, peer), fg_can_access_peer(can_access, device, peer))
/* hipDeviceP2PAttr: numbered from 0. */
FG_RETURN(fh_error_t, hipDeviceGetP2PAttribute, (int *value, unsigned int attr, int src, int dst),
          (value, attr, src, dst), fg_p2p_attribute(value, attr > 3 ? -1 : (int)attr, src, dst))

FG_ENTRY(fh_error_t, hipDeviceEnablePeerAccess, (int peer, unsigned int flags), (peer, flags))
{
    if (flags != 0)
        return fhErrorInvalidValue;
    if (!fg_dev_ok(peer) || !fg_access(current, peer))
        return fhErrorInvalidDevice;
    if (enabled[current][peer])
        return fhErrorPeerAccessAlreadyEnabled;
    enabled[current][peer] = true;
    return fhSuccess;
}

FG_ENTRY(fh_error_t, hipDeviceDisablePeerAccess, (int peer), (peer))
{
    if (!fg_dev_ok(peer) || !fg_access(current, peer))
        return fhErrorInvalidDevice;
    if (!enabled[current][peer])
        return fhErrorPeerAccessNotEnabled;
    enabled[current][peer] = false;
    return fhSuccess;
}

/* ---- Memory -------------------------------------------------------------------------------- */

enum { FH_KIND_MANAGED = 1 }; /* fg_alloc kind of hipMallocManaged memory */

static fh_error_t allocate(void **ptr, size_t size, int device, int kind)
{
    struct fg_alloc *a;
    if (ptr == NULL)
        return fhErrorInvalidValue;
    if (size == 0) {
        *ptr = NULL;
        return fhSuccess;
    }
    a = fg_alloc_new(device, kind, size, 256, dev_owner(device), current);
    if (a == NULL)
        return fhErrorOutOfMemory;
    *ptr = a->base;
    return fhSuccess;
}

FG_RETURN(fh_error_t, hipMalloc, (void **ptr, size_t size), (ptr, size),
          allocate(ptr, size, current, 0))
/* Managed memory: device memory the host reaches too (flags: hipMemAttachGlobal or Host). */
FG_RETURN(fh_error_t, hipMallocManaged, (void **ptr, size_t size, unsigned int flags),
          (ptr, size, flags),
          flags != 1 && flags != 2 ? fhErrorInvalidValue
                                   : allocate(ptr, size, current, FH_KIND_MANAGED))
FG_RETURN(fh_error_t, hipHostMalloc, (void **ptr, size_t size, unsigned int flags),
          (ptr, size, flags), flags > 0xff ? fhErrorInvalidValue : allocate(ptr, size, -1, 0))
/* hipFree synchronises: queued work using the memory runs first. */
FG_RETURN(fh_error_t, hipFree, (void *ptr), (ptr), ptr ? fg_free_base(ptr, false) : fhSuccess)
FG_RETURN(fh_error_t, hipHostFree, (void *ptr), (ptr), ptr ? fg_free_base(ptr, true) : fhSuccess)

FG_ENTRY(fh_error_t, hipPointerGetAttributes, (fh_pointer_attribute_t * attr, const void *ptr),
         (attr, ptr))
{
    const struct fg_alloc *a = fg_alloc_find(ptr);
    bool v6 = version() >= 60000000;
    if (attr == NULL || ptr == NULL || a == NULL)
        return fhErrorInvalidValue;
    memset(attr, 0, sizeof(*attr));
    attr->device_pointer = (void *)(uintptr_t)ptr;
    if (a->dev >= 0) {
        /* HIP 6 names managed memory by its type, HIP 5 by the flag. */
        attr->memory_type = v6 ? (a->kind == FH_KIND_MANAGED ? 3u : fhMemV6Device) : fhMemV5Device;
        attr->is_managed = a->kind == FH_KIND_MANAGED;
        attr->device = a->dev;
    } else {
        attr->memory_type = v6 ? fhMemV6Host : fhMemV5Host;
        attr->device = a->alloc_dev;
        attr->host_pointer = (void *)(uintptr_t)ptr;
    }
    return fhSuccess;
}

FG_ENTRY(fh_error_t, hipMemGetAddressRange, (void **base, size_t *size, void *ptr),
         (base, size, ptr))
{
    const struct fg_alloc *a = fg_alloc_find(ptr);
    if (base == NULL || size == NULL)
        return fhErrorInvalidValue;
    if (a == NULL)
        return fhErrorInvalidDevicePointer;
    *base = a->base;
    *size = a->size;
    return fhSuccess;
}

/* ---- Streams and events -------------------------------------------------------------------- */

/* NULL means the current device's null stream (not counted as a live stream). */
static struct fg_stream *resolve_stream(fh_stream_t s)
{
    if (s != NULL)
        return fg_stream_find(s);
    if (null_stream[current] == NULL) {
        null_stream[current] = fg_stream_new(current, dev_owner(current));
        fg_bump("live_streams", -1);
    }
    return null_stream[current];
}

FG_ENTRY(fh_error_t, hipStreamCreateWithFlags, (fh_stream_t * stream, unsigned int flags),
         (stream, flags))
{
    if (stream == NULL || (flags & ~(unsigned)fhStreamNonBlocking) != 0)
        return fhErrorInvalidValue;
    *stream = fg_stream_new(current, dev_owner(current));
    return *stream != NULL ? fhSuccess : fhErrorOutOfMemory;
}

FG_RETURN(fh_error_t, hipStreamDestroy, (fh_stream_t stream), (stream), fg_stream_destroy(stream))
FG_RETURN(fh_error_t, hipStreamSynchronize, (fh_stream_t stream), (stream),
          fg_stream_sync(resolve_stream(stream)))
FG_RETURN(fh_error_t, hipStreamWaitEvent, (fh_stream_t stream, fh_event_t event, unsigned flags),
          (stream, event, flags),
          fg_event_wait(resolve_stream(stream), event, flags, dev_owner(current)))
FG_RETURN(fh_error_t, hipEventCreateWithFlags, (fh_event_t * event, unsigned int flags),
          (event, flags),
          event == NULL || flags > 0x7 ? fhErrorInvalidValue
                                       : fg_event_new(event, dev_owner(current), flags))
FG_RETURN(fh_error_t, hipEventDestroy, (fh_event_t event), (event), fg_event_destroy(event))
/* HIP, like CUDA, wants the event and the stream on one device. */
FG_RETURN(fh_error_t, hipEventRecord, (fh_event_t event, fh_stream_t stream), (event, stream),
          fg_event_record(event, resolve_stream(stream), dev_owner(current)))
FG_RETURN(fh_error_t, hipEventQuery, (fh_event_t event), (event), fg_event_query(event))
FG_RETURN(fh_error_t, hipEventSynchronize, (fh_event_t event), (event), fg_event_sync(event))
FG_RETURN(fh_error_t, hipEventElapsedTime, (float *ms, fh_event_t start, fh_event_t stop),
          (ms, start, stop), fg_event_elapsed(ms, start, stop, fhEventDisableTiming))

/* ---- Copies and memsets -------------------------------------------------------------------- */

FG_RETURN(fh_error_t, hipMemcpyAsync,
          (void *dst, const void *src, size_t size, unsigned int kind, fh_stream_t stream),
          (dst, src, size, kind, stream),
          kind > fhMemcpyDefault || (size != 0 && (dst == NULL || src == NULL))
              ? fhErrorInvalidValue
          : size == 0 ? fhSuccess
                      : fg_copy(resolve_stream(stream), dst, src, size, false, dev_owner(current)))

/* hipMemsetD<bits>Async of one element type. */
#define FH_MEMSET(bits, type)                                                                      \
    FG_RETURN(fh_error_t, hipMemsetD##bits##Async, (void *dst, type v, size_t n, fh_stream_t s),   \
              (dst, v, n, s),                                                                      \
              n == 0        ? fhSuccess                                                            \
              : dst == NULL ? fhErrorInvalidValue                                                  \
                            : fg_fill(resolve_stream(s), dst, n * sizeof(type), sizeof(type),      \
                                      (uint32_t)v, n, 1, dev_owner(current)))
FH_MEMSET(8, unsigned char)
FH_MEMSET(16, unsigned short)
FH_MEMSET(32, int)
