/* SPDX-License-Identifier: MIT */
/*
 * The fakegpu framework (fakegpu_impl.h): what the driver doubles share. The node comes from the
 * simulated adapter's topology parser (src/adapters/sim/sim_topology.c, compiled in here), so the
 * simulated node and the doubles describe a node the same way.
 */
#include "fakegpu_impl.h"

#include "adapters/sim/sim.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define FG_MAGIC_STREAM 0xf9057e11u
#define FG_MAGIC_EVENT 0xf90e7e11u
#define FG_MAX_COUNTERS 64

struct fg_state fg = {.lock = PTHREAD_MUTEX_INITIALIZER};

static pthread_once_t fg_once = PTHREAD_ONCE_INIT;
static struct sim_topology *topo;
static FILE *call_log;
uint64_t fg_used[FG_MAX_DEV];
static struct fg_alloc *allocs;
static uint64_t next_alloc_id = 1;
static struct fg_stream *streams;
static struct fg_event *events;
static struct {
    const char *name;
    unsigned long value;
} counters[FG_MAX_COUNTERS];

/* ---- Configuration ------------------------------------------------------------------------- */

const char *fg_env_str(const char *name)
{
    char var[64];
    snprintf(var, sizeof var, "FAKEGPU_%s", name);
    const char *v = getenv(var);
    return v != NULL && *v != '\0' ? v : NULL;
}

uint64_t fg_env(const char *name, uint64_t def)
{
    const char *s = fg_env_str(name);
    char *end;
    if (s == NULL)
        return def;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (errno == 0 && *end == '\0')
        return v;
    fprintf(stderr, "fakegpu: bad FAKEGPU_%s=%s\n", name, s);
    return def;
}

static struct sim_topology *load_topology(const char *spec)
{
    struct sim_topology *t = NULL;
    char msg[512];
    if (sim_topology_load(spec, &t, msg, sizeof msg) != UR_RESULT_SUCCESS) {
        fprintf(stderr, "fakegpu: %s\n", msg);
        exit(2); /* a test's configuration error: stop loudly */
    }
    return t;
}

static struct fg_call *call_named(const char *name)
{
    FG_EACH_CALL(c)
    {
        if (name != NULL && strcmp(c->name, name) == 0)
            return c;
    }
    return NULL;
}

static int set_fault(const char *name, unsigned nth, long code)
{
    struct fg_call *c = call_named(name);
    if (c == NULL)
        return -1;
    c->fail_in = nth;
    c->fail_code = code;
    return 0;
}

static void parse_faults(const char *spec)
{
    char *copy = strdup(spec), *save = NULL;
    for (char *tok = strtok_r(copy, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save)) {
        char name[64], code[32];
        unsigned nth = 0;
        if (sscanf(tok, "%63[^:]:%u:%31s", name, &nth, code) != 3 ||
            set_fault(name, nth, strtol(code, NULL, 0)) != 0)
            fprintf(stderr, "fakegpu: bad FAKEGPU_FAULTS entry %s\n", tok);
    }
    free(copy);
}

static void configure(void)
{
    const char *spec = fg_env_str("TOPOLOGY"), *log = fg_env_str("LOG");
    if (spec == NULL || strcmp(spec, "none") != 0) {
        topo = load_topology(spec != NULL ? spec : "pair");
        fg.ndev = topo->num_devices < FG_MAX_DEV ? (int)topo->num_devices : FG_MAX_DEV;
    }
    fg.async = fg_env("ASYNC", 0) != 0;
    if (fg_env_str("FAULTS") != NULL)
        parse_faults(fg_env_str("FAULTS"));
    if (log != NULL)
        call_log = fopen(log, "a");
    if (fg_hooks.configure != NULL)
        fg_hooks.configure();
}

void fg_configure(void)
{
    pthread_once(&fg_once, configure);
}

bool fg_dev_ok(int d)
{
    return d >= 0 && d < fg.ndev;
}

uint64_t fg_memory(int d)
{
    return fg.ndev > 0 ? topo->devices[d % fg.ndev].memory : 0;
}

