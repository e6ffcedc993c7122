/* SPDX-License-Identifier: MIT */
/*
 * Start-up cost, in a fresh process: `cuda_startup raw` times what any CUDA program pays (load
 * libcuda, cuInit, list the devices and read their names); `cuda_startup urpeer` times
 * urLoaderInit through to the device list on the CUDA adapter. The goal is urpeer within 5 ms of
 * raw. Run each a few times (tests/cuda/gpu_suite.sh does); as a CTest it runs both once.
 */
#include "cuda_env.h"

#include <time.h>

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static double time_raw(void)
{
    double t0 = now_ms();
    raw_cuda_open(); /* dlopen, dlsym, cuInit, cuDeviceGetCount, cuDeviceGet */
    for (int i = 0; i < raw.ndev; i++) {
        char name[256];
        CHECK_CU(raw.api.cuDeviceGetName(name, sizeof name, raw.dev[i]));
    }
    return now_ms() - t0;
}

static double time_urpeer(void)
{
    struct cuda_env env;
    double t0 = now_ms();
    cuda_env_open(&env);
    double t = now_ms() - t0;
    cuda_env_close(&env);
    return t;
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "both";

    if (strcmp(mode, "raw") == 0) {
        printf("raw CUDA start-up: %.2f ms\n", time_raw());
    } else if (strcmp(mode, "urpeer") == 0) {
        /* Skip cleanly where there is no GPU, without initialising CUDA in this process. */
        void *lib = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
        if (lib == NULL)
            SKIP("no CUDA driver");
        printf("urpeer CUDA start-up: %.2f ms\n", time_urpeer());
    } else {
        double r = time_raw(); /* skips without a GPU */
        double u = time_urpeer();
        printf("raw %.2f ms, then urpeer %.2f ms (driver already initialised)\n", r, u);
    }
    return test_summary("cuda_startup");
}
