/* SPDX-License-Identifier: MIT */
/*
 * CUDA adapter discovery: the platform, every device property urDeviceGetInfo answers and every
 * peer capability, each checked against the driver's own answer; the self-pair rows of the
 * peer-access contract; no primary context created by discovery.
 */
#include "cuda_env.h"

#include <ctype.h>
#include <time.h>

static struct cuda_env env;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int raw_attr(upcu_device_t dev, int attr)
{
    int v = 0;
    CHECK_CU(raw.api.cuDeviceGetAttribute(&v, attr, dev));
    return v;
}

static void check_string(ur_device_handle_t d, ur_device_info_t prop, const char *expected)
{
    char buf[512];
    size_t size = 0;

    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, prop, 0, NULL, &size));
    CHECK(size == strlen(expected) + 1);
    memset(buf, 0, sizeof buf);
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, prop, sizeof buf, buf, NULL));
    if (strcmp(buf, expected) != 0) {
        fprintf(stderr, "device info %d: '%s', driver says '%s'\n", (int)prop, buf, expected);
        CHECK(0);
    }
}

static void check_u32(ur_device_handle_t d, ur_device_info_t prop, uint32_t expected)
{
    uint32_t v = 0xdeadbeef;
    size_t size = 0;

    if (expected == 0) { /* the driver has no answer: the query is unsupported */
        CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION,
                 urDeviceGetInfo(d, prop, sizeof v, &v, NULL));
        return;
    }
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, prop, sizeof v, &v, &size));
    CHECK(size == sizeof v);
    if (v != expected) {
        fprintf(stderr, "device info %d: %u, driver says %u\n", (int)prop, v, expected);
        CHECK(0);
    }
}

static void check_u64(ur_device_handle_t d, ur_device_info_t prop, uint64_t expected)
{
    uint64_t v = 0;

    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, prop, sizeof v, &v, NULL));
    if (v != expected) {
        fprintf(stderr, "device info %d: %llu, driver says %llu\n", (int)prop,
                (unsigned long long)v, (unsigned long long)expected);
        CHECK(0);
    }
}

static void check_size(ur_device_handle_t d, ur_device_info_t prop, size_t expected)
{
    size_t v = 0;

    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, prop, sizeof v, &v, NULL));
    CHECK(v == expected);
}

static void test_platform(void)
{
    char buf[256];
    int version = 0;
    ur_backend_t backend = UR_BACKEND_UNKNOWN;

    CHECK_CU(raw.api.cuDriverGetVersion(&version));
    CHECK_UR(UR_RESULT_SUCCESS,
             urPlatformGetInfo(env.platform, UR_PLATFORM_INFO_NAME, sizeof buf, buf, NULL));
    CHECK(strcmp(buf, "NVIDIA CUDA BACKEND") == 0);
    CHECK_UR(UR_RESULT_SUCCESS,
             urPlatformGetInfo(env.platform, UR_PLATFORM_INFO_VENDOR_NAME, sizeof buf, buf, NULL));
    CHECK(strcmp(buf, "NVIDIA Corporation") == 0);
    CHECK_UR(UR_RESULT_SUCCESS,
             urPlatformGetInfo(env.platform, UR_PLATFORM_INFO_VERSION, sizeof buf, buf, NULL));
    {
        char expected[64];
        snprintf(expected, sizeof expected, "CUDA %d.%d", version / 1000, version % 1000 / 10);
        CHECK(strcmp(buf, expected) == 0);
        printf("platform: NVIDIA CUDA BACKEND, %s\n", buf);
    }
    CHECK_UR(UR_RESULT_SUCCESS, urPlatformGetInfo(env.platform, UR_PLATFORM_INFO_BACKEND,
                                                  sizeof backend, &backend, NULL));
    CHECK(backend == UR_BACKEND_CUDA);
    CHECK(env.ndev == (uint32_t)raw.ndev);
}

static ur_device_usm_access_capability_flags_t usm_all(void)
{
    return UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ACCESS |
           UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_ACCESS |
           UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_CONCURRENT_ACCESS |
           UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_CONCURRENT_ACCESS;
}