static const struct sim_link_spec *link_of(const struct sim_topology *t, int a, int b)
{
    if (t == NULL || a < 0 || b < 0 || a >= (int)t->num_devices || b >= (int)t->num_devices ||
        a == b)
        return NULL;
    return &t->links[(size_t)a * t->num_devices + (size_t)b];
}

struct fg_link fg_link(int a, int b)
{
    const struct sim_link_spec *l = link_of(topo, a, b);
    return l == NULL ? (struct fg_link){0}
                     : (struct fg_link){l->access, l->atomics, l->rank, l->bandwidth};
}

bool fg_access(int a, int b)
{
    return fg_link(a, b).access;
}

bool fg_any_bandwidth(void)
{
    for (int a = 0; a < fg.ndev; a++)
        for (int b = 0; b < fg.ndev; b++)
            if (fg_link(a, b).bandwidth > 0)
                return true;
    return false;
}

bool fg_access_in(const char *name, int a, int b, bool def)
{
    static struct sim_topology *other; /* one second view per process is all a shim needs */
    const char *spec = fg_env_str(name);
    if (spec == NULL)
        return def;
    if (other == NULL)
        other = load_topology(spec);
    const struct sim_link_spec *l = link_of(other, a, b);
    return a == b || (l != NULL && l->access);
}

/* ---- Calls, counters and the controls ------------------------------------------------------ */

void fg_begin(void)
{
    fg_configure();
    pthread_mutex_lock(&fg.lock);
}

void fg_end(void)
{
    pthread_mutex_unlock(&fg.lock);
}

long fg_enter(struct fg_call *c)
{
    c->calls++;
    if (call_log != NULL) {
        fprintf(call_log, "%s\n", c->name);
        fflush(call_log);
    }
    return c->fail_in > 0 && --c->fail_in == 0 ? c->fail_code : 0;
}

void fg_bump(const char *name, long delta)
{
    for (int i = 0; i < FG_MAX_COUNTERS; i++) {
        if (counters[i].name == NULL)
            counters[i].name = name;
        if (strcmp(counters[i].name, name) == 0) {
            counters[i].value += (unsigned long)delta;
            return;
        }
    }
}

unsigned long fg_counter(const char *name)
{
    for (int i = 0; i < FG_MAX_COUNTERS && counters[i].name != NULL; i++)
        if (strcmp(counters[i].name, name) == 0)
            return counters[i].value;
    return 0;
}

FG_EXPORT unsigned long fakegpu_count(const char *name)
{
    bool all = name == NULL || *name == '\0' || strcmp(name, "calls") == 0;
    fg_begin();
    struct fg_call *row = call_named(name);
    unsigned long n = all || row != NULL ? 0 : fg_counter(name);
    FG_EACH_CALL(c)
    {
        n += all || c == row ? c->calls : 0;
    }
    fg_end();
    return n;
}

FG_EXPORT void fakegpu_reset_counts(void)
{
    fg_begin();
    FG_EACH_CALL(c)
    {
        c->calls = 0;
    }
    fg_end();
}

FG_EXPORT int fakegpu_fail_call(const char *name, unsigned nth, long code)
{
    fg_begin();
    int r = set_fault(name, nth, code);
    fg_end();
    return r;
}

FG_EXPORT int fakegpu_peer_enabled(int cmd, int peer)
{
    fg_begin();
    int v = !fg_dev_ok(cmd) || !fg_dev_ok(peer) ? -1
            : fg_hooks.peer_enabled != NULL     ? fg_hooks.peer_enabled(cmd, peer)
                                                : 0;
    fg_end();
    return v;
}

FG_EXPORT int fakegpu_pointer_device(const void *p)
{
    fg_begin();
    const struct fg_alloc *a = fg_alloc_find(p);
    int d = a == NULL ? -2 : a->dev;
    fg_end();
    return d;
}

FG_EXPORT void fakegpu_set_async(int on)
{
    fg_begin();
    fg.async = on != 0;
    fg_end();
}

/* ---- What the CUDA and HIP shims share ----------------------------------------------------- */

const struct fg_error *fg_error(const struct fg_error *table, long code)
{
    while (table->name != NULL && table->code != code)
        table++;
    return table;
}

