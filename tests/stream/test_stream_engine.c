/* SPDX-License-Identifier: MIT */
/*
 * The stream engine (src/adapters/stream) against a null driver: a tiny native table defined
 * here whose streams run at once on host memory, whose events complete when the test says so
 * (or at once), and which counts every call, checks that each is made with the right device
 * current, and fails the call the test arms. What is checked is the engine's rule set, once for
 * every stream adapter (docs/adapters/stream-engine.md):
 *   ms_to_ns     rounding to the nearest, negative/NaN/huge values
 *   fills        pattern sizes 1..20, 24..128 by 8 at every address offset 0..7, every byte
 *                and the guard bytes checked, with and without a 2D memset; the calls each plan
 *                takes (one memset for 1/2/4-byte and periodic patterns, seed + doublings else)
 *   status       SUBMITTED / RUNNING / COMPLETE from the markers; a failing query is mapped
 *   profiling    QUEUED = SUBMIT <= START <= END = COMPLETE, START raised to SUBMIT, END = START
 *                + the rounded duration, not ready and non-profiling queues, unknown queries
 *   wait lists   waits on other queues' events only
 *   errors       each native call of an enqueue failing in turn: mapped code, no event, no
 *                native object left, the caller's current device restored
 *   peer access  enable/disable with the command device current, the driver's 704 / 705 as
 *                "already", other answers through the adapter's peer_fail
 */
#include "adapters/stream/stream_engine.h"
#include "common/log.h"
#include "harness.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

/* ---- The null driver ------------------------------------------------------------------------ */

enum { ND_OK = 0, ND_NOT_READY = 600, ND_FAULT = 77 };

struct nd_stream {
    uint32_t dev;
};

struct nd_event {
    uint32_t dev;
    bool timing;
    bool recorded;
    bool done;
    double t_ms; /* device time when it completed */
};

static struct {
    int current; /* the device current on the (one) test thread */
    unsigned calls[UPS_CALL_COUNT_];
    unsigned scope_enters;
    unsigned wrong_device; /* a call made without its device current */
    long live_streams, live_events;
    bool hold;            /* recorded events stay incomplete until nd_complete */
    double clock_ms;      /* device clock, stamped on events as they complete */
    ups_call_t fail_call; /* the call to fail ... */
    unsigned fail_nth;    /* ... at its nth use from now (0: none) */
    int32_t fail_code;
    int32_t last_fail;
    const char *last_fail_call;
    struct nd_event *prev_recorded, *last_recorded; /* a command's start and end markers */
    int32_t peer_answer;                            /* what the next peer_set answers */
    unsigned peer_calls;
    bool peer_failed;
} nd;

static bool nd_fails(ups_call_t c)
{
    nd.calls[c]++;
    if (nd.fail_nth != 0 && nd.fail_call == c && --nd.fail_nth == 0)
        return true;
    return false;
}

static void nd_on(ur_device_handle_t d)
{
    if (nd.current != (int)d->index)
        nd.wrong_device++;
}

static ur_result_t nd_enter(ur_device_handle_t d, struct ups_scope *s)
{
    nd.scope_enters++;
    s->saved = (uintptr_t)(unsigned)nd.current;
    s->switched = nd.current != (int)d->index;
    nd.current = (int)d->index;
    return UR_RESULT_SUCCESS;
}

static void nd_leave(ur_device_handle_t d, const struct ups_scope *s)
{
    (void)d;
    nd.current = (int)(unsigned)s->saved;
}

static ur_result_t nd_fail(ur_device_handle_t d, int32_t native, const char *call)
{
    (void)d;
    nd.last_fail = native;
    nd.last_fail_call = call;
    return native == ND_FAULT ? UR_RESULT_ERROR_DEVICE_LOST : UR_RESULT_ERROR_ADAPTER_SPECIFIC;
}

static int32_t nd_stream_create(ur_device_handle_t d, void **stream)
{
    struct nd_stream *s;

    nd_on(d);
    if (nd_fails(UPS_STREAM_CREATE) || !(s = calloc(1, sizeof *s)))
        return ND_FAULT;
    s->dev = d->index;
    nd.live_streams++;
    *stream = s;
    return ND_OK;
}

