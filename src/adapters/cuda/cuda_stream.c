/* SPDX-License-Identifier: MIT */
/*
 * Queues, commands and events: the stream engine (adapters/stream) on the CUDA driver API. What
 * is CUDA's own is here: the native calls, made with the device's primary context current
 * (cu_scope_enter/leave), CUDA's names of them for messages, and the error mapping (cu_error).
 */
#include "cuda_internal.h"

static ur_result_t cu_s_fail(ur_device_handle_t d, int32_t r, const char *call)
{
    return cu_error(cu_ad(d), (upcu_result_t)r, call, 0);
}

static int32_t cu_s_stream_create(ur_device_handle_t d, void **stream)
{
    upcu_stream_t s = NULL;
    upcu_result_t r = cu_api(d)->cuStreamCreate(&s, UPCU_STREAM_NON_BLOCKING);

    *stream = s;
    return (int32_t)r;
}

static int32_t cu_s_stream_destroy(ur_device_handle_t d, void *stream)
{
    return (int32_t)cu_api(d)->cuStreamDestroy(stream);
}

static int32_t cu_s_stream_synchronize(ur_device_handle_t d, void *stream)
{
    return (int32_t)cu_api(d)->cuStreamSynchronize(stream);
}

static int32_t cu_s_stream_wait_event(ur_device_handle_t d, void *stream, void *event)
{
    return (int32_t)cu_api(d)->cuStreamWaitEvent(stream, event, 0);
}

static int32_t cu_s_event_create(ur_device_handle_t d, void **event, bool timing)
{
    upcu_event_t e = NULL;
    upcu_result_t r =
        cu_api(d)->cuEventCreate(&e, timing ? UPCU_EVENT_DEFAULT : UPCU_EVENT_DISABLE_TIMING);

    *event = e;
    return (int32_t)r;
}

static int32_t cu_s_event_destroy(ur_device_handle_t d, void *event)
{
    return (int32_t)cu_api(d)->cuEventDestroy(event);
}

static int32_t cu_s_event_record(ur_device_handle_t d, void *event, void *stream)
{
    return (int32_t)cu_api(d)->cuEventRecord(event, stream);
}

static int32_t cu_s_event_query(ur_device_handle_t d, void *event)
{
    return (int32_t)cu_api(d)->cuEventQuery(event);
}

static int32_t cu_s_event_synchronize(ur_device_handle_t d, void *event)
{
    return (int32_t)cu_api(d)->cuEventSynchronize(event);
}

static int32_t cu_s_event_elapsed(ur_device_handle_t d, float *ms, void *from, void *to)
{
    return (int32_t)cu_api(d)->cuEventElapsedTime(ms, from, to);
}

static int32_t cu_s_memcpy(ur_device_handle_t d, void *dst, const void *src, size_t size,
                           void *stream)
{
    return (int32_t)cu_api(d)->cuMemcpyAsync(cu_ptr(dst), cu_ptr(src), size, stream);
}

static int32_t cu_s_memset(ur_device_handle_t d, void *dst, size_t width, uint32_t value,
                           size_t count, void *stream)
{
    const struct upcu_api *api = cu_api(d);

    if (width == 1)
        return (int32_t)api->cuMemsetD8Async(cu_ptr(dst), (unsigned char)value, count, stream);
    if (width == 2)
        return (int32_t)api->cuMemsetD16Async(cu_ptr(dst), (unsigned short)value, count, stream);
    return (int32_t)api->cuMemsetD32Async(cu_ptr(dst), value, count, stream);
}

static int32_t cu_s_memset_column(ur_device_handle_t d, void *dst, size_t pitch, size_t width,
                                  uint32_t value, size_t rows, void *stream)
{
    const struct upcu_api *api = cu_api(d);
    upcu_deviceptr_t p = cu_ptr(dst);

    if (width == 1)
        return (int32_t)api->cuMemsetD2D8Async(p, pitch, (unsigned char)value, 1, rows, stream);
    if (width == 2)
        return (int32_t)api->cuMemsetD2D16Async(p, pitch, (unsigned short)value, 1, rows, stream);
    return (int32_t)api->cuMemsetD2D32Async(p, pitch, value, 1, rows, stream);
}

const struct ups_native cu_stream_native = {
    .log = CU_LOG,
    .not_ready = UPCU_ERROR_NOT_READY,
    .names =
        {
            [UPS_STREAM_CREATE] = "cuStreamCreate",
            [UPS_STREAM_DESTROY] = "cuStreamDestroy_v2",
            [UPS_STREAM_SYNCHRONIZE] = "cuStreamSynchronize",
            [UPS_STREAM_WAIT_EVENT] = "cuStreamWaitEvent",
            [UPS_EVENT_CREATE] = "cuEventCreate",
            [UPS_EVENT_DESTROY] = "cuEventDestroy_v2",
            [UPS_EVENT_RECORD] = "cuEventRecord",
            [UPS_EVENT_QUERY] = "cuEventQuery",
            [UPS_EVENT_SYNCHRONIZE] = "cuEventSynchronize",
            [UPS_EVENT_ELAPSED] = "cuEventElapsedTime",
            [UPS_MEMCPY] = "cuMemcpyAsync",
            [UPS_MEMSET] = "cuMemsetD8/D16/D32Async",
            [UPS_MEMSET_COLUMN] = "cuMemsetD2D8/D2D16/D2D32Async",
        },
    .scope_enter = cu_scope_enter,
    .scope_leave = cu_scope_leave,
    .fail = cu_s_fail,
    .stream_create = cu_s_stream_create,
    .stream_destroy = cu_s_stream_destroy,
    .stream_synchronize = cu_s_stream_synchronize,
    .stream_wait_event = cu_s_stream_wait_event,
    .event_create = cu_s_event_create,
    .event_destroy = cu_s_event_destroy,
    .event_record = cu_s_event_record,
    .event_query = cu_s_event_query,
    .event_synchronize = cu_s_event_synchronize,
    .event_elapsed = cu_s_event_elapsed,
    .memcpy_async = cu_s_memcpy,
    .memset_async = cu_s_memset,
    .memset_column_async = cu_s_memset_column,
    .peer_set = cu_peer_set,
    .peer_fail = cu_peer_fail,
    .peer_already_enabled = UPCU_ERROR_PEER_ACCESS_ALREADY_ENABLED,
    .peer_not_enabled = UPCU_ERROR_PEER_ACCESS_NOT_ENABLED,
};
