/* SPDX-License-Identifier: MIT */
/*
 * USM pools: every device reports pool support; host, device and shared allocations from a pool
 * (data verified through the queues), ZERO_INITIALIZE_BLOCK zeroing memory that was dirty before,
 * allocations of two pools on pages of their own, reference counts of the pool and its context,
 * the pool and context queries, a pool released while its allocations live, failures that leave
 * nothing behind (simulated faults), and the leak report of a pool left alive. On the adapter
 * chosen by URPEER_TEST_ADAPTER (simulated node by default, preset from argv[1]).
 */
#include "api_env.h"
#include "stderr_capture.h"

#include <stdint.h>
#include <unistd.h>

#define PAGE 4096u

static struct test_env env;
/* HIP's allocator may miss a page boundary: pool allocations there are isolated only as far as
 * the driver's granularity (the core falls back to the alignment asked). */
static bool paged;
static ur_context_handle_t ctx;
static ur_queue_handle_t q[TEST_MAX_DEVICES];

static uint32_t pool_refs(ur_usm_pool_handle_t pool)
{
    uint32_t rc = 0;
    CHECK_UR(UR_RESULT_SUCCESS,
             urUSMPoolGetInfo(pool, UR_USM_POOL_INFO_REFERENCE_COUNT, sizeof(rc), &rc, NULL));
    return rc;
}

static uint32_t context_refs(ur_context_handle_t c)
{
    uint32_t rc = 0;
    CHECK_UR(UR_RESULT_SUCCESS,
             urContextGetInfo(c, UR_CONTEXT_INFO_REFERENCE_COUNT, sizeof(rc), &rc, NULL));
    return rc;
}

static ur_usm_pool_handle_t pool_of(const void *p)
{
    ur_usm_pool_handle_t pool = (ur_usm_pool_handle_t)(uintptr_t)0x5e5e;
    CHECK_UR(UR_RESULT_SUCCESS,
             urUSMGetMemAllocInfo(ctx, p, UR_USM_ALLOC_INFO_POOL, sizeof(pool), &pool, NULL));
    return pool;
}

static ur_usm_pool_handle_t make_pool(ur_usm_pool_flags_t flags)
{
    ur_usm_pool_desc_t desc = {UR_STRUCTURE_TYPE_USM_POOL_DESC, NULL, flags};
    ur_usm_pool_handle_t pool = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMPoolCreate(ctx, &desc, &pool));
    return pool;
}

/* Read n bytes of USM memory p into out through the queue of device i. */
static void read_back(uint32_t i, const void *p, uint8_t *out, size_t n)
{
    memset(out, 0xee, n);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[i], true, out, p, n, 0, NULL, NULL));
}

static bool all_bytes(const uint8_t *p, size_t n, uint8_t v)
{
    for (size_t k = 0; k < n; k++)
        if (p[k] != v) {
            fprintf(stderr, "  byte %zu: 0x%02x, expected 0x%02x\n", k, p[k], v);
            return false;
        }
    return true;
}

static void test_support(void)
{
    for (uint32_t i = 0; i < env.ndev; i++) {
        ur_bool_t support = 0;
        CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(env.dev[i], UR_DEVICE_INFO_USM_POOL_SUPPORT,
                                                    sizeof(support), &support, NULL));
        CHECK(support == 1);
    }
}

/* Device memory: a fill and a copy back on each device, the allocation's queries. */
static void test_device_allocs(void)
{
    enum { N = 3000 };
    static uint8_t out[N];
    ur_usm_pool_handle_t pool = make_pool(0);
    for (uint32_t i = 0; i < env.ndev; i++) {
        void *p = NULL;
        REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[i], NULL, pool, N, &p));
        CHECK(!paged || ((uintptr_t)p % PAGE) == 0);
        CHECK(pool_of((char *)p + N - 1) == pool);
        ur_device_handle_t dev = NULL;
        size_t size = 0;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urUSMGetMemAllocInfo(ctx, p, UR_USM_ALLOC_INFO_DEVICE, sizeof(dev), &dev, NULL));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urUSMGetMemAllocInfo(ctx, p, UR_USM_ALLOC_INFO_SIZE, sizeof(size), &size, NULL));
        CHECK(dev == env.dev[i] && size >= N);
        uint8_t pattern = (uint8_t)(0x30 + i);
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q[i], p, 1, &pattern, N, 0, NULL, NULL));
        read_back(i, p, out, N);
        CHECK(all_bytes(out, N, pattern));
        CHECK(pool_refs(pool) == 2);
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, p));
        CHECK(pool_refs(pool) == 1);
    }
    CHECK_UR(UR_RESULT_SUCCESS, urUSMPoolRelease(pool));
}

/* ZERO_INITIALIZE_BLOCK: memory dirtied and freed before (which the driver may hand out again)
 * comes back zeroed from the pool, for device, host and shared memory. */
