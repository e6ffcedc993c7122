/* SPDX-License-Identifier: MIT */
/*
 * Peer access on real pairs of GPUs: the rows of the peer-access contract (docs/p2p-contract.md)
 * checked against the CUDA driver itself. Needs two or more CUDA devices (skipped, exit 77,
 * otherwise):
 *
 *   - the pair query equals cuDeviceGetP2PAttribute (access, native atomics, performance rank)
 *     for every ordered pair, and self pairs are 1 and 1;
 *   - for every ordered pair with access: disable without enable is INVALID_OPERATION, enables
 *     nest, and the driver state follows the count: while it is above zero a raw
 *     cuCtxEnablePeerAccess between the two primary contexts answers 704 (already enabled), the
 *     other direction stays off, and after the last Disable the raw enable succeeds (the library
 *     turned it off); for every pair without access: UNSUPPORTED_FEATURE / INVALID_OPERATION;
 *   - teardown turns off what the library turned on (raw disable answers 705 afterwards);
 *   - another user of the driver enabled the pair first: the library's enable succeeds, and its
 *     last Disable and its teardown leave the driver state on;
 *   - access, not just copies: a kernel of this test's own (the PTX text below) runs on one
 *     device, reads an allocation that lives on the other and writes another one there.
 *
 * With --one-gpu only the kernel part runs, on device 0's own memory: the PTX, module and launch
 * path, on any machine with one GPU.
 *
 * The test retains every device's primary context for its whole run, as an application using the
 * CUDA runtime would: the contexts stay alive across the library's teardown, so a peer state
 * found off afterwards can only be the library's doing.
 *
 * On the CUDA driver double (tests/cuda/fake_cuda) every row runs except the kernels: the double
 * has no module loader (cuModuleLoadData answers CUDA_ERROR_NOT_SUPPORTED), which the test
 * reports; there it also checks that repeated enables and disables make no driver call.
 */
#include "cuda_env.h"
#include "fakegpu.h"

#define MG_NOT_SUPPORTED 801 /* CUDA_ERROR_NOT_SUPPORTED: the driver double's cuModuleLoadData */

static struct cuda_env env;
static upcu_context_t pctx[CT_MAX_DEVICES]; /* the test's own retains of the primary contexts */
static int access_raw[CT_MAX_DEVICES][CT_MAX_DEVICES];
static bool on_double;
static fakegpu_count_fn call_count;
static fakegpu_reset_counts_fn reset_counts;
static int kernels_run;

/*
 * copy_inc(u32 *dst, const u32 *src, u32 n): dst[i] = src[i] + 1 for i < n, one thread per
 * element. PTX ISA 7.0 (CUDA 11.0 drivers and later), compiled for the device by the driver.
 */
static const char copy_inc_ptx[] = ".version 7.0\n"
                                   ".target sm_70\n"
                                   ".address_size 64\n"
                                   "\n"
                                   ".visible .entry copy_inc(\n"
                                   "    .param .u64 copy_inc_dst,\n"
                                   "    .param .u64 copy_inc_src,\n"
                                   "    .param .u32 copy_inc_n\n"
                                   ")\n"
                                   "{\n"
                                   "    .reg .pred %p<2>;\n"
                                   "    .reg .b32 %r<8>;\n"
                                   "    .reg .b64 %rd<8>;\n"
                                   "\n"
                                   "    ld.param.u64 %rd1, [copy_inc_dst];\n"
                                   "    ld.param.u64 %rd2, [copy_inc_src];\n"
                                   "    ld.param.u32 %r1, [copy_inc_n];\n"
                                   "    mov.u32 %r2, %ctaid.x;\n"
                                   "    mov.u32 %r3, %ntid.x;\n"
                                   "    mov.u32 %r4, %tid.x;\n"
                                   "    mad.lo.s32 %r5, %r2, %r3, %r4;\n"
                                   "    setp.ge.u32 %p1, %r5, %r1;\n"
                                   "    @%p1 bra DONE;\n"
                                   "    cvta.to.global.u64 %rd3, %rd2;\n"
                                   "    cvta.to.global.u64 %rd4, %rd1;\n"
                                   "    mul.wide.u32 %rd5, %r5, 4;\n"
                                   "    add.s64 %rd6, %rd3, %rd5;\n"
                                   "    ld.global.u32 %r6, [%rd6];\n"
                                   "    add.s32 %r7, %r6, 1;\n"
                                   "    add.s64 %rd7, %rd4, %rd5;\n"
                                   "    st.global.u32 [%rd7], %r7;\n"
                                   "DONE:\n"
                                   "    ret;\n"
                                   "}\n";

