/* SPDX-License-Identifier: MIT */
/* Fault injection on the simulated node: each operation fails with its mapped result, changes
 * nothing, reports the native code, and the next call succeeds. Also the device memory budget. */
#include "sim_common.h"

#include <stdio.h>
#include <stdlib.h>

#ifndef TOPO_DIR
#error "TOPO_DIR must name tests/sim/topologies"
#endif

static struct simnode n;
static ur_context_handle_t ctx;
static ur_queue_handle_t q;

static void inject(const char *op, uint32_t nth, int32_t native)
{
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerSimInjectFault(n.adapter, op, nth, native));
}

/* The last error names the call and carries the native code. */
static void check_last_error(const char *call, int32_t code)
{
    const char *msg = NULL;
    int32_t err = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGetLastError(n.adapter, &msg, &err));
    CHECK(err == code);
    if (!msg || !strstr(msg, call)) {
        fprintf(stderr, "last error '%s' does not name %s\n", msg ? msg : "(null)", call);
        CHECK(!"last error names the call");
    }
}

static urpeer_object_counts_t counts(void)
{
    urpeer_object_counts_t c;
    memset(&c, 0, sizeof(c));
    CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&c));
    return c;
}

static int enable_count(uint32_t a, uint32_t b)
{
    return peer_info(n.dev[a], n.dev[b], URPEER_PEER_INFO_ENABLE_COUNT, NULL);
}

static void check_alloc_faults(void)
{
    void *p = NULL, *p2 = NULL;
    urpeer_sim_stats_t before = sim_stats(&n);

    inject("device_alloc", 1, 0);
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY,
             urUSMDeviceAlloc(ctx, n.dev[0], NULL, NULL, 4096, &p));
    CHECK(p == NULL);
    check_last_error("simMemAlloc", 2);
    CHECK(sim_stats(&n).liveAllocations == before.liveAllocations);
    CHECK(sim_stats(&n).faultsInjected == before.faultsInjected + 1);
    CHECK(counts().usmAllocations == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, n.dev[0], NULL, NULL, 4096, &p));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, p));

    /* nth = 3: two calls pass, the third fails. */
    inject("device_alloc", 3, 700);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, n.dev[0], NULL, NULL, 64, &p));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, n.dev[1], NULL, NULL, 64, &p2));
    void *p3 = NULL;
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST, urUSMDeviceAlloc(ctx, n.dev[0], NULL, NULL, 64, &p3));
    check_last_error("simMemAlloc", 700);
    CHECK(sim_stats(&n).liveAllocations == before.liveAllocations + 2);
    urUSMFree(ctx, p);
    urUSMFree(ctx, p2);

    inject("host_alloc", 1, 0);
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, urUSMHostAlloc(ctx, NULL, NULL, 4096, &p));
    check_last_error("simMemAllocHost", 2);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx, NULL, NULL, 4096, &p));

    /* A failed free keeps the memory allocated and usable. */
    inject("free", 1, 0);
    CHECK_UR(UR_RESULT_ERROR_ADAPTER_SPECIFIC, urUSMFree(ctx, p));
    check_last_error("simMemFree", 999);
    CHECK(sim_stats(&n).liveAllocations == before.liveAllocations + 1);
    CHECK(counts().usmAllocations == 1);
    memset(p, 1, 4096);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, p));
    CHECK(sim_stats(&n).liveAllocations == before.liveAllocations);

    /* An unrecognised native code maps to ADAPTER_SPECIFIC. */
    inject("host_alloc", 1, 12345);
    CHECK_UR(UR_RESULT_ERROR_ADAPTER_SPECIFIC, urUSMHostAlloc(ctx, NULL, NULL, 64, &p));
    check_last_error("simMemAllocHost", 12345);
}

static void check_object_faults(void)
{
    urpeer_object_counts_t c0 = counts();
    ur_context_handle_t c2 = NULL;
    ur_queue_handle_t q2 = NULL;

    inject("context_create", 1, 0);
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, urContextCreate(1, n.dev, NULL, &c2));
    CHECK(c2 == NULL);
    check_last_error("simCtxCreate", 2);
    CHECK(counts().contexts == c0.contexts);
    CHECK_UR(UR_RESULT_SUCCESS, urContextCreate(1, n.dev, NULL, &c2));

    inject("queue_create", 1, 0);
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, urQueueCreate(c2, n.dev[0], NULL, &q2));
    CHECK(q2 == NULL);
    check_last_error("simStreamCreate", 2);
    CHECK(counts().queues == c0.queues);
    CHECK_UR(UR_RESULT_SUCCESS, urQueueCreate(c2, n.dev[0], NULL, &q2));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q2));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(c2));
}

