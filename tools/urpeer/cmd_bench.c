/* SPDX-License-Identifier: MIT */
/*
 * `urpeer bench`: bandwidth and latency matrices over the selected devices, peer access enabled
 * and disabled, diagonal (device-local copies) included.
 *
 * Orientation: row = source device, column = destination device; the copies run on the source
 * device's queue (writes, as p2pBandwidthLatencyTest does by default). Bidirectional: the source
 * queue copies row -> column while the destination's queue copies column -> row, at the same
 * time; the value is the sum of both directions. Every copied byte is counted once.
 *
 * Each sample times a batch of back-to-back copies: with event profiling, from the START of the
 * first to the END of the last (device clock); without, by the host clock around enqueue and
 * finish. The value is the median over --reps samples after --warmup untimed copies; the
 * coefficient of variation (standard deviation / mean), minimum and maximum go with it; the JSON
 * document carries the raw samples.
 *
 * Order: every pair with peer access enabled, then every pair with it disabled, then host <->
 * device copies; text and CSV print each group of matrices as soon as it is complete, and the
 * text ends with a one-screen summary per pair. `unidirectional_read` runs the same copy on the
 * destination's queue (the destination reads the source's memory), `unidirectional` on the
 * source's (it writes).
 */
#include "urpeer_tool.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BENCH_DEFAULT_SIZE ((size_t)32 << 20)
#define BENCH_DEFAULT_REPS 10
#define BENCH_DEFAULT_WARMUP 2
#define BENCH_DEFAULT_LATENCY_SIZE 8
#define LATENCY_BATCH 16
#define BATCH_BYTES ((size_t)64 << 20) /* bandwidth batches hold up to this many bytes */
#define MAX_BATCH 16
#define GATE_BYTES ((size_t)8 << 20) /* scratch buffer the gate fills */
#define GATE_FIRST_FILLS 2
#define GATE_MAX_FILLS 1024

enum { ACC_ON, ACC_OFF, NUM_ACC };
enum { T_UNI, T_BIDI, T_READ, NUM_BW };
/* Per-device results: host <-> device copies, and concurrent copies of all the other devices
 * into this one (all-to-one) and from this one into all the others (one-to-all). */
enum { H_TO_DEVICE, H_FROM_DEVICE, C_ALL_TO_ONE, C_ONE_TO_ALL, NUM_HOST };
#define CONCURRENT_MAX_SIZE ((size_t)16 << 20)
enum { TIMED_DEVICE = 1, TIMED_HOST = 2 };

static const char *const acc_name[NUM_ACC] = {"enabled", "disabled"};
static const char *const bw_name[NUM_BW] = {"unidirectional", "bidirectional",
                                            "unidirectional_read"};
static const char *const host_name[NUM_HOST] = {"host_to_device", "device_to_host", "all_to_one",
                                                "one_to_all"};

struct bmatrix {
    struct cell *val;  /* n*n */
    double *cv;        /* n*n, NaN where the value is null */
    double *min, *max; /* n*n */
    double *raw;       /* n*n*reps samples, in the order taken */
    int timed;         /* TIMED_* bits of its cells */
};

struct bench {
    struct tool_session *s;
    const struct tool_opts *o;
    unsigned n; /* selected devices */
    size_t sizes[TOOL_MAX_SIZES];
    unsigned num_sizes;
    size_t max_size;
    size_t lat_size;
    unsigned reps, warmup;
    struct bmatrix bw[TOOL_MAX_SIZES][NUM_BW][NUM_ACC];
    struct bmatrix lat[NUM_ACC];
    struct bmatrix host[NUM_HOST]; /* cell x = selection position of the device */
    double *samples;               /* reps */
    unsigned pairs_done;
    double t0;
};

static unsigned batch_of(size_t size)
{
    size_t b = BATCH_BYTES / size;
    return b < 1 ? 1 : b > MAX_BATCH ? MAX_BATCH : (unsigned)b;
}

/* ---- Statistics ---- */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void stats(double *v, unsigned n, double *median, double *cv)
{
    double sum = 0.0, sq = 0.0;
    for (unsigned i = 0; i < n; i++)
        sum += v[i];
    double mean = sum / n;
    for (unsigned i = 0; i < n; i++)
        sq += (v[i] - mean) * (v[i] - mean);
    qsort(v, n, sizeof(*v), cmp_double);
    *median = (n % 2) ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    *cv = (n > 1 && mean > 0.0) ? sqrt(sq / (n - 1)) / mean : 0.0;
}

/* ---- Timing ---- */

struct stream {
    ur_queue_handle_t q;
    void *dst;
    const void *src;
    bool profiling;
    ur_event_handle_t first, last;
};

struct gate {
    unsigned open_at_close;  /* samples whose gate was complete as soon as it was enqueued */
    ur_queue_handle_t q;     /* NULL: no gate */
    ur_queue_handle_t owned; /* the queue to release */
    void *buf;
    size_t size;
    unsigned fills;
};

static void release_events(struct stream *st)
{
    if (st->first != NULL)
        urEventRelease(st->first);
    if (st->last != NULL && st->last != st->first)
        urEventRelease(st->last);
    st->first = st->last = NULL;
}

static ur_result_t enqueue_copies(struct stream *st, size_t size, unsigned count, bool events,
                                  ur_event_handle_t gate)
{
    for (unsigned k = 0; k < count; k++) {
        ur_event_handle_t *ev = NULL;
        if (events && k == 0)
            ev = &st->first;
        else if (events && k == count - 1)
            ev = &st->last;
        ur_result_t res =
            urEnqueueUSMMemcpy(st->q, false, st->dst, st->src, size, k == 0 && gate ? 1 : 0,
                               k == 0 && gate ? &gate : NULL, ev);
        if (res != UR_RESULT_SUCCESS)
            return res;
    }
    if (events && count == 1)
        st->last = st->first;
    return UR_RESULT_SUCCESS;
}

/* Device time from the START of the first copy to the END of the last, in seconds. */
static bool device_span(const struct stream *st, double *seconds)
{
    uint64_t start = 0, end = 0;
    if (st->first == NULL || st->last == NULL)
        return false;
    if (urEventGetProfilingInfo(st->first, UR_PROFILING_INFO_COMMAND_START, sizeof(start), &start,
                                NULL) != UR_RESULT_SUCCESS ||
        urEventGetProfilingInfo(st->last, UR_PROFILING_INFO_COMMAND_END, sizeof(end), &end, NULL) !=
            UR_RESULT_SUCCESS ||
        end <= start)
        return false;
    *seconds = (double)(end - start) * 1e-9;
    return true;
}

