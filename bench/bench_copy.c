/* SPDX-License-Identifier: MIT */
/*
 * Copies: urEnqueueUSMMemcpy bandwidth and latency next to the raw driver on the same buffers in
 * the same run (CUDA: cuMemcpyAsync on a stream of the device's primary context; simulated node:
 * memcpy), device to device, peer to local and local to peer (access on and off), host to device
 * and device to host (pinned host USM); urEnqueueUSMFill next to the memset calls. With two CUDA
 * devices the peer copies are measured twice: next to cuMemcpyAsync (group "peer") and next to
 * cuMemcpyPeerAsync between the two primary contexts (group "peerasync").
 * Samples of urpeer and of the raw call alternate, so drift hits both alike.
 *
 *   bench_copy [--adapter cuda|sim] [--sim PRESET] [--max-size BYTES] [--samples N] [--json]
 */
#include "bench_common.h"
#ifdef URPEER_BENCH_CUDA
#include "bench_cuda_raw.h"
#endif

static struct bench_out out;
static int samples = 7;
static bool is_cuda;
static ur_queue_handle_t queue;

#ifdef URPEER_BENCH_CUDA
static struct raw_cuda cu;
static upcu_stream_t raw_stream;
static upcu_cuMemcpyPeerAsync_fn raw_copy_peer;   /* NULL where the driver has none */
static upcu_context_t peer_dst_ctx, peer_src_ctx; /* of the RAW_PEER_COPY being measured */
#endif

/* RAW_PEER_COPY: cuMemcpyPeerAsync between peer_src_ctx and peer_dst_ctx (urpeer's side is the
 * same urEnqueueUSMMemcpy as RAW_COPY). */
enum raw_kind { RAW_COPY, RAW_PEER_COPY, RAW_FILL8, RAW_FILL32 };

/* One raw operation of `size` bytes. */
static void raw_op(enum raw_kind kind, void *dst, const void *src, size_t size)
{
#ifdef URPEER_BENCH_CUDA
    if (is_cuda) {
        if (kind == RAW_COPY)
            cu.f.cuMemcpyAsync((upcu_deviceptr_t)(uintptr_t)dst, (upcu_deviceptr_t)(uintptr_t)src,
                               size, raw_stream);
        else if (kind == RAW_PEER_COPY)
            raw_copy_peer((upcu_deviceptr_t)(uintptr_t)dst, peer_dst_ctx,
                          (upcu_deviceptr_t)(uintptr_t)src, peer_src_ctx, size, raw_stream);
        else if (kind == RAW_FILL8)
            cu.f.cuMemsetD8Async((upcu_deviceptr_t)(uintptr_t)dst, 0x5a, size, raw_stream);
        else
            cu.f.cuMemsetD32Async((upcu_deviceptr_t)(uintptr_t)dst, 0x5a5a5a5a, size / 4,
                                  raw_stream);
        return;
    }
#endif
    if (kind == RAW_COPY || kind == RAW_PEER_COPY)
        memcpy(dst, src, size);
    else
        memset(dst, 0x5a, size);
}

static void raw_sync(void)
{
#ifdef URPEER_BENCH_CUDA
    if (is_cuda)
        cu.f.cuStreamSynchronize(raw_stream);
#endif
}

static void ur_op(enum raw_kind kind, void *dst, const void *src, size_t size)
{
    static const uint32_t pat32 = 0x5a5a5a5a;
    if (kind == RAW_COPY || kind == RAW_PEER_COPY)
        BENCH_TRY(urEnqueueUSMMemcpy(queue, false, dst, src, size, 0, NULL, NULL));
    else
        BENCH_TRY(
            urEnqueueUSMFill(queue, dst, kind == RAW_FILL8 ? 1 : 4, &pat32, size, 0, NULL, NULL));
}

/* Bandwidth in GB/s (1e9 bytes/s) of reps back-to-back operations, urpeer and raw alternating. */
static void bandwidth(const char *group, const char *label, enum raw_kind kind, void *dst,
                      const void *src, size_t size)
{
    size_t reps = (size_t)(2.0e9 / (double)size);
    if (reps < 3)
        reps = 3;
    if (reps > 2000)
        reps = 2000;
    double u[64], r[64];
    /* warm-up */
    ur_op(kind, dst, src, size);
    BENCH_TRY(urQueueFinish(queue));
    raw_op(kind, dst, src, size);
    raw_sync();
    for (int s = 0; s < samples; s++) {
        double t0 = bench_now_ns();
        for (size_t i = 0; i < reps; i++)
            ur_op(kind, dst, src, size);
        BENCH_TRY(urQueueFinish(queue));
        double t1 = bench_now_ns();
        for (size_t i = 0; i < reps; i++)
            raw_op(kind, dst, src, size);
        raw_sync();
        double t2 = bench_now_ns();
        u[s] = (double)size * (double)reps / (t1 - t0);
        r[s] = (double)size * (double)reps / (t2 - t1);
    }
    struct bench_row row = {.group = group, .unit = "GB/s", .higher_is_better = true};
    snprintf(row.name, sizeof(row.name), "%s %zu B", label, size);
    row.cv = bench_cv(u, (size_t)samples);
    row.value = bench_median(u, (size_t)samples);
    row.raw = bench_median(r, (size_t)samples);
    bench_print(&out, &row);
}

