/* SPDX-License-Identifier: MIT */
/*
 * Peer capabilities, read once at discovery for every ordered pair of distinct devices:
 *   access  = ZE_DEVICE_P2P_PROPERTY_FLAG_ACCESS of zeDeviceGetP2PProperties AND
 *             zeDeviceCanAccessPeer (the core's rule, up_peer_caps_set);
 *   atomics = ZE_DEVICE_P2P_PROPERTY_FLAG_ATOMICS (bit 1), normalised to 0/1;
 *   rank    = from the experimental bandwidth properties chained on the same call, where the
 *             driver fills them: pairs ranked by logical bandwidth, 0 = the fastest links of the
 *             platform, pairs without a fabric link (bandwidth 0) after all others.
 * Level Zero has no enable call; the core keeps the Enable/Disable counts (ops are NULL).
 */
#include "adapters/level_zero/lz_internal.h"

#include <stdlib.h>

struct pair_bw {
    uint32_t bw; /* logical bandwidth, 0 if the driver gave none */
    upze_bandwidth_unit_t unit;
};

static ur_result_t read_pair(ur_platform_handle_t p, uint32_t i, uint32_t j, struct pair_bw *bw)
{
    ur_adapter_handle_t adapter = p->adapter;
    upze_device_handle_t cmd = lz_device_of(p->devices[i])->handle;
    upze_device_handle_t peer = lz_device_of(p->devices[j])->handle;
    upze_device_p2p_bandwidth_exp_properties_t bwp = {
        .stype = UPZE_STRUCTURE_TYPE_DEVICE_P2P_BANDWIDTH_EXP_PROPERTIES};
    upze_device_p2p_properties_t pp = {.stype = UPZE_STRUCTURE_TYPE_DEVICE_P2P_PROPERTIES,
                                       .pNext = &bwp};
    struct up_peer_caps *caps = up_peer_caps_of(p, i, j);
    upze_bool_t can = 0;
    upze_result_t r;

    r = lz_fn.zeDeviceGetP2PProperties(cmd, peer, &pp);
    if (r != UPZE_RESULT_SUCCESS) {
        /* A driver (or validation layer) that rejects the chained extension: ask plainly. */
        UP_DEBUG(LZ_LOG, "zeDeviceGetP2PProperties with bandwidth properties: %s",
                 lz_result_name(r));
        bwp = (upze_device_p2p_bandwidth_exp_properties_t){0};
        pp = (upze_device_p2p_properties_t){.stype = UPZE_STRUCTURE_TYPE_DEVICE_P2P_PROPERTIES};
        r = lz_fn.zeDeviceGetP2PProperties(cmd, peer, &pp);
        if (r != UPZE_RESULT_SUCCESS)
            return lz_error(adapter, r, "zeDeviceGetP2PProperties");
    }
    r = lz_fn.zeDeviceCanAccessPeer(cmd, peer, &can);
    if (r != UPZE_RESULT_SUCCESS)
        return lz_error(adapter, r, "zeDeviceCanAccessPeer");

    up_peer_caps_set(caps, LZ_LOG, i, j, can,
                     (pp.flags & UPZE_DEVICE_P2P_PROPERTY_FLAG_ACCESS) != 0,
                     (pp.flags & UPZE_DEVICE_P2P_PROPERTY_FLAG_ATOMICS) != 0);
    bw->unit = bwp.bandwidthUnit;
    bw->bw = bwp.bandwidthUnit != UPZE_BANDWIDTH_UNIT_UNKNOWN ? bwp.logicalBandwidth : 0;
    /* BYTES_PER_NANOSEC is GB/s. */
    caps->bandwidth = bwp.bandwidthUnit == UPZE_BANDWIDTH_UNIT_BYTES_PER_NANOSEC
                          ? (double)bwp.logicalBandwidth
                          : 0.0;
    UP_DEBUG(LZ_LOG, "devices %u -> %u: flags 0x%x, can access %u, bandwidth %u (unit %u)", i, j,
             (unsigned)pp.flags, (unsigned)can, (unsigned)bwp.logicalBandwidth,
             (unsigned)bwp.bandwidthUnit);
    return UR_RESULT_SUCCESS;
}

/* Rank = number of distinct bandwidths greater than the pair's (same unit only); pairs with no
 * bandwidth rank after every link. No rank at all when the driver reported no bandwidth. */
static void rank_pairs(ur_platform_handle_t p, const struct pair_bw *bw)
{
    uint32_t n = p->num_devices;
    bool any = false;

    for (size_t k = 0; k < (size_t)n * n; k++)
        if (bw[k].bw != 0)
            any = true;
    if (!any)
        return;
    for (uint32_t i = 0; i < n; i++) {
        for (uint32_t j = 0; j < n; j++) {
            const struct pair_bw *me = &bw[(size_t)i * n + j];
            struct up_peer_caps *caps = up_peer_caps_of(p, i, j);
            int rank = 0;

            if (i == j)
                continue;
            /* Count distinct higher bandwidths: a value counts once, at its first pair. */
            for (size_t k = 0; k < (size_t)n * n; k++) {
                bool first = true;

                if (bw[k].bw == 0 || k / n == k % n)
                    continue;
                if (me->bw != 0 && (bw[k].unit != me->unit || bw[k].bw <= me->bw))
                    continue;
                for (size_t m = 0; m < k; m++)
                    if (m / n != m % n && bw[m].bw == bw[k].bw && bw[m].unit == bw[k].unit)
                        first = false;
                if (first)
                    rank++;
            }
            caps->rank = rank;
            caps->has_rank = true;
        }
    }
}

ur_result_t lz_p2p_discover(ur_platform_handle_t p)
{
    uint32_t n = p->num_devices;
    struct pair_bw *bw;
    ur_result_t res = UR_RESULT_SUCCESS;

    bw = calloc((size_t)n * n, sizeof(*bw));
    if (bw == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    for (uint32_t i = 0; i < n && res == UR_RESULT_SUCCESS; i++)
        for (uint32_t j = 0; j < n && res == UR_RESULT_SUCCESS; j++)
            if (i != j)
                res = read_pair(p, i, j, &bw[(size_t)i * n + j]);
    if (res == UR_RESULT_SUCCESS)
        rank_pairs(p, bw);
    free(bw);
    return res;
}
