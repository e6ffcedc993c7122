/* SPDX-License-Identifier: MIT */
/*
 * Level Zero adapter internals, shared by its files (hidden in the library like everything but
 * the descriptor).
 *
 * Mapping: one Level Zero driver = one platform; its root devices = the platform's devices; a UR
 * context = one Level Zero context on the platform's driver; a queue = one in-order immediate
 * command list; an event = one Level Zero event from the queue's event pools.
 */
#ifndef URPEER_ADAPTERS_LEVEL_ZERO_LZ_INTERNAL_H
#define URPEER_ADAPTERS_LEVEL_ZERO_LZ_INTERNAL_H

#include "adapters/level_zero/ze_drv.h"
#include "common/log.h"
#include "core/adapter.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#define LZ_LOG "level_zero"
#define LZ_DEFAULT_LIBRARY "libze_loader.so.1" /* where URPEER_LEVEL_ZERO_LIBRARY is unset */

/* ---- lz_driver.c: the loaded library ----------------------------------------------------------
 * The entry points of the Level Zero library (the loader, or the library named by
 * URPEER_LEVEL_ZERO_LIBRARY). Valid between a successful lz_library_load and adapter_fini. */
extern struct upze_fns lz_fn;

/* Load the library (override: the one the user named, NULL: the default) and resolve its entry
 * points. false (logged at info) if the library or a required entry point is missing. */
bool lz_library_load(const char *override);
/* Initialise the drivers (zeInitDrivers where the library has it, else zeInit + zeDriverGet).
 * On success *drivers (malloc'd, may be NULL when *count == 0) holds the GPU drivers. */
ur_result_t lz_driver_init(upze_driver_handle_t **drivers, uint32_t *count);

/* ---- lz_error.c ------------------------------------------------------------------------------ */

/* The one mapping of Level Zero results to UR results. Records the native failure for
 * urAdapterGetLastError (thread-local) and returns the mapped result. */
ur_result_t lz_error(ur_adapter_handle_t adapter, upze_result_t r, const char *call);
/* "ZE_RESULT_ERROR_DEVICE_LOST"; "ZE_RESULT_<unknown>" for values this adapter does not name. */
const char *lz_result_name(upze_result_t r);

/* ---- lz_platform.c / lz_device.c: discovery -------------------------------------------------- */

struct lz_platform {
    upze_driver_handle_t driver;
    upze_api_version_t api_version;
};

struct lz_device {
    upze_device_handle_t handle;
    uint32_t queue_ordinal;       /* command queue group used for queues; UINT32_MAX if none */
    size_t max_fill_pattern;      /* maxMemoryFillPatternSize of that group */
    uint64_t timer_ticks_per_sec; /* 0: use timer_ns_per_tick */
    uint64_t timer_ns_per_tick;
    uint32_t kernel_ts_bits; /* valid bits of kernel timestamps (64 if the driver says 0) */
    uint32_t ts_bits;        /* valid bits of global timestamps (the same rule) */
};

static inline struct lz_platform *lz_platform_of(ur_platform_handle_t p)
{
    return (struct lz_platform *)p->priv;
}

static inline struct lz_device *lz_device_of(ur_device_handle_t d)
{
    return (struct lz_device *)d->priv;
}

/* Create one platform for a driver (skipped, with SUCCESS, if it has no device). */
ur_result_t lz_platform_discover(ur_adapter_handle_t adapter, upze_driver_handle_t driver);
void lz_platform_release(ur_platform_handle_t platform);

/* Fill a device's properties and private state. */
ur_result_t lz_device_discover(ur_device_handle_t dev, upze_device_handle_t handle,
                               upze_api_version_t api_version);
/* Fill the platform's peer_caps for every ordered pair of distinct devices. */
ur_result_t lz_p2p_discover(ur_platform_handle_t platform);

/* ---- lz_context.c ---------------------------------------------------------------------------- */

struct lz_queue;

struct lz_context {
    upze_context_handle_t handle;
    pthread_mutex_t lock;    /* guards queues */
    struct lz_queue *queues; /* live queues of the context */
};