/* Latency of one blocking copy, in microseconds (median of many). */
static void latency(const char *label, void *dst, const void *src, size_t size)
{
    enum { N = 2001 };
    static double u[N], r[N];
    for (int i = 0; i < 50; i++) {
        BENCH_TRY(urEnqueueUSMMemcpy(queue, true, dst, src, size, 0, NULL, NULL));
        raw_op(RAW_COPY, dst, src, size);
        raw_sync();
    }
    for (int i = 0; i < N; i++) {
        double t0 = bench_now_ns();
        BENCH_TRY(urEnqueueUSMMemcpy(queue, true, dst, src, size, 0, NULL, NULL));
        double t1 = bench_now_ns();
        raw_op(RAW_COPY, dst, src, size);
        raw_sync();
        double t2 = bench_now_ns();
        u[i] = (t1 - t0) / 1000.0;
        r[i] = (t2 - t1) / 1000.0;
    }
    struct bench_row row = {.group = "latency", .unit = "us"};
    snprintf(row.name, sizeof(row.name), "%s %zu B blocking", label, size);
    row.cv = bench_cv(u, N);
    row.value = bench_median(u, N);
    row.raw = bench_median(r, N);
    bench_print(&out, &row);
}

int main(int argc, char **argv)
{
    const char *adapter = "cuda", *preset = "pair";
    size_t max_size = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0)
            out.json = true;
        else if (strcmp(argv[i], "--adapter") == 0 && i + 1 < argc)
            adapter = argv[++i];
        else if (strcmp(argv[i], "--sim") == 0 && i + 1 < argc)
            preset = argv[++i];
        else if (strcmp(argv[i], "--max-size") == 0 && i + 1 < argc)
            max_size = strtoull(argv[++i], NULL, 0);
        else if (strcmp(argv[i], "--samples") == 0 && i + 1 < argc)
            samples = atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: bench_copy [--adapter cuda|sim] [--sim PRESET] "
                            "[--max-size BYTES] [--samples N] [--json]\n");
            return 2;
        }
    }
    if (samples < 3 || samples > 64)
        samples = 7;
    is_cuda = strcmp(adapter, "cuda") == 0;
    if (max_size == 0)
        max_size = is_cuda ? (1ull << 30) : (256ull << 20);

    ur_adapter_handle_t a;
    ur_device_handle_t dev[2];
    uint32_t nd = bench_open(adapter, preset, &a, dev, 2);
    if (nd == 0) {
        fprintf(stderr, "bench_copy: adapter '%s' found no device\n", adapter);
        urLoaderTearDown();
        return 0;
    }
#ifdef URPEER_BENCH_CUDA
    upcu_context_t saved = NULL, pctx = NULL, pctx1 = NULL;
    upcu_device_t cu_dev1 = 1;
    if (is_cuda) {
        if (!raw_cuda_open(&cu)) {
            fprintf(stderr, "bench_copy: cannot open libcuda.so.1 for the raw figures\n");
            return 1;
        }
        cu.f.cuCtxGetCurrent(&saved);
        cu.f.cuDevicePrimaryCtxRetain(&pctx, 0);
        cu.f.cuCtxSetCurrent(pctx);
        cu.f.cuStreamCreate(&raw_stream, UPCU_STREAM_NON_BLOCKING);
        if (nd > 1 && cu.f.cuDeviceGet(&cu_dev1, 1) == UPCU_SUCCESS &&
            cu.f.cuDevicePrimaryCtxRetain(&pctx1, cu_dev1) == UPCU_SUCCESS) {
            void *lib = dlopen("libcuda.so.1", RTLD_NOW | RTLD_NOLOAD);
            void *sym = lib ? dlsym(lib, "cuMemcpyPeerAsync") : NULL;
            memcpy(&raw_copy_peer, &sym, sizeof sym);
        }
    }
#else
    if (is_cuda) {
        fprintf(stderr, "bench_copy: built without the CUDA raw side\n");
        return 1;
    }
