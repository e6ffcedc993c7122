/* SPDX-License-Identifier: MIT */
/* `urpeer list`: adapters, platforms and devices with their key properties. */
#include "urpeer_tool.h"

#include <stdio.h>
#include <string.h>

enum { COL_DEV, COL_NAME, COL_VENDOR, COL_MEMORY, COL_PCI, COL_UUID, COL_DRIVER, COL_P2P, NCOL };

static const char *const col_title[NCOL] = {"DEV",         "NAME", "VENDOR", "MEMORY",
                                            "PCI ADDRESS", "UUID", "DRIVER", "USM P2P"};

struct row {
    char cell[NCOL][256];
};

static bool is_selected(const struct tool_session *s, unsigned index)
{
    for (unsigned k = 0; k < s->num_selected; k++)
        if (s->selected[k] == index)
            return true;
    return false;
}

static bool fill_row(const struct tool_session *s, const struct tool_device *d, struct row *r)
{
    bool missing = false;
    device_label(s, d->index, r->cell[COL_DEV], sizeof(r->cell[COL_DEV]));
    snprintf(r->cell[COL_NAME], sizeof(r->cell[COL_NAME]), "%s", d->name);
    snprintf(r->cell[COL_VENDOR], sizeof(r->cell[COL_VENDOR]), "%s",
             d->vendor[0] ? d->vendor : "-");
    format_bytes(r->cell[COL_MEMORY], sizeof(r->cell[COL_MEMORY]), d->memory);
    if (d->field_res[DF_PCI] == UR_RESULT_SUCCESS) {
        snprintf(r->cell[COL_PCI], sizeof(r->cell[COL_PCI]), "%s", d->pci);
    } else {
        snprintf(r->cell[COL_PCI], sizeof(r->cell[COL_PCI]), "-");
        missing = true;
    }
    if (d->field_res[DF_UUID] == UR_RESULT_SUCCESS) {
        const uint8_t *u = d->uuid;
        snprintf(r->cell[COL_UUID], sizeof(r->cell[COL_UUID]),
                 "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", u[0], u[1],
                 u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13], u[14],
                 u[15]);
    } else {
        snprintf(r->cell[COL_UUID], sizeof(r->cell[COL_UUID]), "-");
        missing = true;
    }
    if (d->field_res[DF_DRIVER] == UR_RESULT_SUCCESS) {
        snprintf(r->cell[COL_DRIVER], sizeof(r->cell[COL_DRIVER]), "%s", d->driver);
    } else {
        snprintf(r->cell[COL_DRIVER], sizeof(r->cell[COL_DRIVER]), "-");
        missing = true;
    }
    if (d->field_res[DF_P2P] == UR_RESULT_SUCCESS) {
        snprintf(r->cell[COL_P2P], sizeof(r->cell[COL_P2P]), "%s", d->p2p_support ? "yes" : "no");
    } else {
        snprintf(r->cell[COL_P2P], sizeof(r->cell[COL_P2P]), "-");
        missing = true;
    }
    return missing;
}

static void put_row(struct sbuf *b, const char *const *cells, const size_t *width)
{
    sb_puts(b, "    ");
    for (int c = 0; c + 1 < NCOL; c++)
        sb_printf(b, "%-*s  ", (int)width[c], cells[c]);
    sb_printf(b, "%s\n", cells[NCOL - 1]);
}

void list_text(struct sbuf *b, const struct tool_session *s, const struct tool_opts *o)
{
    size_t width[NCOL];
    struct row r;
    bool missing = false;
    (void)o;

    for (int c = 0; c < NCOL; c++)
        width[c] = strlen(col_title[c]);
    for (unsigned k = 0; k < s->num_selected; k++) {
        missing |= fill_row(s, &s->devices[s->selected[k]], &r);
        for (int c = 0; c < NCOL; c++)
            if (strlen(r.cell[c]) > width[c])
                width[c] = strlen(r.cell[c]);
    }

    sb_printf(b, "%u device%s found, %u selected\n", s->num_devices, s->num_devices == 1 ? "" : "s",
              s->num_selected);
    for (unsigned a = 0; a < s->num_adapters; a++) {
        const struct tool_adapter *ta = &s->adapters[a];
        sb_printf(b, "Adapter %s (backend %s)\n", ta->name, backend_name(ta->backend));
        for (unsigned p = 0; p < s->num_platforms; p++) {
            const struct tool_platform *tp = &s->platforms[p];
            if (tp->adapter != a)
                continue;
            sb_printf(b, "  Platform %u: %s (vendor %s, version %s, backend %s)\n", p, tp->name,
                      tp->vendor[0] ? tp->vendor : "-", tp->version[0] ? tp->version : "-",
                      backend_name(tp->backend));
            bool header = false;
            for (unsigned i = 0; i < tp->num_devices; i++) {
                unsigned index = tp->first_device + i;
                if (!is_selected(s, index))
                    continue;
                if (!header) {
                    put_row(b, col_title, width);
                    header = true;
                }
                fill_row(s, &s->devices[index], &r);
                const char *cells[NCOL];
                for (int c = 0; c < NCOL; c++)
                    cells[c] = r.cell[c];
                put_row(b, cells, width);
            }
            if (!header)
                sb_puts(b, "    (no selected devices)\n");
        }
    }
    if (missing)
        sb_puts(b, "-: not reported by the adapter\n");
}

void list_json(struct jw *w, const struct tool_session *s)
{
    jw_arr(w, "adapters");
    for (unsigned a = 0; a < s->num_adapters; a++) {
        const struct tool_adapter *ta = &s->adapters[a];
        jw_obj(w, NULL);
        jw_str(w, "name", ta->name);
        jw_str(w, "backend", backend_name(ta->backend));
        jw_arr(w, "platforms");
        for (unsigned p = 0; p < s->num_platforms; p++) {
            const struct tool_platform *tp = &s->platforms[p];
            if (tp->adapter != a)
                continue;
            jw_obj(w, NULL);
            jw_uint(w, "index", p);
            jw_str(w, "name", tp->name);
            jw_str(w, "vendor", tp->vendor);
            jw_str(w, "version", tp->version);
            jw_str(w, "backend", backend_name(tp->backend));
            jw_arr_compact(w, "devices");
            for (unsigned i = 0; i < tp->num_devices; i++)
                jw_uint(w, NULL, tp->first_device + i);
            jw_arr_end(w);
            jw_obj_end(w);
        }
        jw_arr_end(w);
        jw_obj_end(w);
    }
    jw_arr_end(w);
}

int cmd_list(struct tool_session *s, const struct tool_opts *o, struct sbuf *out)
{
    if (o->json) {
        struct jw w;
        jw_init(&w, out);
        jw_obj(&w, NULL);
        report_json_header(&w, s, "list");
        list_json(&w, s);
        report_json_devices(&w, s);
        jw_obj_end(&w);
        jw_finish(&w);
    } else {
        report_text_banner(out, s, o);
        list_text(out, s, o);
    }
    return TOOL_EXIT_OK;
}
