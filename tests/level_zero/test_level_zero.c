/* SPDX-License-Identifier: MIT */
/*
 * The Level Zero adapter against the fake driver (tests/doubles/fake_ze) and the real loader.
 * One program, one mode per CTest entry (argv[1]); each entry sets the fake's topology through
 * FAKE_ZE_* variables, and FAKE_ZE_LIB names the fake so the test can read its call counters.
 *
 * Modes:
 *   discovery    platform and device properties, init path, queries without driver calls
 *   p2p_rules    ACCESS flag AND zeDeviceCanAccessPeer, atomics normalised, every contract row
 *   multi_driver two drivers = two platforms: the cross-platform rows
 *   bandwidth    performance rank and bandwidth from the bandwidth extension
 *   copy         copies (data checked), fills (native and emulated), events, wait lists,
 *                barriers, ordering, profiling, frees that wait, no leaks
 *   timestamps   kernel timestamp conversion (timer form and wrap-around set by the entry)
 *   errors       driver failures mapped to UR results with the native code kept
 *   init_fallback  zeInitDrivers failing: zeInit + zeDriverGet; no PCI extension
 *   no_library   a missing library and a library that is not Level Zero: zero platforms
 *   no_driver    the real Level Zero loader with no driver: zero platforms, no error
 */
#include "harness.h"

#include "fakegpu.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#define MAX_DEV 16

static ur_adapter_handle_t adapter;
static ur_platform_handle_t platforms[4];
static uint32_t nplatforms;
static ur_device_handle_t dev[MAX_DEV]; /* devices of platform 0 */
static uint32_t ndev;

static fakegpu_count_fn fz_count;
static fakegpu_reset_counts_fn fz_reset;
static fakegpu_fail_call_fn fz_fail;

static uint64_t count(const char *name)
{
    return fz_count != NULL ? fz_count(name) : 0;
}

/* Initialise with the Level Zero adapter only; returns the number of adapters found. */
static uint32_t open_adapter(void)
{
    ur_loader_config_handle_t cfg;
    uint32_t n = 0;

    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetAdapters(cfg, "level_zero"));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderInit(0, cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigRelease(cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urAdapterGet(0, NULL, &n));
    if (n == 0)
        return 0;
    REQUIRE_UR(UR_RESULT_SUCCESS, urAdapterGet(1, &adapter, NULL));
    REQUIRE_UR(UR_RESULT_SUCCESS, urPlatformGet(adapter, 4, platforms, &nplatforms));
    REQUIRE_UR(UR_RESULT_SUCCESS, urDeviceGet(platforms[0], UR_DEVICE_TYPE_ALL, 0, NULL, &ndev));
    if (ndev > MAX_DEV)
        ndev = MAX_DEV;
    REQUIRE_UR(UR_RESULT_SUCCESS, urDeviceGet(platforms[0], UR_DEVICE_TYPE_ALL, ndev, dev, NULL));

    /* The fake is loaded by now (by the adapter, or by the Level Zero loader). */
    const char *lib = getenv("FAKE_ZE_LIB");
    if (lib != NULL) {
        void *h = dlopen(lib, RTLD_NOW | RTLD_NOLOAD);
        if (h == NULL) {
            fprintf(stderr, "the fake driver %s is not loaded\n", lib);
            exit(1);
        }
        *(void **)&fz_count = dlsym(h, "fakegpu_count");
        *(void **)&fz_reset = dlsym(h, "fakegpu_reset_counts");
        *(void **)&fz_fail = dlsym(h, "fakegpu_fail_call");
        if (fz_count == NULL || fz_reset == NULL || fz_fail == NULL) {
            fprintf(stderr, "the fake driver's controls are missing\n");
            exit(1);
        }
        dlclose(h);
    }
    return n;
}

static void close_adapter(void)
{
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterRelease(adapter));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    if (fz_count != NULL) {
        /* Everything the adapter made in the driver is gone, and it broke no rule. */
        CHECK(count("live_contexts") == 0);
        CHECK(count("live_allocations") == 0);
        CHECK(count("live_lists") == 0);
        CHECK(count("live_pools") == 0);
        CHECK(count("live_events") == 0);
        CHECK(count("violations") == 0);
    }
}

static int peer(ur_device_handle_t a, ur_device_handle_t b, uint32_t prop)
{
    int v = -1;
    ur_result_t r =
        urUsmP2PPeerAccessGetInfoExp(a, b, (ur_exp_peer_info_t)prop, sizeof(v), &v, NULL);
    return r == UR_RESULT_SUCCESS ? v : -1000 - (int)r;
}

#define ACCESS UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT
#define ATOMICS UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT
#define UNSUPPORTED_ENUM (-1000 - (int)UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION)

/* ---- discovery ---------------------------------------------------------------------------- */