long fg_put(int *out, long value)
{
    if (out == NULL)
        return fg_codes.invalid_value;
    *out = (int)value;
    return 0;
}

long fg_device_print(char *out, int len, int dev, const char *fmt, ...)
{
    va_list ap;
    FG_DEVICE_CALL(out && len > 0, dev);
    va_start(ap, fmt);
    vsnprintf(out, (size_t)len, fmt, ap);
    va_end(ap);
    return 0;
}

long fg_total_mem(size_t *bytes, int dev)
{
    FG_DEVICE_CALL(bytes, dev);
    *bytes = fg_memory(dev);
    return 0;
}

long fg_attribute(const int (*rows)[3], size_t n, int attr, int dev, int *value)
{
    FG_DEVICE_CALL(value, dev);
    for (size_t i = 0; i < n; i++) {
        if (rows[i][0] == attr) {
            *value = rows[i][2] < 0 ? (rows[i][1] + dev) % 2 : rows[i][1] + dev * rows[i][2];
            return 0;
        }
    }
    return fg_codes.invalid_value;
}

long fg_p2p_attribute(int *value, int attr, int src, int dst)
{
    FG_DEVICE_CALL(value, src);
    if (!fg_dev_ok(dst) || src == dst)
        return fg_codes.invalid_device; /* "or if they represent the same device" */
    if (attr < 0 || attr > 3)
        return fg_codes.invalid_value;
    struct fg_link l = fg_link(src, dst);
    *value = attr == 0 ? l.rank : attr == 2 ? l.atomics : l.access;
    return 0;
}

long fg_can_access_peer(int *can, int dev, int peer)
{
    FG_DEVICE_CALL(can, dev);
    if (!fg_dev_ok(peer))
        return fg_codes.invalid_device;
    *can = dev != peer && fg_access_in("CANACCESS", dev, peer, fg_access(dev, peer));
    return 0;
}

/* ---- Memory -------------------------------------------------------------------------------- */

bool fg_reserve(int dev, int64_t bytes)
{
    if (bytes > 0 && fg_used[dev] + (uint64_t)bytes > fg_memory(dev))
        return false;
    fg_used[dev] += (uint64_t)bytes;
    return true;
}

struct fg_alloc *fg_alloc_new(int dev, int kind, size_t size, size_t align, void *owner,
                              int alloc_dev)
{
    size_t rounded = (size + align - 1) / align * align;
    char *base = NULL;
    if (dev >= 0 && (size > fg_memory(dev) || !fg_reserve(dev, (int64_t)size)))
        return NULL;
    struct fg_alloc *a = calloc(1, sizeof *a);
    if (a == NULL || (base = aligned_alloc(align, rounded)) == NULL) {
        free(a);
        if (dev >= 0)
            (void)fg_reserve(dev, -(int64_t)size);
        return NULL;
    }
    memset(base, 0xa5, rounded); /* fresh memory is garbage, as on a device */
    *a = (struct fg_alloc){base, size, dev, kind, alloc_dev, owner, next_alloc_id++, allocs};
    allocs = a;
    fg_bump("live_allocations", 1);
    return a;
}

struct fg_alloc *fg_alloc_find(const void *p)
{
    const char *c = p;
    for (struct fg_alloc *a = allocs; a != NULL; a = a->next)
        if (c >= a->base && c < a->base + a->size)
            return a;
    return NULL;
}

struct fg_alloc *fg_alloc_first(void)
{
    return allocs;
}

/* [p, p + n) inside one allocation (*out), or wholly outside all of them (*out = NULL). */
static bool range_ok(const void *p, size_t n, struct fg_alloc **out)
{
    struct fg_alloc *a = *out = fg_alloc_find(p);
    if (a == NULL)
        return fg_alloc_find((const char *)p + n - 1) == NULL;
    return (size_t)((const char *)p - a->base) + n <= a->size;
}

/* ---- Streams ------------------------------------------------------------------------------- */

enum fg_op_kind { FG_OP_COPY, FG_OP_SET, FG_OP_RECORD, FG_OP_WAIT };

