/* SPDX-License-Identifier: MIT */
/*
 * Queues are non-blocking HIP streams of their device (in order, which every UR queue may be).
 * Every enqueue makes the queue's device current for its calls and restores the caller's.
 *
 * Copies use hipMemcpyAsync with hipMemcpyDefault: the runtime finds where each side lives, and
 * copies between devices go over the link when peer access is on, through the host otherwise.
 * Fills of 1, 2 and 4-byte patterns are one hipMemsetD8/D16/D32Async; a longer pattern is
 * written once with word memsets, then doubled by device copies of what is already written
 * (log2(size / pattern) copies), which needs no host buffer to outlive the call.
 */
#include "adapters/hip/hip_common.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static ur_adapter_handle_t queue_adapter(ur_queue_handle_t q)
{
    return q->context->platform->adapter;
}

ur_result_t uphip_queue_create(ur_queue_handle_t q)
{
    ur_adapter_handle_t adapter = queue_adapter(q);
    const struct uphip_driver *drv = uphip_drv(adapter);
    struct uphip_queue *hq;
    ur_result_t res;
    uphip_error_t err;
    int saved;

    hq = calloc(1, sizeof(*hq));
    if (hq == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    hq->ordinal = uphip_ordinal(q->device);
    hq->profiling = (q->flags & UR_QUEUE_FLAG_PROFILING_ENABLE) != 0;

    res = uphip_device_enter(adapter, hq->ordinal, &saved);
    if (res != UR_RESULT_SUCCESS)
        goto err_free;
    err = drv->hipStreamCreateWithFlags(&hq->stream, UPHIP_STREAM_NON_BLOCKING);
    if (err != UPHIP_SUCCESS) {
        res = uphip_fail(adapter, err, UPHIP_CALL_GENERIC, "hipStreamCreateWithFlags(device %d)",
                         hq->ordinal);
        goto err_leave;
    }
    if (hq->profiling) {
        res = uphip_device_time_base(q->device, hq->stream);
        if (res != UR_RESULT_SUCCESS)
            goto err_destroy_stream;
    }
    uphip_device_leave(adapter, hq->ordinal, saved);
    q->priv = hq;
    return UR_RESULT_SUCCESS;

err_destroy_stream:
    drv->hipStreamDestroy(hq->stream);
err_leave:
    uphip_device_leave(adapter, hq->ordinal, saved);
err_free:
    free(hq);
    return res;
}

void uphip_queue_destroy(ur_queue_handle_t q)
{
    ur_adapter_handle_t adapter = queue_adapter(q);
    const struct uphip_driver *drv = uphip_drv(adapter);
    struct uphip_queue *hq = q->priv;
    uphip_error_t err;
    int saved;

    if (hq == NULL)
        return;
    if (uphip_device_enter(adapter, hq->ordinal, &saved) == UR_RESULT_SUCCESS) {
        err = drv->hipStreamDestroy(hq->stream);
        if (err != UPHIP_SUCCESS)
            UP_WARN(UPHIP_LOG, "hipStreamDestroy(device %d) failed: %s (%u)", hq->ordinal,
                    drv->hipGetErrorName(err), err);
        uphip_device_leave(adapter, hq->ordinal, saved);
    }
    free(hq);
    q->priv = NULL;
}

ur_result_t uphip_queue_finish(ur_queue_handle_t q)
{
    ur_adapter_handle_t adapter = queue_adapter(q);
    const struct uphip_driver *drv = uphip_drv(adapter);
    const struct uphip_queue *hq = q->priv;
    uphip_error_t err = drv->hipStreamSynchronize(hq->stream);

    if (err != UPHIP_SUCCESS)
        return uphip_fail(adapter, err, UPHIP_CALL_GENERIC, "hipStreamSynchronize(device %d)",
                          hq->ordinal);
    return UR_RESULT_SUCCESS;
}

ur_result_t uphip_queue_flush(ur_queue_handle_t q)
{
    (void)q; /* work submitted to a stream is already on its way to the device */
    return UR_RESULT_SUCCESS;
}

/* ---- Enqueue -------------------------------------------------------------------------------- */

/* What every enqueue does around its own driver calls. */
struct enqueue_scope {
    ur_adapter_handle_t adapter;
    const struct uphip_driver *drv;
    const struct uphip_queue *hq;
    struct uphip_event *hev;
    int saved;
};

static ur_result_t enqueue_begin(struct enqueue_scope *s, ur_queue_handle_t q, uint32_t nwait,
                                 const ur_event_handle_t *wait, ur_event_handle_t ev)
{
    ur_result_t res;

    s->adapter = queue_adapter(q);
    s->drv = uphip_drv(s->adapter);
    s->hq = q->priv;
    s->hev = NULL;
    res = uphip_device_enter(s->adapter, s->hq->ordinal, &s->saved);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = uphip_stream_wait_events(q, nwait, wait);
    if (res == UR_RESULT_SUCCESS)
        res = uphip_event_begin(q, ev, &s->hev);
    if (res != UR_RESULT_SUCCESS)
        uphip_device_leave(s->adapter, s->hq->ordinal, s->saved);
    return res;
}

/* `res` is the outcome of the command's own calls. */
static ur_result_t enqueue_end(struct enqueue_scope *s, ur_queue_handle_t q, ur_event_handle_t ev,
                               ur_result_t res)
{
    if (res == UR_RESULT_SUCCESS)
        res = uphip_event_end(q, ev, s->hev);
    else
        uphip_event_abort(q, s->hev);
    uphip_device_leave(s->adapter, s->hq->ordinal, s->saved);
    return res;
}

ur_result_t uphip_enqueue_memcpy(ur_queue_handle_t q, void *dst, const void *src, size_t size,
                                 const struct up_copy_route *route, uint32_t nwait,
                                 const ur_event_handle_t *wait, ur_event_handle_t ev)
{
    struct enqueue_scope s;
    ur_result_t res = enqueue_begin(&s, q, nwait, wait, ev);
    uphip_error_t err;

    (void)route; /* hipMemcpyDefault finds out by itself */
    if (res != UR_RESULT_SUCCESS)
        return res;
    err = s.drv->hipMemcpyAsync(dst, src, size, UPHIP_MEMCPY_DEFAULT, s.hq->stream);
    if (err != UPHIP_SUCCESS)
        res = uphip_fail(s.adapter, err, UPHIP_CALL_GENERIC,
                         "hipMemcpyAsync(%p <- %p, %zu bytes, queue on device %d)", dst, src, size,
                         s.hq->ordinal);
    return enqueue_end(&s, q, ev, res);
}

/* The shortest period (1, 2 or 4 bytes) the pattern repeats with, or its own size. */
static size_t pattern_period(const unsigned char *pattern, size_t size)
{
    for (size_t period = 1; period <= 4 && period < size; period *= 2) {
        bool repeats = size % period == 0;
        for (size_t i = period; repeats && i < size; i++)
            repeats = pattern[i] == pattern[i - period];
        if (repeats)
            return period;
    }
    return size;
}

static uphip_error_t fill(const struct uphip_driver *drv, uphip_stream_t stream, unsigned char *dst,
                          const unsigned char *pattern, size_t psize, size_t size)
{
    uintptr_t addr = (uintptr_t)dst;
    uphip_error_t err = UPHIP_SUCCESS;
    size_t done;

    psize = pattern_period(pattern, psize);
    if (psize == 1)
        return drv->hipMemsetD8Async(dst, pattern[0], size, stream);
    if (psize == 2 && addr % 2 == 0) {
        uint16_t v;
        memcpy(&v, pattern, sizeof(v));
        return drv->hipMemsetD16Async(dst, v, size / 2, stream);
    }
    if (psize == 4 && addr % 4 == 0) {
        int32_t v;
        memcpy(&v, pattern, sizeof(v));
        return drv->hipMemsetD32Async(dst, v, size / 4, stream);
    }

    /* First copy of the pattern: words where aligned, bytes otherwise. */
    if (addr % 4 == 0 && psize % 4 == 0) {
        for (size_t i = 0; i < psize && err == UPHIP_SUCCESS; i += 4) {
            int32_t v;
            memcpy(&v, pattern + i, sizeof(v));
            err = drv->hipMemsetD32Async(dst + i, v, 1, stream);
        }
    } else {
        for (size_t i = 0; i < psize && err == UPHIP_SUCCESS; i++)
            err = drv->hipMemsetD8Async(dst + i, pattern[i], 1, stream);
    }
    /* Then double what is written until the range is full (the stream keeps the order). */
    for (done = psize; done < size && err == UPHIP_SUCCESS;) {
        size_t n = done <= size - done ? done : size - done;
        err = drv->hipMemcpyAsync(dst + done, dst, n, UPHIP_MEMCPY_DEFAULT, stream);
        done += n;
    }
    return err;
}

ur_result_t uphip_enqueue_fill(ur_queue_handle_t q, void *dst, const void *pattern,
                               size_t pattern_size, size_t size, uint32_t nwait,
                               const ur_event_handle_t *wait, ur_event_handle_t ev)
{
    struct enqueue_scope s;
    ur_result_t res = enqueue_begin(&s, q, nwait, wait, ev);
    uphip_error_t err;

    if (res != UR_RESULT_SUCCESS)
        return res;
    err = fill(s.drv, s.hq->stream, dst, pattern, pattern_size, size);
    if (err != UPHIP_SUCCESS)
        res = uphip_fail(s.adapter, err, UPHIP_CALL_GENERIC,
                         "filling %p (%zu bytes, %zu-byte pattern, queue on device %d)", dst, size,
                         pattern_size, s.hq->ordinal);
    return enqueue_end(&s, q, ev, res);
}

ur_result_t uphip_enqueue_barrier(ur_queue_handle_t q, uint32_t nwait,
                                  const ur_event_handle_t *wait, ur_event_handle_t ev)
{
    struct enqueue_scope s;
    ur_result_t res = enqueue_begin(&s, q, nwait, wait, ev);

    /* The stream is in order: after the waits, the event marks everything before it. */
    if (res != UR_RESULT_SUCCESS)
        return res;
    return enqueue_end(&s, q, ev, UR_RESULT_SUCCESS);
}
