/* SPDX-License-Identifier: MIT */
/*
 * Fuzzer of the API on the simulated node: each input is a topology (a preset, a generated
 * topology, or raw topology text), optional layers, then a sequence of API calls with arguments
 * taken from the input: handles from earlier calls, NULLs, handles of the wrong kind, stale
 * handles (used after their last release), bad enumerations and sizes, copies and fills within
 * and out of bounds, events and wait lists, fault injection, peer enable/disable, data checks,
 * and teardown followed by a new init.
 *
 * The fuzzer keeps its own model of what should be alive (reference counts, including the
 * references queues, events and allocations hold), and after every call compares it with
 * urpeerGetObjectCounts and the simulated driver's counters. Calls whose arguments are all valid
 * must succeed unless an injected fault fired (then the result must be that fault's mapped
 * error, and nothing may change); calls with one invalid handle must give that handle's error.
 * At the end everything is released, the counts must be zero, and every driver-level peer
 * enable must have been matched by a disable.
 */
#include "fuzz_input.h"

#include "ur_api.h"
#include "urpeer.h"

#include <stdalign.h>

#define MAX_DEV 16
#define MAX_CTX 6
#define MAX_Q 4
#define MAX_EV 48
#define MAX_ALLOC 24
#define MAX_STALE 16
#define MAX_WAIT 8
#define MAX_OPS 96
#define HOSTBUF_SIZE ((size_t)1 << 20)
#define BIG_ALLOC ((size_t)1 << 20) /* largest allocation really made */

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* ---- the model --------------------------------------------------------------------------- */

struct ctx_slot {
    bool used;
    ur_context_handle_t h;
    uint32_t user; /* references the fuzzer holds */
    uint32_t ndev;
    uint32_t dev[MAX_DEV];
};

struct q_slot {
    bool used;
    ur_queue_handle_t h;
    int ctx;
    uint32_t dev;
    uint32_t user;
    ur_queue_flags_t flags;
};

struct ev_slot {
    bool used;
    ur_event_handle_t h;
    int q;
    uint32_t user;
    ur_command_t cmd;
};

struct alloc_slot {
    bool used;
    unsigned char *p;
    size_t size;
    int ctx;
    int dev; /* -1: host allocation */
};

struct stale {
    void *h[MAX_STALE];
    uint32_t n;
};

static struct model {
    bool live;
    ur_adapter_handle_t adapter;
    uint32_t adapter_refs;
    ur_platform_handle_t platform;
    uint32_t ndev;       /* devices the fuzzer uses (the first MAX_DEV) */
    uint32_t ndev_total; /* devices of the node */
    ur_device_handle_t dev[MAX_DEV];
    uint64_t max_alloc[MAX_DEV];
    int access[MAX_DEV][MAX_DEV];
    uint32_t peer[MAX_DEV][MAX_DEV];
    bool peer_untracked; /* a 704/705 fault made the driver's flag differ from ours */
    bool stats_reset;    /* urpeerSimResetStats was called */
    uint32_t free_armed; /* free faults set and not fired yet */
    struct ctx_slot ctx[MAX_CTX];
    struct q_slot q[MAX_Q];
    struct ev_slot ev[MAX_EV];
    struct alloc_slot alloc[MAX_ALLOC];
    struct stale stale_ctx, stale_q, stale_ev, stale_dev, stale_ptr;
} M;

static struct fuzz_file topo_file;
static bool trace; /* URPEER_FUZZ_TRACE set: print each operation (to replay a crash) */
static alignas(64) unsigned char hostbuf[HOSTBUF_SIZE];
static alignas(64) unsigned char saved[HOSTBUF_SIZE];
/* Not handles: all zeros, and all 0xA5 (no handle's magic). Big enough for any handle. */
static alignas(64) unsigned char fake_zero[1024];
static alignas(64) unsigned char fake_junk[1024];
static alignas(64) char fake_text[1024] = "not a handle, not a handle, not a handle, not a handle";

static const char *const fault_ops[] = {
    "device_alloc", "host_alloc", "free",        "context_create", "queue_create", "event_create",
    "copy",         "fill",       "peer_enable", "peer_disable",   "corrupt_copy",
};
enum {
    F_DEVICE_ALLOC,
    F_HOST_ALLOC,
    F_FREE,
    F_CONTEXT_CREATE,
    F_QUEUE_CREATE,
    F_EVENT_CREATE,
    F_COPY,
    F_FILL,
    F_PEER_ENABLE,
    F_PEER_DISABLE,
    F_CORRUPT_COPY,
    F_COUNT
};
static const int32_t natives[] = {0, 2, 101, 217, 700, 704, 705, 711, 999, -1, 12345};

static const char *rs(ur_result_t r)
{
    return urpeerResultString(r);
}

/* ---- stale handles ------------------------------------------------------------------------ */

static void stale_add(struct stale *s, void *h)
{
    if (s->n == MAX_STALE) {
        memmove(&s->h[0], &s->h[1], (MAX_STALE - 1) * sizeof(s->h[0]));
        s->n--;
    }
    s->h[s->n++] = h;
}

/* A handle (or pointer) given out again is no longer stale. */
static void stale_forget(struct stale *s, const void *h)
{
    for (uint32_t i = 0; i < s->n;) {
        if (s->h[i] == h) {
            s->h[i] = s->h[--s->n];
            continue;
        }
        i++;
    }
}

/* Always reads one byte, so that the input is read the same way whatever the list holds. */
static void *stale_pick(struct fuzz_in *in, const struct stale *s)
{
    uint8_t b = in_u8(in);
    return s->n ? s->h[b % s->n] : NULL;
}

/* ---- checks ------------------------------------------------------------------------------- */

static urpeer_sim_stats_t stats(void)
{
    urpeer_sim_stats_t st;
    ur_result_t r = urpeerSimGetStats(M.adapter, &st);
    FUZZ_CHECK(r == UR_RESULT_SUCCESS, "urpeerSimGetStats: %s", rs(r));
    return st;
}

static uint64_t faults_fired(void)
{
    return stats().faultsInjected;
}

static uint32_t count_used_ctx(void)
{
    uint32_t n = 0;
    for (int i = 0; i < MAX_CTX; i++)
        n += M.ctx[i].used;
    return n;
}

/* The library's counts match the model. */
static void check_counts(const char *after)
{
    urpeer_object_counts_t c;
    ur_result_t r = urpeerGetObjectCounts(&c);
    FUZZ_CHECK(r == UR_RESULT_SUCCESS, "urpeerGetObjectCounts: %s", rs(r));
    uint32_t q = 0, ev = 0, al = 0, pairs = 0;
    for (int i = 0; i < MAX_Q; i++)
        q += M.q[i].used;
    for (int i = 0; i < MAX_EV; i++)
        ev += M.ev[i].used;
    for (int i = 0; i < MAX_ALLOC; i++)
        al += M.alloc[i].used;
    for (uint32_t a = 0; a < M.ndev; a++)
        for (uint32_t b = 0; b < M.ndev; b++)
            pairs += M.peer[a][b] > 0;
    FUZZ_CHECK(c.contexts == count_used_ctx(), "after %s: %u contexts, model %u", after, c.contexts,
               count_used_ctx());
    FUZZ_CHECK(c.queues == q, "after %s: %u queues, model %u", after, c.queues, q);
    FUZZ_CHECK(c.events == ev, "after %s: %u events, model %u", after, c.events, ev);
    FUZZ_CHECK(c.usmAllocations == al, "after %s: %u allocations, model %u", after,
               c.usmAllocations, al);
    FUZZ_CHECK(c.enabledPeerPairs == pairs, "after %s: %u enabled pairs, model %u", after,
               c.enabledPeerPairs, pairs);
    FUZZ_CHECK(c.adapterReferences == M.adapter_refs, "after %s: %u adapter refs, model %u", after,
               c.adapterReferences, M.adapter_refs);
    urpeer_sim_stats_t st = stats();
    FUZZ_CHECK(st.liveAllocations == al, "after %s: %llu live allocations, model %u", after,
               (unsigned long long)st.liveAllocations, al);
}

/* The result a fault with this native code gives for this operation. */
static ur_result_t fault_result(int op, int32_t native)
{
    if (native == 0) {
        static const int32_t defaults[F_COUNT] = {2, 2, 999, 2, 2, 2, 700, 700, 711, 999, 999};
        native = defaults[op];
    }
    switch (native) {
    case 2:
        return op == F_DEVICE_ALLOC ? UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY
                                    : UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
    case 217:
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    case 700:
        return UR_RESULT_ERROR_DEVICE_LOST;
    case 704:
        return op == F_PEER_ENABLE ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_ADAPTER_SPECIFIC;
    case 705:
        return op == F_PEER_DISABLE ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_ADAPTER_SPECIFIC;
    case 711:
        return UR_RESULT_ERROR_OUT_OF_RESOURCES;
    default:
        return UR_RESULT_ERROR_ADAPTER_SPECIFIC;
    }
}

/* Natives armed per operation (each once), to know which results a fired fault may give. */
static int32_t armed_native[F_COUNT][sizeof(natives) / sizeof(natives[0])];
static uint32_t armed_n[F_COUNT];

static bool fault_explains(int op, ur_result_t r)
{
    for (uint32_t i = 0; i < armed_n[op]; i++)
        if (fault_result(op, armed_native[op][i]) == r)
            return true;
    return false;
}

/* A call with valid arguments: success, or (only if a fault fired) a fault's result. The last
 * error is readable after a failure. */
static bool expect_ok(const char *call, ur_result_t r, uint64_t fired_before, int op1, int op2)
{
    if (r == UR_RESULT_SUCCESS)
        return true;
    uint64_t fired = faults_fired();
    FUZZ_CHECK(fired > fired_before, "%s failed with %s and no fault fired", call, rs(r));
    FUZZ_CHECK((op1 >= 0 && fault_explains(op1, r)) || (op2 >= 0 && fault_explains(op2, r)),
               "%s failed with %s, which no armed fault gives", call, rs(r));
    const char *msg = NULL;
    int32_t code = 0;
    ur_result_t lr = urAdapterGetLastError(M.adapter, &msg, &code);
    FUZZ_CHECK(lr == UR_RESULT_SUCCESS && msg != NULL, "last error after %s: %s", call, rs(lr));
    return false;
}

