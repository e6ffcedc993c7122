/* SPDX-License-Identifier: MIT */
/*
 * The tool's session: start the loader (real adapters first, the simulated node where none finds a
 * device or where --sim asks for it), list adapters, platforms and devices, select devices.
 */
#include "urpeer_tool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const presets[] = {"pair", "pcie4", "nvswitch8", "isolated2"};

static bool is_preset(const char *spec)
{
    for (size_t i = 0; i < sizeof(presets) / sizeof(presets[0]); i++)
        if (strcmp(spec, presets[i]) == 0)
            return true;
    return false;
}

const char *backend_name(ur_backend_t b)
{
    switch (b) {
    case UR_BACKEND_LEVEL_ZERO:
        return "level_zero";
    case UR_BACKEND_OPENCL:
        return "opencl";
    case UR_BACKEND_CUDA:
        return "cuda";
    case UR_BACKEND_HIP:
        return "hip";
    case UR_BACKEND_NATIVE_CPU:
        return "native_cpu";
    case UR_BACKEND_OFFLOAD:
        return "offload";
    default:
        return "unknown";
    }
}

void format_library_version(uint32_t v, char *buf, size_t n)
{
    snprintf(buf, n, "%u.%u.%u", v / 10000, (v / 100) % 100, v % 100);
}

const char *device_label(const struct tool_session *s, unsigned index, char *buf, size_t n)
{
    bool gpu = index < s->num_devices && s->devices[index].type == UR_DEVICE_TYPE_GPU;
    snprintf(buf, n, "%s%u", gpu ? "GPU" : "DEV", index);
    return buf;
}

void describe_failure(const struct tool_session *s, unsigned adapter, const char *call,
                      ur_result_t res, char *buf, size_t n)
{
    const char *msg = NULL;
    int32_t native = 0;
    if (adapter < s->num_adapters &&
        urAdapterGetLastError(s->adapters[adapter].h, &msg, &native) == UR_RESULT_SUCCESS &&
        msg != NULL && msg[0] != '\0')
        snprintf(buf, n, "%s: %s (%s)", call, urpeerResultString(res), msg);
    else
        snprintf(buf, n, "%s: %s", call, urpeerResultString(res));
}

ur_result_t peer_info(const struct tool_session *s, unsigned from, unsigned to, uint32_t prop,
                      int *value)
{
    int v = 0;
    ur_result_t res = urUsmP2PPeerAccessGetInfoExp(s->devices[from].h, s->devices[to].h,
                                                   (ur_exp_peer_info_t)prop, sizeof(v), &v, NULL);
    if (res == UR_RESULT_SUCCESS)
        *value = v;
    return res;
}

/* ---- Loader ---- */

static ur_result_t loader_start(const char *adapters, const char *sim)
{
    ur_loader_config_handle_t config;
    ur_result_t res = urLoaderConfigCreate(&config);
    if (res != UR_RESULT_SUCCESS)
        return res;
    res = urpeerLoaderConfigSetAdapters(config, adapters);
    if (res == UR_RESULT_SUCCESS)
        res = urpeerLoaderConfigSetSimulation(config, sim);
    if (res == UR_RESULT_SUCCESS)
        res = urLoaderInit(0, config);
    urLoaderConfigRelease(config);
    return res;
}

/* ---- Discovery ---- */

static ur_result_t platform_string(ur_platform_handle_t p, ur_platform_info_t prop, char *buf,
                                   size_t n)
{
    size_t need = 0;
    ur_result_t res = urPlatformGetInfo(p, prop, 0, NULL, &need);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (need > n)
        need = n;
    res = urPlatformGetInfo(p, prop, need, buf, NULL);
    if (res == UR_RESULT_SUCCESS)
        buf[n - 1] = '\0';
    return res;
}

static ur_result_t device_string(ur_device_handle_t d, ur_device_info_t prop, char *buf, size_t n)
{
    size_t need = 0;
    char tmp[1024];
    ur_result_t res = urDeviceGetInfo(d, prop, 0, NULL, &need);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (need == 0 || need > sizeof(tmp))
        return UR_RESULT_ERROR_INVALID_SIZE;
    res = urDeviceGetInfo(d, prop, need, tmp, NULL);
    if (res != UR_RESULT_SUCCESS)
        return res;
    tmp[need - 1] = '\0';
    size_t len = strlen(tmp);
    if (len >= n)
        len = n - 1;
    memcpy(buf, tmp, len);
    buf[len] = '\0';
    return UR_RESULT_SUCCESS;
}

