/* SPDX-License-Identifier: MIT */
/*
 * The simulated adapter's descriptor, discovery, and the controls reached through urpeer.h
 * (counters, fault injection).
 *
 * The simulated node is off unless a spec is set (URPEER_SIM or urpeerLoaderConfigSetSimulation):
 * then it is one platform whose devices, links and memory sizes come from the topology.
 */
#include "sim.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

uint64_t sim_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void free_state(struct sim_adapter *sa)
{
    pthread_mutex_destroy(&sa->allocs_lock);
    pthread_mutex_destroy(&sa->contexts_lock);
    free(sa->enabled);
    free(sa->link_faults);
    free(sa->devices);
    free(sa);
}

static void fill_platform(ur_platform_handle_t p)
{
    snprintf(p->name, sizeof(p->name), "urpeer simulated node");
    snprintf(p->vendor, sizeof(p->vendor), "urpeer");
    snprintf(p->version, sizeof(p->version), "%d.%d.%d (simulated)", URPEER_VERSION_MAJOR,
             URPEER_VERSION_MINOR, URPEER_VERSION_PATCH);
    p->extensions[0] = '\0';
    snprintf(p->profile, sizeof(p->profile), "FULL_PROFILE");
    p->has_native = false;
}

static ur_result_t sim_adapter_init(ur_adapter_handle_t adapter)
{
    const struct up_settings *settings = up_get_settings();
    struct sim_topology *topo = NULL;
    struct sim_adapter *sa;
    ur_platform_handle_t platform;
    char msg[512];
    uint32_t n;
    ur_result_t res;
    uint64_t t0 = sim_now_ns();

    adapter->priv = NULL;
    if (!settings || !settings->sim_spec) {
        UP_DEBUG(SIM_LOG, "off (URPEER_SIM not set)");
        return UR_RESULT_SUCCESS;
    }

    res = sim_topology_load(settings->sim_spec, &topo, msg, sizeof(msg));
    if (res != UR_RESULT_SUCCESS) {
        UP_ERROR(SIM_LOG, "%s", msg);
        return res;
    }
    n = topo->num_devices;

    sa = calloc(1, sizeof(*sa));
    if (!sa) {
        res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
        goto err_free_topology;
    }
    if (pthread_mutex_init(&sa->contexts_lock, NULL) != 0) {
        free(sa);
        res = UR_RESULT_ERROR_OUT_OF_RESOURCES;
        goto err_free_topology;
    }
    if (pthread_mutex_init(&sa->allocs_lock, NULL) != 0) {
        pthread_mutex_destroy(&sa->contexts_lock);
        free(sa);
        res = UR_RESULT_ERROR_OUT_OF_RESOURCES;
        goto err_free_topology;
    }
    sa->adapter = adapter;
    sa->num_devices = n;
    sa->devices = calloc(n, sizeof(*sa->devices));
    sa->enabled = calloc((size_t)n * n, sizeof(*sa->enabled));
    sa->link_faults = calloc((size_t)n * n, sizeof(*sa->link_faults));
    if (!sa->devices || !sa->enabled || !sa->link_faults) {
        res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
        goto err_free_state;
    }
    for (size_t i = 0; i < (size_t)n * n; i++) {
        atomic_init(&sa->enabled[i], false);
        sa->link_faults[i] = topo->links[i].faults;
    }
    sa->peer_limit = topo->peer_limit;
    res = sim_faults_init(&sa->faults, settings->sim_faults);
    if (res != UR_RESULT_SUCCESS)
        goto err_free_state;

    /* Last, as nothing after it can fail: the core owns the platform from here on. */
    platform = up_platform_create(adapter, n);
    if (!platform) {
        res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
        goto err_fini_faults;
    }
    sa->platform = platform;
    platform->priv = sa;
    fill_platform(platform);
    for (uint32_t i = 0; i < n; i++) {
        struct sim_device *sd = &sa->devices[i];
        sd->sa = sa;
        sd->index = i;
        sd->mem_size = topo->devices[i].memory;
        atomic_init(&sd->mem_used, 0);
        platform->devices[i]->priv = sd;
        sim_device_fill_props(&platform->devices[i]->props, topo, i);
    }
    sim_p2p_fill_caps(platform, topo);
    sim_topology_free(topo);

    /* What a driver is asked at discovery: the device count, each device's properties, each
     * ordered pair's peer attributes. */
    sim_stat_add(&sa->stats.driver_calls, 1 + (uint64_t)n + (uint64_t)n * (n - 1));
    adapter->priv = sa;
    UP_INFO(SIM_LOG, "simulated node '%s': %u device%s, discovered in %.3f ms", settings->sim_spec,
            n, n == 1 ? "" : "s", (double)(sim_now_ns() - t0) / 1e6);
    return UR_RESULT_SUCCESS;

err_fini_faults:
    sim_faults_fini(&sa->faults);
err_free_state:
    free_state(sa);
err_free_topology:
    sim_topology_free(topo);
    return res;
}

static void sim_adapter_fini(ur_adapter_handle_t adapter)
{
    struct sim_adapter *sa = sim_of_adapter(adapter);

    if (!sa)
        return;
    if (atomic_load(&sa->stats.live_allocations) != 0) {
        UP_DEBUG(SIM_LOG, "%llu allocation(s) still alive at teardown",
                 (unsigned long long)atomic_load(&sa->stats.live_allocations));
    }
    /* The contexts and queues the application leaked were destroyed by the core (through
     * queue_destroy and context_destroy) before this call: no queue worker is left. */
    sim_usm_release_leftovers(sa);
    sim_faults_fini(&sa->faults);
    for (uint32_t i = 0; sa->platform && i < sa->platform->num_devices; i++)
        sa->platform->devices[i]->priv = NULL;
    if (sa->platform)
        sa->platform->priv = NULL;
    free_state(sa);
    adapter->priv = NULL;
}

