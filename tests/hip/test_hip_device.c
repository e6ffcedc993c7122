/* SPDX-License-Identifier: MIT */
/*
 * HIP adapter on the driver double: discovery (platform and device properties, read with
 * HIP's attribute numbering), USM allocation on the right device, the driver's view of
 * pointers urpeer did not allocate (in the hipMemoryType numbering of the runtime's version),
 * and the caller's current device left as it was by every entry point that switches devices.
 *
 * Run twice by CTest: with a HIP 6 runtime version (default of the double) and with
 * FAKEGPU_VERSION=50221153 (HIP 5.2, the old hipMemoryType numbering).
 */
#include "hip_test.h"

static struct hip_test t;
static int version = 60241134;

typedef unsigned int (*ht_host_malloc_fn)(void **ptr, size_t size, unsigned int flags);
static ht_host_malloc_fn hip_host_malloc;
static ht_free_fn hip_host_free;

static void get_string(ur_device_handle_t d, ur_device_info_t what, char *buf, size_t size)
{
    buf[0] = '\0';
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, what, size, buf, NULL));
}

static uint32_t get_u32(ur_device_handle_t d, ur_device_info_t what)
{
    uint32_t v = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, what, sizeof(v), &v, NULL));
    return v;
}

static uint64_t get_u64(ur_device_handle_t d, ur_device_info_t what)
{
    uint64_t v = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, what, sizeof(v), &v, NULL));
    return v;
}

static void test_platform(void)
{
    char buf[256], expect[64];
    ur_backend_t backend = UR_BACKEND_UNKNOWN;

    CHECK_UR(UR_RESULT_SUCCESS,
             urPlatformGetInfo(t.platform, UR_PLATFORM_INFO_NAME, sizeof(buf), buf, NULL));
    CHECK(strcmp(buf, "AMD HIP BACKEND") == 0);
    CHECK_UR(UR_RESULT_SUCCESS,
             urPlatformGetInfo(t.platform, UR_PLATFORM_INFO_VENDOR_NAME, sizeof(buf), buf, NULL));
    CHECK(strcmp(buf, "AMD Corporation") == 0);
    CHECK_UR(UR_RESULT_SUCCESS,
             urPlatformGetInfo(t.platform, UR_PLATFORM_INFO_VERSION, sizeof(buf), buf, NULL));
    snprintf(expect, sizeof(expect), "HIP %d.%d.%d", version / 10000000, version / 100000 % 100,
             version % 100000);
    CHECK(strcmp(buf, expect) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urPlatformGetInfo(t.platform, UR_PLATFORM_INFO_BACKEND,
                                                  sizeof(backend), &backend, NULL));
    CHECK(backend == UR_BACKEND_HIP);
    CHECK(t.ndev == 3);
}