static int32_t nd_stream_destroy(ur_device_handle_t d, void *stream)
{
    nd_on(d);
    nd.calls[UPS_STREAM_DESTROY]++;
    free(stream);
    nd.live_streams--;
    return ND_OK;
}

static void nd_complete(struct nd_event *e)
{
    if (e->recorded && !e->done) {
        e->done = true;
        e->t_ms = nd.clock_ms;
    }
}

static int32_t nd_stream_synchronize(ur_device_handle_t d, void *stream)
{
    (void)stream;
    nd_on(d);
    return nd_fails(UPS_STREAM_SYNCHRONIZE) ? ND_FAULT : ND_OK;
}

static int32_t nd_stream_wait_event(ur_device_handle_t d, void *stream, void *event)
{
    (void)stream;
    (void)event;
    nd_on(d);
    return nd_fails(UPS_STREAM_WAIT_EVENT) ? ND_FAULT : ND_OK;
}

static int32_t nd_event_create(ur_device_handle_t d, void **event, bool timing)
{
    struct nd_event *e;

    nd_on(d);
    if (nd_fails(UPS_EVENT_CREATE) || !(e = calloc(1, sizeof *e)))
        return ND_FAULT;
    e->dev = d->index;
    e->timing = timing;
    nd.live_events++;
    *event = e;
    return ND_OK;
}

static int32_t nd_event_destroy(ur_device_handle_t d, void *event)
{
    nd_on(d);
    nd.calls[UPS_EVENT_DESTROY]++;
    free(event);
    nd.live_events--;
    return ND_OK;
}

static int32_t nd_event_record(ur_device_handle_t d, void *event, void *stream)
{
    struct nd_event *e = event;

    nd_on(d);
    if (nd_fails(UPS_EVENT_RECORD))
        return ND_FAULT;
    if (e->dev != ((struct nd_stream *)stream)->dev)
        nd.wrong_device++;
    e->recorded = true;
    e->done = false;
    nd.prev_recorded = nd.last_recorded;
    nd.last_recorded = e;
    if (!nd.hold)
        nd_complete(e);
    return ND_OK;
}

static int32_t nd_event_query(ur_device_handle_t d, void *event)
{
    const struct nd_event *e = event;

    nd_on(d);
    if (nd_fails(UPS_EVENT_QUERY))
        return ND_FAULT;
    return e->done ? ND_OK : ND_NOT_READY;
}

static int32_t nd_event_synchronize(ur_device_handle_t d, void *event)
{
    nd_on(d);
    if (nd_fails(UPS_EVENT_SYNCHRONIZE))
        return ND_FAULT;
    nd_complete(event);
    return ND_OK;
}

static int32_t nd_event_elapsed(ur_device_handle_t d, float *ms, void *from, void *to)
{
    const struct nd_event *a = from, *b = to;

    nd_on(d);
    if (nd_fails(UPS_EVENT_ELAPSED))
        return ND_FAULT;
    if (!a->timing || !b->timing)
        return 400; /* invalid handle */
    if (!a->done || !b->done)
        return ND_NOT_READY;
    *ms = (float)(b->t_ms - a->t_ms);
    return ND_OK;
}

static int32_t nd_memcpy(ur_device_handle_t d, void *dst, const void *src, size_t size,
                         void *stream)
{
    (void)stream;
    nd_on(d);
    if (nd_fails(UPS_MEMCPY))
        return ND_FAULT;
    memcpy(dst, src, size);
    return ND_OK;
}

static void nd_store(unsigned char *p, size_t width, uint32_t value)
{
    uint16_t v16 = (uint16_t)value;
    uint8_t v8 = (uint8_t)value;

    memcpy(p, width == 1 ? (void *)&v8 : width == 2 ? (void *)&v16 : (void *)&value, width);
}

static int32_t nd_memset(ur_device_handle_t d, void *dst, size_t width, uint32_t value,
                         size_t count, void *stream)
{
    (void)stream;
    nd_on(d);
    if (nd_fails(UPS_MEMSET))
        return ND_FAULT;
    if ((uintptr_t)dst % width != 0)
        return 1; /* misaligned: the drivers refuse it */
    for (size_t i = 0; i < count; i++)
        nd_store((unsigned char *)dst + i * width, width, value);
    return ND_OK;
}