#endif

    ur_context_handle_t ctx;
    BENCH_TRY(urContextCreate(nd, dev, NULL, &ctx));
    BENCH_TRY(urQueueCreate(ctx, dev[0], NULL, &queue));
    void *A, *B, *C = NULL, *H;
    BENCH_TRY(urUSMDeviceAlloc(ctx, dev[0], NULL, NULL, max_size, &A));
    BENCH_TRY(urUSMDeviceAlloc(ctx, dev[0], NULL, NULL, max_size, &B));
    if (nd > 1)
        BENCH_TRY(urUSMDeviceAlloc(ctx, dev[1], NULL, NULL, max_size, &C));
    BENCH_TRY(urUSMHostAlloc(ctx, NULL, NULL, max_size, &H));
    memset(H, 1, max_size);
    BENCH_TRY(urEnqueueUSMMemcpy(queue, true, A, H, max_size, 0, NULL, NULL));
    if (C)
        BENCH_TRY(urEnqueueUSMMemcpy(queue, true, C, H, max_size, 0, NULL, NULL));

    char name[256] = "";
    urDeviceGetInfo(dev[0], UR_DEVICE_INFO_NAME, sizeof(name), name, NULL);
    char machine[300];
    snprintf(machine, sizeof(machine), "%s (%s, %u device%s)", name, adapter, nd,
             nd > 1 ? "s" : "");
    const char *title = "Copies (raw: memcpy / memset)";
#ifdef URPEER_BENCH_CUDA
    if (is_cuda)
        title = raw_copy_peer ? "Copies (raw: cuMemcpyAsync / cuMemsetD*Async; group peerasync: "
                                "cuMemcpyPeerAsync)"
                              : "Copies (raw: cuMemcpyAsync / cuMemsetD*Async)";
#endif
    bench_header(&out, title, machine);

    latency("D2D", B, A, 64);
    latency("H2D", A, H, 64);
    for (size_t size = 64; size <= max_size; size *= 16) {
        bandwidth("d2d", "D2D same device", RAW_COPY, B, A, size);
        bandwidth("h2d", "H2D pinned", RAW_COPY, A, H, size);
        bandwidth("d2h", "D2H pinned", RAW_COPY, H, A, size);
        if (size * 16 > max_size && size != max_size)
            size = max_size / 16; /* always end at max_size */
    }
    if (C) {
        int access = 0;
        urUsmP2PPeerAccessGetInfoExp(dev[0], dev[1], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT,
                                     sizeof(access), &access, NULL);
        for (int on = 0; on <= access; on++) {
            if (on)
                BENCH_TRY(urUsmP2PEnablePeerAccessExp(dev[0], dev[1]));
            for (size_t size = 64 << 10; size <= max_size; size *= 16) {
                bandwidth("peer", on ? "peer->local, access on" : "peer->local, access off",
                          RAW_COPY, A, C, size);
                bandwidth("peer", on ? "local->peer, access on" : "local->peer, access off",
                          RAW_COPY, C, A, size);
            }
#ifdef URPEER_BENCH_CUDA
            /* The same copies next to cuMemcpyPeerAsync between the primary contexts. */
            for (size_t size = 64 << 10; raw_copy_peer && size <= max_size; size *= 16) {
                peer_dst_ctx = pctx;
                peer_src_ctx = pctx1;
                bandwidth("peerasync", on ? "peer->local, access on" : "peer->local, access off",
                          RAW_PEER_COPY, A, C, size);
                peer_dst_ctx = pctx1;
                peer_src_ctx = pctx;
                bandwidth("peerasync", on ? "local->peer, access on" : "local->peer, access off",
                          RAW_PEER_COPY, C, A, size);
            }
#endif
            if (on)
                BENCH_TRY(urUsmP2PDisablePeerAccessExp(dev[0], dev[1]));
        }
    }
    size_t fsize = max_size < (64u << 20) ? max_size : (64u << 20);
    bandwidth("fill", "fill 1-byte pattern", RAW_FILL8, A, NULL, fsize);
    bandwidth("fill", "fill 4-byte pattern", RAW_FILL32, A, NULL, fsize);
    bench_footer(&out);

    urUSMFree(ctx, A);
    urUSMFree(ctx, B);
    if (C)
        urUSMFree(ctx, C);
    urUSMFree(ctx, H);
    urQueueRelease(queue);
    urContextRelease(ctx);
#ifdef URPEER_BENCH_CUDA
    if (is_cuda) {
        cu.f.cuStreamDestroy(raw_stream);
        if (pctx1)
            cu.f.cuDevicePrimaryCtxRelease(cu_dev1);
        cu.f.cuDevicePrimaryCtxRelease(0);
        cu.f.cuCtxSetCurrent(saved);
    }
#endif
    urAdapterRelease(a);
    urLoaderTearDown();
    return 0;
}
