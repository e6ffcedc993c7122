/* SPDX-License-Identifier: MIT */
/* Topology files: good ones load with what they say, bad ones are refused by both
 * urpeerSimCheckTopology and urLoaderInit with "FILE:LINE: reason", and nothing is loaded. */
#include "sim_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#ifndef TOPO_DIR
#error "TOPO_DIR must name tests/sim/topologies"
#endif

struct bad {
    const char *file; /* under TOPO_DIR, or a full path for generated files */
    unsigned line;
    const char *reason; /* a part of the message */
};

static const struct bad bad_files[] = {
    {"bad-header.topo", 2, "expected 'urpeer-topology 1'"},
    {"bad-version.topo", 1, "unsupported format version '2'"},
    {"bad-devices-zero.topo", 2, "device count 0 out of range (1 to 128)"},
    {"bad-devices-huge.topo", 3, "device count 1000000000 out of range"},
    {"bad-devices-overflow.topo", 2, "out of range (1 to 128)"},
    {"bad-devices-missing.topo", 2, "before 'devices N'"},
    {"bad-devices-twice.topo", 3, "'devices' given twice (first at line 2)"},
    {"bad-size-negative.topo", 3, "'-16GiB' is negative"},
    {"bad-size-overflow.topo", 3, "too large"},
    {"bad-size-unit.topo", 4, "unknown unit 'GB'"},
    {"bad-keyword.topo", 3, "unknown keyword 'linq'"},
    {"bad-attribute.topo", 3, "unknown link attribute 'speed'"},
    {"bad-link-range.topo", 4, "device 4 out of range"},
    {"bad-link-duplicate.topo", 4, "duplicate link 1 -> 0 (first at line 3)"},
    {"bad-link-self.topo", 3, "to itself"},
    {"bad-link-atomics.topo", 3, "'atomics' needs 'access'"},
    {"bad-rank.topo", 3, "rank -1 out of range"},
    {"bad-bandwidth.topo", 3, "bandwidth 'fast' is not a number"},
    {"bad-device-twice.topo", 4, "device 0 already described at line 3"},
    {"bad-quote.topo", 3, "unterminated quoted string"},
    {"bad-after-end.topo", 4, "after 'end'"},
    {"bad-truncated.topo", 3, "truncated file"},
    {"bad-long-line.topo", 3, "longer than 1024 characters"},
    {"bad-binary.topo", 3, "binary content"},
};

static char *path_of(const char *file)
{
    static char buf[4096];
    if (file[0] == '/')
        snprintf(buf, sizeof(buf), "%s", file);
    else
        snprintf(buf, sizeof(buf), "%s/%s", TOPO_DIR, file);
    return buf;
}

/* The spec must be refused by the checker (message FILE:LINE: reason) and by urLoaderInit, and
 * leave nothing loaded. */
static void check_bad(const char *path, unsigned line, const char *reason)
{
    char msg[512] = "";
    char prefix[4200];

    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE, urpeerSimCheckTopology(path, msg, sizeof(msg)));
    snprintf(prefix, sizeof(prefix), "%s:%u: ", path, line);
    if (strncmp(msg, prefix, strlen(prefix)) != 0 || !strstr(msg, reason)) {
        fprintf(stderr, "unexpected message for %s:\n  got:      %s\n  expected: %s...%s\n", path,
                msg, prefix, reason);
        CHECK(!"message names file, line and reason");
    } else {
        printf("refused as expected: %s\n", msg);
        CHECK(1);
    }

    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE, sim_init(path));
    /* Nothing is loaded: the loader is not initialised. */
    uint32_t count = 0;
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED, urAdapterGet(0, NULL, &count));
}

static void write_file(const char *path, const char *head, size_t filler, const char *tail)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        exit(1);
    }
    fputs(head, f);
    for (size_t i = 0; i < filler; i++)
        fputs(i % 64 == 63 ? "\n" : "#", f);
    fputs(tail, f);
    fclose(f);
}

static void check_generated(void)
{
    char dir[] = "/tmp/urpeer-topo-XXXXXX";
    char path[256];

    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        exit(1);
    }
    /* Over 1 MiB of comments: refused at the line where the limit is crossed (2 header lines, then
     * a newline every 64 bytes: 16383 of them before the limit, so line 16386). */
    snprintf(path, sizeof(path), "%s/huge.topo", dir);
    write_file(path, "urpeer-topology 1\ndevices 2\n", (1u << 20) + 100, "\nend\n");
    check_bad(path, 16386, "file too large");
    remove(path);

    snprintf(path, sizeof(path), "%s/empty.topo", dir);
    write_file(path, "", 0, "");
    check_bad(path, 1, "empty file");
    remove(path);

    snprintf(path, sizeof(path), "%s/missing.topo", dir);
    check_bad(path, 0, "cannot open");

    check_bad(dir, 0, "cannot read");
    rmdir(dir);

    /* Neither a preset nor a file. */
    check_bad("pair2", 0, "cannot open");
}

