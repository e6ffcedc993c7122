/* SPDX-License-Identifier: MIT */
/*
 * Applications mix urpeer with CUDA code of their own: every entry point that reaches the CUDA
 * adapter must leave the calling thread's current CUDA context as it found it. The whole API
 * sequence runs three times: with a context of the test's own current, with the primary context
 * current (as after CUDA runtime calls), and with no context current.
 */
#include "cuda_env.h"

static upcu_context_t mine;

/* The call succeeds and the current context is still the test's. */
#define KEEPS(call)                                                                                \
    do {                                                                                           \
        CHECK_UR(UR_RESULT_SUCCESS, call);                                                         \
        if (raw_current() != mine) {                                                               \
            t_failures++;                                                                          \
            fprintf(stderr, "%s:%d: %s changed the current CUDA context\n", __FILE__, __LINE__,    \
                    #call);                                                                        \
        }                                                                                          \
    } while (0)

/* The same for calls that fail on purpose. */
#define KEEPS_ON_ERROR(expected, call)                                                             \
    do {                                                                                           \
        CHECK_UR(expected, call);                                                                  \
        if (raw_current() != mine) {                                                               \
            t_failures++;                                                                          \
            fprintf(stderr, "%s:%d: %s changed the current CUDA context\n", __FILE__, __LINE__,    \
                    #call);                                                                        \
        }                                                                                          \
    } while (0)

static void run_sequence(const char *what)
{
    ur_loader_config_handle_t cfg = NULL;
    ur_adapter_handle_t adapter = NULL;
    ur_platform_handle_t platform = NULL;
    ur_device_handle_t dev[CT_MAX_DEVICES];
    uint32_t n = 0, ndev = 0;
    char name[256];
    const int before = t_failures;

    KEEPS(urLoaderConfigCreate(&cfg));
    KEEPS(urpeerLoaderConfigSetAdapters(cfg, "cuda"));
    KEEPS(urLoaderInit(0, cfg));
    KEEPS(urLoaderConfigRelease(cfg));
    KEEPS(urAdapterGet(1, &adapter, &n));
    KEEPS(urPlatformGet(adapter, 1, &platform, NULL));
    KEEPS(urDeviceGet(platform, UR_DEVICE_TYPE_ALL, 0, NULL, &ndev));
    if (ndev > CT_MAX_DEVICES)
        ndev = CT_MAX_DEVICES;
    KEEPS(urDeviceGet(platform, UR_DEVICE_TYPE_ALL, ndev, dev, NULL));
    KEEPS(urDeviceGetInfo(dev[0], UR_DEVICE_INFO_NAME, sizeof name, name, NULL));

    ur_context_handle_t ctx = NULL;
    KEEPS(urContextCreate(ndev, dev, NULL, &ctx));
    void *d = NULL, *d1 = NULL, *h = NULL;
    const size_t size = (size_t)8 << 20;
    ur_usm_desc_t aligned = {UR_STRUCTURE_TYPE_USM_DESC, NULL, 0, 4096};
    KEEPS(urUSMDeviceAlloc(ctx, dev[0], NULL, NULL, size, &d));
    KEEPS(urUSMDeviceAlloc(ctx, dev[ndev - 1], &aligned, NULL, size, &d1));
    KEEPS(urUSMHostAlloc(ctx, NULL, NULL, size, &h));
    ur_usm_type_t type = UR_USM_TYPE_UNKNOWN;
    int local = 0;
    KEEPS(urUSMGetMemAllocInfo(ctx, d, UR_USM_ALLOC_INFO_TYPE, sizeof type, &type, NULL));
    KEEPS(urUSMGetMemAllocInfo(ctx, &local, UR_USM_ALLOC_INFO_TYPE, sizeof type, &type, NULL));

    ur_queue_properties_t prof = {UR_STRUCTURE_TYPE_QUEUE_PROPERTIES, NULL,
                                  UR_QUEUE_FLAG_PROFILING_ENABLE};
    ur_queue_handle_t q = NULL, qp = NULL;
    KEEPS(urQueueCreate(ctx, dev[0], NULL, &q));
    KEEPS(urQueueCreate(ctx, dev[ndev - 1], &prof, &qp));
    const uint32_t pattern = 0x01020304;
    ur_event_handle_t e1 = NULL, e2 = NULL, e3 = NULL;
    KEEPS(urEnqueueUSMFill(q, d, sizeof pattern, &pattern, size, 0, NULL, &e1));
    KEEPS(urEnqueueUSMMemcpy(qp, false, d1, d, size, 1, &e1, &e2));
    KEEPS(urEnqueueEventsWait(q, 1, &e2, &e3));
    KEEPS(urEnqueueUSMMemcpy(q, true, h, d1, size, 1, &e3, NULL));
    CHECK(((uint32_t *)h)[size / 4 - 1] == pattern);
    KEEPS(urEventWait(1, &e2));
    ur_event_status_t st;
    KEEPS(urEventGetInfo(e2, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof st, &st, NULL));
    uint64_t ts = 0;
    KEEPS(urEventGetProfilingInfo(e2, UR_PROFILING_INFO_COMMAND_END, sizeof ts, &ts, NULL));
    KEEPS(urQueueFlush(q));
    KEEPS(urQueueFinish(qp));

    /* Peer access: self pairs, and a real pair where there is one. */
    KEEPS(urUsmP2PEnablePeerAccessExp(dev[0], dev[0]));
    KEEPS(urUsmP2PDisablePeerAccessExp(dev[0], dev[0]));
    if (ndev > 1) {
        int access = 0;
        KEEPS(urUsmP2PPeerAccessGetInfoExp(dev[0], dev[1], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT,
                                           sizeof access, &access, NULL));
        if (access) {
            KEEPS(urUsmP2PEnablePeerAccessExp(dev[0], dev[1]));
            KEEPS(urUsmP2PDisablePeerAccessExp(dev[0], dev[1]));
            KEEPS(urUsmP2PEnablePeerAccessExp(dev[1], dev[0])); /* left on for teardown */
        }
    }
    /* A driver failure, too. */
    uint64_t total = 0;
    void *huge = NULL;
    KEEPS(urDeviceGetInfo(dev[0], UR_DEVICE_INFO_GLOBAL_MEM_SIZE, sizeof total, &total, NULL));
    KEEPS_ON_ERROR(UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY,
                   urUSMDeviceAlloc(ctx, dev[0], NULL, NULL, (size_t)total, &huge));

    KEEPS(urEventRelease(e1));
    KEEPS(urEventRelease(e2));
    KEEPS(urEventRelease(e3));
    KEEPS(urQueueRelease(q));
    KEEPS(urQueueRelease(qp));
    KEEPS(urUSMFree(ctx, d));
    KEEPS(urUSMFree(ctx, d1));
    KEEPS(urUSMFree(ctx, h));
    KEEPS(urContextRelease(ctx));
    KEEPS(urAdapterRelease(adapter));
    KEEPS(urLoaderTearDown());
    printf("%s: %s\n", what,
           t_failures == before ? "current context kept by every call" : "FAILED");
}

int main(void)
{
    upcu_context_t own = NULL, primary = NULL;

    raw_cuda_open();

    /* A context of the test's own (cuCtxCreate makes it current). */
    CHECK_CU(raw.t.cuCtxCreate(&own, 0, raw.dev[0]));
    mine = own;
    CHECK(raw_current() == own);
    run_sequence("own context current");

    /* The primary context of the last device current, as CUDA runtime code leaves it. */
    CHECK_CU(raw.api.cuDevicePrimaryCtxRetain(&primary, raw.dev[raw.ndev - 1]));
    CHECK_CU(raw.api.cuCtxSetCurrent(primary));
    mine = primary;
    run_sequence("primary context current");

    /* No context at all. */
    CHECK_CU(raw.api.cuCtxSetCurrent(NULL));
    mine = NULL;
    CHECK(raw_current() == NULL);
    run_sequence("no context current");

    CHECK_CU(raw.t.cuCtxDestroy(own));
    CHECK_CU(raw.api.cuDevicePrimaryCtxRelease(raw.dev[raw.ndev - 1]));
    raw_fake_check();
    return test_summary("cuda_current_context");
}
