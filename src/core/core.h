/* SPDX-License-Identifier: MIT */
/* Core internals shared by the loader's entry points (not for adapters: they use adapter.h). */
#ifndef URPEER_CORE_CORE_H
#define URPEER_CORE_CORE_H

#include "core/adapter.h"
#include "common/log.h"

#include <string.h>

#define UP_MAX_ADAPTERS 8

/* ---- Loader state --------------------------------------------------------------------------- */

/* True between the first successful urLoaderInit and the last urLoaderTearDown. */
extern atomic_bool up_loader_live;

static inline bool up_initialized(void)
{
    return atomic_load_explicit(&up_loader_live, memory_order_acquire);
}

#define UP_CHECK_INIT()                                                                            \
    do {                                                                                           \
        if (!up_initialized())                                                                     \
            return UR_RESULT_ERROR_UNINITIALIZED;                                                  \
    } while (0)

/* Loaded adapters (valid while initialised). */
uint32_t up_adapter_count(void);
ur_adapter_handle_t up_adapter_at(uint32_t i);

/* Layers requested (urLoaderConfigEnableLayer / UR_ENABLE_LAYERS). */
bool up_leak_checking(void);

/* ---- Objects -------------------------------------------------------------------------------- */

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

/* ---- Info helpers --------------------------------------------------------------------------- */

/* The standard GetInfo output rule: write *pSizeRet = size if asked; if pValue, require
 * propSize >= size (else INVALID_SIZE, value untouched) and copy. */
static inline ur_result_t up_info_return(size_t propSize, void *pValue, size_t *pSizeRet,
                                         const void *src, size_t size)
{
    if (pValue != NULL) {
        if (propSize < size) {
            if (pSizeRet != NULL)
                *pSizeRet = size;
            return UR_RESULT_ERROR_INVALID_SIZE;
        }
        memcpy(pValue, src, size);
    }
    if (pSizeRet != NULL)
        *pSizeRet = size;
    return UR_RESULT_SUCCESS;
}

static inline ur_result_t up_info_string(size_t propSize, void *pValue, size_t *pSizeRet,
                                         const char *s)
{
    return up_info_return(propSize, pValue, pSizeRet, s, strlen(s) + 1);
}

/* The standard GetInfo argument checks, in upstream's order, after the handle check:
 * propSize != 0 && pValue == NULL, and pValue == NULL && pSizeRet == NULL -> NULL_POINTER. */
static inline ur_result_t up_info_check_ptrs(size_t propSize, const void *pValue,
                                             const size_t *pSizeRet)
{
    if (propSize != 0 && pValue == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (pValue == NULL && pSizeRet == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    return UR_RESULT_SUCCESS;
}

ur_result_t up_device_get_info(ur_device_handle_t dev, ur_device_info_t prop, size_t propSize,
                               void *pValue, size_t *pSizeRet);

/* ---- Wait lists ----------------------------------------------------------------------------- */

/* INVALID_EVENT_WAIT_LIST rules of the enqueue functions, and that every event is alive and
 * belongs to the same adapter as the queue. */
ur_result_t up_check_wait_list(ur_queue_handle_t q, uint32_t n, const ur_event_handle_t *list);

/* ---- USM tracking --------------------------------------------------------------------------- */

ur_result_t up_usm_track_add(const struct up_alloc *a);
/* Remove the allocation whose base is exactly ptr; copies it to *out. INVALID_MEM_OBJECT if none.
 */
ur_result_t up_usm_track_remove(ur_context_handle_t ctx, const void *ptr, struct up_alloc *out);
/* Find the allocation containing ptr. */
bool up_usm_track_find(const void *ptr, struct up_alloc *out);
uint32_t up_usm_track_count(void);
/* Report (leak mode) and drop every allocation still tracked for an adapter. */
uint32_t up_usm_track_drop_adapter(ur_adapter_handle_t adapter, bool report);

/* ---- Peer access ---------------------------------------------------------------------------- */

ur_result_t up_p2p_enable(ur_device_handle_t cmd, ur_device_handle_t peer);
ur_result_t up_p2p_disable(ur_device_handle_t cmd, ur_device_handle_t peer);
ur_result_t up_p2p_get_info(ur_device_handle_t cmd, ur_device_handle_t peer, uint32_t prop,
                            size_t propSize, void *pValue, size_t *pSizeRet);
/* Turn off, in the driver, what this library turned on; returns the number of pairs still
 * enabled (reported in leak mode). */
uint32_t up_p2p_teardown(ur_adapter_handle_t adapter, bool report);
uint32_t up_p2p_enabled_pairs(void);

/* ---- Last error ----------------------------------------------------------------------------- */

void up_last_error_clear(void);
/* Prepend "<context>: " to this thread's last error message (after an adapter failure). */
void up_last_error_prefix(const char *fmt, ...) UP_PRINTF(1, 2);
ur_result_t up_last_error_get(ur_adapter_handle_t adapter, const char **msg, int32_t *code);

/* ---- Leak reports --------------------------------------------------------------------------- */

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

/* ---- Device selection (ONEAPI_DEVICE_SELECTOR syntax, docs/device-selection.md) -------------- */

/* Check a selector: UR_RESULT_SUCCESS, or UR_RESULT_ERROR_INVALID_VALUE with
 * "column N: reason" in msg. */
ur_result_t up_selector_check(const char *text, char *msg, size_t msg_size);
/* Whether a well-formed selector keeps a root device (false for a malformed one). */
bool up_selector_keeps(const char *text, ur_device_handle_t dev);

/* ---- Settings ------------------------------------------------------------------------------- */

/* Environment, read once. */
struct up_env {
    const char *log;
    const char *sim;
    const char *sim_faults;
    const char *adapters;
    const char *layers; /* UR_ENABLE_LAYERS */
    const char *cuda_library;
    const char *hip_library;
    const char *ze_library;
};
const struct up_env *up_env_get(void);
/* Set the settings adapters see for this init (merged env + loader config). */
void up_settings_set(const struct up_settings *s);

#endif /* URPEER_CORE_CORE_H */
