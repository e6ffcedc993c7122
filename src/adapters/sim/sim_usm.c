/* SPDX-License-Identifier: MIT */
/*
 * Simulated USM: device memory is real host memory charged to its device's budget (the device's
 * memory size); host memory is plain host memory.
 */
#include "sim.h"

#include <stdlib.h>

#define SIM_HOST_CHECK_BYTES ((size_t)64 << 20) /* smaller allocations are not checked */
#include <string.h>

/* What an allocation charged, kept in the core's allocation record. */
struct sim_alloc {
    struct sim_device *device; /* NULL for host memory */
    uint64_t charged;
    void *base;
    struct sim_alloc *prev, *next; /* the node's list of allocations alive */
};

ur_result_t sim_usm_alloc(ur_context_handle_t ctx, ur_device_handle_t device, size_t size,
                          uint32_t align, void **pp, void **priv_out)
{
    struct sim_adapter *sa = sim_of_adapter(ctx->platform->adapter);
    struct sim_device *sd = device ? sim_of_device(device) : NULL;
    sim_op_t op = sd ? SIM_OP_DEVICE_ALLOC : SIM_OP_HOST_ALLOC;
    const char *call = sd ? "simMemAlloc" : "simMemAllocHost";
    struct sim_alloc *rec;
    void *mem = NULL;
    size_t alignment = align > 64 ? align : 64; /* a cache line at least */
    int32_t native;

    sim_count_call(sa);
    native = sim_fault_take(sa, op);
    if (native != SIM_SUCCESS)
        return sim_fail(sa, op, native, call);

    /* Device memory is host memory: a request the host cannot back would be accepted by malloc
     * and killed when touched. Large requests are checked against what is available now. */
    if (size >= SIM_HOST_CHECK_BYTES) {
        uint64_t avail = sim_host_memory_available();
        if (avail != 0 && size > avail) {
            UP_INFO(SIM_LOG, "%zu bytes asked, %llu bytes of host memory available", size,
                    (unsigned long long)avail);
            return sim_fail(sa, op, SIM_ERROR_OUT_OF_MEMORY, call);
        }
    }
    if (sd && !sim_device_reserve(sd, size)) {
        UP_INFO(SIM_LOG, "device %u: %zu bytes asked, %llu of %llu in use", sd->index, size,
                (unsigned long long)atomic_load(&sd->mem_used), (unsigned long long)sd->mem_size);
        return sim_fail(sa, op, SIM_ERROR_OUT_OF_MEMORY, call);
    }
    rec = malloc(sizeof(*rec));
    if (!rec)
        goto err_unreserve;
    if (posix_memalign(&mem, alignment, size ? size : 1) != 0)
        goto err_free_rec;
    rec->device = sd;
    rec->charged = sd ? size : 0;
    rec->base = mem;
    pthread_mutex_lock(&sa->allocs_lock);
    SIM_LIST_PUSH(sa->allocs, rec, prev, next);
    pthread_mutex_unlock(&sa->allocs_lock);
    sim_stat_add(&sa->stats.live_allocations, 1);
    *pp = mem;
    *priv_out = rec;
    return UR_RESULT_SUCCESS;

err_free_rec:
    free(rec);
err_unreserve:
    if (sd)
        sim_device_unreserve(sd, size);
    return sim_fail(sa, op, SIM_ERROR_OUT_OF_MEMORY, call);
}

/* Waits for what every queue of the node has been given so far. A queue of another context may
 * also use the memory (the core only checks that a pointer is the same adapter's), so freeing
 * waits for all of them, as a driver's free synchronizes the device. */
static void drain_all_queues(struct sim_adapter *sa)
{
    pthread_mutex_lock(&sa->contexts_lock);
    for (struct sim_context *sc = sa->contexts; sc; sc = sc->next)
        sim_context_drain(sc);
    pthread_mutex_unlock(&sa->contexts_lock);
}

ur_result_t sim_usm_free(ur_context_handle_t ctx, const struct up_alloc *alloc)
{
    struct sim_adapter *sa = sim_of_adapter(ctx->platform->adapter);
    struct sim_alloc *rec = alloc->priv;
    int32_t native;

    sim_count_call(sa);
    native = sim_fault_take(sa, SIM_OP_FREE);
    if (native != SIM_SUCCESS)
        return sim_fail(sa, SIM_OP_FREE, native, "simMemFree");

    /* Work enqueued before the free may still read or write the memory. */
    drain_all_queues(sa);
    free(alloc->base);
    if (rec) {
        pthread_mutex_lock(&sa->allocs_lock);
        SIM_LIST_UNLINK(sa->allocs, rec, prev, next);
        pthread_mutex_unlock(&sa->allocs_lock);
        if (rec->device)
            sim_device_unreserve(rec->device, rec->charged);
        free(rec);
    }
    atomic_fetch_sub_explicit(&sa->stats.live_allocations, 1, memory_order_relaxed);
    return UR_RESULT_SUCCESS;
}

void sim_usm_release_leftovers(struct sim_adapter *sa)
{
    uint64_t n = 0;

    pthread_mutex_lock(&sa->allocs_lock);
    while (sa->allocs) {
        struct sim_alloc *rec = sa->allocs;
        sa->allocs = rec->next;
        free(rec->base);
        free(rec);
        n++;
    }
    pthread_mutex_unlock(&sa->allocs_lock);
    if (n != 0)
        UP_INFO(SIM_LOG, "teardown: freed %llu allocation(s) whose free had failed",
                (unsigned long long)n);
}
