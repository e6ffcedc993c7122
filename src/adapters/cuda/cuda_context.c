/* SPDX-License-Identifier: MIT */
/*
 * Contexts. A Unified Runtime context maps onto the primary contexts of its devices, which is what
 * lets memory and peer enablement be shared with CUDA runtime code in the same process. Creating
 * one makes sure those primary contexts are retained; they are released at adapter teardown.
 */
#include "cuda_internal.h"

ur_result_t cu_context_create(ur_context_handle_t ctx)
{
    for (uint32_t i = 0; i < ctx->num_devices; i++) {
        upcu_context_t pctx;
        ur_result_t res = cu_primary_ctx(ctx->devices[i], &pctx);

        if (res != UR_RESULT_SUCCESS)
            return res;
    }
    ctx->priv = NULL;
    return UR_RESULT_SUCCESS;
}

void cu_context_destroy(ur_context_handle_t ctx)
{
    /* Nothing of its own: the primary contexts live until the adapter is torn down. */
    (void)ctx;
}
