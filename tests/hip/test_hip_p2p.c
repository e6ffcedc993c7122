/* SPDX-License-Identifier: MIT */
/*
 * The peer-access contract (docs/p2p-contract.md) on the HIP adapter, against the driver
 * double, which shows what reached the driver: call counts per entry point, the double's own
 * enable state per pair, and the current device of the calling thread.
 *
 * Topology (set by CTest):
 *   FAKEGPU_TOPOLOGY=tests/doubles/topologies/hip_p2p.topo: 4 devices, access 0 <-> 1 (with
 *   atomics), 0 <-> 2 and 2 -> 3; ranks 0-1:3, 1-0:4, 0-2:5, 2-0:6, 2-3:9
 * so 0<->1 has atomics, 0<->2 has access without atomics, 2->3 only one way, 1-2 no link.
 */
#include "hip_test.h"

#include <pthread.h>
#include <stdatomic.h>

static struct hip_test t;

#define ACCESS UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT
#define ATOMICS UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT
#define ENABLED URPEER_PEER_INFO_ACCESS_ENABLED
#define COUNT URPEER_PEER_INFO_ENABLE_COUNT
#define RANK URPEER_PEER_INFO_PERFORMANCE_RANK

static unsigned long enables(void)
{
    return t.call_count("hipDeviceEnablePeerAccess");
}

static unsigned long disables(void)
{
    return t.call_count("hipDeviceDisablePeerAccess");
}

/* §1 */
static void test_support_flag(void)
{
    for (uint32_t i = 0; i < t.ndev; i++) {
        ur_bool_t b = 0;
        size_t size = 0;
        CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(t.dev[i], UR_DEVICE_INFO_USM_P2P_SUPPORT_EXP,
                                                    sizeof(b), &b, &size));
        CHECK(b == 1);
        CHECK(size == sizeof(ur_bool_t));
    }
}

/* §2: values come from discovery, with HIP's attribute numbering (a wrong enum would read the
 * atomics flag as access, the access flag as rank...). Queries make no driver call. */
static void test_query_values(void)
{
    static const int access[4][4] = {{1, 1, 1, 0}, {1, 1, 0, 0}, {1, 0, 1, 1}, {0, 0, 0, 1}};
    static const int atomics[4][4] = {{1, 1, 0, 0}, {1, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
    static const int rank[4][4] = {{-1, 3, 5, 0}, {4, -1, 0, 0}, {6, 0, -1, 9}, {0, 0, 0, -1}};

    if (t.ndev != 4) {
        fprintf(stderr, "expected the 4 devices of hip_p2p.topo, got %u\n", t.ndev);
        exit(1);
    }
    t.reset_counts();
    for (uint32_t i = 0; i < 4; i++) {
        for (uint32_t j = 0; j < 4; j++) {
            CHECK(ht_peer_info(t.dev[i], t.dev[j], ACCESS) == access[i][j]);
            CHECK(ht_peer_info(t.dev[i], t.dev[j], ATOMICS) == atomics[i][j]);
            if (i != j)
                CHECK(ht_peer_info(t.dev[i], t.dev[j], RANK) == rank[i][j]);
            CHECK(ht_peer_info(t.dev[i], t.dev[j], ENABLED) == (i == j));
            CHECK(ht_peer_info(t.dev[i], t.dev[j], COUNT) == 0);
        }
    }
    CHECK(t.call_count(NULL) == 0);
}

/* §2: argument checks and sizes. */
static void test_query_checks(void)
{
    ur_device_handle_t d0 = t.dev[0], d1 = t.dev[1];
    int v = 42;
    size_t sz = 0;
    char small[2] = {'x', 'y'};

    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urUsmP2PPeerAccessGetInfoExp(NULL, d1, ACCESS, sizeof(v), &v, &sz));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urUsmP2PPeerAccessGetInfoExp(d0, NULL, ACCESS, sizeof(v), &v, &sz));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urUsmP2PPeerAccessGetInfoExp(d0, d1, ACCESS, sizeof(v), NULL, &sz));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urUsmP2PPeerAccessGetInfoExp(d0, d1, ACCESS, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_ENUMERATION,
             urUsmP2PPeerAccessGetInfoExp(d0, d1, (ur_exp_peer_info_t)2, sizeof(v), &v, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urUsmP2PPeerAccessGetInfoExp(d0, d1, ACCESS, 0, &v, NULL));
    sz = 0;
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urUsmP2PPeerAccessGetInfoExp(d0, d1, ACCESS, sizeof(small), small, &sz));
    CHECK(small[0] == 'x' && small[1] == 'y');
    CHECK(sz == sizeof(int));
    sz = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PPeerAccessGetInfoExp(d0, d1, ACCESS, 0, NULL, &sz));
    CHECK(sz == sizeof(int));
    /* HIP has no bandwidth figure. */
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION,
             urUsmP2PPeerAccessGetInfoExp(
                 d0, d1, (ur_exp_peer_info_t)URPEER_PEER_INFO_BANDWIDTH_GBPS, sizeof(v), &v, NULL));
}