#define KERNEL_BLOCK 256u
#define KERNEL_ELEMS ((1u << 20) + 3u) /* not a multiple of the block: the bound check runs */

/* A raw call's CUresult is `expected`. */
#define CHECK_RAW(expected, call)                                                                  \
    do {                                                                                           \
        upcu_result_t t_raw_ = (call);                                                             \
        t_checks++;                                                                                \
        if (t_raw_ != (expected)) {                                                                \
            t_failures++;                                                                          \
            fprintf(stderr, "%s:%d: %s returned CUresult %d, expected %d\n", __FILE__, __LINE__,   \
                    #call, (int)t_raw_, (int)(expected));                                          \
        }                                                                                          \
    } while (0)

/* Raw cuCtxEnablePeerAccess (or Disable) from device a's primary context to device b's, the
 * calling thread's current context left as it was. */
static upcu_result_t raw_peer(uint32_t a, uint32_t b, bool enable)
{
    upcu_context_t saved = raw_current();
    upcu_result_t r;

    CHECK_CU(raw.api.cuCtxSetCurrent(pctx[a]));
    r = enable ? raw.api.cuCtxEnablePeerAccess(pctx[b], 0)
               : raw.api.cuCtxDisablePeerAccess(pctx[b]);
    CHECK_CU(raw.api.cuCtxSetCurrent(saved));
    return r;
}

static int raw_p2p_attr(uint32_t a, uint32_t b, upcu_p2p_attribute_t attr)
{
    int v = -1;
    CHECK_CU(raw.api.cuDeviceGetP2PAttribute(&v, attr, raw.dev[a], raw.dev[b]));
    return v;
}

static int peer_info(uint32_t a, uint32_t b, uint32_t prop, ur_result_t *res)
{
    int v = -1;
    size_t size = 0;
    *res = urUsmP2PPeerAccessGetInfoExp(env.dev[a], env.dev[b], (ur_exp_peer_info_t)prop, sizeof v,
                                        &v, &size);
    if (*res == UR_RESULT_SUCCESS)
        CHECK(size == sizeof(int));
    return v;
}

static int count_of(uint32_t a, uint32_t b)
{
    ur_result_t res;
    int v = peer_info(a, b, URPEER_PEER_INFO_ENABLE_COUNT, &res);
    CHECK(res == UR_RESULT_SUCCESS);
    return v;
}

static int enabled_of(uint32_t a, uint32_t b)
{
    ur_result_t res;
    int v = peer_info(a, b, URPEER_PEER_INFO_ACCESS_ENABLED, &res);
    CHECK(res == UR_RESULT_SUCCESS);
    return v;
}

/* On the driver double: calls of one entry point since the last reset; -1 on a real driver. */
static long calls_of(const char *name)
{
    return call_count ? (long)call_count(name) : -1;
}

static void counts_reset(void)
{
    if (reset_counts)
        reset_counts();
}

/* ---- The pair query ------------------------------------------------------------------------ */

static void test_queries(void)
{
    for (uint32_t i = 0; i < env.ndev; i++) {
        for (uint32_t j = 0; j < env.ndev; j++) {
            ur_result_t res;
            int access = peer_info(i, j, UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, &res);
            CHECK(res == UR_RESULT_SUCCESS);
            int atomics = peer_info(i, j, UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT, &res);
            CHECK(res == UR_RESULT_SUCCESS);
            if (i == j) {
                CHECK(access == 1 && atomics == 1);
                CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[i], env.dev[i]));
                CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[i], env.dev[i]));
                CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[i], env.dev[i]));
                CHECK(count_of(i, i) == 0);
                continue;
            }
            int raw_access = raw_p2p_attr(i, j, UPCU_DEVICE_P2P_ATTRIBUTE_ACCESS_SUPPORTED);
            int raw_atomics = raw_p2p_attr(i, j, UPCU_DEVICE_P2P_ATTRIBUTE_NATIVE_ATOMIC_SUPPORTED);
            int raw_rank = raw_p2p_attr(i, j, UPCU_DEVICE_P2P_ATTRIBUTE_PERFORMANCE_RANK);
            int raw_can = -1;
            CHECK_CU(raw.api.cuDeviceCanAccessPeer(&raw_can, raw.dev[i], raw.dev[j]));
            CHECK(access == (raw_access != 0 && raw_can != 0));
            CHECK(atomics == (raw_atomics != 0));
            int rank = peer_info(i, j, URPEER_PEER_INFO_PERFORMANCE_RANK, &res);
            CHECK(res == UR_RESULT_SUCCESS && rank == raw_rank);
            CHECK(count_of(i, j) == 0 && enabled_of(i, j) == 0);
            access_raw[i][j] = raw_access != 0 && raw_can != 0;
            printf("pair %u -> %u: access %d (driver %d), atomics %d (driver %d), rank %d (driver "
                   "%d)\n",
                   i, j, access, raw_access, atomics, raw_atomics, rank, raw_rank);
        }
    }
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUsmP2PEnablePeerAccessExp(NULL, env.dev[1]));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUsmP2PEnablePeerAccessExp(env.dev[0], NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUsmP2PDisablePeerAccessExp(NULL, env.dev[1]));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urUsmP2PDisablePeerAccessExp(env.dev[0], NULL));
}

