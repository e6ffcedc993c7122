/* SPDX-License-Identifier: MIT */
/*
 * libfakehip: a simulated multi-GPU HIP node for the HIP adapter's tests (see fake_hip.h).
 *
 * The HIP values here are written down independently of the adapter's hip_drv.h, from AMD's
 * documentation, so that a wrong constant in the adapter shows up as a failing test instead of
 * being agreed with.
 *
 * Every stream keeps a queue of operations. By default an operation runs as soon as it is
 * enqueued; with FAKE_HIP_ASYNC it runs only when a synchronising call needs it (stream, event
 * or device synchronisation, a wait of another stream, a free) or when a query finds it pending
 * (the query then answers hipErrorNotReady once). One lock guards all state.
 */
#include "fake_hip.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define FH_EXPORT __attribute__((visibility("default")))

/* ---- HIP values (AMD HIP runtime API reference) -------------------------------------------- */

typedef unsigned int fh_error_t;
enum {
    fhSuccess = 0,
    fhErrorInvalidValue = 1,
    fhErrorOutOfMemory = 2,
    fhErrorNotInitialized = 3,
    fhErrorInvalidDevicePointer = 17,
    fhErrorNoDevice = 100,
    fhErrorInvalidDevice = 101,
    fhErrorECCNotCorrectable = 214,
    fhErrorInvalidHandle = 400,
    fhErrorNotReady = 600,
    fhErrorIllegalAddress = 700,
    fhErrorPeerAccessAlreadyEnabled = 704,
    fhErrorPeerAccessNotEnabled = 705,
    fhErrorLaunchFailure = 719,
    fhErrorNotSupported = 801,
    fhErrorUnknown = 999,
};

/* hipDeviceP2PAttr: PerformanceRank = 0, AccessSupported, NativeAtomicSupported,
 * HipArrayAccessSupported. */
enum { fhP2PRank = 0, fhP2PAccess = 1, fhP2PAtomic = 2, fhP2PArray = 3 };

/* hipDeviceAttribute_t values answered. */
enum {
    fhAttrEccEnabled = 0,
    fhAttrClockRate = 5,
    fhAttrConcurrentManagedAccess = 9,
    fhAttrIntegrated = 16,
    fhAttrL2CacheSize = 19,
    fhAttrManagedMemory = 24,
    fhAttrMaxBlockDimX = 26,
    fhAttrMaxBlockDimY = 27,
    fhAttrMaxBlockDimZ = 28,
    fhAttrMaxGridDimX = 29,
    fhAttrMaxGridDimY = 30,
    fhAttrMaxGridDimZ = 31,
    fhAttrMaxThreadsPerBlock = 56,
    fhAttrMemoryBusWidth = 59,
    fhAttrMemoryClockRate = 60,
    fhAttrMultiprocessorCount = 63,
    fhAttrMaxSharedMemoryPerBlock = 74,
};

/* enum hipMemoryType: HIP 5 numbering, then HIP 6's. */
enum { fhMemV5Host = 0, fhMemV5Device = 1 };
enum { fhMemV6Host = 1, fhMemV6Device = 2 };

#define FH_STREAM_NON_BLOCKING 0x1u
#define FH_EVENT_DISABLE_TIMING 0x2u
#define FH_MEMCPY_DEFAULT 4u

#define FH_MAX_DEVICES 16

/* ---- Types ---------------------------------------------------------------------------------- */

struct fh_stream;

/* HIP's opaque handles are pointers to these. */
typedef struct fh_stream *fh_stream_t;
typedef struct fh_event *fh_event_t;

typedef struct {
    char bytes[16];
} fh_uuid_t;

typedef struct {
    unsigned int memory_type;
    int device;
    void *device_pointer;
    void *host_pointer;
    int is_managed;
    unsigned int allocation_flags;
} fh_pointer_attribute_t;

struct fh_alloc {
    unsigned char *base;
    size_t size;
    int device; /* -1: host (hipHostMalloc) */
    int alloc_device;
    struct fh_alloc *next;
};

enum fh_op_kind { OP_COPY, OP_SET, OP_RECORD, OP_WAIT };

struct fh_op {
    enum fh_op_kind kind;
    uint64_t seq; /* position in its stream */
    unsigned char *dst;
    const unsigned char *src;
    size_t size;    /* copy: bytes; set: elements */
    unsigned width; /* set: 1, 2 or 4 */
    uint32_t value; /* set */
    struct fh_event *event;
    uint64_t generation; /* record: the event's record generation */
    struct fh_stream *wait_stream;
    uint64_t wait_seq;
    struct fh_op *next;
};

#define FH_STREAM_MAGIC 0x66687374u
#define FH_EVENT_MAGIC 0x66686576u

struct fh_stream {
    uint32_t magic;
    int device;
    uint64_t enqueued; /* sequence numbers handed out */
    uint64_t done;     /* operations executed */
    struct fh_op *head, *tail;
    struct fh_stream *next;
};

struct fh_event {
    uint32_t magic;
    int device;
    unsigned flags;
    bool recorded;
    bool complete;
    uint64_t generation;
    struct fh_stream *stream; /* where it was last recorded */
    uint64_t seq;             /* the record operation's position there */
    uint64_t time_ns;
    struct fh_event *next;
};

/* ---- Entry points and call counts ----------------------------------------------------------- */

#define FH_FUNCS(X)                                                                                \
    X(hipInit)                                                                                     \
    X(hipGetDeviceCount)                                                                           \
    X(hipDriverGetVersion)                                                                         \
    X(hipRuntimeGetVersion)                                                                        \
    X(hipGetErrorName)                                                                             \
    X(hipGetErrorString)                                                                           \
    X(hipGetDevice)                                                                                \
    X(hipSetDevice)                                                                                \
    X(hipDeviceSynchronize)                                                                        \
    X(hipDeviceGetName)                                                                            \
    X(hipDeviceTotalMem)                                                                           \
    X(hipDeviceGetAttribute)                                                                       \
    X(hipDeviceGetPCIBusId)                                                                        \
    X(hipDeviceGetUuid)                                                                            \
    X(hipDeviceCanAccessPeer)                                                                      \
    X(hipDeviceGetP2PAttribute)                                                                    \
    X(hipDeviceEnablePeerAccess)                                                                   \
    X(hipDeviceDisablePeerAccess)                                                                  \
    X(hipMalloc)                                                                                   \
    X(hipHostMalloc)                                                                               \
    X(hipFree)                                                                                     \
    X(hipHostFree)                                                                                 \
    X(hipPointerGetAttributes)                                                                     \
    X(hipMemGetAddressRange)                                                                       \
    X(hipStreamCreateWithFlags)                                                                    \
    X(hipStreamDestroy)                                                                            \
    X(hipStreamSynchronize)                                                                        \
    X(hipStreamWaitEvent)                                                                          \
    X(hipEventCreateWithFlags)                                                                     \
    X(hipEventDestroy)                                                                             \
    X(hipEventRecord)                                                                              \
    X(hipEventQuery)                                                                               \
    X(hipEventSynchronize)                                                                         \
    X(hipEventElapsedTime)                                                                         \
    X(hipMemcpyAsync)                                                                              \
    X(hipMemsetD8Async)                                                                            \
    X(hipMemsetD16Async)                                                                           \
    X(hipMemsetD32Async)

