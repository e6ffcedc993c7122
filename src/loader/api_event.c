/* SPDX-License-Identifier: MIT */
/* urEvent* entry points. An event holds a reference on its queue (or, made from a native handle,
 * on its context). */
#include "core/core.h"

#include <stdlib.h>

/* ---- Callbacks (urEventSetCallback) ---------------------------------------------------------- */

struct up_event_callback {
    ur_execution_info_t when; /* SUBMITTED, RUNNING or COMPLETE */
    ur_event_callback_t fn;
    void *data;
    struct up_event_callback *next; /* registration order */
};

/* Guards every event's callback list (they are rare: one lock for all keeps events small). */
static pthread_mutex_t callback_lock = PTHREAD_MUTEX_INITIALIZER;

ur_result_t up_event_status_of(ur_event_handle_t ev, ur_event_status_t *status)
{
    if (up_event_host_complete(ev)) {
        *status = UR_EVENT_STATUS_COMPLETE;
        return UR_RESULT_SUCCESS;
    }
    return ev->obj.ops->event_status(ev, status);
}

/* Whether an event in `status` has reached (or passed) the state `when`: the execution states
 * count down from QUEUED (3) to COMPLETE (0); ERROR ends the command as COMPLETE does. */
static bool state_reached(ur_execution_info_t when, ur_event_status_t status)
{
    return status == UR_EVENT_STATUS_ERROR || (uint32_t)status <= (uint32_t)when;
}

/* Call, in state order, then registration order, the callbacks detached from an event. */
static void call_callbacks(ur_event_handle_t ev, struct up_event_callback *list)
{
    static const ur_execution_info_t order[] = {
        UR_EXECUTION_INFO_SUBMITTED, UR_EXECUTION_INFO_RUNNING, UR_EXECUTION_INFO_COMPLETE};
    for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++)
        for (struct up_event_callback *cb = list; cb != NULL; cb = cb->next)
            if (cb->when == order[i])
                cb->fn(ev, cb->when, cb->data);
    while (list != NULL) {
        struct up_event_callback *next = list->next;
        free(list);
        list = next;
    }
}

void up_event_callbacks_run(ur_event_handle_t ev, ur_event_status_t status)
{
    struct up_event_callback *due = NULL, **due_tail = &due;

    if (atomic_load_explicit(&ev->callbacks, memory_order_acquire) == NULL)
        return;
    pthread_mutex_lock(&callback_lock);
    struct up_event_callback *cb = atomic_load_explicit(&ev->callbacks, memory_order_relaxed);
    struct up_event_callback *keep = NULL, **keep_tail = &keep;
    while (cb != NULL) {
        struct up_event_callback *next = cb->next;
        cb->next = NULL;
        if (state_reached(cb->when, status)) {
            *due_tail = cb;
            due_tail = &cb->next;
        } else {
            *keep_tail = cb;
            keep_tail = &cb->next;
        }
        cb = next;
    }
    atomic_store_explicit(&ev->callbacks, keep, memory_order_release);
    pthread_mutex_unlock(&callback_lock);
    call_callbacks(ev, due); /* outside the lock: a callback may call into the API */
}

void up_event_callbacks_final(ur_event_handle_t ev)
{
    ur_event_status_t st = UR_EVENT_STATUS_COMPLETE;

    if (atomic_load_explicit(&ev->callbacks, memory_order_acquire) == NULL)
        return;
    /* The last reference is going: the pending callbacks run once the command is done. */
    if (!up_event_host_complete(ev)) {
        (void)ev->obj.ops->event_wait(1, &ev);
        if (ev->obj.ops->event_status(ev, &st) != UR_RESULT_SUCCESS)
            st = UR_EVENT_STATUS_COMPLETE;
    }
    up_event_callbacks_run(ev, st == UR_EVENT_STATUS_ERROR ? st : UR_EVENT_STATUS_COMPLETE);
}

void up_event_callbacks_drop(ur_event_handle_t ev)
{
    struct up_event_callback *cb = atomic_exchange(&ev->callbacks, NULL);
    while (cb != NULL) {
        struct up_event_callback *next = cb->next;
        free(cb);
        cb = next;
    }
}

