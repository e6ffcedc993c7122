/* SPDX-License-Identifier: MIT */
/*
 * The simulated adapter: a multi-GPU node modelled on the CPU (see docs/simulated-node.md).
 *
 * Private to src/adapters/sim. The functions declared here are shared between the adapter's files
 * only: the library is built with hidden visibility and a version script, so none is exported.
 * The only name other parts of the library see is up_adapter_desc_sim.
 */
#ifndef URPEER_ADAPTERS_SIM_H
#define URPEER_ADAPTERS_SIM_H

#include "common/log.h"
#include "core/adapter.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SIM_LOG "sim"
#define SIM_MAX_DEVICES 128u
#define SIM_NAME_MAX 256u                /* bytes, with the terminating NUL */
#define SIM_DEFAULT_MEMORY (16ull << 30) /* 16 GiB per device */
#define SIM_VENDOR_ID 0x10FEEu           /* outside the 16-bit PCI vendor ID space */
#define SIM_DEVICE_ID 0x51D0u
#define SIM_STAGING_CHUNK ((size_t)1 << 20) /* bounce buffer of each queue */

/* The simulated driver's native result codes (documented in docs/simulated-node.md). */
enum sim_native {
    SIM_SUCCESS = 0,
    SIM_ERROR_OUT_OF_MEMORY = 2,
    SIM_ERROR_INVALID_DEVICE = 101,
    SIM_ERROR_PEER_ACCESS_UNSUPPORTED = 217,
    SIM_ERROR_DEVICE_LOST = 700,
    SIM_ERROR_PEER_ACCESS_ALREADY_ENABLED = 704,
    SIM_ERROR_PEER_ACCESS_NOT_ENABLED = 705,
    SIM_ERROR_TOO_MANY_PEERS = 711,
    SIM_ERROR_UNKNOWN = 999,
};

/* Driver-level operations that can be made to fail (urpeerSimInjectFault's names). */
typedef enum sim_op {
    SIM_OP_DEVICE_ALLOC,
    SIM_OP_HOST_ALLOC,
    SIM_OP_FREE,
    SIM_OP_CONTEXT_CREATE,
    SIM_OP_QUEUE_CREATE,
    SIM_OP_EVENT_CREATE,
    SIM_OP_COPY,
    SIM_OP_FILL,
    SIM_OP_PEER_ENABLE,
    SIM_OP_PEER_DISABLE,
    SIM_OP_CORRUPT_COPY,
    SIM_OP_COUNT_
} sim_op_t;

/* ---------------------------------------------------------------------------------------------
 * Topology (sim_topology.c): the parsed form of a preset or a topology file.
 */
struct sim_link_spec {
    bool defined;
    bool access;
    bool atomics;
    int32_t rank;
    double bandwidth; /* GB/s, 0 = not given */
    uint32_t line;    /* where it was defined */
    int32_t type;     /* urpeer_link_type_t, 0 = not given */
    uint32_t links;   /* link count of an NV# type, 0 = not given */
    uint32_t faults;  /* SIM_LINK_FAULT_* */
};

/* Faults of a link (topology `fault KIND`), for the data checks of tools: what real nodes do
 * when the driver's answer and the hardware disagree. */
enum {
    SIM_LINK_FAULT_DROP_WRITES = 1u << 0,  /* direct copies leave the destination unchanged */
    SIM_LINK_FAULT_ZERO_COPIES = 1u << 1,  /* direct copies write zeros */
    SIM_LINK_FAULT_STAGED_ONLY = 1u << 2,  /* enabled access still stages copies through the host */
    SIM_LINK_FAULT_UNADVERTISED = 1u << 3, /* reported without access, yet copies go direct */
};

struct sim_dev_spec {
    char name[SIM_NAME_MAX];
    uint64_t memory; /* bytes */
    uint32_t line;   /* of its `device` statement, 0 if none */
};

struct sim_topology {
    uint32_t num_devices;
    uint32_t peer_limit;          /* peers one device may have enabled at once, 0 = no limit */
    struct sim_dev_spec *devices; /* num_devices */
    struct sim_link_spec *links;  /* [from * num_devices + to] */
};