/* ---- Enable and Disable against the driver state ------------------------------------------- */

/* A pair with access: the nesting rows, each followed by what the driver says. */
static void test_pair_with_access(uint32_t a, uint32_t b)
{
    /* Off to begin with, in urpeer and in the driver; disable without enable is refused. */
    CHECK(count_of(a, b) == 0);
    CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION,
             urUsmP2PDisablePeerAccessExp(env.dev[a], env.dev[b]));
    CHECK(count_of(a, b) == 0);
    CHECK_RAW(UPCU_SUCCESS, raw_peer(a, b, true));
    CHECK_RAW(UPCU_SUCCESS, raw_peer(a, b, false));

    /* 0 -> 1: the driver state changes. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[a], env.dev[b]));
    CHECK(count_of(a, b) == 1 && enabled_of(a, b) == 1);
    CHECK_RAW(UPCU_ERROR_PEER_ACCESS_ALREADY_ENABLED, raw_peer(a, b, true));
    /* It says nothing about the other direction. */
    CHECK(count_of(b, a) == 0 && enabled_of(b, a) == 0);
    if (access_raw[b][a]) {
        CHECK_RAW(UPCU_SUCCESS, raw_peer(b, a, true));
        CHECK_RAW(UPCU_SUCCESS, raw_peer(b, a, false));
    }

    /* 1 -> 2 and back: no driver call, the state stays on. */
    counts_reset();
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[a], env.dev[b]));
    CHECK(count_of(a, b) == 2);
    if (on_double)
        CHECK(calls_of("cuCtxEnablePeerAccess") == 0);
    CHECK_RAW(UPCU_ERROR_PEER_ACCESS_ALREADY_ENABLED, raw_peer(a, b, true));
    counts_reset();
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[a], env.dev[b]));
    CHECK(count_of(a, b) == 1 && enabled_of(a, b) == 1);
    if (on_double)
        CHECK(calls_of("cuCtxDisablePeerAccess") == 0);
    CHECK_RAW(UPCU_ERROR_PEER_ACCESS_ALREADY_ENABLED, raw_peer(a, b, true));

    /* 1 -> 0: the library turns it off in the driver. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[a], env.dev[b]));
    CHECK(count_of(a, b) == 0 && enabled_of(a, b) == 0);
    CHECK_RAW(UPCU_SUCCESS, raw_peer(a, b, true));
    CHECK_RAW(UPCU_SUCCESS, raw_peer(a, b, false));

    /* Once more than enabled: refused, nothing changes. */
    CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION,
             urUsmP2PDisablePeerAccessExp(env.dev[a], env.dev[b]));
    CHECK(count_of(a, b) == 0);
    CHECK_RAW(UPCU_ERROR_PEER_ACCESS_NOT_ENABLED, raw_peer(a, b, false));
}

