/* SPDX-License-Identifier: MIT */
/*
 * The rules every adapter follows the same way (docs/adapters/stream-engine.md), through the
 * API, on the adapter named by URPEER_TEST_ADAPTER (the driver doubles; the simulated node by
 * default):
 *   peer rule    access only where the driver's can-access answer and its access attribute
 *                both say yes (URPEER_TEST_ACCESS lists the ordered pairs expected to have it,
 *                for a double configured so that the two disagree on some pairs)
 *   status       an incomplete command is never RUNNING unless the adapter knows it started:
 *                on a queue without profiling (no start marker) it is SUBMITTED on CUDA, HIP
 *                and Level Zero (URPEER_TEST_INCOMPLETE=1: the double holds the work back, so
 *                the first query must see it incomplete); COMPLETE after a wait
 *   timestamps   QUEUED <= SUBMIT <= START <= END = COMPLETE for copies, fills and barriers
 *   fills        every pattern size the API takes, at every offset 0..7, every byte checked
 */
#include "api_env.h"

#include <stdio.h>

static struct test_env env;
static bool held; /* the double runs work only when something waits for it */

/* "0-1,1-0": is a -> b listed? */
static bool listed(const char *list, uint32_t a, uint32_t b)
{
    unsigned x, y;
    int used = 0;

    while (list && sscanf(list, "%u-%u%n", &x, &y, &used) == 2) {
        if (x == a && y == b)
            return true;
        list += used;
        if (*list != ',')
            break;
        list++;
    }
    return false;
}

static void test_peer_rule(void)
{
    const char *expect = getenv("URPEER_TEST_ACCESS");

    if (!expect)
        return;
    for (uint32_t i = 0; i < env.ndev; i++) {
        for (uint32_t j = 0; j < env.ndev; j++) {
            int access = peer_info(env.dev[i], env.dev[j], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT);

            CHECK(access == (i == j || listed(expect, i, j)));
            if (access != (i == j || listed(expect, i, j)))
                fprintf(stderr, "  pair %u -> %u: access %d\n", i, j, access);
            if (i != j && !access)
                CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE,
                         urUsmP2PEnablePeerAccessExp(env.dev[i], env.dev[j]));
        }
    }
}

static ur_event_status_t status_of(ur_event_handle_t ev)
{
    ur_event_status_t st = UR_EVENT_STATUS_FORCE_UINT32;

    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetInfo(ev, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof st, &st, NULL));
    return st;
}

static uint64_t prof(ur_event_handle_t ev, ur_profiling_info_t what)
{
    uint64_t ns = 0;

    CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(ev, what, sizeof ns, &ns, NULL));
    return ns;
}

static void check_timestamps(ur_event_handle_t ev, const char *what)
{
    uint64_t q = prof(ev, UR_PROFILING_INFO_COMMAND_QUEUED);
    uint64_t s = prof(ev, UR_PROFILING_INFO_COMMAND_SUBMIT);
    uint64_t st = prof(ev, UR_PROFILING_INFO_COMMAND_START);
    uint64_t en = prof(ev, UR_PROFILING_INFO_COMMAND_END);
    uint64_t co = prof(ev, UR_PROFILING_INFO_COMMAND_COMPLETE);

    CHECK(q != 0 && q <= s && s <= st && st <= en && en == co);
    CHECK(en - st < 1000000000u);
    if (!(q <= s && s <= st && st <= en && en == co))
        fprintf(stderr, "  %s: queued %llu submit %llu start %llu end %llu complete %llu\n", what,
                (unsigned long long)q, (unsigned long long)s, (unsigned long long)st,
                (unsigned long long)en, (unsigned long long)co);
}

