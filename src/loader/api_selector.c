/* SPDX-License-Identifier: MIT */
/*
 * urDeviceGetSelected: urDeviceGet filtered by ONEAPI_DEVICE_SELECTOR, with the syntax SYCL
 * users know (docs/device-selection.md):
 *
 *   selector := filter { ';' filter }
 *   filter   := [ '!' ] backend ':' device { ',' device }
 *   backend  := '*' | <an adapter of the registry: cuda, hip, level_zero, sim> | opencl
 *             | native_cpu | offload
 *   device   := '*' | gpu | cpu | fpga | index [ '.' sub [ '.' sub ] ]  |  '*.*' | '*.*.*'
 *   sub      := index | '*'     (once a level is '*', the levels below it are '*' too)
 *
 * Backend and type names are case-insensitive. Indices count a backend's devices from 0 across
 * its platforms, in urDeviceGet's order. A filter with a '!' discards what it matches; discards
 * apply after every accepting filter, and a selector of discards only starts from all devices.
 * urpeer does not partition devices, so a sub-device term is valid but selects nothing.
 *
 * The selector is parsed without building anything: one walk checks the syntax, and the same
 * walk, given a device, says whether the selector keeps it.
 */
#include "loader/loader.h"
#include "loader/registry.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* The device a walk is deciding about (NULL while only checking the syntax). */
struct sel_target {
    const char *backend; /* the adapter's registry name */
    uint32_t index;      /* position among the backend's devices */
    ur_device_type_t type;
};

struct sel_walk {
    const char *text;
    const char *p;
    const struct sel_target *target;
    bool any_accept; /* the selector has an accepting filter */
    bool accepted;   /* an accepting filter matched the target */
    bool discarded;  /* a discarding filter matched the target */
    char *msg;
    size_t msg_size;
};

/* The backend names: the registry's adapters (loader/registry.h), then upstream's backends urpeer
 * has no adapter for (they select no device). */
static const char *const other_backends[] = {"opencl", "native_cpu", "offload"};
#define NUM_OTHER_BACKENDS (sizeof(other_backends) / sizeof(other_backends[0]))

/* The backend name word[0..len) stands for (case-insensitive), or NULL. */
static const char *backend_lookup(const char *word, size_t len);

static const struct {
    const char *name;
    ur_device_type_t type;
} type_names[] = {
    {"gpu", UR_DEVICE_TYPE_GPU}, {"cpu", UR_DEVICE_TYPE_CPU}, {"fpga", UR_DEVICE_TYPE_FPGA}};

static ur_result_t sel_error(struct sel_walk *w, const char *at, const char *fmt, ...)
    UP_PRINTF(3, 4);

static ur_result_t sel_error(struct sel_walk *w, const char *at, const char *fmt, ...)
{
    if (w->msg != NULL && w->msg_size > 0) {
        int n = snprintf(w->msg, w->msg_size, "column %u: ", (unsigned)(at - w->text) + 1);
        if (n >= 0 && (size_t)n < w->msg_size) {
            va_list ap;
            va_start(ap, fmt);
            vsnprintf(w->msg + n, w->msg_size - (size_t)n, fmt, ap);
            va_end(ap);
        }
    }
    return UR_RESULT_ERROR_INVALID_VALUE;
}

static bool same_word(const char *s, size_t len, const char *word)
{
    if (strlen(word) != len)
        return false;
    for (size_t i = 0; i < len; i++)
        if (tolower((unsigned char)s[i]) != word[i])
            return false;
    return true;
}

static const char *backend_lookup(const char *word, size_t len)
{
    for (uint32_t i = 0; i < up_registry_count(); i++)
        if (same_word(word, len, up_registry_at(i)->name))
            return up_registry_at(i)->name;
    for (size_t i = 0; i < NUM_OTHER_BACKENDS; i++)
        if (same_word(word, len, other_backends[i]))
            return other_backends[i];
    return NULL;
}

