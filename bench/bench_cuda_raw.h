/* SPDX-License-Identifier: MIT */
/* The raw CUDA driver, for the benchmarks' side-by-side figures: libcuda.so.1 opened with dlopen
 * and the exact symbols the CUDA adapter uses resolved with dlsym (declarations shared with the
 * adapter's private header). */
#ifndef URPEER_BENCH_CUDA_RAW_H
#define URPEER_BENCH_CUDA_RAW_H

#include "adapters/cuda/cuda_drv.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <stdio.h>

struct raw_cuda {
    struct upcu_api f;
    bool ok;
};

/* Returns false (and leaves r->ok false) where there is no driver. */
static inline bool raw_cuda_open(struct raw_cuda *r)
{
    r->ok = false;
    void *lib = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL)
        return false;
#define RAW_RESOLVE(name, symbol, version, params)                                                 \
    *(void **)&r->f.name = dlsym(lib, #symbol);                                                    \
    if (r->f.name == NULL) {                                                                       \
        fprintf(stderr, "bench: libcuda.so.1 has no %s\n", #symbol);                               \
        return false;                                                                              \
    }
    UPCU_ENTRY_POINTS(RAW_RESOLVE)
#undef RAW_RESOLVE
    r->ok = r->f.cuInit(0) == 0;
    return r->ok;
}

#endif /* URPEER_BENCH_CUDA_RAW_H */