static void expect(const char *call, ur_result_t r, ur_result_t want)
{
    FUZZ_CHECK(r == want, "%s returned %s, expected %s", call, rs(r), rs(want));
}

static void expect_fail(const char *call, ur_result_t r)
{
    FUZZ_CHECK(r != UR_RESULT_SUCCESS, "%s succeeded with an invalid argument", call);
}

/* ---- reference model ---------------------------------------------------------------------- */

static uint32_t ctx_internal(int c)
{
    uint32_t n = 0;
    for (int i = 0; i < MAX_Q; i++)
        n += M.q[i].used && M.q[i].ctx == c;
    for (int i = 0; i < MAX_ALLOC; i++)
        n += M.alloc[i].used && M.alloc[i].ctx == c;
    return n;
}

static uint32_t q_internal(int q)
{
    uint32_t n = 0;
    for (int i = 0; i < MAX_EV; i++)
        n += M.ev[i].used && M.ev[i].q == q;
    return n;
}

/* Objects whose last reference is gone die, in the order the library frees them. */
static void collect(void)
{
    bool again = true;
    while (again) {
        again = false;
        for (int i = 0; i < MAX_EV; i++) {
            if (M.ev[i].used && M.ev[i].user == 0) {
                M.ev[i].used = false;
                stale_add(&M.stale_ev, M.ev[i].h);
                again = true;
            }
        }
        for (int i = 0; i < MAX_Q; i++) {
            if (M.q[i].used && M.q[i].user == 0 && q_internal(i) == 0) {
                M.q[i].used = false;
                stale_add(&M.stale_q, M.q[i].h);
                again = true;
            }
        }
        for (int i = 0; i < MAX_CTX; i++) {
            if (M.ctx[i].used && M.ctx[i].user == 0 && ctx_internal(i) == 0) {
                M.ctx[i].used = false;
                stale_add(&M.stale_ctx, M.ctx[i].h);
                again = true;
            }
        }
    }
}

static int free_slot(bool *used, size_t stride, int n)
{
    for (int i = 0; i < n; i++)
        if (!*(bool *)((char *)used + (size_t)i * stride))
            return i;
    return -1;
}
#define FREE_SLOT(arr, n) free_slot(&(arr)[0].used, sizeof((arr)[0]), (n))

/* A used slot (starting the search at a place the input chooses), or -1. */
static int pick_used(struct fuzz_in *in, const bool *first_used, size_t stride, int n)
{
    int k = (int)in_below(in, (uint32_t)n);
    for (int j = 0; j < n; j++) {
        int i = (k + j) % n;
        if (*(const bool *)((const char *)first_used + (size_t)i * stride))
            return i;
    }
    return -1;
}
#define PICK_USED(in, arr, n) pick_used((in), &(arr)[0].used, sizeof((arr)[0]), (n))

/* ---- handle choice ------------------------------------------------------------------------ */

enum pick_kind { P_LIVE, P_NULL, P_BAD };

struct pick {
    void *h;
    int idx;
    enum pick_kind kind;
};

/* A handle of some kind: mostly a live one, sometimes NULL, stale, not a handle at all, or a
 * handle of another kind. */
static struct pick pick_handle(struct fuzz_in *in, void *live, int idx, const struct stale *st)
{
    struct pick p = {live, idx, P_LIVE};
    uint8_t mode = in_u8(in) % 24;
    void *other = NULL;
    if (live == NULL)
        mode = mode % 5;
    switch (mode) {
    case 0:
        p.h = NULL;
        p.kind = P_NULL;
        p.idx = -1;
        return p;
    case 1:
        p.h = stale_pick(in, st);
        break;
    case 2:
        p.h = fake_zero;
        break;
    case 3:
        p.h = fake_junk;
        break;
    case 4:
        /* a handle of another kind */
        switch (in_u8(in) % 4) {
        case 0:
            other = M.adapter;
            break;
        case 1:
            other = M.platform;
            break;
        case 2:
            other = M.ndev ? M.dev[0] : NULL;
            break;
        default:
            other = fake_text;
            break;
        }
        p.h = other;
        break;
    default:
        return p;
    }
    p.idx = -1;
    p.kind = p.h ? P_BAD : P_NULL;
    return p;
}

static struct pick pick_ctx(struct fuzz_in *in)
{
    int c = PICK_USED(in, M.ctx, MAX_CTX);
    return pick_handle(in, c >= 0 ? M.ctx[c].h : NULL, c, &M.stale_ctx);
}

static struct pick pick_queue(struct fuzz_in *in)
{
    int q = PICK_USED(in, M.q, MAX_Q);
    return pick_handle(in, q >= 0 ? M.q[q].h : NULL, q, &M.stale_q);
}

static struct pick pick_event(struct fuzz_in *in)
{
    int e = PICK_USED(in, M.ev, MAX_EV);
    return pick_handle(in, e >= 0 ? M.ev[e].h : NULL, e, &M.stale_ev);
}

static struct pick pick_device(struct fuzz_in *in)
{
    uint32_t d = M.ndev ? in_below(in, M.ndev) : 0;
    struct pick p = pick_handle(in, M.ndev ? M.dev[d] : NULL, (int)d, &M.stale_dev);
    if (p.kind == P_BAD && p.h == (M.ndev ? M.dev[0] : NULL))
        p.h = fake_zero; /* "another kind" picked a device: use a non-handle instead */
    return p;
}

/* ---- memory regions ----------------------------------------------------------------------- */

/* A pointer for a copy or fill: into a live allocation (in bounds of its start), into the host
 * buffer, or NULL. *room is how many bytes from it are valid. */
struct region {
    unsigned char *p;
    size_t room;
    int alloc; /* -1: host buffer or NULL */
};

static struct region pick_region(struct fuzz_in *in)
{
    struct region r = {NULL, 0, -1};
    uint8_t mode = in_u8(in) % 16;
    if (mode == 0)
        return r; /* NULL */
    int a = PICK_USED(in, M.alloc, MAX_ALLOC);
    if (mode < 4 || a < 0) {
        size_t off = in_u32(in) % HOSTBUF_SIZE;
        r.p = hostbuf + off;
        r.room = HOSTBUF_SIZE - off;
        return r;
    }
    size_t off = in_bool(in) ? 0 : in_u32(in) % M.alloc[a].size;
    r.p = M.alloc[a].p + off;
    r.room = M.alloc[a].size - off;
    r.alloc = a;
    return r;
}

/* A size for a region: mostly within room, sometimes past it (refused when the region is an
 * allocation), sometimes 0 or huge. */
static size_t pick_size(struct fuzz_in *in, const struct region *r, bool *in_bounds)
{
    size_t room = r->room ? r->room : 1;
    size_t cap = room < 65536 ? room : 65536;
    uint8_t mode = in_u8(in) % 16;
    size_t s;
    switch (mode) {
    case 0:
        s = 0;
        break;
    case 1:
        s = room + 1 + in_u8(in);
        break;
    case 2:
        s = SIZE_MAX - in_u8(in);
        break;
    case 3:
        s = room;
        break;
    default:
        s = 1 + in_u32(in) % cap;
        break;
    }
    *in_bounds = s <= r->room;
    return s;
}

/* ---- operations --------------------------------------------------------------------------- */

static void op_context_create(struct fuzz_in *in)
{
    ur_device_handle_t devs[MAX_DEV + 2];
    uint32_t n = 1 + in_below(in, M.ndev + 1);
    bool valid = true;
    for (uint32_t i = 0; i < n; i++) {
        struct pick d = in_one_in(in, 8) ? pick_device(in) : (struct pick){NULL, -1, P_LIVE};
        if (d.h == NULL && d.kind == P_LIVE) {
            uint32_t k = in_below(in, M.ndev);
            d.h = M.dev[k];
            d.idx = (int)k;
        }
        devs[i] = d.h;
        valid &= d.kind == P_LIVE;
    }
    ur_context_properties_t props = {UR_STRUCTURE_TYPE_CONTEXT_PROPERTIES, NULL, 0};
    const ur_context_properties_t *pp = NULL;
    uint8_t mode = in_u8(in) % 8;
    if (mode == 1)
        pp = &props;
    if (mode == 2) {
        props.flags = 1u << in_below(in, 32);
        pp = &props;
        valid &= (props.flags & UR_CONTEXT_FLAGS_MASK) == 0;
    }
    uint32_t count = n;
    if (in_one_in(in, 16)) {
        count = 0;
        valid = false;
    }
    bool no_list = in_one_in(in, 16);
    valid &= !no_list;
    int slot = FREE_SLOT(M.ctx, MAX_CTX);
    ur_context_handle_t h = NULL;
    ur_context_handle_t *out = &h;
    if (in_one_in(in, 16)) {
        out = NULL;
        valid = false;
    }
    if (slot < 0 && valid)
        return; /* model full */
    uint64_t fired = faults_fired();
    ur_result_t r = urContextCreate(count, no_list ? NULL : devs, pp, out);
    if (!valid) {
        expect_fail("urContextCreate", r);
        FUZZ_CHECK(h == NULL, "urContextCreate wrote a handle on failure");
        return;
    }
    if (!expect_ok("urContextCreate", r, fired, F_CONTEXT_CREATE, -1)) {
        FUZZ_CHECK(h == NULL, "urContextCreate wrote a handle on failure");
        return;
    }
    FUZZ_CHECK(h != NULL, "urContextCreate gave NULL");
    struct ctx_slot *c = &M.ctx[slot];
    memset(c, 0, sizeof(*c));
    c->used = true;
    c->h = h;
    c->user = 1;
    c->ndev = n;
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t k = 0; k < M.ndev; k++)
            if (M.dev[k] == devs[i])
                c->dev[i] = k;
    stale_forget(&M.stale_ctx, h);
}

