/* SPDX-License-Identifier: MIT */
/*
 * `urpeer check`: prove that copies between devices carry the right data.
 *
 * For every ordered pair FROM -> TO (FROM: the command device, TO: the peer device that owns the
 * memory), twice: with peer access enabled (where supported) and with it disabled:
 *   peer->local: a pattern is written to a buffer on TO, a buffer on FROM is filled with a poison
 *                byte, the TO buffer is copied into the FROM buffer on FROM's queue, read back,
 *                and every byte compared;
 *   local->peer: the same the other way (FROM's buffer copied into TO's, on FROM's queue).
 * The diagonal (FROM == TO) checks device-local copies. On the simulated node the adapter's
 * counters also tell which path each copy took (direct over the link, staged through the host,
 * local), and a path other than the expected one fails the pair.
 */
#include "urpeer_tool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK_DEFAULT_SIZE ((size_t)1 << 20)
#define POISON_BYTE 0xDB

enum verdict { V_PASS, V_FAIL, V_NA, V_SKIP };
enum { MODE_ENABLED, MODE_DISABLED, NUM_MODES };
enum { DIR_PEER_TO_LOCAL, DIR_LOCAL_TO_PEER, NUM_DIRS };

static const char *const verdict_name[] = {"PASS", "FAIL", "N/A", "SKIP"};
static const char *const mode_name[NUM_MODES] = {"enabled", "disabled"};
static const char *const dir_name[NUM_DIRS] = {"peer->local", "local->peer"};
static const char *const dir_key[NUM_DIRS] = {"peer_to_local", "local_to_peer"};

struct mode_result {
    enum verdict v;
    enum verdict dir[NUM_DIRS];
    const char *path; /* "direct", "staged", "local", "mixed"; NULL: not known */
    char reason[384];
};

struct pair_result {
    unsigned from, to;
    enum verdict v;
    bool access_supported;
    struct mode_result mode[NUM_MODES];
};

struct check_ctx {
    struct tool_session *s;
    const struct tool_opts *o;
    size_t size;
    unsigned char *pattern;    /* host: what is written */
    unsigned char *readback;   /* host: what is read back */
    ur_queue_handle_t *queues; /* per device, created on first use */
    bool inject_pending;
};

/* ---- Helpers ---- */

static void make_pattern(unsigned char *p, size_t n, uint32_t seed)
{
    uint32_t x = seed ? seed : 0x9E3779B9u;
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        p[i] = (unsigned char)(x >> 24);
    }
}

/* Compare; on a difference write the reason and return false. */
static bool verify(const unsigned char *want, const unsigned char *got, size_t n, char *reason,
                   size_t rn)
{
    size_t first = 0, count = 0;
    for (size_t i = 0; i < n; i++) {
        if (want[i] != got[i]) {
            if (count == 0)
                first = i;
            count++;
        }
    }
    if (count == 0)
        return true;
    int len = snprintf(reason, rn, "byte %zu of %zu differs: expected 0x%02x got 0x%02x", first, n,
                       want[first], got[first]);
    if (count > 1 && len > 0 && (size_t)len < rn)
        snprintf(reason + len, rn - (size_t)len, " (%zu bytes differ)", count);
    return false;
}

/* The queue of a device, created on first use; on failure the reason is written. */
static bool queue_of(struct check_ctx *c, unsigned dev, ur_queue_handle_t *out, char *reason,
                     size_t rn)
{
    struct tool_session *s = c->s;
    if (c->queues[dev] == NULL) {
        ur_context_handle_t ctx;
        if (session_context(s, s->devices[dev].platform, &ctx) != TOOL_EXIT_OK) {
            snprintf(reason, rn, "urContextCreate failed");
            return false;
        }
        ur_result_t res = urQueueCreate(ctx, s->devices[dev].h, NULL, &c->queues[dev]);
        if (res != UR_RESULT_SUCCESS) {
            c->queues[dev] = NULL;
            describe_failure(s, s->devices[dev].adapter, "urQueueCreate", res, reason, rn);
            return false;
        }
    }
    *out = c->queues[dev];
    return true;
}

