/* SPDX-License-Identifier: MIT */
/*
 * Teardown leaves the driver as the library found it: repeated urLoaderInit/urLoaderTearDown
 * cycles, objects left alive at teardown, primary contexts released (inactive afterwards unless
 * someone else holds them), and, with two devices that can reach each other, peer enablement
 * shared with the application's own CUDA code: an enable the application made first is not
 * undone by the library, one the library made is undone at teardown.
 */
#include "cuda_env.h"

#include <pthread.h>
#include <stdatomic.h>

static struct cuda_env env;

static bool primary_active(int i)
{
    unsigned flags = 0;
    int active = -1;
    CHECK_CU(raw.t.cuDevicePrimaryCtxGetState(raw.dev[i], &flags, &active));
    return active != 0;
}

static void check_all_inactive(const char *when)
{
    for (int i = 0; i < raw.ndev; i++) {
        if (primary_active(i)) {
            fprintf(stderr, "%s: primary context of device %d still active\n", when, i);
            CHECK(0);
        }
    }
}

static void cycle(bool leave_objects)
{
    cuda_env_open(&env);
    ur_context_handle_t ctx = ct_context(&env, env.ndev);
    ur_queue_handle_t q = ct_queue(ctx, env.dev[0], UR_QUEUE_FLAG_PROFILING_ENABLE);
    void *p = NULL;
    ur_event_handle_t ev = NULL;
    const unsigned char v = 1;

    CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[0], NULL, NULL, 1 << 20, &p));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, p, 1, &v, 1 << 20, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
    if (!leave_objects) {
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, p));
        CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
        CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    }
    CHECK(primary_active(0));
    cuda_env_close(&env);
}

/* Peer access of device 0 to device 1 as the driver sees it: enabled or not. Probes by trying
 * to disable it (and re-enables if it was on). */
static bool raw_peer_enabled(upcu_context_t c0, upcu_context_t c1)
{
    upcu_context_t saved = raw_current();
    bool on = false;
    CHECK_CU(raw.api.cuCtxSetCurrent(c0));
    upcu_result_t r = raw.api.cuCtxDisablePeerAccess(c1);
    if (r == UPCU_SUCCESS) {
        on = true;
        CHECK_CU(raw.api.cuCtxEnablePeerAccess(c1, 0));
    } else {
        CHECK(r == UPCU_ERROR_PEER_ACCESS_NOT_ENABLED);
    }
    CHECK_CU(raw.api.cuCtxSetCurrent(saved));
    return on;
}

static void test_shared_enablement(void)
{
    int access = 0;
    upcu_context_t c0 = NULL, c1 = NULL, saved = raw_current();

    CHECK_CU(raw.api.cuDeviceGetP2PAttribute(&access, UPCU_DEVICE_P2P_ATTRIBUTE_ACCESS_SUPPORTED,
                                             raw.dev[0], raw.dev[1]));
    if (!access) {
        printf("devices 0 and 1 cannot reach each other: shared enablement not tested\n");
        return;
    }
    /* The application holds the primary contexts, as the CUDA runtime would. */
    CHECK_CU(raw.api.cuDevicePrimaryCtxRetain(&c0, raw.dev[0]));
    CHECK_CU(raw.api.cuDevicePrimaryCtxRetain(&c1, raw.dev[1]));

    /* The application enabled 0 -> 1 first: the library's enable succeeds without owning it. */
    CHECK_CU(raw.api.cuCtxSetCurrent(c0));
    CHECK_CU(raw.api.cuCtxEnablePeerAccess(c1, 0));
    CHECK_CU(raw.api.cuCtxSetCurrent(saved));
    cuda_env_open(&env);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[0], env.dev[1]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[0], env.dev[1]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[0], env.dev[1]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[0], env.dev[1]));
    CHECK(raw_peer_enabled(c0, c1)); /* still the application's */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[0], env.dev[1]));
    cuda_env_close(&env);
    CHECK(raw_peer_enabled(c0, c1)); /* teardown left it alone too */
    CHECK_CU(raw.api.cuCtxSetCurrent(c0));
    CHECK_CU(raw.api.cuCtxDisablePeerAccess(c1));
    CHECK_CU(raw.api.cuCtxSetCurrent(saved));

    /* The library enables 1 -> 0 itself and leaves it on: teardown turns it off. */
    cuda_env_open(&env);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[1], env.dev[0]));
    CHECK(raw_peer_enabled(c1, c0));
    /* A copy over the link (on the driver double: counted as direct). */
    {
        long direct = raw_fake_counter("bytes_direct");
        ur_context_handle_t ctx = ct_context(&env, 2);
        ur_queue_handle_t q = ct_queue(ctx, env.dev[1], 0);
        void *a = NULL, *b = NULL;
        uint64_t pattern = 0x0123456789abcdefull, back[512];
        CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[0], NULL, NULL, 4096, &a));
        CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[1], NULL, NULL, 4096, &b));
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, a, 8, &pattern, 4096, 0, NULL, NULL));
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, false, b, a, 4096, 0, NULL, NULL));
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, back, b, 4096, 0, NULL, NULL));
        CHECK(back[0] == pattern && back[511] == pattern);
        if (direct >= 0)
            CHECK(raw_fake_counter("bytes_direct") >= direct + 4096);
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, a));
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, b));
        CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
        CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    }
    cuda_env_close(&env);
    CHECK(!raw_peer_enabled(c1, c0));

    CHECK_CU(raw.api.cuDevicePrimaryCtxRelease(raw.dev[0]));
    CHECK_CU(raw.api.cuDevicePrimaryCtxRelease(raw.dev[1]));
}