static void test_device(uint32_t i)
{
    ur_device_handle_t d = env.dev[i];
    upcu_device_t dev = raw.dev[i];
    char name[256], pci[32], expected[64];
    size_t total = 0;
    upcu_uuid_t uuid;
    int version = 0;
    int major = raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR);
    int minor = raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR);

    CHECK_CU(raw.api.cuDeviceGetName(name, sizeof name, dev));
    CHECK_CU(raw.api.cuDeviceTotalMem(&total, dev));
    CHECK_CU(raw.api.cuDeviceGetUuid(&uuid, dev));
    CHECK_CU(raw.api.cuDeviceGetPCIBusId(pci, sizeof pci, dev));
    CHECK_CU(raw.api.cuDriverGetVersion(&version));
    for (char *c = pci; *c; c++)
        *c = (char)tolower((unsigned char)*c);
    printf("device %u: %s, %s, %zu MiB, compute capability %d.%d, driver %d\n", i, name, pci,
           total >> 20, major, minor, version);

    {
        ur_device_type_t t = UR_DEVICE_TYPE_DEFAULT;
        CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, UR_DEVICE_INFO_TYPE, sizeof t, &t, NULL));
        CHECK(t == UR_DEVICE_TYPE_GPU);
    }
    check_u32(d, UR_DEVICE_INFO_VENDOR_ID, 0x10DE);
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION,
             urDeviceGetInfo(d, UR_DEVICE_INFO_DEVICE_ID, sizeof(uint32_t), expected, NULL));
    check_string(d, UR_DEVICE_INFO_NAME, name);
    check_string(d, UR_DEVICE_INFO_VENDOR, "NVIDIA Corporation");
    snprintf(expected, sizeof expected, "%d.%d", version / 1000, version % 1000 / 10);
    check_string(d, UR_DEVICE_INFO_DRIVER_VERSION, expected);
    snprintf(expected, sizeof expected, "%d.%d", major, minor);
    check_string(d, UR_DEVICE_INFO_BACKEND_RUNTIME_VERSION, expected);
    check_string(d, UR_DEVICE_INFO_PCI_ADDRESS, pci);
    CHECK(strlen(pci) == 12 && pci[4] == ':' && pci[7] == ':' && pci[10] == '.');
    {
        uint8_t u[16];
        size_t size = 0;
        CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, UR_DEVICE_INFO_UUID, sizeof u, u, &size));
        CHECK(size == 16);
        CHECK(memcmp(u, uuid.bytes, 16) == 0);
    }
    check_u64(d, UR_DEVICE_INFO_GLOBAL_MEM_SIZE, total);
    check_u64(d, UR_DEVICE_INFO_MAX_MEM_ALLOC_SIZE, total);
    check_u32(d, UR_DEVICE_INFO_MAX_COMPUTE_UNITS,
              (uint32_t)raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT));
    check_u32(d, UR_DEVICE_INFO_MAX_CLOCK_FREQUENCY,
              (uint32_t)raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_CLOCK_RATE) / 1000u);
    check_u32(d, UR_DEVICE_INFO_MEMORY_CLOCK_RATE,
              (uint32_t)raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE) / 1000u);
    check_u32(d, UR_DEVICE_INFO_MEMORY_BUS_WIDTH,
              (uint32_t)raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH));
    check_u64(d, UR_DEVICE_INFO_GLOBAL_MEM_CACHE_SIZE,
              (uint64_t)raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE));
    check_u64(d, UR_DEVICE_INFO_LOCAL_MEM_SIZE,
              (uint64_t)raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK));
    check_size(d, UR_DEVICE_INFO_MAX_WORK_GROUP_SIZE,
               (size_t)raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK));
    /* Compute limits and hardware facts, from the driver's attributes at discovery. */
    {
        size_t v3[3] = {0, 0, 0};
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_MAX_WORK_ITEM_SIZES, sizeof v3, v3, NULL));
        CHECK(v3[0] == (size_t)raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_X) &&
              v3[1] == (size_t)raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Y) &&
              v3[2] == (size_t)raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Z));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_MAX_WORK_GROUPS_3D, sizeof v3, v3, NULL));
        CHECK(v3[0] == (size_t)raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_X) &&
              v3[1] == (size_t)raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Y) &&
              v3[2] == (size_t)raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Z));
        uint32_t sg[4] = {0, 0, 0, 0};
        size_t size = 0;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_SUB_GROUP_SIZES_INTEL, sizeof sg, sg, &size));
        CHECK(size == sizeof(uint32_t) &&
              sg[0] == (uint32_t)raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_WARP_SIZE));
        check_u64(d, UR_DEVICE_INFO_MAX_CONSTANT_BUFFER_SIZE,
                  (uint64_t)raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_TOTAL_CONSTANT_MEMORY));
        ur_bool_t b = 2;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_ERROR_CORRECTION_SUPPORT, sizeof b, &b, NULL));
        CHECK(b == (raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_ECC_ENABLED) != 0));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_HOST_UNIFIED_MEMORY, sizeof b, &b, NULL));
        CHECK(b == (raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_INTEGRATED) != 0));
        CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, UR_DEVICE_INFO_BFLOAT16_CONVERSIONS_NATIVE,
                                                    sizeof b, &b, NULL));
        CHECK(b == (major >= 8));
        uint32_t half = 0xffffffff;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_HALF_FP_CONFIG, sizeof half, &half, NULL));
        CHECK((half != 0) == (major > 5 || (major == 5 && minor >= 3)));
    }
    check_u32(d, UR_DEVICE_INFO_QUEUE_PROPERTIES,
              UR_QUEUE_FLAG_OUT_OF_ORDER_EXEC_MODE_ENABLE | UR_QUEUE_FLAG_PROFILING_ENABLE |
                  UR_QUEUE_FLAG_DISCARD_EVENTS | UR_QUEUE_FLAG_SUBMISSION_BATCHED |
                  UR_QUEUE_FLAG_SUBMISSION_IMMEDIATE | UR_QUEUE_FLAG_LOW_POWER_EVENTS_SUPPORT_EXP);
    check_size(d, UR_DEVICE_INFO_PROFILING_TIMER_RESOLUTION, 500);

    /* USM capabilities follow from the driver's attributes. */
    {
        ur_device_usm_access_capability_flags_t plain =
            UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ACCESS |
            UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_CONCURRENT_ACCESS;
        uint32_t host = 0, system = 0;
        if (raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_UNIFIED_ADDRESSING))
            host = major >= 6 ? usm_all() : plain;
        if (raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_PAGEABLE_MEMORY_ACCESS))
            system = raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_HOST_NATIVE_ATOMIC_SUPPORTED) ? usm_all()
                                                                                       : plain;
        uint32_t v = 0xffffffff;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_USM_HOST_SUPPORT, sizeof v, &v, NULL));
        CHECK(v == host);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_USM_DEVICE_SUPPORT, sizeof v, &v, NULL));
        CHECK(v == usm_all());
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_USM_SINGLE_SHARED_SUPPORT, sizeof v, &v, NULL));
        /* Managed memory; concurrent access from host and device where the device has it. */
        uint32_t shared = !raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_MANAGED_MEMORY) ? 0
                          : raw_attr(dev, UPCU_DEVICE_ATTRIBUTE_CONCURRENT_MANAGED_ACCESS)
                              ? usm_all()
                              : UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ACCESS |
                                    UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_ACCESS;
        CHECK(v == shared);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_USM_CROSS_SHARED_SUPPORT, sizeof v, &v, NULL));
        CHECK(v == 0);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_USM_SYSTEM_SHARED_SUPPORT, sizeof v, &v, NULL));
        CHECK(v == system);
    }
    {
        ur_bool_t b = 0;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_USM_P2P_SUPPORT_EXP, sizeof b, &b, NULL));
        CHECK(b == 1);
        ur_platform_handle_t p = NULL;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(d, UR_DEVICE_INFO_PLATFORM, sizeof p, &p, NULL));
        CHECK(p == env.platform);
        ur_native_handle_t native = 12345;
        CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetNativeHandle(d, &native));
        CHECK(native == (ur_native_handle_t)dev);
    }
    /* Argument checks reach the CUDA device like any other. */
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE, urDeviceGetInfo(d, UR_DEVICE_INFO_NAME, 1, name, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urDeviceGetInfo(d, UR_DEVICE_INFO_NAME, 0, NULL, NULL));
}