static void fail_call(struct check_ctx *c, unsigned dev, const char *what, ur_result_t res,
                      char *reason, size_t rn)
{
    describe_failure(c->s, c->s->devices[dev].adapter, what, res, reason, rn);
}

static bool sim_stats(const struct check_ctx *c, urpeer_sim_stats_t *st)
{
    return c->s->sim_adapter != NULL &&
           urpeerSimGetStats(c->s->sim_adapter, st) == UR_RESULT_SUCCESS;
}

/* Which path the bytes counted between two snapshots took. */
static const char *path_of(const urpeer_sim_stats_t *a, const urpeer_sim_stats_t *b)
{
    uint64_t local = b->bytesLocal - a->bytesLocal;
    uint64_t direct = b->bytesDirect - a->bytesDirect;
    uint64_t staged = b->bytesStaged - a->bytesStaged;
    int kinds = (local != 0) + (direct != 0) + (staged != 0);
    if (kinds != 1)
        return kinds == 0 ? "none" : "mixed";
    return local ? "local" : direct ? "direct" : "staged";
}

/* ---- One direction of one mode ---- */

/* Copy `src_dev`'s buffer into `dst_dev`'s on `cmd`'s queue and verify. Returns a verdict; the
 * reason is written on failure. `path` gets the simulated path of the copy (or NULL). */
static enum verdict run_direction(struct check_ctx *c, unsigned cmd, unsigned src_dev, void *src,
                                  unsigned dst_dev, void *dst, uint32_t seed, const char **path,
                                  char *reason, size_t rn)
{
    ur_queue_handle_t q_cmd, q_src, q_dst;
    ur_result_t res;
    unsigned char poison = POISON_BYTE;
    urpeer_sim_stats_t before, after;
    char what[128], l1[32], l2[32];

    *path = NULL;
    if (!queue_of(c, cmd, &q_cmd, reason, rn) || !queue_of(c, src_dev, &q_src, reason, rn) ||
        !queue_of(c, dst_dev, &q_dst, reason, rn))
        return V_FAIL;
    device_label(c->s, src_dev, l1, sizeof(l1));
    device_label(c->s, dst_dev, l2, sizeof(l2));

    /* The source gets the pattern from the host on its own device's queue. */
    make_pattern(c->pattern, c->size, seed);
    res = urEnqueueUSMMemcpy(q_src, true, src, c->pattern, c->size, 0, NULL, NULL);
    if (res != UR_RESULT_SUCCESS) {
        snprintf(what, sizeof(what), "urEnqueueUSMMemcpy (host to %s)", l1);
        fail_call(c, src_dev, what, res, reason, rn);
        return V_FAIL;
    }
    /* The destination is poisoned so that a copy that does nothing cannot pass. */
    res = urEnqueueUSMFill(q_dst, dst, 1, &poison, c->size, 0, NULL, NULL);
    if (res == UR_RESULT_SUCCESS)
        res = urQueueFinish(q_dst);
    if (res != UR_RESULT_SUCCESS) {
        snprintf(what, sizeof(what), "urEnqueueUSMFill (%s)", l2);
        fail_call(c, dst_dev, what, res, reason, rn);
        return V_FAIL;
    }

    if (c->inject_pending && src_dev != dst_dev) {
        res = urpeerSimInjectFault(c->s->sim_adapter, "corrupt_copy", 1, 0);
        c->inject_pending = false;
        if (res != UR_RESULT_SUCCESS) {
            snprintf(reason, rn, "urpeerSimInjectFault: %s", urpeerResultString(res));
            return V_FAIL;
        }
    }

    bool have_stats = sim_stats(c, &before);
    res = urEnqueueUSMMemcpy(q_cmd, true, dst, src, c->size, 0, NULL, NULL);
    if (res != UR_RESULT_SUCCESS) {
        snprintf(what, sizeof(what), "urEnqueueUSMMemcpy (%s to %s)", l1, l2);
        fail_call(c, cmd, what, res, reason, rn);
        return V_FAIL;
    }
    if (have_stats && sim_stats(c, &after))
        *path = path_of(&before, &after);

    memset(c->readback, ~POISON_BYTE & 0xFF, c->size);
    res = urEnqueueUSMMemcpy(q_dst, true, c->readback, dst, c->size, 0, NULL, NULL);
    if (res != UR_RESULT_SUCCESS) {
        snprintf(what, sizeof(what), "urEnqueueUSMMemcpy (%s to host)", l2);
        fail_call(c, dst_dev, what, res, reason, rn);
        return V_FAIL;
    }
    if (!verify(c->pattern, c->readback, c->size, reason, rn))
        return V_FAIL;
    return V_PASS;
}

