/* SPDX-License-Identifier: MIT */
/*
 * HIP adapter on the driver double: copies in every direction with the data checked, copies
 * between devices with and without peer access (the double counts direct and staged bytes),
 * fills of every pattern size at aligned and unaligned addresses (with the driver calls they
 * take), events, wait lists across queues and devices, profiling, and USM free waiting for
 * queued work.
 *
 * Run twice by CTest: with the double executing stream work at once, and with FAKEGPU_ASYNC=1
 * where work runs only when something waits for it, so a missing wait shows as wrong data.
 */
#include "hip_test.h"

static struct hip_test t;
static ur_context_handle_t ctx;
static ur_queue_handle_t q[2];
static bool async_mode;

#define N 65536

static void fill_host(unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(i * 31u + seed);
}

static void test_copies(void)
{
    static unsigned char src[N], dst[N];
    void *d0 = NULL, *d0b = NULL, *d1 = NULL, *h = NULL;

    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, t.dev[0], NULL, NULL, N, &d0));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, t.dev[0], NULL, NULL, N, &d0b));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, t.dev[1], NULL, NULL, N, &d1));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx, NULL, NULL, N, &h));

    fill_host(src, N, 7);
    /* host -> device -> device (same) -> host USM -> host */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], false, d0, src, N, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], false, d0b, d0, N, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], false, h, d0b, N, 0, NULL, NULL));
    memset(dst, 0, N);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], true, dst, h, N, 0, NULL, NULL));
    CHECK(memcmp(dst, src, N) == 0);

    /* device 0 -> device 1 without peer access: staged, same data. */
    unsigned long staged = t.counter("bytes_staged"), direct = t.counter("bytes_direct");
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[1], false, d1, d0, N, 0, NULL, NULL));
    memset(dst, 0, N);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[1], true, dst, d1, N, 0, NULL, NULL));
    CHECK(memcmp(dst, src, N) == 0);
    CHECK(t.counter("bytes_staged") == staged + N);
    CHECK(t.counter("bytes_direct") == direct);

    /* With device 1 allowed to reach device 0's memory: over the link, same data. */
    fill_host(src, N, 99);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], true, d0, src, N, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(t.dev[1], t.dev[0]));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[1], false, d1, d0, N, 0, NULL, NULL));
    memset(dst, 0, N);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[1], true, dst, d1, N, 0, NULL, NULL));
    CHECK(memcmp(dst, src, N) == 0);
    CHECK(t.counter("bytes_direct") == direct + N);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(t.dev[1], t.dev[0]));

    /* Interior pointers and odd sizes. */
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMMemcpy(q[0], true, (char *)d0b + 3, (char *)d0 + 5, 1001, 0, NULL, NULL));
    memset(dst, 0, N);
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMMemcpy(q[0], true, dst, (char *)d0b + 3, 1001, 0, NULL, NULL));
    CHECK(memcmp(dst, src + 5, 1001) == 0);

    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, d0));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, d0b));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, d1));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, h));
}

/* Fill [off, off + size) of a fresh allocation and check it, and that nothing around it
 * changed. Returns false on a mismatch. */
static bool check_fill(void *mem, size_t total, size_t off, const unsigned char *pattern,
                       size_t psize, size_t size)
{
    static unsigned char before[N], after[N];
    bool ok = true;

    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], true, before, mem, total, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMFill(q[0], (char *)mem + off, psize, pattern, size, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], true, after, mem, total, 0, NULL, NULL));
    for (size_t i = 0; i < total && ok; i++) {
        unsigned char expect =
            (i >= off && i < off + size) ? pattern[(i - off) % psize] : before[i];
        if (after[i] != expect) {
            fprintf(stderr,
                    "  fill %zu-byte pattern at +%zu, %zu bytes: byte %zu is %02x, not %02x\n",
                    psize, off, size, i, after[i], expect);
            ok = false;
        }
    }
    return ok;
}

