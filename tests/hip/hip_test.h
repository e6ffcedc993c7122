/* SPDX-License-Identifier: MIT */
/*
 * Setup shared by the HIP adapter tests on the driver double: load urpeer with only the HIP
 * adapter (URPEER_HIP_LIBRARY names libfakehip), then reach the double's controls and its HIP
 * entry points through the same library handle urpeer opened.
 */
#ifndef URPEER_TESTS_HIP_TEST_H
#define URPEER_TESTS_HIP_TEST_H

#include "fakegpu.h"
#include "harness.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define HT_MAX_DEVICES 16

/* The double's HIP entry points the tests call as "another user of the runtime". */
typedef unsigned int (*ht_set_device_fn)(int device);
typedef unsigned int (*ht_get_device_fn)(int *device);
typedef unsigned int (*ht_peer_fn)(int peer, unsigned int flags);
typedef unsigned int (*ht_peer_disable_fn)(int peer);
typedef unsigned int (*ht_malloc_fn)(void **ptr, size_t size);
typedef unsigned int (*ht_free_fn)(void *ptr);

struct hip_test {
    ur_adapter_handle_t adapter;
    ur_platform_handle_t platform;
    uint32_t ndev;
    ur_device_handle_t dev[HT_MAX_DEVICES];
    void *lib;
    fakegpu_count_fn call_count; /* entry points */
    fakegpu_reset_counts_fn reset_counts;
    fakegpu_fail_call_fn fail_call;
    fakegpu_count_fn counter; /* observations */
    fakegpu_peer_enabled_fn peer_enabled;
    fakegpu_pointer_device_fn pointer_device;
    fakegpu_set_async_fn set_async;
    ht_set_device_fn hipSetDevice;
    ht_get_device_fn hipGetDevice;
    ht_peer_fn hipDeviceEnablePeerAccess;
    ht_peer_disable_fn hipDeviceDisablePeerAccess;
    ht_malloc_fn hipMalloc;
    ht_free_fn hipFree;
};

/* dlsym gives an object pointer; POSIX lets it become a function pointer. */
static inline void ht_sym(void *lib, const char *name, void *slot, size_t size)
{
    void *p = dlsym(lib, name);
    if (p == NULL) {
        fprintf(stderr, "the driver double lacks %s\n", name);
        exit(1);
    }
    memcpy(slot, &p, size);
}
#define HT_SYM(t, name, member) ht_sym((t)->lib, name, &(t)->member, sizeof((t)->member))

static inline void hip_test_open(struct hip_test *t)
{
    const char *path = getenv("URPEER_HIP_LIBRARY");
    ur_loader_config_handle_t cfg;
    uint32_t n = 0;

    memset(t, 0, sizeof(*t));
    if (path == NULL || *path == '\0')
        SKIP("URPEER_HIP_LIBRARY does not name the driver double");
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetAdapters(cfg, "hip"));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderInit(0, cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigRelease(cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urAdapterGet(0, NULL, &n));
    if (n != 1) {
        fprintf(stderr, "expected the HIP adapter on the driver double, got %u adapters\n", n);
        exit(1);
    }
    REQUIRE_UR(UR_RESULT_SUCCESS, urAdapterGet(1, &t->adapter, NULL));
    REQUIRE_UR(UR_RESULT_SUCCESS, urPlatformGet(t->adapter, 1, &t->platform, NULL));
    REQUIRE_UR(UR_RESULT_SUCCESS, urDeviceGet(t->platform, UR_DEVICE_TYPE_ALL, 0, NULL, &t->ndev));
    if (t->ndev > HT_MAX_DEVICES)
        t->ndev = HT_MAX_DEVICES;
    REQUIRE_UR(UR_RESULT_SUCCESS,
               urDeviceGet(t->platform, UR_DEVICE_TYPE_ALL, t->ndev, t->dev, NULL));

    /* The library urpeer opened: RTLD_NOLOAD fails if it is not loaded. */
    t->lib = dlopen(path, RTLD_NOW | RTLD_NOLOAD);
    if (t->lib == NULL) {
        fprintf(stderr, "%s is not loaded: %s\n", path, dlerror());
        exit(1);
    }
    HT_SYM(t, "fakegpu_count", call_count);
    HT_SYM(t, "fakegpu_reset_counts", reset_counts);
    HT_SYM(t, "fakegpu_fail_call", fail_call);
    HT_SYM(t, "fakegpu_count", counter);
    HT_SYM(t, "fakegpu_peer_enabled", peer_enabled);
    HT_SYM(t, "fakegpu_pointer_device", pointer_device);
    HT_SYM(t, "fakegpu_set_async", set_async);
    HT_SYM(t, "hipSetDevice", hipSetDevice);
    HT_SYM(t, "hipGetDevice", hipGetDevice);
    HT_SYM(t, "hipDeviceEnablePeerAccess", hipDeviceEnablePeerAccess);
    HT_SYM(t, "hipDeviceDisablePeerAccess", hipDeviceDisablePeerAccess);
    HT_SYM(t, "hipMalloc", hipMalloc);
    HT_SYM(t, "hipFree", hipFree);
}

static inline void hip_test_close(struct hip_test *t)
{
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterRelease(t->adapter));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    /* t->lib keeps the double loaded, with its state, for checks after the teardown. */
}

static inline int ht_peer_info(ur_device_handle_t a, ur_device_handle_t b, uint32_t prop)
{
    int v = -1;
    ur_result_t r =
        urUsmP2PPeerAccessGetInfoExp(a, b, (ur_exp_peer_info_t)prop, sizeof(v), &v, NULL);
    return r == UR_RESULT_SUCCESS ? v : -100 - (int)r;
}

/* The calling thread's current device in the double. */
static inline int ht_current(const struct hip_test *t)
{
    int d = -1;
    if (t->hipGetDevice(&d) != 0)
        return -1;
    return d;
}

#endif /* URPEER_TESTS_HIP_TEST_H */
