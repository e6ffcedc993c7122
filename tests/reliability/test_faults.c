/* SPDX-License-Identifier: MIT */
/*
 * Fault injection everywhere: every driver-level operation of the simulated node made to fail
 * with every native code (and the operation's default, and a code the driver does not know).
 *
 * Each case runs on a fresh node and checks: the API returns the mapped error
 * (docs/simulated-node.md); urAdapterGetLastError names the driver call and the native code;
 * nothing changed (urpeerGetObjectCounts, liveAllocations, peer counts, memory contents, no
 * event handed out); the next identical call succeeds; and after releasing everything the node
 * is back where it started. Peer enable with 704 and disable with 705 mean "already done by
 * someone else": those succeed, without a driver transition.
 */
#include "rel_common.h"

#include <stdio.h>
#include <stdlib.h>

enum op {
    OP_DEVICE_ALLOC,
    OP_HOST_ALLOC,
    OP_FREE,
    OP_CONTEXT_CREATE,
    OP_QUEUE_CREATE,
    OP_EVENT_CREATE,
    OP_COPY,
    OP_FILL,
    OP_PEER_ENABLE,
    OP_PEER_DISABLE,
    OP_CORRUPT_COPY,
    OP_COUNT
};

static const struct {
    const char *name;
    const char *call;
    int32_t default_native;
} ops[OP_COUNT] = {
    [OP_DEVICE_ALLOC] = {"device_alloc", "simMemAlloc", 2},
    [OP_HOST_ALLOC] = {"host_alloc", "simMemAllocHost", 2},
    [OP_FREE] = {"free", "simMemFree", 999},
    [OP_CONTEXT_CREATE] = {"context_create", "simCtxCreate", 2},
    [OP_QUEUE_CREATE] = {"queue_create", "simStreamCreate", 2},
    [OP_EVENT_CREATE] = {"event_create", "simEventCreate", 2},
    [OP_COPY] = {"copy", "simMemcpyAsync", 700},
    [OP_FILL] = {"fill", "simMemsetAsync", 700},
    [OP_PEER_ENABLE] = {"peer_enable", "simEnablePeerAccess", 711},
    [OP_PEER_DISABLE] = {"peer_disable", "simDisablePeerAccess", 999},
    [OP_CORRUPT_COPY] = {"corrupt_copy", "", 0},
};

/* 0 = the operation's default; 12345 = a code the simulated driver does not know. */
static const int32_t natives[] = {0, 2, 101, 217, 700, 704, 705, 711, 999, 12345};
#define NATIVES (sizeof(natives) / sizeof(natives[0]))

#define SIZE 4096

static struct node n;
static ur_context_handle_t ctx;
static ur_queue_handle_t q;
static unsigned char *dev_a, *dev_b, *host_m; /* device 0, device 1, host allocation */
static int cases;

/* What a native code means for an operation (docs/simulated-node.md, "Native error codes"). */
static ur_result_t mapped(enum op op, int32_t native)
{
    switch (native) {
    case 2:
        return op == OP_DEVICE_ALLOC ? UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY
                                     : UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    case 217:
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    case 700:
        return UR_RESULT_ERROR_DEVICE_LOST;
    case 704:
        return op == OP_PEER_ENABLE ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_ADAPTER_SPECIFIC;
    case 705:
        return op == OP_PEER_DISABLE ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_ADAPTER_SPECIFIC;
    case 711:
        return UR_RESULT_ERROR_OUT_OF_RESOURCES;
    default: /* 101, 999 and codes the driver does not know */
        return UR_RESULT_ERROR_ADAPTER_SPECIFIC;
    }
}

/* Everything a failed call must leave as it was. */
struct snapshot {
    urpeer_object_counts_t counts;
    uint64_t live_allocations;
    uint64_t peer_enables, peer_disables;
    int enable_count;
    unsigned char a[SIZE], b[SIZE], h[SIZE];
};

/* The simulated node's device memory is host memory (docs/simulated-node.md): read it directly,
 * so that taking a snapshot makes no driver call that an armed fault would count. */
static void read_device(void *dst, const void *src)
{
    memcpy(dst, src, SIZE);
}

static void snap(struct snapshot *s)
{
    urpeer_sim_stats_t st = node_stats(&n);
    s->counts = object_counts();
    s->live_allocations = st.liveAllocations;
    s->peer_enables = st.peerEnableCalls;
    s->peer_disables = st.peerDisableCalls;
    s->enable_count = peer_int(n.dev[0], n.dev[1], URPEER_PEER_INFO_ENABLE_COUNT);
    read_device(s->a, dev_a);
    read_device(s->b, dev_b);
    memcpy(s->h, host_m, SIZE);
}