struct fg_op {
    enum fg_op_kind kind;
    uint64_t seq;
    char *dst;
    const char *src;
    size_t n, pitch, elem, width, height; /* copy: n; set: rows of width elements of elem bytes */
    uint32_t value;
    struct fg_event *ev; /* record: the event and its generation */
    uint64_t gen;
    struct fg_stream *wait; /* wait: until that stream's position wait_seq */
    uint64_t wait_seq;
    struct fg_op *next;
};

struct fg_event {
    uint32_t magic;
    unsigned flags;
    void *owner;
    bool recorded, complete;
    uint64_t gen, seq, t_ns;  /* seq: the last record's position on stream */
    struct fg_stream *stream; /* where it was last recorded */
    struct fg_event *next;
};

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

struct fg_stream *fg_stream_new(int dev, void *owner)
{
    struct fg_stream *s = calloc(1, sizeof *s);
    if (s == NULL)
        return NULL;
    *s = (struct fg_stream){.magic = FG_MAGIC_STREAM, .dev = dev, .owner = owner, .next = streams};
    streams = s;
    fg_bump("live_streams", 1);
    return s;
}

struct fg_stream *fg_stream_find(const void *h)
{
    for (struct fg_stream *s = streams; s != NULL; s = s->next)
        if (s == h && s->magic == FG_MAGIC_STREAM)
            return s;
    return NULL;
}

long fg_stream_destroy(const void *h)
{
    struct fg_stream *s = fg_stream_find(h);
    if (s == NULL)
        return fg_codes.invalid_handle;
    (void)fg_stream_sync(s); /* queued work still completes */
    FG_UNLINK(struct fg_stream, &streams, s);
    for (struct fg_stream *t = streams; t != NULL; t = t->next)
        for (struct fg_op *op = t->head; op != NULL; op = op->next)
            if (op->wait == s)
                op->wait = NULL; /* nothing left to wait for */
    for (struct fg_event *e = events; e != NULL; e = e->next)
        if (e->stream == s)
            e->stream = NULL;
    s->magic = 0;
    free(s);
    fg_bump("live_streams", -1);
    return 0;
}

static void count_copy(const struct fg_stream *s, const struct fg_op *op)
{
    const struct fg_alloc *da = fg_alloc_find(op->dst), *sa = fg_alloc_find(op->src);
    int d = da != NULL ? da->dev : -1, r = sa != NULL ? sa->dev : -1;
    if (d >= 0 && r >= 0 && d != r) {
        int other = s->dev == d ? r : d;
        bool involved = s->dev == d || s->dev == r;
        bool direct = involved && fg_hooks.peer_on != NULL && fg_hooks.peer_on(s, other);
        fg_bump(direct ? "bytes_direct" : "bytes_staged", (long)op->n);
    } else {
        fg_bump("bytes_local", (long)op->n);
    }
}

static void stream_run(struct fg_stream *s, uint64_t seq);

static void execute(struct fg_stream *s, struct fg_op *op)
{
    uint8_t v8 = (uint8_t)op->value;
    uint16_t v16 = (uint16_t)op->value;
    const void *v = op->elem == 1 ? (void *)&v8 : op->elem == 2 ? (void *)&v16 : &op->value;
    switch (op->kind) {
    case FG_OP_COPY:
        count_copy(s, op);
        memmove(op->dst, op->src, op->n);
        break;
    case FG_OP_SET:
        for (size_t h = 0; h < op->height; h++)
            for (size_t w = 0; w < op->width; w++)
                memcpy(op->dst + h * op->pitch + w * op->elem, v, op->elem);
        break;
    case FG_OP_RECORD:
        if (op->ev != NULL && op->ev->gen == op->gen) {
            op->ev->complete = true;
            op->ev->t_ns = now_ns();
        }
        break;
    case FG_OP_WAIT:
        if (op->wait != NULL)
            stream_run(op->wait, op->wait_seq);
        break;
    }
}

/* Run s's work up to and including position seq. */
static void stream_run(struct fg_stream *s, uint64_t seq)
{
    while (s->head != NULL && s->head->seq <= seq) {
        struct fg_op *op = s->head;
        s->head = op->next;
        if (s->head == NULL)
            s->tail = NULL;
        execute(s, op);
        free(op);
    }
}