/*
 * The gate holds the timed copies back while the host enqueues them, so that the device time of
 * a batch does not include gaps where the device waited for the host (the role of the spin kernel
 * of p2pBandwidthLatencyTest and nvbandwidth, without a kernel): fills of a scratch buffer on a
 * queue of their own, and the first copy of each stream waits for the last fill. Where the gate
 * opened before the host had finished enqueuing, it gets twice as many fills for the next sample.
 */
static ur_result_t gate_close(struct gate *g, ur_event_handle_t *ev)
{
    unsigned char byte = 0;
    for (unsigned k = 0; k < g->fills; k++) {
        ur_result_t res = urEnqueueUSMFill(g->q, g->buf, 1, &byte, g->size, 0, NULL,
                                           k + 1 == g->fills ? ev : NULL);
        if (res != UR_RESULT_SUCCESS)
            return res;
    }
    return UR_RESULT_SUCCESS;
}

static bool gate_is_open(ur_event_handle_t ev)
{
    ur_event_status_t st = UR_EVENT_STATUS_QUEUED;
    return urEventGetInfo(ev, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL) ==
               UR_RESULT_SUCCESS &&
           st == UR_EVENT_STATUS_COMPLETE;
}

static void gate_check(struct gate *g, ur_event_handle_t ev)
{
    if (gate_is_open(ev) && g->fills < GATE_MAX_FILLS)
        g->fills *= 2;
}

/* One sample: `count` copies on each stream (one or two streams running together). Returns the
 * rate in bytes per second summed over the streams, and how it was timed. */
static ur_result_t sample(struct stream *st, unsigned nst, struct gate *g, size_t size,
                          unsigned count, double *rate, int *timed)
{
    ur_result_t res = UR_RESULT_SUCCESS;
    ur_event_handle_t gate = NULL;
    bool events = true;
    for (unsigned k = 0; k < nst; k++)
        events &= st[k].profiling;

    if (events && g->q != NULL && gate_close(g, &gate) != UR_RESULT_SUCCESS) {
        /* No gate then: finish what was enqueued and time without one from now on. */
        urQueueFinish(g->q);
        if (gate != NULL)
            urEventRelease(gate);
        gate = NULL;
        g->q = NULL;
    }
    if (gate != NULL && gate_is_open(gate) && ++g->open_at_close >= 2) {
        /* Twice the driver ran the fills as they were enqueued (a synchronous driver): no gate
         * can hold the copies back there, and a bigger one only costs time. Time without it. */
        urEventRelease(gate);
        gate = NULL;
        g->q = NULL;
    }
    double t0 = host_seconds();
    for (unsigned k = 0; k < nst && res == UR_RESULT_SUCCESS; k++)
        res = enqueue_copies(&st[k], size, count, events, gate);
    if (gate != NULL)
        gate_check(g, gate);
    for (unsigned k = 0; k < nst; k++) {
        ur_result_t fres = urQueueFinish(st[k].q);
        if (res == UR_RESULT_SUCCESS)
            res = fres;
    }
    double t1 = host_seconds();
    if (gate != NULL) {
        urQueueFinish(g->q);
        urEventRelease(gate);
    }
    if (res == UR_RESULT_SUCCESS) {
        double sum = 0.0;
        bool device = events;
        for (unsigned k = 0; k < nst && device; k++) {
            double sec;
            device = device_span(&st[k], &sec);
            if (device)
                sum += (double)size * count / sec;
        }
        if (device) {
            *rate = sum;
            *timed = TIMED_DEVICE;
        } else {
            double sec = t1 - t0 > 1e-9 ? t1 - t0 : 1e-9;
            *rate = (double)size * count * nst / sec;
            *timed = TIMED_HOST;
        }
    }
    for (unsigned k = 0; k < nst; k++)
        release_events(&st[k]);
    return res;
}

/* Warm up (untimed samples, which also size the gate), take the samples, write the cell.
 * `latency` gives microseconds per copy instead of GB/s. */
static void measure(struct bench *b, struct stream *st, unsigned nst, struct gate *g, size_t size,
                    bool latency, struct bmatrix *m, size_t x, unsigned adapter)
{
    unsigned count = latency ? LATENCY_BATCH : batch_of(size);
    struct cell *c = &m->val[x];
    ur_result_t res = UR_RESULT_SUCCESS;
    int timed_all = 0;
    double rate = 0.0;
    int timed = 0;

    for (unsigned w = 0; w < b->warmup && res == UR_RESULT_SUCCESS; w++)
        res = sample(st, nst, g, size, w == 0 ? 1 : count, &rate, &timed);
    for (unsigned r = 0; r < b->reps && res == UR_RESULT_SUCCESS; r++) {
        res = sample(st, nst, g, size, count, &rate, &timed);
        timed_all |= timed;
        if (latency)
            b->samples[r] = rate > 0.0 ? 1e6 * (double)size / rate : 0.0; /* us per copy */
        else
            b->samples[r] = rate / 1e9; /* GB/s */
    }
    if (res != UR_RESULT_SUCCESS) {
        c->kind = CELL_NULL;
        describe_failure(b->s, adapter, "urEnqueueUSMMemcpy", res, c->reason, sizeof(c->reason));
        return;
    }
    double median, cv;
    memcpy(&m->raw[x * b->reps], b->samples, b->reps * sizeof(*b->samples));
    stats(b->samples, b->reps, &median, &cv);
    c->kind = CELL_REAL;
    c->value = median;
    m->cv[x] = cv;
    m->min[x] = b->samples[0];
    m->max[x] = b->samples[b->reps - 1];
    m->timed |= timed_all;
}

/* ---- One pair ---- */

static void set_null(struct bench *b, size_t x, const char *reason, int acc_mask, bool bidi_only)
{
    for (int a = 0; a < NUM_ACC; a++) {
        if (!(acc_mask & (1 << a)))
            continue;
        for (unsigned k = 0; k < b->num_sizes; k++) {
            for (int t = bidi_only ? T_BIDI : T_UNI; t < NUM_BW; t++) {
                struct cell *c = &b->bw[k][t][a].val[x];
                c->kind = CELL_NULL;
                snprintf(c->reason, sizeof(c->reason), "%s", reason);
            }
        }
        if (!bidi_only) {
            struct cell *c = &b->lat[a].val[x];
            c->kind = CELL_NULL;
            snprintf(c->reason, sizeof(c->reason), "%s", reason);
        }
    }
}

