/* SPDX-License-Identifier: MIT */
/*
 * Simulated queues: each runs its commands in order on its own worker thread, started at
 * queue_create and joined at queue_destroy, so non-blocking enqueues really are asynchronous.
 * Out-of-order queues are accepted and run in order.
 *
 * A small command (SIM_INLINE_MAX bytes or less, no wait list) submitted to an idle queue runs
 * on the calling thread instead: waking the worker would cost two thread switches (tens of
 * microseconds) for a copy of a few bytes. Order is kept: the worker starts nothing while an
 * inline command runs, and an inline command only runs when nothing is queued or running.
 */
#include "sim.h"

#include <stdlib.h>

static void *worker(void *arg)
{
    struct sim_queue *sq = arg;

    pthread_mutex_lock(&sq->lock);
    for (;;) {
        struct sim_cmd *cmd;
        while ((!sq->head || sq->inline_busy) && !sq->stop)
            pthread_cond_wait(&sq->work, &sq->lock);
        if (!sq->head)
            break; /* stopping, and nothing left */
        cmd = sq->head;
        sq->head = cmd->next;
        if (!sq->head)
            sq->tail = NULL;
        pthread_mutex_unlock(&sq->lock);

        sim_cmd_run(sq, cmd);

        pthread_mutex_lock(&sq->lock);
        sq->completed++;
        pthread_cond_broadcast(&sq->idle);
    }
    pthread_mutex_unlock(&sq->lock);
    return NULL;
}

static atomic_uint_fast64_t next_queue_id;

static void free_queue(struct sim_queue *sq)
{
    pthread_cond_destroy(&sq->idle);
    pthread_cond_destroy(&sq->work);
    pthread_mutex_destroy(&sq->lock);
    free(sq->bounce);
    free(sq);
}

ur_result_t sim_queue_create(ur_queue_handle_t q)
{
    struct sim_adapter *sa = sim_of_device(q->device)->sa;
    struct sim_queue *sq;
    int32_t native;

    sim_count_call(sa);
    native = sim_fault_take(sa, SIM_OP_QUEUE_CREATE);
    if (native != SIM_SUCCESS)
        return sim_fail(sa, SIM_OP_QUEUE_CREATE, native, "simStreamCreate");

    sq = calloc(1, sizeof(*sq));
    if (!sq)
        goto err_oom;
    sq->bounce = malloc(SIM_STAGING_CHUNK);
    if (!sq->bounce)
        goto err_free_queue;
    if (pthread_mutex_init(&sq->lock, NULL) != 0)
        goto err_free_bounce;
    if (pthread_cond_init(&sq->work, NULL) != 0)
        goto err_destroy_lock;
    if (pthread_cond_init(&sq->idle, NULL) != 0)
        goto err_destroy_work;
    sq->sa = sa;
    sq->handle = q;
    atomic_init(&sq->refs, 1);
    sq->id = atomic_fetch_add_explicit(&next_queue_id, 1, memory_order_relaxed) + 1;
    sq->flags = q->flags;
    sq->ctx = q->context->priv;
    sq->device = q->device->index;
    sq->profiling = (q->flags & UR_QUEUE_FLAG_PROFILING_ENABLE) != 0;
    if (pthread_create(&sq->thread, NULL, worker, sq) != 0) {
        free_queue(sq);
        UP_WARN(SIM_LOG, "cannot start a queue's worker thread");
        return sim_fail(sa, SIM_OP_QUEUE_CREATE, SIM_ERROR_UNKNOWN, "simStreamCreate");
    }
    sim_context_add_queue(sq->ctx, sq);
    q->priv = sq;
    return UR_RESULT_SUCCESS;

err_destroy_work:
    pthread_cond_destroy(&sq->work);
err_destroy_lock:
    pthread_mutex_destroy(&sq->lock);
err_free_bounce:
    free(sq->bounce);
err_free_queue:
    free(sq);
err_oom:
    return sim_fail(sa, SIM_OP_QUEUE_CREATE, SIM_ERROR_OUT_OF_MEMORY, "simStreamCreate");
}

void sim_queue_stop(struct sim_queue *sq)
{
    /* The worker runs what is left, then leaves. */
    pthread_mutex_lock(&sq->lock);
    sq->stop = true;
    pthread_cond_signal(&sq->work);
    pthread_mutex_unlock(&sq->lock);
    pthread_join(sq->thread, NULL);
    sim_context_remove_queue(sq->ctx, sq);
    if (sq->handle)
        sq->handle->priv = NULL;
    free_queue(sq);
}

