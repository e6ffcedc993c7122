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
 * (`up_adapter_desc_cuda`, ...) listed in the loader's registry; everything else in an adapter is
 * static.
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
    UP_KIND_MEM, /* memory buffers (core objects: src/core/mem.h) */
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
    ur_queue_flags_t queue_properties;
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
 * Objects. The core allocates and frees them; adapters keep their own state in `priv`.
 */

struct ur_adapter_handle_t_ {
    struct up_object obj;
    const struct up_adapter_desc *desc;
    uint32_t index; /* position in the loader's list of loaded adapters */
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
    void *priv; /* adapter's per-allocation state, if any */
};

/* Where the two sides of a copy live, as the core's allocation table knows them. */
struct up_copy_route {
    ur_device_handle_t dst_device; /* NULL: host memory (USM host or not tracked) */
    ur_device_handle_t src_device;
    bool dst_tracked; /* the core knows the allocation */
    bool src_tracked;
};

/* ---------------------------------------------------------------------------------------------
 * Operations an adapter supplies. The core has validated every argument before calling, holds the
 * needed references, and fills outputs only on success. On a driver failure an op calls
 * up_set_native_error() with the native code and returns the mapped ur_result_t.
 */
/* The type of each operation: adapters declare their functions with these
 * (`up_queue_create_fn cu_queue_create;`), so a signature lives in one place. */
typedef ur_result_t up_adapter_init_fn(ur_adapter_handle_t adapter);
typedef void up_adapter_fini_fn(ur_adapter_handle_t adapter);
typedef ur_result_t up_context_create_fn(ur_context_handle_t ctx);
typedef void up_context_destroy_fn(ur_context_handle_t ctx);
typedef ur_result_t up_usm_alloc_fn(ur_context_handle_t ctx, ur_device_handle_t device, size_t size,
                                    uint32_t align, void **pp, void **priv_out);
typedef ur_result_t up_usm_free_fn(ur_context_handle_t ctx, const struct up_alloc *alloc);
typedef ur_result_t up_usm_lookup_fn(ur_context_handle_t ctx, const void *ptr,
                                     struct up_alloc *out);
typedef ur_result_t up_queue_create_fn(ur_queue_handle_t q);
typedef void up_queue_destroy_fn(ur_queue_handle_t q);
typedef ur_result_t up_queue_finish_fn(ur_queue_handle_t q);
typedef ur_result_t up_queue_flush_fn(ur_queue_handle_t q);
typedef ur_result_t up_enqueue_memcpy_fn(ur_queue_handle_t q, void *dst, const void *src,
                                         size_t size, const struct up_copy_route *route,
                                         uint32_t nwait, const ur_event_handle_t *wait,
                                         ur_event_handle_t ev);
typedef ur_result_t up_enqueue_fill_fn(ur_queue_handle_t q, void *dst, const void *pattern,
                                       size_t pattern_size, size_t size, uint32_t nwait,
                                       const ur_event_handle_t *wait, ur_event_handle_t ev);
typedef ur_result_t up_enqueue_barrier_fn(ur_queue_handle_t q, uint32_t nwait,
                                          const ur_event_handle_t *wait, ur_event_handle_t ev);
typedef ur_result_t up_event_status_fn(ur_event_handle_t ev, ur_event_status_t *status);
typedef ur_result_t up_event_wait_fn(uint32_t n, const ur_event_handle_t *evs);
typedef ur_result_t up_event_profiling_fn(ur_event_handle_t ev, ur_profiling_info_t what,
                                          uint64_t *ns);
typedef void up_event_destroy_fn(ur_event_handle_t ev);
typedef ur_result_t up_event_get_native_fn(ur_event_handle_t ev, ur_native_handle_t *native);
typedef ur_result_t up_event_create_native_fn(ur_event_handle_t ev, ur_native_handle_t native,
                                              bool owned);