static ur_result_t make_queue(struct bench *b, ur_context_handle_t ctx, unsigned dev,
                              ur_queue_handle_t *q)
{
    const struct tool_device *d = &b->s->devices[dev];
    ur_queue_properties_t props = {
        .stype = UR_STRUCTURE_TYPE_QUEUE_PROPERTIES,
        .pNext = NULL,
        .flags = d->profiling ? UR_QUEUE_FLAG_PROFILING_ENABLE : 0,
    };
    return urQueueCreate(ctx, d->h, &props, q);
}

/* Enable access a -> b where supported; returns whether it is on. */
static bool enable(struct bench *b, unsigned a, unsigned c, bool reverse, char *reason, size_t rn)
{
    char what[160], l1[32], l2[32];
    int v = 0;
    if (a == c)
        return true;
    device_label(b->s, a, l1, sizeof(l1));
    device_label(b->s, c, l2, sizeof(l2));
    if (peer_info(b->s, a, c, UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, &v) != UR_RESULT_SUCCESS ||
        v == 0) {
        snprintf(reason, rn, "%s",
                 reverse ? "peer access not supported in the reverse direction"
                         : "peer access not supported");
        return false;
    }
    ur_result_t res = urUsmP2PEnablePeerAccessExp(b->s->devices[a].h, b->s->devices[c].h);
    if (res != UR_RESULT_SUCCESS) {
        snprintf(what, sizeof(what), "urUsmP2PEnablePeerAccessExp (%s -> %s)", l1, l2);
        describe_failure(b->s, b->s->devices[a].adapter, what, res, reason, rn);
        return false;
    }
    return true;
}

static void progress(struct bench *b, const char *phase)
{
    unsigned total = NUM_ACC * b->n * b->n + b->n;
    double el = host_seconds() - b->t0;
    char size_s[32];
    format_bytes(size_s, sizeof(size_s), b->max_size);
    if (b->pairs_done == 0)
        progress_line(b->o, "bench %s: %s, step 1 of %u", size_s, phase, total);
    else
        progress_line(b->o, "bench %s: %s, step %u of %u, %.1f s elapsed, ~%.1f s left", size_s,
                      phase, b->pairs_done + 1, total, el,
                      el / b->pairs_done * (total - b->pairs_done));
}

static void run_pair(struct bench *b, unsigned i, unsigned j, int acc)
{
    struct tool_session *s = b->s;
    unsigned a = s->selected[i], c = s->selected[j];
    const struct tool_device *da = &s->devices[a], *dc = &s->devices[c];
    size_t x = (size_t)i * b->n + j;
    ur_context_handle_t ctx;
    ur_queue_handle_t qa = NULL, qc = NULL;
    void *src_a = NULL, *dst_a = NULL, *src_c = NULL, *dst_c = NULL;
    char reason[192];
    ur_result_t res;
    unsigned char fill = 0x5A;
    struct gate gate = {.size = GATE_BYTES, .fills = GATE_FIRST_FILLS};

    if (da->platform != dc->platform) {
        set_null(b, x, "devices on different platforms: no common context to copy in", 1 << acc,
                 false);
        return;
    }
    if (session_context(s, da->platform, &ctx) != TOOL_EXIT_OK) {
        set_null(b, x, "urContextCreate failed", 1 << acc, false);
        return;
    }
    res = make_queue(b, ctx, a, &qa);
    if (res == UR_RESULT_SUCCESS)
        res = make_queue(b, ctx, c, &qc);
    if (res != UR_RESULT_SUCCESS) {
        describe_failure(s, da->adapter, "urQueueCreate", res, reason, sizeof(reason));
        set_null(b, x, reason, 1 << acc, false);
        goto out_release_queues;
    }
    res = urUSMDeviceAlloc(ctx, da->h, NULL, NULL, b->max_size, &src_a);
    if (res == UR_RESULT_SUCCESS)
        res = urUSMDeviceAlloc(ctx, da->h, NULL, NULL, b->max_size, &dst_a);
    if (res == UR_RESULT_SUCCESS)
        res = urUSMDeviceAlloc(ctx, dc->h, NULL, NULL, b->max_size, &src_c);
    if (res == UR_RESULT_SUCCESS)
        res = urUSMDeviceAlloc(ctx, dc->h, NULL, NULL, b->max_size, &dst_c);
    if (res == UR_RESULT_SUCCESS)
        res = urEnqueueUSMFill(qa, src_a, 1, &fill, b->max_size, 0, NULL, NULL);
    if (res == UR_RESULT_SUCCESS)
        res = urEnqueueUSMFill(qc, src_c, 1, &fill, b->max_size, 0, NULL, NULL);
    if (res == UR_RESULT_SUCCESS)
        res = urQueueFinish(qa);
    if (res == UR_RESULT_SUCCESS)
        res = urQueueFinish(qc);
    if (res != UR_RESULT_SUCCESS) {
        describe_failure(s, da->adapter, "urUSMDeviceAlloc", res, reason, sizeof(reason));
        set_null(b, x, reason, 1 << acc, false);
        goto out_free;
    }

    /* The gate (see gate_close) lives on the source device; without it, timing goes on. */
    if (urQueueCreate(ctx, da->h, NULL, &gate.owned) == UR_RESULT_SUCCESS &&
        urUSMDeviceAlloc(ctx, da->h, NULL, NULL, GATE_BYTES, &gate.buf) == UR_RESULT_SUCCESS)
        gate.q = gate.owned;

    struct stream uni[1] = {{.q = qa, .dst = dst_c, .src = src_a, .profiling = da->profiling}};
    struct stream rd[1] = {{.q = qc, .dst = dst_c, .src = src_a, .profiling = dc->profiling}};
    struct stream bidi[2] = {
        {.q = qa, .dst = dst_c, .src = src_a, .profiling = da->profiling},
        {.q = qc, .dst = dst_a, .src = src_c, .profiling = dc->profiling},
    };

    {
        bool fwd = true, back = true;
        char why_fwd[192] = "", why_back[192] = "";
        if (acc == ACC_ON) {
            fwd = enable(b, a, c, false, why_fwd, sizeof(why_fwd));
            back = enable(b, c, a, true, why_back, sizeof(why_back));
        }
        if (!fwd)
            set_null(b, x, why_fwd, 1 << acc, false);
        else if (!back)
            set_null(b, x, why_back, 1 << acc, true);
        for (unsigned k = 0; k < b->num_sizes; k++) {
            if (fwd)
                measure(b, uni, 1, &gate, b->sizes[k], false, &b->bw[k][T_UNI][acc], x,
                        da->adapter);
            if (fwd && back)
                measure(b, bidi, 2, &gate, b->sizes[k], false, &b->bw[k][T_BIDI][acc], x,
                        da->adapter);
            if (fwd && back)
                measure(b, rd, 1, &gate, b->sizes[k], false, &b->bw[k][T_READ][acc], x,
                        dc->adapter);
        }
        if (fwd)
            measure(b, uni, 1, &gate, b->lat_size, true, &b->lat[acc], x, da->adapter);
        if (acc == ACC_ON && a != c) {
            if (fwd)
                urUsmP2PDisablePeerAccessExp(da->h, dc->h);
            if (back)
                urUsmP2PDisablePeerAccessExp(dc->h, da->h);
        }
    }

out_free:
    if (gate.buf != NULL)
        urUSMFree(ctx, gate.buf);
    if (gate.owned != NULL)
        urQueueRelease(gate.owned);
    if (dst_c != NULL)
        urUSMFree(ctx, dst_c);
    if (src_c != NULL)
        urUSMFree(ctx, src_c);
    if (dst_a != NULL)
        urUSMFree(ctx, dst_a);
    if (src_a != NULL)
        urUSMFree(ctx, src_a);
out_release_queues:
    if (qc != NULL)
        urQueueRelease(qc);
    if (qa != NULL)
        urQueueRelease(qa);
}

