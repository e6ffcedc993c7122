/* SPDX-License-Identifier: MIT */
/*
 * fakegpu: the framework under the driver doubles (libfakecuda, libfakehip, libfakeze), which
 * simulate a node of several GPUs on the CPU for the adapters' tests. Never installed.
 *
 * Every double reads one configuration (environment, at its first call):
 *   FAKEGPU_TOPOLOGY=spec     the node: a preset name or a topology file, in the simulated
 *                             node's own format (docs/topology-format.md; same parser): devices,
 *                             memory per device, and per ordered pair access, atomics, rank and
 *                             bandwidth. "none": no device. Default: the preset "pair".
 *   FAKEGPU_FAULTS="name:nth:code,..."  the nth next call of an entry point (its exported name)
 *                             fails with code (decimal or 0x hexadecimal), doing nothing
 *   FAKEGPU_ASYNC=1           stream work runs only when something waits for it (a
 *                             synchronisation, another stream's wait, a free, a query, which
 *                             answers "not ready" once first)
 *   FAKEGPU_INIT_ERROR=code   the init call fails with this code
 *   FAKEGPU_VERSION=v         the driver/runtime version (CUDA 12040, HIP 60241134, Level Zero
 *                             API "1.4" by default)
 *   FAKEGPU_LOG=file          append one line per call
 * and a few options of one double, documented in its source (FAKEGPU_MAX_PEERS, ...).
 *
 * Tests reach the controls below with dlopen(path, RTLD_NOLOAD) + dlsym; every double exports
 * the same ones.
 */
#ifndef URPEER_TESTS_FAKEGPU_H
#define URPEER_TESTS_FAKEGPU_H

/* Calls of one entry point (exported name) since the last reset; NULL, "" or "calls": all calls.
 * Any other name is an observation counter of the double (0 if it never counted):
 *   "bytes_direct", "bytes_staged", "bytes_local"  device-to-device bytes copied over an enabled
 *                             peer link, without one, and other copied bytes
 *   "free_with_pending_work"  memory freed while queued work still used it
 *   "stream_mismatch"         work enqueued on a stream of another context/device than current
 *   "live_allocations", "live_streams", "live_events", and each double's own (see its source) */
unsigned long fakegpu_count(const char *name);
typedef unsigned long (*fakegpu_count_fn)(const char *name);

/* Zero the call counts (not the observation counters). */
void fakegpu_reset_counts(void);
typedef void (*fakegpu_reset_counts_fn)(void);

/* Make the nth next call (1 = next) of `name` return `code` without doing anything. Returns 0,
 * or -1 for a name the double does not export. */
int fakegpu_fail_call(const char *name, unsigned nth, long code);
typedef int (*fakegpu_fail_call_fn)(const char *name, unsigned nth, long code);

/* 1 if peer access cmd -> peer is enabled in the driver (CUDA: between primary contexts), else 0;
 * -1 for bad ordinals. */
int fakegpu_peer_enabled(int cmd, int peer);
typedef int (*fakegpu_peer_enabled_fn)(int cmd, int peer);

/* Device of the allocation containing p: its ordinal, -1 for host memory, -2 if unknown. */
int fakegpu_pointer_device(const void *p);
typedef int (*fakegpu_pointer_device_fn)(const void *p);

/* Switch deferred execution (FAKEGPU_ASYNC) on or off; work already queued stays queued. */
void fakegpu_set_async(int on);
typedef void (*fakegpu_set_async_fn)(int on);

#endif /* URPEER_TESTS_FAKEGPU_H */