static void op_context_ref(struct fuzz_in *in)
{
    struct pick p = pick_ctx(in);
    bool retain = in_bool(in);
    if (p.kind == P_LIVE && !retain && M.ctx[p.idx].user == 0)
        return; /* would release a reference the fuzzer does not hold */
    ur_result_t r = retain ? urContextRetain(p.h) : urContextRelease(p.h);
    if (p.kind == P_NULL) {
        expect("urContext{Retain,Release}(NULL)", r, UR_RESULT_ERROR_INVALID_NULL_HANDLE);
        return;
    }
    if (p.kind == P_BAD) {
        expect("urContext{Retain,Release}(bad)", r, UR_RESULT_ERROR_INVALID_CONTEXT);
        return;
    }
    expect("urContext{Retain,Release}", r, UR_RESULT_SUCCESS);
    if (retain) {
        M.ctx[p.idx].user++;
    } else {
        M.ctx[p.idx].user--;
        collect();
    }
}

/* Common output-argument shapes of the GetInfo functions. */
struct info_args {
    size_t size;
    void *value;
    size_t *size_ret;
    bool valid; /* the shape itself is valid (a value too small is still "valid" here) */
};

static alignas(64) unsigned char info_buf[512];
static size_t info_size_ret;

static struct info_args pick_info_args(struct fuzz_in *in)
{
    struct info_args a = {sizeof(info_buf), info_buf, &info_size_ret, true};
    switch (in_u8(in) % 10) {
    case 0:
        a.value = NULL;
        a.size = 0; /* size query */
        break;
    case 1:
        a.size = in_below(in, 9); /* maybe too small */
        if (a.size == 0)
            a.valid = false;
        break;
    case 2:
        a.value = NULL; /* size without a buffer */
        a.valid = false;
        break;
    case 3:
        a.value = NULL;
        a.size = 0;
        a.size_ret = NULL;
        a.valid = false;
        break;
    case 4:
        a.size_ret = NULL;
        break;
    default:
        break;
    }
    memset(info_buf, 0xCD, sizeof(info_buf));
    info_size_ret = 0;
    return a;
}

static uint32_t pick_enum(struct fuzz_in *in, uint32_t last)
{
    switch (in_u8(in) % 8) {
    case 0:
        return in_u32(in);
    case 1:
        return last + 1 + in_u8(in);
    default:
        return in_below(in, last + 1);
    }
}

static void op_context_info(struct fuzz_in *in)
{
    struct pick p = pick_ctx(in);
    uint32_t prop = pick_enum(in, UR_CONTEXT_INFO_USM_FILL2D_SUPPORT);
    struct info_args a = pick_info_args(in);
    ur_result_t r = urContextGetInfo(p.h, (ur_context_info_t)prop, a.size, a.value, a.size_ret);
    if (!a.valid || p.kind != P_LIVE || prop > UR_CONTEXT_INFO_USM_FILL2D_SUPPORT) {
        expect_fail("urContextGetInfo", r);
        return;
    }
    if (r != UR_RESULT_SUCCESS) {
        FUZZ_CHECK(r == UR_RESULT_ERROR_INVALID_SIZE && a.value && a.size <= 8,
                   "urContextGetInfo(%u): %s", prop, rs(r));
        return;
    }
    const struct ctx_slot *c = &M.ctx[p.idx];
    if (a.value && prop == UR_CONTEXT_INFO_REFERENCE_COUNT) {
        uint32_t n;
        memcpy(&n, a.value, sizeof(n));
        FUZZ_CHECK(n == c->user + ctx_internal(p.idx), "context reference count %u, model %u", n,
                   c->user + ctx_internal(p.idx));
    }
    if (a.value && prop == UR_CONTEXT_INFO_NUM_DEVICES) {
        uint32_t n;
        memcpy(&n, a.value, sizeof(n));
        FUZZ_CHECK(n == c->ndev, "context has %u devices, model %u", n, c->ndev);
    }
    if (a.value && prop == UR_CONTEXT_INFO_DEVICES) {
        for (uint32_t i = 0; i < c->ndev; i++) {
            ur_device_handle_t d;
            memcpy(&d, info_buf + i * sizeof(d), sizeof(d));
            FUZZ_CHECK(d == M.dev[c->dev[i]], "context device %u", i);
        }
    }
}

static void op_queue_create(struct fuzz_in *in)
{
    struct pick c = pick_ctx(in);
    struct pick d;
    bool member = false;
    if (c.kind == P_LIVE && in_u8(in) % 8 != 0) {
        /* a device of the context, mostly */
        uint32_t k = M.ctx[c.idx].dev[in_below(in, M.ctx[c.idx].ndev)];
        d = (struct pick){M.dev[k], (int)k, P_LIVE};
    } else {
        d = pick_device(in);
    }
    if (c.kind == P_LIVE && d.kind == P_LIVE)
        for (uint32_t i = 0; i < M.ctx[c.idx].ndev; i++)
            member |= (int)M.ctx[c.idx].dev[i] == d.idx;
    ur_queue_properties_t props = {UR_STRUCTURE_TYPE_QUEUE_PROPERTIES, NULL, 0};
    const ur_queue_properties_t *pp = NULL;
    bool flags_ok = true;
    switch (in_u8(in) % 6) {
    case 0:
        break;
    case 1:
        props.flags = in_u32(in);
        pp = &props;
        flags_ok = (props.flags & UR_QUEUE_FLAGS_MASK) == 0 &&
                   !((props.flags & UR_QUEUE_FLAG_PRIORITY_HIGH) &&
                     (props.flags & UR_QUEUE_FLAG_PRIORITY_LOW)) &&
                   !((props.flags & UR_QUEUE_FLAG_SUBMISSION_BATCHED) &&
                     (props.flags & UR_QUEUE_FLAG_SUBMISSION_IMMEDIATE));
        break;
    default:
        props.flags = in_bool(in) ? UR_QUEUE_FLAG_PROFILING_ENABLE : 0;
        if (in_one_in(in, 4))
            props.flags |= UR_QUEUE_FLAG_OUT_OF_ORDER_EXEC_MODE_ENABLE;
        pp = &props;
        break;
    }
    int slot = FREE_SLOT(M.q, MAX_Q);
    bool valid = c.kind == P_LIVE && d.kind == P_LIVE && member && flags_ok;
    if (valid && slot < 0)
        return;
    ur_queue_handle_t h = NULL;
    uint64_t fired = faults_fired();
    ur_result_t r = urQueueCreate(c.h, d.h, pp, &h);
    if (!valid) {
        expect_fail("urQueueCreate", r);
        if (c.kind == P_NULL || d.kind == P_NULL)
            expect("urQueueCreate(NULL)", r, UR_RESULT_ERROR_INVALID_NULL_HANDLE);
        else if (flags_ok && c.kind == P_BAD)
            expect("urQueueCreate(bad context)", r, UR_RESULT_ERROR_INVALID_CONTEXT);
        else if (flags_ok && c.kind == P_LIVE)
            expect("urQueueCreate(bad device)", r, UR_RESULT_ERROR_INVALID_DEVICE);
        return;
    }
    if (!expect_ok("urQueueCreate", r, fired, F_QUEUE_CREATE, -1)) {
        FUZZ_CHECK(h == NULL, "urQueueCreate wrote a handle on failure");
        return;
    }
    struct q_slot *q = &M.q[slot];
    q->used = true;
    q->h = h;
    q->ctx = c.idx;
    q->dev = (uint32_t)d.idx;
    q->user = 1;
    q->flags = props.flags;
    stale_forget(&M.stale_q, h);
}

static void op_queue_ref(struct fuzz_in *in)
{
    struct pick p = pick_queue(in);
    uint8_t what = in_u8(in) % 4;
    if (p.kind == P_LIVE && what == 1 && M.q[p.idx].user == 0)
        return;
    ur_result_t r;
    switch (what) {
    case 0:
        r = urQueueRetain(p.h);
        break;
    case 1:
        r = urQueueRelease(p.h);
        break;
    case 2:
        r = urQueueFinish(p.h);
        break;
    default:
        r = urQueueFlush(p.h);
        break;
    }
    if (p.kind != P_LIVE) {
        expect("urQueue{Retain,Release,Finish,Flush}(bad)", r,
               p.kind == P_NULL ? UR_RESULT_ERROR_INVALID_NULL_HANDLE
                                : UR_RESULT_ERROR_INVALID_QUEUE);
        return;
    }
    expect("urQueue{Retain,Release,Finish,Flush}", r, UR_RESULT_SUCCESS);
    if (what == 0)
        M.q[p.idx].user++;
    if (what == 1) {
        M.q[p.idx].user--;
        collect();
    }
}

static void op_queue_info(struct fuzz_in *in)
{
    struct pick p = pick_queue(in);
    uint32_t prop = pick_enum(in, UR_QUEUE_INFO_EMPTY);
    struct info_args a = pick_info_args(in);
    ur_result_t r = urQueueGetInfo(p.h, (ur_queue_info_t)prop, a.size, a.value, a.size_ret);
    if (!a.valid || p.kind != P_LIVE || prop > UR_QUEUE_INFO_EMPTY) {
        expect_fail("urQueueGetInfo", r);
        return;
    }
    if (r != UR_RESULT_SUCCESS) {
        FUZZ_CHECK((r == UR_RESULT_ERROR_INVALID_SIZE && a.value && a.size <= 8) ||
                       r == UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION,
                   "urQueueGetInfo(%u): %s", prop, rs(r));
        return;
    }
    const struct q_slot *q = &M.q[p.idx];
    if (!a.value)
        return;
    if (prop == UR_QUEUE_INFO_REFERENCE_COUNT) {
        uint32_t n;
        memcpy(&n, a.value, sizeof(n));
        FUZZ_CHECK(n == q->user + q_internal(p.idx), "queue reference count %u, model %u", n,
                   q->user + q_internal(p.idx));
    } else if (prop == UR_QUEUE_INFO_CONTEXT) {
        ur_context_handle_t c;
        memcpy(&c, a.value, sizeof(c));
        FUZZ_CHECK(c == M.ctx[q->ctx].h, "queue's context");
    } else if (prop == UR_QUEUE_INFO_DEVICE) {
        ur_device_handle_t d;
        memcpy(&d, a.value, sizeof(d));
        FUZZ_CHECK(d == M.dev[q->dev], "queue's device");
    }
}