static void fill_device(struct tool_device *d)
{
    ur_bool_t p2p = 0;
    ur_queue_flags_t qflags = 0;

    if (device_string(d->h, UR_DEVICE_INFO_NAME, d->name, sizeof(d->name)) != UR_RESULT_SUCCESS)
        snprintf(d->name, sizeof(d->name), "(unnamed device)");
    if (device_string(d->h, UR_DEVICE_INFO_VENDOR, d->vendor, sizeof(d->vendor)) !=
        UR_RESULT_SUCCESS)
        d->vendor[0] = '\0';
    if (urDeviceGetInfo(d->h, UR_DEVICE_INFO_VENDOR_ID, sizeof(d->vendor_id), &d->vendor_id,
                        NULL) != UR_RESULT_SUCCESS)
        d->vendor_id = 0;
    if (urDeviceGetInfo(d->h, UR_DEVICE_INFO_TYPE, sizeof(d->type), &d->type, NULL) !=
        UR_RESULT_SUCCESS)
        d->type = UR_DEVICE_TYPE_GPU;
    if (urDeviceGetInfo(d->h, UR_DEVICE_INFO_GLOBAL_MEM_SIZE, sizeof(d->memory), &d->memory,
                        NULL) != UR_RESULT_SUCCESS)
        d->memory = 0;
    if (urDeviceGetInfo(d->h, UR_DEVICE_INFO_MAX_MEM_ALLOC_SIZE, sizeof(d->max_alloc),
                        &d->max_alloc, NULL) != UR_RESULT_SUCCESS)
        d->max_alloc = d->memory;
    d->field_res[DF_DRIVER] =
        device_string(d->h, UR_DEVICE_INFO_DRIVER_VERSION, d->driver, sizeof(d->driver));
    d->field_res[DF_PCI] = device_string(d->h, UR_DEVICE_INFO_PCI_ADDRESS, d->pci, sizeof(d->pci));
    d->field_res[DF_UUID] =
        urDeviceGetInfo(d->h, UR_DEVICE_INFO_UUID, sizeof(d->uuid), d->uuid, NULL);
    d->field_res[DF_P2P] =
        urDeviceGetInfo(d->h, UR_DEVICE_INFO_USM_P2P_SUPPORT_EXP, sizeof(p2p), &p2p, NULL);
    d->p2p_support = d->field_res[DF_P2P] == UR_RESULT_SUCCESS && p2p != 0;
    d->field_res[DF_PROFILING] =
        urDeviceGetInfo(d->h, UR_DEVICE_INFO_QUEUE_PROPERTIES, sizeof(qflags), &qflags, NULL);
    d->profiling = d->field_res[DF_PROFILING] == UR_RESULT_SUCCESS &&
                   (qflags & UR_QUEUE_FLAG_PROFILING_ENABLE) != 0;
}

