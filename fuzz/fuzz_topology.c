/* SPDX-License-Identifier: MIT */
/*
 * Fuzzer of the simulated node's topology parser (docs/topology-format.md), through the public
 * urpeerSimCheckTopology on a file holding the input.
 *
 * Checked for every input: the parser answers SUCCESS or INVALID_VALUE only; a refusal comes with
 * a one-line message "FILE:LINE: reason" whose line exists in the input; the message is the same
 * when asked twice and truncates cleanly into small buffers. A file the parser accepts must load:
 * urLoaderInit on it succeeds and the node it describes is sane (1 to 128 devices, memory sizes in
 * range, self pairs with access, atomics only with access).
 */
#include "fuzz_input.h"

#include "ur_api.h"
#include "urpeer.h"

static struct fuzz_file file;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    setenv("URPEER_LOG", "error", 0);
    fuzz_file_open(&file);
    return 0;
}

static size_t count_lines(const uint8_t *data, size_t size)
{
    size_t n = 1;
    for (size_t i = 0; i < size; i++)
        n += data[i] == '\n';
    return n;
}

/* "PATH:LINE: reason" with LINE <= max_line, a non-empty reason, one line of text (a tab of the
 * input may be quoted in it). */
static void check_message(const char *msg, size_t max_line)
{
    size_t plen = strlen(file.path);
    FUZZ_CHECK(strncmp(msg, file.path, plen) == 0 && msg[plen] == ':', "message '%s'", msg);
    const char *p = msg + plen + 1;
    char *end = NULL;
    unsigned long line = strtoul(p, &end, 10);
    FUZZ_CHECK(end != p && end[0] == ':' && end[1] == ' ' && end[2] != '\0', "message '%s'", msg);
    FUZZ_CHECK(line >= 1 && line <= max_line, "line %lu of %zu in '%s'", line, max_line, msg);
    for (const char *c = msg; *c; c++)
        FUZZ_CHECK((unsigned char)*c >= 0x20 || *c == '\t', "control character in '%s'", msg);
}

static int peer_int(ur_device_handle_t a, ur_device_handle_t b, uint32_t prop)
{
    int v = -1;
    ur_result_t r =
        urUsmP2PPeerAccessGetInfoExp(a, b, (ur_exp_peer_info_t)prop, sizeof(v), &v, NULL);
    FUZZ_CHECK(r == UR_RESULT_SUCCESS || r == UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION,
               "peer info %#x: %s", prop, urpeerResultString(r));
    return r == UR_RESULT_SUCCESS ? v : -1;
}