/* §3: NULL, self, no access. */
static void test_enable_trivial_cases(void)
{
    unsigned long calls;

    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUsmP2PEnablePeerAccessExp(NULL, t.dev[1]));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUsmP2PEnablePeerAccessExp(t.dev[0], NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUsmP2PDisablePeerAccessExp(NULL, t.dev[1]));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUsmP2PDisablePeerAccessExp(t.dev[0], NULL));

    t.reset_counts();
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(t.dev[2], t.dev[2]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(t.dev[2], t.dev[2]));
    CHECK(ht_peer_info(t.dev[2], t.dev[2], COUNT) == 0);
    /* 3 -> 2 and 1 -> 2 have no access. */
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urUsmP2PEnablePeerAccessExp(t.dev[3], t.dev[2]));
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urUsmP2PEnablePeerAccessExp(t.dev[1], t.dev[2]));
    CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION, urUsmP2PDisablePeerAccessExp(t.dev[3], t.dev[2]));
    calls = t.call_count(NULL);
    CHECK(calls == 0);
    if (calls != 0)
        fprintf(stderr, "  %lu driver calls for self / unsupported pairs\n", calls);
}

/* §3: nesting, one driver transition each way, direction. */
static void test_nesting(void)
{
    ur_device_handle_t a = t.dev[0], b = t.dev[1];

    t.reset_counts();
    CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION, urUsmP2PDisablePeerAccessExp(a, b));
    CHECK(disables() == 0);

    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(a, b));
    CHECK(enables() == 1);
    CHECK(t.peer_enabled(0, 1) == 1);
    CHECK(t.peer_enabled(1, 0) == 0); /* the other direction is its own pair */
    CHECK(ht_peer_info(a, b, ENABLED) == 1);
    CHECK(ht_peer_info(b, a, ENABLED) == 0);
    CHECK(ht_peer_info(a, b, COUNT) == 1);

    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(a, b));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(a, b));
    CHECK(enables() == 1);
    CHECK(ht_peer_info(a, b, COUNT) == 3);

    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(a, b));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(a, b));
    CHECK(disables() == 0);
    CHECK(t.peer_enabled(0, 1) == 1);
    CHECK(ht_peer_info(a, b, ENABLED) == 1);

    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(a, b));
    CHECK(disables() == 1);
    CHECK(t.peer_enabled(0, 1) == 0);
    CHECK(ht_peer_info(a, b, ENABLED) == 0);
    CHECK(ht_peer_info(a, b, COUNT) == 0);

    CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION, urUsmP2PDisablePeerAccessExp(a, b));
    CHECK(disables() == 1);

    /* Again from zero: a fresh driver enable. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(a, b));
    CHECK(enables() == 2);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(a, b));
    CHECK(disables() == 2);
    CHECK(t.peer_enabled(0, 1) == 0);
}

/* §3: another user of the runtime enabled the pair first (704 at 0 -> 1): success, not owned,
 * so the 1 -> 0 transition leaves the driver alone. */