static uint32_t seed_of(unsigned from, unsigned to, int mode, int dir)
{
    return 0x2545F491u ^ ((uint32_t)from * 65599u + (uint32_t)to * 257u + (uint32_t)mode * 17u +
                          (uint32_t)dir * 3u + 1u);
}

/* Both directions of one mode. */
static void run_mode(struct check_ctx *c, struct pair_result *pr, int mode, void *local, void *peer)
{
    struct mode_result *m = &pr->mode[mode];
    const char *expected = pr->from == pr->to     ? "local"
                           : mode == MODE_ENABLED ? "direct"
                                                  : "staged";
    const char *paths[NUM_DIRS];
    char reason[384];

    m->v = V_PASS;
    for (int d = 0; d < NUM_DIRS; d++) {
        reason[0] = '\0';
        if (d == DIR_PEER_TO_LOCAL)
            m->dir[d] = run_direction(c, pr->from, pr->to, peer, pr->from, local,
                                      seed_of(pr->from, pr->to, mode, d), &paths[d], reason,
                                      sizeof(reason));
        else
            m->dir[d] = run_direction(c, pr->from, pr->from, local, pr->to, peer,
                                      seed_of(pr->from, pr->to, mode, d), &paths[d], reason,
                                      sizeof(reason));
        if (m->dir[d] == V_PASS && paths[d] != NULL && strcmp(paths[d], expected) != 0) {
            m->dir[d] = V_FAIL;
            snprintf(reason, sizeof(reason), "the copy went %s, expected %s", paths[d], expected);
        }
        if (m->dir[d] == V_FAIL && m->v != V_FAIL) {
            m->v = V_FAIL;
            if (snprintf(m->reason, sizeof(m->reason), "%s: %s", dir_name[d], reason) >=
                (int)sizeof(m->reason))
                m->reason[sizeof(m->reason) - 1] = '\0'; /* a long reason is cut, still ended */
        }
    }
    m->path = paths[0] != NULL && paths[1] != NULL && strcmp(paths[0], paths[1]) == 0 ? paths[0]
              : paths[0] != NULL && paths[1] != NULL                                  ? "mixed"
                                                                                      : NULL;
}

static bool enabled_now(struct check_ctx *c, unsigned a, unsigned b, int *value)
{
    return peer_info(c->s, a, b, URPEER_PEER_INFO_ACCESS_ENABLED, value) == UR_RESULT_SUCCESS;
}

static void mode_fail(struct mode_result *m, const char *reason)
{
    m->v = V_FAIL;
    m->dir[0] = m->dir[1] = V_NA;
    snprintf(m->reason, sizeof(m->reason), "%s", reason);
}

/* ---- One pair ---- */

