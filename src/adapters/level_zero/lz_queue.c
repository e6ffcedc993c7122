/* SPDX-License-Identifier: MIT */
/*
 * Queues: one in-order immediate command list each, and the enqueue operations on it.
 *
 * Order: drivers of API 1.7 and later take ZE_COMMAND_QUEUE_FLAG_IN_ORDER; on older ones a barrier
 * without events precedes each command, which makes it wait for everything appended before.
 * Wait lists: events of the same Level Zero context are passed to the driver; an event of another
 * context (which a command list cannot wait on) is waited for on the host first.
 */
#include "adapters/level_zero/lz_internal.h"

#include <stdlib.h>
#include <string.h>

/* Host staging memory of an emulated fill, freed once its command completed. */
struct lz_deferred {
    void *ptr;
    struct lz_zevent done;
    struct lz_deferred *next;
};

/* Free staging memory whose command completed (all of it if `all`, after a finish). Caller holds
 * the queue's lock. */
static void reap_deferred(struct lz_queue *lq, upze_context_handle_t zctx, bool all)
{
    struct lz_deferred **pp = &lq->deferred;

    while (*pp != NULL) {
        struct lz_deferred *d = *pp;
        upze_result_t r;

        if (!all && lz_fn.zeEventQueryStatus(d->done.handle) != UPZE_RESULT_SUCCESS) {
            pp = &d->next;
            continue;
        }
        r = lz_fn.zeMemFree(zctx, d->ptr);
        if (r != UPZE_RESULT_SUCCESS)
            UP_WARN(LZ_LOG, "zeMemFree (fill staging): %s", lz_result_name(r));
        lz_zevent_put(&lq->pools, &d->done);
        *pp = d->next;
        free(d);
    }
}

