/* SPDX-License-Identifier: MIT */
/*
 * The loader: configuration objects, layers, init/teardown reference counting, adapter
 * selection, leak reports, and teardown turning off the peer access this library turned on.
 */
#include "harness.h"
#include "stderr_capture.h"

#include <stdatomic.h>
#include <string.h>
#include <unistd.h>

/* ---- capture this process's stderr around a call ------------------------------------------ */
static char captured[1 << 16];

static ur_adapter_handle_t init_sim(const char *preset, const char *layer)
{
    ur_loader_config_handle_t cfg;
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetAdapters(cfg, "sim"));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetSimulation(cfg, preset));
    if (layer != NULL)
        REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigEnableLayer(cfg, layer));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderInit(0, cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigRelease(cfg));
    ur_adapter_handle_t a = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urAdapterGet(1, &a, NULL));
    return a;
}

static void devices_of(ur_adapter_handle_t a, ur_device_handle_t *d, uint32_t n)
{
    ur_platform_handle_t p;
    REQUIRE_UR(UR_RESULT_SUCCESS, urPlatformGet(a, 1, &p, NULL));
    REQUIRE_UR(UR_RESULT_SUCCESS, urDeviceGet(p, UR_DEVICE_TYPE_ALL, n, d, NULL));
}

static void test_uninitialized(void)
{
    uint32_t n = 7;
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED, urAdapterGet(0, NULL, &n));
    CHECK(n == 7);
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED, urLoaderTearDown());
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED,
             urDeviceGetInfo(NULL, UR_DEVICE_INFO_TYPE, 0, NULL, NULL));
    urpeer_object_counts_t c;
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED, urpeerGetObjectCounts(&c));
}

static void test_config(void)
{
    ur_loader_config_handle_t cfg = NULL;
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER, urLoaderConfigCreate(NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urLoaderConfigRetain(NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urLoaderConfigRelease(NULL));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&cfg));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER, urLoaderConfigEnableLayer(NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER, urLoaderConfigEnableLayer(cfg, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urLoaderConfigEnableLayer(NULL, "UR_LAYER_LEAK_CHECKING"));
    CHECK_UR(UR_RESULT_ERROR_LAYER_NOT_PRESENT, urLoaderConfigEnableLayer(cfg, "UR_LAYER_NOPE"));
    CHECK_UR(UR_RESULT_ERROR_LAYER_NOT_PRESENT, urLoaderConfigEnableLayer(cfg, "LEAK"));
    CHECK_UR(UR_RESULT_ERROR_LAYER_NOT_PRESENT, urLoaderConfigEnableLayer(cfg, ""));
    const char *layers[] = {"UR_LAYER_PARAMETER_VALIDATION", "UR_LAYER_BOUNDS_CHECKING",
                            "UR_LAYER_LEAK_CHECKING", "UR_LAYER_LIFETIME_VALIDATION",
                            "UR_LAYER_FULL_VALIDATION"};
    for (size_t i = 0; i < sizeof(layers) / sizeof(layers[0]); i++)
        CHECK_UR(UR_RESULT_SUCCESS, urLoaderConfigEnableLayer(cfg, layers[i]));
    size_t sz = 0;
    CHECK_UR(UR_RESULT_SUCCESS,
             urLoaderConfigGetInfo(cfg, UR_LOADER_CONFIG_INFO_AVAILABLE_LAYERS, 0, NULL, &sz));
    char buf[512] = {0};
    CHECK(sz > 1 && sz <= sizeof(buf));
    CHECK_UR(UR_RESULT_SUCCESS,
             urLoaderConfigGetInfo(cfg, UR_LOADER_CONFIG_INFO_AVAILABLE_LAYERS, sz, buf, NULL));
    CHECK(strstr(buf, "UR_LAYER_LEAK_CHECKING") != NULL);
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderConfigRetain(cfg));
    uint32_t rc = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderConfigGetInfo(cfg, UR_LOADER_CONFIG_INFO_REFERENCE_COUNT,
                                                      sizeof(rc), &rc, NULL));
    CHECK(rc == 2);
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE, urpeerLoaderConfigSetAdapters(cfg, "cuda,bogus"));
    CHECK_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetAdapters(cfg, "cuda,hip,level_zero,sim"));
    /* Upstream lets these be called before urLoaderInit. */
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderConfigSetMockingEnabled(cfg, 0));
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urLoaderConfigSetMockingEnabled(cfg, 1));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urLoaderConfigSetMockingEnabled(NULL, 0));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urLoaderConfigSetCodeLocationCallback(cfg, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderConfigRelease(cfg));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderConfigRelease(cfg));
}