static void test_discovery(void)
{
    char s[256];
    ur_backend_t backend = UR_BACKEND_UNKNOWN;
    const char *alt = getenv("ZE_ENABLE_ALT_DRIVERS");
    const bool via_loader = alt != NULL && *alt != '\0';

    REQUIRE_UR(UR_RESULT_SUCCESS,
               open_adapter() == 1 ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_UNINITIALIZED);
    CHECK(nplatforms == 1);
    CHECK(ndev == 4);
    CHECK_UR(UR_RESULT_SUCCESS, urPlatformGetInfo(platforms[0], UR_PLATFORM_INFO_BACKEND,
                                                  sizeof(backend), &backend, NULL));
    CHECK(backend == UR_BACKEND_LEVEL_ZERO);
    CHECK_UR(UR_RESULT_SUCCESS,
             urPlatformGetInfo(platforms[0], UR_PLATFORM_INFO_VERSION, sizeof(s), s, NULL));
    CHECK(strcmp(s, "1.3.26516") == 0);
    for (uint32_t i = 0; i < ndev; i++) {
        char want[64];
        uint32_t u32 = 0;
        uint64_t u64 = 0;
        size_t sz = 0;
        uint8_t uuid[16];
        ur_device_type_t type = UR_DEVICE_TYPE_ALL;
        ur_bool_t p2p = 0;

        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(dev[i], UR_DEVICE_INFO_NAME, sizeof(s), s, NULL));
        snprintf(want, sizeof(want), "Fake Level Zero GPU 0.%u", i);
        CHECK(strcmp(s, want) == 0);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(dev[i], UR_DEVICE_INFO_TYPE, sizeof(type), &type, NULL));
        CHECK(type == UR_DEVICE_TYPE_GPU);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(dev[i], UR_DEVICE_INFO_VENDOR_ID, sizeof(u32), &u32, NULL));
        CHECK(u32 == 0x8086);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(dev[i], UR_DEVICE_INFO_DEVICE_ID, sizeof(u32), &u32, NULL));
        CHECK(u32 == 0x0bd6);
        CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(dev[i], UR_DEVICE_INFO_MAX_COMPUTE_UNITS,
                                                    sizeof(u32), &u32, NULL));
        CHECK(u32 == 512);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(dev[i], UR_DEVICE_INFO_GLOBAL_MEM_SIZE, sizeof(u64), &u64, NULL));
        CHECK(u64 == 1ull << 30);
        CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(dev[i], UR_DEVICE_INFO_MAX_MEM_ALLOC_SIZE,
                                                    sizeof(u64), &u64, NULL));
        CHECK(u64 == 1ull << 29);
        /* Shared allocations: the driver's single-device capabilities (read/write only). */
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(dev[i], UR_DEVICE_INFO_USM_SINGLE_SHARED_SUPPORT, sizeof(u32),
                                 &u32, NULL));
        CHECK(u32 == UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ACCESS);
        /* The driver's timer in the API 1.2 form: 19.2 MHz = 52.08 ns per tick. */
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(dev[i], UR_DEVICE_INFO_PROFILING_TIMER_RESOLUTION, sizeof(sz), &sz,
                                 NULL));
        CHECK(sz == 52);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(dev[i], UR_DEVICE_INFO_UUID, sizeof(uuid), uuid, NULL));
        CHECK(uuid[0] == 0x86 && uuid[1] == 0x80 && uuid[14] == 0 && uuid[15] == i);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(dev[i], UR_DEVICE_INFO_PCI_ADDRESS, sizeof(s), s, NULL));
        snprintf(want, sizeof(want), "0000:%02x:00.0", 0x18 + i);
        CHECK(strcmp(s, want) == 0);
        CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(dev[i], UR_DEVICE_INFO_BACKEND_RUNTIME_VERSION,
                                                    sizeof(s), s, NULL));
        CHECK(strcmp(s, "1.4") == 0);
        CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(dev[i], UR_DEVICE_INFO_USM_P2P_SUPPORT_EXP,
                                                    sizeof(p2p), &p2p, NULL));
        CHECK(p2p == 1);
    }
    /* Initialisation: zeInitDrivers where the library has it (the fake loaded directly); the
     * Level Zero loader of this system predates it and initialises the fake with zeInit. */
    if (via_loader) {
        CHECK(count("zeInit") >= 1);
    } else {
        CHECK(count("zeInitDrivers") == 2); /* count, then handles */
        CHECK(count("zeInit") == 0);
        CHECK(count("zeDriverGet") == 0);
    }
    /* Peer capabilities were read once per ordered pair, at discovery. */
    CHECK(count("zeDeviceGetP2PProperties") == 12);
    CHECK(count("zeDeviceCanAccessPeer") == 12);

    /* Default topology: the ACCESS flag on every pair, no ATOMICS, no bandwidth extension. */
    fz_reset();
    for (uint32_t i = 0; i < ndev; i++) {
        for (uint32_t j = 0; j < ndev; j++) {
            CHECK(peer(dev[i], dev[j], ACCESS) == 1);
            CHECK(peer(dev[i], dev[j], ATOMICS) == (i == j));
            if (i != j) {
                CHECK(peer(dev[i], dev[j], URPEER_PEER_INFO_PERFORMANCE_RANK) == UNSUPPORTED_ENUM);
                CHECK(peer(dev[i], dev[j], URPEER_PEER_INFO_BANDWIDTH_GBPS) == UNSUPPORTED_ENUM);
            }
        }
    }
    CHECK(count("calls") == 0); /* queries answer from what discovery read */
    close_adapter();
}

/* ---- p2p_rules ---------------------------------------------------------------------------- */

struct storm {
    ur_device_handle_t a, b;
    int rounds;
};

static void *storm_thread(void *arg)
{
    struct storm *s = arg;
    for (int i = 0; i < s->rounds; i++) {
        if (urUsmP2PEnablePeerAccessExp(s->a, s->b) != UR_RESULT_SUCCESS)
            return (void *)1;
        if (urUsmP2PDisablePeerAccessExp(s->a, s->b) != UR_RESULT_SUCCESS)
            return (void *)1;
    }
    return NULL;
}

