/* SPDX-License-Identifier: MIT */
/*
 * Every row of the peer-access contract (docs/p2p-contract.md), on the adapter chosen by
 * URPEER_TEST_ADAPTER (simulated node by default, preset from argv[1]).
 */
#include "api_env.h"

#include <pthread.h>
#include <stdatomic.h>

static struct test_env env;
static const char *preset = "pair";

/* What the simulated presets promise (-1: not a simulated preset we know). */
static int expected_access(uint32_t i, uint32_t j, int *atomics)
{
    *atomics = -1;
    if (!env.is_sim)
        return -1;
    if (i == j) {
        *atomics = 1;
        return 1;
    }
    if (strcmp(preset, "pair") == 0 || strcmp(preset, "nvswitch8") == 0) {
        *atomics = 1;
        return 1;
    }
    if (strcmp(preset, "pcie4") == 0) {
        int same_switch = (i / 2) == (j / 2);
        *atomics = 0;
        return same_switch;
    }
    if (strcmp(preset, "isolated2") == 0) {
        *atomics = 0;
        return 0;
    }
    return -1;
}

/* §1: the support flag. */
static void test_support_flag(void)
{
    for (uint32_t i = 0; i < env.ndev; i++) {
        size_t size = 0;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(env.dev[i], UR_DEVICE_INFO_USM_P2P_SUPPORT_EXP, 0, NULL, &size));
        CHECK(size == sizeof(ur_bool_t));
        ur_bool_t b = 0;
        CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(env.dev[i], UR_DEVICE_INFO_USM_P2P_SUPPORT_EXP,
                                                    sizeof(b), &b, NULL));
        CHECK(b == 1);
    }
}

/* §2: argument checks of the query, in the contract's order. */
static void test_query_checks(void)
{
    ur_device_handle_t d0 = env.dev[0], d1 = env.dev[env.ndev > 1 ? 1 : 0];
    int v = 42;
    size_t sz = 0;
    const ur_exp_peer_info_t access = UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT;

    /* NULL handles come first, whatever else is wrong. */
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urUsmP2PPeerAccessGetInfoExp(NULL, d1, access, sizeof(v), &v, &sz));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urUsmP2PPeerAccessGetInfoExp(d0, NULL, access, sizeof(v), &v, &sz));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urUsmP2PPeerAccessGetInfoExp(NULL, NULL, (ur_exp_peer_info_t)77, 4, NULL, NULL));
    /* propSize != 0 && pValue == NULL */
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urUsmP2PPeerAccessGetInfoExp(d0, d1, access, sizeof(v), NULL, &sz));
    /* both outputs NULL */
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urUsmP2PPeerAccessGetInfoExp(d0, d1, access, 0, NULL, NULL));
    /* pointer rules before the enumeration rule */
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urUsmP2PPeerAccessGetInfoExp(d0, d1, (ur_exp_peer_info_t)77, 0, NULL, NULL));
    /* values this library does not define */
    const uint32_t bad[] = {2,
                            3,
                            0x1000,
                            0x7EFFFFFF,
                            URPEER_PEER_INFO_LAST_ + 1,
                            0x7ffffffe,
                            UR_EXP_PEER_INFO_FORCE_UINT32};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        CHECK_UR(
            UR_RESULT_ERROR_INVALID_ENUMERATION,
            urUsmP2PPeerAccessGetInfoExp(d0, d1, (ur_exp_peer_info_t)bad[i], sizeof(v), &v, &sz));
    /* enumeration before size */
    CHECK_UR(UR_RESULT_ERROR_INVALID_ENUMERATION,
             urUsmP2PPeerAccessGetInfoExp(d0, d1, (ur_exp_peer_info_t)2, 0, &v, NULL));
    /* propSize == 0 && pValue != NULL */
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urUsmP2PPeerAccessGetInfoExp(d0, d1, access, 0, &v, NULL));
    /* 0 < propSize < sizeof(int): INVALID_SIZE, value untouched, size returned */
    for (size_t s = 1; s < sizeof(int); s++) {
        v = 42;
        sz = 0;
        CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
                 urUsmP2PPeerAccessGetInfoExp(d0, d1, access, s, &v, &sz));
        CHECK(v == 42);
        CHECK(sz == sizeof(int));
    }
    /* the two-call pattern */
    sz = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PPeerAccessGetInfoExp(d0, d1, access, 0, NULL, &sz));
    CHECK(sz == sizeof(int));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PPeerAccessGetInfoExp(d0, d1, access, sz, &v, NULL));
    CHECK(v == 0 || v == 1);
    /* a larger buffer is fine */
    int64_t big = -1;
    sz = 0;
    CHECK_UR(UR_RESULT_SUCCESS,
             urUsmP2PPeerAccessGetInfoExp(d0, d1, access, sizeof(big), &big, &sz));
    CHECK(sz == sizeof(int));
    /* self pairs have no link bandwidth: a defined value the adapter cannot answer */
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION,
             urUsmP2PPeerAccessGetInfoExp(
                 d0, d0, (ur_exp_peer_info_t)URPEER_PEER_INFO_BANDWIDTH_GBPS, sizeof(v), &v, NULL));
}

