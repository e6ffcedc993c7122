/* SPDX-License-Identifier: MIT */
/*
 * `urpeer topo`: for every ordered pair of the selected devices, peer access, native atomics,
 * performance rank and rated bandwidth, as matrices with a legend, and the list of links.
 */
#include "urpeer_tool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { M_ACCESS, M_ATOMICS, M_RANK, M_BANDWIDTH, M_COUNT };

static const uint32_t m_prop[M_COUNT] = {
    [M_ACCESS] = UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT,
    [M_ATOMICS] = UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT,
    [M_RANK] = URPEER_PEER_INFO_PERFORMANCE_RANK,
    [M_BANDWIDTH] = URPEER_PEER_INFO_BANDWIDTH_GBPS,
};

struct topo {
    unsigned n;
    struct cell *m[M_COUNT]; /* n*n each, row = command device, column = peer device */
};

static void topo_free(struct topo *t)
{
    for (int k = 0; k < M_COUNT; k++)
        free(t->m[k]);
}

static bool same_platform(const struct tool_session *s, unsigned a, unsigned b)
{
    return s->devices[a].platform == s->devices[b].platform;
}

static int topo_query(const struct tool_session *s, struct topo *t)
{
    unsigned n = s->num_selected;
    memset(t, 0, sizeof(*t));
    t->n = n;
    for (int k = 0; k < M_COUNT; k++) {
        t->m[k] = calloc((size_t)n * n, sizeof(struct cell));
        if (t->m[k] == NULL) {
            topo_free(t);
            return tool_fail(TOOL_EXIT_RUNTIME, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY,
                             "out of memory");
        }
    }
    for (unsigned i = 0; i < n; i++) {
        for (unsigned j = 0; j < n; j++) {
            unsigned a = s->selected[i], b = s->selected[j];
            for (int k = 0; k < M_COUNT; k++) {
                struct cell *c = &t->m[k][(size_t)i * n + j];
                int v = 0;
                ur_result_t res = peer_info(s, a, b, m_prop[k], &v);
                if (res == UR_RESULT_SUCCESS) {
                    c->kind = (k == M_ACCESS || k == M_ATOMICS) ? CELL_BOOL : CELL_INT;
                    c->value = v;
                } else if (a == b) {
                    c->kind = CELL_NULL;
                    snprintf(c->reason, sizeof(c->reason), "self pair: %s",
                             query_reason(res, (char[128]){0}, 128));
                } else if (!same_platform(s, a, b)) {
                    c->kind = CELL_NULL;
                    snprintf(c->reason, sizeof(c->reason), "devices on different platforms: %s",
                             query_reason(res, (char[128]){0}, 128));
                } else {
                    c->kind = CELL_NULL;
                    query_reason(res, c->reason, sizeof(c->reason));
                }
            }
        }
    }
    return TOOL_EXIT_OK;
}

static bool any_known(const struct topo *t, int k)
{
    for (unsigned i = 0; i < t->n; i++)
        for (unsigned j = 0; j < t->n; j++)
            if (i != j && t->m[k][(size_t)i * t->n + j].kind != CELL_NULL)
                return true;
    return false;
}

/* Text cells of one matrix. `cells` gets n*n pointers into `store` (16 bytes per cell). */
static void text_cells(const struct tool_session *s, const struct topo *t, int k,
                       const char **cells, char (*store)[16], bool *used_dp, bool *used_unknown)
{
    unsigned n = t->n;
    for (unsigned i = 0; i < n; i++) {
        for (unsigned j = 0; j < n; j++) {
            size_t x = (size_t)i * n + j;
            const struct cell *c = &t->m[k][x];
            unsigned a = s->selected[i], b = s->selected[j];
            if (a == b)
                snprintf(store[x], 16, "X");
            else if (c->kind == CELL_NULL) {
                snprintf(store[x], 16, "-");
                *used_unknown = true;
            } else if (c->kind == CELL_BOOL) {
                if (c->value != 0.0)
                    snprintf(store[x], 16, "OK");
                else if (!same_platform(s, a, b)) {
                    snprintf(store[x], 16, "DP");
                    *used_dp = true;
                } else
                    snprintf(store[x], 16, "NS");
            } else {
                snprintf(store[x], 16, "%d", (int)c->value);
            }
            cells[x] = store[x];
        }
    }
}

