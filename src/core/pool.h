/* SPDX-License-Identifier: MIT */
/*
 * USM memory pools (urUSMPool*), implemented once in the core for every adapter: a pool is a
 * core object of a context whose allocations are the adapter's usual USM allocations (one driver
 * allocation each, so allocations of different pools never share a page), tracked by the core
 * like any other and marked with their pool. docs/usm-pools.md describes the behaviour.
 */
#ifndef URPEER_CORE_POOL_H
#define URPEER_CORE_POOL_H

#include "core/core.h"

struct ur_usm_pool_handle_t_ {
    struct up_object obj;        /* references: the application's, and one per allocation alive */
    ur_context_handle_t context; /* retained by the pool */
    ur_usm_pool_flags_t flags;
    size_t max_poolable_size; /* ur_usm_pool_limits_desc_t, recorded (0: none given) */
    size_t min_driver_alloc_size;
};

static inline bool up_pool_is(const void *h)
{
    return up_obj_is(h, UP_KIND_POOL);
}

/* Create a pool of ctx (arguments already checked). */
ur_result_t up_pool_create(ur_context_handle_t ctx, const ur_usm_pool_desc_t *desc,
                           ur_usm_pool_handle_t *out);
/* Drop one reference (the application's or an allocation's); the last one destroys the pool
 * and drops its reference on the context. */
void up_pool_release(ur_usm_pool_handle_t pool);
/* Initialise a new allocation of the pool as its flags ask (ZERO_INITIALIZE_BLOCK). */
ur_result_t up_pool_init_alloc(ur_usm_pool_handle_t pool, const struct up_alloc *a);

#endif /* URPEER_CORE_POOL_H */
