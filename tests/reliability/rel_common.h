/* SPDX-License-Identifier: MIT */
/* Helpers shared by the reliability tests: a simulated node through the public API only. */
#ifndef URPEER_TESTS_RELIABILITY_COMMON_H
#define URPEER_TESTS_RELIABILITY_COMMON_H

#include "harness.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define REL_MAX_DEVICES 128

struct node {
    ur_adapter_handle_t adapter;
    ur_platform_handle_t platform;
    uint32_t ndev;
    ur_device_handle_t dev[REL_MAX_DEVICES];
};

/* urLoaderInit with only the simulated adapter and spec (NULL: URPEER_SIM), then discovery. */
static inline ur_result_t node_open(const char *spec, const char *layer, struct node *n)
{
    ur_loader_config_handle_t cfg = NULL;
    uint32_t count = 0;
    memset(n, 0, sizeof(*n));
    ur_result_t res = urLoaderConfigCreate(&cfg);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = urpeerLoaderConfigSetAdapters(cfg, "sim");
    if (res == UR_RESULT_SUCCESS && spec)
        res = urpeerLoaderConfigSetSimulation(cfg, spec);
    if (res == UR_RESULT_SUCCESS && layer)
        res = urLoaderConfigEnableLayer(cfg, layer);
    if (res == UR_RESULT_SUCCESS)
        res = urLoaderInit(0, cfg);
    urLoaderConfigRelease(cfg);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = urAdapterGet(1, &n->adapter, &count);
    if (res == UR_RESULT_SUCCESS && count != 1)
        res = UR_RESULT_ERROR_DEVICE_NOT_FOUND;
    if (res == UR_RESULT_SUCCESS)
        res = urPlatformGet(n->adapter, 1, &n->platform, &count);
    if (res == UR_RESULT_SUCCESS)
        res = urDeviceGet(n->platform, UR_DEVICE_TYPE_ALL, 0, NULL, &n->ndev);
    if (res == UR_RESULT_SUCCESS && n->ndev > REL_MAX_DEVICES)
        res = UR_RESULT_ERROR_INVALID_SIZE;
    if (res == UR_RESULT_SUCCESS)
        res = urDeviceGet(n->platform, UR_DEVICE_TYPE_ALL, n->ndev, n->dev, NULL);
    if (res != UR_RESULT_SUCCESS)
        urLoaderTearDown();
    return res;
}

static inline void node_close(struct node *n)
{
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterRelease(n->adapter));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    memset(n, 0, sizeof(*n));
}

static inline urpeer_sim_stats_t node_stats(const struct node *n)
{
    urpeer_sim_stats_t st;
    memset(&st, 0, sizeof(st));
    CHECK_UR(UR_RESULT_SUCCESS, urpeerSimGetStats(n->adapter, &st));
    return st;
}

static inline urpeer_object_counts_t object_counts(void)
{
    urpeer_object_counts_t c;
    memset(&c, 0xff, sizeof(c));
    CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&c));
    return c;
}

static inline bool counts_equal(const urpeer_object_counts_t *a, const urpeer_object_counts_t *b)
{
    return a->adapterReferences == b->adapterReferences && a->contexts == b->contexts &&
           a->queues == b->queues && a->events == b->events &&
           a->usmAllocations == b->usmAllocations && a->enabledPeerPairs == b->enabledPeerPairs;
}

/* One int peer query; -1000 - result on failure. */
static inline int peer_int(ur_device_handle_t a, ur_device_handle_t b, uint32_t prop)
{
    int v = -1;
    ur_result_t r =
        urUsmP2PPeerAccessGetInfoExp(a, b, (ur_exp_peer_info_t)prop, sizeof(v), &v, NULL);
    return r == UR_RESULT_SUCCESS ? v : -1000 - (int)r;
}

#endif /* URPEER_TESTS_RELIABILITY_COMMON_H */