static int32_t nd_memset_column(ur_device_handle_t d, void *dst, size_t pitch, size_t width,
                                uint32_t value, size_t rows, void *stream)
{
    (void)stream;
    nd_on(d);
    if (nd_fails(UPS_MEMSET_COLUMN))
        return ND_FAULT;
    if ((uintptr_t)dst % width != 0 || pitch % width != 0)
        return 1;
    for (size_t r = 0; r < rows; r++)
        nd_store((unsigned char *)dst + r * pitch, width, value);
    return ND_OK;
}

static ur_result_t nd_peer_set(ur_device_handle_t cmd, ur_device_handle_t peer, bool enable,
                               int32_t *native)
{
    (void)peer;
    (void)enable;
    nd_on(cmd);
    nd.peer_calls++;
    *native = nd.peer_answer;
    return UR_RESULT_SUCCESS;
}

static ur_result_t nd_peer_fail(ur_device_handle_t cmd, ur_device_handle_t peer, bool enable,
                                int32_t native)
{
    (void)cmd;
    (void)peer;
    (void)enable;
    nd.peer_failed = true;
    return nd_fail(cmd, native, "ndPeerAccess");
}

static struct ups_native nd_native = {
    .log = "null",
    .not_ready = ND_NOT_READY,
    .names = {[UPS_STREAM_CREATE] = "ndStreamCreate",
              [UPS_STREAM_DESTROY] = "ndStreamDestroy",
              [UPS_STREAM_SYNCHRONIZE] = "ndStreamSynchronize",
              [UPS_STREAM_WAIT_EVENT] = "ndStreamWaitEvent",
              [UPS_EVENT_CREATE] = "ndEventCreate",
              [UPS_EVENT_DESTROY] = "ndEventDestroy",
              [UPS_EVENT_RECORD] = "ndEventRecord",
              [UPS_EVENT_QUERY] = "ndEventQuery",
              [UPS_EVENT_SYNCHRONIZE] = "ndEventSynchronize",
              [UPS_EVENT_ELAPSED] = "ndEventElapsedTime",
              [UPS_MEMCPY] = "ndMemcpyAsync",
              [UPS_MEMSET] = "ndMemsetAsync",
              [UPS_MEMSET_COLUMN] = "ndMemset2DAsync"},
    .scope_enter = nd_enter,
    .scope_leave = nd_leave,
    .fail = nd_fail,
    .stream_create = nd_stream_create,
    .stream_destroy = nd_stream_destroy,
    .stream_synchronize = nd_stream_synchronize,
    .stream_wait_event = nd_stream_wait_event,
    .event_create = nd_event_create,
    .event_destroy = nd_event_destroy,
    .event_record = nd_event_record,
    .event_query = nd_event_query,
    .event_synchronize = nd_event_synchronize,
    .event_elapsed = nd_event_elapsed,
    .memcpy_async = nd_memcpy,
    .memset_async = nd_memset,
    .memset_column_async = nd_memset_column,
    .peer_set = nd_peer_set,
    .peer_fail = nd_peer_fail,
    .peer_already_enabled = 704,
    .peer_not_enabled = 705,
};

/* The engine logs through the library's logger, which this test does not link. */
up_log_level_t up_log_level(void)
{
    return UP_LOG_WARN;
}

