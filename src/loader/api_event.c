/* SPDX-License-Identifier: MIT */
/* urEvent* entry points. An event holds a reference on its queue. */
#include "core/core.h"

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
        ur_result_t res = e->obj.ops->event_wait(1, &e);
        if (res != UR_RESULT_SUCCESS)
            return res;
        ur_event_status_t st = UR_EVENT_STATUS_COMPLETE;
        if (e->obj.ops->event_status(e, &st) == UR_RESULT_SUCCESS && st == UR_EVENT_STATUS_ERROR)
            failed = true;
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
        res = hEvent->obj.ops->event_status(hEvent, &st);
        if (res != UR_RESULT_SUCCESS)
            return res;
        return up_info_return(propSize, pPropValue, pPropSizeRet, &st, sizeof(st));
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
    if (!(hEvent->queue->flags & UR_QUEUE_FLAG_PROFILING_ENABLE))
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
