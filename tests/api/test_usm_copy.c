/* SPDX-License-Identifier: MIT */
/*
 * USM allocations, copies and fills between host and devices and between devices, with and
 * without peer access, data verified; events, wait lists, blocking, profiling; on the adapter
 * chosen by URPEER_TEST_ADAPTER (simulated node by default, preset from argv[1]).
 */
#include "api_env.h"

#include <stdint.h>

#define BUF (256 * 1024 + 64) /* not a multiple of any chunk size */

static struct test_env env;
static ur_context_handle_t ctx;
static ur_queue_handle_t q[TEST_MAX_DEVICES];
static void *dmem[TEST_MAX_DEVICES];
static uint8_t *host;  /* USM host allocation */
static uint8_t *plain; /* plain malloc memory */

static void fill_host_pattern(uint8_t *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (uint8_t)(i * 131u + seed * 7u + (i >> 9));
}

static bool check_host_pattern(const uint8_t *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != (uint8_t)(i * 131u + seed * 7u + (i >> 9))) {
            fprintf(stderr, "  byte %zu differs\n", i);
            return false;
        }
    return true;
}

static void setup(void)
{
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(env.ndev, env.dev, NULL, &ctx));
    ur_queue_properties_t props = {UR_STRUCTURE_TYPE_QUEUE_PROPERTIES, NULL,
                                   UR_QUEUE_FLAG_PROFILING_ENABLE};
    for (uint32_t i = 0; i < env.ndev; i++) {
        REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, env.dev[i], &props, &q[i]));
        REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[i], NULL, NULL, BUF, &dmem[i]));
    }
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx, NULL, NULL, BUF, (void **)&host));
    plain = malloc(BUF);
    REQUIRE_UR(UR_RESULT_SUCCESS, plain ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_OUT_OF_HOST_MEMORY);
}

static void teardown(void)
{
    for (uint32_t i = 0; i < env.ndev; i++) {
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, dmem[i]));
        CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q[i]));
    }
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, host));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    free(plain);
    urpeer_object_counts_t c;
    CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&c));
    CHECK(c.contexts == 0 && c.queues == 0 && c.events == 0 && c.usmAllocations == 0);
}

static void test_alloc_info(void)
{
    for (uint32_t i = 0; i < env.ndev; i++) {
        ur_usm_type_t t = UR_USM_TYPE_UNKNOWN;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urUSMGetMemAllocInfo(ctx, dmem[i], UR_USM_ALLOC_INFO_TYPE, sizeof(t), &t, NULL));
        CHECK(t == UR_USM_TYPE_DEVICE);
        ur_device_handle_t d = NULL;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urUSMGetMemAllocInfo(ctx, dmem[i], UR_USM_ALLOC_INFO_DEVICE, sizeof(d), &d, NULL));
        CHECK(d == env.dev[i]);
        /* an interior pointer finds its allocation */
        void *base = NULL;
        size_t size = 0;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urUSMGetMemAllocInfo(ctx, (char *)dmem[i] + 100, UR_USM_ALLOC_INFO_BASE_PTR,
                                      sizeof(base), &base, NULL));
        CHECK(base == dmem[i]);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urUSMGetMemAllocInfo(ctx, (char *)dmem[i] + 100, UR_USM_ALLOC_INFO_SIZE,
                                      sizeof(size), &size, NULL));
        CHECK(size >= BUF);
    }
    ur_usm_type_t t = UR_USM_TYPE_UNKNOWN;
    CHECK_UR(UR_RESULT_SUCCESS,
             urUSMGetMemAllocInfo(ctx, host, UR_USM_ALLOC_INFO_TYPE, sizeof(t), &t, NULL));
    CHECK(t == UR_USM_TYPE_HOST);
    /* memory nobody allocated through the API is type UNKNOWN, not an error */
    t = UR_USM_TYPE_HOST;
    CHECK_UR(UR_RESULT_SUCCESS,
             urUSMGetMemAllocInfo(ctx, plain, UR_USM_ALLOC_INFO_TYPE, sizeof(t), &t, NULL));
    CHECK(t == UR_USM_TYPE_UNKNOWN);
}