typedef ur_result_t up_queue_get_native_fn(ur_queue_handle_t q, ur_native_handle_t *native);
typedef ur_result_t up_queue_create_native_fn(ur_queue_handle_t q, ur_native_handle_t native,
                                              bool owned);
typedef ur_result_t up_queue_empty_fn(ur_queue_handle_t q, bool *empty);
typedef ur_result_t up_peer_enable_fn(ur_device_handle_t cmd, ur_device_handle_t peer,
                                      bool *already);
typedef ur_result_t up_peer_disable_fn(ur_device_handle_t cmd, ur_device_handle_t peer,
                                       bool *already);
typedef ur_result_t up_device_timestamp_fn(ur_device_handle_t dev, uint64_t *ns);
typedef ur_result_t up_device_mem_free_fn(ur_device_handle_t dev, uint64_t *bytes);

struct up_adapter_ops {
    /* Discovery: create platforms with up_platform_create(), fill devices' props and the
     * platform's peer_caps. Zero platforms (no driver, no device) is success, and is followed
     * by adapter_fini. On failure the op cleans up after itself (adapter_fini is not called);
     * the core frees the platforms it created. */
    up_adapter_init_fn *adapter_init;
    /* Release everything adapter_init made. Before it, the core has destroyed through the ops
     * above (event_destroy, queue_finish + queue_destroy, usm_free, context_destroy) every
     * object the application leaked, and turned off the peer enablements this library owns;
     * the core frees the platform and device objects afterwards. */
    up_adapter_fini_fn *adapter_fini;

    up_context_create_fn *context_create;
    up_context_destroy_fn *context_destroy;

    /* device == NULL: host allocation. align: 0 or a power of two. On success *pp is the memory and
     * *priv_out (may stay NULL) is kept in the allocation record. */
    up_usm_alloc_fn *usm_alloc;
    /* Optional: shared memory of `device` (never NULL), reached by the host at the same address;
     * freed by usm_free. NULL: urUSMSharedAlloc answers UNSUPPORTED_FEATURE. */
    up_usm_alloc_fn *usm_alloc_shared;
    /* Frees an allocation the core tracks (already removed from the core's table). The adapter
     * first waits for enqueued work that may use the memory, as the spec requires. */
    up_usm_free_fn *usm_free;
    /* Optional: describe a pointer the core does not track (e.g. allocated by the application
     * through the native API). Return UR_RESULT_ERROR_INVALID_VALUE if the driver does not know it.
     */
    up_usm_lookup_fn *usm_lookup;

    up_queue_create_fn *queue_create;
    up_queue_destroy_fn *queue_destroy; /* called after queue_finish */
    up_queue_finish_fn *queue_finish;
    up_queue_flush_fn *queue_flush;

    /* Enqueue. `wait` holds nwait events of the same adapter (possibly other queues/contexts).
     * `ev` is NULL or an event object the core created for this command (command field set, priv
     * NULL): the adapter attaches its native event to ev->priv. The core makes blocking calls wait
     * afterwards (event_wait on ev, or queue_finish). If the op fails it leaves ev->priv NULL
     * and the core frees ev without calling event_destroy. `route` says where each side lives. */
    up_enqueue_memcpy_fn *enqueue_memcpy;
    up_enqueue_fill_fn *enqueue_fill;
    up_enqueue_barrier_fn *enqueue_barrier;

    up_event_status_fn *event_status;
    up_event_wait_fn *event_wait;
    /* Only called for events of queues created with UR_QUEUE_FLAG_PROFILING_ENABLE. */
    up_event_profiling_fn *event_profiling;
    up_event_destroy_fn *event_destroy;

