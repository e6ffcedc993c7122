/* SPDX-License-Identifier: MIT */
/*
 * The argument-check matrix: for every function of the implemented subset and every urpeer*
 * addition, each NULL handle and pointer, bad enumeration and flags, size and wait-list rule,
 * with the exact ur_result_t and upstream's order of precedence (all INVALID_NULL_POINTER checks,
 * then INVALID_NULL_HANDLE, then the rest in the order the specification lists them; the
 * peer-access functions check NULL handles first). Handles of the wrong kind give the
 * INVALID_<KIND> result of the parameter (adapter and loader-config handles: INVALID_ARGUMENT),
 * after all of the checks above.
 *
 * Each row is one case: a description, the call and the expected result. After every row that
 * must fail, the object counts (urpeerGetObjectCounts, and the simulated driver's live
 * allocations) are checked unchanged and the call's outputs still hold their sentinel values:
 * a failing call never leaves a half-changed state.
 */
#include "api_env.h"

#include <stdint.h>

static struct test_env env;
static bool env_live;
static unsigned n_cases;

/* A handle of no kind at all: zeroed memory, never a live object. */
static _Alignas(16) unsigned char bogus_mem[256];
#define BOGUS(type) ((type)(void *)bogus_mem)

/* What an output holds before a call that must not write it. */
#define SENT_BITS 0x5e5e5e50u
#define SENT(type) ((type)(uintptr_t)SENT_BITS)

#define UR_ERR(x) UR_RESULT_ERROR_##x
#define OK UR_RESULT_SUCCESS

/* ---- Rows ----------------------------------------------------------------------------------- */

struct state {
    urpeer_object_counts_t counts;
    uint64_t live_allocations;
};

static struct state state_now(void)
{
    struct state s;
    memset(&s, 0, sizeof(s));
    if (urpeerGetObjectCounts(&s.counts) != UR_RESULT_SUCCESS)
        memset(&s.counts, 0, sizeof(s.counts));
    if (env_live && env.is_sim) {
        urpeer_sim_stats_t st;
        if (urpeerSimGetStats(env.adapter, &st) == UR_RESULT_SUCCESS)
            s.live_allocations = st.liveAllocations;
    }
    return s;
}

static bool state_equal(const struct state *a, const struct state *b)
{
    return a->counts.adapterReferences == b->counts.adapterReferences &&
           a->counts.contexts == b->counts.contexts && a->counts.queues == b->counts.queues &&
           a->counts.events == b->counts.events &&
           a->counts.usmAllocations == b->counts.usmAllocations &&
           a->counts.enabledPeerPairs == b->counts.enabledPeerPairs &&
           a->live_allocations == b->live_allocations;
}

static void row_done(int line, const char *desc, const char *call, ur_result_t expected,
                     ur_result_t got, const struct state *before)
{
    n_cases++;
    t_checks++;
    if (got != expected) {
        t_failures++;
        fprintf(stderr, "%s:%d: %s: %s returned %s, expected %s\n", __FILE__, line, desc, call,
                urpeerResultString(got), urpeerResultString(expected));
    }
    if (expected == UR_RESULT_SUCCESS)
        return;
    struct state after = state_now();
    t_checks++;
    if (!state_equal(before, &after)) {
        t_failures++;
        fprintf(stderr,
                "%s:%d: %s: the failing call changed the object counts (adapter refs %u->%u, "
                "contexts %u->%u, queues %u->%u, events %u->%u, USM %u->%u, peer pairs %u->%u, "
                "driver allocations %llu->%llu)\n",
                __FILE__, line, desc, before->counts.adapterReferences,
                after.counts.adapterReferences, before->counts.contexts, after.counts.contexts,
                before->counts.queues, after.counts.queues, before->counts.events,
                after.counts.events, before->counts.usmAllocations, after.counts.usmAllocations,
                before->counts.enabledPeerPairs, after.counts.enabledPeerPairs,
                (unsigned long long)before->live_allocations,
                (unsigned long long)after.live_allocations);
    }
}