/* Flags (ze_flags.topo): ACCESS 0-1,1-0,1-2,0-3,3-2, ATOMICS 0-1,3-2; zeDeviceCanAccessPeer
 * (ze_canaccess.topo): 0-1,1-0,2-1,0-3. */
static void test_p2p_rules(void)
{
    int v = 7;
    size_t sz = 0;

    REQUIRE_UR(UR_RESULT_SUCCESS,
               open_adapter() == 1 ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_UNINITIALIZED);
    REQUIRE_UR(UR_RESULT_SUCCESS, ndev == 4 ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_UNINITIALIZED);
    fz_reset();

    /* Access needs both the ACCESS flag and zeDeviceCanAccessPeer. */
    CHECK(peer(dev[0], dev[1], ACCESS) == 1); /* flag yes, CanAccessPeer yes */
    CHECK(peer(dev[1], dev[0], ACCESS) == 1);
    CHECK(peer(dev[0], dev[3], ACCESS) == 1);
    CHECK(peer(dev[1], dev[2], ACCESS) == 0); /* flag yes, CanAccessPeer no */
    CHECK(peer(dev[2], dev[1], ACCESS) == 0); /* flag no, CanAccessPeer yes */
    CHECK(peer(dev[3], dev[0], ACCESS) == 0); /* neither */
    CHECK(peer(dev[2], dev[3], ACCESS) == 0);
    /* Atomics: the ATOMICS flag (bit 1, value 2) reported as exactly 1; on its own. */
    CHECK(peer(dev[0], dev[1], ATOMICS) == 1);
    CHECK(peer(dev[1], dev[0], ATOMICS) == 0);
    CHECK(peer(dev[3], dev[2], ATOMICS) == 1);
    CHECK(peer(dev[2], dev[3], ATOMICS) == 0);
    /* Self pairs. */
    for (uint32_t i = 0; i < ndev; i++) {
        CHECK(peer(dev[i], dev[i], ACCESS) == 1);
        CHECK(peer(dev[i], dev[i], ATOMICS) == 1);
        CHECK(peer(dev[i], dev[i], URPEER_PEER_INFO_ACCESS_ENABLED) == 1);
        CHECK(peer(dev[i], dev[i], URPEER_PEER_INFO_ENABLE_COUNT) == 0);
    }

    /* The query's argument rules (the generic suite has them all; a sample on this adapter). */
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urUsmP2PPeerAccessGetInfoExp(NULL, dev[1], ACCESS, sizeof(v), &v, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urUsmP2PPeerAccessGetInfoExp(dev[0], dev[1], ACCESS, sizeof(v), NULL, &sz));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urUsmP2PPeerAccessGetInfoExp(dev[0], dev[1], ACCESS, 0, NULL, NULL));
    CHECK_UR(
        UR_RESULT_ERROR_INVALID_ENUMERATION,
        urUsmP2PPeerAccessGetInfoExp(dev[0], dev[1], (ur_exp_peer_info_t)2, sizeof(v), &v, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urUsmP2PPeerAccessGetInfoExp(dev[0], dev[1], ACCESS, 0, &v, NULL));
    v = 7;
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urUsmP2PPeerAccessGetInfoExp(dev[0], dev[1], ACCESS, 2, &v, &sz));
    CHECK(v == 7 && sz == sizeof(int));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PPeerAccessGetInfoExp(dev[0], dev[1], ACCESS, 0, NULL, &sz));
    CHECK(sz == sizeof(int));

    /* Enable / Disable: no driver call ever (Level Zero has none), but the counts nest. */
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUsmP2PEnablePeerAccessExp(NULL, dev[1]));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUsmP2PDisablePeerAccessExp(dev[0], NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(dev[0], dev[0])); /* self */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(dev[0], dev[0]));
    CHECK(peer(dev[0], dev[0], URPEER_PEER_INFO_ENABLE_COUNT) == 0);
    /* Not supported (either half of the rule saying no): no count, no driver call. */
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urUsmP2PEnablePeerAccessExp(dev[1], dev[2]));
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urUsmP2PEnablePeerAccessExp(dev[2], dev[1]));
    CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION, urUsmP2PDisablePeerAccessExp(dev[1], dev[2]));
    CHECK(peer(dev[1], dev[2], URPEER_PEER_INFO_ENABLE_COUNT) == 0);
    /* Disable with nothing enabled. */
    CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION, urUsmP2PDisablePeerAccessExp(dev[0], dev[1]));
    /* Nesting. */
    for (int i = 1; i <= 3; i++) {
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(dev[0], dev[1]));
        CHECK(peer(dev[0], dev[1], URPEER_PEER_INFO_ENABLE_COUNT) == i);
        CHECK(peer(dev[0], dev[1], URPEER_PEER_INFO_ACCESS_ENABLED) == 1);
    }
    CHECK(peer(dev[1], dev[0], URPEER_PEER_INFO_ACCESS_ENABLED) == 0); /* one direction only */
    for (int i = 2; i >= 0; i--) {
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(dev[0], dev[1]));
        CHECK(peer(dev[0], dev[1], URPEER_PEER_INFO_ENABLE_COUNT) == i);
        CHECK(peer(dev[0], dev[1], URPEER_PEER_INFO_ACCESS_ENABLED) == (i > 0));
    }
    CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION, urUsmP2PDisablePeerAccessExp(dev[0], dev[1]));
    CHECK(peer(dev[0], dev[1], URPEER_PEER_INFO_ENABLE_COUNT) == 0);

    /* Concurrent Enable/Disable on one pair: the count ends at 0, never negative. */
    {
        pthread_t t[4];
        struct storm s = {dev[0], dev[3], 500};
        void *ret;
        for (int i = 0; i < 4; i++)
            CHECK(pthread_create(&t[i], NULL, storm_thread, &s) == 0);
        for (int i = 0; i < 4; i++) {
            CHECK(pthread_join(t[i], &ret) == 0);
            CHECK(ret == NULL);
        }
        CHECK(peer(dev[0], dev[3], URPEER_PEER_INFO_ENABLE_COUNT) == 0);
    }
    /* Left enabled at teardown: the core just drops the count (no driver state to undo). */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(dev[1], dev[0]));
    CHECK(count("calls") == 0);
    close_adapter();
}