/* A pair without access: refused with no driver call, and the driver agrees there is none. */
static void test_pair_without_access(uint32_t a, uint32_t b)
{
    counts_reset();
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE,
             urUsmP2PEnablePeerAccessExp(env.dev[a], env.dev[b]));
    CHECK_UR(UR_RESULT_ERROR_INVALID_OPERATION,
             urUsmP2PDisablePeerAccessExp(env.dev[a], env.dev[b]));
    CHECK(count_of(a, b) == 0 && enabled_of(a, b) == 0);
    if (on_double)
        CHECK(calls_of("cuCtxEnablePeerAccess") == 0 && calls_of("cuCtxDisablePeerAccess") == 0);
    upcu_result_t r = raw_peer(a, b, true);
    CHECK(r != UPCU_SUCCESS);
    if (r == UPCU_SUCCESS)
        CHECK_RAW(UPCU_SUCCESS, raw_peer(a, b, false));
    else if (r != UPCU_ERROR_PEER_ACCESS_UNSUPPORTED)
        printf("pair %u -> %u: the driver refuses a raw enable with %d\n", a, b, (int)r);
}

/* ---- Teardown and another user of the driver ----------------------------------------------- */

static void test_teardown(uint32_t a, uint32_t b)
{
    cuda_env_open(&env);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[a], env.dev[b]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[a], env.dev[b]));
    CHECK_RAW(UPCU_ERROR_PEER_ACCESS_ALREADY_ENABLED, raw_peer(a, b, true));
    cuda_env_close(&env); /* urAdapterRelease, urLoaderTearDown */
    CHECK_RAW(UPCU_ERROR_PEER_ACCESS_NOT_ENABLED, raw_peer(a, b, false));
    printf("teardown turned off peer access %u -> %u that the library had turned on\n", a, b);
}

static void test_other_user(uint32_t a, uint32_t b)
{
    /* Someone else (the CUDA runtime, a framework) enabled it on the primary context first. */
    CHECK_RAW(UPCU_SUCCESS, raw_peer(a, b, true));
    cuda_env_open(&env);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[a], env.dev[b]));
    CHECK(count_of(a, b) == 1 && enabled_of(a, b) == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[a], env.dev[b]));
    CHECK(count_of(a, b) == 0);
    CHECK_RAW(UPCU_ERROR_PEER_ACCESS_ALREADY_ENABLED, raw_peer(a, b, true)); /* still on */
    /* Enabled again and left on at teardown: still not the library's to turn off. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[a], env.dev[b]));
    cuda_env_close(&env);
    CHECK_RAW(UPCU_ERROR_PEER_ACCESS_ALREADY_ENABLED, raw_peer(a, b, true));
    CHECK_RAW(UPCU_SUCCESS, raw_peer(a, b, false)); /* the other user's clean-up */
    printf("peer access %u -> %u enabled by another user first: left on by the last Disable and "
           "by teardown\n",
           a, b);
}

/* ---- A kernel of our own ------------------------------------------------------------------- */

/* The device a pointer's memory lives on, as the driver says; -1 if it cannot say. */
static int raw_ordinal_of(const void *p)
{
    upcu_pointer_attribute_t attr = UPCU_POINTER_ATTRIBUTE_DEVICE_ORDINAL;
    int ordinal = -1;
    void *data = &ordinal;
    if (raw.api.cuPointerGetAttributes(1, &attr, &data, (upcu_deviceptr_t)(uintptr_t)p) !=
        UPCU_SUCCESS)
        return -1;
    return ordinal;
}

/* Load copy_inc into the current context and run it over n elements; CUDA_ERROR_NOT_SUPPORTED
 * from the driver double's module loader is passed back for the caller to report. */