static void test_fills(void)
{
    unsigned char pattern[128];
    void *d = NULL, *h = NULL;

    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, t.dev[0], NULL, NULL, 8192, &d));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx, NULL, NULL, 8192, &h));
    for (size_t i = 0; i < sizeof(pattern); i++)
        pattern[i] = (unsigned char)(0x11 + 13 * i);

    /* Every pattern size, aligned and not, whole multiples of the pattern. */
    for (size_t psize = 1; psize <= 128; psize *= 2) {
        static const size_t offsets[] = {0, 1, 2, 4, 6, 64};
        for (size_t o = 0; o < sizeof(offsets) / sizeof(offsets[0]); o++) {
            size_t off = offsets[o];
            size_t count = (8192 - 64 - 64) / psize;
            CHECK(check_fill(d, 8192, off, pattern, psize, psize * count));
            CHECK(check_fill(d, 8192, off, pattern, psize, psize)); /* one copy */
            CHECK(check_fill(d, 8192, off, pattern, psize, psize * 3));
        }
        CHECK(check_fill(h, 8192, 8, pattern, psize, 4096)); /* host USM */
    }

    /* The driver calls: 1, 2 and 4-byte patterns are one memset each. */
    t.reset_counts();
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q[0], d, 1, pattern, 4096, 0, NULL, NULL));
    CHECK(t.call_count("hipMemsetD8Async") == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q[0], d, 2, pattern, 4096, 0, NULL, NULL));
    CHECK(t.call_count("hipMemsetD16Async") == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q[0], d, 4, pattern, 4096, 0, NULL, NULL));
    CHECK(t.call_count("hipMemsetD32Async") == 1);
    CHECK(t.call_count("hipMemcpyAsync") == 0);
    /* 16 bytes over 4096: four word memsets, then 8 doublings (16 -> 4096). */
    t.reset_counts();
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q[0], d, 16, pattern, 4096, 0, NULL, NULL));
    CHECK(t.call_count("hipMemsetD32Async") == 4);
    CHECK(t.call_count("hipMemcpyAsync") == 8);
    /* A 16-byte pattern that repeats every 4 bytes is one D32 memset. */
    {
        const unsigned char rep[16] = {1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4};
        t.reset_counts();
        CHECK(check_fill(d, 8192, 0, rep, 16, 4096));
        CHECK(t.call_count("hipMemsetD32Async") == 1);
    }
    /* The pattern is read at the call: the caller may reuse its buffer at once. */
    {
        unsigned char tmp[32], out[64];
        memset(tmp, 0x5a, sizeof(tmp));
        tmp[0] = 1;
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q[0], d, 32, tmp, 64, 0, NULL, NULL));
        memset(tmp, 0, sizeof(tmp));
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], true, out, d, 64, 0, NULL, NULL));
        CHECK(out[0] == 1 && out[1] == 0x5a && out[32] == 1 && out[63] == 0x5a);
    }
    CHECK(t.counter("stream_mismatch") == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, d));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, h));
}

static ur_event_status_t status_of(ur_event_handle_t ev)
{
    ur_event_status_t st = UR_EVENT_STATUS_FORCE_UINT32;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetInfo(ev, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL));
    return st;
}

/* Events and wait lists across queues of two devices. */
static void test_events(void)
{
    static unsigned char src[N], dst[N];
    void *a = NULL, *b = NULL, *c = NULL;
    ur_event_handle_t e1 = NULL, e2 = NULL, e3 = NULL;

    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, t.dev[1], NULL, NULL, N, &a));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, t.dev[1], NULL, NULL, N, &b));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, t.dev[0], NULL, NULL, N, &c));
    fill_host(src, N, 3);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[1], true, a, src, N, 0, NULL, NULL));

    /* Queue 1 copies a -> b; queue 0 copies b -> c only after it (the wait list). */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[1], false, b, a, N, 0, NULL, &e1));
    if (async_mode)
        CHECK(status_of(e1) != UR_EVENT_STATUS_COMPLETE); /* the double runs it on this query */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], false, c, b, N, 1, &e1, &e2));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &e2));
    CHECK(status_of(e2) == UR_EVENT_STATUS_COMPLETE);
    CHECK(status_of(e1) == UR_EVENT_STATUS_COMPLETE);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], true, dst, c, N, 0, NULL, NULL));
    CHECK(memcmp(dst, src, N) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e1));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e2));

    /* The same through a barrier of queue 0 on queue 1's event, then urQueueFinish only. */
    fill_host(src, N, 4);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[1], false, a, src, N, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[1], false, b, a, N, 0, NULL, &e1));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueEventsWait(q[0], 1, &e1, &e3));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], false, c, b, N, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q[0]));
    CHECK(status_of(e3) == UR_EVENT_STATUS_COMPLETE);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], true, dst, c, N, 0, NULL, NULL));
    CHECK(memcmp(dst, src, N) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e1));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e3));

    /* A blocking copy with an event: complete when the call returns. */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], true, dst, c, N, 0, NULL, &e1));
    CHECK(status_of(e1) == UR_EVENT_STATUS_COMPLETE);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e1));

    /* A failing event query is mapped (and recorded). */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], false, dst, c, N, 0, NULL, &e1));
    CHECK(t.fail_call("hipEventQuery", 1, 214) == 0);
    {
        ur_event_status_t st;
        CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST,
                 urEventGetInfo(e1, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL));
    }
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &e1));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e1));

    /* urUSMFree waits for queued work that uses the memory. */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[1], false, b, a, N, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], false, c, a, N, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, a));
    CHECK(t.counter("free_with_pending_work") == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, b));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, c));
}