static void test_devices(void)
{
    char buf[256], expect[64];

    t.reset_counts();
    for (uint32_t i = 0; i < t.ndev; i++) {
        ur_device_handle_t d = t.dev[i];
        ur_device_type_t type = UR_DEVICE_TYPE_ALL;
        uint8_t uuid[16];
        ur_native_handle_t native = 99;
        size_t wg = 0, res = 0;

        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_TYPE, sizeof(type), &type, NULL));
        CHECK(type == UR_DEVICE_TYPE_GPU);
        CHECK(get_u32(d, UR_DEVICE_INFO_VENDOR_ID) == 0x1002);
        get_string(d, UR_DEVICE_INFO_NAME, buf, sizeof(buf));
        snprintf(expect, sizeof(expect), "Fake AMD Instinct %u", i);
        CHECK(strcmp(buf, expect) == 0);
        get_string(d, UR_DEVICE_INFO_VENDOR, buf, sizeof(buf));
        CHECK(strcmp(buf, "AMD Corporation") == 0);
        snprintf(expect, sizeof(expect), "%d.%d.%d", version / 10000000, version / 100000 % 100,
                 version % 100000);
        get_string(d, UR_DEVICE_INFO_DRIVER_VERSION, buf, sizeof(buf));
        CHECK(strcmp(buf, expect) == 0);
        get_string(d, UR_DEVICE_INFO_BACKEND_RUNTIME_VERSION, buf, sizeof(buf));
        CHECK(strcmp(buf, expect) == 0);
        /* The double prints the bus in upper case; urpeer gives lower case. */
        get_string(d, UR_DEVICE_INFO_PCI_ADDRESS, buf, sizeof(buf));
        snprintf(expect, sizeof(expect), "0000:%02x:00.0", 0x1b + 0x10 * i);
        CHECK(strcmp(buf, expect) == 0);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_UUID, sizeof(uuid), uuid, NULL));
        for (int b = 0; b < 16; b++)
            CHECK(uuid[b] == (uint8_t)(0xa0 + b + 16 * i));
        CHECK(get_u64(d, UR_DEVICE_INFO_GLOBAL_MEM_SIZE) == (uint64_t)64 << 20);
        /* Attribute numbers: each value below comes from one hipDeviceAttribute_t. */
        CHECK(get_u32(d, UR_DEVICE_INFO_MAX_COMPUTE_UNITS) == 300 + i);
        CHECK(get_u32(d, UR_DEVICE_INFO_MAX_CLOCK_FREQUENCY) == 2100 + i);
        CHECK(get_u32(d, UR_DEVICE_INFO_MEMORY_CLOCK_RATE) == 1300);
        CHECK(get_u32(d, UR_DEVICE_INFO_MEMORY_BUS_WIDTH) == 8192);
        CHECK(get_u64(d, UR_DEVICE_INFO_GLOBAL_MEM_CACHE_SIZE) == 8u << 20);
        CHECK(get_u64(d, UR_DEVICE_INFO_LOCAL_MEM_SIZE) == 64u << 10);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_MAX_WORK_GROUP_SIZE, sizeof(wg), &wg, NULL));
        CHECK(wg == 1024);
        {
            size_t v3[3] = {0, 0, 0};
            ur_bool_t ecc = 2;
            CHECK_UR(UR_RESULT_SUCCESS,
                     urDeviceGetInfo(d, UR_DEVICE_INFO_MAX_WORK_ITEM_SIZES, sizeof(v3), v3, NULL));
            CHECK(v3[0] == 1024 && v3[1] == 1024 && v3[2] == 1024);
            CHECK_UR(UR_RESULT_SUCCESS,
                     urDeviceGetInfo(d, UR_DEVICE_INFO_MAX_WORK_GROUPS_3D, sizeof(v3), v3, NULL));
            CHECK(v3[0] == 2147483647 && v3[1] == 65536 + i && v3[2] == 65536 + i);
            CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, UR_DEVICE_INFO_ERROR_CORRECTION_SUPPORT,
                                                        sizeof(ecc), &ecc, NULL));
            CHECK(ecc == (i % 2 == 0));
            CHECK(get_u32(d, UR_DEVICE_INFO_MAX_NUM_SUB_GROUPS) == 1024 / 64);
        }
        CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, UR_DEVICE_INFO_PROFILING_TIMER_RESOLUTION,
                                                    sizeof(res), &res, NULL));
        CHECK(res == 1000);
        CHECK((get_u32(d, UR_DEVICE_INFO_QUEUE_PROPERTIES) & UR_QUEUE_FLAG_PROFILING_ENABLE) != 0);
        CHECK(get_u32(d, UR_DEVICE_INFO_USM_DEVICE_SUPPORT) != 0);
        CHECK(get_u32(d, UR_DEVICE_INFO_USM_HOST_SUPPORT) != 0);
        /* The double has managed memory without concurrent access: access and atomics. */
        CHECK(get_u32(d, UR_DEVICE_INFO_USM_SINGLE_SHARED_SUPPORT) ==
              (UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ACCESS |
               UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_ACCESS));
        CHECK(get_u32(d, UR_DEVICE_INFO_USM_CROSS_SHARED_SUPPORT) == 0);
        CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetNativeHandle(d, &native));
        CHECK(native == (ur_native_handle_t)i); /* hipDevice_t is the ordinal */
    }
    /* Everything was read at discovery. */
    CHECK(t.call_count(NULL) == 0);
}

/* Allocations land on their device; every entry point that switches devices gives the
 * caller's back, on success and on failure. */
