/* SPDX-License-Identifier: MIT */
/*
 * Events: each command that gives the application an event records a native event after it
 * (and, on profiling queues, one before it). Wait lists become hipStreamWaitEvent, so a queue
 * waits for events of any queue of the adapter, on any device, without the host blocking.
 *
 * Profiling timestamps are nanoseconds of CLOCK_MONOTONIC: each device records a base event
 * once and notes the host time it completed; a command's start is the base time plus
 * hipEventElapsedTime(base, start), and its end the start plus the elapsed time of the command
 * itself (measured between its own two events, so the duration keeps full precision).
 */
#include "adapters/hip/hip_common.h"

#include <stdlib.h>

static ur_adapter_handle_t queue_adapter(ur_queue_handle_t q)
{
    return q->context->platform->adapter;
}

static ur_adapter_handle_t event_adapter(ur_event_handle_t ev)
{
    return ev->context->platform->adapter;
}

ur_result_t uphip_stream_wait_events(ur_queue_handle_t q, uint32_t nwait,
                                     const ur_event_handle_t *wait)
{
    ur_adapter_handle_t adapter = queue_adapter(q);
    const struct uphip_driver *drv = uphip_drv(adapter);
    const struct uphip_queue *hq = q->priv;

    for (uint32_t i = 0; i < nwait; i++) {
        const struct uphip_event *hev = wait[i]->priv;
        uphip_error_t err;
        if (hev == NULL || hev->done == NULL)
            continue; /* nothing was recorded for it: complete */
        err = drv->hipStreamWaitEvent(hq->stream, hev->done, 0);
        if (err != UPHIP_SUCCESS)
            return uphip_fail(adapter, err, UPHIP_CALL_GENERIC,
                              "hipStreamWaitEvent(queue on device %d, event of device %d)",
                              hq->ordinal, hev->ordinal);
    }
    return UR_RESULT_SUCCESS;
}

static void destroy_native(const struct uphip_driver *drv, struct uphip_event *hev)
{
    if (hev->start != NULL)
        drv->hipEventDestroy(hev->start);
    if (hev->done != NULL)
        drv->hipEventDestroy(hev->done);
    free(hev);
}