/* Host <-> device bandwidth of one device, at the largest size. */
static void run_host(struct bench *b, unsigned i)
{
    struct tool_session *s = b->s;
    const struct tool_device *d = &s->devices[s->selected[i]];
    ur_context_handle_t ctx;
    ur_queue_handle_t q = NULL;
    void *host = NULL, *dev = NULL;
    char reason[192];
    ur_result_t res = UR_RESULT_ERROR_UNKNOWN;
    struct gate nogate = {.q = NULL};

    if (session_context(s, d->platform, &ctx) != TOOL_EXIT_OK) {
        snprintf(reason, sizeof(reason), "urContextCreate failed");
        goto out_null;
    }
    res = make_queue(b, ctx, d->index, &q);
    if (res == UR_RESULT_SUCCESS)
        res = urUSMHostAlloc(ctx, NULL, NULL, b->max_size, &host);
    if (res == UR_RESULT_SUCCESS)
        res = urUSMDeviceAlloc(ctx, d->h, NULL, NULL, b->max_size, &dev);
    if (res == UR_RESULT_SUCCESS)
        memset(host, 0x5A, b->max_size);
    if (res != UR_RESULT_SUCCESS) {
        describe_failure(s, d->adapter, "urUSMHostAlloc/urUSMDeviceAlloc", res, reason,
                         sizeof(reason));
        goto out_free;
    }
    struct stream h2d[1] = {{.q = q, .dst = dev, .src = host, .profiling = d->profiling}};
    struct stream d2h[1] = {{.q = q, .dst = host, .src = dev, .profiling = d->profiling}};
    measure(b, h2d, 1, &nogate, b->max_size, false, &b->host[H_TO_DEVICE], i, d->adapter);
    measure(b, d2h, 1, &nogate, b->max_size, false, &b->host[H_FROM_DEVICE], i, d->adapter);
    res = UR_RESULT_SUCCESS;

out_free:
    if (dev != NULL)
        urUSMFree(ctx, dev);
    if (host != NULL)
        urUSMFree(ctx, host);
    if (q != NULL)
        urQueueRelease(q);
out_null:
    if (res != UR_RESULT_SUCCESS) {
        for (int h = 0; h < NUM_HOST; h++) {
            b->host[h].val[i].kind = CELL_NULL;
            snprintf(b->host[h].val[i].reason, sizeof(b->host[h].val[i].reason), "%s", reason);
        }
    }
}

static size_t concurrent_size(const struct bench *b)
{
    return b->max_size < CONCURRENT_MAX_SIZE ? b->max_size : CONCURRENT_MAX_SIZE;
}

static void conc_null(struct bench *b, unsigned i, const char *reason)
{
    for (int h = C_ALL_TO_ONE; h <= C_ONE_TO_ALL; h++) {
        b->host[h].val[i].kind = CELL_NULL;
        snprintf(b->host[h].val[i].reason, sizeof(b->host[h].val[i].reason), "%s", reason);
    }
}

/* Every other device of the platform copies into device i at once (each on its own queue,
 * into its own slice), then device i copies into all of them at once (one queue per
 * destination). Peer access is enabled where the driver advertises it. */
