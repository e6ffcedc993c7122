/* SPDX-License-Identifier: MIT */
/*
 * `urpeer topo`: for every ordered pair of the selected devices, the link type (nvidia-smi topo -m
 * vocabulary, for every vendor), peer access, native atomics, performance rank and rated
 * bandwidth, as matrices with a legend, and the list of links; each device's NUMA node and CPU
 * affinity; the peers to enable first where a device has more than the driver allows.
 *
 * The link type comes from the adapter (URPEER_PEER_INFO_LINK_TYPE: the simulated node's
 * topology), else from NVML (NVLink count, PCIe common ancestor), else from the devices' places
 * in the sysfs PCI tree. `--export` writes the node as a topology file for the simulated node.
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

/* Peers one device may have enabled at once (CUDA's limit; the simulated node is planned the
 * same way). */
#define PEER_LIMIT 8

struct topo {
    unsigned n;
    struct cell *m[M_COUNT]; /* n*n each, row = command device, column = peer device */
    char (*link)[16];        /* n*n link type codes, "" unknown */
    const char **link_src;   /* n*n: "adapter", "nvml", "sysfs", NULL unknown */
    struct sys_device *sys;  /* n, by selection position */
    bool read_system;
};

static void topo_free(struct topo *t)
{
    for (int k = 0; k < M_COUNT; k++)
        free(t->m[k]);
    free(t->link);
    free(t->link_src);
    free(t->sys);
}