/* §2: values for every ordered pair, and no driver call on the query path. */
static void test_query_values(void)
{
    urpeer_sim_stats_t before = sim_stats(&env);
    for (uint32_t i = 0; i < env.ndev; i++) {
        for (uint32_t j = 0; j < env.ndev; j++) {
            int access = peer_info(env.dev[i], env.dev[j], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT);
            int atomics =
                peer_info(env.dev[i], env.dev[j], UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT);
            CHECK(access == 0 || access == 1);
            CHECK(atomics == 0 || atomics == 1);
            if (i == j) {
                CHECK(access == 1);
                CHECK(atomics == 1);
            }
            int exp_atomics;
            int exp_access = expected_access(i, j, &exp_atomics);
            if (exp_access >= 0) {
                CHECK(access == exp_access);
                CHECK(atomics == exp_atomics);
            }
            CHECK(peer_info(env.dev[i], env.dev[j], URPEER_PEER_INFO_ACCESS_ENABLED) == (i == j));
            CHECK(peer_info(env.dev[i], env.dev[j], URPEER_PEER_INFO_ENABLE_COUNT) == 0);
        }
    }
    /* Many more queries: still no driver-level call. */
    for (int k = 0; k < 1000; k++)
        (void)peer_info(env.dev[0], env.dev[env.ndev - 1], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT);
    urpeer_sim_stats_t after = sim_stats(&env);
    CHECK(after.driverCalls == before.driverCalls);
}

/* Find an ordered pair with (want_access) access, or return false. */
static bool find_pair(int want_access, uint32_t *a, uint32_t *b)
{
    for (uint32_t i = 0; i < env.ndev; i++)
        for (uint32_t j = 0; j < env.ndev; j++)
            if (i != j && peer_info(env.dev[i], env.dev[j],
                                    UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT) == want_access) {
                *a = i;
                *b = j;
                return true;
            }
    return false;
}

/* §3: NULL handles and self pairs. */
static void test_enable_trivial(void)
{
    ur_device_handle_t d0 = env.dev[0];
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUsmP2PEnablePeerAccessExp(NULL, d0));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUsmP2PEnablePeerAccessExp(d0, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUsmP2PDisablePeerAccessExp(NULL, d0));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUsmP2PDisablePeerAccessExp(d0, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUsmP2PDisablePeerAccessExp(NULL, NULL));

    urpeer_sim_stats_t before = sim_stats(&env);
    for (uint32_t i = 0; i < env.ndev; i++) {
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[i], env.dev[i]));
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[i], env.dev[i]));
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[i], env.dev[i]));
        /* self Disable without Enable: also nothing changes */
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[i], env.dev[i]));
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[i], env.dev[i]));
        CHECK(peer_info(env.dev[i], env.dev[i], URPEER_PEER_INFO_ENABLE_COUNT) == 0);
    }
    urpeer_sim_stats_t after = sim_stats(&env);
    CHECK(after.driverCalls == before.driverCalls);
}

/* §3: a pair without access. */
static void test_enable_unsupported(void)
{
    uint32_t a, b;
    if (!find_pair(0, &a, &b)) {
        printf("  (no pair without access on this node: rows skipped)\n");
        return;
    }
    urpeer_sim_stats_t before = sim_stats(&env);
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE,
             urUsmP2PEnablePeerAccessExp(env.dev[a], env.dev[b]));
    CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION,
             urUsmP2PDisablePeerAccessExp(env.dev[a], env.dev[b]));
    CHECK(peer_info(env.dev[a], env.dev[b], URPEER_PEER_INFO_ENABLE_COUNT) == 0);
    urpeer_sim_stats_t after = sim_stats(&env);
    CHECK(after.driverCalls == before.driverCalls);
}