static void run_pair(struct check_ctx *c, struct pair_result *pr)
{
    struct tool_session *s = c->s;
    unsigned a = pr->from, b = pr->to;
    const struct tool_device *da = &s->devices[a], *db = &s->devices[b];
    void *local = NULL, *peer = NULL;
    ur_context_handle_t ctx;
    ur_result_t res;
    char msg[384], l1[32], l2[32], what[160];
    int v = 0;

    device_label(s, a, l1, sizeof(l1));
    device_label(s, b, l2, sizeof(l2));
    if (da->platform != db->platform) {
        pr->v = V_SKIP;
        for (int m = 0; m < NUM_MODES; m++) {
            pr->mode[m].v = V_SKIP;
            pr->mode[m].dir[0] = pr->mode[m].dir[1] = V_SKIP;
            snprintf(pr->mode[m].reason, sizeof(pr->mode[m].reason),
                     "devices on different platforms: no common context to copy in");
        }
        return;
    }
    pr->access_supported =
        peer_info(s, a, b, UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, &v) == UR_RESULT_SUCCESS &&
        v != 0;

    if (session_context(s, da->platform, &ctx) != TOOL_EXIT_OK) {
        mode_fail(&pr->mode[0], "urContextCreate failed");
        mode_fail(&pr->mode[1], "urContextCreate failed");
        goto out_verdict;
    }
    res = urUSMDeviceAlloc(ctx, da->h, NULL, NULL, c->size, &local);
    if (res != UR_RESULT_SUCCESS) {
        snprintf(what, sizeof(what), "urUSMDeviceAlloc (%s)", l1);
        fail_call(c, a, what, res, msg, sizeof(msg));
        mode_fail(&pr->mode[0], msg);
        mode_fail(&pr->mode[1], msg);
        goto out_verdict;
    }
    res = urUSMDeviceAlloc(ctx, db->h, NULL, NULL, c->size, &peer);
    if (res != UR_RESULT_SUCCESS) {
        snprintf(what, sizeof(what), "urUSMDeviceAlloc (%s)", l2);
        fail_call(c, b, what, res, msg, sizeof(msg));
        mode_fail(&pr->mode[0], msg);
        mode_fail(&pr->mode[1], msg);
        goto out_free_local;
    }

    /* Peer access enabled. */
    struct mode_result *me = &pr->mode[MODE_ENABLED];
    if (a != b && !pr->access_supported) {
        me->v = V_NA;
        me->dir[0] = me->dir[1] = V_NA;
        res = urUsmP2PEnablePeerAccessExp(da->h, db->h);
        if (res == UR_RESULT_SUCCESS) {
            urUsmP2PDisablePeerAccessExp(da->h, db->h);
            mode_fail(me, "urUsmP2PEnablePeerAccessExp succeeded although access is not supported");
        } else {
            snprintf(me->reason, sizeof(me->reason), "no peer access (enable refused with %s)",
                     urpeerResultString(res));
        }
    } else {
        res = urUsmP2PEnablePeerAccessExp(da->h, db->h);
        if (res != UR_RESULT_SUCCESS) {
            snprintf(what, sizeof(what), "urUsmP2PEnablePeerAccessExp (%s -> %s)", l1, l2);
            fail_call(c, a, what, res, msg, sizeof(msg));
            mode_fail(me, msg);
        } else {
            if (a != b && (!enabled_now(c, a, b, &v) || v != 1))
                mode_fail(me, "access not reported enabled (URPEER_PEER_INFO_ACCESS_ENABLED) after "
                              "urUsmP2PEnablePeerAccessExp");
            else
                run_mode(c, pr, MODE_ENABLED, local, peer);
            res = urUsmP2PDisablePeerAccessExp(da->h, db->h);
            if (res != UR_RESULT_SUCCESS && me->v != V_FAIL) {
                snprintf(what, sizeof(what), "urUsmP2PDisablePeerAccessExp (%s -> %s)", l1, l2);
                fail_call(c, a, what, res, msg, sizeof(msg));
                mode_fail(me, msg);
            }
        }
    }

    /* Peer access disabled. */
    struct mode_result *md = &pr->mode[MODE_DISABLED];
    if (a != b && (!enabled_now(c, a, b, &v) || v != 0))
        mode_fail(md, "access still reported enabled after urUsmP2PDisablePeerAccessExp");
    else
        run_mode(c, pr, MODE_DISABLED, local, peer);

    urUSMFree(ctx, peer);
out_free_local:
    urUSMFree(ctx, local);
out_verdict:
    pr->v = (pr->mode[0].v == V_FAIL || pr->mode[1].v == V_FAIL) ? V_FAIL : V_PASS;
}

/* ---- Output ---- */

