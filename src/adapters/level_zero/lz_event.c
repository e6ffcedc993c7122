/* SPDX-License-Identifier: MIT */
/*
 * Events: Level Zero events from per-queue pools of 64 (host-visible; with kernel timestamps on
 * profiling queues), and the UR event operations on them.
 */
#include "adapters/level_zero/lz_internal.h"

#include <stdlib.h>

#define LZ_POOL_SIZE 64u

struct lz_pool {
    upze_event_pool_handle_t handle;
    uint64_t used; /* bit i: slot i holds a live event */
    struct lz_pool *next;
};

ur_result_t lz_zevent_get(ur_queue_handle_t q, struct lz_pools *pools, struct lz_zevent *out)
{
    ur_adapter_handle_t adapter = lz_adapter_of_queue(q);
    upze_event_desc_t desc = {
        .stype = UPZE_STRUCTURE_TYPE_EVENT_DESC,
        .signal = UPZE_EVENT_SCOPE_FLAG_HOST,
        .wait = UPZE_EVENT_SCOPE_FLAG_HOST,
    };
    struct lz_pool *pool;
    upze_event_handle_t h = NULL;
    upze_result_t r;
    uint32_t idx;

    for (pool = pools->head; pool != NULL; pool = pool->next)
        if (pool->used != UINT64_MAX)
            break;
    if (pool == NULL) {
        upze_event_pool_desc_t pdesc = {
            .stype = UPZE_STRUCTURE_TYPE_EVENT_POOL_DESC,
            .flags = UPZE_EVENT_POOL_FLAG_HOST_VISIBLE |
                     (pools->timestamps ? UPZE_EVENT_POOL_FLAG_KERNEL_TIMESTAMP : 0u),
            .count = LZ_POOL_SIZE,
        };
        pool = calloc(1, sizeof(*pool));
        if (pool == NULL)
            return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
        /* No device list: the events are visible to every device of the context. */
        r = lz_fn.zeEventPoolCreate(lz_context_of(q->context)->handle, &pdesc, 0, NULL,
                                    &pool->handle);
        if (r != UPZE_RESULT_SUCCESS) {
            free(pool);
            return lz_error(adapter, r, "zeEventPoolCreate");
        }
        pool->next = pools->head;
        pools->head = pool;
    }
    for (idx = 0; idx < LZ_POOL_SIZE; idx++)
        if (!(pool->used & (1ull << idx)))
            break;
    desc.index = idx;
    r = lz_fn.zeEventCreate(pool->handle, &desc, &h);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(adapter, r, "zeEventCreate");
    pool->used |= 1ull << idx;
    out->handle = h;
    out->pool = pool;
    out->index = idx;
    return UR_RESULT_SUCCESS;
}

void lz_zevent_put(struct lz_pools *pools, struct lz_zevent *ev)
{
    upze_result_t r;

    (void)pools;
    if (ev->handle == NULL)
        return;
    r = lz_fn.zeEventDestroy(ev->handle);
    if (r != UPZE_RESULT_SUCCESS)
        UP_WARN(LZ_LOG, "zeEventDestroy: %s", lz_result_name(r));
    ev->pool->used &= ~(1ull << ev->index);
    ev->handle = NULL;
    ev->pool = NULL;
}

void lz_pools_destroy(struct lz_pools *pools)
{
    struct lz_pool *pool = pools->head;

    while (pool != NULL) {
        struct lz_pool *next = pool->next;
        upze_result_t r;

        if (pool->used != 0)
            UP_WARN(LZ_LOG, "event pool destroyed with live events (0x%llx)",
                    (unsigned long long)pool->used);
        r = lz_fn.zeEventPoolDestroy(pool->handle);
        if (r != UPZE_RESULT_SUCCESS)
            UP_WARN(LZ_LOG, "zeEventPoolDestroy: %s", lz_result_name(r));
        free(pool);
        pool = next;
    }
    pools->head = NULL;
}

ur_result_t lz_event_status(ur_event_handle_t ev, ur_event_status_t *status)
{
    struct lz_event *le = lz_event_of(ev);
    upze_result_t r;

    if (le == NULL) {
        *status = UR_EVENT_STATUS_COMPLETE;
        return UR_RESULT_SUCCESS;
    }
    r = lz_fn.zeEventQueryStatus(le->z.handle);
    if (r == UPZE_RESULT_SUCCESS) {
        *status = UR_EVENT_STATUS_COMPLETE;
        return UR_RESULT_SUCCESS;
    }
    if (r == UPZE_RESULT_NOT_READY) {
        /* The rule of every adapter (docs/adapters/stream-engine.md): RUNNING only when the
         * command is known to have begun; a Level Zero event marks only its completion. */
        *status = UR_EVENT_STATUS_SUBMITTED;
        return UR_RESULT_SUCCESS;
    }
    return lz_error(lz_adapter_of_queue(ev->queue), r, "zeEventQueryStatus");
}

