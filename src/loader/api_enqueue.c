/* SPDX-License-Identifier: MIT */
/* urEnqueue* entry points: argument checks in upstream's order, bounds checks against the tracked
 * allocations, the event object, blocking waits; the adapter only submits the command. */
#include "loader/loader.h"

#include <stdlib.h>

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

/* Bounds of [ptr, ptr+size) against the allocation ptr lies in, if the core tracks it. */
static ur_result_t check_bounds(ur_queue_handle_t q, const void *ptr, size_t size,
                                ur_device_handle_t *dev, bool *tracked)
{
    struct up_alloc a;
    *dev = NULL;
    *tracked = up_usm_track_find(ptr, &a);
    if (!*tracked)
        return UR_RESULT_SUCCESS; /* host memory or memory the application allocated itself */
    if (a.context->platform->adapter != q->context->platform->adapter)
        return UR_RESULT_ERROR_INVALID_MEM_OBJECT;
    size_t offset = (size_t)((uintptr_t)ptr - (uintptr_t)a.base);
    if (size > a.size - offset)
        return UR_RESULT_ERROR_INVALID_SIZE;
    *dev = a.device;
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
    res = check_bounds(hQueue, pDst, size, &route.dst_device, &route.dst_tracked);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = check_bounds(hQueue, pSrc, size, &route.src_device, &route.src_tracked);
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
    /* Pattern sizes are powers of two up to 128 bytes. */
    if ((patternSize & (patternSize - 1)) != 0)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if (patternSize > 128)
        return UR_RESULT_ERROR_UNSUPPORTED_SIZE;
    ur_device_handle_t dev;
    bool tracked;
    res = check_bounds(hQueue, pMem, size, &dev, &tracked);
    if (res != UR_RESULT_SUCCESS)
        return res;
    ur_event_handle_t ev;
    res = prepare_command(hQueue, numEventsInWaitList, phEventWaitList, UR_COMMAND_USM_FILL,
                          phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = hQueue->obj.ops->enqueue_fill(hQueue, pMem, pPattern, patternSize, size,
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