static int discover(struct tool_session *s)
{
    uint32_t na = 0;
    ur_result_t res = urAdapterGet(0, NULL, &na);
    if (res != UR_RESULT_SUCCESS)
        return tool_fail(TOOL_EXIT_RUNTIME, res, "urAdapterGet: %s", urpeerResultString(res));
    if (na == 0)
        return TOOL_EXIT_OK;
    ur_adapter_handle_t *ah = calloc(na, sizeof(*ah));
    s->adapters = calloc(na, sizeof(*s->adapters));
    if (ah == NULL || s->adapters == NULL) {
        free(ah);
        return tool_fail(TOOL_EXIT_RUNTIME, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, "out of memory");
    }
    res = urAdapterGet(na, ah, NULL);
    if (res != UR_RESULT_SUCCESS) {
        free(ah);
        return tool_fail(TOOL_EXIT_RUNTIME, res, "urAdapterGet: %s", urpeerResultString(res));
    }
    for (uint32_t a = 0; a < na; a++) {
        struct tool_adapter *ta = &s->adapters[s->num_adapters++];
        ta->h = ah[a];
        if (urpeerAdapterGetName(ah[a], &ta->name) != UR_RESULT_SUCCESS)
            ta->name = "unknown";
        if (urAdapterGetInfo(ah[a], UR_ADAPTER_INFO_BACKEND, sizeof(ta->backend), &ta->backend,
                             NULL) != UR_RESULT_SUCCESS)
            ta->backend = UR_BACKEND_UNKNOWN;
        if (strcmp(ta->name, "sim") == 0)
            s->sim_adapter = ah[a];
    }
    free(ah);

    for (unsigned a = 0; a < s->num_adapters; a++) {
        uint32_t np = 0;
        res = urPlatformGet(s->adapters[a].h, 0, NULL, &np);
        if (res != UR_RESULT_SUCCESS || np == 0)
            continue;
        ur_platform_handle_t *ph = calloc(np, sizeof(*ph));
        struct tool_platform *grown =
            realloc(s->platforms, (s->num_platforms + np) * sizeof(*s->platforms));
        if (ph == NULL || grown == NULL) {
            free(ph);
            if (grown != NULL)
                s->platforms = grown;
            return tool_fail(TOOL_EXIT_RUNTIME, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY,
                             "out of memory");
        }
        s->platforms = grown;
        res = urPlatformGet(s->adapters[a].h, np, ph, NULL);
        if (res != UR_RESULT_SUCCESS) {
            free(ph);
            return tool_fail(TOOL_EXIT_RUNTIME, res, "urPlatformGet: %s", urpeerResultString(res));
        }
        for (uint32_t p = 0; p < np; p++) {
            struct tool_platform *tp = &s->platforms[s->num_platforms];
            memset(tp, 0, sizeof(*tp));
            tp->h = ph[p];
            tp->adapter = a;
            platform_string(ph[p], UR_PLATFORM_INFO_NAME, tp->name, sizeof(tp->name));
            platform_string(ph[p], UR_PLATFORM_INFO_VENDOR_NAME, tp->vendor, sizeof(tp->vendor));
            platform_string(ph[p], UR_PLATFORM_INFO_VERSION, tp->version, sizeof(tp->version));
            if (urPlatformGetInfo(ph[p], UR_PLATFORM_INFO_BACKEND, sizeof(tp->backend),
                                  &tp->backend, NULL) != UR_RESULT_SUCCESS)
                tp->backend = UR_BACKEND_UNKNOWN;
            tp->first_device = s->num_devices;
            s->num_platforms++;

            uint32_t nd = 0;
            if (urDeviceGet(ph[p], UR_DEVICE_TYPE_ALL, 0, NULL, &nd) != UR_RESULT_SUCCESS ||
                nd == 0)
                continue;
            ur_device_handle_t *dh = calloc(nd, sizeof(*dh));
            struct tool_device *dgrown =
                realloc(s->devices, (s->num_devices + nd) * sizeof(*s->devices));
            if (dh == NULL || dgrown == NULL) {
                free(dh);
                free(ph);
                if (dgrown != NULL)
                    s->devices = dgrown;
                return tool_fail(TOOL_EXIT_RUNTIME, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY,
                                 "out of memory");
            }
            s->devices = dgrown;
            res = urDeviceGet(ph[p], UR_DEVICE_TYPE_ALL, nd, dh, NULL);
            if (res != UR_RESULT_SUCCESS) {
                free(dh);
                free(ph);
                return tool_fail(TOOL_EXIT_RUNTIME, res, "urDeviceGet: %s",
                                 urpeerResultString(res));
            }
            for (uint32_t d = 0; d < nd; d++) {
                struct tool_device *td = &s->devices[s->num_devices];
                memset(td, 0, sizeof(*td));
                td->index = s->num_devices;
                td->h = dh[d];
                td->platform = s->num_platforms - 1;
                td->adapter = a;
                fill_device(td);
                s->num_devices++;
                tp->num_devices++;
            }
            free(dh);
        }
        free(ph);
    }
    return TOOL_EXIT_OK;
}

/* Drop everything discovered (before a second loader start). */
static void forget(struct tool_session *s)
{
    for (unsigned p = 0; p < s->num_platforms; p++)
        if (s->platforms[p].context != NULL)
            urContextRelease(s->platforms[p].context);
    for (unsigned a = 0; a < s->num_adapters; a++)
        urAdapterRelease(s->adapters[a].h);
    free(s->adapters);
    free(s->platforms);
    free(s->devices);
    s->adapters = NULL;
    s->platforms = NULL;
    s->devices = NULL;
    s->num_adapters = s->num_platforms = s->num_devices = 0;
    s->sim_adapter = NULL;
}