ur_result_t lz_event_wait(uint32_t n, const ur_event_handle_t *evs)
{
    for (uint32_t i = 0; i < n; i++) {
        struct lz_event *le = lz_event_of(evs[i]);
        upze_result_t r;

        if (le == NULL)
            continue;
        r = lz_fn.zeEventHostSynchronize(le->z.handle, UINT64_MAX);
        if (r != UPZE_RESULT_SUCCESS)
            return lz_error(lz_adapter_of_queue(evs[i]->queue), r, "zeEventHostSynchronize");
    }
    return UR_RESULT_SUCCESS;
}

/* Device ticks to nanoseconds. */
static uint64_t ticks_to_ns(const struct lz_device *ld, uint64_t ticks)
{
    if (ld->timer_ticks_per_sec != 0) {
        uint64_t f = ld->timer_ticks_per_sec;
        return ticks / f * 1000000000ull + ticks % f * 1000000000ull / f;
    }
    return ticks * ld->timer_ns_per_tick;
}

static uint64_t valid_mask(uint32_t bits)
{
    return bits >= 64 ? UINT64_MAX : (1ull << bits) - 1;
}

/* The device ticks a command ran from and to: a recorded timestamp's (one instant, written by
 * the device into le->stamp) or the event's kernel timestamps. */
static ur_result_t ticks_of(ur_event_handle_t ev, const struct lz_event *le, uint64_t *start,
                            uint64_t *end)
{
    const struct lz_device *ld = lz_device_of(ev->queue->device);
    upze_kernel_timestamp_result_t ts = {0};
    uint64_t mask;
    upze_result_t r;

    if (le->stamp != NULL) {
        r = lz_fn.zeEventQueryStatus(le->z.handle);
        if (r == UPZE_RESULT_NOT_READY)
            return UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE;
        if (r != UPZE_RESULT_SUCCESS)
            return lz_error(lz_adapter_of_queue(ev->queue), r, "zeEventQueryStatus");
        *start = *end = *le->stamp & valid_mask(ld->ts_bits);
        return UR_RESULT_SUCCESS;
    }
    r = lz_fn.zeEventQueryKernelTimestamp(le->z.handle, &ts);
    if (r == UPZE_RESULT_NOT_READY)
        return UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE;
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(lz_adapter_of_queue(ev->queue), r, "zeEventQueryKernelTimestamp");
    /* Global (wall-clock) timestamps, of kernel_ts_bits valid bits: an end below the start
     * wrapped around once. */
    mask = valid_mask(ld->kernel_ts_bits);
    *start = ts.global.kernelStart & mask;
    *end = ts.global.kernelEnd & mask;
    if (*end < *start)
        *end += mask + 1;
    return UR_RESULT_SUCCESS;
}

ur_result_t lz_event_profiling(ur_event_handle_t ev, ur_profiling_info_t what, uint64_t *ns)
{
    struct lz_event *le = lz_event_of(ev);
    const struct lz_device *ld = lz_device_of(ev->queue->device);
    uint64_t start = 0, end = 0;
    ur_result_t res;

    if (le == NULL)
        return UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE;
    res = ticks_of(ev, le, &start, &end);
    if (res != UR_RESULT_SUCCESS)
        return res;
    switch (what) {
    /* Level Zero timestamps the command's execution only: queued and submitted are reported as
     * its start. */
    case UR_PROFILING_INFO_COMMAND_QUEUED:
    case UR_PROFILING_INFO_COMMAND_SUBMIT:
    case UR_PROFILING_INFO_COMMAND_START:
        *ns = ticks_to_ns(ld, start);
        return UR_RESULT_SUCCESS;
    case UR_PROFILING_INFO_COMMAND_END:
    case UR_PROFILING_INFO_COMMAND_COMPLETE:
        *ns = ticks_to_ns(ld, end);
        return UR_RESULT_SUCCESS;
    default:
        return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
    }
}

void lz_event_destroy(ur_event_handle_t ev)
{
    struct lz_event *le = lz_event_of(ev);
    struct lz_queue *lq;

    if (le == NULL)
        return;
    lq = lz_queue_of(ev->queue);
    /* The device must be done with an event before it is destroyed; releasing a UR event does
     * not wait, so wait here for a command still running. */
    if (lz_fn.zeEventQueryStatus(le->z.handle) == UPZE_RESULT_NOT_READY) {
        upze_result_t r = lz_fn.zeEventHostSynchronize(le->z.handle, UINT64_MAX);
        if (r != UPZE_RESULT_SUCCESS)
            UP_WARN(LZ_LOG, "zeEventHostSynchronize: %s", lz_result_name(r));
    }
    if (le->stamp != NULL) {
        upze_result_t r = lz_fn.zeMemFree(le->zctx, le->stamp);
        if (r != UPZE_RESULT_SUCCESS)
            UP_WARN(LZ_LOG, "zeMemFree (timestamp): %s", lz_result_name(r));
    }
    pthread_mutex_lock(&lq->lock);
    lz_zevent_put(&lq->pools, &le->z);
    pthread_mutex_unlock(&lq->lock);
    free(le);
    ev->priv = NULL;
}