static void pair_reason(const struct pair_result *pr, char *buf, size_t n)
{
    size_t len = 0;
    buf[0] = '\0';
    for (int m = 0; m < NUM_MODES; m++) {
        const struct mode_result *mr = &pr->mode[m];
        if (mr->v != V_FAIL && mr->v != V_SKIP)
            continue;
        if (pr->v == V_SKIP) {
            snprintf(buf, n, "%s", mr->reason);
            return;
        }
        int w = snprintf(buf + len, n - len, "%saccess %s, %s", len ? "; " : "", mode_name[m],
                         mr->reason);
        if (w < 0 || (size_t)w >= n - len)
            return;
        len += (size_t)w;
    }
}

static void mode_text(const struct pair_result *pr, int m, char *buf, size_t n)
{
    const struct mode_result *mr = &pr->mode[m];
    if (mr->v == V_PASS)
        snprintf(buf, n, "%s: ok%s%s%s", mode_name[m], mr->path ? " (" : "",
                 mr->path ? mr->path : "", mr->path ? ")" : "");
    else if (mr->v == V_NA)
        snprintf(buf, n, "%s: n/a, %s", mode_name[m], mr->reason);
    else
        snprintf(buf, n, "%s: %s", mode_name[m], verdict_name[mr->v]);
}

static void check_text(struct sbuf *b, const struct check_ctx *c, const struct pair_result *pr,
                       unsigned np)
{
    const struct tool_opts *o = c->o;
    unsigned counts[4] = {0};
    char size_s[32], l1[32], l2[32], reason[1024], m0[512], m1[512];
    format_bytes(size_s, sizeof(size_s), c->size);

    report_text_banner(b, c->s, o);
    sb_printf(b, "Check: %zu-byte copies (%s), every byte verified\n", c->size, size_s);
    sb_puts(b, "FROM = command device, TO = peer device that owns the memory; copies TO->FROM "
               "(peer->local)\nand FROM->TO (local->peer) on FROM's queue, with peer access "
               "enabled and disabled.\n\n");
    size_t w = strlen("FROM -> TO");
    for (unsigned k = 0; k < np; k++) {
        size_t l = strlen(device_label(c->s, pr[k].from, l1, sizeof(l1))) +
                   strlen(device_label(c->s, pr[k].to, l2, sizeof(l2))) + 4;
        if (l > w)
            w = l;
    }
    sb_printf(b, "%-*s  RESULT  DETAILS\n", (int)w, "FROM -> TO");
    for (unsigned k = 0; k < np; k++) {
        const struct pair_result *p = &pr[k];
        char pair_s[80];
        counts[p->v]++;
        snprintf(pair_s, sizeof(pair_s), "%s -> %s", device_label(c->s, p->from, l1, sizeof(l1)),
                 device_label(c->s, p->to, l2, sizeof(l2)));
        const char *on = !o->colour       ? ""
                         : p->v == V_PASS ? "\033[32m"
                         : p->v == V_FAIL ? "\033[1;31m"
                                          : "\033[33m";
        const char *off = o->colour ? "\033[0m" : "";
        sb_printf(b, "%-*s  %s%-4s%s    ", (int)w, pair_s, on, verdict_name[p->v], off);
        if (p->v == V_PASS) {
            mode_text(p, MODE_ENABLED, m0, sizeof(m0));
            mode_text(p, MODE_DISABLED, m1, sizeof(m1));
            sb_printf(b, "%s; %s\n", m0, m1);
        } else {
            pair_reason(p, reason, sizeof(reason));
            sb_printf(b, "%s\n", reason);
        }
    }
    sb_printf(b, "\n%u pair%s: %u passed, %u failed, %u skipped\n", np, np == 1 ? "" : "s",
              counts[V_PASS], counts[V_FAIL], counts[V_SKIP]);
}