static void test_init_refcount(void)
{
    CHECK_UR(UR_RESULT_ERROR_INVALID_ENUMERATION, urLoaderInit(0x100, NULL));
    ur_adapter_handle_t a = init_sim("pcie4", NULL);
    /* A second init takes a reference; its configuration is ignored while the loader lives. */
    ur_loader_config_handle_t cfg;
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetSimulation(cfg, "nvswitch8"));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderInit(UR_DEVICE_INIT_FLAG_GPU, cfg));
    urLoaderConfigRelease(cfg);
    ur_platform_handle_t p;
    uint32_t ndev = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urPlatformGet(a, 1, &p, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGet(p, UR_DEVICE_TYPE_ALL, 0, NULL, &ndev));
    CHECK(ndev == 4);
    ur_api_version_t v;
    CHECK_UR(UR_RESULT_SUCCESS, urPlatformGetApiVersion(p, &v));
    CHECK(v == UR_API_VERSION_CURRENT);
    uint32_t lib = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urpeerGetVersion(&lib, &v));
    CHECK(lib == URPEER_VERSION && v == UR_MAKE_VERSION(0, 12));
    const char *name = NULL;
    CHECK_UR(UR_RESULT_SUCCESS, urpeerAdapterGetName(a, &name));
    CHECK(name != NULL && strcmp(name, "sim") == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterRelease(a));
    CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION, urAdapterRelease(a)); /* no reference left */
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGet(0, NULL, &ndev)); /* still alive: one reference */
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED, urAdapterGet(0, NULL, &ndev));
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED, urLoaderTearDown());
}

static void test_bad_sim_spec(void)
{
    ur_loader_config_handle_t cfg;
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetAdapters(cfg, "sim"));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetSimulation(cfg, "/nonexistent/node.topo"));
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE, urLoaderInit(0, cfg));
    uint32_t n = 0;
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED, urAdapterGet(0, NULL, &n));
    char msg[256] = "";
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE,
             urpeerSimCheckTopology("/nonexistent/node.topo", msg, sizeof(msg)));
    CHECK(strstr(msg, "/nonexistent/node.topo") != NULL);
    /* No simulated node asked for: success, and no adapter (no GPU adapter selected). */
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetSimulation(cfg, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderInit(0, cfg));
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGet(0, NULL, &n));
    CHECK(n == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    urLoaderConfigRelease(cfg);
}

/* Leak checking: a planted leak is reported with counts; a clean run reports nothing. */
static void test_leaks(bool plant, const char *layer)
{
    ur_adapter_handle_t a = init_sim("pair", layer);
    ur_device_handle_t d[2];
    devices_of(a, d, 2);
    ur_context_handle_t ctx;
    ur_queue_handle_t q;
    void *mem;
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(2, d, NULL, &ctx));
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, d[0], NULL, &q));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, d[1], NULL, NULL, 4096, &mem));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(d[0], d[1]));
    if (!plant) {
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(d[0], d[1]));
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, mem));
        CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
        CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
        CHECK_UR(UR_RESULT_SUCCESS, urAdapterRelease(a));
    }
    int saved = capture_begin();
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    capture_end(saved, captured, sizeof(captured));
    bool reported = strstr(captured, "urpeer/leak") != NULL;
    if (plant) {
        CHECK(reported);
        CHECK(strstr(captured, "1 contexts, 1 queues, 0 events not released") != NULL);
        CHECK(strstr(captured, "not freed") != NULL);
        CHECK(strstr(captured, "peer access 0 -> 1 of adapter 'sim' left enabled (count 1)") !=
              NULL);
        CHECK(strstr(captured, "1 adapter reference(s) from urAdapterGet not released") != NULL);
    } else {
        CHECK(!reported);
    }
}

