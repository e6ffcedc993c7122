/* SPDX-License-Identifier: MIT */
/* Output pieces shared by the subcommands: JSON header and device objects, text banner, matrices.
 */
#include "urpeer_tool.h"

#include <stdio.h>
#include <string.h>

void report_json_header(struct jw *w, const struct tool_session *s, const char *command)
{
    char lib[32], tool[32], api[32];
    format_library_version(s->library_version, lib, sizeof(lib));
    format_library_version(URPEER_VERSION, tool, sizeof(tool));
    snprintf(api, sizeof(api), "%u.%u", (unsigned)UR_MAJOR_VERSION(s->api_version),
             (unsigned)UR_MINOR_VERSION(s->api_version));

    jw_str(w, "schema", "urpeer");
    jw_int(w, "schema_version", TOOL_SCHEMA_VERSION);
    jw_str(w, "command", command);
    jw_str(w, "tool_version", tool);
    jw_str(w, "library_version", lib);
    jw_str(w, "api_version", api);
    jw_bool(w, "simulated", s->simulated);
    if (s->simulated) {
        jw_obj(w, "simulation");
        jw_str(w, "spec", s->sim_spec);
        jw_bool(w, "automatic", s->sim_automatic);
        jw_str(w, "reason", s->sim_automatic ? s->sim_reason : NULL);
        jw_obj_end(w);
    } else {
        jw_null(w, "simulation");
    }
    jw_arr_compact(w, "selected");
    for (unsigned i = 0; i < s->num_selected; i++)
        jw_uint(w, NULL, s->selected[i]);
    jw_arr_end(w);
}

static const char *type_name(ur_device_type_t t)
{
    switch (t) {
    case UR_DEVICE_TYPE_GPU:
        return "gpu";
    case UR_DEVICE_TYPE_CPU:
        return "cpu";
    case UR_DEVICE_TYPE_FPGA:
        return "fpga";
    default:
        return "other";
    }
}

static void uuid_string(const uint8_t *u, char *buf, size_t n)
{
    snprintf(buf, n, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", u[0],
             u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13],
             u[14], u[15]);
}

void report_json_devices(struct jw *w, const struct tool_session *s)
{
    static const char *const field_names[DF_COUNT_] = {
        [DF_PCI] = "pci_address",     [DF_UUID] = "uuid",           [DF_DRIVER] = "driver_version",
        [DF_P2P] = "usm_p2p_support", [DF_PROFILING] = "profiling",
    };
    char buf[128];

    jw_arr(w, "devices");
    for (unsigned k = 0; k < s->num_selected; k++) {
        const struct tool_device *d = &s->devices[s->selected[k]];
        const struct tool_platform *p = &s->platforms[d->platform];
        jw_obj(w, NULL);
        jw_uint(w, "index", d->index);
        jw_str(w, "adapter", s->adapters[d->adapter].name);
        jw_uint(w, "platform", d->platform);
        jw_str(w, "backend", backend_name(p->backend));
        jw_str(w, "name", d->name);
        jw_str(w, "vendor", d->vendor);
        jw_uint(w, "vendor_id", d->vendor_id);
        jw_str(w, "type", type_name(d->type));
        jw_uint(w, "memory_bytes", d->memory);
        jw_uint(w, "max_alloc_bytes", d->max_alloc);
        jw_str(w, "pci_address", d->field_res[DF_PCI] == UR_RESULT_SUCCESS ? d->pci : NULL);
        if (d->field_res[DF_UUID] == UR_RESULT_SUCCESS) {
            uuid_string(d->uuid, buf, sizeof(buf));
            jw_str(w, "uuid", buf);
        } else {
            jw_null(w, "uuid");
        }
        jw_str(w, "driver_version",
               d->field_res[DF_DRIVER] == UR_RESULT_SUCCESS ? d->driver : NULL);
        if (d->field_res[DF_P2P] == UR_RESULT_SUCCESS)
            jw_bool(w, "usm_p2p_support", d->p2p_support);
        else
            jw_null(w, "usm_p2p_support");
        if (d->field_res[DF_PROFILING] == UR_RESULT_SUCCESS)
            jw_bool(w, "profiling", d->profiling);
        else
            jw_null(w, "profiling");
        jw_obj(w, "reasons");
        for (int f = 0; f < DF_COUNT_; f++)
            if (d->field_res[f] != UR_RESULT_SUCCESS)
                jw_str(w, field_names[f], query_reason(d->field_res[f], buf, sizeof(buf)));
        jw_obj_end(w);
        jw_obj_end(w);
    }
    jw_arr_end(w);
}

