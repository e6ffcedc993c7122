/* SPDX-License-Identifier: MIT */
/* urEnqueue* entry points: argument checks in upstream's order, bounds checks against the tracked
 * allocations, the event object, blocking waits; the adapter only submits the command. */
#include "loader/loader.h"

#include <stdlib.h>

#include "common/api_checks.h" /* upstream's checks of urEnqueueTimestampRecordingExp */
#include "core/mem.h"          /* up_enqueue_prepare, up_enqueue_finish */

ur_result_t up_check_wait_list(ur_queue_handle_t q, uint32_t n, const ur_event_handle_t *list)
{
    (void)q;
    if (list == NULL && n > 0)
        return UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST;
    if (list != NULL && n == 0)
        return UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST;
    return UR_RESULT_SUCCESS;
}

/* Per-element checks, after the bounds checks (upstream's order). */
static ur_result_t check_wait_events(ur_queue_handle_t q, uint32_t n, const ur_event_handle_t *list)
{
    for (uint32_t i = 0; i < n; i++) {
        ur_event_handle_t e = list[i];
        if (e == NULL || !up_obj_is(e, UP_KIND_EVENT))
            return UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST;
        /* A driver can only wait for its own events. */
        if (e->context->platform->adapter != q->context->platform->adapter)
            return UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST;
    }
    return UR_RESULT_SUCCESS;
}

/* Bounds of [ptr, ptr+size) against the allocation ptr lies in, if the core tracks it; its
 * device and context (both NULL for memory the core does not track). */
static ur_result_t check_bounds(ur_queue_handle_t q, const void *ptr, size_t size,
                                ur_device_handle_t *dev, ur_context_handle_t *ctx)
{
    struct up_alloc a;
    *dev = NULL;
    *ctx = NULL;
    if (!up_usm_track_find(ptr, &a))
        return UR_RESULT_SUCCESS; /* host memory or memory the application allocated itself */
    if (a.context->platform->adapter != q->context->platform->adapter)
        return UR_RESULT_ERROR_INVALID_MEM_OBJECT;
    size_t offset = (size_t)((uintptr_t)ptr - (uintptr_t)a.base);
    if (size > a.size - offset)
        return UR_RESULT_ERROR_INVALID_SIZE;
    *dev = a.device;
    *ctx = a.context;
    return UR_RESULT_SUCCESS;
}

