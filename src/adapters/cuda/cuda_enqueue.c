/* SPDX-License-Identifier: MIT */
/*
 * Enqueued commands: wait list, optional start event, the command, end event, all on the queue's
 * stream with its device's primary context current.
 */
#include "cuda_internal.h"

#include <string.h>

/* Fills larger than this, with a pattern the memset calls cannot write in one go, are done by
 * writing this much with strided memsets and copying it over the rest, doubling each time. */
#define CU_FILL_SEED_BYTES ((size_t)64 * 1024)

typedef ur_result_t (*cu_command_fn)(ur_queue_handle_t q, const void *args);

static ur_result_t cu_enqueue(ur_queue_handle_t q, uint32_t nwait, const ur_event_handle_t *wait,
                              ur_event_handle_t ev, cu_command_fn command, const void *args)
{
    struct cu_event *ce = NULL;
    struct cu_scope scope;
    ur_result_t res;

    res = cu_scope_enter(q->device, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (ev) {
        res = cu_event_prepare(q, &ce);
        if (res != UR_RESULT_SUCCESS)
            goto out_leave;
    }
    res = cu_wait_events(q, nwait, wait);
    if (res != UR_RESULT_SUCCESS)
        goto err_free_event;
    res = cu_event_record_start(q, ce);
    if (res != UR_RESULT_SUCCESS)
        goto err_free_event;
    if (command) {
        res = command(q, args);
        if (res != UR_RESULT_SUCCESS)
            goto err_free_event;
    }
    res = cu_event_record_end(q, ce, ev);
    if (res != UR_RESULT_SUCCESS)
        goto err_free_event;
    cu_scope_leave(q->device, &scope);
    return UR_RESULT_SUCCESS;

err_free_event:
    cu_event_free(q->device, ce);
out_leave:
    cu_scope_leave(q->device, &scope);
    return res;
}

/* ---- memcpy ---- */

struct cu_copy_args {
    upcu_deviceptr_t dst;
    upcu_deviceptr_t src;
    size_t size;
};

static ur_result_t cu_copy_command(ur_queue_handle_t q, const void *args)
{
    const struct cu_copy_args *a = args;
    struct cu_queue *cq = q->priv;
    upcu_result_t r;

    /* Unified addressing tells the driver where each side lives: host and device memory, local
     * or on a peer (directly over the link when peer access is on, else staged by the driver). */
    r = cu_api(q->device)->cuMemcpyAsync(a->dst, a->src, a->size, cq->stream);
    if (r != UPCU_SUCCESS)
        return cu_error(cu_ad(q->device), r, "cuMemcpyAsync", 0);
    return UR_RESULT_SUCCESS;
}

ur_result_t cu_enqueue_memcpy(ur_queue_handle_t q, void *dst, const void *src, size_t size,
                              const struct up_copy_route *route, uint32_t nwait,
                              const ur_event_handle_t *wait, ur_event_handle_t ev)
{
    struct cu_copy_args a = {cu_ptr(dst), cu_ptr(src), size};

    (void)route;
    return cu_enqueue(q, nwait, wait, ev, cu_copy_command, &a);
}

/* ---- fill ---- */

struct cu_fill_args {
    upcu_deviceptr_t dst;
    const unsigned char *pattern;
    size_t pattern_size;
    size_t size;
};

/* Element i of width w (1, 2 or 4 bytes) of the pattern, in memory order. */
static uint32_t cu_pattern_element(const unsigned char *pattern, size_t w, size_t i)
{
    uint8_t u8;
    uint16_t u16;
    uint32_t u32;

    switch (w) {
    case 1:
        memcpy(&u8, pattern + i, 1);
        return u8;
    case 2:
        memcpy(&u16, pattern + 2 * i, 2);
        return u16;
    default:
        memcpy(&u32, pattern + 4 * i, 4);
        return u32;
    }
}

/* Set n elements of width w at dst to value. */
static upcu_result_t cu_memset(const struct upcu_api *api, upcu_deviceptr_t dst, size_t w,
                               uint32_t value, size_t n, upcu_stream_t stream)
{
    switch (w) {
    case 1:
        return api->cuMemsetD8Async(dst, (unsigned char)value, n, stream);
    case 2:
        return api->cuMemsetD16Async(dst, (unsigned short)value, n, stream);
    default:
        return api->cuMemsetD32Async(dst, value, n, stream);
    }
}

/* Set one element of width w in each of `rows` rows of `pitch` bytes from dst. */
static upcu_result_t cu_memset_column(const struct upcu_api *api, upcu_deviceptr_t dst,
                                      size_t pitch, size_t w, uint32_t value, size_t rows,
                                      upcu_stream_t stream)
{
    switch (w) {
    case 1:
        return api->cuMemsetD2D8Async(dst, pitch, (unsigned char)value, 1, rows, stream);
    case 2:
        return api->cuMemsetD2D16Async(dst, pitch, (unsigned short)value, 1, rows, stream);
    default:
        return api->cuMemsetD2D32Async(dst, pitch, value, 1, rows, stream);
    }
}

static ur_result_t cu_fill_command(ur_queue_handle_t q, const void *args)
{
    const struct cu_fill_args *a = args;
    const struct upcu_api *api = cu_api(q->device);
    upcu_stream_t stream = ((struct cu_queue *)q->priv)->stream;
    size_t w, elems, rows, seed_rows, done;
    bool uniform = true;
    upcu_result_t r;

    /* The widest element (4, 2 or 1 bytes) that divides the pattern and suits dst's alignment. */
    if (a->pattern_size % 4 == 0 && a->dst % 4 == 0)
        w = 4;
    else if (a->pattern_size % 2 == 0 && a->dst % 2 == 0)
        w = 2;
    else
        w = 1;
    elems = a->pattern_size / w;
    rows = a->size / a->pattern_size;
    for (size_t i = 1; i < elems && uniform; i++)
        uniform = cu_pattern_element(a->pattern, w, i) == cu_pattern_element(a->pattern, w, 0);

    /* Patterns of 1, 2 or 4 bytes, and any pattern that repeats one element: one memset. */
    if (uniform) {
        r = cu_memset(api, a->dst, w, cu_pattern_element(a->pattern, w, 0), a->size / w, stream);
        if (r != UPCU_SUCCESS)
            return cu_error(cu_ad(q->device), r, "cuMemsetD8/D16/D32Async", 0);
        return UR_RESULT_SUCCESS;
    }

    /* Otherwise each element column of the pattern is a strided 2D memset with the pattern size
     * as pitch: over the whole fill when small, else over a seed that is then copied. */
    seed_rows = CU_FILL_SEED_BYTES / a->pattern_size;
    if (seed_rows == 0)
        seed_rows = 1;
    if (seed_rows > rows)
        seed_rows = rows;
    for (size_t i = 0; i < elems; i++) {
        r = cu_memset_column(api, a->dst + i * w, a->pattern_size, w,
                             cu_pattern_element(a->pattern, w, i), seed_rows, stream);
        if (r != UPCU_SUCCESS)
            return cu_error(cu_ad(q->device), r, "cuMemsetD2D8/D2D16/D2D32Async", 0);
    }
    done = seed_rows * a->pattern_size;
    while (done < a->size) {
        size_t n = done < a->size - done ? done : a->size - done;

        r = api->cuMemcpyAsync(a->dst + done, a->dst, n, stream);
        if (r != UPCU_SUCCESS)
            return cu_error(cu_ad(q->device), r, "cuMemcpyAsync (fill)", 0);
        done += n;
    }
    return UR_RESULT_SUCCESS;
}

ur_result_t cu_enqueue_fill(ur_queue_handle_t q, void *dst, const void *pattern,
                            size_t pattern_size, size_t size, uint32_t nwait,
                            const ur_event_handle_t *wait, ur_event_handle_t ev)
{
    struct cu_fill_args a = {cu_ptr(dst), pattern, pattern_size, size};

    return cu_enqueue(q, nwait, wait, ev, cu_fill_command, &a);
}

/* ---- barrier ---- */

ur_result_t cu_enqueue_barrier(ur_queue_handle_t q, uint32_t nwait, const ur_event_handle_t *wait,
                               ur_event_handle_t ev)
{
    /* The stream runs in order: waiting for the list and recording an event is the barrier. */
    return cu_enqueue(q, nwait, wait, ev, NULL, NULL);
}