static void test_already_enabled_not_owned(void)
{
    int saved = ht_current(&t);

    CHECK(t.hipSetDevice(1) == 0);
    CHECK(t.hipDeviceEnablePeerAccess(0, 0) == 0);
    CHECK(t.hipSetDevice(saved) == 0);
    CHECK(t.peer_enabled(1, 0) == 1);

    t.reset_counts();
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(t.dev[1], t.dev[0]));
    CHECK(enables() == 1); /* the driver was asked, and said 704 */
    CHECK(ht_peer_info(t.dev[1], t.dev[0], ENABLED) == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(t.dev[1], t.dev[0]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(t.dev[1], t.dev[0]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(t.dev[1], t.dev[0]));
    CHECK(disables() == 0);
    CHECK(t.peer_enabled(1, 0) == 1); /* still the other user's */
    CHECK(ht_peer_info(t.dev[1], t.dev[0], COUNT) == 0);

    CHECK(t.hipSetDevice(1) == 0);
    CHECK(t.hipDeviceDisablePeerAccess(0) == 0);
    CHECK(t.hipSetDevice(saved) == 0);
}

/* §3: the other user turned it off behind our back (705 at 1 -> 0): not an error. */
static void test_not_enabled_on_disable(void)
{
    int saved = ht_current(&t);

    t.reset_counts();
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(t.dev[0], t.dev[2]));
    CHECK(t.peer_enabled(0, 2) == 1);
    CHECK(t.hipSetDevice(0) == 0);
    CHECK(t.hipDeviceDisablePeerAccess(2) == 0);
    CHECK(t.hipSetDevice(saved) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(t.dev[0], t.dev[2]));
    CHECK(disables() == 2); /* ours above, and the adapter's, which got 705 */
    CHECK(ht_peer_info(t.dev[0], t.dev[2], COUNT) == 0);
    CHECK(t.peer_enabled(0, 2) == 0);
}

/* §3: driver failures at the transitions, their mapping, and the last-error record. */
static void check_enable_failure(unsigned code, ur_result_t expected, const char *name)
{
    const char *msg = NULL;
    int32_t native = 0;

    CHECK(t.fail_call("hipDeviceEnablePeerAccess", 1, code) == 0);
    CHECK_UR(expected, urUsmP2PEnablePeerAccessExp(t.dev[0], t.dev[1]));
    CHECK(ht_peer_info(t.dev[0], t.dev[1], COUNT) == 0);
    CHECK(ht_peer_info(t.dev[0], t.dev[1], ENABLED) == 0);
    CHECK(t.peer_enabled(0, 1) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGetLastError(t.adapter, &msg, &native));
    CHECK(native == (int32_t)code);
    CHECK(msg != NULL && strstr(msg, "hipDeviceEnablePeerAccess") != NULL);
    CHECK(msg != NULL && strstr(msg, name) != NULL);
    CHECK(msg != NULL && strstr(msg, "Fake AMD Instinct 0") != NULL); /* both devices named */
    CHECK(msg != NULL && strstr(msg, "Fake AMD Instinct 1") != NULL);
    if (msg != NULL && strstr(msg, name) == NULL)
        fprintf(stderr, "  last error: %s\n", msg);
}

