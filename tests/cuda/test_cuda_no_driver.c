/* SPDX-License-Identifier: MIT */
/*
 * Without a usable CUDA driver the CUDA adapter reports no device, and that is not an error:
 * URPEER_CUDA_LIBRARY points at a missing file, at the toolkit's stub libcuda (cuInit fails) or
 * at a library without the CUDA entry points, depending on how CTest runs this. With argv[1]
 * "loaded", cuInit was called (and failed or found no device): the library must stay loaded after
 * urLoaderTearDown, and a second init finds zero devices again from the same copy.
 */
#include "harness.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <string.h>

static void init_and_count(const char *adapters, uint32_t *count)
{
    ur_loader_config_handle_t cfg = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&cfg));
    if (adapters)
        REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetAdapters(cfg, adapters));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderInit(0, cfg));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderConfigRelease(cfg));
    *count = 99;
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGet(0, NULL, count));
}

int main(int argc, char **argv)
{
    const char *lib = getenv("URPEER_CUDA_LIBRARY");
    bool stays_loaded = argc > 1 && strcmp(argv[1], "loaded") == 0;
    uint32_t n = 0;

    if (lib == NULL || *lib == '\0')
        SKIP("URPEER_CUDA_LIBRARY is not set: nothing to hide the driver with");
    printf("URPEER_CUDA_LIBRARY=%s\n", lib);

    /* The CUDA adapter alone: no adapter, no error. */
    init_and_count("cuda", &n);
    CHECK(n == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());

    /* A library cuInit was called on is kept; one without the entry points is not. */
    if (lib[0] == '/') {
        void *still = dlopen(lib, RTLD_NOW | RTLD_NOLOAD);
        CHECK((still != NULL) == stays_loaded);
        if (still != NULL)
            dlclose(still);
    }

    /* Twice, to see that a failed start leaves nothing behind. */
    init_and_count("cuda", &n);
    CHECK(n == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());

    /* Next to the simulated node, which still works. */
    {
        ur_loader_config_handle_t cfg = NULL;
        ur_adapter_handle_t a = NULL;
        uint32_t np = 0;
        REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&cfg));
        REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetAdapters(cfg, "cuda,sim"));
        REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetSimulation(cfg, "pair"));
        CHECK_UR(UR_RESULT_SUCCESS, urLoaderInit(0, cfg));
        CHECK_UR(UR_RESULT_SUCCESS, urLoaderConfigRelease(cfg));
        CHECK_UR(UR_RESULT_SUCCESS, urAdapterGet(0, NULL, &n));
        CHECK(n == 1);
        CHECK_UR(UR_RESULT_SUCCESS, urAdapterGet(1, &a, NULL));
        ur_backend_t backend = UR_BACKEND_CUDA;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urAdapterGetInfo(a, UR_ADAPTER_INFO_BACKEND, sizeof backend, &backend, NULL));
        CHECK(backend != UR_BACKEND_CUDA);
        CHECK_UR(UR_RESULT_SUCCESS, urPlatformGet(a, 0, NULL, &np));
        CHECK(np == 1);
        CHECK_UR(UR_RESULT_SUCCESS, urAdapterRelease(a));
        CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    }
    return test_summary("cuda_no_driver");
}
