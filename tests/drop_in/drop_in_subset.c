/* SPDX-License-Identifier: MIT */
/*
 * A program written for upstream's Unified Runtime: it includes only <unified-runtime/ur_api.h>,
 * is linked (immediate binding) against a stand-in libur_loader.so.0 that defines only urpeer's
 * subset, and runs against urpeer's libur_loader.so.0.
 *
 * Discover two devices, query and enable peer access both ways, allocate on both, fill on one,
 * copy across, copy back to the host, verify, disable, release everything, tear down.
 * Exit status: 0 verified, 1 error.
 */
#include <unified-runtime/ur_api.h>

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SIZE (1u << 20)

static int failed;

#define TRY(call)                                                                                  \
    do {                                                                                           \
        ur_result_t res_ = (call);                                                                 \
        if (res_ != UR_RESULT_SUCCESS) {                                                           \
            fprintf(stderr, "drop_in_subset: %s failed: %d\n", #call, (int)res_);                  \
            failed = 1;                                                                            \
            goto out;                                                                              \
        }                                                                                          \
    } while (0)

/* Say which library answers the UR API (the test runs it against urpeer's). */
static void print_provider(void)
{
    Dl_info info;
    union {
        ur_result_t (*fn)(ur_device_init_flags_t, ur_loader_config_handle_t);
        void *obj;
    } addr = {.fn = urLoaderInit};
    if (dladdr(addr.obj, &info) != 0 && info.dli_fname != NULL)
        printf("urLoaderInit from %s\n", info.dli_fname);
}

int main(void)
{
    ur_adapter_handle_t adapter = NULL;
    ur_platform_handle_t platform = NULL;
    ur_device_handle_t dev[2] = {NULL, NULL};
    ur_context_handle_t ctx = NULL;
    ur_queue_handle_t queue = NULL;
    void *mem[2] = {NULL, NULL};
    unsigned char *host = NULL;
    ur_event_handle_t done = NULL;
    bool enabled[2] = {false, false};
    bool initialized = false;
    uint32_t n = 0;

    print_provider();
    TRY(urLoaderInit(0, NULL));
    initialized = true;
    TRY(urAdapterGet(1, &adapter, &n));
    TRY(urPlatformGet(adapter, 1, &platform, &n));
    TRY(urDeviceGet(platform, UR_DEVICE_TYPE_GPU, 0, NULL, &n));
    if (n < 2) {
        fprintf(stderr, "drop_in_subset: %u device(s), need 2\n", n);
        failed = 1;
        goto out;
    }
    TRY(urDeviceGet(platform, UR_DEVICE_TYPE_GPU, 2, dev, NULL));

    for (int i = 0; i < 2; i++) {
        char name[256];
        ur_bool_t p2p = 0;
        TRY(urDeviceGetInfo(dev[i], UR_DEVICE_INFO_NAME, sizeof(name), name, NULL));
        TRY(urDeviceGetInfo(dev[i], UR_DEVICE_INFO_USM_P2P_SUPPORT_EXP, sizeof(p2p), &p2p, NULL));
        printf("device %d: %s, USM P2P %s\n", i, name, p2p ? "supported" : "not supported");
        if (!p2p)
            continue;
        int access = 0, atomics = 0;
        TRY(urUsmP2PPeerAccessGetInfoExp(dev[i], dev[1 - i],
                                         UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, sizeof(access),
                                         &access, NULL));
        TRY(urUsmP2PPeerAccessGetInfoExp(dev[i], dev[1 - i],
                                         UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT, sizeof(atomics),
                                         &atomics, NULL));
        printf("  peer access %d -> %d: %s, atomics: %s\n", i, 1 - i, access ? "yes" : "no",
               atomics ? "yes" : "no");
        if (access) {
            TRY(urUsmP2PEnablePeerAccessExp(dev[i], dev[1 - i]));
            enabled[i] = true;
        }
    }

    TRY(urContextCreate(2, dev, NULL, &ctx));
    TRY(urQueueCreate(ctx, dev[0], NULL, &queue));
    TRY(urUSMDeviceAlloc(ctx, dev[0], NULL, NULL, SIZE, &mem[0]));
    TRY(urUSMDeviceAlloc(ctx, dev[1], NULL, NULL, SIZE, &mem[1]));
    TRY(urUSMHostAlloc(ctx, NULL, NULL, SIZE, (void **)&host));

    const uint32_t pattern = 0xc0ffee42u;
    TRY(urEnqueueUSMFill(queue, mem[1], sizeof(pattern), &pattern, SIZE, 0, NULL, NULL));
    TRY(urEnqueueUSMMemcpy(queue, false, mem[0], mem[1], SIZE, 0, NULL, NULL));
    TRY(urEnqueueUSMMemcpy(queue, false, host, mem[0], SIZE, 0, NULL, &done));
    TRY(urEventWait(1, &done));
    TRY(urQueueFinish(queue));

    for (size_t i = 0; i < SIZE; i += sizeof(pattern)) {
        uint32_t v;
        memcpy(&v, host + i, sizeof(v));
        if (v != pattern) {
            fprintf(stderr, "drop_in_subset: data differs at byte %zu\n", i);
            failed = 1;
            goto out;
        }
    }
    printf("filled device 1, copied to device 0 and back to the host: %u bytes verified\n", SIZE);

out:
    if (done != NULL && urEventRelease(done) != UR_RESULT_SUCCESS)
        failed = 1;
    if (host != NULL && urUSMFree(ctx, host) != UR_RESULT_SUCCESS)
        failed = 1;
    for (int i = 0; i < 2; i++)
        if (mem[i] != NULL && urUSMFree(ctx, mem[i]) != UR_RESULT_SUCCESS)
            failed = 1;
    if (queue != NULL && urQueueRelease(queue) != UR_RESULT_SUCCESS)
        failed = 1;
    if (ctx != NULL && urContextRelease(ctx) != UR_RESULT_SUCCESS)
        failed = 1;
    for (int i = 0; i < 2; i++)
        if (enabled[i] && urUsmP2PDisablePeerAccessExp(dev[i], dev[1 - i]) != UR_RESULT_SUCCESS)
            failed = 1;
    if (adapter != NULL && urAdapterRelease(adapter) != UR_RESULT_SUCCESS)
        failed = 1;
    if (initialized && urLoaderTearDown() != UR_RESULT_SUCCESS)
        failed = 1;
    printf("drop_in_subset: %s\n", failed ? "FAILED" : "passed");
    return failed;
}
