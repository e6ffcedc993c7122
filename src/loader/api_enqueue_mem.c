/* SPDX-License-Identifier: MIT */
/*
 * urEnqueueMemBuffer* and urEnqueueMemUnmap: argument checks in upstream's order (those of its
 * validation layer, bounds included), then each command becomes the adapter's copies and fills
 * on the buffer's memory, with the copy route of the memory's devices, so that a copy between
 * buffers on two devices takes the same path a USM copy does. A command made of several adapter
 * operations (rectangles, large fill patterns) gives the wait list to its first operation and
 * its event to the last: queues run in order, so the last one completing means they all have.
 */
#include "core/mem.h"

#include <stdlib.h>

/* Largest pattern the adapters' fill takes; larger ones are seeded 128 bytes at a time and
 * doubled with device copies. */
#define UP_FILL_MAX_PATTERN 128u

/* ---- Common checks --------------------------------------------------------------------------- */

static ur_result_t check_wait_shape(uint32_t n, const ur_event_handle_t *list)
{
    if (list == NULL && n > 0)
        return UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST;
    if (list != NULL && n == 0)
        return UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST;
    return UR_RESULT_SUCCESS;
}

static ur_result_t check_objects(ur_queue_handle_t q, ur_mem_handle_t a, ur_mem_handle_t b)
{
    if (!up_obj_is(q, UP_KIND_QUEUE))
        return UR_RESULT_ERROR_INVALID_QUEUE;
    if (!up_mem_is(a) || (b != NULL && !up_mem_is(b)))
        return UR_RESULT_ERROR_INVALID_MEM_OBJECT;
    /* A buffer of another context of the same platform is usable (as upstream allows): its
     * memory is addressed the same way from every context of the driver. */
    ur_platform_handle_t p = q->context->platform;
    if (a->context->platform != p || (b != NULL && b->context->platform != p))
        return UR_RESULT_ERROR_INVALID_CONTEXT;
    return UR_RESULT_SUCCESS;
}

static ur_result_t check_range(ur_mem_handle_t m, size_t offset, size_t size)
{
    if (offset > m->size || size > m->size - offset)
        return UR_RESULT_ERROR_INVALID_SIZE;
    return UR_RESULT_SUCCESS;
}

/* ---- Submission of a command as a sequence of adapter operations ------------------------------
 */

struct submit {
    ur_queue_handle_t q;
    uint32_t nwait; /* the wait list goes to the first operation */
    const ur_event_handle_t *wait;
    ur_event_handle_t ev; /* the command's event goes to the last */
};

static ur_result_t sub_copy(struct submit *s, void *dst, const void *src, size_t size,
                            const struct up_copy_route *route, bool last)
{
    ur_result_t res = s->q->obj.ops->enqueue_memcpy(s->q, dst, src, size, route, s->nwait, s->wait,
                                                    last ? s->ev : NULL);
    s->nwait = 0;
    s->wait = NULL;
    return res;
}

static ur_result_t sub_fill(struct submit *s, void *dst, const void *pattern, size_t psize,
                            size_t size, const struct up_copy_route *route, bool last)
{
    ur_result_t res = s->q->obj.ops->enqueue_fill(s->q, dst, pattern, psize, size, route, s->nwait,
                                                  s->wait, last ? s->ev : NULL);
    s->nwait = 0;
    s->wait = NULL;
    return res;
}

static ur_result_t sub_barrier(struct submit *s)
{
    return s->q->obj.ops->enqueue_barrier(s->q, s->nwait, s->wait, s->ev);
}

/* Where the two sides of a copy live; src_mem and src both NULL: a fill (no source). */
static struct up_copy_route route_of(ur_mem_handle_t dst_mem, const void *dst,
                                     ur_mem_handle_t src_mem, const void *src)
{
    struct up_copy_route r = {0};
    up_mem_route_side(dst_mem, dst, &r.dst_device, &r.dst_context);
    if (src_mem != NULL || src != NULL)
        up_mem_route_side(src_mem, src, &r.src_device, &r.src_context);
    return r;
}

/* ---- Read, write, copy -------------------------------------------------------------------- */