static void link_attrs(const struct topo *t, size_t x, char *buf, size_t n)
{
    const struct cell *at = &t->m[M_ATOMICS][x], *rk = &t->m[M_RANK][x];
    const struct cell *bw = &t->m[M_BANDWIDTH][x];
    size_t len = (size_t)snprintf(
        buf, n, "access, %s", at->kind == CELL_BOOL && at->value != 0.0 ? "atomics" : "no atomics");
    if (rk->kind == CELL_INT && len < n)
        len += (size_t)snprintf(buf + len, n - len, ", rank %d", (int)rk->value);
    if (bw->kind == CELL_INT && len < n)
        snprintf(buf + len, n - len, ", %d GB/s", (int)bw->value);
}

static bool cells_equal(const struct cell *a, const struct cell *b)
{
    return a->kind == b->kind && (a->kind == CELL_NULL || a->value == b->value);
}

/* Whether the link i -> j is the same as j -> i in every attribute. */
static bool symmetric(const struct topo *t, unsigned i, unsigned j)
{
    size_t x = (size_t)i * t->n + j, y = (size_t)j * t->n + i;
    for (int k = 0; k < M_COUNT; k++)
        if (!cells_equal(&t->m[k][x], &t->m[k][y]))
            return false;
    return true;
}

static bool has_access(const struct topo *t, size_t x)
{
    return t->m[M_ACCESS][x].kind == CELL_BOOL && t->m[M_ACCESS][x].value != 0.0;
}

static int topo_text_of(struct sbuf *b, const struct tool_session *s, const struct topo *t)
{
    static const char *const titles[M_COUNT] = {
        [M_ACCESS] = "Peer access (row: command device, column: peer device that owns the memory)",
        [M_ATOMICS] = "Native atomics over the link",
        [M_RANK] = "Performance rank of the link (lower is better)",
        [M_BANDWIDTH] = "Rated link bandwidth (GB/s)",
    };
    unsigned n = t->n;
    const char **cells = calloc((size_t)n * n, sizeof(*cells));
    char(*store)[16] = calloc((size_t)n * n, sizeof(*store));
    bool used_dp = false, used_unknown = false;
    char l1[32], l2[32], attrs[128];

    if (cells == NULL || store == NULL) {
        free(cells);
        free(store);
        return tool_fail(TOOL_EXIT_RUNTIME, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, "out of memory");
    }
    for (int k = 0; k < M_COUNT; k++) {
        if (k == M_RANK || k == M_BANDWIDTH) {
            if (!any_known(t, k)) {
                if (n > 1)
                    sb_printf(b, "%s: not reported by the adapter\n\n", titles[k]);
                continue;
            }
        }
        sb_printf(b, "%s\n", titles[k]);
        text_cells(s, t, k, cells, store, &used_dp, &used_unknown);
        report_text_matrix(b, s, cells, "");
        sb_putc(b, '\n');
    }

    sb_puts(b, "Links\n");
    bool any = false;
    for (unsigned i = 0; i < n; i++) {
        for (unsigned j = i + 1; j < n; j++) {
            size_t x = (size_t)i * n + j, y = (size_t)j * n + i;
            device_label(s, s->selected[i], l1, sizeof(l1));
            device_label(s, s->selected[j], l2, sizeof(l2));
            if (has_access(t, x) && symmetric(t, i, j)) {
                link_attrs(t, x, attrs, sizeof(attrs));
                sb_printf(b, "  %s <-> %s  %s\n", l1, l2, attrs);
                any = true;
                continue;
            }
            if (has_access(t, x)) {
                link_attrs(t, x, attrs, sizeof(attrs));
                sb_printf(b, "  %s -> %s  %s\n", l1, l2, attrs);
                any = true;
            }
            if (has_access(t, y)) {
                link_attrs(t, y, attrs, sizeof(attrs));
                sb_printf(b, "  %s -> %s  %s\n", l2, l1, attrs);
                any = true;
            }
        }
    }
    if (!any)
        sb_puts(b, "  (no peer access between the selected devices)\n");
    sb_puts(b, "\nLegend: X = self, OK = supported, NS = not supported");
    if (used_dp)
        sb_puts(b, ", DP = devices on different platforms (never peers)");
    if (used_unknown)
        sb_puts(b, ", - = not reported by the adapter");
    sb_putc(b, '\n');
    free(cells);
    free(store);
    return TOOL_EXIT_OK;
}

