/* SPDX-License-Identifier: MIT */
/*
 * Peer access: the capabilities of every ordered pair, read once at discovery, and the driver
 * enable/disable the core calls at the 0 -> 1 and 1 -> 0 transitions of a pair's count (through
 * the stream engine, which makes cmd current and reads 704/705 as "already").
 *
 * hipDeviceP2PAttr starts at 0 (PerformanceRank = 0, AccessSupported = 1,
 * NativeAtomicSupported = 2), one below CUDA's enum: UPHIP_P2P_ATTR_* spell the HIP values.
 */
#include "adapters/hip/hip_internal.h"

static bool p2p_attribute(const struct uphip_driver *drv, uphip_p2p_attr_t attr, int cmd, int peer,
                          int *value)
{
    int v = 0;
    uphip_error_t err = drv->hipDeviceGetP2PAttribute(&v, attr, cmd, peer);
    if (err != UPHIP_SUCCESS) {
        UP_INFO(UPHIP_LOG, "hipDeviceGetP2PAttribute(%u, %d, %d) failed: %s (%u)", attr, cmd, peer,
                drv->hipGetErrorName(err), err);
        return false;
    }
    *value = v;
    return true;
}

void uphip_p2p_discover(ur_platform_handle_t platform)
{
    const struct uphip_driver *drv = uphip_drv(platform->adapter);

    for (uint32_t c = 0; c < platform->num_devices; c++) {
        for (uint32_t p = 0; p < platform->num_devices; p++) {
            struct up_peer_caps *caps = up_peer_caps_of(platform, c, p);
            int cmd = uphip_ordinal(platform->devices[c]);
            int peer = uphip_ordinal(platform->devices[p]);
            int can = 0, access = 0, atomics = 0, rank = 0;
            uphip_error_t err;

            if (c == p)
                continue; /* self pairs: set by the core (HIP answers them with errors) */
            err = drv->hipDeviceCanAccessPeer(&can, cmd, peer);
            if (err != UPHIP_SUCCESS) {
                UP_INFO(UPHIP_LOG, "hipDeviceCanAccessPeer(%d, %d) failed: %s (%u)", cmd, peer,
                        drv->hipGetErrorName(err), err);
                can = 0;
            }
            if (!p2p_attribute(drv, UPHIP_P2P_ATTR_ACCESS_SUPPORTED, cmd, peer, &access))
                access = 0;
            if (!p2p_attribute(drv, UPHIP_P2P_ATTR_NATIVE_ATOMIC_SUPPORTED, cmd, peer, &atomics))
                atomics = 0;
            caps->has_rank = p2p_attribute(drv, UPHIP_P2P_ATTR_PERFORMANCE_RANK, cmd, peer, &rank);
            caps->rank = caps->has_rank ? rank : 0;
            up_peer_caps_set(caps, UPHIP_LOG, c, p, can, access, atomics);
            caps->bandwidth = 0.0;
            UP_DEBUG(UPHIP_LOG, "devices %d -> %d: access %d, atomics %d, rank %d", cmd, peer,
                     caps->access, caps->atomics, caps->rank);
        }
    }
}

ur_result_t uphip_peer_set(ur_device_handle_t cmd, ur_device_handle_t peer, bool enable,
                           int32_t *native)
{
    const struct uphip_driver *drv = uphip_drv(uphip_adapter_of_device(cmd));
    int p = uphip_ordinal(peer);

    *native = (int32_t)(enable ? drv->hipDeviceEnablePeerAccess(p, 0)
                               : drv->hipDeviceDisablePeerAccess(p));
    return UR_RESULT_SUCCESS;
}

ur_result_t uphip_peer_fail(ur_device_handle_t cmd, ur_device_handle_t peer, bool enable,
                            int32_t native)
{
    return uphip_fail(uphip_adapter_of_device(cmd), (uphip_error_t)native,
                      enable ? UPHIP_CALL_PEER_ENABLE : UPHIP_CALL_GENERIC,
                      "%s(device %d -> peer %d)",
                      enable ? "hipDeviceEnablePeerAccess" : "hipDeviceDisablePeerAccess",
                      uphip_ordinal(cmd), uphip_ordinal(peer));
}
