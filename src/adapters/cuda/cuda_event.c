/* SPDX-License-Identifier: MIT */
/*
 * Events. Each command that returns an event gets a CUDA event recorded after it on the queue's
 * stream; that event answers status queries and waits, and other queues wait for it with
 * cuStreamWaitEvent. Events of queues without profiling are created with timing disabled, which
 * makes them cheaper to record and to wait for.
 *
 * Profiling (queues with UR_QUEUE_FLAG_PROFILING_ENABLE): a second timed event is recorded just
 * before the command (after its wait list), so START and END bracket the command on the device.
 * Device times become host CLOCK_MONOTONIC nanoseconds through a per-device base: a timed event
 * recorded and waited for when the device's first profiling queue is created, paired with the
 * host clock read right after the wait. START = base + elapsed(base, start event); END = START +
 * elapsed(start event, end event), so a command's duration keeps the timer's full resolution.
 * QUEUED and SUBMIT are the host clock when the command was enqueued (CUDA submits at enqueue);
 * START is never reported before SUBMIT and COMPLETE equals END. cuEventElapsedTime returns a
 * float of milliseconds, so absolute times drift by up to a few tens of microseconds after hours;
 * durations do not.
 */
#include "cuda_internal.h"

#include <stdlib.h>
#include <time.h>

uint64_t cu_host_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

ur_result_t cu_profiling_base(ur_device_handle_t d, upcu_stream_t stream)
{
    struct cu_device *cd = cu_dev(d);
    const struct upcu_api *api = cu_api(d);
    ur_result_t res = UR_RESULT_SUCCESS;
    upcu_event_t base = NULL;
    upcu_result_t r;

    pthread_mutex_lock(&cd->lock);
    if (cd->base_event)
        goto out_unlock;
    r = api->cuEventCreate(&base, UPCU_EVENT_DEFAULT);
    if (r != UPCU_SUCCESS) {
        res = cu_error(cd->ad, r, "cuEventCreate", 0);
        goto out_unlock;
    }
    r = api->cuEventRecord(base, stream);
    if (r == UPCU_SUCCESS)
        r = api->cuEventSynchronize(base);
    if (r != UPCU_SUCCESS) {
        res = cu_error(cd->ad, r, "cuEventRecord/cuEventSynchronize (profiling base)", 0);
        api->cuEventDestroy(base);
        goto out_unlock;
    }
    cd->base_ns = cu_host_ns();
    cd->base_event = base;
out_unlock:
    pthread_mutex_unlock(&cd->lock);
    return res;
}

ur_result_t cu_event_prepare(ur_queue_handle_t q, struct cu_event **out)
{
    const struct upcu_api *api = cu_api(q->device);
    bool profiling = (q->flags & UR_QUEUE_FLAG_PROFILING_ENABLE) != 0;
    struct cu_event *ce;
    ur_result_t res;
    upcu_result_t r;

    ce = calloc(1, sizeof *ce);
    if (!ce)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    if (profiling) {
        ce->queued_ns = cu_host_ns();
        r = api->cuEventCreate(&ce->start, UPCU_EVENT_DEFAULT);
        if (r != UPCU_SUCCESS) {
            res = cu_error(cu_ad(q->device), r, "cuEventCreate", 0);
            goto err_free;
        }
    }
    r = api->cuEventCreate(&ce->end, profiling ? UPCU_EVENT_DEFAULT : UPCU_EVENT_DISABLE_TIMING);
    if (r != UPCU_SUCCESS) {
        res = cu_error(cu_ad(q->device), r, "cuEventCreate", 0);
        goto err_destroy_start;
    }
    *out = ce;
    return UR_RESULT_SUCCESS;

err_destroy_start:
    if (ce->start)
        api->cuEventDestroy(ce->start);
err_free:
    free(ce);
    return res;
}

/* Destroys ce's native events; the caller has d's primary context current. */
void cu_event_free(ur_device_handle_t d, struct cu_event *ce)
{
    const struct upcu_api *api = cu_api(d);

    if (!ce)
        return;
    if (ce->start)
        api->cuEventDestroy(ce->start);
    if (ce->end)
        api->cuEventDestroy(ce->end);
    free(ce);
}

ur_result_t cu_wait_events(ur_queue_handle_t q, uint32_t nwait, const ur_event_handle_t *wait)
{
    struct cu_queue *cq = q->priv;

    for (uint32_t i = 0; i < nwait; i++) {
        struct cu_event *ce = wait[i]->priv;
        upcu_result_t r;

        /* The queue's own earlier commands are already ordered before this one. */
        if (!ce || wait[i]->queue == q)
            continue;
        /* The event may belong to another device: CUDA allows waiting across contexts. */
        r = cu_api(q->device)->cuStreamWaitEvent(cq->stream, ce->end, 0);
        if (r != UPCU_SUCCESS)
            return cu_error(cu_ad(q->device), r, "cuStreamWaitEvent", 0);
    }
    return UR_RESULT_SUCCESS;
}

ur_result_t cu_event_record_start(ur_queue_handle_t q, struct cu_event *ce)
{
    struct cu_queue *cq = q->priv;
    upcu_result_t r;

    if (!ce || !ce->start)
        return UR_RESULT_SUCCESS;
    r = cu_api(q->device)->cuEventRecord(ce->start, cq->stream);
    if (r != UPCU_SUCCESS)
        return cu_error(cu_ad(q->device), r, "cuEventRecord", 0);
    return UR_RESULT_SUCCESS;
}

