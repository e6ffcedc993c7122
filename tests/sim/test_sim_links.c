/* SPDX-License-Identifier: MIT */
/* Topology extensions of the simulated node: link types (URPEER_PEER_INFO_LINK_TYPE/COUNT),
 * device sets and groups, link faults (what `urpeer check` must catch) and the peer limit. */
#include "sim_common.h"

#include <stdio.h>
#include <stdlib.h>

#ifndef TOPO_DIR
#error "TOPO_DIR must name tests/sim/topologies"
#endif

#define SIZE ((size_t)64 << 10)

static struct simnode n;
static ur_context_handle_t ctx;

static void check_types(void)
{
    ur_result_t res;
    CHECK(peer_info(n.dev[0], n.dev[0], URPEER_PEER_INFO_LINK_TYPE, NULL) == URPEER_LINK_TYPE_SELF);
    CHECK(peer_info(n.dev[0], n.dev[3], URPEER_PEER_INFO_LINK_TYPE, NULL) ==
          URPEER_LINK_TYPE_NVLINK);
    CHECK(peer_info(n.dev[3], n.dev[0], URPEER_PEER_INFO_LINK_COUNT, NULL) == 12);
    CHECK(peer_info(n.dev[0], n.dev[6], URPEER_PEER_INFO_LINK_TYPE, NULL) ==
          URPEER_LINK_TYPE_PCIE_SWITCHES);
    CHECK(peer_info(n.dev[0], n.dev[8], URPEER_PEER_INFO_LINK_TYPE, NULL) ==
          URPEER_LINK_TYPE_HOST_BRIDGE);
    CHECK(peer_info(n.dev[2], n.dev[7], URPEER_PEER_INFO_LINK_TYPE, NULL) ==
          URPEER_LINK_TYPE_NUMA_NODE);
    /* No count for a PCIe link, no type where the topology gives none. */
    peer_info(n.dev[0], n.dev[4], URPEER_PEER_INFO_LINK_COUNT, &res);
    CHECK(res == UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION);
    peer_info(n.dev[9], n.dev[8], URPEER_PEER_INFO_LINK_TYPE, &res);
    CHECK(res == UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION);
    peer_info(n.dev[0], n.dev[0], URPEER_PEER_INFO_LINK_COUNT, &res);
    CHECK(res == UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION);
    /* The group was expanded: 1 -> 2 has access (island), 1 -> 5 none (faulty). */
    CHECK(peer_info(n.dev[1], n.dev[2], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, NULL) == 1);
    CHECK(peer_info(n.dev[1], n.dev[5], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, NULL) == 0);
}

/* Copy a pattern from `peer` into device 0's memory on device 0's queue, with access enabled
 * (if `enable`); returns the first byte of the destination (poisoned with 0xdb before). */
static unsigned char copy_from(uint32_t peer, bool enable, urpeer_sim_stats_t *delta)
{
    ur_queue_handle_t q = make_queue(ctx, n.dev[0], 0);
    unsigned char *host = malloc(SIZE), poison = 0xDB, first = 0;
    void *local = dev_alloc(ctx, n.dev[0], SIZE), *remote = dev_alloc(ctx, n.dev[peer], SIZE);
    if (!(host != NULL)) {
        CHECK(host != NULL);
        exit(test_summary("sim_links"));
    }
    memset(host, 0x5A, SIZE);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, remote, host, SIZE, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, local, 1, &poison, SIZE, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q));
    if (enable)
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[peer]));
    urpeer_sim_stats_t a = sim_stats(&n);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, local, remote, SIZE, 0, NULL, NULL));
    urpeer_sim_stats_t b = sim_stats(&n);
    delta->bytesDirect = b.bytesDirect - a.bytesDirect;
    delta->bytesStaged = b.bytesStaged - a.bytesStaged;
    if (enable)
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[0], n.dev[peer]));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, host, local, SIZE, 0, NULL, NULL));
    first = host[SIZE / 2];
    urUSMFree(ctx, local);
    urUSMFree(ctx, remote);
    urQueueRelease(q);
    free(host);
    return first;
}

static void check_faults(void)
{
    urpeer_sim_stats_t d;
    CHECK(copy_from(1, true, &d) == 0x5A && d.bytesDirect == SIZE);
    CHECK(copy_from(4, true, &d) == 0xDB && d.bytesDirect == SIZE);  /* drop-writes */
    CHECK(copy_from(4, false, &d) == 0x5A && d.bytesStaged == SIZE); /* staged copies are fine */
    CHECK(copy_from(5, true, &d) == 0x00 && d.bytesDirect == SIZE);  /* zero-copies */
    CHECK(copy_from(6, true, &d) == 0x5A && d.bytesStaged == SIZE);  /* staged-only */
    /* unadvertised: the driver says no access, yet the copy goes direct. */
    CHECK(peer_info(n.dev[0], n.dev[7], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, NULL) == 0);
    CHECK(peer_info(n.dev[0], n.dev[7], UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT, NULL) == 0);
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[7]));
    CHECK(copy_from(7, false, &d) == 0x5A && d.bytesDirect == SIZE);
}