static void check_good_full(void)
{
    struct simnode n;
    char name[256];
    uint64_t mem = 0;
    ur_result_t r;
    char msg[512] = "x";

    CHECK_UR(UR_RESULT_SUCCESS,
             urpeerSimCheckTopology(path_of("good-full.topo"), msg, sizeof(msg)));
    REQUIRE_UR(UR_RESULT_SUCCESS, sim_open(path_of("good-full.topo"), &n));
    CHECK(n.ndev == 4);
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(n.dev[0], UR_DEVICE_INFO_NAME, sizeof(name), name, NULL));
    CHECK(strcmp(name, "Model X (left)") == 0);
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(n.dev[3], UR_DEVICE_INFO_NAME, sizeof(name), name, NULL));
    CHECK(strcmp(name, "Model X \"right\"") == 0);
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(n.dev[1], UR_DEVICE_INFO_NAME, sizeof(name), name, NULL));
    CHECK(strcmp(name, "urpeer simulated GPU 1") == 0);
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(n.dev[3], UR_DEVICE_INFO_GLOBAL_MEM_SIZE, sizeof(mem), &mem, NULL));
    CHECK(mem == 80ull << 30);
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(n.dev[2], UR_DEVICE_INFO_GLOBAL_MEM_SIZE, sizeof(mem), &mem, NULL));
    CHECK(mem == 32ull << 30);

    const int A = UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT;
    const int T = UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT;
    CHECK(peer_info(n.dev[0], n.dev[1], A, NULL) == 1 && peer_info(n.dev[1], n.dev[0], T, NULL));
    CHECK(peer_info(n.dev[2], n.dev[0], A, NULL) == 1 &&
          peer_info(n.dev[2], n.dev[0], T, NULL) == 0);
    CHECK(peer_info(n.dev[1], n.dev[3], A, NULL) == 1);
    CHECK(peer_info(n.dev[3], n.dev[1], A, NULL) == 0);
    CHECK(peer_info(n.dev[3], n.dev[1], URPEER_PEER_INFO_PERFORMANCE_RANK, NULL) == 3);
    CHECK(peer_info(n.dev[1], n.dev[3], URPEER_PEER_INFO_BANDWIDTH_GBPS, NULL) == 25);
    /* 25.5 GB/s, reported rounded */
    CHECK(peer_info(n.dev[0], n.dev[2], URPEER_PEER_INFO_BANDWIDTH_GBPS, NULL) == 26);
    CHECK(peer_info(n.dev[0], n.dev[1], URPEER_PEER_INFO_BANDWIDTH_GBPS, NULL) == 450);
    /* Not mentioned: no access, unknown bandwidth. */
    CHECK(peer_info(n.dev[0], n.dev[3], A, NULL) == 0);
    (void)peer_info(n.dev[0], n.dev[3], URPEER_PEER_INFO_BANDWIDTH_GBPS, &r);
    CHECK(r == UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION);
    sim_close(&n);
}

static void check_good_crlf(void)
{
    struct simnode n;
    char name[256];
    uint64_t mem = 0;

    REQUIRE_UR(UR_RESULT_SUCCESS, sim_open(path_of("good-crlf.topo"), &n));
    CHECK(n.ndev == 3);
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(n.dev[2], UR_DEVICE_INFO_NAME, sizeof(name), name, NULL));
    CHECK(strcmp(name, "Lab GPU 2") == 0);
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(n.dev[1], UR_DEVICE_INFO_GLOBAL_MEM_SIZE, sizeof(mem), &mem, NULL));
    CHECK(mem == 512ull << 20);
    for (uint32_t b = 1; b < 3; b++) {
        CHECK(peer_info(n.dev[0], n.dev[b], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, NULL) == 1);
        CHECK(peer_info(n.dev[b], n.dev[0], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, NULL) == 0);
        CHECK(peer_info(n.dev[0], n.dev[b], URPEER_PEER_INFO_PERFORMANCE_RANK, NULL) == 2);
        CHECK(peer_info(n.dev[0], n.dev[b], URPEER_PEER_INFO_BANDWIDTH_GBPS, NULL) == 13);
    }
    sim_close(&n);
}

int main(void)
{
    /* Presets are accepted by the checker too. */
    CHECK_UR(UR_RESULT_SUCCESS, urpeerSimCheckTopology("pcie4", NULL, 0));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER, urpeerSimCheckTopology(NULL, NULL, 0));

    for (size_t i = 0; i < sizeof(bad_files) / sizeof(bad_files[0]); i++)
        check_bad(path_of(bad_files[i].file), bad_files[i].line, bad_files[i].reason);
    check_generated();

    /* A short message buffer gets a truncated, terminated message. */
    {
        char small[8];
        memset(small, 'x', sizeof(small));
        CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE,
                 urpeerSimCheckTopology(path_of("bad-keyword.topo"), small, sizeof(small)));
        CHECK(small[7] == '\0');
    }

    check_good_full();
    check_good_crlf();
    CHECK_UR(UR_RESULT_SUCCESS, urpeerSimCheckTopology(path_of("good-128.topo"), NULL, 0));
    return test_summary("sim_topology");
}
