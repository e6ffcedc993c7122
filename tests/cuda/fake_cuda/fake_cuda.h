/* SPDX-License-Identifier: MIT */
/*
 * libfakecuda: a test double of the CUDA driver (libcuda.so.1) that simulates a node of several
 * NVIDIA GPUs on the CPU, so that the CUDA adapter's tests also run where there is no GPU.
 * Never installed.
 *
 * It exports the entry points the adapter resolves, and answers cuGetProcAddress(_v2) by
 * version the way the driver does: asked for cuMemAlloc at 3020 it hands out cuMemAlloc_v2, at
 * 2000 the CUDA 2.0 variant (which here only records a "wrong_variant" and fails), at 13000
 * cuCtxSynchronize is the variant taking a context (likewise). The driver's semantics the adapter
 * relies on are kept: a stack of current contexts per thread, retained primary contexts (inactive
 * again at the last release, which frees their memory, streams and events), allocations,
 * streams and events in the current context, events recorded only on streams of their own
 * context, cuCtxEnablePeerAccess with 201/217/704/711 and cuCtxDisablePeerAccess with 705,
 * cuDeviceGetP2PAttribute refusing a device paired with itself (101), the alignment rules of the
 * memset calls. Device memory is host memory. No kernel runs: cuModuleLoadData answers
 * CUDA_ERROR_NOT_SUPPORTED (801); cuMemcpyPeerAsync is a copy like cuMemcpyAsync.
 *
 * The CUDA values are written down here independently of the adapter's cuda_drv.h, from NVIDIA's
 * documentation, so that a wrong constant in the adapter fails a test instead of agreeing with
 * itself.
 *
 * Configuration (environment, read at cuInit):
 *   FAKE_CUDA_DEVICES=N          number of devices (default 2; 0 = CUDA_ERROR_NO_DEVICE)
 *   FAKE_CUDA_P2P="0-1,1-0"      ordered pairs with peer access (default: every pair)
 *   FAKE_CUDA_ATOMICS="0-1"      pairs with native atomics (default: the pairs with access)
 *   FAKE_CUDA_CANACCESS="0-1"    pairs cuDeviceCanAccessPeer says yes for (default: FAKE_CUDA_P2P)
 *   FAKE_CUDA_RANKS="0-1:3"      performance rank of pairs (default 1 where linked, 0 else)
 *   FAKE_CUDA_MAX_PEERS=8        peers one context may enable before CUDA_ERROR_TOO_MANY_PEERS
 *   FAKE_CUDA_MEMORY_MB=256      memory per device (an active primary context takes 8 MiB)
 *   FAKE_CUDA_VERSION=12040      cuDriverGetVersion
 *   FAKE_CUDA_INIT_ERROR=code    cuInit fails with this code
 *   FAKE_CUDA_NO_GETPROC=1       cuGetProcAddress finds nothing (callers fall back to dlsym)
 *   FAKE_CUDA_ASYNC=1            stream work runs only when something waits for it (a stream,
 *                                event or context synchronisation, another stream's wait, a
 *                                query, which answers CUDA_ERROR_NOT_READY once first)
 *   FAKE_CUDA_FAULTS="cuMemAlloc_v2:1:2,..."  the nth next call of an entry point (exported
 *                                name) fails with a code, doing nothing
 *
 * Tests reach the controls below with dlopen(path, RTLD_NOLOAD) + dlsym.
 */
#ifndef URPEER_TESTS_FAKE_CUDA_H
#define URPEER_TESTS_FAKE_CUDA_H

/* Calls of one entry point (exported name, e.g. "cuCtxEnablePeerAccess") since the last reset;
 * NULL counts every call. */
unsigned long fakecuda_call_count(const char *name);
typedef unsigned long (*fakecuda_call_count_fn)(const char *name);

void fakecuda_reset_counts(void);
typedef void (*fakecuda_reset_counts_fn)(void);

/* Make the nth next call (1 = next) of `name` return `code` without doing anything. Returns 0,
 * or -1 for a name the double does not export. */
int fakecuda_fail_call(const char *name, unsigned nth, int code);
typedef int (*fakecuda_fail_call_fn)(const char *name, unsigned nth, int code);

/* Observations:
 *   "wrong_variant"            a variant the adapter should not have asked for was called
 *   "stream_context_mismatch"  work enqueued on a stream while another context was current
 *   "no_current_context"       a call that needs a current context made without one
 *   "free_with_pending_work"   memory freed while queued work still used it
 *   "bytes_direct"             device-to-device bytes over an enabled peer link
 *   "bytes_staged"             device-to-device bytes without one
 *   "bytes_local"              other copied bytes
 *   "live_allocations", "live_streams", "live_events"
 * Unknown names give 0. */
unsigned long fakecuda_counter(const char *name);
typedef unsigned long (*fakecuda_counter_fn)(const char *name);

/* 1 if the primary context of cmd has peer access to the primary context of peer, else 0. */
int fakecuda_peer_enabled(int cmd, int peer);
typedef int (*fakecuda_peer_enabled_fn)(int cmd, int peer);

#endif /* URPEER_TESTS_FAKE_CUDA_H */
