/* SPDX-License-Identifier: MIT */
/*
 * The stream engine: queues, enqueued commands and events for drivers built on in-order streams
 * and native events (the CUDA driver API and the HIP runtime). The engine's functions are the
 * adapter operations themselves (an adapter puts ups_queue_create ... ups_event_destroy in its
 * up_adapter_ops); the adapter supplies only a table of native calls (struct ups_native) and the
 * way to make a device current (its scope).
 *
 * One behaviour for every stream adapter, documented in docs/adapters/stream-engine.md:
 *   - every command runs with its queue's device current, and the caller's current
 *     context/device is restored afterwards (scope_enter/scope_leave);
 *   - a command: the wait list (cross-queue waits on the waited events' end markers), a start
 *     marker on profiling queues, the command, an end marker;
 *   - event status: COMPLETE once the end marker is; RUNNING when the start marker is known to
 *     have completed; otherwise SUBMITTED;
 *   - timestamps: QUEUED = SUBMIT = host CLOCK_MONOTONIC at enqueue; START = the device's time
 *     base + elapsed(base, start marker), never before SUBMIT; END = START + elapsed(start, end);
 *     COMPLETE = END; driver milliseconds become nanoseconds rounded to the nearest; a recorded
 *     timestamp (urEnqueueTimestampRecordingExp) is timed on any queue, its END being its START;
 *   - fills of any pattern size (the fill plan in stream_engine.c);
 *   - peer enable/disable, the driver's "already" answers (704/705) read as *already.
 *
 * Requirements on the adapter: the priv of every device of the platform points at a structure
 * whose first member is a struct ups_device, initialised with ups_device_init at discovery and
 * finalised with ups_device_fini before the driver goes away.
 */
#ifndef URPEER_ADAPTERS_STREAM_ENGINE_H
#define URPEER_ADAPTERS_STREAM_ENGINE_H

#include "core/adapter.h"

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The native calls the engine makes; they also index the adapter's names of them (messages). */
typedef enum ups_call {
    UPS_STREAM_CREATE,
    UPS_STREAM_DESTROY,
    UPS_STREAM_SYNCHRONIZE,
    UPS_STREAM_WAIT_EVENT,
    UPS_EVENT_CREATE,
    UPS_EVENT_DESTROY,
    UPS_EVENT_RECORD,
    UPS_EVENT_QUERY,
    UPS_EVENT_SYNCHRONIZE,
    UPS_EVENT_ELAPSED,
    UPS_MEMCPY,
    UPS_MEMSET,
    UPS_MEMSET_COLUMN,
    UPS_CALL_COUNT_
} ups_call_t;

/* What scope_enter saved (a context pointer or a device ordinal), for scope_leave. */
struct ups_scope {
    uintptr_t saved;
    bool switched;
};

/* A driver's native operations. Each returns the driver's code, 0 for success. Every call but
 * scope_enter is made with the device d current. */
