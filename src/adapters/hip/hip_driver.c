/* SPDX-License-Identifier: MIT */
/* Loading the HIP runtime: dlopen of libamdhip64 by its versioned names, dlsym of each entry
 * point. The library is never linked, so a machine without ROCm simply has no HIP platform. */
#include "adapters/hip/hip_internal.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

/* Newest first; the unversioned name last (it is only there with the development package). */
static const char *const default_names[] = {
    "libamdhip64.so.7",
    "libamdhip64.so.6",
    "libamdhip64.so.5",
    "libamdhip64.so",
};

static void *open_library(const char *name)
{
    void *lib = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL) {
        const char *why = dlerror();
        UP_DEBUG(UPHIP_LOG, "dlopen(%s): %s", name, why != NULL ? why : "unknown error");
    }
    return lib;
}

/* dlsym returns an object pointer; POSIX guarantees it converts to a function pointer. Copying
 * the bytes keeps -Wpedantic quiet about the conversion. */
static bool resolve(void *lib, const char *name, void *slot, size_t slot_size)
{
    void *sym;
    dlerror();
    sym = dlsym(lib, name);
    if (sym == NULL)
        return false;
    memcpy(slot, &sym, slot_size);
    return true;
}

bool uphip_driver_load(struct uphip_driver *drv, const char *override)
{
    const char *opened = NULL;

    memset(drv, 0, sizeof(*drv));
    if (override != NULL && override[0] != '\0') {
        drv->lib = open_library(override);
        opened = override;
        if (drv->lib == NULL) {
            UP_INFO(UPHIP_LOG, "cannot open %s (URPEER_HIP_LIBRARY); no HIP platform", override);
            return false;
        }
    } else {
        for (size_t i = 0; i < sizeof(default_names) / sizeof(default_names[0]); i++) {
            drv->lib = open_library(default_names[i]);
            if (drv->lib != NULL) {
                opened = default_names[i];
                break;
            }
        }
        if (drv->lib == NULL) {
            UP_INFO(UPHIP_LOG, "no HIP runtime (libamdhip64) found; no HIP platform");
            return false;
        }
    }
    snprintf(drv->path, sizeof(drv->path), "%s", opened);

#define UPHIP_RESOLVE_REQUIRED(ret, name, params)                                                  \
    if (!resolve(drv->lib, #name, &drv->name, sizeof(drv->name))) {                                \
        UP_INFO(UPHIP_LOG, "%s lacks %s; no HIP platform", drv->path, #name);                      \
        goto err_close;                                                                            \
    }
    UPHIP_REQUIRED_FUNCS(UPHIP_RESOLVE_REQUIRED)
#undef UPHIP_RESOLVE_REQUIRED

#define UPHIP_RESOLVE_OPTIONAL(ret, name, params)                                                  \
    if (!resolve(drv->lib, #name, &drv->name, sizeof(drv->name)))                                  \
        UP_DEBUG(UPHIP_LOG, "%s lacks %s (optional)", drv->path, #name);
    UPHIP_OPTIONAL_FUNCS(UPHIP_RESOLVE_OPTIONAL)
#undef UPHIP_RESOLVE_OPTIONAL

    UP_DEBUG(UPHIP_LOG, "loaded %s", drv->path);
    return true;

err_close:
    dlclose(drv->lib);
    memset(drv, 0, sizeof(*drv));
    return false;
}

/* A library that lacked an entry point was never initialised and is closed again. Once hipInit
 * has been called the runtime stays loaded until the process exits, device or not: it may run
 * threads and exit handlers of its own, which must not outlive its code, and an unload loses
 * what its initialisers allocated (about 1 KiB per urLoaderInit/urLoaderTearDown cycle with
 * libamdhip64.so.5 and no GPU, which also took 12 ms to load and initialise each time). A later
 * urLoaderInit gets the same library back from dlopen. */
void uphip_driver_unload(struct uphip_driver *drv)
{
    if (drv->lib != NULL && !drv->resident)
        dlclose(drv->lib);
    memset(drv, 0, sizeof(*drv));
}