/* ---- multi_driver (FAKEGPU_DRIVERS=2, ze2.topo: 2 devices) ---------------------------------- */

static void test_multi_driver(void)
{
    ur_device_handle_t other[2];
    uint32_t n = 0;

    REQUIRE_UR(UR_RESULT_SUCCESS,
               open_adapter() == 1 ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_UNINITIALIZED);
    CHECK(nplatforms == 2);
    CHECK(ndev == 2);
    REQUIRE_UR(UR_RESULT_SUCCESS, urDeviceGet(platforms[1], UR_DEVICE_TYPE_ALL, 2, other, &n));
    CHECK(n == 2);
    /* The discovery asked nothing across drivers: 2 ordered pairs in each of 2 drivers. */
    CHECK(count("zeDeviceGetP2PProperties") == 4);
    fz_reset();
    for (uint32_t i = 0; i < 2; i++) {
        for (uint32_t j = 0; j < 2; j++) {
            CHECK(peer(dev[i], other[j], ACCESS) == 0);
            CHECK(peer(dev[i], other[j], ATOMICS) == 0);
            CHECK(peer(other[j], dev[i], ACCESS) == 0);
            CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE,
                     urUsmP2PEnablePeerAccessExp(dev[i], other[j]));
            CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION,
                     urUsmP2PDisablePeerAccessExp(dev[i], other[j]));
        }
    }
    CHECK(peer(other[0], other[1], ACCESS) == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(other[0], other[1]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(other[0], other[1]));
    CHECK(count("calls") == 0);
    close_adapter();
}

/* ---- bandwidth ---------------------------------------------------------------------------- */

/* ze_bandwidth.topo: 0 <-> 1 200 GB/s, 0 <-> 2 and 1 <-> 2 100 GB/s (device 3: no fabric) */
static void test_bandwidth(void)
{
    REQUIRE_UR(UR_RESULT_SUCCESS,
               open_adapter() == 1 ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_UNINITIALIZED);
    REQUIRE_UR(UR_RESULT_SUCCESS, ndev == 4 ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_UNINITIALIZED);
    CHECK(peer(dev[0], dev[1], URPEER_PEER_INFO_PERFORMANCE_RANK) == 0);
    CHECK(peer(dev[1], dev[0], URPEER_PEER_INFO_PERFORMANCE_RANK) == 0);
    CHECK(peer(dev[0], dev[2], URPEER_PEER_INFO_PERFORMANCE_RANK) == 1);
    CHECK(peer(dev[2], dev[1], URPEER_PEER_INFO_PERFORMANCE_RANK) == 1);
    CHECK(peer(dev[0], dev[3], URPEER_PEER_INFO_PERFORMANCE_RANK) == 2); /* after all links */
    CHECK(peer(dev[3], dev[2], URPEER_PEER_INFO_PERFORMANCE_RANK) == 2);
    CHECK(peer(dev[0], dev[1], URPEER_PEER_INFO_BANDWIDTH_GBPS) == 200);
    CHECK(peer(dev[2], dev[0], URPEER_PEER_INFO_BANDWIDTH_GBPS) == 100);
    CHECK(peer(dev[0], dev[3], URPEER_PEER_INFO_BANDWIDTH_GBPS) == UNSUPPORTED_ENUM);
    /* Bandwidth says nothing about access: still the flags. */
    CHECK(peer(dev[0], dev[3], ACCESS) == 1);
    close_adapter();
}

/* ---- copy --------------------------------------------------------------------------------- */

static ur_queue_handle_t make_queue(ur_context_handle_t ctx, ur_device_handle_t d,
                                    ur_queue_flags_t flags)
{
    ur_queue_properties_t props = {UR_STRUCTURE_TYPE_QUEUE_PROPERTIES, NULL, flags};
    ur_queue_handle_t q = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, d, &props, &q));
    return q;
}

static void fill_host(uint8_t *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (uint8_t)(i * 31u + seed);
}

static int check_host(const uint8_t *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != (uint8_t)(i * 31u + seed))
            return 0;
    return 1;
}