static int peer_query(ur_device_handle_t a, ur_device_handle_t b, uint32_t prop, ur_result_t *res)
{
    int v = -1;
    size_t size = 0;
    *res = urUsmP2PPeerAccessGetInfoExp(a, b, (ur_exp_peer_info_t)prop, sizeof v, &v, &size);
    if (*res == UR_RESULT_SUCCESS)
        CHECK(size == sizeof(int));
    return v;
}

static void test_peer_caps(void)
{
    for (uint32_t i = 0; i < env.ndev; i++) {
        for (uint32_t j = 0; j < env.ndev; j++) {
            ur_result_t res;
            int access =
                peer_query(env.dev[i], env.dev[j], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, &res);
            CHECK(res == UR_RESULT_SUCCESS);
            int atomics =
                peer_query(env.dev[i], env.dev[j], UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT, &res);
            CHECK(res == UR_RESULT_SUCCESS);
            if (i == j) {
                /* Self pairs: 1 and 1, enabled, nothing counted, no driver call. */
                CHECK(access == 1 && atomics == 1);
                CHECK(peer_query(env.dev[i], env.dev[i], URPEER_PEER_INFO_ACCESS_ENABLED, &res) ==
                      1);
                CHECK(peer_query(env.dev[i], env.dev[i], URPEER_PEER_INFO_ENABLE_COUNT, &res) == 0);
                CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[i], env.dev[i]));
                CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[i], env.dev[i]));
                CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[i], env.dev[i]));
                CHECK(peer_query(env.dev[i], env.dev[i], URPEER_PEER_INFO_ENABLE_COUNT, &res) == 0);
                continue;
            }
            int raw_access = -1, raw_atomics = -1, raw_rank = -1, raw_can = -1;
            CHECK_CU(raw.api.cuDeviceCanAccessPeer(&raw_can, raw.dev[i], raw.dev[j]));
            CHECK_CU(raw.api.cuDeviceGetP2PAttribute(
                &raw_access, UPCU_DEVICE_P2P_ATTRIBUTE_ACCESS_SUPPORTED, raw.dev[i], raw.dev[j]));
            CHECK_CU(raw.api.cuDeviceGetP2PAttribute(
                &raw_atomics, UPCU_DEVICE_P2P_ATTRIBUTE_NATIVE_ATOMIC_SUPPORTED, raw.dev[i],
                raw.dev[j]));
            CHECK_CU(raw.api.cuDeviceGetP2PAttribute(
                &raw_rank, UPCU_DEVICE_P2P_ATTRIBUTE_PERFORMANCE_RANK, raw.dev[i], raw.dev[j]));
            /* The core's rule: access needs the can-access answer and the attribute. */
            CHECK(access == (raw_access != 0 && raw_can != 0));
            CHECK(atomics == (raw_atomics != 0));
            int rank = peer_query(env.dev[i], env.dev[j], URPEER_PEER_INFO_PERFORMANCE_RANK, &res);
            CHECK(res == UR_RESULT_SUCCESS && rank == raw_rank);
            printf("pair %u -> %u: access %d, atomics %d, rank %d\n", i, j, access, atomics, rank);
            /* Disable with nothing enabled. */
            CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION,
                     urUsmP2PDisablePeerAccessExp(env.dev[i], env.dev[j]));
        }
    }
}

/* Discovery must not have created or retained any primary context. */
static void test_no_primary_context(bool expect_active)
{
    for (int i = 0; i < raw.ndev; i++) {
        unsigned flags = 0;
        int active = -1;
        CHECK_CU(raw.t.cuDevicePrimaryCtxGetState(raw.dev[i], &flags, &active));
        if ((active != 0) != expect_active) {
            fprintf(stderr, "device %d: primary context %s\n", i, active ? "active" : "not active");
            CHECK(0);
        }
    }
}

int main(void)
{
    raw_cuda_open();
    test_no_primary_context(false);

    double t0 = now_ms();
    cuda_env_open(&env);
    double t1 = now_ms();
    printf("urLoaderInit + device list: %.2f ms (driver already initialised by the test)\n",
           t1 - t0);

    test_no_primary_context(false);
    test_platform();
    for (uint32_t i = 0; i < env.ndev; i++)
        test_device(i);
    test_peer_caps();
    test_no_primary_context(false);

    /* A context retains the primary contexts; teardown releases them. */
    ur_context_handle_t ctx = ct_context(&env, env.ndev);
    test_no_primary_context(true);
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    cuda_env_close(&env);
    test_no_primary_context(false);
    return test_summary("cuda_discovery");
}
