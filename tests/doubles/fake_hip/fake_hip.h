/* SPDX-License-Identifier: MIT */
/*
 * libfakehip: a test double of the HIP runtime (libamdhip64) that simulates a node of several
 * AMD GPUs on the CPU, for urpeer's HIP adapter tests. Never installed.
 *
 * It exports the hip* entry points the adapter resolves, with HIP's semantics where the adapter
 * depends on them: a current device per thread, allocations on the current device, streams and
 * events of the device current when they were made, hipDeviceEnablePeerAccess giving
 * hipErrorInvalidDevice (101) for a peer it cannot reach and hipErrorPeerAccessAlreadyEnabled
 * (704) the second time, hipDeviceDisablePeerAccess giving hipErrorPeerAccessNotEnabled (705)
 * when off, hipDeviceGetP2PAttribute numbered from 0. Device memory is host memory.
 *
 * Configuration (environment, read at the first call):
 *   FAKE_HIP_DEVICES=N         number of devices (default 4; 0 = hipErrorNoDevice)
 *   FAKE_HIP_P2P="0-1,1-0"     ordered pairs cmd-peer with peer access (default: every pair)
 *   FAKE_HIP_ATOMICS="0-1"     pairs with native atomics (default: the same as FAKE_HIP_P2P)
 *   FAKE_HIP_CANACCESS="0-1"   pairs hipDeviceCanAccessPeer says yes for (default: FAKE_HIP_P2P)
 *   FAKE_HIP_RANKS="0-1:3"     performance rank of pairs (default 7 for linked pairs, 0 else)
 *   FAKE_HIP_VERSION=60241134  hipRuntimeGetVersion / hipDriverGetVersion (HIP_VERSION form;
 *                              below 60000000 hipPointerGetAttributes uses HIP 5's memory types)
 *   FAKE_HIP_MEMORY_MB=256     memory per device
 *   FAKE_HIP_INIT_ERROR=code   hipInit fails with this code
 *   FAKE_HIP_ASYNC=1           stream work runs only when something waits for it (or is
 *                              queried), instead of at once
 *   FAKE_HIP_FAULTS="hipMalloc:1:2,..."  make the nth next call of a function fail with a code
 *   FAKE_HIP_LOG=file          append one line per call
 *
 * Tests reach the controls below with dlopen(path, RTLD_NOLOAD) + dlsym.
 */
#ifndef URPEER_TESTS_FAKE_HIP_H
#define URPEER_TESTS_FAKE_HIP_H

#include <stddef.h>

/* Calls of one entry point ("hipDeviceEnablePeerAccess") since the last reset; NULL or "" = all. */
unsigned long fakehip_call_count(const char *name);
typedef unsigned long (*fakehip_call_count_fn)(const char *name);

/* Zero the call counts. */
void fakehip_reset_counts(void);
typedef void (*fakehip_reset_counts_fn)(void);

/* Make the nth next call (1 = next) of `name` return `code` without doing anything.
 * Returns 0, or -1 for an unknown name. */
int fakehip_fail_call(const char *name, unsigned nth, unsigned code);
typedef int (*fakehip_fail_call_fn)(const char *name, unsigned nth, unsigned code);

/* Observations the tests check:
 *   "stream_device_mismatch"  work enqueued on a stream while another device was current
 *   "free_with_pending_work"  hipFree/hipHostFree of memory that queued work still uses
 *   "bytes_direct"            device-to-device bytes over an enabled peer link
 *   "bytes_staged"            device-to-device bytes without one (staged through the host)
 *   "bytes_local"             other copied bytes
 *   "live_allocations", "live_streams", "live_events"
 * Unknown names give 0. */
unsigned long fakehip_counter(const char *name);
typedef unsigned long (*fakehip_counter_fn)(const char *name);

/* 1 if peer access cmd -> peer is enabled in the double, 0 if not, -1 for bad ordinals. */
int fakehip_peer_enabled(int cmd, int peer);
typedef int (*fakehip_peer_enabled_fn)(int cmd, int peer);

/* Device of an allocation containing p: its ordinal, -1 for host memory, -2 if unknown. */
int fakehip_pointer_device(const void *p);
typedef int (*fakehip_pointer_device_fn)(const void *p);

/* Switch deferred execution (FAKE_HIP_ASYNC) on or off; work already queued stays queued. */
void fakehip_set_async(int on);
typedef void (*fakehip_set_async_fn)(int on);

#endif /* URPEER_TESTS_FAKE_HIP_H */