static bool same(const struct snapshot *x, const struct snapshot *y)
{
    return counts_equal(&x->counts, &y->counts) && x->live_allocations == y->live_allocations &&
           x->peer_enables == y->peer_enables && x->peer_disables == y->peer_disables &&
           x->enable_count == y->enable_count && memcmp(x->a, y->a, SIZE) == 0 &&
           memcmp(x->b, y->b, SIZE) == 0 && memcmp(x->h, y->h, SIZE) == 0;
}

static void setup(void)
{
    REQUIRE_UR(UR_RESULT_SUCCESS, node_open("pair", NULL, &n));
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(2, n.dev, NULL, &ctx));
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, n.dev[0], NULL, &q));
    void *p;
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, n.dev[0], NULL, NULL, SIZE, &p));
    dev_a = p;
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, n.dev[1], NULL, NULL, SIZE, &p));
    dev_b = p;
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx, NULL, NULL, SIZE, &p));
    host_m = p;
    for (int i = 0; i < SIZE; i++)
        host_m[i] = (unsigned char)(i * 13 + 5);
    REQUIRE_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, dev_a, host_m, SIZE, 0, NULL, NULL));
    unsigned char v = 0x3C;
    REQUIRE_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, dev_b, 1, &v, SIZE, 0, NULL, NULL));
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueFinish(q));
}

static void teardown(void)
{
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, dev_a));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, dev_b));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, host_m));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    urpeer_object_counts_t c = object_counts();
    CHECK(c.contexts == 0 && c.queues == 0 && c.events == 0 && c.usmAllocations == 0 &&
          c.enabledPeerPairs == 0);
    CHECK(node_stats(&n).liveAllocations == 0);
    node_close(&n);
}

/* The one call under test (device 0 -> device 1 for peers; dev_a -> dev_b for copies). */
static ur_result_t call(enum op op, void **out_ptr, ur_context_handle_t *out_ctx,
                        ur_queue_handle_t *out_q, ur_event_handle_t *out_ev)
{
    static const uint32_t pattern = 0xA5C3E1F7u;
    switch (op) {
    case OP_DEVICE_ALLOC:
        return urUSMDeviceAlloc(ctx, n.dev[1], NULL, NULL, SIZE, out_ptr);
    case OP_HOST_ALLOC:
        return urUSMHostAlloc(ctx, NULL, NULL, SIZE, out_ptr);
    case OP_FREE:
        return urUSMFree(ctx, *out_ptr);
    case OP_CONTEXT_CREATE:
        return urContextCreate(2, n.dev, NULL, out_ctx);
    case OP_QUEUE_CREATE:
        return urQueueCreate(ctx, n.dev[1], NULL, out_q);
    case OP_EVENT_CREATE:
    case OP_COPY:
    case OP_CORRUPT_COPY:
        return urEnqueueUSMMemcpy(q, false, dev_b, dev_a, SIZE, 0, NULL, out_ev);
    case OP_FILL:
        return urEnqueueUSMFill(q, dev_b, sizeof(pattern), &pattern, SIZE, 0, NULL, out_ev);
    case OP_PEER_ENABLE:
        return urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[1]);
    case OP_PEER_DISABLE:
        return urUsmP2PDisablePeerAccessExp(n.dev[0], n.dev[1]);
    default:
        return UR_RESULT_ERROR_INVALID_VALUE;
    }
}

/* Undo what a successful call made. */
static void undo(enum op op, void *ptr, ur_context_handle_t c, ur_queue_handle_t qq,
                 ur_event_handle_t ev)
{
    if (ev) {
        CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
    }
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q));
    switch (op) {
    case OP_DEVICE_ALLOC:
    case OP_HOST_ALLOC:
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, ptr));
        break;
    case OP_CONTEXT_CREATE:
        CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(c));
        break;
    case OP_QUEUE_CREATE:
        CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(qq));
        break;
    case OP_PEER_ENABLE:
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[0], n.dev[1]));
        break;
    default:
        break;
    }
}

static void check_last_error(enum op op, int32_t native)
{
    const char *msg = NULL;
    int32_t code = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGetLastError(n.adapter, &msg, &code));
    CHECK(code == native);
    if (msg == NULL || strstr(msg, ops[op].call) == NULL) {
        fprintf(stderr, "%s/%d: last error '%s' does not name %s\n", ops[op].name, native,
                msg ? msg : "(null)", ops[op].call);
        CHECK(!"the last error names the driver call");
    }
}