static bool is_word_char(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

/* A decimal index (no sign). */
static ur_result_t read_index(struct sel_walk *w, uint32_t *out)
{
    const char *start = w->p;
    uint64_t v = 0;
    while (isdigit((unsigned char)*w->p)) {
        v = v * 10 + (uint64_t)(*w->p - '0');
        if (v > UINT32_MAX)
            return sel_error(w, start, "device index too large");
        w->p++;
    }
    *out = (uint32_t)v;
    return UR_RESULT_SUCCESS;
}

/* One device term; *match: it selects the target (a root device). */
static ur_result_t read_device(struct sel_walk *w, bool *match)
{
    const char *start = w->p;
    const struct sel_target *t = w->target;
    bool root_match = false;
    bool wildcard = false;
    ur_result_t res;

    if (*w->p == '*') {
        w->p++;
        wildcard = true;
        root_match = true;
    } else if (isdigit((unsigned char)*w->p)) {
        uint32_t index = 0;
        res = read_index(w, &index);
        if (res != UR_RESULT_SUCCESS)
            return res;
        root_match = t != NULL && t->index == index;
    } else if (isalpha((unsigned char)*w->p)) {
        while (is_word_char(*w->p))
            w->p++;
        size_t len = (size_t)(w->p - start);
        size_t i;
        for (i = 0; i < sizeof(type_names) / sizeof(type_names[0]); i++)
            if (same_word(start, len, type_names[i].name))
                break;
        if (i == sizeof(type_names) / sizeof(type_names[0]))
            return sel_error(w, start,
                             "unknown device '%.*s' (expected an index, '*', gpu, cpu or fpga)",
                             (int)len, start);
        if (*w->p == '.')
            return sel_error(w, w->p, "a device type has no sub-devices");
        *match = t != NULL && t->type == type_names[i].type;
        return UR_RESULT_SUCCESS;
    } else if (*w->p == '\0' || *w->p == ',' || *w->p == ';') {
        return sel_error(w, start, "missing device (expected an index, '*', gpu, cpu or fpga)");
    } else {
        return sel_error(w, start,
                         "unexpected '%c' (expected a device index, '*', gpu, cpu or fpga)", *w->p);
    }

    /* Sub-devices and sub-sub-devices: at most two more levels. */
    int levels = 0;
    while (*w->p == '.') {
        const char *dot = w->p;
        if (++levels > 2)
            return sel_error(w, dot, "too many '.' levels (at most device.sub.subsub)");
        w->p++;
        if (*w->p == '*') {
            w->p++;
            wildcard = true;
        } else if (isdigit((unsigned char)*w->p)) {
            if (wildcard)
                return sel_error(w, w->p, "an index cannot follow a '*' level");
            uint32_t sub = 0;
            res = read_index(w, &sub);
            if (res != UR_RESULT_SUCCESS)
                return res;
        } else {
            return sel_error(w, w->p, "expected a sub-device index or '*' after '.'");
        }
    }
    /* urpeer does not partition devices: a sub-device term selects nothing. */
    *match = levels == 0 && root_match;
    return UR_RESULT_SUCCESS;
}

static ur_result_t read_filter(struct sel_walk *w)
{
    const char *start = w->p;
    bool discard = false;
    if (*w->p == '!') {
        discard = true;
        w->p++;
    }

    const char *backend = w->p;
    bool any_backend = false;
    if (*w->p == '*') {
        any_backend = true;
        w->p++;
    } else {
        while (is_word_char(*w->p))
            w->p++;
    }
    size_t len = (size_t)(w->p - backend);
    if (len == 0) {
        if (*w->p == ':')
            return sel_error(w, w->p, "missing backend before ':'");
        if (*w->p == '\0' || *w->p == ';')
            return sel_error(w, start, "empty filter (expected '[!]backend:devices')");
        return sel_error(w, w->p, "unexpected '%c' (expected a backend name or '*')", *w->p);
    }
    bool backend_match = any_backend;
    if (!any_backend) {
        const char *name = backend_lookup(backend, len);
        if (name == NULL)
            return sel_error(w, backend,
                             "unknown backend '%.*s' (known: %s, opencl, native_cpu, offload, *)",
                             (int)len, backend, up_registry_names());
        backend_match = w->target != NULL && strcmp(w->target->backend, name) == 0;
    }
    if (*w->p != ':')
        return sel_error(w, w->p, "missing ':' after backend '%.*s' (expected '%.*s:devices')",
                         (int)len, backend, (int)len, backend);
    w->p++;

    bool match = false;
    for (;;) {
        bool m = false;
        ur_result_t res = read_device(w, &m);
        if (res != UR_RESULT_SUCCESS)
            return res;
        match |= m;
        if (*w->p != ',')
            break;
        w->p++;
    }
    if (*w->p != '\0' && *w->p != ';')
        return sel_error(w, w->p, "unexpected '%c' after a device (expected ',', ';' or the end)",
                         *w->p);

    match = match && backend_match;
    if (discard) {
        w->discarded |= match;
    } else {
        w->any_accept = true;
        w->accepted |= match;
    }
    return UR_RESULT_SUCCESS;
}

/* Walk the whole selector: the syntax, and the target's fate when there is one. */
static ur_result_t sel_walk_all(struct sel_walk *w)
{
    for (;;) {
        ur_result_t res = read_filter(w);
        if (res != UR_RESULT_SUCCESS)
            return res;
        if (*w->p == '\0')
            return UR_RESULT_SUCCESS;
        w->p++; /* ';' */
    }
}

ur_result_t up_selector_check(const char *text, char *msg, size_t msg_size)
{
    struct sel_walk w = {.text = text, .p = text, .msg = msg, .msg_size = msg_size};
    if (msg != NULL && msg_size > 0)
        msg[0] = '\0';
    return sel_walk_all(&w);
}

/* Position of a device among its backend's devices: the devices of the adapter's earlier
 * platforms come first. */
static uint32_t backend_index(ur_device_handle_t dev)
{
    ur_platform_handle_t p = dev->platform;
    uint32_t index = dev->index;
    for (uint32_t i = 0; i < p->index; i++)
        index += p->adapter->platforms[i]->num_devices;
    return index;
}

bool up_selector_keeps(const char *text, ur_device_handle_t dev)
{
    struct sel_target t = {
        .backend = dev->platform->adapter->desc->name,
        .index = backend_index(dev),
        .type = dev->props.type,
    };
    struct sel_walk w = {.text = text, .p = text, .target = &t};
    if (sel_walk_all(&w) != UR_RESULT_SUCCESS)
        return false;
    return (!w.any_accept || w.accepted) && !w.discarded;
}

/* ONEAPI_DEVICE_SELECTOR is read at every call, as upstream does: a program (or a test) may
 * change it between calls. The value is copied first, so that a concurrent setenv cannot change
 * it under the walk. A malformed selector is reported once per distinct value. */
static pthread_mutex_t report_lock = PTHREAD_MUTEX_INITIALIZER;
static char reported[256];

static char *selector_read(ur_result_t *status)
{
    const char *s = getenv("ONEAPI_DEVICE_SELECTOR");
    char msg[192];
    char *copy;

    *status = UR_RESULT_SUCCESS;
    if (s == NULL || s[0] == '\0')
        return NULL; /* unset or empty: every device */
    copy = strdup(s);
    if (copy == NULL) {
        *status = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
        return NULL;
    }
    *status = up_selector_check(copy, msg, sizeof(msg));
    if (*status != UR_RESULT_SUCCESS) {
        pthread_mutex_lock(&report_lock);
        bool fresh = strncmp(reported, copy, sizeof(reported) - 1) != 0;
        if (fresh)
            snprintf(reported, sizeof(reported), "%s", copy);
        pthread_mutex_unlock(&report_lock);
        if (fresh)
            UP_ERROR("selector", "ONEAPI_DEVICE_SELECTOR=\"%.64s%s\" is malformed: %s", copy,
                     strlen(copy) > 64 ? "..." : "", msg); /* the reason must fit the line */
        free(copy);
        return NULL;
    }
    UP_DEBUG("selector", "ONEAPI_DEVICE_SELECTOR=\"%s\"", copy);
    return copy;
}

static bool type_matches(ur_device_type_t want, ur_device_type_t have)
{
    return want == UR_DEVICE_TYPE_ALL || want == UR_DEVICE_TYPE_DEFAULT || want == have;
}

UR_APIEXPORT ur_result_t UR_APICALL urDeviceGetSelected(ur_platform_handle_t hPlatform,
                                                        ur_device_type_t DeviceType,
                                                        uint32_t NumEntries,
                                                        ur_device_handle_t *phDevices,
                                                        uint32_t *pNumDevices)
{
    UP_CHECK_INIT();
    if (NumEntries > 0 && phDevices == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hPlatform == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if ((uint32_t)DeviceType > UR_DEVICE_TYPE_CUSTOM || (uint32_t)DeviceType == 0)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (NumEntries == 0 && phDevices != NULL)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if (!up_obj_is(hPlatform, UP_KIND_PLATFORM))
        return UR_RESULT_ERROR_INVALID_PLATFORM;
    ur_result_t res;
    char *selector = selector_read(&res);
    if (res != UR_RESULT_SUCCESS)
        return res;

    uint32_t n = 0;
    for (uint32_t i = 0; i < hPlatform->num_devices; i++) {
        ur_device_handle_t d = hPlatform->devices[i];
        if (!type_matches(DeviceType, d->props.type))
            continue;
        if (selector != NULL && !up_selector_keeps(selector, d))
            continue;
        if (phDevices != NULL && n < NumEntries)
            phDevices[n] = d;
        n++;
    }
    free(selector);
    if (pNumDevices != NULL)
        *pNumDevices = n;
    return UR_RESULT_SUCCESS;
}