void up_log(up_log_level_t level, const char *subsys, const char *fmt, ...)
{
    va_list ap;

    (void)level;
    va_start(ap, fmt);
    fprintf(stderr, "urpeer/%s: ", subsys);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* ---- Objects as the core would make them ---------------------------------------------------- */

#define ND_DEVICES 3 /* device 2 has no profiling queue until test_errors */
static struct ups_device devs[ND_DEVICES];
static struct ur_device_handle_t_ dev[ND_DEVICES];

static ur_result_t queue_make(struct ur_queue_handle_t_ *q, uint32_t d, bool profiling)
{
    memset(q, 0, sizeof *q);
    q->device = &dev[d];
    q->flags = profiling ? UR_QUEUE_FLAG_PROFILING_ENABLE : 0;
    return ups_queue_create(q);
}

static void queue_drop(struct ur_queue_handle_t_ *q)
{
    CHECK_UR(UR_RESULT_SUCCESS, ups_queue_finish(q));
    ups_queue_destroy(q);
}

static void event_init(struct ur_event_handle_t_ *ev, struct ur_queue_handle_t_ *q)
{
    memset(ev, 0, sizeof *ev);
    ev->queue = q;
}

static void counts_reset(void)
{
    memset(nd.calls, 0, sizeof nd.calls);
}

/* ---- Tests ---------------------------------------------------------------------------------- */

static void test_ms_to_ns(void)
{
    CHECK(ups_ms_to_ns(0.0f) == 0);
    CHECK(ups_ms_to_ns(-1.0f) == 0);
    CHECK(ups_ms_to_ns(-0.0f) == 0);
    CHECK(ups_ms_to_ns(NAN) == 0);
    CHECK(ups_ms_to_ns(1.0f) == 1000000);
    CHECK(ups_ms_to_ns(0.5f) == 500000);
    /* 0.00099999994 ms is 999.99994 ns: rounds to 1000 (truncation would give 999). */
    CHECK(ups_ms_to_ns(nextafterf(0.001f, 0.0f)) == 1000);
    CHECK(ups_ms_to_ns(2.4e-7f) == 0);
    CHECK(ups_ms_to_ns(7.6e-7f) == 1);
    CHECK(ups_ms_to_ns(1e30f) == UINT64_MAX);
    CHECK(ups_ms_to_ns(INFINITY) == UINT64_MAX);
}

/* Fill [off, off + size) of buf with the pattern through the engine, and check every byte. */
static bool fill_case(struct ur_queue_handle_t_ *q, unsigned char *buf, size_t total, size_t off,
                      const unsigned char *pattern, size_t psize, size_t size)
{
    bool ok = true;

    memset(buf, 0xee, total);
    CHECK_UR(UR_RESULT_SUCCESS,
             ups_enqueue_fill(q, buf + off, pattern, psize, size, NULL, 0, NULL, NULL));
    for (size_t i = 0; i < total && ok; i++) {
        unsigned char expect = i >= off && i < off + size ? pattern[(i - off) % psize] : 0xee;

        if (buf[i] != expect) {
            fprintf(stderr, "  fill: pattern %zu at +%zu, %zu bytes: byte %zu is %02x, not %02x\n",
                    psize, off, size, i, buf[i], expect);
            ok = false;
        }
    }
    return ok;
}

static void test_fills(void)
{
    static unsigned char buf[1 << 21] __attribute__((aligned(64)));
    unsigned char pattern[128], ones[8];
    struct ur_queue_handle_t_ q;
    int cases = 0;

    for (size_t i = 0; i < sizeof pattern; i++)
        pattern[i] = (unsigned char)(0x11 + 13 * i);
    memset(ones, 0xff, sizeof ones);
    REQUIRE_UR(UR_RESULT_SUCCESS, queue_make(&q, 0, false));

    for (int with_2d = 1; with_2d >= 0; with_2d--) {
        nd_native.memset_column_async = with_2d ? nd_memset_column : NULL;
        for (size_t psize = 1; psize <= 128; psize = psize < 20 ? psize + 1 : (psize + 8) / 8 * 8) {
            for (size_t off = 0; off < 8; off++) {
                CHECK(fill_case(&q, buf, 4096, off, pattern, psize, psize));
                CHECK(fill_case(&q, buf, 4096, off, pattern, psize, psize * 3));
                CHECK(fill_case(&q, buf, 4096, off, pattern, psize, psize * (3000 / psize)));
                cases += 3;
            }
        }
        /* Past the seed of the 2D plan: 1 MiB and a bit. */
        CHECK(fill_case(&q, buf, sizeof buf, 8, pattern, 24, 24 * 45000));
        cases++;
    }
    printf("fills: %d cases, every byte checked\n", cases);

    /* The calls each plan takes. */
    nd_native.memset_column_async = nd_memset_column;
    for (size_t w = 1; w <= 4; w *= 2) {
        counts_reset();
        CHECK(fill_case(&q, buf, 8192, 0, pattern, w, 4096));
        CHECK(nd.calls[UPS_MEMSET] == 1 && nd.calls[UPS_MEMSET_COLUMN] == 0);
        CHECK(nd.calls[UPS_MEMCPY] == 0);
    }
    counts_reset(); /* periodic: 8 x 0xff is one byte memset */
    CHECK(fill_case(&q, buf, 8192, 1, ones, 8, 4096));
    CHECK(nd.calls[UPS_MEMSET] == 1 && nd.calls[UPS_MEMCPY] == 0);
    counts_reset(); /* 16-byte pattern over 1 MiB: 4 word columns over 64 KiB, 4 doublings */
    CHECK(fill_case(&q, buf, sizeof buf, 0, pattern, 16, 1 << 20));
    CHECK(nd.calls[UPS_MEMSET_COLUMN] == 4 && nd.calls[UPS_MEMSET] == 0);
    CHECK(nd.calls[UPS_MEMCPY] == 4);
    counts_reset(); /* a 2-byte pattern at an odd address: two byte columns */
    CHECK(fill_case(&q, buf, 8192, 1, pattern, 2, 4096));
    CHECK(nd.calls[UPS_MEMSET_COLUMN] == 2 && nd.calls[UPS_MEMCPY] == 0);
    nd_native.memset_column_async = NULL;
    counts_reset(); /* without 2D: 4 word memsets, then 8 doublings (16 -> 4096) */
    CHECK(fill_case(&q, buf, 8192, 0, pattern, 16, 4096));
    CHECK(nd.calls[UPS_MEMSET] == 4 && nd.calls[UPS_MEMCPY] == 8);
    counts_reset(); /* 6 bytes at a 2-aligned address: 3 half-word memsets, 2 doublings */
    CHECK(fill_case(&q, buf, 8192, 2, pattern, 6, 24));
    CHECK(nd.calls[UPS_MEMSET] == 3 && nd.calls[UPS_MEMCPY] == 2);
    nd_native.memset_column_async = nd_memset_column;

    /* A failing memset is mapped and named. */
    nd.fail_call = UPS_MEMSET_COLUMN;
    nd.fail_nth = 1;
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST,
             ups_enqueue_fill(&q, buf, pattern, 16, 64, NULL, 0, NULL, NULL));
    CHECK(nd.last_fail_call && strcmp(nd.last_fail_call, "ndMemset2DAsync") == 0);
    queue_drop(&q);
}