static void run_case(enum op op, int32_t native, uint32_t nth)
{
    int failures_before = t_failures;
    int32_t effective = native ? native : ops[op].default_native;
    setup();
    cases++;

    /* Preconditions: free needs an allocation, disable an enabled pair. */
    void *ptr = NULL;
    if (op == OP_FREE)
        REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, n.dev[1], NULL, NULL, SIZE, &ptr));
    if (op == OP_PEER_DISABLE)
        REQUIRE_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[1]));

    /* nth > 1: the calls before the nth succeed. */
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerSimInjectFault(n.adapter, ops[op].name, nth, native));
    for (uint32_t i = 1; i < nth; i++) {
        void *p2 = ptr;
        ur_context_handle_t c2 = NULL;
        ur_queue_handle_t q2 = NULL;
        ur_event_handle_t e2 = NULL;
        CHECK_UR(UR_RESULT_SUCCESS, call(op, &p2, &c2, &q2, &e2));
        if (op == OP_FREE) /* the free went through: a new allocation for the failing call */
            REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, n.dev[1], NULL, NULL, SIZE, &ptr));
        else if (op == OP_PEER_DISABLE)
            REQUIRE_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[1]));
        else
            undo(op, p2, c2, q2, e2);
    }

    struct snapshot before, after;
    snap(&before);
    uint64_t fired = node_stats(&n).faultsInjected;
    /* Enqueues ask for an event: a failed one must not hand one out. */
    bool wants_event =
        op == OP_EVENT_CREATE || op == OP_COPY || op == OP_FILL || op == OP_CORRUPT_COPY;
    void *p = op == OP_FREE ? ptr : NULL;
    ur_context_handle_t c = NULL;
    ur_queue_handle_t qq = NULL;
    ur_event_handle_t ev = NULL;
    ur_result_t res = call(op, &p, &c, &qq, wants_event ? &ev : NULL);
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q));
    CHECK(node_stats(&n).faultsInjected == fired + 1);

    if (op == OP_CORRUPT_COPY) {
        /* The copy succeeds with one byte of the destination flipped, in the middle. */
        CHECK_UR(UR_RESULT_SUCCESS, res);
        snap(&after);
        size_t bad = 0;
        for (size_t i = 0; i < SIZE; i++)
            bad += after.b[i] != before.a[i];
        CHECK(bad == 1 && (after.b[SIZE / 2] ^ before.a[SIZE / 2]) == 0xFF);
        undo(op, NULL, NULL, NULL, ev);
    } else if (mapped(op, effective) == UR_RESULT_SUCCESS) {
        /* 704 on enable / 705 on disable: done, but by "someone else": no driver transition. */
        CHECK_UR(UR_RESULT_SUCCESS, res);
        snap(&after);
        CHECK(after.peer_enables == before.peer_enables);
        CHECK(after.peer_disables == before.peer_disables);
        CHECK(after.enable_count == (op == OP_PEER_ENABLE ? 1 : 0));
        if (op == OP_PEER_ENABLE) /* not owned: turning it off makes no driver call either */
            CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[0], n.dev[1]));
        CHECK(node_stats(&n).peerDisableCalls == before.peer_disables);
    } else {
        CHECK_UR(mapped(op, effective), res);
        check_last_error(op, effective);
        snap(&after);
        CHECK(same(&before, &after));
        CHECK(c == NULL && qq == NULL && ev == NULL);
        CHECK(op == OP_FREE || p == NULL);
        /* The next identical call succeeds. */
        c = NULL;
        qq = NULL;
        ev = NULL;
        if (op != OP_FREE)
            p = NULL;
        CHECK_UR(UR_RESULT_SUCCESS, call(op, &p, &c, &qq, wants_event ? &ev : NULL));
        if (op == OP_PEER_DISABLE)
            CHECK(peer_int(n.dev[0], n.dev[1], URPEER_PEER_INFO_ENABLE_COUNT) == 0);
        if (op == OP_COPY || op == OP_EVENT_CREATE || op == OP_FILL) {
            CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q));
            unsigned char got[SIZE];
            read_device(got, dev_b);
            if (op == OP_FILL)
                CHECK(got[0] == 0xF7 && got[SIZE - 1] == 0xA5);
            else
                CHECK(memcmp(got, before.a, SIZE) == 0);
        }
        if (op != OP_FREE)
            undo(op, p, c, qq, ev);
    }
    teardown();
    if (t_failures != failures_before)
        fprintf(stderr, "  ^ in case %s, native %d, nth %u\n", ops[op].name, native, nth);
}

int main(void)
{
    for (int op = 0; op < OP_COUNT; op++)
        for (size_t k = 0; k < NATIVES; k++)
            run_case((enum op)op, natives[k], 1);
    /* The fault fires on the nth call, not before. */
    for (int op = 0; op < OP_COUNT; op++)
        run_case((enum op)op, 0, 3);
    printf("fault injection: %d cases (%d operations x %zu native codes, and nth = 3 for each "
           "operation)\n",
           cases, OP_COUNT, NATIVES);
    return test_summary("reliability_faults");
}
