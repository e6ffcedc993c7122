/* SPDX-License-Identifier: MIT */
/*
 * The interface between the core (loader, entry points, peer-access contract) and the adapters.
 *
 * Every handle starts with `struct up_object`, whose first member points at the adapter's
 * operations table: entry points validate their arguments, then dispatch through `h->obj.ops`. The
 * core owns the objects and the rules (reference counts, argument checks, peer-access nesting
 * counts, ownership of driver enablement, USM allocation tracking, events' common state); an
 * adapter only supplies its driver calls and keeps its own state behind the `priv` pointers.
 *
 * Adapters are compiled into the library. Each defines one non-static descriptor
 * (`up_adapter_desc_<name>`), listed in the registry that CMake generates from the build's adapter
 * list (loader/registry.h); everything else in an adapter is static or hidden. The operations are
 * one list, core/adapter_ops.def. See docs/architecture.md.
 */
#ifndef URPEER_CORE_ADAPTER_H
#define URPEER_CORE_ADAPTER_H

#include "ur_api.h"
#include "urpeer.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct up_adapter_ops;

/* Object kinds, for handle validation and leak reports. */
typedef enum up_kind {
    UP_KIND_ADAPTER = 1,
    UP_KIND_PLATFORM,
    UP_KIND_DEVICE,
    UP_KIND_CONTEXT,
    UP_KIND_QUEUE,
    UP_KIND_EVENT,
    UP_KIND_MEM,  /* memory buffers (core objects: src/core/mem.h) */
    UP_KIND_POOL, /* USM pools (core objects: src/core/pool.h) */
    UP_KIND_COUNT_
} up_kind_t;

/* First member of every handle. */
struct up_object {
    const struct up_adapter_ops *ops; /* the owning adapter's operations: dispatch goes here */
    uint32_t magic;                   /* UP_MAGIC(kind) while alive, 0 once destroyed */
    atomic_uint refcount;             /* 1 at creation */
    /* Core only: contexts, queues and events are on the live list (teardown destroys what the
     * application leaked, and the leak-checking layer reports it). */
    struct up_object *live_prev, *live_next;
    up_kind_t kind;
};

#define UP_MAGIC_BASE 0x75700000u /* "up" */
#define UP_MAGIC(kind) (UP_MAGIC_BASE | (uint32_t)(kind))

/* ---------------------------------------------------------------------------------------------
 * Discovery-time facts. Adapters fill these once; queries answer from them with no driver call.
 */

/* What the driver says about one ordered pair (cmd -> peer) of devices of one platform. */
struct up_peer_caps {
    int access;       /* 0 or 1: cmd can access memory that lives on peer */
    int atomics;      /* 0 or 1: native atomics over the link */
    int rank;         /* performance rank (backend-defined; lower is better on CUDA) */
    bool has_rank;    /* false: the backend has no rank (query gives UNSUPPORTED_ENUMERATION) */
    double bandwidth; /* GB/s the link is rated for, 0 if unknown (simulated topologies give it) */
    int link_type;    /* urpeer_link_type_t, 0 if unknown */
    int link_count;   /* links of an NVLink/xGMI/Xe Link connection, 0 if unknown */
};

/* Device properties read once at discovery. A field marked "0 = unsupported" (or empty, or with
 * its `has_*` flag false) makes the query return UNSUPPORTED_ENUMERATION; the others are always
 * answered (see each comment for what 0 means). */
struct up_device_props {
    ur_device_type_t type;
    uint32_t vendor_id;
    uint32_t device_id;
    bool has_device_id;
    char name[256];
    char vendor[64];
    char driver_version[64];
    char backend_version[64]; /* UR_DEVICE_INFO_BACKEND_RUNTIME_VERSION; empty = unsupported */
    char pci_address[32];     /* "DDDD:BB:DD.F"; empty = unsupported */
    uint8_t uuid[16];
    bool has_uuid;
    uint64_t global_mem_size;
    uint64_t max_mem_alloc_size;
    size_t profiling_timer_resolution; /* ns */
    ur_device_usm_access_capability_flags_t usm_host;
    ur_device_usm_access_capability_flags_t usm_device;
    ur_device_usm_access_capability_flags_t usm_single_shared;
    ur_device_usm_access_capability_flags_t usm_cross_shared;
    ur_device_usm_access_capability_flags_t usm_system_shared;
    uint32_t max_compute_units;   /* 0 = unsupported */
    uint32_t max_clock_mhz;       /* 0 = unsupported */
    uint32_t memory_clock_mhz;    /* 0 = unsupported */
    uint32_t memory_bus_width;    /* bits; 0 = unsupported */
    uint64_t global_cache_size;   /* 0 = no cache the driver tells of (answered 0) */
    uint64_t local_mem_size;      /* answered as is */
    uint32_t max_work_group_size; /* 0 = unsupported */
    /* Compute and memory facts every device answers. Where an adapter leaves a field 0 the core
     * answers the nominal value given here (docs/simulated-node.md, "Devices"). */
    size_t max_work_item_sizes[3]; /* per dimension; 0 = max_work_group_size */
    size_t max_work_groups[3];     /* grid limit per dimension; 0 = INT32_MAX */
    uint32_t sub_group_sizes[8];   /* ascending */
    uint32_t num_sub_group_sizes;  /* 0 = { 32 } */
    uint64_t max_constant_size;    /* bytes; 0 = 64 KiB */
    uint32_t cacheline_size;       /* bytes; 0 = 128 */
    bool fp16;                     /* half precision arithmetic */
    bool fp64;                     /* double precision arithmetic */
    bool atomic64;                 /* 64-bit atomics in device memory */
    bool ecc;                      /* error correction enabled */
    bool integrated;               /* shares memory with the host */
    bool bf16_conversions;         /* native bfloat16 conversions */
    ur_native_handle_t native;     /* urDeviceGetNativeHandle */
    bool has_native;
};