long fg_stream_sync(struct fg_stream *s)
{
    if (s == NULL)
        return fg_codes.invalid_handle;
    stream_run(s, UINT64_MAX);
    return 0;
}

void fg_run_owner(const void *owner)
{
    for (struct fg_stream *s = streams; s != NULL; s = s->next)
        if (owner == NULL || s->owner == owner)
            stream_run(s, UINT64_MAX);
}

/* Queue op on s: run at once unless async, or when the caller waits for it (sync). */
static long enqueue(struct fg_stream *s, const struct fg_op *tmpl, bool sync, const void *current)
{
    struct fg_op *op = malloc(sizeof *op);
    if (op == NULL)
        return fg_codes.out_of_memory;
    *op = *tmpl;
    op->seq = ++s->enqueued;
    op->next = NULL;
    if (s->tail != NULL)
        s->tail->next = op;
    else
        s->head = op;
    s->tail = op;
    if (current != s->owner)
        fg_bump("stream_mismatch", 1);
    if (!fg.async || sync)
        stream_run(s, UINT64_MAX);
    return 0;
}

long fg_copy(struct fg_stream *s, void *dst, const void *src, size_t n, bool pageable_waits,
             const void *current)
{
    struct fg_alloc *da, *sa;
    if (s == NULL)
        return fg_codes.invalid_handle;
    if (n == 0)
        return 0;
    if (dst == NULL || src == NULL || !range_ok(dst, n, &da) || !range_ok(src, n, &sa))
        return fg_codes.invalid_value;
    struct fg_op op = {.kind = FG_OP_COPY, .dst = dst, .src = src, .n = n};
    return enqueue(s, &op, pageable_waits && (da == NULL || sa == NULL), current);
}

long fg_fill(struct fg_stream *s, void *dst, size_t pitch, size_t elem, uint32_t value,
             size_t width, size_t height, const void *current)
{
    struct fg_alloc *a;
    if (s == NULL)
        return fg_codes.invalid_handle;
    if (width == 0 || height == 0)
        return 0;
    /* The pointer (and, with several rows, the pitch) must be aligned to the element. */
    if ((uintptr_t)dst % elem != 0 || (height > 1 && (pitch % elem != 0 || pitch < width * elem)))
        return fg_codes.invalid_value;
    if (!range_ok(dst, (height - 1) * pitch + width * elem, &a) || a == NULL)
        return fg_codes.invalid_value; /* fills need the driver's memory */
    struct fg_op op = {.kind = FG_OP_SET,
                       .dst = dst,
                       .pitch = height > 1 ? pitch : width * elem,
                       .elem = elem,
                       .width = width,
                       .height = height,
                       .value = value};
    return enqueue(s, &op, false, current);
}

/* ---- Events -------------------------------------------------------------------------------- */

long fg_event_new(void **out, void *owner, unsigned flags)
{
    struct fg_event *e = calloc(1, sizeof *e);
    if (e == NULL)
        return fg_codes.out_of_memory;
    *e = (struct fg_event){.magic = FG_MAGIC_EVENT, .owner = owner, .flags = flags, .next = events};
    events = e;
    fg_bump("live_events", 1);
    *out = e;
    return 0;
}

static struct fg_event *event_find(const void *h)
{
    for (struct fg_event *e = events; e != NULL; e = e->next)
        if (e == h && e->magic == FG_MAGIC_EVENT)
            return e;
    return NULL;
}

long fg_event_destroy(const void *h)
{
    struct fg_event *e = event_find(h);
    if (e == NULL)
        return fg_codes.invalid_handle;
    for (struct fg_stream *s = streams; s != NULL; s = s->next)
        for (struct fg_op *op = s->head; op != NULL; op = op->next)
            if (op->ev == e)
                op->ev = NULL; /* a pending record of it must not touch freed memory */
    FG_UNLINK(struct fg_event, &events, e);
    e->magic = 0;
    free(e);
    fg_bump("live_events", -1);
    return 0;
}

