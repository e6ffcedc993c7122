/* SPDX-License-Identifier: MIT */
/*
 * On the CUDA driver double only (tests/cuda/fake_cuda), what a real GPU cannot be made to do on
 * demand: every class of driver failure mapped to its ur_result_t with the native code and text
 * kept for urAdapterGetLastError, and the peer-access rows that need the driver to refuse or to
 * have been ahead of the library (217, 704, 705, 711 at the eight-peer limit), with the number of
 * driver calls each row makes. Expects the topology tests/doubles/topologies/cuda3.topo (3
 * devices, access 0 <-> 1 and 0 <-> 2) and FAKEGPU_MAX_PEERS=1.
 */
#include "cuda_env.h"
#include "fakegpu.h"

static struct cuda_env env;
static ur_context_handle_t ctx;
static ur_queue_handle_t q;
static fakegpu_fail_call_fn fail_call;
static fakegpu_count_fn call_count;
static fakegpu_reset_counts_fn reset_counts;
static fakegpu_peer_enabled_fn peer_enabled;

static void *fake_sym(const char *name)
{
    void *p = dlsym(raw.lib, name);
    if (p == NULL)
        SKIP("not the CUDA driver double (no %s)", name);
    return p;
}

/* The last error is `code`, and its message names the call and the code's name. */
static void check_last_error(int code, const char *call, const char *name)
{
    const char *msg = NULL;
    int32_t native = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGetLastError(env.adapter, &msg, &native));
    CHECK(native == code);
    if (msg == NULL || strstr(msg, call) == NULL || strstr(msg, name) == NULL) {
        fprintf(stderr, "last error '%s': expected %s and %s\n", msg ? msg : "(null)", call, name);
        CHECK(0);
    }
}

