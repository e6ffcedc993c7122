/* SPDX-License-Identifier: MIT */
/*
 * `urpeer check`: prove that copies between devices carry the right data, and say for every
 * ordered pair what peer access really gives, with the reason.
 *
 * For every ordered pair FROM -> TO (FROM: the command device, TO: the peer device that owns the
 * memory), twice: with peer access enabled (where the driver advertises it) and with it disabled:
 *   peer->local: a pattern is written to a buffer on TO, a buffer on FROM is filled with a poison
 *                byte, the TO buffer is copied into the FROM buffer on FROM's queue, read back,
 *                and every byte compared;
 *   local->peer: the same the other way (FROM's buffer copied into TO's, on FROM's queue).
 * On the simulated node the adapter's counters also tell which path each copy took (direct over
 * the link, staged through the host, local).
 *
 * Verdicts: OK (advertised and verified), BROKEN (data wrong or lost), UNADVERTISED (not
 * advertised, yet copies go direct), STAGED (advertised, but copies only go through the host),
 * UNSUPPORTED (not advertised; copies through the host verified), ERROR (the check could not run:
 * out of memory, a call failed). Each has a reason code and a hint; causes read from the system
 * (IOMMU, ACS, BAR size) go with the pairs that are not OK.
 *
 * Text output is streamed: a pair's line is printed as soon as the pair is done.
 */
#include "urpeer_tool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK_DEFAULT_SIZE ((size_t)1 << 20)
#define POISON_BYTE 0xDB
#define NATIVE_TOO_MANY_PEERS 711 /* CUDA_ERROR_TOO_MANY_PEERS, and the simulated driver's */

enum verdict { V_OK, V_BROKEN, V_UNADVERTISED, V_STAGED, V_UNSUPPORTED, V_ERROR, V_COUNT_ };
static const char *const verdict_name[V_COUNT_] = {"OK",     "BROKEN",      "UNADVERTISED",
                                                   "STAGED", "UNSUPPORTED", "ERROR"};
static const char *const verdict_key[V_COUNT_] = {"ok",     "broken",      "unadvertised",
                                                  "staged", "unsupported", "error"};

enum reason {
    R_VERIFIED,
    R_LOCAL,
    R_NOT_ADVERTISED,
    R_DIFFERENT_PLATFORMS,
    R_WRITES_DROPPED,
    R_DATA_ZEROED,
    R_DATA_CORRUPT,
    R_DIRECT_UNADVERTISED,
    R_STAGED_PATH,
    R_PEER_LIMIT,
    R_DRIVER_REFUSED,
    R_OUT_OF_MEMORY,
    R_CALL_FAILED,
    R_COUNT_
};

static const struct {
    const char *code;
    const char *hint; /* NULL: nothing to do */
} reasons[R_COUNT_] = {
    [R_VERIFIED] = {"VERIFIED", NULL},
    [R_LOCAL] = {"LOCAL", NULL},
    [R_NOT_ADVERTISED] = {"NOT_ADVERTISED",
                          "no direct path: frameworks copy through host memory here (NCCL: keep "
                          "NCCL_P2P_LEVEL below this link type, see urpeer topo)"},
    [R_DIFFERENT_PLATFORMS] = {"DIFFERENT_PLATFORMS",
                               "devices of different platforms (drivers) never share memory: "
                               "copy through host memory"},
    [R_WRITES_DROPPED] = {"WRITES_DROPPED",
                          "peer writes are lost: typical of an IOMMU in translation mode or PCIe "
                          "ACS redirect; until fixed, disable peer access (NCCL_P2P_DISABLE=1)"},
    [R_DATA_ZEROED] = {"DATA_ZEROED",
                       "peer copies deliver zeros: typical of an IOMMU in translation mode or "
                       "PCIe ACS redirect; until fixed, disable peer access (NCCL_P2P_DISABLE=1)"},
    [R_DATA_CORRUPT] = {"DATA_CORRUPT",
                        "copies deliver wrong bytes: check the system causes below, the driver "
                        "version and dmesg; until fixed, disable peer access (NCCL_P2P_DISABLE=1)"},
    [R_DIRECT_UNADVERTISED] = {"DIRECT_UNADVERTISED",
                               "the link works but the driver does not advertise it, so "
                               "frameworks will not use it: check the driver's peer settings "
                               "and virtualisation"},
    [R_STAGED_PATH] = {"STAGED_PATH",
                       "peer access is on but copies go through the host: the link gives no "
                       "speed-up (check ACS and IOMMU; NCCL_P2P_LEVEL to skip it)"},
    [R_PEER_LIMIT] = {"PEER_LIMIT",
                      "the driver allows only so many peers per device (CUDA: 8): enable the "
                      "best-ranked peers first (see the peer plan of urpeer topo)"},
    [R_DRIVER_REFUSED] = {"DRIVER_REFUSED",
                          "the driver advertises access but refused to enable it: check the "
                          "driver version and dmesg"},
    [R_OUT_OF_MEMORY] = {"OUT_OF_MEMORY",
                         "not enough memory for the buffers: use a smaller --size"},
    [R_CALL_FAILED] = {"CALL_FAILED", "a runtime call failed: see the message"},
};

