/* SPDX-License-Identifier: MIT */
/*
 * CUDA adapter commands: copies host<->device and device<->device (same device and across
 * devices, with and without peer access), blocking and not, chained through events and wait
 * lists across queues; fills of every pattern size on device and host memory, aligned and not;
 * event status; barriers; profiling timestamps. All data is checked on the host.
 */
#include "cuda_env.h"

static struct cuda_env env;
static ur_context_handle_t ctx;

static void *dev_alloc(uint32_t i, size_t size)
{
    void *p = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[i], NULL, NULL, size, &p));
    return p;
}

static void *host_alloc(size_t size)
{
    void *p = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMHostAlloc(ctx, NULL, NULL, size, &p));
    return p;
}

static void seed(unsigned char *p, size_t size, unsigned salt)
{
    for (size_t k = 0; k < size; k++)
        p[k] = (unsigned char)((k * 131u + salt * 7u + (k >> 9)) & 0xffu);
}

static ur_event_status_t status_of(ur_event_handle_t ev)
{
    ur_event_status_t st = UR_EVENT_STATUS_ERROR;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetInfo(ev, UR_EVENT_INFO_COMMAND_EXECUTION_STATUS, sizeof st, &st, NULL));
    return st;
}

/* host -> device -> device -> host through every kind of memory. */
static void test_copies(ur_queue_handle_t q, uint32_t a, uint32_t b, size_t size)
{
    unsigned char *in = malloc(size), *out = malloc(size);
    unsigned char *hin = host_alloc(size), *hout = host_alloc(size);
    void *da = dev_alloc(a, size), *db = dev_alloc(b, size);
    ur_event_handle_t ev = NULL;

    seed(in, size, a * 10 + b);
    memset(out, 0, size);
    /* Blocking, pageable host memory. */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, da, in, size, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, db, da, size, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, out, db, size, 0, NULL, NULL));
    CHECK(memcmp(in, out, size) == 0);

    /* Non-blocking, USM host memory, with events; blocking with an event is complete at once. */
    seed(hin, size, a * 10 + b + 1);
    memset(hout, 0, size);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, false, db, hin, size, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, false, da, db, size, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, false, hout, da, size, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
    CHECK(status_of(ev) == UR_EVENT_STATUS_COMPLETE);
    CHECK(memcmp(hin, hout, size) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
    memset(hout, 0, size);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, hout, db, size, 0, NULL, &ev));
    CHECK(status_of(ev) == UR_EVENT_STATUS_COMPLETE);
    CHECK(memcmp(hin, hout, size) == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));

    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, da));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, db));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, hin));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, hout));
    free(in);
    free(out);
}

/* A chain over two queues: q1 waits for q0's event, q0 then waits for q1's. */
static void test_wait_lists(ur_queue_handle_t q0, ur_queue_handle_t q1, uint32_t d1)
{
    const size_t size = (size_t)64 << 20;
    unsigned char *h = host_alloc(size), *back = host_alloc(size);
    void *x = dev_alloc(0, size), *y = dev_alloc(d1, size);
    ur_event_handle_t e1 = NULL, e2 = NULL, e3 = NULL, e4 = NULL;
    const unsigned char pat = 0xa7;

    seed(h, size, 3);
    memset(back, 0, size);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q0, false, x, h, size, 0, NULL, &e1));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q1, false, y, x, size, 1, &e1, &e2));
    /* A barrier on q0 waiting for q1, then reading y back. */
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueEventsWait(q0, 1, &e2, &e3));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q0, false, back, y, size, 1, &e3, &e4));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &e4));
    CHECK(status_of(e1) == UR_EVENT_STATUS_COMPLETE);
    CHECK(status_of(e2) == UR_EVENT_STATUS_COMPLETE);
    CHECK(status_of(e3) == UR_EVENT_STATUS_COMPLETE);
    CHECK(memcmp(h, back, size) == 0);

    /* Status while work is pending: never ERROR, COMPLETE after urQueueFinish. */
    ur_event_handle_t e5 = NULL;
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q1, y, 1, &pat, size, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q1, false, x, y, size, 0, NULL, &e5));
    ur_event_status_t st = status_of(e5);
    CHECK(st == UR_EVENT_STATUS_COMPLETE || st == UR_EVENT_STATUS_SUBMITTED ||
          st == UR_EVENT_STATUS_RUNNING);
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFlush(q1));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q1));
    CHECK(status_of(e5) == UR_EVENT_STATUS_COMPLETE);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q0, true, back, x, size, 0, NULL, NULL));
    CHECK(back[0] == pat && back[size / 2] == pat && back[size - 1] == pat);

    ur_event_handle_t evs[] = {e1, e2, e3, e4, e5};
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(5, evs));
    for (size_t k = 0; k < 5; k++)
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(evs[k]));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, x));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, y));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, h));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, back));
}