static void test_error_mapping(void)
{
    static const struct {
        int code;
        ur_result_t expected;
        const char *name;
    } rows[] = {
        {2, UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY, "CUDA_ERROR_OUT_OF_MEMORY"},
        {1, UR_RESULT_ERROR_INVALID_VALUE, "CUDA_ERROR_INVALID_VALUE"},
        {3, UR_RESULT_ERROR_UNINITIALIZED, "CUDA_ERROR_NOT_INITIALIZED"},
        {700, UR_RESULT_ERROR_DEVICE_LOST, "CUDA_ERROR_ILLEGAL_ADDRESS"},
        {719, UR_RESULT_ERROR_DEVICE_LOST, "CUDA_ERROR_LAUNCH_FAILED"},
        {999, UR_RESULT_ERROR_DEVICE_LOST, "CUDA_ERROR_UNKNOWN"},
        {711, UR_RESULT_ERROR_OUT_OF_RESOURCES, "CUDA_ERROR_TOO_MANY_PEERS"},
        {217, UR_RESULT_ERROR_UNSUPPORTED_FEATURE, "CUDA_ERROR_PEER_ACCESS_UNSUPPORTED"},
        {201, UR_RESULT_ERROR_ADAPTER_SPECIFIC, "CUDA_ERROR_INVALID_CONTEXT"},
        {400, UR_RESULT_ERROR_ADAPTER_SPECIFIC, "CUDA_ERROR_INVALID_HANDLE"},
        {801, UR_RESULT_ERROR_ADAPTER_SPECIFIC, "CUDA_ERROR_NOT_SUPPORTED"},
    };
    void *p = NULL;

    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        CHECK(fail_call("cuMemAlloc_v2", 1, rows[i].code) == 0);
        CHECK_UR(rows[i].expected, urUSMDeviceAlloc(ctx, env.dev[0], NULL, NULL, 4096, &p));
        check_last_error(rows[i].code, "cuMemAlloc_v2", rows[i].name);
    }
    /* Out of memory in a host allocation is host memory. */
    CHECK(fail_call("cuMemAllocHost_v2", 1, 2) == 0);
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, urUSMHostAlloc(ctx, NULL, NULL, 4096, &p));
    check_last_error(2, "cuMemAllocHost_v2", "CUDA_ERROR_OUT_OF_MEMORY");

    /* Failures inside enqueued commands: no event escapes, the queue goes on working. */
    void *d = NULL;
    unsigned char h[4096] = {0}, back[4096];
    ur_event_handle_t ev = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[0], NULL, NULL, sizeof h, &d));
    const struct {
        const char *call;
        int code;
        ur_result_t expected;
    } enq[] = {
        {"cuMemcpyAsync", 700, UR_RESULT_ERROR_DEVICE_LOST},
        {"cuEventCreate", 2, UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY},
        {"cuEventRecord", 999, UR_RESULT_ERROR_DEVICE_LOST},
        {"cuStreamWaitEvent", 400, UR_RESULT_ERROR_ADAPTER_SPECIFIC},
    };
    ur_queue_handle_t q2 = ct_queue(ctx, env.dev[1], 0);
    ur_event_handle_t first = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q2, false, d, h, sizeof h, 0, NULL, &first));
    for (size_t i = 0; i < sizeof enq / sizeof enq[0]; i++) {
        ev = NULL;
        CHECK(fail_call(enq[i].call, 1, enq[i].code) == 0);
        /* A wait on another queue's event, so that every step is reached. */
        CHECK_UR(enq[i].expected, urEnqueueUSMMemcpy(q, false, d, h, sizeof h, 1, &first, &ev));
        CHECK(ev == NULL);
        CHECK(fail_call(enq[i].call, 0, 0) == 0); /* disarm, in case the step was not reached */
    }
    CHECK(fail_call("cuMemsetD8Async", 1, 1) == 0);
    const unsigned char one = 1;
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE,
             urEnqueueUSMFill(q, d, 1, &one, sizeof h, 0, NULL, NULL));
    CHECK(fail_call("cuStreamSynchronize", 1, 999) == 0);
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST, urQueueFinish(q));
    CHECK(fail_call("cuEventSynchronize", 1, 719) == 0);
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST, urEventWait(1, &first));
    CHECK(fail_call("cuEventQuery", 1, 999) == 0);
    ur_event_status_t st;
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST,
             urEventGetInfo(first, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof st, &st, NULL));
    CHECK(fail_call("cuStreamCreate", 1, 2) == 0);
    ur_queue_handle_t none = NULL;
    ur_queue_properties_t props = {UR_STRUCTURE_TYPE_QUEUE_PROPERTIES, NULL, 0};
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY, urQueueCreate(ctx, env.dev[0], &props, &none));
    CHECK(none == NULL);

    /* Everything still works. */
    memset(h, 0x42, sizeof h);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, d, h, sizeof h, 1, &first, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, back, d, sizeof back, 0, NULL, NULL));
    CHECK(memcmp(h, back, sizeof h) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(first));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q2));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, d));
    CHECK(raw_current() == NULL);
}

static int count_of(uint32_t a, uint32_t b)
{
    int v = -1;
    CHECK_UR(UR_RESULT_SUCCESS,
             urUsmP2PPeerAccessGetInfoExp(env.dev[a], env.dev[b],
                                          (ur_exp_peer_info_t)URPEER_PEER_INFO_ENABLE_COUNT,
                                          sizeof v, &v, NULL));
    return v;
}

