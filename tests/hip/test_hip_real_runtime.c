/* SPDX-License-Identifier: MIT */
/*
 * The HIP adapter against the real HIP runtime (libamdhip64, e.g. Debian's libamdhip64-5).
 *
 * On a machine without an AMD GPU (CI), the runtime loads, every entry point the adapter needs
 * resolves, hipInit or hipGetDeviceCount reports no device, and urpeer shows zero HIP devices
 * without an error or a crash. On a machine with AMD GPUs, the devices are listed and their
 * basic properties and peer queries checked. Skipped (exit 77) where no runtime is installed.
 */
#include "harness.h"
#include "stderr_capture.h"

#include <dlfcn.h>
#include <string.h>
#include <unistd.h>

static const char *const names[] = {"libamdhip64.so.7", "libamdhip64.so.6", "libamdhip64.so.5",
                                    "libamdhip64.so"};

static void check_devices(ur_adapter_handle_t adapter)
{
    ur_platform_handle_t platform;
    ur_device_handle_t dev[64];
    uint32_t ndev = 0;

    REQUIRE_UR(UR_RESULT_SUCCESS, urPlatformGet(adapter, 1, &platform, NULL));
    REQUIRE_UR(UR_RESULT_SUCCESS, urDeviceGet(platform, UR_DEVICE_TYPE_ALL, 64, dev, &ndev));
    CHECK(ndev > 0);
    if (ndev > 64)
        ndev = 64;
    for (uint32_t i = 0; i < ndev; i++) {
        char name[256] = "";
        uint32_t vendor = 0;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(dev[i], UR_DEVICE_INFO_NAME, sizeof(name), name, NULL));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(dev[i], UR_DEVICE_INFO_VENDOR_ID, sizeof(vendor), &vendor, NULL));
        CHECK(vendor == 0x1002);
        printf("device %u: %s\n", i, name);
        for (uint32_t j = 0; j < ndev; j++) {
            int access = -1;
            CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PPeerAccessGetInfoExp(
                                            dev[i], dev[j], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT,
                                            sizeof(access), &access, NULL));
            CHECK(access == 0 || access == 1);
        }
    }
}

int main(void)
{
    const char *found = NULL;
    ur_loader_config_handle_t cfg;
    ur_adapter_handle_t adapter = NULL;
    char log[16384];
    uint32_t n = 99;
    int saved_stderr;

    /* The handle stays open: the runtime's static initialisers allocate memory that an unload
     * loses (LeakSanitizer reports it), and urpeer unloads a runtime that found no device. */
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]) && found == NULL; i++) {
        if (dlopen(names[i], RTLD_NOW | RTLD_LOCAL) != NULL)
            found = names[i];
    }
    if (found == NULL)
        SKIP("no HIP runtime (libamdhip64) can be loaded here; install libamdhip64-5 or ROCm");
    printf("HIP runtime: %s\n", found);

    /* The real runtime, whatever the environment says, with the adapter's log captured. */
    unsetenv("URPEER_HIP_LIBRARY");
    setenv("URPEER_LOG", "debug", 1);
    saved_stderr = capture_begin();

    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetAdapters(cfg, "hip"));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderInit(0, cfg));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderConfigRelease(cfg));
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGet(0, NULL, &n));

    capture_end(saved_stderr, log, sizeof(log));

    /* The runtime was opened and has every entry point the adapter resolves. */
    CHECK(strstr(log, "urpeer/hip: loaded libamdhip64.so") != NULL);
    CHECK(strstr(log, " lacks hip") == NULL);
    if (n == 0) {
        /* No device: the reason came from the runtime itself. */
        CHECK(strstr(log, "urpeer/hip: hipInit: ") != NULL ||
              strstr(log, "urpeer/hip: hipGetDeviceCount: ") != NULL);
        printf("no HIP device: zero platforms, as expected without a GPU\n");
    } else {
        CHECK(n == 1);
        REQUIRE_UR(UR_RESULT_SUCCESS, urAdapterGet(1, &adapter, NULL));
        check_devices(adapter);
        CHECK_UR(UR_RESULT_SUCCESS, urAdapterRelease(adapter));
    }
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    return test_summary("hip_real_runtime");
}
