/* SPDX-License-Identifier: MIT */
/*
 * The peer-access contract (docs/p2p-contract.md), once for every adapter: nesting counts per
 * ordered pair, ownership of the driver enablement, locking, error context, teardown.
 * Adapters only make the driver calls (ops->peer_enable / peer_disable), under the platform's
 * peer_lock, at the 0 -> 1 and 1 -> 0 transitions.
 */
#include "core/core.h"

void up_peer_caps_set(struct up_peer_caps *caps, const char *subsys, uint32_t cmd, uint32_t peer,
                      int can_access, int access_attr, int atomics)
{
    if ((can_access != 0) != (access_attr != 0))
        UP_INFO(subsys,
                "devices %u -> %u: the driver's can-access answer is %d, its access attribute %d: "
                "no access",
                cmd, peer, can_access != 0, access_attr != 0);
    caps->access = can_access != 0 && access_attr != 0;
    caps->atomics = atomics != 0;
}

static struct up_peer_state *state_of(ur_device_handle_t cmd, ur_device_handle_t peer)
{
    ur_platform_handle_t p = cmd->platform;
    return &p->peer_state[(size_t)cmd->index * p->num_devices + peer->index];
}

static void decorate_error(const char *fn, ur_device_handle_t cmd, ur_device_handle_t peer)
{
    up_last_error_prefix("%s(command device %u '%s', peer device %u '%s')", fn, cmd->index,
                         cmd->props.name, peer->index, peer->props.name);
}

ur_result_t up_p2p_enable(ur_device_handle_t cmd, ur_device_handle_t peer)
{
    if (cmd == peer)
        return UR_RESULT_SUCCESS;
    if (cmd->platform != peer->platform)
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    ur_platform_handle_t p = cmd->platform;
    if (!up_peer_caps_of(p, cmd->index, peer->index)->access)
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;

    struct up_peer_state *st = state_of(cmd, peer);
    ur_result_t res = UR_RESULT_SUCCESS;
    pthread_mutex_lock(&p->peer_lock);
    unsigned count = atomic_load_explicit(&st->count, memory_order_relaxed);
    if (count == UINT32_MAX) {
        res = UR_RESULT_ERROR_OUT_OF_RESOURCES;
        goto out_unlock;
    }
    if (count == 0) {
        bool already = false;
        if (cmd->obj.ops->peer_enable != NULL) {
            res = cmd->obj.ops->peer_enable(cmd, peer, &already);
            if (res != UR_RESULT_SUCCESS) {
                decorate_error("urUsmP2PEnablePeerAccessExp", cmd, peer);
                if (res == UR_RESULT_ERROR_OUT_OF_RESOURCES) {
                    /* The driver's peer limit (CUDA: 8): say how many this library holds. */
                    unsigned on = 0;
                    for (uint32_t i = 0; i < p->num_devices; i++)
                        on += i != cmd->index &&
                              atomic_load_explicit(
                                  &p->peer_state[(size_t)cmd->index * p->num_devices + i].count,
                                  memory_order_relaxed) > 0;
                    UP_WARN(p->adapter->desc->name,
                            "peer access %u -> %u refused by the driver's peer limit: device %u "
                            "has %u peers enabled through urpeer; disable one first",
                            cmd->index, peer->index, cmd->index, on);
                }
                goto out_unlock;
            }
            st->owned = !already;
        } else {
            st->owned = false; /* no driver state to own (Level Zero) */
        }
        UP_INFO(p->adapter->desc->name, "peer access %u -> %u on (%s)", cmd->index, peer->index,
                cmd->obj.ops->peer_enable == NULL ? "no driver call: always on"
                : already                         ? "already enabled by another user: not owned"
                                                  : "driver enable");
    }
    atomic_store_explicit(&st->count, count + 1, memory_order_release);
out_unlock:
    pthread_mutex_unlock(&p->peer_lock);
    return res;
}

ur_result_t up_p2p_disable(ur_device_handle_t cmd, ur_device_handle_t peer)
{
    if (cmd == peer)
        return UR_RESULT_SUCCESS;
    if (cmd->platform != peer->platform)
        return UR_RESULT_ERROR_INVALID_OPERATION;
    ur_platform_handle_t p = cmd->platform;
    if (!up_peer_caps_of(p, cmd->index, peer->index)->access)
        return UR_RESULT_ERROR_INVALID_OPERATION;

    struct up_peer_state *st = state_of(cmd, peer);
    ur_result_t res = UR_RESULT_SUCCESS;
    pthread_mutex_lock(&p->peer_lock);
    unsigned count = atomic_load_explicit(&st->count, memory_order_relaxed);
    if (count == 0) {
        res = UR_RESULT_ERROR_INVALID_OPERATION;
        goto out_unlock;
    }
    if (count == 1) {
        if (st->owned && cmd->obj.ops->peer_disable != NULL) {
            bool already = false;
            res = cmd->obj.ops->peer_disable(cmd, peer, &already);
            if (res != UR_RESULT_SUCCESS) {
                decorate_error("urUsmP2PDisablePeerAccessExp", cmd, peer);
                goto out_unlock;
            }
            UP_INFO(p->adapter->desc->name, "peer access %u -> %u off (%s)", cmd->index,
                    peer->index, already ? "driver says it was not enabled" : "driver disable");
        } else {
            UP_INFO(p->adapter->desc->name, "peer access %u -> %u off (%s)", cmd->index,
                    peer->index,
                    cmd->obj.ops->peer_disable == NULL ? "no driver call"
                                                       : "not owned: driver state left alone");
        }
        st->owned = false;
    }
    atomic_store_explicit(&st->count, count - 1, memory_order_release);
out_unlock:
    pthread_mutex_unlock(&p->peer_lock);
    return res;
}

