/* SPDX-License-Identifier: MIT */
/* Loading the Level Zero library at run time (never linked) and initialising its drivers. */
#include "adapters/level_zero/lz_internal.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct upze_fns lz_fn;

/* The library stays loaded once opened: GPU drivers are not made to be unloaded while the
 * process runs, and a later urLoaderInit reuses it. */
static pthread_mutex_t lib_lock = PTHREAD_MUTEX_INITIALIZER;
static void *lib_handle;
static char lib_path[4096];

/* Resolve every entry point into *fns; false if a required one is missing. */
static bool resolve(void *handle, struct upze_fns *fns, const char *path)
{
    memset(fns, 0, sizeof(*fns));
#define LZ_RESOLVE_(name, required, params)                                                        \
    {                                                                                              \
        void *sym = dlsym(handle, #name);                                                          \
        if (sym == NULL && (required)) {                                                           \
            UP_INFO(LZ_LOG, "%s has no %s: not a Level Zero library, no platforms", path, #name);  \
            return false;                                                                          \
        }                                                                                          \
        /* POSIX guarantees that a data pointer from dlsym converts to a function pointer. */      \
        memcpy(&fns->name, &sym, sizeof(sym));                                                     \
    }
    UPZE_ENTRY_POINTS(LZ_RESOLVE_)
#undef LZ_RESOLVE_
    return true;
}

bool lz_library_load(const char *override)
{
    const char *path = override != NULL ? override : LZ_DEFAULT_LIBRARY;
    bool ok = false;

    pthread_mutex_lock(&lib_lock);
    if (lib_handle == NULL || strcmp(lib_path, path) != 0) {
        void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (handle == NULL) {
            const char *why = dlerror();
            UP_INFO(LZ_LOG, "cannot load %s (%s): no Level Zero platforms", path,
                    why != NULL ? why : "unknown reason");
            goto out_unlock;
        }
        lib_handle = handle; /* a previous library, if any, stays loaded */
        snprintf(lib_path, sizeof(lib_path), "%s", path);
    }
    ok = resolve(lib_handle, &lz_fn, lib_path);
    if (ok)
        UP_DEBUG(LZ_LOG, "loaded %s%s", lib_path,
                 lz_fn.zeInitDrivers != NULL ? " (has zeInitDrivers)" : "");
out_unlock:
    pthread_mutex_unlock(&lib_lock);
    return ok;
}

/* zeInitDrivers (API 1.10): the GPU drivers in one call. Returns false to fall back to zeInit. */
static bool init_drivers_new(upze_driver_handle_t **drivers, uint32_t *count)
{
    upze_init_driver_type_desc_t desc = {
        .stype = UPZE_STRUCTURE_TYPE_INIT_DRIVER_TYPE_DESC,
        .pNext = NULL,
        .flags = UPZE_INIT_DRIVER_TYPE_FLAG_GPU,
    };
    uint32_t n = 0;
    upze_driver_handle_t *list;
    upze_result_t r;

    r = lz_fn.zeInitDrivers(&n, NULL, &desc);
    if (r != UPZE_RESULT_SUCCESS) {
        UP_DEBUG(LZ_LOG, "zeInitDrivers: %s; trying zeInit", lz_result_name(r));
        return false;
    }
    if (n == 0) {
        *drivers = NULL;
        *count = 0;
        return true;
    }
    list = calloc(n, sizeof(*list));
    if (list == NULL)
        return false;
    r = lz_fn.zeInitDrivers(&n, list, &desc);
    if (r != UPZE_RESULT_SUCCESS) {
        UP_DEBUG(LZ_LOG, "zeInitDrivers: %s; trying zeInit", lz_result_name(r));
        free(list);
        return false;
    }
    *drivers = list;
    *count = n;
    return true;
}

ur_result_t lz_driver_init(upze_driver_handle_t **drivers, uint32_t *count)
{
    upze_driver_handle_t *list;
    uint32_t n = 0;
    upze_result_t r;

    if (lz_fn.zeInitDrivers != NULL && init_drivers_new(drivers, count))
        return UR_RESULT_SUCCESS;

    r = lz_fn.zeInit(UPZE_INIT_FLAG_GPU_ONLY);
    if (r != UPZE_RESULT_SUCCESS) {
        /* The usual answer of the loader on a machine without a GPU driver. */
        UP_INFO(LZ_LOG, "zeInit: %s: no Level Zero driver, no platforms", lz_result_name(r));
        *drivers = NULL;
        *count = 0;
        return UR_RESULT_SUCCESS;
    }
    r = lz_fn.zeDriverGet(&n, NULL);
    if (r != UPZE_RESULT_SUCCESS || n == 0) {
        UP_INFO(LZ_LOG, "zeDriverGet: %s, %u drivers: no platforms", lz_result_name(r), n);
        *drivers = NULL;
        *count = 0;
        return UR_RESULT_SUCCESS;
    }
    list = calloc(n, sizeof(*list));
    if (list == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    r = lz_fn.zeDriverGet(&n, list);
    if (r != UPZE_RESULT_SUCCESS) {
        UP_INFO(LZ_LOG, "zeDriverGet: %s: no platforms", lz_result_name(r));
        free(list);
        *drivers = NULL;
        *count = 0;
        return UR_RESULT_SUCCESS;
    }
    *drivers = list;
    *count = n;
    return UR_RESULT_SUCCESS;
}