static void test_host_device(void)
{
    for (uint32_t i = 0; i < env.ndev; i++) {
        urpeer_sim_stats_t s0 = sim_stats(&env);
        fill_host_pattern(plain, BUF, i);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueUSMMemcpy(q[i], true, dmem[i], plain, BUF, 0, NULL, NULL));
        memset(host, 0, BUF);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueUSMMemcpy(q[i], true, host, dmem[i], BUF, 0, NULL, NULL));
        CHECK(check_host_pattern(host, BUF, i));
        urpeer_sim_stats_t s1 = sim_stats(&env);
        if (env.is_sim)
            CHECK(s1.bytesLocal - s0.bytesLocal == 2u * BUF);
    }
}

/* Copy from memory on `from` into memory on `to`, on to's queue, and check the data and path. */
static void copy_between(uint32_t to, uint32_t from, bool enabled, unsigned seed)
{
    fill_host_pattern(plain, BUF, seed);
    REQUIRE_UR(UR_RESULT_SUCCESS,
               urEnqueueUSMMemcpy(q[from], true, dmem[from], plain, BUF, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q[to], dmem[to], 1, "\0", BUF, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q[to]));
    urpeer_sim_stats_t s0 = sim_stats(&env);
    /* peer to local */
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMMemcpy(q[to], true, dmem[to], dmem[from], BUF, 0, NULL, NULL));
    urpeer_sim_stats_t s1 = sim_stats(&env);
    memset(host, 0, BUF);
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMMemcpy(q[to], true, host, dmem[to], BUF, 0, NULL, NULL));
    CHECK(check_host_pattern(host, BUF, seed));
    if (env.is_sim) {
        CHECK(s1.bytesDirect - s0.bytesDirect == (enabled ? BUF : 0u));
        CHECK(s1.bytesStaged - s0.bytesStaged == (enabled ? 0u : BUF));
    }
    /* local to peer, on the same queue: writes into the peer's memory */
    fill_host_pattern(plain, BUF, seed + 1);
    REQUIRE_UR(UR_RESULT_SUCCESS,
               urEnqueueUSMMemcpy(q[to], true, dmem[to], plain, BUF, 0, NULL, NULL));
    s0 = sim_stats(&env);
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMMemcpy(q[to], true, dmem[from], dmem[to], BUF, 0, NULL, NULL));
    s1 = sim_stats(&env);
    memset(host, 0, BUF);
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMMemcpy(q[from], true, host, dmem[from], BUF, 0, NULL, NULL));
    CHECK(check_host_pattern(host, BUF, seed + 1));
    if (env.is_sim)
        CHECK(s1.bytesDirect - s0.bytesDirect == (enabled ? BUF : 0u));
}

static void test_device_device(void)
{
    unsigned seed = 10;
    for (uint32_t to = 0; to < env.ndev && to < 4; to++) {
        for (uint32_t from = 0; from < env.ndev && from < 4; from++) {
            if (to == from)
                continue;
            copy_between(to, from, false, seed++);
            int access =
                peer_info(env.dev[to], env.dev[from], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT);
            if (access != 1)
                continue;
            REQUIRE_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[to], env.dev[from]));
            copy_between(to, from, true, seed++);
            REQUIRE_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[to], env.dev[from]));
            copy_between(to, from, false, seed++);
        }
    }
    /* Within one device. */
    urpeer_sim_stats_t s0 = sim_stats(&env);
    fill_host_pattern(plain, BUF / 2, 99);
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMMemcpy(q[0], true, dmem[0], plain, BUF / 2, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], true, (char *)dmem[0] + BUF / 2, dmem[0],
                                                   BUF / 2, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], true, host, (char *)dmem[0] + BUF / 2,
                                                   BUF / 2, 0, NULL, NULL));
    CHECK(check_host_pattern(host, BUF / 2, 99));
    urpeer_sim_stats_t s1 = sim_stats(&env);
    CHECK(s1.bytesDirect == s0.bytesDirect && s1.bytesStaged == s0.bytesStaged);
}