static void test_fills(ur_queue_handle_t q, void *dmem, size_t size, uint8_t *host)
{
    /* Powers of two (native up to the engine's limit) and other sizes (always emulated). */
    static const size_t sizes[] = {1, 2, 4, 8, 16, 32, 64, 128, 3, 5, 24, 256};
    uint8_t pattern[256];

    for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
        size_t ps = sizes[k];
        size_t n = size - ps * 3; /* a multiple of the pattern, not of everything */
        uint64_t native_before = count("zeCommandListAppendMemoryFill");
        ur_event_handle_t ev = NULL;
        ur_event_status_t st = UR_EVENT_STATUS_ERROR;
        int ok = 1;

        n -= n % ps;
        for (size_t i = 0; i < ps; i++)
            pattern[i] = (uint8_t)(0x40 + ps + i);
        memset(host, 0, size);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueUSMFill(q, dmem, 1, &(uint8_t){0x11}, size, 0, NULL, NULL));
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, dmem, ps, pattern, n, 0, NULL, &ev));
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, host, dmem, size, 0, NULL, NULL));
        for (size_t i = 0; i < n; i++)
            ok &= host[i] == pattern[i % ps];
        for (size_t i = n; i < size; i++)
            ok &= host[i] == 0x11;
        CHECK(ok);
        if (!ok)
            fprintf(stderr, "fill with a pattern of %zu bytes: wrong data\n", ps);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEventGetInfo(ev, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL));
        CHECK(st == UR_EVENT_STATUS_COMPLETE);
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
        /* The engine fills patterns up to its limit (16 bytes here); larger ones are emulated
         * with copies. Two fills per round: the 1-byte one is always native. */
        CHECK(count("zeCommandListAppendMemoryFill") - native_before ==
              ((ps & (ps - 1)) == 0 && ps <= 16 ? 2u : 1u));
    }
}

/* Copies whose memory belongs to another context of the platform, which a command list may
 * not touch: staged through host memory by one short-lived list of each side's context, after
 * the queue's earlier commands and the wait list, the event signalled after. On entry d2
 * (device memory of ctx2) holds pattern 99; d (of ctx, on the queue q's device) anything. */
static void test_cross_context(ur_context_handle_t ctx, ur_queue_handle_t q, void *d,
                               ur_context_handle_t ctx2, ur_queue_handle_t q2, void *d2, void *h2,
                               size_t size)
{
    uint8_t *host = malloc(size);
    ur_mem_handle_t b = NULL, b2 = NULL;
    ur_event_handle_t e1 = NULL, e2 = NULL;
    ur_event_status_t st = UR_EVENT_STATUS_ERROR;
    uint64_t lists = count("zeCommandListCreateImmediate");

    /* USM of ctx2 into USM of ctx, on ctx's queue, with an event. */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, d, 1, &(uint8_t){0}, size, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, false, d, d2, size, 0, NULL, &e1));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetInfo(e1, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL));
    CHECK(st == UR_EVENT_STATUS_COMPLETE);
    memset(host, 0, size);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, host, d, size, 1, &e1, NULL));
    CHECK(check_host(host, size, 99));
    /* Two lists per staged copy, one in each context, none left alive (the fake counts). */
    CHECK(count("zeCommandListCreateImmediate") - lists == 2);
    /* The other way, from ctx2's queue: USM of ctx into ctx2's host USM, after an event of
     * ctx's queue (a wait list across contexts too). */
    fill_host(host, size, 5);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, false, d, host, size, 0, NULL, &e2));
    memset(h2, 0, size);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q2, true, h2, d, size, 1, &e2, NULL));
    CHECK(check_host(h2, size, 5));

    /* Buffers of two contexts, copied on the first one's queue (the upstream CTS's
     * urEventWaitTest.WithCrossContextDependencies does this). */
    REQUIRE_UR(UR_RESULT_SUCCESS, urMemBufferCreate(ctx, UR_MEM_FLAG_READ_WRITE, 4096, NULL, &b));
    REQUIRE_UR(UR_RESULT_SUCCESS, urMemBufferCreate(ctx2, UR_MEM_FLAG_READ_WRITE, 4096, NULL, &b2));
    fill_host(host, 4096, 42);
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueMemBufferWrite(q2, b2, true, 0, 4096, host, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferCopy(q, b2, b, 100, 200, 3000, 0, NULL, NULL));
    memset(host, 0, 4096);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferRead(q, b, true, 0, 4096, host, 0, NULL, NULL));
    {
        uint8_t want[4096];
        fill_host(want, 4096, 42);
        CHECK(memcmp(host + 200, want + 100, 3000) == 0);
    }
    /* Fills of ctx2's memory on ctx's queue, staged the same way: a USM fill (a 3-byte pattern),
     * a buffer fill and a 2D fill, each with the bytes around it checked. */
    {
        static const uint8_t pat[3] = {0xa1, 0xb2, 0xc3};
        uint8_t want[4096];
        ur_event_handle_t e3 = NULL;
        int ok = 1;

        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueUSMFill(q2, d2, 1, &(uint8_t){0x11}, 4096, 0, NULL, NULL));
        CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q2));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueUSMFill(q, (char *)d2 + 8, 3, pat, 3 * 100, 0, NULL, &e3));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEventGetInfo(e3, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL));
        CHECK(st == UR_EVENT_STATUS_COMPLETE);
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e3));
        memset(want, 0x11, sizeof(want));
        for (size_t i = 0; i < 300; i++)
            want[8 + i] = pat[i % 3];
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q2, true, host, d2, 4096, 0, NULL, NULL));
        CHECK(memcmp(host, want, 4096) == 0);
        /* 2D: 4 rows of 16 bytes at a pitch of 64 (rows continue one pattern stream). */
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill2D(q, (char *)d2 + 1024, 64, 1,
                                                       &(uint8_t){0x5a}, 16, 4, 0, NULL, NULL));
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q2, true, host, d2, 4096, 0, NULL, NULL));
        for (size_t r = 0; r < 4; r++)
            for (size_t c = 0; c < 64; c++)
                ok &= host[1024 + r * 64 + c] == (c < 16 ? 0x5a : 0x11);
        CHECK(ok);
        static const uint8_t pat4[4] = {0xa1, 0xb2, 0xc3, 0xd4};
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferFill(q, b2, pat4, 4, 32, 296, 0, NULL, NULL));
        memset(host, 0, 4096);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueMemBufferRead(q2, b2, true, 0, 4096, host, 0, NULL, NULL));
        fill_host(want, 4096, 42);
        for (size_t i = 0; i < 296; i++)
            want[32 + i] = pat4[i % 4];
        CHECK(memcmp(host, want, 4096) == 0);
    }
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(b));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(b2));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e1));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e2));
    free(host);
}