static ur_event_status_t status_of(ur_event_handle_t ev)
{
    ur_event_status_t st = UR_EVENT_STATUS_FORCE_UINT32;

    CHECK_UR(UR_RESULT_SUCCESS, ups_event_status(ev, &st));
    return st;
}

static void test_status(void)
{
    static unsigned char a[256], b[256];
    struct ur_queue_handle_t_ q, pq;
    struct ur_event_handle_t_ ev, pev;
    struct nd_event *start, *end;
    ur_event_status_t st;

    REQUIRE_UR(UR_RESULT_SUCCESS, queue_make(&q, 0, false));
    REQUIRE_UR(UR_RESULT_SUCCESS, queue_make(&pq, 1, true));
    nd.hold = true;

    /* No start marker: incomplete is SUBMITTED. */
    event_init(&ev, &q);
    CHECK_UR(UR_RESULT_SUCCESS, ups_enqueue_memcpy(&q, a, b, 256, NULL, 0, NULL, &ev));
    CHECK(ev.priv != NULL && ups_event_native(&ev) != NULL);
    CHECK(status_of(&ev) == UR_EVENT_STATUS_SUBMITTED);
    nd_complete(ups_event_native(&ev));
    CHECK(status_of(&ev) == UR_EVENT_STATUS_COMPLETE);
    ups_event_destroy(&ev);

    /* Profiling queue: SUBMITTED until the start marker completes, then RUNNING. */
    event_init(&pev, &pq);
    CHECK_UR(UR_RESULT_SUCCESS, ups_enqueue_memcpy(&pq, a, b, 256, NULL, 0, NULL, &pev));
    start = nd.prev_recorded;
    end = nd.last_recorded;
    CHECK(end == ups_event_native(&pev));
    CHECK(start != NULL && start->timing && end->timing);
    CHECK(status_of(&pev) == UR_EVENT_STATUS_SUBMITTED);
    nd_complete(start);
    CHECK(status_of(&pev) == UR_EVENT_STATUS_RUNNING);
    nd_complete(end);
    CHECK(status_of(&pev) == UR_EVENT_STATUS_COMPLETE);

    /* A failing query is mapped, and *status left alone. */
    st = UR_EVENT_STATUS_QUEUED;
    nd.fail_call = UPS_EVENT_QUERY;
    nd.fail_nth = 1;
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST, ups_event_status(&pev, &st));
    CHECK(st == UR_EVENT_STATUS_QUEUED);
    CHECK(strcmp(nd.last_fail_call, "ndEventQuery") == 0);

    /* Wait: completes the end marker. */
    event_init(&ev, &q);
    CHECK_UR(UR_RESULT_SUCCESS, ups_enqueue_barrier(&q, 0, NULL, &ev));
    CHECK(status_of(&ev) == UR_EVENT_STATUS_SUBMITTED);
    {
        ur_event_handle_t list[2] = {&ev, &pev};
        CHECK_UR(UR_RESULT_SUCCESS, ups_event_wait(2, list));
    }
    CHECK(status_of(&ev) == UR_EVENT_STATUS_COMPLETE);
    nd.fail_call = UPS_EVENT_SYNCHRONIZE;
    nd.fail_nth = 1;
    {
        ur_event_handle_t one = &ev;
        CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST, ups_event_wait(1, &one));
    }
    nd.hold = false;
    ups_event_destroy(&ev);
    ups_event_destroy(&pev);
    CHECK(ev.priv == NULL && pev.priv == NULL);
    queue_drop(&q);
    queue_drop(&pq);
}