static void op_alloc(struct fuzz_in *in)
{
    struct pick c = pick_ctx(in);
    bool host = in_u8(in) % 3 == 0;
    struct pick d = {NULL, -1, P_LIVE};
    bool member = true;
    if (!host) {
        if (c.kind == P_LIVE && in_u8(in) % 8 != 0) {
            uint32_t k = M.ctx[c.idx].dev[in_below(in, M.ctx[c.idx].ndev)];
            d = (struct pick){M.dev[k], (int)k, P_LIVE};
        } else {
            d = pick_device(in);
            member = false;
            if (c.kind == P_LIVE && d.kind == P_LIVE)
                for (uint32_t i = 0; i < M.ctx[c.idx].ndev; i++)
                    member |= (int)M.ctx[c.idx].dev[i] == d.idx;
        }
    }
    uint64_t max = UINT64_MAX;
    if (c.kind == P_LIVE) {
        const struct ctx_slot *cs = &M.ctx[c.idx];
        if (!host && d.kind == P_LIVE)
            max = M.max_alloc[d.idx];
        for (uint32_t i = 0; host && i < cs->ndev; i++)
            max = M.max_alloc[cs->dev[i]] < max ? M.max_alloc[cs->dev[i]] : max;
    }
    size_t size;
    bool size_ok = true, real = true;
    switch (in_u8(in) % 16) {
    case 0:
        size = 0;
        size_ok = false;
        break;
    case 1:
        size = SIZE_MAX - in_u8(in);
        real = false;
        break;
    case 2:
        size = max == UINT64_MAX ? SIZE_MAX : (size_t)max + 1 + in_u8(in);
        real = false;
        break;
    case 3:
        size = 1 + in_u32(in) % BIG_ALLOC;
        break;
    default:
        size = 1 + in_u16(in);
        break;
    }
    if (real && size > max)
        size = (size_t)max; /* tiny devices of generated topologies */
    if (!real && size <= max)
        size_ok = true; /* allowed: it would really be allocated if everything else is valid */
    else
        size_ok &= real;
    ur_usm_desc_t desc = {UR_STRUCTURE_TYPE_USM_DESC, NULL, 0, 0};
    const ur_usm_desc_t *pd = NULL;
    bool desc_ok = true;
    switch (in_u8(in) % 6) {
    case 0:
        break;
    case 1:
        desc.align = 1u << in_below(in, 14);
        desc_ok = desc.align <= 4096;
        pd = &desc;
        break;
    case 2:
        desc.align = in_u32(in);
        desc_ok = desc.align <= 4096 && (desc.align & (desc.align - 1)) == 0;
        pd = &desc;
        break;
    case 3:
        desc.hints = in_u32(in);
        desc_ok = (desc.hints & UR_USM_ADVICE_FLAGS_MASK) == 0;
        pd = &desc;
        break;
    default:
        desc.align = in_bool(in) ? 0 : 64;
        pd = &desc;
        break;
    }
    ur_usm_pool_handle_t pool = NULL;
    bool pool_ok = true;
    if (in_one_in(in, 16)) {
        pool = (ur_usm_pool_handle_t)(void *)fake_junk; /* not a pool */
        pool_ok = false;
    }
    int slot = FREE_SLOT(M.alloc, MAX_ALLOC);
    bool valid = c.kind == P_LIVE && d.kind == P_LIVE && member && size_ok && desc_ok && pool_ok;
    if (valid && (slot < 0 || size > BIG_ALLOC))
        return; /* no room in the model, or it would really allocate that much */
    void *p = NULL;
    uint64_t fired = faults_fired();
    ur_result_t r = host ? urUSMHostAlloc(c.h, pd, pool, size, &p)
                         : urUSMDeviceAlloc(c.h, d.h, pd, pool, size, &p);
    if (!valid) {
        expect_fail("urUSM{Host,Device}Alloc", r);
        FUZZ_CHECK(p == NULL, "allocation wrote a pointer on failure");
        return;
    }
    if (r == UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY && !host && faults_fired() == fired) {
        FUZZ_CHECK(p == NULL, "allocation wrote a pointer on failure");
        return; /* the device's memory budget is spent */
    }
    if (!expect_ok(host ? "urUSMHostAlloc" : "urUSMDeviceAlloc", r, fired,
                   host ? F_HOST_ALLOC : F_DEVICE_ALLOC, -1)) {
        FUZZ_CHECK(p == NULL, "allocation wrote a pointer on failure");
        return;
    }
    FUZZ_CHECK(p != NULL, "allocation gave NULL");
    uint32_t align = pd && pd->align ? pd->align : 1;
    FUZZ_CHECK((uintptr_t)p % align == 0, "pointer %p not aligned to %u", p, align);
    memset(p, 0x11, size < 4096 ? size : 4096); /* sim memory is host memory: must be writable */
    struct alloc_slot *s = &M.alloc[slot];
    s->used = true;
    s->p = p;
    s->size = size;
    s->ctx = c.idx;
    s->dev = host ? -1 : d.idx;
    stale_forget(&M.stale_ptr, p);
}

/* Only after every queue is idle: nothing may still use the memory. */
static void finish_all(void)
{
    for (int i = 0; i < MAX_Q; i++)
        if (M.q[i].used)
            expect("urQueueFinish", urQueueFinish(M.q[i].h), UR_RESULT_SUCCESS);
}

static void op_free(struct fuzz_in *in)
{
    struct pick c = pick_ctx(in);
    int a = PICK_USED(in, M.alloc, MAX_ALLOC);
    void *p = NULL;
    int kind = in_u8(in) % 8; /* 0 NULL, 1 stale, 2 interior, 3 host buffer, else live */
    if (a < 0 && kind > 3)
        kind = 1;
    switch (kind) {
    case 0:
        break;
    case 1:
        p = stale_pick(in, &M.stale_ptr);
        break;
    case 2:
        if (a >= 0 && M.alloc[a].size > 1)
            p = M.alloc[a].p + 1 + in_u32(in) % (M.alloc[a].size - 1);
        break;
    case 3:
        p = hostbuf + in_u16(in);
        break;
    default:
        p = M.alloc[a].p;
        break;
    }
    bool valid = c.kind == P_LIVE && kind > 3;
    /* Memory other contexts' queues may still be using: the library only waits for the
     * allocation's own context's queues. */
    if (valid && in_u8(in) % 4 != 0)
        finish_all();
    uint64_t fired = faults_fired();
    ur_result_t r = urUSMFree(c.h, p);
    if (!valid) {
        if (p == NULL)
            expect("urUSMFree(NULL)", r, UR_RESULT_ERROR_INVALID_NULL_POINTER);
        else if (c.kind == P_NULL)
            expect("urUSMFree(ctx NULL)", r, UR_RESULT_ERROR_INVALID_NULL_HANDLE);
        else if (c.kind == P_BAD)
            expect("urUSMFree(bad ctx)", r, UR_RESULT_ERROR_INVALID_CONTEXT);
        else
            expect("urUSMFree(not an allocation)", r, UR_RESULT_ERROR_INVALID_MEM_OBJECT);
        return;
    }
    if (!expect_ok("urUSMFree", r, fired, F_FREE, -1)) {
        M.free_armed--;
        return; /* still allocated */
    }
    M.alloc[a].used = false;
    stale_add(&M.stale_ptr, p);
    collect();
}

static void op_alloc_info(struct fuzz_in *in)
{
    struct pick c = pick_ctx(in);
    struct region reg = pick_region(in);
    const void *p = reg.p;
    if (in_one_in(in, 8))
        p = stale_pick(in, &M.stale_ptr);
    uint32_t prop = pick_enum(in, UR_USM_ALLOC_INFO_POOL);
    struct info_args a = pick_info_args(in);
    ur_result_t r =
        urUSMGetMemAllocInfo(c.h, p, (ur_usm_alloc_info_t)prop, a.size, a.value, a.size_ret);
    if (c.kind != P_LIVE || p == NULL || prop > UR_USM_ALLOC_INFO_POOL) {
        expect_fail("urUSMGetMemAllocInfo", r);
        return;
    }
    if (r != UR_RESULT_SUCCESS || !a.value || !a.valid || p != reg.p || reg.alloc < 0)
        return;
    const struct alloc_slot *s = &M.alloc[reg.alloc];
    if (prop == UR_USM_ALLOC_INFO_TYPE) {
        ur_usm_type_t t;
        memcpy(&t, a.value, sizeof(t));
        FUZZ_CHECK(t == (s->dev < 0 ? UR_USM_TYPE_HOST : UR_USM_TYPE_DEVICE), "type %d", t);
    } else if (prop == UR_USM_ALLOC_INFO_BASE_PTR) {
        void *b;
        memcpy(&b, a.value, sizeof(b));
        FUZZ_CHECK(b == s->p, "base %p, model %p", b, (void *)s->p);
    } else if (prop == UR_USM_ALLOC_INFO_SIZE) {
        size_t n;
        memcpy(&n, a.value, sizeof(n));
        FUZZ_CHECK(n == s->size, "size %zu, model %zu", n, s->size);
    } else if (prop == UR_USM_ALLOC_INFO_DEVICE) {
        ur_device_handle_t d;
        memcpy(&d, a.value, sizeof(d));
        FUZZ_CHECK(d == (s->dev < 0 ? NULL : M.dev[s->dev]), "device");
    }
}

/* A wait list: live events mostly, sometimes stale/NULL/bad entries or a bad count. */
struct wait_list {
    ur_event_handle_t ev[MAX_WAIT];
    uint32_t n;
    const ur_event_handle_t *list;
    bool valid;
};