/* Many threads reach the lazily retained primary contexts at once, each with no context of its
 * own current, and each must find it still so afterwards. */
#define STORM_THREADS 8
static atomic_int storm_failures;

static void *storm_thread(void *arg)
{
    uint32_t i = (uint32_t)(uintptr_t)arg % env.ndev;
    ur_context_handle_t ctx = NULL;
    ur_queue_handle_t q = NULL;
    void *p = NULL;
    uint32_t v = 0x1234567u + i, back[256];
    int bad = 0;

    bad += urContextCreate(1, &env.dev[i], NULL, &ctx) != UR_RESULT_SUCCESS;
    bad += urQueueCreate(ctx, env.dev[i], NULL, &q) != UR_RESULT_SUCCESS;
    bad += urUSMDeviceAlloc(ctx, env.dev[i], NULL, NULL, sizeof back, &p) != UR_RESULT_SUCCESS;
    bad += urEnqueueUSMFill(q, p, sizeof v, &v, sizeof back, 0, NULL, NULL) != UR_RESULT_SUCCESS;
    bad += urEnqueueUSMMemcpy(q, true, back, p, sizeof back, 0, NULL, NULL) != UR_RESULT_SUCCESS;
    bad += back[0] != v || back[255] != v;
    bad += urUSMFree(ctx, p) != UR_RESULT_SUCCESS;
    bad += urQueueRelease(q) != UR_RESULT_SUCCESS;
    bad += urContextRelease(ctx) != UR_RESULT_SUCCESS;
    bad += raw_current() != NULL;
    atomic_fetch_add(&storm_failures, bad);
    return NULL;
}

static void test_thread_storm(void)
{
    pthread_t t[STORM_THREADS];

    cuda_env_open(&env);
    for (uintptr_t k = 0; k < STORM_THREADS; k++)
        CHECK(pthread_create(&t[k], NULL, storm_thread, (void *)k) == 0);
    for (int k = 0; k < STORM_THREADS; k++)
        pthread_join(t[k], NULL);
    CHECK(atomic_load(&storm_failures) == 0);
    printf("%d threads through first use of the primary contexts: %d failures\n", STORM_THREADS,
           atomic_load(&storm_failures));
    cuda_env_close(&env);
}

int main(void)
{
    raw_cuda_open();
    check_all_inactive("before");
    for (int k = 0; k < 3; k++) {
        cycle(false);
        check_all_inactive("after a clean cycle");
    }
    cycle(true);
    check_all_inactive("after a cycle that left objects alive");
    test_thread_storm();
    check_all_inactive("after the thread storm");
    if (raw.ndev > 1)
        test_shared_enablement();
    else
        printf("one device: shared peer enablement not tested\n");
    check_all_inactive("at the end");
    return test_summary("cuda_teardown");
}
