/* SPDX-License-Identifier: MIT */
/*
 * Native events of the simulated driver.
 *
 * A native event is reference counted: the ur event holds one reference (dropped by
 * event_destroy), the command that signals it holds one, and every command that waits on it
 * holds one, so the worker can finish with it after the application released the ur event.
 */
#include "sim.h"

#include <stdlib.h>

/* Every native event alive, so that a native handle given back to urEventCreateWithNativeHandle
 * is checked against events that exist (a driver knows its own objects). */
static pthread_mutex_t live_lock = PTHREAD_MUTEX_INITIALIZER;
static struct sim_event *live_head;

struct sim_event *sim_event_new(bool profiling)
{
    struct sim_event *e = calloc(1, sizeof(*e));

    if (!e)
        return NULL;
    if (pthread_mutex_init(&e->lock, NULL) != 0)
        goto err_free;
    if (pthread_cond_init(&e->done, NULL) != 0)
        goto err_destroy_lock;
    atomic_init(&e->refs, 1);
    atomic_init(&e->status, UR_EVENT_STATUS_QUEUED);
    e->profiling = profiling;
    pthread_mutex_lock(&live_lock);
    e->live_next = live_head;
    if (live_head)
        live_head->live_prev = e;
    live_head = e;
    pthread_mutex_unlock(&live_lock);
    return e;

err_destroy_lock:
    pthread_mutex_destroy(&e->lock);
err_free:
    free(e);
    return NULL;
}

void sim_event_retain(struct sim_event *e)
{
    atomic_fetch_add_explicit(&e->refs, 1, memory_order_relaxed);
}

void sim_event_release(struct sim_event *e)
{
    if (!e || atomic_fetch_sub_explicit(&e->refs, 1, memory_order_acq_rel) != 1)
        return;
    pthread_mutex_lock(&live_lock);
    if (e->live_prev)
        e->live_prev->live_next = e->live_next;
    else
        live_head = e->live_next;
    if (e->live_next)
        e->live_next->live_prev = e->live_prev;
    pthread_mutex_unlock(&live_lock);
    pthread_cond_destroy(&e->done);
    pthread_mutex_destroy(&e->lock);
    free(e);
}

void sim_event_stamp(struct sim_event *e, enum sim_ts ts, uint64_t ns)
{
    if (!e->profiling)
        return;
    pthread_mutex_lock(&e->lock);
    e->ts[ts] = ns;
    e->ts_set |= 1u << ts;
    pthread_mutex_unlock(&e->lock);
}

void sim_event_advance(struct sim_event *e, ur_event_status_t status, enum sim_ts ts)
{
    pthread_mutex_lock(&e->lock);
    if (e->profiling) {
        e->ts[ts] = sim_now_ns();
        e->ts_set |= 1u << ts;
        if (status == UR_EVENT_STATUS_COMPLETE) {
            e->ts[SIM_TS_COMPLETE] = e->ts[ts];
            e->ts_set |= 1u << SIM_TS_COMPLETE;
        }
    }
    atomic_store_explicit(&e->status, (int)status, memory_order_release);
    if (status == UR_EVENT_STATUS_COMPLETE)
        pthread_cond_broadcast(&e->done);
    pthread_mutex_unlock(&e->lock);
}

void sim_event_wait_done(struct sim_event *e)
{
    if (atomic_load_explicit(&e->status, memory_order_acquire) == UR_EVENT_STATUS_COMPLETE)
        return;
    pthread_mutex_lock(&e->lock);
    while (atomic_load_explicit(&e->status, memory_order_relaxed) != UR_EVENT_STATUS_COMPLETE)
        pthread_cond_wait(&e->done, &e->lock);
    pthread_mutex_unlock(&e->lock);
}

static struct sim_adapter *sim_of_event(ur_event_handle_t ev)
{
    /* An event made from a native handle has no queue: its context names the node. */
    return sim_of_device(ev->queue ? ev->queue->device : ev->context->devices[0])->sa;
}