void report_text_banner(struct sbuf *b, const struct tool_session *s, const struct tool_opts *o)
{
    if (!s->simulated)
        return;
    const char *on = o->colour ? "\033[1;33m" : "";
    const char *off = o->colour ? "\033[0m" : "";
    if (s->sim_automatic)
        sb_printf(b, "%sSIMULATED%s node (built-in preset %s): %s; this is not real hardware\n", on,
                  off, s->sim_spec, s->sim_reason);
    else
        sb_printf(b, "%sSIMULATED%s node (%s): this is not real hardware\n", on, off, s->sim_spec);
}

void report_text_matrix(struct sbuf *b, const struct tool_session *s, const char *const *cells,
                        const char *corner)
{
    unsigned n = s->num_selected;
    char label[32];
    size_t w = strlen(corner);
    for (unsigned i = 0; i < n; i++) {
        size_t l = strlen(device_label(s, s->selected[i], label, sizeof(label)));
        if (l > w)
            w = l;
    }
    for (unsigned i = 0; i < n * n; i++)
        if (strlen(cells[i]) > w)
            w = strlen(cells[i]);
    w += 2;

    sb_printf(b, "%*s", (int)w, corner);
    for (unsigned j = 0; j < n; j++)
        sb_printf(b, "%*s", (int)w, device_label(s, s->selected[j], label, sizeof(label)));
    sb_putc(b, '\n');
    for (unsigned i = 0; i < n; i++) {
        sb_printf(b, "%*s", (int)w, device_label(s, s->selected[i], label, sizeof(label)));
        for (unsigned j = 0; j < n; j++)
            sb_printf(b, "%*s", (int)w, cells[(size_t)i * n + j]);
        sb_putc(b, '\n');
    }
}

void report_json_matrix_begin(struct jw *w, const char *key, const struct tool_session *s,
                              const struct cell *cells, const char *unit, int decimals)
{
    unsigned n = s->num_selected;
    jw_obj(w, key);
    jw_str(w, "unit", unit);
    jw_arr_compact(w, "index");
    for (unsigned i = 0; i < n; i++)
        jw_uint(w, NULL, s->selected[i]);
    jw_arr_end(w);
    jw_arr(w, "values");
    for (unsigned i = 0; i < n; i++) {
        jw_arr_compact(w, NULL);
        for (unsigned j = 0; j < n; j++) {
            const struct cell *c = &cells[(size_t)i * n + j];
            switch (c->kind) {
            case CELL_BOOL:
                jw_bool(w, NULL, c->value != 0.0);
                break;
            case CELL_INT:
                jw_int(w, NULL, (int64_t)c->value);
                break;
            case CELL_REAL:
                jw_double(w, NULL, c->value, decimals);
                break;
            default:
                jw_null(w, NULL);
                break;
            }
        }
        jw_arr_end(w);
    }
    jw_arr_end(w);
    jw_arr(w, "reasons");
    for (unsigned i = 0; i < n; i++) {
        jw_arr_compact(w, NULL);
        for (unsigned j = 0; j < n; j++) {
            const struct cell *c = &cells[(size_t)i * n + j];
            jw_str(w, NULL, c->kind == CELL_NULL ? c->reason : NULL);
        }
        jw_arr_end(w);
    }
    jw_arr_end(w);
}
