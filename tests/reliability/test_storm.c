/* SPDX-License-Identifier: MIT */
/*
 * Thread storm on the simulated nvswitch8 node: many threads enabling, disabling and querying
 * the same and different pairs, creating and releasing contexts, queues and events, allocating,
 * filling and copying (through private and shared queues), all at once.
 *
 * Checked: every call succeeds; a pair only one thread uses makes exactly one driver transition
 * each way per on/off cycle; a pair all threads share never makes more transitions than cycles
 * and ends off; every copied byte arrives; at the end nothing is left (urpeerGetObjectCounts all
 * zero, no live allocation) and driver enables equal driver disables.
 *
 * Iterations per thread: URPEER_STORM_ITERS (default 200; the TSan build stays within seconds).
 */
#include "rel_common.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#define THREADS 8
#define BUF_SIZE 4096

static struct node n;
static int iters = 200;
static atomic_int errors;
static atomic_uint_least64_t bytes_checked;
static pthread_barrier_t start_line;

/* Shared by every thread in the mixed phase: one context on all devices, one queue each on
 * devices 0 and 1, and one device buffer per thread in that context. */
static ur_context_handle_t shared_ctx;
static ur_queue_handle_t shared_q[2];
static void *shared_buf[THREADS];

#define T_CHECK(cond)                                                                              \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            atomic_fetch_add(&errors, 1);                                                          \
            fprintf(stderr, "%s:%d: storm check failed: %s\n", __FILE__, __LINE__, #cond);         \
        }                                                                                          \
    } while (0)

#define T_OK(call)                                                                                 \
    do {                                                                                           \
        ur_result_t t_r_ = (call);                                                                 \
        if (t_r_ != UR_RESULT_SUCCESS) {                                                           \
            atomic_fetch_add(&errors, 1);                                                          \
            fprintf(stderr, "%s:%d: %s returned %s\n", __FILE__, __LINE__, #call,                  \
                    urpeerResultString(t_r_));                                                     \
        }                                                                                          \
    } while (0)

