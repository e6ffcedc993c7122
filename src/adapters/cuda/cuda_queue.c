/* SPDX-License-Identifier: MIT */
/*
 * Queues: one non-blocking stream each (it does not wait for the legacy default stream, so work
 * of the application's own on that stream does not hold ours up). Commands run in order, which
 * also satisfies queues created out-of-order.
 */
#include "cuda_internal.h"

#include <stdlib.h>

ur_result_t cu_queue_create(ur_queue_handle_t q)
{
    ur_device_handle_t d = q->device;
    const struct upcu_api *api = cu_api(d);
    struct cu_queue *cq;
    struct cu_scope scope;
    ur_result_t res;
    upcu_result_t r;

    cq = calloc(1, sizeof *cq);
    if (!cq)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    res = cu_scope_enter(d, &scope);
    if (res != UR_RESULT_SUCCESS)
        goto err_free;
    r = api->cuStreamCreate(&cq->stream, UPCU_STREAM_NON_BLOCKING);
    if (r != UPCU_SUCCESS) {
        res = cu_error(cu_ad(d), r, "cuStreamCreate", 0);
        goto err_leave;
    }
    if (q->flags & UR_QUEUE_FLAG_PROFILING_ENABLE) {
        res = cu_profiling_base(d, cq->stream);
        if (res != UR_RESULT_SUCCESS)
            goto err_destroy_stream;
    }
    cu_scope_leave(d, &scope);
    q->priv = cq;
    return UR_RESULT_SUCCESS;

err_destroy_stream:
    api->cuStreamDestroy(cq->stream);
err_leave:
    cu_scope_leave(d, &scope);
err_free:
    free(cq);
    return res;
}

void cu_queue_destroy(ur_queue_handle_t q)
{
    struct cu_queue *cq = q->priv;
    struct cu_scope scope;

    if (!cq)
        return;
    if (cu_scope_enter(q->device, &scope) == UR_RESULT_SUCCESS) {
        upcu_result_t r = cu_api(q->device)->cuStreamDestroy(cq->stream);

        if (r != UPCU_SUCCESS)
            UP_WARN(CU_LOG, "cuStreamDestroy_v2: %s", cu_result_name(cu_ad(q->device), r));
        cu_scope_leave(q->device, &scope);
    }
    free(cq);
    q->priv = NULL;
}

ur_result_t cu_queue_finish(ur_queue_handle_t q)
{
    struct cu_queue *cq = q->priv;
    struct cu_scope scope;
    ur_result_t res;
    upcu_result_t r;

    res = cu_scope_enter(q->device, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    r = cu_api(q->device)->cuStreamSynchronize(cq->stream);
    cu_scope_leave(q->device, &scope);
    if (r != UPCU_SUCCESS)
        return cu_error(cu_ad(q->device), r, "cuStreamSynchronize", 0);
    return UR_RESULT_SUCCESS;
}

ur_result_t cu_queue_flush(ur_queue_handle_t q)
{
    /* CUDA hands work to the device as it is enqueued: nothing is held back. */
    (void)q;
    return UR_RESULT_SUCCESS;
}