/* §3: nesting, driver transitions, disable at 0. */
static void test_enable_nesting(void)
{
    uint32_t a, b;
    if (!find_pair(1, &a, &b)) {
        printf("  (no linked pair on this node: nesting rows skipped)\n");
        return;
    }
    ur_device_handle_t cmd = env.dev[a], peer = env.dev[b];
    CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION, urUsmP2PDisablePeerAccessExp(cmd, peer));

    urpeer_sim_stats_t s0 = sim_stats(&env);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(cmd, peer));
    urpeer_sim_stats_t s1 = sim_stats(&env);
    CHECK(peer_info(cmd, peer, URPEER_PEER_INFO_ACCESS_ENABLED) == 1);
    CHECK(peer_info(cmd, peer, URPEER_PEER_INFO_ENABLE_COUNT) == 1);
    /* Enable says nothing about the other direction. */
    CHECK(peer_info(peer, cmd, URPEER_PEER_INFO_ACCESS_ENABLED) == 0);
    if (env.is_sim)
        CHECK(s1.peerEnableCalls == s0.peerEnableCalls + 1);

    for (int k = 0; k < 3; k++)
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(cmd, peer));
    CHECK(peer_info(cmd, peer, URPEER_PEER_INFO_ENABLE_COUNT) == 4);
    for (int k = 0; k < 3; k++)
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(cmd, peer));
    urpeer_sim_stats_t s2 = sim_stats(&env);
    CHECK(s2.peerEnableCalls == s1.peerEnableCalls);
    CHECK(s2.peerDisableCalls == s1.peerDisableCalls);
    CHECK(s2.driverCalls == s1.driverCalls);
    CHECK(peer_info(cmd, peer, URPEER_PEER_INFO_ACCESS_ENABLED) == 1);

    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(cmd, peer));
    urpeer_sim_stats_t s3 = sim_stats(&env);
    if (env.is_sim)
        CHECK(s3.peerDisableCalls == s2.peerDisableCalls + 1);
    CHECK(peer_info(cmd, peer, URPEER_PEER_INFO_ACCESS_ENABLED) == 0);
    CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION, urUsmP2PDisablePeerAccessExp(cmd, peer));
    CHECK(peer_info(cmd, peer, URPEER_PEER_INFO_ENABLE_COUNT) == 0);
}

/* §3: driver failures (simulated node's fault injection). */
static void expect_enable_failure(ur_device_handle_t cmd, ur_device_handle_t peer, int32_t native,
                                  ur_result_t expected)
{
    urpeer_sim_stats_t s0 = sim_stats(&env);
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerSimInjectFault(env.adapter, "peer_enable", 1, native));
    CHECK_UR(expected, urUsmP2PEnablePeerAccessExp(cmd, peer));
    CHECK(peer_info(cmd, peer, URPEER_PEER_INFO_ENABLE_COUNT) == 0);
    const char *msg = NULL;
    int32_t code = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGetLastError(env.adapter, &msg, &code));
    CHECK(code == native);
    CHECK(msg != NULL && strstr(msg, "urUsmP2PEnablePeerAccessExp") != NULL);
    CHECK(msg != NULL &&
          strstr(msg, cmd == env.dev[0] ? "command device 0" : "command device") != NULL);
    CHECK(msg != NULL && strstr(msg, "peer device") != NULL);
    urpeer_sim_stats_t s1 = sim_stats(&env);
    CHECK(s1.peerEnableCalls == s0.peerEnableCalls);
    /* The next call succeeds. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(cmd, peer));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(cmd, peer));
}

static void test_enable_failures(void)
{
    uint32_t a, b;
    if (!env.is_sim || !find_pair(1, &a, &b))
        return;
    ur_device_handle_t cmd = env.dev[a], peer = env.dev[b];
    expect_enable_failure(cmd, peer, 711, UR_RESULT_ERROR_OUT_OF_RESOURCES);
    expect_enable_failure(cmd, peer, 217, UR_RESULT_ERROR_UNSUPPORTED_FEATURE);
    expect_enable_failure(cmd, peer, 700, UR_RESULT_ERROR_DEVICE_LOST);
    expect_enable_failure(cmd, peer, 999, UR_RESULT_ERROR_ADAPTER_SPECIFIC);
    expect_enable_failure(cmd, peer, 12345, UR_RESULT_ERROR_ADAPTER_SPECIFIC);

    /* A failed driver disable at 1 -> 0 leaves the count at 1. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(cmd, peer));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerSimInjectFault(env.adapter, "peer_disable", 1, 999));
    CHECK_UR(UR_RESULT_ERROR_ADAPTER_SPECIFIC, urUsmP2PDisablePeerAccessExp(cmd, peer));
    CHECK(peer_info(cmd, peer, URPEER_PEER_INFO_ENABLE_COUNT) == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(cmd, peer));
    CHECK(peer_info(cmd, peer, URPEER_PEER_INFO_ENABLE_COUNT) == 0);

    /* "Already enabled" (704) at 0 -> 1: someone else enabled it. Success, not owned, so the
     * last Disable leaves the driver state alone. */
    urpeer_sim_stats_t s0 = sim_stats(&env);
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerSimInjectFault(env.adapter, "peer_enable", 1, 704));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(cmd, peer));
    CHECK(peer_info(cmd, peer, URPEER_PEER_INFO_ACCESS_ENABLED) == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(cmd, peer));
    urpeer_sim_stats_t s1 = sim_stats(&env);
    CHECK(s1.peerDisableCalls == s0.peerDisableCalls);
    CHECK(peer_info(cmd, peer, URPEER_PEER_INFO_ACCESS_ENABLED) == 0);

    /* "Not enabled" (705) at 1 -> 0 is not an error. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(cmd, peer));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerSimInjectFault(env.adapter, "peer_disable", 1, 705));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(cmd, peer));
    CHECK(peer_info(cmd, peer, URPEER_PEER_INFO_ENABLE_COUNT) == 0);
}

/* Thread safety: concurrent Enable/Disable on one pair. */
#define STORM_THREADS 8
#define STORM_ITERS 2000
static ur_device_handle_t storm_cmd, storm_peer;
static atomic_int storm_errors;