static uint64_t prof(ur_event_handle_t ev, ur_profiling_info_t what)
{
    uint64_t ns = 0;

    CHECK_UR(UR_RESULT_SUCCESS, ups_event_profiling(ev, what, &ns));
    return ns;
}

static void test_profiling(void)
{
    static unsigned char a[64], b[64];
    struct ur_queue_handle_t_ q, pq;
    struct ur_event_handle_t_ ev;
    struct nd_event *start, *end;
    uint64_t queued, submit, st, en, co, ns = 0;

    nd.clock_ms = 1000.0;
    REQUIRE_UR(UR_RESULT_SUCCESS, queue_make(&pq, 0, true)); /* the base: device 1000 ms */
    CHECK(devs[0].base_event != NULL);
    CHECK(((struct nd_event *)devs[0].base_event)->timing);

    /* The device runs the command 5 s after the base (long after it was queued): START is the
     * base time + 5 s, END adds the duration, rounded. */
    nd.hold = true;
    event_init(&ev, &pq);
    CHECK_UR(UR_RESULT_SUCCESS, ups_enqueue_memcpy(&pq, a, b, 64, NULL, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE,
             ups_event_profiling(&ev, UR_PROFILING_INFO_COMMAND_END, &ns));
    CHECK_UR(UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE,
             ups_event_profiling(&ev, UR_PROFILING_INFO_COMMAND_START, &ns));
    start = nd.prev_recorded;
    end = nd.last_recorded;
    CHECK(end == ups_event_native(&ev));
    nd.clock_ms = 6000.0;
    nd_complete(start);
    nd.clock_ms = 6000.0 + 0.25;
    nd_complete(end);
    queued = prof(&ev, UR_PROFILING_INFO_COMMAND_QUEUED);
    submit = prof(&ev, UR_PROFILING_INFO_COMMAND_SUBMIT);
    st = prof(&ev, UR_PROFILING_INFO_COMMAND_START);
    en = prof(&ev, UR_PROFILING_INFO_COMMAND_END);
    co = prof(&ev, UR_PROFILING_INFO_COMMAND_COMPLETE);
    CHECK(queued != 0 && queued == submit);
    CHECK(st == devs[0].base_ns + 5000000000ull);
    CHECK(submit <= st && st <= en && en == co);
    CHECK(en - st == ups_ms_to_ns((float)(end->t_ms - start->t_ms)));
    CHECK(en - st > 249000 && en - st < 251000);
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION,
             ups_event_profiling(&ev, UR_PROFILING_INFO_FORCE_UINT32, &ns));
    ups_event_destroy(&ev);

    /* The device clock says it started before it was queued (the base conversion is a float
     * of milliseconds): START is raised to SUBMIT and END keeps the duration. */
    event_init(&ev, &pq);
    CHECK_UR(UR_RESULT_SUCCESS, ups_enqueue_memcpy(&pq, a, b, 64, NULL, 0, NULL, &ev));
    start = nd.prev_recorded;
    end = nd.last_recorded;
    nd.clock_ms = 1000.0; /* = the base */
    nd_complete(start);
    nd.clock_ms = 1000.5;
    nd_complete(end);
    submit = prof(&ev, UR_PROFILING_INFO_COMMAND_SUBMIT);
    st = prof(&ev, UR_PROFILING_INFO_COMMAND_START);
    en = prof(&ev, UR_PROFILING_INFO_COMMAND_END);
    CHECK(st == submit);
    CHECK(en == st + 500000);
    CHECK(prof(&ev, UR_PROFILING_INFO_COMMAND_COMPLETE) == en);

    /* A failing elapsed-time call is mapped. */
    nd.fail_call = UPS_EVENT_ELAPSED;
    nd.fail_nth = 1;
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST,
             ups_event_profiling(&ev, UR_PROFILING_INFO_COMMAND_START, &ns));
    ups_event_destroy(&ev);
    nd.hold = false;

    /* Not a profiling queue: no timestamps. */
    REQUIRE_UR(UR_RESULT_SUCCESS, queue_make(&q, 0, false));
    event_init(&ev, &q);
    CHECK_UR(UR_RESULT_SUCCESS, ups_enqueue_memcpy(&q, a, b, 64, NULL, 0, NULL, &ev));
    CHECK(!((struct nd_event *)ups_event_native(&ev))->timing);
    CHECK_UR(UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE,
             ups_event_profiling(&ev, UR_PROFILING_INFO_COMMAND_QUEUED, &ns));
    ups_event_destroy(&ev);
    queue_drop(&q);
    queue_drop(&pq);
}

