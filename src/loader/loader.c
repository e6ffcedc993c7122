/* SPDX-License-Identifier: MIT */
/*
 * The loader: configuration objects, layers, urLoaderInit/TearDown (the adapters come from the
 * registry, loader/registry.c).
 * urLoaderInit is reference counted like upstream's: the first call loads the adapters (its
 * configuration wins; later calls' configurations are ignored while the loader is alive), the
 * last urLoaderTearDown unloads them, turning off in the driver the peer access this library
 * turned on.
 */
#include "core/adapter_ops.h"
#include "loader/loader.h"
#include "loader/registry.h"

#include <stdlib.h>
#include <string.h>

/* ---- Layers --------------------------------------------------------------------------------- */

enum {
    LAYER_PARAMETER = 1u << 0, /* always on in urpeer: accepted, nothing to add */
    LAYER_BOUNDS = 1u << 1,    /* always on in urpeer: copies and fills check allocation sizes */
    LAYER_LEAK = 1u << 2,
    LAYER_LIFETIME = 1u << 3, /* handles are checked always; implies leak checking */
};

static const struct {
    const char *name;
    uint32_t bits;
} layer_names[] = {
    {"UR_LAYER_PARAMETER_VALIDATION", LAYER_PARAMETER},
    {"UR_LAYER_BOUNDS_CHECKING", LAYER_BOUNDS | LAYER_PARAMETER},
    {"UR_LAYER_LEAK_CHECKING", LAYER_LEAK},
    {"UR_LAYER_LIFETIME_VALIDATION", LAYER_LIFETIME | LAYER_LEAK},
    {"UR_LAYER_FULL_VALIDATION", LAYER_PARAMETER | LAYER_BOUNDS | LAYER_LEAK | LAYER_LIFETIME},
};
#define AVAILABLE_LAYERS                                                                           \
    "UR_LAYER_PARAMETER_VALIDATION;UR_LAYER_BOUNDS_CHECKING;UR_LAYER_LEAK_CHECKING;"               \
    "UR_LAYER_LIFETIME_VALIDATION;UR_LAYER_FULL_VALIDATION"

static bool layer_lookup(const char *name, size_t len, uint32_t *bits)
{
    for (size_t i = 0; i < sizeof(layer_names) / sizeof(layer_names[0]); i++) {
        if (strlen(layer_names[i].name) == len && strncmp(layer_names[i].name, name, len) == 0) {
            *bits = layer_names[i].bits;
            return true;
        }
    }
    return false;
}

/* ---- Loader config -------------------------------------------------------------------------- */

#define CONFIG_MAGIC 0x7570cf00u

struct ur_loader_config_handle_t_ {
    uint32_t magic;
    atomic_uint refcount;
    uint32_t layers;
    bool sim_set;
    char *sim_spec;
    bool adapters_set;
    char *adapters;
};

static bool config_valid(ur_loader_config_handle_t c)
{
    return c != NULL && c->magic == CONFIG_MAGIC;
}