static void run_concurrent(struct bench *b, unsigned i)
{
    struct tool_session *s = b->s;
    const struct tool_device *d = &s->devices[s->selected[i]];
    size_t size = concurrent_size(b);
    unsigned *peer = calloc(b->n, sizeof(*peer));
    void **src = calloc(b->n, sizeof(*src)), **dst = calloc(b->n, sizeof(*dst));
    ur_queue_handle_t *q = calloc(b->n, sizeof(*q)), *qd = calloc(b->n, sizeof(*qd));
    bool *on_in = calloc(b->n, sizeof(*on_in)), *on_out = calloc(b->n, sizeof(*on_out));
    struct stream *st = calloc(b->n, sizeof(*st));
    void *src_d = NULL, *dst_d = NULL;
    struct gate nogate = {.q = NULL};
    ur_context_handle_t ctx = NULL;
    char reason[192];
    unsigned k = 0;
    ur_result_t res = UR_RESULT_SUCCESS;
    int v = 0;

    if (!peer || !src || !dst || !q || !qd || !on_in || !on_out || !st) {
        conc_null(b, i, "out of host memory");
        goto out_free;
    }
    for (unsigned j = 0; j < b->n; j++)
        if (j != i && s->devices[s->selected[j]].platform == d->platform)
            peer[k++] = j;
    if (k == 0) {
        conc_null(b, i, "no other device on the platform");
        goto out_free;
    }
    if (session_context(s, d->platform, &ctx) != TOOL_EXIT_OK) {
        conc_null(b, i, "urContextCreate failed");
        goto out_free;
    }
    res = urUSMDeviceAlloc(ctx, d->h, NULL, NULL, size, &src_d);
    if (res == UR_RESULT_SUCCESS)
        res = urUSMDeviceAlloc(ctx, d->h, NULL, NULL, size * k, &dst_d);
    for (unsigned m = 0; m < k && res == UR_RESULT_SUCCESS; m++) {
        const struct tool_device *dp = &s->devices[s->selected[peer[m]]];
        res = urUSMDeviceAlloc(ctx, dp->h, NULL, NULL, size, &src[m]);
        if (res == UR_RESULT_SUCCESS)
            res = urUSMDeviceAlloc(ctx, dp->h, NULL, NULL, size, &dst[m]);
        if (res == UR_RESULT_SUCCESS)
            res = make_queue(b, ctx, dp->index, &q[m]);
        if (res == UR_RESULT_SUCCESS)
            res = make_queue(b, ctx, d->index, &qd[m]);
    }
    if (res != UR_RESULT_SUCCESS) {
        describe_failure(s, d->adapter, "urUSMDeviceAlloc/urQueueCreate", res, reason,
                         sizeof(reason));
        conc_null(b, i, reason);
        goto out_free;
    }
    for (unsigned m = 0; m < k; m++) {
        const struct tool_device *dp = &s->devices[s->selected[peer[m]]];
        on_in[m] = peer_info(s, dp->index, d->index, UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, &v) ==
                       UR_RESULT_SUCCESS &&
                   v && urUsmP2PEnablePeerAccessExp(dp->h, d->h) == UR_RESULT_SUCCESS;
        on_out[m] = peer_info(s, d->index, dp->index, UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT,
                              &v) == UR_RESULT_SUCCESS &&
                    v && urUsmP2PEnablePeerAccessExp(d->h, dp->h) == UR_RESULT_SUCCESS;
        st[m] = (struct stream){.q = q[m],
                                .dst = (char *)dst_d + (size_t)m * size,
                                .src = src[m],
                                .profiling = dp->profiling && d->profiling};
    }
    measure(b, st, k, &nogate, size, false, &b->host[C_ALL_TO_ONE], i, d->adapter);
    for (unsigned m = 0; m < k; m++)
        st[m] = (struct stream){.q = qd[m], .dst = dst[m], .src = src_d, .profiling = d->profiling};
    measure(b, st, k, &nogate, size, false, &b->host[C_ONE_TO_ALL], i, d->adapter);
    for (unsigned m = 0; m < k; m++) {
        const struct tool_device *dp = &s->devices[s->selected[peer[m]]];
        if (on_in[m])
            urUsmP2PDisablePeerAccessExp(dp->h, d->h);
        if (on_out[m])
            urUsmP2PDisablePeerAccessExp(d->h, dp->h);
    }

out_free:
    for (unsigned m = 0; m < k && src != NULL && dst != NULL && q != NULL && qd != NULL; m++) {
        if (src[m] != NULL)
            urUSMFree(ctx, src[m]);
        if (dst[m] != NULL)
            urUSMFree(ctx, dst[m]);
        if (q[m] != NULL)
            urQueueRelease(q[m]);
        if (qd[m] != NULL)
            urQueueRelease(qd[m]);
    }
    if (src_d != NULL)
        urUSMFree(ctx, src_d);
    if (dst_d != NULL)
        urUSMFree(ctx, dst_d);
    free(peer);
    free(src);
    free(dst);
    free(q);
    free(qd);
    free(on_in);
    free(on_out);
    free(st);
}

/* ---- Output ---- */

static const char *timing_name(int timed)
{
    switch (timed) {
    case TIMED_DEVICE:
        return "device";
    case TIMED_HOST:
        return "host";
    case TIMED_DEVICE | TIMED_HOST:
        return "mixed";
    default:
        return NULL;
    }
}

static int all_timed(const struct bench *b)
{
    int t = 0;
    for (unsigned k = 0; k < b->num_sizes; k++)
        for (int x = 0; x < NUM_BW; x++)
            for (int a = 0; a < NUM_ACC; a++)
                t |= b->bw[k][x][a].timed;
    for (int a = 0; a < NUM_ACC; a++)
        t |= b->lat[a].timed;
    return t;
}

static const char *timing_detail(int timed)
{
    switch (timed) {
    case TIMED_DEVICE:
        return "device clock: event profiling, from the START of the first copy of a sample to "
               "the END of its last; the copies are held behind a gate (fills on another queue) "
               "while the host enqueues them";
    case TIMED_HOST:
        return "host clock: wall time from the first enqueue to the end of urQueueFinish "
               "(includes submission overhead; the adapter has no event profiling)";
    case TIMED_DEVICE | TIMED_HOST:
        return "mixed: device clock (event profiling) where the adapter has it, host clock "
               "elsewhere; each matrix says which";
    default:
        return "nothing was measured";
    }
}

static void text_matrix(struct sbuf *out, const struct bench *b, const struct bmatrix *m,
                        const char *title, int decimals)
{
    unsigned n = b->n;
    char(*store)[24] = calloc((size_t)n * n, sizeof(*store));
    const char **cells = calloc((size_t)n * n, sizeof(*cells));
    char l1[32], l2[32];
    if (store == NULL || cells == NULL) {
        out->oom = true;
        free(store);
        free(cells);
        return;
    }
    sb_printf(out, "%s", title);
    if (m->timed == (TIMED_DEVICE | TIMED_HOST))
        sb_puts(out, " [timing: mixed]");
    sb_putc(out, '\n');
    double worst = -1.0;
    size_t worst_x = 0;
    for (size_t x = 0; x < (size_t)n * n; x++) {
        if (m->val[x].kind == CELL_REAL) {
            snprintf(store[x], sizeof(store[x]), "%.*f", decimals, m->val[x].value);
            if (m->cv[x] > worst) {
                worst = m->cv[x];
                worst_x = x;
            }
        } else {
            snprintf(store[x], sizeof(store[x]), "n/a");
        }
        cells[x] = store[x];
    }
    report_text_matrix(out, b->s, cells, "");
    if (worst >= 0.0)
        sb_printf(out, "CV: max %.1f%% (%s -> %s)%s\n", worst * 100.0,
                  device_label(b->s, b->s->selected[worst_x / n], l1, sizeof(l1)),
                  device_label(b->s, b->s->selected[worst_x % n], l2, sizeof(l2)),
                  worst > 0.10 ? ", unstable: use more --reps" : "");
    /* Each distinct reason once, with its pairs. */
    for (size_t x = 0; x < (size_t)n * n; x++) {
        if (m->val[x].kind != CELL_NULL)
            continue;
        bool seen = false;
        for (size_t y = 0; y < x && !seen; y++)
            seen = m->val[y].kind == CELL_NULL && strcmp(m->val[y].reason, m->val[x].reason) == 0;
        if (seen)
            continue;
        sb_printf(out, "n/a (%s):", m->val[x].reason);
        for (size_t y = x; y < (size_t)n * n; y++)
            if (m->val[y].kind == CELL_NULL && strcmp(m->val[y].reason, m->val[x].reason) == 0)
                sb_printf(out, " %s->%s", device_label(b->s, b->s->selected[y / n], l1, sizeof(l1)),
                          device_label(b->s, b->s->selected[y % n], l2, sizeof(l2)));
        sb_putc(out, '\n');
    }
    sb_putc(out, '\n');
    free(store);
    free(cells);
}

