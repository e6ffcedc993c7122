/* SPDX-License-Identifier: MIT */
/*
 * API cost: ns per call of urpeer's queries next to the raw CUDA calls that answer the same
 * questions, median of several samples, in one run.
 *
 *   bench_api [--adapter cuda|sim] [--sim PRESET] [--json]
 */
#include "bench_common.h"
#ifdef URPEER_BENCH_CUDA
#include "bench_cuda_raw.h"
#endif

#define SAMPLES 15

static struct bench_out out;
static volatile int sink;

/* Time `iters` repetitions of the statements, SAMPLES times: median ns per call into result. */
#define TIME_LOOP(result, cv_out, iters, ...)                                                      \
    do {                                                                                           \
        double s_[SAMPLES];                                                                        \
        for (int k_ = 0; k_ < SAMPLES; k_++) {                                                     \
            double t0_ = bench_now_ns();                                                           \
            for (long i_ = 0; i_ < (iters); i_++) {                                                \
                __VA_ARGS__;                                                                       \
            }                                                                                      \
            s_[k_] = (bench_now_ns() - t0_) / (double)(iters);                                     \
        }                                                                                          \
        cv_out = bench_cv(s_, SAMPLES);                                                            \
        result = bench_median(s_, SAMPLES);                                                        \
    } while (0)

int main(int argc, char **argv)
{
    const char *adapter = "cuda", *preset = "pair";
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0)
            out.json = true;
        else if (strcmp(argv[i], "--adapter") == 0 && i + 1 < argc)
            adapter = argv[++i];
        else if (strcmp(argv[i], "--sim") == 0 && i + 1 < argc)
            preset = argv[++i];
        else {
            fprintf(
                stderr,
                "usage: bench_api [--adapter cuda|hip|level_zero|sim] [--sim PRESET] [--json]\n");
            return 2;
        }
    }
    ur_adapter_handle_t a;
    ur_device_handle_t dev[8];
    uint32_t nd = bench_open(adapter, preset, &a, dev, 8);
    if (nd == 0) {
        fprintf(stderr, "bench_api: adapter '%s' found no device\n", adapter);
        urLoaderTearDown();
        return 0;
    }
    char name[256] = "";
    urDeviceGetInfo(dev[0], UR_DEVICE_INFO_NAME, sizeof(name), name, NULL);
    char machine[300];
    snprintf(machine, sizeof(machine), "%s (%s, %u device%s)", name, adapter, nd,
             nd > 1 ? "s" : "");
    bench_header(&out, "API cost", machine);

    const long N = 2000000;
    struct bench_row r = {.unit = "ns/call"};
    int v;

    /* --- raw driver side ------------------------------------------------------------------- */
    double raw_p2p = 0, raw_attr = 0, raw_mem = 0, raw_enable = 0;
#ifdef URPEER_BENCH_CUDA
    struct raw_cuda cu;
    memset(&cu, 0, sizeof(cu));
    double cv_dummy = 0; /* the raw calls' spread is not reported */
    bool have_raw = strcmp(adapter, "cuda") == 0 && raw_cuda_open(&cu);
    upcu_device_t cd0 = 0, cd1 = nd > 1 ? 1 : 0;
    if (have_raw) {
        TIME_LOOP(
            raw_p2p, cv_dummy, N / 10,
            cu.f.cuDeviceGetP2PAttribute(&v, UPCU_DEVICE_P2P_ATTRIBUTE_ACCESS_SUPPORTED, cd0, cd1);
            sink = v);
        TIME_LOOP(raw_attr, cv_dummy, N / 10,
                  cu.f.cuDeviceGetAttribute(&v, UPCU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, cd0);
                  sink = v);
        size_t bytes;
        TIME_LOOP(raw_mem, cv_dummy, N / 10, cu.f.cuDeviceTotalMem(&bytes, cd0); sink = (int)bytes);
    }