/* Parse a spec (preset name or topology file) without loading it: urpeerSimCheckTopology through
 * the descriptor's sim controls. Writes "FILE:LINE: reason" into msg. */
ur_result_t sim_check_spec(const char *spec, char *msg, size_t msg_size);
/* Parse a preset name or a topology file. On failure writes "FILE:LINE: reason" into msg and
 * returns UR_RESULT_ERROR_INVALID_VALUE (or OUT_OF_HOST_MEMORY); *out is written only on success.
 */
ur_result_t sim_topology_load(const char *spec, struct sim_topology **out, char *msg,
                              size_t msg_size);
void sim_topology_free(struct sim_topology *topo);

/* ---------------------------------------------------------------------------------------------
 * Adapter state.
 */
#define SIM_FAULT_SLOTS 16u

struct sim_fault_slot {
    uint32_t countdown; /* calls left before the failing one, 1 = the next call */
    int32_t native;
};

struct sim_faults {
    pthread_mutex_t lock;
    atomic_uint armed; /* slots in use, read without the lock on the fast path */
    struct sim_fault_slot slots[SIM_OP_COUNT_][SIM_FAULT_SLOTS];
    uint32_t used[SIM_OP_COUNT_];
};

struct sim_stats {
    atomic_uint_least64_t driver_calls;
    atomic_uint_least64_t peer_enable_calls;
    atomic_uint_least64_t peer_disable_calls;
    atomic_uint_least64_t bytes_local;
    atomic_uint_least64_t bytes_direct;
    atomic_uint_least64_t bytes_staged;
    atomic_uint_least64_t live_allocations;
    atomic_uint_least64_t faults_injected;
};

struct sim_adapter;

struct sim_device {
    struct sim_adapter *sa;
    uint32_t index;
    uint64_t mem_size;
    atomic_uint_least64_t mem_used; /* bytes of device allocations alive */
};

struct sim_adapter {
    ur_adapter_handle_t adapter;
    ur_platform_handle_t platform;
    uint32_t num_devices;
    struct sim_device *devices; /* num_devices */
    atomic_bool *enabled;       /* driver peer-access state, [cmd * num_devices + peer] */
    struct sim_stats stats;
    struct sim_faults faults;
    pthread_mutex_t contexts_lock;
    struct sim_context *contexts; /* alive, so a USM free can wait for every queue's work */
    pthread_mutex_t allocs_lock;
    struct sim_alloc *allocs; /* alive, so teardown frees what a failed free left */
    uint32_t *link_faults;    /* SIM_LINK_FAULT_* per ordered pair, [cmd * num_devices + peer] */
    uint32_t peer_limit;      /* the topology's peer-limit, 0 = none */
};

/* The node's lists (contexts, a context's queues, allocations) are NULL-terminated and doubly
 * linked through two members of their elements, named by PREV and NEXT; the caller holds the
 * list's lock. */
#define SIM_LIST_PUSH(head, elem, PREV, NEXT)                                                      \
    do {                                                                                           \
        (elem)->PREV = NULL;                                                                       \
        (elem)->NEXT = (head);                                                                     \
        if (head)                                                                                  \
            (head)->PREV = (elem);                                                                 \
        (head) = (elem);                                                                           \
    } while (0)
#define SIM_LIST_UNLINK(head, elem, PREV, NEXT)                                                    \
    do {                                                                                           \
        if ((elem)->PREV)                                                                          \
            (elem)->PREV->NEXT = (elem)->NEXT;                                                     \
        else                                                                                       \
            (head) = (elem)->NEXT;                                                                 \
        if ((elem)->NEXT)                                                                          \
            (elem)->NEXT->PREV = (elem)->PREV;                                                     \
        (elem)->PREV = (elem)->NEXT = NULL;                                                        \
    } while (0)

static inline struct sim_adapter *sim_of_adapter(ur_adapter_handle_t a)
{
    return (struct sim_adapter *)a->priv;
}

static inline struct sim_device *sim_of_device(ur_device_handle_t d)
{
    return (struct sim_device *)d->priv;
}

/* One driver-level operation. */
static inline void sim_count_call(struct sim_adapter *sa)
{
    atomic_fetch_add_explicit(&sa->stats.driver_calls, 1, memory_order_relaxed);
}