/* Teardown turns off, in the driver, what this library turned on (seen in the info log). */
static void test_teardown_disables(void)
{
    ur_adapter_handle_t a = init_sim("pair", NULL);
    ur_device_handle_t d[2];
    devices_of(a, d, 2);
    REQUIRE_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(d[1], d[0]));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(d[1], d[0]));
    urAdapterRelease(a);
    int saved = capture_begin();
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    capture_end(saved, captured, sizeof(captured));
    CHECK(strstr(captured, "teardown: peer access 1 -> 0 off (driver disable)") != NULL);
}

/* Handles used after their last release: a clear error, never a read of freed memory. */
static void test_stale_handles(void)
{
    ur_adapter_handle_t a = init_sim("pair", NULL);
    ur_device_handle_t d[2];
    devices_of(a, d, 2);
    urpeer_object_counts_t c0; /* objects planted as leaks earlier in this process stay counted */
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&c0));
    ur_context_handle_t ctx;
    ur_queue_handle_t q;
    ur_event_handle_t ev;
    void *mem;
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(2, d, NULL, &ctx));
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, d[0], NULL, &q));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, d[0], NULL, NULL, 64, &mem));
    REQUIRE_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, mem, 1, "x", 64, 0, NULL, &ev));
    REQUIRE_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
    REQUIRE_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
    CHECK_UR(UR_RESULT_ERROR_INVALID_EVENT, urEventRelease(ev));
    CHECK_UR(UR_RESULT_ERROR_INVALID_EVENT, urEventWait(1, &ev));
    CHECK_UR(UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST, urEnqueueEventsWait(q, 1, &ev, NULL));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, mem));
    CHECK_UR(UR_RESULT_ERROR_INVALID_MEM_OBJECT, urUSMFree(ctx, mem));
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
    CHECK_UR(UR_RESULT_ERROR_INVALID_QUEUE, urQueueFinish(q));
    CHECK_UR(UR_RESULT_ERROR_INVALID_QUEUE, urQueueRelease(q));
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    CHECK_UR(UR_RESULT_ERROR_INVALID_CONTEXT, urContextRelease(ctx));
    CHECK_UR(UR_RESULT_ERROR_INVALID_CONTEXT, urUSMHostAlloc(ctx, NULL, NULL, 64, &mem));
    urpeer_object_counts_t c;
    CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&c));
    CHECK(c.contexts == c0.contexts && c.queues == c0.queues && c.events == c0.events);
    CHECK(c.usmAllocations == 0);
    urAdapterRelease(a);
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    /* after teardown every entry point says so first */
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED, urDeviceRetain(d[0]));
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED, urContextRelease(ctx));
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "all";
    if (strcmp(mode, "env-leak") == 0) {
        /* UR_ENABLE_LAYERS=UR_LAYER_LEAK_CHECKING set by the test's environment */
        test_leaks(true, NULL);
        return test_summary("loader(env-leak)");
    }
    if (strcmp(mode, "teardown") == 0) {
        test_teardown_disables(); /* needs URPEER_LOG=info */
        return test_summary("loader(teardown)");
    }
    test_uninitialized();
    test_config();
    test_init_refcount();
    test_bad_sim_spec();
    test_leaks(true, "UR_LAYER_LEAK_CHECKING");
    test_leaks(false, "UR_LAYER_FULL_VALIDATION");
    test_leaks(false, NULL);
    test_stale_handles();
    return test_summary("loader");
}
