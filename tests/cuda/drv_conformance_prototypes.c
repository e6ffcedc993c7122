/* SPDX-License-Identifier: MIT */
/*
 * cuda_drv.h against the official headers, prototypes half: with UPCU_USE_OFFICIAL_TYPES the
 * header's handle and enum types are cuda.h's own, so each upcu_<name>_fn must be exactly the
 * type of
 *   - the exported symbol the adapter falls back to (cuda.h's declaration of e.g. cuMemAlloc_v2),
 *   - and the variant cuGetProcAddress hands out at the version the adapter asks for
 *     (cudaTypedefs.h's PFN_<name>_v<version>, e.g. PFN_cuCtxSynchronize_v2000, not the
 *     CUDA 13 variant that takes a context).
 * Any difference fails the build of this test.
 */
#include <cuda.h>
#if defined(__has_include)
#if __has_include(<cudaTypedefs.h>)
#include <cudaTypedefs.h>
#define DRV_HAVE_TYPEDEFS 1
#endif
#endif

#define UPCU_USE_OFFICIAL_TYPES 1
#include "cuda_drv.h"
#include "drv_conformance.h"

#define DRV_COMPATIBLE(a, b) __builtin_types_compatible_p(a, b)

DRV_CONSTANTS(DRV_SAME_VALUE)

#define DRV_SAME_DECL(name, symbol, version, params)                                               \
    _Static_assert(DRV_COMPATIBLE(upcu_##name##_fn, __typeof__(&symbol)),                          \
                   "upcu_" #name "_fn differs from cuda.h's " #symbol);
UPCU_ENTRY_POINTS(DRV_SAME_DECL)

/* The test entry points whose exported symbol cuda.h declares under its own name (CUDA 13's
 * public header no longer declares cuCtxCreate_v2), against that declaration too. */
#define DRV_TEST_SYMBOLS(X)                                                                        \
    X(cuDevicePrimaryCtxGetState)                                                                  \
    X(cuMemcpyPeerAsync)                                                                           \
    X(cuModuleLoadData) X(cuModuleGetFunction) X(cuModuleUnload) X(cuLaunchKernel)
#define DRV_SAME_TEST_DECL(symbol)                                                                 \
    _Static_assert(DRV_COMPATIBLE(upcu_##symbol##_fn, __typeof__(&symbol)),                        \
                   "upcu_" #symbol "_fn differs from cuda.h's " #symbol);
DRV_TEST_SYMBOLS(DRV_SAME_TEST_DECL)

#define DRV_ONE(name, symbol, version, params) +1
#define DRV_ONE_SYMBOL(symbol) +1
enum {
    DRV_ENTRY_POINTS = 0 UPCU_ENTRY_POINTS(DRV_ONE),
    DRV_TEST_ENTRY_POINTS = 0 UPCU_TEST_ENTRY_POINTS(DRV_ONE),
    DRV_TEST_SYMBOL_CHECKS = 0 DRV_TEST_SYMBOLS(DRV_ONE_SYMBOL),
};

#ifdef DRV_HAVE_TYPEDEFS
#define DRV_SAME_PFN(name, symbol, version, params)                                                \
    _Static_assert(DRV_COMPATIBLE(upcu_##name##_fn, PFN_##name##_v##version),                      \
                   "upcu_" #name "_fn differs from cudaTypedefs.h's PFN_" #name "_v" #version);
UPCU_ENTRY_POINTS(DRV_SAME_PFN)
UPCU_TEST_ENTRY_POINTS(DRV_SAME_PFN)

_Static_assert(DRV_COMPATIBLE(upcu_cuGetProcAddress_v2_fn, PFN_cuGetProcAddress_v12000),
               "upcu_cuGetProcAddress_v2_fn differs from PFN_cuGetProcAddress_v12000");
_Static_assert(DRV_COMPATIBLE(upcu_cuGetProcAddress_fn, PFN_cuGetProcAddress_v11030),
               "upcu_cuGetProcAddress_fn differs from PFN_cuGetProcAddress_v11030");

/* The comparison does tell variants apart. */
_Static_assert(!DRV_COMPATIBLE(upcu_cuMemsetD8Async_fn, PFN_cuMemsetD16Async_v3020),
               "type comparison is blind");
#if CUDA_VERSION >= 13000
_Static_assert(!DRV_COMPATIBLE(upcu_cuCtxSynchronize_fn, PFN_cuCtxSynchronize_v13000),
               "cuCtxSynchronize: the CUDA 13 variant must not match");
#endif
#define DRV_PFN_CHECKS (DRV_ENTRY_POINTS + DRV_TEST_ENTRY_POINTS + 2)
#else
#define DRV_PFN_CHECKS 0
#endif

int drv_conformance_prototypes(void)
{
    return DRV_CONSTANT_COUNT + DRV_ENTRY_POINTS + DRV_TEST_SYMBOL_CHECKS + DRV_PFN_CHECKS;
}

int drv_conformance_cuda_version(void)
{
    return CUDA_VERSION;
}