/* ---- Selection ---- */

static bool parse_index(const char **p, unsigned long *out)
{
    char *end;
    if (**p < '0' || **p > '9')
        return false;
    unsigned long v = strtoul(*p, &end, 10);
    if (end - *p > 6)
        return false;
    *out = v;
    *p = end;
    return true;
}

static int select_devices(struct tool_session *s, const char *list)
{
    bool *chosen = calloc(s->num_devices ? s->num_devices : 1, sizeof(*chosen));
    s->selected = calloc(s->num_devices ? s->num_devices : 1, sizeof(*s->selected));
    if (chosen == NULL || s->selected == NULL) {
        free(chosen);
        return tool_fail(TOOL_EXIT_RUNTIME, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, "out of memory");
    }
    int rc = TOOL_EXIT_OK;
    if (list == NULL) {
        for (unsigned i = 0; i < s->num_devices; i++)
            chosen[i] = true;
    } else {
        const char *p = list;
        while (rc == TOOL_EXIT_OK) {
            unsigned long lo, hi;
            if (!parse_index(&p, &lo)) {
                rc =
                    tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                              "-d/--devices: malformed list '%s' (expected e.g. 0,2 or 0-3)", list);
                break;
            }
            hi = lo;
            if (*p == '-') {
                p++;
                if (!parse_index(&p, &hi) || hi < lo) {
                    rc = tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                                   "-d/--devices: malformed range in '%s' (expected e.g. 0-3)",
                                   list);
                    break;
                }
            }
            for (unsigned long i = lo; i <= hi; i++) {
                if (i >= s->num_devices) {
                    if (s->num_devices == 0)
                        rc = tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                                       "device %lu does not exist (no devices found)", i);
                    else
                        rc = tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                                       "device %lu does not exist (%u device%s: 0-%u)", i,
                                       s->num_devices, s->num_devices == 1 ? "" : "s",
                                       s->num_devices - 1);
                    break;
                }
                chosen[i] = true;
            }
            if (rc != TOOL_EXIT_OK || *p == '\0')
                break;
            if (*p != ',') {
                rc =
                    tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                              "-d/--devices: malformed list '%s' (expected e.g. 0,2 or 0-3)", list);
                break;
            }
            p++;
        }
    }
    for (unsigned i = 0; i < s->num_devices && rc == TOOL_EXIT_OK; i++)
        if (chosen[i])
            s->selected[s->num_selected++] = i;
    free(chosen);
    return rc;
}

/* ---- Open / close ---- */

static int start_simulation(struct tool_session *s, const char *spec, const char *source)
{
    ur_result_t res;
    if (!is_preset(spec)) {
        char msg[512] = "";
        res = urpeerSimCheckTopology(spec, msg, sizeof(msg));
        if (res != UR_RESULT_SUCCESS)
            return tool_fail(TOOL_EXIT_USAGE, res, "%s=%s: %s", source, spec,
                             msg[0] ? msg : "not a preset and not a valid topology file");
    }
    res = loader_start("sim", spec);
    const char *faults = getenv("URPEER_SIM_FAULTS");
    if (res == UR_RESULT_ERROR_INVALID_VALUE && faults != NULL && faults[0] != '\0')
        /* The topology was checked above: what the simulated node refused is the fault list. */
        return tool_fail(TOOL_EXIT_USAGE, res,
                         "URPEER_SIM_FAULTS='%s' is not a valid fault list (op:nth[:native],...; "
                         "see urpeer(1))",
                         faults);
    if (res == UR_RESULT_ERROR_INVALID_VALUE)
        return tool_fail(TOOL_EXIT_USAGE, res, "%s=%s: the simulated node did not start: %s",
                         source, spec, urpeerResultString(res));
    if (res != UR_RESULT_SUCCESS)
        return tool_fail(TOOL_EXIT_RUNTIME, res, "urLoaderInit (simulated node %s): %s", spec,
                         urpeerResultString(res));
    s->loader_up = true;
    s->simulated = true;
    s->sim_source = source;
    snprintf(s->sim_spec, sizeof(s->sim_spec), "%s", spec);
    return TOOL_EXIT_OK;
}