/* Fills *w (which the list points into: it must not be copied). */
static void pick_wait(struct fuzz_in *in, struct wait_list *w)
{
    memset(w, 0, sizeof(*w));
    w->valid = true;
    uint8_t mode = in_u8(in) % 8;
    if (mode < 4)
        return; /* no wait list */
    w->n = 1 + in_below(in, MAX_WAIT);
    for (uint32_t i = 0; i < w->n; i++) {
        struct pick e = in_one_in(in, 6) ? pick_event(in) : (struct pick){NULL, -1, P_NULL};
        if (e.kind == P_NULL && e.h == NULL && !in_one_in(in, 16)) {
            int k = PICK_USED(in, M.ev, MAX_EV);
            if (k >= 0)
                e = (struct pick){M.ev[k].h, k, P_LIVE};
        }
        w->ev[i] = e.h;
        w->valid &= e.kind == P_LIVE;
    }
    w->list = w->ev;
    if (mode == 4) {
        w->list = NULL; /* count without a list */
        w->valid = false;
    } else if (mode == 5) {
        w->n = 0; /* list without a count */
        w->valid = false;
    }
}

/* Record the event an enqueue gave back. */
static void add_event(int q, ur_event_handle_t h, ur_command_t cmd)
{
    int slot = FREE_SLOT(M.ev, MAX_EV);
    FUZZ_CHECK(slot >= 0, "no event slot");
    M.ev[slot] = (struct ev_slot){true, h, q, 1, cmd};
    stale_forget(&M.stale_ev, h);
}

static ur_event_handle_t *maybe_event(struct fuzz_in *in, ur_event_handle_t *h, bool *wanted)
{
    *h = NULL;
    *wanted = FREE_SLOT(M.ev, MAX_EV) >= 0 && in_bool(in);
    return *wanted ? h : NULL;
}

static void op_copy(struct fuzz_in *in)
{
    struct pick q = pick_queue(in);
    struct region dst = pick_region(in), src = pick_region(in);
    bool dst_ok = true, src_ok = true;
    size_t size;
    if (in_bool(in)) {
        size = pick_size(in, &dst, &dst_ok);
        src_ok = size <= src.room;
    } else {
        size = pick_size(in, &src, &src_ok);
        dst_ok = size <= dst.room;
    }
    /* Out of bounds of the host buffer would be out of bounds for real: the library cannot know
     * that memory. Only allocations may be overrun (and must be refused). */
    if ((!dst_ok && dst.alloc < 0 && dst.p) || (!src_ok && src.alloc < 0 && src.p))
        return;
    bool blocking = in_bool(in);
    struct wait_list w;
    pick_wait(in, &w);
    ur_event_handle_t ev;
    bool want_ev;
    ur_event_handle_t *pev = maybe_event(in, &ev, &want_ev);
    bool valid = q.kind == P_LIVE && dst.p && src.p && size > 0 && dst_ok && src_ok && w.valid;
    uint64_t fired = faults_fired();
    ur_result_t r = urEnqueueUSMMemcpy(q.h, blocking, dst.p, src.p, size, w.n, w.list, pev);
    if (!valid) {
        expect_fail("urEnqueueUSMMemcpy", r);
        FUZZ_CHECK(ev == NULL, "urEnqueueUSMMemcpy wrote an event on failure");
        if (!dst.p || !src.p)
            expect("urEnqueueUSMMemcpy(NULL)", r, UR_RESULT_ERROR_INVALID_NULL_POINTER);
        else if (q.kind == P_NULL)
            expect("urEnqueueUSMMemcpy(NULL queue)", r, UR_RESULT_ERROR_INVALID_NULL_HANDLE);
        else if (size == 0)
            expect("urEnqueueUSMMemcpy(size 0)", r, UR_RESULT_ERROR_INVALID_SIZE);
        return;
    }
    if (!expect_ok("urEnqueueUSMMemcpy", r, fired, F_COPY, pev ? F_EVENT_CREATE : -1)) {
        FUZZ_CHECK(ev == NULL, "urEnqueueUSMMemcpy wrote an event on failure");
        return;
    }
    if (pev) {
        FUZZ_CHECK(ev != NULL, "no event");
        add_event(q.idx, ev, UR_COMMAND_USM_MEMCPY);
    }
}

static uint8_t pattern[256];

static void op_fill(struct fuzz_in *in)
{
    struct pick q = pick_queue(in);
    struct region dst = pick_region(in);
    static const size_t psizes[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 3, 0, 6};
    size_t ps = psizes[in_below(in, sizeof(psizes) / sizeof(psizes[0]))];
    bool in_bounds = true;
    size_t size = pick_size(in, &dst, &in_bounds);
    if (ps && size > ps && in_u8(in) % 4 != 0)
        size -= size % ps;
    in_bounds = size <= dst.room;
    if (!in_bounds && dst.alloc < 0 && dst.p)
        return;
    for (size_t i = 0; i < sizeof(pattern); i++)
        pattern[i] = (uint8_t)(i * 7 + 1);
    struct wait_list w;
    pick_wait(in, &w);
    ur_event_handle_t ev;
    bool want_ev;
    ur_event_handle_t *pev = maybe_event(in, &ev, &want_ev);
    const void *pat = in_one_in(in, 16) ? NULL : pattern;
    /* Any pattern size that divides the size (3, 6 and 256 included). */
    bool valid =
        q.kind == P_LIVE && dst.p && pat && ps && size && size % ps == 0 && in_bounds && w.valid;
    uint64_t fired = faults_fired();
    ur_result_t r = urEnqueueUSMFill(q.h, dst.p, ps, pat, size, w.n, w.list, pev);
    if (!valid) {
        expect_fail("urEnqueueUSMFill", r);
        FUZZ_CHECK(ev == NULL, "urEnqueueUSMFill wrote an event on failure");
        return;
    }
    if (!expect_ok("urEnqueueUSMFill", r, fired, F_FILL, pev ? F_EVENT_CREATE : -1)) {
        FUZZ_CHECK(ev == NULL, "urEnqueueUSMFill wrote an event on failure");
        return;
    }
    if (pev) {
        FUZZ_CHECK(ev != NULL, "no event");
        add_event(q.idx, ev, UR_COMMAND_USM_FILL);
    }
}

static void op_barrier(struct fuzz_in *in)
{
    struct pick q = pick_queue(in);
    struct wait_list w;
    pick_wait(in, &w);
    ur_event_handle_t ev;
    bool want_ev;
    ur_event_handle_t *pev = maybe_event(in, &ev, &want_ev);
    bool valid = q.kind == P_LIVE && w.valid;
    uint64_t fired = faults_fired();
    ur_result_t r = urEnqueueEventsWait(q.h, w.n, w.list, pev);
    if (!valid) {
        expect_fail("urEnqueueEventsWait", r);
        return;
    }
    if (!expect_ok("urEnqueueEventsWait", r, fired, F_EVENT_CREATE, -1))
        return;
    if (pev)
        add_event(q.idx, ev, UR_COMMAND_EVENTS_WAIT);
}

static void op_event_wait(struct fuzz_in *in)
{
    struct wait_list w;
    pick_wait(in, &w);
    if (w.n == 0 && w.list == NULL && in_bool(in)) {
        int k = PICK_USED(in, M.ev, MAX_EV);
        if (k < 0)
            return;
        w.ev[0] = M.ev[k].h;
        w.n = 1;
        w.list = w.ev;
    }
    ur_result_t r = urEventWait(w.n, w.list);
    bool valid = w.valid && w.n > 0;
    if (!valid) {
        expect_fail("urEventWait", r);
        return;
    }
    expect("urEventWait", r, UR_RESULT_SUCCESS);
    /* Complete now: profiling stamps are all there, in order. */
    for (uint32_t i = 0; i < w.n; i++) {
        ur_event_status_t st = UR_EVENT_STATUS_QUEUED;
        expect(
            "urEventGetInfo(status)",
            urEventGetInfo(w.ev[i], UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL),
            UR_RESULT_SUCCESS);
        FUZZ_CHECK(st == UR_EVENT_STATUS_COMPLETE, "status %d after wait", st);
        uint64_t prev = 0;
        for (uint32_t k = UR_PROFILING_INFO_COMMAND_QUEUED; k <= UR_PROFILING_INFO_COMMAND_COMPLETE;
             k++) {
            uint64_t ns = 0;
            ur_result_t pr =
                urEventGetProfilingInfo(w.ev[i], (ur_profiling_info_t)k, sizeof(ns), &ns, NULL);
            if (pr == UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE)
                break; /* not a profiling queue */
            expect("urEventGetProfilingInfo", pr, UR_RESULT_SUCCESS);
            FUZZ_CHECK(ns >= prev, "profiling stamp %u goes back in time", k);
            prev = ns;
        }
    }
}

static void op_event_ref(struct fuzz_in *in)
{
    struct pick p = pick_event(in);
    bool retain = in_bool(in);
    if (p.kind == P_LIVE && !retain && M.ev[p.idx].user == 0)
        return;
    ur_result_t r = retain ? urEventRetain(p.h) : urEventRelease(p.h);
    if (p.kind != P_LIVE) {
        expect("urEvent{Retain,Release}(bad)", r,
               p.kind == P_NULL ? UR_RESULT_ERROR_INVALID_NULL_HANDLE
                                : UR_RESULT_ERROR_INVALID_EVENT);
        return;
    }
    expect("urEvent{Retain,Release}", r, UR_RESULT_SUCCESS);
    if (retain) {
        M.ev[p.idx].user++;
    } else {
        M.ev[p.idx].user--;
        collect();
    }
}

