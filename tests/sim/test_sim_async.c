/* SPDX-License-Identifier: MIT */
/* Asynchronous queues of the simulated node: non-blocking enqueues return before the work is
 * done, wait lists across queues and contexts, barriers, profiling timestamps, frees that wait,
 * and concurrent use from several threads. */
#include "sim_common.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define GATE_SIZE ((size_t)256 << 20)

static struct simnode n;

/* A command waiting on an event of another queue (and context) does not complete before it. */
static void check_gate(void)
{
    ur_context_handle_t ctx_a, ctx_b;
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(1, &n.dev[0], NULL, &ctx_a));
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(1, &n.dev[1], NULL, &ctx_b));
    ur_queue_handle_t qa = make_queue(ctx_a, n.dev[0], 0);
    ur_queue_handle_t qb = make_queue(ctx_b, n.dev[1], UR_QUEUE_FLAG_OUT_OF_ORDER_EXEC_MODE_ENABLE);
    unsigned char *big = dev_alloc(ctx_a, n.dev[0], GATE_SIZE);
    unsigned char *small = dev_alloc(ctx_b, n.dev[1], 4096);
    unsigned char host[4096];
    const uint32_t value = 0x5A5A5A5A, value2 = 0x01020304;
    ur_event_handle_t gate = NULL, after = NULL, fill2 = NULL;
    int seen_pending = 0;

    /* Several rounds: each checks the ordering whatever the timing. */
    for (int round = 0; round < 3; round++) {
        uint64_t t0 = now_ns();
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueUSMFill(qa, big, sizeof(value), &value, GATE_SIZE, 0, NULL, &gate));
        uint64_t t1 = now_ns();
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueUSMFill(qb, small, sizeof(value2), &value2, 4096, 1, &gate, &after));
        ur_event_status_t s_after = event_status(after);
        ur_event_status_t s_gate = event_status(gate);
        /* Whatever the timing: if the gate was not complete after we looked at the waiter, the
         * waiter cannot have been complete. */
        if (s_gate != UR_EVENT_STATUS_COMPLETE) {
            CHECK(s_after != UR_EVENT_STATUS_COMPLETE);
            seen_pending++;
        }
        CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &after));
        CHECK(event_status(gate) == UR_EVENT_STATUS_COMPLETE);
        CHECK(event_status(after) == UR_EVENT_STATUS_COMPLETE);
        CHECK(((uint32_t *)big)[GATE_SIZE / 4 - 1] == value);
        printf("round %d: 256 MiB fill enqueued in %.3f ms (%s at the check)\n", round,
               (double)(t1 - t0) / 1e6,
               s_gate == UR_EVENT_STATUS_COMPLETE ? "already complete" : "still running");
        urEventRelease(gate);
        urEventRelease(after);
    }
    /* Enqueueing 256 MiB of work returned before it was done at least once. */
    CHECK(seen_pending > 0);

    /* Releasing the ur events before the work ran is fine: the driver keeps its own. */
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMFill(qa, big, sizeof(value2), &value2, GATE_SIZE, 0, NULL, &fill2));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMMemcpy(qb, false, host, big + GATE_SIZE - 4096, 4096, 1, &fill2, &after));
    urEventRelease(fill2);
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &after));
    CHECK(((uint32_t *)host)[1023] == value2);
    urEventRelease(after);

    /* A wait without a list completes after everything before it. */
    ur_event_handle_t bar = NULL;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMFill(qa, big, sizeof(value), &value, GATE_SIZE, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueEventsWait(qa, 0, NULL, &bar));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &bar));
    CHECK(((uint32_t *)big)[GATE_SIZE / 4 - 1] == value);
    urEventRelease(bar);

    /* A wait with a list on another queue completes after the listed event. */
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMFill(qa, big, sizeof(value2), &value2, GATE_SIZE, 0, NULL, &gate));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueEventsWait(qb, 1, &gate, &bar));
    ur_event_status_t s_bar = event_status(bar);
    if (event_status(gate) != UR_EVENT_STATUS_COMPLETE)
        CHECK(s_bar != UR_EVENT_STATUS_COMPLETE);
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &bar));
    CHECK(event_status(gate) == UR_EVENT_STATUS_COMPLETE);
    urEventRelease(gate);
    urEventRelease(bar);

    /* Freeing waits for work enqueued on the memory (run under ASan/TSan this catches misuse). */
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMFill(qa, big, sizeof(value), &value, GATE_SIZE, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx_a, big));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx_b, small));

    CHECK_UR(UR_RESULT_SUCCESS, urQueueFlush(qa));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(qa));
    urQueueRelease(qa);
    urQueueRelease(qb);
    urContextRelease(ctx_a);
    urContextRelease(ctx_b);
}

static uint64_t prof(ur_event_handle_t ev, ur_profiling_info_t what)
{
    uint64_t v = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(ev, what, sizeof(v), &v, NULL));
    return v;
}