static void *storm_worker(void *arg)
{
    (void)arg;
    for (int k = 0; k < STORM_ITERS; k++) {
        if (urUsmP2PEnablePeerAccessExp(storm_cmd, storm_peer) != UR_RESULT_SUCCESS)
            atomic_fetch_add(&storm_errors, 1);
        if (peer_info(storm_cmd, storm_peer, URPEER_PEER_INFO_ACCESS_ENABLED) != 1)
            atomic_fetch_add(&storm_errors, 1);
        if (urUsmP2PDisablePeerAccessExp(storm_cmd, storm_peer) != UR_RESULT_SUCCESS)
            atomic_fetch_add(&storm_errors, 1);
    }
    return NULL;
}

static void test_threads(void)
{
    uint32_t a, b;
    if (!find_pair(1, &a, &b))
        return;
    storm_cmd = env.dev[a];
    storm_peer = env.dev[b];
    urpeer_sim_stats_t s0 = sim_stats(&env);

    /* While one holder keeps access on, the storm makes no driver transition at all. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(storm_cmd, storm_peer));
    pthread_t t[STORM_THREADS];
    for (int i = 0; i < STORM_THREADS; i++)
        pthread_create(&t[i], NULL, storm_worker, NULL);
    for (int i = 0; i < STORM_THREADS; i++)
        pthread_join(t[i], NULL);
    urpeer_sim_stats_t s1 = sim_stats(&env);
    CHECK(s1.peerEnableCalls == s0.peerEnableCalls + (env.is_sim ? 1 : 0));
    CHECK(s1.peerDisableCalls == s0.peerDisableCalls);
    CHECK(peer_info(storm_cmd, storm_peer, URPEER_PEER_INFO_ENABLE_COUNT) == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(storm_cmd, storm_peer));
    urpeer_sim_stats_t s2 = sim_stats(&env);
    CHECK(s2.peerDisableCalls == s0.peerDisableCalls + (env.is_sim ? 1 : 0));

    /* Without a holder: every on/off cycle is exactly one transition each way. */
    for (int i = 0; i < STORM_THREADS; i++)
        pthread_create(&t[i], NULL, storm_worker, NULL);
    for (int i = 0; i < STORM_THREADS; i++)
        pthread_join(t[i], NULL);
    urpeer_sim_stats_t s3 = sim_stats(&env);
    CHECK(atomic_load(&storm_errors) == 0);
    CHECK(peer_info(storm_cmd, storm_peer, URPEER_PEER_INFO_ENABLE_COUNT) == 0);
    CHECK(s3.peerEnableCalls - s2.peerEnableCalls == s3.peerDisableCalls - s2.peerDisableCalls);
    CHECK(s3.peerEnableCalls - s2.peerEnableCalls <= (uint64_t)STORM_THREADS * STORM_ITERS);
    printf("  storm: %llu driver enables, %llu driver disables over %d on/off calls\n",
           (unsigned long long)(s3.peerEnableCalls - s2.peerEnableCalls),
           (unsigned long long)(s3.peerDisableCalls - s2.peerDisableCalls),
           STORM_THREADS * STORM_ITERS);
}

/* §5: teardown turns off what this library turned on (seen in the info log). */
static void test_teardown_leaves_enabled(void)
{
    uint32_t a, b;
    if (!find_pair(1, &a, &b))
        return;
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[a], env.dev[b]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[a], env.dev[b]));
    urpeer_object_counts_t c;
    CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&c));
    CHECK(c.enabledPeerPairs == 1);
}

int main(int argc, char **argv)
{
    test_env_open(&env, argc, argv, "pair");
    if (argc > 1)
        preset = argv[1];
    test_support_flag();
    test_query_checks();
    test_query_values();
    test_enable_trivial();
    test_enable_unsupported();
    test_enable_nesting();
    test_threads();
    /* Last of the pair's driver-state rows: the 704 case leaves the driver enabled by "another
     * user", as it would be in a real process. */
    test_enable_failures();
    test_teardown_leaves_enabled();
    test_env_close(&env);
    /* After teardown: nothing works, clearly. */
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED, urUsmP2PEnablePeerAccessExp(NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED, urLoaderTearDown());
    return test_summary("p2p_contract");
}