static void op_event_info(struct fuzz_in *in)
{
    struct pick p = pick_event(in);
    struct info_args a = pick_info_args(in);
    if (in_bool(in)) {
        uint32_t prop = pick_enum(in, UR_PROFILING_INFO_COMMAND_COMPLETE);
        ur_result_t r =
            urEventGetProfilingInfo(p.h, (ur_profiling_info_t)prop, a.size, a.value, a.size_ret);
        if (p.kind != P_LIVE || prop > UR_PROFILING_INFO_COMMAND_COMPLETE)
            expect_fail("urEventGetProfilingInfo", r);
        return;
    }
    uint32_t prop = pick_enum(in, UR_EVENT_INFO_REFERENCE_COUNT);
    ur_result_t r = urEventGetInfo(p.h, (ur_event_info_t)prop, a.size, a.value, a.size_ret);
    if (!a.valid || p.kind != P_LIVE || prop > UR_EVENT_INFO_REFERENCE_COUNT) {
        expect_fail("urEventGetInfo", r);
        return;
    }
    if (r != UR_RESULT_SUCCESS) {
        FUZZ_CHECK(r == UR_RESULT_ERROR_INVALID_SIZE && a.value && a.size <= 8,
                   "urEventGetInfo(%u): %s", prop, rs(r));
        return;
    }
    if (!a.value)
        return;
    const struct ev_slot *e = &M.ev[p.idx];
    if (prop == UR_EVENT_INFO_REFERENCE_COUNT) {
        uint32_t n;
        memcpy(&n, a.value, sizeof(n));
        FUZZ_CHECK(n == e->user, "event reference count %u, model %u", n, e->user);
    } else if (prop == UR_EVENT_INFO_COMMAND_QUEUE) {
        ur_queue_handle_t h;
        memcpy(&h, a.value, sizeof(h));
        FUZZ_CHECK(h == M.q[e->q].h, "event's queue");
    } else if (prop == UR_EVENT_INFO_CONTEXT) {
        ur_context_handle_t h;
        memcpy(&h, a.value, sizeof(h));
        FUZZ_CHECK(h == M.ctx[M.q[e->q].ctx].h, "event's context");
    } else if (prop == UR_EVENT_INFO_COMMAND_TYPE) {
        ur_command_t cmd;
        memcpy(&cmd, a.value, sizeof(cmd));
        FUZZ_CHECK(cmd == e->cmd, "command %d, model %d", cmd, e->cmd);
    } else if (prop == UR_EVENT_INFO_COMMAND_EXECUTION_STATUS) {
        ur_event_status_t st;
        memcpy(&st, a.value, sizeof(st));
        FUZZ_CHECK((uint32_t)st <= UR_EVENT_STATUS_QUEUED, "status %d", st);
    }
}

static int enable_count(uint32_t a, uint32_t b)
{
    int v = -1;
    ur_result_t r = urUsmP2PPeerAccessGetInfoExp(
        M.dev[a], M.dev[b], (ur_exp_peer_info_t)URPEER_PEER_INFO_ENABLE_COUNT, sizeof(v), &v, NULL);
    FUZZ_CHECK(r == UR_RESULT_SUCCESS, "enable count: %s", rs(r));
    return v;
}

static void op_peer(struct fuzz_in *in, bool enable)
{
    struct pick a = pick_device(in), b = pick_device(in);
    if (a.kind == P_LIVE && b.kind == P_LIVE && in_u8(in) % 4 == 0)
        b = a; /* self pair */
    uint64_t fired = faults_fired();
    ur_result_t r =
        enable ? urUsmP2PEnablePeerAccessExp(a.h, b.h) : urUsmP2PDisablePeerAccessExp(a.h, b.h);
    const char *fn = enable ? "urUsmP2PEnablePeerAccessExp" : "urUsmP2PDisablePeerAccessExp";
    if (a.kind == P_NULL || b.kind == P_NULL) {
        expect(fn, r, UR_RESULT_ERROR_INVALID_NULL_HANDLE);
        return;
    }
    if (a.kind == P_BAD || b.kind == P_BAD) {
        expect(fn, r, UR_RESULT_ERROR_INVALID_DEVICE);
        return;
    }
    uint32_t x = (uint32_t)a.idx, y = (uint32_t)b.idx;
    if (x == y) {
        expect(fn, r, UR_RESULT_SUCCESS);
        return;
    }
    if (!M.access[x][y]) {
        expect(fn, r,
               enable ? UR_RESULT_ERROR_UNSUPPORTED_FEATURE : UR_RESULT_ERROR_INVALID_OPERATION);
        return;
    }
    if (!enable && M.peer[x][y] == 0) {
        expect(fn, r, UR_RESULT_ERROR_INVALID_OPERATION);
        return;
    }
    bool transition = enable ? M.peer[x][y] == 0 : M.peer[x][y] == 1;
    if (r != UR_RESULT_SUCCESS) {
        FUZZ_CHECK(transition, "%s failed (%s) without a driver call", fn, rs(r));
        expect_ok(fn, r, fired, enable ? F_PEER_ENABLE : F_PEER_DISABLE, -1);
    } else {
        M.peer[x][y] = enable ? M.peer[x][y] + 1 : M.peer[x][y] - 1;
        if (faults_fired() > fired)
            M.peer_untracked = true; /* 704 or 705: the driver's state is someone else's */
    }
    FUZZ_CHECK(enable_count(x, y) == (int)M.peer[x][y], "enable count %d, model %u",
               enable_count(x, y), M.peer[x][y]);
}

static void op_peer_info(struct fuzz_in *in)
{
    struct pick a = pick_device(in), b = pick_device(in);
    uint32_t prop;
    switch (in_u8(in) % 4) {
    case 0:
        prop = in_u32(in);
        break;
    case 1:
        prop = URPEER_PEER_INFO_ACCESS_ENABLED + in_below(in, 5);
        break;
    default:
        prop = in_below(in, 3);
        break;
    }
    struct info_args ia = pick_info_args(in);
    ur_result_t r = urUsmP2PPeerAccessGetInfoExp(a.h, b.h, (ur_exp_peer_info_t)prop, ia.size,
                                                 ia.value, ia.size_ret);
    if (a.kind != P_LIVE || b.kind != P_LIVE || !ia.valid) {
        expect_fail("urUsmP2PPeerAccessGetInfoExp", r);
        return;
    }
    if (r != UR_RESULT_SUCCESS || !ia.value)
        return;
    int v;
    memcpy(&v, ia.value, sizeof(v));
    uint32_t x = (uint32_t)a.idx, y = (uint32_t)b.idx;
    if (prop == UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT)
        FUZZ_CHECK(v == (x == y ? 1 : M.access[x][y]), "access support %d", v);
    if (prop == URPEER_PEER_INFO_ENABLE_COUNT)
        FUZZ_CHECK(v == (x == y ? 0 : (int)M.peer[x][y]), "enable count %d", v);
    if (prop == URPEER_PEER_INFO_ACCESS_ENABLED)
        FUZZ_CHECK(v == (x == y ? 1 : M.peer[x][y] > 0), "access enabled %d", v);
}

static void op_inject(struct fuzz_in *in)
{
    uint32_t op = in_below(in, F_COUNT + 1);
    const char *name = op < F_COUNT ? fault_ops[op] : (in_bool(in) ? "bogus" : NULL);
    uint32_t nth;
    switch (in_u8(in) % 8) {
    case 0:
        nth = 0;
        break;
    case 1:
        nth = in_u32(in);
        break;
    default:
        nth = 1 + in_below(in, 4);
        break;
    }
    int32_t native = natives[in_below(in, sizeof(natives) / sizeof(natives[0]))];
    struct pick ad = {M.adapter, 0, P_LIVE};
    if (in_one_in(in, 16))
        ad = in_bool(in) ? (struct pick){NULL, -1, P_NULL} : (struct pick){fake_zero, -1, P_BAD};
    ur_result_t r = urpeerSimInjectFault(ad.h, name, nth, native);
    if (ad.kind == P_NULL) {
        expect("urpeerSimInjectFault(NULL)", r, UR_RESULT_ERROR_INVALID_NULL_HANDLE);
        return;
    }
    if (ad.kind == P_BAD) {
        expect_fail("urpeerSimInjectFault(bad)", r);
        return;
    }
    if (name == NULL) {
        expect("urpeerSimInjectFault(no op)", r, UR_RESULT_ERROR_INVALID_NULL_POINTER);
        return;
    }
    if (op == F_COUNT || nth == 0) {
        expect("urpeerSimInjectFault(bad op/nth)", r, UR_RESULT_ERROR_INVALID_VALUE);
        return;
    }
    if (r == UR_RESULT_ERROR_OUT_OF_RESOURCES)
        return; /* 16 pending for this operation */
    expect("urpeerSimInjectFault", r, UR_RESULT_SUCCESS);
    if (op == F_FREE)
        M.free_armed++;
    bool known = false;
    for (uint32_t i = 0; i < armed_n[op]; i++)
        known |= armed_native[op][i] == native;
    if (!known)
        armed_native[op][armed_n[op]++] = native;
}

/* Copy a known pattern with a blocking copy and check every byte arrived (one flipped byte is
 * allowed only when a corrupt_copy fault fired). Then a fill, checked the same way. */