static uint32_t rnd(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

/* One on/off cycle of a pair, with queries while it is on. */
static void cycle(uint32_t a, uint32_t b, bool private_pair)
{
    T_OK(urUsmP2PEnablePeerAccessExp(n.dev[a], n.dev[b]));
    int on = peer_int(n.dev[a], n.dev[b], URPEER_PEER_INFO_ACCESS_ENABLED);
    int count = peer_int(n.dev[a], n.dev[b], URPEER_PEER_INFO_ENABLE_COUNT);
    T_CHECK(on == 1);
    T_CHECK(private_pair ? count == 1 : (count >= 1 && count <= THREADS));
    T_OK(urUsmP2PDisablePeerAccessExp(n.dev[a], n.dev[b]));
}

/* Fill a device buffer with a pattern on queue q, copy it to a second buffer (on another
 * device, maybe over an enabled link), read it back to the host and check every byte. */
static void copy_round(ur_queue_handle_t q, void *src, void *dst, uint32_t seed)
{
    unsigned char host[BUF_SIZE];
    uint32_t pattern = seed * 2654435761u;
    ur_event_handle_t filled = NULL, copied = NULL;
    T_OK(urEnqueueUSMFill(q, src, sizeof(pattern), &pattern, BUF_SIZE, 0, NULL, &filled));
    T_OK(urEnqueueUSMMemcpy(q, false, dst, src, BUF_SIZE, 1, &filled, &copied));
    T_OK(urEnqueueUSMMemcpy(q, true, host, dst, BUF_SIZE, 1, &copied, NULL));
    for (size_t i = 0; i < BUF_SIZE; i += sizeof(pattern)) {
        uint32_t v;
        memcpy(&v, host + i, sizeof(v));
        if (v != pattern) {
            T_CHECK(v == pattern);
            break;
        }
    }
    atomic_fetch_add(&bytes_checked, BUF_SIZE);
    if (filled)
        T_OK(urEventRelease(filled));
    if (copied)
        T_OK(urEventRelease(copied));
}

/* Create a context, a queue and two buffers, copy through them, release it all. */
static void object_round(uint32_t id, uint32_t *s)
{
    uint32_t a = rnd(s) % n.ndev, b = (a + 1 + rnd(s) % (n.ndev - 1)) % n.ndev;
    ur_device_handle_t devs[2] = {n.dev[a], n.dev[b]};
    ur_context_handle_t ctx = NULL;
    ur_queue_handle_t q = NULL;
    void *src = NULL, *dst = NULL;
    ur_queue_properties_t props = {UR_STRUCTURE_TYPE_QUEUE_PROPERTIES, NULL,
                                   (rnd(s) & 1) ? UR_QUEUE_FLAG_PROFILING_ENABLE : 0};
    T_OK(urContextCreate(2, devs, NULL, &ctx));
    if (!ctx)
        return;
    T_OK(urQueueCreate(ctx, devs[0], &props, &q));
    T_OK(urUSMDeviceAlloc(ctx, devs[0], NULL, NULL, BUF_SIZE, &src));
    T_OK(urUSMDeviceAlloc(ctx, devs[1], NULL, NULL, BUF_SIZE, &dst));
    bool link = rnd(s) & 1;
    if (link)
        T_OK(urUsmP2PEnablePeerAccessExp(devs[0], devs[1]));
    if (q && src && dst)
        copy_round(q, src, dst, id * 1000 + rnd(s) % 1000);
    if (link)
        T_OK(urUsmP2PDisablePeerAccessExp(devs[0], devs[1]));
    if (src)
        T_OK(urUSMFree(ctx, src));
    if (dst)
        T_OK(urUSMFree(ctx, dst));
    if (q)
        T_OK(urQueueRelease(q));
    T_OK(urContextRelease(ctx));
}

/* A copy between this thread's buffer in the shared context and a scratch buffer, on a queue
 * every thread uses. */
static void shared_round(uint32_t id, uint32_t *s)
{
    void *scratch = NULL;
    uint32_t d = rnd(s) % n.ndev;
    T_OK(urUSMDeviceAlloc(shared_ctx, n.dev[d], NULL, NULL, BUF_SIZE, &scratch));
    if (!scratch)
        return;
    copy_round(shared_q[rnd(s) & 1], shared_buf[id], scratch, id * 7919 + rnd(s) % 997);
    T_OK(urUSMFree(shared_ctx, scratch));
}

enum phase { PHASE_PRIVATE, PHASE_SHARED, PHASE_MIXED };
static enum phase phase;

static void *worker(void *arg)
{
    uint32_t id = (uint32_t)(uintptr_t)arg;
    uint32_t s = 0x9E3779B9u ^ (id * 0x85EBCA6Bu) ^ (uint32_t)phase;
    uint32_t mine = id % n.ndev, next = (id + 1) % n.ndev;
    urpeer_object_counts_t c;

    pthread_barrier_wait(&start_line);
    for (int k = 0; k < iters; k++) {
        switch (phase) {
        case PHASE_PRIVATE:
            cycle(mine, next, true);
            break;
        case PHASE_SHARED:
            cycle(0, 1, false);
            break;
        case PHASE_MIXED:
            switch (rnd(&s) % 6) {
            case 0:
                cycle(0, 1, false);
                break;
            case 1: {
                uint32_t a = rnd(&s) % n.ndev, b = rnd(&s) % n.ndev;
                T_OK(urUsmP2PEnablePeerAccessExp(n.dev[a], n.dev[b]));
                T_CHECK(peer_int(n.dev[a], n.dev[b], URPEER_PEER_INFO_ACCESS_ENABLED) == 1);
                T_OK(urUsmP2PDisablePeerAccessExp(n.dev[a], n.dev[b]));
                break;
            }
            case 2:
            case 3:
                object_round(id, &s);
                break;
            case 4:
                shared_round(id, &s);
                break;
            default:
                T_OK(urpeerGetObjectCounts(&c));
                T_CHECK(peer_int(n.dev[mine], n.dev[next], URPEER_PEER_INFO_ENABLE_COUNT) >= 0);
                break;
            }
            break;
        }
    }
    return NULL;
}

static void run_phase(enum phase p)
{
    pthread_t t[THREADS];
    phase = p;
    pthread_barrier_init(&start_line, NULL, THREADS);
    for (uintptr_t i = 0; i < THREADS; i++)
        if (pthread_create(&t[i], NULL, worker, (void *)i) != 0) {
            fprintf(stderr, "pthread_create failed\n");
            exit(1);
        }
    for (int i = 0; i < THREADS; i++)
        pthread_join(t[i], NULL);
    pthread_barrier_destroy(&start_line);
}

int main(void)
{
    const char *it = getenv("URPEER_STORM_ITERS");
    if (it && atoi(it) > 0)
        iters = atoi(it);
    REQUIRE_UR(UR_RESULT_SUCCESS, node_open("nvswitch8", NULL, &n));
    CHECK(n.ndev == 8);
    urpeer_object_counts_t c0 = object_counts();

    /* Private pairs (i -> i+1): each on/off cycle is exactly one driver transition each way. */
    urpeer_sim_stats_t s0 = node_stats(&n);
    run_phase(PHASE_PRIVATE);
    urpeer_sim_stats_t s1 = node_stats(&n);
    uint64_t cycles = (uint64_t)THREADS * (uint64_t)iters;
    CHECK(s1.peerEnableCalls - s0.peerEnableCalls == cycles);
    CHECK(s1.peerDisableCalls - s0.peerDisableCalls == cycles);
    printf("private pairs: %d threads x %d cycles: %llu driver enables, %llu disables\n", THREADS,
           iters, (unsigned long long)(s1.peerEnableCalls - s0.peerEnableCalls),
           (unsigned long long)(s1.peerDisableCalls - s0.peerDisableCalls));

    /* One pair for all: never more transitions than cycles, as many on as off, ends off. */
    run_phase(PHASE_SHARED);
    urpeer_sim_stats_t s2 = node_stats(&n);
    uint64_t on = s2.peerEnableCalls - s1.peerEnableCalls;
    uint64_t off = s2.peerDisableCalls - s1.peerDisableCalls;
    CHECK(on == off && on >= 1 && on <= cycles);
    CHECK(peer_int(n.dev[0], n.dev[1], URPEER_PEER_INFO_ENABLE_COUNT) == 0);
    printf("shared pair: %llu cycles: %llu driver enables, %llu disables\n",
           (unsigned long long)cycles, (unsigned long long)on, (unsigned long long)off);

    /* Everything at once. */
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(n.ndev, n.dev, NULL, &shared_ctx));
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(shared_ctx, n.dev[0], NULL, &shared_q[0]));
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(shared_ctx, n.dev[1], NULL, &shared_q[1]));
    for (int i = 0; i < THREADS; i++)
        REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(shared_ctx, n.dev[i % n.ndev], NULL, NULL,
                                                       BUF_SIZE, &shared_buf[i]));
    run_phase(PHASE_MIXED);
    for (int i = 0; i < THREADS; i++)
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(shared_ctx, shared_buf[i]));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(shared_q[0]));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(shared_q[1]));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(shared_ctx));

    CHECK(atomic_load(&errors) == 0);
    urpeer_object_counts_t c = object_counts();
    CHECK(counts_equal(&c, &c0));
    CHECK(c.contexts == 0 && c.queues == 0 && c.events == 0 && c.usmAllocations == 0 &&
          c.enabledPeerPairs == 0);
    urpeer_sim_stats_t s3 = node_stats(&n);
    CHECK(s3.liveAllocations == 0);
    CHECK(s3.peerEnableCalls == s3.peerDisableCalls);
    printf("mixed: %llu bytes copied and checked; %llu driver enables, %llu disables in all; "
           "%u contexts, %u queues, %u events, %u allocations, %u pairs left\n",
           (unsigned long long)atomic_load(&bytes_checked), (unsigned long long)s3.peerEnableCalls,
           (unsigned long long)s3.peerDisableCalls, c.contexts, c.queues, c.events,
           c.usmAllocations, c.enabledPeerPairs);
    node_close(&n);
    return test_summary("reliability_storm");
}