static inline struct lz_context *lz_context_of(ur_context_handle_t c)
{
    return (struct lz_context *)c->priv;
}

static inline ur_adapter_handle_t lz_adapter_of_context(ur_context_handle_t c)
{
    return c->platform->adapter;
}

void lz_context_add_queue(struct lz_context *ctx, struct lz_queue *q);
void lz_context_remove_queue(struct lz_context *ctx, struct lz_queue *q);
/* Wait for the work of every queue of the context (before memory is freed). */
ur_result_t lz_context_sync(ur_context_handle_t ctx);

/* ---- lz_event.c: event slots ------------------------------------------------------------------
 */

struct lz_pool;

/* One Level Zero event taken from a queue's pools. */
struct lz_zevent {
    upze_event_handle_t handle;
    struct lz_pool *pool;
    uint32_t index;
};

/* A queue's event pools (host-visible; with kernel timestamps on profiling queues). Callers hold
 * the queue's lock. */
struct lz_pools {
    struct lz_pool *head;
    bool timestamps;
};

ur_result_t lz_zevent_get(ur_queue_handle_t q, struct lz_pools *pools, struct lz_zevent *out);
void lz_zevent_put(struct lz_pools *pools, struct lz_zevent *ev);
void lz_pools_destroy(struct lz_pools *pools);

/* The adapter's state of a UR event. */
struct lz_event {
    struct lz_zevent z;
    upze_context_handle_t zctx; /* the Level Zero context the event lives in */
    /* urEnqueueTimestampRecordingExp: host memory (of zctx) the device writes its global
     * timestamp into; NULL for other commands. */
    uint64_t *stamp;
};

static inline struct lz_event *lz_event_of(ur_event_handle_t e)
{
    return (struct lz_event *)e->priv;
}

/* ---- lz_queue.c ------------------------------------------------------------------------------ */

struct lz_deferred; /* host staging memory freed once its command completed */

struct lz_queue {
    ur_queue_handle_t ur;
    upze_command_list_handle_t list;
    pthread_mutex_t lock; /* guards everything below and every append to the list */
    bool in_order_flag;   /* list created IN_ORDER; else a barrier precedes each command */
    bool has_commands;
    struct lz_pools pools;
    struct lz_zevent sync_event; /* for queue_finish; handle NULL until first used */
    struct lz_deferred *deferred;
    struct lz_queue *next; /* in the context's list */
};

static inline struct lz_queue *lz_queue_of(ur_queue_handle_t q)
{
    return (struct lz_queue *)q->priv;
}

static inline ur_adapter_handle_t lz_adapter_of_queue(ur_queue_handle_t q)
{
    return q->context->platform->adapter;
}

/* queue_finish with the queue's lock not held. */
ur_result_t lz_queue_sync(ur_queue_handle_t q);

/* ---- The operations, by file ------------------------------------------------------------------
 */

up_adapter_init_fn lz_adapter_init;
up_adapter_fini_fn lz_adapter_fini;

up_context_create_fn lz_context_create;
up_context_destroy_fn lz_context_destroy;

up_usm_alloc_fn lz_usm_alloc;
up_usm_alloc_fn lz_usm_alloc_shared;
up_usm_free_fn lz_usm_free;
up_usm_lookup_fn lz_usm_lookup;

up_queue_create_fn lz_queue_create;
up_queue_destroy_fn lz_queue_destroy;
up_queue_finish_fn lz_queue_finish;
up_queue_flush_fn lz_queue_flush;
up_enqueue_memcpy_fn lz_enqueue_memcpy;
up_enqueue_fill_fn lz_enqueue_fill;
up_enqueue_barrier_fn lz_enqueue_barrier;
up_enqueue_timestamp_fn lz_enqueue_timestamp;

up_event_status_fn lz_event_status;
up_event_wait_fn lz_event_wait;
up_event_profiling_fn lz_event_profiling;
up_event_destroy_fn lz_event_destroy;

#endif /* URPEER_ADAPTERS_LEVEL_ZERO_LZ_INTERNAL_H */