static void op_verify(struct fuzz_in *in)
{
    int qi = PICK_USED(in, M.q, MAX_Q);
    if (qi < 0)
        return;
    finish_all();
    struct region dst = pick_region(in), src = pick_region(in);
    if (!dst.p || !src.p)
        return;
    size_t n = 1 + in_u32(in) % 65536;
    n = n < dst.room ? n : dst.room;
    n = n < src.room ? n : src.room;
    for (size_t i = 0; i < n; i++)
        src.p[i] = (unsigned char)(i * 31 + 7 + (i >> 8));
    memcpy(saved, src.p, n);
    uint64_t fired = faults_fired();
    ur_result_t r = urEnqueueUSMMemcpy(M.q[qi].h, true, dst.p, src.p, n, 0, NULL, NULL);
    if (!expect_ok("urEnqueueUSMMemcpy(verify)", r, fired, F_COPY, -1))
        return;
    bool corrupt = faults_fired() > fired;
    size_t bad = 0, where = 0;
    for (size_t i = 0; i < n; i++)
        if (dst.p[i] != saved[i]) {
            bad++;
            where = i;
        }
    if (corrupt) {
        FUZZ_CHECK(bad == 1 && where == n / 2 && (dst.p[where] ^ saved[where]) == 0xFF,
                   "corrupt copy changed %zu bytes", bad);
    } else {
        FUZZ_CHECK(bad == 0, "copy of %zu bytes: %zu wrong, last at %zu", n, bad, where);
    }

    /* A fill, waited for through its event. */
    size_t ps = (size_t)1 << in_below(in, 8);
    size_t count = n / ps;
    if (count == 0 || FREE_SLOT(M.ev, MAX_EV) < 0)
        return;
    for (size_t i = 0; i < ps; i++)
        pattern[i] = (uint8_t)(0xA0 + i);
    ur_event_handle_t ev = NULL;
    fired = faults_fired();
    r = urEnqueueUSMFill(M.q[qi].h, dst.p, ps, pattern, count * ps, 0, NULL, &ev);
    if (!expect_ok("urEnqueueUSMFill(verify)", r, fired, F_FILL, F_EVENT_CREATE))
        return;
    expect("urEventWait(fill)", urEventWait(1, &ev), UR_RESULT_SUCCESS);
    for (size_t i = 0; i < count * ps; i++)
        FUZZ_CHECK(dst.p[i] == pattern[i % ps], "fill byte %zu of %zu (pattern %zu)", i, count * ps,
                   ps);
    add_event(qi, ev, UR_COMMAND_USM_FILL);
}

static void op_misc(struct fuzz_in *in)
{
    struct info_args a = pick_info_args(in);
    ur_result_t r;
    switch (in_u8(in) % 8) {
    case 0: {
        struct pick d = pick_device(in);
        uint32_t prop = pick_enum(in, 0x200);
        r = urDeviceGetInfo(d.h, (ur_device_info_t)prop, a.size, a.value, a.size_ret);
        if (d.kind != P_LIVE || !a.valid)
            expect_fail("urDeviceGetInfo", r);
        break;
    }
    case 1: {
        uint32_t prop = pick_enum(in, UR_PLATFORM_INFO_ADAPTER);
        r = urPlatformGetInfo(in_one_in(in, 8) ? NULL : M.platform, (ur_platform_info_t)prop,
                              a.size, a.value, a.size_ret);
        break;
    }
    case 2: {
        uint32_t prop = pick_enum(in, UR_ADAPTER_INFO_VERSION);
        r = urAdapterGetInfo(M.adapter, (ur_adapter_info_t)prop, a.size, a.value, a.size_ret);
        if (r == UR_RESULT_SUCCESS && a.value && prop == UR_ADAPTER_INFO_REFERENCE_COUNT) {
            uint32_t n;
            memcpy(&n, a.value, sizeof(n));
            FUZZ_CHECK(n == M.adapter_refs, "adapter reference count %u, model %u", n,
                       M.adapter_refs);
        }
        break;
    }
    case 3: {
        const char *msg = NULL;
        int32_t code = 0;
        r = urAdapterGetLastError(M.adapter, &msg, &code);
        FUZZ_CHECK(r != UR_RESULT_SUCCESS || msg != NULL, "last error without a message");
        break;
    }
    case 4:
        r = urAdapterRetain(M.adapter);
        expect("urAdapterRetain", r, UR_RESULT_SUCCESS);
        M.adapter_refs++;
        break;
    case 5:
        r = urAdapterRelease(M.adapter);
        if (M.adapter_refs == 0) {
            expect("urAdapterRelease(no reference)", r, UR_RESULT_ERROR_INVALID_OPERATION);
        } else {
            expect("urAdapterRelease", r, UR_RESULT_SUCCESS);
            M.adapter_refs--;
        }
        break;
    case 6:
        if (in_bool(in)) {
            expect("urpeerSimResetStats", urpeerSimResetStats(M.adapter), UR_RESULT_SUCCESS);
            M.stats_reset = true;
        } else {
            /* A nested init takes a reference (its configuration is ignored); its teardown
             * drops it and leaves everything alive. */
            expect("urLoaderInit(nested)", urLoaderInit(0, NULL), UR_RESULT_SUCCESS);
            expect("urLoaderTearDown(nested)", urLoaderTearDown(), UR_RESULT_SUCCESS);
        }
        break;
    default: {
        uint32_t n = 0;
        ur_device_handle_t d[MAX_DEV + 2];
        uint32_t want = in_below(in, M.ndev + 2);
        r = urDeviceGet(M.platform, UR_DEVICE_TYPE_GPU, want, want ? d : NULL, &n);
        expect("urDeviceGet", r, UR_RESULT_SUCCESS);
        FUZZ_CHECK(n == M.ndev_total, "%u devices, model %u", n, M.ndev_total);
        for (uint32_t i = 0; i < want && i < M.ndev; i++)
            FUZZ_CHECK(d[i] == M.dev[i], "device %u moved", i);
        break;
    }
    }
}

/* ---- topology, init, teardown ------------------------------------------------------------- */

static const char *const presets[] = {"pair", "pcie4", "nvswitch8", "isolated2"};
static char topo_text[4096];

/* A generated topology: mostly valid, sometimes with mistakes the parser must refuse. */
static size_t gen_topology(struct fuzz_in *in)
{
    size_t len = 0;
    uint32_t n = 1 + in_below(in, 10);
#define EMIT(...)                                                                                  \
    do {                                                                                           \
        int k_ = snprintf(topo_text + len, sizeof(topo_text) - len, __VA_ARGS__);                  \
        if (k_ > 0 && (size_t)k_ < sizeof(topo_text) - len)                                        \
            len += (size_t)k_;                                                                     \
    } while (0)
    EMIT("urpeer-topology 1\ndevices %u\n", n);
    if (in_bool(in))
        EMIT("default memory %uMiB\n", 1 + in_below(in, 8));
    uint32_t links = in_below(in, 12);
    for (uint32_t i = 0; i < links; i++) {
        uint32_t a = in_below(in, n + 1), b = in_below(in, n + 1);
        char as[16], bs[16];
        snprintf(as, sizeof(as), a == n ? "all" : "%u", a);
        snprintf(bs, sizeof(bs), b == n ? "all" : "%u", b);
        uint8_t attrs = in_u8(in);
        /* atomics without access only now and then: the parser refuses it */
        bool atomics = (attrs & 2) && (!(attrs & 1) || (attrs & 32));
        EMIT("link %s %s %s%s%s", as, in_bool(in) ? "<->" : "->", bs,
             attrs & 1 ? " none" : " access", atomics ? " atomics" : "");
        if (attrs & 4)
            EMIT(" rank %u", in_below(in, 5));
        if (attrs & 8)
            EMIT(" bandwidth %u", 1 + in_below(in, 500));
        EMIT("\n");
    }
    if (!in_one_in(in, 16))
        EMIT("end\n");
#undef EMIT
    return len;
}

static ur_result_t init_with(const char *spec, uint32_t layer)
{
    static const char *const layers[] = {
        NULL, "UR_LAYER_LEAK_CHECKING", "UR_LAYER_LIFETIME_VALIDATION", "UR_LAYER_FULL_VALIDATION"};
    ur_loader_config_handle_t cfg = NULL;
    expect("urLoaderConfigCreate", urLoaderConfigCreate(&cfg), UR_RESULT_SUCCESS);
    expect("urpeerLoaderConfigSetAdapters", urpeerLoaderConfigSetAdapters(cfg, "sim"),
           UR_RESULT_SUCCESS);
    expect("urpeerLoaderConfigSetSimulation", urpeerLoaderConfigSetSimulation(cfg, spec),
           UR_RESULT_SUCCESS);
    if (layers[layer % 4])
        expect("urLoaderConfigEnableLayer", urLoaderConfigEnableLayer(cfg, layers[layer % 4]),
               UR_RESULT_SUCCESS);
    ur_result_t r = urLoaderInit(0, cfg);
    expect("urLoaderConfigRelease", urLoaderConfigRelease(cfg), UR_RESULT_SUCCESS);
    return r;
}

static void discover(void)
{
    uint32_t n = 0;
    expect("urAdapterGet", urAdapterGet(1, &M.adapter, &n), UR_RESULT_SUCCESS);
    FUZZ_CHECK(n == 1, "%u adapters", n);
    M.adapter_refs = 1;
    expect("urPlatformGet", urPlatformGet(M.adapter, 1, &M.platform, &n), UR_RESULT_SUCCESS);
    FUZZ_CHECK(n == 1, "%u platforms", n);
    expect("urDeviceGet", urDeviceGet(M.platform, UR_DEVICE_TYPE_ALL, 0, NULL, &n),
           UR_RESULT_SUCCESS);
    FUZZ_CHECK(n >= 1 && n <= 128, "%u devices", n);
    M.ndev_total = n;
    M.ndev = n < MAX_DEV ? n : MAX_DEV;
    expect("urDeviceGet", urDeviceGet(M.platform, UR_DEVICE_TYPE_ALL, M.ndev, M.dev, NULL),
           UR_RESULT_SUCCESS);
    n = M.ndev;
    for (uint32_t i = 0; i < n; i++) {
        stale_forget(&M.stale_dev, M.dev[i]);
        expect("urDeviceGetInfo(max alloc)",
               urDeviceGetInfo(M.dev[i], UR_DEVICE_INFO_MAX_MEM_ALLOC_SIZE, sizeof(M.max_alloc[i]),
                               &M.max_alloc[i], NULL),
               UR_RESULT_SUCCESS);
        for (uint32_t k = 0; k < n; k++) {
            int v = -1;
            expect("access support",
                   urUsmP2PPeerAccessGetInfoExp(M.dev[i], M.dev[k],
                                                UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, sizeof(v),
                                                &v, NULL),
                   UR_RESULT_SUCCESS);
            M.access[i][k] = v;
        }
    }
}