static void test_failures(void)
{
    check_enable_failure(2, UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY, "hipErrorOutOfMemory");
    check_enable_failure(101, UR_RESULT_ERROR_UNSUPPORTED_FEATURE, "hipErrorInvalidDevice");
    check_enable_failure(214, UR_RESULT_ERROR_DEVICE_LOST, "hipErrorECCNotCorrectable");
    check_enable_failure(700, UR_RESULT_ERROR_DEVICE_LOST, "hipErrorIllegalAddress");
    check_enable_failure(719, UR_RESULT_ERROR_DEVICE_LOST, "hipErrorLaunchFailure");
    check_enable_failure(1, UR_RESULT_ERROR_INVALID_VALUE, "hipErrorInvalidValue");
    check_enable_failure(3, UR_RESULT_ERROR_UNINITIALIZED, "hipErrorNotInitialized");
    check_enable_failure(801, UR_RESULT_ERROR_ADAPTER_SPECIFIC, "hipErrorNotSupported");
    check_enable_failure(999, UR_RESULT_ERROR_ADAPTER_SPECIFIC, "hipErrorUnknown");

    /* Switching to the command device fails: nothing enabled either. */
    CHECK(ht_current(&t) == 0);
    CHECK(t.fail_call("hipSetDevice", 1, 101) == 0);
    CHECK_UR(UR_RESULT_ERROR_ADAPTER_SPECIFIC, urUsmP2PEnablePeerAccessExp(t.dev[2], t.dev[0]));
    CHECK(ht_peer_info(t.dev[2], t.dev[0], COUNT) == 0);
    CHECK(t.peer_enabled(2, 0) == 0);

    /* After the failures, the pair still works. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(t.dev[0], t.dev[1]));
    CHECK(t.peer_enabled(0, 1) == 1);

    /* A failing disable at 1 -> 0 keeps the count at 1. */
    CHECK(t.fail_call("hipDeviceDisablePeerAccess", 1, 999) == 0);
    CHECK_UR(UR_RESULT_ERROR_ADAPTER_SPECIFIC, urUsmP2PDisablePeerAccessExp(t.dev[0], t.dev[1]));
    CHECK(ht_peer_info(t.dev[0], t.dev[1], COUNT) == 1);
    CHECK(t.peer_enabled(0, 1) == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(t.dev[0], t.dev[1]));
    CHECK(ht_peer_info(t.dev[0], t.dev[1], COUNT) == 0);
    CHECK(t.peer_enabled(0, 1) == 0);
}

/* Enable/disable switch to the command device and give the caller's back. */
static void test_current_device_restored(void)
{
    CHECK(t.hipSetDevice(2) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(t.dev[0], t.dev[1]));
    CHECK(ht_current(&t) == 2);
    CHECK(t.peer_enabled(0, 1) == 1); /* made with device 0 current */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(t.dev[0], t.dev[1]));
    CHECK(ht_current(&t) == 2);
    CHECK(t.peer_enabled(0, 1) == 0);

    /* Also when the driver call fails. */
    CHECK(t.fail_call("hipDeviceEnablePeerAccess", 1, 999) == 0);
    CHECK_UR(UR_RESULT_ERROR_ADAPTER_SPECIFIC, urUsmP2PEnablePeerAccessExp(t.dev[1], t.dev[0]));
    CHECK(ht_current(&t) == 2);

    /* With the command device already current, no switch at all. */
    t.reset_counts();
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(t.dev[2], t.dev[3]));
    CHECK(t.call_count("hipSetDevice") == 0);
    CHECK(t.peer_enabled(2, 3) == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(t.dev[2], t.dev[3]));
    CHECK(ht_current(&t) == 2);
    CHECK(t.hipSetDevice(0) == 0);
}

/* Concurrent Enable (then Disable) of one pair from many threads, each with its own current
 * device: one driver transition each way, every thread's device left as it was. */
#define NTHREADS 8
static pthread_barrier_t barrier;
static atomic_int thread_failures;

static void *storm(void *arg)
{
    int mine = (int)(intptr_t)arg % 4;
    int now = -1;
    if (t.hipSetDevice(mine) != 0)
        atomic_fetch_add(&thread_failures, 1);
    pthread_barrier_wait(&barrier);
    if (urUsmP2PEnablePeerAccessExp(t.dev[2], t.dev[0]) != UR_RESULT_SUCCESS)
        atomic_fetch_add(&thread_failures, 1);
    pthread_barrier_wait(&barrier);
    if (urUsmP2PDisablePeerAccessExp(t.dev[2], t.dev[0]) != UR_RESULT_SUCCESS)
        atomic_fetch_add(&thread_failures, 1);
    if (t.hipGetDevice(&now) != 0 || now != mine)
        atomic_fetch_add(&thread_failures, 1);
    return NULL;
}