static ur_result_t check_event(ur_event_handle_t h)
{
    if (h == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_obj_is(h, UP_KIND_EVENT))
        return UR_RESULT_ERROR_INVALID_EVENT;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urEventWait(uint32_t numEvents,
                                                const ur_event_handle_t *phEventWaitList)
{
    UP_CHECK_INIT();
    if (phEventWaitList == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (numEvents == 0)
        return UR_RESULT_ERROR_INVALID_VALUE;
    for (uint32_t i = 0; i < numEvents; i++)
        if (phEventWaitList[i] == NULL || !up_obj_is(phEventWaitList[i], UP_KIND_EVENT))
            return UR_RESULT_ERROR_INVALID_EVENT;
    /* Events may come from several adapters: wait for each through its own driver. */
    bool failed = false;
    for (uint32_t i = 0; i < numEvents; i++) {
        ur_event_handle_t e = phEventWaitList[i];
        if (!up_event_host_complete(e)) {
            ur_result_t res = e->obj.ops->event_wait(1, &e);
            if (res != UR_RESULT_SUCCESS)
                return res;
        }
        ur_event_status_t st = UR_EVENT_STATUS_COMPLETE;
        if (up_event_status_of(e, &st) != UR_RESULT_SUCCESS)
            st = UR_EVENT_STATUS_COMPLETE; /* waited for: done */
        failed |= st == UR_EVENT_STATUS_ERROR;
        up_event_callbacks_run(e, st);
    }
    return failed ? UR_RESULT_ERROR_IN_EVENT_LIST_EXEC_STATUS : UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urEventRetain(ur_event_handle_t hEvent)
{
    UP_CHECK_INIT();
    ur_result_t res = check_event(hEvent);
    if (res == UR_RESULT_SUCCESS)
        up_obj_retain(&hEvent->obj);
    return res;
}

UR_APIEXPORT ur_result_t UR_APICALL urEventRelease(ur_event_handle_t hEvent)
{
    UP_CHECK_INIT();
    ur_result_t res = check_event(hEvent);
    if (res == UR_RESULT_SUCCESS && up_obj_release(&hEvent->obj))
        up_event_release_final(hEvent);
    return res;
}

UR_APIEXPORT ur_result_t UR_APICALL urEventGetInfo(ur_event_handle_t hEvent,
                                                   ur_event_info_t propName, size_t propSize,
                                                   void *pPropValue, size_t *pPropSizeRet)
{
    UP_CHECK_INIT();
    ur_result_t res = up_info_check_ptrs(propSize, pPropValue, pPropSizeRet);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (hEvent == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if ((uint32_t)propName > UR_EVENT_INFO_REFERENCE_COUNT)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (propSize == 0 && pPropValue != NULL)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if (!up_obj_is(hEvent, UP_KIND_EVENT))
        return UR_RESULT_ERROR_INVALID_EVENT;
    switch (propName) {
    case UR_EVENT_INFO_COMMAND_QUEUE:
        return up_info_return(propSize, pPropValue, pPropSizeRet, &hEvent->queue,
                              sizeof(hEvent->queue));
    case UR_EVENT_INFO_CONTEXT:
        return up_info_return(propSize, pPropValue, pPropSizeRet, &hEvent->context,
                              sizeof(hEvent->context));
    case UR_EVENT_INFO_COMMAND_TYPE:
        return up_info_return(propSize, pPropValue, pPropSizeRet, &hEvent->command,
                              sizeof(hEvent->command));
    case UR_EVENT_INFO_COMMAND_EXECUTION_STATUS: {
        ur_event_status_t st;
        if (pPropValue != NULL && propSize < sizeof(st))
            return up_info_return(propSize, pPropValue, pPropSizeRet, &st, sizeof(st));
        res = up_event_status_of(hEvent, &st);
        if (res != UR_RESULT_SUCCESS)
            return res;
        res = up_info_return(propSize, pPropValue, pPropSizeRet, &st, sizeof(st));
        up_event_callbacks_run(hEvent, st);
        return res;
    }
    case UR_EVENT_INFO_REFERENCE_COUNT: {
        uint32_t n = up_obj_refcount(&hEvent->obj);
        return up_info_return(propSize, pPropValue, pPropSizeRet, &n, sizeof(n));
    }
    default:
        return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
    }
}

UR_APIEXPORT ur_result_t UR_APICALL urEventGetProfilingInfo(ur_event_handle_t hEvent,
                                                            ur_profiling_info_t propName,
                                                            size_t propSize, void *pPropValue,
                                                            size_t *pPropSizeRet)
{
    UP_CHECK_INIT();
    if (hEvent == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if ((uint32_t)propName > UR_PROFILING_INFO_COMMAND_COMPLETE)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (pPropValue != NULL && propSize == 0)
        return UR_RESULT_ERROR_INVALID_VALUE;
    if (!up_obj_is(hEvent, UP_KIND_EVENT))
        return UR_RESULT_ERROR_INVALID_EVENT;
    /* A recorded timestamp has its times on any queue; other commands on profiling queues. */
    if (hEvent->queue == NULL || (!(hEvent->queue->flags & UR_QUEUE_FLAG_PROFILING_ENABLE) &&
                                  hEvent->command != UR_COMMAND_TIMESTAMP_RECORDING_EXP))
        return UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE;
    /* No NULL-pointer rule in the spec; upstream adapters' GetInfo helper refuses both NULL. */
    if (pPropValue == NULL && pPropSizeRet == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    uint64_t ns = 0;
    if (pPropValue != NULL && propSize < sizeof(ns))
        return up_info_return(propSize, pPropValue, pPropSizeRet, &ns, sizeof(ns));
    ur_result_t res = hEvent->obj.ops->event_profiling(hEvent, propName, &ns);
    if (res != UR_RESULT_SUCCESS)
        return res;
    return up_info_return(propSize, pPropValue, pPropSizeRet, &ns, sizeof(ns));
}

UR_APIEXPORT ur_result_t UR_APICALL urEventSetCallback(ur_event_handle_t hEvent,
                                                       ur_execution_info_t execStatus,
                                                       ur_event_callback_t pfnNotify,
                                                       void *pUserData)
{
    UP_CHECK_INIT();
    if (hEvent == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (pfnNotify == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if ((uint32_t)execStatus > UR_EXECUTION_INFO_QUEUED)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (!up_obj_is(hEvent, UP_KIND_EVENT))
        return UR_RESULT_ERROR_INVALID_EVENT;
    /* A command is queued as soon as it is enqueued, before any callback could be set. */
    if (execStatus == UR_EXECUTION_INFO_QUEUED)
        return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;

    ur_event_status_t st;
    ur_result_t res = up_event_status_of(hEvent, &st);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (state_reached(execStatus, st)) {
        /* Callbacks of earlier states still pending run first, so that they keep state order. */
        up_event_callbacks_run(hEvent, st);
        pfnNotify(hEvent, execStatus, pUserData);
        return UR_RESULT_SUCCESS;
    }
    struct up_event_callback *cb = calloc(1, sizeof(*cb));
    if (cb == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    cb->when = execStatus;
    cb->fn = pfnNotify;
    cb->data = pUserData;
    pthread_mutex_lock(&callback_lock);
    struct up_event_callback *last = atomic_load_explicit(&hEvent->callbacks, memory_order_relaxed);
    if (last == NULL) {
        atomic_store_explicit(&hEvent->callbacks, cb, memory_order_release);
    } else {
        while (last->next != NULL)
            last = last->next;
        last->next = cb;
    }
    pthread_mutex_unlock(&callback_lock);
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urEventGetNativeHandle(ur_event_handle_t hEvent,
                                                           ur_native_handle_t *phNativeEvent)
{
    UP_CHECK_INIT();
    if (hEvent == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (phNativeEvent == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (!up_obj_is(hEvent, UP_KIND_EVENT))
        return UR_RESULT_ERROR_INVALID_EVENT;
    if (up_event_host_complete(hEvent)) {
        *phNativeEvent = 0; /* made from native 0: no driver object */
        return UR_RESULT_SUCCESS;
    }
    if (hEvent->obj.ops->event_get_native == NULL)
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    ur_native_handle_t native = 0;
    ur_result_t res = hEvent->obj.ops->event_get_native(hEvent, &native);
    if (res == UR_RESULT_SUCCESS)
        *phNativeEvent = native;
    return res;
}

UR_APIEXPORT ur_result_t UR_APICALL urEventCreateWithNativeHandle(
    ur_native_handle_t hNativeEvent, ur_context_handle_t hContext,
    const ur_event_native_properties_t *pProperties, ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    if (hContext == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (phEvent == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (!up_obj_is(hContext, UP_KIND_CONTEXT))
        return UR_RESULT_ERROR_INVALID_CONTEXT;
    const struct up_adapter_ops *ops = hContext->obj.ops;
    if (hNativeEvent != 0 && ops->event_create_native == NULL)
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;

    ur_event_handle_t ev = up_obj_alloc(UP_KIND_EVENT);
    if (ev == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    ev->obj.ops = ops;
    ev->queue = NULL;
    ev->context = hContext;
    ev->command = UR_COMMAND_EVENTS_WAIT;
    /* Native 0 is no driver object: an event that is complete from the start (what runtimes
     * use for a default-constructed event or an empty wait). */
    if (hNativeEvent != 0) {
        bool owned = pProperties != NULL && pProperties->isNativeHandleOwned;
        ur_result_t res = ops->event_create_native(ev, hNativeEvent, owned);
        if (res != UR_RESULT_SUCCESS) {
            up_obj_free(ev, UP_KIND_EVENT);
            return res;
        }
    }
    up_obj_init(&ev->obj, ops, UP_KIND_EVENT);
    if (ev->queue != NULL)
        up_obj_retain(&ev->queue->obj); /* the adapter found the command's queue */
    else
        up_obj_retain(&hContext->obj);
    *phEvent = ev;
    return UR_RESULT_SUCCESS;
}