static void test_copy(void)
{
    const size_t size = 1 << 20;
    ur_context_handle_t ctx, ctx2;
    ur_queue_handle_t q[4], qp, q2;
    void *d[4], *h, *h2, *d2;
    uint8_t *host = malloc(size), *host2 = malloc(size);
    const bool in_order_api =
        getenv("FAKEGPU_VERSION") != NULL && strcmp(getenv("FAKEGPU_VERSION"), "1.10") == 0;
    ur_event_handle_t e1 = NULL, e2 = NULL, e3 = NULL;
    ur_event_status_t st;
    uint64_t t0 = 0, t1 = 0;

    REQUIRE_UR(UR_RESULT_SUCCESS,
               open_adapter() == 1 ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_UNINITIALIZED);
    REQUIRE_UR(UR_RESULT_SUCCESS, ndev == 4 ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_UNINITIALIZED);
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(ndev, dev, NULL, &ctx));
    for (uint32_t i = 0; i < ndev; i++) {
        q[i] = make_queue(ctx, dev[i], 0);
        REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, dev[i], NULL, NULL, size, &d[i]));
    }
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx, NULL, NULL, size, &h));
    /* Immediate lists created IN_ORDER where the driver's API has the flag (1.7). */
    CHECK(count("in_order_lists") == (in_order_api ? 4u : 0u));

    /* host -> device 0 -> device 1 (peer) -> device 2 (peer, queue of the source) -> USM host
     * -> host, each step checked through a copy back. */
    fill_host(host, size, 7);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], false, d[0], host, size, 0, NULL, &e1));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], false, d[1], d[0], size, 1, &e1, &e2));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[1], false, d[2], d[1], size, 1, &e2, &e3));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &e3));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[2], true, h, d[2], size, 0, NULL, NULL));
    CHECK(check_host(h, size, 7));
    memset(host2, 0, size);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[3], true, host2, d[1], size, 0, NULL, NULL));
    CHECK(check_host(host2, size, 7));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetInfo(e3, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL));
    CHECK(st == UR_EVENT_STATUS_COMPLETE);
    /* Not a profiling queue. */
    CHECK_UR(UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE,
             urEventGetProfilingInfo(e1, UR_PROFILING_INFO_COMMAND_START, sizeof(t0), &t0, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e1));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e2));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e3));
    /* Within one device, and between interior pointers. */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[3], false, (char *)d[3] + 4096,
                                                   (char *)d[2] + 100, 8192, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMMemcpy(q[3], true, host2, (char *)d[3] + 4096, 8192, 0, NULL, NULL));
    CHECK(memcmp(host2, (char *)h + 100, 8192) == 0);

    /* Fills, native and emulated. */
    test_fills(q[1], d[1], 4096, host);

    /* Barrier with a wait list, and an event of another context in a wait list (waited for on
     * the host: a command list cannot wait on it). */
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(1, &dev[2], NULL, &ctx2));
    q2 = make_queue(ctx2, dev[2], 0);
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx2, dev[2], NULL, NULL, size, &d2));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx2, NULL, NULL, size, &h2));
    fill_host(host, size, 99);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q2, false, d2, host, size, 0, NULL, &e1));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueEventsWait(q[2], 1, &e1, &e2));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q2, false, h2, d2, size, 1, &e2, &e3));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &e3));
    CHECK(check_host(h2, size, 99));
    test_cross_context(ctx, q[0], d[0], ctx2, q2, d2, h2, size);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueEventsWait(q[2], 0, NULL, NULL)); /* plain barrier */
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFlush(q[2]));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e1));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e2));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e3));

    /* Profiling: kernel timestamps, converted with the device's timer. The fake's copy of N
     * bytes takes 1 + N/4096 ticks of 1/19.2 MHz. */
    qp = make_queue(ctx, dev[0], UR_QUEUE_FLAG_PROFILING_ENABLE);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(qp, true, d[0], host, size, 0, NULL, &e1));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetProfilingInfo(e1, UR_PROFILING_INFO_COMMAND_START, sizeof(t0), &t0, NULL));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetProfilingInfo(e1, UR_PROFILING_INFO_COMMAND_END, sizeof(t1), &t1, NULL));
    CHECK(t1 > t0);
    {
        uint64_t ticks = 1 + size / 4096;
        uint64_t want = ticks * 1000000000ull / 19200000ull;
        CHECK(t1 - t0 + 1 >= want && t1 - t0 <= want + 1);
        if (!(t1 - t0 + 1 >= want && t1 - t0 <= want + 1))
            fprintf(stderr, "profiled %llu ns, expected %llu\n", (unsigned long long)(t1 - t0),
                    (unsigned long long)want);
    }
    {
        uint64_t q0 = 0, c0 = 0;
        CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(e1, UR_PROFILING_INFO_COMMAND_QUEUED,
                                                            sizeof(q0), &q0, NULL));
        CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(e1, UR_PROFILING_INFO_COMMAND_COMPLETE,
                                                            sizeof(c0), &c0, NULL));
        CHECK(q0 <= t0 && c0 >= t1);
    }
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e1));

    /* Commands without order barriers where the list is IN_ORDER; with them where not (the
     * first command after the queue went idle needs none). */
    {
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], false, d[0], host, 64, 0, NULL, NULL));
        uint64_t barriers = count("zeCommandListAppendBarrier");
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], false, d[0], host, 64, 0, NULL, NULL));
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], false, d[0], host, 64, 0, NULL, NULL));
        CHECK(count("zeCommandListAppendBarrier") - barriers == (in_order_api ? 0u : 2u));
    }

    /* Freeing waits for the queues of the context (a barrier and a host wait each). */
    {
        uint64_t syncs = count("zeEventHostSynchronize");
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, d[3]));
        CHECK(count("zeEventHostSynchronize") > syncs);
    }
    for (uint32_t i = 0; i < 3; i++)
        CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, d[i]));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, h));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx2, d2));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx2, h2));
    for (uint32_t i = 0; i < ndev; i++)
        CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q[i]));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(qp));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q2));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx2));
    /* Every device-to-device copy above was between devices with access. */
    CHECK(count("copies_without_p2p") == 0);
    free(host);
    free(host2);
    close_adapter();
}