static void topo_json_of(struct jw *w, const struct tool_session *s, const struct topo *t)
{
    unsigned n = t->n;
    jw_obj(w, "topology");
    jw_str(w, "orientation", "row = command device, column = peer device that owns the memory");
    report_json_matrix_begin(w, "access", s, t->m[M_ACCESS], "bool", 0);
    jw_obj_end(w);
    report_json_matrix_begin(w, "atomics", s, t->m[M_ATOMICS], "bool", 0);
    jw_obj_end(w);
    report_json_matrix_begin(w, "performance_rank", s, t->m[M_RANK], "rank (lower is better)", 0);
    jw_obj_end(w);
    report_json_matrix_begin(w, "bandwidth_gbps", s, t->m[M_BANDWIDTH], "GB/s (rated)", 0);
    jw_obj_end(w);
    jw_arr(w, "links");
    for (unsigned i = 0; i < n; i++) {
        for (unsigned j = 0; j < n; j++) {
            size_t x = (size_t)i * n + j;
            if (i == j || !has_access(t, x))
                continue;
            bool both = symmetric(t, i, j);
            if (both && j < i)
                continue; /* written once, from the lower index */
            const struct cell *at = &t->m[M_ATOMICS][x], *rk = &t->m[M_RANK][x];
            const struct cell *bw = &t->m[M_BANDWIDTH][x];
            jw_obj_compact(w, NULL);
            jw_uint(w, "from", s->selected[i]);
            jw_uint(w, "to", s->selected[j]);
            jw_bool(w, "bidirectional", both);
            jw_bool(w, "atomics", at->kind == CELL_BOOL && at->value != 0.0);
            if (rk->kind == CELL_INT)
                jw_int(w, "rank", (int64_t)rk->value);
            else
                jw_null(w, "rank");
            if (bw->kind == CELL_INT)
                jw_int(w, "bandwidth_gbps", (int64_t)bw->value);
            else
                jw_null(w, "bandwidth_gbps");
            jw_obj_end(w);
        }
    }
    jw_arr_end(w);
    jw_obj_end(w);
}

int topo_text(struct sbuf *b, const struct tool_session *s, const struct tool_opts *o)
{
    struct topo t;
    int rc = topo_query(s, &t);
    (void)o;
    if (rc != TOOL_EXIT_OK)
        return rc;
    rc = topo_text_of(b, s, &t);
    topo_free(&t);
    return rc;
}

int topo_json(struct jw *w, const struct tool_session *s)
{
    struct topo t;
    int rc = topo_query(s, &t);
    if (rc != TOOL_EXIT_OK)
        return rc;
    topo_json_of(w, s, &t);
    topo_free(&t);
    return TOOL_EXIT_OK;
}

int cmd_topo(struct tool_session *s, const struct tool_opts *o, struct sbuf *out)
{
    int rc;
    if (o->json) {
        struct jw w;
        jw_init(&w, out);
        jw_obj(&w, NULL);
        report_json_header(&w, s, "topo");
        report_json_devices(&w, s);
        rc = topo_json(&w, s);
        jw_obj_end(&w);
        jw_finish(&w);
    } else {
        report_text_banner(out, s, o);
        rc = topo_text(out, s, o);
    }
    return rc;
}
