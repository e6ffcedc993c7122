/* SPDX-License-Identifier: MIT */
/*
 * Queues, commands and events: the stream engine (adapters/stream) on the HIP runtime. What is
 * HIP's own is here: the native calls, made with the queue's device current (the calling
 * thread's device is saved and restored around them), HIP's names of them for messages, and the
 * error mapping (uphip_fail). HIP has no 2D memset of 16 or 32-bit elements, so long patterns
 * are seeded with one memset per element.
 */
#include "adapters/hip/hip_internal.h"

#include <stdint.h>
#include <string.h>

static const struct uphip_driver *drv_of(ur_device_handle_t d)
{
    return uphip_drv(uphip_adapter_of_device(d));
}

static ur_result_t hip_s_enter(ur_device_handle_t d, struct ups_scope *s)
{
    int saved = 0;
    ur_result_t res = uphip_device_enter(uphip_adapter_of_device(d), uphip_ordinal(d), &saved);

    s->saved = (uintptr_t)(unsigned)saved;
    s->switched = saved != uphip_ordinal(d);
    return res;
}

static void hip_s_leave(ur_device_handle_t d, const struct ups_scope *s)
{
    uphip_device_leave(uphip_adapter_of_device(d), uphip_ordinal(d), (int)(unsigned)s->saved);
}

static ur_result_t hip_s_fail(ur_device_handle_t d, int32_t err, const char *call)
{
    return uphip_fail(uphip_adapter_of_device(d), (uphip_error_t)err, UPHIP_CALL_GENERIC,
                      "%s (device %d)", call, uphip_ordinal(d));
}

static int32_t hip_s_stream_create(ur_device_handle_t d, void **stream)
{
    uphip_stream_t s = NULL;
    uphip_error_t err = drv_of(d)->hipStreamCreateWithFlags(&s, UPHIP_STREAM_NON_BLOCKING);

    *stream = s;
    return (int32_t)err;
}

static int32_t hip_s_stream_destroy(ur_device_handle_t d, void *stream)
{
    return (int32_t)drv_of(d)->hipStreamDestroy(stream);
}

static int32_t hip_s_stream_synchronize(ur_device_handle_t d, void *stream)
{
    return (int32_t)drv_of(d)->hipStreamSynchronize(stream);
}

static int32_t hip_s_stream_wait_event(ur_device_handle_t d, void *stream, void *event)
{
    return (int32_t)drv_of(d)->hipStreamWaitEvent(stream, event, 0);
}

static int32_t hip_s_event_create(ur_device_handle_t d, void **event, bool timing)
{
    uphip_event_t e = NULL;
    uphip_error_t err = drv_of(d)->hipEventCreateWithFlags(&e, timing ? UPHIP_EVENT_DEFAULT
                                                                      : UPHIP_EVENT_DISABLE_TIMING);

    *event = e;
    return (int32_t)err;
}

static int32_t hip_s_event_destroy(ur_device_handle_t d, void *event)
{
    return (int32_t)drv_of(d)->hipEventDestroy(event);
}

static int32_t hip_s_event_record(ur_device_handle_t d, void *event, void *stream)
{
    return (int32_t)drv_of(d)->hipEventRecord(event, stream);
}

static int32_t hip_s_event_query(ur_device_handle_t d, void *event)
{
    return (int32_t)drv_of(d)->hipEventQuery(event);
}

static int32_t hip_s_event_synchronize(ur_device_handle_t d, void *event)
{
    return (int32_t)drv_of(d)->hipEventSynchronize(event);
}

static int32_t hip_s_event_elapsed(ur_device_handle_t d, float *ms, void *from, void *to)
{
    return (int32_t)drv_of(d)->hipEventElapsedTime(ms, from, to);
}

static int32_t hip_s_memcpy(ur_device_handle_t d, void *dst, const void *src, size_t size,
                            void *stream)
{
    /* hipMemcpyDefault: the runtime finds where each side lives. */
    return (int32_t)drv_of(d)->hipMemcpyAsync(dst, src, size, UPHIP_MEMCPY_DEFAULT, stream);
}

static int32_t hip_s_memset(ur_device_handle_t d, void *dst, size_t width, uint32_t value,
                            size_t count, void *stream)
{
    const struct uphip_driver *drv = drv_of(d);
    int32_t v32;

    if (width == 1)
        return (int32_t)drv->hipMemsetD8Async(dst, (unsigned char)value, count, stream);
    if (width == 2)
        return (int32_t)drv->hipMemsetD16Async(dst, (unsigned short)value, count, stream);
    memcpy(&v32, &value, sizeof v32);
    return (int32_t)drv->hipMemsetD32Async(dst, v32, count, stream);
}

const struct ups_native uphip_stream_native = {
    .log = UPHIP_LOG,
    .not_ready = (int32_t)UPHIP_ERROR_NOT_READY,
    .names =
        {
            [UPS_STREAM_CREATE] = "hipStreamCreateWithFlags",
            [UPS_STREAM_DESTROY] = "hipStreamDestroy",
            [UPS_STREAM_SYNCHRONIZE] = "hipStreamSynchronize",
            [UPS_STREAM_WAIT_EVENT] = "hipStreamWaitEvent",
            [UPS_EVENT_CREATE] = "hipEventCreateWithFlags",
            [UPS_EVENT_DESTROY] = "hipEventDestroy",
            [UPS_EVENT_RECORD] = "hipEventRecord",
            [UPS_EVENT_QUERY] = "hipEventQuery",
            [UPS_EVENT_SYNCHRONIZE] = "hipEventSynchronize",
            [UPS_EVENT_ELAPSED] = "hipEventElapsedTime",
            [UPS_MEMCPY] = "hipMemcpyAsync",
            [UPS_MEMSET] = "hipMemsetD8/D16/D32Async",
            [UPS_MEMSET_COLUMN] = "",
        },
    .scope_enter = hip_s_enter,
    .scope_leave = hip_s_leave,
    .fail = hip_s_fail,
    .stream_create = hip_s_stream_create,
    .stream_destroy = hip_s_stream_destroy,
    .stream_synchronize = hip_s_stream_synchronize,
    .stream_wait_event = hip_s_stream_wait_event,
    .event_create = hip_s_event_create,
    .event_destroy = hip_s_event_destroy,
    .event_record = hip_s_event_record,
    .event_query = hip_s_event_query,
    .event_synchronize = hip_s_event_synchronize,
    .event_elapsed = hip_s_event_elapsed,
    .memcpy_async = hip_s_memcpy,
    .memset_async = hip_s_memset,
    .memset_column_async = NULL,
    .peer_set = uphip_peer_set,
    .peer_fail = uphip_peer_fail,
    .peer_already_enabled = (int32_t)UPHIP_ERROR_PEER_ACCESS_ALREADY_ENABLED,
    .peer_not_enabled = (int32_t)UPHIP_ERROR_PEER_ACCESS_NOT_ENABLED,
};