/* ---- timestamps ---------------------------------------------------------------------------- */

/* Entries: FAKEGPU_TS_START just below 2^32 (the end wraps in 32 valid bits), and
 * FAKEGPU_VERSION=1.0 (the timer in whole nanoseconds per tick). */
static void test_timestamps(void)
{
    ur_context_handle_t ctx;
    ur_queue_handle_t q;
    ur_event_handle_t e;
    void *dm;
    static uint8_t host[65536];
    uint64_t t0 = 0, t1 = 0, ticks = 1 + sizeof(host) / 4096, want;
    size_t res = 0;
    const bool api10 = getenv("FAKEGPU_VERSION") != NULL;

    REQUIRE_UR(UR_RESULT_SUCCESS,
               open_adapter() == 1 ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_UNINITIALIZED);
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(dev[0], UR_DEVICE_INFO_PROFILING_TIMER_RESOLUTION,
                                                sizeof(res), &res, NULL));
    CHECK(res == 52);
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(1, dev, NULL, &ctx));
    q = make_queue(ctx, dev[0], UR_QUEUE_FLAG_PROFILING_ENABLE);
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, dev[0], NULL, NULL, sizeof(host), &dm));
    for (int round = 0; round < 3; round++) {
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueUSMMemcpy(q, true, dm, host, sizeof(host), 0, NULL, &e));
        CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(e, UR_PROFILING_INFO_COMMAND_START,
                                                            sizeof(t0), &t0, NULL));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEventGetProfilingInfo(e, UR_PROFILING_INFO_COMMAND_END, sizeof(t1), &t1, NULL));
        want = api10 ? ticks * 52 : ticks * 1000000000ull / 19200000ull;
        CHECK(t1 > t0);
        CHECK(t1 - t0 + 1 >= want && t1 - t0 <= want + 1);
        if (!(t1 > t0 && t1 - t0 + 1 >= want && t1 - t0 <= want + 1))
            fprintf(stderr, "round %d: start %llu end %llu, expected a span of %llu ns\n", round,
                    (unsigned long long)t0, (unsigned long long)t1, (unsigned long long)want);
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(e));
    }
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, dm));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    close_adapter();
}

/* ---- errors -------------------------------------------------------------------------------- */

static void expect_native(int32_t code, const char *name, const char *call)
{
    const char *msg = NULL;
    int32_t native = 0;
    ur_result_t r = urAdapterGetLastError(adapter, &msg, &native);
    CHECK(r == UR_RESULT_SUCCESS || r == UR_RESULT_ERROR_ADAPTER_SPECIFIC);
    CHECK(native == code);
    CHECK(msg != NULL && strstr(msg, name) != NULL && strstr(msg, call) != NULL);
    if (msg == NULL || strstr(msg, name) == NULL || strstr(msg, call) == NULL)
        fprintf(stderr, "last error: %s (wanted %s from %s)\n", msg ? msg : "(null)", name, call);
}