static void check_enqueue_faults(void)
{
    const size_t size = 1u << 16;
    unsigned char *d0 = dev_alloc(ctx, n.dev[0], size);
    unsigned char *d1 = dev_alloc(ctx, n.dev[1], size);
    unsigned char *h = malloc(size), *h2 = malloc(size);
    ur_event_handle_t ev = NULL;
    const uint16_t pat = 0xBEEF;
    urpeer_object_counts_t c0 = counts();

    for (size_t i = 0; i < size; i++)
        h[i] = (unsigned char)(i * 7);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, d0, h, size, 0, NULL, NULL));
    memset(h2, 0, size);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, d1, h2, size, 0, NULL, NULL));

    /* copy: nothing is copied, no event is made. */
    inject("copy", 1, 0);
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST, urEnqueueUSMMemcpy(q, true, d1, d0, size, 0, NULL, &ev));
    CHECK(ev == NULL);
    check_last_error("simMemcpyAsync", 700);
    CHECK(counts().events == c0.events);
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, h2, d1, size, 0, NULL, NULL));
    CHECK(h2[1] == 0 && h2[size - 1] == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, d1, d0, size, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, h2, d1, size, 0, NULL, NULL));
    CHECK(memcmp(h, h2, size) == 0);

    /* fill: nothing written. */
    inject("fill", 1, 0);
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST, urEnqueueUSMFill(q, d0, 2, &pat, size, 0, NULL, NULL));
    check_last_error("simMemsetAsync", 700);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, h2, d0, size, 0, NULL, NULL));
    CHECK(memcmp(h, h2, size) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, d0, 2, &pat, size, 0, NULL, NULL));

    /* event_create: the command with an event is not enqueued at all. */
    inject("event_create", 1, 0);
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_HOST_MEMORY,
             urEnqueueUSMMemcpy(q, false, d0, h, size, 0, NULL, &ev));
    CHECK(ev == NULL);
    check_last_error("simEventCreate", 2);
    CHECK(counts().events == c0.events);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, h2, d0, size, 0, NULL, NULL));
    CHECK(((uint16_t *)h2)[5] == pat);
    inject("event_create", 1, 0);
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, urEnqueueEventsWait(q, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueEventsWait(q, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));

    /* corrupt_copy: the copy completes, one byte differs. */
    inject("corrupt_copy", 1, 0);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, d1, h, size, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, h2, d1, size, 0, NULL, NULL));
    size_t diffs = 0;
    for (size_t i = 0; i < size; i++)
        diffs += h[i] != h2[i];
    CHECK(diffs == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, h2, d0, 16, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, d1, h, size, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, h2, d1, size, 0, NULL, NULL));
    CHECK(memcmp(h, h2, size) == 0);

    free(h);
    free(h2);
    urUSMFree(ctx, d0);
    urUSMFree(ctx, d1);
}