static const struct {
    unsigned bit;
    const char *code;
    const char *hint;
} causes[] = {
    {CAUSE_IOMMU, "IOMMU_TRANSLATED",
     "boot with iommu=pt (with intel_iommu=on or amd_iommu=on) so that peer DMA is not "
     "translated"},
    {CAUSE_ACS, "ACS_REDIRECT",
     "turn off ACS redirect on that bridge (BIOS setting, or setpci on its ACS control) so that "
     "peer traffic is not sent up to the root complex"},
    {CAUSE_SMALL_BAR, "SMALL_BAR",
     "enable Resizable BAR and Above 4G Decoding in the BIOS: a BAR smaller than the device "
     "memory limits peer mappings"},
};
#define NUM_CAUSES (sizeof(causes) / sizeof(causes[0]))

enum { MODE_ENABLED, MODE_DISABLED, NUM_MODES };
enum { DIR_PEER_TO_LOCAL, DIR_LOCAL_TO_PEER, NUM_DIRS };
enum data_error { DE_NONE, DE_DROPPED, DE_ZEROED, DE_CORRUPT, DE_CALL };

static const char *const mode_name[NUM_MODES] = {"enabled", "disabled"};
static const char *const dir_name[NUM_DIRS] = {"peer->local", "local->peer"};
static const char *const dir_key[NUM_DIRS] = {"peer_to_local", "local_to_peer"};

struct mode_result {
    bool ran;
    bool ok[NUM_DIRS];
    enum data_error err; /* the first error of the mode */
    bool oom;
    const char *path[NUM_DIRS]; /* "direct", "staged", "local", "mixed", "none"; NULL unknown */
    char error[384];            /* what went wrong, "" if nothing */
};

struct pair_result {
    unsigned from, to;
    enum verdict v;
    enum reason r;
    bool advertised, atomics;
    bool enable_tried;
    ur_result_t enable_res;
    int32_t enable_native;
    unsigned causes;
    char bridge[32];
    char link[16]; /* link type code, "" unknown */
    char detail[512];
    struct mode_result mode[NUM_MODES];
};

