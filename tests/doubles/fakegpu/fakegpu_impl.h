/* SPDX-License-Identifier: MIT */
/*
 * Internals of the fakegpu framework, for the vendor shims (fake_cuda, fake_hip, fake_ze): the
 * configuration, one call table with counts and injected failures, named counters, one memory,
 * stream and event model, and the shapes of entry point the shims share. Everything but the
 * controls of fakegpu.h is hidden.
 *
 * One lock guards all state: a shim's entry point takes it (FG_ENTRY, or fg_begin), and the
 * fg_* functions below expect it held, except fg_env and the controls.
 */
#ifndef URPEER_TESTS_FAKEGPU_IMPL_H
#define URPEER_TESTS_FAKEGPU_IMPL_H

#include "fakegpu.h"

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FG_EXPORT __attribute__((visibility("default")))
#define FG_MAX_DEV 64
#define FG_LEN(a) (sizeof(a) / sizeof((a)[0]))
/* Unlink x from the list at *head. */
#define FG_UNLINK(type, head, x)                                                                   \
    for (type **pp_ = (head); *pp_ != NULL; pp_ = &(*pp_)->next) {                                 \
        if (*pp_ == (x)) {                                                                         \
            *pp_ = (x)->next;                                                                      \
            break;                                                                                 \
        }                                                                                          \
    }

/* ---- Provided by the shim ------------------------------------------------------------------ */

struct fg_stream;
struct fg_call;
/* The shim's codes for what the framework refuses (success is 0). */
struct fg_codes {
    long invalid_value, invalid_handle, not_ready, out_of_memory, invalid_device;
};
extern const struct fg_codes fg_codes;
/* The shim's hooks, each optional (NULL). */
struct fg_hooks {
    /* Is peer access from the stream's context (or device) to device `other` on in the driver? */
    bool (*peer_on)(const struct fg_stream *s, int other);
    int (*peer_enabled)(int cmd, int peer); /* fakegpu_peer_enabled's answer */
    void (*configure)(void);                /* once, at the end of the framework's */
    long (*gate)(const struct fg_call *c);  /* a failure code before a call runs, or 0 */
};
extern const struct fg_hooks fg_hooks;

/* ---- Configuration ------------------------------------------------------------------------- */

struct fg_state {
    pthread_mutex_t lock;
    int ndev;
    bool async;
};
extern struct fg_state fg;

void fg_configure(void); /* once; every entry point's first step */
/* FAKEGPU_<name> as a number (decimal or 0x...), or def when unset or empty. */
uint64_t fg_env(const char *name, uint64_t def);
const char *fg_env_str(const char *name);

bool fg_dev_ok(int d);
uint64_t fg_memory(int d);
/* The topology's link a -> b (all zero for a == b or bad ordinals). */
struct fg_link {
    bool access, atomics;
    int rank;
    double bandwidth; /* GB/s, 0 = unknown */
};
struct fg_link fg_link(int a, int b);
bool fg_access(int a, int b);
bool fg_any_bandwidth(void);
/* A second topology (FAKEGPU_<name>, e.g. a driver's other view of the links): its access. */
bool fg_access_in(const char *name, int a, int b, bool def);

/* ---- Calls --------------------------------------------------------------------------------- */

/* The call table: one row per entry point, declared by the entry point itself (FG_CALL) in the
 * section fg_calls, which the framework reads as one array: writing an entry point (FG_ENTRY)
 * adds its row, there is no list to keep. A row carries the function and a tag of the shim's
 * (CUDA: the version that introduced it, for cuGetProcAddress). */
typedef void (*fg_fn)(void);
struct fg_call {
    const char *name; /* the exported name */
    fg_fn fn;
    int tag;
    unsigned fail_in; /* fail the call when this counts down to 0 */
    long fail_code;
    unsigned long calls;
} __attribute__((aligned(64)));
#define FG_ROW(var, name_, fn_, tag_)                                                              \
    static struct fg_call var __attribute__((used, section("fg_calls"))) = {                       \
        .name = name_, .fn = (fg_fn)fn_, .tag = tag_}
#define FG_CALL(var, sym, tag) FG_ROW(var, #sym, sym, tag)
/* Rows of the call table, through c. */
extern struct fg_call __start_fg_calls[], __stop_fg_calls[];
#define FG_EACH_CALL(c) for (struct fg_call *c = __start_fg_calls; c < __stop_fg_calls; c++)

/* Count the call; returns the injected failure code due now, or 0. */
long fg_enter(struct fg_call *c);
void fg_begin(void); /* configures, then takes the lock */
void fg_end(void);

/* An entry point `ret sym params` of a shim whose impl runs with the lock held after the call
 * was counted, unless a failure was injected or the shim's gate refused (returned as ret). */
#define FG_ENTRY_TAG(ret, sym, tag, params, args)                                                  \
    static ret sym##_impl params;                                                                  \
    FG_EXPORT ret sym params;                                                                      \
    FG_EXPORT ret sym params                                                                       \
    {                                                                                              \
        fg_begin();                                                                                \
        FG_CALL(call_, sym, tag);                                                                  \
        ret r_ = (ret)fg_enter(&call_);                                                            \
        if (r_ == 0)                                                                               \
            r_ = (ret)(fg_hooks.gate != NULL ? fg_hooks.gate(&call_) : 0);                         \
        if (r_ == 0)                                                                               \
            r_ = sym##_impl args;                                                                  \
        fg_end();                                                                                  \
        return r_;                                                                                 \
    }                                                                                              \
    static ret sym##_impl params