enum fh_func_id {
#define FH_ID(name) FH_ID_##name,
    FH_FUNCS(FH_ID)
#undef FH_ID
        FH_NUM_FUNCS
};

static const char *const fh_func_names[FH_NUM_FUNCS] = {
#define FH_NAME(name) #name,
    FH_FUNCS(FH_NAME)
#undef FH_NAME
};

/* The exported HIP entry points (prototypes, for -Wmissing-prototypes). */
FH_EXPORT fh_error_t hipInit(unsigned int flags);
FH_EXPORT fh_error_t hipGetDeviceCount(int *count);
FH_EXPORT fh_error_t hipDriverGetVersion(int *version);
FH_EXPORT fh_error_t hipRuntimeGetVersion(int *version);
FH_EXPORT const char *hipGetErrorName(fh_error_t error);
FH_EXPORT const char *hipGetErrorString(fh_error_t error);
FH_EXPORT fh_error_t hipGetDevice(int *device);
FH_EXPORT fh_error_t hipSetDevice(int device);
FH_EXPORT fh_error_t hipDeviceSynchronize(void);
FH_EXPORT fh_error_t hipDeviceGetName(char *name, int len, int device);
FH_EXPORT fh_error_t hipDeviceTotalMem(size_t *bytes, int device);
FH_EXPORT fh_error_t hipDeviceGetAttribute(int *value, unsigned int attr, int device);
FH_EXPORT fh_error_t hipDeviceGetPCIBusId(char *bus_id, int len, int device);
FH_EXPORT fh_error_t hipDeviceGetUuid(fh_uuid_t *uuid, int device);
FH_EXPORT fh_error_t hipDeviceCanAccessPeer(int *can_access, int device, int peer);
FH_EXPORT fh_error_t hipDeviceGetP2PAttribute(int *value, unsigned int attr, int src, int dst);
FH_EXPORT fh_error_t hipDeviceEnablePeerAccess(int peer, unsigned int flags);
FH_EXPORT fh_error_t hipDeviceDisablePeerAccess(int peer);
FH_EXPORT fh_error_t hipMalloc(void **ptr, size_t size);
FH_EXPORT fh_error_t hipHostMalloc(void **ptr, size_t size, unsigned int flags);
FH_EXPORT fh_error_t hipFree(void *ptr);
FH_EXPORT fh_error_t hipHostFree(void *ptr);
FH_EXPORT fh_error_t hipPointerGetAttributes(fh_pointer_attribute_t *attr, const void *ptr);
FH_EXPORT fh_error_t hipMemGetAddressRange(void **base, size_t *size, void *ptr);
FH_EXPORT fh_error_t hipStreamCreateWithFlags(fh_stream_t *stream, unsigned int flags);
FH_EXPORT fh_error_t hipStreamDestroy(fh_stream_t stream);
FH_EXPORT fh_error_t hipStreamSynchronize(fh_stream_t stream);
FH_EXPORT fh_error_t hipStreamWaitEvent(fh_stream_t stream, fh_event_t event, unsigned int flags);
FH_EXPORT fh_error_t hipEventCreateWithFlags(fh_event_t *event, unsigned int flags);
FH_EXPORT fh_error_t hipEventDestroy(fh_event_t event);
FH_EXPORT fh_error_t hipEventRecord(fh_event_t event, fh_stream_t stream);
FH_EXPORT fh_error_t hipEventQuery(fh_event_t event);
FH_EXPORT fh_error_t hipEventSynchronize(fh_event_t event);
FH_EXPORT fh_error_t hipEventElapsedTime(float *ms, fh_event_t start, fh_event_t stop);
FH_EXPORT fh_error_t hipMemcpyAsync(void *dst, const void *src, size_t size, unsigned int kind,
                                    fh_stream_t stream);
FH_EXPORT fh_error_t hipMemsetD8Async(void *dst, unsigned char value, size_t count,
                                      fh_stream_t stream);
FH_EXPORT fh_error_t hipMemsetD16Async(void *dst, unsigned short value, size_t count,
                                       fh_stream_t stream);
FH_EXPORT fh_error_t hipMemsetD32Async(void *dst, int value, size_t count, fh_stream_t stream);

/* ---- State ---------------------------------------------------------------------------------- */

static struct {
    pthread_once_t once;
    pthread_mutex_t lock;
    int ndev;
    int version;
    size_t mem_per_device;
    fh_error_t init_error;
    bool async;
    bool link[FH_MAX_DEVICES][FH_MAX_DEVICES];
    bool can_access[FH_MAX_DEVICES][FH_MAX_DEVICES]; /* hipDeviceCanAccessPeer */
    bool atomics[FH_MAX_DEVICES][FH_MAX_DEVICES];
    int rank[FH_MAX_DEVICES][FH_MAX_DEVICES];
    bool enabled[FH_MAX_DEVICES][FH_MAX_DEVICES];
    size_t used[FH_MAX_DEVICES];
    struct fh_alloc *allocs;
    struct fh_stream *streams;
    struct fh_stream *null_stream[FH_MAX_DEVICES];
    struct fh_event *events;
    FILE *log;
    atomic_ulong calls[FH_NUM_FUNCS];
    unsigned fault_nth[FH_NUM_FUNCS];
    fh_error_t fault_code[FH_NUM_FUNCS];
    unsigned long stream_device_mismatch, free_with_pending_work;
    unsigned long bytes_direct, bytes_staged, bytes_local;
    unsigned long live_allocations, live_streams, live_events;
} fh = {.once = PTHREAD_ONCE_INIT, .lock = PTHREAD_MUTEX_INITIALIZER};

static _Thread_local int fh_current; /* HIP's default device is 0 */

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int find_func(const char *name)
{
    for (int i = 0; i < FH_NUM_FUNCS; i++)
        if (strcmp(fh_func_names[i], name) == 0)
            return i;
    return -1;
}

