/* SPDX-License-Identifier: MIT */
/* The adapter registry (loader/registry.h). */
#include "loader/registry.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* adapter_registry.inc, generated: UP_ADAPTER(name) for an adapter built, UP_ADAPTER_OUT(name)
 * for one compiled out. */
#define UP_ADAPTER(name) extern const struct up_adapter_desc up_adapter_desc_##name;
#define UP_ADAPTER_OUT(name)
#include "adapter_registry.inc"
#undef UP_ADAPTER
#undef UP_ADAPTER_OUT

#define UP_ADAPTER(name) {#name, &up_adapter_desc_##name},
#define UP_ADAPTER_OUT(name) {#name, NULL},
static const struct up_registry_entry builtin[] = {
#include "adapter_registry.inc"
};
#undef UP_ADAPTER
#undef UP_ADAPTER_OUT
#define NUM_BUILTIN (sizeof(builtin) / sizeof(builtin[0]))
#define MAX_ADDED 4u

static struct up_registry_entry added[MAX_ADDED];
static uint32_t num_added;

static pthread_mutex_t library_lock = PTHREAD_MUTEX_INITIALIZER;
static bool library_read[NUM_BUILTIN + MAX_ADDED];
static const char *library_value[NUM_BUILTIN + MAX_ADDED];

static char names[256];

uint32_t up_registry_count(void)
{
    return (uint32_t)NUM_BUILTIN + num_added;
}

const struct up_registry_entry *up_registry_at(uint32_t i)
{
    return i < NUM_BUILTIN ? &builtin[i] : &added[i - NUM_BUILTIN];
}

bool up_registry_known(const char *name, size_t len)
{
    for (uint32_t i = 0; i < up_registry_count(); i++) {
        const char *n = up_registry_at(i)->name;
        if (strlen(n) == len && strncmp(n, name, len) == 0)
            return true;
    }
    return false;
}

static pthread_once_t names_once = PTHREAD_ONCE_INIT;

static void names_build(void)
{
    size_t used = 0;
    for (uint32_t i = 0; i < NUM_BUILTIN; i++) {
        size_t len = strlen(builtin[i].name);
        if (used + len + 3 > sizeof(names))
            break;
        if (used > 0) {
            memcpy(names + used, ", ", 2);
            used += 2;
        }
        memcpy(names + used, builtin[i].name, len);
        used += len;
    }
    names[used] = '\0';
}

const char *up_registry_names(void)
{
    pthread_once(&names_once, names_build);
    return names;
}

const struct up_adapter_desc *up_registry_sim(void)
{
    for (uint32_t i = 0; i < up_registry_count(); i++) {
        const struct up_adapter_desc *d = up_registry_at(i)->desc;
        if (d != NULL && d->sim != NULL)
            return d;
    }
    return NULL;
}

const char *up_registry_library(uint32_t i)
{
    const struct up_adapter_desc *d = up_registry_at(i)->desc;
    const char *value;

    if (d == NULL || d->library_env == NULL)
        return NULL;
    pthread_mutex_lock(&library_lock);
    if (!library_read[i]) {
        const char *v = secure_getenv(d->library_env);
        library_value[i] = v != NULL && v[0] != '\0' ? v : NULL;
        library_read[i] = true;
    }
    value = library_value[i];
    pthread_mutex_unlock(&library_lock);
    return value;
}

ur_result_t up_registry_add(const struct up_adapter_desc *desc)
{
    if (desc == NULL || desc->name == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (up_registry_known(desc->name, strlen(desc->name)))
        return UR_RESULT_ERROR_INVALID_VALUE;
    if (num_added == MAX_ADDED)
        return UR_RESULT_ERROR_OUT_OF_RESOURCES;
    added[num_added].name = desc->name;
    added[num_added].desc = desc;
    num_added++;
    return UR_RESULT_SUCCESS;
}