ur_result_t up_p2p_get_info(ur_device_handle_t cmd, ur_device_handle_t peer, uint32_t prop,
                            size_t propSize, void *pValue, size_t *pSizeRet)
{
    int value;
    bool same_platform = cmd->platform == peer->platform;
    const struct up_peer_caps *caps =
        same_platform ? up_peer_caps_of(cmd->platform, cmd->index, peer->index) : NULL;

    switch (prop) {
    case UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT:
        value = caps ? (caps->access != 0) : 0;
        break;
    case UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT:
        value = caps ? (caps->atomics != 0) : 0;
        break;
    case URPEER_PEER_INFO_ACCESS_ENABLED:
        value = cmd == peer ? 1
                : caps ? atomic_load_explicit(&state_of(cmd, peer)->count, memory_order_acquire) > 0
                       : 0;
        break;
    case URPEER_PEER_INFO_ENABLE_COUNT:
        value = (cmd == peer || !caps)
                    ? 0
                    : (int)atomic_load_explicit(&state_of(cmd, peer)->count, memory_order_acquire);
        break;
    case URPEER_PEER_INFO_PERFORMANCE_RANK:
        if (caps == NULL || !caps->has_rank)
            return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
        value = caps->rank;
        break;
    case URPEER_PEER_INFO_BANDWIDTH_GBPS:
        if (caps == NULL || caps->bandwidth <= 0.0 || cmd == peer)
            return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
        value = (int)(caps->bandwidth + 0.5);
        break;
    case URPEER_PEER_INFO_LINK_TYPE:
        if (cmd == peer) {
            value = URPEER_LINK_TYPE_SELF;
            break;
        }
        if (caps == NULL || caps->link_type == URPEER_LINK_TYPE_UNKNOWN)
            return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
        value = caps->link_type;
        break;
    case URPEER_PEER_INFO_LINK_COUNT:
        if (caps == NULL || caps->link_count <= 0 || cmd == peer)
            return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
        value = caps->link_count;
        break;
    default:
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    }
    return up_info_return(propSize, pValue, pSizeRet, &value, sizeof(value));
}

uint32_t up_p2p_teardown(ur_adapter_handle_t adapter, bool report)
{
    uint32_t left = 0;
    for (uint32_t pi = 0; pi < adapter->num_platforms; pi++) {
        ur_platform_handle_t p = adapter->platforms[pi];
        pthread_mutex_lock(&p->peer_lock);
        for (uint32_t c = 0; c < p->num_devices; c++) {
            for (uint32_t d = 0; d < p->num_devices; d++) {
                struct up_peer_state *st = &p->peer_state[(size_t)c * p->num_devices + d];
                unsigned count = atomic_load_explicit(&st->count, memory_order_relaxed);
                if (count == 0)
                    continue;
                left++;
                if (report)
                    UP_ERROR("leak",
                             "peer access %u -> %u of adapter '%s' left enabled "
                             "(count %u)",
                             c, d, adapter->desc->name, count);
                if (st->owned && p->obj.ops->peer_disable != NULL) {
                    bool already = false;
                    ur_result_t res =
                        p->obj.ops->peer_disable(p->devices[c], p->devices[d], &already);
                    UP_INFO(adapter->desc->name, "teardown: peer access %u -> %u off (%s)", c, d,
                            res == UR_RESULT_SUCCESS ? "driver disable" : "driver disable failed");
                }
                st->owned = false;
                atomic_store_explicit(&st->count, 0, memory_order_relaxed);
            }
        }
        pthread_mutex_unlock(&p->peer_lock);
    }
    return left;
}

uint32_t up_p2p_enabled_pairs(ur_adapter_handle_t adapter)
{
    uint32_t n = 0;
    for (uint32_t pi = 0; pi < adapter->num_platforms; pi++) {
        ur_platform_handle_t p = adapter->platforms[pi];
        size_t pairs = (size_t)p->num_devices * p->num_devices;
        for (size_t i = 0; i < pairs; i++)
            n += atomic_load_explicit(&p->peer_state[i].count, memory_order_relaxed) > 0;
    }
    return n;
}
