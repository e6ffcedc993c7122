/* SPDX-License-Identifier: MIT */
/*
 * Events and queues on the simulated node beyond plain waits: urEventSetCallback on commands that
 * are still running (every state once, in order, with the event and the user data; on the last
 * release; from a callback that calls the API), events and queues made from native handles used
 * across queues (order and data checked), and UR_QUEUE_INFO_EMPTY.
 */
#include "sim_common.h"

#include <stdio.h>
#include <stdlib.h>

#define BIG ((size_t)64 << 20) /* a fill of this keeps a queue busy for milliseconds */

struct seen {
    int order[8]; /* the states, in the order the callbacks ran */
    int n;
    ur_event_handle_t event;
    void *self;
    ur_event_status_t status_inside; /* what urEventGetInfo said from inside the callback */
};

static void on_state(ur_event_handle_t ev, ur_execution_info_t st, void *data)
{
    struct seen *s = data;
    if (s->n < 8)
        s->order[s->n] = (int)st;
    s->n++;
    s->event = ev;
    s->self = data;
    /* The API is usable from a callback (no lock of the library is held). */
    s->status_inside = UR_EVENT_STATUS_FORCE_UINT32;
    urEventGetInfo(ev, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(s->status_inside),
                   &s->status_inside, NULL);
}

static void test_callbacks(ur_context_handle_t ctx, ur_queue_handle_t q, void *big)
{
    const uint32_t pat = 0x5a5a5a5au;

    /* All three states on a command likely still running when they are set: each runs once,
     * in state order, by the time urEventWait returns. */
    for (int round = 0; round < 3; round++) {
        struct seen s = {{0}, 0, NULL, NULL, UR_EVENT_STATUS_ERROR};
        ur_event_handle_t ev = NULL;
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, big, 4, &pat, BIG, 0, NULL, &ev));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEventSetCallback(ev, UR_EXECUTION_INFO_SUBMITTED, on_state, &s));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEventSetCallback(ev, UR_EXECUTION_INFO_RUNNING, on_state, &s));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEventSetCallback(ev, UR_EXECUTION_INFO_COMPLETE, on_state, &s));
        CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
        CHECK(s.n == 3);
        CHECK(s.event == ev && s.self == &s);
        /* In state order whatever the timing: a callback set on a state already reached runs
         * the pending ones of earlier states first. */
        CHECK(s.order[0] == UR_EXECUTION_INFO_SUBMITTED &&
              s.order[1] == UR_EXECUTION_INFO_RUNNING && s.order[2] == UR_EXECUTION_INFO_COMPLETE);
        CHECK(s.status_inside == UR_EVENT_STATUS_COMPLETE);
        /* Waiting again runs nothing again. */
        CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
        CHECK(s.n == 3);
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
        CHECK(s.n == 3);
    }

    /* Pending callbacks run at the last release at the latest: it waits for the command. */
    {
        struct seen s = {{0}, 0, NULL, NULL, UR_EVENT_STATUS_ERROR};
        ur_event_handle_t ev = NULL;
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, big, 4, &pat, BIG, 0, NULL, &ev));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEventSetCallback(ev, UR_EXECUTION_INFO_COMPLETE, on_state, &s));
        CHECK_UR(UR_RESULT_SUCCESS, urEventRetain(ev));
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev)); /* not the last: nothing forced */
        CHECK(s.n <= 1);
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
        CHECK(s.n == 1 && s.order[0] == UR_EXECUTION_INFO_COMPLETE);
    }

    /* Seeing COMPLETE through urEventGetInfo runs the COMPLETE callbacks. */
    {
        struct seen s = {{0}, 0, NULL, NULL, UR_EVENT_STATUS_ERROR};
        ur_event_handle_t ev = NULL;
        ur_event_status_t st = UR_EVENT_STATUS_QUEUED;
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, big, 4, &pat, BIG, 0, NULL, &ev));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEventSetCallback(ev, UR_EXECUTION_INFO_COMPLETE, on_state, &s));
        CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEventGetInfo(ev, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL));
        CHECK(st == UR_EVENT_STATUS_COMPLETE && s.n == 1);
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
        CHECK(s.n == 1);
    }

    /* An event made from native 0 is complete: callbacks run at once. */
    {
        struct seen s = {{0}, 0, NULL, NULL, UR_EVENT_STATUS_ERROR};
        ur_event_handle_t ev = NULL;
        CHECK_UR(UR_RESULT_SUCCESS, urEventCreateWithNativeHandle(0, ctx, NULL, &ev));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEventSetCallback(ev, UR_EXECUTION_INFO_SUBMITTED, on_state, &s));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEventSetCallback(ev, UR_EXECUTION_INFO_COMPLETE, on_state, &s));
        CHECK(s.n == 2 && s.order[0] == UR_EXECUTION_INFO_SUBMITTED &&
              s.order[1] == UR_EXECUTION_INFO_COMPLETE);
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
    }
    printf("callbacks: every state once, in order, by urEventWait / the last release\n");
}

