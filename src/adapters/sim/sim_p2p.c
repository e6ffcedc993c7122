/* SPDX-License-Identifier: MIT */
/*
 * Peer access of the simulated driver.
 *
 * Capabilities come from the topology and are filled once at discovery. The driver keeps its own
 * enabled flag per ordered pair, changed only by enable/disable: enabling a pair that is on, or
 * disabling one that is off, answers "already" (704 / 705) like CUDA does. The flag decides
 * whether a copy between devices goes over the link or is staged through the host.
 */
#include "sim.h"

#include <stdio.h>

void sim_p2p_fill_caps(ur_platform_handle_t platform, const struct sim_topology *topo)
{
    uint32_t n = topo->num_devices;

    for (uint32_t a = 0; a < n; a++) {
        for (uint32_t b = 0; b < n; b++) {
            const struct sim_link_spec *l = &topo->links[(size_t)a * n + b];
            struct up_peer_caps *caps = up_peer_caps_of(platform, a, b);
            if (a == b)
                continue; /* self pairs are set by the core */
            caps->access = l->access ? 1 : 0;
            caps->atomics = l->atomics ? 1 : 0;
            caps->rank = l->rank;
            caps->has_rank = true;
            caps->bandwidth = l->bandwidth;
            caps->link_type = l->type;
            caps->link_count = (int)l->links;
            /* A false capability answer: the link works, the driver says it does not. */
            if (l->faults & SIM_LINK_FAULT_UNADVERTISED)
                caps->access = caps->atomics = 0;
        }
    }
}

bool sim_p2p_enabled(const struct sim_adapter *sa, uint32_t cmd, uint32_t peer)
{
    return atomic_load_explicit(&sa->enabled[(size_t)cmd * sa->num_devices + peer],
                                memory_order_acquire);
}

static ur_result_t set_state(ur_device_handle_t cmd, ur_device_handle_t peer, bool enable,
                             bool *already)
{
    struct sim_adapter *sa = sim_of_device(cmd)->sa;
    uint32_t c = cmd->index, p = peer->index;
    atomic_bool *flag = &sa->enabled[(size_t)c * sa->num_devices + p];
    sim_op_t op = enable ? SIM_OP_PEER_ENABLE : SIM_OP_PEER_DISABLE;
    int32_t already_code =
        enable ? SIM_ERROR_PEER_ACCESS_ALREADY_ENABLED : SIM_ERROR_PEER_ACCESS_NOT_ENABLED;
    char call[96];
    int32_t native;

    sim_count_call(sa);
    snprintf(call, sizeof(call), "%s(device %u -> device %u)",
             enable ? "simEnablePeerAccess" : "simDisablePeerAccess", c, p);

    native = sim_fault_take(sa, op);
    if (native == already_code) {
        /* Another user of the driver changed the state just before us. */
        atomic_store_explicit(flag, enable, memory_order_release);
        *already = true;
        return UR_RESULT_SUCCESS;
    }
    if (native != SIM_SUCCESS)
        return sim_fail(sa, op, native, call);

    if (enable && !up_peer_caps_of(cmd->platform, c, p)->access)
        return sim_fail(sa, op, SIM_ERROR_PEER_ACCESS_UNSUPPORTED, call);
    if (enable && sa->peer_limit != 0 && !atomic_load_explicit(flag, memory_order_acquire)) {
        uint32_t on = 0;
        for (uint32_t i = 0; i < sa->num_devices; i++)
            on += i != c && sim_p2p_enabled(sa, c, i);
        if (on >= sa->peer_limit) {
            UP_INFO(SIM_LOG, "%s: device %u has %u peers enabled, the limit is %u", call, c, on,
                    sa->peer_limit);
            return sim_fail(sa, op, SIM_ERROR_TOO_MANY_PEERS, call);
        }
    }

    if (atomic_exchange_explicit(flag, enable, memory_order_acq_rel) == enable) {
        UP_DEBUG(SIM_LOG, "%s: %s", call, enable ? "already enabled" : "not enabled");
        *already = true;
        return UR_RESULT_SUCCESS;
    }
    sim_stat_add(enable ? &sa->stats.peer_enable_calls : &sa->stats.peer_disable_calls, 1);
    *already = false;
    return UR_RESULT_SUCCESS;
}

ur_result_t sim_peer_enable(ur_device_handle_t cmd, ur_device_handle_t peer, bool *already)
{
    return set_state(cmd, peer, true, already);
}

ur_result_t sim_peer_disable(ur_device_handle_t cmd, ur_device_handle_t peer, bool *already)
{
    return set_state(cmd, peer, false, already);
}