static inline void sim_stat_add(atomic_uint_least64_t *counter, uint64_t n)
{
    atomic_fetch_add_explicit(counter, n, memory_order_relaxed);
}

/* CLOCK_MONOTONIC in nanoseconds. */
uint64_t sim_now_ns(void);

/* ---------------------------------------------------------------------------------------------
 * Faults and errors (sim_fault.c).
 */
ur_result_t sim_faults_init(struct sim_faults *f, const char *env);
void sim_faults_fini(struct sim_faults *f);
ur_result_t sim_fault_inject(struct sim_adapter *sa, const char *op, uint32_t nth, int32_t native);
/* Counts one call of op against the armed faults: returns the native code it must fail with, or
 * SIM_SUCCESS. A fault that fires is counted in faultsInjected. */
int32_t sim_fault_take(struct sim_adapter *sa, sim_op_t op);
/* The one mapping of native codes: records the error for urAdapterGetLastError and returns the
 * ur_result_t. call names the driver call ("simMemAlloc", "simEnablePeerAccess(0 -> 1)"). */
ur_result_t sim_fail(struct sim_adapter *sa, sim_op_t op, int32_t native, const char *call);

/* ---------------------------------------------------------------------------------------------
 * Devices (sim_device.c) and peer access (sim_p2p.c).
 */
void sim_device_fill_props(struct up_device_props *props, const struct sim_topology *topo,
                           uint32_t index);
bool sim_device_reserve(struct sim_device *sd, uint64_t size);
/* Host memory available now (MemAvailable), 0 if unknown: simulated device memory is host
 * memory, so an allocation larger than this is refused instead of being killed for later. */
uint64_t sim_host_memory_available(void);
void sim_device_unreserve(struct sim_device *sd, uint64_t size);

void sim_p2p_fill_caps(ur_platform_handle_t platform, const struct sim_topology *topo);
bool sim_p2p_enabled(const struct sim_adapter *sa, uint32_t cmd, uint32_t peer);
up_peer_enable_fn sim_peer_enable;
up_peer_disable_fn sim_peer_disable;

/* ---------------------------------------------------------------------------------------------
 * Events (sim_event.c): the native event, reference counted (the worker may outlive the ur event).
 */
enum sim_ts {
    SIM_TS_QUEUED,
    SIM_TS_SUBMIT,
    SIM_TS_START,
    SIM_TS_END,
    SIM_TS_COMPLETE,
    SIM_TS_COUNT_
};

struct sim_event {
    atomic_uint refs;
    atomic_int status; /* ur_event_status_t */
    bool profiling;
    bool timestamp; /* a recorded timestamp: SUBMIT reads QUEUED, START reads END */
    pthread_mutex_t lock;
    pthread_cond_t done;
    uint64_t ts[SIM_TS_COUNT_];  /* guarded by lock */
    unsigned ts_set;             /* bit per ts, guarded by lock */
    uint64_t queue_id;           /* sim_queue.id of the queue whose command signals it */
    struct sim_event *live_prev; /* every native event alive, for native-handle lookups */
    struct sim_event *live_next;
};

struct sim_event *sim_event_new(bool profiling);
void sim_event_retain(struct sim_event *e);
void sim_event_release(struct sim_event *e);
/* Moves the event to status (and stamps ts if profiling): COMPLETE wakes its waiters. */
void sim_event_advance(struct sim_event *e, ur_event_status_t status, enum sim_ts ts);
void sim_event_stamp(struct sim_event *e, enum sim_ts ts, uint64_t ns);
void sim_event_wait_done(struct sim_event *e);

up_event_status_fn sim_event_status;
up_event_wait_fn sim_event_wait;
up_event_profiling_fn sim_event_profiling;
up_event_destroy_fn sim_event_destroy;
up_event_get_native_fn sim_event_get_native;
up_event_create_native_fn sim_event_create_native;

/* ---------------------------------------------------------------------------------------------
 * Contexts, queues and commands (sim_context.c, sim_queue.c, sim_enqueue.c).
 */