static void test_wait_lists(void)
{
    static unsigned char a[64], b[64];
    struct ur_queue_handle_t_ q0, q1;
    struct ur_event_handle_t_ e0, e1, none;
    ur_event_handle_t list[3] = {&e0, &e1, &none};

    REQUIRE_UR(UR_RESULT_SUCCESS, queue_make(&q0, 0, false));
    REQUIRE_UR(UR_RESULT_SUCCESS, queue_make(&q1, 1, false));
    event_init(&e0, &q0);
    event_init(&e1, &q1);
    event_init(&none, &q1); /* an event with no native marker */
    CHECK_UR(UR_RESULT_SUCCESS, ups_enqueue_memcpy(&q0, a, b, 64, NULL, 0, NULL, &e0));
    CHECK_UR(UR_RESULT_SUCCESS, ups_enqueue_memcpy(&q1, b, a, 64, NULL, 0, NULL, &e1));
    counts_reset();
    /* On q0: its own event is already ordered; q1's is waited for on q0's stream. */
    CHECK_UR(UR_RESULT_SUCCESS, ups_enqueue_barrier(&q0, 3, list, NULL));
    CHECK(nd.calls[UPS_STREAM_WAIT_EVENT] == 1);
    counts_reset();
    CHECK_UR(UR_RESULT_SUCCESS, ups_enqueue_fill(&q1, a, b, 4, 64, NULL, 3, list, NULL));
    CHECK(nd.calls[UPS_STREAM_WAIT_EVENT] == 1 && nd.calls[UPS_MEMSET] == 1);
    ups_event_destroy(&e0);
    ups_event_destroy(&e1);
    queue_drop(&q0);
    queue_drop(&q1);
}

/* Every native call of an enqueue with an event, on a profiling queue of device 1, failing in
 * turn while device 0 is current: the mapped code, no event, nothing left, device 0 current. */
