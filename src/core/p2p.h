/* SPDX-License-Identifier: MIT */
/* The peer-access contract (core/p2p.c, docs/p2p-contract.md). */
#ifndef URPEER_CORE_P2P_H
#define URPEER_CORE_P2P_H

#include "core/adapter.h"

ur_result_t up_p2p_enable(ur_device_handle_t cmd, ur_device_handle_t peer);
ur_result_t up_p2p_disable(ur_device_handle_t cmd, ur_device_handle_t peer);
ur_result_t up_p2p_get_info(ur_device_handle_t cmd, ur_device_handle_t peer, uint32_t prop,
                            size_t propSize, void *pValue, size_t *pSizeRet);
/* Turn off, in the driver, what this library turned on; returns the number of pairs still
 * enabled (reported in leak mode). */
uint32_t up_p2p_teardown(ur_adapter_handle_t adapter, bool report);
/* Ordered pairs of the adapter's platforms whose Enable count is above zero. */
uint32_t up_p2p_enabled_pairs(ur_adapter_handle_t adapter);

#endif /* URPEER_CORE_P2P_H */