static void test_profiling(void)
{
    const ur_queue_properties_t props = {UR_STRUCTURE_TYPE_QUEUE_PROPERTIES, NULL,
                                         UR_QUEUE_FLAG_PROFILING_ENABLE};
    static unsigned char src[N];
    ur_queue_handle_t pq;
    ur_event_handle_t ev = NULL, plain = NULL;
    uint64_t queued = 0, submit = 0, start = 0, end = 0, complete = 0;
    void *d = NULL;

    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, t.dev[1], &props, &pq));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, t.dev[1], NULL, NULL, N, &d));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(pq, false, d, src, N, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(ev, UR_PROFILING_INFO_COMMAND_QUEUED,
                                                        sizeof(queued), &queued, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(ev, UR_PROFILING_INFO_COMMAND_SUBMIT,
                                                        sizeof(submit), &submit, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(ev, UR_PROFILING_INFO_COMMAND_START,
                                                        sizeof(start), &start, NULL));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetProfilingInfo(ev, UR_PROFILING_INFO_COMMAND_END, sizeof(end), &end, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(ev, UR_PROFILING_INFO_COMMAND_COMPLETE,
                                                        sizeof(complete), &complete, NULL));
    CHECK(queued != 0);
    CHECK(queued <= submit && submit <= start && start <= end && end <= complete);
    CHECK(end - start < 1000000000u);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));

    /* Not a profiling queue. */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[1], true, d, src, N, 0, NULL, &plain));
    CHECK_UR(UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE,
             urEventGetProfilingInfo(plain, UR_PROFILING_INFO_COMMAND_START, sizeof(start), &start,
                                     NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(plain));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, d));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(pq));
}

int main(void)
{
    const char *a = getenv("FAKEGPU_ASYNC");
    async_mode = a != NULL && *a != '\0' && *a != '0';
    /* The end leaves objects behind on purpose: the leak-checking layer reports and frees them. */
    setenv("UR_ENABLE_LAYERS", "UR_LAYER_LEAK_CHECKING", 1);
    hip_test_open(&t);
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(t.ndev, t.dev, NULL, &ctx));
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, t.dev[0], NULL, &q[0]));
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, t.dev[1], NULL, &q[1]));

    test_copies();
    test_fills();
    test_events();
    test_profiling();

    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q[0]));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q[1]));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    CHECK(t.counter("stream_mismatch") == 0);
    CHECK(t.counter("free_with_pending_work") == 0);
    CHECK(t.counter("live_allocations") == 0);
    CHECK(t.counter("live_streams") == 0);

    /* What the application leaves behind, with work still queued, goes at teardown: memory
     * through usm_free (after waiting), peer access it turned on. */
    {
        static unsigned char src[N];
        ur_context_handle_t lctx;
        ur_queue_handle_t lq;
        ur_event_handle_t lev;
        void *ld = NULL;
        REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(t.ndev, t.dev, NULL, &lctx));
        REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(lctx, t.dev[1], NULL, &lq));
        REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(lctx, t.dev[1], NULL, NULL, N, &ld));
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(lq, false, ld, src, N, 0, NULL, &lev));
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(t.dev[1], t.dev[0]));
    }
    hip_test_close(&t);
    CHECK(t.counter("live_allocations") == 0);
    CHECK(t.counter("free_with_pending_work") == 0);
    CHECK(t.peer_enabled(1, 0) == 0);
    /* Streams and events of what the application did not release, and the base events. */
    CHECK(t.counter("live_streams") == 0);
    CHECK(t.counter("live_events") == 0);
    return test_summary("hip_enqueue");
}