static void check_peer_faults(void)
{
    urpeer_sim_stats_t s0 = sim_stats(&n);

    /* 711: too many peers, count stays 0. */
    inject("peer_enable", 1, 0);
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_RESOURCES, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[1]));
    check_last_error("simEnablePeerAccess", 711);
    CHECK(enable_count(0, 1) == 0);
    CHECK(sim_stats(&n).peerEnableCalls == s0.peerEnableCalls);

    inject("peer_enable", 1, 217);
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[1]));
    check_last_error("simEnablePeerAccess", 217);
    inject("peer_enable", 1, 700);
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[1]));
    inject("peer_enable", 1, 101);
    CHECK_UR(UR_RESULT_ERROR_ADAPTER_SPECIFIC, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[1]));
    CHECK(enable_count(0, 1) == 0);

    /* Next call succeeds: a real transition. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[1]));
    CHECK(enable_count(0, 1) == 1);
    CHECK(sim_stats(&n).peerEnableCalls == s0.peerEnableCalls + 1);

    /* peer_disable fails: count stays 1, the driver stays on. */
    inject("peer_disable", 1, 0);
    CHECK_UR(UR_RESULT_ERROR_ADAPTER_SPECIFIC, urUsmP2PDisablePeerAccessExp(n.dev[0], n.dev[1]));
    check_last_error("simDisablePeerAccess", 999);
    CHECK(enable_count(0, 1) == 1);
    CHECK(sim_stats(&n).peerDisableCalls == s0.peerDisableCalls);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[0], n.dev[1]));
    CHECK(enable_count(0, 1) == 0);
    CHECK(sim_stats(&n).peerDisableCalls == s0.peerDisableCalls + 1);

    /* 705 on disable: someone else turned it off; success. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(n.dev[1], n.dev[0]));
    inject("peer_disable", 1, 705);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[1], n.dev[0]));
    CHECK(enable_count(1, 0) == 0);

    /* 704 on enable: another user enabled it; success without ownership, so the disable makes
     * no driver call and the driver stays on (copies keep going direct). */
    urpeer_sim_stats_t s1 = sim_stats(&n);
    inject("peer_enable", 1, 704);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[1]));
    CHECK(enable_count(0, 1) == 1);
    CHECK(sim_stats(&n).peerEnableCalls == s1.peerEnableCalls);
    uint64_t calls = sim_stats(&n).driverCalls;
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[0], n.dev[1]));
    CHECK(sim_stats(&n).driverCalls == calls);
    CHECK(sim_stats(&n).peerDisableCalls == s1.peerDisableCalls);
    {
        void *a = dev_alloc(ctx, n.dev[0], 4096), *b = dev_alloc(ctx, n.dev[1], 4096);
        uint64_t direct = sim_stats(&n).bytesDirect;
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, b, a, 4096, 0, NULL, NULL));
        CHECK(sim_stats(&n).bytesDirect == direct + 4096);
        urUSMFree(ctx, a);
        urUSMFree(ctx, b);
    }
    /* Enabling again: the driver answers "already enabled" by itself (not owned either). */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[1]));
    CHECK(sim_stats(&n).peerEnableCalls == s1.peerEnableCalls);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[0], n.dev[1]));
}

static void check_inject_args(void)
{
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE, urpeerSimInjectFault(n.adapter, "explode", 1, 0));
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE, urpeerSimInjectFault(n.adapter, "copy", 0, 0));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER, urpeerSimInjectFault(n.adapter, NULL, 1, 0));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urpeerSimInjectFault(NULL, "copy", 1, 0));
}

/* The device memory budget: its size, per device. */
static void check_budget(void)
{
    struct simnode m;
    ur_context_handle_t c;
    void *a = NULL, *b = NULL, *x = NULL;

    REQUIRE_UR(UR_RESULT_SUCCESS, sim_open(TOPO_DIR "/small-mem.topo", &m));
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(2, m.dev, NULL, &c));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(c, m.dev[0], NULL, NULL, 48u << 20, &a));
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY,
             urUSMDeviceAlloc(c, m.dev[0], NULL, NULL, 32u << 20, &x));
    {
        const char *msg = NULL;
        int32_t err = 0;
        CHECK_UR(UR_RESULT_SUCCESS, urAdapterGetLastError(m.adapter, &msg, &err));
        CHECK(err == 2);
    }
    CHECK(x == NULL);
    /* Host memory and the other device are not charged. */
    CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(c, m.dev[1], NULL, NULL, 64u << 20, &b));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(c, NULL, NULL, 48u << 20, &x));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(c, x));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(c, a));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(c, m.dev[0], NULL, NULL, 64u << 20, &a));
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY,
             urUSMDeviceAlloc(c, m.dev[0], NULL, NULL, 1, &x));
    CHECK(sim_stats(&m).liveAllocations == 2);
    /* Alignment is honoured. */
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(c, a));
    ur_usm_desc_t desc = {UR_STRUCTURE_TYPE_USM_DESC, NULL, 0, 4096};
    CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(c, m.dev[0], &desc, NULL, 100, &a));
    CHECK(((uintptr_t)a & 4095) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(c, a));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(c, b));
    urContextRelease(c);
    sim_close(&m);
}

int main(void)
{
    REQUIRE_UR(UR_RESULT_SUCCESS, sim_open("pair", &n));
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(2, n.dev, NULL, &ctx));
    q = make_queue(ctx, n.dev[0], 0);

    check_inject_args();
    check_alloc_faults();
    check_object_faults();
    check_enqueue_faults();
    check_peer_faults();
    urpeer_sim_stats_t st = sim_stats(&n);
    printf("faults injected: %llu\n", (unsigned long long)st.faultsInjected);
    CHECK(st.faultsInjected == 19);
    CHECK(st.liveAllocations == 0);

    urQueueRelease(q);
    urContextRelease(ctx);
    sim_close(&n);

    check_budget();
    return test_summary("sim_faults");
}