static void test_threads(void)
{
    pthread_t th[NTHREADS];

    t.reset_counts();
    pthread_barrier_init(&barrier, NULL, NTHREADS);
    for (intptr_t i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, storm, (void *)i);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    pthread_barrier_destroy(&barrier);
    CHECK(atomic_load(&thread_failures) == 0);
    CHECK(enables() == 1);
    CHECK(disables() == 1);
    CHECK(ht_peer_info(t.dev[2], t.dev[0], COUNT) == 0);
    CHECK(t.peer_enabled(2, 0) == 0);
}

/* §5: teardown turns off what this library turned on, and nothing else. */
static void test_teardown(void)
{
    int saved = ht_current(&t);

    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(t.dev[0], t.dev[1]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(t.dev[0], t.dev[1]));
    CHECK(t.hipSetDevice(1) == 0);
    CHECK(t.hipDeviceEnablePeerAccess(0, 0) == 0); /* another user's */
    CHECK(t.hipSetDevice(saved) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(t.dev[1], t.dev[0]));

    hip_test_close(&t);
    CHECK(t.peer_enabled(0, 1) == 0); /* ours: turned off */
    CHECK(t.peer_enabled(1, 0) == 1); /* not ours: left alone */
    CHECK(ht_current(&t) == saved);
}

/* §2/§3 across adapters: a HIP device and a simulated one. */
static void test_other_adapter(void)
{
    ur_loader_config_handle_t cfg;
    ur_adapter_handle_t ad[2];
    ur_platform_handle_t pf;
    ur_device_handle_t hip = NULL, sim = NULL;
    uint32_t n = 0;

    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetAdapters(cfg, "hip,sim"));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetSimulation(cfg, "pair"));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderInit(0, cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigRelease(cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urAdapterGet(2, ad, &n));
    CHECK(n == 2);
    for (uint32_t i = 0; i < n && i < 2; i++) {
        ur_backend_t backend;
        ur_device_handle_t d;
        REQUIRE_UR(UR_RESULT_SUCCESS, urPlatformGet(ad[i], 1, &pf, NULL));
        REQUIRE_UR(UR_RESULT_SUCCESS, urDeviceGet(pf, UR_DEVICE_TYPE_ALL, 1, &d, NULL));
        REQUIRE_UR(UR_RESULT_SUCCESS, urAdapterGetInfo(ad[i], UR_ADAPTER_INFO_BACKEND,
                                                       sizeof(backend), &backend, NULL));
        if (backend == UR_BACKEND_HIP)
            hip = d;
        else
            sim = d;
    }
    if (hip != NULL && sim != NULL) {
        t.reset_counts();
        CHECK(ht_peer_info(hip, sim, ACCESS) == 0);
        CHECK(ht_peer_info(hip, sim, ATOMICS) == 0);
        CHECK(ht_peer_info(sim, hip, ACCESS) == 0);
        CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urUsmP2PEnablePeerAccessExp(hip, sim));
        CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urUsmP2PEnablePeerAccessExp(sim, hip));
        CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION, urUsmP2PDisablePeerAccessExp(hip, sim));
        CHECK(t.call_count(NULL) == 0);
    } else {
        CHECK(!"both adapters should have a device");
    }
    for (uint32_t i = 0; i < n && i < 2; i++)
        CHECK_UR(UR_RESULT_SUCCESS, urAdapterRelease(ad[i]));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
}

int main(void)
{
    hip_test_open(&t);
    test_support_flag();
    test_query_values();
    test_query_checks();
    test_enable_trivial_cases();
    test_nesting();
    test_already_enabled_not_owned();
    test_not_enabled_on_disable();
    test_failures();
    test_current_device_restored();
    test_threads();
    test_teardown();
    test_other_adapter();
    return test_summary("hip_p2p");
}