/* One fill, checked byte by byte; guard bytes around it stay untouched. */
static int fill_case(ur_queue_handle_t q, unsigned char *mem, bool host_mem, size_t offset,
                     const unsigned char *pattern, size_t psize, size_t rows, unsigned char *check)
{
    const size_t size = psize * rows, total = offset + size + 64;
    const unsigned char guard = 0xee;
    int bad = 0;

    memset(check, guard, total);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, mem, check, total, 0, NULL, NULL));
    ur_event_handle_t ev = NULL;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueUSMFill(q, mem + offset, psize, pattern, size, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
    if (host_mem)
        memcpy(check, mem, total);
    else
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, true, check, mem, total, 0, NULL, NULL));
    for (size_t k = 0; k < total; k++) {
        unsigned char want =
            k < offset || k >= offset + size ? guard : pattern[(k - offset) % psize];
        if (check[k] != want) {
            if (bad++ == 0)
                fprintf(stderr,
                        "fill pattern %zu x %zu rows at offset %zu (%s): byte %zu is %02x, "
                        "expected %02x\n",
                        psize, rows, offset, host_mem ? "host" : "device", k, check[k], want);
        }
    }
    CHECK(bad == 0);
    return bad;
}

static void test_fills(ur_queue_handle_t q)
{
    const size_t max_total = 128 * 1200 + 256;
    unsigned char *dmem = dev_alloc(0, max_total), *hmem = host_alloc(max_total);
    unsigned char *check = malloc(max_total);
    unsigned char pattern[128], uniform[128];
    int cases = 0;

    for (size_t k = 0; k < sizeof pattern; k++)
        pattern[k] = (unsigned char)(k * 37u + 11u);
    memset(uniform, 0x3c, sizeof uniform);
    for (size_t psize = 1; psize <= 128; psize *= 2) {
        /* Rows: a few (strided memsets alone), and past 64 KiB (seed then copies). */
        const size_t rows_list[2] = {7, (70u * 1024u) / psize + 3};
        for (int r = 0; r < 2; r++) {
            size_t rows = rows_list[r];
            if (psize * rows + 128 > max_total)
                rows = (max_total - 128) / psize;
            /* Aligned, and at odd and even offsets that defeat the 4- and 2-byte paths. */
            const size_t offsets[3] = {0, 1, 2};
            for (int o = 0; o < 3; o++) {
                fill_case(q, dmem, false, offsets[o], pattern, psize, rows, check);
                fill_case(q, hmem, true, offsets[o], pattern, psize, rows, check);
                cases += 2;
            }
            fill_case(q, dmem, false, 0, uniform, psize, rows, check);
            cases++;
        }
    }
    /* A pattern whose 4-byte words repeat (one memset). */
    {
        unsigned char words[16];
        for (int k = 0; k < 16; k++)
            words[k] = (unsigned char)(0x10 + k % 4);
        fill_case(q, dmem, false, 0, words, 16, 1000, check);
        cases++;
    }

    /* Any pattern size that divides the size reaches the adapter, not only powers of two. */
    fill_case(q, dmem, false, 1, pattern, 3, 1000, check);
    fill_case(q, dmem, false, 0, pattern, 24, 700, check);
    cases += 2;
    printf("fills: %d cases of pattern sizes 1..128, 3 and 24, every byte checked\n", cases);

    /* Sizes the library refuses. */
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueUSMFill(q, dmem, 8, pattern, 20, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueUSMFill(q, dmem, 8, pattern, max_total + 8, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, dmem));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, hmem));
    free(check);
}

static void test_profiling(uint32_t d)
{
    ur_queue_handle_t q = ct_queue(ctx, env.dev[d], UR_QUEUE_FLAG_PROFILING_ENABLE);
    const size_t size = (size_t)64 << 20;
    void *x = dev_alloc(d, size), *y = dev_alloc(d, size);
    ur_event_handle_t ev[4];
    uint64_t t[4][5];
    const unsigned char zero = 0;

    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, x, 1, &zero, size, 0, NULL, &ev[0]));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, false, y, x, size, 0, NULL, &ev[1]));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q, false, x, y, size, 1, &ev[1], &ev[2]));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueEventsWait(q, 0, NULL, &ev[3]));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q));
    for (int k = 0; k < 4; k++) {
        for (int w = 0; w < 5; w++) {
            t[k][w] = 0;
            CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(ev[k], (ur_profiling_info_t)w,
                                                                sizeof(uint64_t), &t[k][w], NULL));
        }
        CHECK(t[k][0] <= t[k][1] && t[k][1] <= t[k][2] && t[k][2] <= t[k][3]);
        CHECK(t[k][4] == t[k][3]);
        /* One stream: commands do not overlap (to within the timer's resolution, as END and
         * the next START come from two float conversions). */
        if (k > 0)
            CHECK(t[k - 1][3] <= t[k][2] + 1000);
        printf("profiling %d: queued %llu, start +%llu ns, duration %llu ns\n", k,
               (unsigned long long)t[k][0], (unsigned long long)(t[k][2] - t[k][0]),
               (unsigned long long)(t[k][3] - t[k][2]));
    }
    /* A 64 MiB copy takes time; a barrier with nothing to do takes almost none. */
    CHECK(t[1][3] - t[1][2] > 1000);
    CHECK(t[2][3] - t[2][2] > 1000);

    /* Queues without profiling have no timestamps. */
    ur_queue_handle_t plain = ct_queue(ctx, env.dev[d], 0);
    ur_event_handle_t pe = NULL;
    uint64_t ts = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(plain, true, y, x, 4096, 0, NULL, &pe));
    CHECK_UR(UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE,
             urEventGetProfilingInfo(pe, UR_PROFILING_INFO_COMMAND_START, sizeof ts, &ts, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(pe));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(plain));

    for (int k = 0; k < 4; k++)
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev[k]));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, x));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, y));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
}

