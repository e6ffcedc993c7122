/* SPDX-License-Identifier: MIT */
/* The USM P2P extension's entry points: the contract's checks in its order, then the core. */
#include "core/core.h"

static ur_result_t check_pair(ur_device_handle_t cmd, ur_device_handle_t peer)
{
    if (cmd == NULL || peer == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_obj_is(cmd, UP_KIND_DEVICE) || !up_obj_is(peer, UP_KIND_DEVICE))
        return UR_RESULT_ERROR_INVALID_DEVICE;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urUsmP2PEnablePeerAccessExp(ur_device_handle_t commandDevice,
                                                                ur_device_handle_t peerDevice)
{
    UP_CHECK_INIT();
    ur_result_t res = check_pair(commandDevice, peerDevice);
    if (res != UR_RESULT_SUCCESS)
        return res;
    return up_p2p_enable(commandDevice, peerDevice);
}

UR_APIEXPORT ur_result_t UR_APICALL urUsmP2PDisablePeerAccessExp(ur_device_handle_t commandDevice,
                                                                 ur_device_handle_t peerDevice)
{
    UP_CHECK_INIT();
    ur_result_t res = check_pair(commandDevice, peerDevice);
    if (res != UR_RESULT_SUCCESS)
        return res;
    return up_p2p_disable(commandDevice, peerDevice);
}

static bool peer_info_defined(uint32_t prop)
{
    return prop <= UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT ||
           (prop >= URPEER_PEER_INFO_ACCESS_ENABLED && prop <= URPEER_PEER_INFO_LAST_);
}

UR_APIEXPORT ur_result_t UR_APICALL urUsmP2PPeerAccessGetInfoExp(ur_device_handle_t commandDevice,
                                                                 ur_device_handle_t peerDevice,
                                                                 ur_exp_peer_info_t propName,
                                                                 size_t propSize, void *pPropValue,
                                                                 size_t *pPropSizeRet)
{
    UP_CHECK_INIT();
    if (commandDevice == NULL || peerDevice == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (propSize != 0 && pPropValue == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (pPropValue == NULL && pPropSizeRet == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (!peer_info_defined((uint32_t)propName))
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (propSize == 0 && pPropValue != NULL)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if (pPropValue != NULL && propSize < sizeof(int)) {
        if (pPropSizeRet != NULL)
            *pPropSizeRet = sizeof(int);
        return UR_RESULT_ERROR_INVALID_SIZE;
    }
    if (!up_obj_is(commandDevice, UP_KIND_DEVICE) || !up_obj_is(peerDevice, UP_KIND_DEVICE))
        return UR_RESULT_ERROR_INVALID_DEVICE;
    /* The two upstream queries, answered here from the discovery-time table: this is the path
     * runtimes call in loops over every pair (no driver call, no lock). */
    if ((uint32_t)propName <= UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT) {
        int value = 0;
        ur_platform_handle_t p = commandDevice->platform;
        if (p == peerDevice->platform) {
            const struct up_peer_caps *c =
                up_peer_caps_of(p, commandDevice->index, peerDevice->index);
            value =
                (propName == UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT ? c->access : c->atomics) != 0;
        }
        if (pPropValue != NULL)
            memcpy(pPropValue, &value, sizeof(value));
        if (pPropSizeRet != NULL)
            *pPropSizeRet = sizeof(value);
        return UR_RESULT_SUCCESS;
    }
    return up_p2p_get_info(commandDevice, peerDevice, (uint32_t)propName, propSize, pPropValue,
                           pPropSizeRet);
}
