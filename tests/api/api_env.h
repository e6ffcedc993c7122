/* SPDX-License-Identifier: MIT */
/*
 * Setup shared by the generic API tests. They run on one adapter, chosen by URPEER_TEST_ADAPTER
 * (default "sim"); on the simulated node the preset comes from the test's first argument (or
 * URPEER_TEST_SIM). Where the chosen adapter finds no device the test is skipped (exit 77).
 */
#ifndef URPEER_TESTS_API_ENV_H
#define URPEER_TESTS_API_ENV_H

#include "harness.h"

#include <string.h>

#define TEST_MAX_DEVICES 128

struct test_env {
    const char *adapter_name;
    bool is_sim;
    ur_adapter_handle_t adapter;
    ur_platform_handle_t platform;
    uint32_t ndev;
    ur_device_handle_t dev[TEST_MAX_DEVICES];
};

static inline void test_env_open(struct test_env *env, int argc, char **argv,
                                 const char *default_preset)
{
    memset(env, 0, sizeof(*env));
    const char *name = getenv("URPEER_TEST_ADAPTER");
    env->adapter_name = name && *name ? name : "sim";
    env->is_sim = strcmp(env->adapter_name, "sim") == 0;
    const char *preset = argc > 1 ? argv[1] : getenv("URPEER_TEST_SIM");
    if (preset == NULL || *preset == '\0')
        preset = default_preset;

    ur_loader_config_handle_t cfg;
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetAdapters(cfg, env->adapter_name));
    if (env->is_sim)
        REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetSimulation(cfg, preset));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderInit(0, cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigRelease(cfg));

    uint32_t n = 0;
    REQUIRE_UR(UR_RESULT_SUCCESS, urAdapterGet(0, NULL, &n));
    if (n == 0) {
        urLoaderTearDown();
        SKIP("adapter '%s' found no device", env->adapter_name);
    }
    REQUIRE_UR(UR_RESULT_SUCCESS, urAdapterGet(1, &env->adapter, NULL));
    uint32_t np = 0;
    REQUIRE_UR(UR_RESULT_SUCCESS, urPlatformGet(env->adapter, 1, &env->platform, &np));
    REQUIRE_UR(UR_RESULT_SUCCESS,
               urDeviceGet(env->platform, UR_DEVICE_TYPE_ALL, 0, NULL, &env->ndev));
    if (env->ndev > TEST_MAX_DEVICES)
        env->ndev = TEST_MAX_DEVICES;
    REQUIRE_UR(UR_RESULT_SUCCESS,
               urDeviceGet(env->platform, UR_DEVICE_TYPE_ALL, env->ndev, env->dev, NULL));
    printf("adapter %s%s%s: %u device(s)\n", env->adapter_name, env->is_sim ? ", preset " : "",
           env->is_sim ? preset : "", env->ndev);
}

static inline void test_env_close(struct test_env *env)
{
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterRelease(env->adapter));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
}

static inline int peer_info(ur_device_handle_t a, ur_device_handle_t b, uint32_t prop)
{
    int v = -1;
    ur_result_t r =
        urUsmP2PPeerAccessGetInfoExp(a, b, (ur_exp_peer_info_t)prop, sizeof(v), &v, NULL);
    return r == UR_RESULT_SUCCESS ? v : -100 - (int)r;
}

/* The simulated node `preset` with the leak-checking layer: its adapter, first device and a
 * context on it (for the tests of the teardown's leak report). */
static inline void leak_env_open(const char *preset, ur_adapter_handle_t *a, ur_device_handle_t *d,
                                 ur_context_handle_t *c)
{
    ur_loader_config_handle_t cfg;
    ur_platform_handle_t p;
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetAdapters(cfg, "sim"));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetSimulation(cfg, preset));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigEnableLayer(cfg, "UR_LAYER_LEAK_CHECKING"));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderInit(0, cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigRelease(cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urAdapterGet(1, a, NULL));
    REQUIRE_UR(UR_RESULT_SUCCESS, urPlatformGet(*a, 1, &p, NULL));
    REQUIRE_UR(UR_RESULT_SUCCESS, urDeviceGet(p, UR_DEVICE_TYPE_ALL, 1, d, NULL));
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(1, d, NULL, c));
}

static inline urpeer_sim_stats_t sim_stats(const struct test_env *env)
{
    urpeer_sim_stats_t s;
    memset(&s, 0, sizeof(s));
    if (env->is_sim)
        REQUIRE_UR(UR_RESULT_SUCCESS, urpeerSimGetStats(env->adapter, &s));
    return s;
}

#endif /* URPEER_TESTS_API_ENV_H */