long fg_event_record(const void *event, struct fg_stream *s, const void *current)
{
    struct fg_event *e = event_find(event);
    if (e == NULL || s == NULL || e->owner != s->owner)
        return fg_codes.invalid_handle;
    struct fg_op op = {.kind = FG_OP_RECORD, .ev = e, .gen = ++e->gen};
    e->recorded = true;
    e->complete = false;
    e->stream = s;
    e->seq = s->enqueued + 1;
    return enqueue(s, &op, false, current);
}

/* The event may be of another context or device: only the order of the work matters. */
long fg_event_wait(struct fg_stream *s, const void *event, unsigned flags, const void *current)
{
    struct fg_event *e = event_find(event);
    struct fg_op op = {.kind = FG_OP_WAIT};
    if (s == NULL || e == NULL)
        return fg_codes.invalid_handle;
    if (flags != 0)
        return fg_codes.invalid_value;
    if (e->recorded && !e->complete) {
        op.wait = e->stream;
        op.wait_seq = e->seq;
    }
    return enqueue(s, &op, false, current);
}

long fg_event_query(const void *event)
{
    struct fg_event *e = event_find(event);
    if (e == NULL)
        return fg_codes.invalid_handle;
    if (!e->recorded || e->complete || e->stream == NULL)
        return 0;
    stream_run(e->stream, e->seq);
    return fg_codes.not_ready; /* it was pending: say so once, it has run now */
}

long fg_event_sync(const void *event)
{
    long r = fg_event_query(event);
    return r == fg_codes.not_ready ? 0 : r;
}

long fg_event_elapsed(float *ms, const void *start, const void *stop, unsigned no_timing_flag)
{
    struct fg_event *a = event_find(start), *b = event_find(stop);
    if (ms == NULL)
        return fg_codes.invalid_value;
    if (a == NULL || b == NULL || !a->recorded || !b->recorded ||
        ((a->flags | b->flags) & no_timing_flag) != 0)
        return fg_codes.invalid_handle;
    if (!a->complete || !b->complete)
        return fg_codes.not_ready;
    *ms = (float)((double)(int64_t)(b->t_ns - a->t_ns) / 1e6);
    return 0;
}

void fg_release_owner(const void *owner)
{
    fg_run_owner(NULL);
    for (struct fg_stream *s = streams, *next; s != NULL; s = next) {
        next = s->next;
        if (s->owner == owner)
            (void)fg_stream_destroy(s);
    }
    for (struct fg_event *e = events, *next; e != NULL; e = next) {
        next = e->next;
        if (e->owner == owner)
            (void)fg_event_destroy(e);
    }
    for (struct fg_alloc *a = allocs, *next; a != NULL; a = next) {
        next = a->next;
        if (a->owner == owner)
            fg_alloc_free(a);
    }
}

/* ---- Freeing memory ------------------------------------------------------------------------ */

static bool op_touches(const struct fg_op *op, const char *p, size_t n)
{
    size_t span =
        op->kind == FG_OP_COPY ? op->n : (op->height - 1) * op->pitch + op->width * op->elem;
    if (op->kind != FG_OP_COPY && op->kind != FG_OP_SET)
        return false;
    return (op->dst < p + n && p < op->dst + span) ||
           (op->kind == FG_OP_COPY && op->src < p + n && p < op->src + span);
}

void fg_alloc_free(struct fg_alloc *a)
{
    bool pending = false;
    for (struct fg_stream *s = streams; s != NULL; s = s->next)
        for (struct fg_op *op = s->head; op != NULL; op = op->next)
            pending = pending || op_touches(op, a->base, a->size);
    if (pending) {
        fg_bump("free_with_pending_work", 1);
        fg_run_owner(NULL);
    }
    FG_UNLINK(struct fg_alloc, &allocs, a);
    if (a->dev >= 0)
        (void)fg_reserve(a->dev, -(int64_t)a->size);
    free(a->base);
    free(a);
    fg_bump("live_allocations", -1);
}

long fg_free_base(void *p, bool host)
{
    struct fg_alloc *a = fg_alloc_find(p);
    if (a == NULL || a->base != p || (a->dev < 0) != host)
        return fg_codes.invalid_value;
    fg_alloc_free(a);
    return 0;
}
