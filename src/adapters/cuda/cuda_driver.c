/* SPDX-License-Identifier: MIT */
/* Loading the CUDA driver library and resolving its entry points. */
#include "cuda_internal.h"

#include <dlfcn.h>
#include <string.h>

/* One entry point to resolve: cuGetProcAddress name, exported symbol, version, table slot. */
struct cu_entry {
    const char *name;
    const char *symbol;
    int version;
    size_t offset;
};

#define CU_ENTRY_ROW(name, symbol, version, params)                                                \
    {#name, #symbol, version, offsetof(struct upcu_api, name)},
static const struct cu_entry cu_entries[] = {UPCU_ENTRY_POINTS(CU_ENTRY_ROW)};

static void cu_set_slot(struct upcu_api *api, size_t offset, void *fn)
{
    /* The slot is a function pointer; POSIX makes object and function pointers the same size. */
    memcpy((char *)api + offset, &fn, sizeof fn);
}

bool cu_driver_load(struct cu_adapter *ad, const char *path)
{
    const char *lib_path = path ? path : CU_DEFAULT_LIBRARY;
    upcu_cuGetProcAddress_v2_fn gpa2 = NULL;
    upcu_cuGetProcAddress_fn gpa1 = NULL;
    unsigned via_dlsym = 0;
    void *sym;

    dlerror();
    ad->lib = dlopen(lib_path, RTLD_NOW | RTLD_LOCAL);
    if (!ad->lib) {
        const char *why = dlerror();
        UP_INFO(CU_LOG, "no CUDA driver: cannot load %s (%s)", lib_path, why ? why : "?");
        return false;
    }

    sym = dlsym(ad->lib, "cuGetProcAddress_v2");
    if (sym)
        memcpy(&gpa2, &sym, sizeof sym);
    sym = dlsym(ad->lib, "cuGetProcAddress");
    if (sym)
        memcpy(&gpa1, &sym, sizeof sym);

    for (size_t i = 0; i < sizeof cu_entries / sizeof cu_entries[0]; i++) {
        const struct cu_entry *e = &cu_entries[i];
        void *fn = NULL;
        upcu_result_t r = UPCU_ERROR_NOT_FOUND;

        if (gpa2) {
            upcu_proc_query_result_t status = UPCU_GET_PROC_ADDRESS_SUCCESS;
            r = gpa2(e->name, &fn, e->version, UPCU_GET_PROC_ADDRESS_LEGACY_STREAM, &status);
            if (r == UPCU_SUCCESS && status != UPCU_GET_PROC_ADDRESS_SUCCESS)
                r = UPCU_ERROR_NOT_FOUND;
        } else if (gpa1) {
            r = gpa1(e->name, &fn, e->version, UPCU_GET_PROC_ADDRESS_LEGACY_STREAM);
        }
        if (r != UPCU_SUCCESS || !fn) {
            /* Without cuGetProcAddress (before CUDA 11.3), or if it refused: the exact symbol. */
            fn = dlsym(ad->lib, e->symbol);
            if (!fn) {
                UP_WARN(CU_LOG, "%s: entry point %s (CUDA %d.%d) not found; CUDA disabled",
                        lib_path, e->symbol, e->version / 1000, e->version % 1000 / 10);
                goto err_close;
            }
            UP_DEBUG(CU_LOG, "%s resolved with dlsym", e->symbol);
            via_dlsym++;
        }
        cu_set_slot(&ad->api, e->offset, fn);
    }
    UP_INFO(CU_LOG, "%s: %zu entry points, %u resolved with dlsym, the rest with %s", lib_path,
            sizeof cu_entries / sizeof cu_entries[0], via_dlsym,
            gpa2   ? "cuGetProcAddress_v2"
            : gpa1 ? "cuGetProcAddress"
                   : "nothing else");
    return true;

err_close:
    dlclose(ad->lib);
    ad->lib = NULL;
    memset(&ad->api, 0, sizeof ad->api);
    return false;
}

void cu_driver_unload(struct cu_adapter *ad)
{
    /* Once cuInit has been called, whatever it answered, the driver may have threads and exit
     * handlers of its own: unloading it under them is unsafe, so the library then stays loaded
     * for the life of the process (a later urLoaderInit opens the same copy again). A library
     * that lacked an entry point was never initialised and is closed. */
    if (ad->lib && !ad->initialised)
        dlclose(ad->lib);
    ad->lib = NULL;
}
