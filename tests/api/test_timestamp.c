/* SPDX-License-Identifier: MIT */
/*
 * urEnqueueTimestampRecordingExp on the adapter chosen by URPEER_TEST_ADAPTER (simulated node by
 * default, preset from argv[1]): where a device reports UR_DEVICE_INFO_TIMESTAMP_RECORDING_
 * SUPPORT_EXP, a recorded timestamp has its profiling times on a queue without profiling
 * (QUEUED = SUBMIT > 0, START = END = COMPLETE >= SUBMIT), blocking and not, after a wait list,
 * in the queue's order; other commands of that queue still have none. Where it does not, the call
 * answers UNSUPPORTED_FEATURE and creates nothing.
 */
#include "api_env.h"

static struct test_env env;

struct stamp {
    uint64_t queued, submit, start, end, complete;
};

static bool times_of(ur_event_handle_t e, struct stamp *t)
{
    const ur_profiling_info_t what[] = {
        UR_PROFILING_INFO_COMMAND_QUEUED, UR_PROFILING_INFO_COMMAND_SUBMIT,
        UR_PROFILING_INFO_COMMAND_START, UR_PROFILING_INFO_COMMAND_END,
        UR_PROFILING_INFO_COMMAND_COMPLETE};
    uint64_t *out[] = {&t->queued, &t->submit, &t->start, &t->end, &t->complete};
    bool ok = true;

    for (size_t i = 0; i < sizeof(what) / sizeof(what[0]); i++) {
        *out[i] = 0;
        ur_result_t r = urEventGetProfilingInfo(e, what[i], sizeof(uint64_t), out[i], NULL);
        CHECK_UR(UR_RESULT_SUCCESS, r);
        ok = ok && r == UR_RESULT_SUCCESS;
    }
    return ok;
}

static bool status_is_complete(ur_event_handle_t e)
{
    ur_event_status_t st = UR_EVENT_STATUS_QUEUED;
    return urEventGetInfo(e, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL) ==
               UR_RESULT_SUCCESS &&
           st == UR_EVENT_STATUS_COMPLETE;
}

/* The rules every recorded timestamp keeps. */
static void check_stamp(const struct stamp *t)
{
    CHECK(t->queued > 0 && t->submit > 0 && t->start > 0 && t->end > 0);
    CHECK(t->queued == t->submit);
    CHECK(t->start == t->end);
    CHECK(t->complete == t->end);
    CHECK(t->end >= t->submit);
}

static void test_device(ur_context_handle_t ctx, ur_device_handle_t dev)
{
    ur_bool_t records = false;
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(dev, UR_DEVICE_INFO_TIMESTAMP_RECORDING_SUPPORT_EXP,
                                                sizeof(records), &records, NULL));
    ur_queue_handle_t q = NULL, q2 = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, dev, NULL, &q));
    ur_event_handle_t ts = NULL;
    if (!records) {
        urpeer_object_counts_t before, after;
        CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&before));
        CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE,
                 urEnqueueTimestampRecordingExp(q, false, 0, NULL, &ts));
        CHECK(ts == NULL);
        CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&after));
        CHECK(before.events == after.events);
        printf("  %s: timestamp recording not supported (UNSUPPORTED_FEATURE, nothing made)\n",
               env.adapter_name);
        CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
        return;
    }

    /* Non-blocking, then finish: the times exist on a queue created without profiling. */
    struct stamp t1, t2, t3;
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueTimestampRecordingExp(q, false, 0, NULL, &ts));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q));
    if (times_of(ts, &t1))
        check_stamp(&t1);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ts));

    /* Other commands of that queue still have no times. */
    void *mem = NULL;
    ur_event_handle_t fill = NULL;
    uint64_t ns = 0;
    const uint32_t pattern = 0x5a5a5a5a;
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, dev, NULL, NULL, 1 << 20, &mem));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMFill(q, mem, sizeof(pattern), &pattern, 1 << 20, 0, NULL, &fill));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &fill));
    CHECK_UR(UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE,
             urEventGetProfilingInfo(fill, UR_PROFILING_INFO_COMMAND_END, sizeof(ns), &ns, NULL));

    /* Blocking, after a fill on another queue (the wait list): complete on return, and, on the
     * simulated node whose queues share one clock, not before the fill ended. */
    ur_queue_properties_t props = {UR_STRUCTURE_TYPE_QUEUE_PROPERTIES, NULL,
                                   UR_QUEUE_FLAG_PROFILING_ENABLE};
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, dev, &props, &q2));
    ur_event_handle_t fill2 = NULL;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMFill(q2, mem, sizeof(pattern), &pattern, 1 << 20, 0, NULL, &fill2));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueTimestampRecordingExp(q, true, 1, &fill2, &ts));
    ur_event_status_t st = UR_EVENT_STATUS_QUEUED;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetInfo(ts, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL));
    CHECK(st == UR_EVENT_STATUS_COMPLETE);
    CHECK(status_is_complete(fill2));
    uint64_t fill_end = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(fill2, UR_PROFILING_INFO_COMMAND_END,
                                                        sizeof(fill_end), &fill_end, NULL));
    if (times_of(ts, &t2)) {
        check_stamp(&t2);
        if (env.is_sim)
            CHECK(t2.end >= fill_end);
    }
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ts));

    /* In the queue's order on a profiling queue: stamp, fill, stamp. */
    ur_event_handle_t a = NULL, b = NULL, f = NULL;
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueTimestampRecordingExp(q2, false, 0, NULL, &a));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMFill(q2, mem, sizeof(pattern), &pattern, 1 << 20, 0, NULL, &f));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueTimestampRecordingExp(q2, false, 0, NULL, &b));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &b));
    uint64_t f_start = 0, f_end = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(f, UR_PROFILING_INFO_COMMAND_START,
                                                        sizeof(f_start), &f_start, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(f, UR_PROFILING_INFO_COMMAND_END,
                                                        sizeof(f_end), &f_end, NULL));
    if (times_of(a, &t1) && times_of(b, &t3)) {
        check_stamp(&t1);
        check_stamp(&t3);
        CHECK(t1.end <= t3.end);
        if (env.is_sim)
            CHECK(t1.end <= f_start && f_end <= t3.end);
    }
    ur_command_t cmd = UR_COMMAND_FORCE_UINT32;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetInfo(a, UR_EVENT_INFO_COMMAND_TYPE, sizeof(cmd), &cmd, NULL));
    CHECK(cmd == UR_COMMAND_TIMESTAMP_RECORDING_EXP);
    printf("  %s: stamps %llu, fill %llu..%llu, stamp %llu (ns)\n", env.adapter_name,
           (unsigned long long)t1.end, (unsigned long long)f_start, (unsigned long long)f_end,
           (unsigned long long)t3.end);

    ur_event_handle_t all[] = {fill, fill2, a, b, f};
    for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++)
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(all[i]));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, mem));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q2));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
}

int main(int argc, char **argv)
{
    test_env_open(&env, argc, argv, "pair");
    ur_context_handle_t ctx = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(env.ndev, env.dev, NULL, &ctx));
    for (uint32_t i = 0; i < env.ndev && i < 4; i++)
        test_device(ctx, env.dev[i]);
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    urpeer_object_counts_t c;
    CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&c));
    CHECK(c.contexts == 0 && c.queues == 0 && c.events == 0 && c.usmAllocations == 0);
    test_env_close(&env);
    return test_summary("timestamp");
}