/* ---------------------------------------------------------------------------------------------
 * urpeer.h controls.
 */
static ur_result_t sim_get_stats(ur_adapter_handle_t adapter, urpeer_sim_stats_t *out)
{
    struct sim_adapter *sa = sim_of_adapter(adapter);
    urpeer_sim_stats_t st;

    memset(&st, 0, sizeof(st));
    if (sa) {
        st.driverCalls = atomic_load(&sa->stats.driver_calls);
        st.peerEnableCalls = atomic_load(&sa->stats.peer_enable_calls);
        st.peerDisableCalls = atomic_load(&sa->stats.peer_disable_calls);
        st.bytesLocal = atomic_load(&sa->stats.bytes_local);
        st.bytesDirect = atomic_load(&sa->stats.bytes_direct);
        st.bytesStaged = atomic_load(&sa->stats.bytes_staged);
        st.liveAllocations = atomic_load(&sa->stats.live_allocations);
        st.faultsInjected = atomic_load(&sa->stats.faults_injected);
    }
    *out = st;
    return UR_RESULT_SUCCESS;
}

static ur_result_t sim_reset_stats(ur_adapter_handle_t adapter)
{
    struct sim_adapter *sa = sim_of_adapter(adapter);

    if (!sa)
        return UR_RESULT_SUCCESS;
    atomic_store(&sa->stats.driver_calls, 0);
    atomic_store(&sa->stats.peer_enable_calls, 0);
    atomic_store(&sa->stats.peer_disable_calls, 0);
    atomic_store(&sa->stats.bytes_local, 0);
    atomic_store(&sa->stats.bytes_direct, 0);
    atomic_store(&sa->stats.bytes_staged, 0);
    atomic_store(&sa->stats.faults_injected, 0);
    return UR_RESULT_SUCCESS;
}

static ur_result_t sim_inject_fault(ur_adapter_handle_t adapter, const char *op, uint32_t nth,
                                    int32_t native)
{
    struct sim_adapter *sa = sim_of_adapter(adapter);

    if (!sa) {
        /* The simulated node is off: nothing would ever fail. */
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    }
    return sim_fault_inject(sa, op, nth, native);
}

/* The simulated devices' clock is the host's CLOCK_MONOTONIC, as their profiling timestamps. */
static ur_result_t sim_device_timestamp(ur_device_handle_t dev, uint64_t *ns)
{
    (void)dev;
    *ns = sim_now_ns();
    return UR_RESULT_SUCCESS;
}

/* What the device's budget has left (device allocations are charged to it). */
static ur_result_t sim_device_mem_free(ur_device_handle_t dev, uint64_t *bytes)
{
    const struct sim_device *sd = dev->priv;
    uint64_t used = atomic_load_explicit(&sd->mem_used, memory_order_relaxed);
    *bytes = used < sd->mem_size ? sd->mem_size - used : 0;
    return UR_RESULT_SUCCESS;
}

static const struct up_adapter_ops sim_ops = {
    .adapter_init = sim_adapter_init,
    .adapter_fini = sim_adapter_fini,
    .context_create = sim_context_create,
    .context_destroy = sim_context_destroy,
    .usm_alloc = sim_usm_alloc,
    .usm_alloc_shared = sim_usm_alloc, /* device memory is host memory: the host reaches it */
    .usm_free = sim_usm_free,
    .usm_lookup = NULL,
    .queue_create = sim_queue_create,
    .queue_destroy = sim_queue_destroy,
    .queue_finish = sim_queue_finish,
    .queue_flush = sim_queue_flush,
    .enqueue_memcpy = sim_enqueue_memcpy,
    .enqueue_fill = sim_enqueue_fill,
    .enqueue_barrier = sim_enqueue_barrier,
    .enqueue_timestamp = sim_enqueue_timestamp,
    .event_status = sim_event_status,
    .event_wait = sim_event_wait,
    .event_profiling = sim_event_profiling,
    .event_destroy = sim_event_destroy,
    .event_get_native = sim_event_get_native,
    .event_create_native = sim_event_create_native,
    .queue_empty = sim_queue_empty,
    .queue_get_native = sim_queue_get_native,
    .queue_create_native = sim_queue_create_native,
    .peer_enable = sim_peer_enable,
    .peer_disable = sim_peer_disable,
    .device_timestamp = sim_device_timestamp,
    .device_mem_free = sim_device_mem_free,
};

static const struct up_sim_ops sim_controls = {
    .get_stats = sim_get_stats,
    .reset_stats = sim_reset_stats,
    .inject_fault = sim_inject_fault,
    .check_spec = sim_check_spec,
};

const struct up_adapter_desc up_adapter_desc_sim = {
    .abi = UP_ADAPTER_ABI,
    .name = "sim",
    /* A valid backend that names no GPU vendor: runtimes treat the node generically and never
     * call a vendor's native API on its handles (docs/simulated-node.md, "Backend"). */
    .backend = UR_BACKEND_OFFLOAD,
    .library_env = NULL,
    .default_library = NULL,
    .ops = &sim_ops,
    .sim = &sim_controls,
};
