/* SPDX-License-Identifier: MIT */
/* Contexts: one Level Zero context, on the platform's driver, per UR context. */
#include "adapters/level_zero/lz_internal.h"

#include <stdlib.h>

ur_result_t lz_context_create(ur_context_handle_t ctx)
{
    upze_context_desc_t desc = {.stype = UPZE_STRUCTURE_TYPE_CONTEXT_DESC};
    struct lz_context *lc;
    upze_result_t r;

    lc = calloc(1, sizeof(*lc));
    if (lc == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    /* A context of all the driver's devices: memory of any of them is then usable by every
     * device that can reach it, as peer access requires. */
    r = lz_fn.zeContextCreate(lz_platform_of(ctx->platform)->driver, &desc, &lc->handle);
    if (r != UPZE_RESULT_SUCCESS) {
        free(lc);
        return lz_error(lz_adapter_of_context(ctx), r, "zeContextCreate");
    }
    pthread_mutex_init(&lc->lock, NULL);
    ctx->priv = lc;
    return UR_RESULT_SUCCESS;
}

void lz_context_destroy(ur_context_handle_t ctx)
{
    struct lz_context *lc = lz_context_of(ctx);
    upze_result_t r;

    if (lc == NULL)
        return;
    r = lz_fn.zeContextDestroy(lc->handle);
    if (r != UPZE_RESULT_SUCCESS)
        UP_WARN(LZ_LOG, "zeContextDestroy: %s", lz_result_name(r));
    pthread_mutex_destroy(&lc->lock);
    free(lc);
    ctx->priv = NULL;
}

void lz_context_add_queue(struct lz_context *lc, struct lz_queue *q)
{
    pthread_mutex_lock(&lc->lock);
    q->next = lc->queues;
    lc->queues = q;
    pthread_mutex_unlock(&lc->lock);
}

void lz_context_remove_queue(struct lz_context *lc, struct lz_queue *q)
{
    pthread_mutex_lock(&lc->lock);
    for (struct lz_queue **pp = &lc->queues; *pp != NULL; pp = &(*pp)->next) {
        if (*pp == q) {
            *pp = q->next;
            break;
        }
    }
    q->next = NULL;
    pthread_mutex_unlock(&lc->lock);
}

ur_result_t lz_context_sync(ur_context_handle_t ctx)
{
    struct lz_context *lc = lz_context_of(ctx);
    ur_result_t res = UR_RESULT_SUCCESS;

    pthread_mutex_lock(&lc->lock);
    for (struct lz_queue *q = lc->queues; q != NULL; q = q->next) {
        ur_result_t r = lz_queue_sync(q->ur);
        if (r != UR_RESULT_SUCCESS && res == UR_RESULT_SUCCESS)
            res = r;
    }
    pthread_mutex_unlock(&lc->lock);
    return res;
}