static upcu_result_t launch_copy_inc(void *dst, const void *src, uint32_t n)
{
    upcu_module_t mod = NULL;
    upcu_function_t fn = NULL;
    upcu_deviceptr_t d = (upcu_deviceptr_t)(uintptr_t)dst, s = (upcu_deviceptr_t)(uintptr_t)src;
    void *params[] = {&d, &s, &n};
    upcu_result_t r = raw.t.cuModuleLoadData(&mod, copy_inc_ptx);

    if (r != UPCU_SUCCESS)
        return r;
    r = raw.t.cuModuleGetFunction(&fn, mod, "copy_inc");
    if (r == UPCU_SUCCESS)
        r = raw.t.cuLaunchKernel(fn, (n + KERNEL_BLOCK - 1) / KERNEL_BLOCK, 1, 1, KERNEL_BLOCK, 1,
                                 1, 0, NULL, params, NULL);
    if (r == UPCU_SUCCESS)
        r = raw.api.cuCtxSynchronize();
    CHECK_CU(raw.t.cuModuleUnload(mod));
    return r;
}

/* A kernel on device `cmd` (its primary context) reads src and writes dst, both allocated
 * with urUSMDeviceAlloc on device `mem`, with peer access enabled through the library where the
 * two differ. Returns false where the kernel could not run on the driver double. */
static bool test_kernel(uint32_t cmd, uint32_t mem)
{
    const uint32_t n = KERNEL_ELEMS;
    const size_t bytes = (size_t)n * sizeof(uint32_t);
    ur_device_handle_t devs[2] = {env.dev[cmd], env.dev[mem]};
    ur_context_handle_t ctx = NULL;
    ur_queue_handle_t q = NULL;
    void *src = NULL, *dst = NULL;
    uint32_t *host = malloc(bytes), *back = malloc(bytes);
    const uint32_t poison = 0xdeadbeefu;
    bool ran = false;

    if (host == NULL || back == NULL) {
        fprintf(stderr, "out of host memory\n");
        exit(1);
    }
    for (uint32_t i = 0; i < n; i++)
        host[i] = i * 2654435761u ^ 0x5a5a5a5au;
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(cmd == mem ? 1 : 2, devs, NULL, &ctx));
    q = ct_queue(ctx, env.dev[mem], 0);
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[mem], NULL, NULL, bytes, &src));
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[mem], NULL, NULL, bytes, &dst));
    CHECK(raw_ordinal_of(src) == (int)raw.dev[mem] && raw_ordinal_of(dst) == (int)raw.dev[mem]);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, src, host, bytes, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMFill(q, dst, sizeof poison, &poison, bytes, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q));
    if (cmd != mem)
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[cmd], env.dev[mem]));

    upcu_context_t saved = raw_current();
    CHECK_CU(raw.api.cuCtxSetCurrent(pctx[cmd]));
    upcu_result_t r = launch_copy_inc(dst, src, n);
    CHECK_CU(raw.api.cuCtxSetCurrent(saved));

    if (r == MG_NOT_SUPPORTED && on_double) {
        printf("kernel on device %u over memory of device %u: not run (the driver double has no "
               "module loader)\n",
               cmd, mem);
    } else {
        CHECK_RAW(UPCU_SUCCESS, r);
        ran = r == UPCU_SUCCESS;
    }
    if (ran) {
        uint32_t bad = 0, first = 0;
        memset(back, 0, bytes);
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, back, dst, bytes, 0, NULL, NULL));
        for (uint32_t i = 0; i < n; i++) {
            if (back[i] != host[i] + 1u && bad++ == 0)
                first = i;
        }
        CHECK(bad == 0);
        if (bad)
            fprintf(stderr, "kernel: %u of %u elements wrong, first at %u: %#x, expected %#x\n",
                    bad, n, first, back[first], host[first] + 1u);
        else
            printf("kernel on device %u read %zu bytes on device %u and wrote %zu there: all %u "
                   "elements right\n",
                   cmd, bytes, mem, bytes, n);
        kernels_run++;
    }
    if (cmd != mem)
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[cmd], env.dev[mem]));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, src));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, dst));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    free(host);
    free(back);
    return ran;
}