static void test_errors(void)
{
    ur_context_handle_t ctx;
    ur_queue_handle_t q;
    void *p = NULL, *p2 = NULL, *dm = NULL;
    uint8_t host[256];

    REQUIRE_UR(UR_RESULT_SUCCESS,
               open_adapter() == 1 ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_UNINITIALIZED);
    /* Discovery went on after zeDeviceGetP2PProperties refused the chained bandwidth
     * properties once (FAKEGPU_FAULTS): asked again without them. */
    CHECK(count("zeDeviceGetP2PProperties") == 13);
    CHECK(peer(dev[0], dev[1], ACCESS) == 1);

    fz_fail("zeContextCreate", 1, 0x78000001); /* UNINITIALIZED */
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED, urContextCreate(1, dev, NULL, &ctx));
    expect_native(0x78000001, "ZE_RESULT_ERROR_UNINITIALIZED", "zeContextCreate");
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(2, dev, NULL, &ctx));

    fz_fail("zeMemAllocDevice", 1, 0x70000003);
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY,
             urUSMDeviceAlloc(ctx, dev[0], NULL, NULL, 4096, &p));
    expect_native(0x70000003, "ZE_RESULT_ERROR_OUT_OF_DEVICE_MEMORY", "zeMemAllocDevice");
    fz_fail("zeMemAllocHost", 1, 0x70000002);
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, urUSMHostAlloc(ctx, NULL, NULL, 4096, &p));
    expect_native(0x70000002, "ZE_RESULT_ERROR_OUT_OF_HOST_MEMORY", "zeMemAllocHost");
    /* The device's memory really running out (ze4_1mib.topo). */
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, dev[0], NULL, NULL, 256 << 10, &dm));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, dev[0], NULL, NULL, 512 << 10, &p));
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY,
             urUSMDeviceAlloc(ctx, dev[0], NULL, NULL, 512 << 10, &p2));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, p));

    fz_fail("zeCommandListCreateImmediate", 1, 0x7ffffffe); /* UNKNOWN */
    CHECK_UR(UR_RESULT_ERROR_ADAPTER_SPECIFIC, urQueueCreate(ctx, dev[0], NULL, &q));
    expect_native(0x7ffffffe, "ZE_RESULT_ERROR_UNKNOWN", "zeCommandListCreateImmediate");
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, dev[0], NULL, &q));

    fz_fail("zeCommandListAppendMemoryCopy", 1, 0x70000001);
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST,
             urEnqueueUSMMemcpy(q, true, dm, host, sizeof(host), 0, NULL, NULL));
    expect_native(0x70000001, "ZE_RESULT_ERROR_DEVICE_LOST", "zeCommandListAppendMemoryCopy");
    fz_fail("zeCommandListAppendMemoryFill", 1, 0x78000004);
    CHECK_UR(UR_RESULT_ERROR_INVALID_ARGUMENT,
             urEnqueueUSMFill(q, dm, 4, host, sizeof(host), 0, NULL, NULL));
    expect_native(0x78000004, "ZE_RESULT_ERROR_INVALID_ARGUMENT", "zeCommandListAppendMemoryFill");
    /* A failed enqueue with an event: no event comes back, none stays in the driver. */
    {
        ur_event_handle_t e = NULL;
        uint64_t live = count("live_events");
        fz_fail("zeCommandListAppendMemoryCopy", 1, 0x70000001);
        CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST,
                 urEnqueueUSMMemcpy(q, false, dm, host, sizeof(host), 0, NULL, &e));
        CHECK(e == NULL);
        CHECK(count("live_events") == live);
    }
    fz_fail("zeEventPoolCreate", 1, 0x70000002);
    {
        ur_queue_handle_t qp = make_queue(ctx, dev[1], UR_QUEUE_FLAG_PROFILING_ENABLE);
        ur_event_handle_t e = NULL;
        CHECK_UR(UR_RESULT_ERROR_OUT_OF_HOST_MEMORY,
                 urEnqueueUSMMemcpy(qp, false, dm, host, sizeof(host), 0, NULL, &e));
        CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(qp));
    }
    /* Everything still works afterwards. */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, dm, host, sizeof(host), 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, dm));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    close_adapter();
}

/* ---- init_fallback (FAKEGPU_INIT_DRIVERS=0 FAKEGPU_PCI=0) ----------------------------------- */

static void test_init_fallback(void)
{
    char s[64];
    size_t sz = 0;

    REQUIRE_UR(UR_RESULT_SUCCESS,
               open_adapter() == 1 ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_UNINITIALIZED);
    CHECK(ndev == 4);
    CHECK(count("zeInitDrivers") == 1);
    CHECK(count("zeInit") == 1);
    CHECK(count("zeDriverGet") == 2);
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION,
             urDeviceGetInfo(dev[0], UR_DEVICE_INFO_PCI_ADDRESS, sizeof(s), s, &sz));
    close_adapter();
}

/* ---- no_library / no_driver ----------------------------------------------------------------- */

static void test_zero_platforms(void)
{
    uint32_t n = 99;

    REQUIRE_UR(UR_RESULT_SUCCESS,
               open_adapter() == 0 ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_INVALID_VALUE);
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGet(0, NULL, &n));
    CHECK(n == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
}

static void test_no_library(void)
{
    /* URPEER_LEVEL_ZERO_LIBRARY names a file that does not exist (set by the entry). */
    test_zero_platforms();
    /* A library that is not Level Zero (no zeInit). */
    setenv("URPEER_LEVEL_ZERO_LIBRARY", "libm.so.6", 1);
    test_zero_platforms();
}

static void test_no_driver(void)
{
    void *h = dlopen("libze_loader.so.1", RTLD_NOW | RTLD_LOCAL);

    if (h == NULL)
        SKIP("no Level Zero loader (libze_loader.so.1) installed");
    dlclose(h);
    /* Twice: a second initialisation after a teardown finds the library loaded. */
    test_zero_platforms();
    test_zero_platforms();
}

int main(int argc, char **argv)
{
    static const struct {
        const char *name;
        void (*fn)(void);
    } modes[] = {
        {"discovery", test_discovery},
        {"p2p_rules", test_p2p_rules},
        {"multi_driver", test_multi_driver},
        {"bandwidth", test_bandwidth},
        {"copy", test_copy},
        {"timestamps", test_timestamps},
        {"errors", test_errors},
        {"init_fallback", test_init_fallback},
        {"no_library", test_no_library},
        {"no_driver", test_no_driver},
    };
    char name[64];

    if (argc < 2) {
        fprintf(stderr, "usage: %s MODE\n", argv[0]);
        return 2;
    }
    for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
        if (strcmp(argv[1], modes[i].name) == 0) {
            modes[i].fn();
            snprintf(name, sizeof(name), "level_zero %s", argv[1]);
            return test_summary(name);
        }
    }
    fprintf(stderr, "unknown mode %s\n", argv[1]);
    return 2;
}