void sim_queue_destroy(ur_queue_handle_t q)
{
    struct sim_queue *sq = q->priv;

    if (!sq)
        return;
    sim_count_call(sq->sa);
    if (sq->handle == q)
        sq->handle = NULL;
    q->priv = NULL;
    /* Another ur queue made from its native handle still uses it. */
    if (atomic_fetch_sub_explicit(&sq->refs, 1, memory_order_acq_rel) != 1)
        return;
    sim_queue_stop(sq);
}

ur_result_t sim_queue_get_native(ur_queue_handle_t q, ur_native_handle_t *native)
{
    struct sim_queue *sq = q->priv;

    sim_count_call(sq->sa);
    *native = (ur_native_handle_t)sq;
    return UR_RESULT_SUCCESS;
}

ur_result_t sim_queue_create_native(ur_queue_handle_t q, ur_native_handle_t native, bool owned)
{
    struct sim_context *sc = q->context->priv;
    struct sim_queue *sq;

    /* A simulated stream is shared by every ur queue made from it and lives until the last one
     * is released, so `owned` changes nothing. It must be a stream of this context. */
    (void)owned;
    sim_count_call(sc->sa);
    pthread_mutex_lock(&sc->lock);
    for (sq = sc->queues; sq; sq = sq->ctx_next)
        if ((ur_native_handle_t)sq == native)
            break;
    if (sq) {
        /* Its last ur queue may be going (it leaves the list just after): join only while
         * one uses it. */
        unsigned refs = atomic_load_explicit(&sq->refs, memory_order_relaxed);
        while (refs != 0 &&
               !atomic_compare_exchange_weak_explicit(&sq->refs, &refs, refs + 1,
                                                      memory_order_acquire, memory_order_relaxed))
            ;
        if (refs == 0)
            sq = NULL;
    }
    pthread_mutex_unlock(&sc->lock);
    if (!sq) {
        UP_WARN(SIM_LOG, "urQueueCreateWithNativeHandle: %#jx is no stream of this context",
                (uintmax_t)native);
        return UR_RESULT_ERROR_INVALID_VALUE;
    }
    if (q->device != NULL && q->device->index != sq->device) {
        atomic_fetch_sub_explicit(&sq->refs, 1, memory_order_relaxed);
        return UR_RESULT_ERROR_INVALID_DEVICE;
    }
    q->device = q->context->platform->devices[sq->device];
    q->flags = sq->flags;
    q->priv = sq;
    return UR_RESULT_SUCCESS;
}

void sim_queue_wait_idle(struct sim_queue *sq)
{
    pthread_mutex_lock(&sq->lock);
    uint64_t target = sq->submitted;
    while (sq->completed < target)
        pthread_cond_wait(&sq->idle, &sq->lock);
    pthread_mutex_unlock(&sq->lock);
}

ur_result_t sim_queue_finish(ur_queue_handle_t q)
{
    struct sim_queue *sq = q->priv;

    sim_count_call(sq->sa);
    sim_queue_wait_idle(sq);
    return UR_RESULT_SUCCESS;
}

ur_result_t sim_queue_empty(ur_queue_handle_t q, bool *empty)
{
    struct sim_queue *sq = q->priv;

    sim_count_call(sq->sa);
    pthread_mutex_lock(&sq->lock);
    *empty = sq->completed == sq->submitted;
    pthread_mutex_unlock(&sq->lock);
    return UR_RESULT_SUCCESS;
}

ur_result_t sim_queue_flush(ur_queue_handle_t q)
{
    (void)q; /* commands are handed to the worker as they are enqueued */
    return UR_RESULT_SUCCESS;
}

/* Small enough to run on the caller's thread when the queue is idle. */
#define SIM_INLINE_MAX (64u << 10)

void sim_queue_submit(struct sim_queue *sq, struct sim_cmd *cmd)
{
    cmd->next = NULL;
    pthread_mutex_lock(&sq->lock);
    if (cmd->nwait == 0 && cmd->size <= SIM_INLINE_MAX && sq->head == NULL && !sq->inline_busy &&
        sq->completed == sq->submitted && !sq->stop) {
        sq->submitted++;
        sq->inline_busy = true;
        pthread_mutex_unlock(&sq->lock);
        sim_cmd_run(sq, cmd);
        pthread_mutex_lock(&sq->lock);
        sq->inline_busy = false;
        sq->completed++;
        pthread_cond_broadcast(&sq->idle);
        if (sq->head)
            pthread_cond_signal(&sq->work); /* what others queued meanwhile */
        pthread_mutex_unlock(&sq->lock);
        return;
    }
    if (sq->tail)
        sq->tail->next = cmd;
    else
        sq->head = cmd;
    sq->tail = cmd;
    sq->submitted++;
    pthread_cond_signal(&sq->work);
    pthread_mutex_unlock(&sq->lock);
}