static void test_events(ur_context_handle_t ctx)
{
    const ur_queue_properties_t props = {UR_STRUCTURE_TYPE_QUEUE_PROPERTIES, NULL,
                                         UR_QUEUE_FLAG_PROFILING_ENABLE};
    static unsigned char host[65536];
    const uint32_t pattern = 0x01020304u;
    ur_queue_handle_t q, pq;
    ur_event_handle_t ev = NULL;
    ur_event_status_t st;
    void *d = NULL;

    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, env.dev[0], NULL, &q));
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, env.dev[0], &props, &pq));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[0], NULL, NULL, sizeof host, &d));

    /* No start marker: incomplete is SUBMITTED (the simulated node may also say QUEUED, and it
     * knows when a command runs). */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, false, d, host, sizeof host, 0, NULL, &ev));
    st = status_of(ev);
    if (env.is_sim)
        CHECK(st == UR_EVENT_STATUS_QUEUED || st == UR_EVENT_STATUS_SUBMITTED ||
              st == UR_EVENT_STATUS_RUNNING || st == UR_EVENT_STATUS_COMPLETE);
    else if (held)
        CHECK(st == UR_EVENT_STATUS_SUBMITTED);
    else
        CHECK(st == UR_EVENT_STATUS_SUBMITTED || st == UR_EVENT_STATUS_COMPLETE);
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
    CHECK(status_of(ev) == UR_EVENT_STATUS_COMPLETE);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));

    /* Profiling queue: any state but QUEUED from the stream adapters, COMPLETE after a wait,
     * and the timestamps in order for each kind of command. */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(pq, false, d, host, sizeof host, 0, NULL, &ev));
    st = status_of(ev);
    CHECK(st == UR_EVENT_STATUS_SUBMITTED || st == UR_EVENT_STATUS_RUNNING ||
          st == UR_EVENT_STATUS_COMPLETE || (env.is_sim && st == UR_EVENT_STATUS_QUEUED));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
    CHECK(status_of(ev) == UR_EVENT_STATUS_COMPLETE);
    check_timestamps(ev, "memcpy");
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMFill(pq, d, sizeof pattern, &pattern, sizeof host, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
    check_timestamps(ev, "fill");
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueEventsWaitWithBarrier(pq, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
    check_timestamps(ev, "barrier");
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));

    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, d));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(pq));
}

static void test_fills(ur_context_handle_t ctx)
{
    static unsigned char out[4096 + 16], pattern[128];
    ur_queue_handle_t q;
    void *d = NULL;
    int cases = 0, bad = 0;

    for (size_t i = 0; i < sizeof pattern; i++)
        pattern[i] = (unsigned char)(0x21 + 7 * i);
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, env.dev[0], NULL, &q));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[0], NULL, NULL, sizeof out, &d));
    for (size_t psize = 1; psize <= 128; psize *= 2) {
        for (size_t off = 0; off < 8; off++) {
            size_t size = 4096 / psize * psize - (off ? psize : 0);

            memset(out, 0xee, sizeof out);
            CHECK_UR(UR_RESULT_SUCCESS,
                     urEnqueueUSMMemcpy(q, false, d, out, sizeof out, 0, NULL, NULL));
            CHECK_UR(UR_RESULT_SUCCESS,
                     urEnqueueUSMFill(q, (char *)d + off, psize, pattern, size, 0, NULL, NULL));
            CHECK_UR(UR_RESULT_SUCCESS,
                     urEnqueueUSMMemcpy(q, true, out, d, sizeof out, 0, NULL, NULL));
            for (size_t i = 0; i < sizeof out; i++) {
                unsigned char expect =
                    i >= off && i < off + size ? pattern[(i - off) % psize] : 0xee;

                if (out[i] != expect) {
                    fprintf(stderr, "  fill %zu at +%zu: byte %zu is %02x, not %02x\n", psize, off,
                            i, out[i], expect);
                    bad++;
                    break;
                }
            }
            cases++;
        }
    }
    CHECK(bad == 0);
    printf("fills: %d cases, %d wrong\n", cases, bad);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, d));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
}

int main(int argc, char **argv)
{
    const char *h = getenv("URPEER_TEST_INCOMPLETE");
    ur_context_handle_t ctx;

    held = h != NULL && h[0] == '1';
    test_env_open(&env, argc, argv, "pair");
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(env.ndev, env.dev, NULL, &ctx));
    test_peer_rule();
    test_events(ctx);
    test_fills(ctx);
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    test_env_close(&env);
    return test_summary("stream_rules");
}
