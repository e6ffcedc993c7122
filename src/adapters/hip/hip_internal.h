/* SPDX-License-Identifier: MIT */
/*
 * State and helpers shared by the HIP adapter's files. Nothing here leaves the library: the
 * uphip_* functions have hidden visibility like everything else in it, and the only symbol other
 * parts of urpeer see is up_adapter_desc_hip.
 */
#ifndef URPEER_ADAPTERS_HIP_HIP_INTERNAL_H
#define URPEER_ADAPTERS_HIP_HIP_INTERNAL_H

#include "adapters/hip/hip_drv.h"
#include "adapters/stream/stream_engine.h"
#include "common/log.h"
#include "core/adapter.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#define UPHIP_LOG "hip"

/* The loaded runtime: library handle and resolved entry points. */
struct uphip_driver {
    void *lib;
    char path[256];       /* the name dlopen succeeded with */
    int runtime_version;  /* hipRuntimeGetVersion */
    int driver_version;   /* hipDriverGetVersion */
    bool memory_types_v6; /* hipPointerGetAttributes uses HIP 6's hipMemoryType numbering */
    bool resident;        /* hipInit was called: never unload (see uphip_driver_unload) */
#define UPHIP_DRIVER_MEMBER(ret, name, params) uphip_##name##_fn name;
    UPHIP_REQUIRED_FUNCS(UPHIP_DRIVER_MEMBER)
    UPHIP_OPTIONAL_FUNCS(UPHIP_DRIVER_MEMBER)
#undef UPHIP_DRIVER_MEMBER
};

/* adapter->priv */
struct uphip_adapter {
    struct uphip_driver drv;
};

/* device->priv */
struct uphip_device {
    struct ups_device sd; /* first: the stream engine's state (time base) */
    int ordinal;          /* HIP device ordinal (also the device's index in the platform) */
};

static inline struct uphip_adapter *uphip_adapter_priv(ur_adapter_handle_t adapter)
{
    return adapter->priv;
}

static inline struct uphip_driver *uphip_drv(ur_adapter_handle_t adapter)
{
    return &uphip_adapter_priv(adapter)->drv;
}

static inline ur_adapter_handle_t uphip_adapter_of_device(ur_device_handle_t dev)
{
    return dev->platform->adapter;
}

static inline int uphip_ordinal(ur_device_handle_t dev)
{
    return ((const struct uphip_device *)dev->priv)->ordinal;
}

/* ---- hip_driver.c: loading ------------------------------------------------------------------ */

/* Open the runtime (override: a path from URPEER_HIP_LIBRARY, or NULL for the versioned names)
 * and resolve every entry point. False, logged at info, if it cannot be used. */
bool uphip_driver_load(struct uphip_driver *drv, const char *override);
/* Forget the entry points; close the library unless it is resident. */
void uphip_driver_unload(struct uphip_driver *drv);

/* ---- hip_error.c: the one mapping of hipError_t to ur_result_t ------------------------------- */

/* What the failing call was doing, where one native code means different things. */
typedef enum uphip_call_kind {
    UPHIP_CALL_GENERIC = 0,
    UPHIP_CALL_DEVICE_ALLOC, /* out of memory is device memory */
    UPHIP_CALL_HOST_ALLOC,   /* out of memory is host memory */
    UPHIP_CALL_PEER_ENABLE,  /* hipErrorInvalidDevice: the driver says the pair has no access */
    UPHIP_CALL_PROFILING,    /* hipErrorNotReady / invalid handle: no timestamps (yet) */
} uphip_call_kind_t;

ur_result_t uphip_map_error(uphip_error_t err, uphip_call_kind_t kind);

/* Record a failed call for urAdapterGetLastError (native code, call text, HIP's name and
 * description of the code) and return the mapped result. `fmt` describes the call. */
ur_result_t uphip_fail(ur_adapter_handle_t adapter, uphip_error_t err, uphip_call_kind_t kind,
                       const char *fmt, ...) UP_PRINTF(4, 5);

/* ---- hip_context.c: the current device ------------------------------------------------------ */

/* Make `ordinal` the calling thread's current device, remembering the previous one in *saved.
 * Only calls hipSetDevice when the device changes. */
ur_result_t uphip_device_enter(ur_adapter_handle_t adapter, int ordinal, int *saved);
/* Restore the device uphip_device_enter saved. */
void uphip_device_leave(ur_adapter_handle_t adapter, int ordinal, int saved);

up_context_create_fn uphip_context_create;
up_context_destroy_fn uphip_context_destroy;

/* ---- hip_device.c: discovery ---------------------------------------------------------------- */

/* Create the platform, its devices' properties and the peer capabilities. */
ur_result_t uphip_discover(ur_adapter_handle_t adapter, int count);
/* Free what uphip_discover attached to the devices. */
void uphip_devices_release(ur_adapter_handle_t adapter);

/* ---- hip_usm.c ------------------------------------------------------------------------------ */

up_usm_alloc_fn uphip_usm_alloc;
up_usm_alloc_fn uphip_usm_alloc_shared;
up_usm_free_fn uphip_usm_free;
up_usm_lookup_fn uphip_usm_lookup;

/* ---- hip_stream.c: the native operations of the stream engine (queues, commands, events) -- */

extern const struct ups_native uphip_stream_native;

/* ---- hip_p2p.c ------------------------------------------------------------------------------ */

/* Read the peer capabilities of every ordered pair of the platform's devices. */
void uphip_p2p_discover(ur_platform_handle_t platform);
ur_result_t uphip_peer_set(ur_device_handle_t cmd, ur_device_handle_t peer, bool enable,
                           int32_t *native);
ur_result_t uphip_peer_fail(ur_device_handle_t cmd, ur_device_handle_t peer, bool enable,
                            int32_t native);

#endif /* URPEER_ADAPTERS_HIP_HIP_INTERNAL_H */
