/* SPDX-License-Identifier: MIT */
/*
 * Peer access: cuCtxEnablePeerAccess / cuCtxDisablePeerAccess between primary contexts, made
 * with the command device's primary context current. The core keeps the nesting counts and calls
 * these only at 0 -> 1 and 1 -> 0; the primary contexts are shared with the CUDA runtime, so
 * "already enabled" (704) and "not enabled" (705) mean someone else in the process got there
 * first, which is reported through *already rather than as an error.
 */
#include "cuda_internal.h"

#include <stdio.h>

static ur_result_t cu_peer_call(ur_device_handle_t cmd, ur_device_handle_t peer, bool enable,
                                bool *already)
{
    const struct upcu_api *api = cu_api(cmd);
    upcu_context_t peer_ctx;
    struct ups_scope scope;
    char call[96];
    ur_result_t res;
    upcu_result_t r;

    res = cu_primary_ctx(peer, &peer_ctx);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = cu_scope_enter(cmd, &scope);
    if (res != UR_RESULT_SUCCESS)
        return res;
    r = enable ? api->cuCtxEnablePeerAccess(peer_ctx, 0) : api->cuCtxDisablePeerAccess(peer_ctx);
    cu_scope_leave(cmd, &scope);

    *already = false;
    if (r ==
        (enable ? UPCU_ERROR_PEER_ACCESS_ALREADY_ENABLED : UPCU_ERROR_PEER_ACCESS_NOT_ENABLED)) {
        UP_INFO(CU_LOG, "peer access %u -> %u was already %s in the driver", cmd->index,
                peer->index, enable ? "enabled" : "disabled");
        *already = true;
        return UR_RESULT_SUCCESS;
    }
    if (r != UPCU_SUCCESS) {
        snprintf(call, sizeof call, "%s(device %u -> device %u)",
                 enable ? "cuCtxEnablePeerAccess" : "cuCtxDisablePeerAccess", cmd->index,
                 peer->index);
        return cu_error(cu_ad(cmd), r, call, 0);
    }
    UP_DEBUG(CU_LOG, "peer access %u -> %u %s", cmd->index, peer->index,
             enable ? "enabled" : "disabled");
    return UR_RESULT_SUCCESS;
}

ur_result_t cu_peer_enable(ur_device_handle_t cmd, ur_device_handle_t peer, bool *already)
{
    return cu_peer_call(cmd, peer, true, already);
}

ur_result_t cu_peer_disable(ur_device_handle_t cmd, ur_device_handle_t peer, bool *already)
{
    return cu_peer_call(cmd, peer, false, already);
}