/* ---------------------------------------------------------------------------------------------
 * Operations an adapter supplies: one list, core/adapter_ops.def, gives the op types
 * (`up_queue_create_fn`: adapters declare their functions with them, so a signature lives in one
 * place), the members of the table below and what registration does with a NULL member.
 */
struct up_alloc;
struct up_copy_route;

#define UP_RET_RESULT ur_result_t
#define UP_RET_VOID void
#define UP_OP(name, ret, params, need) typedef UP_RET_##ret up_##name##_fn params;
#include "core/adapter_ops.def"
#undef UP_OP

/* An adapter's table, filled with designated initializers (`.queue_create = cu_queue_create`).
 * At registration the loader copies it into the adapter object, replacing the NULL members by
 * the defaults of the list (UNSUPPORTED_FEATURE, or nothing for void ops), and refuses an
 * adapter that lacks a required op: dispatch never meets a NULL op, except the UP_NULLABLE ones
 * whose NULL the core checks. */
struct up_adapter_ops {
#define UP_OP(name, ret, params, need) up_##name##_fn *name;
#include "core/adapter_ops.def"
#undef UP_OP
};

/* ---------------------------------------------------------------------------------------------
 * Objects. The core allocates and frees them; adapters keep their own state in `priv`.
 */

struct ur_adapter_handle_t_ {
    struct up_object obj;
    const struct up_adapter_desc *desc;
    struct up_adapter_ops ops; /* desc->ops with the defaults merged: every object's obj.ops */
    const char *library;       /* the value of desc->library_env; NULL: unset, the default */
    uint32_t index;            /* position in the loader's list of loaded adapters */
    ur_platform_handle_t *platforms;
    uint32_t num_platforms;
    void *priv;
};

/* Nesting state of one ordered pair, guarded by the platform's peer_lock (count is also read
 * without the lock by the ACCESS_ENABLED query, hence atomic). */
struct up_peer_state {
    atomic_uint count; /* Enable/Disable nesting count */
    bool owned;        /* this library made the driver transition at 0 -> 1 */
};

struct ur_platform_handle_t_ {
    struct up_object obj;
    ur_adapter_handle_t adapter;
    uint32_t index; /* within the adapter */
    char name[128];
    char vendor[128];
    char version[128];
    char extensions[64];
    char profile[32];
    ur_native_handle_t native;
    bool has_native;
    ur_device_handle_t *devices; /* num_devices, in the backend's order */
    uint32_t num_devices;
    struct up_peer_caps *peer_caps;   /* [cmd * num_devices + peer], filled by the adapter */
    struct up_peer_state *peer_state; /* same indexing, owned by the core */
    pthread_mutex_t peer_lock;
    void *priv;
};

struct ur_device_handle_t_ {
    struct up_object obj;
    ur_platform_handle_t platform;
    uint32_t index; /* within the platform */
    struct up_device_props props;
    void *priv;
};

struct ur_context_handle_t_ {
    struct up_object obj;
    ur_platform_handle_t platform;
    uint32_t num_devices;
    ur_device_handle_t *devices;
    ur_context_extended_deleter_t deleter; /* urContextSetExtendedDeleter; NULL = none */
    void *deleter_data;
    void *priv;
};

struct ur_queue_handle_t_ {
    struct up_object obj;
    ur_context_handle_t context; /* retained by the queue */
    ur_device_handle_t device;
    ur_queue_flags_t flags;
    void *priv;
};

struct up_event_callback;

struct ur_event_handle_t_ {
    struct up_object obj;
    ur_queue_handle_t queue;     /* retained by the event; NULL for one made from a native handle */
    ur_context_handle_t context; /* retained by the event when queue is NULL */
    ur_command_t command;
    void *priv;                                    /* NULL: no native event (complete) */
    _Atomic(struct up_event_callback *) callbacks; /* core only: urEventSetCallback's, pending */
};