static ur_result_t event_new(ur_queue_handle_t q, ur_command_t command, ur_event_handle_t *out)
{
    ur_event_handle_t ev = up_obj_alloc(UP_KIND_EVENT);
    if (ev == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    ev->obj.ops = q->obj.ops;
    ev->queue = q;
    ev->context = q->context;
    ev->command = command;
    *out = ev;
    return UR_RESULT_SUCCESS;
}

/* The last checks of an enqueue (each event of the wait list), then the event object the
 * command will signal, if the caller asked for one. */
static ur_result_t prepare_command(ur_queue_handle_t q, uint32_t nwait,
                                   const ur_event_handle_t *wait, ur_command_t command,
                                   ur_event_handle_t *phEvent, ur_event_handle_t *ev)
{
    *ev = NULL;
    ur_result_t res = check_wait_events(q, nwait, wait);
    if (res != UR_RESULT_SUCCESS || phEvent == NULL)
        return res;
    return event_new(q, command, ev);
}

/* Submit through the adapter, then publish the event (or wait for a blocking call). */
static ur_result_t finish_enqueue(ur_queue_handle_t q, ur_result_t submitted, bool blocking,
                                  ur_event_handle_t ev, ur_event_handle_t *phEvent)
{
    if (submitted != UR_RESULT_SUCCESS) {
        up_obj_free(ev, UP_KIND_EVENT); /* the adapter attached nothing */
        return submitted;
    }
    if (ev != NULL) {
        up_obj_init(&ev->obj, q->obj.ops, UP_KIND_EVENT);
        up_obj_retain(&q->obj);
    }
    ur_result_t res = UR_RESULT_SUCCESS;
    if (blocking)
        res = ev != NULL ? q->obj.ops->event_wait(1, &ev) : q->obj.ops->queue_finish(q);
    if (phEvent != NULL)
        *phEvent = ev;
    return res;
}

/* The same steps for the buffer commands (api_enqueue_mem.c). */
ur_result_t up_enqueue_prepare(ur_queue_handle_t q, uint32_t nwait, const ur_event_handle_t *wait,
                               ur_command_t command, ur_event_handle_t *phEvent,
                               ur_event_handle_t *ev)
{
    return prepare_command(q, nwait, wait, command, phEvent, ev);
}

ur_result_t up_enqueue_finish(ur_queue_handle_t q, ur_result_t submitted, bool blocking,
                              ur_event_handle_t ev, ur_event_handle_t *phEvent)
{
    return finish_enqueue(q, submitted, blocking, ev, phEvent);
}

UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMMemcpy(ur_queue_handle_t hQueue, bool blocking,
                                                       void *pDst, const void *pSrc, size_t size,
                                                       uint32_t numEventsInWaitList,
                                                       const ur_event_handle_t *phEventWaitList,
                                                       ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    if (pDst == NULL || pSrc == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hQueue == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (size == 0)
        return UR_RESULT_ERROR_INVALID_SIZE;
    ur_result_t res = up_check_wait_list(hQueue, numEventsInWaitList, phEventWaitList);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (!up_obj_is(hQueue, UP_KIND_QUEUE))
        return UR_RESULT_ERROR_INVALID_QUEUE;
    struct up_copy_route route;
    res = check_bounds(hQueue, pDst, size, &route.dst_device, &route.dst_context);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = check_bounds(hQueue, pSrc, size, &route.src_device, &route.src_context);
    if (res != UR_RESULT_SUCCESS)
        return res;
    ur_event_handle_t ev;
    res = prepare_command(hQueue, numEventsInWaitList, phEventWaitList, UR_COMMAND_USM_MEMCPY,
                          phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = hQueue->obj.ops->enqueue_memcpy(hQueue, pDst, pSrc, size, &route, numEventsInWaitList,
                                          phEventWaitList, ev);
    return finish_enqueue(hQueue, res, blocking, ev, phEvent);
}

UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMFill(ur_queue_handle_t hQueue, void *pMem,
                                                     size_t patternSize, const void *pPattern,
                                                     size_t size, uint32_t numEventsInWaitList,
                                                     const ur_event_handle_t *phEventWaitList,
                                                     ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    if (pMem == NULL || pPattern == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hQueue == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (patternSize == 0 || size == 0 || patternSize > size || size % patternSize != 0)
        return UR_RESULT_ERROR_INVALID_SIZE;
    ur_result_t res = up_check_wait_list(hQueue, numEventsInWaitList, phEventWaitList);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (!up_obj_is(hQueue, UP_KIND_QUEUE))
        return UR_RESULT_ERROR_INVALID_QUEUE;
    /* Any pattern size that divides size: the spec's "power of 2" has no return-code rule and
     * upstream's CTS fills with patterns of 10 and 256 bytes. Adapters get it as is. */
    struct up_copy_route route = {0};
    res = check_bounds(hQueue, pMem, size, &route.dst_device, &route.dst_context);
    if (res != UR_RESULT_SUCCESS)
        return res;
    ur_event_handle_t ev;
    res = prepare_command(hQueue, numEventsInWaitList, phEventWaitList, UR_COMMAND_USM_FILL,
                          phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = hQueue->obj.ops->enqueue_fill(hQueue, pMem, pPattern, patternSize, size, &route,
                                        numEventsInWaitList, phEventWaitList, ev);
    return finish_enqueue(hQueue, res, false, ev, phEvent);
}

/* urEnqueueEventsWait and ...WithBarrier: queues run in order, so both wait for the listed
 * events, or for every earlier command when the list is empty. */
static ur_result_t enqueue_barrier(ur_queue_handle_t hQueue, uint32_t numEventsInWaitList,
                                   const ur_event_handle_t *phEventWaitList,
                                   ur_event_handle_t *phEvent, ur_command_t command)
{
    UP_CHECK_INIT();
    if (hQueue == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    ur_result_t res = up_check_wait_list(hQueue, numEventsInWaitList, phEventWaitList);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (!up_obj_is(hQueue, UP_KIND_QUEUE))
        return UR_RESULT_ERROR_INVALID_QUEUE;
    ur_event_handle_t ev;
    res = prepare_command(hQueue, numEventsInWaitList, phEventWaitList, command, phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = hQueue->obj.ops->enqueue_barrier(hQueue, numEventsInWaitList, phEventWaitList, ev);
    return finish_enqueue(hQueue, res, false, ev, phEvent);
}

UR_APIEXPORT ur_result_t UR_APICALL urEnqueueEventsWait(ur_queue_handle_t hQueue,
                                                        uint32_t numEventsInWaitList,
                                                        const ur_event_handle_t *phEventWaitList,
                                                        ur_event_handle_t *phEvent)
{
    return enqueue_barrier(hQueue, numEventsInWaitList, phEventWaitList, phEvent,
                           UR_COMMAND_EVENTS_WAIT);
}

UR_APIEXPORT ur_result_t UR_APICALL
urEnqueueEventsWaitWithBarrier(ur_queue_handle_t hQueue, uint32_t numEventsInWaitList,
                               const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent)
{
    return enqueue_barrier(hQueue, numEventsInWaitList, phEventWaitList, phEvent,
                           UR_COMMAND_EVENTS_WAIT_WITH_BARRIER);
}

/* The flags are hints about the event (LOW_POWER_EVENTS_SUPPORT: it may be waited for with less
 * power); accepted, the barrier is the same. */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueEventsWaitWithBarrierExt(
    ur_queue_handle_t hQueue, const ur_exp_enqueue_ext_properties_t *pProperties,
    uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    if (hQueue == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (pProperties != NULL && (pProperties->flags & UR_EXP_ENQUEUE_EXT_FLAGS_MASK))
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    return enqueue_barrier(hQueue, numEventsInWaitList, phEventWaitList, phEvent,
                           UR_COMMAND_EVENTS_WAIT_WITH_BARRIER);
}

/* A command that records the device's time when it runs, on any queue (the event has its
 * profiling times whatever the queue's flags). Upstream's order: phEvent, hQueue, wait list. */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueTimestampRecordingExp(
    ur_queue_handle_t hQueue, bool blocking, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    ur_result_t res = up_check_urEnqueueTimestampRecordingExp(hQueue, blocking, numEventsInWaitList,
                                                              phEventWaitList, phEvent);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (!up_obj_is(hQueue, UP_KIND_QUEUE))
        return UR_RESULT_ERROR_INVALID_QUEUE;
    ur_event_handle_t ev;
    res = prepare_command(hQueue, numEventsInWaitList, phEventWaitList,
                          UR_COMMAND_TIMESTAMP_RECORDING_EXP, phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (hQueue->obj.ops->enqueue_timestamp == NULL) {
        up_obj_free(ev, UP_KIND_EVENT);
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    }
    res = hQueue->obj.ops->enqueue_timestamp(hQueue, numEventsInWaitList, phEventWaitList, ev);
    return finish_enqueue(hQueue, res, blocking, ev, phEvent);
}

/* ---- 2D USM: urEnqueueUSMMemcpy2D, urEnqueueUSMFill2D ------------------------------------
 *
 * Built in the core from the adapters' 1D operations, one per row, on the in-order queue: the
 * first row waits for the wait list, and where the command has more than one row a barrier after
 * the last signals its event. A driver failure on a later row leaves the rows before it
 * enqueued (they write only inside the checked range). */

/* pitch * rows, or SIZE_MAX when it does not fit. */
static size_t extent_2d(size_t pitch, size_t rows)
{
    return rows != 0 && pitch > SIZE_MAX / rows ? SIZE_MAX : pitch * rows;
}

/* The rows submitted one by one, then the event. `row` submits row h with or without the wait
 * list and with or without the event. */
typedef ur_result_t row_fn(ur_queue_handle_t q, size_t h, uint32_t nwait,
                           const ur_event_handle_t *wait, ur_event_handle_t ev, void *arg);

static ur_result_t submit_rows(ur_queue_handle_t q, size_t height, uint32_t nwait,
                               const ur_event_handle_t *wait, ur_event_handle_t ev, row_fn *row,
                               void *arg)
{
    ur_result_t res;

    if (height == 1)
        return row(q, 0, nwait, wait, ev, arg);
    for (size_t h = 0; h < height; h++) {
        res = h == 0 ? row(q, 0, nwait, wait, NULL, arg) : row(q, h, 0, NULL, NULL, arg);
        if (res != UR_RESULT_SUCCESS)
            return res;
    }
    return ev != NULL ? q->obj.ops->enqueue_barrier(q, 0, NULL, ev) : UR_RESULT_SUCCESS;
}

struct copy_2d {
    char *dst;
    const char *src;
    size_t dst_pitch, src_pitch, width;
    struct up_copy_route route;
};

static ur_result_t copy_row(ur_queue_handle_t q, size_t h, uint32_t nwait,
                            const ur_event_handle_t *wait, ur_event_handle_t ev, void *arg)
{
    const struct copy_2d *c = arg;
    return q->obj.ops->enqueue_memcpy(q, c->dst + h * c->dst_pitch, c->src + h * c->src_pitch,
                                      c->width, &c->route, nwait, wait, ev);
}

UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMMemcpy2D(
    ur_queue_handle_t hQueue, bool blocking, void *pDst, size_t dstPitch, const void *pSrc,
    size_t srcPitch, size_t width, size_t height, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    if (pDst == NULL || pSrc == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hQueue == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (srcPitch == 0 || dstPitch == 0 || srcPitch < width || dstPitch < width || height == 0)
        return UR_RESULT_ERROR_INVALID_SIZE;
    ur_result_t res = up_check_wait_list(hQueue, numEventsInWaitList, phEventWaitList);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (!up_obj_is(hQueue, UP_KIND_QUEUE))
        return UR_RESULT_ERROR_INVALID_QUEUE;
    /* Bounds: pitch * height bytes from each pointer, as upstream states them. */
    struct copy_2d c = {pDst, pSrc, dstPitch, srcPitch, width, {0}};
    res = check_bounds(hQueue, pDst, extent_2d(dstPitch, height), &c.route.dst_device,
                       &c.route.dst_context);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = check_bounds(hQueue, pSrc, extent_2d(srcPitch, height), &c.route.src_device,
                       &c.route.src_context);
    if (res != UR_RESULT_SUCCESS)
        return res;
    ur_event_handle_t ev;
    res = prepare_command(hQueue, numEventsInWaitList, phEventWaitList, UR_COMMAND_USM_MEMCPY_2D,
                          phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (width == 0) {
        res = hQueue->obj.ops->enqueue_barrier(hQueue, numEventsInWaitList, phEventWaitList, ev);
    } else if (dstPitch == width && srcPitch == width) {
        /* Rows back to back on both sides: one copy. */
        c.width = width * height;
        res = copy_row(hQueue, 0, numEventsInWaitList, phEventWaitList, ev, &c);
    } else {
        res = submit_rows(hQueue, height, numEventsInWaitList, phEventWaitList, ev, copy_row, &c);
    }
    return finish_enqueue(hQueue, res, blocking, ev, phEvent);
}

/* The rows of a 2D fill continue one pattern stream: row h starts at byte (h * width) %
 * patternSize of it. A row that holds whole patterns is a fill with the pattern turned to that
 * byte; another one is a fill whose pattern is the row's own bytes. */
struct fill_2d {
    char *mem;
    size_t pitch, width, psize;
    const unsigned char *pattern;
    unsigned char *row_pattern; /* psize bytes, or width when width % psize != 0 */
    struct up_copy_route route;
};

static ur_result_t fill_row(ur_queue_handle_t q, size_t h, uint32_t nwait,
                            const ur_event_handle_t *wait, ur_event_handle_t ev, void *arg)
{
    struct fill_2d *f = arg;
    size_t start = (size_t)(((unsigned long long)h * f->width) % f->psize);
    size_t n = f->width % f->psize == 0 ? f->psize : f->width;

    for (size_t i = 0; i < n; i++)
        f->row_pattern[i] = f->pattern[(start + i) % f->psize];
    return q->obj.ops->enqueue_fill(q, f->mem + h * f->pitch, f->row_pattern, n, f->width,
                                    &f->route, nwait, wait, ev);
}

UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMFill2D(ur_queue_handle_t hQueue, void *pMem,
                                                       size_t pitch, size_t patternSize,
                                                       const void *pPattern, size_t width,
                                                       size_t height, uint32_t numEventsInWaitList,
                                                       const ur_event_handle_t *phEventWaitList,
                                                       ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    if (pMem == NULL || pPattern == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hQueue == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    size_t area = extent_2d(width, height);
    if (pitch == 0 || pitch < width || width == 0 || height == 0 || patternSize == 0 ||
        area == SIZE_MAX || patternSize > area || area % patternSize != 0)
        return UR_RESULT_ERROR_INVALID_SIZE;
    ur_result_t res = up_check_wait_list(hQueue, numEventsInWaitList, phEventWaitList);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (!up_obj_is(hQueue, UP_KIND_QUEUE))
        return UR_RESULT_ERROR_INVALID_QUEUE;
    struct fill_2d f = {pMem, pitch, width, patternSize, pPattern, NULL, {0}};
    res = check_bounds(hQueue, pMem, extent_2d(pitch, height), &f.route.dst_device,
                       &f.route.dst_context);
    if (res != UR_RESULT_SUCCESS)
        return res;
    f.row_pattern = malloc(width % patternSize == 0 ? patternSize : width);
    if (f.row_pattern == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    ur_event_handle_t ev;
    res = prepare_command(hQueue, numEventsInWaitList, phEventWaitList, UR_COMMAND_USM_FILL_2D,
                          phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        goto out_free_pattern;
    if (pitch == width) {
        /* Rows back to back: one fill of the whole area. */
        res = hQueue->obj.ops->enqueue_fill(hQueue, pMem, pPattern, patternSize, area, &f.route,
                                            numEventsInWaitList, phEventWaitList, ev);
    } else {
        res = submit_rows(hQueue, height, numEventsInWaitList, phEventWaitList, ev, fill_row, &f);
    }
    res = finish_enqueue(hQueue, res, false, ev, phEvent);
out_free_pattern:
    free(f.row_pattern); /* adapters keep their own copy of a fill's pattern */
    return res;
}

/* urEnqueueUSMPrefetch and urEnqueueUSMAdvise: hints. No adapter here has a driver call for them
 * that changes what a program sees, so each is a command that only keeps the queue's order and
 * waits for its wait list (an empty command in an in-order queue, which is what a barrier is),
 * with an event of its own command type. */
static ur_result_t enqueue_hint(ur_queue_handle_t q, const void *pMem, size_t size, uint32_t nwait,
                                const ur_event_handle_t *wait, ur_command_t command,
                                ur_event_handle_t *phEvent)
{
    ur_device_handle_t dev;
    ur_context_handle_t ctx;
    ur_result_t res = check_bounds(q, pMem, size, &dev, &ctx);
    if (res != UR_RESULT_SUCCESS)
        return res;
    ur_event_handle_t ev;
    res = prepare_command(q, nwait, wait, command, phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = q->obj.ops->enqueue_barrier(q, nwait, wait, ev);
    return finish_enqueue(q, res, false, ev, phEvent);
}

UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMPrefetch(ur_queue_handle_t hQueue, const void *pMem,
                                                         size_t size,
                                                         ur_usm_migration_flags_t flags,
                                                         uint32_t numEventsInWaitList,
                                                         const ur_event_handle_t *phEventWaitList,
                                                         ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    if (pMem == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hQueue == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (flags & UR_USM_MIGRATION_FLAGS_MASK)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (size == 0)
        return UR_RESULT_ERROR_INVALID_SIZE;
    ur_result_t res = up_check_wait_list(hQueue, numEventsInWaitList, phEventWaitList);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (!up_obj_is(hQueue, UP_KIND_QUEUE))
        return UR_RESULT_ERROR_INVALID_QUEUE;
    return enqueue_hint(hQueue, pMem, size, numEventsInWaitList, phEventWaitList,
                        UR_COMMAND_USM_PREFETCH, phEvent);
}

UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMAdvise(ur_queue_handle_t hQueue, const void *pMem,
                                                       size_t size, ur_usm_advice_flags_t advice,
                                                       ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    if (pMem == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hQueue == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (advice & UR_USM_ADVICE_FLAGS_MASK)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (size == 0)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if (!up_obj_is(hQueue, UP_KIND_QUEUE))
        return UR_RESULT_ERROR_INVALID_QUEUE;
    return enqueue_hint(hQueue, pMem, size, 0, NULL, UR_COMMAND_USM_ADVISE, phEvent);
}