/* A person at a terminal (stdin and stdout). */
static bool interactive(void)
{
    return isatty(0) && isatty(1);
}

/* Without a GPU the simulated node is shown, labelled, for what only describes a node (show,
 * list, topo); the commands whose results are claims about hardware (check, bench) run on it
 * unasked only for a person at a terminal: a script gets exit 3. */
static bool may_fall_back(const struct tool_opts *o)
{
    return (o->cmd != CMD_CHECK && o->cmd != CMD_BENCH) || interactive();
}

int session_open(struct tool_session *s, const struct tool_opts *o)
{
    int rc;
    memset(s, 0, sizeof(*s));
    urpeerGetVersion(&s->library_version, &s->api_version);

    const char *spec = o->sim_given ? o->sim : NULL;
    const char *source = "--sim";
    const char *env = getenv("URPEER_SIM");
    if (spec == NULL && env != NULL && env[0] != '\0') {
        spec = env;
        source = "URPEER_SIM";
    }

    if (spec != NULL) {
        rc = start_simulation(s, spec, source);
        if (rc != TOOL_EXIT_OK)
            return rc;
        rc = discover(s);
    } else {
        ur_result_t res = loader_start(TOOL_REAL_ADAPTERS, NULL);
        rc = TOOL_EXIT_OK;
        if (res == UR_RESULT_SUCCESS) {
            s->loader_up = true;
            rc = discover(s);
            if (rc != TOOL_EXIT_OK)
                return rc;
            if (s->num_devices == 0)
                snprintf(s->sim_reason, sizeof(s->sim_reason),
                         "no GPU found by the " TOOL_REAL_ADAPTER_NAMES " adapters");
        } else {
            snprintf(s->sim_reason, sizeof(s->sim_reason),
                     "the " TOOL_REAL_ADAPTER_NAMES " adapters did not start (%s)",
                     urpeerResultString(res));
        }
        if (s->num_devices == 0) {
            forget(s);
            if (s->loader_up)
                urLoaderTearDown();
            s->loader_up = false;
            if (!may_fall_back(o))
                return tool_fail(TOOL_EXIT_RUNTIME, UR_RESULT_ERROR_DEVICE_NOT_FOUND,
                                 "%s (for the simulated node give --sim=PRESET or set "
                                 "URPEER_SIM)",
                                 s->sim_reason);
            fprintf(stderr, "urpeer: %s; showing the built-in simulated node (preset %s)\n",
                    s->sim_reason, TOOL_FALLBACK_PRESET);
            rc = start_simulation(s, TOOL_FALLBACK_PRESET, "--sim");
            if (rc != TOOL_EXIT_OK)
                return rc;
            s->sim_automatic = true;
            rc = discover(s);
        }
    }
    if (rc != TOOL_EXIT_OK)
        return rc;
    if (s->num_devices == 0)
        return tool_fail(TOOL_EXIT_RUNTIME, UR_RESULT_ERROR_DEVICE_NOT_FOUND, "no devices found");
    return select_devices(s, o->devices);
}

void session_close(struct tool_session *s)
{
    forget(s);
    free(s->selected);
    s->selected = NULL;
    s->num_selected = 0;
    if (s->loader_up)
        urLoaderTearDown();
    s->loader_up = false;
}

int session_context(struct tool_session *s, unsigned platform, ur_context_handle_t *out)
{
    struct tool_platform *p = &s->platforms[platform];
    if (p->context == NULL) {
        ur_device_handle_t *dh = calloc(p->num_devices, sizeof(*dh));
        if (dh == NULL)
            return tool_fail(TOOL_EXIT_RUNTIME, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY,
                             "out of memory");
        for (unsigned i = 0; i < p->num_devices; i++)
            dh[i] = s->devices[p->first_device + i].h;
        ur_result_t res = urContextCreate(p->num_devices, dh, NULL, &p->context);
        free(dh);
        if (res != UR_RESULT_SUCCESS) {
            char msg[512];
            p->context = NULL;
            describe_failure(s, p->adapter, "urContextCreate", res, msg, sizeof(msg));
            return tool_fail(TOOL_EXIT_RUNTIME, res, "%s", msg);
        }
    }
    *out = p->context;
    return TOOL_EXIT_OK;
}