struct check_ctx {
    struct tool_session *s;
    const struct tool_opts *o;
    size_t size;
    unsigned char *pattern;    /* host: what is written */
    unsigned char *readback;   /* host: what is read back */
    ur_queue_handle_t *queues; /* per device, created on first use */
    struct sys_device *sys;    /* per device */
    bool read_system;
    bool inject_pending;
    int label_width;
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

/* Compare; on a difference classify it, write what differs and return the error kind. */
static enum data_error verify(const unsigned char *want, const unsigned char *got, size_t n,
                              char *reason, size_t rn)
{
    size_t first = 0, count = 0, poison = 0, zero = 0;
    for (size_t i = 0; i < n; i++) {
        if (want[i] != got[i]) {
            if (count == 0)
                first = i;
            count++;
            poison += got[i] == POISON_BYTE;
            zero += got[i] == 0;
        }
    }
    if (count == 0)
        return DE_NONE;
    int len = snprintf(reason, rn, "byte %zu of %zu differs: expected 0x%02x got 0x%02x", first, n,
                       want[first], got[first]);
    if (count > 1 && len > 0 && (size_t)len < rn)
        snprintf(reason + len, rn - (size_t)len, " (%zu bytes differ)", count);
    if (poison == count && count * 2 > n)
        return DE_DROPPED;
    if (zero == count && count * 2 > n)
        return DE_ZEROED;
    return DE_CORRUPT;
}

static bool is_oom(ur_result_t res)
{
    return res == UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY || res == UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
}

/* The queue of a device, created on first use; on failure the reason is written. */
static ur_result_t queue_of(struct check_ctx *c, unsigned dev, ur_queue_handle_t *out, char *reason,
                            size_t rn)
{
    struct tool_session *s = c->s;
    if (c->queues[dev] == NULL) {
        ur_context_handle_t ctx;
        if (session_context(s, s->devices[dev].platform, &ctx) != TOOL_EXIT_OK) {
            snprintf(reason, rn, "urContextCreate failed");
            return UR_RESULT_ERROR_UNKNOWN;
        }
        ur_result_t res = urQueueCreate(ctx, s->devices[dev].h, NULL, &c->queues[dev]);
        if (res != UR_RESULT_SUCCESS) {
            c->queues[dev] = NULL;
            describe_failure(s, s->devices[dev].adapter, "urQueueCreate", res, reason, rn);
            return res;
        }
    }
    *out = c->queues[dev];
    return UR_RESULT_SUCCESS;
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

/* Copy `src_dev`'s buffer into `dst_dev`'s on `cmd`'s queue and verify. */
static enum data_error run_direction(struct check_ctx *c, unsigned cmd, unsigned src_dev, void *src,
                                     unsigned dst_dev, void *dst, uint32_t seed, const char **path,
                                     bool *oom, char *reason, size_t rn)
{
    ur_queue_handle_t q_cmd, q_src, q_dst;
    ur_result_t res;
    unsigned char poison = POISON_BYTE;
    urpeer_sim_stats_t before, after;
    char what[128], l1[32], l2[32];

    *path = NULL;
    if ((res = queue_of(c, cmd, &q_cmd, reason, rn)) != UR_RESULT_SUCCESS ||
        (res = queue_of(c, src_dev, &q_src, reason, rn)) != UR_RESULT_SUCCESS ||
        (res = queue_of(c, dst_dev, &q_dst, reason, rn)) != UR_RESULT_SUCCESS) {
        *oom = is_oom(res);
        return DE_CALL;
    }
    device_label(c->s, src_dev, l1, sizeof(l1));
    device_label(c->s, dst_dev, l2, sizeof(l2));

    /* The source gets the pattern from the host on its own device's queue. */
    make_pattern(c->pattern, c->size, seed);
    res = urEnqueueUSMMemcpy(q_src, true, src, c->pattern, c->size, 0, NULL, NULL);
    if (res != UR_RESULT_SUCCESS) {
        snprintf(what, sizeof(what), "urEnqueueUSMMemcpy (host to %s)", l1);
        goto fail_call_src;
    }
    /* The destination is poisoned so that a copy that does nothing cannot pass. */
    res = urEnqueueUSMFill(q_dst, dst, 1, &poison, c->size, 0, NULL, NULL);
    if (res == UR_RESULT_SUCCESS)
        res = urQueueFinish(q_dst);
    if (res != UR_RESULT_SUCCESS) {
        snprintf(what, sizeof(what), "urEnqueueUSMFill (%s)", l2);
        describe_failure(c->s, c->s->devices[dst_dev].adapter, what, res, reason, rn);
        *oom = is_oom(res);
        return DE_CALL;
    }

    if (c->inject_pending && src_dev != dst_dev) {
        res = urpeerSimInjectFault(c->s->sim_adapter, "corrupt_copy", 1, 0);
        c->inject_pending = false;
        if (res != UR_RESULT_SUCCESS) {
            snprintf(reason, rn, "urpeerSimInjectFault: %s", urpeerResultString(res));
            return DE_CALL;
        }
    }

    bool have_stats = sim_stats(c, &before);
    res = urEnqueueUSMMemcpy(q_cmd, true, dst, src, c->size, 0, NULL, NULL);
    if (res != UR_RESULT_SUCCESS) {
        snprintf(what, sizeof(what), "urEnqueueUSMMemcpy (%s to %s)", l1, l2);
        describe_failure(c->s, c->s->devices[cmd].adapter, what, res, reason, rn);
        *oom = is_oom(res);
        return DE_CALL;
    }
    if (have_stats && sim_stats(c, &after))
        *path = path_of(&before, &after);

    memset(c->readback, ~POISON_BYTE & 0xFF, c->size);
    res = urEnqueueUSMMemcpy(q_dst, true, c->readback, dst, c->size, 0, NULL, NULL);
    if (res != UR_RESULT_SUCCESS) {
        snprintf(what, sizeof(what), "urEnqueueUSMMemcpy (%s to host)", l2);
        describe_failure(c->s, c->s->devices[dst_dev].adapter, what, res, reason, rn);
        *oom = is_oom(res);
        return DE_CALL;
    }
    return verify(c->pattern, c->readback, c->size, reason, rn);

fail_call_src:
    describe_failure(c->s, c->s->devices[src_dev].adapter, what, res, reason, rn);
    *oom = is_oom(res);
    return DE_CALL;
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
    char reason[384];

    m->ran = true;
    for (int d = 0; d < NUM_DIRS; d++) {
        reason[0] = '\0';
        enum data_error e;
        if (d == DIR_PEER_TO_LOCAL)
            e = run_direction(c, pr->from, pr->to, peer, pr->from, local,
                              seed_of(pr->from, pr->to, mode, d), &m->path[d], &m->oom, reason,
                              sizeof(reason));
        else
            e = run_direction(c, pr->from, pr->from, local, pr->to, peer,
                              seed_of(pr->from, pr->to, mode, d), &m->path[d], &m->oom, reason,
                              sizeof(reason));
        m->ok[d] = e == DE_NONE;
        if (e != DE_NONE && m->err == DE_NONE) {
            m->err = e;
            if (snprintf(m->error, sizeof(m->error), "access %s, %s: %s", mode_name[mode],
                         dir_name[d], reason) >= (int)sizeof(m->error))
                m->error[sizeof(m->error) - 1] = '\0';
        }
        if (e == DE_CALL)
            break;
    }
}

/* The path both directions of a mode took ("mixed" where they differ), NULL if unknown. */
static const char *mode_path(const struct mode_result *m)
{
    if (m->path[0] == NULL || m->path[1] == NULL)
        return NULL;
    return strcmp(m->path[0], m->path[1]) == 0 ? m->path[0] : "mixed";
}

/* ---- One pair ---- */

static void set_error(struct pair_result *pr, enum reason r, const char *detail)
{
    pr->v = V_ERROR;
    pr->r = r;
    snprintf(pr->detail, sizeof(pr->detail), "%s", detail);
}

static void decide(struct pair_result *pr)
{
    const struct mode_result *me = &pr->mode[MODE_ENABLED], *md = &pr->mode[MODE_DISABLED];
    const struct mode_result *bad = me->err != DE_NONE ? me : md->err != DE_NONE ? md : NULL;

    if (bad != NULL && bad->err == DE_CALL) {
        set_error(pr, bad->oom ? R_OUT_OF_MEMORY : R_CALL_FAILED, bad->error);
        return;
    }
    if (bad != NULL) {
        pr->v = V_BROKEN;
        pr->r = bad->err == DE_DROPPED  ? R_WRITES_DROPPED
                : bad->err == DE_ZEROED ? R_DATA_ZEROED
                                        : R_DATA_CORRUPT;
        snprintf(pr->detail, sizeof(pr->detail), "%s", bad->error);
        return;
    }
    const char *pe = mode_path(me), *pd = mode_path(md);
    if (pr->from == pr->to) {
        pr->v = V_OK;
        pr->r = R_LOCAL;
        snprintf(pr->detail, sizeof(pr->detail), "device-local copies verified");
        return;
    }
    if (!pr->advertised) {
        if (pd != NULL && strcmp(pd, "direct") == 0) {
            pr->v = V_UNADVERTISED;
            pr->r = R_DIRECT_UNADVERTISED;
            snprintf(pr->detail, sizeof(pr->detail),
                     "the driver reports no peer access, yet copies went direct and verified");
        } else {
            pr->v = V_UNSUPPORTED;
            pr->r = R_NOT_ADVERTISED;
            snprintf(pr->detail, sizeof(pr->detail),
                     "the driver reports no peer access; copies through the host verified");
        }
        return;
    }
    if (pr->enable_res != UR_RESULT_SUCCESS) {
        pr->v = V_STAGED;
        pr->r = pr->enable_res == UR_RESULT_ERROR_OUT_OF_RESOURCES ||
                        pr->enable_native == NATIVE_TOO_MANY_PEERS
                    ? R_PEER_LIMIT
                    : R_DRIVER_REFUSED;
        snprintf(pr->detail, sizeof(pr->detail),
                 "advertised, but enabling failed (%s, native %d); copies through the host "
                 "verified",
                 urpeerResultString(pr->enable_res), (int)pr->enable_native);
        return;
    }
    if (pe != NULL && strcmp(pe, "direct") != 0) {
        pr->v = V_STAGED;
        pr->r = R_STAGED_PATH;
        snprintf(pr->detail, sizeof(pr->detail),
                 "advertised and enabled, but copies went %s; data verified", pe);
        return;
    }
    pr->v = V_OK;
    pr->r = R_VERIFIED;
    snprintf(pr->detail, sizeof(pr->detail), "access on: %s, verified; access off: %s, verified",
             pe ? pe : "verified", pd ? pd : "verified");
    if (pe == NULL)
        snprintf(pr->detail, sizeof(pr->detail),
                 "copies with access on and off verified both ways");
}

static void run_pair(struct check_ctx *c, struct pair_result *pr)
{
    struct tool_session *s = c->s;
    unsigned a = pr->from, b = pr->to;
    const struct tool_device *da = &s->devices[a], *db = &s->devices[b];
    void *local = NULL, *peer = NULL;
    ur_context_handle_t ctx;
    ur_result_t res;
    char msg[384], what[160], l1[32], l2[32];
    int v = 0, lt = 0, lc = 0;

    device_label(s, a, l1, sizeof(l1));
    device_label(s, b, l2, sizeof(l2));
    if (da->platform != db->platform) {
        pr->v = V_UNSUPPORTED;
        pr->r = R_DIFFERENT_PLATFORMS;
        snprintf(pr->detail, sizeof(pr->detail),
                 "devices of different platforms: no common context to copy in");
        return;
    }
    pr->advertised = a == b || (peer_info(s, a, b, UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, &v) ==
                                    UR_RESULT_SUCCESS &&
                                v != 0);
    pr->atomics =
        peer_info(s, a, b, UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT, &v) == UR_RESULT_SUCCESS &&
        v != 0;
    if (peer_info(s, a, b, URPEER_PEER_INFO_LINK_TYPE, &lt) != UR_RESULT_SUCCESS)
        lt = 0;
    if (peer_info(s, a, b, URPEER_PEER_INFO_LINK_COUNT, &lc) != UR_RESULT_SUCCESS)
        lc = 0;
    if (lt == 0 && c->read_system && a != b)
        lt = sys_pci_link_type(&c->sys[a], &c->sys[b]);
    if (link_type_code(lt, lc, pr->link, sizeof(pr->link)) == NULL)
        pr->link[0] = '\0';

    if (session_context(s, da->platform, &ctx) != TOOL_EXIT_OK) {
        set_error(pr, R_CALL_FAILED, "urContextCreate failed");
        return;
    }
    res = urUSMDeviceAlloc(ctx, da->h, NULL, NULL, c->size, &local);
    if (res != UR_RESULT_SUCCESS) {
        snprintf(what, sizeof(what), "urUSMDeviceAlloc (%s)", l1);
        describe_failure(s, da->adapter, what, res, msg, sizeof(msg));
        set_error(pr, is_oom(res) ? R_OUT_OF_MEMORY : R_CALL_FAILED, msg);
        return;
    }
    res = urUSMDeviceAlloc(ctx, db->h, NULL, NULL, c->size, &peer);
    if (res != UR_RESULT_SUCCESS) {
        snprintf(what, sizeof(what), "urUSMDeviceAlloc (%s)", l2);
        describe_failure(s, db->adapter, what, res, msg, sizeof(msg));
        set_error(pr, is_oom(res) ? R_OUT_OF_MEMORY : R_CALL_FAILED, msg);
        goto out_free_local;
    }

    /* Peer access enabled, where advertised. */
    if (pr->advertised) {
        pr->enable_tried = a != b;
        res = urUsmP2PEnablePeerAccessExp(da->h, db->h);
        pr->enable_res = res;
        if (res != UR_RESULT_SUCCESS) {
            const char *m = NULL;
            int32_t native = 0;
            if (urAdapterGetLastError(s->adapters[da->adapter].h, &m, &native) != UR_RESULT_SUCCESS)
                native = 0;
            pr->enable_native = native;
        } else {
            run_mode(c, pr, MODE_ENABLED, local, peer);
            res = urUsmP2PDisablePeerAccessExp(da->h, db->h);
            if (res != UR_RESULT_SUCCESS && pr->mode[MODE_ENABLED].err == DE_NONE) {
                struct mode_result *me = &pr->mode[MODE_ENABLED];
                snprintf(what, sizeof(what), "urUsmP2PDisablePeerAccessExp (%s -> %s)", l1, l2);
                describe_failure(s, da->adapter, what, res, me->error, sizeof(me->error));
                me->err = DE_CALL;
            }
        }
    }
    /* Peer access disabled. */
    run_mode(c, pr, MODE_DISABLED, local, peer);

    urUSMFree(ctx, peer);
out_free_local:
    urUSMFree(ctx, local);
    if (pr->v != V_ERROR)
        decide(pr);
}

static void add_causes(struct check_ctx *c, struct pair_result *pr)
{
    if (!c->read_system || pr->from == pr->to ||
        (pr->v != V_BROKEN && pr->v != V_STAGED && pr->v != V_UNSUPPORTED))
        return;
    const struct tool_device *da = &c->s->devices[pr->from], *db = &c->s->devices[pr->to];
    pr->causes = sys_pair_causes(&c->sys[pr->from], &c->sys[pr->to], da->memory, db->memory,
                                 pr->bridge, sizeof(pr->bridge));
}

static void cause_detail(const struct check_ctx *c, const struct pair_result *pr, unsigned bit,
                         char *buf, size_t n)
{
    const struct sys_device *a = &c->sys[pr->from], *b = &c->sys[pr->to];
    char s1[32], s2[32];
    switch (bit) {
    case CAUSE_IOMMU:
        snprintf(buf, n, "the IOMMU translates peer DMA (group type %s / %s)",
                 a->iommu_type[0] ? a->iommu_type : "?", b->iommu_type[0] ? b->iommu_type : "?");
        break;
    case CAUSE_ACS:
        snprintf(buf, n, "PCIe ACS redirect is on at bridge %s, on the path between the devices",
                 pr->bridge);
        break;
    default:
        format_bytes(s1, sizeof(s1), a->max_bar);
        format_bytes(s2, sizeof(s2), b->max_bar);
        snprintf(buf, n, "largest BAR %s / %s, smaller than the device memory", s1, s2);
        break;
    }
}

/* For a pair whose link should not carry peer traffic: the NCCL_P2P_LEVEL that keeps P2P on
 * better links only (levels: LOC, NVL, PIX, PXB, PHB, SYS); NULL where it does not apply. */
static const char *nccl_level(const struct pair_result *p)
{
    static const struct {
        const char *link, *level;
    } below[] = {{"NV", "LOC"},  {"XGMI", "LOC"}, {"XELINK", "LOC"}, {"PIX", "NVL"},
                 {"PXB", "PIX"}, {"PHB", "PXB"},  {"NODE", "PHB"},   {"SYS", "PHB"}};
    if ((p->v != V_BROKEN && p->v != V_STAGED) || p->link[0] == '\0')
        return NULL;
    for (size_t k = 0; k < sizeof(below) / sizeof(below[0]); k++)
        if (strncmp(p->link, below[k].link, strlen(below[k].link)) == 0)
            return below[k].level;
    return NULL;
}

/* ---- Output ---- */

static void pair_text(struct sbuf *b, const struct check_ctx *c, const struct pair_result *p)
{
    const struct tool_opts *o = c->o;
    char pair_s[80], l1[32], l2[32], cd[256];
    snprintf(pair_s, sizeof(pair_s), "%s -> %s", device_label(c->s, p->from, l1, sizeof(l1)),
             device_label(c->s, p->to, l2, sizeof(l2)));
    const char *on = !o->colour         ? ""
                     : p->v == V_OK     ? "\033[32m"
                     : p->v == V_BROKEN ? "\033[1;31m"
                                        : "\033[33m";
    const char *off = o->colour ? "\033[0m" : "";
    sb_printf(b, "%-*s  %-5s  %s%-12s%s  %-19s  %s\n", c->label_width, pair_s,
              p->link[0] ? p->link : "-", on, verdict_name[p->v], off, reasons[p->r].code,
              p->detail);
    if (reasons[p->r].hint != NULL)
        sb_printf(b, "%*s  hint: %s\n", c->label_width, "", reasons[p->r].hint);
    if (nccl_level(p) != NULL)
        sb_printf(b, "%*s  NCCL: NCCL_P2P_LEVEL=%s keeps peer traffic off %s links like this one\n",
                  c->label_width, "", nccl_level(p), p->link);
    for (size_t k = 0; k < NUM_CAUSES; k++) {
        if (!(p->causes & causes[k].bit))
            continue;
        cause_detail(c, p, causes[k].bit, cd, sizeof(cd));
        sb_printf(b, "%*s  cause %s: %s\n%*s    hint: %s\n", c->label_width, "", causes[k].code, cd,
                  c->label_width, "", causes[k].hint);
    }
}

static void text_header(struct sbuf *b, const struct check_ctx *c)
{
    char size_s[32];
    format_bytes(size_s, sizeof(size_s), c->size);
    report_text_banner(b, c->s, c->o);
    sb_printf(b, "Check: %zu-byte copies (%s), every byte verified\n", c->size, size_s);
    sb_puts(b, "FROM = command device, TO = peer device that owns the memory; copies TO->FROM "
               "(peer->local)\nand FROM->TO (local->peer) on FROM's queue, with peer access "
               "enabled and disabled.\n\n");
    sb_printf(b, "%-*s  %-5s  %-12s  %-19s  %s\n", c->label_width, "FROM -> TO", "LINK", "VERDICT",
              "REASON", "DETAILS");
}

static int exit_code(const unsigned *counts, bool oom)
{
    if (counts[V_BROKEN] != 0)
        return TOOL_EXIT_CHECK_FAILED;
    if (oom)
        return TOOL_EXIT_RESOURCE;
    if (counts[V_ERROR] != 0)
        return TOOL_EXIT_RUNTIME;
    return TOOL_EXIT_OK;
}

static void text_summary(struct sbuf *b, unsigned np, const unsigned *counts)
{
    sb_printf(b, "\n%u pair%s:", np, np == 1 ? "" : "s");
    for (int v = 0; v < V_COUNT_; v++)
        sb_printf(b, "%s %u %s", v ? "," : "", counts[v], verdict_key[v]);
    sb_putc(b, '\n');
}

static void check_json(struct sbuf *b, const struct check_ctx *c, const struct pair_result *pr,
                       unsigned np, const unsigned *counts, int rc, uint64_t fingerprint)
{
    struct jw w;
    char buf[256];

    jw_init(&w, b);
    jw_obj(&w, NULL);
    report_json_header(&w, c->s, "check");
    report_json_devices(&w, c->s);
    jw_obj(&w, "check");
    jw_uint(&w, "size", c->size);
    snprintf(buf, sizeof(buf), "%016llx", (unsigned long long)fingerprint);
    jw_str(&w, "fingerprint", buf);
    jw_str(&w, "method",
           "per pair FROM -> TO and per mode (peer access enabled where advertised, disabled): a "
           "pseudo-random pattern is copied TO->FROM (peer_to_local) and FROM->TO (local_to_peer) "
           "on FROM's queue into a buffer poisoned with 0xdb, read back and compared byte by "
           "byte");
    jw_arr(&w, "pairs");
    for (unsigned k = 0; k < np; k++) {
        const struct pair_result *p = &pr[k];
        jw_obj(&w, NULL);
        jw_uint(&w, "from", p->from);
        jw_uint(&w, "to", p->to);
        jw_str(&w, "verdict", verdict_name[p->v]);
        jw_str(&w, "reason_code", reasons[p->r].code);
        jw_str(&w, "detail", p->detail);
        jw_str(&w, "hint", reasons[p->r].hint);
        jw_str(&w, "link_type", p->link[0] ? p->link : NULL);
        jw_str(&w, "nccl_p2p_level", nccl_level(p));
        jw_bool(&w, "advertised", p->advertised);
        jw_bool(&w, "atomics", p->atomics);
        if (p->enable_tried) {
            jw_obj_compact(&w, "enable");
            jw_str(&w, "result", urpeerResultString(p->enable_res));
            if (p->enable_res == UR_RESULT_SUCCESS)
                jw_null(&w, "native");
            else
                jw_int(&w, "native", p->enable_native);
            jw_obj_end(&w);
        } else {
            jw_null(&w, "enable");
        }
        jw_arr(&w, "causes");
        for (size_t k2 = 0; k2 < NUM_CAUSES; k2++) {
            if (!(p->causes & causes[k2].bit))
                continue;
            cause_detail(c, p, causes[k2].bit, buf, sizeof(buf));
            jw_obj_compact(&w, NULL);
            jw_str(&w, "code", causes[k2].code);
            jw_str(&w, "detail", buf);
            jw_str(&w, "hint", causes[k2].hint);
            jw_obj_end(&w);
        }
        jw_arr_end(&w);
        for (int m = 0; m < NUM_MODES; m++) {
            const struct mode_result *mr = &p->mode[m];
            if (!mr->ran) {
                jw_null(&w, mode_name[m]);
                continue;
            }
            jw_obj_compact(&w, mode_name[m]);
            jw_str(&w, "path", mode_path(mr));
            for (int d = 0; d < NUM_DIRS; d++)
                jw_bool(&w, dir_key[d], mr->ok[d]);
            jw_str(&w, "error", mr->error[0] ? mr->error : NULL);
            jw_obj_end(&w);
        }
        jw_obj_end(&w);
    }
    jw_arr_end(&w);
    jw_obj_compact(&w, "summary");
    jw_uint(&w, "pairs", np);
    for (int v = 0; v < V_COUNT_; v++)
        jw_uint(&w, verdict_key[v], counts[v]);
    jw_int(&w, "exit_code", rc);
    jw_obj_end(&w);
    jw_obj_end(&w);
    jw_obj_end(&w);
    jw_finish(&w);
}

/* ---- Fingerprint and cache ---- */

static uint64_t fingerprint_of(const struct check_ctx *c)
{
    char line[4096];
    uint64_t h = fnv1a(0, "urpeer-check-1");
    const struct tool_session *s = c->s;
    /* The host's kernel settings only where the check reads the system (a real node, or a
     * simulated one given a URPEER_SYSROOT): a plain simulated node's fingerprint is the same on
     * every machine. */
    if (c->read_system) {
        sys_cmdline(line, sizeof(line));
        h = fnv1a(h, line);
    }
    h = fnv1a(h, s->simulated ? s->sim_spec : "");
    for (unsigned k = 0; k < s->num_selected; k++) {
        const struct tool_device *d = &s->devices[s->selected[k]];
        h = fnv1a(h, d->name);
        h = fnv1a(h, d->pci);
        h = fnv1a(h, d->driver);
        h = fnv1a(h, c->sys[d->index].iommu_type);
    }
    return h;
}

/* A cached document matching the fingerprint and size, or NULL. */
static char *cache_read(const char *file, uint64_t fp, size_t size)
{
    FILE *f = fopen(file, "r");
    if (f == NULL)
        return NULL;
    struct sbuf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
        sb_putn(&b, chunk, n);
    fclose(f);
    char want_fp[64], want_size[64];
    snprintf(want_fp, sizeof(want_fp), "\"fingerprint\": \"%016llx\"", (unsigned long long)fp);
    snprintf(want_size, sizeof(want_size), "\"size\": %zu,", size);
    if (b.oom || b.data == NULL || strstr(b.data, want_fp) == NULL ||
        strstr(b.data, want_size) == NULL || strstr(b.data, "\"exit_code\": ") == NULL) {
        sb_free(&b);
        return NULL;
    }
    return b.data;
}

/* Print a cached document: as it is (JSON), or one line per pair (text). */
static int cache_print(const struct check_ctx *c, const char *doc, struct sbuf *out)
{
    int rc = atoi(strstr(doc, "\"exit_code\": ") + strlen("\"exit_code\": "));
    if (c->o->json) {
        sb_puts(out, doc);
        return rc;
    }
    report_text_banner(out, c->s, c->o);
    sb_printf(out,
              "Verdicts from the cache %s (the system fingerprint is unchanged; remove the "
              "file to check again)\n\n",
              c->o->cache);
    sb_printf(out, "%-*s  %-12s  %s\n", c->label_width, "FROM -> TO", "VERDICT", "REASON");
    for (const char *p = strstr(doc, "\"from\": "); p != NULL; p = strstr(p + 1, "\"from\": ")) {
        unsigned from = 0, to = 0;
        char verdict[32] = "", reason[64] = "", pair_s[80], l1[32], l2[32];
        const char *t = strstr(p, "\"to\": "), *v = strstr(p, "\"verdict\": \""),
                   *r = strstr(p, "\"reason_code\": \"");
        if (t == NULL || v == NULL || r == NULL || sscanf(p, "\"from\": %u", &from) != 1 ||
            sscanf(t, "\"to\": %u", &to) != 1 ||
            sscanf(v, "\"verdict\": \"%31[A-Z_]", verdict) != 1 ||
            sscanf(r, "\"reason_code\": \"%63[A-Z_]", reason) != 1)
            break;
        snprintf(pair_s, sizeof(pair_s), "%s -> %s", device_label(c->s, from, l1, sizeof(l1)),
                 device_label(c->s, to, l2, sizeof(l2)));
        sb_printf(out, "%-*s  %-12s  %s\n", c->label_width, pair_s, verdict, reason);
    }
    return rc;
}

/* ---- Entry ---- */

/* Refuse, before allocating anything, a size the host cannot back. */
static int check_memory(const struct check_ctx *c)
{
    uint64_t need = 2 * (uint64_t)c->size; /* pattern and read-back buffers */
    if (c->s->simulated)
        need += 2 * (uint64_t)c->size; /* simulated device memory is host memory */
    uint64_t avail = host_memory_available();
    if (avail != 0 && need > avail) {
        char n1[32], n2[32], n3[32];
        format_bytes(n1, sizeof(n1), c->size);
        format_bytes(n2, sizeof(n2), need);
        format_bytes(n3, sizeof(n3), avail);
        return tool_fail(TOOL_EXIT_RESOURCE, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY,
                         "--size %s: the check needs %s of host memory (%s), %s are available; "
                         "nothing was allocated: use a smaller --size",
                         n1, n2,
                         c->s->simulated ? "two host buffers and two simulated device buffers"
                                         : "two host buffers",
                         n3);
    }
    return TOOL_EXIT_OK;
}

int cmd_check(struct tool_session *s, const struct tool_opts *o, struct sbuf *out)
{
    struct check_ctx c = {.s = s, .o = o};
    struct pair_result *pr = NULL;
    unsigned n = s->num_selected, np = n * n, counts[V_COUNT_] = {0};
    int rc = TOOL_EXIT_OK;
    char l1[32], l2[32];

    c.size = o->num_sizes ? o->sizes[0] : CHECK_DEFAULT_SIZE;
    for (unsigned k = 0; k < n; k++) {
        const struct tool_device *d = &s->devices[s->selected[k]];
        if (d->max_alloc != 0 && c.size > d->max_alloc)
            return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                             "--size %zu is larger than the largest allocation of device %u "
                             "(%llu bytes)",
                             c.size, d->index, (unsigned long long)d->max_alloc);
    }
    rc = check_memory(&c);
    if (rc != TOOL_EXIT_OK)
        return rc;
    if (o->inject_corrupt_copy) {
        if (s->sim_adapter == NULL)
            return tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                             "--inject-corrupt-copy needs the simulated node (--sim)");
        c.inject_pending = true;
    }
    c.label_width = (int)strlen("FROM -> TO");
    for (unsigned i = 0; i < n; i++) {
        int l = 2 * (int)strlen(device_label(s, s->selected[i], l1, sizeof(l1))) + 4;
        if (l > c.label_width)
            c.label_width = l;
    }