ur_result_t uphip_event_begin(ur_queue_handle_t q, ur_event_handle_t ev, struct uphip_event **out)
{
    ur_adapter_handle_t adapter = queue_adapter(q);
    const struct uphip_driver *drv = uphip_drv(adapter);
    const struct uphip_queue *hq = q->priv;
    unsigned int flags = hq->profiling ? UPHIP_EVENT_DEFAULT : UPHIP_EVENT_DISABLE_TIMING;
    struct uphip_event *hev;
    uphip_error_t err;

    *out = NULL;
    if (ev == NULL)
        return UR_RESULT_SUCCESS;
    hev = calloc(1, sizeof(*hev));
    if (hev == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    hev->ordinal = hq->ordinal;
    hev->queued_ns = uphip_now_ns();

    err = drv->hipEventCreateWithFlags(&hev->done, flags);
    if (err != UPHIP_SUCCESS)
        goto err_free;
    if (hq->profiling) {
        err = drv->hipEventCreateWithFlags(&hev->start, flags);
        if (err != UPHIP_SUCCESS)
            goto err_free;
        err = drv->hipEventRecord(hev->start, hq->stream);
        if (err != UPHIP_SUCCESS)
            goto err_free;
    }
    *out = hev;
    return UR_RESULT_SUCCESS;

err_free:
    destroy_native(drv, hev);
    return uphip_fail(adapter, err, UPHIP_CALL_GENERIC,
                      "creating the event of a command (device %d)", hq->ordinal);
}

ur_result_t uphip_event_end(ur_queue_handle_t q, ur_event_handle_t ev, struct uphip_event *hev)
{
    ur_adapter_handle_t adapter = queue_adapter(q);
    const struct uphip_driver *drv = uphip_drv(adapter);
    const struct uphip_queue *hq = q->priv;
    uphip_error_t err;

    if (hev == NULL)
        return UR_RESULT_SUCCESS;
    err = drv->hipEventRecord(hev->done, hq->stream);
    if (err != UPHIP_SUCCESS) {
        destroy_native(drv, hev);
        return uphip_fail(adapter, err, UPHIP_CALL_GENERIC, "hipEventRecord(device %d)",
                          hq->ordinal);
    }
    ev->priv = hev;
    return UR_RESULT_SUCCESS;
}

void uphip_event_abort(ur_queue_handle_t q, struct uphip_event *hev)
{
    if (hev != NULL)
        destroy_native(uphip_drv(queue_adapter(q)), hev);
}

ur_result_t uphip_event_status(ur_event_handle_t ev, ur_event_status_t *status)
{
    ur_adapter_handle_t adapter = event_adapter(ev);
    const struct uphip_driver *drv = uphip_drv(adapter);
    const struct uphip_event *hev = ev->priv;
    uphip_error_t err;

    if (hev == NULL || hev->done == NULL) {
        *status = UR_EVENT_STATUS_COMPLETE;
        return UR_RESULT_SUCCESS;
    }
    err = drv->hipEventQuery(hev->done);
    if (err == UPHIP_SUCCESS) {
        *status = UR_EVENT_STATUS_COMPLETE;
        return UR_RESULT_SUCCESS;
    }
    if (err == UPHIP_ERROR_NOT_READY) {
        *status = UR_EVENT_STATUS_RUNNING;
        return UR_RESULT_SUCCESS;
    }
    return uphip_fail(adapter, err, UPHIP_CALL_GENERIC, "hipEventQuery(event of device %d)",
                      hev->ordinal);
}

ur_result_t uphip_event_wait(uint32_t n, const ur_event_handle_t *evs)
{
    for (uint32_t i = 0; i < n; i++) {
        ur_adapter_handle_t adapter = event_adapter(evs[i]);
        const struct uphip_driver *drv = uphip_drv(adapter);
        const struct uphip_event *hev = evs[i]->priv;
        uphip_error_t err;
        if (hev == NULL || hev->done == NULL)
            continue;
        err = drv->hipEventSynchronize(hev->done);
        if (err != UPHIP_SUCCESS)
            return uphip_fail(adapter, err, UPHIP_CALL_GENERIC,
                              "hipEventSynchronize(event of device %d)", hev->ordinal);
    }
    return UR_RESULT_SUCCESS;
}

static uint64_t ms_to_ns(float ms)
{
    double ns = (double)ms * 1e6;
    return ns > 0.0 ? (uint64_t)(ns + 0.5) : 0;
}

ur_result_t uphip_event_profiling(ur_event_handle_t ev, ur_profiling_info_t what, uint64_t *ns)
{
    ur_adapter_handle_t adapter = event_adapter(ev);
    const struct uphip_driver *drv = uphip_drv(adapter);
    const struct uphip_event *hev = ev->priv;
    ur_device_handle_t dev = ev->queue->device;
    const struct uphip_device *hd = dev->priv;
    uint64_t start, end;
    float ms = 0.0f;
    uphip_error_t err;

    if (hev == NULL || hev->start == NULL || !hd->base_ready)
        return UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE;
    err = drv->hipEventElapsedTime(&ms, hd->base_event, hev->start);
    if (err != UPHIP_SUCCESS)
        return uphip_fail(adapter, err, UPHIP_CALL_PROFILING,
                          "hipEventElapsedTime(base, start) (device %d)", hev->ordinal);
    start = hd->base_ns + ms_to_ns(ms);
    switch (what) {
    case UR_PROFILING_INFO_COMMAND_QUEUED:
    case UR_PROFILING_INFO_COMMAND_SUBMIT:
        /* Host time of the enqueue; never later than the start. */
        *ns = hev->queued_ns < start ? hev->queued_ns : start;
        return UR_RESULT_SUCCESS;
    case UR_PROFILING_INFO_COMMAND_START:
        *ns = start;
        return UR_RESULT_SUCCESS;
    case UR_PROFILING_INFO_COMMAND_END:
    case UR_PROFILING_INFO_COMMAND_COMPLETE:
        err = drv->hipEventElapsedTime(&ms, hev->start, hev->done);
        if (err != UPHIP_SUCCESS)
            return uphip_fail(adapter, err, UPHIP_CALL_PROFILING,
                              "hipEventElapsedTime(start, end) (device %d)", hev->ordinal);
        end = start + ms_to_ns(ms);
        *ns = end;
        return UR_RESULT_SUCCESS;
    default:
        return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
    }
}

void uphip_event_destroy(ur_event_handle_t ev)
{
    struct uphip_event *hev = ev->priv;
    if (hev == NULL)
        return;
    destroy_native(uphip_drv(event_adapter(ev)), hev);
    ev->priv = NULL;
}