static void test_zero_init(void)
{
    enum { N = 5 * PAGE + 123 };
    static uint8_t out[N];
    ur_usm_pool_handle_t zero = make_pool(UR_USM_POOL_FLAG_ZERO_INITIALIZE_BLOCK);
    for (int round = 0; round < 3; round++) {
        for (uint32_t i = 0; i < env.ndev; i++) {
            void *dirty = NULL, *p = NULL;
            REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[i], NULL, NULL, N, &dirty));
            CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q[i], dirty, 1, "\xab", N, 0, NULL, NULL));
            CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q[i]));
            CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, dirty));
            REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[i], NULL, zero, N, &p));
            read_back(i, p, out, N);
            CHECK(all_bytes(out, N, 0));
            CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, p));
        }
        void *h = NULL;
        REQUIRE_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx, NULL, NULL, N, &h));
        memset(h, 0xcd, N);
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, h));
        REQUIRE_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx, NULL, zero, N, &h));
        CHECK(all_bytes(h, N, 0));
        ur_usm_type_t type = UR_USM_TYPE_UNKNOWN;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urUSMGetMemAllocInfo(ctx, h, UR_USM_ALLOC_INFO_TYPE, sizeof(type), &type, NULL));
        CHECK(type == UR_USM_TYPE_HOST && pool_of(h) == zero);
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, h));

        void *s = NULL;
        ur_result_t r = urUSMSharedAlloc(ctx, env.dev[0], NULL, zero, N, &s);
        if (r == UR_RESULT_ERROR_UNSUPPORTED_FEATURE)
            continue; /* no shared memory on this adapter */
        CHECK_UR(UR_RESULT_SUCCESS, r);
        if (r != UR_RESULT_SUCCESS)
            continue;
        CHECK(all_bytes(s, N, 0));
        CHECK(pool_of(s) == zero);
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, s));
    }
    CHECK_UR(UR_RESULT_SUCCESS, urUSMPoolRelease(zero));
}

static size_t size_of(int k)
{
    return (size_t)1 + (size_t)k * 700;
}

/* Allocations of two pools never share a page, whatever their sizes. */
static void test_isolation(void)
{
    enum { K = 8 };
    ur_usm_pool_handle_t a = make_pool(0), b = make_pool(0);
    void *pa[K], *pb[K];
    for (int k = 0; k < K; k++) {
        size_t size = size_of(k);
        REQUIRE_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx, NULL, a, size, &pa[k]));
        REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[0], NULL, b, size, &pb[k]));
    }
    /* The pages each allocation touches: first and last page numbers. */
    for (int i = 0; i < K && paged; i++)
        for (int j = 0; j < K; j++) {
            uintptr_t fa = (uintptr_t)pa[i] / PAGE, la = ((uintptr_t)pa[i] + size_of(i) - 1) / PAGE;
            uintptr_t fb = (uintptr_t)pb[j] / PAGE, lb = ((uintptr_t)pb[j] + size_of(j) - 1) / PAGE;
            CHECK(la < fb || lb < fa);
        }
    CHECK(pool_refs(a) == 1 + K && pool_refs(b) == 1 + K);
    for (int k = 0; k < K; k++) {
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, pa[k]));
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, pb[k]));
    }
    CHECK_UR(UR_RESULT_SUCCESS, urUSMPoolRelease(a));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMPoolRelease(b));
}

/* A pool holds its context; its allocations hold the pool. Releasing the pool (and the context)
 * with an allocation alive keeps the allocation usable; its urUSMFree ends both. */
static void test_lifetimes(void)
{
    ur_context_handle_t c = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(1, &env.dev[0], NULL, &c));
    ur_queue_handle_t cq = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(c, env.dev[0], NULL, &cq));
    CHECK(context_refs(c) == 2);
    ur_usm_pool_desc_t desc = {UR_STRUCTURE_TYPE_USM_POOL_DESC, NULL, 0};
    ur_usm_pool_handle_t pool = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMPoolCreate(c, &desc, &pool));
    CHECK(context_refs(c) == 3);
    CHECK(pool_refs(pool) == 1);
    ur_context_handle_t owner = NULL;
    size_t sz = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urUSMPoolGetInfo(pool, UR_USM_POOL_INFO_CONTEXT, 0, NULL, &sz));
    CHECK(sz == sizeof(ur_context_handle_t));
    CHECK_UR(UR_RESULT_SUCCESS,
             urUSMPoolGetInfo(pool, UR_USM_POOL_INFO_CONTEXT, sizeof(owner), &owner, NULL));
    CHECK(owner == c);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMPoolRetain(pool));
    CHECK(pool_refs(pool) == 2);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMPoolRelease(pool));
    CHECK(pool_refs(pool) == 1);

    /* A pool of another context is refused, and nothing is allocated. */
    void *p = (void *)(uintptr_t)0x5e5e;
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE, urUSMDeviceAlloc(ctx, env.dev[0], NULL, pool, 64, &p));
    CHECK(p == (void *)(uintptr_t)0x5e5e && pool_refs(pool) == 1);

    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(c, env.dev[0], NULL, pool, 256, &p));
    CHECK(pool_refs(pool) == 2);
    CHECK(context_refs(c) == 4);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMPoolRelease(pool)); /* the application's last reference */
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(c));
    /* The allocation is still usable. */
    uint8_t out[256];
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(cq, p, 1, "\x66", sizeof(out), 0, NULL, NULL));
    memset(out, 0, sizeof(out));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(cq, true, out, p, sizeof(out), 0, NULL, NULL));
    CHECK(all_bytes(out, sizeof(out), 0x66));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(cq));
    ur_usm_pool_handle_t got = NULL;
    CHECK_UR(UR_RESULT_SUCCESS,
             urUSMGetMemAllocInfo(c, p, UR_USM_ALLOC_INFO_POOL, sizeof(got), &got, NULL));
    CHECK(got == pool && pool_refs(pool) == 1);
    urpeer_object_counts_t before, after;
    CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&before));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(c, p));
    CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&after));
    CHECK(after.contexts + 1 == before.contexts); /* the pool, then the context, went away */
    CHECK_UR(UR_RESULT_ERROR_INVALID_ARGUMENT, urUSMPoolRetain(pool));
    CHECK_UR(UR_RESULT_ERROR_INVALID_CONTEXT, urContextRetain(c));
}

