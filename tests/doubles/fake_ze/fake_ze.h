/* SPDX-License-Identifier: MIT */
/*
 * Controls of the fake Level Zero driver (tests only; never installed). Tests reach these with
 * dlsym on the loaded libfakeze.so, so nothing links against the fake.
 *
 * Configuration (environment, read at the first zeInit / zeInitDrivers / zeGet*ProcAddrTable):
 *   FAKE_ZE_DRIVERS=n        drivers (platforms), default 1
 *   FAKE_ZE_DEVICES=n        root devices per driver, default 4
 *   FAKE_ZE_P2P=list         ordered pairs with the P2P ACCESS flag, default "*" (all)
 *   FAKE_ZE_ATOMICS=list     ordered pairs with the P2P ATOMICS flag, default none
 *   FAKE_ZE_CANACCESS=list   pairs for which zeDeviceCanAccessPeer says yes (default: as P2P),
 *                            to make it disagree with the flags
 *   FAKE_ZE_BANDWIDTH=l:bw,  fill the chained bandwidth properties (GB/s) for these pairs and
 *                            zero/UNKNOWN for the others; unset: the chain is ignored, as by a
 *                            driver without the extension
 *   FAKE_ZE_API_VERSION=M.m  what zeDriverGetApiVersion answers, default 1.4
 *   FAKE_ZE_INIT_DRIVERS=0   zeInitDrivers fails with ZE_RESULT_ERROR_UNINITIALIZED
 *   FAKE_ZE_PCI=0            zeDevicePciGetPropertiesExt answers UNSUPPORTED_FEATURE
 *   FAKE_ZE_MAX_FILL=n       maxMemoryFillPatternSize of the compute group, default 16
 *   FAKE_ZE_MEM=bytes        memory of each device, default 1 GiB
 *   FAKE_ZE_TIMER_HZ=n       device timer frequency, default 19200000
 *   FAKE_ZE_TS_BITS=n        kernelTimestampValidBits, default 32
 *   FAKE_ZE_TS_START=ticks   the device clock's first value, default 1000
 *   FAKE_ZE_FAIL=fn:nth:code[,...]  make the nth next call of fn return code
 *   FAKE_ZE_STRICT=1         exit with status 1 at process exit if any violation was counted
 * A list is "*", "none", or comma-separated "a-b" (device indices within a driver; a -> b).
 *
 * Counters, by name: every ze* entry point ("zeMemFree"), "calls" (all of them), "violations"
 * (calls that break the API's rules: bad handles, wrong stype, waiting on unsignalled events,
 * oversize fill patterns, leaked objects at context destruction...), "copies_without_p2p" (device
 * memory copied by a device without ACCESS to it), "in_order_lists" (immediate lists created
 * IN_ORDER), and the live objects "live_allocations", "live_contexts", "live_lists", "live_pools",
 * "live_events".
 */
#ifndef URPEER_TESTS_FAKE_ZE_H
#define URPEER_TESTS_FAKE_ZE_H

#include <stdint.h>

typedef uint64_t (*fakeze_call_count_fn)(const char *name);
typedef void (*fakeze_reset_counts_fn)(void);
typedef void (*fakeze_fail_fn)(const char *name, uint32_t nth, int32_t code);

#endif /* URPEER_TESTS_FAKE_ZE_H */
