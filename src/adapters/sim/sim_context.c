/* SPDX-License-Identifier: MIT */
/*
 * Simulated contexts: the list of their queues, so that freeing memory can first wait for the
 * work that may still use it.
 */
#include "sim.h"

#include <stdlib.h>

ur_result_t sim_context_create(ur_context_handle_t ctx)
{
    struct sim_adapter *sa = sim_of_adapter(ctx->platform->adapter);
    struct sim_context *sc;
    int32_t native;

    sim_count_call(sa);
    native = sim_fault_take(sa, SIM_OP_CONTEXT_CREATE);
    if (native != SIM_SUCCESS)
        return sim_fail(sa, SIM_OP_CONTEXT_CREATE, native, "simCtxCreate");

    sc = calloc(1, sizeof(*sc));
    if (!sc)
        return sim_fail(sa, SIM_OP_CONTEXT_CREATE, SIM_ERROR_OUT_OF_MEMORY, "simCtxCreate");
    if (pthread_mutex_init(&sc->lock, NULL) != 0) {
        free(sc);
        return sim_fail(sa, SIM_OP_CONTEXT_CREATE, SIM_ERROR_OUT_OF_MEMORY, "simCtxCreate");
    }
    sc->sa = sa;
    sc->handle = ctx;
    pthread_mutex_lock(&sa->contexts_lock);
    SIM_LIST_PUSH(sa->contexts, sc, prev, next);
    pthread_mutex_unlock(&sa->contexts_lock);
    ctx->priv = sc;
    return UR_RESULT_SUCCESS;
}

static void free_context(struct sim_context *sc)
{
    sc->handle->priv = NULL;
    pthread_mutex_destroy(&sc->lock);
    free(sc);
}

void sim_context_destroy(ur_context_handle_t ctx)
{
    struct sim_context *sc = ctx->priv;
    struct sim_adapter *sa;

    if (!sc)
        return;
    sa = sc->sa;
    sim_count_call(sa);
    if (sc->queues)
        UP_WARN(SIM_LOG, "context destroyed while it still has queues");
    pthread_mutex_lock(&sa->contexts_lock);
    SIM_LIST_UNLINK(sa->contexts, sc, prev, next);
    pthread_mutex_unlock(&sa->contexts_lock);
    free_context(sc);
}

void sim_context_add_queue(struct sim_context *sc, struct sim_queue *sq)
{
    pthread_mutex_lock(&sc->lock);
    SIM_LIST_PUSH(sc->queues, sq, ctx_prev, ctx_next);
    pthread_mutex_unlock(&sc->lock);
}

void sim_context_remove_queue(struct sim_context *sc, struct sim_queue *sq)
{
    pthread_mutex_lock(&sc->lock);
    SIM_LIST_UNLINK(sc->queues, sq, ctx_prev, ctx_next);
    pthread_mutex_unlock(&sc->lock);
}

void sim_context_drain(struct sim_context *sc)
{
    /* Queues stay registered while we wait: queue_destroy takes this lock to leave the list. */
    pthread_mutex_lock(&sc->lock);
    for (struct sim_queue *sq = sc->queues; sq; sq = sq->ctx_next)
        sim_queue_wait_idle(sq);
    pthread_mutex_unlock(&sc->lock);
}