ur_result_t lz_queue_create(ur_queue_handle_t q)
{
    const struct lz_device *ld = lz_device_of(q->device);
    struct lz_context *lc = lz_context_of(q->context);
    upze_api_version_t api = lz_platform_of(q->context->platform)->api_version;
    upze_command_queue_desc_t desc = {
        .stype = UPZE_STRUCTURE_TYPE_COMMAND_QUEUE_DESC,
        .ordinal = ld->queue_ordinal,
        .index = 0,
        .mode = UPZE_COMMAND_QUEUE_MODE_ASYNCHRONOUS,
        .priority = UPZE_COMMAND_QUEUE_PRIORITY_NORMAL,
    };
    struct lz_queue *lq;
    upze_result_t r;

    if (ld->queue_ordinal == UINT32_MAX) {
        UP_INFO(LZ_LOG, "device %u has no compute or copy engine: no queues", q->device->index);
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    }
    lq = calloc(1, sizeof(*lq));
    if (lq == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    lq->ur = q;
    lq->in_order_flag = api >= UPZE_API_VERSION_1_7;
    if (lq->in_order_flag)
        desc.flags |= UPZE_COMMAND_QUEUE_FLAG_IN_ORDER;
    if (q->flags & UR_QUEUE_FLAG_PRIORITY_LOW)
        desc.priority = 1; /* ZE_COMMAND_QUEUE_PRIORITY_PRIORITY_LOW */
    else if (q->flags & UR_QUEUE_FLAG_PRIORITY_HIGH)
        desc.priority = 2; /* ZE_COMMAND_QUEUE_PRIORITY_PRIORITY_HIGH */
    lq->pools.timestamps = (q->flags & UR_QUEUE_FLAG_PROFILING_ENABLE) != 0;
    r = lz_fn.zeCommandListCreateImmediate(lc->handle, ld->handle, &desc, &lq->list);
    if (r != UPZE_RESULT_SUCCESS) {
        free(lq);
        return lz_error(lz_adapter_of_queue(q), r, "zeCommandListCreateImmediate");
    }
    pthread_mutex_init(&lq->lock, NULL);
    q->priv = lq;
    lz_context_add_queue(lc, lq);
    return UR_RESULT_SUCCESS;
}

void lz_queue_destroy(ur_queue_handle_t q)
{
    struct lz_queue *lq = lz_queue_of(q);
    upze_result_t r;

    if (lq == NULL)
        return;
    lz_context_remove_queue(lz_context_of(q->context), lq);
    pthread_mutex_lock(&lq->lock);
    reap_deferred(lq, lz_context_of(q->context)->handle, true);
    lz_zevent_put(&lq->pools, &lq->sync_event);
    pthread_mutex_unlock(&lq->lock);
    r = lz_fn.zeCommandListDestroy(lq->list);
    if (r != UPZE_RESULT_SUCCESS)
        UP_WARN(LZ_LOG, "zeCommandListDestroy: %s", lz_result_name(r));
    lz_pools_destroy(&lq->pools);
    pthread_mutex_destroy(&lq->lock);
    free(lq);
    q->priv = NULL;
}

/* Wait on the host for every command appended so far and for the given events of the queue's
 * context (a barrier without wait events waits for everything appended before it). Caller holds
 * the queue's lock. */
static ur_result_t drain_locked(ur_queue_handle_t q, uint32_t nwaits, upze_event_handle_t *waits)
{
    struct lz_queue *lq = lz_queue_of(q);
    ur_adapter_handle_t adapter = lz_adapter_of_queue(q);
    ur_result_t res;
    upze_result_t r;

    if (lq->sync_event.handle == NULL) {
        res = lz_zevent_get(q, &lq->pools, &lq->sync_event);
        if (res != UR_RESULT_SUCCESS)
            return res;
    }
    r = lz_fn.zeCommandListAppendBarrier(lq->list, lq->sync_event.handle, nwaits, waits);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(adapter, r, "zeCommandListAppendBarrier");
    r = lz_fn.zeEventHostSynchronize(lq->sync_event.handle, UINT64_MAX);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(adapter, r, "zeEventHostSynchronize");
    r = lz_fn.zeEventHostReset(lq->sync_event.handle);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(adapter, r, "zeEventHostReset");
    reap_deferred(lq, lz_context_of(q->context)->handle, true);
    return UR_RESULT_SUCCESS;
}

ur_result_t lz_queue_sync(ur_queue_handle_t q)
{
    struct lz_queue *lq = lz_queue_of(q);
    ur_result_t res = UR_RESULT_SUCCESS;

    pthread_mutex_lock(&lq->lock);
    if (lq->has_commands) {
        res = drain_locked(q, 0, NULL);
        if (res == UR_RESULT_SUCCESS)
            lq->has_commands = false;
    }
    pthread_mutex_unlock(&lq->lock);
    return res;
}

ur_result_t lz_queue_finish(ur_queue_handle_t q)
{
    return lz_queue_sync(q);
}

ur_result_t lz_queue_flush(ur_queue_handle_t q)
{
    (void)q; /* immediate command lists submit as they are appended */
    return UR_RESULT_SUCCESS;
}

/* ---- Enqueue -------------------------------------------------------------------------------- */

/* One command being appended: its wait list in driver terms and its signal event. */
struct lz_cmd {
    upze_event_handle_t *waits;
    uint32_t nwaits;
    upze_event_handle_t local_waits[8];
    struct lz_event *signal; /* attached to the UR event on success */
};

/* Build the wait list; events of another Level Zero context are waited for here. Takes the
 * queue's lock on success (released by end_cmd). */
static ur_result_t begin_cmd(ur_queue_handle_t q, uint32_t nwait, const ur_event_handle_t *wait,
                             ur_event_handle_t ev, struct lz_cmd *cmd)
{
    struct lz_queue *lq = lz_queue_of(q);
    upze_context_handle_t zctx = lz_context_of(q->context)->handle;
    ur_adapter_handle_t adapter = lz_adapter_of_queue(q);
    ur_result_t res;

    memset(cmd, 0, sizeof(*cmd));
    cmd->waits = cmd->local_waits;
    if (nwait > sizeof(cmd->local_waits) / sizeof(cmd->local_waits[0])) {
        cmd->waits = calloc(nwait, sizeof(*cmd->waits));
        if (cmd->waits == NULL)
            return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    }
    for (uint32_t i = 0; i < nwait; i++) {
        struct lz_event *we = lz_event_of(wait[i]);

        if (we == NULL)
            continue; /* no native event: nothing to wait for */
        if (we->zctx != zctx) {
            upze_result_t r = lz_fn.zeEventHostSynchronize(we->z.handle, UINT64_MAX);
            if (r != UPZE_RESULT_SUCCESS) {
                res = lz_error(adapter, r, "zeEventHostSynchronize");
                goto err_waits;
            }
            continue;
        }
        cmd->waits[cmd->nwaits++] = we->z.handle;
    }
    pthread_mutex_lock(&lq->lock);
    if (ev != NULL) {
        cmd->signal = calloc(1, sizeof(*cmd->signal));
        if (cmd->signal == NULL) {
            res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
            goto err_unlock;
        }
        res = lz_zevent_get(q, &lq->pools, &cmd->signal->z);
        if (res != UR_RESULT_SUCCESS)
            goto err_signal;
        cmd->signal->zctx = zctx;
    }
    reap_deferred(lq, zctx, false);
    return UR_RESULT_SUCCESS;

err_signal:
    free(cmd->signal);
    cmd->signal = NULL;
err_unlock:
    pthread_mutex_unlock(&lq->lock);
err_waits:
    if (cmd->waits != cmd->local_waits)
        free(cmd->waits);
    return res;
}

/* Attach the signal event to ev on success (else give it back), unlock, free the wait list. */
static ur_result_t end_cmd(ur_queue_handle_t q, ur_event_handle_t ev, struct lz_cmd *cmd,
                           ur_result_t res)
{
    struct lz_queue *lq = lz_queue_of(q);

    if (cmd->signal != NULL) {
        if (res == UR_RESULT_SUCCESS) {
            ev->priv = cmd->signal;
        } else {
            lz_zevent_put(&lq->pools, &cmd->signal->z);
            free(cmd->signal);
        }
        cmd->signal = NULL;
    }
    if (res == UR_RESULT_SUCCESS)
        lq->has_commands = true;
    pthread_mutex_unlock(&lq->lock);
    if (cmd->waits != cmd->local_waits)
        free(cmd->waits);
    return res;
}

/* Lists created without the IN_ORDER flag: a barrier first orders the command after all
 * earlier ones. Caller holds the queue's lock. */
static ur_result_t order(ur_queue_handle_t q)
{
    struct lz_queue *lq = lz_queue_of(q);
    upze_result_t r;

    if (lq->in_order_flag || !lq->has_commands)
        return UR_RESULT_SUCCESS;
    r = lz_fn.zeCommandListAppendBarrier(lq->list, NULL, 0, NULL);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(lz_adapter_of_queue(q), r, "zeCommandListAppendBarrier");
    return UR_RESULT_SUCCESS;
}

static upze_event_handle_t signal_of(const struct lz_cmd *cmd)
{
    return cmd->signal != NULL ? cmd->signal->z.handle : NULL;
}

/* The context a copy side must be reached from, when it is not the queue's: memory of another
 * context of the platform (a command list may only touch memory of its own context). */
static bool foreign(ur_queue_handle_t q, ur_context_handle_t c)
{
    return c != NULL && c != q->context;
}

/* Copy now, in context c on device dev of c: a synchronous immediate list of c, which returns
 * once the copy is done. */
static ur_result_t copy_now(ur_queue_handle_t q, ur_context_handle_t c, ur_device_handle_t dev,
                            void *dst, const void *src, size_t size)
{
    const struct lz_device *ld = lz_device_of(dev);
    ur_adapter_handle_t adapter = lz_adapter_of_queue(q);
    upze_command_queue_desc_t desc = {
        .stype = UPZE_STRUCTURE_TYPE_COMMAND_QUEUE_DESC,
        .ordinal = ld->queue_ordinal,
        .mode = UPZE_COMMAND_QUEUE_MODE_SYNCHRONOUS,
        .priority = UPZE_COMMAND_QUEUE_PRIORITY_NORMAL,
    };
    upze_command_list_handle_t list;
    ur_result_t res = UR_RESULT_SUCCESS;
    upze_result_t r;

    if (ld->queue_ordinal == UINT32_MAX)
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    r = lz_fn.zeCommandListCreateImmediate(lz_context_of(c)->handle, ld->handle, &desc, &list);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(adapter, r, "zeCommandListCreateImmediate (staged copy)");
    r = lz_fn.zeCommandListAppendMemoryCopy(list, dst, src, size, NULL, 0, NULL);
    if (r != UPZE_RESULT_SUCCESS)
        res = lz_error(adapter, r, "zeCommandListAppendMemoryCopy (staged copy)");
    r = lz_fn.zeCommandListDestroy(list);
    if (r != UPZE_RESULT_SUCCESS)
        UP_WARN(LZ_LOG, "zeCommandListDestroy (staged copy): %s", lz_result_name(r));
    return res;
}

/* A side's context and a device of it to run its half of a staged copy on. */
static void side_of(ur_queue_handle_t q, ur_context_handle_t c, ur_device_handle_t d,
                    ur_context_handle_t *ctx, ur_device_handle_t *dev)
{
    if (!foreign(q, c)) {
        *ctx = q->context;
        *dev = q->device;
    } else {
        *ctx = c;
        *dev = d != NULL ? d : c->devices[0]; /* host memory of c: any device of c */
    }
}

/* A command with memory of another context (a command list may not touch it): true when either
 * side of the route is such memory. */
static bool needs_staging(ur_queue_handle_t q, const struct up_copy_route *route)
{
    return route != NULL && (foreign(q, route->src_context) || foreign(q, route->dst_context));
}

/* A copy (src) or a fill (src NULL, pattern) with a side in another context: after everything
 * before it in the queue and its wait list, host memory gets the bytes (the source copied in, in
 * its own context, or the pattern repeated), then they are copied into the destination in its
 * own context, both on the host's time; the command's event is then signalled by a barrier of
 * the queue. Caller holds the queue's lock (begin_cmd). */
static ur_result_t run_staged(ur_queue_handle_t q, void *dst, const void *src, const void *pattern,
                              size_t pattern_size, size_t size, const struct up_copy_route *route,
                              struct lz_cmd *cmd)
{
    ur_context_handle_t sctx, dctx;
    ur_device_handle_t sdev, ddev;
    ur_result_t res;
    char *staging;
    upze_result_t r;

    UP_DEBUG(LZ_LOG, "%s of %zu bytes across contexts: staged through host memory",
             src != NULL ? "copy" : "fill", size);
    res = drain_locked(q, cmd->nwaits, cmd->waits);
    if (res != UR_RESULT_SUCCESS)
        return res;
    side_of(q, route->dst_context, route->dst_device, &dctx, &ddev);
    staging = malloc(size);
    if (staging == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    if (src != NULL) {
        side_of(q, route->src_context, route->src_device, &sctx, &sdev);
        res = copy_now(q, sctx, sdev, staging, src, size);
    } else {
        for (size_t at = 0; at < size; at += pattern_size)
            memcpy(staging + at, pattern, pattern_size);
    }
    if (res == UR_RESULT_SUCCESS)
        res = copy_now(q, dctx, ddev, dst, staging, size);
    free(staging);
    if (res != UR_RESULT_SUCCESS || signal_of(cmd) == NULL)
        return res;
    r = lz_fn.zeCommandListAppendBarrier(lz_queue_of(q)->list, signal_of(cmd), 0, NULL);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(lz_adapter_of_queue(q), r, "zeCommandListAppendBarrier");
    return UR_RESULT_SUCCESS;
}

ur_result_t lz_enqueue_memcpy(ur_queue_handle_t q, void *dst, const void *src, size_t size,
                              const struct up_copy_route *route, uint32_t nwait,
                              const ur_event_handle_t *wait, ur_event_handle_t ev)
{
    struct lz_cmd cmd;
    ur_result_t res;
    upze_result_t r;

    /* Where each side lives does not change the call, as long as both are memory of the
     * queue's context (or plain host memory): the driver reaches memory of any device of the
     * context, over the peer link where there is one. */
    res = begin_cmd(q, nwait, wait, ev, &cmd);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (needs_staging(q, route)) {
        res = run_staged(q, dst, src, NULL, 0, size, route, &cmd);
        return end_cmd(q, ev, &cmd, res);
    }
    res = order(q);
    if (res == UR_RESULT_SUCCESS) {
        r = lz_fn.zeCommandListAppendMemoryCopy(lz_queue_of(q)->list, dst, src, size,
                                                signal_of(&cmd), cmd.nwaits, cmd.waits);
        if (r != UPZE_RESULT_SUCCESS)
            res = lz_error(lz_adapter_of_queue(q), r, "zeCommandListAppendMemoryCopy");
    }
    return end_cmd(q, ev, &cmd, res);
}

static bool is_pow2(size_t x)
{
    return x != 0 && (x & (x - 1)) == 0;
}

/* A pattern the engine cannot fill with (not a power of two, or above maxMemoryFillPatternSize):
 * copy the pattern from host staging memory into the start of dst, then double the filled part
 * with device copies of dst into itself (non-overlapping), in order. */
static ur_result_t fill_emulated(ur_queue_handle_t q, void *dst, const void *pattern,
                                 size_t pattern_size, size_t size, struct lz_cmd *cmd)
{
    struct lz_queue *lq = lz_queue_of(q);
    upze_context_handle_t zctx = lz_context_of(q->context)->handle;
    ur_adapter_handle_t adapter = lz_adapter_of_queue(q);
    upze_host_mem_alloc_desc_t hdesc = {.stype = UPZE_STRUCTURE_TYPE_HOST_MEM_ALLOC_DESC};
    struct lz_deferred *d;
    upze_event_handle_t *waits = cmd->waits;
    uint32_t nwaits = cmd->nwaits;
    size_t done = 0;
    ur_result_t res;
    upze_result_t r;

    d = calloc(1, sizeof(*d));
    if (d == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    r = lz_fn.zeMemAllocHost(zctx, &hdesc, pattern_size, 0, &d->ptr);
    if (r != UPZE_RESULT_SUCCESS) {
        res = lz_error(adapter, r, "zeMemAllocHost");
        goto err_free_record;
    }
    memcpy(d->ptr, pattern, pattern_size);
    res = lz_zevent_get(q, &lq->pools, &d->done);
    if (res != UR_RESULT_SUCCESS)
        goto err_free_staging;

    while (done < size) {
        const void *from = done == 0 ? d->ptr : dst;
        size_t n = done == 0 ? pattern_size : (done < size - done ? done : size - done);
        bool last = done + n == size;

        if (done > 0 && !lq->in_order_flag) {
            r = lz_fn.zeCommandListAppendBarrier(lq->list, NULL, 0, NULL);
            if (r != UPZE_RESULT_SUCCESS) {
                res = lz_error(adapter, r, "zeCommandListAppendBarrier");
                goto err_sync;
            }
        }
        r = lz_fn.zeCommandListAppendMemoryCopy(lq->list, (char *)dst + done, from, n,
                                                last ? d->done.handle : NULL, nwaits, waits);
        if (r != UPZE_RESULT_SUCCESS) {
            res = lz_error(adapter, r, "zeCommandListAppendMemoryCopy");
            goto err_sync;
        }
        lq->has_commands = true;
        nwaits = 0; /* only the first command waits for the list */
        waits = NULL;
        done += n;
    }
    d->next = lq->deferred;
    lq->deferred = d;
    if (cmd->signal != NULL) {
        /* A barrier after the last copy signals the command's event. */
        r = lz_fn.zeCommandListAppendBarrier(lq->list, signal_of(cmd), 0, NULL);
        if (r != UPZE_RESULT_SUCCESS)
            return lz_error(adapter, r, "zeCommandListAppendBarrier");
    }
    return UR_RESULT_SUCCESS;

err_sync:
    /* Commands already appended may use the staging memory: keep it until they are done. */
    if (done > 0) {
        d->next = lq->deferred;
        lq->deferred = d;
        return res;
    }
    lz_zevent_put(&lq->pools, &d->done);
err_free_staging:
    lz_fn.zeMemFree(zctx, d->ptr);
err_free_record:
    free(d);
    return res;
}

ur_result_t lz_enqueue_fill(ur_queue_handle_t q, void *dst, const void *pattern,
                            size_t pattern_size, size_t size, const struct up_copy_route *route,
                            uint32_t nwait, const ur_event_handle_t *wait, ur_event_handle_t ev)
{
    const struct lz_device *ld = lz_device_of(q->device);
    struct lz_cmd cmd;
    ur_result_t res;
    upze_result_t r;

    res = begin_cmd(q, nwait, wait, ev, &cmd);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (needs_staging(q, route)) {
        res = run_staged(q, dst, NULL, pattern, pattern_size, size, route, &cmd);
        return end_cmd(q, ev, &cmd, res);
    }
    res = order(q);
    if (res == UR_RESULT_SUCCESS) {
        if (is_pow2(pattern_size) && pattern_size <= ld->max_fill_pattern) {
            r = lz_fn.zeCommandListAppendMemoryFill(lz_queue_of(q)->list, dst, pattern,
                                                    pattern_size, size, signal_of(&cmd), cmd.nwaits,
                                                    cmd.waits);
            if (r != UPZE_RESULT_SUCCESS)
                res = lz_error(lz_adapter_of_queue(q), r, "zeCommandListAppendMemoryFill");
        } else {
            UP_DEBUG(LZ_LOG, "fill pattern of %zu bytes (engine limit %zu): emulated", pattern_size,
                     ld->max_fill_pattern);
            res = fill_emulated(q, dst, pattern, pattern_size, size, &cmd);
        }
    }
    return end_cmd(q, ev, &cmd, res);
}

ur_result_t lz_enqueue_barrier(ur_queue_handle_t q, uint32_t nwait, const ur_event_handle_t *wait,
                               ur_event_handle_t ev)
{
    struct lz_cmd cmd;
    ur_result_t res;
    upze_result_t r;

    res = begin_cmd(q, nwait, wait, ev, &cmd);
    if (res != UR_RESULT_SUCCESS)
        return res;
    /* A barrier waits for every earlier command by itself (and for the wait list). */
    r = lz_fn.zeCommandListAppendBarrier(lz_queue_of(q)->list, signal_of(&cmd), cmd.nwaits,
                                         cmd.waits);
    if (r != UPZE_RESULT_SUCCESS)
        res = lz_error(lz_adapter_of_queue(q), r, "zeCommandListAppendBarrier");
    return end_cmd(q, ev, &cmd, res);
}

ur_result_t lz_enqueue_timestamp(ur_queue_handle_t q, uint32_t nwait, const ur_event_handle_t *wait,
                                 ur_event_handle_t ev)
{
    upze_context_handle_t zctx = lz_context_of(q->context)->handle;
    upze_host_mem_alloc_desc_t hdesc = {.stype = UPZE_STRUCTURE_TYPE_HOST_MEM_ALLOC_DESC};
    ur_adapter_handle_t adapter = lz_adapter_of_queue(q);
    void *stamp = NULL;
    struct lz_cmd cmd;
    ur_result_t res;
    upze_result_t r;

    /* The device writes its global timestamp into host memory when the command runs, in the
     * queue's order; the event's profiling times are read from there (lz_event_profiling). */
    r = lz_fn.zeMemAllocHost(zctx, &hdesc, sizeof(uint64_t), sizeof(uint64_t), &stamp);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(adapter, r, "zeMemAllocHost (timestamp)");
    res = begin_cmd(q, nwait, wait, ev, &cmd);
    if (res != UR_RESULT_SUCCESS)
        goto err_free_stamp;
    res = order(q);
    if (res == UR_RESULT_SUCCESS) {
        r = lz_fn.zeCommandListAppendWriteGlobalTimestamp(lz_queue_of(q)->list, stamp,
                                                          signal_of(&cmd), cmd.nwaits, cmd.waits);
        if (r != UPZE_RESULT_SUCCESS)
            res = lz_error(adapter, r, "zeCommandListAppendWriteGlobalTimestamp");
    }
    if (res == UR_RESULT_SUCCESS)
        cmd.signal->stamp = stamp; /* ev is never NULL here: the event owns the memory now */
    res = end_cmd(q, ev, &cmd, res);
    if (res == UR_RESULT_SUCCESS)
        return res;
err_free_stamp:
    r = lz_fn.zeMemFree(zctx, stamp);
    if (r != UPZE_RESULT_SUCCESS)
        UP_WARN(LZ_LOG, "zeMemFree (timestamp): %s", lz_result_name(r));
    return res;
}