static void query_links(const struct tool_session *s, struct topo *t)
{
    unsigned n = t->n;
    t->read_system = !s->simulated || sysroot()[0] != '\0';
    for (unsigned i = 0; i < n && t->read_system; i++) {
        const struct tool_device *d = &s->devices[s->selected[i]];
        sys_read_device(d->field_res[DF_PCI] == UR_RESULT_SUCCESS ? d->pci : NULL, &t->sys[i]);
    }
    for (unsigned i = 0; i < n; i++) {
        for (unsigned j = 0; j < n; j++) {
            size_t x = (size_t)i * n + j;
            unsigned a = s->selected[i], b = s->selected[j];
            const struct tool_device *da = &s->devices[a], *db = &s->devices[b];
            int type = 0, links = 0;
            const char *src = "adapter";
            if (peer_info(s, a, b, URPEER_PEER_INFO_LINK_TYPE, &type) != UR_RESULT_SUCCESS)
                type = 0;
            if (type != 0 &&
                peer_info(s, a, b, URPEER_PEER_INFO_LINK_COUNT, &links) != UR_RESULT_SUCCESS)
                links = 0;
            if (type == 0 && t->read_system && da->field_res[DF_PCI] == UR_RESULT_SUCCESS &&
                db->field_res[DF_PCI] == UR_RESULT_SUCCESS) {
                src = "nvml";
                type = sys_nvml_link(da->pci, db->pci, &links);
                if (type == 0) {
                    src = "sysfs";
                    type = sys_pci_link_type(&t->sys[i], &t->sys[j]);
                }
            }
            if (link_type_code(type, links, t->link[x], sizeof(t->link[x])) != NULL)
                t->link_src[x] = src;
        }
    }
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
    bool oom = false;
    for (int k = 0; k < M_COUNT; k++)
        oom |= (t->m[k] = calloc((size_t)n * n, sizeof(struct cell))) == NULL;
    t->link = calloc((size_t)n * n, sizeof(*t->link));
    t->link_src = calloc((size_t)n * n, sizeof(*t->link_src));
    t->sys = calloc(n ? n : 1, sizeof(*t->sys));
    if (oom || t->link == NULL || t->link_src == NULL || t->sys == NULL) {
        topo_free(t);
        return tool_fail(TOOL_EXIT_RESOURCE, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, "out of memory");
    }
    query_links(s, t);
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
    size_t len =
        (size_t)snprintf(buf, n, "%s%saccess, %s", t->link[x], t->link[x][0] ? ", " : "",
                         at->kind == CELL_BOOL && at->value != 0.0 ? "atomics" : "no atomics");
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

/* ---- Peer plan ---- */

struct plan_ctx {
    const struct topo *t;
    unsigned row;
};

static double rank_of(const struct topo *t, size_t x)
{
    return t->m[M_RANK][x].kind == CELL_INT ? t->m[M_RANK][x].value : 1e18;
}

static double bw_of(const struct topo *t, size_t x)
{
    return t->m[M_BANDWIDTH][x].kind == CELL_INT ? t->m[M_BANDWIDTH][x].value : 0.0;
}

/* The advertised peers of row i in the order to enable them: rank, then bandwidth, then index.
 * Returns how many. */
static unsigned plan_peers(const struct topo *t, unsigned i, unsigned *order)
{
    unsigned n = t->n, k = 0;
    for (unsigned j = 0; j < n; j++)
        if (j != i && has_access(t, (size_t)i * n + j))
            order[k++] = j;
    for (unsigned a = 1; a < k; a++) { /* insertion sort: few peers */
        unsigned v = order[a], b = a;
        size_t xv = (size_t)i * n + v;
        while (b > 0) {
            size_t xp = (size_t)i * n + order[b - 1];
            bool before = rank_of(t, xv) < rank_of(t, xp) ||
                          (rank_of(t, xv) == rank_of(t, xp) && bw_of(t, xv) > bw_of(t, xp));
            if (!before)
                break;
            order[b] = order[b - 1];
            b--;
        }
        order[b] = v;
    }
    return k;
}

static bool plan_needed(const struct topo *t)
{
    unsigned n = t->n, peers;
    for (unsigned i = 0; i < n; i++) {
        peers = 0;
        for (unsigned j = 0; j < n; j++)
            peers += j != i && has_access(t, (size_t)i * n + j);
        if (peers > PEER_LIMIT)
            return true;
    }
    return false;
}

static void plan_text(struct sbuf *b, const struct tool_session *s, const struct topo *t)
{
    unsigned n = t->n;
    unsigned *order = calloc(n ? n : 1, sizeof(*order));
    char l1[32];
    if (order == NULL) {
        b->oom = true;
        return;
    }
    sb_printf(b,
              "\nPeer plan: the driver allows %d enabled peers per device (CUDA); enable the "
              "first ones\n",
              PEER_LIMIT);
    for (unsigned i = 0; i < n; i++) {
        unsigned k = plan_peers(t, i, order);
        if (k <= PEER_LIMIT)
            continue;
        sb_printf(b, "  %s: %u peers; first:", device_label(s, s->selected[i], l1, sizeof(l1)), k);
        for (unsigned m = 0; m < k; m++)
            sb_printf(b, "%s %s",
                      m == PEER_LIMIT ? "; left out:"
                      : m             ? ","
                                      : "",
                      device_label(s, s->selected[order[m]], l1, sizeof(l1)));
        sb_putc(b, '\n');
    }
    free(order);
}

static void plan_json(struct jw *w, const struct tool_session *s, const struct topo *t)
{
    unsigned n = t->n;
    unsigned *order = calloc(n ? n : 1, sizeof(*order));
    if (order == NULL) {
        w->b->oom = true;
        return;
    }
    jw_obj(w, "peer_plan");
    jw_int(w, "limit", PEER_LIMIT);
    jw_arr(w, "devices");
    for (unsigned i = 0; i < n; i++) {
        unsigned k = plan_peers(t, i, order);
        if (k <= PEER_LIMIT)
            continue;
        jw_obj_compact(w, NULL);
        jw_uint(w, "index", s->selected[i]);
        jw_uint(w, "peers", k);
        jw_arr_compact(w, "enable_first");
        for (unsigned m = 0; m < PEER_LIMIT; m++)
            jw_uint(w, NULL, s->selected[order[m]]);
        jw_arr_end(w);
        jw_arr_compact(w, "left_out");
        for (unsigned m = PEER_LIMIT; m < k; m++)
            jw_uint(w, NULL, s->selected[order[m]]);
        jw_arr_end(w);
        jw_obj_end(w);
    }
    jw_arr_end(w);
    jw_obj_end(w);
    free(order);
}

/* ---- Affinity ---- */

static const char *affinity_reason(const struct tool_session *s, const struct topo *t, unsigned i)
{
    if (!t->read_system)
        return "simulated node: not in sysfs";
    if (s->devices[s->selected[i]].field_res[DF_PCI] != UR_RESULT_SUCCESS)
        return "the adapter does not report the PCI address";
    if (!t->sys[i].known)
        return "the PCI device is not in sysfs";
    return NULL;
}

static void affinity_text(struct sbuf *b, const struct tool_session *s, const struct topo *t)
{
    char l1[32];
    sb_puts(b, "\nDevice affinity (NUMA node, CPUs)\n");
    for (unsigned i = 0; i < t->n; i++) {
        const char *why = affinity_reason(s, t, i);
        device_label(s, s->selected[i], l1, sizeof(l1));
        if (why != NULL)
            sb_printf(b, "  %s  - (%s)\n", l1, why);
        else if (t->sys[i].numa_node >= 0)
            sb_printf(b, "  %s  NUMA node %d%s, CPUs %s\n", l1, t->sys[i].numa_node,
                      t->sys[i].numa_from_cpus ? " (of its CPUs; the device reports none)" : "",
                      t->sys[i].cpulist[0] ? t->sys[i].cpulist : "-");
        else
            sb_printf(b, "  %s  NUMA node - (none reported), CPUs %s\n", l1,
                      t->sys[i].cpulist[0] ? t->sys[i].cpulist : "-");
    }
}

static void affinity_json(struct jw *w, const struct tool_session *s, const struct topo *t)
{
    jw_arr(w, "affinity");
    for (unsigned i = 0; i < t->n; i++) {
        const char *why = affinity_reason(s, t, i);
        jw_obj_compact(w, NULL);
        jw_uint(w, "index", s->selected[i]);
        if (why == NULL && t->sys[i].numa_node >= 0)
            jw_int(w, "numa_node", t->sys[i].numa_node);
        else
            jw_null(w, "numa_node");
        jw_str(w, "numa_source",
               why != NULL || t->sys[i].numa_node < 0 ? NULL
               : t->sys[i].numa_from_cpus             ? "cpu_affinity"
                                                      : "device");
        jw_str(w, "cpus", why == NULL && t->sys[i].cpulist[0] ? t->sys[i].cpulist : NULL);
        jw_str(w, "reason", why);
        jw_obj_end(w);
    }
    jw_arr_end(w);
}

static void link_text(struct sbuf *b, const struct tool_session *s, const struct topo *t)
{
    unsigned n = t->n;
    const char **cells = calloc((size_t)n * n, sizeof(*cells));
    if (cells == NULL) {
        b->oom = true;
        return;
    }
    for (size_t x = 0; x < (size_t)n * n; x++)
        cells[x] = t->link[x][0] ? t->link[x] : "-";
    sb_puts(b, "Link type (NV# = NVLink with # links, XGMI, XELINK, PIX = one PCIe switch, PXB = "
               "several,\nPHB = host bridge, NODE = within a NUMA node, SYS = across sockets)\n");
    report_text_matrix(b, s, cells, "");
    sb_putc(b, '\n');
    free(cells);
}

static void link_json(struct jw *w, const struct tool_session *s, const struct topo *t)
{
    unsigned n = t->n;
    jw_obj(w, "link_type");
    jw_str(w, "unit", "nvidia-smi topo -m code");
    jw_arr_compact(w, "index");
    for (unsigned i = 0; i < n; i++)
        jw_uint(w, NULL, s->selected[i]);
    jw_arr_end(w);
    jw_arr(w, "values");
    for (unsigned i = 0; i < n; i++) {
        jw_arr_compact(w, NULL);
        for (unsigned j = 0; j < n; j++)
            jw_str(w, NULL, t->link[(size_t)i * n + j][0] ? t->link[(size_t)i * n + j] : NULL);
        jw_arr_end(w);
    }
    jw_arr_end(w);
    jw_arr(w, "sources");
    for (unsigned i = 0; i < n; i++) {
        jw_arr_compact(w, NULL);
        for (unsigned j = 0; j < n; j++)
            jw_str(w, NULL, t->link_src[(size_t)i * n + j]);
        jw_arr_end(w);
    }
    jw_arr_end(w);
    jw_arr(w, "reasons");
    for (unsigned i = 0; i < n; i++) {
        jw_arr_compact(w, NULL);
        for (unsigned j = 0; j < n; j++) {
            size_t x = (size_t)i * n + j;
            jw_str(w, NULL,
                   t->link[x][0] ? NULL
                   : !same_platform(s, s->selected[i], s->selected[j])
                       ? "devices on different platforms"
                   : t->read_system ? "not reported by the adapter, NVML or sysfs"
                                    : "not reported by the adapter (simulated node: no sysfs)");
        }
        jw_arr_end(w);
    }
    jw_arr_end(w);
    jw_obj_end(w);
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
    link_text(b, s, t);
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
    affinity_text(b, s, t);
    if (plan_needed(t))
        plan_text(b, s, t);
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
    link_json(w, s, t);
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
            jw_str(w, "link_type", t->link[x][0] ? t->link[x] : NULL);
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
    affinity_json(w, s, t);
    plan_json(w, s, t);
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

/* ---- Export as a topology file ---- */

static void export_size(struct sbuf *b, uint64_t bytes)
{
    static const char *const units[] = {"TiB", "GiB", "MiB"};
    for (int u = 0; u < 3; u++) {
        unsigned shift = 40u - 10u * (unsigned)u;
        if (bytes >= (1ull << shift) && bytes % (1ull << shift) == 0) {
            sb_printf(b, "%llu%s", (unsigned long long)(bytes >> shift), units[u]);
            return;
        }
    }
    sb_printf(b, "%llu", (unsigned long long)bytes);
}

static void export_quoted(struct sbuf *b, const char *s)
{
    sb_putc(b, '"');
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\')
            sb_putc(b, '\\');
        sb_putc(b, ch < 0x20 || ch == 0x7f ? ' ' : (char)ch);
    }
    sb_putc(b, '"');
}

static void export_attrs(struct sbuf *b, const struct topo *t, size_t x)
{
    const struct cell *at = &t->m[M_ATOMICS][x], *rk = &t->m[M_RANK][x];
    const struct cell *bw = &t->m[M_BANDWIDTH][x];
    sb_puts(b, has_access(t, x) ? " access" : " none");
    if (has_access(t, x) && at->kind == CELL_BOOL && at->value != 0.0)
        sb_puts(b, " atomics");
    if (rk->kind == CELL_INT)
        sb_printf(b, " rank %d", (int)rk->value);
    if (bw->kind == CELL_INT && bw->value > 0.0)
        sb_printf(b, " bandwidth %d", (int)bw->value);
    if (t->link[x][0])
        sb_printf(b, " type %s", t->link[x]);
}

static int topo_export(struct sbuf *b, const struct tool_session *s)
{
    struct topo t;
    int rc = topo_query(s, &t);
    if (rc != TOOL_EXIT_OK)
        return rc;
    unsigned n = t.n;
    sb_puts(b, "urpeer-topology 1\n");
    if (s->simulated)
        sb_printf(b, "# Exported by urpeer topo --export from the simulated node (%s).\n",
                  s->sim_spec);
    else
        sb_puts(b, "# Exported by urpeer topo --export from this machine; replay it with "
                   "urpeer --sim=FILE.\n");
    sb_printf(b, "devices %u\n", n);
    for (unsigned i = 0; i < n; i++) {
        const struct tool_device *d = &s->devices[s->selected[i]];
        sb_printf(b, "device %u name ", i);
        export_quoted(b, d->name);
        if (d->memory >= (1ull << 20)) {
            sb_puts(b, " memory ");
            export_size(b, d->memory);
        }
        if (s->selected[i] != i)
            sb_printf(b, " # device %u of the node", s->selected[i]);
        sb_putc(b, '\n');
    }
    for (unsigned i = 0; i < n; i++) {
        for (unsigned j = i + 1; j < n; j++) {
            size_t x = (size_t)i * n + j, y = (size_t)j * n + i;
            if (symmetric(&t, i, j) && strcmp(t.link[x], t.link[y]) == 0) {
                sb_printf(b, "link %u <-> %u", i, j);
                export_attrs(b, &t, x);
                sb_putc(b, '\n');
                continue;
            }
            sb_printf(b, "link %u -> %u", i, j);
            export_attrs(b, &t, x);
            sb_printf(b, "\nlink %u -> %u", j, i);
            export_attrs(b, &t, y);
            sb_putc(b, '\n');
        }
    }
    sb_puts(b, "end\n");
    topo_free(&t);
    return TOOL_EXIT_OK;
}

int cmd_topo(struct tool_session *s, const struct tool_opts *o, struct sbuf *out)
{
    int rc;
    if (o->export_topology) {
        if (o->json)
            return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                             "--export prints a topology file, not JSON: drop --json");
        return topo_export(out, s);
    }
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