/* On the simulated node: a failing allocation or zero-fill leaves no allocation and no
 * reference behind. */
static void test_faults(void)
{
    if (!env.is_sim)
        return;
    ur_usm_pool_handle_t zero = make_pool(UR_USM_POOL_FLAG_ZERO_INITIALIZE_BLOCK);
    static const struct {
        const char *op;
        bool host;
    } faults[] = {
        {"device_alloc", false}, {"host_alloc", true}, {"queue_create", false}, {"fill", false}};
    for (size_t i = 0; i < sizeof(faults) / sizeof(faults[0]); i++) {
        uint64_t live = sim_stats(&env).liveAllocations;
        void *p = (void *)(uintptr_t)0x5e5e;
        REQUIRE_UR(UR_RESULT_SUCCESS, urpeerSimInjectFault(env.adapter, faults[i].op, 1, 2));
        ur_result_t r = faults[i].host ? urUSMHostAlloc(ctx, NULL, zero, 64, &p)
                                       : urUSMDeviceAlloc(ctx, env.dev[0], NULL, zero, 64, &p);
        if (r == UR_RESULT_SUCCESS)
            fprintf(stderr, "  pool allocation with a %s fault succeeded\n", faults[i].op);
        CHECK(r != UR_RESULT_SUCCESS && p == (void *)(uintptr_t)0x5e5e);
        CHECK(sim_stats(&env).liveAllocations == live);
        CHECK(pool_refs(zero) == 1);
    }
    CHECK_UR(UR_RESULT_SUCCESS, urUSMPoolRelease(zero));
}

static char captured[1 << 16];

/* On the simulated node: a pool left alive (and one kept by a leaked allocation) is reported at
 * teardown by the leak-checking layer. */
static void test_leak_report(const char *preset)
{
    ur_adapter_handle_t a;
    ur_device_handle_t d;
    ur_context_handle_t c;
    leak_env_open(preset, &a, &d, &c);
    ur_usm_pool_desc_t desc = {UR_STRUCTURE_TYPE_USM_POOL_DESC, NULL, 0};
    ur_usm_pool_handle_t kept, leaked;
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMPoolCreate(c, &desc, &kept));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMPoolCreate(c, &desc, &leaked));
    void *mem;
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(c, d, NULL, kept, 64, &mem));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMPoolRelease(kept)); /* the allocation still holds it */
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(c));
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterRelease(a));

    int saved = capture_begin();
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    capture_end(saved, captured, sizeof(captured));
    CHECK(strstr(captured, "2 USM pools not released") != NULL);
    CHECK(strstr(captured, "USM pool 0x") != NULL);
    CHECK(strstr(captured, "USM allocation") != NULL);
    CHECK(strstr(captured, "1 contexts, 0 queues, 0 events not released") != NULL);
}

int main(int argc, char **argv)
{
    test_env_open(&env, argc, argv, "pair");
    paged = strcmp(env.adapter_name, "hip") != 0;
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(env.ndev, env.dev, NULL, &ctx));
    for (uint32_t i = 0; i < env.ndev; i++)
        REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, env.dev[i], NULL, &q[i]));

    test_support();
    test_device_allocs();
    test_zero_init();
    test_isolation();
    test_lifetimes();
    test_faults();

    for (uint32_t i = 0; i < env.ndev; i++)
        CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q[i]));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    urpeer_object_counts_t c;
    CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&c));
    CHECK(c.contexts == 0 && c.queues == 0 && c.events == 0 && c.usmAllocations == 0);
    bool sim = env.is_sim;
    test_env_close(&env);
    if (sim)
        test_leak_report(argc > 1 ? argv[1] : "pair");
    return test_summary("api_usm_pool");
}
