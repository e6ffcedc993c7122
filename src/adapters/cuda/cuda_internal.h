/* SPDX-License-Identifier: MIT */
/*
 * What the CUDA adapter's files share. Nothing here leaves the adapter: every function is
 * declared with hidden visibility (the library is built with -fvisibility=hidden).
 *
 * Contexts: the adapter works in each device's primary context (the one the CUDA runtime uses), so
 * memory and peer enablement are shared with the application's own CUDA code. A primary context
 * is retained the first time something needs it (context creation, an allocation, a peer enable)
 * and released when the adapter is torn down. Every operation that needs a current context makes
 * the device's primary context current only for its own duration (cu_scope_enter/leave) and
 * restores whatever context the calling thread had.
 */
#ifndef URPEER_ADAPTERS_CUDA_INTERNAL_H
#define URPEER_ADAPTERS_CUDA_INTERNAL_H

#include "core/adapter.h"
#include "common/log.h"
#include "adapters/stream/stream_engine.h"
#include "cuda_drv.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#define CU_LOG "cuda"
#define CU_DEFAULT_LIBRARY "libcuda.so.1" /* where URPEER_CUDA_LIBRARY is unset */

struct cu_adapter;

/* Per-device state (ur_device_handle_t::priv). */
struct cu_device {
    struct ups_device sd; /* first: the stream engine's state (time base) */
    struct cu_adapter *ad;
    ur_device_handle_t handle;
    upcu_device_t dev;            /* CUdevice */
    _Atomic(upcu_context_t) pctx; /* primary context once retained, else NULL */
    pthread_mutex_t lock;         /* serialises retaining */
    bool pctx_retained;           /* under lock: release at teardown */
};

/* Adapter state (ur_adapter_handle_t::priv). */
struct cu_adapter {
    ur_adapter_handle_t handle;
    void *lib;        /* dlopen handle of libcuda */
    bool initialised; /* cuInit succeeded: the library stays loaded for the process */
    struct upcu_api api;
    int driver_version; /* cuDriverGetVersion: 1000 * major + 10 * minor */
    uint32_t num_devices;
    struct cu_device *devices; /* by ordinal */
};

static inline struct cu_device *cu_dev(ur_device_handle_t d)
{
    return (struct cu_device *)d->priv;
}

static inline struct cu_adapter *cu_ad(ur_device_handle_t d)
{
    return cu_dev(d)->ad;
}

static inline const struct upcu_api *cu_api(ur_device_handle_t d)
{
    return &cu_dev(d)->ad->api;
}

static inline upcu_deviceptr_t cu_ptr(const void *p)
{
    return (upcu_deviceptr_t)(uintptr_t)p;
}

/* cuda_driver.c: open the driver library and resolve every entry point. Returns false (after
 * logging why) when the driver is absent or incomplete. */
bool cu_driver_load(struct cu_adapter *ad, const char *path);
void cu_driver_unload(struct cu_adapter *ad);

/* cuda_error.c: the one mapping from CUresult to ur_result_t. Records the native code and text
 * for urAdapterGetLastError (`call` names the failing call and, where useful, its devices). */
#define CU_ERR_HOST_MEMORY 1u /* out of memory means host memory (pinned host allocation) */
ur_result_t cu_error(struct cu_adapter *ad, upcu_result_t r, const char *call, unsigned flags);
/* Name of a CUresult for logs ("CUDA_ERROR_NO_DEVICE"), never NULL. */
const char *cu_result_name(const struct cu_adapter *ad, upcu_result_t r);

/* cuda_device.c: discovery and primary contexts. */
ur_result_t cu_devices_discover(struct cu_adapter *ad);
void cu_devices_release(struct cu_adapter *ad);
/* Retain the device's primary context if not done yet (thread-safe) and return it. */
ur_result_t cu_primary_ctx(ur_device_handle_t d, upcu_context_t *out);
/* Make d's primary context current on this thread, remembering the caller's. */
ur_result_t cu_scope_enter(ur_device_handle_t d, struct ups_scope *s);
void cu_scope_leave(ur_device_handle_t d, const struct ups_scope *s);

/* cuda_stream.c: the native operations of the stream engine (queues, commands, events). */
extern const struct ups_native cu_stream_native;
/* cuda_p2p.c: the driver calls of peer enable/disable (made through the stream engine). */
ur_result_t cu_peer_set(ur_device_handle_t cmd, ur_device_handle_t peer, bool enable,
                        int32_t *native);
ur_result_t cu_peer_fail(ur_device_handle_t cmd, ur_device_handle_t peer, bool enable,
                         int32_t native);

/* The operations, defined in the file of their object kind. */
up_context_create_fn cu_context_create;
up_context_destroy_fn cu_context_destroy;
up_usm_alloc_fn cu_usm_alloc;
up_usm_alloc_fn cu_usm_alloc_shared;
up_usm_free_fn cu_usm_free;
up_usm_lookup_fn cu_usm_lookup;

#endif /* URPEER_ADAPTERS_CUDA_INTERNAL_H */