enum sim_cmd_kind { SIM_CMD_COPY, SIM_CMD_FILL, SIM_CMD_BARRIER };
enum sim_path { SIM_PATH_LOCAL, SIM_PATH_DIRECT, SIM_PATH_STAGED };

struct sim_cmd {
    struct sim_cmd *next;
    enum sim_cmd_kind kind;
    enum sim_path path;
    bool corrupt;         /* corrupt_copy fault: flip a byte of the destination */
    uint32_t link_faults; /* SIM_LINK_FAULT_* of the link a device-to-device copy uses */
    void *dst;
    const void *src;
    size_t size;
    size_t pattern_size;
    unsigned char *pattern; /* pattern_size bytes, in the command's own allocation */
    struct sim_event *ev;   /* reference held by the command, may be NULL */
    uint32_t nwait;
    struct sim_event *wait[]; /* references held by the command */
};

struct sim_context;

struct sim_queue {
    struct sim_adapter *sa;
    ur_queue_handle_t handle; /* the ur queue that created it; NULL once that one is gone */
    atomic_uint refs;         /* ur queues using it (more than one through native handles) */
    uint64_t id;              /* unique for the process: names it in its events */
    ur_queue_flags_t flags;
    struct sim_context *ctx;
    uint32_t device;
    bool profiling;
    pthread_mutex_t lock;
    pthread_cond_t work; /* the worker waits here for commands */
    pthread_cond_t idle; /* waits for completed to reach a count wait here */
    struct sim_cmd *head;
    struct sim_cmd *tail;
    uint64_t submitted; /* commands enqueued so far */
    uint64_t completed; /* commands run so far (in order) */
    bool stop;
    bool inline_busy; /* a command runs on its caller's thread: the worker waits */
    pthread_t thread;
    unsigned char *bounce;      /* SIM_STAGING_CHUNK bytes, used by the worker only */
    struct sim_queue *ctx_prev; /* the context's list, guarded by its lock */
    struct sim_queue *ctx_next;
};

struct sim_context {
    struct sim_adapter *sa;
    ur_context_handle_t handle;
    pthread_mutex_t lock;
    struct sim_queue *queues;
    struct sim_context *prev; /* the adapter's list, guarded by its contexts_lock */
    struct sim_context *next;
};

up_context_create_fn sim_context_create;
up_context_destroy_fn sim_context_destroy;
void sim_context_add_queue(struct sim_context *sc, struct sim_queue *sq);
void sim_context_remove_queue(struct sim_context *sc, struct sim_queue *sq);
/* Waits until every queue of the context has completed what was enqueued so far. */
void sim_context_drain(struct sim_context *sc);

up_usm_alloc_fn sim_usm_alloc;
up_usm_free_fn sim_usm_free;
/* Teardown, after the queues stopped: frees the memory of allocations still alive (a free that
 * failed by an injected fault), as destroying a device releases its memory. */
void sim_usm_release_leftovers(struct sim_adapter *sa);

up_queue_create_fn sim_queue_create;
up_queue_destroy_fn sim_queue_destroy;
up_queue_finish_fn sim_queue_finish;
up_queue_flush_fn sim_queue_flush;
up_queue_empty_fn sim_queue_empty;
up_queue_get_native_fn sim_queue_get_native;
up_queue_create_native_fn sim_queue_create_native;
/* Waits for the commands enqueued before the call (not for those enqueued while it waits). */
void sim_queue_wait_idle(struct sim_queue *sq);
/* Runs what is left, stops the worker, leaves the context's list and frees the queue. */
void sim_queue_stop(struct sim_queue *sq);
/* Appends a command; the worker owns it from then on. */
void sim_queue_submit(struct sim_queue *sq, struct sim_cmd *cmd);
/* Runs one command on the worker (sim_enqueue.c), then frees it. */
void sim_cmd_run(struct sim_queue *sq, struct sim_cmd *cmd);

up_enqueue_memcpy_fn sim_enqueue_memcpy;
up_enqueue_fill_fn sim_enqueue_fill;
up_enqueue_barrier_fn sim_enqueue_barrier;
up_enqueue_timestamp_fn sim_enqueue_timestamp;

#endif /* URPEER_ADAPTERS_SIM_H */
