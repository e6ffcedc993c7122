/* SPDX-License-Identifier: MIT */
/*
 * Peer access: cuCtxEnablePeerAccess / cuCtxDisablePeerAccess between primary contexts, made by
 * the stream engine (ups_peer_enable/disable) with the command device's primary context current.
 * The core keeps the nesting counts and calls them only at 0 -> 1 and 1 -> 0; the primary
 * contexts are shared with the CUDA runtime, so "already enabled" (704) and "not enabled" (705)
 * mean someone else in the process got there first, which the engine reports through *already
 * rather than as an error.
 */
#include "cuda_internal.h"

#include <stdio.h>

ur_result_t cu_peer_set(ur_device_handle_t cmd, ur_device_handle_t peer, bool enable,
                        int32_t *native)
{
    const struct upcu_api *api = cu_api(cmd);
    upcu_context_t peer_ctx;
    ur_result_t res = cu_primary_ctx(peer, &peer_ctx);

    if (res != UR_RESULT_SUCCESS)
        return res;
    *native = (int32_t)(enable ? api->cuCtxEnablePeerAccess(peer_ctx, 0)
                               : api->cuCtxDisablePeerAccess(peer_ctx));
    return UR_RESULT_SUCCESS;
}

ur_result_t cu_peer_fail(ur_device_handle_t cmd, ur_device_handle_t peer, bool enable,
                         int32_t native)
{
    char call[96];

    snprintf(call, sizeof call, "%s(device %u -> device %u)",
             enable ? "cuCtxEnablePeerAccess" : "cuCtxDisablePeerAccess", cmd->index, peer->index);
    return cu_error(cu_ad(cmd), (upcu_result_t)native, call, 0);
}