static void bench_text_header(struct sbuf *out, const struct bench *b)
{
    report_text_banner(out, b->s, b->o);
    if (b->s->simulated)
        sb_puts(out, "(the numbers measure the CPU running the simulation, not GPU links)\n");
    sb_printf(out,
              "Statistic: median of %u samples after %u warm-up copies; CV = standard "
              "deviation / mean\n",
              b->reps, b->warmup);
    sb_puts(out, "Timing: device clock (event profiling) where the adapter has it, host clock "
                 "otherwise; every copied byte counted once\n");
    sb_puts(out, "Bytes: bidirectional = sum of both directions; GB/s = 10^9 bytes/s\n");
    sb_puts(out, "Rows: source device; columns: destination device. The copy runs on the "
                 "source's queue\n(it writes), except in the read matrices (the destination's "
                 "queue reads).\n\n");
}

/* The matrices of one access mode, printed once they are complete. */
static void bench_text_phase(struct sbuf *out, const struct bench *b, int a)
{
    char title[256], size_s[32];
    for (unsigned k = 0; k < b->num_sizes; k++) {
        format_bytes(size_s, sizeof(size_s), b->sizes[k]);
        for (int t = 0; t < NUM_BW; t++) {
            snprintf(title, sizeof(title),
                     "%s bandwidth, peer access %s, %s copies, %u per sample (GB/s)",
                     t == T_UNI    ? "Unidirectional"
                     : t == T_BIDI ? "Bidirectional (sum of both directions)"
                                   : "Unidirectional read (on the destination's queue)",
                     acc_name[a], size_s, batch_of(b->sizes[k]));
            text_matrix(out, b, &b->bw[k][t][a], title, 2);
        }
    }
    snprintf(title, sizeof(title),
             "Latency, peer access %s, %zu-byte copies, %u per sample (microseconds per copy)",
             acc_name[a], b->lat_size, LATENCY_BATCH);
    text_matrix(out, b, &b->lat[a], title, 2);
}

static void bench_text_host(struct sbuf *out, const struct bench *b)
{
    char size_s[32], conc_s[32], l1[32];
    format_bytes(size_s, sizeof(size_s), b->max_size);
    format_bytes(conc_s, sizeof(conc_s), concurrent_size(b));
    sb_printf(out,
              "Host <-> device bandwidth (%s copies, pinned host memory) and concurrent copies "
              "(%s from\nevery other device into this one at once, and from this one into all "
              "the others at once;\npeer access enabled where supported), GB/s\n",
              size_s, conc_s);
    sb_printf(out, "%8s  %14s  %14s  %14s  %14s\n", "", "host->device", "device->host",
              "all-to-one", "one-to-all");
    for (unsigned i = 0; i < b->n; i++) {
        sb_printf(out, "%8s", device_label(b->s, b->s->selected[i], l1, sizeof(l1)));
        for (int h = 0; h < NUM_HOST; h++) {
            const struct cell *c = &b->host[h].val[i];
            if (c->kind == CELL_REAL)
                sb_printf(out, "  %14.2f", c->value);
            else
                sb_printf(out, "  %14s", "n/a");
        }
        sb_putc(out, '\n');
    }
    sb_putc(out, '\n');
}

/* One screen: per pair, the peak unidirectional bandwidth over the sizes and the latency, with
 * access on and off. */
static void bench_text_summary(struct sbuf *out, const struct bench *b)
{
    char l1[32], l2[32], pair_s[80], v[NUM_ACC][2][24];
    unsigned n = b->n;
    sb_puts(out, "Summary: peak unidirectional bandwidth (GB/s) and latency (us), peer access on "
                 "/ off\n");
    sb_printf(out, "%-14s  %10s  %10s  %10s  %10s\n", "FROM -> TO", "bw on", "bw off", "lat on",
              "lat off");
    for (unsigned i = 0; i < n; i++) {
        for (unsigned j = 0; j < n; j++) {
            size_t x = (size_t)i * n + j;
            for (int a = 0; a < NUM_ACC; a++) {
                double peak = -1.0;
                for (unsigned k = 0; k < b->num_sizes; k++)
                    if (b->bw[k][T_UNI][a].val[x].kind == CELL_REAL &&
                        b->bw[k][T_UNI][a].val[x].value > peak)
                        peak = b->bw[k][T_UNI][a].val[x].value;
                if (peak >= 0.0)
                    snprintf(v[a][0], sizeof(v[a][0]), "%.2f", peak);
                else
                    snprintf(v[a][0], sizeof(v[a][0]), "n/a");
                if (b->lat[a].val[x].kind == CELL_REAL)
                    snprintf(v[a][1], sizeof(v[a][1]), "%.2f", b->lat[a].val[x].value);
                else
                    snprintf(v[a][1], sizeof(v[a][1]), "n/a");
            }
            snprintf(pair_s, sizeof(pair_s), "%s -> %s",
                     device_label(b->s, b->s->selected[i], l1, sizeof(l1)),
                     device_label(b->s, b->s->selected[j], l2, sizeof(l2)));
            sb_printf(out, "%-14s  %10s  %10s  %10s  %10s\n", pair_s, v[ACC_ON][0], v[ACC_OFF][0],
                      v[ACC_ON][1], v[ACC_OFF][1]);
        }
    }
}

static void json_matrix(struct jw *w, const struct bench *b, const struct bmatrix *m,
                        const char *key, const char *unit)
{
    unsigned n = b->n;
    report_json_matrix_begin(w, key, b->s, m->val, unit, 3);
    jw_arr(w, "cv");
    for (unsigned i = 0; i < n; i++) {
        jw_arr_compact(w, NULL);
        for (unsigned j = 0; j < n; j++) {
            size_t x = (size_t)i * n + j;
            if (m->val[x].kind == CELL_REAL)
                jw_double(w, NULL, m->cv[x], 4);
            else
                jw_null(w, NULL);
        }
        jw_arr_end(w);
    }
    jw_arr_end(w);
    const char *keys[2] = {"min", "max"};
    for (int q = 0; q < 2; q++) {
        jw_arr(w, keys[q]);
        for (unsigned i = 0; i < n; i++) {
            jw_arr_compact(w, NULL);
            for (unsigned j = 0; j < n; j++) {
                size_t x = (size_t)i * n + j;
                if (m->val[x].kind == CELL_REAL)
                    jw_double(w, NULL, q ? m->max[x] : m->min[x], 3);
                else
                    jw_null(w, NULL);
            }
            jw_arr_end(w);
        }
        jw_arr_end(w);
    }
    jw_arr(w, "samples");
    for (unsigned i = 0; i < n; i++) {
        jw_arr(w, NULL);
        for (unsigned j = 0; j < n; j++) {
            size_t x = (size_t)i * n + j;
            jw_arr_compact(w, NULL);
            for (unsigned r = 0; m->val[x].kind == CELL_REAL && r < b->reps; r++)
                jw_double(w, NULL, m->raw[x * b->reps + r], 3);
            jw_arr_end(w);
        }
        jw_arr_end(w);
    }
    jw_arr_end(w);
    jw_str(w, "timing", timing_name(m->timed));
    jw_obj_end(w);
}