struct ups_native {
    const char *log;                    /* log prefix ("cuda", "hip") */
    int32_t not_ready;                  /* the driver's "not ready" code */
    const char *names[UPS_CALL_COUNT_]; /* the driver's name of each call */
    /* Make d current for the calling thread, saving what was (a failure is already mapped and
     * recorded); restore it. */
    ur_result_t (*scope_enter)(ur_device_handle_t d, struct ups_scope *s);
    void (*scope_leave)(ur_device_handle_t d, const struct ups_scope *s);
    /* Record a failed call for urAdapterGetLastError and return its UR code. */
    ur_result_t (*fail)(ur_device_handle_t d, int32_t native, const char *call);
    int32_t (*stream_create)(ur_device_handle_t d, void **stream); /* non-blocking stream */
    int32_t (*stream_destroy)(ur_device_handle_t d, void *stream);
    int32_t (*stream_synchronize)(ur_device_handle_t d, void *stream);
    int32_t (*stream_wait_event)(ur_device_handle_t d, void *stream, void *event);
    int32_t (*event_create)(ur_device_handle_t d, void **event, bool timing);
    int32_t (*event_destroy)(ur_device_handle_t d, void *event);
    int32_t (*event_record)(ur_device_handle_t d, void *event, void *stream);
    int32_t (*event_query)(ur_device_handle_t d, void *event); /* 0, not_ready or an error */
    int32_t (*event_synchronize)(ur_device_handle_t d, void *event);
    int32_t (*event_elapsed)(ur_device_handle_t d, float *ms, void *from, void *to);
    int32_t (*memcpy_async)(ur_device_handle_t d, void *dst, const void *src, size_t size,
                            void *stream);
    /* count elements of width 1, 2 or 4 bytes (dst aligned to width) set to value. */
    int32_t (*memset_async)(ur_device_handle_t d, void *dst, size_t width, uint32_t value,
                            size_t count, void *stream);
    /* Optional (NULL if the driver has no 2D memset): one element of width bytes in each of
     * rows rows, pitch bytes apart. */
    int32_t (*memset_column_async)(ur_device_handle_t d, void *dst, size_t pitch, size_t width,
                                   uint32_t value, size_t rows, void *stream);
    /* Peer access of cmd to peer's memory, turned on or off with cmd current: *native is the
     * driver's answer; a failure before the driver call is returned (mapped and recorded). */
    ur_result_t (*peer_set)(ur_device_handle_t cmd, ur_device_handle_t peer, bool enable,
                            int32_t *native);
    /* Record a failed peer_set and return its UR code. */
    ur_result_t (*peer_fail)(ur_device_handle_t cmd, ur_device_handle_t peer, bool enable,
                             int32_t native);
    int32_t peer_already_enabled; /* the driver's "already enabled" (704) */
    int32_t peer_not_enabled;     /* the driver's "not enabled" (705) */
};

/* Per-device engine state: the first member of the adapter's device priv. */
struct ups_device {
    const struct ups_native *native;
    pthread_mutex_t lock; /* the time base */
    /* Profiling time base: a timed native event recorded and waited for when the device's
     * first profiling queue is created, and the host clock read right after it completed. */
    void *base_event;
    uint64_t base_ns;
};

void ups_device_init(struct ups_device *sd, const struct ups_native *native);
/* Destroy the time base (with d current) and the lock. */
void ups_device_fini(ur_device_handle_t d);

/* Host CLOCK_MONOTONIC in nanoseconds: the time base of every profiling timestamp. */
uint64_t ups_host_ns(void);
/* Driver milliseconds (float) to nanoseconds: rounded to the nearest, negative or NaN -> 0. */
uint64_t ups_ms_to_ns(float ms);

up_queue_create_fn ups_queue_create;
up_queue_destroy_fn ups_queue_destroy;
up_queue_finish_fn ups_queue_finish;
up_queue_flush_fn ups_queue_flush;
up_enqueue_memcpy_fn ups_enqueue_memcpy;
up_enqueue_fill_fn ups_enqueue_fill;
up_enqueue_barrier_fn ups_enqueue_barrier;
up_enqueue_timestamp_fn ups_enqueue_timestamp;
up_event_status_fn ups_event_status;
up_event_wait_fn ups_event_wait;
up_event_profiling_fn ups_event_profiling;
up_event_destroy_fn ups_event_destroy;
/* The driver side of Enable/Disable (the core keeps the counts): "already enabled" on enable and
 * "not enabled" on disable mean someone else in the process got there first, which is success
 * with *already set (the core then does not own the driver state). */
up_peer_enable_fn ups_peer_enable;
up_peer_disable_fn ups_peer_disable;

/* The engine's operations, for an adapter's ops table: `UPS_ENGINE_OPS,` among its own. */
#define UPS_ENGINE_OPS                                                                             \
    .queue_create = ups_queue_create, .queue_destroy = ups_queue_destroy,                          \
    .queue_finish = ups_queue_finish, .queue_flush = ups_queue_flush,                              \
    .enqueue_memcpy = ups_enqueue_memcpy, .enqueue_fill = ups_enqueue_fill,                        \
    .enqueue_barrier = ups_enqueue_barrier, .enqueue_timestamp = ups_enqueue_timestamp,            \
    .event_status = ups_event_status, .event_wait = ups_event_wait,                                \
    .event_profiling = ups_event_profiling, .event_destroy = ups_event_destroy,                    \
    .peer_enable = ups_peer_enable, .peer_disable = ups_peer_disable

/* The native end marker of an event of the engine (NULL if none), e.g. for a native handle. */
void *ups_event_native(ur_event_handle_t ev);

#endif /* URPEER_ADAPTERS_STREAM_ENGINE_H */