ur_result_t cu_event_record_end(ur_queue_handle_t q, struct cu_event *ce, ur_event_handle_t ev)
{
    struct cu_queue *cq = q->priv;
    upcu_result_t r;

    if (!ce)
        return UR_RESULT_SUCCESS;
    r = cu_api(q->device)->cuEventRecord(ce->end, cq->stream);
    if (r != UPCU_SUCCESS)
        return cu_error(cu_ad(q->device), r, "cuEventRecord", 0);
    ev->priv = ce;
    return UR_RESULT_SUCCESS;
}

ur_result_t cu_event_status(ur_event_handle_t ev, ur_event_status_t *status)
{
    struct cu_event *ce = ev->priv;
    ur_device_handle_t d = ev->queue->device;
    const struct upcu_api *api = cu_api(d);
    ur_event_status_t st = UR_EVENT_STATUS_COMPLETE;
    struct cu_scope scope;
    ur_result_t res;
    upcu_result_t r;

    if (!ce) {
        *status = UR_EVENT_STATUS_COMPLETE;
        return UR_RESULT_SUCCESS;
    }
    res = cu_scope_enter(d, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    r = api->cuEventQuery(ce->end);
    if (r == UPCU_ERROR_NOT_READY) {
        st = UR_EVENT_STATUS_SUBMITTED;
        if (ce->start && api->cuEventQuery(ce->start) == UPCU_SUCCESS)
            st = UR_EVENT_STATUS_RUNNING;
        r = UPCU_SUCCESS;
    }
    cu_scope_leave(d, &scope);
    if (r != UPCU_SUCCESS)
        return cu_error(cu_ad(d), r, "cuEventQuery", 0);
    *status = st;
    return UR_RESULT_SUCCESS;
}

ur_result_t cu_event_wait(uint32_t n, const ur_event_handle_t *evs)
{
    for (uint32_t i = 0; i < n; i++) {
        struct cu_event *ce = evs[i]->priv;
        ur_device_handle_t d = evs[i]->queue->device;
        struct cu_scope scope;
        ur_result_t res;
        upcu_result_t r;

        if (!ce)
            continue;
        res = cu_scope_enter(d, &scope);
        if (res != UR_RESULT_SUCCESS)
            return res;
        r = cu_api(d)->cuEventSynchronize(ce->end);
        cu_scope_leave(d, &scope);
        if (r != UPCU_SUCCESS)
            return cu_error(cu_ad(d), r, "cuEventSynchronize", 0);
    }
    return UR_RESULT_SUCCESS;
}

/* Milliseconds from a to b as nanoseconds (negative differences read as 0). */
static ur_result_t cu_elapsed_ns(ur_device_handle_t d, upcu_event_t a, upcu_event_t b, uint64_t *ns)
{
    float ms = 0.0f;
    upcu_result_t r = cu_api(d)->cuEventElapsedTime(&ms, a, b);

    if (r == UPCU_ERROR_NOT_READY)
        return UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE;
    if (r != UPCU_SUCCESS)
        return cu_error(cu_ad(d), r, "cuEventElapsedTime", 0);
    *ns = ms > 0.0f ? (uint64_t)((double)ms * 1e6) : 0u;
    return UR_RESULT_SUCCESS;
}

ur_result_t cu_event_profiling(ur_event_handle_t ev, ur_profiling_info_t what, uint64_t *ns)
{
    struct cu_event *ce = ev->priv;
    ur_device_handle_t d = ev->queue->device;
    struct cu_device *cd = cu_dev(d);
    uint64_t since_base = 0, duration = 0, start;
    struct cu_scope scope;
    ur_result_t res;

    if (!ce || !ce->start || !cd->base_event)
        return UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE;
    switch (what) {
    case UR_PROFILING_INFO_COMMAND_QUEUED:
    case UR_PROFILING_INFO_COMMAND_SUBMIT:
        *ns = ce->queued_ns;
        return UR_RESULT_SUCCESS;
    case UR_PROFILING_INFO_COMMAND_START:
    case UR_PROFILING_INFO_COMMAND_END:
    case UR_PROFILING_INFO_COMMAND_COMPLETE:
        break;
    default:
        return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
    }

    res = cu_scope_enter(d, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = cu_elapsed_ns(d, cd->base_event, ce->start, &since_base);
    if (res == UR_RESULT_SUCCESS && what != UR_PROFILING_INFO_COMMAND_START)
        res = cu_elapsed_ns(d, ce->start, ce->end, &duration);
    cu_scope_leave(d, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    start = cd->base_ns + since_base;
    if (start < ce->queued_ns)
        start = ce->queued_ns;
    *ns = what == UR_PROFILING_INFO_COMMAND_START ? start : start + duration;
    return UR_RESULT_SUCCESS;
}

void cu_event_destroy(ur_event_handle_t ev)
{
    struct cu_event *ce = ev->priv;
    ur_device_handle_t d = ev->queue->device;
    struct cu_scope scope;

    if (!ce)
        return;
    if (cu_scope_enter(d, &scope) == UR_RESULT_SUCCESS) {
        cu_event_free(d, ce);
        cu_scope_leave(d, &scope);
    } else {
        free(ce);
    }
    ev->priv = NULL;
}