    /* Optional (NULL: the entry point answers UNSUPPORTED_FEATURE, or UNSUPPORTED_ENUMERATION for
     * queue_empty). Native handles: get_native writes the driver's object; create_native attaches
     * the driver object `native` (never 0: the core makes an event of native 0 itself, complete
     * and with no driver object) to an object the core made: an event with queue NULL and the
     * context set (the adapter may set ev->queue to the live ur queue the driver event belongs
     * to: the event then holds that queue instead of the context), or a queue with the context
     * set and the device set or NULL (the adapter sets device and flags); owned: the UR object
     * takes the caller's ownership of the driver object. queue_empty: no command is pending. */
    up_event_get_native_fn *event_get_native;
    up_event_create_native_fn *event_create_native;
    up_queue_get_native_fn *queue_get_native;
    up_queue_create_native_fn *queue_create_native;
    up_queue_empty_fn *queue_empty;

    /* Driver enable/disable of cmd -> peer (same platform, cmd != peer, access supported).
     * Called by the core with the platform's peer_lock held, only at count 0 -> 1 and 1 -> 0.
     * *already: set true when the driver says the state was already as asked (CUDA/HIP 704 on
     * enable, 705 on disable); the core then treats it as success without ownership.
     * NULL means the backend has no enable call (Level Zero): the core only keeps the counts. */
    up_peer_enable_fn *peer_enable;
    up_peer_disable_fn *peer_disable;

    /* Optional: the device's clock now, in nanoseconds on the clock its profiling timestamps use
     * (urDeviceGetGlobalTimestamps). NULL: the device time is UNSUPPORTED_FEATURE. */
    up_device_timestamp_fn *device_timestamp;
    /* Optional: the device memory free now (UR_DEVICE_INFO_GLOBAL_MEM_FREE, the one device query
     * that is not a discovery-time fact). NULL: the query is UNSUPPORTED_ENUMERATION. */
    up_device_mem_free_fn *device_mem_free;
};

/* Simulated-node controls reached through urpeer.h (only the simulated adapter has them). */
struct up_sim_ops {
    ur_result_t (*get_stats)(ur_adapter_handle_t adapter, urpeer_sim_stats_t *stats);
    ur_result_t (*reset_stats)(ur_adapter_handle_t adapter);
    ur_result_t (*inject_fault)(ur_adapter_handle_t adapter, const char *op, uint32_t nth,
                                int32_t native);
};

struct up_adapter_desc {
    uint32_t abi;         /* UP_ADAPTER_ABI */
    const char *name;     /* "cuda", "hip", "level_zero", "sim" (also the log prefix) */
    ur_backend_t backend; /* UR_BACKEND_* (the simulated adapter reports UR_BACKEND_OFFLOAD) */
    const struct up_adapter_ops *ops;
    const struct up_sim_ops *sim; /* NULL except for the simulated adapter */
};

#define UP_ADAPTER_ABI 1u

/* The descriptors, defined by each adapter. */
extern const struct up_adapter_desc up_adapter_desc_sim;
extern const struct up_adapter_desc up_adapter_desc_cuda;
extern const struct up_adapter_desc up_adapter_desc_hip;
extern const struct up_adapter_desc up_adapter_desc_level_zero;

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

/* Parse a simulated-node spec (preset name or topology file) without loading it: the simulated
 * adapter's parser, shared with urpeerSimCheckTopology. Writes "FILE:LINE: reason" into msg. */
ur_result_t up_sim_check_spec(const char *spec, char *msg, size_t msg_size);

/* Loader settings, read once (environment and loader config). */
struct up_settings {
    const char *sim_spec;     /* URPEER_SIM or urpeerLoaderConfigSetSimulation; NULL = off */
    const char *sim_faults;   /* URPEER_SIM_FAULTS */
    const char *cuda_library; /* URPEER_CUDA_LIBRARY (NULL in setuid programs) */
    const char *hip_library;  /* URPEER_HIP_LIBRARY */
    const char *ze_library;   /* URPEER_LEVEL_ZERO_LIBRARY */
};
const struct up_settings *up_get_settings(void);

#endif /* URPEER_CORE_ADAPTER_H */