static void test_current_device(void)
{
    ur_context_handle_t ctx;
    ur_queue_handle_t q;
    ur_event_handle_t ev = NULL;
    void *d0 = NULL, *d1 = NULL, *h = NULL, *tmp = NULL;
    const ur_queue_properties_t props = {UR_STRUCTURE_TYPE_QUEUE_PROPERTIES, NULL,
                                         UR_QUEUE_FLAG_PROFILING_ENABLE};
    const uint32_t pattern = 0xdeadbeef;
    unsigned char buf[4096];
    const char *msg = NULL;
    int32_t native = 0;

    CHECK(t.hipSetDevice(2) == 0);
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(t.ndev, t.dev, NULL, &ctx));
    CHECK(ht_current(&t) == 2);
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, t.dev[0], NULL, NULL, 4096, &d0));
    CHECK(ht_current(&t) == 2);
    CHECK(t.pointer_device(d0) == 0);
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, t.dev[1], NULL, NULL, 4096, &d1));
    CHECK(t.pointer_device(d1) == 1);
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx, NULL, NULL, 4096, &h));
    CHECK(t.pointer_device(h) == -1);
    CHECK(ht_current(&t) == 2);

    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, t.dev[1], &props, &q));
    CHECK(ht_current(&t) == 2);
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMFill(q, d1, sizeof(pattern), &pattern, 4096, 0, NULL, NULL));
    CHECK(ht_current(&t) == 2);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, false, d0, d1, 4096, 0, NULL, &ev));
    CHECK(ht_current(&t) == 2);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, buf, d0, 4096, 1, &ev, NULL));
    CHECK(ht_current(&t) == 2);
    CHECK(memcmp(buf, &pattern, 4) == 0 && memcmp(buf + 4092, &pattern, 4) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueEventsWait(q, 1, &ev, NULL));
    CHECK(ht_current(&t) == 2);
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
    /* Work always went to the queue's own device. */
    CHECK(t.counter("stream_mismatch") == 0);

    /* Failures: mapped, recorded, and the device still restored. */
    CHECK(t.fail_call("hipMalloc", 1, 2) == 0);
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY,
             urUSMDeviceAlloc(ctx, t.dev[0], NULL, NULL, 4096, &tmp));
    CHECK(ht_current(&t) == 2);
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGetLastError(t.adapter, &msg, &native));
    CHECK(native == 2);
    CHECK(msg != NULL && strstr(msg, "hipMalloc") != NULL &&
          strstr(msg, "hipErrorOutOfMemory") != NULL);
    CHECK(t.fail_call("hipHostMalloc", 1, 2) == 0);
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, urUSMHostAlloc(ctx, NULL, NULL, 4096, &tmp));
    CHECK(tmp == NULL);
    /* The double's memory really runs out (64 MiB per device, 4 KiB of it in use). */
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY,
             urUSMDeviceAlloc(ctx, t.dev[0], NULL, NULL, (size_t)64 << 20, &tmp));
    CHECK(ht_current(&t) == 2);
    CHECK(t.fail_call("hipMemcpyAsync", 1, 700) == 0);
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST, urEnqueueUSMMemcpy(q, true, buf, d1, 64, 0, NULL, NULL));
    CHECK(ht_current(&t) == 2);
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGetLastError(t.adapter, &msg, &native));
    CHECK(native == 700 && msg != NULL && strstr(msg, "hipMemcpyAsync") != NULL);
    CHECK(t.fail_call("hipStreamCreateWithFlags", 1, 2) == 0);
    {
        ur_queue_handle_t q2 = NULL;
        CHECK_UR(UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY, urQueueCreate(ctx, t.dev[0], NULL, &q2));
        CHECK(q2 == NULL);
    }
    CHECK(ht_current(&t) == 2);

    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
    CHECK(ht_current(&t) == 2);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, d0));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, d1));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, h));
    CHECK(ht_current(&t) == 2);
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    /* No native object left behind. */
    CHECK(t.counter("live_allocations") == 0);
    CHECK(t.counter("live_streams") == 0);
    CHECK(t.counter("live_events") == 1); /* the profiling base event of device 1 */
    CHECK(t.hipSetDevice(0) == 0);
}