static void test_native_events(ur_context_handle_t ctx, ur_queue_handle_t q0, ur_queue_handle_t q1,
                               unsigned char *big, unsigned char *dst, unsigned char *host)
{
    const uint32_t pat = 0x01020304u;

    /* A command's event given out as a native handle and taken back: a wait list on another
     * queue waits for the command through it. */
    ur_event_handle_t fill_ev = NULL, back = NULL, copy_ev = NULL;
    ur_native_handle_t nat = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q0, big, 4, &pat, BIG, 0, NULL, &fill_ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventGetNativeHandle(fill_ev, &nat));
    CHECK(nat != 0);
    CHECK_UR(UR_RESULT_SUCCESS, urEventCreateWithNativeHandle(nat, ctx, NULL, &back));
    /* The original's release leaves the native event to the new one. */
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(fill_ev));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMMemcpy(q1, false, dst, big + BIG - 4096, 4096, 1, &back, &copy_ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &copy_ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q1, true, host, dst, 4096, 0, NULL, NULL));
    bool ok = true;
    for (size_t i = 0; i < 4096; i++)
        ok &= host[i] == ((const unsigned char *)&pat)[i % 4];
    CHECK(ok);
    ur_queue_handle_t eq = NULL;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetInfo(back, UR_EVENT_INFO_COMMAND_QUEUE, sizeof(eq), &eq, NULL));
    CHECK(eq == q0);
    CHECK(event_status(back) == UR_EVENT_STATUS_COMPLETE);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(copy_ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(back));

    /* Once the native event is gone, its handle is refused. */
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q0));
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE, urEventCreateWithNativeHandle(nat, ctx, NULL, &back));
    printf("native events: a wait list through a native event orders the copy\n");
}

static void test_native_queues(ur_context_handle_t ctx, ur_device_handle_t dev, unsigned char *big,
                               unsigned char *host)
{
    ur_queue_handle_t q = make_queue(ctx, dev, 0), q2 = NULL;
    ur_native_handle_t nat = 0;
    ur_bool_t empty = 0;
    const uint32_t a = 0xaaaaaaaau, b = 0xbbbbbbbbu;

    CHECK_UR(UR_RESULT_SUCCESS, urQueueGetNativeHandle(q, NULL, &nat));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueCreateWithNativeHandle(nat, ctx, dev, NULL, &q2));
    /* One stream: a command on q2 runs after one enqueued on q before it. */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, big, 4, &a, BIG, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q2, big, 4, &b, 4096, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q2));
    CHECK_UR(UR_RESULT_SUCCESS,
             urQueueGetInfo(q, UR_QUEUE_INFO_EMPTY, sizeof(empty), &empty, NULL));
    CHECK(empty == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q2, true, host, big, 8192, 0, NULL, NULL));
    CHECK(memcmp(host, &b, 4) == 0 && memcmp(host + 4092, &b, 4) == 0 &&
          memcmp(host + 4096, &a, 4) == 0 && memcmp(host + 8188, &a, 4) == 0);
    /* The stream lives while one of its queues does. */
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q2, big, 4, &a, 4096, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q2));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q2));
    printf("native queues: two queues on one stream keep one order\n");
}

int main(void)
{
    struct simnode n;
    ur_context_handle_t ctx;

    REQUIRE_UR(UR_RESULT_SUCCESS, sim_open("pair", &n));
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(2, n.dev, NULL, &ctx));
    ur_queue_handle_t q0 = make_queue(ctx, n.dev[0], 0), q1 = make_queue(ctx, n.dev[1], 0);
    unsigned char *big = dev_alloc(ctx, n.dev[0], BIG);
    unsigned char *dst = dev_alloc(ctx, n.dev[1], 4096);
    unsigned char *host = host_alloc(ctx, 8192);

    test_callbacks(ctx, q0, big);
    test_native_events(ctx, q0, q1, big, dst, host);
    test_native_queues(ctx, n.dev[0], big, host);

    urUSMFree(ctx, big);
    urUSMFree(ctx, dst);
    urUSMFree(ctx, host);
    urQueueRelease(q0);
    urQueueRelease(q1);
    urContextRelease(ctx);
    urpeer_object_counts_t c;
    CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&c));
    CHECK(c.events == 0 && c.queues == 0 && c.contexts == 0);
    sim_close(&n);
    return test_summary("sim_events");
}