    c.sys = calloc(s->num_devices, sizeof(*c.sys));
    if (c.sys == NULL)
        return tool_fail(TOOL_EXIT_RESOURCE, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, "out of memory");
    /* The simulated node's PCI addresses are made up: its system is read only from a fixture. */
    c.read_system = !s->simulated || sysroot()[0] != '\0';
    for (unsigned k = 0; c.read_system && k < n; k++) {
        const struct tool_device *d = &s->devices[s->selected[k]];
        sys_read_device(d->field_res[DF_PCI] == UR_RESULT_SUCCESS ? d->pci : NULL,
                        &c.sys[d->index]);
    }
    uint64_t fp = fingerprint_of(&c);

    if (o->cache != NULL) {
        char *doc = cache_read(o->cache, fp, c.size);
        if (doc != NULL) {
            rc = cache_print(&c, doc, out);
            free(doc);
            free(c.sys);
            return rc;
        }
    }

    c.pattern = malloc(c.size);
    c.readback = malloc(c.size);
    c.queues = calloc(s->num_devices, sizeof(*c.queues));
    pr = calloc(np, sizeof(*pr));
    if (c.pattern == NULL || c.readback == NULL || c.queues == NULL || pr == NULL) {
        rc = tool_fail(TOOL_EXIT_RESOURCE, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY,
                       "out of host memory for the %zu-byte buffers", c.size);
        goto out_free;
    }