/* urUSMGetMemAllocInfo on memory the application got from HIP itself. */
static void test_foreign_pointers(void)
{
    ur_context_handle_t ctx;
    void *dev = NULL, *host = NULL, *base = NULL;
    ur_usm_type_t type = UR_USM_TYPE_FORCE_UINT32;
    ur_device_handle_t owner = NULL;
    size_t size = 0;
    int on_stack = 0;

    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(t.ndev, t.dev, NULL, &ctx));
    CHECK(t.hipSetDevice(1) == 0);
    CHECK(t.hipMalloc(&dev, 1000) == 0);
    CHECK(hip_host_malloc(&host, 500, 0) == 0);
    CHECK(t.hipSetDevice(0) == 0);

    CHECK_UR(UR_RESULT_SUCCESS, urUSMGetMemAllocInfo(ctx, (char *)dev + 10, UR_USM_ALLOC_INFO_TYPE,
                                                     sizeof(type), &type, NULL));
    CHECK(type == UR_USM_TYPE_DEVICE);
    CHECK_UR(UR_RESULT_SUCCESS,
             urUSMGetMemAllocInfo(ctx, (char *)dev + 10, UR_USM_ALLOC_INFO_DEVICE, sizeof(owner),
                                  &owner, NULL));
    CHECK(owner == t.dev[1]);
    CHECK_UR(UR_RESULT_SUCCESS,
             urUSMGetMemAllocInfo(ctx, (char *)dev + 10, UR_USM_ALLOC_INFO_BASE_PTR, sizeof(base),
                                  &base, NULL));
    CHECK(base == dev);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMGetMemAllocInfo(ctx, (char *)dev + 10, UR_USM_ALLOC_INFO_SIZE,
                                                     sizeof(size), &size, NULL));
    CHECK(size == 1000);

    CHECK_UR(UR_RESULT_SUCCESS,
             urUSMGetMemAllocInfo(ctx, host, UR_USM_ALLOC_INFO_TYPE, sizeof(type), &type, NULL));
    CHECK(type == UR_USM_TYPE_HOST);
    owner = t.dev[0];
    CHECK_UR(UR_RESULT_SUCCESS, urUSMGetMemAllocInfo(ctx, host, UR_USM_ALLOC_INFO_DEVICE,
                                                     sizeof(owner), &owner, NULL));
    CHECK(owner == NULL);

    CHECK_UR(UR_RESULT_SUCCESS, urUSMGetMemAllocInfo(ctx, &on_stack, UR_USM_ALLOC_INFO_TYPE,
                                                     sizeof(type), &type, NULL));
    CHECK(type == UR_USM_TYPE_UNKNOWN);

    CHECK(t.hipFree(dev) == 0);
    CHECK(hip_host_free(host) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
}

/* Alignment: what HIP gives (256 bytes) is honoured; more is refused, never silently wrong. */
static void test_alignment(void)
{
    ur_context_handle_t ctx;
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(t.ndev, t.dev, NULL, &ctx));
    for (uint32_t align = 1; align <= 4096; align *= 2) {
        ur_usm_desc_t desc = {UR_STRUCTURE_TYPE_USM_DESC, NULL, 0, align};
        void *p = NULL;
        ur_result_t r = urUSMDeviceAlloc(ctx, t.dev[0], &desc, NULL, 100, &p);
        if (align <= 256)
            CHECK(r == UR_RESULT_SUCCESS);
        CHECK(r == UR_RESULT_SUCCESS || r == UR_RESULT_ERROR_INVALID_VALUE);
        if (r == UR_RESULT_SUCCESS) {
            CHECK(((uintptr_t)p & (align - 1)) == 0);
            CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, p));
        }
    }
    CHECK(t.counter("live_allocations") == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
}

int main(void)
{
    const char *v = getenv("FAKEGPU_VERSION");
    if (v != NULL && *v != '\0')
        version = atoi(v);
    hip_test_open(&t);
    ht_sym(t.lib, "hipHostMalloc", &hip_host_malloc, sizeof(hip_host_malloc));
    ht_sym(t.lib, "hipHostFree", &hip_host_free, sizeof(hip_host_free));
    test_platform();
    test_devices();
    test_current_device();
    test_foreign_pointers();
    test_alignment();
    hip_test_close(&t);
    CHECK(t.counter("live_events") == 0); /* the base event goes with the adapter */
    return test_summary("hip_device");
}