/* The accepted file loads, and the node it describes is sane. */
static void load_and_check(void)
{
    ur_loader_config_handle_t cfg = NULL;
    FUZZ_CHECK(urLoaderConfigCreate(&cfg) == UR_RESULT_SUCCESS, "config");
    FUZZ_CHECK(urpeerLoaderConfigSetAdapters(cfg, "sim") == UR_RESULT_SUCCESS, "adapters");
    FUZZ_CHECK(urpeerLoaderConfigSetSimulation(cfg, file.path) == UR_RESULT_SUCCESS, "spec");
    ur_result_t r = urLoaderInit(0, cfg);
    urLoaderConfigRelease(cfg);
    FUZZ_CHECK(r == UR_RESULT_SUCCESS, "accepted topology does not load: %s",
               urpeerResultString(r));

    ur_adapter_handle_t adapter = NULL;
    ur_platform_handle_t platform = NULL;
    uint32_t n = 0;
    FUZZ_CHECK(urAdapterGet(1, &adapter, &n) == UR_RESULT_SUCCESS && n == 1, "adapter");
    FUZZ_CHECK(urPlatformGet(adapter, 1, &platform, &n) == UR_RESULT_SUCCESS && n == 1, "platform");
    FUZZ_CHECK(urDeviceGet(platform, UR_DEVICE_TYPE_ALL, 0, NULL, &n) == UR_RESULT_SUCCESS,
               "device count");
    FUZZ_CHECK(n >= 1 && n <= 128, "%u devices", n);
    ur_device_handle_t dev[128];
    FUZZ_CHECK(urDeviceGet(platform, UR_DEVICE_TYPE_ALL, n, dev, NULL) == UR_RESULT_SUCCESS,
               "devices");
    for (uint32_t i = 0; i < n; i++) {
        uint64_t mem = 0;
        char name[300];
        size_t len = 0;
        FUZZ_CHECK(urDeviceGetInfo(dev[i], UR_DEVICE_INFO_GLOBAL_MEM_SIZE, sizeof(mem), &mem,
                                   NULL) == UR_RESULT_SUCCESS,
                   "memory size");
        FUZZ_CHECK(mem >= (1ull << 20) && mem <= (1ull << 50), "device %u memory %llu", i,
                   (unsigned long long)mem);
        FUZZ_CHECK(urDeviceGetInfo(dev[i], UR_DEVICE_INFO_NAME, sizeof(name), name, &len) ==
                       UR_RESULT_SUCCESS,
                   "name");
        FUZZ_CHECK(len >= 2 && len <= 256 && name[len - 1] == '\0' && strlen(name) == len - 1,
                   "device %u name of %zu bytes", i, len);
    }
    /* Every pair of small nodes; the first 16 devices of big ones. */
    uint32_t m = n < 16 ? n : 16;
    for (uint32_t a = 0; a < m; a++) {
        for (uint32_t b = 0; b < m; b++) {
            int access = peer_int(dev[a], dev[b], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT);
            int atomics = peer_int(dev[a], dev[b], UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT);
            FUZZ_CHECK(access == 0 || access == 1, "access %d", access);
            FUZZ_CHECK(atomics == 0 || atomics == 1, "atomics %d", atomics);
            FUZZ_CHECK(!atomics || access, "atomics without access %u -> %u", a, b);
            FUZZ_CHECK(a != b || (access && atomics), "self pair %u without access", a);
            if (a != b) {
                int rank = peer_int(dev[a], dev[b], URPEER_PEER_INFO_PERFORMANCE_RANK);
                FUZZ_CHECK(rank >= 0 && rank <= 1000000, "rank %d", rank);
                int bw = peer_int(dev[a], dev[b], URPEER_PEER_INFO_BANDWIDTH_GBPS);
                FUZZ_CHECK(bw == -1 || (bw >= 0 && bw <= 1000000), "bandwidth %d", bw);
            }
        }
    }
    FUZZ_CHECK(urAdapterRelease(adapter) == UR_RESULT_SUCCESS, "adapter release");
    FUZZ_CHECK(urLoaderTearDown() == UR_RESULT_SUCCESS, "teardown");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char msg[512], again[512], small[64];

    fuzz_file_set(&file, data, size);
    memset(msg, 0x55, sizeof(msg));
    ur_result_t r = urpeerSimCheckTopology(file.path, msg, sizeof(msg));
    FUZZ_CHECK(r == UR_RESULT_SUCCESS || r == UR_RESULT_ERROR_INVALID_VALUE, "result %s",
               urpeerResultString(r));
    if (r == UR_RESULT_SUCCESS) {
        load_and_check();
        return 0;
    }

    FUZZ_CHECK(memchr(msg, '\0', sizeof(msg)) != NULL, "message not terminated");
    check_message(msg, count_lines(data, size));

    /* On one input in eight (each parse reads the file again): the same answer again, and clean
     * truncation into a small buffer. */
    if (size % 8 != 0)
        return 0;
    FUZZ_CHECK(urpeerSimCheckTopology(file.path, again, sizeof(again)) == r, "second answer");
    FUZZ_CHECK(strcmp(msg, again) == 0, "'%s' then '%s'", msg, again);
    size_t cut = 1 + (size / 8) % (sizeof(small) - 1);
    memset(small, 0x55, sizeof(small));
    FUZZ_CHECK(urpeerSimCheckTopology(file.path, small, cut) == r, "third answer");
    FUZZ_CHECK(strlen(small) == (strlen(msg) < cut ? strlen(msg) : cut - 1), "cut at %zu", cut);
    FUZZ_CHECK(strncmp(small, msg, strlen(small)) == 0, "cut '%s' of '%s'", small, msg);
    for (size_t i = cut; i < sizeof(small); i++)
        FUZZ_CHECK((unsigned char)small[i] == 0x55, "wrote past %zu bytes", cut);
    /* No room at all: nothing written. */
    small[0] = 'x';
    FUZZ_CHECK(urpeerSimCheckTopology(file.path, small, 0) == r && small[0] == 'x', "size 0");
    FUZZ_CHECK(urpeerSimCheckTopology(file.path, NULL, 100) == r, "no buffer");
    return 0;
}