static void test_errors(void)
{
    static unsigned char a[64], b[64];
    static const struct {
        ups_call_t call;
        unsigned nth;
    } steps[] = {
        {UPS_EVENT_CREATE, 1}, {UPS_EVENT_CREATE, 2}, {UPS_STREAM_WAIT_EVENT, 1},
        {UPS_EVENT_RECORD, 1}, {UPS_MEMCPY, 1},       {UPS_EVENT_RECORD, 2},
    };
    struct ur_queue_handle_t_ q, other, bad;
    struct ur_event_handle_t_ ev, dep;
    ur_event_handle_t wait = &dep;

    REQUIRE_UR(UR_RESULT_SUCCESS, queue_make(&q, 1, true));
    REQUIRE_UR(UR_RESULT_SUCCESS, queue_make(&other, 1, false));
    event_init(&dep, &other);
    CHECK_UR(UR_RESULT_SUCCESS, ups_enqueue_barrier(&other, 0, NULL, &dep));
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        long events = nd.live_events;

        nd.current = 0;
        event_init(&ev, &q);
        nd.fail_call = steps[i].call;
        nd.fail_nth = steps[i].nth;
        CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST,
                 ups_enqueue_memcpy(&q, a, b, 64, NULL, 1, &wait, &ev));
        CHECK(nd.fail_nth == 0);
        CHECK(ev.priv == NULL);
        CHECK(nd.live_events == events);
        CHECK(nd.current == 0);
        CHECK(strcmp(nd.last_fail_call, nd_native.names[steps[i].call]) == 0);
    }
    ups_event_destroy(&dep);

    /* Queue creation: the stream, and the time base of a device's first profiling queue. */
    nd.fail_call = UPS_STREAM_CREATE;
    nd.fail_nth = 1;
    memset(&bad, 0, sizeof bad);
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST, queue_make(&bad, 0, false));
    CHECK(bad.priv == NULL);
    {
        long streams = nd.live_streams, events = nd.live_events;

        nd.fail_call = UPS_EVENT_SYNCHRONIZE;
        nd.fail_nth = 1;
        CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST, queue_make(&bad, 2, true));
        CHECK(bad.priv == NULL && devs[2].base_event == NULL);
        CHECK(nd.live_streams == streams && nd.live_events == events);
        CHECK_UR(UR_RESULT_SUCCESS, queue_make(&bad, 2, true)); /* then it works */
        CHECK(devs[2].base_event != NULL);
        queue_drop(&bad);
    }
    nd.fail_call = UPS_STREAM_SYNCHRONIZE;
    nd.fail_nth = 1;
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST, ups_queue_finish(&q));
    CHECK_UR(UR_RESULT_SUCCESS, ups_queue_flush(&q));
    nd.current = 0;
    queue_drop(&q);
    queue_drop(&other);
}

static void test_peer(void)
{
    bool already = true;

    nd.current = 0;
    nd.peer_answer = 0;
    CHECK_UR(UR_RESULT_SUCCESS, ups_peer_enable(&dev[1], &dev[0], &already));
    CHECK(!already && nd.peer_calls == 1 && nd.current == 0);
    nd.peer_answer = 704;
    CHECK_UR(UR_RESULT_SUCCESS, ups_peer_enable(&dev[1], &dev[0], &already));
    CHECK(already);
    nd.peer_answer = 705;
    already = false;
    CHECK_UR(UR_RESULT_SUCCESS, ups_peer_disable(&dev[1], &dev[0], &already));
    CHECK(already && !nd.peer_failed);
    /* 705 on enable and 704 on disable are failures. */
    already = true;
    CHECK_UR(UR_RESULT_ERROR_ADAPTER_SPECIFIC, ups_peer_enable(&dev[1], &dev[0], &already));
    CHECK(nd.peer_failed && nd.last_fail == 705);
    nd.peer_failed = false;
    nd.peer_answer = 704;
    CHECK_UR(UR_RESULT_ERROR_ADAPTER_SPECIFIC, ups_peer_disable(&dev[0], &dev[1], &already));
    CHECK(nd.peer_failed && nd.last_fail == 704);
    nd.peer_answer = ND_FAULT;
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST, ups_peer_disable(&dev[0], &dev[1], &already));
    CHECK(nd.current == 0);
}

int main(void)
{
    for (uint32_t i = 0; i < ND_DEVICES; i++) {
        ups_device_init(&devs[i], &nd_native);
        dev[i].index = i;
        dev[i].priv = &devs[i];
    }
    nd.current = 0;

    test_ms_to_ns();
    test_fills();
    test_status();
    test_profiling();
    test_wait_lists();
    test_errors();
    test_peer();

    for (uint32_t i = 0; i < ND_DEVICES; i++)
        ups_device_fini(&dev[i]);
    CHECK(nd.wrong_device == 0);
    CHECK(nd.live_streams == 0);
    CHECK(nd.live_events == 0);
    CHECK(nd.current == 0);
    return test_summary("stream_engine");
}
