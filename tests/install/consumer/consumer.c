/* SPDX-License-Identifier: MIT */
/* Uses both public headers of an installed urpeer: runs on the simulated node. */
#include <unified-runtime/ur_api.h>
#include <urpeer.h>

#include <stdio.h>

int main(void)
{
    ur_loader_config_handle_t cfg;
    uint32_t version = 0, n = 0;
    if (urpeerGetVersion(&version, NULL) != UR_RESULT_SUCCESS || urLoaderConfigCreate(&cfg) ||
        urpeerLoaderConfigSetAdapters(cfg, "sim") || urpeerLoaderConfigSetSimulation(cfg, "pair") ||
        urLoaderInit(0, cfg) || urAdapterGet(0, NULL, &n))
        return 1;
    urLoaderConfigRelease(cfg);
    urLoaderTearDown();
    printf("consumer: urpeer %u, %u adapter(s)\n", version, n);
    return n == 1 ? 0 : 1;
}
