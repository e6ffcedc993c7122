/* SPDX-License-Identifier: MIT */
/* Discovery of a 128-device simulated node takes well under 10 ms (urLoaderInit -> urDeviceGet). */
#include "sim_common.h"

#include <stdio.h>

/* Sanitizers slow everything down several times: the figure is printed, the limit not checked. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define SANITIZED 1
#endif
#endif
#ifndef SANITIZED
#define SANITIZED 0
#endif

#ifndef TOPO_DIR
#error "TOPO_DIR must name tests/sim/topologies"
#endif

int main(void)
{
    const char *path = TOPO_DIR "/good-128.topo";
    double best = 1e30;

    for (int run = 0; run < 5; run++) {
        struct simnode n;
        uint64_t t0 = now_ns();
        REQUIRE_UR(UR_RESULT_SUCCESS, sim_init(path));
        REQUIRE_UR(UR_RESULT_SUCCESS, sim_discover(&n));
        uint64_t t1 = now_ns();
        double ms = (double)(t1 - t0) / 1e6;
        printf("run %d: 128-device discovery (urLoaderInit -> urDeviceGet) took %.3f ms\n", run,
               ms);
        if (ms < best)
            best = ms;
        CHECK(n.ndev == 128);
        if (run == 0) {
            char name[256];
            uint64_t mem = 0;
            CHECK_UR(UR_RESULT_SUCCESS,
                     urDeviceGetInfo(n.dev[127], UR_DEVICE_INFO_NAME, sizeof(name), name, NULL));
            CHECK(strcmp(name, "last device") == 0);
            CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(n.dev[5], UR_DEVICE_INFO_GLOBAL_MEM_SIZE,
                                                        sizeof(mem), &mem, NULL));
            CHECK(mem == 8ull << 30);
            CHECK(peer_info(n.dev[3], n.dev[100], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, NULL) ==
                  1);
            CHECK(peer_info(n.dev[127], n.dev[0], URPEER_PEER_INFO_BANDWIDTH_GBPS, NULL) == 900);
            /* Every pair can be enabled, and all of them at once. */
            for (uint32_t b = 1; b < 128; b++)
                CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[b]));
            CHECK(sim_stats(&n).peerEnableCalls == 127);
            for (uint32_t b = 1; b < 128; b++)
                CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[0], n.dev[b]));
        }
        sim_close(&n);
    }
    printf("128-device discovery: best %.3f ms of 5 runs\n", best);
    if (!SANITIZED && test_timing_checks())
        CHECK(best < 10.0);
    return test_summary("sim_discovery");
}
