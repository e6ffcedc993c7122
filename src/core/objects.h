/* SPDX-License-Identifier: MIT */
/* Handles: memory, validation, reference counts, live counts, final releases, leak reports. */
#ifndef URPEER_CORE_OBJECTS_H
#define URPEER_CORE_OBJECTS_H

#include "core/adapter.h"

static inline bool up_obj_is(const void *h, up_kind_t kind)
{
    return h != NULL && ((const struct up_object *)h)->magic == UP_MAGIC(kind);
}

/* Handle memory. Freed handles go back to a per-kind free list and are reused only for the same
 * kind, never returned to malloc: a stale handle (used after its last release) still points at
 * an object of its kind, whose magic is 0 until reuse, so entry points answer INVALID_<KIND>
 * instead of reading freed memory. Returns zeroed memory or NULL. */
void *up_obj_alloc(up_kind_t kind);
void up_obj_free(void *obj, up_kind_t kind);

void up_obj_init(struct up_object *obj, const struct up_adapter_ops *ops, up_kind_t kind);
/* Mark destroyed (magic cleared) and unlink from the live list; the caller frees the memory. */
void up_obj_fini(struct up_object *obj, up_kind_t kind);

static inline void up_obj_retain(struct up_object *obj)
{
    atomic_fetch_add_explicit(&obj->refcount, 1, memory_order_relaxed);
}

/* Returns true when this release dropped the last reference. */
static inline bool up_obj_release(struct up_object *obj)
{
    return atomic_fetch_sub_explicit(&obj->refcount, 1, memory_order_acq_rel) == 1;
}

static inline uint32_t up_obj_refcount(const struct up_object *obj)
{
    return atomic_load_explicit(&obj->refcount, memory_order_relaxed);
}

/* Live-object counters (always kept; cheap atomics). */
extern atomic_uint up_live_count[UP_KIND_COUNT_];
extern atomic_uint up_adapter_refs;

/* dev is one of ctx's devices. */
static inline bool up_context_has_device(ur_context_handle_t ctx, ur_device_handle_t dev)
{
    for (uint32_t i = 0; i < ctx->num_devices; i++)
        if (ctx->devices[i] == dev)
            return true;
    return false;
}

void up_context_release_final(ur_context_handle_t ctx);
void up_queue_release_final(ur_queue_handle_t q);
void up_event_release_final(ur_event_handle_t ev);

/* An event made from native handle 0: no queue, no driver object, complete from its creation.
 * The core answers for it and never passes it to the adapter's event operations. */
static inline bool up_event_host_complete(ur_event_handle_t ev)
{
    return ev->queue == NULL && ev->priv == NULL;
}

/* urEventSetCallback's callbacks (api_event.c). Each runs once, on the thread that sees its state
 * reached: urEventSetCallback itself, urEventWait, urEventGetInfo of the execution status, or the
 * last urEventRelease (which waits for the event when callbacks are still pending). */
ur_result_t up_event_status_of(ur_event_handle_t ev, ur_event_status_t *status);
void up_event_callbacks_run(ur_event_handle_t ev, ur_event_status_t status);
void up_event_callbacks_final(ur_event_handle_t ev);
/* Teardown of a leaked event: free the callbacks without calling them. */
void up_event_callbacks_drop(ur_event_handle_t ev);

/* Free the platforms and devices of an adapter (after adapter_fini). */
void up_adapter_free_platforms(ur_adapter_handle_t adapter);

/* At unload: take the adapter's contexts, queues and events still alive (leaked by the
 * application) off the live list, printing each one if report is set (leak-checking layer);
 * returns how many there were. up_leak_destroy() releases their driver state, kind by kind,
 * and up_leak_free() their memory. */
struct up_leaked {
    struct up_object *first; /* chained through live_next */
};
uint32_t up_leak_objects(ur_adapter_handle_t adapter, bool report, struct up_leaked *leaked);
/* Release the driver state of the leaked objects of one kind through the adapter's ops. */
void up_leak_destroy(struct up_leaked *leaked, up_kind_t kind);
void up_leak_free(struct up_leaked *leaked);

#endif /* URPEER_CORE_OBJECTS_H */