static void test_fill_patterns(void)
{
    /* Every power of two up to 128, and sizes that are none (any size that divides the fill's
     * is valid): odd, a vector of three floats, larger than any engine's fill pattern. */
    static const size_t psizes[] = {1, 2, 4, 8, 16, 32, 64, 128, 3, 5, 7, 12, 24, 100, 256, 1000};
    for (size_t pi = 0; pi < sizeof(psizes) / sizeof(psizes[0]); pi++) {
        const size_t ps = psizes[pi];
        uint8_t pattern[1000];
        for (size_t i = 0; i < ps; i++)
            pattern[i] = (uint8_t)(0xA0 + ps + i * 3 + i / 85);
        size_t size = (BUF / ps) * ps;
        size_t offset = ps; /* an offset that is a multiple of the pattern */
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q[0], dmem[0], 1, "\x11", BUF, 0, NULL, NULL));
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q[0], (char *)dmem[0] + offset, ps, pattern,
                                                     size - offset, 0, NULL, NULL));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueUSMMemcpy(q[0], true, host, dmem[0], BUF, 0, NULL, NULL));
        bool ok = true;
        for (size_t i = 0; i < offset; i++)
            ok &= host[i] == 0x11;
        for (size_t i = offset; i < size; i++)
            ok &= host[i] == pattern[(i - offset) % ps];
        for (size_t i = size; i < BUF; i++)
            ok &= host[i] == 0x11;
        if (!ok)
            fprintf(stderr, "  fill with pattern size %zu wrong\n", ps);
        CHECK(ok);
    }
    /* fill of host USM memory too */
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMFill(q[0], host, 4, "\x01\x02\x03\x04", 4096, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q[0]));
    CHECK(host[0] == 1 && host[1] == 2 && host[4095] == 4);
}

static ur_event_status_t status_of(ur_event_handle_t e)
{
    ur_event_status_t st = UR_EVENT_STATUS_ERROR;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetInfo(e, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL));
    return st;
}

static void test_events(void)
{
    ur_event_handle_t e1 = NULL, e2 = NULL, e3 = NULL;
    /* blocking copy with an event: the event is already complete */
    fill_host_pattern(plain, BUF, 5);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], true, dmem[0], plain, BUF, 0, NULL, &e1));
    CHECK(status_of(e1) == UR_EVENT_STATUS_COMPLETE);
    ur_command_t cmd = UR_COMMAND_FORCE_UINT32;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetInfo(e1, UR_EVENT_INFO_COMMAND_TYPE, sizeof(cmd), &cmd, NULL));
    CHECK(cmd == UR_COMMAND_USM_MEMCPY);
    ur_queue_handle_t eq = NULL;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetInfo(e1, UR_EVENT_INFO_COMMAND_QUEUE, sizeof(eq), &eq, NULL));
    CHECK(eq == q[0]);

    /* non-blocking chain across queues: fill on device 0, copy to the last device after it */
    uint32_t last = env.ndev - 1;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMFill(q[0], dmem[0], 8, "ABCDEFGH", BUF - BUF % 8, 1, &e1, &e2));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMMemcpy(q[last], false, dmem[last], dmem[0], BUF - BUF % 8, 1, &e2, &e3));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &e3));
    CHECK(status_of(e2) == UR_EVENT_STATUS_COMPLETE);
    CHECK(status_of(e3) == UR_EVENT_STATUS_COMPLETE);
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMMemcpy(q[last], true, host, dmem[last], 64, 0, NULL, NULL));
    CHECK(memcmp(host, "ABCDEFGHABCDEFGH", 16) == 0);

    /* profiling: START <= END, and the queue's order is kept */
    uint64_t start = 0, end = 0, start3 = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(e2, UR_PROFILING_INFO_COMMAND_START,
                                                        sizeof(start), &start, NULL));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetProfilingInfo(e2, UR_PROFILING_INFO_COMMAND_END, sizeof(end), &end, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(e3, UR_PROFILING_INFO_COMMAND_START,
                                                        sizeof(start3), &start3, NULL));
    CHECK(start <= end);
    if (env.is_sim)
        CHECK(end <= start3); /* e3 waited for e2; the simulated node's clock is shared */
    size_t sz = 0;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetProfilingInfo(e2, UR_PROFILING_INFO_COMMAND_END, 0, NULL, &sz));
    CHECK(sz == sizeof(uint64_t));

    /* barrier with and without a wait list */
    ur_event_handle_t b1 = NULL, b2 = NULL;
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueEventsWait(q[0], 1, &e3, &b1));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueEventsWait(q[0], 0, NULL, &b2));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &b2));
    CHECK(status_of(b1) == UR_EVENT_STATUS_COMPLETE);

    /* reference counts: retain/release, an event keeps working after its queue's release */
    uint32_t rc = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urEventRetain(e1));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetInfo(e1, UR_EVENT_INFO_REFERENCE_COUNT, sizeof(rc), &rc, NULL));
    CHECK(rc == 2);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e1));
    ur_event_handle_t all[] = {e1, e2, e3, b1, b2};
    for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++)
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(all[i]));
}

/* Non-blocking copies really are asynchronous: a command waiting on an incomplete event does not
 * run until it completes (the simulated node holds a command back with a gate event). */
