/* SPDX-License-Identifier: MIT */
/* Simulated node presets: device counts, device properties, peer answers, and that peer queries
 * make no driver call. */
#include "sim_common.h"

#include <stdio.h>

struct expect {
    const char *preset;
    uint32_t ndev;
    /* access/atomics/rank/bandwidth of cmd -> peer for cmd != peer */
    int (*access)(uint32_t a, uint32_t b);
    int (*atomics)(uint32_t a, uint32_t b);
    int (*rank)(uint32_t a, uint32_t b);
    int (*bandwidth)(uint32_t a, uint32_t b); /* 0: unknown (UNSUPPORTED_ENUMERATION) */
};

static int one(uint32_t a, uint32_t b)
{
    (void)a, (void)b;
    return 1;
}
static int zero(uint32_t a, uint32_t b)
{
    (void)a, (void)b;
    return 0;
}
static int nvlink_bw(uint32_t a, uint32_t b)
{
    (void)a, (void)b;
    return 450;
}
static bool same_switch(uint32_t a, uint32_t b)
{
    return a / 2 == b / 2;
}
static int pcie_access(uint32_t a, uint32_t b)
{
    return same_switch(a, b) ? 1 : 0;
}
static int pcie_rank(uint32_t a, uint32_t b)
{
    return same_switch(a, b) ? 1 : 2;
}
static int pcie_bw(uint32_t a, uint32_t b)
{
    return same_switch(a, b) ? 25 : 0;
}

static const struct expect presets[] = {
    {"pair", 2, one, one, zero, nvlink_bw},
    {"pcie4", 4, pcie_access, zero, pcie_rank, pcie_bw},
    {"nvswitch8", 8, one, one, zero, nvlink_bw},
    {"isolated2", 2, zero, zero, zero, zero},
};

static void check_device(ur_device_handle_t d, uint32_t i)
{
    char name[256], expected[256], pci[32];
    uint32_t vendor = 0;
    uint64_t mem = 0, max_alloc = 0;
    ur_device_type_t type = UR_DEVICE_TYPE_ALL;
    ur_bool_t p2p = 0;
    size_t res_ns = 0;
    uint8_t uuid[16];

    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, UR_DEVICE_INFO_NAME, sizeof(name), name, NULL));
    snprintf(expected, sizeof(expected), "urpeer simulated GPU %u", i);
    CHECK(strcmp(name, expected) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, UR_DEVICE_INFO_TYPE, sizeof(type), &type, NULL));
    CHECK(type == UR_DEVICE_TYPE_GPU);
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(d, UR_DEVICE_INFO_VENDOR_ID, sizeof(vendor), &vendor, NULL));
    CHECK(vendor == 0x10FEE);
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(d, UR_DEVICE_INFO_GLOBAL_MEM_SIZE, sizeof(mem), &mem, NULL));
    CHECK(mem == 16ull << 30);
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, UR_DEVICE_INFO_MAX_MEM_ALLOC_SIZE,
                                                sizeof(max_alloc), &max_alloc, NULL));
    CHECK(max_alloc == mem);
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(d, UR_DEVICE_INFO_USM_P2P_SUPPORT_EXP, sizeof(p2p), &p2p, NULL));
    CHECK(p2p == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, UR_DEVICE_INFO_PROFILING_TIMER_RESOLUTION,
                                                sizeof(res_ns), &res_ns, NULL));
    CHECK(res_ns == 1);
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(d, UR_DEVICE_INFO_PCI_ADDRESS, sizeof(pci), pci, NULL));
    snprintf(expected, sizeof(expected), "0000:%02x:00.0", i + 1);
    CHECK(strcmp(pci, expected) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(d, UR_DEVICE_INFO_UUID, sizeof(uuid), uuid, NULL));
    CHECK(uuid[15] == (uint8_t)i && uuid[0] == 'u');
}

static void check_preset(const struct expect *e)
{
    struct simnode n;
    char pname[128] = "";

    REQUIRE_UR(UR_RESULT_SUCCESS, sim_open(e->preset, &n));
    printf("%s: %u devices\n", e->preset, n.ndev);
    CHECK(n.ndev == e->ndev);
    CHECK_UR(UR_RESULT_SUCCESS,
             urPlatformGetInfo(n.platform, UR_PLATFORM_INFO_NAME, sizeof(pname), pname, NULL));
    CHECK(strcmp(pname, "urpeer simulated node") == 0);

    for (uint32_t i = 0; i < n.ndev; i++)
        check_device(n.dev[i], i);

    for (uint32_t a = 0; a < n.ndev; a++) {
        for (uint32_t b = 0; b < n.ndev; b++) {
            ur_result_t r;
            int acc = peer_info(n.dev[a], n.dev[b], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, NULL);
            int atom =
                peer_info(n.dev[a], n.dev[b], UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT, NULL);
            if (a == b) {
                CHECK(acc == 1 && atom == 1);
                continue;
            }
            CHECK(acc == e->access(a, b));
            CHECK(atom == e->atomics(a, b));
            CHECK(peer_info(n.dev[a], n.dev[b], URPEER_PEER_INFO_PERFORMANCE_RANK, NULL) ==
                  e->rank(a, b));
            int bw = peer_info(n.dev[a], n.dev[b], URPEER_PEER_INFO_BANDWIDTH_GBPS, &r);
            if (e->bandwidth(a, b))
                CHECK(bw == e->bandwidth(a, b));
            else
                CHECK(r == UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION);
            /* Enable follows the topology: supported pairs work, others are refused. */
            if (e->access(a, b)) {
                CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(n.dev[a], n.dev[b]));
                CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[a], n.dev[b]));
            } else {
                CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE,
                         urUsmP2PEnablePeerAccessExp(n.dev[a], n.dev[b]));
            }
        }
    }

    /* The peer query answers from what discovery read: no driver call. */
    urpeer_sim_stats_t before = sim_stats(&n);
    for (int i = 0; i < 1000; i++) {
        uint32_t a = (uint32_t)i % n.ndev, b = (uint32_t)(i / 7) % n.ndev;
        (void)peer_info(n.dev[a], n.dev[b], (uint32_t)(i % 2), NULL);
    }
    urpeer_sim_stats_t after = sim_stats(&n);
    printf("%s: driverCalls %llu before and %llu after 1000 peer queries\n", e->preset,
           (unsigned long long)before.driverCalls, (unsigned long long)after.driverCalls);
    CHECK(before.driverCalls == after.driverCalls);
    CHECK(before.driverCalls > 0);
    sim_close(&n);
}

int main(void)
{
    for (size_t i = 0; i < sizeof(presets) / sizeof(presets[0]); i++)
        check_preset(&presets[i]);

    /* Without a spec the simulated adapter has no platform, so it is not listed. */
    {
        uint32_t count = 99;
        REQUIRE_UR(UR_RESULT_SUCCESS, sim_init(NULL));
        CHECK_UR(UR_RESULT_SUCCESS, urAdapterGet(0, NULL, &count));
        CHECK(count == 0);
        CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    }
    /* Stats controls refuse a NULL adapter, and work again after a re-init. */
    {
        struct simnode n;
        REQUIRE_UR(UR_RESULT_SUCCESS, sim_open("pair", &n));
        urpeer_sim_stats_t st;
        CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urpeerSimGetStats(NULL, &st));
        CHECK_UR(UR_RESULT_SUCCESS, urpeerSimResetStats(n.adapter));
        st = sim_stats(&n);
        CHECK(st.driverCalls == 0 && st.liveAllocations == 0);
        sim_close(&n);
    }
    return test_summary("sim_presets");
}