static void start(struct fuzz_in *in)
{
    uint8_t t = in_u8(in) % 10;
    uint32_t layer = in_below(in, 8);
    const char *spec;
    size_t len = 0;
    if (t < 6) {
        spec = presets[t % 4];
    } else {
        if (t < 9) {
            len = gen_topology(in);
        } else {
            len = in_u16(in) % 1024;
            for (size_t i = 0; i < len; i++)
                topo_text[i] = (char)in_u8(in);
        }
        fuzz_file_set(&topo_file, topo_text, len);
        spec = topo_file.path;
    }
    ur_result_t r = init_with(spec, layer);
    if (r != UR_RESULT_SUCCESS) {
        FUZZ_CHECK(spec == topo_file.path, "preset %s: %s", spec, rs(r));
        expect("urLoaderInit(bad topology)", r, UR_RESULT_ERROR_INVALID_VALUE);
        uint32_t n = 0;
        expect("urAdapterGet after a failed init", urAdapterGet(0, NULL, &n),
               UR_RESULT_ERROR_UNINITIALIZED);
        char msg[512];
        expect("urpeerSimCheckTopology agrees", urpeerSimCheckTopology(spec, msg, sizeof(msg)),
               UR_RESULT_ERROR_INVALID_VALUE);
        r = init_with(presets[layer % 4], layer);
        expect("urLoaderInit(preset)", r, UR_RESULT_SUCCESS);
    }
    M.live = true;
    discover();
}

/* Release everything the model holds, check that nothing is left, and tear down. */
static void finish(void)
{
    finish_all();
    for (int i = 0; i < MAX_EV; i++)
        while (M.ev[i].used && M.ev[i].user > 0) {
            expect("urEventRelease", urEventRelease(M.ev[i].h), UR_RESULT_SUCCESS);
            M.ev[i].user--;
        }
    collect();
    for (int i = 0; i < MAX_ALLOC; i++) {
        int tries = 0;
        while (M.alloc[i].used) {
            uint64_t fired = faults_fired();
            ur_result_t r = urUSMFree(M.ctx[M.alloc[i].ctx].h, M.alloc[i].p);
            if (expect_ok("urUSMFree(cleanup)", r, fired, F_FREE, -1)) {
                M.alloc[i].used = false;
                stale_add(&M.stale_ptr, M.alloc[i].p);
            } else {
                M.free_armed--;
            }
            FUZZ_CHECK(++tries <= 40, "urUSMFree keeps failing");
        }
    }
    for (int i = 0; i < MAX_Q; i++)
        while (M.q[i].used && M.q[i].user > 0) {
            expect("urQueueRelease", urQueueRelease(M.q[i].h), UR_RESULT_SUCCESS);
            M.q[i].user--;
        }
    collect();
    for (int i = 0; i < MAX_CTX; i++)
        while (M.ctx[i].used && M.ctx[i].user > 0) {
            expect("urContextRelease", urContextRelease(M.ctx[i].h), UR_RESULT_SUCCESS);
            M.ctx[i].user--;
        }
    collect();
    for (uint32_t a = 0; a < M.ndev; a++)
        for (uint32_t b = 0; b < M.ndev; b++) {
            int tries = 0;
            while (M.peer[a][b] > 0) {
                uint64_t fired = faults_fired();
                ur_result_t r = urUsmP2PDisablePeerAccessExp(M.dev[a], M.dev[b]);
                if (expect_ok("urUsmP2PDisablePeerAccessExp(cleanup)", r, fired, F_PEER_DISABLE,
                              -1)) {
                    M.peer[a][b]--;
                    if (faults_fired() > fired)
                        M.peer_untracked = true; /* 705 */
                }
                FUZZ_CHECK(++tries <= 1000, "disable keeps failing");
            }
        }
    check_counts("cleanup");
    urpeer_sim_stats_t st = stats();
    if (!M.peer_untracked && !M.stats_reset)
        FUZZ_CHECK(st.peerEnableCalls == st.peerDisableCalls, "%llu driver enables, %llu disables",
                   (unsigned long long)st.peerEnableCalls, (unsigned long long)st.peerDisableCalls);
    while (M.adapter_refs > 0) {
        expect("urAdapterRelease", urAdapterRelease(M.adapter), UR_RESULT_SUCCESS);
        M.adapter_refs--;
    }
    urpeer_object_counts_t c;
    expect("urpeerGetObjectCounts", urpeerGetObjectCounts(&c), UR_RESULT_SUCCESS);
    FUZZ_CHECK(c.adapterReferences == 0 && c.contexts == 0 && c.queues == 0 && c.events == 0 &&
                   c.usmAllocations == 0 && c.enabledPeerPairs == 0,
               "objects left: %u refs, %u contexts, %u queues, %u events, %u allocations, %u "
               "pairs",
               c.adapterReferences, c.contexts, c.queues, c.events, c.usmAllocations,
               c.enabledPeerPairs);
    expect("urLoaderTearDown", urLoaderTearDown(), UR_RESULT_SUCCESS);
    uint32_t n = 0;
    expect("urAdapterGet after teardown", urAdapterGet(0, NULL, &n), UR_RESULT_ERROR_UNINITIALIZED);
    expect("urContextRelease after teardown", urContextRelease(NULL),
           UR_RESULT_ERROR_UNINITIALIZED);
    /* The old devices are stale from now on (their memory may be handed out again). */
    for (uint32_t i = 0; i < M.ndev; i++)
        stale_add(&M.stale_dev, M.dev[i]);
    M.live = false;
}

/* Teardown with everything still alive: the library reports (in leak-checking mode) and destroys
 * what was left, and every handle of it is stale from then on. */
static void finish_dirty(void)
{
    expect("urLoaderTearDown(objects alive)", urLoaderTearDown(), UR_RESULT_SUCCESS);
    uint32_t n = 0;
    expect("urAdapterGet after teardown", urAdapterGet(0, NULL, &n), UR_RESULT_ERROR_UNINITIALIZED);
    for (int i = 0; i < MAX_EV; i++)
        if (M.ev[i].used)
            stale_add(&M.stale_ev, M.ev[i].h);
    for (int i = 0; i < MAX_Q; i++)
        if (M.q[i].used)
            stale_add(&M.stale_q, M.q[i].h);
    for (int i = 0; i < MAX_CTX; i++)
        if (M.ctx[i].used)
            stale_add(&M.stale_ctx, M.ctx[i].h);
    for (int i = 0; i < MAX_ALLOC; i++)
        if (M.alloc[i].used)
            stale_add(&M.stale_ptr, M.alloc[i].p);
    for (uint32_t i = 0; i < M.ndev; i++)
        stale_add(&M.stale_dev, M.dev[i]);
    M.live = false;
}

static void reset_model(bool keep_stale)
{
    struct stale sc = M.stale_ctx, sq = M.stale_q, se = M.stale_ev, sd = M.stale_dev,
                 sp = M.stale_ptr;
    memset(&M, 0, sizeof(M));
    if (keep_stale) {
        M.stale_ctx = sc;
        M.stale_q = sq;
        M.stale_ev = se;
        M.stale_dev = sd;
        M.stale_ptr = sp;
    }
    memset(armed_n, 0, sizeof(armed_n));
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    setenv("URPEER_LOG", "error", 0);
    fuzz_file_open(&topo_file);
    memset(fake_junk, 0xA5, sizeof(fake_junk));
    trace = getenv("URPEER_FUZZ_TRACE") != NULL;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fuzz_in in = {data, size};
    if (trace)
        fprintf(stderr, "input of %zu bytes\n", size);
    /* Each input starts afresh (an input must replay alone); within it, handles from before a
     * teardown stay in the stale lists. */
    reset_model(false);
    start(&in);
    for (int i = 0; i < MAX_OPS && in.left > 0; i++) {
        uint8_t op = in_u8(&in) % 26;
        const char *name = "?";
        switch (op) {
        case 0:
        case 1:
            op_context_create(&in);
            name = "context create";
            break;
        case 2:
            op_context_ref(&in);
            name = "context retain/release";
            break;
        case 3:
            op_context_info(&in);
            name = "context info";
            break;
        case 4:
        case 5:
            op_queue_create(&in);
            name = "queue create";
            break;
        case 6:
            op_queue_ref(&in);
            name = "queue retain/release/finish/flush";
            break;
        case 7:
            op_queue_info(&in);
            name = "queue info";
            break;
        case 8:
        case 9:
            op_alloc(&in);
            name = "alloc";
            break;
        case 10:
            op_free(&in);
            name = "free";
            break;
        case 11:
            op_alloc_info(&in);
            name = "alloc info";
            break;
        case 12:
        case 13:
            op_copy(&in);
            name = "copy";
            break;
        case 14:
            op_fill(&in);
            name = "fill";
            break;
        case 15:
            op_barrier(&in);
            name = "barrier";
            break;
        case 16:
            op_event_wait(&in);
            name = "event wait";
            break;
        case 17:
            op_event_ref(&in);
            name = "event retain/release";
            break;
        case 18:
            op_event_info(&in);
            name = "event info";
            break;
        case 19:
            op_peer(&in, true);
            name = "peer enable";
            break;
        case 20:
            op_peer(&in, false);
            name = "peer disable";
            break;
        case 21:
            op_peer_info(&in);
            name = "peer info";
            break;
        case 22:
            op_inject(&in);
            name = "inject";
            break;
        case 23:
            op_verify(&in);
            name = "verify";
            break;
        case 24:
            op_misc(&in);
            name = "misc";
            break;
        default:
            /* Teardown, with everything released or with everything left alive (not while a
             * free fault is armed: teardown would fail to free that memory, and the allocation
             * would leak), and a fresh init (maybe another topology), where nothing of the old
             * node may be counted. */
            if (in_bool(&in) && M.free_armed == 0) {
                finish_dirty();
                name = "reinit (objects left alive)";
            } else {
                finish();
                name = "reinit";
            }
            reset_model(true);
            start(&in);
            break;
        }
        if (trace)
            fprintf(stderr, "op %d: %s\n", i, name);
        check_counts(name);
    }
    finish();
    return 0;
}