static void check_profiling(void)
{
    ur_context_handle_t ctx;
    const size_t size = 16u << 20;
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(2, n.dev, NULL, &ctx));
    ur_queue_handle_t q = make_queue(ctx, n.dev[0], UR_QUEUE_FLAG_PROFILING_ENABLE);
    ur_queue_handle_t plain = make_queue(ctx, n.dev[0], 0);
    void *d0 = dev_alloc(ctx, n.dev[0], size), *d1 = dev_alloc(ctx, n.dev[1], size);
    ur_event_handle_t ev[4] = {NULL}, plain_ev = NULL;
    const uint64_t pat = 0x1122334455667788ull;

    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, d0, sizeof(pat), &pat, size, 0, NULL, &ev[0]));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, false, d1, d0, size, 0, NULL, &ev[1]));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueEventsWait(q, 0, NULL, &ev[2]));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, d0, d1, size, 0, NULL, &ev[3]));
    uint64_t last_end = 0;
    for (int i = 0; i < 4; i++) {
        uint64_t qd = prof(ev[i], UR_PROFILING_INFO_COMMAND_QUEUED);
        uint64_t sb = prof(ev[i], UR_PROFILING_INFO_COMMAND_SUBMIT);
        uint64_t st = prof(ev[i], UR_PROFILING_INFO_COMMAND_START);
        uint64_t en = prof(ev[i], UR_PROFILING_INFO_COMMAND_END);
        uint64_t co = prof(ev[i], UR_PROFILING_INFO_COMMAND_COMPLETE);
        CHECK(qd > 0 && qd <= sb && sb <= st && st <= en && en <= co);
        CHECK(st >= last_end); /* in order */
        last_end = en;
        printf("command %d: queued->start %.3f ms, start->end %.3f ms\n", i,
               (double)(st - qd) / 1e6, (double)(en - st) / 1e6);
    }
    /* A 16 MiB fill takes some time. */
    CHECK(prof(ev[0], UR_PROFILING_INFO_COMMAND_END) >
          prof(ev[0], UR_PROFILING_INFO_COMMAND_START));

    /* Not a profiling queue: no timestamps. */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueEventsWait(plain, 0, NULL, &plain_ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &plain_ev));
    uint64_t v = 0;
    CHECK_UR(
        UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE,
        urEventGetProfilingInfo(plain_ev, UR_PROFILING_INFO_COMMAND_START, sizeof(v), &v, NULL));
    urEventRelease(plain_ev);
    for (int i = 0; i < 4; i++)
        urEventRelease(ev[i]);
    urUSMFree(ctx, d0);
    urUSMFree(ctx, d1);
    urQueueRelease(q);
    urQueueRelease(plain);
    urContextRelease(ctx);
}

/* Several threads: each its own queue, copies between devices while others enable/disable.
 * The harness's counters are not thread-safe: workers count their own failures. */
struct worker_arg {
    ur_context_handle_t ctx;
    uint32_t id;
    int failures;
};

#define W_EXPECT(a, cond)                                                                          \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "worker %u: %s failed at line %d\n", (a)->id, #cond, __LINE__);        \
            (a)->failures++;                                                                       \
        }                                                                                          \
    } while (0)
#define W_OK(a, call) W_EXPECT(a, (call) == UR_RESULT_SUCCESS)

static void *copy_worker(void *p)
{
    struct worker_arg *a = p;
    const size_t size = 1u << 20;
    uint32_t me = a->id % n.ndev, other = (a->id + 1) % n.ndev;
    ur_queue_handle_t q = NULL;
    unsigned char *src = NULL, *dst = NULL;
    unsigned char *check = malloc(size);

    W_OK(a, urQueueCreate(a->ctx, n.dev[me], NULL, &q));
    W_OK(a, urUSMDeviceAlloc(a->ctx, n.dev[me], NULL, NULL, size, (void **)&src));
    W_OK(a, urUSMDeviceAlloc(a->ctx, n.dev[other], NULL, NULL, size, (void **)&dst));
    if (a->failures) {
        free(check);
        return NULL;
    }
    for (int i = 0; i < 20; i++) {
        uint8_t byte = (uint8_t)(a->id * 16 + (uint32_t)i);
        W_OK(a, urEnqueueUSMFill(q, src, 1, &byte, size, 0, NULL, NULL));
        W_OK(a, urUsmP2PEnablePeerAccessExp(n.dev[me], n.dev[other]));
        W_OK(a, urEnqueueUSMMemcpy(q, false, dst, src, size, 0, NULL, NULL));
        W_OK(a, urEnqueueUSMMemcpy(q, true, check, dst, size, 0, NULL, NULL));
        W_EXPECT(a, check[0] == byte && check[size - 1] == byte);
        W_OK(a, urUsmP2PDisablePeerAccessExp(n.dev[me], n.dev[other]));
    }
    free(check);
    W_OK(a, urUSMFree(a->ctx, src));
    W_OK(a, urUSMFree(a->ctx, dst));
    W_OK(a, urQueueRelease(q));
    return NULL;
}

static void check_threads(void)
{
    enum { NT = 4 };
    pthread_t t[NT];
    struct worker_arg args[NT];
    ur_context_handle_t ctx;

    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(n.ndev, n.dev, NULL, &ctx));
    for (uint32_t i = 0; i < NT; i++) {
        args[i].ctx = ctx;
        args[i].id = i;
        args[i].failures = 0;
        pthread_create(&t[i], NULL, copy_worker, &args[i]);
    }
    for (uint32_t i = 0; i < NT; i++) {
        pthread_join(t[i], NULL);
        CHECK(args[i].failures == 0);
    }
    urpeer_sim_stats_t st = sim_stats(&n);
    printf("threads: %llu bytes direct, %llu staged, %llu enables\n",
           (unsigned long long)st.bytesDirect, (unsigned long long)st.bytesStaged,
           (unsigned long long)st.peerEnableCalls);
    CHECK(st.peerEnableCalls == st.peerDisableCalls);
    CHECK(st.liveAllocations == 0);
    urContextRelease(ctx);
}

int main(void)
{
    REQUIRE_UR(UR_RESULT_SUCCESS, sim_open("nvswitch8", &n));
    check_gate();
    check_profiling();
    CHECK_UR(UR_RESULT_SUCCESS, urpeerSimResetStats(n.adapter));
    check_threads();
    sim_close(&n);
    return test_summary("sim_async");
}