static void json_host(struct jw *w, const struct bench *b)
{
    jw_obj(w, "host");
    jw_uint(w, "size", b->max_size);
    jw_str(w, "unit", "GB/s");
    jw_arr(w, "devices");
    for (unsigned i = 0; i < b->n; i++) {
        jw_obj_compact(w, NULL);
        jw_uint(w, "index", b->s->selected[i]);
        for (int h = 0; h < NUM_HOST; h++) {
            const struct cell *c = &b->host[h].val[i];
            if (c->kind == CELL_REAL)
                jw_double(w, host_name[h], c->value, 3);
            else
                jw_null(w, host_name[h]);
        }
        for (int h = 0; h < NUM_HOST; h += 2) {
            const struct cell *c = &b->host[h].val[i];
            jw_str(w, h == H_TO_DEVICE ? "reason" : "concurrent_reason",
                   c->kind == CELL_REAL ? NULL : c->reason);
        }
        jw_obj_end(w);
    }
    jw_arr_end(w);
    jw_uint(w, "concurrent_size", concurrent_size(b));
    jw_obj_end(w);
}

static void bench_json(struct sbuf *out, const struct bench *b)
{
    struct jw w;
    jw_init(&w, out);
    jw_obj(&w, NULL);
    report_json_header(&w, b->s, "bench");
    report_json_devices(&w, b->s);
    jw_obj(&w, "bench");
    jw_str(&w, "statistic", "median");
    jw_uint(&w, "reps", b->reps);
    jw_uint(&w, "warmup", b->warmup);
    jw_str(&w, "timing", timing_name(all_timed(b)));
    jw_str(&w, "timing_detail", timing_detail(all_timed(b)));
    jw_str(&w, "bytes",
           "every copied byte counted once; bidirectional is the sum of both "
           "directions; GB/s = 1e9 bytes/s");
    jw_str(&w, "orientation",
           "row = source device (the copy runs on its queue), column = "
           "destination device");
    jw_arr(&w, "sizes");
    for (unsigned k = 0; k < b->num_sizes; k++) {
        jw_obj(&w, NULL);
        jw_uint(&w, "size", b->sizes[k]);
        jw_uint(&w, "copies_per_sample", batch_of(b->sizes[k]));
        for (int t = 0; t < NUM_BW; t++) {
            jw_obj(&w, bw_name[t]);
            for (int a = 0; a < NUM_ACC; a++)
                json_matrix(&w, b, &b->bw[k][t][a], acc_name[a], "GB/s");
            jw_obj_end(&w);
        }
        jw_obj_end(&w);
    }
    jw_arr_end(&w);
    jw_obj(&w, "latency");
    jw_uint(&w, "size", b->lat_size);
    jw_uint(&w, "copies_per_sample", LATENCY_BATCH);
    for (int a = 0; a < NUM_ACC; a++)
        json_matrix(&w, b, &b->lat[a], acc_name[a], "us");
    jw_obj_end(&w);
    json_host(&w, b);
    jw_obj_end(&w);
    jw_obj_end(&w);
    jw_finish(&w);
}

static void csv_field(struct sbuf *out, const char *s)
{
    if (strpbrk(s, ",\"\n\r") == NULL) {
        sb_puts(out, s);
        return;
    }
    sb_putc(out, '"');
    for (; *s; s++) {
        if (*s == '"')
            sb_putc(out, '"');
        sb_putc(out, *s);
    }
    sb_putc(out, '"');
}

static void csv_matrix(struct sbuf *out, const struct bench *b, const struct bmatrix *m,
                       const char *test, const char *acc, size_t size, unsigned per_sample,
                       const char *unit)
{
    unsigned n = b->n;
    for (unsigned i = 0; i < n; i++) {
        for (unsigned j = 0; j < n; j++) {
            size_t x = (size_t)i * n + j;
            unsigned from = b->s->selected[i], to = b->s->selected[j];
            if (m >= &b->host[0] && m < &b->host[NUM_HOST]) {
                if (j != 0)
                    continue; /* one cell per device, at its selection position */
                x = i;
                to = from;
            }
            const struct cell *c = &m->val[x];
            sb_printf(out, "%s,%s,%zu,%u,%u,", test, acc, size, from, to);
            if (c->kind == CELL_REAL)
                sb_printf(out, "%.3f,%s,%.4f,%.3f,%.3f,%u,%u,%s,", c->value, unit, m->cv[x],
                          m->min[x], m->max[x], b->reps, per_sample,
                          timing_name(m->timed) ? timing_name(m->timed) : "");
            else {
                sb_printf(out, ",%s,,,,%u,%u,,", unit, b->reps, per_sample);
                csv_field(out, c->reason);
            }
            sb_putc(out, ',');
            csv_field(out, b->s->devices[from].name);
            sb_putc(out, ',');
            csv_field(out, b->s->devices[to].name);
            sb_printf(out, ",%s\n", b->s->simulated ? "true" : "false");
        }
    }
}

static void bench_csv_header(struct sbuf *out)
{
    sb_puts(out, "test,peer_access,size_bytes,from,to,value,unit,cv,min,max,samples,"
                 "copies_per_sample,timing,reason,from_name,to_name,simulated\n");
}

static void bench_csv_phase(struct sbuf *out, const struct bench *b, int a)
{
    for (unsigned k = 0; k < b->num_sizes; k++)
        for (int t = 0; t < NUM_BW; t++)
            csv_matrix(out, b, &b->bw[k][t][a], bw_name[t], acc_name[a], b->sizes[k],
                       batch_of(b->sizes[k]), "GB/s");
    csv_matrix(out, b, &b->lat[a], "latency", acc_name[a], b->lat_size, LATENCY_BATCH, "us");
}

