/* SPDX-License-Identifier: MIT */
/* URPEER_SIM_FAULTS: faults armed at start-up ("good"), or a malformed value that makes
 * urLoaderInit fail ("bad"). The environment comes from the test's registration. */
#include "sim_common.h"

#include <stdio.h>

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "good";

    if (strcmp(mode, "bad") == 0) {
        uint32_t count = 0;
        printf("URPEER_SIM_FAULTS=%s\n", getenv("URPEER_SIM_FAULTS"));
        CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE, sim_init(NULL));
        CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED, urAdapterGet(0, NULL, &count));
        return test_summary("sim_faults_env_bad");
    }

    /* URPEER_SIM=pair URPEER_SIM_FAULTS=device_alloc:2,peer_enable:1:711,copy:1:999 */
    struct simnode n;
    ur_context_handle_t ctx;
    void *a = NULL, *b = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, sim_open(NULL, &n));
    CHECK(n.ndev == 2);
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(2, n.dev, NULL, &ctx));
    ur_queue_handle_t q = make_queue(ctx, n.dev[0], 0);
    CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, n.dev[0], NULL, NULL, 64, &a));
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY,
             urUSMDeviceAlloc(ctx, n.dev[1], NULL, NULL, 64, &b));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, n.dev[1], NULL, NULL, 64, &b));
    CHECK_UR(UR_RESULT_ERROR_OUT_OF_RESOURCES, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[1]));
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(n.dev[0], n.dev[1]));
    CHECK_UR(UR_RESULT_ERROR_ADAPTER_SPECIFIC,
             urEnqueueUSMMemcpy(q, true, b, a, 64, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, b, a, 64, 0, NULL, NULL));
    CHECK(sim_stats(&n).faultsInjected == 3);
    CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(n.dev[0], n.dev[1]));
    urUSMFree(ctx, a);
    urUSMFree(ctx, b);
    urQueueRelease(q);
    urContextRelease(ctx);
    sim_close(&n);
    return test_summary("sim_faults_env");
}
