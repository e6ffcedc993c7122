/* SPDX-License-Identifier: MIT */
/*
 * The stream engine (stream_engine.h; the rules are in docs/adapters/stream-engine.md).
 *
 * Queues are one non-blocking stream each: commands run in order, which also satisfies queues
 * created out-of-order, and the legacy default stream of the application does not hold them up.
 * A command that returns an event is bracketed by native events on its stream: an end marker
 * (timing disabled unless the queue profiles, which makes it cheaper) and, on profiling queues,
 * a start marker recorded after the wait list. The end marker answers status queries and waits,
 * and other queues wait for it with a stream wait, so wait lists never block the host.
 */
#include "adapters/stream/stream_engine.h"
#include "common/log.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Fills whose pattern no single memset writes: the first UPS_FILL_SEED_BYTES (at least one
 * pattern) are written by element memsets, then doubled by copies of what is already there. */
#define UPS_FILL_SEED_BYTES ((size_t)64 * 1024)

struct ups_queue {
    void *stream;
};

struct ups_event {
    void *start;        /* profiling queues and recorded timestamps only, else NULL */
    void *end;          /* recorded after the command */
    uint64_t queued_ns; /* host clock at enqueue (where start is set) */
    bool timestamp;     /* a recorded timestamp: its END is its START */
};

static struct ups_device *dev_of(ur_device_handle_t d)
{
    return (struct ups_device *)d->priv;
}

static const struct ups_native *nat(ur_device_handle_t d)
{
    return dev_of(d)->native;
}

static ur_result_t fail(ur_device_handle_t d, int32_t r, ups_call_t call)
{
    return nat(d)->fail(d, r, nat(d)->names[call]);
}

uint64_t ups_host_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t ups_ms_to_ns(float ms)
{
    double ns = (double)ms * 1e6;

    if (!(ns > 0.0))
        return 0;
    if (ns >= 18446744073709549568.0) /* the largest double below 2^64 */
        return UINT64_MAX;
    return (uint64_t)(ns + 0.5);
}

void ups_device_init(struct ups_device *sd, const struct ups_native *native)
{
    sd->native = native;
    pthread_mutex_init(&sd->lock, NULL);
    sd->base_event = NULL;
    sd->base_ns = 0;
}

void ups_device_fini(ur_device_handle_t d)
{
    struct ups_device *sd = dev_of(d);
    struct ups_scope scope;

    if (sd->base_event && sd->native->scope_enter(d, &scope) == UR_RESULT_SUCCESS) {
        sd->native->event_destroy(d, sd->base_event);
        sd->native->scope_leave(d, &scope);
    }
    sd->base_event = NULL;
    pthread_mutex_destroy(&sd->lock);
}

/* The device's time base, set up once on stream (d current). */
static ur_result_t time_base(ur_device_handle_t d, void *stream)
{
    struct ups_device *sd = dev_of(d);
    const struct ups_native *n = sd->native;
    ur_result_t res = UR_RESULT_SUCCESS;
    void *base = NULL;
    int32_t r;

    pthread_mutex_lock(&sd->lock);
    if (sd->base_event)
        goto out_unlock;
    r = n->event_create(d, &base, true);
    if (r != 0) {
        res = fail(d, r, UPS_EVENT_CREATE);
        goto out_unlock;
    }
    r = n->event_record(d, base, stream);
    if (r != 0) {
        res = fail(d, r, UPS_EVENT_RECORD);
        goto err_destroy_base;
    }
    r = n->event_synchronize(d, base);
    if (r != 0) {
        res = fail(d, r, UPS_EVENT_SYNCHRONIZE);
        goto err_destroy_base;
    }
    sd->base_ns = ups_host_ns();
    sd->base_event = base;
    goto out_unlock;

err_destroy_base:
    n->event_destroy(d, base);
out_unlock:
    pthread_mutex_unlock(&sd->lock);
    return res;
}

/* ---- Queues -------------------------------------------------------------------------------- */

ur_result_t ups_queue_create(ur_queue_handle_t q)
{
    ur_device_handle_t d = q->device;
    const struct ups_native *n = nat(d);
    struct ups_queue *sq;
    struct ups_scope scope;
    ur_result_t res;
    int32_t r;

    sq = calloc(1, sizeof *sq);
    if (!sq)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    res = n->scope_enter(d, &scope);
    if (res != UR_RESULT_SUCCESS)
        goto err_free;
    r = n->stream_create(d, &sq->stream);
    if (r != 0) {
        res = fail(d, r, UPS_STREAM_CREATE);
        goto err_leave;
    }
    if (q->flags & UR_QUEUE_FLAG_PROFILING_ENABLE) {
        res = time_base(d, sq->stream);
        if (res != UR_RESULT_SUCCESS)
            goto err_destroy_stream;
    }
    n->scope_leave(d, &scope);
    q->priv = sq;
    return UR_RESULT_SUCCESS;

err_destroy_stream:
    n->stream_destroy(d, sq->stream);
err_leave:
    n->scope_leave(d, &scope);
err_free:
    free(sq);
    return res;
}