static void bench_csv_host(struct sbuf *out, const struct bench *b)
{
    for (int h = 0; h < NUM_HOST; h++) {
        size_t size = h >= C_ALL_TO_ONE ? concurrent_size(b) : b->max_size;
        csv_matrix(out, b, &b->host[h], host_name[h], h >= C_ALL_TO_ONE ? "where_supported" : "n/a",
                   size, batch_of(size), "GB/s");
    }
}

/* ---- Entry ---- */

/* Refuse, before allocating anything, sizes the host cannot back (the simulated node's device
 * memory is host memory). */
static int check_memory(const struct bench *b)
{
    uint64_t need = (uint64_t)b->max_size + GATE_BYTES; /* pinned host buffer, gate */
    if (b->s->simulated)
        need += 4 * (uint64_t)b->max_size + GATE_BYTES +
                2 * (uint64_t)b->n * concurrent_size(b); /* concurrent copies */
    uint64_t avail = host_memory_available();
    if (avail != 0 && need > avail) {
        char n1[32], n2[32], n3[32];
        format_bytes(n1, sizeof(n1), b->max_size);
        format_bytes(n2, sizeof(n2), need);
        format_bytes(n3, sizeof(n3), avail);
        return tool_fail(TOOL_EXIT_RESOURCE, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY,
                         "--size %s: the bench needs %s of host memory, %s are available; "
                         "nothing was allocated: use a smaller --size",
                         n1, n2, n3);
    }
    return TOOL_EXIT_OK;
}

static bool alloc_matrix(struct bmatrix *m, unsigned n, unsigned reps)
{
    m->val = calloc((size_t)n * n, sizeof(*m->val));
    m->cv = calloc((size_t)n * n, sizeof(*m->cv));
    m->min = calloc((size_t)n * n, sizeof(*m->min));
    m->max = calloc((size_t)n * n, sizeof(*m->max));
    m->raw = calloc((size_t)n * n * reps, sizeof(*m->raw));
    if (m->cv != NULL)
        for (size_t x = 0; x < (size_t)n * n; x++)
            m->cv[x] = NAN;
    return m->val != NULL && m->cv != NULL && m->min != NULL && m->max != NULL && m->raw != NULL;
}

static void free_matrix(struct bmatrix *m)
{
    free(m->val);
    free(m->cv);
    free(m->min);
    free(m->max);
    free(m->raw);
}

int cmd_bench(struct tool_session *s, const struct tool_opts *o, struct sbuf *out)
{
    struct bench *b = calloc(1, sizeof(*b));
    int rc = TOOL_EXIT_OK;
    if (b == NULL)
        return tool_fail(TOOL_EXIT_RUNTIME, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, "out of memory");
    b->s = s;
    b->o = o;
    b->n = s->num_selected;
    b->reps = o->reps_given ? o->reps : BENCH_DEFAULT_REPS;
    b->warmup = o->warmup_given ? o->warmup : BENCH_DEFAULT_WARMUP;
    b->lat_size = o->latency_size ? o->latency_size : BENCH_DEFAULT_LATENCY_SIZE;
    b->num_sizes = o->num_sizes ? o->num_sizes : 1;
    for (unsigned k = 0; k < b->num_sizes; k++) {
        b->sizes[k] = o->num_sizes ? o->sizes[k] : BENCH_DEFAULT_SIZE;
        if (b->sizes[k] > b->max_size)
            b->max_size = b->sizes[k];
    }
    if (b->lat_size > b->max_size)
        b->max_size = b->lat_size;
    for (unsigned k = 0; k < b->n; k++) {
        const struct tool_device *d = &s->devices[s->selected[k]];
        if (d->max_alloc != 0 && b->max_size > d->max_alloc) {
            rc = tool_fail(TOOL_EXIT_USAGE, UR_RESULT_SUCCESS,
                           "size %zu is larger than the largest allocation of device %u "
                           "(%llu bytes)",
                           b->max_size, d->index, (unsigned long long)d->max_alloc);
            goto out_free;
        }
    }
    b->samples = calloc(b->reps, sizeof(*b->samples));
    bool ok = b->samples != NULL;
    for (unsigned k = 0; k < b->num_sizes; k++)
        for (int t = 0; t < NUM_BW; t++)
            for (int a = 0; a < NUM_ACC; a++)
                ok &= alloc_matrix(&b->bw[k][t][a], b->n, b->reps);
    for (int a = 0; a < NUM_ACC; a++)
        ok &= alloc_matrix(&b->lat[a], b->n, b->reps);
    for (int h = 0; h < NUM_HOST; h++)
        ok &= alloc_matrix(&b->host[h], b->n, b->reps);
    if (!ok) {
        rc = tool_fail(TOOL_EXIT_RUNTIME, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY, "out of memory");
        goto out_free;
    }
    rc = check_memory(b);
    if (rc != TOOL_EXIT_OK)
        goto out_free;

    b->t0 = host_seconds();
    if (o->csv)
        bench_csv_header(out);
    else if (!o->json)
        bench_text_header(out, b);
    tool_stream(o, out);
    for (int a = 0; a < NUM_ACC; a++) {
        for (unsigned i = 0; i < b->n; i++) {
            for (unsigned j = 0; j < b->n; j++) {
                progress(b, a == ACC_ON ? "peer access on" : "peer access off");
                run_pair(b, i, j, a);
                b->pairs_done++;
            }
        }
        if (o->csv)
            bench_csv_phase(out, b, a);
        else if (!o->json)
            bench_text_phase(out, b, a);
        tool_stream(o, out);
    }
    for (unsigned i = 0; i < b->n; i++) {
        progress(b, "host <-> device, concurrent copies");
        run_host(b, i);
        run_concurrent(b, i);
        b->pairs_done++;
    }
    progress_line(o, NULL);
    if (o->json)
        bench_json(out, b);
    else if (o->csv)
        bench_csv_host(out, b);
    else {
        bench_text_host(out, b);
        bench_text_summary(out, b);
    }

out_free:
    for (unsigned k = 0; k < TOOL_MAX_SIZES; k++)
        for (int t = 0; t < NUM_BW; t++)
            for (int a = 0; a < NUM_ACC; a++)
                free_matrix(&b->bw[k][t][a]);
    for (int a = 0; a < NUM_ACC; a++)
        free_matrix(&b->lat[a]);
    for (int h = 0; h < NUM_HOST; h++)
        free_matrix(&b->host[h]);
    free(b->samples);
    free(b);
    return rc;
}