/* Large fills: rate per pattern size (from profiling timestamps), spot-checked. */
static void test_fill_rate(uint32_t d)
{
    const size_t size = (size_t)1 << 30;
    uint64_t total = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(env.dev[d], UR_DEVICE_INFO_GLOBAL_MEM_SIZE,
                                                sizeof total, &total, NULL));
    if (total < ((uint64_t)8 << 30)) {
        printf("fill rate: device memory too small, not measured\n");
        return;
    }
    ur_queue_handle_t q = ct_queue(ctx, env.dev[d], UR_QUEUE_FLAG_PROFILING_ENABLE);
    unsigned char *mem = dev_alloc(d, size), pattern[128], back[4096];

    for (size_t k = 0; k < sizeof pattern; k++)
        pattern[k] = (unsigned char)(k * 73u + 5u);
    for (size_t psize = 1; psize <= 128; psize *= 2) {
        ur_event_handle_t ev = NULL;
        uint64_t start = 0, end = 0;
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, mem, psize, pattern, size, 0, NULL, &ev));
        CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
        CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(ev, UR_PROFILING_INFO_COMMAND_START,
                                                            sizeof start, &start, NULL));
        CHECK_UR(UR_RESULT_SUCCESS, urEventGetProfilingInfo(ev, UR_PROFILING_INFO_COMMAND_END,
                                                            sizeof end, &end, NULL));
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
        /* The start, a middle and the end of the fill. */
        const size_t at[3] = {0, size / 2 - 2048, size - sizeof back};
        for (int k = 0; k < 3; k++) {
            CHECK_UR(UR_RESULT_SUCCESS,
                     urEnqueueUSMMemcpy(q, true, back, mem + at[k], sizeof back, 0, NULL, NULL));
            int bad = 0;
            for (size_t b = 0; b < sizeof back; b++)
                bad += back[b] != pattern[(at[k] + b) % psize];
            CHECK(bad == 0);
        }
        printf("fill 1 GiB, pattern %3zu bytes: %8.1f us, %6.1f GB/s\n", psize,
               (double)(end - start) / 1e3, (double)size / (double)(end - start));
    }
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, mem));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q));
}

static void test_argument_checks(ur_queue_handle_t q)
{
    void *x = dev_alloc(0, 4096);
    unsigned char h[8192];
    ur_event_handle_t ev = NULL;

    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE, urEnqueueUSMMemcpy(q, true, x, h, 0, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE, urEnqueueUSMMemcpy(q, true, x, h, 8192, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueUSMMemcpy(q, true, (char *)x + 1, h, 4096, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urEnqueueUSMMemcpy(q, true, NULL, h, 16, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urEnqueueUSMMemcpy(NULL, true, x, h, 16, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST,
             urEnqueueUSMMemcpy(q, true, x, h, 16, 1, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST,
             urEnqueueUSMMemcpy(q, true, x, h, 16, 0, &ev, NULL));
    ev = NULL;
    CHECK_UR(UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST,
             urEnqueueUSMMemcpy(q, true, x, h, 16, 1, &ev, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE, urEventWait(0, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, x));
}

int main(void)
{
    raw_cuda_open();
    cuda_env_open(&env);
    ctx = ct_context(&env, env.ndev);
    uint32_t d1 = env.ndev > 1 ? 1 : 0;
    ur_queue_handle_t q0 = ct_queue(ctx, env.dev[0], 0);
    ur_queue_handle_t q1 = ct_queue(ctx, env.dev[d1], UR_QUEUE_FLAG_OUT_OF_ORDER_EXEC_MODE_ENABLE);

    test_copies(q0, 0, 0, 1000003);
    test_copies(q0, 0, 0, (size_t)32 << 20);
    if (env.ndev > 1) {
        int access = 0;
        /* Between devices without peer access (staged by the driver), then with it. */
        test_copies(q0, 0, 1, (size_t)32 << 20);
        test_copies(q1, 0, 1, 4099);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urUsmP2PPeerAccessGetInfoExp(env.dev[0], env.dev[1],
                                              UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT,
                                              sizeof access, &access, NULL));
        if (access) {
            CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[0], env.dev[1]));
            test_copies(q0, 0, 1, (size_t)32 << 20);
            CHECK_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[0], env.dev[1]));
        }
    } else {
        printf("one device: copies between devices not tested\n");
    }
    test_wait_lists(q0, q1, d1);
    test_fills(q0);
    test_profiling(0);
    test_fill_rate(0);
    test_argument_checks(q0);

    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q0));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q1));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    cuda_env_close(&env);
    return test_summary("cuda_copy");
}