    if (!o->json) {
        text_header(out, &c);
        tool_stream(o, out);
    }
    char size_s[32];
    format_bytes(size_s, sizeof(size_s), c.size);
    double t0 = host_seconds();
    bool oom = false;
    for (unsigned k = 0; k < np; k++) {
        struct pair_result *p = &pr[k];
        p->from = s->selected[k / n];
        p->to = s->selected[k % n];
        double el = host_seconds() - t0;
        if (k == 0)
            progress_line(o, "check %s: pair 1 of %u (%s -> %s)", size_s, np,
                          device_label(s, p->from, l1, sizeof(l1)),
                          device_label(s, p->to, l2, sizeof(l2)));
        else
            progress_line(o, "check %s: pair %u of %u (%s -> %s), %.1f s elapsed, ~%.1f s left",
                          size_s, k + 1, np, device_label(s, p->from, l1, sizeof(l1)),
                          device_label(s, p->to, l2, sizeof(l2)), el, el / k * (np - k));
        run_pair(&c, p);
        add_causes(&c, p);
        counts[p->v]++;
        oom |= p->v == V_ERROR && p->r == R_OUT_OF_MEMORY;
        if (!o->json) {
            pair_text(out, &c, p);
            tool_stream(o, out);
        }
    }
    progress_line(o, NULL);
    rc = exit_code(counts, oom);
    if (o->json || o->cache != NULL) {
        struct sbuf doc = {0};
        check_json(&doc, &c, pr, np, counts, rc, fp);
        if (o->cache != NULL && !doc.oom) {
            FILE *f = fopen(o->cache, "w");
            if (f == NULL || fwrite(doc.data, 1, doc.len, f) != doc.len)
                tool_warn("cannot write the cache %s", o->cache);
            if (f != NULL && fclose(f) != 0)
                tool_warn("cannot write the cache %s", o->cache);
        }
        if (o->json)
            sb_putn(out, doc.data ? doc.data : "", doc.len);
        sb_free(&doc);
    }
    if (!o->json)
        text_summary(out, np, counts);

out_free:
    if (c.queues != NULL)
        for (unsigned d = 0; d < s->num_devices; d++)
            if (c.queues[d] != NULL)
                urQueueRelease(c.queues[d]);
    free(c.queues);
    free(c.pattern);
    free(c.readback);
    free(c.sys);
    free(pr);
    return rc;
}