/* peer-limit 8: device 0 has nine peers that advertise access; the ninth enable fails with the
 * native code kept and a message that names the limit; after a disable it succeeds. */
static void check_peer_limit(void)
{
    static const uint32_t peers[] = {1, 2, 3, 4, 5, 6, 8, 9};
    const char *msg = NULL;
    int32_t native = 0;
    for (size_t i = 0; i < 8; i++)
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[peers[i]]));
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_RESOURCES, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[10]));
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGetLastError(n.adapter, &msg, &native));
    CHECK(native == 711);
    if (!msg || !strstr(msg, "limit of peers") || !strstr(msg, "peer device 10")) {
        fprintf(stderr, "peer limit message: %s\n", msg ? msg : "(null)");
        CHECK(!"the ninth enable names the limit and the devices");
    } else {
        printf("ninth enable: %s\n", msg);
    }
    CHECK(peer_info(n.dev[0], n.dev[10], URPEER_PEER_INFO_ACCESS_ENABLED, NULL) == 0);
    /* Another device has its own count. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(n.dev[1], n.dev[0]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[1], n.dev[0]));
    /* Re-enabling an enabled pair is a nesting count, not a new peer. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[1]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[0], n.dev[1]));
    /* One disable makes room. */
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[0], n.dev[9]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[10]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[0], n.dev[10]));
    for (size_t i = 0; i < 7; i++)
        CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[0], n.dev[peers[i]]));
}

static void check_bad(const char *text, const char *reason)
{
    char path[] = "/tmp/urpeer-links-XXXXXX";
    char msg[512] = "";
    int fd = mkstemp(path);
    if (!(fd >= 0)) {
        CHECK(fd >= 0);
        exit(test_summary("sim_links"));
    }
    FILE *f = fdopen(fd, "w");
    if (!(f != NULL)) {
        CHECK(f != NULL);
        exit(test_summary("sim_links"));
    }
    fputs(text, f);
    fclose(f);
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE, urpeerSimCheckTopology(path, msg, sizeof(msg)));
    if (!strstr(msg, reason)) {
        fprintf(stderr, "message '%s' does not say '%s'\n", msg, reason);
        CHECK(!"refused with the reason");
    }
    remove(path);
}

static void check_parser(void)
{
#define HEAD "urpeer-topology 1\ndevices 4\n"
    check_bad(HEAD "link 0 <-> 1 access type NV0\nend\n", "link type 'NV0' is not one of");
    check_bad(HEAD "link 0 <-> 1 access type pix\nend\n", "link type 'pix'");
    check_bad(HEAD "link 0 <-> 1 access fault melt\nend\n", "unknown fault 'melt'");
    check_bad(HEAD "link 0 <-> 1 none fault unadvertised\nend\n", "needs 'access'");
    check_bad(HEAD "link 0 <-> 1 access fault staged-only fault staged-only\nend\n", "given twice");
    check_bad(HEAD "link left <-> 1 access\nend\n", "not a device index, a range");
    check_bad(HEAD "group g 0-1\ngroup g 2\nend\n", "already defined at line 3");
    check_bad(HEAD "group all 0-1\nend\n", "not be 'all'");
    check_bad(HEAD "link 3-1 <-> 0 access\nend\n", "goes down");
    check_bad(HEAD "link 0-4 <-> 0 access\nend\n", "device 4 out of range");
    check_bad(HEAD "peer-limit 0\nend\n", "peer-limit N");
    check_bad(HEAD "peer-limit 8\npeer-limit 8\nend\n", "given twice");
    check_bad(HEAD "default memory 16Q\nend\n", "unknown unit 'Q'");
    check_bad(HEAD "link 1 -> 1 access\nend\n", "to itself");
    /* Ranges that include a device with itself skip that pair; sizes take the short units. */
    char msg[512] = "";
    char path[] = "/tmp/urpeer-links-XXXXXX";
    int fd = mkstemp(path);
    if (!(fd >= 0)) {
        CHECK(fd >= 0);
        exit(test_summary("sim_links"));
    }
    FILE *f = fdopen(fd, "w");
    if (!(f != NULL)) {
        CHECK(f != NULL);
        exit(test_summary("sim_links"));
    }
    fputs(HEAD "default memory 2G\nlink 0-3 <-> 0-3 access type XGMI2\nend\n", f);
    fclose(f);
    CHECK_UR(UR_RESULT_SUCCESS, urpeerSimCheckTopology(path, msg, sizeof(msg)));
    remove(path);
#undef HEAD
}

int main(void)
{
    REQUIRE_UR(UR_RESULT_SUCCESS, sim_open(TOPO_DIR "/links.topo", &n));
    if (!(n.ndev == 11)) {
        CHECK(n.ndev == 11);
        exit(test_summary("sim_links"));
    }
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(n.ndev, n.dev, NULL, &ctx));
    check_types();
    check_faults();
    check_peer_limit();
    urContextRelease(ctx);
    sim_close(&n);
    check_parser();
    return test_summary("sim_links");
}
