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
    return sim_of_device(ev->queue->device)->sa;
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