static void test_async(void)
{
    ur_event_handle_t done = NULL;
    fill_host_pattern(plain, BUF, 42);
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMMemcpy(q[0], false, dmem[0], plain, BUF, 0, NULL, &done));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFlush(q[0]));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q[0]));
    CHECK(status_of(done) == UR_EVENT_STATUS_COMPLETE);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(done));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], true, host, dmem[0], BUF, 0, NULL, NULL));
    CHECK(check_host_pattern(host, BUF, 42));
}

/* 2D copies and fills: rows at a pitch, the bytes between rows untouched, a fill's pattern running
 * on from one row into the next. */
static void test_2d(void)
{
    static const struct {
        size_t pitch, width, height, psize;
    } cases[] = {{1, 1, 1, 1},         {64, 64, 8, 4},    {100, 37, 9, 1},
                 {1024, 256, 35, 128}, {234, 233, 24, 3}, {96, 40, 10, 16},
                 {512, 24, 20, 48},    {64, 16, 16, 256}, {300, 256, 4, 256 * 4}};
    uint8_t pattern[1024];
    for (size_t i = 0; i < sizeof(pattern); i++)
        pattern[i] = (uint8_t)(0x21 + i * 7 + i / 200);

    for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
        const size_t pitch = cases[k].pitch, width = cases[k].width, height = cases[k].height;
        const size_t ps = cases[k].psize, total = pitch * height;
        bool ok = true;

        /* Fill2D on device memory that holds 0x11, read back whole. */
        ur_event_handle_t ev = NULL;
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q[0], dmem[0], 1, "\x11", BUF, 0, NULL, NULL));
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill2D(q[0], dmem[0], pitch, ps, pattern, width,
                                                       height, 0, NULL, &ev));
        CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
        CHECK(status_of(ev) == UR_EVENT_STATUS_COMPLETE);
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueUSMMemcpy(q[0], true, host, dmem[0], total, 0, NULL, NULL));
        for (size_t h = 0; h < height; h++)
            for (size_t w = 0; w < pitch; w++)
                ok &= host[h * pitch + w] == (w < width ? pattern[(h * width + w) % ps] : 0x11);
        if (!ok)
            fprintf(stderr, "  fill2D pitch %zu width %zu height %zu pattern %zu wrong\n", pitch,
                    width, height, ps);
        CHECK(ok);

        /* Memcpy2D device -> plain memory at another pitch, then back to the last device. */
        const size_t dpitch = width + 5;
        uint32_t last = env.ndev - 1;
        memset(plain, 0x33, dpitch * height);
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy2D(q[0], true, plain, dpitch, dmem[0], pitch,
                                                         width, height, 0, NULL, NULL));
        ok = true;
        for (size_t h = 0; h < height; h++)
            for (size_t w = 0; w < dpitch; w++)
                ok &= plain[h * dpitch + w] ==
                      (w < width ? pattern[(h * width + w) % ps] : (uint8_t)0x33);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueUSMFill(q[last], dmem[last], 1, "\x44", BUF, 0, NULL, NULL));
        ev = NULL;
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy2D(q[last], false, dmem[last], pitch, plain,
                                                         dpitch, width, height, 0, NULL, &ev));
        CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueUSMMemcpy(q[last], true, host, dmem[last], total, 0, NULL, NULL));
        for (size_t h = 0; h < height; h++)
            for (size_t w = 0; w < pitch; w++)
                ok &= host[h * pitch + w] == (w < width ? pattern[(h * width + w) % ps] : 0x44);
        if (!ok)
            fprintf(stderr, "  memcpy2D pitch %zu width %zu height %zu wrong\n", pitch, width,
                    height);
        CHECK(ok);
    }
    ur_bool_t fill2d = 0, memcpy2d = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urContextGetInfo(ctx, UR_CONTEXT_INFO_USM_FILL2D_SUPPORT,
                                                 sizeof(fill2d), &fill2d, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urContextGetInfo(ctx, UR_CONTEXT_INFO_USM_MEMCPY2D_SUPPORT,
                                                 sizeof(memcpy2d), &memcpy2d, NULL));
    CHECK(fill2d == 1 && memcpy2d == 1);
}

int main(int argc, char **argv)
{
    test_env_open(&env, argc, argv, "pair");
    setup();
    test_alloc_info();
    test_host_device();
    test_device_device();
    test_fill_patterns();
    test_2d();
    test_events();
    test_async();
    teardown();
    test_env_close(&env);
    return test_summary("usm_copy");
}
