/* SPDX-License-Identifier: MIT */
/* Helpers shared by the simulated-node tests: open a node through the public API only. */
#ifndef URPEER_TESTS_SIM_COMMON_H
#define URPEER_TESTS_SIM_COMMON_H

#include "harness.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#define SIM_TEST_MAX_DEVICES 128

struct simnode {
    ur_adapter_handle_t adapter;
    ur_platform_handle_t platform;
    uint32_t ndev;
    ur_device_handle_t dev[SIM_TEST_MAX_DEVICES];
};

static inline uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* urLoaderInit with only the simulated adapter and the given spec (NULL: the environment's). */
static inline ur_result_t sim_init(const char *spec)
{
    ur_loader_config_handle_t cfg = NULL;
    ur_result_t res = urLoaderConfigCreate(&cfg);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = urpeerLoaderConfigSetAdapters(cfg, "sim");
    if (res == UR_RESULT_SUCCESS && spec)
        res = urpeerLoaderConfigSetSimulation(cfg, spec);
    if (res == UR_RESULT_SUCCESS)
        res = urLoaderInit(0, cfg);
    urLoaderConfigRelease(cfg);
    return res;
}

/* After sim_init: the adapter, its one platform and its devices. */
static inline ur_result_t sim_discover(struct simnode *n)
{
    uint32_t count = 0;
    ur_result_t res;

    memset(n, 0, sizeof(*n));
    res = urAdapterGet(1, &n->adapter, &count);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (count != 1)
        return UR_RESULT_ERROR_DEVICE_NOT_FOUND;
    res = urPlatformGet(n->adapter, 1, &n->platform, &count);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (count != 1)
        return UR_RESULT_ERROR_DEVICE_NOT_FOUND;
    res = urDeviceGet(n->platform, UR_DEVICE_TYPE_ALL, 0, NULL, &n->ndev);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (n->ndev > SIM_TEST_MAX_DEVICES)
        return UR_RESULT_ERROR_INVALID_SIZE;
    return urDeviceGet(n->platform, UR_DEVICE_TYPE_ALL, n->ndev, n->dev, NULL);
}

static inline ur_result_t sim_open(const char *spec, struct simnode *n)
{
    ur_result_t res = sim_init(spec);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = sim_discover(n);
    if (res != UR_RESULT_SUCCESS)
        urLoaderTearDown();
    return res;
}

static inline void sim_close(struct simnode *n)
{
    if (n->adapter)
        urAdapterRelease(n->adapter);
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    memset(n, 0, sizeof(*n));
}

static inline urpeer_sim_stats_t sim_stats(const struct simnode *n)
{
    urpeer_sim_stats_t st;
    memset(&st, 0, sizeof(st));
    CHECK_UR(UR_RESULT_SUCCESS, urpeerSimGetStats(n->adapter, &st));
    return st;
}

/* One int peer query; returns -1000 on failure (and stores the result in *res if given). */
static inline int peer_info(ur_device_handle_t a, ur_device_handle_t b, uint32_t prop,
                            ur_result_t *res)
{
    int v = -1000;
    ur_result_t r =
        urUsmP2PPeerAccessGetInfoExp(a, b, (ur_exp_peer_info_t)prop, sizeof(v), &v, NULL);
    if (res)
        *res = r;
    return r == UR_RESULT_SUCCESS ? v : -1000;
}

static inline ur_queue_handle_t make_queue(ur_context_handle_t ctx, ur_device_handle_t dev,
                                           ur_queue_flags_t flags)
{
    ur_queue_properties_t props = {UR_STRUCTURE_TYPE_QUEUE_PROPERTIES, NULL, flags};
    ur_queue_handle_t q = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, dev, &props, &q));
    return q;
}

static inline void *dev_alloc(ur_context_handle_t ctx, ur_device_handle_t dev, size_t size)
{
    void *p = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, dev, NULL, NULL, size, &p));
    return p;
}

static inline void *host_alloc(ur_context_handle_t ctx, size_t size)
{
    void *p = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx, NULL, NULL, size, &p));
    return p;
}

static inline ur_event_status_t event_status(ur_event_handle_t ev)
{
    ur_event_status_t st = UR_EVENT_STATUS_ERROR;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetInfo(ev, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL));
    return st;
}

#endif /* URPEER_TESTS_SIM_COMMON_H */