/* One case: the call must return `expected`; a failing call must change no object count. */
#define ROW(desc, expected, call)                                                                  \
    do {                                                                                           \
        struct state row_before_ = state_now();                                                    \
        ur_result_t row_res_ = (call);                                                             \
        row_done(__LINE__, desc, #call, expected, row_res_, &row_before_);                         \
    } while (0)

/* One case with an output: `out` is set to `sentinel` first and must still hold it after a
 * failing call. */
#define ROW_OUT(desc, expected, out, sentinel, call)                                               \
    do {                                                                                           \
        (out) = (sentinel);                                                                        \
        ROW(desc, expected, call);                                                                 \
        if ((expected) != UR_RESULT_SUCCESS)                                                       \
            CHECK_MSG((out) == (sentinel), desc);                                                  \
    } while (0)

#define CHECK_MSG(cond, desc)                                                                      \
    do {                                                                                           \
        t_checks++;                                                                                \
        if (!(cond)) {                                                                             \
            t_failures++;                                                                          \
            fprintf(stderr, "%s:%d: %s: CHECK failed: %s\n", __FILE__, __LINE__, desc, #cond);     \
        }                                                                                          \
    } while (0)

/* A scratch buffer for GetInfo values, filled with a pattern to see what a call wrote. */
static unsigned char buf[512];

static void fill(void)
{
    memset(buf, 0xA5, sizeof(buf));
}

static bool untouched_from(size_t from)
{
    for (size_t i = from; i < sizeof(buf); i++)
        if (buf[i] != 0xA5)
            return false;
    return true;
}

/* ---- GetInfo matrix ------------------------------------------------------------------------- */

enum etor_kind { K_FIXED, K_STRING, K_HANDLES };

struct etor {
    uint32_t value;
    const char *name;
    enum etor_kind kind;
    size_t size; /* K_FIXED: the size of the type; K_HANDLES: the size of one element */
};

#define FIX(e, type)                                                                               \
    {                                                                                              \
        (uint32_t)(e), #e, K_FIXED, sizeof(type)                                                   \
    }
#define STR(e)                                                                                     \
    {                                                                                              \
        (uint32_t)(e), #e, K_STRING, 1                                                             \
    }
#define HANDLES(e)                                                                                 \
    {                                                                                              \
        (uint32_t)(e), #e, K_HANDLES, sizeof(void *)                                               \
    }

enum info_rules {
    RULES_STANDARD,  /* the standard GetInfo rules: pointers, then handle, enum, size */
    RULES_P2P,       /* the peer-access contract: NULL handles first, then as standard */
    RULES_HELPER,    /* urUSMGetMemAllocInfo: no output rules in the spec, the adapter's helper */
    RULES_PROFILING, /* urEventGetProfilingInfo: INVALID_VALUE for a value with propSize 0 */
};

struct info_fn;
typedef ur_result_t (*info_call_t)(const struct info_fn *f, void *h, uint32_t prop, size_t size,
                                   void *value, size_t *size_ret);

struct info_fn {
    const char *name;
    info_call_t call;
    void *h;     /* a live handle of the right kind */
    void *arg2;  /* the second argument where there is one (peer device, USM pointer) */
    void *wrong; /* a live handle of another kind */
    ur_result_t wrong_res;
    const struct etor *etors;
    size_t n_etors;
    size_t probe; /* an etor answered with a fixed size of 4 or more: used for the rule rows */
    uint32_t last;
    enum info_rules rules;
};

static ur_result_t call_adapter(const struct info_fn *f, void *h, uint32_t prop, size_t size,
                                void *value, size_t *size_ret)
{
    (void)f;
    return urAdapterGetInfo((ur_adapter_handle_t)h, (ur_adapter_info_t)prop, size, value, size_ret);
}

static ur_result_t call_platform(const struct info_fn *f, void *h, uint32_t prop, size_t size,
                                 void *value, size_t *size_ret)
{
    (void)f;
    return urPlatformGetInfo((ur_platform_handle_t)h, (ur_platform_info_t)prop, size, value,
                             size_ret);
}

static ur_result_t call_device(const struct info_fn *f, void *h, uint32_t prop, size_t size,
                               void *value, size_t *size_ret)
{
    (void)f;
    return urDeviceGetInfo((ur_device_handle_t)h, (ur_device_info_t)prop, size, value, size_ret);
}

static ur_result_t call_context(const struct info_fn *f, void *h, uint32_t prop, size_t size,
                                void *value, size_t *size_ret)
{
    (void)f;
    return urContextGetInfo((ur_context_handle_t)h, (ur_context_info_t)prop, size, value, size_ret);
}

static ur_result_t call_queue(const struct info_fn *f, void *h, uint32_t prop, size_t size,
                              void *value, size_t *size_ret)
{
    (void)f;
    return urQueueGetInfo((ur_queue_handle_t)h, (ur_queue_info_t)prop, size, value, size_ret);
}

static ur_result_t call_event(const struct info_fn *f, void *h, uint32_t prop, size_t size,
                              void *value, size_t *size_ret)
{
    (void)f;
    return urEventGetInfo((ur_event_handle_t)h, (ur_event_info_t)prop, size, value, size_ret);
}

static ur_result_t call_profiling(const struct info_fn *f, void *h, uint32_t prop, size_t size,
                                  void *value, size_t *size_ret)
{
    (void)f;
    return urEventGetProfilingInfo((ur_event_handle_t)h, (ur_profiling_info_t)prop, size, value,
                                   size_ret);
}

static ur_result_t call_usm(const struct info_fn *f, void *h, uint32_t prop, size_t size,
                            void *value, size_t *size_ret)
{
    return urUSMGetMemAllocInfo((ur_context_handle_t)h, f->arg2, (ur_usm_alloc_info_t)prop, size,
                                value, size_ret);
}

static ur_result_t call_peer(const struct info_fn *f, void *h, uint32_t prop, size_t size,
                             void *value, size_t *size_ret)
{
    return urUsmP2PPeerAccessGetInfoExp((ur_device_handle_t)h, (ur_device_handle_t)f->arg2,
                                        (ur_exp_peer_info_t)prop, size, value, size_ret);
}

static unsigned n_unsupported;

/* Every defined value: SUCCESS or UNSUPPORTED_ENUMERATION, a sensible size, the two-call
 * pattern, a larger buffer, a buffer one byte short, and propSize 0 with a value pointer. */
static void info_etor(const struct info_fn *f, const struct etor *e)
{
    char d[200];
    const ur_result_t zero_res =
        f->rules == RULES_PROFILING ? UR_ERR(INVALID_VALUE) : UR_ERR(INVALID_SIZE);
    size_t sz = SENT(size_t), r;

    snprintf(d, sizeof(d), "%s(%s): size query", f->name, e->name);
    struct state before = state_now();
    ur_result_t res = f->call(f, f->h, e->value, 0, NULL, &sz);
    bool unsupported = res == UR_ERR(UNSUPPORTED_ENUMERATION);
    row_done(__LINE__, d, "call(h, prop, 0, NULL, &size)", unsupported ? res : OK, res, &before);
    if (unsupported) {
        n_unsupported++;
        printf("  %s(%s): UNSUPPORTED_ENUMERATION\n", f->name, e->name);
        CHECK_MSG(sz == SENT(size_t), d);
        snprintf(d, sizeof(d), "%s(%s): unsupported, with a value buffer", f->name, e->name);
        fill();
        ROW_OUT(d, UR_ERR(UNSUPPORTED_ENUMERATION), r, SENT(size_t),
                f->call(f, f->h, e->value, sizeof(buf), buf, &r));
        CHECK_MSG(untouched_from(0), d);
        return;
    }
    if (res != OK)
        return;

    switch (e->kind) {
    case K_FIXED:
        CHECK_MSG(sz == e->size, d);
        break;
    case K_STRING:
        CHECK_MSG(sz >= 1 && sz < sizeof(buf), d);
        break;
    case K_HANDLES:
        CHECK_MSG(sz > 0 && sz % e->size == 0 && sz < sizeof(buf), d);
        break;
    }
    if (sz == 0 || sz >= sizeof(buf))
        return;

    snprintf(d, sizeof(d), "%s(%s): value query with the size returned", f->name, e->name);
    fill();
    ROW(d, OK, f->call(f, f->h, e->value, sz, buf, NULL));
    CHECK_MSG(untouched_from(sz), d);
    if (e->kind == K_STRING)
        CHECK_MSG(buf[sz - 1] == '\0' && strlen((const char *)buf) == sz - 1, d);

    snprintf(d, sizeof(d), "%s(%s): larger buffer, size returned too", f->name, e->name);
    fill();
    r = SENT(size_t);
    ROW(d, OK, f->call(f, f->h, e->value, sizeof(buf), buf, &r));
    CHECK_MSG(r == sz && untouched_from(sz), d);

    if (sz > 1) {
        snprintf(d, sizeof(d), "%s(%s): propSize one byte short", f->name, e->name);
        fill();
        r = SENT(size_t);
        ROW(d, UR_ERR(INVALID_SIZE), f->call(f, f->h, e->value, sz - 1, buf, &r));
        CHECK_MSG(untouched_from(0), d);
        CHECK_MSG(r == sz, d); /* the size needed is still reported */
    }

    snprintf(d, sizeof(d), "%s(%s): propSize 0 with a value pointer", f->name, e->name);
    fill();
    r = SENT(size_t);
    ROW(d, zero_res, f->call(f, f->h, e->value, 0, buf, &r));
    CHECK_MSG(untouched_from(0), d);
    if (f->rules != RULES_HELPER)
        CHECK_MSG(r == SENT(size_t), d);
}

static void info_matrix(const struct info_fn *f)
{
    char d[200];
    const struct etor *pe = &f->etors[f->probe];
    const uint32_t probe = pe->value;
    const size_t psize = pe->size;
    const bool std_ptrs = f->rules == RULES_STANDARD || f->rules == RULES_P2P;
    const ur_result_t zero_res =
        f->rules == RULES_PROFILING ? UR_ERR(INVALID_VALUE) : UR_ERR(INVALID_SIZE);
    const uint32_t bad[] = {f->last + 1, 0x7ffffffeu, 0x7fffffffu /* FORCE_UINT32 */, 0xffffffffu};
    size_t r;

#define INFO_ROW(what, expected, call)                                                             \
    do {                                                                                           \
        snprintf(d, sizeof(d), "%s: %s", f->name, what);                                           \
        fill();                                                                                    \
        ROW_OUT(d, expected, r, SENT(size_t), call);                                               \
        if ((expected) != UR_RESULT_SUCCESS)                                                       \
            CHECK_MSG(untouched_from(0), d);                                                       \
    } while (0)

    /* NULL handle */
    INFO_ROW("NULL handle", UR_ERR(INVALID_NULL_HANDLE), f->call(f, NULL, probe, psize, buf, &r));
    INFO_ROW("NULL handle and a bad enumeration", UR_ERR(INVALID_NULL_HANDLE),
             f->call(f, NULL, bad[0], psize, buf, &r));
    INFO_ROW("NULL handle and propSize 0 with a value", UR_ERR(INVALID_NULL_HANDLE),
             f->call(f, NULL, probe, 0, buf, &r));
    INFO_ROW("NULL handle and both outputs NULL",
             f->rules == RULES_STANDARD ? UR_ERR(INVALID_NULL_POINTER)
                                        : UR_ERR(INVALID_NULL_HANDLE),
             f->call(f, NULL, probe, 0, NULL, NULL));
    if (std_ptrs)
        INFO_ROW("NULL handle and propSize without a value",
                 f->rules == RULES_STANDARD ? UR_ERR(INVALID_NULL_POINTER)
                                            : UR_ERR(INVALID_NULL_HANDLE),
                 f->call(f, NULL, probe, psize, NULL, &r));

    /* Output pointers */
    INFO_ROW("both outputs NULL", UR_ERR(INVALID_NULL_POINTER),
             f->call(f, f->h, probe, 0, NULL, NULL));
    INFO_ROW("both outputs NULL, propSize set", UR_ERR(INVALID_NULL_POINTER),
             f->call(f, f->h, probe, psize, NULL, NULL));
    INFO_ROW("both outputs NULL and a bad enumeration",
             std_ptrs ? UR_ERR(INVALID_NULL_POINTER) : UR_ERR(INVALID_ENUMERATION),
             f->call(f, f->h, bad[0], 0, NULL, NULL));
    if (std_ptrs) {
        INFO_ROW("propSize without a value", UR_ERR(INVALID_NULL_POINTER),
                 f->call(f, f->h, probe, psize, NULL, &r));
        INFO_ROW("propSize without a value and a bad enumeration", UR_ERR(INVALID_NULL_POINTER),
                 f->call(f, f->h, bad[0], psize, NULL, &r));
    }

    /* Enumerations */
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        char what[64];
        snprintf(what, sizeof(what), "propName 0x%x", (unsigned)bad[i]);
        INFO_ROW(what, UR_ERR(INVALID_ENUMERATION), f->call(f, f->h, bad[i], sizeof(buf), buf, &r));
    }
    INFO_ROW("bad enumeration and propSize 0 with a value", UR_ERR(INVALID_ENUMERATION),
             f->call(f, f->h, bad[0], 0, buf, &r));

    /* Sizes */
    /* the adapter's helper reports the size needed along with INVALID_SIZE */
    INFO_ROW("propSize 0 with a value", zero_res,
             f->call(f, f->h, probe, 0, buf, f->rules == RULES_HELPER ? NULL : &r));
    INFO_ROW("propSize one byte short", UR_ERR(INVALID_SIZE),
             f->call(f, f->h, probe, psize - 1, buf, NULL));

    /* Handles of the wrong kind, after every rule above */
    INFO_ROW("handle of another kind", f->wrong_res, f->call(f, f->wrong, probe, psize, buf, &r));
    INFO_ROW("handle of no kind", f->wrong_res, f->call(f, bogus_mem, probe, psize, buf, &r));
    INFO_ROW("handle of another kind and a bad enumeration", UR_ERR(INVALID_ENUMERATION),
             f->call(f, f->wrong, bad[0], psize, buf, &r));
    if (f->rules != RULES_HELPER)
        INFO_ROW("handle of another kind and propSize 0 with a value", zero_res,
                 f->call(f, f->wrong, probe, 0, buf, &r));
    INFO_ROW("handle of another kind and both outputs NULL",
             std_ptrs ? UR_ERR(INVALID_NULL_POINTER) : f->wrong_res,
             f->call(f, f->wrong, probe, 0, NULL, NULL));
#undef INFO_ROW

    for (size_t i = 0; i < f->n_etors; i++)
        info_etor(f, &f->etors[i]);
}

/* ---- Before urLoaderInit -------------------------------------------------------------------- */

static void test_before_init(void)
{
    uint32_t n;
    ur_adapter_handle_t a;
    ur_platform_handle_t p;
    ur_device_handle_t dv;
    ur_context_handle_t c;
    ur_queue_handle_t qq;
    ur_event_handle_t e;
    void *mem;
    size_t sz;
    ur_native_handle_t nh;
    ur_api_version_t ver;
    const char *msg;
    int32_t code;
    urpeer_object_counts_t counts;
    urpeer_sim_stats_t stats;
    const uint32_t pattern = 0;
    ur_event_handle_t ev_list[1] = {NULL};
    const ur_result_t U = UR_ERR(UNINITIALIZED);

    /* Every function but the loader-config ones: UNINITIALIZED before any argument check. */
    ROW_OUT("urAdapterGet", U, n, SENT(uint32_t), urAdapterGet(0, NULL, &n));
    ROW_OUT("urAdapterGet with an array", U, a, SENT(ur_adapter_handle_t),
            urAdapterGet(1, &a, NULL));
    ROW("urAdapterGetInfo", U, urAdapterGetInfo(NULL, UR_ADAPTER_INFO_BACKEND, 0, NULL, NULL));
    ROW_OUT("urAdapterGetLastError", U, msg, SENT(const char *),
            urAdapterGetLastError(NULL, &msg, &code));
    ROW("urAdapterRelease", U, urAdapterRelease(NULL));
    ROW("urAdapterRetain", U, urAdapterRetain(NULL));
    ROW_OUT("urPlatformGet", U, n, SENT(uint32_t), urPlatformGet(NULL, 1, &p, &n));
    ROW_OUT("urPlatformGetApiVersion", U, ver, SENT(ur_api_version_t),
            urPlatformGetApiVersion(NULL, &ver));
    ROW("urPlatformGetInfo", U, urPlatformGetInfo(NULL, UR_PLATFORM_INFO_NAME, 0, NULL, &sz));
    ROW_OUT("urPlatformGetNativeHandle", U, nh, SENT(ur_native_handle_t),
            urPlatformGetNativeHandle(NULL, &nh));
    ROW_OUT("urDeviceGet", U, n, SENT(uint32_t), urDeviceGet(NULL, UR_DEVICE_TYPE_ALL, 1, &dv, &n));
    ROW("urDeviceGetInfo", U, urDeviceGetInfo(NULL, UR_DEVICE_INFO_TYPE, 0, NULL, &sz));
    ROW_OUT("urDeviceGetNativeHandle", U, nh, SENT(ur_native_handle_t),
            urDeviceGetNativeHandle(NULL, &nh));
    ROW("urDeviceRelease", U, urDeviceRelease(NULL));
    ROW("urDeviceRetain", U, urDeviceRetain(NULL));
    ROW_OUT("urContextCreate", U, c, SENT(ur_context_handle_t), urContextCreate(1, &dv, NULL, &c));
    ROW("urContextGetInfo", U, urContextGetInfo(NULL, UR_CONTEXT_INFO_NUM_DEVICES, 0, NULL, &sz));
    ROW("urContextRelease", U, urContextRelease(NULL));
    ROW("urContextRetain", U, urContextRetain(NULL));
    ROW_OUT("urQueueCreate", U, qq, SENT(ur_queue_handle_t), urQueueCreate(NULL, NULL, NULL, &qq));
    ROW("urQueueGetInfo", U, urQueueGetInfo(NULL, UR_QUEUE_INFO_CONTEXT, 0, NULL, &sz));
    ROW("urQueueFinish", U, urQueueFinish(NULL));
    ROW("urQueueFlush", U, urQueueFlush(NULL));
    ROW("urQueueRelease", U, urQueueRelease(NULL));
    ROW("urQueueRetain", U, urQueueRetain(NULL));
    ROW_OUT("urUSMDeviceAlloc", U, mem, SENT(void *),
            urUSMDeviceAlloc(NULL, NULL, NULL, NULL, 64, &mem));
    ROW_OUT("urUSMHostAlloc", U, mem, SENT(void *), urUSMHostAlloc(NULL, NULL, NULL, 64, &mem));
    ROW("urUSMFree", U, urUSMFree(NULL, NULL));
    ROW("urUSMGetMemAllocInfo", U,
        urUSMGetMemAllocInfo(NULL, NULL, UR_USM_ALLOC_INFO_TYPE, 0, NULL, &sz));
    ROW_OUT("urEnqueueUSMMemcpy", U, e, SENT(ur_event_handle_t),
            urEnqueueUSMMemcpy(NULL, true, NULL, NULL, 0, 0, NULL, &e));
    ROW_OUT("urEnqueueUSMFill", U, e, SENT(ur_event_handle_t),
            urEnqueueUSMFill(NULL, NULL, sizeof(pattern), &pattern, 4, 0, NULL, &e));
    ROW_OUT("urEnqueueEventsWait", U, e, SENT(ur_event_handle_t),
            urEnqueueEventsWait(NULL, 0, NULL, &e));
    ROW("urEventGetInfo", U, urEventGetInfo(NULL, UR_EVENT_INFO_CONTEXT, 0, NULL, &sz));
    ROW("urEventGetProfilingInfo", U,
        urEventGetProfilingInfo(NULL, UR_PROFILING_INFO_COMMAND_START, 0, NULL, &sz));
    ROW("urEventRelease", U, urEventRelease(NULL));
    ROW("urEventRetain", U, urEventRetain(NULL));
    ROW("urEventWait", U, urEventWait(1, ev_list));
    ROW("urUsmP2PEnablePeerAccessExp", U, urUsmP2PEnablePeerAccessExp(NULL, NULL));
    ROW("urUsmP2PDisablePeerAccessExp", U, urUsmP2PDisablePeerAccessExp(NULL, NULL));
    ROW("urUsmP2PPeerAccessGetInfoExp", U,
        urUsmP2PPeerAccessGetInfoExp(NULL, NULL, UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, 0, NULL,
                                     &sz));
    ROW("urLoaderTearDown", U, urLoaderTearDown());
    ROW_OUT("a function outside the subset (urUSMSharedAlloc)", U, mem, SENT(void *),
            urUSMSharedAlloc(NULL, NULL, NULL, NULL, 64, &mem));
    /* urpeer's additions that need the loader */
    ROW("urpeerGetObjectCounts", U, urpeerGetObjectCounts(&counts));
    ROW_OUT("urpeerAdapterGetName", U, msg, SENT(const char *), urpeerAdapterGetName(NULL, &msg));
    ROW("urpeerSimGetStats", U, urpeerSimGetStats(NULL, &stats));
    ROW("urpeerSimResetStats", U, urpeerSimResetStats(NULL));
    ROW("urpeerSimInjectFault", U, urpeerSimInjectFault(NULL, "copy", 1, 0));

    /* urpeer's additions that do not need it */
    uint32_t lib;
    ROW_OUT("urpeerGetVersion: both outputs NULL", UR_ERR(INVALID_NULL_POINTER), lib,
            SENT(uint32_t), urpeerGetVersion(NULL, NULL));
    ROW("urpeerGetVersion: library version only", OK, urpeerGetVersion(&lib, NULL));
    CHECK(lib == URPEER_VERSION);
    ROW("urpeerGetVersion: API version only", OK, urpeerGetVersion(NULL, &ver));
    CHECK(ver == UR_API_VERSION_CURRENT);
    char text[128];
    ROW("urpeerSimCheckTopology: NULL path", UR_ERR(INVALID_NULL_POINTER),
        urpeerSimCheckTopology(NULL, text, sizeof(text)));
    text[0] = 'x';
    ROW("urpeerSimCheckTopology: no such file", UR_ERR(INVALID_VALUE),
        urpeerSimCheckTopology("/nonexistent/urpeer-topology", text, sizeof(text)));
    CHECK(text[0] != 'x' && strlen(text) > 0 && strlen(text) < sizeof(text));
    ROW("urpeerSimCheckTopology: no such file, no message buffer", UR_ERR(INVALID_VALUE),
        urpeerSimCheckTopology("/nonexistent/urpeer-topology", NULL, 0));
    text[0] = 'x';
    ROW("urpeerSimCheckTopology: message buffer of one byte", UR_ERR(INVALID_VALUE),
        urpeerSimCheckTopology("/nonexistent/urpeer-topology", text, 1));
    CHECK(text[0] == '\0');
    CHECK(urpeerResultString(UR_RESULT_SUCCESS) != NULL);
    CHECK(strcmp(urpeerResultString(UR_RESULT_ERROR_INVALID_SIZE),
                 "UR_RESULT_ERROR_INVALID_SIZE") == 0);
    CHECK(urpeerResultString((ur_result_t)0x12345) != NULL);
}

/* The loader-config functions work before urLoaderInit; urLoaderInit checks its own arguments. */
static void test_loader_config(void)
{
    ur_loader_config_handle_t cfg;
    const ur_loader_config_handle_t bogus = BOGUS(ur_loader_config_handle_t);
    uint32_t n;

    ROW("urLoaderConfigCreate: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urLoaderConfigCreate(NULL));
    REQUIRE_UR(OK, urLoaderConfigCreate(&cfg));

    ROW("urLoaderConfigRetain: NULL", UR_ERR(INVALID_NULL_HANDLE), urLoaderConfigRetain(NULL));
    ROW("urLoaderConfigRetain: no kind", UR_ERR(INVALID_ARGUMENT), urLoaderConfigRetain(bogus));
    ROW("urLoaderConfigRetain", OK, urLoaderConfigRetain(cfg));
    ROW("urLoaderConfigRelease: NULL", UR_ERR(INVALID_NULL_HANDLE), urLoaderConfigRelease(NULL));
    ROW("urLoaderConfigRelease: no kind", UR_ERR(INVALID_ARGUMENT), urLoaderConfigRelease(bogus));
    ROW("urLoaderConfigRelease", OK, urLoaderConfigRelease(cfg));

    ROW("urLoaderConfigEnableLayer: both NULL (pointer first)", UR_ERR(INVALID_NULL_POINTER),
        urLoaderConfigEnableLayer(NULL, NULL));
    ROW("urLoaderConfigEnableLayer: NULL name", UR_ERR(INVALID_NULL_POINTER),
        urLoaderConfigEnableLayer(cfg, NULL));
    ROW("urLoaderConfigEnableLayer: NULL config", UR_ERR(INVALID_NULL_HANDLE),
        urLoaderConfigEnableLayer(NULL, "UR_LAYER_PARAMETER_VALIDATION"));
    ROW("urLoaderConfigEnableLayer: config of no kind", UR_ERR(INVALID_ARGUMENT),
        urLoaderConfigEnableLayer(bogus, "UR_LAYER_PARAMETER_VALIDATION"));
    ROW("urLoaderConfigEnableLayer: config of no kind, unknown layer", UR_ERR(INVALID_ARGUMENT),
        urLoaderConfigEnableLayer(bogus, "UR_LAYER_NO_SUCH_LAYER"));
    ROW("urLoaderConfigEnableLayer: unknown layer", UR_ERR(LAYER_NOT_PRESENT),
        urLoaderConfigEnableLayer(cfg, "UR_LAYER_NO_SUCH_LAYER"));
    ROW("urLoaderConfigEnableLayer: empty name", UR_ERR(LAYER_NOT_PRESENT),
        urLoaderConfigEnableLayer(cfg, ""));
    ROW("urLoaderConfigEnableLayer: known layer", OK,
        urLoaderConfigEnableLayer(cfg, "UR_LAYER_PARAMETER_VALIDATION"));

    ROW("urpeerLoaderConfigSetSimulation: NULL config", UR_ERR(INVALID_NULL_HANDLE),
        urpeerLoaderConfigSetSimulation(NULL, "pair"));
    ROW("urpeerLoaderConfigSetSimulation: config of no kind", UR_ERR(INVALID_ARGUMENT),
        urpeerLoaderConfigSetSimulation(bogus, "pair"));
    ROW("urpeerLoaderConfigSetSimulation: NULL spec (off)", OK,
        urpeerLoaderConfigSetSimulation(cfg, NULL));
    ROW("urpeerLoaderConfigSetAdapters: NULL config", UR_ERR(INVALID_NULL_HANDLE),
        urpeerLoaderConfigSetAdapters(NULL, "sim"));
    ROW("urpeerLoaderConfigSetAdapters: NULL config, unknown adapter", UR_ERR(INVALID_NULL_HANDLE),
        urpeerLoaderConfigSetAdapters(NULL, "nope"));
    ROW("urpeerLoaderConfigSetAdapters: config of no kind", UR_ERR(INVALID_ARGUMENT),
        urpeerLoaderConfigSetAdapters(bogus, "sim"));
    ROW("urpeerLoaderConfigSetAdapters: unknown adapter", UR_ERR(INVALID_VALUE),
        urpeerLoaderConfigSetAdapters(cfg, "nope"));
    ROW("urpeerLoaderConfigSetAdapters: one unknown in a list", UR_ERR(INVALID_VALUE),
        urpeerLoaderConfigSetAdapters(cfg, "sim,nope"));
    ROW("urpeerLoaderConfigSetAdapters: NULL list (all)", OK,
        urpeerLoaderConfigSetAdapters(cfg, NULL));

    /* urLoaderInit: flags mask first, then the config handle; none of these initialises. */
    ROW("urLoaderInit: flag bit 5", UR_ERR(INVALID_ENUMERATION), urLoaderInit(1u << 5, NULL));
    ROW("urLoaderInit: every flag bit", UR_ERR(INVALID_ENUMERATION),
        urLoaderInit(0xffffffffu, NULL));
    ROW("urLoaderInit: bad flags and a config of no kind", UR_ERR(INVALID_ENUMERATION),
        urLoaderInit(UR_DEVICE_INIT_FLAGS_MASK, bogus));
    ROW("urLoaderInit: config of no kind", UR_ERR(INVALID_ARGUMENT), urLoaderInit(0, bogus));
    const char *chosen = getenv("URPEER_TEST_ADAPTER");
    if (chosen == NULL || *chosen == '\0' || strcmp(chosen, "sim") == 0) {
        REQUIRE_UR(OK, urpeerLoaderConfigSetAdapters(cfg, "sim"));
        REQUIRE_UR(OK, urpeerLoaderConfigSetSimulation(cfg, "/nonexistent/urpeer-topology"));
        ROW("urLoaderInit: simulated node that does not parse", UR_ERR(INVALID_VALUE),
            urLoaderInit(0, cfg));
    }
    ROW_OUT("still not initialised", UR_ERR(UNINITIALIZED), n, SENT(uint32_t),
            urAdapterGet(0, NULL, &n));
    ROW("urLoaderTearDown: not initialised", UR_ERR(UNINITIALIZED), urLoaderTearDown());
    ROW("urLoaderConfigRelease: last reference", OK, urLoaderConfigRelease(cfg));
}

/* ---- After urLoaderInit --------------------------------------------------------------------- */

static ur_device_handle_t d0, d1;
static ur_context_handle_t ctx, ctx0; /* ctx: d0 and d1; ctx0: d0 only */
static ur_queue_handle_t q, qp;       /* q on d0; qp on d0 with profiling */
static void *dA, *dB, *hA;            /* 4096 bytes each: device d0, device d1, host */
static ur_event_handle_t ev, evp;     /* completed: a copy on q, a fill on qp */
#define ALLOC 4096

static void setup_objects(void)
{
    d0 = env.dev[0];
    d1 = env.dev[env.ndev > 1 ? 1 : 0];
    ur_device_handle_t both[2] = {d0, d1};
    REQUIRE_UR(OK, urContextCreate(env.ndev > 1 ? 2 : 1, both, NULL, &ctx));
    REQUIRE_UR(OK, urContextCreate(1, &d0, NULL, &ctx0));
    REQUIRE_UR(OK, urQueueCreate(ctx, d0, NULL, &q));
    ur_queue_properties_t prof = {UR_STRUCTURE_TYPE_QUEUE_PROPERTIES, NULL,
                                  UR_QUEUE_FLAG_PROFILING_ENABLE};
    REQUIRE_UR(OK, urQueueCreate(ctx, d0, &prof, &qp));
    REQUIRE_UR(OK, urUSMDeviceAlloc(ctx, d0, NULL, NULL, ALLOC, &dA));
    REQUIRE_UR(OK, urUSMDeviceAlloc(ctx, d1, NULL, NULL, ALLOC, &dB));
    REQUIRE_UR(OK, urUSMHostAlloc(ctx, NULL, NULL, ALLOC, &hA));
    const uint32_t pattern = 0x01020304u;
    REQUIRE_UR(OK, urEnqueueUSMFill(q, dA, sizeof(pattern), &pattern, ALLOC, 0, NULL, NULL));

    /* A blocking copy with an event returns the event already complete. */
    ROW("urEnqueueUSMMemcpy: blocking, with an event", OK,
        urEnqueueUSMMemcpy(q, true, dB, dA, ALLOC, 0, NULL, &ev));
    ur_event_status_t st = UR_EVENT_STATUS_ERROR;
    ROW("urEventGetInfo: status of a blocking copy's event", OK,
        urEventGetInfo(ev, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL));
    CHECK(st == UR_EVENT_STATUS_COMPLETE);

    REQUIRE_UR(OK, urEnqueueUSMFill(qp, dA, sizeof(pattern), &pattern, ALLOC, 0, NULL, &evp));
    REQUIRE_UR(OK, urEventWait(1, &evp));
}

static void teardown_objects(void)
{
    REQUIRE_UR(OK, urQueueFinish(q));
    REQUIRE_UR(OK, urQueueFinish(qp));
    REQUIRE_UR(OK, urEventRelease(ev));
    REQUIRE_UR(OK, urEventRelease(evp));
    REQUIRE_UR(OK, urUSMFree(ctx, dA));
    REQUIRE_UR(OK, urUSMFree(ctx, dB));
    REQUIRE_UR(OK, urUSMFree(ctx, hA));
    REQUIRE_UR(OK, urQueueRelease(q));
    REQUIRE_UR(OK, urQueueRelease(qp));
    REQUIRE_UR(OK, urContextRelease(ctx));
    REQUIRE_UR(OK, urContextRelease(ctx0));
    urpeer_object_counts_t c;
    REQUIRE_UR(OK, urpeerGetObjectCounts(&c));
    CHECK(c.contexts == 0 && c.queues == 0 && c.events == 0 && c.usmAllocations == 0 &&
          c.enabledPeerPairs == 0 && c.adapterReferences == 1);
}

static void test_adapter(void)
{
    const ur_adapter_handle_t a = env.adapter, bogus = BOGUS(ur_adapter_handle_t);
    const ur_adapter_handle_t wrong = (ur_adapter_handle_t)(void *)env.platform;
    ur_adapter_handle_t arr[2];
    uint32_t n;

    arr[1] = SENT(ur_adapter_handle_t);
    ROW_OUT("urAdapterGet: NumEntries 0 with an array", UR_ERR(INVALID_SIZE), arr[0],
            SENT(ur_adapter_handle_t), urAdapterGet(0, arr, &n));
    ROW_OUT("urAdapterGet: NumEntries 0 with an array, count untouched", UR_ERR(INVALID_SIZE), n,
            SENT(uint32_t), urAdapterGet(0, arr, &n));
    CHECK(arr[1] == SENT(ur_adapter_handle_t));
    ROW("urAdapterGet: both outputs NULL (not an error)", OK, urAdapterGet(0, NULL, NULL));
    ROW("urAdapterGet: count only", OK, urAdapterGet(0, NULL, &n));
    CHECK(n == 1);
    ROW("urAdapterGet: one entry", OK, urAdapterGet(1, arr, NULL));
    CHECK(arr[0] == a && arr[1] == SENT(ur_adapter_handle_t));
    ROW("urAdapterRelease: the reference just taken", OK, urAdapterRelease(arr[0]));

    ROW("urAdapterRetain: NULL", UR_ERR(INVALID_NULL_HANDLE), urAdapterRetain(NULL));
    ROW("urAdapterRetain: no kind", UR_ERR(INVALID_ARGUMENT), urAdapterRetain(bogus));
    ROW("urAdapterRetain: a platform", UR_ERR(INVALID_ARGUMENT), urAdapterRetain(wrong));
    ROW("urAdapterRelease: NULL", UR_ERR(INVALID_NULL_HANDLE), urAdapterRelease(NULL));
    ROW("urAdapterRelease: no kind", UR_ERR(INVALID_ARGUMENT), urAdapterRelease(bogus));
    ROW("urAdapterRelease: a platform", UR_ERR(INVALID_ARGUMENT), urAdapterRelease(wrong));
    ROW("urAdapterRetain", OK, urAdapterRetain(a));
    ROW("urAdapterRelease", OK, urAdapterRelease(a));

    const char *msg;
    int32_t code = 0x5e5e;
    ROW_OUT("urAdapterGetLastError: everything NULL", UR_ERR(INVALID_NULL_POINTER), msg,
            SENT(const char *), urAdapterGetLastError(NULL, NULL, NULL));
    ROW_OUT("urAdapterGetLastError: NULL handle and NULL message", UR_ERR(INVALID_NULL_POINTER),
            code, 0x5e5e, urAdapterGetLastError(NULL, NULL, &code));
    ROW_OUT("urAdapterGetLastError: NULL message", UR_ERR(INVALID_NULL_POINTER), code, 0x5e5e,
            urAdapterGetLastError(a, NULL, &code));
    ROW_OUT("urAdapterGetLastError: NULL error", UR_ERR(INVALID_NULL_POINTER), msg,
            SENT(const char *), urAdapterGetLastError(a, &msg, NULL));
    ROW_OUT("urAdapterGetLastError: NULL handle", UR_ERR(INVALID_NULL_HANDLE), msg,
            SENT(const char *), urAdapterGetLastError(NULL, &msg, &code));
    ROW_OUT("urAdapterGetLastError: no kind", UR_ERR(INVALID_ARGUMENT), msg, SENT(const char *),
            urAdapterGetLastError(bogus, &msg, &code));
    ROW_OUT("urAdapterGetLastError: a platform", UR_ERR(INVALID_ARGUMENT), msg, SENT(const char *),
            urAdapterGetLastError(wrong, &msg, &code));
    ROW("urAdapterGetLastError", OK, urAdapterGetLastError(a, &msg, &code));
    CHECK(msg != NULL);

    static const struct etor etors[] = {
        FIX(UR_ADAPTER_INFO_BACKEND, ur_backend_t),
        FIX(UR_ADAPTER_INFO_REFERENCE_COUNT, uint32_t),
        FIX(UR_ADAPTER_INFO_VERSION, uint32_t),
    };
    const struct info_fn f = {"urAdapterGetInfo",
                              call_adapter,
                              a,
                              NULL,
                              (void *)wrong,
                              UR_ERR(INVALID_ARGUMENT),
                              etors,
                              3,
                              0,
                              UR_ADAPTER_INFO_VERSION,
                              RULES_STANDARD};
    info_matrix(&f);
    uint32_t version = 0;
    ROW("urAdapterGetInfo(VERSION)", OK,
        urAdapterGetInfo(a, UR_ADAPTER_INFO_VERSION, sizeof(version), &version, NULL));
    CHECK(version >= 1);

    /* urpeerAdapterGetName: NULL handle, NULL pointer, then the kind. */
    ROW_OUT("urpeerAdapterGetName: both NULL", UR_ERR(INVALID_NULL_HANDLE), msg, SENT(const char *),
            urpeerAdapterGetName(NULL, NULL));
    ROW_OUT("urpeerAdapterGetName: NULL handle", UR_ERR(INVALID_NULL_HANDLE), msg,
            SENT(const char *), urpeerAdapterGetName(NULL, &msg));
    ROW("urpeerAdapterGetName: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urpeerAdapterGetName(a, NULL));
    ROW("urpeerAdapterGetName: no kind, NULL output", UR_ERR(INVALID_NULL_POINTER),
        urpeerAdapterGetName(bogus, NULL));
    ROW_OUT("urpeerAdapterGetName: no kind", UR_ERR(INVALID_ARGUMENT), msg, SENT(const char *),
            urpeerAdapterGetName(bogus, &msg));
    ROW_OUT("urpeerAdapterGetName: a platform", UR_ERR(INVALID_ARGUMENT), msg, SENT(const char *),
            urpeerAdapterGetName(wrong, &msg));
    ROW("urpeerAdapterGetName", OK, urpeerAdapterGetName(a, &msg));
    CHECK(strcmp(msg, env.adapter_name) == 0);

    ROW("urpeerGetObjectCounts: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urpeerGetObjectCounts(NULL));
}

static void test_sim_controls(void)
{
    const ur_adapter_handle_t a = env.adapter, bogus = BOGUS(ur_adapter_handle_t);
    urpeer_sim_stats_t s;
    if (!env.is_sim)
        return;

    /* NULL handle, NULL pointer, then the handle's kind, then the values. */
    ROW("urpeerSimGetStats: both NULL", UR_ERR(INVALID_NULL_HANDLE), urpeerSimGetStats(NULL, NULL));
    ROW("urpeerSimGetStats: NULL handle", UR_ERR(INVALID_NULL_HANDLE), urpeerSimGetStats(NULL, &s));
    ROW("urpeerSimGetStats: NULL output", UR_ERR(INVALID_NULL_POINTER), urpeerSimGetStats(a, NULL));
    ROW("urpeerSimGetStats: no kind, NULL output", UR_ERR(INVALID_NULL_POINTER),
        urpeerSimGetStats(bogus, NULL));
    ROW("urpeerSimGetStats: no kind", UR_ERR(INVALID_ARGUMENT), urpeerSimGetStats(bogus, &s));
    ROW("urpeerSimGetStats", OK, urpeerSimGetStats(a, &s));
    ROW("urpeerSimResetStats: NULL", UR_ERR(INVALID_NULL_HANDLE), urpeerSimResetStats(NULL));
    ROW("urpeerSimResetStats: no kind", UR_ERR(INVALID_ARGUMENT), urpeerSimResetStats(bogus));
    ROW("urpeerSimResetStats", OK, urpeerSimResetStats(a));
    ROW("urpeerSimInjectFault: everything wrong", UR_ERR(INVALID_NULL_HANDLE),
        urpeerSimInjectFault(NULL, NULL, 0, 0));
    ROW("urpeerSimInjectFault: NULL handle", UR_ERR(INVALID_NULL_HANDLE),
        urpeerSimInjectFault(NULL, "copy", 1, 0));
    ROW("urpeerSimInjectFault: NULL operation", UR_ERR(INVALID_NULL_POINTER),
        urpeerSimInjectFault(a, NULL, 1, 0));
    ROW("urpeerSimInjectFault: NULL operation, nth 0", UR_ERR(INVALID_NULL_POINTER),
        urpeerSimInjectFault(a, NULL, 0, 0));
    ROW("urpeerSimInjectFault: no kind, NULL operation", UR_ERR(INVALID_NULL_POINTER),
        urpeerSimInjectFault(bogus, NULL, 1, 0));
    ROW("urpeerSimInjectFault: no kind", UR_ERR(INVALID_ARGUMENT),
        urpeerSimInjectFault(bogus, "copy", 1, 0));
    ROW("urpeerSimInjectFault: nth 0", UR_ERR(INVALID_VALUE),
        urpeerSimInjectFault(a, "copy", 0, 0));
    ROW("urpeerSimInjectFault: unknown operation", UR_ERR(INVALID_VALUE),
        urpeerSimInjectFault(a, "no_such_operation", 1, 0));
    ROW("urpeerSimInjectFault: empty operation", UR_ERR(INVALID_VALUE),
        urpeerSimInjectFault(a, "", 1, 0));
}

static void test_platform(void)
{
    const ur_adapter_handle_t a = env.adapter;
    const ur_platform_handle_t p = env.platform, bogus = BOGUS(ur_platform_handle_t);
    const ur_platform_handle_t wrong = (ur_platform_handle_t)(void *)d0;
    ur_platform_handle_t arr[2];
    uint32_t n;

    /* urPlatformGet: NULL_HANDLE, then SIZE, then VALUE. */
    ROW_OUT("urPlatformGet: everything wrong", UR_ERR(INVALID_NULL_HANDLE), arr[0],
            SENT(ur_platform_handle_t), urPlatformGet(NULL, 0, arr, NULL));
    ROW_OUT("urPlatformGet: NULL adapter, both outputs NULL", UR_ERR(INVALID_NULL_HANDLE), n,
            SENT(uint32_t), urPlatformGet(NULL, 0, NULL, NULL));
    ROW_OUT("urPlatformGet: NULL adapter", UR_ERR(INVALID_NULL_HANDLE), n, SENT(uint32_t),
            urPlatformGet(NULL, 1, arr, &n));
    ROW_OUT("urPlatformGet: NumEntries 0 with an array", UR_ERR(INVALID_SIZE), n, SENT(uint32_t),
            urPlatformGet(a, 0, arr, &n));
    ROW_OUT("urPlatformGet: NumEntries 0 with an array, no count", UR_ERR(INVALID_SIZE), arr[0],
            SENT(ur_platform_handle_t), urPlatformGet(a, 0, arr, NULL));
    ROW("urPlatformGet: both outputs NULL", UR_ERR(INVALID_VALUE), urPlatformGet(a, 0, NULL, NULL));
    ROW("urPlatformGet: both outputs NULL, NumEntries 1", UR_ERR(INVALID_VALUE),
        urPlatformGet(a, 1, NULL, NULL));
    ROW("urPlatformGet: adapter of no kind, bad size", UR_ERR(INVALID_SIZE),
        urPlatformGet(BOGUS(ur_adapter_handle_t), 0, arr, &n));
    ROW_OUT("urPlatformGet: adapter of no kind", UR_ERR(INVALID_ARGUMENT), n, SENT(uint32_t),
            urPlatformGet(BOGUS(ur_adapter_handle_t), 1, arr, &n));
    ROW_OUT("urPlatformGet: a device as adapter", UR_ERR(INVALID_ARGUMENT), n, SENT(uint32_t),
            urPlatformGet((ur_adapter_handle_t)(void *)d0, 1, arr, &n));
    ROW("urPlatformGet: count only", OK, urPlatformGet(a, 0, NULL, &n));
    CHECK(n >= 1);
    arr[1] = SENT(ur_platform_handle_t);
    ROW("urPlatformGet: one entry", OK, urPlatformGet(a, 1, arr, NULL));
    CHECK(arr[0] == p && (n > 1 || arr[1] == SENT(ur_platform_handle_t)));

    ur_api_version_t ver;
    ROW_OUT("urPlatformGetApiVersion: both NULL", UR_ERR(INVALID_NULL_POINTER), ver,
            SENT(ur_api_version_t), urPlatformGetApiVersion(NULL, NULL));
    ROW("urPlatformGetApiVersion: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urPlatformGetApiVersion(p, NULL));
    ROW_OUT("urPlatformGetApiVersion: NULL platform", UR_ERR(INVALID_NULL_HANDLE), ver,
            SENT(ur_api_version_t), urPlatformGetApiVersion(NULL, &ver));
    ROW_OUT("urPlatformGetApiVersion: no kind", UR_ERR(INVALID_PLATFORM), ver,
            SENT(ur_api_version_t), urPlatformGetApiVersion(bogus, &ver));
    ROW_OUT("urPlatformGetApiVersion: a device", UR_ERR(INVALID_PLATFORM), ver,
            SENT(ur_api_version_t), urPlatformGetApiVersion(wrong, &ver));
    ROW("urPlatformGetApiVersion", OK, urPlatformGetApiVersion(p, &ver));
    CHECK(ver == UR_API_VERSION_CURRENT);

    ur_native_handle_t nh;
    ROW_OUT("urPlatformGetNativeHandle: both NULL", UR_ERR(INVALID_NULL_POINTER), nh,
            SENT(ur_native_handle_t), urPlatformGetNativeHandle(NULL, NULL));
    ROW("urPlatformGetNativeHandle: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urPlatformGetNativeHandle(p, NULL));
    ROW_OUT("urPlatformGetNativeHandle: NULL platform", UR_ERR(INVALID_NULL_HANDLE), nh,
            SENT(ur_native_handle_t), urPlatformGetNativeHandle(NULL, &nh));
    ROW_OUT("urPlatformGetNativeHandle: no kind", UR_ERR(INVALID_PLATFORM), nh,
            SENT(ur_native_handle_t), urPlatformGetNativeHandle(bogus, &nh));
    ROW_OUT("urPlatformGetNativeHandle: a device", UR_ERR(INVALID_PLATFORM), nh,
            SENT(ur_native_handle_t), urPlatformGetNativeHandle(wrong, &nh));
    if (env.is_sim)
        ROW_OUT("urPlatformGetNativeHandle: no native platform", UR_ERR(UNSUPPORTED_FEATURE), nh,
                SENT(ur_native_handle_t), urPlatformGetNativeHandle(p, &nh));

    static const struct etor etors[] = {
        FIX(UR_PLATFORM_INFO_BACKEND, ur_backend_t),
        STR(UR_PLATFORM_INFO_NAME),
        STR(UR_PLATFORM_INFO_VENDOR_NAME),
        STR(UR_PLATFORM_INFO_VERSION),
        STR(UR_PLATFORM_INFO_EXTENSIONS),
        STR(UR_PLATFORM_INFO_PROFILE),
        FIX(UR_PLATFORM_INFO_ADAPTER, ur_adapter_handle_t),
    };
    const struct info_fn f = {"urPlatformGetInfo",
                              call_platform,
                              p,
                              NULL,
                              (void *)wrong,
                              UR_ERR(INVALID_PLATFORM),
                              etors,
                              7,
                              0,
                              UR_PLATFORM_INFO_ADAPTER,
                              RULES_STANDARD};
    info_matrix(&f);
    size_t r;
    ROW_OUT("urPlatformGetInfo: propName 0 (values start at 1)", UR_ERR(INVALID_ENUMERATION), r,
            SENT(size_t), urPlatformGetInfo(p, (ur_platform_info_t)0, 0, NULL, &r));
    ur_adapter_handle_t owner = NULL;
    ROW("urPlatformGetInfo(ADAPTER)", OK,
        urPlatformGetInfo(p, UR_PLATFORM_INFO_ADAPTER, sizeof(owner), &owner, NULL));
    CHECK(owner == a);

    /* urPlatformGetBackendOption: NULL_POINTER (both), NULL_HANDLE, the platform, VALUE. */
    const char *opt;
    ROW_OUT("urPlatformGetBackendOption: everything NULL", UR_ERR(INVALID_NULL_POINTER), opt,
            SENT(const char *), urPlatformGetBackendOption(NULL, NULL, &opt));
    ROW("urPlatformGetBackendOption: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urPlatformGetBackendOption(p, "-O0", NULL));
    ROW_OUT("urPlatformGetBackendOption: NULL platform", UR_ERR(INVALID_NULL_HANDLE), opt,
            SENT(const char *), urPlatformGetBackendOption(NULL, "-O0", &opt));
    ROW_OUT("urPlatformGetBackendOption: no kind", UR_ERR(INVALID_PLATFORM), opt,
            SENT(const char *), urPlatformGetBackendOption(bogus, "-O0", &opt));
    ROW_OUT("urPlatformGetBackendOption: a device", UR_ERR(INVALID_PLATFORM), opt,
            SENT(const char *), urPlatformGetBackendOption(wrong, "-O0", &opt));
    ROW_OUT("urPlatformGetBackendOption: unknown option", UR_ERR(INVALID_VALUE), opt,
            SENT(const char *), urPlatformGetBackendOption(p, "-O4", &opt));
    static const char *const levels[] = {"", "-O0", "-O1", "-O2", "-O3"};
    for (size_t i = 0; i < sizeof(levels) / sizeof(levels[0]); i++) {
        opt = NULL;
        ROW("urPlatformGetBackendOption: a level", OK,
            urPlatformGetBackendOption(p, levels[i], &opt));
        CHECK(opt != NULL);
        if (env.is_sim && opt != NULL)
            CHECK(strcmp(opt, levels[i]) == 0);
    }

    /* urPlatformCreateWithNativeHandle: the discovered platform back, or INVALID_OPERATION. */
    ur_platform_handle_t got;
    ROW_OUT("urPlatformCreateWithNativeHandle: everything NULL", UR_ERR(INVALID_NULL_POINTER), got,
            SENT(ur_platform_handle_t), urPlatformCreateWithNativeHandle(0, NULL, NULL, NULL));
    ROW_OUT("urPlatformCreateWithNativeHandle: NULL adapter", UR_ERR(INVALID_NULL_HANDLE), got,
            SENT(ur_platform_handle_t), urPlatformCreateWithNativeHandle(0, NULL, NULL, &got));
    ROW_OUT("urPlatformCreateWithNativeHandle: a platform as adapter", UR_ERR(INVALID_ARGUMENT),
            got, SENT(ur_platform_handle_t),
            urPlatformCreateWithNativeHandle(0, (ur_adapter_handle_t)(void *)p, NULL, &got));
    if (urPlatformGetNativeHandle(p, &nh) == UR_RESULT_SUCCESS) {
        ROW("urPlatformCreateWithNativeHandle", OK,
            urPlatformCreateWithNativeHandle(nh, a, NULL, &got));
        CHECK(got == p);
    } else {
        ROW_OUT("urPlatformCreateWithNativeHandle: no native platform", UR_ERR(INVALID_OPERATION),
                got, SENT(ur_platform_handle_t),
                urPlatformCreateWithNativeHandle(0, a, NULL, &got));
    }
}

static void test_device(void)
{
    const ur_platform_handle_t p = env.platform;
    const ur_device_handle_t bogus = BOGUS(ur_device_handle_t);
    const ur_device_handle_t wrong = (ur_device_handle_t)(void *)ctx;
    ur_device_handle_t arr[2];
    uint32_t n;

    /* urDeviceGet: NULL_POINTER, NULL_HANDLE, ENUMERATION, SIZE. */
    ROW_OUT("urDeviceGet: NumEntries without an array, NULL platform", UR_ERR(INVALID_NULL_POINTER),
            n, SENT(uint32_t), urDeviceGet(NULL, UR_DEVICE_TYPE_FORCE_UINT32, 1, NULL, &n));
    ROW_OUT("urDeviceGet: NumEntries without an array", UR_ERR(INVALID_NULL_POINTER), n,
            SENT(uint32_t), urDeviceGet(p, UR_DEVICE_TYPE_ALL, 1, NULL, &n));
    ROW("urDeviceGet: NumEntries without an array, no count", UR_ERR(INVALID_NULL_POINTER),
        urDeviceGet(p, UR_DEVICE_TYPE_ALL, 1, NULL, NULL));
    ROW_OUT("urDeviceGet: NULL platform", UR_ERR(INVALID_NULL_HANDLE), n, SENT(uint32_t),
            urDeviceGet(NULL, UR_DEVICE_TYPE_ALL, 0, NULL, &n));
    ROW_OUT("urDeviceGet: NULL platform, bad type, bad size", UR_ERR(INVALID_NULL_HANDLE), arr[0],
            SENT(ur_device_handle_t), urDeviceGet(NULL, UR_DEVICE_TYPE_FORCE_UINT32, 0, arr, &n));
    ROW_OUT("urDeviceGet: type CUSTOM+1", UR_ERR(INVALID_ENUMERATION), arr[0],
            SENT(ur_device_handle_t),
            urDeviceGet(p, (ur_device_type_t)(UR_DEVICE_TYPE_CUSTOM + 1), 1, arr, &n));
    ROW_OUT("urDeviceGet: type FORCE_UINT32, bad size", UR_ERR(INVALID_ENUMERATION), n,
            SENT(uint32_t), urDeviceGet(p, UR_DEVICE_TYPE_FORCE_UINT32, 0, arr, &n));
    ROW_OUT("urDeviceGet: type 0 (values start at 1)", UR_ERR(INVALID_ENUMERATION), n,
            SENT(uint32_t), urDeviceGet(p, (ur_device_type_t)0, 1, arr, &n));
    ROW_OUT("urDeviceGet: NumEntries 0 with an array", UR_ERR(INVALID_SIZE), arr[0],
            SENT(ur_device_handle_t), urDeviceGet(p, UR_DEVICE_TYPE_ALL, 0, arr, &n));
    ROW_OUT("urDeviceGet: platform of no kind", UR_ERR(INVALID_PLATFORM), n, SENT(uint32_t),
            urDeviceGet(BOGUS(ur_platform_handle_t), UR_DEVICE_TYPE_ALL, 1, arr, &n));
    ROW_OUT("urDeviceGet: a device as platform", UR_ERR(INVALID_PLATFORM), n, SENT(uint32_t),
            urDeviceGet((ur_platform_handle_t)(void *)d0, UR_DEVICE_TYPE_ALL, 1, arr, &n));
    ROW("urDeviceGet: count of GPUs", OK, urDeviceGet(p, UR_DEVICE_TYPE_GPU, 0, NULL, &n));
    if (env.is_sim)
        CHECK(n == env.ndev);
    ROW("urDeviceGet: count of DEFAULT", OK, urDeviceGet(p, UR_DEVICE_TYPE_DEFAULT, 0, NULL, &n));
    CHECK(n >= 1);
    arr[1] = SENT(ur_device_handle_t);
    ROW("urDeviceGet: one entry", OK, urDeviceGet(p, UR_DEVICE_TYPE_ALL, 1, arr, NULL));
    CHECK(arr[0] == d0 && arr[1] == SENT(ur_device_handle_t));

    ROW("urDeviceRetain: NULL", UR_ERR(INVALID_NULL_HANDLE), urDeviceRetain(NULL));
    ROW("urDeviceRetain: no kind", UR_ERR(INVALID_DEVICE), urDeviceRetain(bogus));
    ROW("urDeviceRetain: a context", UR_ERR(INVALID_DEVICE), urDeviceRetain(wrong));
    ROW("urDeviceRetain", OK, urDeviceRetain(d0));
    ROW("urDeviceRelease: NULL", UR_ERR(INVALID_NULL_HANDLE), urDeviceRelease(NULL));
    ROW("urDeviceRelease: no kind", UR_ERR(INVALID_DEVICE), urDeviceRelease(bogus));
    ROW("urDeviceRelease: a context", UR_ERR(INVALID_DEVICE), urDeviceRelease(wrong));
    ROW("urDeviceRelease", OK, urDeviceRelease(d0));

    ur_native_handle_t nh;
    ROW_OUT("urDeviceGetNativeHandle: both NULL", UR_ERR(INVALID_NULL_POINTER), nh,
            SENT(ur_native_handle_t), urDeviceGetNativeHandle(NULL, NULL));
    ROW("urDeviceGetNativeHandle: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urDeviceGetNativeHandle(d0, NULL));
    ROW_OUT("urDeviceGetNativeHandle: NULL device", UR_ERR(INVALID_NULL_HANDLE), nh,
            SENT(ur_native_handle_t), urDeviceGetNativeHandle(NULL, &nh));
    ROW_OUT("urDeviceGetNativeHandle: no kind", UR_ERR(INVALID_DEVICE), nh,
            SENT(ur_native_handle_t), urDeviceGetNativeHandle(bogus, &nh));
    ROW_OUT("urDeviceGetNativeHandle: a context", UR_ERR(INVALID_DEVICE), nh,
            SENT(ur_native_handle_t), urDeviceGetNativeHandle(wrong, &nh));
    ROW("urDeviceGetNativeHandle", OK, urDeviceGetNativeHandle(d0, &nh));

    /* urDeviceCreateWithNativeHandle: the discovered device back. */
    ur_device_handle_t dv;
    ROW_OUT("urDeviceCreateWithNativeHandle: everything NULL", UR_ERR(INVALID_NULL_POINTER), dv,
            SENT(ur_device_handle_t), urDeviceCreateWithNativeHandle(nh, NULL, NULL, NULL));
    ROW_OUT("urDeviceCreateWithNativeHandle: NULL adapter", UR_ERR(INVALID_NULL_HANDLE), dv,
            SENT(ur_device_handle_t), urDeviceCreateWithNativeHandle(nh, NULL, NULL, &dv));
    ROW_OUT("urDeviceCreateWithNativeHandle: a device as adapter", UR_ERR(INVALID_ARGUMENT), dv,
            SENT(ur_device_handle_t),
            urDeviceCreateWithNativeHandle(nh, (ur_adapter_handle_t)(void *)d0, NULL, &dv));
    ROW("urDeviceCreateWithNativeHandle", OK,
        urDeviceCreateWithNativeHandle(nh, env.adapter, NULL, &dv));
    CHECK(dv == d0);
    for (uint32_t i = 1; i < env.ndev; i++) {
        ur_native_handle_t other;
        ROW("urDeviceGetNativeHandle: another device", OK,
            urDeviceGetNativeHandle(env.dev[i], &other));
        ROW("urDeviceCreateWithNativeHandle: another device", OK,
            urDeviceCreateWithNativeHandle(other, env.adapter, NULL, &dv));
        CHECK(dv == env.dev[i]);
    }
    if (env.is_sim)
        ROW_OUT("urDeviceCreateWithNativeHandle: no such device", UR_ERR(INVALID_OPERATION), dv,
                SENT(ur_device_handle_t),
                urDeviceCreateWithNativeHandle((ur_native_handle_t)999, env.adapter, NULL, &dv));

    /* urDeviceGetGlobalTimestamps: the device, then both outputs optional. */
    uint64_t dev_ts, host_ts, host_only;
    ROW_OUT("urDeviceGetGlobalTimestamps: NULL device", UR_ERR(INVALID_NULL_HANDLE), host_ts,
            SENT(uint64_t), urDeviceGetGlobalTimestamps(NULL, &dev_ts, &host_ts));
    ROW_OUT("urDeviceGetGlobalTimestamps: a context", UR_ERR(INVALID_DEVICE), host_ts,
            SENT(uint64_t), urDeviceGetGlobalTimestamps(wrong, &dev_ts, &host_ts));
    ROW("urDeviceGetGlobalTimestamps: no outputs", OK, urDeviceGetGlobalTimestamps(d0, NULL, NULL));
    ROW("urDeviceGetGlobalTimestamps: host only", OK,
        urDeviceGetGlobalTimestamps(d0, NULL, &host_only));
    if (env.is_sim) {
        ROW("urDeviceGetGlobalTimestamps", OK, urDeviceGetGlobalTimestamps(d0, &dev_ts, &host_ts));
        /* One clock on the simulated node: the device time is read first. */
        CHECK(dev_ts != 0 && host_ts >= dev_ts && host_ts >= host_only);
    }

    /* urDevicePartition: NULL_POINTER (properties, their array), the device, then unsupported
     * (root devices only). */
    ur_device_partition_property_t part = {UR_DEVICE_PARTITION_EQUALLY, {.equally = 1}};
    ur_device_partition_properties_t parts = {UR_STRUCTURE_TYPE_DEVICE_PARTITION_PROPERTIES, NULL,
                                              &part, 1};
    ur_device_partition_properties_t no_array = {UR_STRUCTURE_TYPE_DEVICE_PARTITION_PROPERTIES,
                                                 NULL, NULL, 1};
    uint32_t nsub;
    ROW_OUT("urDevicePartition: everything NULL", UR_ERR(INVALID_NULL_POINTER), nsub,
            SENT(uint32_t), urDevicePartition(NULL, NULL, 1, &dv, &nsub));
    ROW_OUT("urDevicePartition: NULL property array", UR_ERR(INVALID_NULL_POINTER), nsub,
            SENT(uint32_t), urDevicePartition(d0, &no_array, 1, &dv, &nsub));
    ROW_OUT("urDevicePartition: NULL device", UR_ERR(INVALID_NULL_HANDLE), nsub, SENT(uint32_t),
            urDevicePartition(NULL, &parts, 1, &dv, &nsub));
    ROW_OUT("urDevicePartition: no kind", UR_ERR(INVALID_DEVICE), nsub, SENT(uint32_t),
            urDevicePartition(bogus, &parts, 1, &dv, &nsub));
    ROW_OUT("urDevicePartition: equally", UR_ERR(UNSUPPORTED_FEATURE), nsub, SENT(uint32_t),
            urDevicePartition(d0, &parts, 1, &dv, &nsub));

    /* urDeviceSelectBinary: NULL_POINTER (both), the device, SIZE, then the backend's target. */
    static const ur_device_binary_t bins[] = {
        {UR_STRUCTURE_TYPE_DEVICE_BINARY, NULL, UR_DEVICE_BINARY_TARGET_UNKNOWN},
        {UR_STRUCTURE_TYPE_DEVICE_BINARY, NULL, UR_DEVICE_BINARY_TARGET_SPIRV32},
        {UR_STRUCTURE_TYPE_DEVICE_BINARY, NULL, UR_DEVICE_BINARY_TARGET_SPIRV64},
        {UR_STRUCTURE_TYPE_DEVICE_BINARY, NULL, UR_DEVICE_BINARY_TARGET_SPIRV64_GEN},
        {UR_STRUCTURE_TYPE_DEVICE_BINARY, NULL, UR_DEVICE_BINARY_TARGET_NVPTX64},
        {UR_STRUCTURE_TYPE_DEVICE_BINARY, NULL, UR_DEVICE_BINARY_TARGET_AMDGCN}};
    uint32_t sel;
    ROW_OUT("urDeviceSelectBinary: everything NULL", UR_ERR(INVALID_NULL_POINTER), sel,
            SENT(uint32_t), urDeviceSelectBinary(NULL, NULL, 0, &sel));
    ROW("urDeviceSelectBinary: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urDeviceSelectBinary(d0, bins, 6, NULL));
    ROW_OUT("urDeviceSelectBinary: NULL device", UR_ERR(INVALID_NULL_HANDLE), sel, SENT(uint32_t),
            urDeviceSelectBinary(NULL, bins, 6, &sel));
    ROW_OUT("urDeviceSelectBinary: a context", UR_ERR(INVALID_DEVICE), sel, SENT(uint32_t),
            urDeviceSelectBinary(wrong, bins, 6, &sel));
    ROW_OUT("urDeviceSelectBinary: no binaries", UR_ERR(INVALID_SIZE), sel, SENT(uint32_t),
            urDeviceSelectBinary(d0, bins, 0, &sel));
    ROW_OUT("urDeviceSelectBinary: no binary for the device", UR_ERR(INVALID_BINARY), sel,
            SENT(uint32_t), urDeviceSelectBinary(d0, bins, 2, &sel));
    ROW("urDeviceSelectBinary", OK, urDeviceSelectBinary(d0, bins, 6, &sel));
    {
        ur_backend_t be = UR_BACKEND_UNKNOWN;
        ROW("urPlatformGetInfo(BACKEND)", OK,
            urPlatformGetInfo(env.platform, UR_PLATFORM_INFO_BACKEND, sizeof(be), &be, NULL));
        uint32_t want = be == UR_BACKEND_CUDA         ? 4
                        : be == UR_BACKEND_HIP        ? 5
                        : be == UR_BACKEND_LEVEL_ZERO ? 3
                                                      : 2;
        CHECK(sel == want);
        if (env.is_sim)
            CHECK(be == UR_BACKEND_OFFLOAD);
    }

    static const struct etor etors[] = {
        FIX(UR_DEVICE_INFO_TYPE, ur_device_type_t),
        FIX(UR_DEVICE_INFO_VENDOR_ID, uint32_t),
        FIX(UR_DEVICE_INFO_DEVICE_ID, uint32_t),
        FIX(UR_DEVICE_INFO_QUEUE_PROPERTIES, ur_queue_flags_t),
        FIX(UR_DEVICE_INFO_MAX_MEM_ALLOC_SIZE, uint64_t),
        FIX(UR_DEVICE_INFO_GLOBAL_MEM_SIZE, uint64_t),
        FIX(UR_DEVICE_INFO_GLOBAL_MEM_FREE, uint64_t),
        FIX(UR_DEVICE_INFO_PROFILING_TIMER_RESOLUTION, size_t),
        FIX(UR_DEVICE_INFO_AVAILABLE, ur_bool_t),
        FIX(UR_DEVICE_INFO_PLATFORM, ur_platform_handle_t),
        FIX(UR_DEVICE_INFO_REFERENCE_COUNT, uint32_t),
        STR(UR_DEVICE_INFO_NAME),
        STR(UR_DEVICE_INFO_VENDOR),
        STR(UR_DEVICE_INFO_DRIVER_VERSION),
        STR(UR_DEVICE_INFO_BACKEND_RUNTIME_VERSION),
        FIX(UR_DEVICE_INFO_USM_HOST_SUPPORT, ur_device_usm_access_capability_flags_t),
        FIX(UR_DEVICE_INFO_USM_DEVICE_SUPPORT, ur_device_usm_access_capability_flags_t),
        FIX(UR_DEVICE_INFO_USM_SINGLE_SHARED_SUPPORT, ur_device_usm_access_capability_flags_t),
        FIX(UR_DEVICE_INFO_USM_CROSS_SHARED_SUPPORT, ur_device_usm_access_capability_flags_t),
        FIX(UR_DEVICE_INFO_USM_SYSTEM_SHARED_SUPPORT, ur_device_usm_access_capability_flags_t),
        FIX(UR_DEVICE_INFO_UUID, uint8_t[16]),
        STR(UR_DEVICE_INFO_PCI_ADDRESS),
        FIX(UR_DEVICE_INFO_USM_POOL_SUPPORT, ur_bool_t),
        FIX(UR_DEVICE_INFO_USM_P2P_SUPPORT_EXP, ur_bool_t),
        FIX(UR_DEVICE_INFO_USM_CONTEXT_MEMCPY_SUPPORT_EXP, ur_bool_t),
        /* Queries every device answers (upstream does not mark them optional). */
        FIX(UR_DEVICE_INFO_MAX_WORK_ITEM_DIMENSIONS, uint32_t),
        FIX(UR_DEVICE_INFO_MAX_WORK_ITEM_SIZES, size_t[3]),
        FIX(UR_DEVICE_INFO_MAX_WORK_GROUPS_3D, size_t[3]),
        FIX(UR_DEVICE_INFO_MAX_WORK_GROUPS, size_t),
        FIX(UR_DEVICE_INFO_SINGLE_FP_CONFIG, ur_device_fp_capability_flags_t),
        FIX(UR_DEVICE_INFO_HALF_FP_CONFIG, ur_device_fp_capability_flags_t),
        FIX(UR_DEVICE_INFO_DOUBLE_FP_CONFIG, ur_device_fp_capability_flags_t),
        FIX(UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_INT, uint32_t),
        FIX(UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_DOUBLE, uint32_t),
        FIX(UR_DEVICE_INFO_IMAGE2D_MAX_WIDTH, size_t),
        FIX(UR_DEVICE_INFO_MAX_SAMPLERS, uint32_t),
        FIX(UR_DEVICE_INFO_MAX_PARAMETER_SIZE, size_t),
        FIX(UR_DEVICE_INFO_MEM_BASE_ADDR_ALIGN, uint32_t),
        FIX(UR_DEVICE_INFO_GLOBAL_MEM_CACHE_TYPE, ur_device_mem_cache_type_t),
        FIX(UR_DEVICE_INFO_GLOBAL_MEM_CACHELINE_SIZE, uint32_t),
        FIX(UR_DEVICE_INFO_GLOBAL_MEM_CACHE_SIZE, uint64_t),
        FIX(UR_DEVICE_INFO_MAX_CONSTANT_BUFFER_SIZE, uint64_t),
        FIX(UR_DEVICE_INFO_MAX_CONSTANT_ARGS, uint32_t),
        FIX(UR_DEVICE_INFO_LOCAL_MEM_TYPE, ur_device_local_mem_type_t),
        FIX(UR_DEVICE_INFO_ERROR_CORRECTION_SUPPORT, ur_bool_t),
        FIX(UR_DEVICE_INFO_HOST_UNIFIED_MEMORY, ur_bool_t),
        FIX(UR_DEVICE_INFO_EXECUTION_CAPABILITIES, ur_device_exec_capability_flags_t),
        STR(UR_DEVICE_INFO_PROFILE),
        STR(UR_DEVICE_INFO_VERSION),
        FIX(UR_DEVICE_INFO_PRINTF_BUFFER_SIZE, size_t),
        FIX(UR_DEVICE_INFO_MAX_NUM_SUB_GROUPS, uint32_t),
        FIX(UR_DEVICE_INFO_SUB_GROUP_INDEPENDENT_FORWARD_PROGRESS, ur_bool_t),
        {(uint32_t)UR_DEVICE_INFO_SUB_GROUP_SIZES_INTEL, "UR_DEVICE_INFO_SUB_GROUP_SIZES_INTEL",
         K_HANDLES, sizeof(uint32_t)},
        FIX(UR_DEVICE_INFO_ATOMIC_64, ur_bool_t),
        FIX(UR_DEVICE_INFO_ATOMIC_MEMORY_ORDER_CAPABILITIES, ur_memory_order_capability_flags_t),
        FIX(UR_DEVICE_INFO_ATOMIC_FENCE_SCOPE_CAPABILITIES, ur_memory_scope_capability_flags_t),
        FIX(UR_DEVICE_INFO_BFLOAT16_CONVERSIONS_NATIVE, ur_bool_t),
        FIX(UR_DEVICE_INFO_MAX_COMPUTE_QUEUE_INDICES, uint32_t),
        FIX(UR_DEVICE_INFO_KERNEL_LAUNCH_CAPABILITIES, uint32_t),
    };
    const struct info_fn f = {"urDeviceGetInfo",
                              call_device,
                              d0,
                              NULL,
                              (void *)wrong,
                              UR_ERR(INVALID_DEVICE),
                              etors,
                              sizeof(etors) / sizeof(etors[0]),
                              0,
                              UR_DEVICE_INFO_ENQUEUE_HOST_TASK_SUPPORT_EXP,
                              RULES_STANDARD};
    info_matrix(&f);
    size_t r;
    ROW_OUT("urDeviceGetInfo: a gap below the last value (0x4001)", UR_ERR(UNSUPPORTED_ENUMERATION),
            r, SENT(size_t), urDeviceGetInfo(d0, (ur_device_info_t)0x4001, 0, NULL, &r));

    /* Every value up to the last one: SUCCESS with a size, or UNSUPPORTED_ENUMERATION. */
    unsigned answered = 0, other = 0;
    for (uint32_t v = 0; v <= UR_DEVICE_INFO_ENQUEUE_HOST_TASK_SUPPORT_EXP; v++) {
        r = 0;
        ur_result_t res = urDeviceGetInfo(d0, (ur_device_info_t)v, 0, NULL, &r);
        /* Lists may be empty: a root device has no partitions. */
        bool list = v == UR_DEVICE_INFO_SUPPORTED_PARTITIONS || v == UR_DEVICE_INFO_PARTITION_TYPE;
        if (res == OK && (r > 0 || list))
            answered++;
        else if (res != UR_ERR(UNSUPPORTED_ENUMERATION)) {
            if (other++ < 5)
                fprintf(stderr, "urDeviceGetInfo(0x%x): %s, size %zu\n", (unsigned)v,
                        urpeerResultString(res), r);
        }
    }
    n_cases++;
    CHECK(other == 0);
    printf("urDeviceGetInfo: %u of the values 0..0x9000 answered\n", answered);
}

static void count_deleter(void *data)
{
    if (data != NULL)
        ++*(int *)data;
}

static void test_context(void)
{
    const ur_context_handle_t bogus = BOGUS(ur_context_handle_t);
    const ur_context_handle_t wrong = (ur_context_handle_t)(void *)d0;
    ur_device_handle_t one[1] = {d0}, with_null[2] = {d0, NULL}, nulls[1] = {NULL};
    ur_device_handle_t nokind[1] = {BOGUS(ur_device_handle_t)};
    ur_device_handle_t platform_as_device[1] = {(ur_device_handle_t)(void *)env.platform};
    ur_context_properties_t bad_flags = {UR_STRUCTURE_TYPE_CONTEXT_PROPERTIES, NULL, 1u << 1};
    ur_context_properties_t all_flags = {UR_STRUCTURE_TYPE_CONTEXT_PROPERTIES, NULL, 0xffffffffu};
    ur_context_properties_t tbd = {UR_STRUCTURE_TYPE_CONTEXT_PROPERTIES, NULL, UR_CONTEXT_FLAG_TBD};
    ur_context_handle_t c;
    const ur_context_handle_t S = SENT(ur_context_handle_t);
    size_t r0;

    /* NULL_POINTER (phDevices, phContext), ENUMERATION (flags), SIZE (DeviceCount 0),
     * NULL_HANDLE (an element), then the elements' kind. */
    ROW("urContextCreate: everything NULL", UR_ERR(INVALID_NULL_POINTER),
        urContextCreate(0, NULL, &all_flags, NULL));
    ROW("urContextCreate: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urContextCreate(1, one, NULL, NULL));
    ROW_OUT("urContextCreate: NULL device array", UR_ERR(INVALID_NULL_POINTER), c, S,
            urContextCreate(1, NULL, NULL, &c));
    ROW_OUT("urContextCreate: NULL device array, count 0", UR_ERR(INVALID_NULL_POINTER), c, S,
            urContextCreate(0, NULL, NULL, &c));
    ROW_OUT("urContextCreate: flag bit 1", UR_ERR(INVALID_ENUMERATION), c, S,
            urContextCreate(1, one, &bad_flags, &c));
    ROW_OUT("urContextCreate: every flag bit, count 0", UR_ERR(INVALID_ENUMERATION), c, S,
            urContextCreate(0, one, &all_flags, &c));
    ROW_OUT("urContextCreate: DeviceCount 0", UR_ERR(INVALID_SIZE), c, S,
            urContextCreate(0, one, NULL, &c));
    ROW_OUT("urContextCreate: a NULL element", UR_ERR(INVALID_NULL_HANDLE), c, S,
            urContextCreate(1, nulls, NULL, &c));
    ROW_OUT("urContextCreate: a NULL second element", UR_ERR(INVALID_NULL_HANDLE), c, S,
            urContextCreate(2, with_null, NULL, &c));
    ROW_OUT("urContextCreate: an element of no kind", UR_ERR(INVALID_DEVICE), c, S,
            urContextCreate(1, nokind, NULL, &c));
    ROW_OUT("urContextCreate: a platform as element", UR_ERR(INVALID_DEVICE), c, S,
            urContextCreate(1, platform_as_device, NULL, &c));
    ROW("urContextCreate: the defined flag", OK, urContextCreate(1, one, &tbd, &c));
    ROW("urContextRelease: that context", OK, urContextRelease(c));

    /* A context used after its last release (no context is created in between). */
    uint32_t nd;
    void *p;
    ur_queue_handle_t qs;
    ROW("urContextRetain: released", UR_ERR(INVALID_CONTEXT), urContextRetain(c));
    ROW("urContextRelease: released", UR_ERR(INVALID_CONTEXT), urContextRelease(c));
    ROW_OUT("urContextGetInfo: released", UR_ERR(INVALID_CONTEXT), nd, SENT(uint32_t),
            urContextGetInfo(c, UR_CONTEXT_INFO_NUM_DEVICES, sizeof(nd), &nd, NULL));
    ROW_OUT("urQueueCreate: released context", UR_ERR(INVALID_CONTEXT), qs, SENT(ur_queue_handle_t),
            urQueueCreate(c, d0, NULL, &qs));
    ROW_OUT("urUSMHostAlloc: released context", UR_ERR(INVALID_CONTEXT), p, SENT(void *),
            urUSMHostAlloc(c, NULL, NULL, 64, &p));
    ROW_OUT("urUSMDeviceAlloc: released context", UR_ERR(INVALID_CONTEXT), p, SENT(void *),
            urUSMDeviceAlloc(c, d0, NULL, NULL, 64, &p));
    ROW("urUSMFree: released context", UR_ERR(INVALID_CONTEXT), urUSMFree(c, dA));
    ROW("urUSMGetMemAllocInfo: released context", UR_ERR(INVALID_CONTEXT),
        urUSMGetMemAllocInfo(c, dA, UR_USM_ALLOC_INFO_TYPE, 0, NULL, &r0));

    ROW("urContextRetain: NULL", UR_ERR(INVALID_NULL_HANDLE), urContextRetain(NULL));
    ROW("urContextRetain: no kind", UR_ERR(INVALID_CONTEXT), urContextRetain(bogus));
    ROW("urContextRetain: a device", UR_ERR(INVALID_CONTEXT), urContextRetain(wrong));
    ROW("urContextRelease: NULL", UR_ERR(INVALID_NULL_HANDLE), urContextRelease(NULL));
    ROW("urContextRelease: no kind", UR_ERR(INVALID_CONTEXT), urContextRelease(bogus));
    ROW("urContextRelease: a device", UR_ERR(INVALID_CONTEXT), urContextRelease(wrong));
    ROW("urContextRetain", OK, urContextRetain(ctx));
    ROW("urContextRelease", OK, urContextRelease(ctx));

    static const struct etor etors[] = {
        FIX(UR_CONTEXT_INFO_NUM_DEVICES, uint32_t),
        HANDLES(UR_CONTEXT_INFO_DEVICES),
        FIX(UR_CONTEXT_INFO_REFERENCE_COUNT, uint32_t),
        FIX(UR_CONTEXT_INFO_USM_MEMCPY2D_SUPPORT, ur_bool_t),
        FIX(UR_CONTEXT_INFO_USM_FILL2D_SUPPORT, ur_bool_t),
    };
    const struct info_fn f = {
        "urContextGetInfo",      call_context, ctx, NULL, (void *)wrong,
        UR_ERR(INVALID_CONTEXT), etors,        5,   0,    UR_CONTEXT_INFO_USM_FILL2D_SUPPORT,
        RULES_STANDARD};
    info_matrix(&f);
    size_t r = 0;
    ROW("urContextGetInfo(DEVICES): size", OK,
        urContextGetInfo(ctx, UR_CONTEXT_INFO_DEVICES, 0, NULL, &r));
    CHECK(r == (env.ndev > 1 ? 2 : 1) * sizeof(ur_device_handle_t));

    /* urContextGetNativeHandle: checks, then no native context. */
    ur_native_handle_t nh;
    ROW_OUT("urContextGetNativeHandle: both NULL", UR_ERR(INVALID_NULL_POINTER), nh,
            SENT(ur_native_handle_t), urContextGetNativeHandle(NULL, NULL));
    ROW_OUT("urContextGetNativeHandle: NULL context", UR_ERR(INVALID_NULL_HANDLE), nh,
            SENT(ur_native_handle_t), urContextGetNativeHandle(NULL, &nh));
    ROW_OUT("urContextGetNativeHandle: a device", UR_ERR(INVALID_CONTEXT), nh,
            SENT(ur_native_handle_t), urContextGetNativeHandle(wrong, &nh));
    ROW_OUT("urContextGetNativeHandle", UR_ERR(UNSUPPORTED_FEATURE), nh, SENT(ur_native_handle_t),
            urContextGetNativeHandle(ctx, &nh));

    /* urContextSetExtendedDeleter: runs once, when the last reference goes. */
    ROW("urContextSetExtendedDeleter: both NULL", UR_ERR(INVALID_NULL_POINTER),
        urContextSetExtendedDeleter(NULL, NULL, NULL));
    ROW("urContextSetExtendedDeleter: NULL context", UR_ERR(INVALID_NULL_HANDLE),
        urContextSetExtendedDeleter(NULL, count_deleter, NULL));
    ROW("urContextSetExtendedDeleter: a device", UR_ERR(INVALID_CONTEXT),
        urContextSetExtendedDeleter(wrong, count_deleter, NULL));
    ur_context_handle_t dc;
    int calls = 0;
    ROW("urContextCreate: for a deleter", OK, urContextCreate(1, one, NULL, &dc));
    ROW("urContextSetExtendedDeleter", OK, urContextSetExtendedDeleter(dc, count_deleter, &calls));
    ROW("urContextRetain: deleter context", OK, urContextRetain(dc));
    ROW("urContextRelease: deleter context, one left", OK, urContextRelease(dc));
    CHECK(calls == 0);
    ROW("urContextRelease: deleter context, last", OK, urContextRelease(dc));
    CHECK(calls == 1);
}

static void test_queue(void)
{
    const ur_queue_handle_t bogus = BOGUS(ur_queue_handle_t);
    const ur_queue_handle_t wrong = (ur_queue_handle_t)(void *)ctx;
    ur_queue_handle_t out;
    const ur_queue_handle_t S = SENT(ur_queue_handle_t);
#define QP(flags) {UR_STRUCTURE_TYPE_QUEUE_PROPERTIES, NULL, (flags)}
    ur_queue_properties_t bit12 = QP(1u << 12), all = QP(0xffffffffu);
    ur_queue_properties_t prio = QP(UR_QUEUE_FLAG_PRIORITY_HIGH | UR_QUEUE_FLAG_PRIORITY_LOW);
    ur_queue_properties_t subm =
        QP(UR_QUEUE_FLAG_SUBMISSION_BATCHED | UR_QUEUE_FLAG_SUBMISSION_IMMEDIATE);
    ur_queue_properties_t high = QP(UR_QUEUE_FLAG_PRIORITY_HIGH);
    ur_queue_properties_t last =
        QP(UR_QUEUE_FLAG_LOW_POWER_EVENTS_SUPPORT_EXP | UR_QUEUE_FLAG_SUBMISSION_IMMEDIATE);
#undef QP

    /* NULL_POINTER, NULL_HANDLE x2, ENUMERATION (mask), QUEUE_PROPERTIES, CONTEXT, DEVICE. */
    ROW("urQueueCreate: everything NULL", UR_ERR(INVALID_NULL_POINTER),
        urQueueCreate(NULL, NULL, &all, NULL));
    ROW("urQueueCreate: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urQueueCreate(ctx, d0, NULL, NULL));
    ROW_OUT("urQueueCreate: NULL context", UR_ERR(INVALID_NULL_HANDLE), out, S,
            urQueueCreate(NULL, d0, NULL, &out));
    ROW_OUT("urQueueCreate: NULL device", UR_ERR(INVALID_NULL_HANDLE), out, S,
            urQueueCreate(ctx, NULL, NULL, &out));
    ROW_OUT("urQueueCreate: NULL context and bad flags", UR_ERR(INVALID_NULL_HANDLE), out, S,
            urQueueCreate(NULL, d0, &all, &out));
    ROW_OUT("urQueueCreate: flag bit 12", UR_ERR(INVALID_ENUMERATION), out, S,
            urQueueCreate(ctx, d0, &bit12, &out));
    ROW_OUT("urQueueCreate: every flag bit (mask before combinations)", UR_ERR(INVALID_ENUMERATION),
            out, S, urQueueCreate(ctx, d0, &all, &out));
    ROW_OUT("urQueueCreate: PRIORITY_HIGH|PRIORITY_LOW", UR_ERR(INVALID_QUEUE_PROPERTIES), out, S,
            urQueueCreate(ctx, d0, &prio, &out));
    ROW_OUT("urQueueCreate: SUBMISSION_BATCHED|SUBMISSION_IMMEDIATE",
            UR_ERR(INVALID_QUEUE_PROPERTIES), out, S, urQueueCreate(ctx, d0, &subm, &out));
    ROW_OUT("urQueueCreate: bad combination and a context of no kind",
            UR_ERR(INVALID_QUEUE_PROPERTIES), out, S,
            urQueueCreate(BOGUS(ur_context_handle_t), d0, &prio, &out));
    ROW_OUT("urQueueCreate: context of no kind", UR_ERR(INVALID_CONTEXT), out, S,
            urQueueCreate(BOGUS(ur_context_handle_t), d0, NULL, &out));
    ROW_OUT("urQueueCreate: a device as context", UR_ERR(INVALID_CONTEXT), out, S,
            urQueueCreate((ur_context_handle_t)(void *)d0, d0, NULL, &out));
    ROW_OUT("urQueueCreate: context and device of no kind", UR_ERR(INVALID_CONTEXT), out, S,
            urQueueCreate(BOGUS(ur_context_handle_t), BOGUS(ur_device_handle_t), NULL, &out));
    ROW_OUT("urQueueCreate: device of no kind", UR_ERR(INVALID_DEVICE), out, S,
            urQueueCreate(ctx, BOGUS(ur_device_handle_t), NULL, &out));
    ROW_OUT("urQueueCreate: a context as device", UR_ERR(INVALID_DEVICE), out, S,
            urQueueCreate(ctx, (ur_device_handle_t)(void *)ctx, NULL, &out));
    if (env.ndev > 1)
        ROW_OUT("urQueueCreate: device not in the context", UR_ERR(INVALID_DEVICE), out, S,
                urQueueCreate(ctx0, d1, NULL, &out));
    ROW("urQueueCreate: PRIORITY_HIGH", OK, urQueueCreate(ctx, d0, &high, &out));
    ROW("urQueueRelease: that queue", OK, urQueueRelease(out));
    ROW("urQueueCreate: the last flag bit", OK, urQueueCreate(ctx, d0, &last, &out));
    ur_queue_flags_t flags = 0;
    ROW("urQueueGetInfo(FLAGS) of that queue", OK,
        urQueueGetInfo(out, UR_QUEUE_INFO_FLAGS, sizeof(flags), &flags, NULL));
    CHECK(flags == last.flags);
    ROW("urQueueRelease: that queue", OK, urQueueRelease(out));

    /* A queue used after its last release (no queue is created in between). */
    ur_event_handle_t e;
    ROW("urQueueRetain: released", UR_ERR(INVALID_QUEUE), urQueueRetain(out));
    ROW("urQueueRelease: released", UR_ERR(INVALID_QUEUE), urQueueRelease(out));
    ROW("urQueueFinish: released", UR_ERR(INVALID_QUEUE), urQueueFinish(out));
    ROW("urQueueFlush: released", UR_ERR(INVALID_QUEUE), urQueueFlush(out));
    ROW_OUT("urQueueGetInfo: released", UR_ERR(INVALID_QUEUE), flags, 0x5e5e5e5eu,
            urQueueGetInfo(out, UR_QUEUE_INFO_FLAGS, sizeof(flags), &flags, NULL));
    ROW_OUT("urEnqueueUSMMemcpy: released queue", UR_ERR(INVALID_QUEUE), e, SENT(ur_event_handle_t),
            urEnqueueUSMMemcpy(out, true, dB, dA, 64, 0, NULL, &e));
    ROW_OUT("urEnqueueUSMFill: released queue", UR_ERR(INVALID_QUEUE), e, SENT(ur_event_handle_t),
            urEnqueueUSMFill(out, dA, 1, &flags, 64, 0, NULL, &e));
    ROW_OUT("urEnqueueEventsWait: released queue", UR_ERR(INVALID_QUEUE), e,
            SENT(ur_event_handle_t), urEnqueueEventsWait(out, 0, NULL, &e));

    static const struct {
        const char *name;
        ur_result_t (*fn)(ur_queue_handle_t);
    } simple[] = {{"urQueueRetain", urQueueRetain},
                  {"urQueueRelease", urQueueRelease},
                  {"urQueueFinish", urQueueFinish},
                  {"urQueueFlush", urQueueFlush}};
    for (size_t i = 0; i < sizeof(simple) / sizeof(simple[0]); i++) {
        char d[96];
        snprintf(d, sizeof(d), "%s: NULL", simple[i].name);
        ROW(d, UR_ERR(INVALID_NULL_HANDLE), simple[i].fn(NULL));
        snprintf(d, sizeof(d), "%s: no kind", simple[i].name);
        ROW(d, UR_ERR(INVALID_QUEUE), simple[i].fn(bogus));
        snprintf(d, sizeof(d), "%s: a context", simple[i].name);
        ROW(d, UR_ERR(INVALID_QUEUE), simple[i].fn(wrong));
    }
    ROW("urQueueRetain", OK, urQueueRetain(q));
    ROW("urQueueRelease", OK, urQueueRelease(q));
    ROW("urQueueFlush", OK, urQueueFlush(q));
    ROW("urQueueFinish", OK, urQueueFinish(q));

    static const struct etor etors[] = {
        FIX(UR_QUEUE_INFO_FLAGS, ur_queue_flags_t),
        FIX(UR_QUEUE_INFO_CONTEXT, ur_context_handle_t),
        FIX(UR_QUEUE_INFO_DEVICE, ur_device_handle_t),
        FIX(UR_QUEUE_INFO_DEVICE_DEFAULT, ur_queue_handle_t),
        FIX(UR_QUEUE_INFO_REFERENCE_COUNT, uint32_t),
        FIX(UR_QUEUE_INFO_SIZE, uint32_t),
        FIX(UR_QUEUE_INFO_EMPTY, ur_bool_t),
    };
    const struct info_fn f = {"urQueueGetInfo",      call_queue, q, NULL, (void *)wrong,
                              UR_ERR(INVALID_QUEUE), etors,      7, 0,    UR_QUEUE_INFO_EMPTY,
                              RULES_STANDARD};
    info_matrix(&f);
    ur_device_handle_t dev = NULL;
    ROW("urQueueGetInfo(DEVICE)", OK,
        urQueueGetInfo(q, UR_QUEUE_INFO_DEVICE, sizeof(dev), &dev, NULL));
    CHECK(dev == d0);
    if (env.is_sim) {
        ur_bool_t empty = 0;
        ROW("urQueueGetInfo(EMPTY) after a finish", OK,
            urQueueGetInfo(q, UR_QUEUE_INFO_EMPTY, sizeof(empty), &empty, NULL));
        CHECK(empty == 1);
    }

    /* urQueueGetNativeHandle: NULL_HANDLE, NULL_POINTER, QUEUE; an adapter without native
     * queues answers UNSUPPORTED_FEATURE (the simulated node has them). */
    const ur_result_t native_ok = env.is_sim ? OK : UR_ERR(UNSUPPORTED_FEATURE);
    const ur_native_handle_t NS = (ur_native_handle_t)SENT_BITS;
    ur_native_handle_t nat;
    ROW_OUT("urQueueGetNativeHandle: NULL queue", UR_ERR(INVALID_NULL_HANDLE), nat, NS,
            urQueueGetNativeHandle(NULL, NULL, &nat));
    ROW("urQueueGetNativeHandle: NULL queue and output", UR_ERR(INVALID_NULL_HANDLE),
        urQueueGetNativeHandle(NULL, NULL, NULL));
    ROW("urQueueGetNativeHandle: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urQueueGetNativeHandle(q, NULL, NULL));
    ROW_OUT("urQueueGetNativeHandle: queue of no kind", UR_ERR(INVALID_QUEUE), nat, NS,
            urQueueGetNativeHandle(bogus, NULL, &nat));
    ROW_OUT("urQueueGetNativeHandle: a context as queue", UR_ERR(INVALID_QUEUE), nat, NS,
            urQueueGetNativeHandle(wrong, NULL, &nat));
    nat = 0;
    ROW("urQueueGetNativeHandle", native_ok, urQueueGetNativeHandle(q, NULL, &nat));

    /* urQueueCreateWithNativeHandle: NULL_HANDLE, NULL_POINTER, CONTEXT, DEVICE (optional). */
    ROW_OUT("queue from native: NULL context", UR_ERR(INVALID_NULL_HANDLE), out, S,
            urQueueCreateWithNativeHandle(nat, NULL, d0, NULL, &out));
    ROW("queue from native: NULL context and output", UR_ERR(INVALID_NULL_HANDLE),
        urQueueCreateWithNativeHandle(nat, NULL, d0, NULL, NULL));
    ROW("queue from native: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urQueueCreateWithNativeHandle(nat, ctx, d0, NULL, NULL));
    ROW_OUT("queue from native: context of no kind", UR_ERR(INVALID_CONTEXT), out, S,
            urQueueCreateWithNativeHandle(nat, BOGUS(ur_context_handle_t), d0, NULL, &out));
    ROW_OUT("queue from native: device of no kind", UR_ERR(INVALID_DEVICE), out, S,
            urQueueCreateWithNativeHandle(nat, ctx, BOGUS(ur_device_handle_t), NULL, &out));
    if (env.ndev > 1)
        ROW_OUT("queue from native: device not in the context", UR_ERR(INVALID_DEVICE), out, S,
                urQueueCreateWithNativeHandle(nat, ctx0, d1, NULL, &out));
    if (!env.is_sim) {
        ROW_OUT("queue from native", UR_ERR(UNSUPPORTED_FEATURE), out, S,
                urQueueCreateWithNativeHandle(nat, ctx, d0, NULL, &out));
        return;
    }
    ROW_OUT(
        "queue from native: not a queue of the node", UR_ERR(INVALID_VALUE), out, S,
        urQueueCreateWithNativeHandle((ur_native_handle_t)(uintptr_t)&nat, ctx, d0, NULL, &out));
    ROW_OUT("queue from native: a queue of another context", UR_ERR(INVALID_VALUE), out, S,
            urQueueCreateWithNativeHandle(nat, ctx0, d0, NULL, &out));
    if (env.ndev > 1)
        ROW_OUT("queue from native: another device than the queue's", UR_ERR(INVALID_DEVICE), out,
                S, urQueueCreateWithNativeHandle(nat, ctx, d1, NULL, &out));
    ur_queue_native_properties_t owned = {UR_STRUCTURE_TYPE_QUEUE_NATIVE_PROPERTIES, NULL, true};
    ur_queue_handle_t q2 = NULL, q3 = NULL;
    ROW("queue from native", OK, urQueueCreateWithNativeHandle(nat, ctx, d0, NULL, &q2));
    ROW("queue from native: NULL device, owned", OK,
        urQueueCreateWithNativeHandle(nat, ctx, NULL, &owned, &q3));
    ur_context_handle_t qctx = NULL;
    dev = NULL;
    flags = 0x5e5e5e5eu;
    ur_native_handle_t nat2 = 0;
    ROW("queue from native: DEVICE", OK,
        urQueueGetInfo(q3, UR_QUEUE_INFO_DEVICE, sizeof(dev), &dev, NULL));
    ROW("queue from native: CONTEXT", OK,
        urQueueGetInfo(q2, UR_QUEUE_INFO_CONTEXT, sizeof(qctx), &qctx, NULL));
    ROW("queue from native: FLAGS", OK,
        urQueueGetInfo(q2, UR_QUEUE_INFO_FLAGS, sizeof(flags), &flags, NULL));
    ROW("queue from native: its native handle", OK, urQueueGetNativeHandle(q3, NULL, &nat2));
    CHECK(dev == d0 && qctx == ctx && flags == 0 && nat2 == nat);
    /* The same stream: work on one is ordered with the other's, and each outlives the others'
     * release. */
    const uint32_t pat = 0x0badf00du;
    ROW("queue from native: fill on it", OK,
        urEnqueueUSMFill(q2, dA, sizeof(pat), &pat, ALLOC, 0, NULL, NULL));
    ROW("queue from native: release one", OK, urQueueRelease(q2));
    ROW("queue from native: copy on the other", OK,
        urEnqueueUSMMemcpy(q3, true, buf, dA, sizeof(pat), 0, NULL, NULL));
    CHECK(memcmp(buf, &pat, sizeof(pat)) == 0);
    ROW("queue from native: release the other", OK, urQueueRelease(q3));
    ROW("queue from native: the original still works", OK, urQueueFinish(q));
}

static void test_usm_alloc(void)
{
    const ur_context_handle_t bc = BOGUS(ur_context_handle_t);
    const ur_device_handle_t bd = BOGUS(ur_device_handle_t);
    const ur_usm_pool_handle_t pool = BOGUS(ur_usm_pool_handle_t);
    ur_usm_pool_desc_t pool_desc = {UR_STRUCTURE_TYPE_USM_POOL_DESC, NULL, 0};
    ur_usm_pool_handle_t pool0 = NULL; /* a live pool of ctx0 */
    REQUIRE_UR(OK, urUSMPoolCreate(ctx0, &pool_desc, &pool0));
    void *p;
    void *const S = SENT(void *);
#define UD(hints, align) {UR_STRUCTURE_TYPE_USM_DESC, NULL, (hints), (align)}
    ur_usm_desc_t hints17 = UD(1u << 17, 0), hints_all = UD(0xffffffffu, 3);
    ur_usm_desc_t align3 = UD(0, 3), align6 = UD(0, 6), align_hi = UD(0, 0x80000001u);
    ur_usm_desc_t align_big = UD(0, 1u << 20), good = UD(UR_USM_ADVICE_FLAG_DEFAULT, 64);
    ur_usm_desc_t last_hint = UD(UR_USM_ADVICE_FLAG_CLEAR_NON_COHERENT_MEMORY, 0);
#undef UD
    uint64_t max0 = 0;
    REQUIRE_UR(OK,
               urDeviceGetInfo(d0, UR_DEVICE_INFO_MAX_MEM_ALLOC_SIZE, sizeof(max0), &max0, NULL));
    uint64_t max_all = max0;
    for (uint32_t i = 0; i < env.ndev && i < 2; i++) {
        uint64_t m = 0;
        REQUIRE_UR(OK, urDeviceGetInfo(env.dev[i], UR_DEVICE_INFO_MAX_MEM_ALLOC_SIZE, sizeof(m), &m,
                                       NULL));
        if (m < max_all)
            max_all = m;
    }

    /* urUSMDeviceAlloc: NULL_POINTER, NULL_HANDLE x2, ENUMERATION (hints), VALUE (align),
     * USM_SIZE (0), then CONTEXT, DEVICE, the adapter's limits and pools. */
    ROW("urUSMDeviceAlloc: everything wrong", UR_ERR(INVALID_NULL_POINTER),
        urUSMDeviceAlloc(NULL, NULL, &hints_all, pool, 0, NULL));
    ROW("urUSMDeviceAlloc: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urUSMDeviceAlloc(ctx, d0, NULL, NULL, 64, NULL));
    ROW_OUT("urUSMDeviceAlloc: NULL context", UR_ERR(INVALID_NULL_HANDLE), p, S,
            urUSMDeviceAlloc(NULL, d0, NULL, NULL, 64, &p));
    ROW_OUT("urUSMDeviceAlloc: NULL device", UR_ERR(INVALID_NULL_HANDLE), p, S,
            urUSMDeviceAlloc(ctx, NULL, NULL, NULL, 64, &p));
    ROW_OUT("urUSMDeviceAlloc: NULL context, bad hints, size 0", UR_ERR(INVALID_NULL_HANDLE), p, S,
            urUSMDeviceAlloc(NULL, d0, &hints_all, NULL, 0, &p));
    ROW_OUT("urUSMDeviceAlloc: hint bit 17", UR_ERR(INVALID_ENUMERATION), p, S,
            urUSMDeviceAlloc(ctx, d0, &hints17, NULL, 64, &p));
    ROW_OUT("urUSMDeviceAlloc: bad hints, bad align, size 0", UR_ERR(INVALID_ENUMERATION), p, S,
            urUSMDeviceAlloc(ctx, d0, &hints_all, NULL, 0, &p));
    ROW_OUT("urUSMDeviceAlloc: align 3", UR_ERR(INVALID_VALUE), p, S,
            urUSMDeviceAlloc(ctx, d0, &align3, NULL, 64, &p));
    ROW_OUT("urUSMDeviceAlloc: align 6, size 0", UR_ERR(INVALID_VALUE), p, S,
            urUSMDeviceAlloc(ctx, d0, &align6, NULL, 0, &p));
    ROW_OUT("urUSMDeviceAlloc: align 0x80000001", UR_ERR(INVALID_VALUE), p, S,
            urUSMDeviceAlloc(ctx, d0, &align_hi, NULL, 64, &p));
    ROW_OUT("urUSMDeviceAlloc: size 0", UR_ERR(INVALID_USM_SIZE), p, S,
            urUSMDeviceAlloc(ctx, d0, NULL, NULL, 0, &p));
    ROW_OUT("urUSMDeviceAlloc: size 0, context of no kind", UR_ERR(INVALID_USM_SIZE), p, S,
            urUSMDeviceAlloc(bc, d0, NULL, NULL, 0, &p));
    ROW_OUT("urUSMDeviceAlloc: context of no kind", UR_ERR(INVALID_CONTEXT), p, S,
            urUSMDeviceAlloc(bc, d0, NULL, NULL, 64, &p));
    ROW_OUT("urUSMDeviceAlloc: a device as context", UR_ERR(INVALID_CONTEXT), p, S,
            urUSMDeviceAlloc((ur_context_handle_t)(void *)d0, d0, NULL, NULL, 64, &p));
    ROW_OUT("urUSMDeviceAlloc: device of no kind", UR_ERR(INVALID_DEVICE), p, S,
            urUSMDeviceAlloc(ctx, bd, NULL, NULL, 64, &p));
    ROW_OUT("urUSMDeviceAlloc: a context as device", UR_ERR(INVALID_DEVICE), p, S,
            urUSMDeviceAlloc(ctx, (ur_device_handle_t)(void *)ctx, NULL, NULL, 64, &p));
    if (env.ndev > 1)
        ROW_OUT("urUSMDeviceAlloc: device not in the context", UR_ERR(INVALID_DEVICE), p, S,
                urUSMDeviceAlloc(ctx0, d1, NULL, NULL, 64, &p));
    ROW_OUT("urUSMDeviceAlloc: align above the largest supported", UR_ERR(INVALID_VALUE), p, S,
            urUSMDeviceAlloc(ctx, d0, &align_big, NULL, 64, &p));
    ROW_OUT("urUSMDeviceAlloc: size MAX_MEM_ALLOC_SIZE+1", UR_ERR(INVALID_USM_SIZE), p, S,
            urUSMDeviceAlloc(ctx, d0, NULL, NULL, (size_t)max0 + 1, &p));
    ROW_OUT("urUSMDeviceAlloc: size SIZE_MAX", UR_ERR(INVALID_USM_SIZE), p, S,
            urUSMDeviceAlloc(ctx, d0, NULL, NULL, SIZE_MAX, &p));
    ROW_OUT("urUSMDeviceAlloc: pool of no kind", UR_ERR(INVALID_ARGUMENT), p, S,
            urUSMDeviceAlloc(ctx, d0, NULL, pool, 64, &p));
    ROW_OUT("urUSMDeviceAlloc: a context as pool", UR_ERR(INVALID_ARGUMENT), p, S,
            urUSMDeviceAlloc(ctx, d0, NULL, (ur_usm_pool_handle_t)(void *)ctx, 64, &p));
    ROW_OUT("urUSMDeviceAlloc: pool of no kind, size 0", UR_ERR(INVALID_USM_SIZE), p, S,
            urUSMDeviceAlloc(ctx, d0, NULL, pool, 0, &p));
    ROW_OUT("urUSMDeviceAlloc: pool of no kind, align 3", UR_ERR(INVALID_VALUE), p, S,
            urUSMDeviceAlloc(ctx, d0, &align3, pool, 64, &p));
    ROW_OUT("urUSMDeviceAlloc: pool of another context", UR_ERR(INVALID_VALUE), p, S,
            urUSMDeviceAlloc(ctx, d0, NULL, pool0, 64, &p));
    ROW("urUSMDeviceAlloc: hints and align", OK, urUSMDeviceAlloc(ctx, d0, &good, NULL, 64, &p));
    CHECK(((uintptr_t)p & 63) == 0);
    ROW("urUSMFree: that allocation", OK, urUSMFree(ctx, p));
    ROW("urUSMDeviceAlloc: the last hint bit", OK,
        urUSMDeviceAlloc(ctx, d0, &last_hint, NULL, 64, &p));
    ROW("urUSMFree: that allocation", OK, urUSMFree(ctx, p));

    /* urUSMHostAlloc: the same without a device. */
    ROW("urUSMHostAlloc: everything wrong", UR_ERR(INVALID_NULL_POINTER),
        urUSMHostAlloc(NULL, &hints_all, pool, 0, NULL));
    ROW("urUSMHostAlloc: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urUSMHostAlloc(ctx, NULL, NULL, 64, NULL));
    ROW_OUT("urUSMHostAlloc: NULL context", UR_ERR(INVALID_NULL_HANDLE), p, S,
            urUSMHostAlloc(NULL, NULL, NULL, 64, &p));
    ROW_OUT("urUSMHostAlloc: NULL context, bad hints, size 0", UR_ERR(INVALID_NULL_HANDLE), p, S,
            urUSMHostAlloc(NULL, &hints_all, NULL, 0, &p));
    ROW_OUT("urUSMHostAlloc: hint bit 17", UR_ERR(INVALID_ENUMERATION), p, S,
            urUSMHostAlloc(ctx, &hints17, NULL, 64, &p));
    ROW_OUT("urUSMHostAlloc: bad hints, bad align, size 0", UR_ERR(INVALID_ENUMERATION), p, S,
            urUSMHostAlloc(ctx, &hints_all, NULL, 0, &p));
    ROW_OUT("urUSMHostAlloc: align 3", UR_ERR(INVALID_VALUE), p, S,
            urUSMHostAlloc(ctx, &align3, NULL, 64, &p));
    ROW_OUT("urUSMHostAlloc: align 6, size 0", UR_ERR(INVALID_VALUE), p, S,
            urUSMHostAlloc(ctx, &align6, NULL, 0, &p));
    ROW_OUT("urUSMHostAlloc: size 0", UR_ERR(INVALID_USM_SIZE), p, S,
            urUSMHostAlloc(ctx, NULL, NULL, 0, &p));
    ROW_OUT("urUSMHostAlloc: size 0, context of no kind", UR_ERR(INVALID_USM_SIZE), p, S,
            urUSMHostAlloc(bc, NULL, NULL, 0, &p));
    ROW_OUT("urUSMHostAlloc: context of no kind", UR_ERR(INVALID_CONTEXT), p, S,
            urUSMHostAlloc(bc, NULL, NULL, 64, &p));
    ROW_OUT("urUSMHostAlloc: a queue as context", UR_ERR(INVALID_CONTEXT), p, S,
            urUSMHostAlloc((ur_context_handle_t)(void *)q, NULL, NULL, 64, &p));
    ROW_OUT("urUSMHostAlloc: align above the largest supported", UR_ERR(INVALID_VALUE), p, S,
            urUSMHostAlloc(ctx, &align_big, NULL, 64, &p));
    ROW_OUT("urUSMHostAlloc: size above a device's MAX_MEM_ALLOC_SIZE", UR_ERR(INVALID_USM_SIZE), p,
            S, urUSMHostAlloc(ctx, NULL, NULL, (size_t)max_all + 1, &p));
    ROW_OUT("urUSMHostAlloc: size SIZE_MAX", UR_ERR(INVALID_USM_SIZE), p, S,
            urUSMHostAlloc(ctx, NULL, NULL, SIZE_MAX, &p));
    ROW_OUT("urUSMHostAlloc: pool of no kind", UR_ERR(INVALID_ARGUMENT), p, S,
            urUSMHostAlloc(ctx, NULL, pool, 64, &p));
    ROW_OUT("urUSMHostAlloc: a queue as pool", UR_ERR(INVALID_ARGUMENT), p, S,
            urUSMHostAlloc(ctx, NULL, (ur_usm_pool_handle_t)(void *)q, 64, &p));
    ROW_OUT("urUSMHostAlloc: pool of no kind, context of no kind", UR_ERR(INVALID_CONTEXT), p, S,
            urUSMHostAlloc(bc, NULL, pool, 64, &p));
    ROW_OUT("urUSMHostAlloc: pool of another context", UR_ERR(INVALID_VALUE), p, S,
            urUSMHostAlloc(ctx, NULL, pool0, 64, &p));
    ROW("urUSMPoolRelease: the pool of ctx0", OK, urUSMPoolRelease(pool0));
    ROW("urUSMHostAlloc: hints and align", OK, urUSMHostAlloc(ctx, &good, NULL, 64, &p));
    ROW("urUSMFree: that allocation", OK, urUSMFree(ctx, p));

    /* urUSMFree: NULL_POINTER, NULL_HANDLE, CONTEXT, MEM_OBJECT. */
    int local = 0;
    void *heap = malloc(64);
    ROW("urUSMFree: both NULL", UR_ERR(INVALID_NULL_POINTER), urUSMFree(NULL, NULL));
    ROW("urUSMFree: NULL pointer", UR_ERR(INVALID_NULL_POINTER), urUSMFree(ctx, NULL));
    ROW("urUSMFree: NULL context", UR_ERR(INVALID_NULL_HANDLE), urUSMFree(NULL, dA));
    ROW("urUSMFree: context of no kind", UR_ERR(INVALID_CONTEXT), urUSMFree(bc, dA));
    ROW("urUSMFree: a queue as context", UR_ERR(INVALID_CONTEXT),
        urUSMFree((ur_context_handle_t)(void *)q, dA));
    ROW("urUSMFree: a stack address", UR_ERR(INVALID_MEM_OBJECT), urUSMFree(ctx, &local));
    ROW("urUSMFree: a malloc'd pointer", UR_ERR(INVALID_MEM_OBJECT), urUSMFree(ctx, heap));
    ROW("urUSMFree: inside an allocation", UR_ERR(INVALID_MEM_OBJECT),
        urUSMFree(ctx, (char *)dA + 8));
    ROW("urUSMFree: inside a host allocation", UR_ERR(INVALID_MEM_OBJECT),
        urUSMFree(ctx, (char *)hA + 64));
    free(heap);
    REQUIRE_UR(OK, urUSMDeviceAlloc(ctx, d0, NULL, NULL, 64, &p));
    ROW("urUSMFree", OK, urUSMFree(ctx, p));
    ROW("urUSMFree: the same pointer again", UR_ERR(INVALID_MEM_OBJECT), urUSMFree(ctx, p));

    /* urUSMSharedAlloc: urUSMDeviceAlloc's checks; a device without shared memory
     * (UR_DEVICE_INFO_USM_SINGLE_SHARED_SUPPORT 0) answers UNSUPPORTED_FEATURE. */
    ROW("urUSMSharedAlloc: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urUSMSharedAlloc(NULL, NULL, NULL, NULL, 64, NULL));
    ROW_OUT("urUSMSharedAlloc: NULL context", UR_ERR(INVALID_NULL_HANDLE), p, S,
            urUSMSharedAlloc(NULL, d0, NULL, NULL, 64, &p));
    ROW_OUT("urUSMSharedAlloc: NULL device", UR_ERR(INVALID_NULL_HANDLE), p, S,
            urUSMSharedAlloc(ctx, NULL, NULL, NULL, 64, &p));
    ROW_OUT("urUSMSharedAlloc: size 0", UR_ERR(INVALID_USM_SIZE), p, S,
            urUSMSharedAlloc(ctx, d0, NULL, NULL, 0, &p));
    ROW_OUT("urUSMSharedAlloc: context of no kind", UR_ERR(INVALID_CONTEXT), p, S,
            urUSMSharedAlloc(BOGUS(ur_context_handle_t), d0, NULL, NULL, 64, &p));
    ROW_OUT("urUSMSharedAlloc: device of no kind", UR_ERR(INVALID_DEVICE), p, S,
            urUSMSharedAlloc(ctx, BOGUS(ur_device_handle_t), NULL, NULL, 64, &p));
    ur_device_usm_access_capability_flags_t shared = 0;
    ROW("urUSMSharedAlloc: device support", OK,
        urDeviceGetInfo(d0, UR_DEVICE_INFO_USM_SINGLE_SHARED_SUPPORT, sizeof shared, &shared,
                        NULL));
    if (shared == 0) {
        ROW_OUT("urUSMSharedAlloc", UR_ERR(UNSUPPORTED_FEATURE), p, S,
                urUSMSharedAlloc(ctx, d0, NULL, NULL, 64, &p));
        return;
    }
    ur_usm_type_t type = UR_USM_TYPE_FORCE_UINT32;
    ur_device_handle_t owner = NULL;
    ROW("urUSMSharedAlloc", OK, urUSMSharedAlloc(ctx, d0, NULL, NULL, 64, &p));
    ROW("urUSMSharedAlloc: its type", OK,
        urUSMGetMemAllocInfo(ctx, p, UR_USM_ALLOC_INFO_TYPE, sizeof(type), &type, NULL));
    ROW("urUSMSharedAlloc: its device", OK,
        urUSMGetMemAllocInfo(ctx, p, UR_USM_ALLOC_INFO_DEVICE, sizeof(owner), &owner, NULL));
    CHECK(type == UR_USM_TYPE_SHARED && owner == d0);
    memset(p, 0x5a, 64); /* the host reaches it */
    ROW("urUSMSharedAlloc: fill from a queue", OK,
        urEnqueueUSMFill(q, p, 1, "\x7e", 32, 0, NULL, NULL));
    ROW("urUSMSharedAlloc: finish", OK, urQueueFinish(q));
    CHECK(((unsigned char *)p)[0] == 0x7e && ((unsigned char *)p)[31] == 0x7e &&
          ((unsigned char *)p)[32] == 0x5a);
    ROW("urUSMFree: shared memory", OK, urUSMFree(ctx, p));
}

static ur_result_t call_pool(const struct info_fn *f, void *h, uint32_t prop, size_t size,
                             void *value, size_t *size_ret)
{
    (void)f;
    return urUSMPoolGetInfo((ur_usm_pool_handle_t)h, (ur_usm_pool_info_t)prop, size, value,
                            size_ret);
}

/* USM pools: urUSMPoolCreate (NULL_POINTER x2, NULL_HANDLE, ENUMERATION of the flags, then
 * CONTEXT), Retain/Release (NULL_HANDLE, then INVALID_ARGUMENT for a handle that is not a live
 * pool), GetInfo (the standard rules), and an allocation's pool. */
static void test_usm_pool(void)
{
    const ur_usm_pool_handle_t bpool = BOGUS(ur_usm_pool_handle_t);
    const ur_usm_pool_handle_t S = SENT(ur_usm_pool_handle_t);
    ur_usm_pool_desc_t desc = {UR_STRUCTURE_TYPE_USM_POOL_DESC, NULL, 0};
    ur_usm_pool_desc_t bad_flags = {UR_STRUCTURE_TYPE_USM_POOL_DESC, NULL,
                                    UR_USM_POOL_FLAG_FORCE_UINT32};
    ur_usm_pool_desc_t bit3 = {UR_STRUCTURE_TYPE_USM_POOL_DESC, NULL, 1u << 3};
    ur_usm_pool_limits_desc_t limits = {UR_STRUCTURE_TYPE_USM_POOL_LIMITS_DESC, NULL, 1u << 20,
                                        1u << 16};
    ur_usm_pool_desc_t all = {UR_STRUCTURE_TYPE_USM_POOL_DESC, &limits,
                              UR_USM_POOL_FLAG_ZERO_INITIALIZE_BLOCK |
                                  UR_USM_POOL_FLAG_USE_NATIVE_MEMORY_POOL_EXP |
                                  UR_USM_POOL_FLAG_READ_ONLY_EXP};
    ur_usm_pool_handle_t pool = NULL, other = NULL;

    ROW_OUT("urUSMPoolCreate: everything wrong", UR_ERR(INVALID_NULL_POINTER), pool, S,
            urUSMPoolCreate(NULL, NULL, &pool));
    ROW("urUSMPoolCreate: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urUSMPoolCreate(ctx, &desc, NULL));
    ROW_OUT("urUSMPoolCreate: NULL descriptor", UR_ERR(INVALID_NULL_POINTER), pool, S,
            urUSMPoolCreate(ctx, NULL, &pool));
    ROW_OUT("urUSMPoolCreate: NULL context, bad flags", UR_ERR(INVALID_NULL_HANDLE), pool, S,
            urUSMPoolCreate(NULL, &bad_flags, &pool));
    ROW_OUT("urUSMPoolCreate: flags FORCE_UINT32", UR_ERR(INVALID_ENUMERATION), pool, S,
            urUSMPoolCreate(ctx, &bad_flags, &pool));
    ROW_OUT("urUSMPoolCreate: flag bit 3", UR_ERR(INVALID_ENUMERATION), pool, S,
            urUSMPoolCreate(ctx, &bit3, &pool));
    ROW_OUT("urUSMPoolCreate: bad flags, context of no kind", UR_ERR(INVALID_ENUMERATION), pool, S,
            urUSMPoolCreate(BOGUS(ur_context_handle_t), &bad_flags, &pool));
    ROW_OUT("urUSMPoolCreate: context of no kind", UR_ERR(INVALID_CONTEXT), pool, S,
            urUSMPoolCreate(BOGUS(ur_context_handle_t), &desc, &pool));
    ROW_OUT("urUSMPoolCreate: a queue as context", UR_ERR(INVALID_CONTEXT), pool, S,
            urUSMPoolCreate((ur_context_handle_t)(void *)q, &desc, &pool));
    ROW("urUSMPoolCreate: every flag, limits", OK, urUSMPoolCreate(ctx, &all, &other));
    ROW("urUSMPoolRelease: that pool", OK, urUSMPoolRelease(other));
    ROW("urUSMPoolCreate", OK, urUSMPoolCreate(ctx, &desc, &pool));
    CHECK(pool != NULL && pool != S);

    ROW("urUSMPoolRetain: NULL", UR_ERR(INVALID_NULL_HANDLE), urUSMPoolRetain(NULL));
    ROW("urUSMPoolRetain: no kind", UR_ERR(INVALID_ARGUMENT), urUSMPoolRetain(bpool));
    ROW("urUSMPoolRetain: a context", UR_ERR(INVALID_ARGUMENT),
        urUSMPoolRetain((ur_usm_pool_handle_t)(void *)ctx));
    ROW("urUSMPoolRelease: NULL", UR_ERR(INVALID_NULL_HANDLE), urUSMPoolRelease(NULL));
    ROW("urUSMPoolRelease: no kind", UR_ERR(INVALID_ARGUMENT), urUSMPoolRelease(bpool));
    ROW("urUSMPoolRelease: a queue", UR_ERR(INVALID_ARGUMENT),
        urUSMPoolRelease((ur_usm_pool_handle_t)(void *)q));
    ROW("urUSMPoolRetain", OK, urUSMPoolRetain(pool));
    ROW("urUSMPoolRelease", OK, urUSMPoolRelease(pool));

    static const struct etor etors[] = {
        FIX(UR_USM_POOL_INFO_REFERENCE_COUNT, uint32_t),
        FIX(UR_USM_POOL_INFO_CONTEXT, ur_context_handle_t),
    };
    const struct info_fn f = {"urUSMPoolGetInfo",
                              call_pool,
                              pool,
                              NULL,
                              (void *)q,
                              UR_ERR(INVALID_ARGUMENT),
                              etors,
                              2,
                              0,
                              UR_USM_POOL_INFO_CONTEXT,
                              RULES_STANDARD};
    info_matrix(&f);

    /* An allocation's pool; a released pool is a stale handle. */
    void *mem = NULL;
    ur_usm_pool_handle_t got = NULL;
    ROW("urUSMDeviceAlloc: from the pool", OK, urUSMDeviceAlloc(ctx, d0, NULL, pool, 64, &mem));
    ROW("urUSMGetMemAllocInfo(POOL): inside it", OK,
        urUSMGetMemAllocInfo(ctx, (char *)mem + 8, UR_USM_ALLOC_INFO_POOL, sizeof(got), &got,
                             NULL));
    CHECK(got == pool);
    ROW("urUSMFree: that allocation", OK, urUSMFree(ctx, mem));
    ROW("urUSMPoolRelease: the last reference", OK, urUSMPoolRelease(pool));
    ROW("urUSMPoolRetain: a released pool", UR_ERR(INVALID_ARGUMENT), urUSMPoolRetain(pool));
    ROW("urUSMPoolRelease: a released pool", UR_ERR(INVALID_ARGUMENT), urUSMPoolRelease(pool));
    uint32_t rc = 7;
    ROW_OUT("urUSMPoolGetInfo: a released pool", UR_ERR(INVALID_ARGUMENT), rc, 7u,
            urUSMPoolGetInfo(pool, UR_USM_POOL_INFO_REFERENCE_COUNT, sizeof(rc), &rc, NULL));
}

static void test_usm_info(void)
{
    size_t r;
    int local = 0;

    /* NULL_POINTER (pMem), NULL_HANDLE, ENUMERATION, then the adapter. */
    ROW_OUT("urUSMGetMemAllocInfo: NULL pointer and context", UR_ERR(INVALID_NULL_POINTER), r,
            SENT(size_t), urUSMGetMemAllocInfo(NULL, NULL, UR_USM_ALLOC_INFO_TYPE, 0, NULL, &r));
    ROW_OUT("urUSMGetMemAllocInfo: NULL pointer", UR_ERR(INVALID_NULL_POINTER), r, SENT(size_t),
            urUSMGetMemAllocInfo(ctx, NULL, UR_USM_ALLOC_INFO_FORCE_UINT32, 0, NULL, &r));

    static const struct etor etors[] = {
        FIX(UR_USM_ALLOC_INFO_TYPE, ur_usm_type_t),
        FIX(UR_USM_ALLOC_INFO_BASE_PTR, void *),
        FIX(UR_USM_ALLOC_INFO_SIZE, size_t),
        FIX(UR_USM_ALLOC_INFO_DEVICE, ur_device_handle_t),
        FIX(UR_USM_ALLOC_INFO_POOL, ur_usm_pool_handle_t),
    };
    const struct info_fn f = {"urUSMGetMemAllocInfo",
                              call_usm,
                              ctx,
                              (char *)dA + 16,
                              (void *)q,
                              UR_ERR(INVALID_CONTEXT),
                              etors,
                              5,
                              0,
                              UR_USM_ALLOC_INFO_POOL,
                              RULES_HELPER};
    info_matrix(&f);

    ur_usm_type_t type = UR_USM_TYPE_FORCE_UINT32;
    void *base = NULL;
    size_t size = 0;
    ur_device_handle_t dev = NULL;
    ROW("urUSMGetMemAllocInfo(TYPE): inside a device allocation", OK,
        urUSMGetMemAllocInfo(ctx, (char *)dA + 16, UR_USM_ALLOC_INFO_TYPE, sizeof(type), &type,
                             NULL));
    CHECK(type == UR_USM_TYPE_DEVICE);
    ROW("urUSMGetMemAllocInfo(BASE_PTR): inside a device allocation", OK,
        urUSMGetMemAllocInfo(ctx, (char *)dA + 16, UR_USM_ALLOC_INFO_BASE_PTR, sizeof(base), &base,
                             NULL));
    CHECK(base == dA);
    ROW("urUSMGetMemAllocInfo(SIZE)", OK,
        urUSMGetMemAllocInfo(ctx, dA, UR_USM_ALLOC_INFO_SIZE, sizeof(size), &size, NULL));
    CHECK(size >= ALLOC);
    ROW("urUSMGetMemAllocInfo(DEVICE)", OK,
        urUSMGetMemAllocInfo(ctx, dB, UR_USM_ALLOC_INFO_DEVICE, sizeof(dev), &dev, NULL));
    CHECK(dev == d1);
    ur_usm_pool_handle_t pool = SENT(ur_usm_pool_handle_t);
    ROW("urUSMGetMemAllocInfo(POOL): an allocation made without a pool", OK,
        urUSMGetMemAllocInfo(ctx, dB, UR_USM_ALLOC_INFO_POOL, sizeof(pool), &pool, NULL));
    CHECK(pool == NULL);
    ROW_OUT("urUSMGetMemAllocInfo(POOL): memory nobody allocated", UR_ERR(INVALID_VALUE), pool,
            SENT(ur_usm_pool_handle_t),
            urUSMGetMemAllocInfo(ctx, &local, UR_USM_ALLOC_INFO_POOL, sizeof(pool), &pool, NULL));
    ROW("urUSMGetMemAllocInfo(TYPE): host allocation", OK,
        urUSMGetMemAllocInfo(ctx, hA, UR_USM_ALLOC_INFO_TYPE, sizeof(type), &type, NULL));
    CHECK(type == UR_USM_TYPE_HOST);
    ROW("urUSMGetMemAllocInfo(TYPE): memory nobody allocated is UNKNOWN", OK,
        urUSMGetMemAllocInfo(ctx, &local, UR_USM_ALLOC_INFO_TYPE, sizeof(type), &type, NULL));
    CHECK(type == UR_USM_TYPE_UNKNOWN);
    ROW_OUT("urUSMGetMemAllocInfo(SIZE): memory nobody allocated", UR_ERR(INVALID_VALUE), size,
            SENT(size_t),
            urUSMGetMemAllocInfo(ctx, &local, UR_USM_ALLOC_INFO_SIZE, sizeof(size), &size, NULL));
}

/* The three wait-list rules and the per-element rule, for an enqueue `call` taking (n, list). */
static void test_enqueue(void)
{
    const ur_queue_handle_t bq = BOGUS(ur_queue_handle_t);
    const ur_queue_handle_t wrong = (ur_queue_handle_t)(void *)ctx;
    ur_event_handle_t e;
    const ur_event_handle_t S = SENT(ur_event_handle_t);
    ur_event_handle_t null_ev[1] = {NULL}, nokind_ev[1] = {BOGUS(ur_event_handle_t)};
    ur_event_handle_t queue_ev[1] = {(ur_event_handle_t)(void *)q};
    ur_event_handle_t good_then_null[2] = {ev, NULL};
    static unsigned char host[2 * ALLOC];
    char *const a = dA, *const b = dB;
    const uint32_t pat4 = 0xdeadbeefu;
    unsigned char pat[256];
    memset(pat, 0x3c, sizeof(pat));

    /* urEnqueueUSMMemcpy: NULL_POINTER x2, NULL_HANDLE, SIZE (0), the wait-list rules, QUEUE,
     * bounds of pDst then pSrc, then each wait-list element. */
    ROW("memcpy: everything wrong", UR_ERR(INVALID_NULL_POINTER),
        urEnqueueUSMMemcpy(NULL, false, NULL, NULL, 0, 1, NULL, NULL));
    ROW_OUT("memcpy: NULL destination", UR_ERR(INVALID_NULL_POINTER), e, S,
            urEnqueueUSMMemcpy(q, false, NULL, a, 64, 0, NULL, &e));
    ROW_OUT("memcpy: NULL source", UR_ERR(INVALID_NULL_POINTER), e, S,
            urEnqueueUSMMemcpy(q, false, a, NULL, 64, 0, NULL, &e));
    ROW_OUT("memcpy: NULL queue", UR_ERR(INVALID_NULL_HANDLE), e, S,
            urEnqueueUSMMemcpy(NULL, false, b, a, 64, 0, NULL, &e));
    ROW_OUT("memcpy: NULL queue, size 0, bad wait list", UR_ERR(INVALID_NULL_HANDLE), e, S,
            urEnqueueUSMMemcpy(NULL, false, b, a, 0, 1, NULL, &e));
    ROW_OUT("memcpy: size 0", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy(q, true, b, a, 0, 0, NULL, &e));
    ROW_OUT("memcpy: size 0 and a bad wait list", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy(q, true, b, a, 0, 1, NULL, &e));
    ROW_OUT("memcpy: wait list (1, NULL)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMMemcpy(q, true, b, a, 64, 1, NULL, &e));
    ROW_OUT("memcpy: wait list (0, &ev)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMMemcpy(q, true, b, a, 64, 0, &ev, &e));
    ROW_OUT("memcpy: wait list (1, &nullEvent)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMMemcpy(q, true, b, a, 64, 1, null_ev, &e));
    ROW_OUT("memcpy: wait list (2, {ev, NULL})", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMMemcpy(q, true, b, a, 64, 2, good_then_null, &e));
    ROW_OUT("memcpy: wait list element of no kind", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMMemcpy(q, true, b, a, 64, 1, nokind_ev, &e));
    ROW_OUT("memcpy: wait list element a queue", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMMemcpy(q, true, b, a, 64, 1, queue_ev, &e));
    ROW_OUT("memcpy: queue of no kind and a bad wait list", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMMemcpy(bq, true, b, a, 64, 1, NULL, &e));
    ROW_OUT("memcpy: queue of no kind", UR_ERR(INVALID_QUEUE), e, S,
            urEnqueueUSMMemcpy(bq, true, b, a, 64, 0, NULL, &e));
    ROW_OUT("memcpy: a context as queue", UR_ERR(INVALID_QUEUE), e, S,
            urEnqueueUSMMemcpy(wrong, true, b, a, 64, 0, NULL, &e));
    ROW_OUT("memcpy: past the end of the source", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy(q, true, host, a, ALLOC + 1, 0, NULL, &e));
    ROW_OUT("memcpy: past the end of the destination", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy(q, true, b, host, ALLOC + 1, 0, NULL, &e));
    ROW_OUT("memcpy: from inside the source past its end", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy(q, true, host, a + 4000, 200, 0, NULL, &e));
    ROW_OUT("memcpy: into the destination past its end", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy(q, true, b + 1, a, ALLOC, 0, NULL, &e));
    ROW_OUT("memcpy: host allocation past its end", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy(q, true, (char *)hA + 8, host, ALLOC, 0, NULL, &e));
    ROW_OUT("memcpy: past the end and a NULL wait-list element", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy(q, true, b, a + 1, ALLOC, 1, null_ev, &e));
    ROW_OUT("memcpy: size SIZE_MAX", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy(q, true, b, a, SIZE_MAX, 0, NULL, &e));
    ROW("memcpy: up to the last byte", OK,
        urEnqueueUSMMemcpy(q, true, host, a + 4000, ALLOC - 4000, 0, NULL, NULL));
    ROW("memcpy: host memory both ways", OK,
        urEnqueueUSMMemcpy(q, true, host + ALLOC, host, ALLOC, 0, NULL, NULL));
    ROW("memcpy: non-blocking, waiting for an event", OK,
        urEnqueueUSMMemcpy(q, false, host, b, 64, 1, &ev, &e));
    ROW("memcpy: wait for that copy", OK, urEventWait(1, &e));
    ROW("memcpy: release its event", OK, urEventRelease(e));

    /* An event used after its last release (no event is created in between). */
    ur_event_handle_t stale[1] = {e}, out;
    ur_event_status_t status;
    uint64_t t;
    ROW("urEventWait: released", UR_ERR(INVALID_EVENT), urEventWait(1, stale));
    ROW("urEventRetain: released", UR_ERR(INVALID_EVENT), urEventRetain(e));
    ROW("urEventRelease: released", UR_ERR(INVALID_EVENT), urEventRelease(e));
    ROW_OUT(
        "urEventGetInfo: released", UR_ERR(INVALID_EVENT), status, UR_EVENT_STATUS_FORCE_UINT32,
        urEventGetInfo(e, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(status), &status, NULL));
    ROW_OUT("urEventGetProfilingInfo: released", UR_ERR(INVALID_EVENT), t, 0x5e5e5e5eull,
            urEventGetProfilingInfo(e, UR_PROFILING_INFO_COMMAND_START, sizeof(t), &t, NULL));
    ROW_OUT("memcpy: a released event in the wait list", UR_ERR(INVALID_EVENT_WAIT_LIST), out, S,
            urEnqueueUSMMemcpy(q, true, host, a, 64, 1, stale, &out));
    ROW_OUT("fill: a released event in the wait list", UR_ERR(INVALID_EVENT_WAIT_LIST), out, S,
            urEnqueueUSMFill(q, a, 4, &pat4, 64, 1, stale, &out));
    ROW_OUT("events wait: a released event in the wait list", UR_ERR(INVALID_EVENT_WAIT_LIST), out,
            S, urEnqueueEventsWait(q, 1, stale, &out));

    /* urEnqueueUSMFill: NULL_POINTER x2, NULL_HANDLE, SIZE (four rules), wait list, QUEUE,
     * bounds, elements. Any pattern size that divides the size is valid (the specification's
     * "power of 2" has no return code; upstream's CTS fills with 10- and 256-byte patterns). */
    ROW("fill: everything wrong", UR_ERR(INVALID_NULL_POINTER),
        urEnqueueUSMFill(NULL, NULL, 0, NULL, 0, 1, NULL, NULL));
    ROW_OUT("fill: NULL memory", UR_ERR(INVALID_NULL_POINTER), e, S,
            urEnqueueUSMFill(q, NULL, 4, &pat4, 64, 0, NULL, &e));
    ROW_OUT("fill: NULL pattern", UR_ERR(INVALID_NULL_POINTER), e, S,
            urEnqueueUSMFill(q, a, 4, NULL, 64, 0, NULL, &e));
    ROW_OUT("fill: NULL queue", UR_ERR(INVALID_NULL_HANDLE), e, S,
            urEnqueueUSMFill(NULL, a, 4, &pat4, 64, 0, NULL, &e));
    ROW_OUT("fill: NULL queue and bad sizes", UR_ERR(INVALID_NULL_HANDLE), e, S,
            urEnqueueUSMFill(NULL, a, 0, &pat4, 0, 1, NULL, &e));
    ROW_OUT("fill: patternSize 0", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill(q, a, 0, &pat4, 64, 0, NULL, &e));
    ROW_OUT("fill: size 0", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill(q, a, 4, &pat4, 0, 0, NULL, &e));
    ROW_OUT("fill: patternSize > size", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill(q, a, 8, pat, 4, 0, NULL, &e));
    ROW_OUT("fill: size not a multiple of patternSize", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill(q, a, 4, &pat4, 10, 0, NULL, &e));
    ROW_OUT("fill: patternSize 0 and a bad wait list", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill(q, a, 0, &pat4, 64, 1, NULL, &e));
    ROW_OUT("fill: wait list (1, NULL)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMFill(q, a, 4, &pat4, 64, 1, NULL, &e));
    ROW_OUT("fill: wait list (0, &ev)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMFill(q, a, 4, &pat4, 64, 0, &ev, &e));
    ROW_OUT("fill: wait list (1, &nullEvent)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMFill(q, a, 4, &pat4, 64, 1, null_ev, &e));
    ROW_OUT("fill: wait list element of no kind", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMFill(q, a, 4, &pat4, 64, 1, nokind_ev, &e));
    ROW_OUT("fill: pattern size 3 and a bad wait list", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMFill(q, a, 3, pat, 6, 1, NULL, &e));
    ROW_OUT("fill: queue of no kind", UR_ERR(INVALID_QUEUE), e, S,
            urEnqueueUSMFill(bq, a, 4, &pat4, 64, 0, NULL, &e));
    ROW_OUT("fill: a context as queue", UR_ERR(INVALID_QUEUE), e, S,
            urEnqueueUSMFill(wrong, a, 4, &pat4, 64, 0, NULL, &e));
    ROW_OUT("fill: patternSize 3, size 8 (not a multiple)", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill(q, a, 3, pat, 8, 0, NULL, &e));
    ROW("fill: patternSize 3", OK, urEnqueueUSMFill(q, a, 3, pat, 6, 0, NULL, NULL));
    ROW("fill: patternSize 12", OK, urEnqueueUSMFill(q, a, 12, pat, 24, 0, NULL, NULL));
    ROW("fill: patternSize 256", OK, urEnqueueUSMFill(q, a, 256, pat, 512, 0, NULL, NULL));
    ROW_OUT("fill: past the end", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill(q, a + ALLOC - 8, 4, &pat4, 16, 0, NULL, &e));
    ROW_OUT("fill: one pattern more than the allocation", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill(q, a, 4, &pat4, ALLOC + 4, 0, NULL, &e));
    ROW_OUT("fill: past the end and a NULL wait-list element", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill(q, a + 8, 4, &pat4, ALLOC, 1, null_ev, &e));
    ROW("fill: patternSize 128", OK, urEnqueueUSMFill(q, b, 128, pat, 256, 0, NULL, NULL));
    ROW("fill: patternSize 1, whole allocation", OK,
        urEnqueueUSMFill(q, b, 1, pat, ALLOC, 1, &ev, &e));
    ROW("fill: wait for it", OK, urEventWait(1, &e));
    ROW("fill: release its event", OK, urEventRelease(e));

    /* urEnqueueEventsWait: NULL_HANDLE, wait list, QUEUE, elements. */
    ROW_OUT("events wait: NULL queue", UR_ERR(INVALID_NULL_HANDLE), e, S,
            urEnqueueEventsWait(NULL, 1, NULL, &e));
    ROW_OUT("events wait: wait list (1, NULL)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueEventsWait(q, 1, NULL, &e));
    ROW_OUT("events wait: wait list (0, &ev)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueEventsWait(q, 0, &ev, &e));
    ROW_OUT("events wait: wait list (1, &nullEvent)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueEventsWait(q, 1, null_ev, &e));
    ROW_OUT("events wait: wait list (2, {ev, NULL})", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueEventsWait(q, 2, good_then_null, &e));
    ROW_OUT("events wait: wait list element of no kind", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueEventsWait(q, 1, nokind_ev, &e));
    ROW_OUT("events wait: queue of no kind and a bad wait list", UR_ERR(INVALID_EVENT_WAIT_LIST), e,
            S, urEnqueueEventsWait(bq, 0, &ev, &e));
    ROW_OUT("events wait: queue of no kind", UR_ERR(INVALID_QUEUE), e, S,
            urEnqueueEventsWait(bq, 0, NULL, &e));
    ROW_OUT("events wait: a context as queue", UR_ERR(INVALID_QUEUE), e, S,
            urEnqueueEventsWait(wrong, 1, &ev, &e));
    ROW("events wait: empty list", OK, urEnqueueEventsWait(q, 0, NULL, &e));
    ROW("events wait: wait for it", OK, urEventWait(1, &e));
    ROW("events wait: release its event", OK, urEventRelease(e));
    ROW("events wait: one event, no output", OK, urEnqueueEventsWait(q, 1, &ev, NULL));
    ROW("queue finish", OK, urQueueFinish(q));

    /* urEnqueueUSMMemcpy2D: NULL_POINTER x2, NULL_HANDLE, SIZE (pitches, height), wait list,
     * QUEUE, bounds (pitch * height from each pointer), elements. */
    ROW("memcpy2D: everything wrong", UR_ERR(INVALID_NULL_POINTER),
        urEnqueueUSMMemcpy2D(NULL, true, NULL, 0, NULL, 0, 8, 0, 1, NULL, NULL));
    ROW_OUT("memcpy2D: NULL destination", UR_ERR(INVALID_NULL_POINTER), e, S,
            urEnqueueUSMMemcpy2D(q, true, NULL, 64, a, 64, 64, 4, 0, NULL, &e));
    ROW_OUT("memcpy2D: NULL source", UR_ERR(INVALID_NULL_POINTER), e, S,
            urEnqueueUSMMemcpy2D(q, true, b, 64, NULL, 64, 64, 4, 0, NULL, &e));
    ROW_OUT("memcpy2D: NULL queue", UR_ERR(INVALID_NULL_HANDLE), e, S,
            urEnqueueUSMMemcpy2D(NULL, true, b, 64, a, 64, 64, 4, 0, NULL, &e));
    ROW_OUT("memcpy2D: dstPitch 0", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy2D(q, true, b, 0, a, 64, 64, 4, 0, NULL, &e));
    ROW_OUT("memcpy2D: srcPitch 0", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy2D(q, true, b, 64, a, 0, 64, 4, 0, NULL, &e));
    ROW_OUT("memcpy2D: height 0", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy2D(q, true, b, 64, a, 64, 64, 0, 0, NULL, &e));
    ROW_OUT("memcpy2D: dstPitch < width", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy2D(q, true, b, 32, a, 64, 64, 4, 0, NULL, &e));
    ROW_OUT("memcpy2D: srcPitch < width", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy2D(q, true, b, 64, a, 32, 64, 4, 0, NULL, &e));
    ROW_OUT("memcpy2D: height 0 and a bad wait list", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy2D(q, true, b, 64, a, 64, 64, 0, 1, NULL, &e));
    ROW_OUT("memcpy2D: wait list (1, NULL)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMMemcpy2D(q, true, b, 64, a, 64, 64, 4, 1, NULL, &e));
    ROW_OUT("memcpy2D: wait list (1, &nullEvent)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMMemcpy2D(q, true, b, 64, a, 64, 64, 4, 1, null_ev, &e));
    ROW_OUT("memcpy2D: queue of no kind", UR_ERR(INVALID_QUEUE), e, S,
            urEnqueueUSMMemcpy2D(bq, true, b, 64, a, 64, 64, 4, 0, NULL, &e));
    ROW_OUT("memcpy2D: destination pitch * height past the end", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy2D(q, true, b, ALLOC / 4 + 1, a, 64, 64, 4, 0, NULL, &e));
    ROW_OUT("memcpy2D: source pitch * height past the end", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMMemcpy2D(q, true, b, 64, a + 64, ALLOC / 4, 64, 4, 0, NULL, &e));
    ROW("memcpy2D: rows at two pitches", OK,
        urEnqueueUSMMemcpy2D(q, false, b, 100, a, 64, 60, 40, 1, &ev, &e));
    ur_command_t cmd2 = UR_COMMAND_FORCE_UINT32;
    ROW("memcpy2D: its command type", OK,
        urEventGetInfo(e, UR_EVENT_INFO_COMMAND_TYPE, sizeof(cmd2), &cmd2, NULL));
    CHECK(cmd2 == UR_COMMAND_USM_MEMCPY_2D);
    ROW("memcpy2D: wait for it", OK, urEventWait(1, &e));
    ROW("memcpy2D: release its event", OK, urEventRelease(e));
    ROW("memcpy2D: width 0", OK, urEnqueueUSMMemcpy2D(q, true, b, 64, a, 64, 0, 4, 0, NULL, NULL));

    /* urEnqueueUSMFill2D: NULL_POINTER x2, NULL_HANDLE, SIZE (pitch, width, height, pattern
     * size and its multiple), wait list, QUEUE, bounds, elements. */
    ROW("fill2D: everything wrong", UR_ERR(INVALID_NULL_POINTER),
        urEnqueueUSMFill2D(NULL, NULL, 0, 0, NULL, 0, 0, 1, NULL, NULL));
    ROW_OUT("fill2D: NULL memory", UR_ERR(INVALID_NULL_POINTER), e, S,
            urEnqueueUSMFill2D(q, NULL, 64, 4, pat, 64, 4, 0, NULL, &e));
    ROW_OUT("fill2D: NULL pattern", UR_ERR(INVALID_NULL_POINTER), e, S,
            urEnqueueUSMFill2D(q, a, 64, 4, NULL, 64, 4, 0, NULL, &e));
    ROW_OUT("fill2D: NULL queue", UR_ERR(INVALID_NULL_HANDLE), e, S,
            urEnqueueUSMFill2D(NULL, a, 64, 4, pat, 64, 4, 0, NULL, &e));
    ROW_OUT("fill2D: pitch 0", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill2D(q, a, 0, 4, pat, 64, 4, 0, NULL, &e));
    ROW_OUT("fill2D: pitch < width", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill2D(q, a, 63, 4, pat, 64, 4, 0, NULL, &e));
    ROW_OUT("fill2D: width 0", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill2D(q, a, 64, 4, pat, 0, 4, 0, NULL, &e));
    ROW_OUT("fill2D: height 0", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill2D(q, a, 64, 4, pat, 64, 0, 0, NULL, &e));
    ROW_OUT("fill2D: patternSize 0", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill2D(q, a, 64, 0, pat, 64, 4, 0, NULL, &e));
    ROW_OUT("fill2D: patternSize > width * height", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill2D(q, a, 64, 32, pat, 4, 4, 0, NULL, &e));
    ROW_OUT("fill2D: width * height not a multiple of patternSize", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill2D(q, a, 64, 4, pat, 15, 15, 0, NULL, &e));
    ROW_OUT("fill2D: wait list (1, NULL)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMFill2D(q, a, 64, 4, pat, 64, 4, 1, NULL, &e));
    ROW_OUT("fill2D: wait list (0, &ev)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMFill2D(q, a, 64, 4, pat, 64, 4, 0, &ev, &e));
    ROW_OUT("fill2D: queue of no kind", UR_ERR(INVALID_QUEUE), e, S,
            urEnqueueUSMFill2D(bq, a, 64, 4, pat, 64, 4, 0, NULL, &e));
    ROW_OUT("fill2D: pitch * height past the end (one row)", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill2D(q, a, ALLOC + 1, 4, pat, 64, 1, 0, NULL, &e));
    ROW_OUT("fill2D: pitch * height past the end", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMFill2D(q, a + 64, 64, 4, pat, 64, ALLOC / 64, 0, NULL, &e));
    ROW("fill2D: a 3-byte pattern over rows of 20", OK,
        urEnqueueUSMFill2D(q, a, 64, 3, pat, 20, 6, 1, &ev, &e));
    ROW("fill2D: its command type", OK,
        urEventGetInfo(e, UR_EVENT_INFO_COMMAND_TYPE, sizeof(cmd2), &cmd2, NULL));
    CHECK(cmd2 == UR_COMMAND_USM_FILL_2D);
    ROW("fill2D: wait for it", OK, urEventWait(1, &e));
    ROW("fill2D: release its event", OK, urEventRelease(e));

    /* urEnqueueEventsWaitWithBarrierExt: NULL_HANDLE, ENUMERATION (flags), then the barrier's. */
    ur_exp_enqueue_ext_properties_t lowp = {UR_STRUCTURE_TYPE_EXP_ENQUEUE_EXT_PROPERTIES, NULL,
                                            UR_EXP_ENQUEUE_EXT_FLAG_LOW_POWER_EVENTS_SUPPORT};
    ur_exp_enqueue_ext_properties_t badp = {UR_STRUCTURE_TYPE_EXP_ENQUEUE_EXT_PROPERTIES, NULL,
                                            1u << 12};
    ROW_OUT("barrier ext: NULL queue", UR_ERR(INVALID_NULL_HANDLE), e, S,
            urEnqueueEventsWaitWithBarrierExt(NULL, &badp, 1, NULL, &e));
    ROW_OUT("barrier ext: flag bit 12", UR_ERR(INVALID_ENUMERATION), e, S,
            urEnqueueEventsWaitWithBarrierExt(q, &badp, 1, NULL, &e));
    ROW_OUT("barrier ext: wait list (1, NULL)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueEventsWaitWithBarrierExt(q, &lowp, 1, NULL, &e));
    ROW_OUT("barrier ext: wait list (1, &nullEvent)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueEventsWaitWithBarrierExt(q, NULL, 1, null_ev, &e));
    ROW_OUT("barrier ext: queue of no kind", UR_ERR(INVALID_QUEUE), e, S,
            urEnqueueEventsWaitWithBarrierExt(bq, &lowp, 0, NULL, &e));
    ROW("barrier ext: low-power events", OK,
        urEnqueueEventsWaitWithBarrierExt(q, &lowp, 1, &ev, &e));
    ur_command_t bcmd = UR_COMMAND_FORCE_UINT32;
    ROW("barrier ext: its command type", OK,
        urEventGetInfo(e, UR_EVENT_INFO_COMMAND_TYPE, sizeof(bcmd), &bcmd, NULL));
    CHECK(bcmd == UR_COMMAND_EVENTS_WAIT_WITH_BARRIER);
    ROW("barrier ext: wait for it", OK, urEventWait(1, &e));
    ROW("barrier ext: release its event", OK, urEventRelease(e));
    ROW("barrier ext: no properties, no event", OK,
        urEnqueueEventsWaitWithBarrierExt(q, NULL, 0, NULL, NULL));

    /* urEnqueueTimestampRecordingExp: NULL_POINTER (the event, required), NULL_HANDLE, wait
     * list, QUEUE, elements; then UNSUPPORTED_FEATURE where the device does not record. */
    ROW("timestamp: everything wrong", UR_ERR(INVALID_NULL_POINTER),
        urEnqueueTimestampRecordingExp(NULL, false, 1, NULL, NULL));
    ROW("timestamp: no event", UR_ERR(INVALID_NULL_POINTER),
        urEnqueueTimestampRecordingExp(q, false, 0, NULL, NULL));
    ROW_OUT("timestamp: NULL queue", UR_ERR(INVALID_NULL_HANDLE), e, S,
            urEnqueueTimestampRecordingExp(NULL, false, 0, NULL, &e));
    ROW_OUT("timestamp: wait list (1, NULL)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueTimestampRecordingExp(q, true, 1, NULL, &e));
    ROW_OUT("timestamp: wait list (0, &ev)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueTimestampRecordingExp(q, true, 0, &ev, &e));
    ROW_OUT("timestamp: queue of no kind", UR_ERR(INVALID_QUEUE), e, S,
            urEnqueueTimestampRecordingExp(bq, false, 0, NULL, &e));
    ROW_OUT("timestamp: wait list (1, &nullEvent)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueTimestampRecordingExp(q, false, 1, null_ev, &e));
    ur_bool_t records = false;
    ROW("timestamp: device support", OK,
        urDeviceGetInfo(d0, UR_DEVICE_INFO_TIMESTAMP_RECORDING_SUPPORT_EXP, sizeof(records),
                        &records, NULL));
    if (!records) {
        ROW_OUT("timestamp: not recorded by this device", UR_ERR(UNSUPPORTED_FEATURE), e, S,
                urEnqueueTimestampRecordingExp(q, false, 1, &ev, &e));
    } else {
        ROW("timestamp: after the wait list", OK,
            urEnqueueTimestampRecordingExp(q, false, 1, &ev, &e));
        ur_command_t tcmd = UR_COMMAND_FORCE_UINT32;
        ROW("timestamp: its command type", OK,
            urEventGetInfo(e, UR_EVENT_INFO_COMMAND_TYPE, sizeof(tcmd), &tcmd, NULL));
        CHECK(tcmd == UR_COMMAND_TIMESTAMP_RECORDING_EXP);
        ROW("timestamp: wait for it", OK, urEventWait(1, &e));
        ROW("timestamp: release its event", OK, urEventRelease(e));
    }

    /* urEnqueueUSMPrefetch: NULL_POINTER, NULL_HANDLE, ENUMERATION, SIZE (0), wait list, QUEUE,
     * bounds, elements. */
    const ur_usm_migration_flags_t h2d = UR_USM_MIGRATION_FLAG_HOST_TO_DEVICE;
    ur_command_t cmd = UR_COMMAND_FORCE_UINT32;
    ROW("prefetch: everything wrong", UR_ERR(INVALID_NULL_POINTER),
        urEnqueueUSMPrefetch(NULL, NULL, 0, 0xffffffffu, 1, NULL, NULL));
    ROW_OUT("prefetch: NULL memory", UR_ERR(INVALID_NULL_POINTER), e, S,
            urEnqueueUSMPrefetch(q, NULL, 64, h2d, 0, NULL, &e));
    ROW_OUT("prefetch: NULL queue", UR_ERR(INVALID_NULL_HANDLE), e, S,
            urEnqueueUSMPrefetch(NULL, a, 64, h2d, 0, NULL, &e));
    ROW_OUT("prefetch: NULL queue and bad flags", UR_ERR(INVALID_NULL_HANDLE), e, S,
            urEnqueueUSMPrefetch(NULL, a, 64, 0xffffffffu, 0, NULL, &e));
    ROW_OUT("prefetch: flag bit 2", UR_ERR(INVALID_ENUMERATION), e, S,
            urEnqueueUSMPrefetch(q, a, 64, 1u << 2, 0, NULL, &e));
    ROW_OUT("prefetch: FORCE_UINT32 and size 0", UR_ERR(INVALID_ENUMERATION), e, S,
            urEnqueueUSMPrefetch(q, a, 0, UR_USM_MIGRATION_FLAG_FORCE_UINT32, 0, NULL, &e));
    ROW_OUT("prefetch: size 0", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMPrefetch(q, a, 0, h2d, 0, NULL, &e));
    ROW_OUT("prefetch: size 0 and a bad wait list", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMPrefetch(q, a, 0, h2d, 1, NULL, &e));
    ROW_OUT("prefetch: wait list (1, NULL)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMPrefetch(q, a, 64, h2d, 1, NULL, &e));
    ROW_OUT("prefetch: wait list (0, &ev)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMPrefetch(q, a, 64, h2d, 0, &ev, &e));
    ROW_OUT("prefetch: wait list (1, &nullEvent)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMPrefetch(q, a, 64, h2d, 1, null_ev, &e));
    ROW_OUT("prefetch: queue of no kind and a bad wait list", UR_ERR(INVALID_EVENT_WAIT_LIST), e, S,
            urEnqueueUSMPrefetch(bq, a, 64, h2d, 1, NULL, &e));
    ROW_OUT("prefetch: queue of no kind", UR_ERR(INVALID_QUEUE), e, S,
            urEnqueueUSMPrefetch(bq, a, 64, h2d, 0, NULL, &e));
    ROW_OUT("prefetch: a context as queue", UR_ERR(INVALID_QUEUE), e, S,
            urEnqueueUSMPrefetch(wrong, a, 64, h2d, 0, NULL, &e));
    ROW_OUT("prefetch: past the end", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMPrefetch(q, a, ALLOC * 2, h2d, 0, NULL, &e));
    ROW_OUT("prefetch: past the end and a NULL wait-list element", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMPrefetch(q, a + 8, ALLOC, h2d, 1, null_ev, &e));
    ROW("prefetch: host memory, DEVICE_TO_HOST", OK,
        urEnqueueUSMPrefetch(q, host, 64, UR_USM_MIGRATION_FLAG_DEVICE_TO_HOST, 0, NULL, NULL));
    ROW("prefetch: no flags, waiting for an event", OK,
        urEnqueueUSMPrefetch(q, a, ALLOC, 0, 1, &ev, &e));
    ROW("prefetch: its command type", OK,
        urEventGetInfo(e, UR_EVENT_INFO_COMMAND_TYPE, sizeof(cmd), &cmd, NULL));
    CHECK(cmd == UR_COMMAND_USM_PREFETCH);
    ROW("prefetch: wait for it", OK, urEventWait(1, &e));
    ROW("prefetch: release its event", OK, urEventRelease(e));

    /* urEnqueueUSMAdvise: NULL_POINTER, NULL_HANDLE, ENUMERATION, SIZE (0), QUEUE, bounds. */
    const ur_usm_advice_flags_t rm = UR_USM_ADVICE_FLAG_SET_READ_MOSTLY;
    ROW("advise: everything wrong", UR_ERR(INVALID_NULL_POINTER),
        urEnqueueUSMAdvise(NULL, NULL, 0, 0xffffffffu, NULL));
    ROW_OUT("advise: NULL memory", UR_ERR(INVALID_NULL_POINTER), e, S,
            urEnqueueUSMAdvise(q, NULL, 64, rm, &e));
    ROW_OUT("advise: NULL queue", UR_ERR(INVALID_NULL_HANDLE), e, S,
            urEnqueueUSMAdvise(NULL, a, 64, rm, &e));
    ROW_OUT("advise: advice bit 17", UR_ERR(INVALID_ENUMERATION), e, S,
            urEnqueueUSMAdvise(q, a, 64, 1u << 17, &e));
    ROW_OUT("advise: FORCE_UINT32 and size 0", UR_ERR(INVALID_ENUMERATION), e, S,
            urEnqueueUSMAdvise(q, a, 0, UR_USM_ADVICE_FLAG_FORCE_UINT32, &e));
    ROW_OUT("advise: size 0", UR_ERR(INVALID_SIZE), e, S, urEnqueueUSMAdvise(q, a, 0, rm, &e));
    ROW_OUT("advise: size 0 and a queue of no kind", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMAdvise(bq, a, 0, rm, &e));
    ROW_OUT("advise: queue of no kind", UR_ERR(INVALID_QUEUE), e, S,
            urEnqueueUSMAdvise(bq, a, 64, rm, &e));
    ROW_OUT("advise: a context as queue", UR_ERR(INVALID_QUEUE), e, S,
            urEnqueueUSMAdvise(wrong, a, 64, rm, &e));
    ROW_OUT("advise: past the end", UR_ERR(INVALID_SIZE), e, S,
            urEnqueueUSMAdvise(q, a + 1, ALLOC, rm, &e));
    ROW("advise: several hints, no event", OK,
        urEnqueueUSMAdvise(q, a, ALLOC, rm | UR_USM_ADVICE_FLAG_BIAS_CACHED, NULL));
    ROW("advise: non-coherent memory", OK,
        urEnqueueUSMAdvise(q, b, ALLOC, UR_USM_ADVICE_FLAG_SET_NON_COHERENT_MEMORY, &e));
    ROW("advise: its command type", OK,
        urEventGetInfo(e, UR_EVENT_INFO_COMMAND_TYPE, sizeof(cmd), &cmd, NULL));
    CHECK(cmd == UR_COMMAND_USM_ADVISE);
    ROW("advise: wait for it", OK, urEventWait(1, &e));
    ROW("advise: release its event", OK, urEventRelease(e));
    ROW("queue finish after the hints", OK, urQueueFinish(q));
}

/* What urEventSetCallback's callbacks saw. */
struct cb_record {
    int calls;
    ur_event_handle_t event;
    ur_execution_info_t status;
};

static void record_callback(ur_event_handle_t hEvent, ur_execution_info_t execStatus, void *data)
{
    struct cb_record *r = data;
    r->calls++;
    r->event = hEvent;
    r->status = execStatus;
}

static ur_result_t call_mem(const struct info_fn *f, void *h, uint32_t prop, size_t size,
                            void *value, size_t *size_ret)
{
    (void)f;
    return urMemGetInfo((ur_mem_handle_t)h, (ur_mem_info_t)prop, size, value, size_ret);
}

/* Memory buffers: urMem* and the buffer enqueue commands. Order: NULL_POINTER, NULL_HANDLE,
 * enumerations and flags, sizes, the wait-list rules, the handles' kinds, bounds, then each
 * wait-list element. */
static void test_mem(void)
{
    const ur_context_handle_t bctx = BOGUS(ur_context_handle_t);
    const ur_mem_handle_t bmem = BOGUS(ur_mem_handle_t);
    const ur_mem_handle_t wrong = (ur_mem_handle_t)(void *)q;
    const ur_mem_handle_t S = SENT(ur_mem_handle_t);
    const ur_event_handle_t SE = SENT(ur_event_handle_t);
    ur_event_handle_t null_ev[1] = {NULL}, nokind_ev[1] = {BOGUS(ur_event_handle_t)};
    static unsigned char host[2 * ALLOC];
    ur_mem_handle_t m, b, sub;
    ur_event_handle_t e;
    void *p;
    void *const SP = SENT(void *);
    ur_buffer_properties_t hp = {UR_STRUCTURE_TYPE_BUFFER_PROPERTIES, NULL, host};
    ur_buffer_properties_t nohp = {UR_STRUCTURE_TYPE_BUFFER_PROPERTIES, NULL, NULL};

    /* urMemBufferCreate */
    ROW_OUT("buffer: everything wrong", UR_ERR(INVALID_NULL_POINTER), m, S,
            urMemBufferCreate(NULL, UR_MEM_FLAG_FORCE_UINT32, 0, NULL, NULL));
    ROW_OUT("buffer: NULL context", UR_ERR(INVALID_NULL_HANDLE), m, S,
            urMemBufferCreate(NULL, UR_MEM_FLAG_FORCE_UINT32, 0, NULL, &m));
    ROW_OUT("buffer: bad flags and size 0", UR_ERR(INVALID_ENUMERATION), m, S,
            urMemBufferCreate(ctx, 1u << 6, 0, NULL, &m));
    ROW_OUT("buffer: size 0 and a host pointer without its flag", UR_ERR(INVALID_BUFFER_SIZE), m, S,
            urMemBufferCreate(ctx, 0, 0, &hp, &m));
    ROW_OUT("buffer: USE_HOST_POINTER without properties", UR_ERR(INVALID_HOST_PTR), m, S,
            urMemBufferCreate(ctx, UR_MEM_FLAG_USE_HOST_POINTER, 64, NULL, &m));
    ROW_OUT("buffer: ALLOC_COPY_HOST_POINTER without pHost", UR_ERR(INVALID_HOST_PTR), m, S,
            urMemBufferCreate(ctx, UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER, 64, &nohp, &m));
    ROW_OUT("buffer: pHost without a host-pointer flag", UR_ERR(INVALID_HOST_PTR), m, S,
            urMemBufferCreate(ctx, UR_MEM_FLAG_ALLOC_HOST_POINTER, 64, &hp, &m));
    ROW_OUT("buffer: context of no kind and a host-pointer error", UR_ERR(INVALID_HOST_PTR), m, S,
            urMemBufferCreate(bctx, UR_MEM_FLAG_USE_HOST_POINTER, 64, NULL, &m));
    ROW_OUT("buffer: context of no kind", UR_ERR(INVALID_CONTEXT), m, S,
            urMemBufferCreate(bctx, 0, 64, NULL, &m));
    ROW_OUT("buffer: a queue as context", UR_ERR(INVALID_CONTEXT), m, S,
            urMemBufferCreate((ur_context_handle_t)(void *)q, 0, 64, NULL, &m));
    ROW_OUT("buffer: two access flags", UR_ERR(INVALID_VALUE), m, S,
            urMemBufferCreate(ctx, UR_MEM_FLAG_WRITE_ONLY | UR_MEM_FLAG_READ_ONLY, 64, NULL, &m));
    ROW_OUT("buffer: USE_HOST_POINTER with ALLOC_COPY_HOST_POINTER", UR_ERR(INVALID_VALUE), m, S,
            urMemBufferCreate(ctx,
                              UR_MEM_FLAG_USE_HOST_POINTER | UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER,
                              64, &hp, &m));
    ROW_OUT("buffer: larger than any allocation", UR_ERR(INVALID_BUFFER_SIZE), m, S,
            urMemBufferCreate(ctx, 0, SIZE_MAX, NULL, &m));
    ROW("buffer: device memory", OK, urMemBufferCreate(ctx, 0, ALLOC, NULL, &m));
    ROW("buffer: host memory, copied", OK,
        urMemBufferCreate(ctx, UR_MEM_FLAG_ALLOC_HOST_POINTER | UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER,
                          ALLOC, &hp, &b));

    /* urMemRetain / urMemRelease */
    ROW("retain: NULL", UR_ERR(INVALID_NULL_HANDLE), urMemRetain(NULL));
    ROW("retain: no kind", UR_ERR(INVALID_MEM_OBJECT), urMemRetain(bmem));
    ROW("retain: a queue", UR_ERR(INVALID_MEM_OBJECT), urMemRetain(wrong));
    ROW("release: NULL", UR_ERR(INVALID_NULL_HANDLE), urMemRelease(NULL));
    ROW("release: no kind", UR_ERR(INVALID_MEM_OBJECT), urMemRelease(bmem));
    ROW("retain", OK, urMemRetain(m));
    ROW("release", OK, urMemRelease(m));

    /* urMemGetInfo */
    static const struct etor etors[] = {
        FIX(UR_MEM_INFO_SIZE, size_t),
        FIX(UR_MEM_INFO_CONTEXT, ur_context_handle_t),
        FIX(UR_MEM_INFO_REFERENCE_COUNT, uint32_t),
    };
    const struct info_fn f = {"urMemGetInfo",
                              call_mem,
                              m,
                              NULL,
                              (void *)wrong,
                              UR_ERR(INVALID_MEM_OBJECT),
                              etors,
                              3,
                              0,
                              UR_MEM_INFO_REFERENCE_COUNT,
                              RULES_STANDARD};
    info_matrix(&f);

    /* urMemBufferPartition */
    ur_buffer_region_t rg = {UR_STRUCTURE_TYPE_BUFFER_REGION, NULL, 64, 128};
    ur_buffer_region_t empty = {UR_STRUCTURE_TYPE_BUFFER_REGION, NULL, 64, 0};
    ur_buffer_region_t outside = {UR_STRUCTURE_TYPE_BUFFER_REGION, NULL, ALLOC - 64, 65};
    const ur_buffer_create_type_t R = UR_BUFFER_CREATE_TYPE_REGION;
    ROW_OUT("partition: everything wrong", UR_ERR(INVALID_NULL_POINTER), sub, S,
            urMemBufferPartition(NULL, UR_MEM_FLAG_FORCE_UINT32, R, NULL, &sub));
    ROW("partition: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urMemBufferPartition(m, 0, R, &rg, NULL));
    ROW_OUT("partition: NULL buffer", UR_ERR(INVALID_NULL_HANDLE), sub, S,
            urMemBufferPartition(NULL, UR_MEM_FLAG_FORCE_UINT32, R, &rg, &sub));
    ROW_OUT("partition: bad flags", UR_ERR(INVALID_ENUMERATION), sub, S,
            urMemBufferPartition(m, UR_MEM_FLAG_FORCE_UINT32, R, &empty, &sub));
    ROW_OUT("partition: bad type", UR_ERR(INVALID_ENUMERATION), sub, S,
            urMemBufferPartition(m, 0, UR_BUFFER_CREATE_TYPE_FORCE_UINT32, &empty, &sub));
    ROW_OUT("partition: size 0 and a buffer of no kind", UR_ERR(INVALID_BUFFER_SIZE), sub, S,
            urMemBufferPartition(bmem, 0, R, &empty, &sub));
    ROW_OUT("partition: buffer of no kind", UR_ERR(INVALID_MEM_OBJECT), sub, S,
            urMemBufferPartition(bmem, 0, R, &rg, &sub));
    ROW_OUT("partition: past the end", UR_ERR(INVALID_BUFFER_SIZE), sub, S,
            urMemBufferPartition(m, 0, R, &outside, &sub));
    ROW_OUT("partition: host-pointer flag", UR_ERR(INVALID_VALUE), sub, S,
            urMemBufferPartition(m, UR_MEM_FLAG_ALLOC_HOST_POINTER, R, &rg, &sub));
    ROW("partition", OK, urMemBufferPartition(m, UR_MEM_FLAG_READ_ONLY, R, &rg, &sub));
    ROW_OUT("partition: of a sub-buffer", UR_ERR(INVALID_MEM_OBJECT), p, SP,
            urMemBufferPartition(sub, 0, R, &rg, (ur_mem_handle_t *)&p));

    /* urMemGetNativeHandle / urMemBufferCreateWithNativeHandle */
    ur_native_handle_t nat;
    const ur_native_handle_t SN = (ur_native_handle_t)SENT_BITS;
    ROW_OUT("native: NULL everything", UR_ERR(INVALID_NULL_POINTER), nat, SN,
            urMemGetNativeHandle(NULL, NULL, NULL));
    ROW_OUT("native: NULL buffer", UR_ERR(INVALID_NULL_HANDLE), nat, SN,
            urMemGetNativeHandle(NULL, d0, &nat));
    ROW_OUT("native: buffer of no kind", UR_ERR(INVALID_MEM_OBJECT), nat, SN,
            urMemGetNativeHandle(bmem, d0, &nat));
    ROW_OUT("native: device of no kind", UR_ERR(INVALID_DEVICE), nat, SN,
            urMemGetNativeHandle(m, BOGUS(ur_device_handle_t), &nat));
    ROW("native", OK, urMemGetNativeHandle(m, NULL, &nat));
    ROW("from native: NULL everything", UR_ERR(INVALID_NULL_POINTER),
        urMemBufferCreateWithNativeHandle(nat, NULL, NULL, NULL));
    ROW_OUT("from native: NULL context", UR_ERR(INVALID_NULL_HANDLE), p, SP,
            urMemBufferCreateWithNativeHandle(nat, NULL, NULL, (ur_mem_handle_t *)&p));
    ROW_OUT("from native: context of no kind", UR_ERR(INVALID_CONTEXT), p, SP,
            urMemBufferCreateWithNativeHandle(nat, bctx, NULL, (ur_mem_handle_t *)&p));
    ROW_OUT("from native: memory nobody allocated", UR_ERR(INVALID_VALUE), p, SP,
            urMemBufferCreateWithNativeHandle((ur_native_handle_t)host, ctx, NULL,
                                              (ur_mem_handle_t *)&p));

    /* Read / write / copy / fill */
    ROW_OUT("read: everything wrong", UR_ERR(INVALID_NULL_POINTER), e, SE,
            urEnqueueMemBufferRead(NULL, NULL, true, 0, SIZE_MAX, NULL, 1, NULL, &e));
    ROW_OUT("read: NULL queue", UR_ERR(INVALID_NULL_HANDLE), e, SE,
            urEnqueueMemBufferRead(NULL, m, true, 0, 16, host, 1, NULL, &e));
    ROW_OUT("read: NULL buffer", UR_ERR(INVALID_NULL_HANDLE), e, SE,
            urEnqueueMemBufferRead(q, NULL, true, 0, 16, host, 0, NULL, &e));
    ROW_OUT("read: wait list (1, NULL) and out of bounds", UR_ERR(INVALID_EVENT_WAIT_LIST), e, SE,
            urEnqueueMemBufferRead(q, m, true, 0, SIZE_MAX, host, 1, NULL, &e));
    ROW_OUT("read: wait list (0, &ev)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, SE,
            urEnqueueMemBufferRead(q, m, true, 0, 16, host, 0, &ev, &e));
    ROW_OUT("read: queue of no kind", UR_ERR(INVALID_QUEUE), e, SE,
            urEnqueueMemBufferRead(BOGUS(ur_queue_handle_t), m, true, 0, 16, host, 0, NULL, &e));
    ROW_OUT("read: buffer of no kind", UR_ERR(INVALID_MEM_OBJECT), e, SE,
            urEnqueueMemBufferRead(q, bmem, true, 0, 16, host, 0, NULL, &e));
    ROW_OUT("read: a queue as buffer", UR_ERR(INVALID_MEM_OBJECT), e, SE,
            urEnqueueMemBufferRead(q, wrong, true, 0, 16, host, 0, NULL, &e));
    ROW_OUT("read: past the end and a NULL wait-list element", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferRead(q, m, true, ALLOC - 8, 16, host, 1, null_ev, &e));
    ROW_OUT("read: offset past the end", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferRead(q, m, true, ALLOC + 1, 0, host, 0, NULL, &e));
    ROW_OUT("read: sub-buffer past its end", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferRead(q, sub, true, 64, 65, host, 0, NULL, &e));
    ROW_OUT("read: NULL wait-list element", UR_ERR(INVALID_EVENT_WAIT_LIST), e, SE,
            urEnqueueMemBufferRead(q, m, true, 0, 16, host, 1, null_ev, &e));
    ROW_OUT("read: wait-list element of no kind", UR_ERR(INVALID_EVENT_WAIT_LIST), e, SE,
            urEnqueueMemBufferRead(q, m, true, 0, 16, host, 1, nokind_ev, &e));
    ROW("read: up to the last byte", OK,
        urEnqueueMemBufferRead(q, m, true, ALLOC - 16, 16, host, 1, &ev, NULL));
    ROW_OUT("write: NULL source", UR_ERR(INVALID_NULL_POINTER), e, SE,
            urEnqueueMemBufferWrite(NULL, m, true, 0, 16, NULL, 0, NULL, &e));
    ROW_OUT("write: NULL buffer", UR_ERR(INVALID_NULL_HANDLE), e, SE,
            urEnqueueMemBufferWrite(q, NULL, true, 0, 16, host, 0, NULL, &e));
    ROW_OUT("write: offset + size wraps around", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferWrite(q, m, true, 16, SIZE_MAX - 8, host, 0, NULL, &e));
    ROW("write", OK, urEnqueueMemBufferWrite(q, m, true, 0, ALLOC, host, 0, NULL, NULL));
    ROW_OUT("copy: NULL destination buffer", UR_ERR(INVALID_NULL_HANDLE), e, SE,
            urEnqueueMemBufferCopy(q, m, NULL, 0, 0, 16, 0, NULL, &e));
    ROW_OUT("copy: NULL queue", UR_ERR(INVALID_NULL_HANDLE), e, SE,
            urEnqueueMemBufferCopy(NULL, m, b, 0, 0, 16, 0, NULL, &e));
    ROW_OUT("copy: source of no kind", UR_ERR(INVALID_MEM_OBJECT), e, SE,
            urEnqueueMemBufferCopy(q, bmem, b, 0, 0, 16, 0, NULL, &e));
    ROW_OUT("copy: past the source's end", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferCopy(q, m, b, ALLOC - 8, 0, 16, 0, NULL, &e));
    ROW_OUT("copy: past the destination's end", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferCopy(q, m, b, 0, ALLOC - 8, 16, 0, NULL, &e));
    ROW("copy", OK, urEnqueueMemBufferCopy(q, m, b, 0, 0, ALLOC, 0, NULL, NULL));
    const uint32_t pat = 0x01020304u;
    ROW_OUT("fill: NULL pattern", UR_ERR(INVALID_NULL_POINTER), e, SE,
            urEnqueueMemBufferFill(NULL, NULL, NULL, 0, 0, 0, 1, NULL, &e));
    ROW_OUT("fill: NULL buffer", UR_ERR(INVALID_NULL_HANDLE), e, SE,
            urEnqueueMemBufferFill(q, NULL, &pat, 0, 0, 0, 1, NULL, &e));
    ROW_OUT("fill: bad wait list and pattern size 0", UR_ERR(INVALID_EVENT_WAIT_LIST), e, SE,
            urEnqueueMemBufferFill(q, m, &pat, 0, 0, 16, 1, NULL, &e));
    ROW_OUT("fill: pattern size 0", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferFill(q, m, &pat, 0, 0, 16, 0, NULL, &e));
    ROW_OUT("fill: size 0", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferFill(q, m, &pat, 4, 0, 0, 0, NULL, &e));
    ROW_OUT("fill: pattern larger than size", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferFill(q, m, &pat, 4, 0, 2, 0, NULL, &e));
    ROW_OUT("fill: pattern of 3 bytes", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferFill(q, m, &pat, 3, 0, 6, 0, NULL, &e));
    ROW_OUT("fill: size not a multiple", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferFill(q, m, &pat, 4, 0, 6, 0, NULL, &e));
    ROW_OUT("fill: offset not a multiple, buffer of no kind", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferFill(q, bmem, &pat, 4, 2, 8, 0, NULL, &e));
    ROW_OUT("fill: buffer of no kind", UR_ERR(INVALID_MEM_OBJECT), e, SE,
            urEnqueueMemBufferFill(q, bmem, &pat, 4, 0, 8, 0, NULL, &e));
    ROW_OUT("fill: past the end", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferFill(q, m, &pat, 4, ALLOC - 4, 8, 0, NULL, &e));
    ROW("fill", OK, urEnqueueMemBufferFill(q, m, &pat, 4, 0, ALLOC, 0, NULL, NULL));

    /* Rectangles */
    const ur_rect_offset_t o0 = {0, 0, 0}, far = {ALLOC, 0, 0};
    const ur_rect_region_t r16 = {16, 4, 2}, zero_w = {0, 4, 2}, zero_d = {16, 4, 0};
    ROW_OUT("read rect: NULL destination", UR_ERR(INVALID_NULL_POINTER), e, SE,
            urEnqueueMemBufferReadRect(NULL, NULL, true, o0, o0, zero_w, 0, 0, 0, 0, NULL, 1, NULL,
                                       &e));
    ROW_OUT(
        "read rect: NULL queue", UR_ERR(INVALID_NULL_HANDLE), e, SE,
        urEnqueueMemBufferReadRect(NULL, m, true, o0, o0, zero_w, 0, 0, 0, 0, host, 1, NULL, &e));
    ROW_OUT("read rect: bad wait list and width 0", UR_ERR(INVALID_EVENT_WAIT_LIST), e, SE,
            urEnqueueMemBufferReadRect(q, m, true, o0, o0, zero_w, 0, 0, 0, 0, host, 1, NULL, &e));
    ROW_OUT("read rect: width 0", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferReadRect(q, m, true, o0, o0, zero_w, 0, 0, 0, 0, host, 0, NULL, &e));
    ROW_OUT("read rect: depth 0", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferReadRect(q, m, true, o0, o0, zero_d, 0, 0, 0, 0, host, 0, NULL, &e));
    ROW_OUT("read rect: buffer row pitch below the width", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferReadRect(q, m, true, o0, o0, r16, 8, 0, 0, 0, host, 0, NULL, &e));
    ROW_OUT("read rect: host row pitch below the width", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferReadRect(q, m, true, o0, o0, r16, 0, 0, 8, 0, host, 0, NULL, &e));
    ROW_OUT("read rect: slice pitch below height x row", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferReadRect(q, m, true, o0, o0, r16, 16, 32, 0, 0, host, 0, NULL, &e));
    ROW_OUT("read rect: slice pitch not a multiple of the row", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferReadRect(q, m, true, o0, o0, r16, 0, 0, 16, 72, host, 0, NULL, &e));
    ROW_OUT("read rect: buffer of no kind", UR_ERR(INVALID_MEM_OBJECT), e, SE,
            urEnqueueMemBufferReadRect(q, bmem, true, o0, o0, r16, 0, 0, 0, 0, host, 0, NULL, &e));
    ROW_OUT("read rect: origin past the end", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferReadRect(q, m, true, far, o0, r16, 0, 0, 0, 0, host, 0, NULL, &e));
    ROW_OUT(
        "read rect: last row past the end", UR_ERR(INVALID_SIZE), e, SE,
        urEnqueueMemBufferReadRect(q, m, true, o0, o0, r16, 512, 4096, 0, 0, host, 0, NULL, &e));
    const ur_rect_offset_t z2 = {0, 0, 2};
    const size_t huge_slice = (SIZE_MAX / 16) * 16;
    ROW_OUT("read rect: a slice pitch whose multiple wraps around", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferReadRect(q, m, true, z2, o0, r16, 16, huge_slice, 0, 0, host, 0, NULL,
                                       &e));
    ROW_OUT("read rect: a packed slice pitch that does not fit", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferReadRect(q, m, true, o0, o0, r16, SIZE_MAX / 2, 0, 0, 0, host, 0,
                                       NULL, &e));
    ROW("read rect: inside", OK,
        urEnqueueMemBufferReadRect(q, m, true, o0, o0, r16, 64, 256, 0, 0, host, 0, NULL, NULL));
    ROW_OUT("write rect: NULL source", UR_ERR(INVALID_NULL_POINTER), e, SE,
            urEnqueueMemBufferWriteRect(q, m, true, o0, o0, r16, 0, 0, 0, 0, NULL, 0, NULL, &e));
    ROW_OUT("write rect: NULL buffer", UR_ERR(INVALID_NULL_HANDLE), e, SE,
            urEnqueueMemBufferWriteRect(q, NULL, true, o0, o0, r16, 0, 0, 0, 0, host, 0, NULL, &e));
    ROW_OUT("write rect: origin past the end", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferWriteRect(q, m, true, far, o0, r16, 0, 0, 0, 0, host, 0, NULL, &e));
    ROW("write rect", OK,
        urEnqueueMemBufferWriteRect(q, m, true, o0, o0, r16, 0, 0, 0, 0, host, 0, NULL, NULL));
    ROW_OUT("copy rect: NULL source buffer", UR_ERR(INVALID_NULL_HANDLE), e, SE,
            urEnqueueMemBufferCopyRect(q, NULL, b, o0, o0, r16, 0, 0, 0, 0, 0, NULL, &e));
    ROW_OUT("copy rect: destination row pitch below the width", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferCopyRect(q, m, b, o0, o0, r16, 0, 0, 4, 0, 0, NULL, &e));
    ROW_OUT("copy rect: destination of no kind", UR_ERR(INVALID_MEM_OBJECT), e, SE,
            urEnqueueMemBufferCopyRect(q, m, bmem, o0, o0, r16, 0, 0, 0, 0, 0, NULL, &e));
    ROW_OUT("copy rect: destination origin past the end", UR_ERR(INVALID_SIZE), e, SE,
            urEnqueueMemBufferCopyRect(q, m, b, o0, far, r16, 0, 0, 0, 0, 0, NULL, &e));
    ROW("copy rect", OK,
        urEnqueueMemBufferCopyRect(q, m, b, o0, o0, r16, 0, 0, 0, 0, 0, NULL, NULL));

    /* Map / unmap */
    ROW_OUT(
        "map: NULL output", UR_ERR(INVALID_NULL_POINTER), e, SE,
        urEnqueueMemBufferMap(NULL, NULL, true, UR_MAP_FLAG_FORCE_UINT32, 0, 0, 1, NULL, &e, NULL));
    ROW_OUT(
        "map: NULL buffer", UR_ERR(INVALID_NULL_HANDLE), p, SP,
        urEnqueueMemBufferMap(q, NULL, true, UR_MAP_FLAG_FORCE_UINT32, 0, 16, 0, NULL, NULL, &p));
    ROW_OUT("map: bad flags and a bad wait list", UR_ERR(INVALID_ENUMERATION), p, SP,
            urEnqueueMemBufferMap(q, m, true, 1u << 3, 0, 16, 1, NULL, NULL, &p));
    ROW_OUT("map: wait list (1, NULL)", UR_ERR(INVALID_EVENT_WAIT_LIST), p, SP,
            urEnqueueMemBufferMap(q, m, true, UR_MAP_FLAG_READ, 0, 16, 1, NULL, NULL, &p));
    ROW_OUT("map: buffer of no kind", UR_ERR(INVALID_MEM_OBJECT), p, SP,
            urEnqueueMemBufferMap(q, bmem, true, UR_MAP_FLAG_READ, 0, 16, 0, NULL, NULL, &p));
    ROW_OUT("map: past the end", UR_ERR(INVALID_SIZE), p, SP,
            urEnqueueMemBufferMap(q, m, true, UR_MAP_FLAG_READ, ALLOC - 8, 16, 0, NULL, NULL, &p));
    ROW_OUT("map: NULL wait-list element", UR_ERR(INVALID_EVENT_WAIT_LIST), p, SP,
            urEnqueueMemBufferMap(q, m, true, UR_MAP_FLAG_READ, 0, 16, 1, null_ev, NULL, &p));
    ROW("map", OK, urEnqueueMemBufferMap(q, m, true, UR_MAP_FLAG_WRITE, 0, 16, 0, NULL, NULL, &p));
    ROW_OUT("unmap: NULL pointer", UR_ERR(INVALID_NULL_POINTER), e, SE,
            urEnqueueMemUnmap(NULL, NULL, NULL, 1, NULL, &e));
    ROW_OUT("unmap: NULL buffer", UR_ERR(INVALID_NULL_HANDLE), e, SE,
            urEnqueueMemUnmap(q, NULL, p, 1, NULL, &e));
    ROW_OUT("unmap: wait list (1, NULL)", UR_ERR(INVALID_EVENT_WAIT_LIST), e, SE,
            urEnqueueMemUnmap(q, m, p, 1, NULL, &e));
    ROW_OUT("unmap: buffer of no kind", UR_ERR(INVALID_MEM_OBJECT), e, SE,
            urEnqueueMemUnmap(q, bmem, p, 0, NULL, &e));
    ROW_OUT("unmap: another buffer's mapping", UR_ERR(INVALID_MEM_OBJECT), e, SE,
            urEnqueueMemUnmap(q, b, p, 0, NULL, &e));
    ROW_OUT("unmap: not a mapping", UR_ERR(INVALID_MEM_OBJECT), e, SE,
            urEnqueueMemUnmap(q, m, host, 0, NULL, &e));
    ROW_OUT("unmap: NULL wait-list element", UR_ERR(INVALID_EVENT_WAIT_LIST), e, SE,
            urEnqueueMemUnmap(q, m, p, 1, null_ev, &e));
    ROW("unmap", OK, urEnqueueMemUnmap(q, m, p, 0, NULL, NULL));
    ROW_OUT("unmap: twice", UR_ERR(INVALID_MEM_OBJECT), e, SE,
            urEnqueueMemUnmap(q, m, p, 0, NULL, &e));

    REQUIRE_UR(OK, urQueueFinish(q));
    ROW("release: sub-buffer", OK, urMemRelease(sub));
    ROW("release: buffer", OK, urMemRelease(m));
    ROW("release: host buffer", OK, urMemRelease(b));
    ROW_OUT("read: a released buffer", UR_ERR(INVALID_MEM_OBJECT), e, SE,
            urEnqueueMemBufferRead(q, m, true, 0, 16, host, 0, NULL, &e));
    ROW("release: a released buffer", UR_ERR(INVALID_MEM_OBJECT), urMemRelease(m));
}

static void test_event(void)
{
    const ur_event_handle_t bogus = BOGUS(ur_event_handle_t);
    const ur_event_handle_t wrong = (ur_event_handle_t)(void *)q;
    ur_event_handle_t null_ev[1] = {NULL}, nokind[1] = {bogus}, queue_ev[1] = {wrong};
    ur_event_handle_t good_then_null[2] = {ev, NULL};

    /* urEventWait: NULL_POINTER, VALUE (0 events), then the events. */
    ROW("urEventWait: (0, NULL)", UR_ERR(INVALID_NULL_POINTER), urEventWait(0, NULL));
    ROW("urEventWait: (1, NULL)", UR_ERR(INVALID_NULL_POINTER), urEventWait(1, NULL));
    ROW("urEventWait: (0, &ev)", UR_ERR(INVALID_VALUE), urEventWait(0, &ev));
    ROW("urEventWait: a NULL element", UR_ERR(INVALID_EVENT), urEventWait(1, null_ev));
    ROW("urEventWait: a NULL second element", UR_ERR(INVALID_EVENT),
        urEventWait(2, good_then_null));
    ROW("urEventWait: an element of no kind", UR_ERR(INVALID_EVENT), urEventWait(1, nokind));
    ROW("urEventWait: a queue as element", UR_ERR(INVALID_EVENT), urEventWait(1, queue_ev));
    ROW("urEventWait", OK, urEventWait(1, &ev));

    ROW("urEventRetain: NULL", UR_ERR(INVALID_NULL_HANDLE), urEventRetain(NULL));
    ROW("urEventRetain: no kind", UR_ERR(INVALID_EVENT), urEventRetain(bogus));
    ROW("urEventRetain: a queue", UR_ERR(INVALID_EVENT), urEventRetain(wrong));
    ROW("urEventRelease: NULL", UR_ERR(INVALID_NULL_HANDLE), urEventRelease(NULL));
    ROW("urEventRelease: no kind", UR_ERR(INVALID_EVENT), urEventRelease(bogus));
    ROW("urEventRelease: a queue", UR_ERR(INVALID_EVENT), urEventRelease(wrong));
    ROW("urEventRetain", OK, urEventRetain(ev));
    ROW("urEventRelease", OK, urEventRelease(ev));

    static const struct etor etors[] = {
        FIX(UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, ur_event_status_t),
        FIX(UR_EVENT_INFO_COMMAND_QUEUE, ur_queue_handle_t),
        FIX(UR_EVENT_INFO_CONTEXT, ur_context_handle_t),
        FIX(UR_EVENT_INFO_COMMAND_TYPE, ur_command_t),
        FIX(UR_EVENT_INFO_REFERENCE_COUNT, uint32_t),
    };
    const struct info_fn f = {
        "urEventGetInfo",      call_event, ev, NULL, (void *)wrong,
        UR_ERR(INVALID_EVENT), etors,      5,  0,    UR_EVENT_INFO_REFERENCE_COUNT,
        RULES_STANDARD};
    info_matrix(&f);
    ur_command_t cmd = UR_COMMAND_FORCE_UINT32;
    ROW("urEventGetInfo(COMMAND_TYPE)", OK,
        urEventGetInfo(ev, UR_EVENT_INFO_COMMAND_TYPE, sizeof(cmd), &cmd, NULL));
    CHECK(cmd == UR_COMMAND_USM_MEMCPY);

    /* urEventGetProfilingInfo: NULL_HANDLE, ENUMERATION, VALUE (propSize 0 with a value), then
     * EVENT and PROFILING_INFO_NOT_AVAILABLE; no NULL_POINTER rules in the specification. */
    uint64_t v;
    const uint64_t VS = 0x5e5e5e5e5e5e5e5eull;
    const ur_profiling_info_t start = UR_PROFILING_INFO_COMMAND_START;
    ROW_OUT("profiling: NULL event", UR_ERR(INVALID_NULL_HANDLE), v, VS,
            urEventGetProfilingInfo(NULL, start, sizeof(v), &v, NULL));
    ROW_OUT("profiling: NULL event, bad enumeration, propSize 0", UR_ERR(INVALID_NULL_HANDLE), v,
            VS, urEventGetProfilingInfo(NULL, UR_PROFILING_INFO_FORCE_UINT32, 0, &v, NULL));
    ROW_OUT("profiling: COMMAND_COMPLETE+1", UR_ERR(INVALID_ENUMERATION), v, VS,
            urEventGetProfilingInfo(ev,
                                    (ur_profiling_info_t)(UR_PROFILING_INFO_COMMAND_COMPLETE + 1),
                                    sizeof(v), &v, NULL));
    ROW_OUT("profiling: FORCE_UINT32, propSize 0", UR_ERR(INVALID_ENUMERATION), v, VS,
            urEventGetProfilingInfo(ev, UR_PROFILING_INFO_FORCE_UINT32, 0, &v, NULL));
    ROW_OUT("profiling: propSize 0 with a value, no profiling", UR_ERR(INVALID_VALUE), v, VS,
            urEventGetProfilingInfo(ev, start, 0, &v, NULL));
    ROW_OUT("profiling: propSize 0 with a value, event of no kind", UR_ERR(INVALID_VALUE), v, VS,
            urEventGetProfilingInfo(bogus, start, 0, &v, NULL));
    ROW_OUT("profiling: event of no kind", UR_ERR(INVALID_EVENT), v, VS,
            urEventGetProfilingInfo(bogus, start, sizeof(v), &v, NULL));
    ROW_OUT("profiling: a queue as event", UR_ERR(INVALID_EVENT), v, VS,
            urEventGetProfilingInfo(wrong, start, sizeof(v), &v, NULL));
    ROW_OUT("profiling: queue without PROFILING_ENABLE", UR_ERR(PROFILING_INFO_NOT_AVAILABLE), v,
            VS, urEventGetProfilingInfo(ev, start, sizeof(v), &v, NULL));
    size_t r;
    ROW_OUT("profiling: size query, queue without PROFILING_ENABLE",
            UR_ERR(PROFILING_INFO_NOT_AVAILABLE), r, SENT(size_t),
            urEventGetProfilingInfo(ev, start, 0, NULL, &r));

    static const struct etor petors[] = {
        FIX(UR_PROFILING_INFO_COMMAND_START, uint64_t),
        FIX(UR_PROFILING_INFO_COMMAND_QUEUED, uint64_t),
        FIX(UR_PROFILING_INFO_COMMAND_SUBMIT, uint64_t),
        FIX(UR_PROFILING_INFO_COMMAND_END, uint64_t),
        FIX(UR_PROFILING_INFO_COMMAND_COMPLETE, uint64_t),
    };
    const struct info_fn pf = {"urEventGetProfilingInfo",
                               call_profiling,
                               evp,
                               NULL,
                               (void *)wrong,
                               UR_ERR(INVALID_EVENT),
                               petors,
                               5,
                               0,
                               UR_PROFILING_INFO_COMMAND_COMPLETE,
                               RULES_PROFILING};
    info_matrix(&pf);
    uint64_t t0 = 0, t1 = 0;
    ROW("profiling: START", OK, urEventGetProfilingInfo(evp, start, sizeof(t0), &t0, NULL));
    ROW("profiling: END", OK,
        urEventGetProfilingInfo(evp, UR_PROFILING_INFO_COMMAND_END, sizeof(t1), &t1, NULL));
    CHECK(t0 <= t1);

    /* urEventSetCallback: NULL_HANDLE, NULL_POINTER, ENUMERATION, EVENT; QUEUED is
     * UNSUPPORTED_ENUMERATION; on a complete event the callback runs before the call returns. */
    struct cb_record rec = {0};
    ROW("callback: NULL event and function", UR_ERR(INVALID_NULL_HANDLE),
        urEventSetCallback(NULL, UR_EXECUTION_INFO_FORCE_UINT32, NULL, NULL));
    ROW("callback: NULL event", UR_ERR(INVALID_NULL_HANDLE),
        urEventSetCallback(NULL, UR_EXECUTION_INFO_COMPLETE, record_callback, &rec));
    ROW("callback: NULL function", UR_ERR(INVALID_NULL_POINTER),
        urEventSetCallback(ev, UR_EXECUTION_INFO_COMPLETE, NULL, &rec));
    ROW("callback: NULL function and bad state", UR_ERR(INVALID_NULL_POINTER),
        urEventSetCallback(ev, UR_EXECUTION_INFO_FORCE_UINT32, NULL, &rec));
    ROW("callback: QUEUED+1", UR_ERR(INVALID_ENUMERATION),
        urEventSetCallback(ev, (ur_execution_info_t)(UR_EXECUTION_INFO_QUEUED + 1), record_callback,
                           &rec));
    ROW("callback: bad state and an event of no kind", UR_ERR(INVALID_ENUMERATION),
        urEventSetCallback(bogus, UR_EXECUTION_INFO_FORCE_UINT32, record_callback, &rec));
    ROW("callback: event of no kind", UR_ERR(INVALID_EVENT),
        urEventSetCallback(bogus, UR_EXECUTION_INFO_COMPLETE, record_callback, &rec));
    ROW("callback: a queue as event", UR_ERR(INVALID_EVENT),
        urEventSetCallback(wrong, UR_EXECUTION_INFO_COMPLETE, record_callback, &rec));
    ROW("callback: QUEUED", UR_ERR(UNSUPPORTED_ENUMERATION),
        urEventSetCallback(ev, UR_EXECUTION_INFO_QUEUED, record_callback, &rec));
    CHECK(rec.calls == 0);
    ROW("callback: COMPLETE on a complete event", OK,
        urEventSetCallback(ev, UR_EXECUTION_INFO_COMPLETE, record_callback, &rec));
    CHECK(rec.calls == 1 && rec.event == ev && rec.status == UR_EXECUTION_INFO_COMPLETE);
    ROW("callback: SUBMITTED on a complete event", OK,
        urEventSetCallback(ev, UR_EXECUTION_INFO_SUBMITTED, record_callback, &rec));
    CHECK(rec.calls == 2 && rec.status == UR_EXECUTION_INFO_SUBMITTED);

    /* urEventGetNativeHandle: NULL_HANDLE, NULL_POINTER, EVENT. */
    const ur_result_t native_ok = env.is_sim ? OK : UR_ERR(UNSUPPORTED_FEATURE);
    const ur_native_handle_t NS = (ur_native_handle_t)SENT_BITS;
    ur_native_handle_t nat;
    ROW_OUT("event native: NULL event", UR_ERR(INVALID_NULL_HANDLE), nat, NS,
            urEventGetNativeHandle(NULL, &nat));
    ROW("event native: NULL event and output", UR_ERR(INVALID_NULL_HANDLE),
        urEventGetNativeHandle(NULL, NULL));
    ROW("event native: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urEventGetNativeHandle(ev, NULL));
    ROW_OUT("event native: event of no kind", UR_ERR(INVALID_EVENT), nat, NS,
            urEventGetNativeHandle(bogus, &nat));
    ROW_OUT("event native: a queue as event", UR_ERR(INVALID_EVENT), nat, NS,
            urEventGetNativeHandle(wrong, &nat));
    nat = 0;
    ROW("event native", native_ok, urEventGetNativeHandle(ev, &nat));

    /* urEventCreateWithNativeHandle: NULL_HANDLE, NULL_POINTER, CONTEXT. Native 0 is an event
     * with no driver object, complete from the start, on every adapter. */
    ur_event_handle_t out;
    const ur_event_handle_t ES = SENT(ur_event_handle_t);
    ROW_OUT("event from native: NULL context", UR_ERR(INVALID_NULL_HANDLE), out, ES,
            urEventCreateWithNativeHandle(0, NULL, NULL, &out));
    ROW("event from native: NULL context and output", UR_ERR(INVALID_NULL_HANDLE),
        urEventCreateWithNativeHandle(0, NULL, NULL, NULL));
    ROW("event from native: NULL output", UR_ERR(INVALID_NULL_POINTER),
        urEventCreateWithNativeHandle(0, ctx, NULL, NULL));
    ROW_OUT("event from native: context of no kind", UR_ERR(INVALID_CONTEXT), out, ES,
            urEventCreateWithNativeHandle(0, BOGUS(ur_context_handle_t), NULL, &out));
    ROW_OUT("event from native: a queue as context", UR_ERR(INVALID_CONTEXT), out, ES,
            urEventCreateWithNativeHandle(0, (ur_context_handle_t)(void *)q, NULL, &out));
    ur_event_handle_t e0 = NULL, e1 = NULL;
    ur_event_status_t st = UR_EVENT_STATUS_FORCE_UINT32;
    ur_queue_handle_t eq = SENT(ur_queue_handle_t);
    ur_context_handle_t ec = NULL;
    ur_native_handle_t back = NS;
    ROW("event from native 0", OK, urEventCreateWithNativeHandle(0, ctx, NULL, &e0));
    ROW("event from native 0: status", OK,
        urEventGetInfo(e0, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL));
    ROW("event from native 0: queue", OK,
        urEventGetInfo(e0, UR_EVENT_INFO_COMMAND_QUEUE, sizeof(eq), &eq, NULL));
    ROW("event from native 0: context", OK,
        urEventGetInfo(e0, UR_EVENT_INFO_CONTEXT, sizeof(ec), &ec, NULL));
    ROW("event from native 0: its native handle", OK, urEventGetNativeHandle(e0, &back));
    CHECK(st == UR_EVENT_STATUS_COMPLETE && eq == NULL && ec == ctx && back == 0);
    ROW_OUT("event from native 0: profiling", UR_ERR(PROFILING_INFO_NOT_AVAILABLE), v, VS,
            urEventGetProfilingInfo(e0, start, sizeof(v), &v, NULL));
    ROW("event from native 0: wait", OK, urEventWait(1, &e0));
    ROW("event from native 0: in a wait list", OK, urEnqueueEventsWait(q, 1, &e0, &e1));
    ROW("event from native 0: callback", OK,
        urEventSetCallback(e0, UR_EXECUTION_INFO_RUNNING, record_callback, &rec));
    CHECK(rec.calls == 3 && rec.event == e0);
    ROW("event from native 0: wait for the list's event", OK, urEventWait(1, &e1));
    ROW("event from native 0: release the list's event", OK, urEventRelease(e1));
    ROW("event from native 0: release", OK, urEventRelease(e0));
    if (!env.is_sim) {
        ROW_OUT("event from native", UR_ERR(UNSUPPORTED_FEATURE), out, ES,
                urEventCreateWithNativeHandle((ur_native_handle_t)1, ctx, NULL, &out));
        return;
    }
    ROW_OUT("event from native: not an event of the node", UR_ERR(INVALID_VALUE), out, ES,
            urEventCreateWithNativeHandle((ur_native_handle_t)(uintptr_t)&nat, ctx, NULL, &out));
    ur_event_native_properties_t props = {UR_STRUCTURE_TYPE_EVENT_NATIVE_PROPERTIES, NULL, false};
    st = UR_EVENT_STATUS_FORCE_UINT32;
    eq = NULL;
    ROW("event from native", OK, urEventCreateWithNativeHandle(nat, ctx, &props, &e0));
    ROW("event from native: status", OK,
        urEventGetInfo(e0, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof(st), &st, NULL));
    ROW("event from native: queue", OK,
        urEventGetInfo(e0, UR_EVENT_INFO_COMMAND_QUEUE, sizeof(eq), &eq, NULL));
    ROW("event from native: its native handle", OK, urEventGetNativeHandle(e0, &back));
    CHECK(st == UR_EVENT_STATUS_COMPLETE && eq == q && back == nat);
    ROW("event from native: wait", OK, urEventWait(1, &e0));
    ROW("event from native: release", OK, urEventRelease(e0));
}

static void test_p2p(void)
{
    const ur_device_handle_t bogus = BOGUS(ur_device_handle_t);
    const ur_device_handle_t wrong = (ur_device_handle_t)(void *)ctx;

    static const struct {
        const char *name;
        ur_result_t (*fn)(ur_device_handle_t, ur_device_handle_t);
    } pair_fns[] = {{"urUsmP2PEnablePeerAccessExp", urUsmP2PEnablePeerAccessExp},
                    {"urUsmP2PDisablePeerAccessExp", urUsmP2PDisablePeerAccessExp}};
    for (size_t i = 0; i < 2; i++) {
        char d[128];
        ur_result_t (*fn)(ur_device_handle_t, ur_device_handle_t) = pair_fns[i].fn;
        snprintf(d, sizeof(d), "%s: both NULL", pair_fns[i].name);
        ROW(d, UR_ERR(INVALID_NULL_HANDLE), fn(NULL, NULL));
        snprintf(d, sizeof(d), "%s: NULL command device", pair_fns[i].name);
        ROW(d, UR_ERR(INVALID_NULL_HANDLE), fn(NULL, d1));
        snprintf(d, sizeof(d), "%s: NULL peer device", pair_fns[i].name);
        ROW(d, UR_ERR(INVALID_NULL_HANDLE), fn(d0, NULL));
        snprintf(d, sizeof(d), "%s: NULL peer, command device of no kind", pair_fns[i].name);
        ROW(d, UR_ERR(INVALID_NULL_HANDLE), fn(bogus, NULL));
        snprintf(d, sizeof(d), "%s: command device of no kind", pair_fns[i].name);
        ROW(d, UR_ERR(INVALID_DEVICE), fn(bogus, d1));
        snprintf(d, sizeof(d), "%s: peer device of no kind", pair_fns[i].name);
        ROW(d, UR_ERR(INVALID_DEVICE), fn(d0, bogus));
        snprintf(d, sizeof(d), "%s: a context as peer", pair_fns[i].name);
        ROW(d, UR_ERR(INVALID_DEVICE), fn(d0, wrong));
        snprintf(d, sizeof(d), "%s: a device with itself", pair_fns[i].name);
        ROW(d, OK, fn(d0, d0));
    }
    if (env.ndev > 1) {
        ROW("urUsmP2PDisablePeerAccessExp: never enabled", UR_ERR(INVALID_OPERATION),
            urUsmP2PDisablePeerAccessExp(d0, d1));
        if (peer_info(d0, d1, UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT) == 1) {
            ROW("urUsmP2PEnablePeerAccessExp", OK, urUsmP2PEnablePeerAccessExp(d0, d1));
            ROW("urUsmP2PDisablePeerAccessExp", OK, urUsmP2PDisablePeerAccessExp(d0, d1));
        }
    }

    static const struct etor etors[] = {
        FIX(UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, int),
        FIX(UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT, int),
        FIX(URPEER_PEER_INFO_ACCESS_ENABLED, int),
        FIX(URPEER_PEER_INFO_PERFORMANCE_RANK, int),
        FIX(URPEER_PEER_INFO_BANDWIDTH_GBPS, int),
        FIX(URPEER_PEER_INFO_ENABLE_COUNT, int),
    };
    const struct info_fn f = {"urUsmP2PPeerAccessGetInfoExp",
                              call_peer,
                              d0,
                              d1,
                              (void *)wrong,
                              UR_ERR(INVALID_DEVICE),
                              etors,
                              6,
                              0,
                              UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT,
                              RULES_P2P};
    info_matrix(&f);
    int v;
    size_t r;
    ROW_OUT("peer info: NULL peer", UR_ERR(INVALID_NULL_HANDLE), r, SENT(size_t),
            urUsmP2PPeerAccessGetInfoExp(d0, NULL, UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, 0, NULL,
                                         &r));
    ROW_OUT("peer info: peer of no kind", UR_ERR(INVALID_DEVICE), v, -7,
            urUsmP2PPeerAccessGetInfoExp(d0, bogus, UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT,
                                         sizeof(v), &v, NULL));
    ROW_OUT("peer info: one past urpeer's last value", UR_ERR(INVALID_ENUMERATION), v, -7,
            urUsmP2PPeerAccessGetInfoExp(d0, d1, (ur_exp_peer_info_t)(URPEER_PEER_INFO_LAST_ + 1),
                                         sizeof(v), &v, NULL));
    ROW_OUT("peer info: one below urpeer's first value", UR_ERR(INVALID_ENUMERATION), v, -7,
            urUsmP2PPeerAccessGetInfoExp(d0, d1,
                                         (ur_exp_peer_info_t)(URPEER_PEER_INFO_ACCESS_ENABLED - 1),
                                         sizeof(v), &v, NULL));
}

int main(int argc, char **argv)
{
    test_before_init();
    test_loader_config();

    test_env_open(&env, argc, argv, "pair");
    env_live = true;
    struct state base = state_now();

    setup_objects();
    test_adapter();
    test_sim_controls();
    test_platform();
    test_device();
    test_context();
    test_queue();
    test_usm_alloc();
    test_usm_info();
    test_usm_pool();
    test_enqueue();
    test_mem();
    test_event();
    test_p2p();
    teardown_objects();

    struct state end = state_now();
    CHECK(state_equal(&base, &end));

    /* urLoaderInit with bad flags took no reference: one teardown ends the loader. */
    ROW("urLoaderInit: bad flags while initialised", UR_ERR(INVALID_ENUMERATION),
        urLoaderInit(1u << 31, NULL));
    env_live = false;
    test_env_close(&env);
    uint32_t n;
    size_t n_size;
    ROW_OUT("urAdapterGet after the last urLoaderTearDown", UR_ERR(UNINITIALIZED), n,
            SENT(uint32_t), urAdapterGet(0, NULL, &n));
    ROW("urLoaderTearDown once more", UR_ERR(UNINITIALIZED), urLoaderTearDown());
    ROW("urAdapterRetain after the last urLoaderTearDown", UR_ERR(UNINITIALIZED),
        urAdapterRetain(env.adapter));
    ROW("urDeviceGetInfo after the last urLoaderTearDown", UR_ERR(UNINITIALIZED),
        urDeviceGetInfo(env.dev[0], UR_DEVICE_INFO_TYPE, 0, NULL, &n_size));

    printf("argument matrix: %u cases (%u values answered UNSUPPORTED_ENUMERATION)\n", n_cases,
           n_unsupported);
    return test_summary("api_args");
}