/* "0-1,1-0" -> pairs; "0-1:3" sets a value too. */
static void parse_pairs(const char *spec, bool (*flags)[FH_MAX_DEVICES],
                        int (*values)[FH_MAX_DEVICES])
{
    const char *s = spec;
    while (*s != '\0') {
        char *end;
        long a = strtol(s, &end, 10), b, v = 1;
        if (end == s || *end != '-')
            break;
        s = end + 1;
        b = strtol(s, &end, 10);
        if (end == s)
            break;
        s = end;
        if (*s == ':') {
            v = strtol(s + 1, &end, 10);
            s = end;
        }
        if (a >= 0 && a < FH_MAX_DEVICES && b >= 0 && b < FH_MAX_DEVICES && a != b) {
            if (flags != NULL)
                flags[a][b] = true;
            if (values != NULL)
                values[a][b] = (int)v;
        }
        while (*s == ',' || *s == ' ')
            s++;
    }
}

static void parse_faults(const char *spec)
{
    char buf[512];
    char *save = NULL;
    snprintf(buf, sizeof(buf), "%s", spec);
    for (char *tok = strtok_r(buf, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save)) {
        char *c1 = strchr(tok, ':');
        char *c2 = c1 != NULL ? strchr(c1 + 1, ':') : NULL;
        int id;
        if (c1 == NULL || c2 == NULL)
            continue;
        *c1 = '\0';
        id = find_func(tok);
        if (id < 0)
            continue;
        fh.fault_nth[id] = (unsigned)strtoul(c1 + 1, NULL, 10);
        fh.fault_code[id] = (fh_error_t)strtoul(c2 + 1, NULL, 10);
    }
}

static void configure(void)
{
    const char *s;

    fh.ndev = 4;
    s = getenv("FAKE_HIP_DEVICES");
    if (s != NULL && *s != '\0')
        fh.ndev = atoi(s);
    if (fh.ndev < 0)
        fh.ndev = 0;
    if (fh.ndev > FH_MAX_DEVICES)
        fh.ndev = FH_MAX_DEVICES;
    fh.version = 60241134;
    s = getenv("FAKE_HIP_VERSION");
    if (s != NULL && *s != '\0')
        fh.version = atoi(s);
    fh.mem_per_device = (size_t)256 << 20;
    s = getenv("FAKE_HIP_MEMORY_MB");
    if (s != NULL && *s != '\0')
        fh.mem_per_device = (size_t)strtoul(s, NULL, 10) << 20;
    s = getenv("FAKE_HIP_INIT_ERROR");
    if (s != NULL && *s != '\0')
        fh.init_error = (fh_error_t)strtoul(s, NULL, 10);
    s = getenv("FAKE_HIP_ASYNC");
    fh.async = s != NULL && *s != '\0' && *s != '0';

    s = getenv("FAKE_HIP_P2P");
    if (s != NULL) {
        parse_pairs(s, fh.link, NULL);
    } else {
        for (int a = 0; a < fh.ndev; a++)
            for (int b = 0; b < fh.ndev; b++)
                fh.link[a][b] = a != b;
    }
    s = getenv("FAKE_HIP_CANACCESS");
    if (s != NULL)
        parse_pairs(s, fh.can_access, NULL);
    else
        memcpy(fh.can_access, fh.link, sizeof(fh.can_access));
    s = getenv("FAKE_HIP_ATOMICS");
    if (s != NULL)
        parse_pairs(s, fh.atomics, NULL);
    else
        memcpy(fh.atomics, fh.link, sizeof(fh.atomics));
    for (int a = 0; a < FH_MAX_DEVICES; a++)
        for (int b = 0; b < FH_MAX_DEVICES; b++)
            fh.rank[a][b] = fh.link[a][b] ? 7 : 0;
    s = getenv("FAKE_HIP_RANKS");
    if (s != NULL)
        parse_pairs(s, NULL, fh.rank);
    s = getenv("FAKE_HIP_FAULTS");
    if (s != NULL)
        parse_faults(s);
    s = getenv("FAKE_HIP_LOG");
    if (s != NULL && *s != '\0')
        fh.log = fopen(s, "a");
}

/* Count the call, log it, and return an injected failure if one is due (0 otherwise). */
static fh_error_t enter(enum fh_func_id id)
{
    fh_error_t code = 0;
    pthread_once(&fh.once, configure);
    atomic_fetch_add(&fh.calls[id], 1);
    pthread_mutex_lock(&fh.lock);
    if (fh.log != NULL) {
        fprintf(fh.log, "%s (current device %d)\n", fh_func_names[id], fh_current);
        fflush(fh.log);
    }
    if (fh.fault_nth[id] != 0 && --fh.fault_nth[id] == 0)
        code = fh.fault_code[id];
    pthread_mutex_unlock(&fh.lock);
    return code;
}

