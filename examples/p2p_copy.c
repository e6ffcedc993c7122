/* SPDX-License-Identifier: MIT */
/*
 * p2p_copy: discover devices, query and enable peer access, allocate on two devices, fill,
 * copy peer to local, verify, disable, tear down.
 *
 * Runs on real GPUs, or on the simulated node:  URPEER_SIM=pair ./p2p_copy
 * Uses only the upstream UR API (any UR implementation runs it), so it includes only ur_api.h.
 * Exit status: 0 data verified, 1 error, 77 fewer than two devices.
 */
#include <unified-runtime/ur_api.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SIZE (4u << 20)

#define TRY(call)                                                                                  \
    do {                                                                                           \
        ur_result_t res_ = (call);                                                                 \
        if (res_ != UR_RESULT_SUCCESS) {                                                           \
            fprintf(stderr, "p2p_copy: %s failed: %d\n", #call, (int)res_);                        \
            goto out;                                                                              \
        }                                                                                          \
    } while (0)

int main(void)
{
    int status = 1;
    ur_adapter_handle_t adapter = NULL;
    ur_platform_handle_t platform = NULL;
    ur_device_handle_t dev[2];
    ur_context_handle_t ctx = NULL;
    ur_queue_handle_t queue = NULL;
    void *local = NULL, *remote = NULL;
    unsigned char *host = NULL;
    uint32_t n = 0;
    int enabled = 0;

    TRY(urLoaderInit(0, NULL));
    /* The first adapter with a platform of at least two devices. */
    TRY(urAdapterGet(0, NULL, &n));
    ur_adapter_handle_t adapters[8];
    if (n > 8)
        n = 8;
    if (n > 0)
        TRY(urAdapterGet(n, adapters, NULL));
    for (uint32_t a = 0; a < n && platform == NULL; a++) {
        uint32_t np = 0, nd = 0;
        ur_platform_handle_t p;
        if (urPlatformGet(adapters[a], 1, &p, &np) != UR_RESULT_SUCCESS || np == 0)
            continue;
        if (urDeviceGet(p, UR_DEVICE_TYPE_ALL, 0, NULL, &nd) == UR_RESULT_SUCCESS && nd >= 2) {
            platform = p;
            adapter = adapters[a];
        }
    }
    for (uint32_t a = 0; a < n; a++)
        if (adapters[a] != adapter)
            urAdapterRelease(adapters[a]);
    if (platform == NULL) {
        printf("p2p_copy: no platform with two devices (set URPEER_SIM=pair to simulate one)\n");
        status = 77;
        goto out;
    }
    TRY(urDeviceGet(platform, UR_DEVICE_TYPE_ALL, 2, dev, NULL));

    char name[2][256];
    for (int i = 0; i < 2; i++)
        TRY(urDeviceGetInfo(dev[i], UR_DEVICE_INFO_NAME, sizeof(name[i]), name[i], NULL));
    ur_bool_t p2p = 0;
    TRY(urDeviceGetInfo(dev[0], UR_DEVICE_INFO_USM_P2P_SUPPORT_EXP, sizeof(p2p), &p2p, NULL));
    int access = 0, atomics = 0;
    if (p2p) {
        TRY(urUsmP2PPeerAccessGetInfoExp(dev[0], dev[1], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT,
                                         sizeof(access), &access, NULL));
        TRY(urUsmP2PPeerAccessGetInfoExp(dev[0], dev[1], UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT,
                                         sizeof(atomics), &atomics, NULL));
    }
    printf("device 0: %s\ndevice 1: %s\npeer access 0 -> 1: %s, atomics: %s\n", name[0], name[1],
           access ? "yes" : "no", atomics ? "yes" : "no");
    if (access) {
        TRY(urUsmP2PEnablePeerAccessExp(dev[0], dev[1])); /* device 0 may now access device 1 */
        enabled = 1;
    }

    TRY(urContextCreate(2, dev, NULL, &ctx));
    TRY(urQueueCreate(ctx, dev[0], NULL, &queue));
    TRY(urUSMDeviceAlloc(ctx, dev[0], NULL, NULL, SIZE, &local));
    TRY(urUSMDeviceAlloc(ctx, dev[1], NULL, NULL, SIZE, &remote));
    TRY(urUSMHostAlloc(ctx, NULL, NULL, SIZE, (void **)&host));

    const uint32_t pattern = 0x5eed1234u;
    TRY(urEnqueueUSMFill(queue, remote, sizeof(pattern), &pattern, SIZE, 0, NULL, NULL));
    /* peer to local: over the link when access is enabled, staged through the host otherwise */
    TRY(urEnqueueUSMMemcpy(queue, false, local, remote, SIZE, 0, NULL, NULL));
    ur_event_handle_t done = NULL;
    TRY(urEnqueueUSMMemcpy(queue, false, host, local, SIZE, 0, NULL, &done));
    TRY(urEventWait(1, &done));
    TRY(urEventRelease(done));

    for (size_t i = 0; i < SIZE; i += sizeof(pattern)) {
        uint32_t v;
        memcpy(&v, host + i, sizeof(v));
        if (v != pattern) {
            fprintf(stderr, "p2p_copy: data differs at byte %zu\n", i);
            goto out;
        }
    }
    printf("copied %u bytes from device 1 to device 0 (%s): verified\n", SIZE,
           enabled ? "peer access enabled" : "staged, no peer access");
    status = 0;

out:
    if (host)
        urUSMFree(ctx, host);
    if (remote)
        urUSMFree(ctx, remote);
    if (local)
        urUSMFree(ctx, local);
    if (queue)
        urQueueRelease(queue);
    if (ctx)
        urContextRelease(ctx);
    if (enabled && urUsmP2PDisablePeerAccessExp(dev[0], dev[1]) != UR_RESULT_SUCCESS)
        status = 1;
    if (adapter)
        urAdapterRelease(adapter);
    urLoaderTearDown();
    return status;
}