void ups_queue_destroy(ur_queue_handle_t q)
{
    ur_device_handle_t d = q->device;
    const struct ups_native *n = nat(d);
    struct ups_queue *sq = q->priv;
    struct ups_scope scope;

    if (!sq)
        return;
    if (n->scope_enter(d, &scope) == UR_RESULT_SUCCESS) {
        int32_t r = n->stream_destroy(d, sq->stream);

        if (r != 0)
            UP_WARN(n->log, "%s (device %u): native error %d", n->names[UPS_STREAM_DESTROY],
                    d->index, (int)r);
        n->scope_leave(d, &scope);
    }
    free(sq);
    q->priv = NULL;
}

ur_result_t ups_queue_finish(ur_queue_handle_t q)
{
    ur_device_handle_t d = q->device;
    const struct ups_native *n = nat(d);
    struct ups_queue *sq = q->priv;
    struct ups_scope scope;
    ur_result_t res;
    int32_t r;

    res = n->scope_enter(d, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    r = n->stream_synchronize(d, sq->stream);
    n->scope_leave(d, &scope);
    return r != 0 ? fail(d, r, UPS_STREAM_SYNCHRONIZE) : UR_RESULT_SUCCESS;
}

ur_result_t ups_queue_flush(ur_queue_handle_t q)
{
    /* Streams hand work to the device as it is enqueued: nothing is held back. */
    (void)q;
    return UR_RESULT_SUCCESS;
}

/* ---- The enqueue skeleton ------------------------------------------------------------------ */

/* Destroy se's native events (d current). */
static void event_free(ur_device_handle_t d, struct ups_event *se)
{
    if (!se)
        return;
    if (se->start)
        nat(d)->event_destroy(d, se->start);
    if (se->end)
        nat(d)->event_destroy(d, se->end);
    free(se);
}

/* The native events of command ev of q (d current): timed on profiling queues, and for a
 * recorded timestamp on any queue (which then needs the device's time base). */
static ur_result_t event_prepare(ur_queue_handle_t q, void *stream, ur_event_handle_t ev,
                                 struct ups_event **out)
{
    ur_device_handle_t d = q->device;
    const struct ups_native *n = nat(d);
    bool timestamp = ev->command == UR_COMMAND_TIMESTAMP_RECORDING_EXP;
    bool profiling = timestamp || (q->flags & UR_QUEUE_FLAG_PROFILING_ENABLE) != 0;
    struct ups_event *se;
    ur_result_t res;
    int32_t r = 0;

    if (timestamp) {
        res = time_base(d, stream);
        if (res != UR_RESULT_SUCCESS)
            return res;
    }
    se = calloc(1, sizeof *se);
    if (!se)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    se->timestamp = timestamp;
    if (profiling) {
        se->queued_ns = ups_host_ns();
        r = n->event_create(d, &se->start, true);
    }
    if (r == 0)
        r = n->event_create(d, &se->end, profiling);
    if (r != 0) {
        event_free(d, se);
        return fail(d, r, UPS_EVENT_CREATE);
    }
    *out = se;
    return UR_RESULT_SUCCESS;
}

typedef ur_result_t ups_command_fn(ur_queue_handle_t q, void *stream, const void *args);

static ur_result_t enqueue(ur_queue_handle_t q, uint32_t nwait, const ur_event_handle_t *wait,
                           ur_event_handle_t ev, ups_command_fn *command, const void *args)
{
    ur_device_handle_t d = q->device;
    const struct ups_native *n = nat(d);
    void *stream = ((struct ups_queue *)q->priv)->stream;
    struct ups_event *se = NULL;
    struct ups_scope scope;
    ur_result_t res;
    int32_t r;

    res = n->scope_enter(d, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (ev) {
        res = event_prepare(q, stream, ev, &se);
        if (res != UR_RESULT_SUCCESS)
            goto out_leave;
    }
    for (uint32_t i = 0; i < nwait; i++) {
        const struct ups_event *w = wait[i]->priv;

        /* The queue's own earlier commands are already ordered before this one; the event may
         * belong to another device (both drivers wait across devices). */
        if (!w || wait[i]->queue == q)
            continue;
        r = n->stream_wait_event(d, stream, w->end);
        if (r != 0) {
            res = fail(d, r, UPS_STREAM_WAIT_EVENT);
            goto err_free_event;
        }
    }
    if (se && se->start) {
        r = n->event_record(d, se->start, stream);
        if (r != 0) {
            res = fail(d, r, UPS_EVENT_RECORD);
            goto err_free_event;
        }
    }
    if (command) {
        res = command(q, stream, args);
        if (res != UR_RESULT_SUCCESS)
            goto err_free_event;
    }
    if (se) {
        r = n->event_record(d, se->end, stream);
        if (r != 0) {
            res = fail(d, r, UPS_EVENT_RECORD);
            goto err_free_event;
        }
        ev->priv = se;
    }
    n->scope_leave(d, &scope);
    return UR_RESULT_SUCCESS;

err_free_event:
    event_free(d, se);
out_leave:
    n->scope_leave(d, &scope);
    return res;
}

/* ---- Commands ------------------------------------------------------------------------------ */

struct copy_args {
    void *dst;
    const void *src;
    size_t size;
};

static ur_result_t copy_command(ur_queue_handle_t q, void *stream, const void *args)
{
    const struct copy_args *a = args;
    int32_t r = nat(q->device)->memcpy_async(q->device, a->dst, a->src, a->size, stream);

    return r != 0 ? fail(q->device, r, UPS_MEMCPY) : UR_RESULT_SUCCESS;
}

ur_result_t ups_enqueue_memcpy(ur_queue_handle_t q, void *dst, const void *src, size_t size,
                               const struct up_copy_route *route, uint32_t nwait,
                               const ur_event_handle_t *wait, ur_event_handle_t ev)
{
    struct copy_args a = {dst, src, size};

    /* Unified addressing tells the driver where each side lives (host, device, a peer: over the
     * link when peer access is on, else staged by the driver). */
    (void)route;
    return enqueue(q, nwait, wait, ev, copy_command, &a);
}

struct fill_args {
    unsigned char *dst;
    const unsigned char *pattern;
    size_t pattern_size;
    size_t size; /* a non-zero multiple of pattern_size */
};

/* Element i of width w (1, 2 or 4 bytes) of the pattern, as the memsets take it. */
static uint32_t element(const unsigned char *pattern, size_t w, size_t i)
{
    uint16_t u16;
    uint32_t u32;

    switch (w) {
    case 1:
        return pattern[i];
    case 2:
        memcpy(&u16, pattern + 2 * i, 2);
        return u16;
    default:
        memcpy(&u32, pattern + 4 * i, 4);
        return u32;
    }
}

/* The shortest period of 1, 2 or 4 bytes the pattern repeats with, 0 if none. */
static size_t period(const unsigned char *pattern, size_t size)
{
    for (size_t p = 1; p <= 4 && p <= size; p *= 2) {
        bool repeats = size % p == 0;

        for (size_t i = p; repeats && i < size; i++)
            repeats = pattern[i] == pattern[i - p];
        if (repeats)
            return p;
    }
    return 0;
}

/*
 * The fill plan, for any pattern size that divides the size:
 *   1. a pattern that repeats every 1, 2 or 4 bytes (every 1/2/4-byte pattern, and longer ones
 *      like 8 x 0xff) at a destination aligned to that period: one memset D8/D16/D32;
 *   2. otherwise a seed, then doubling copies. Elements are the widest of 4, 2, 1 bytes that
 *      divides the pattern size and the destination address. With a 2D memset, each element
 *      column of the pattern is one strided memset (pitch = the pattern size) over the first
 *      UPS_FILL_SEED_BYTES (rounded down to whole patterns, at least one, at most the fill);
 *      without one, the seed is a single pattern, one memset per element. The seed is then
 *      copied after itself, doubling each time, until the fill is written: pattern/element +
 *      ceil(log2(size/seed)) driver calls, no host buffer outliving the call.
 */
static ur_result_t fill_command(ur_queue_handle_t q, void *stream, const void *args)
{
    const struct fill_args *a = args;
    ur_device_handle_t d = q->device;
    const struct ups_native *n = nat(d);
    uintptr_t addr = (uintptr_t)a->dst;
    size_t p = period(a->pattern, a->pattern_size), w = 1, seed = 1, done;
    int32_t r = 0;

    if (p != 0 && addr % p == 0) {
        r = n->memset_async(d, a->dst, p, element(a->pattern, p, 0), a->size / p, stream);
        return r != 0 ? fail(d, r, UPS_MEMSET) : UR_RESULT_SUCCESS;
    }
    if (a->pattern_size % 4 == 0 && addr % 4 == 0)
        w = 4;
    else if (a->pattern_size % 2 == 0 && addr % 2 == 0)
        w = 2;
    if (n->memset_column_async) {
        seed = UPS_FILL_SEED_BYTES / a->pattern_size;
        seed = seed == 0 ? 1 : seed;
        seed = seed > a->size / a->pattern_size ? a->size / a->pattern_size : seed;
    }
    for (size_t i = 0; i < a->pattern_size / w; i++) {
        uint32_t v = element(a->pattern, w, i);

        if (n->memset_column_async)
            r = n->memset_column_async(d, a->dst + i * w, a->pattern_size, w, v, seed, stream);
        else
            r = n->memset_async(d, a->dst + i * w, w, v, 1, stream);
        if (r != 0)
            return fail(d, r, n->memset_column_async ? UPS_MEMSET_COLUMN : UPS_MEMSET);
    }
    for (done = seed * a->pattern_size; done < a->size;) {
        size_t len = done < a->size - done ? done : a->size - done;

        r = n->memcpy_async(d, a->dst + done, a->dst, len, stream);
        if (r != 0)
            return fail(d, r, UPS_MEMCPY);
        done += len;
    }
    return UR_RESULT_SUCCESS;
}

ur_result_t ups_enqueue_fill(ur_queue_handle_t q, void *dst, const void *pattern,
                             size_t pattern_size, size_t size, const struct up_copy_route *route,
                             uint32_t nwait, const ur_event_handle_t *wait, ur_event_handle_t ev)
{
    struct fill_args a = {dst, pattern, pattern_size, size};

    (void)route; /* CUDA and HIP address memory of every context of the driver alike */
    /* The pattern is read while enqueueing: the caller may reuse its buffer at once. */
    return enqueue(q, nwait, wait, ev, size != 0 && pattern_size != 0 ? fill_command : NULL, &a);
}

ur_result_t ups_enqueue_barrier(ur_queue_handle_t q, uint32_t nwait, const ur_event_handle_t *wait,
                                ur_event_handle_t ev)
{
    /* The stream runs in order: waiting for the list and recording an event is the barrier. */
    return enqueue(q, nwait, wait, ev, NULL, NULL);
}

ur_result_t ups_enqueue_timestamp(ur_queue_handle_t q, uint32_t nwait,
                                  const ur_event_handle_t *wait, ur_event_handle_t ev)
{
    /* A barrier whose event is timed (event_prepare): its start marker is the timestamp. */
    return enqueue(q, nwait, wait, ev, NULL, NULL);
}

/* ---- Events -------------------------------------------------------------------------------- */

void *ups_event_native(ur_event_handle_t ev)
{
    const struct ups_event *se = ev->priv;

    return se ? se->end : NULL;
}

ur_result_t ups_event_status(ur_event_handle_t ev, ur_event_status_t *status)
{
    const struct ups_event *se = ev->priv;
    ur_device_handle_t d = ev->queue->device;
    const struct ups_native *n = nat(d);
    ur_event_status_t st = UR_EVENT_STATUS_COMPLETE;
    struct ups_scope scope;
    ur_result_t res;
    int32_t r;

    if (!se) {
        *status = UR_EVENT_STATUS_COMPLETE;
        return UR_RESULT_SUCCESS;
    }
    res = n->scope_enter(d, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    r = n->event_query(d, se->end);
    if (r == n->not_ready) {
        /* Incomplete: RUNNING only when the start marker says the command began. */
        st = se->start && n->event_query(d, se->start) == 0 ? UR_EVENT_STATUS_RUNNING
                                                            : UR_EVENT_STATUS_SUBMITTED;
        r = 0;
    }
    n->scope_leave(d, &scope);
    if (r != 0)
        return fail(d, r, UPS_EVENT_QUERY);
    *status = st;
    return UR_RESULT_SUCCESS;
}

ur_result_t ups_event_wait(uint32_t count, const ur_event_handle_t *evs)
{
    for (uint32_t i = 0; i < count; i++) {
        const struct ups_event *se = evs[i]->priv;
        ur_device_handle_t d = evs[i]->queue->device;
        const struct ups_native *n = nat(d);
        struct ups_scope scope;
        ur_result_t res;
        int32_t r;

        if (!se)
            continue;
        res = n->scope_enter(d, &scope);
        if (res != UR_RESULT_SUCCESS)
            return res;
        r = n->event_synchronize(d, se->end);
        n->scope_leave(d, &scope);
        if (r != 0)
            return fail(d, r, UPS_EVENT_SYNCHRONIZE);
    }
    return UR_RESULT_SUCCESS;
}

/* Nanoseconds from a to b (d current); not ready: no timestamps yet. */
static ur_result_t elapsed_ns(ur_device_handle_t d, void *a, void *b, uint64_t *ns)
{
    float ms = 0.0f;
    int32_t r = nat(d)->event_elapsed(d, &ms, a, b);

    if (r == nat(d)->not_ready)
        return UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE;
    if (r != 0)
        return fail(d, r, UPS_EVENT_ELAPSED);
    *ns = ups_ms_to_ns(ms);
    return UR_RESULT_SUCCESS;
}

ur_result_t ups_event_profiling(ur_event_handle_t ev, ur_profiling_info_t what, uint64_t *ns)
{
    const struct ups_event *se = ev->priv;
    ur_device_handle_t d = ev->queue->device;
    struct ups_device *sd = dev_of(d);
    uint64_t since_base = 0, duration = 0, start;
    struct ups_scope scope;
    ur_result_t res;

    if (!se || !se->start || !sd->base_event)
        return UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE;
    switch (what) {
    case UR_PROFILING_INFO_COMMAND_QUEUED:
    case UR_PROFILING_INFO_COMMAND_SUBMIT:
        /* Streams submit at enqueue. */
        *ns = se->queued_ns;
        return UR_RESULT_SUCCESS;
    case UR_PROFILING_INFO_COMMAND_START:
    case UR_PROFILING_INFO_COMMAND_END:
    case UR_PROFILING_INFO_COMMAND_COMPLETE:
        break;
    default:
        return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
    }
    res = sd->native->scope_enter(d, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = elapsed_ns(d, sd->base_event, se->start, &since_base);
    if (res == UR_RESULT_SUCCESS && what != UR_PROFILING_INFO_COMMAND_START && !se->timestamp)
        res = elapsed_ns(d, se->start, se->end, &duration);
    sd->native->scope_leave(d, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    /* The host readings and the device's durations are exact; the base conversion is not (a
     * float of milliseconds): a start it would put before the submission is raised to it, and
     * the end keeps the measured duration. */
    start = sd->base_ns + since_base;
    if (start < se->queued_ns)
        start = se->queued_ns;
    *ns = what == UR_PROFILING_INFO_COMMAND_START ? start : start + duration;
    return UR_RESULT_SUCCESS;
}

void ups_event_destroy(ur_event_handle_t ev)
{
    struct ups_event *se = ev->priv;
    ur_device_handle_t d = ev->queue->device;
    struct ups_scope scope;

    if (!se)
        return;
    if (nat(d)->scope_enter(d, &scope) == UR_RESULT_SUCCESS) {
        event_free(d, se);
        nat(d)->scope_leave(d, &scope);
    } else {
        free(se);
    }
    ev->priv = NULL;
}

/* ---- Peer access --------------------------------------------------------------------------- */

static ur_result_t peer_call(ur_device_handle_t cmd, ur_device_handle_t peer, bool enable,
                             bool *already)
{
    const struct ups_native *n = nat(cmd);
    struct ups_scope scope;
    ur_result_t res;
    int32_t r = 0;

    res = n->scope_enter(cmd, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = n->peer_set(cmd, peer, enable, &r);
    n->scope_leave(cmd, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    *already = false;
    if (r == (enable ? n->peer_already_enabled : n->peer_not_enabled)) {
        UP_INFO(n->log, "peer access %u -> %u was already %s in the driver", cmd->index,
                peer->index, enable ? "enabled" : "disabled");
        *already = true;
        return UR_RESULT_SUCCESS;
    }
    if (r != 0)
        return n->peer_fail(cmd, peer, enable, r);
    UP_DEBUG(n->log, "peer access %u -> %u %s", cmd->index, peer->index,
             enable ? "enabled" : "disabled");
    return UR_RESULT_SUCCESS;
}

ur_result_t ups_peer_enable(ur_device_handle_t cmd, ur_device_handle_t peer, bool *already)
{
    return peer_call(cmd, peer, true, already);
}

ur_result_t ups_peer_disable(ur_device_handle_t cmd, ur_device_handle_t peer, bool *already)
{
    return peer_call(cmd, peer, false, already);
}
