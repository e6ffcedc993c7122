/* SPDX-License-Identifier: MIT */
/*
 * Memory buffers (urMem*), implemented once in the core on top of the adapters' USM operations:
 * a buffer is a USM allocation (device memory of one of its context's devices, or host memory
 * when the flags ask for it) that the core owns, and buffer commands are the adapters'
 * enqueue_memcpy / enqueue_fill / enqueue_barrier. A sub-buffer shares its parent's memory.
 * docs/buffers.md describes the behaviour.
 */
#ifndef URPEER_CORE_MEM_H
#define URPEER_CORE_MEM_H

#include "core/core.h"

/* One urEnqueueMemBufferMap not yet unmapped. */
struct up_mem_map {
    struct up_mem_map *next;
    void *ptr;     /* what the application got */
    size_t offset; /* within the buffer */
    size_t size;
    ur_map_flags_t flags;
    bool staging;    /* ptr is memory of ours (malloc), freed at unmap */
    bool write_back; /* unmap copies ptr back into the buffer */
};

struct ur_mem_handle_t_ {
    struct up_object obj;
    ur_context_handle_t context; /* retained by the buffer */
    ur_mem_flags_t flags;
    size_t size;
    void *base;                /* the buffer's first byte (a sub-buffer: inside its parent's) */
    ur_device_handle_t device; /* where the memory lives; NULL: host memory */
    void *host_ptr;            /* UR_MEM_FLAG_USE_HOST_POINTER: the application's memory */
    bool usm;                  /* the memory is a USM allocation (else plain host memory) */
    ur_mem_handle_t parent;    /* sub-buffers: retained; NULL for a buffer */
    size_t origin;             /* sub-buffers: offset in the parent */
    bool owns_alloc;           /* alloc was made for this buffer and is freed with it */
    struct up_alloc alloc;     /* the USM allocation (owns_alloc) */
    pthread_mutex_t map_lock;
    struct up_mem_map *maps; /* mappings not yet unmapped */
    /* Buffers alive, for urMemBufferCreateWithNativeHandle (guarded by mem.c's lock). */
    ur_mem_handle_t reg_prev, reg_next;
};

static inline bool up_mem_is(const void *h)
{
    return up_obj_is(h, UP_KIND_MEM);
}

/* Create a buffer of ctx (arguments already checked). */
ur_result_t up_mem_buffer_create(ur_context_handle_t ctx, ur_mem_flags_t flags, size_t size,
                                 void *host, const ur_buffer_properties_t *props,
                                 ur_mem_handle_t *out);
/* A sub-buffer of [origin, origin + size) of parent (arguments already checked). */
ur_result_t up_mem_sub_buffer_create(ur_mem_handle_t parent, ur_mem_flags_t flags, size_t origin,
                                     size_t size, ur_mem_handle_t *out);
/* A buffer wrapping memory the application owns (a buffer's native handle or a USM pointer). */
ur_result_t up_mem_wrap_native(ur_context_handle_t ctx, void *ptr, ur_mem_handle_t *out);
void up_mem_release_final(ur_mem_handle_t mem);
/* Zero size bytes of device memory of dev (a new allocation: no command uses it yet) through a
 * short-lived internal queue; returns when the zeros are written. */
ur_result_t up_mem_zero_device(ur_context_handle_t ctx, ur_device_handle_t dev, void *dst,
                               size_t size);

/* Leak handling at unload (the loader's order: after queues, before USM and contexts). */
void up_mem_leak_destroy(ur_mem_handle_t mem);
void up_mem_leak_free(ur_mem_handle_t mem);

/* Route of a copy from/to a buffer or a host-side pointer (USM or plain host memory): the
 * memory's device and context (NULL for host memory, and for memory the core does not know). */
void up_mem_route_side(ur_mem_handle_t mem, const void *ptr, ur_device_handle_t *dev,
                       ur_context_handle_t *ctx);

/* The enqueue entry points' common steps (loader/api_enqueue.c): the wait list's events are
 * checked and the command's event object made (NULL when phEvent is NULL); then, after the
 * adapter's submission, the event is published or freed, and a blocking call waits. */
ur_result_t up_enqueue_prepare(ur_queue_handle_t q, uint32_t nwait, const ur_event_handle_t *wait,
                               ur_command_t command, ur_event_handle_t *phEvent,
                               ur_event_handle_t *ev);
ur_result_t up_enqueue_finish(ur_queue_handle_t q, ur_result_t submitted, bool blocking,
                              ur_event_handle_t ev, ur_event_handle_t *phEvent);

#endif /* URPEER_CORE_MEM_H */
