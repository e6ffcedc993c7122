/* SPDX-License-Identifier: MIT */
/* USM memory pools: creation, the final release, and the initialisation of their allocations
 * (see pool.h, docs/usm-pools.md). */
#include "core/pool.h"
#include "core/mem.h"

ur_result_t up_pool_create(ur_context_handle_t ctx, const ur_usm_pool_desc_t *desc,
                           ur_usm_pool_handle_t *out)
{
    ur_usm_pool_handle_t pool = up_obj_alloc(UP_KIND_POOL);
    if (pool == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    pool->context = ctx;
    pool->flags = desc->flags;
    for (const ur_base_desc_t *p = desc->pNext; p != NULL; p = p->pNext) {
        if (p->stype != UR_STRUCTURE_TYPE_USM_POOL_LIMITS_DESC)
            continue;
        const ur_usm_pool_limits_desc_t *limits =
            (const ur_usm_pool_limits_desc_t *)(const void *)p;
        pool->max_poolable_size = limits->maxPoolableSize;
        pool->min_driver_alloc_size = limits->minDriverAllocSize;
    }
    up_obj_init(&pool->obj, ctx->obj.ops, UP_KIND_POOL);
    up_obj_retain(&ctx->obj);
    *out = pool;
    return UR_RESULT_SUCCESS;
}

void up_pool_release(ur_usm_pool_handle_t pool)
{
    if (!up_obj_release(&pool->obj))
        return;
    ur_context_handle_t ctx = pool->context;
    up_obj_fini(&pool->obj, UP_KIND_POOL);
    up_obj_free(pool, UP_KIND_POOL);
    if (up_obj_release(&ctx->obj))
        up_context_release_final(ctx);
}

ur_result_t up_pool_init_alloc(ur_usm_pool_handle_t pool, const struct up_alloc *a)
{
    if (!(pool->flags & UR_USM_POOL_FLAG_ZERO_INITIALIZE_BLOCK))
        return UR_RESULT_SUCCESS;
    /* Host and shared memory are reached by the host at the allocation's address. */
    if (a->type != UR_USM_TYPE_DEVICE) {
        memset(a->base, 0, a->size);
        return UR_RESULT_SUCCESS;
    }
    return up_mem_zero_device(a->context, a->device, a->base, a->size);
}