/* ---- Set-up -------------------------------------------------------------------------------- */

static void retain_primary_contexts(int n)
{
    for (int i = 0; i < n; i++)
        CHECK_CU(raw.api.cuDevicePrimaryCtxRetain(&pctx[i], raw.dev[i]));
}

static void release_primary_contexts(int n)
{
    for (int i = 0; i < n; i++)
        CHECK_CU(raw.api.cuDevicePrimaryCtxRelease(raw.dev[i]));
}

/* The library's devices are the driver's, in the driver's order. */
static void open_library(int n)
{
    cuda_env_open(&env);
    if ((int)env.ndev != n) {
        fprintf(stderr, "the library lists %u CUDA devices, the driver %d\n", env.ndev, n);
        exit(1);
    }
    for (uint32_t i = 0; i < env.ndev; i++) {
        ur_native_handle_t native = 0;
        CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetNativeHandle(env.dev[i], &native));
        if (native != (ur_native_handle_t)(intptr_t)raw.dev[i]) {
            fprintf(stderr, "device %u is not CUDA device %d\n", i, (int)raw.dev[i]);
            exit(1);
        }
    }
}

static int one_gpu(void)
{
    retain_primary_contexts(1);
    open_library(raw.ndev);
    bool ran = test_kernel(0, 0);
    cuda_env_close(&env);
    release_primary_contexts(1);
    if (!ran && t_failures == 0)
        SKIP("the driver double has no module loader: the kernel did not run");
    return test_summary("cuda_kernel_one_gpu");
}

int main(int argc, char **argv)
{
    raw_cuda_open();
    on_double = raw_fake_counter("live_allocations") >= 0;
    if (on_double) {
        void *c = dlsym(raw.lib, "fakegpu_count"), *r = dlsym(raw.lib, "fakegpu_reset_counts");
        memcpy(&call_count, &c, sizeof c);
        memcpy(&reset_counts, &r, sizeof r);
    }
    if (argc > 1 && strcmp(argv[1], "--one-gpu") == 0)
        return one_gpu();
    if (raw.ndev < 2)
        SKIP("peer access needs 2 or more CUDA devices; this machine has %d", raw.ndev);

    const uint32_t n = (uint32_t)raw.ndev;
    uint32_t with_access = 0, without = 0, a = 0, b = 0;
    bool have_pair = false;

    retain_primary_contexts(raw.ndev);
    open_library(raw.ndev);
    test_queries();
    for (uint32_t i = 0; i < n; i++) {
        for (uint32_t j = 0; j < n; j++) {
            if (i == j)
                continue;
            if (access_raw[i][j]) {
                test_pair_with_access(i, j);
                with_access++;
                /* Device 0 to device 1 where it can, else the first pair with access. */
                if (!have_pair || (i == 0 && j == 1)) {
                    a = i;
                    b = j;
                    have_pair = true;
                }
            } else {
                test_pair_without_access(i, j);
                without++;
            }
        }
    }
    printf("%u ordered pairs with peer access (nesting and driver state checked), %u without "
           "(refused)\n",
           with_access, without);
    if (without == 0)
        printf("every pair has access: the UNSUPPORTED_FEATURE row was not exercised here\n");
    if (have_pair) {
        test_kernel(a, b);
        if (access_raw[b][a])
            test_kernel(b, a);
    }
    cuda_env_close(&env);

    if (have_pair) {
        test_teardown(a, b);
        test_other_user(a, b);
    }
    /* The driver state is left as it was found: no pair is on. */
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < n; j++)
            if (i != j && access_raw[i][j])
                CHECK_RAW(UPCU_ERROR_PEER_ACCESS_NOT_ENABLED, raw_peer(i, j, false));
    release_primary_contexts(raw.ndev);

    printf("kernels run across devices: %d%s\n", kernels_run,
           on_double ? " (driver double: no module loader)" : "");
    if (!have_pair && t_failures == 0)
        SKIP("no pair of the %u CUDA devices has peer access: only the rows for pairs without "
             "access ran (%d checks, all passed)",
             n, t_checks);
    return test_summary("cuda_multi_gpu");
}
