/* SPDX-License-Identifier: MIT */
/*
 * Setup shared by the CUDA adapter tests. Each test opens the CUDA driver itself (dlopen +
 * dlsym of the exact exported symbols, a path independent of the adapter's cuGetProcAddress
 * lookup) to compare urpeer's answers with the driver's and to run CUDA code of its own beside
 * the library. Where libcuda.so.1 or a GPU is missing the test is skipped (exit 77).
 */
#ifndef URPEER_TESTS_CUDA_ENV_H
#define URPEER_TESTS_CUDA_ENV_H

#include "harness.h"
#include "cuda_drv.h"

#include <dlfcn.h>
#include <stdint.h>
#include <string.h>

#define CT_MAX_DEVICES 64

/* The raw driver, as the test sees it. */
struct raw_cuda {
    void *lib;
    struct upcu_api api;
    struct upcu_test_api t;
    int ndev;
    upcu_device_t dev[CT_MAX_DEVICES];
};

/* The library, opened on the CUDA adapter alone. */
struct cuda_env {
    ur_adapter_handle_t adapter;
    ur_platform_handle_t platform;
    uint32_t ndev;
    ur_device_handle_t dev[CT_MAX_DEVICES];
};

static struct raw_cuda raw;

static inline void *raw_sym(const char *symbol)
{
    void *p = dlsym(raw.lib, symbol);
    if (p == NULL)
        SKIP("libcuda.so.1 has no %s", symbol);
    return p;
}

#define RAW_LOAD(name, symbol, version, params)                                                    \
    {                                                                                              \
        void *p_ = raw_sym(#symbol);                                                               \
        memcpy(&api->name, &p_, sizeof p_);                                                        \
    }

/* Open the driver and check there is a GPU; skips the test otherwise. */
static inline void raw_cuda_open(void)
{
    const char *path = getenv("URPEER_CUDA_LIBRARY");
    memset(&raw, 0, sizeof raw);
    raw.lib = dlopen(path && *path ? path : "libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
    if (raw.lib == NULL)
        SKIP("no CUDA driver (%s)", dlerror());
    {
        struct upcu_api *api = &raw.api;
        UPCU_ENTRY_POINTS(RAW_LOAD)
    }
    {
        struct upcu_test_api *api = &raw.t;
        UPCU_TEST_ENTRY_POINTS(RAW_LOAD)
    }
    upcu_result_t r = raw.api.cuInit(0);
    if (r != UPCU_SUCCESS)
        SKIP("cuInit failed (%d): no usable GPU", (int)r);
    if (raw.api.cuDeviceGetCount(&raw.ndev) != UPCU_SUCCESS || raw.ndev <= 0)
        SKIP("no CUDA device");
    if (raw.ndev > CT_MAX_DEVICES)
        raw.ndev = CT_MAX_DEVICES;
    for (int i = 0; i < raw.ndev; i++)
        if (raw.api.cuDeviceGet(&raw.dev[i], i) != UPCU_SUCCESS)
            SKIP("cuDeviceGet(%d) failed", i);
}

/* Check a raw driver call succeeded. */
#define CHECK_CU(call)                                                                             \
    do {                                                                                           \
        upcu_result_t t_cu_ = (call);                                                              \
        t_checks++;                                                                                \
        if (t_cu_ != UPCU_SUCCESS) {                                                               \
            t_failures++;                                                                          \
            fprintf(stderr, "%s:%d: %s returned CUresult %d\n", __FILE__, __LINE__, #call,         \
                    (int)t_cu_);                                                                   \
        }                                                                                          \
    } while (0)

/* urLoaderInit on the CUDA adapter only, and its devices. */
static inline void cuda_env_open(struct cuda_env *env)
{
    ur_loader_config_handle_t cfg;
    uint32_t n = 0, np = 0;

    memset(env, 0, sizeof *env);
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetAdapters(cfg, "cuda"));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderInit(0, cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigRelease(cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urAdapterGet(0, NULL, &n));
    if (n != 1) {
        fprintf(stderr, "the CUDA adapter did not start although the driver works\n");
        exit(1);
    }
    REQUIRE_UR(UR_RESULT_SUCCESS, urAdapterGet(1, &env->adapter, NULL));
    REQUIRE_UR(UR_RESULT_SUCCESS, urPlatformGet(env->adapter, 1, &env->platform, &np));
    REQUIRE_UR(UR_RESULT_SUCCESS,
               urDeviceGet(env->platform, UR_DEVICE_TYPE_ALL, 0, NULL, &env->ndev));
    if (env->ndev > CT_MAX_DEVICES)
        env->ndev = CT_MAX_DEVICES;
    REQUIRE_UR(UR_RESULT_SUCCESS,
               urDeviceGet(env->platform, UR_DEVICE_TYPE_ALL, env->ndev, env->dev, NULL));
}

/* On the driver double (tests/doubles/fake_cuda), one of its counters; -1 on a real driver. */
static inline long raw_fake_counter(const char *name)
{
    void *sym = dlsym(raw.lib, "fakegpu_count");
    unsigned long (*fn)(const char *);
    if (sym == NULL)
        return -1;
    memcpy(&fn, &sym, sizeof sym);
    return (long)fn(name);
}

/* On the driver double: the adapter asked for the right variants, enqueued work with the
 * stream's context current, never called without a context, never freed memory in use. */
static inline void raw_fake_check(void)
{
    static const char *const must_be_zero[] = {"wrong_variant", "stream_mismatch",
                                               "no_current_context", "free_with_pending_work"};
    for (size_t i = 0; i < sizeof must_be_zero / sizeof must_be_zero[0]; i++) {
        long v = raw_fake_counter(must_be_zero[i]);
        if (v > 0) {
            fprintf(stderr, "driver double: %s = %ld\n", must_be_zero[i], v);
            CHECK(v == 0);
        }
    }
}

static inline void cuda_env_close(struct cuda_env *env)
{
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterRelease(env->adapter));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    raw_fake_check();
}

/* The calling thread's current CUDA context. */
static inline upcu_context_t raw_current(void)
{
    upcu_context_t c = NULL;
    if (raw.api.cuCtxGetCurrent(&c) != UPCU_SUCCESS)
        return (upcu_context_t)(uintptr_t)1; /* never a real context */
    return c;
}

static inline ur_context_handle_t ct_context(struct cuda_env *env, uint32_t n)
{
    ur_context_handle_t ctx = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(n, env->dev, NULL, &ctx));
    return ctx;
}

static inline ur_queue_handle_t ct_queue(ur_context_handle_t ctx, ur_device_handle_t dev,
                                         ur_queue_flags_t flags)
{
    ur_queue_properties_t props = {UR_STRUCTURE_TYPE_QUEUE_PROPERTIES, NULL, flags};
    ur_queue_handle_t q = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, dev, &props, &q));
    return q;
}

#endif /* URPEER_TESTS_CUDA_ENV_H */