UR_APIEXPORT ur_result_t UR_APICALL urLoaderConfigCreate(ur_loader_config_handle_t *phLoaderConfig)
{
    if (phLoaderConfig == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    ur_loader_config_handle_t c = calloc(1, sizeof(*c));
    if (c == NULL)
        return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    c->magic = CONFIG_MAGIC;
    atomic_init(&c->refcount, 1);
    *phLoaderConfig = c;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urLoaderConfigRetain(ur_loader_config_handle_t hLoaderConfig)
{
    if (hLoaderConfig == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!config_valid(hLoaderConfig))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    atomic_fetch_add(&hLoaderConfig->refcount, 1);
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urLoaderConfigRelease(ur_loader_config_handle_t hLoaderConfig)
{
    if (hLoaderConfig == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!config_valid(hLoaderConfig))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    if (atomic_fetch_sub(&hLoaderConfig->refcount, 1) == 1) {
        hLoaderConfig->magic = 0;
        free(hLoaderConfig->sim_spec);
        free(hLoaderConfig->adapters);
        free(hLoaderConfig);
    }
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urLoaderConfigGetInfo(ur_loader_config_handle_t hLoaderConfig,
                                                          ur_loader_config_info_t propName,
                                                          size_t propSize, void *pPropValue,
                                                          size_t *pPropSizeRet)
{
    ur_result_t res = up_info_check_ptrs(propSize, pPropValue, pPropSizeRet);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (hLoaderConfig == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if ((uint32_t)propName > UR_LOADER_CONFIG_INFO_REFERENCE_COUNT)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (propSize == 0 && pPropValue != NULL)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if (!config_valid(hLoaderConfig))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    if (propName == UR_LOADER_CONFIG_INFO_AVAILABLE_LAYERS)
        return up_info_string(propSize, pPropValue, pPropSizeRet, AVAILABLE_LAYERS);
    uint32_t count = atomic_load(&hLoaderConfig->refcount);
    return up_info_return(propSize, pPropValue, pPropSizeRet, &count, sizeof(count));
}

UR_APIEXPORT ur_result_t UR_APICALL
urLoaderConfigEnableLayer(ur_loader_config_handle_t hLoaderConfig, const char *pLayerName)
{
    if (pLayerName == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hLoaderConfig == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!config_valid(hLoaderConfig))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    uint32_t bits;
    if (!layer_lookup(pLayerName, strlen(pLayerName), &bits))
        return UR_RESULT_ERROR_LAYER_NOT_PRESENT;
    hLoaderConfig->layers |= bits;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL
urLoaderConfigSetCodeLocationCallback(ur_loader_config_handle_t hLoaderConfig,
                                      ur_code_location_callback_t pfnCodeloc, void *pUserData)
{
    (void)pUserData; /* no tracing layer: accepted, never called */
    if (pfnCodeloc == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hLoaderConfig == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!config_valid(hLoaderConfig))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL
urLoaderConfigSetMockingEnabled(ur_loader_config_handle_t hLoaderConfig, ur_bool_t enable)
{
    if (hLoaderConfig == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!config_valid(hLoaderConfig))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    return enable ? UR_RESULT_ERROR_UNSUPPORTED_FEATURE : UR_RESULT_SUCCESS;
}

static ur_result_t replace_string(char **slot, const char *value)
{
    char *copy = NULL;
    if (value != NULL) {
        copy = strdup(value);
        if (copy == NULL)
            return UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    }
    free(*slot);
    *slot = copy;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL
urpeerLoaderConfigSetSimulation(ur_loader_config_handle_t hLoaderConfig, const char *pSpec)
{
    if (hLoaderConfig == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!config_valid(hLoaderConfig))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    ur_result_t res = replace_string(&hLoaderConfig->sim_spec, pSpec);
    if (res == UR_RESULT_SUCCESS)
        hLoaderConfig->sim_set = true;
    return res;
}

/* Check a comma-separated adapter list; returns false (naming the culprit) on an unknown name. */
static bool adapter_list_valid(const char *list, const char **bad, size_t *bad_len)
{
    const char *s = list;
    while (*s) {
        size_t len = strcspn(s, ",");
        if (len > 0 && !up_registry_known(s, len)) {
            *bad = s;
            *bad_len = len;
            return false;
        }
        s += len;
        if (*s == ',')
            s++;
    }
    return true;
}

static bool adapter_listed(const char *list, const char *name)
{
    size_t nlen = strlen(name);
    for (const char *s = list; *s;) {
        size_t len = strcspn(s, ",");
        if (len == nlen && strncmp(s, name, len) == 0)
            return true;
        s += len;
        if (*s == ',')
            s++;
    }
    return false;
}

UR_APIEXPORT ur_result_t UR_APICALL
urpeerLoaderConfigSetAdapters(ur_loader_config_handle_t hLoaderConfig, const char *pList)
{
    if (hLoaderConfig == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!config_valid(hLoaderConfig))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    const char *bad;
    size_t bad_len;
    if (pList != NULL && !adapter_list_valid(pList, &bad, &bad_len)) {
        UP_WARN("loader", "unknown adapter '%.*s' (known: %s)", (int)bad_len, bad,
                up_registry_names());
        return UR_RESULT_ERROR_INVALID_VALUE;
    }
    ur_result_t res = replace_string(&hLoaderConfig->adapters, pList);
    if (res == UR_RESULT_SUCCESS)
        hLoaderConfig->adapters_set = true;
    return res;
}

/* ---- Init / teardown ------------------------------------------------------------------------ */

static pthread_mutex_t loader_lock = PTHREAD_MUTEX_INITIALIZER;
static uint32_t init_count;
static ur_adapter_handle_t adapters[UP_MAX_ADAPTERS];
static uint32_t num_adapters;
static uint32_t active_layers;
static char *owned_sim_spec;
static char *owned_adapter_list;

uint32_t up_adapter_count(void)
{
    return num_adapters;
}

ur_adapter_handle_t up_adapter_at(uint32_t i)
{
    return adapters[i];
}

bool up_leak_checking(void)
{
    return (active_layers & LAYER_LEAK) != 0;
}

static uint32_t env_layers(void)
{
    const char *s = up_env_get()->layers;
    uint32_t bits = 0;
    if (s == NULL)
        return 0;
    while (*s) {
        size_t len = strcspn(s, ",;");
        uint32_t b;
        if (len > 0 && layer_lookup(s, len, &b))
            bits |= b;
        else if (len > 0)
            UP_WARN("loader", "UR_ENABLE_LAYERS: layer '%.*s' is not present; available: %s",
                    (int)len, s, AVAILABLE_LAYERS);
        s += len;
        if (*s)
            s++;
    }
    return bits;
}

static void unload_adapter(ur_adapter_handle_t a, bool report)
{
    /* What the application left behind goes back to the driver in dependency order: events,
     * queues, memory buffers, USM allocations, contexts; then peer access this library turned on.
     */
    struct up_leaked objects;
    uint32_t leaked = up_leak_objects(a, report, &objects);
    up_leak_destroy(&objects, UP_KIND_EVENT);
    up_leak_destroy(&objects, UP_KIND_QUEUE);
    up_leak_destroy(&objects, UP_KIND_MEM);
    leaked += up_usm_track_drop_adapter(a, report);
    up_leak_destroy(&objects, UP_KIND_CONTEXT);
    leaked += up_p2p_teardown(a, report);
    a->ops.adapter_fini(a);
    up_leak_free(&objects);
    up_adapter_free_platforms(a);
    up_obj_fini(&a->obj, UP_KIND_ADAPTER);
    if (report && leaked == 0)
        UP_INFO("leak", "adapter '%s': no leaks", a->desc->name);
    up_obj_free(a, UP_KIND_ADAPTER);
}

static ur_result_t load_adapters(const char *filter)
{
    ur_result_t res = UR_RESULT_SUCCESS;
    for (uint32_t i = 0; i < up_registry_count(); i++) {
        const struct up_registry_entry *entry = up_registry_at(i);
        const struct up_adapter_desc *desc = entry->desc;
        if (filter != NULL && !adapter_listed(filter, entry->name))
            continue;
        if (desc == NULL) {
            if (filter != NULL)
                UP_INFO("loader", "adapter '%s' is not built in", entry->name);
            continue;
        }
        if (desc->abi != UP_ADAPTER_ABI) {
            UP_WARN("loader", "adapter '%s' has ABI %u, expected %u: skipped", desc->name,
                    desc->abi, UP_ADAPTER_ABI);
            continue;
        }
        struct up_adapter_ops ops;
        const char *missing = up_adapter_ops_merge(desc->ops, &ops);
        if (missing != NULL) {
            UP_WARN("loader", "adapter '%s' lacks the required operation %s: skipped", desc->name,
                    missing);
            continue;
        }
        ur_adapter_handle_t a = up_obj_alloc(UP_KIND_ADAPTER);
        if (a == NULL) {
            res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
            goto err_unload;
        }
        a->ops = ops;
        up_obj_init(&a->obj, &a->ops, UP_KIND_ADAPTER);
        a->desc = desc;
        a->library = up_registry_library(i);
        a->index = num_adapters;
        /* No application references yet: urAdapterGet takes them. */
        atomic_store(&a->obj.refcount, 0);
        ur_result_t ares = a->ops.adapter_init(a);
        if (ares != UR_RESULT_SUCCESS || a->num_platforms == 0) {
            if (ares != UR_RESULT_SUCCESS)
                UP_INFO("loader", "adapter '%s' did not start: %s", desc->name,
                        urpeerResultString(ares));
            else
                UP_INFO("loader", "adapter '%s': no devices", desc->name);
            if (ares == UR_RESULT_SUCCESS)
                a->ops.adapter_fini(a);
            up_adapter_free_platforms(a);
            up_obj_fini(&a->obj, UP_KIND_ADAPTER);
            up_obj_free(a, UP_KIND_ADAPTER);
            /* A simulated node that was asked for but does not parse is the caller's error. */
            if (desc->sim != NULL && ares == UR_RESULT_ERROR_INVALID_VALUE) {
                res = ares;
                goto err_unload;
            }
            continue;
        }
        if (num_adapters == UP_MAX_ADAPTERS) {
            unload_adapter(a, false);
            break;
        }
        adapters[num_adapters++] = a;
        uint32_t ndev = 0;
        for (uint32_t p = 0; p < a->num_platforms; p++)
            ndev += a->platforms[p]->num_devices;
        UP_INFO("loader", "adapter '%s': %u platform(s), %u device(s)", desc->name,
                a->num_platforms, ndev);
    }
    return UR_RESULT_SUCCESS;

err_unload:
    while (num_adapters > 0)
        unload_adapter(adapters[--num_adapters], false);
    return res;
}

UR_APIEXPORT ur_result_t UR_APICALL urLoaderInit(ur_device_init_flags_t device_flags,
                                                 ur_loader_config_handle_t hLoaderConfig)
{
    if (device_flags & UR_DEVICE_INIT_FLAGS_MASK)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (hLoaderConfig != NULL && !config_valid(hLoaderConfig))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;

    ur_result_t res = UR_RESULT_SUCCESS;
    pthread_mutex_lock(&loader_lock);
    if (init_count > 0) {
        init_count++;
        goto out_unlock;
    }

    const struct up_env *env = up_env_get();
    const char *sim = env->sim;
    const char *filter = env->adapters;
    active_layers = env_layers();
    if (hLoaderConfig != NULL) {
        active_layers |= hLoaderConfig->layers;
        if (hLoaderConfig->sim_set)
            sim = hLoaderConfig->sim_spec;
        if (hLoaderConfig->adapters_set)
            filter = hLoaderConfig->adapters;
    }
    const char *bad;
    size_t bad_len;
    if (filter != NULL && !adapter_list_valid(filter, &bad, &bad_len))
        UP_WARN("loader", "URPEER_ADAPTERS: unknown adapter '%.*s' ignored (known: %s)",
                (int)bad_len, bad, up_registry_names());
    /* Keep our own copies: the config may be released right after init. */
    owned_sim_spec = sim ? strdup(sim) : NULL;
    owned_adapter_list = filter ? strdup(filter) : NULL;
    if ((sim && !owned_sim_spec) || (filter && !owned_adapter_list)) {
        res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
        goto err_free_strings;
    }
    struct up_settings s = {
        .sim_spec = owned_sim_spec,
        .sim_faults = env->sim_faults,
    };
    up_settings_set(&s);

    res = load_adapters(owned_adapter_list);
    if (res != UR_RESULT_SUCCESS)
        goto err_free_strings;
    init_count = 1;
    atomic_store_explicit(&up_loader_live, true, memory_order_release);
    goto out_unlock;

err_free_strings:
    free(owned_sim_spec);
    free(owned_adapter_list);
    owned_sim_spec = owned_adapter_list = NULL;
    active_layers = 0;
out_unlock:
    pthread_mutex_unlock(&loader_lock);
    return res;
}

UR_APIEXPORT ur_result_t UR_APICALL urLoaderTearDown(void)
{
    ur_result_t res = UR_RESULT_SUCCESS;
    pthread_mutex_lock(&loader_lock);
    if (init_count == 0) {
        res = UR_RESULT_ERROR_UNINITIALIZED;
        goto out_unlock;
    }
    if (--init_count > 0)
        goto out_unlock;

    atomic_store_explicit(&up_loader_live, false, memory_order_release);
    bool report = up_leak_checking();
    unsigned refs = atomic_load(&up_adapter_refs);
    if (report && refs != 0)
        UP_ERROR("leak", "%u adapter reference(s) from urAdapterGet not released", refs);
    while (num_adapters > 0)
        unload_adapter(adapters[--num_adapters], report);
    atomic_store(&up_adapter_refs, 0);
    free(owned_sim_spec);
    free(owned_adapter_list);
    owned_sim_spec = owned_adapter_list = NULL;
    struct up_settings none = {0};
    up_settings_set(&none);
    active_layers = 0;
out_unlock:
    pthread_mutex_unlock(&loader_lock);
    return res;
}