ur_result_t sim_event_status(ur_event_handle_t ev, ur_event_status_t *status)
{
    struct sim_event *e = ev->priv;

    sim_count_call(sim_of_event(ev));
    *status = e ? (ur_event_status_t)atomic_load_explicit(&e->status, memory_order_acquire)
                : UR_EVENT_STATUS_COMPLETE;
    return UR_RESULT_SUCCESS;
}

ur_result_t sim_event_wait(uint32_t n, const ur_event_handle_t *evs)
{
    for (uint32_t i = 0; i < n; i++) {
        struct sim_event *e = evs[i]->priv;
        sim_count_call(sim_of_event(evs[i]));
        if (e)
            sim_event_wait_done(e);
    }
    return UR_RESULT_SUCCESS;
}

ur_result_t sim_event_profiling(ur_event_handle_t ev, ur_profiling_info_t what, uint64_t *ns)
{
    struct sim_event *e = ev->priv;
    ur_result_t res = UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE;

    sim_count_call(sim_of_event(ev));
    if ((unsigned)what >= SIM_TS_COUNT_)
        return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
    if (!e || !e->profiling)
        return res;
    /* A recorded timestamp is one instant: submitted as it is queued, started as it ends. */
    if (e->timestamp && what == UR_PROFILING_INFO_COMMAND_SUBMIT)
        what = UR_PROFILING_INFO_COMMAND_QUEUED;
    else if (e->timestamp && what == UR_PROFILING_INFO_COMMAND_START)
        what = UR_PROFILING_INFO_COMMAND_END;
    pthread_mutex_lock(&e->lock);
    if (e->ts_set & (1u << (unsigned)what)) {
        *ns = e->ts[what];
        res = UR_RESULT_SUCCESS;
    }
    pthread_mutex_unlock(&e->lock);
    return res;
}

void sim_event_destroy(ur_event_handle_t ev)
{
    struct sim_event *e = ev->priv;

    ev->priv = NULL;
    sim_event_release(e);
}

ur_result_t sim_event_get_native(ur_event_handle_t ev, ur_native_handle_t *native)
{
    sim_count_call(sim_of_event(ev));
    *native = (ur_native_handle_t)ev->priv;
    return UR_RESULT_SUCCESS;
}

ur_result_t sim_event_create_native(ur_event_handle_t ev, ur_native_handle_t native, bool owned)
{
    struct sim_event *e;

    /* Native events are reference counted: the new ur event always takes a reference of its
     * own, so `owned` changes nothing here (whoever held one still releases it). */
    (void)owned;
    sim_count_call(sim_of_event(ev));
    pthread_mutex_lock(&live_lock);
    for (e = live_head; e != NULL; e = e->live_next)
        if ((ur_native_handle_t)e == native)
            break;
    if (e != NULL) {
        /* Its last reference may be going (it leaves the list just after): take one only
         * while there is one. */
        unsigned refs = atomic_load_explicit(&e->refs, memory_order_relaxed);
        while (refs != 0 &&
               !atomic_compare_exchange_weak_explicit(&e->refs, &refs, refs + 1,
                                                      memory_order_acquire, memory_order_relaxed))
            ;
        if (refs == 0)
            e = NULL;
    }
    pthread_mutex_unlock(&live_lock);
    if (e == NULL) {
        UP_WARN(SIM_LOG, "urEventCreateWithNativeHandle: %#jx is no simulated event",
                (uintmax_t)native);
        return UR_RESULT_ERROR_INVALID_VALUE;
    }
    ev->priv = e;
    /* The command's queue, if a ur queue of this context still has it: the event answers
     * UR_EVENT_INFO_COMMAND_QUEUE with it (the core holds a reference on it). */
    struct sim_context *sc = ev->context->priv;
    pthread_mutex_lock(&sc->lock);
    for (struct sim_queue *sq = sc->queues; sq; sq = sq->ctx_next)
        if (sq->id == e->queue_id && sq->handle &&
            atomic_load_explicit(&sq->handle->obj.refcount, memory_order_acquire) > 0)
            ev->queue = sq->handle;
    pthread_mutex_unlock(&sc->lock);
    return UR_RESULT_SUCCESS;
}