#endif

    /* --- peer queries ---------------------------------------------------------------------- */
    r.group = "p2p";
    snprintf(r.name, sizeof(r.name), "PeerAccessGetInfo ACCESS self pair");
    TIME_LOOP(r.value, r.cv, N,
              urUsmP2PPeerAccessGetInfoExp(dev[0], dev[0], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT,
                                           sizeof(v), &v, NULL);
              sink = v);
    r.raw = raw_p2p;
    bench_print(&out, &r);
    if (nd > 1) {
        snprintf(r.name, sizeof(r.name), "PeerAccessGetInfo ACCESS pair 0->1");
        TIME_LOOP(r.value, r.cv, N,
                  urUsmP2PPeerAccessGetInfoExp(
                      dev[0], dev[1], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, sizeof(v), &v, NULL);
                  sink = v);
        bench_print(&out, &r);
        snprintf(r.name, sizeof(r.name), "PeerAccessGetInfo ATOMICS pair 0->1");
        TIME_LOOP(r.value, r.cv, N,
                  urUsmP2PPeerAccessGetInfoExp(dev[0], dev[1],
                                               UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT, sizeof(v),
                                               &v, NULL);
                  sink = v);
        bench_print(&out, &r);
    }

    /* --- device info ----------------------------------------------------------------------- */
    r.group = "devinfo";
    uint32_t u32;
    uint64_t u64;
    snprintf(r.name, sizeof(r.name), "DeviceGetInfo MAX_COMPUTE_UNITS");
    TIME_LOOP(r.value, r.cv, N,
              urDeviceGetInfo(dev[0], UR_DEVICE_INFO_MAX_COMPUTE_UNITS, sizeof(u32), &u32, NULL);
              sink = (int)u32);
    r.raw = raw_attr;
    bench_print(&out, &r);
    snprintf(r.name, sizeof(r.name), "DeviceGetInfo GLOBAL_MEM_SIZE");
    TIME_LOOP(r.value, r.cv, N,
              urDeviceGetInfo(dev[0], UR_DEVICE_INFO_GLOBAL_MEM_SIZE, sizeof(u64), &u64, NULL);
              sink = (int)u64);
    r.raw = raw_mem;
    bench_print(&out, &r);
    snprintf(r.name, sizeof(r.name), "DeviceGetInfo TYPE");
    ur_device_type_t t;
    TIME_LOOP(r.value, r.cv, N, urDeviceGetInfo(dev[0], UR_DEVICE_INFO_TYPE, sizeof(t), &t, NULL);
              sink = (int)t);
    r.raw = raw_attr;
    bench_print(&out, &r);
    snprintf(r.name, sizeof(r.name), "DeviceGetInfo NAME");
    TIME_LOOP(r.value, r.cv, N / 4,
              urDeviceGetInfo(dev[0], UR_DEVICE_INFO_NAME, sizeof(name), name, NULL);
              sink = name[0]);
    r.raw = 0;
    bench_print(&out, &r);

    /* --- nested Enable + Disable while access is on ------------------------------------------ */
    r.group = "enable";
    uint32_t pa = 0, pb = 0;
    for (uint32_t i = 0; i < nd && pa == pb; i++)
        for (uint32_t j = 0; j < nd; j++)
            if (i != j) {
                int acc = 0;
                urUsmP2PPeerAccessGetInfoExp(dev[i], dev[j],
                                             UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, sizeof(acc),
                                             &acc, NULL);
                if (acc) {
                    pa = i;
                    pb = j;
                    break;
                }
            }
    if (pa != pb) {
        BENCH_TRY(urUsmP2PEnablePeerAccessExp(dev[pa], dev[pb]));
#ifdef URPEER_BENCH_CUDA
        if (have_raw) {
            /* raw: the driver answers "already enabled" (704) on the already-enabled pair */
            upcu_context_t c0, c1, saved;
            cu.f.cuCtxGetCurrent(&saved);
            cu.f.cuDevicePrimaryCtxRetain(&c0, (upcu_device_t)pa);
            cu.f.cuDevicePrimaryCtxRetain(&c1, (upcu_device_t)pb);
            cu.f.cuCtxSetCurrent(c0);
            TIME_LOOP(raw_enable, cv_dummy, N / 10, sink = cu.f.cuCtxEnablePeerAccess(c1, 0));
            cu.f.cuCtxSetCurrent(saved);
            cu.f.cuDevicePrimaryCtxRelease((upcu_device_t)pa);
            cu.f.cuDevicePrimaryCtxRelease((upcu_device_t)pb);
        }
#endif
        snprintf(r.name, sizeof(r.name), "Enable+Disable %u->%u, access already on", pa, pb);
        TIME_LOOP(r.value, r.cv, N / 4, urUsmP2PEnablePeerAccessExp(dev[pa], dev[pb]);
                  urUsmP2PDisablePeerAccessExp(dev[pa], dev[pb]));
        r.raw = raw_enable;
        bench_print(&out, &r);
        BENCH_TRY(urUsmP2PDisablePeerAccessExp(dev[pa], dev[pb]));
    } else {
        snprintf(r.name, sizeof(r.name), "Enable+Disable self pair (no linked pair)");
        TIME_LOOP(r.value, r.cv, N, urUsmP2PEnablePeerAccessExp(dev[0], dev[0]);
                  urUsmP2PDisablePeerAccessExp(dev[0], dev[0]));
        r.raw = 0;
        bench_print(&out, &r);
    }
    bench_footer(&out);
#ifdef URPEER_BENCH_CUDA
    (void)cv_dummy;
#endif
    urAdapterRelease(a);
    urLoaderTearDown();
    return 0;
}