UR_APIEXPORT ur_result_t UR_APICALL
urEnqueueMemBufferRead(ur_queue_handle_t hQueue, ur_mem_handle_t hBuffer, bool blockingRead,
                       size_t offset, size_t size, void *pDst, uint32_t numEventsInWaitList,
                       const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    if (pDst == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hQueue == NULL || hBuffer == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    ur_result_t res = check_wait_shape(numEventsInWaitList, phEventWaitList);
    if (res == UR_RESULT_SUCCESS)
        res = check_objects(hQueue, hBuffer, NULL);
    if (res == UR_RESULT_SUCCESS)
        res = check_range(hBuffer, offset, size);
    if (res != UR_RESULT_SUCCESS)
        return res;
    ur_event_handle_t ev;
    res = up_enqueue_prepare(hQueue, numEventsInWaitList, phEventWaitList,
                             UR_COMMAND_MEM_BUFFER_READ, phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        return res;
    struct submit s = {hQueue, numEventsInWaitList, phEventWaitList, ev};
    const char *src = (const char *)hBuffer->base + offset;
    struct up_copy_route r = route_of(NULL, pDst, hBuffer, src);
    res = size ? sub_copy(&s, pDst, src, size, &r, true) : sub_barrier(&s);
    return up_enqueue_finish(hQueue, res, blockingRead, ev, phEvent);
}

UR_APIEXPORT ur_result_t UR_APICALL
urEnqueueMemBufferWrite(ur_queue_handle_t hQueue, ur_mem_handle_t hBuffer, bool blockingWrite,
                        size_t offset, size_t size, const void *pSrc, uint32_t numEventsInWaitList,
                        const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    if (pSrc == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hQueue == NULL || hBuffer == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    ur_result_t res = check_wait_shape(numEventsInWaitList, phEventWaitList);
    if (res == UR_RESULT_SUCCESS)
        res = check_objects(hQueue, hBuffer, NULL);
    if (res == UR_RESULT_SUCCESS)
        res = check_range(hBuffer, offset, size);
    if (res != UR_RESULT_SUCCESS)
        return res;
    ur_event_handle_t ev;
    res = up_enqueue_prepare(hQueue, numEventsInWaitList, phEventWaitList,
                             UR_COMMAND_MEM_BUFFER_WRITE, phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        return res;
    struct submit s = {hQueue, numEventsInWaitList, phEventWaitList, ev};
    char *dst = (char *)hBuffer->base + offset;
    struct up_copy_route r = route_of(hBuffer, dst, NULL, pSrc);
    res = size ? sub_copy(&s, dst, pSrc, size, &r, true) : sub_barrier(&s);
    return up_enqueue_finish(hQueue, res, blockingWrite, ev, phEvent);
}

UR_APIEXPORT ur_result_t UR_APICALL urEnqueueMemBufferCopy(
    ur_queue_handle_t hQueue, ur_mem_handle_t hBufferSrc, ur_mem_handle_t hBufferDst,
    size_t srcOffset, size_t dstOffset, size_t size, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    if (hQueue == NULL || hBufferSrc == NULL || hBufferDst == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    ur_result_t res = check_wait_shape(numEventsInWaitList, phEventWaitList);
    if (res == UR_RESULT_SUCCESS)
        res = check_objects(hQueue, hBufferSrc, hBufferDst);
    if (res == UR_RESULT_SUCCESS)
        res = check_range(hBufferSrc, srcOffset, size);
    if (res == UR_RESULT_SUCCESS)
        res = check_range(hBufferDst, dstOffset, size);
    if (res != UR_RESULT_SUCCESS)
        return res;
    ur_event_handle_t ev;
    res = up_enqueue_prepare(hQueue, numEventsInWaitList, phEventWaitList,
                             UR_COMMAND_MEM_BUFFER_COPY, phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        return res;
    struct submit s = {hQueue, numEventsInWaitList, phEventWaitList, ev};
    char *dst = (char *)hBufferDst->base + dstOffset;
    const char *src = (const char *)hBufferSrc->base + srcOffset;
    struct up_copy_route r = route_of(hBufferDst, dst, hBufferSrc, src);
    res = size ? sub_copy(&s, dst, src, size, &r, true) : sub_barrier(&s);
    return up_enqueue_finish(hQueue, res, false, ev, phEvent);
}

/* ---- Rectangles ------------------------------------------------------------------------------ */

/* One side of a rectangular copy: its memory, origin and pitches (0 already replaced). */
struct rect_side {
    ur_mem_handle_t mem; /* NULL: host memory */
    char *base;
    ur_rect_offset_t origin;
    size_t row, slice;
};

/* *acc += a * b, false on overflow. */
static bool mul_add(size_t *acc, size_t a, size_t b)
{
    size_t t;
    return !__builtin_mul_overflow(a, b, &t) && !__builtin_add_overflow(*acc, t, acc);
}

/* upstream's pitch rules, for one side (row pitch, then slice pitch). */
static ur_result_t check_pitches(ur_rect_region_t region, size_t row, size_t slice)
{
    if (row != 0 && row < region.width)
        return UR_RESULT_ERROR_INVALID_SIZE;
    size_t r = row != 0 ? row : region.width, min_slice = 0;
    if (slice != 0 &&
        (!mul_add(&min_slice, region.height, r) || slice < min_slice || slice % r != 0))
        return UR_RESULT_ERROR_INVALID_SIZE;
    return UR_RESULT_SUCCESS;
}

/* Pitches 0 mean packed; false when the packed slice pitch does not fit a size_t. */
static bool resolve_pitches(ur_rect_region_t region, size_t *row, size_t *slice)
{
    if (*row == 0)
        *row = region.width;
    if (*slice == 0) {
        size_t t = 0;
        if (!mul_add(&t, *row, region.height))
            return false;
        *slice = t;
    }
    return true;
}

/* The region at origin, with those pitches, within the buffer: upstream's rule (each origin
 * coordinate inside the buffer, the region's extent product), then the last byte touched. */
static ur_result_t check_rect_bounds(ur_mem_handle_t m, ur_rect_offset_t o, ur_rect_region_t rg,
                                     size_t row, size_t slice)
{
    size_t size = m->size;
    if (o.x >= size || o.y >= size || o.z >= size)
        return UR_RESULT_ERROR_INVALID_SIZE;
    size_t extent = 0, wx, hy, dz;
    if (__builtin_add_overflow(rg.width, o.x, &wx) || __builtin_add_overflow(rg.height, o.y, &hy) ||
        __builtin_add_overflow(rg.depth, o.z, &dz) || !mul_add(&extent, wx, hy) ||
        __builtin_mul_overflow(extent, dz, &extent) || extent > size)
        return UR_RESULT_ERROR_INVALID_SIZE;
    /* The first and the last byte the region touches (any overflow is out of bounds). */
    size_t first = o.x, span = rg.width;
    if (!mul_add(&first, o.z, slice) || !mul_add(&first, o.y, row) ||
        !mul_add(&span, rg.depth - 1, slice) || !mul_add(&span, rg.height - 1, row) ||
        first > size || span > size - first)
        return UR_RESULT_ERROR_INVALID_SIZE;
    return UR_RESULT_SUCCESS;
}

/* Copy the region row by row (or slice by slice, or at once, where both sides are contiguous). */
static ur_result_t rect_copy(struct submit *s, const struct rect_side *d,
                             const struct rect_side *src, ur_rect_region_t rg)
{
    char *dbase = d->base + d->origin.z * d->slice + d->origin.y * d->row + d->origin.x;
    const char *sbase =
        src->base + src->origin.z * src->slice + src->origin.y * src->row + src->origin.x;
    struct up_copy_route r = route_of(d->mem, dbase, src->mem, sbase);
    bool rows_packed = d->row == rg.width && src->row == rg.width;
    bool slices_packed =
        rows_packed && d->slice == rg.width * rg.height && src->slice == rg.width * rg.height;
    if (slices_packed)
        return sub_copy(s, dbase, sbase, rg.width * rg.height * rg.depth, &r, true);
    for (size_t z = 0; z < rg.depth; z++) {
        char *dz = dbase + z * d->slice;
        const char *sz = sbase + z * src->slice;
        if (rows_packed) {
            ur_result_t res = sub_copy(s, dz, sz, rg.width * rg.height, &r, z + 1 == rg.depth);
            if (res != UR_RESULT_SUCCESS)
                return res;
            continue;
        }
        for (size_t y = 0; y < rg.height; y++) {
            bool last = z + 1 == rg.depth && y + 1 == rg.height;
            ur_result_t res = sub_copy(s, dz + y * d->row, sz + y * src->row, rg.width, &r, last);
            if (res != UR_RESULT_SUCCESS)
                return res;
        }
    }
    return UR_RESULT_SUCCESS;
}

/* The region and both sides' pitches, in upstream's order: an empty region, a row pitch under
 * the width (first side, then second), then each side's pitches against the region. */
static ur_result_t check_rect_shape(ur_rect_region_t region, size_t row_a, size_t slice_a,
                                    size_t row_b, size_t slice_b)
{
    ur_result_t res;

    if (region.width == 0 || region.height == 0 || region.depth == 0)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if ((row_a != 0 && row_a < region.width) || (row_b != 0 && row_b < region.width))
        return UR_RESULT_ERROR_INVALID_SIZE;
    res = check_pitches(region, row_a, slice_a);
    return res == UR_RESULT_SUCCESS ? check_pitches(region, row_b, slice_b) : res;
}

/* urEnqueueMemBufferReadRect and ...WriteRect: one buffer side, one host side. */
static ur_result_t buffer_host_rect(ur_queue_handle_t hQueue, ur_mem_handle_t hBuffer,
                                    bool blocking, bool read, ur_rect_offset_t bufferOrigin,
                                    ur_rect_offset_t hostOrigin, ur_rect_region_t region,
                                    size_t bufferRowPitch, size_t bufferSlicePitch,
                                    size_t hostRowPitch, size_t hostSlicePitch, void *pHost,
                                    uint32_t numEventsInWaitList,
                                    const ur_event_handle_t *phEventWaitList,
                                    ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    if (pHost == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hQueue == NULL || hBuffer == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    ur_result_t res = check_wait_shape(numEventsInWaitList, phEventWaitList);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = check_rect_shape(region, bufferRowPitch, bufferSlicePitch, hostRowPitch, hostSlicePitch);
    if (res == UR_RESULT_SUCCESS)
        res = check_objects(hQueue, hBuffer, NULL);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (!resolve_pitches(region, &bufferRowPitch, &bufferSlicePitch) ||
        !resolve_pitches(region, &hostRowPitch, &hostSlicePitch))
        return UR_RESULT_ERROR_INVALID_SIZE;
    res = check_rect_bounds(hBuffer, bufferOrigin, region, bufferRowPitch, bufferSlicePitch);
    if (res != UR_RESULT_SUCCESS)
        return res;

    ur_event_handle_t ev;
    res = up_enqueue_prepare(
        hQueue, numEventsInWaitList, phEventWaitList,
        read ? UR_COMMAND_MEM_BUFFER_READ_RECT : UR_COMMAND_MEM_BUFFER_WRITE_RECT, phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        return res;
    struct submit s = {hQueue, numEventsInWaitList, phEventWaitList, ev};
    struct rect_side buf = {hBuffer, hBuffer->base, bufferOrigin, bufferRowPitch, bufferSlicePitch};
    struct rect_side host = {NULL, pHost, hostOrigin, hostRowPitch, hostSlicePitch};
    res = read ? rect_copy(&s, &host, &buf, region) : rect_copy(&s, &buf, &host, region);
    return up_enqueue_finish(hQueue, res, blocking, ev, phEvent);
}

UR_APIEXPORT ur_result_t UR_APICALL urEnqueueMemBufferReadRect(
    ur_queue_handle_t hQueue, ur_mem_handle_t hBuffer, bool blockingRead,
    ur_rect_offset_t bufferOrigin, ur_rect_offset_t hostOrigin, ur_rect_region_t region,
    size_t bufferRowPitch, size_t bufferSlicePitch, size_t hostRowPitch, size_t hostSlicePitch,
    void *pDst, uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_event_handle_t *phEvent)
{
    return buffer_host_rect(hQueue, hBuffer, blockingRead, true, bufferOrigin, hostOrigin, region,
                            bufferRowPitch, bufferSlicePitch, hostRowPitch, hostSlicePitch, pDst,
                            numEventsInWaitList, phEventWaitList, phEvent);
}

UR_APIEXPORT ur_result_t UR_APICALL urEnqueueMemBufferWriteRect(
    ur_queue_handle_t hQueue, ur_mem_handle_t hBuffer, bool blockingWrite,
    ur_rect_offset_t bufferOrigin, ur_rect_offset_t hostOrigin, ur_rect_region_t region,
    size_t bufferRowPitch, size_t bufferSlicePitch, size_t hostRowPitch, size_t hostSlicePitch,
    void *pSrc, uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_event_handle_t *phEvent)
{
    return buffer_host_rect(hQueue, hBuffer, blockingWrite, false, bufferOrigin, hostOrigin, region,
                            bufferRowPitch, bufferSlicePitch, hostRowPitch, hostSlicePitch, pSrc,
                            numEventsInWaitList, phEventWaitList, phEvent);
}

UR_APIEXPORT ur_result_t UR_APICALL urEnqueueMemBufferCopyRect(
    ur_queue_handle_t hQueue, ur_mem_handle_t hBufferSrc, ur_mem_handle_t hBufferDst,
    ur_rect_offset_t srcOrigin, ur_rect_offset_t dstOrigin, ur_rect_region_t region,
    size_t srcRowPitch, size_t srcSlicePitch, size_t dstRowPitch, size_t dstSlicePitch,
    uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    if (hQueue == NULL || hBufferSrc == NULL || hBufferDst == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    ur_result_t res = check_wait_shape(numEventsInWaitList, phEventWaitList);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = check_rect_shape(region, srcRowPitch, srcSlicePitch, dstRowPitch, dstSlicePitch);
    if (res == UR_RESULT_SUCCESS)
        res = check_objects(hQueue, hBufferSrc, hBufferDst);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (!resolve_pitches(region, &srcRowPitch, &srcSlicePitch) ||
        !resolve_pitches(region, &dstRowPitch, &dstSlicePitch))
        return UR_RESULT_ERROR_INVALID_SIZE;
    res = check_rect_bounds(hBufferSrc, srcOrigin, region, srcRowPitch, srcSlicePitch);
    if (res == UR_RESULT_SUCCESS)
        res = check_rect_bounds(hBufferDst, dstOrigin, region, dstRowPitch, dstSlicePitch);
    if (res != UR_RESULT_SUCCESS)
        return res;

    ur_event_handle_t ev;
    res = up_enqueue_prepare(hQueue, numEventsInWaitList, phEventWaitList,
                             UR_COMMAND_MEM_BUFFER_COPY_RECT, phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        return res;
    struct submit s = {hQueue, numEventsInWaitList, phEventWaitList, ev};
    struct rect_side src = {hBufferSrc, hBufferSrc->base, srcOrigin, srcRowPitch, srcSlicePitch};
    struct rect_side dst = {hBufferDst, hBufferDst->base, dstOrigin, dstRowPitch, dstSlicePitch};
    res = rect_copy(&s, &dst, &src, region);
    return up_enqueue_finish(hQueue, res, false, ev, phEvent);
}

/* ---- Fill ---------------------------------------------------------------------------------- */

UR_APIEXPORT ur_result_t UR_APICALL
urEnqueueMemBufferFill(ur_queue_handle_t hQueue, ur_mem_handle_t hBuffer, const void *pPattern,
                       size_t patternSize, size_t offset, size_t size, uint32_t numEventsInWaitList,
                       const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    if (pPattern == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hQueue == NULL || hBuffer == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    ur_result_t res = check_wait_shape(numEventsInWaitList, phEventWaitList);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (patternSize == 0 || size == 0 || patternSize > size)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if ((patternSize & (patternSize - 1)) != 0 || size % patternSize != 0 ||
        offset % patternSize != 0)
        return UR_RESULT_ERROR_INVALID_SIZE;
    res = check_objects(hQueue, hBuffer, NULL);
    if (res == UR_RESULT_SUCCESS)
        res = check_range(hBuffer, offset, size);
    if (res != UR_RESULT_SUCCESS)
        return res;

    ur_event_handle_t ev;
    res = up_enqueue_prepare(hQueue, numEventsInWaitList, phEventWaitList,
                             UR_COMMAND_MEM_BUFFER_FILL, phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        return res;
    struct submit s = {hQueue, numEventsInWaitList, phEventWaitList, ev};
    char *dst = (char *)hBuffer->base + offset;
    if (!hBuffer->usm) {
        /* The application's own memory (USE_HOST_POINTER), which device fills may not reach:
         * the filled bytes are made on the host and copied, and the call waits for the copy
         * before freeing them. */
        char *staging = malloc(size);
        if (staging == NULL) {
            res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
            return up_enqueue_finish(hQueue, res, false, ev, phEvent);
        }
        for (size_t at = 0; at < size; at += patternSize)
            memcpy(staging + at, pPattern, patternSize);
        struct up_copy_route r = route_of(hBuffer, dst, NULL, staging);
        res = sub_copy(&s, dst, staging, size, &r, true);
        res = up_enqueue_finish(hQueue, res, true, ev, phEvent);
        free(staging);
        return res;
    }
    struct up_copy_route fr = route_of(hBuffer, dst, NULL, NULL);
    if (patternSize <= UP_FILL_MAX_PATTERN) {
        res = sub_fill(&s, dst, pPattern, patternSize, size, &fr, true);
        return up_enqueue_finish(hQueue, res, false, ev, phEvent);
    }
    /* A large pattern: written once, 128 bytes per fill, then doubled by copies within the
     * buffer (each copy reads only bytes already filled). */
    struct up_copy_route r = route_of(hBuffer, dst, hBuffer, dst);
    for (size_t at = 0; at < patternSize && res == UR_RESULT_SUCCESS; at += UP_FILL_MAX_PATTERN)
        res = sub_fill(&s, dst + at, (const char *)pPattern + at, UP_FILL_MAX_PATTERN,
                       UP_FILL_MAX_PATTERN, &fr,
                       size == patternSize && at + UP_FILL_MAX_PATTERN == patternSize);
    for (size_t done = patternSize; done < size && res == UR_RESULT_SUCCESS;) {
        size_t n = size - done < done ? size - done : done;
        res = sub_copy(&s, dst + done, dst, n, &r, done + n == size);
        done += n;
    }
    return up_enqueue_finish(hQueue, res, false, ev, phEvent);
}

/* ---- Map and unmap --------------------------------------------------------------------------- */

#define MAP_WRITES (UR_MAP_FLAG_WRITE | UR_MAP_FLAG_WRITE_INVALIDATE_REGION)

UR_APIEXPORT ur_result_t UR_APICALL urEnqueueMemBufferMap(
    ur_queue_handle_t hQueue, ur_mem_handle_t hBuffer, bool blockingMap, ur_map_flags_t mapFlags,
    size_t offset, size_t size, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent, void **ppRetMap)
{
    UP_CHECK_INIT();
    if (ppRetMap == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hQueue == NULL || hBuffer == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (mapFlags & UR_MAP_FLAGS_MASK)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    ur_result_t res = check_wait_shape(numEventsInWaitList, phEventWaitList);
    if (res == UR_RESULT_SUCCESS)
        res = check_objects(hQueue, hBuffer, NULL);
    if (res == UR_RESULT_SUCCESS)
        res = check_range(hBuffer, offset, size);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (mapFlags == 0)
        mapFlags = UR_MAP_FLAG_READ | UR_MAP_FLAG_WRITE;

    /* Where the mapping lives: the application's own memory (USE_HOST_POINTER), the buffer
     * itself when it is host memory, else host memory of ours. */
    struct up_mem_map *m = calloc(1, sizeof(*m));
    if (m == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    char *src = (char *)hBuffer->base + offset;
    bool copy_in = !(mapFlags & UR_MAP_FLAG_WRITE_INVALIDATE_REGION);
    m->offset = offset;
    m->size = size;
    m->flags = mapFlags;
    if (hBuffer->host_ptr != NULL) {
        m->ptr = (char *)hBuffer->host_ptr + offset;
    } else if (hBuffer->device == NULL) {
        m->ptr = src;
        copy_in = false;
    } else {
        m->ptr = malloc(size ? size : 1);
        m->staging = true;
        if (m->ptr == NULL) {
            res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
            goto err_free_map;
        }
    }
    m->write_back = m->ptr != src && (mapFlags & MAP_WRITES) != 0;

    ur_event_handle_t ev;
    res = up_enqueue_prepare(hQueue, numEventsInWaitList, phEventWaitList,
                             UR_COMMAND_MEM_BUFFER_MAP, phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        goto err_free_staging;
    struct submit s = {hQueue, numEventsInWaitList, phEventWaitList, ev};
    if (copy_in && m->ptr != src && size != 0) {
        struct up_copy_route r = route_of(NULL, m->ptr, hBuffer, src);
        res = sub_copy(&s, m->ptr, src, size, &r, true);
    } else {
        res = sub_barrier(&s);
    }
    bool submitted = res == UR_RESULT_SUCCESS;
    res = up_enqueue_finish(hQueue, res, blockingMap, ev, phEvent);
    if (!submitted)
        goto err_free_staging;
    pthread_mutex_lock(&hBuffer->map_lock);
    m->next = hBuffer->maps;
    hBuffer->maps = m;
    pthread_mutex_unlock(&hBuffer->map_lock);
    if (res == UR_RESULT_SUCCESS)
        *ppRetMap = m->ptr;
    return res;

err_free_staging:
    if (m->staging)
        free(m->ptr);
err_free_map:
    free(m);
    return res;
}

UR_APIEXPORT ur_result_t UR_APICALL urEnqueueMemUnmap(ur_queue_handle_t hQueue,
                                                      ur_mem_handle_t hMem, void *pMappedPtr,
                                                      uint32_t numEventsInWaitList,
                                                      const ur_event_handle_t *phEventWaitList,
                                                      ur_event_handle_t *phEvent)
{
    UP_CHECK_INIT();
    if (pMappedPtr == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hQueue == NULL || hMem == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    ur_result_t res = check_wait_shape(numEventsInWaitList, phEventWaitList);
    if (res == UR_RESULT_SUCCESS)
        res = check_objects(hQueue, hMem, NULL);
    if (res != UR_RESULT_SUCCESS)
        return res;

    /* Take the mapping off the buffer's list (put back if the command cannot be submitted). */
    struct up_mem_map *m, **link;
    pthread_mutex_lock(&hMem->map_lock);
    for (link = &hMem->maps; (m = *link) != NULL; link = &m->next)
        if (m->ptr == pMappedPtr)
            break;
    if (m != NULL)
        *link = m->next;
    pthread_mutex_unlock(&hMem->map_lock);
    if (m == NULL)
        return UR_RESULT_ERROR_INVALID_MEM_OBJECT; /* not a mapping of this buffer */

    ur_event_handle_t ev;
    res = up_enqueue_prepare(hQueue, numEventsInWaitList, phEventWaitList, UR_COMMAND_MEM_UNMAP,
                             phEvent, &ev);
    if (res != UR_RESULT_SUCCESS)
        goto err_restore;
    struct submit s = {hQueue, numEventsInWaitList, phEventWaitList, ev};
    if (m->write_back && m->size != 0) {
        char *dst = (char *)hMem->base + m->offset;
        struct up_copy_route r = route_of(hMem, dst, NULL, m->ptr);
        res = sub_copy(&s, dst, m->ptr, m->size, &r, true);
    } else {
        res = sub_barrier(&s);
    }
    /* Our host memory is freed once the queue is done with it: the unmap then waits. */
    bool submitted = res == UR_RESULT_SUCCESS;
    res = up_enqueue_finish(hQueue, res, m->staging, ev, phEvent);
    if (!submitted)
        goto err_restore;
    if (m->staging)
        free(m->ptr);
    free(m);
    return res;

err_restore:
    pthread_mutex_lock(&hMem->map_lock);
    m->next = hMem->maps;
    hMem->maps = m;
    pthread_mutex_unlock(&hMem->map_lock);
    return res;
}