static void check_json(struct sbuf *b, const struct check_ctx *c, const struct pair_result *pr,
                       unsigned np)
{
    struct jw w;
    unsigned counts[4] = {0};
    char reason[1024];

    jw_init(&w, b);
    jw_obj(&w, NULL);
    report_json_header(&w, c->s, "check");
    report_json_devices(&w, c->s);
    jw_obj(&w, "check");
    jw_uint(&w, "size", c->size);
    jw_str(&w, "method",
           "per pair FROM -> TO and per mode (peer access enabled, disabled): a pseudo-random "
           "pattern is copied TO->FROM (peer_to_local) and FROM->TO (local_to_peer) on FROM's "
           "queue into a buffer poisoned with 0xdb, read back and compared byte by byte");
    jw_arr(&w, "pairs");
    for (unsigned k = 0; k < np; k++) {
        const struct pair_result *p = &pr[k];
        counts[p->v]++;
        jw_obj(&w, NULL);
        jw_uint(&w, "from", p->from);
        jw_uint(&w, "to", p->to);
        jw_str(&w, "result", verdict_name[p->v]);
        if (p->v == V_PASS) {
            jw_null(&w, "reason");
        } else {
            pair_reason(p, reason, sizeof(reason));
            jw_str(&w, "reason", reason);
        }
        jw_bool(&w, "access_supported", p->access_supported);
        for (int m = 0; m < NUM_MODES; m++) {
            const struct mode_result *mr = &p->mode[m];
            jw_obj_compact(&w, mode_name[m]);
            jw_str(&w, "result", verdict_name[mr->v]);
            jw_str(&w, "reason", mr->v == V_PASS ? NULL : mr->reason);
            jw_str(&w, "path", mr->path);
            for (int d = 0; d < NUM_DIRS; d++)
                jw_str(&w, dir_key[d], verdict_name[mr->dir[d]]);
            jw_obj_end(&w);
        }
        jw_obj_end(&w);
    }
    jw_arr_end(&w);
    jw_obj_compact(&w, "summary");
    jw_uint(&w, "pairs", np);
    jw_uint(&w, "passed", counts[V_PASS]);
    jw_uint(&w, "failed", counts[V_FAIL]);
    jw_uint(&w, "skipped", counts[V_SKIP]);
    jw_obj_end(&w);
    jw_obj_end(&w);
    jw_obj_end(&w);
    jw_finish(&w);
}

/* ---- Entry ---- */

int cmd_check(struct tool_session *s, const struct tool_opts *o, struct sbuf *out)
{
    struct check_ctx c = {.s = s, .o = o};
    struct pair_result *pr = NULL;
    unsigned n = s->num_selected, np = n * n;
    int rc = TOOL_EXIT_OK;

    c.size = o->num_sizes ? o->sizes[0] : CHECK_DEFAULT_SIZE;
    for (unsigned k = 0; k < n; k++) {
        const struct tool_device *d = &s->devices[s->selected[k]];
        if (d->max_alloc != 0 && c.size > d->max_alloc)
            return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                             "--size %zu is larger than the largest allocation of device %u "
                             "(%llu bytes)",
                             c.size, d->index, (unsigned long long)d->max_alloc);
    }
    if (o->inject_corrupt_copy) {
        if (s->sim_adapter == NULL)
            return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                             "--inject-corrupt-copy needs the simulated node (--sim)");
        c.inject_pending = true;
    }

    c.pattern = malloc(c.size);
    c.readback = malloc(c.size);
    c.queues = calloc(s->num_devices, sizeof(*c.queues));
    pr = calloc(np, sizeof(*pr));
    if (c.pattern == NULL || c.readback == NULL || c.queues == NULL || pr == NULL) {
        rc = tool_fail(TOOL_EXIT_RUNTIME, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, "out of memory");
        goto out_free;
    }

    for (unsigned i = 0; i < n; i++) {
        for (unsigned j = 0; j < n; j++) {
            struct pair_result *p = &pr[i * n + j];
            p->from = s->selected[i];
            p->to = s->selected[j];
            run_pair(&c, p);
        }
    }

    bool failed = false;
    for (unsigned k = 0; k < np; k++)
        failed |= pr[k].v == V_FAIL;
    if (o->json)
        check_json(out, &c, pr, np);
    else
        check_text(out, &c, pr, np);
    rc = failed ? TOOL_EXIT_CHECK_FAILED : TOOL_EXIT_OK;

out_free:
    if (c.queues != NULL)
        for (unsigned d = 0; d < s->num_devices; d++)
            if (c.queues[d] != NULL)
                urQueueRelease(c.queues[d]);
    free(c.queues);
    free(c.pattern);
    free(c.readback);
    free(pr);
    return rc;
}