static void test_peer_access(void)
{
    ur_device_handle_t *d = env.dev;
    upcu_context_t c0 = NULL, c1 = NULL, saved = raw_current();

    /* Nesting: one driver call each way. */
    reset_counts();
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(d[0], d[1]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(d[0], d[1]));
    CHECK(call_count("cuCtxEnablePeerAccess") == 1);
    CHECK(peer_enabled(0, 1) == 1 && count_of(0, 1) == 2);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(d[0], d[1]));
    CHECK(call_count("cuCtxDisablePeerAccess") == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(d[0], d[1]));
    CHECK(call_count("cuCtxDisablePeerAccess") == 1);
    CHECK(peer_enabled(0, 1) == 0 && count_of(0, 1) == 0);

    /* No link: refused without a driver call. */
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urUsmP2PEnablePeerAccessExp(d[1], d[2]));
    CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION, urUsmP2PDisablePeerAccessExp(d[1], d[2]));
    CHECK(call_count("cuCtxEnablePeerAccess") == 1);

    /* The peer limit (here 1): 711 is OUT_OF_RESOURCES, the count stays 0. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(d[0], d[1]));
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_RESOURCES, urUsmP2PEnablePeerAccessExp(d[0], d[2]));
    check_last_error(711, "cuCtxEnablePeerAccess(device 0 -> device 2)",
                     "CUDA_ERROR_TOO_MANY_PEERS");
    CHECK(count_of(0, 2) == 0 && peer_enabled(0, 2) == 0);
    CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION, urUsmP2PDisablePeerAccessExp(d[0], d[2]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(d[0], d[1]));

    /* The driver refuses after all (217): UNSUPPORTED_FEATURE, count 0. */
    CHECK(fail_call("cuCtxEnablePeerAccess", 1, 217) == 0);
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urUsmP2PEnablePeerAccessExp(d[2], d[0]));
    CHECK(count_of(2, 0) == 0);

    /* A failed disable leaves the count at 1; the next one goes through. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(d[2], d[0]));
    CHECK(fail_call("cuCtxDisablePeerAccess", 1, 999) == 0);
    CHECK_UR(UR_RESULT_ERROR_DEVICE_LOST, urUsmP2PDisablePeerAccessExp(d[2], d[0]));
    CHECK(count_of(2, 0) == 1 && peer_enabled(2, 0) == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(d[2], d[0]));
    CHECK(count_of(2, 0) == 0 && peer_enabled(2, 0) == 0);

    /* The application enabled 1 -> 0 first (704): the library does not own it. */
    CHECK_CU(raw.api.cuDevicePrimaryCtxRetain(&c0, raw.dev[0]));
    CHECK_CU(raw.api.cuDevicePrimaryCtxRetain(&c1, raw.dev[1]));
    CHECK_CU(raw.api.cuCtxSetCurrent(c1));
    CHECK_CU(raw.api.cuCtxEnablePeerAccess(c0, 0));
    CHECK_CU(raw.api.cuCtxSetCurrent(saved));
    reset_counts();
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(d[1], d[0]));
    CHECK(count_of(1, 0) == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(d[1], d[0]));
    CHECK(call_count("cuCtxDisablePeerAccess") == 0);
    CHECK(peer_enabled(1, 0) == 1);

    /* The application disabled it behind the library's back (705): not an error. */
    CHECK_CU(raw.api.cuCtxSetCurrent(c1));
    CHECK_CU(raw.api.cuCtxDisablePeerAccess(c0));
    CHECK_CU(raw.api.cuCtxSetCurrent(saved));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(d[1], d[0]));
    CHECK_CU(raw.api.cuCtxSetCurrent(c1));
    CHECK_CU(raw.api.cuCtxDisablePeerAccess(c0));
    CHECK_CU(raw.api.cuCtxSetCurrent(saved));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(d[1], d[0]));
    CHECK(count_of(1, 0) == 0);

    /* Left on at teardown: turned off in the driver (the application still holds the contexts,
     * so only the library's disable can have done it). */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(d[0], d[1]));
    CHECK(peer_enabled(0, 1) == 1);
    CHECK(raw_current() == saved);
}

int main(void)
{
    raw_cuda_open();
    fail_call = (fakegpu_fail_call_fn)(uintptr_t)fake_sym("fakegpu_fail_call");
    call_count = (fakegpu_count_fn)(uintptr_t)fake_sym("fakegpu_count");
    reset_counts = (fakegpu_reset_counts_fn)(uintptr_t)fake_sym("fakegpu_reset_counts");
    peer_enabled = (fakegpu_peer_enabled_fn)(uintptr_t)fake_sym("fakegpu_peer_enabled");
    cuda_env_open(&env);
    if (env.ndev < 3)
        SKIP("needs the 3 devices of tests/doubles/topologies/cuda3.topo");
    ctx = ct_context(&env, env.ndev);
    q = ct_queue(ctx, env.dev[0], UR_QUEUE_FLAG_PROFILING_ENABLE);

    test_error_mapping();
    test_peer_access();

    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    cuda_env_close(&env);
    CHECK(peer_enabled(0, 1) == 0);
    CHECK_CU(raw.api.cuDevicePrimaryCtxRelease(raw.dev[0]));
    CHECK_CU(raw.api.cuDevicePrimaryCtxRelease(raw.dev[1]));
    return test_summary("cuda_faults");
}