#define FG_ENTRY(ret, sym, params, args) FG_ENTRY_TAG(ret, sym, 0, params, args)
/* An entry point whose impl returns one expression. */
#define FG_RETURN_TAG(ret, sym, tag, params, args, expr)                                           \
    FG_ENTRY_TAG(ret, sym, tag, params, args)                                                      \
    {                                                                                              \
        return (ret)(expr);                                                                        \
    }
#define FG_RETURN(ret, sym, params, args, expr) FG_RETURN_TAG(ret, sym, 0, params, args, expr)

/* ---- What the CUDA and HIP shims share ----------------------------------------------------- */

/* The checks of a call about one device: something to answer through, a valid ordinal. */
#define FG_DEVICE_CALL(ptr, dev)                                                                   \
    do {                                                                                           \
        if (!(ptr))                                                                                \
            return fg_codes.invalid_value;                                                         \
        if (!fg_dev_ok(dev))                                                                       \
            return fg_codes.invalid_device;                                                        \
    } while (0)

/* Error codes with their names and texts (X-macro rows: id, code, name, text). */
struct fg_error {
    long code;
    const char *name, *text;
};
#define FG_ERROR_ROW(id, code, name, text) {code, name, text},
/* The row of code in a table that ends with a row of NULL name (returned when none matches). */
const struct fg_error *fg_error(const struct fg_error *table, long code);

/* *out = value, unless out is NULL (invalid_value). */
long fg_put(int *out, long value);
/* A device's string (a name, a PCI address) printed into out[len]. */
long fg_device_print(char *out, int len, int dev, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
long fg_total_mem(size_t *bytes, int dev); /* *DeviceTotalMem */
/* A device attribute from rows {attribute, value of device 0, step per device}; step -1: the
 * value alternates between devices, (value + device) % 2. */
long fg_attribute(const int (*rows)[3], size_t n, int attr, int dev, int *value);
/* Get*P2PAttribute, attr from 0: rank, access, atomics, array access; src == dst is refused. */
long fg_p2p_attribute(int *value, int attr, int src, int dst);
/* *CanAccessPeer: the topology's access, or FAKEGPU_CANACCESS's. */
long fg_can_access_peer(int *can, int dev, int peer);

/* ---- Counters ------------------------------------------------------------------------------ */

void fg_bump(const char *name, long delta); /* name: a string that lives for the process */
unsigned long fg_counter(const char *name);

/* ---- Memory -------------------------------------------------------------------------------- */

struct fg_alloc {
    char *base;
    size_t size;
    int dev, kind, alloc_dev; /* dev -1: host memory; alloc_dev: the device current then */
    void *owner;              /* context */
    uint64_t id;
    struct fg_alloc *next;
};

extern uint64_t fg_used[FG_MAX_DEV]; /* bytes of each device's memory in use */
/* Take bytes of dev's memory (negative: give them back); false: the memory is full. */
bool fg_reserve(int dev, int64_t bytes);
/* A fresh allocation (garbage-filled) charged to dev unless dev < 0. NULL: out of memory. */
struct fg_alloc *fg_alloc_new(int dev, int kind, size_t size, size_t align, void *owner,
                              int alloc_dev);
struct fg_alloc *fg_alloc_find(const void *p); /* the allocation containing p */
struct fg_alloc *fg_alloc_first(void);         /* all of them, through ->next */
/* Free it; queued work using it runs first (counted: "free_with_pending_work"). */
void fg_alloc_free(struct fg_alloc *a);
/* Free the allocation based at p, of host memory or not: invalid_value if there is none. */
long fg_free_base(void *p, bool host);

/* ---- Streams and events -------------------------------------------------------------------- */

/* Streams and events belong to an owner (a context, or a device's token) on a device. Work on a
 * stream runs in order: at once, or (async) when something waits for it. */
struct fg_stream {
    uint32_t magic;
    int dev;
    void *owner;
    uint64_t enqueued;
    struct fg_op *head, *tail;
    struct fg_stream *next;
};

/* Calls on handles as the application passes them (checked here: invalid_handle); `current` is
 * the caller's current context or device token, counted as "stream_mismatch" when work goes to
 * a stream of another. */
struct fg_stream *fg_stream_new(int dev, void *owner);
struct fg_stream *fg_stream_find(const void *h);
long fg_stream_destroy(const void *h); /* its queued work still runs */
long fg_stream_sync(struct fg_stream *s);
void fg_run_owner(const void *owner); /* every stream of a context (or device); NULL: all */
long fg_event_new(void **out, void *owner, unsigned flags);
long fg_event_destroy(const void *h);
/* An event records only on a stream of its owner. */
long fg_event_record(const void *event, struct fg_stream *s, const void *current);
long fg_event_wait(struct fg_stream *s, const void *event, unsigned flags, const void *current);
long fg_event_query(const void *event); /* not_ready once if its work was pending (run now) */
long fg_event_sync(const void *event);
long fg_event_elapsed(float *ms, const void *start, const void *stop, unsigned no_timing_flag);
/* A copy; with pageable_waits the call waits for it when either side is untracked memory. */
long fg_copy(struct fg_stream *s, void *dst, const void *src, size_t n, bool pageable_waits,
             const void *current);
/* A fill of height rows of width elements of elem bytes, pitch apart, in tracked memory. */
long fg_fill(struct fg_stream *s, void *dst, size_t pitch, size_t elem, uint32_t value,
             size_t width, size_t height, const void *current);

/* A context (or device) goes away: its work runs; its streams, events and memory are freed. */
void fg_release_owner(const void *owner);

#endif /* URPEER_TESTS_FAKEGPU_IMPL_H */