#define ENTER(name)                                                                                \
    do {                                                                                           \
        fh_error_t fault_ = enter(FH_ID_##name);                                                   \
        if (fault_ != 0)                                                                           \
            return fault_;                                                                         \
    } while (0)

static bool valid_device(int d)
{
    return d >= 0 && d < fh.ndev;
}

/* ---- Memory --------------------------------------------------------------------------------- */

static struct fh_alloc *find_alloc(const void *p)
{
    for (struct fh_alloc *a = fh.allocs; a != NULL; a = a->next)
        if ((const unsigned char *)p >= a->base && (const unsigned char *)p < a->base + a->size)
            return a;
    return NULL;
}

/* Tracked memory must hold [p, p + size); untracked memory is the caller's host memory. */
static bool range_ok(const void *p, size_t size, struct fh_alloc **out)
{
    struct fh_alloc *a = find_alloc(p);
    *out = a;
    if (a == NULL)
        return true;
    return size <= (size_t)(a->base + a->size - (const unsigned char *)p);
}

/* ---- Streams and their operations ----------------------------------------------------------- */

static bool valid_stream(const struct fh_stream *s)
{
    for (const struct fh_stream *t = fh.streams; t != NULL; t = t->next)
        if (t == s)
            return t->magic == FH_STREAM_MAGIC;
    return false;
}

static bool valid_event(const struct fh_event *e)
{
    for (const struct fh_event *t = fh.events; t != NULL; t = t->next)
        if (t == e)
            return t->magic == FH_EVENT_MAGIC;
    return false;
}

static struct fh_stream *new_stream(int device)
{
    struct fh_stream *s = calloc(1, sizeof(*s));
    if (s == NULL)
        return NULL;
    s->magic = FH_STREAM_MAGIC;
    s->device = device;
    s->next = fh.streams;
    fh.streams = s;
    return s;
}

/* NULL means the current device's null stream. */
static struct fh_stream *resolve_stream(fh_stream_t s)
{
    if (s != NULL)
        return valid_stream(s) ? s : NULL;
    if (fh.null_stream[fh_current] == NULL)
        fh.null_stream[fh_current] = new_stream(fh_current);
    return fh.null_stream[fh_current];
}

static void run_until(struct fh_stream *s, uint64_t seq);

static void count_copy(const struct fh_stream *s, const struct fh_alloc *dst,
                       const struct fh_alloc *src, size_t size)
{
    int d = dst != NULL ? dst->device : -1, r = src != NULL ? src->device : -1;
    if (d >= 0 && r >= 0 && d != r) {
        int other = s->device == d ? r : d;
        bool involved = s->device == d || s->device == r;
        if (involved && fh.enabled[s->device][other])
            fh.bytes_direct += size;
        else
            fh.bytes_staged += size;
    } else {
        fh.bytes_local += size;
    }
}

static void execute(struct fh_stream *s, struct fh_op *op)
{
    switch (op->kind) {
    case OP_COPY:
        count_copy(s, find_alloc(op->dst), find_alloc(op->src), op->size);
        memmove(op->dst, op->src, op->size);
        break;
    case OP_SET:
        for (size_t i = 0; i < op->size; i++) {
            if (op->width == 1) {
                op->dst[i] = (unsigned char)op->value;
            } else if (op->width == 2) {
                uint16_t v = (uint16_t)op->value;
                memcpy(op->dst + 2 * i, &v, 2);
            } else {
                memcpy(op->dst + 4 * i, &op->value, 4);
            }
        }
        break;
    case OP_RECORD:
        if (op->event != NULL && op->event->generation == op->generation) {
            op->event->complete = true;
            op->event->time_ns = now_ns();
        }
        break;
    case OP_WAIT:
        if (op->wait_stream != NULL)
            run_until(op->wait_stream, op->wait_seq);
        break;
    }
}

/* Run a stream's operations up to and including sequence number `seq`. */
static void run_until(struct fh_stream *s, uint64_t seq)
{
    while (s->head != NULL && s->head->seq <= seq) {
        struct fh_op *op = s->head;
        s->head = op->next;
        if (s->head == NULL)
            s->tail = NULL;
        execute(s, op);
        s->done = op->seq;
        free(op);
    }
}

static void run_all(struct fh_stream *s)
{
    run_until(s, UINT64_MAX);
}

static fh_error_t enqueue(struct fh_stream *s, struct fh_op *tmpl)
{
    struct fh_op *op = malloc(sizeof(*op));
    if (op == NULL)
        return fhErrorOutOfMemory;
    *op = *tmpl;
    op->seq = ++s->enqueued;
    op->next = NULL;
    if (s->tail != NULL)
        s->tail->next = op;
    else
        s->head = op;
    s->tail = op;
    if (s->device != fh_current)
        fh.stream_device_mismatch++;
    if (!fh.async)
        run_all(s);
    return fhSuccess;
}

static bool op_touches(const struct fh_op *op, const unsigned char *base, size_t size)
{
    size_t span = op->kind == OP_SET ? op->size * op->width : op->size;
    if (op->kind != OP_COPY && op->kind != OP_SET)
        return false;
    if (op->dst < base + size && op->dst + span > base)
        return true;
    return op->kind == OP_COPY && op->src < base + size && op->src + span > base;
}

/* Before memory goes away: note queued work that still uses it, then finish it (hipFree
 * synchronises, so the real runtime would wait too). */
static void drain_users(const struct fh_alloc *a)
{
    bool pending = false;
    for (struct fh_stream *s = fh.streams; s != NULL; s = s->next)
        for (struct fh_op *op = s->head; op != NULL; op = op->next)
            pending = pending || op_touches(op, a->base, a->size);
    if (!pending)
        return;
    fh.free_with_pending_work++;
    for (struct fh_stream *s = fh.streams; s != NULL; s = s->next)
        run_all(s);
}

/* ---- Controls for the tests ----------------------------------------------------------------- */

FH_EXPORT unsigned long fakehip_call_count(const char *name)
{
    unsigned long n = 0;
    int id;
    if (name == NULL || *name == '\0') {
        for (int i = 0; i < FH_NUM_FUNCS; i++)
            n += atomic_load(&fh.calls[i]);
        return n;
    }
    id = find_func(name);
    return id < 0 ? 0 : atomic_load(&fh.calls[id]);
}

FH_EXPORT void fakehip_reset_counts(void)
{
    for (int i = 0; i < FH_NUM_FUNCS; i++)
        atomic_store(&fh.calls[i], 0);
}

FH_EXPORT int fakehip_fail_call(const char *name, unsigned nth, unsigned code)
{
    int id = name != NULL ? find_func(name) : -1;
    if (id < 0)
        return -1;
    pthread_once(&fh.once, configure);
    pthread_mutex_lock(&fh.lock);
    fh.fault_nth[id] = nth;
    fh.fault_code[id] = code;
    pthread_mutex_unlock(&fh.lock);
    return 0;
}

FH_EXPORT unsigned long fakehip_counter(const char *name)
{
    unsigned long v = 0;
    pthread_once(&fh.once, configure);
    pthread_mutex_lock(&fh.lock);
    if (strcmp(name, "stream_device_mismatch") == 0)
        v = fh.stream_device_mismatch;
    else if (strcmp(name, "free_with_pending_work") == 0)
        v = fh.free_with_pending_work;
    else if (strcmp(name, "bytes_direct") == 0)
        v = fh.bytes_direct;
    else if (strcmp(name, "bytes_staged") == 0)
        v = fh.bytes_staged;
    else if (strcmp(name, "bytes_local") == 0)
        v = fh.bytes_local;
    else if (strcmp(name, "live_allocations") == 0)
        v = fh.live_allocations;
    else if (strcmp(name, "live_streams") == 0)
        v = fh.live_streams;
    else if (strcmp(name, "live_events") == 0)
        v = fh.live_events;
    pthread_mutex_unlock(&fh.lock);
    return v;
}

FH_EXPORT int fakehip_peer_enabled(int cmd, int peer)
{
    int v;
    pthread_once(&fh.once, configure);
    if (!valid_device(cmd) || !valid_device(peer))
        return -1;
    pthread_mutex_lock(&fh.lock);
    v = fh.enabled[cmd][peer] ? 1 : 0;
    pthread_mutex_unlock(&fh.lock);
    return v;
}

FH_EXPORT int fakehip_pointer_device(const void *p)
{
    const struct fh_alloc *a;
    int d;
    pthread_mutex_lock(&fh.lock);
    a = find_alloc(p);
    d = a == NULL ? -2 : a->device;
    pthread_mutex_unlock(&fh.lock);
    return d;
}

FH_EXPORT void fakehip_set_async(int on)
{
    pthread_once(&fh.once, configure);
    pthread_mutex_lock(&fh.lock);
    fh.async = on != 0;
    pthread_mutex_unlock(&fh.lock);
}

/* ---- Initialisation, versions, errors ------------------------------------------------------- */

FH_EXPORT fh_error_t hipInit(unsigned int flags)
{
    ENTER(hipInit);
    if (flags != 0)
        return fhErrorInvalidValue;
    return fh.init_error;
}

FH_EXPORT fh_error_t hipGetDeviceCount(int *count)
{
    ENTER(hipGetDeviceCount);
    if (count == NULL)
        return fhErrorInvalidValue;
    *count = fh.ndev;
    return fh.ndev > 0 ? fhSuccess : fhErrorNoDevice;
}

FH_EXPORT fh_error_t hipDriverGetVersion(int *version)
{
    ENTER(hipDriverGetVersion);
    if (version == NULL)
        return fhErrorInvalidValue;
    *version = fh.version;
    return fhSuccess;
}

FH_EXPORT fh_error_t hipRuntimeGetVersion(int *version)
{
    ENTER(hipRuntimeGetVersion);
    if (version == NULL)
        return fhErrorInvalidValue;
    *version = fh.version;
    return fhSuccess;
}

static const struct {
    fh_error_t code;
    const char *name;
    const char *text;
} fh_errors[] = {
    {fhSuccess, "hipSuccess", "no error"},
    {fhErrorInvalidValue, "hipErrorInvalidValue", "invalid argument"},
    {fhErrorOutOfMemory, "hipErrorOutOfMemory", "out of memory"},
    {fhErrorNotInitialized, "hipErrorNotInitialized", "initialization error"},
    {fhErrorInvalidDevicePointer, "hipErrorInvalidDevicePointer", "invalid device pointer"},
    {fhErrorNoDevice, "hipErrorNoDevice", "no ROCm-capable device is detected"},
    {fhErrorInvalidDevice, "hipErrorInvalidDevice", "invalid device ordinal"},
    {fhErrorECCNotCorrectable, "hipErrorECCNotCorrectable", "uncorrectable ECC error"},
    {fhErrorInvalidHandle, "hipErrorInvalidHandle", "invalid resource handle"},
    {fhErrorNotReady, "hipErrorNotReady", "device not ready"},
    {fhErrorIllegalAddress, "hipErrorIllegalAddress", "an illegal memory access was encountered"},
    {fhErrorPeerAccessAlreadyEnabled, "hipErrorPeerAccessAlreadyEnabled",
     "peer access is already enabled"},
    {fhErrorPeerAccessNotEnabled, "hipErrorPeerAccessNotEnabled",
     "peer access has not been enabled"},
    {fhErrorLaunchFailure, "hipErrorLaunchFailure", "unspecified launch failure"},
    {fhErrorNotSupported, "hipErrorNotSupported", "operation not supported"},
    {fhErrorUnknown, "hipErrorUnknown", "unknown error"},
};

FH_EXPORT const char *hipGetErrorName(fh_error_t error)
{
    (void)enter(FH_ID_hipGetErrorName);
    for (size_t i = 0; i < sizeof(fh_errors) / sizeof(fh_errors[0]); i++)
        if (fh_errors[i].code == error)
            return fh_errors[i].name;
    return "hipErrorUnknown";
}

FH_EXPORT const char *hipGetErrorString(fh_error_t error)
{
    (void)enter(FH_ID_hipGetErrorString);
    for (size_t i = 0; i < sizeof(fh_errors) / sizeof(fh_errors[0]); i++)
        if (fh_errors[i].code == error)
            return fh_errors[i].text;
    return "unknown error";
}

/* ---- Devices -------------------------------------------------------------------------------- */

FH_EXPORT fh_error_t hipGetDevice(int *device)
{
    ENTER(hipGetDevice);
    if (device == NULL)
        return fhErrorInvalidValue;
    *device = fh_current;
    return fhSuccess;
}

FH_EXPORT fh_error_t hipSetDevice(int device)
{
    ENTER(hipSetDevice);
    if (!valid_device(device))
        return fhErrorInvalidDevice;
    fh_current = device;
    return fhSuccess;
}

FH_EXPORT fh_error_t hipDeviceSynchronize(void)
{
    ENTER(hipDeviceSynchronize);
    pthread_mutex_lock(&fh.lock);
    for (struct fh_stream *s = fh.streams; s != NULL; s = s->next)
        if (s->device == fh_current)
            run_all(s);
    pthread_mutex_unlock(&fh.lock);
    return fhSuccess;
}

FH_EXPORT fh_error_t hipDeviceGetName(char *name, int len, int device)
{
    ENTER(hipDeviceGetName);
    if (name == NULL || len <= 0)
        return fhErrorInvalidValue;
    if (!valid_device(device))
        return fhErrorInvalidDevice;
    snprintf(name, (size_t)len, "Fake AMD Instinct %d", device);
    return fhSuccess;
}

FH_EXPORT fh_error_t hipDeviceTotalMem(size_t *bytes, int device)
{
    ENTER(hipDeviceTotalMem);
    if (bytes == NULL)
        return fhErrorInvalidValue;
    if (!valid_device(device))
        return fhErrorInvalidDevice;
    *bytes = fh.mem_per_device;
    return fhSuccess;
}

/* Distinct values per attribute and device, so a wrong attribute number shows. */
FH_EXPORT fh_error_t hipDeviceGetAttribute(int *value, unsigned int attr, int device)
{
    ENTER(hipDeviceGetAttribute);
    if (value == NULL)
        return fhErrorInvalidValue;
    if (!valid_device(device))
        return fhErrorInvalidDevice;
    switch (attr) {
    case fhAttrClockRate:
        *value = 2100000 + device * 1000; /* kHz */
        return fhSuccess;
    case fhAttrConcurrentManagedAccess:
        *value = 0;
        return fhSuccess;
    case fhAttrL2CacheSize:
        *value = 8 << 20;
        return fhSuccess;
    case fhAttrManagedMemory:
        *value = 1;
        return fhSuccess;
    case fhAttrMaxThreadsPerBlock:
        *value = 1024;
        return fhSuccess;
    case fhAttrMemoryBusWidth:
        *value = 8192;
        return fhSuccess;
    case fhAttrMemoryClockRate:
        *value = 1300000; /* kHz */
        return fhSuccess;
    case fhAttrMultiprocessorCount:
        *value = 300 + device;
        return fhSuccess;
    case fhAttrMaxSharedMemoryPerBlock:
        *value = 64 << 10;
        return fhSuccess;
    case fhAttrEccEnabled:
        *value = device % 2 == 0;
        return fhSuccess;
    case fhAttrIntegrated:
        *value = 0;
        return fhSuccess;
    case fhAttrMaxBlockDimX:
    case fhAttrMaxBlockDimY:
    case fhAttrMaxBlockDimZ:
        *value = 1024;
        return fhSuccess;
    case fhAttrMaxGridDimX:
        *value = 2147483647;
        return fhSuccess;
    case fhAttrMaxGridDimY:
    case fhAttrMaxGridDimZ:
        *value = 65536 + device; /* distinct per device, so a wrong read shows */
        return fhSuccess;
    default:
        return fhErrorInvalidValue;
    }
}

FH_EXPORT fh_error_t hipDeviceGetPCIBusId(char *bus_id, int len, int device)
{
    ENTER(hipDeviceGetPCIBusId);
    if (bus_id == NULL || len <= 0)
        return fhErrorInvalidValue;
    if (!valid_device(device))
        return fhErrorInvalidDevice;
    snprintf(bus_id, (size_t)len, "0000:%02X:00.0", 0x1b + 0x10 * device);
    return fhSuccess;
}

FH_EXPORT fh_error_t hipDeviceGetUuid(fh_uuid_t *uuid, int device)
{
    ENTER(hipDeviceGetUuid);
    if (uuid == NULL)
        return fhErrorInvalidValue;
    if (!valid_device(device))
        return fhErrorInvalidDevice;
    for (int i = 0; i < 16; i++)
        uuid->bytes[i] = (char)(0xa0 + i + 16 * device);
    return fhSuccess;
}

/* ---- Peer access ---------------------------------------------------------------------------- */

FH_EXPORT fh_error_t hipDeviceCanAccessPeer(int *can_access, int device, int peer)
{
    ENTER(hipDeviceCanAccessPeer);
    if (can_access == NULL)
        return fhErrorInvalidValue;
    if (!valid_device(device) || !valid_device(peer))
        return fhErrorInvalidDevice;
    *can_access = device != peer && fh.can_access[device][peer];
    return fhSuccess;
}

FH_EXPORT fh_error_t hipDeviceGetP2PAttribute(int *value, unsigned int attr, int src, int dst)
{
    ENTER(hipDeviceGetP2PAttribute);
    if (value == NULL)
        return fhErrorInvalidValue;
    if (!valid_device(src) || !valid_device(dst) || src == dst)
        return fhErrorInvalidDevice;
    switch (attr) {
    case fhP2PRank:
        *value = fh.rank[src][dst];
        return fhSuccess;
    case fhP2PAccess:
        *value = fh.link[src][dst];
        return fhSuccess;
    case fhP2PAtomic:
        *value = fh.atomics[src][dst];
        return fhSuccess;
    case fhP2PArray:
        *value = fh.link[src][dst];
        return fhSuccess;
    default:
        return fhErrorInvalidValue;
    }
}

FH_EXPORT fh_error_t hipDeviceEnablePeerAccess(int peer, unsigned int flags)
{
    fh_error_t err = fhSuccess;
    ENTER(hipDeviceEnablePeerAccess);
    if (flags != 0)
        return fhErrorInvalidValue;
    if (!valid_device(peer) || peer == fh_current || !fh.link[fh_current][peer])
        return fhErrorInvalidDevice;
    pthread_mutex_lock(&fh.lock);
    if (fh.enabled[fh_current][peer])
        err = fhErrorPeerAccessAlreadyEnabled;
    else
        fh.enabled[fh_current][peer] = true;
    pthread_mutex_unlock(&fh.lock);
    return err;
}

FH_EXPORT fh_error_t hipDeviceDisablePeerAccess(int peer)
{
    fh_error_t err = fhSuccess;
    ENTER(hipDeviceDisablePeerAccess);
    if (!valid_device(peer) || peer == fh_current || !fh.link[fh_current][peer])
        return fhErrorInvalidDevice;
    pthread_mutex_lock(&fh.lock);
    if (!fh.enabled[fh_current][peer])
        err = fhErrorPeerAccessNotEnabled;
    else
        fh.enabled[fh_current][peer] = false;
    pthread_mutex_unlock(&fh.lock);
    return err;
}

/* ---- Memory --------------------------------------------------------------------------------- */

static fh_error_t allocate(void **ptr, size_t size, int device)
{
    struct fh_alloc *a;
    size_t rounded = (size + 255) & ~(size_t)255;

    if (device >= 0 && fh.used[device] + rounded > fh.mem_per_device)
        return fhErrorOutOfMemory;
    a = calloc(1, sizeof(*a));
    if (a == NULL)
        return fhErrorOutOfMemory;
    a->base = aligned_alloc(256, rounded);
    if (a->base == NULL) {
        free(a);
        return fhErrorOutOfMemory;
    }
    memset(a->base, 0xcd, rounded); /* fresh memory is not zero */
    a->size = size;
    a->device = device;
    a->alloc_device = fh_current;
    a->next = fh.allocs;
    fh.allocs = a;
    if (device >= 0)
        fh.used[device] += rounded;
    fh.live_allocations++;
    *ptr = a->base;
    return fhSuccess;
}

FH_EXPORT fh_error_t hipMalloc(void **ptr, size_t size)
{
    fh_error_t err;
    ENTER(hipMalloc);
    if (ptr == NULL)
        return fhErrorInvalidValue;
    if (size == 0) {
        *ptr = NULL;
        return fhSuccess;
    }
    pthread_mutex_lock(&fh.lock);
    err = allocate(ptr, size, fh_current);
    pthread_mutex_unlock(&fh.lock);
    return err;
}

FH_EXPORT fh_error_t hipHostMalloc(void **ptr, size_t size, unsigned int flags)
{
    fh_error_t err;
    ENTER(hipHostMalloc);
    if (ptr == NULL || flags > 0xff)
        return fhErrorInvalidValue;
    if (size == 0) {
        *ptr = NULL;
        return fhSuccess;
    }
    pthread_mutex_lock(&fh.lock);
    err = allocate(ptr, size, -1);
    pthread_mutex_unlock(&fh.lock);
    return err;
}

static fh_error_t release(void *ptr, bool host)
{
    struct fh_alloc **pp = &fh.allocs;
    while (*pp != NULL && (*pp)->base != ptr)
        pp = &(*pp)->next;
    struct fh_alloc *a = *pp;
    if (a == NULL || (a->device < 0) != host)
        return fhErrorInvalidValue;
    drain_users(a);
    *pp = a->next;
    if (a->device >= 0)
        fh.used[a->device] -= (a->size + 255) & ~(size_t)255;
    fh.live_allocations--;
    free(a->base);
    free(a);
    return fhSuccess;
}

FH_EXPORT fh_error_t hipFree(void *ptr)
{
    fh_error_t err;
    ENTER(hipFree);
    if (ptr == NULL)
        return fhSuccess;
    pthread_mutex_lock(&fh.lock);
    err = release(ptr, false);
    pthread_mutex_unlock(&fh.lock);
    return err;
}

FH_EXPORT fh_error_t hipHostFree(void *ptr)
{
    fh_error_t err;
    ENTER(hipHostFree);
    if (ptr == NULL)
        return fhSuccess;
    pthread_mutex_lock(&fh.lock);
    err = release(ptr, true);
    pthread_mutex_unlock(&fh.lock);
    return err;
}

FH_EXPORT fh_error_t hipPointerGetAttributes(fh_pointer_attribute_t *attr, const void *ptr)
{
    const struct fh_alloc *a;
    bool v6;
    ENTER(hipPointerGetAttributes);
    if (attr == NULL || ptr == NULL)
        return fhErrorInvalidValue;
    v6 = fh.version >= 60000000;
    pthread_mutex_lock(&fh.lock);
    a = find_alloc(ptr);
    if (a == NULL) {
        pthread_mutex_unlock(&fh.lock);
        return fhErrorInvalidValue;
    }
    memset(attr, 0, sizeof(*attr));
    if (a->device >= 0) {
        attr->memory_type = v6 ? fhMemV6Device : fhMemV5Device;
        attr->device = a->device;
        attr->device_pointer = (void *)(uintptr_t)ptr;
    } else {
        attr->memory_type = v6 ? fhMemV6Host : fhMemV5Host;
        attr->device = a->alloc_device;
        attr->device_pointer = (void *)(uintptr_t)ptr;
        attr->host_pointer = (void *)(uintptr_t)ptr;
    }
    pthread_mutex_unlock(&fh.lock);
    return fhSuccess;
}

FH_EXPORT fh_error_t hipMemGetAddressRange(void **base, size_t *size, void *ptr)
{
    const struct fh_alloc *a;
    ENTER(hipMemGetAddressRange);
    if (base == NULL || size == NULL)
        return fhErrorInvalidValue;
    pthread_mutex_lock(&fh.lock);
    a = find_alloc(ptr);
    if (a != NULL) {
        *base = a->base;
        *size = a->size;
    }
    pthread_mutex_unlock(&fh.lock);
    return a != NULL ? fhSuccess : fhErrorInvalidDevicePointer;
}

/* ---- Streams -------------------------------------------------------------------------------- */

FH_EXPORT fh_error_t hipStreamCreateWithFlags(fh_stream_t *stream, unsigned int flags)
{
    struct fh_stream *s;
    ENTER(hipStreamCreateWithFlags);
    if (stream == NULL || (flags & ~FH_STREAM_NON_BLOCKING) != 0)
        return fhErrorInvalidValue;
    pthread_mutex_lock(&fh.lock);
    s = new_stream(fh_current);
    if (s != NULL)
        fh.live_streams++;
    pthread_mutex_unlock(&fh.lock);
    if (s == NULL)
        return fhErrorOutOfMemory;
    *stream = s;
    return fhSuccess;
}

FH_EXPORT fh_error_t hipStreamDestroy(fh_stream_t stream)
{
    ENTER(hipStreamDestroy);
    pthread_mutex_lock(&fh.lock);
    if (stream == NULL || !valid_stream(stream)) {
        pthread_mutex_unlock(&fh.lock);
        return fhErrorInvalidHandle;
    }
    run_all(stream); /* queued work still completes */
    for (struct fh_stream **pp = &fh.streams; *pp != NULL; pp = &(*pp)->next) {
        if (*pp == stream) {
            *pp = stream->next;
            break;
        }
    }
    /* Waits of other streams on this one have nothing left to wait for. */
    for (struct fh_stream *s = fh.streams; s != NULL; s = s->next)
        for (struct fh_op *op = s->head; op != NULL; op = op->next)
            if (op->wait_stream == stream)
                op->wait_stream = NULL;
    for (struct fh_event *e = fh.events; e != NULL; e = e->next)
        if (e->stream == stream)
            e->stream = NULL;
    stream->magic = 0;
    free(stream);
    fh.live_streams--;
    pthread_mutex_unlock(&fh.lock);
    return fhSuccess;
}

FH_EXPORT fh_error_t hipStreamSynchronize(fh_stream_t stream)
{
    struct fh_stream *s;
    ENTER(hipStreamSynchronize);
    pthread_mutex_lock(&fh.lock);
    s = resolve_stream(stream);
    if (s != NULL)
        run_all(s);
    pthread_mutex_unlock(&fh.lock);
    return s != NULL ? fhSuccess : fhErrorInvalidHandle;
}

FH_EXPORT fh_error_t hipStreamWaitEvent(fh_stream_t stream, fh_event_t event, unsigned int flags)
{
    struct fh_stream *s;
    struct fh_op op;
    fh_error_t err;
    ENTER(hipStreamWaitEvent);
    if (flags != 0)
        return fhErrorInvalidValue;
    pthread_mutex_lock(&fh.lock);
    s = resolve_stream(stream);
    if (s == NULL || event == NULL || !valid_event(event)) {
        pthread_mutex_unlock(&fh.lock);
        return fhErrorInvalidHandle;
    }
    memset(&op, 0, sizeof(op));
    op.kind = OP_WAIT;
    if (event->recorded && !event->complete) {
        op.wait_stream = event->stream;
        op.wait_seq = event->seq;
    }
    err = enqueue(s, &op);
    pthread_mutex_unlock(&fh.lock);
    return err;
}

/* ---- Events --------------------------------------------------------------------------------- */

FH_EXPORT fh_error_t hipEventCreateWithFlags(fh_event_t *event, unsigned int flags)
{
    struct fh_event *e;
    ENTER(hipEventCreateWithFlags);
    if (event == NULL || flags > 0x7)
        return fhErrorInvalidValue;
    e = calloc(1, sizeof(*e));
    if (e == NULL)
        return fhErrorOutOfMemory;
    e->magic = FH_EVENT_MAGIC;
    e->device = fh_current;
    e->flags = flags;
    pthread_mutex_lock(&fh.lock);
    e->next = fh.events;
    fh.events = e;
    fh.live_events++;
    pthread_mutex_unlock(&fh.lock);
    *event = e;
    return fhSuccess;
}

FH_EXPORT fh_error_t hipEventDestroy(fh_event_t event)
{
    ENTER(hipEventDestroy);
    pthread_mutex_lock(&fh.lock);
    if (event == NULL || !valid_event(event)) {
        pthread_mutex_unlock(&fh.lock);
        return fhErrorInvalidHandle;
    }
    /* A pending record of it must not touch freed memory. */
    for (struct fh_stream *s = fh.streams; s != NULL; s = s->next)
        for (struct fh_op *op = s->head; op != NULL; op = op->next)
            if (op->event == event)
                op->event = NULL;
    for (struct fh_event **pp = &fh.events; *pp != NULL; pp = &(*pp)->next) {
        if (*pp == event) {
            *pp = event->next;
            break;
        }
    }
    event->magic = 0;
    free(event);
    fh.live_events--;
    pthread_mutex_unlock(&fh.lock);
    return fhSuccess;
}

FH_EXPORT fh_error_t hipEventRecord(fh_event_t event, fh_stream_t stream)
{
    struct fh_stream *s;
    struct fh_op op;
    fh_error_t err;
    ENTER(hipEventRecord);
    pthread_mutex_lock(&fh.lock);
    s = resolve_stream(stream);
    if (s == NULL || event == NULL || !valid_event(event) || event->device != s->device) {
        /* HIP, like CUDA, wants the event and the stream on one device. */
        pthread_mutex_unlock(&fh.lock);
        return fhErrorInvalidHandle;
    }
    event->generation++;
    event->recorded = true;
    event->complete = false;
    event->stream = s;
    event->seq = s->enqueued + 1;
    memset(&op, 0, sizeof(op));
    op.kind = OP_RECORD;
    op.event = event;
    op.generation = event->generation;
    err = enqueue(s, &op);
    pthread_mutex_unlock(&fh.lock);
    return err;
}

/* Run the event's stream up to its record; true if it had not run yet. */
static bool complete_event(struct fh_event *e)
{
    if (!e->recorded || e->complete || e->stream == NULL)
        return false;
    run_until(e->stream, e->seq);
    return true;
}

FH_EXPORT fh_error_t hipEventQuery(fh_event_t event)
{
    fh_error_t err = fhSuccess;
    ENTER(hipEventQuery);
    pthread_mutex_lock(&fh.lock);
    if (event == NULL || !valid_event(event))
        err = fhErrorInvalidHandle;
    else if (complete_event(event))
        err = fhErrorNotReady; /* it was pending: say so once, it has run now */
    pthread_mutex_unlock(&fh.lock);
    return err;
}

FH_EXPORT fh_error_t hipEventSynchronize(fh_event_t event)
{
    fh_error_t err = fhSuccess;
    ENTER(hipEventSynchronize);
    pthread_mutex_lock(&fh.lock);
    if (event == NULL || !valid_event(event))
        err = fhErrorInvalidHandle;
    else
        (void)complete_event(event);
    pthread_mutex_unlock(&fh.lock);
    return err;
}

FH_EXPORT fh_error_t hipEventElapsedTime(float *ms, fh_event_t start, fh_event_t stop)
{
    fh_error_t err = fhSuccess;
    ENTER(hipEventElapsedTime);
    if (ms == NULL)
        return fhErrorInvalidValue;
    pthread_mutex_lock(&fh.lock);
    if (start == NULL || stop == NULL || !valid_event(start) || !valid_event(stop) ||
        ((start->flags | stop->flags) & FH_EVENT_DISABLE_TIMING) != 0 || !start->recorded ||
        !stop->recorded)
        err = fhErrorInvalidHandle;
    else if (!start->complete || !stop->complete)
        err = fhErrorNotReady;
    else
        *ms = (float)((double)((int64_t)(stop->time_ns - start->time_ns)) / 1e6);
    pthread_mutex_unlock(&fh.lock);
    return err;
}

/* ---- Copies and memsets --------------------------------------------------------------------- */

FH_EXPORT fh_error_t hipMemcpyAsync(void *dst, const void *src, size_t size, unsigned int kind,
                                    fh_stream_t stream)
{
    struct fh_alloc *da, *sa;
    struct fh_stream *s;
    struct fh_op op;
    fh_error_t err;
    ENTER(hipMemcpyAsync);
    if (kind > FH_MEMCPY_DEFAULT)
        return fhErrorInvalidValue;
    if (size == 0)
        return fhSuccess;
    if (dst == NULL || src == NULL)
        return fhErrorInvalidValue;
    pthread_mutex_lock(&fh.lock);
    s = resolve_stream(stream);
    if (s == NULL) {
        pthread_mutex_unlock(&fh.lock);
        return fhErrorInvalidHandle;
    }
    if (!range_ok(dst, size, &da) || !range_ok(src, size, &sa)) {
        pthread_mutex_unlock(&fh.lock);
        return fhErrorInvalidValue;
    }
    memset(&op, 0, sizeof(op));
    op.kind = OP_COPY;
    op.dst = dst;
    op.src = src;
    op.size = size;
    err = enqueue(s, &op);
    pthread_mutex_unlock(&fh.lock);
    return err;
}

static fh_error_t memset_async(void *dst, uint32_t value, unsigned width, size_t count,
                               fh_stream_t stream)
{
    struct fh_alloc *a;
    struct fh_stream *s;
    struct fh_op op;
    fh_error_t err;

    if (count == 0)
        return fhSuccess;
    if (dst == NULL || (uintptr_t)dst % width != 0)
        return fhErrorInvalidValue;
    pthread_mutex_lock(&fh.lock);
    s = resolve_stream(stream);
    if (s == NULL) {
        pthread_mutex_unlock(&fh.lock);
        return fhErrorInvalidHandle;
    }
    /* Memsets need memory HIP allocated. */
    if (!range_ok(dst, count * width, &a) || a == NULL) {
        pthread_mutex_unlock(&fh.lock);
        return fhErrorInvalidValue;
    }
    memset(&op, 0, sizeof(op));
    op.kind = OP_SET;
    op.dst = dst;
    op.size = count;
    op.width = width;
    op.value = value;
    err = enqueue(s, &op);
    pthread_mutex_unlock(&fh.lock);
    return err;
}

FH_EXPORT fh_error_t hipMemsetD8Async(void *dst, unsigned char value, size_t count,
                                      fh_stream_t stream)
{
    ENTER(hipMemsetD8Async);
    return memset_async(dst, value, 1, count, stream);
}

FH_EXPORT fh_error_t hipMemsetD16Async(void *dst, unsigned short value, size_t count,
                                       fh_stream_t stream)
{
    ENTER(hipMemsetD16Async);
    return memset_async(dst, value, 2, count, stream);
}

FH_EXPORT fh_error_t hipMemsetD32Async(void *dst, int value, size_t count, fh_stream_t stream)
{
    ENTER(hipMemsetD32Async);
    return memset_async(dst, (uint32_t)value, 4, count, stream);
}