/* A USM allocation, tracked by the core (pointer -> allocation). */
struct up_alloc {
    void *base;
    size_t size;
    ur_usm_type_t type;
    ur_device_handle_t device; /* NULL for host allocations */
    ur_context_handle_t context;
    ur_usm_pool_handle_t pool; /* core only: the pool it came from (holds a reference), or NULL */
    void *priv;                /* adapter's per-allocation state, if any */
};

/* Where the two sides of a copy live, as the core's allocation table knows them. */
struct up_copy_route {
    ur_device_handle_t dst_device; /* NULL: host memory (USM host or not tracked) */
    ur_device_handle_t src_device;
    /* The context of memory the core knows (a USM allocation or a buffer's); NULL: memory it
     * does not (plain host memory). It may differ from the queue's context (another context of
     * the same platform). */
    ur_context_handle_t dst_context;
    ur_context_handle_t src_context;
};

/* Simulated-node controls reached through urpeer.h (only the simulated adapter has them). */
struct up_sim_ops {
    ur_result_t (*get_stats)(ur_adapter_handle_t adapter, urpeer_sim_stats_t *stats);
    ur_result_t (*reset_stats)(ur_adapter_handle_t adapter);
    ur_result_t (*inject_fault)(ur_adapter_handle_t adapter, const char *op, uint32_t nth,
                                int32_t native);
    /* Parse a simulated-node spec (preset name or topology file) without loading it (for
     * urpeerSimCheckTopology, before any urLoaderInit). Writes "FILE:LINE: reason" into msg. */
    ur_result_t (*check_spec)(const char *spec, char *msg, size_t msg_size);
};

/* What an adapter says about itself: the loader's registry (loader/registry.c) lists the
 * descriptors of the adapters built, and the known names, help texts and selector names come
 * from it. */
struct up_adapter_desc {
    uint32_t abi;         /* UP_ADAPTER_ABI */
    const char *name;     /* the registry name, as in its folder src/adapters/<name> (also the log
                             prefix, URPEER_ADAPTERS and the ONEAPI_DEVICE_SELECTOR backend) */
    ur_backend_t backend; /* UR_BACKEND_* (the simulated adapter reports UR_BACKEND_OFFLOAD) */
    const char *library_env;     /* variable naming the driver library ("URPEER_CUDA_LIBRARY"),
                                    read once with secure_getenv; NULL: none */
    const char *default_library; /* the library opened when that variable is unset; NULL: none */
    const struct up_adapter_ops *ops;
    const struct up_sim_ops *sim; /* NULL except for the simulated adapter */
};

#define UP_ADAPTER_ABI 2u

/* Each adapter defines one descriptor, `up_adapter_desc_<name>`, its only non-static symbol
 * other parts of the library see. */

/* ---------------------------------------------------------------------------------------------
 * Core services for adapters.
 */

/* Allocate a platform of num_devices devices (device objects, peer_caps and peer_state arrays
 * zeroed; devices' index/platform set; peer_caps of self pairs set to access=atomics=1) and append
 * it to the adapter. Returns NULL on out of memory. */
ur_platform_handle_t up_platform_create(ur_adapter_handle_t adapter, uint32_t num_devices);

/* Peer capabilities of cmd -> peer within one platform. */
static inline struct up_peer_caps *up_peer_caps_of(ur_platform_handle_t p, uint32_t cmd,
                                                   uint32_t peer)
{
    return &p->peer_caps[(size_t)cmd * p->num_devices + peer];
}

/* The one peer-capability rule, applied by every adapter at discovery (docs/p2p-contract.md):
 * cmd can access memory on peer only where the driver's can-access answer (cuDeviceCanAccessPeer,
 * hipDeviceCanAccessPeer, zeDeviceCanAccessPeer) AND its access attribute (the P2P access
 * attribute, Level Zero's ACCESS flag) both say yes, since enabling fails where either says no;
 * a disagreement is logged at info under `subsys`. Atomics: the driver's answer, as 0/1. Sets
 * caps->access and caps->atomics only. */
void up_peer_caps_set(struct up_peer_caps *caps, const char *subsys, uint32_t cmd, uint32_t peer,
                      int can_access, int access_attr, int atomics);

/* Record a driver failure for urAdapterGetLastError (thread-local): the native code, and a
 * message "<call>: <native name> (<code>): <native description>". */
void up_set_native_error(ur_adapter_handle_t adapter, int32_t native, const char *call,
                         const char *native_name, const char *native_desc);

/* Loader settings, read once (environment and loader config). */
struct up_settings {
    const char *sim_spec;   /* URPEER_SIM or urpeerLoaderConfigSetSimulation; NULL = off */
    const char *sim_faults; /* URPEER_SIM_FAULTS */
};
const struct up_settings *up_get_settings(void);

#endif /* URPEER_CORE_ADAPTER_H */
