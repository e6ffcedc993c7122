/* SPDX-License-Identifier: MIT */
/*
 * Memory buffers: creation flags and their errors, host-pointer semantics, partition, info,
 * native handles, every enqueue command with its data verified (rectangles and map/unmap
 * included), copies between buffers on two devices with peer access on and off, reference
 * counts, the leak report, bad input with exact codes. On the adapter chosen by
 * URPEER_TEST_ADAPTER (simulated node by default, preset from argv[1]).
 */
#include "api_env.h"
#include "stderr_capture.h"

#include <stdint.h>
#include <unistd.h>

#define BUF (64 * 1024 + 64) /* not a multiple of any chunk size */

static struct test_env env;
static ur_context_handle_t ctx;
static ur_queue_handle_t q[TEST_MAX_DEVICES];
static uint8_t *ref, *out; /* host memory, BUF bytes each */

static uint8_t pattern_byte(size_t i, unsigned seed)
{
    return (uint8_t)(i * 131u + seed * 7u + (i >> 9));
}

static void fill_pattern(uint8_t *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        p[i] = pattern_byte(i, seed);
}

static bool same(const uint8_t *a, const uint8_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) {
            fprintf(stderr, "  byte %zu: %u, expected %u\n", i, a[i], b[i]);
            return false;
        }
    return true;
}

/* A buffer placed on context device `dev` (allocation-location extension). */
static ur_mem_handle_t buffer_on(uint32_t dev, ur_mem_flags_t flags, size_t size)
{
    ur_buffer_alloc_location_properties_t loc = {UR_STRUCTURE_TYPE_BUFFER_ALLOC_LOCATION_PROPERTIES,
                                                 NULL, dev};
    ur_buffer_properties_t props = {UR_STRUCTURE_TYPE_BUFFER_PROPERTIES, &loc, NULL};
    ur_mem_handle_t m = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urMemBufferCreate(ctx, flags, size, &props, &m));
    return m;
}

static uint32_t refcount(ur_mem_handle_t m)
{
    uint32_t rc = 0;
    CHECK_UR(UR_RESULT_SUCCESS,
             urMemGetInfo(m, UR_MEM_INFO_REFERENCE_COUNT, sizeof(rc), &rc, NULL));
    return rc;
}

static ur_command_t command_of(ur_event_handle_t ev)
{
    ur_command_t c = UR_COMMAND_FORCE_UINT32;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEventGetInfo(ev, UR_EVENT_INFO_COMMAND_TYPE, sizeof(c), &c, NULL));
    return c;
}

/* ---- creation ------------------------------------------------------------------------------ */

static void test_create(void)
{
    static const ur_mem_flags_t ok_flags[] = {
        0,
        UR_MEM_FLAG_READ_WRITE,
        UR_MEM_FLAG_WRITE_ONLY,
        UR_MEM_FLAG_READ_ONLY,
        UR_MEM_FLAG_ALLOC_HOST_POINTER,
        UR_MEM_FLAG_READ_ONLY | UR_MEM_FLAG_ALLOC_HOST_POINTER,
    };
    for (size_t i = 0; i < sizeof(ok_flags) / sizeof(ok_flags[0]); i++) {
        ur_mem_handle_t m = NULL;
        CHECK_UR(UR_RESULT_SUCCESS, urMemBufferCreate(ctx, ok_flags[i], 4096, NULL, &m));
        size_t size = 0;
        ur_context_handle_t c = NULL;
        CHECK_UR(UR_RESULT_SUCCESS, urMemGetInfo(m, UR_MEM_INFO_SIZE, sizeof(size), &size, NULL));
        CHECK(size == 4096);
        CHECK_UR(UR_RESULT_SUCCESS, urMemGetInfo(m, UR_MEM_INFO_CONTEXT, sizeof(c), &c, NULL));
        CHECK(c == ctx);
        CHECK(refcount(m) == 1);
        size_t ret = 0;
        CHECK_UR(UR_RESULT_SUCCESS, urMemGetInfo(m, UR_MEM_INFO_CONTEXT, 0, NULL, &ret));
        CHECK(ret == sizeof(ur_context_handle_t));
        CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m));
    }

    /* Errors, in upstream's order; the output is never written. */
    uint8_t host[64];
    ur_buffer_properties_t hp = {UR_STRUCTURE_TYPE_BUFFER_PROPERTIES, NULL, host};
    ur_buffer_properties_t nohp = {UR_STRUCTURE_TYPE_BUFFER_PROPERTIES, NULL, NULL};
    ur_mem_handle_t sentinel = (ur_mem_handle_t)(uintptr_t)0x5e5e, m = sentinel;
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urMemBufferCreate(NULL, 0, 64, NULL, &m));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER, urMemBufferCreate(ctx, 0, 64, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_ENUMERATION,
             urMemBufferCreate(ctx, UR_MEM_FLAG_FORCE_UINT32, 64, NULL, &m));
    CHECK_UR(UR_RESULT_ERROR_INVALID_ENUMERATION, urMemBufferCreate(ctx, 1u << 6, 0, NULL, &m));
    CHECK_UR(UR_RESULT_ERROR_INVALID_BUFFER_SIZE, urMemBufferCreate(ctx, 0, 0, NULL, &m));
    CHECK_UR(UR_RESULT_ERROR_INVALID_HOST_PTR,
             urMemBufferCreate(ctx, UR_MEM_FLAG_USE_HOST_POINTER, 64, NULL, &m));
    CHECK_UR(UR_RESULT_ERROR_INVALID_HOST_PTR,
             urMemBufferCreate(ctx, UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER, 64, &nohp, &m));
    CHECK_UR(UR_RESULT_ERROR_INVALID_HOST_PTR,
             urMemBufferCreate(ctx, UR_MEM_FLAG_READ_WRITE, 64, &hp, &m));
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE,
             urMemBufferCreate(ctx, UR_MEM_FLAG_READ_WRITE | UR_MEM_FLAG_READ_ONLY, 64, NULL, &m));
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE,
             urMemBufferCreate(ctx, UR_MEM_FLAG_USE_HOST_POINTER | UR_MEM_FLAG_ALLOC_HOST_POINTER,
                               64, &hp, &m));
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE,
             urMemBufferCreate(ctx,
                               UR_MEM_FLAG_USE_HOST_POINTER | UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER,
                               64, &hp, &m));
    uint64_t max = 0;
    REQUIRE_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(env.dev[0], UR_DEVICE_INFO_MAX_MEM_ALLOC_SIZE,
                                                  sizeof(max), &max, NULL));
    if (max < SIZE_MAX)
        CHECK_UR(UR_RESULT_ERROR_INVALID_BUFFER_SIZE,
                 urMemBufferCreate(ctx, 0, (size_t)max + 1, NULL, &m));
    CHECK(m == sentinel);

    /* Info errors. */
    ur_mem_handle_t b = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urMemBufferCreate(ctx, 0, 64, NULL, &b));
    size_t size = 7, ret = 0;
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urMemGetInfo(NULL, UR_MEM_INFO_SIZE, sizeof(size), &size, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urMemGetInfo(b, UR_MEM_INFO_SIZE, sizeof(size), NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urMemGetInfo(b, UR_MEM_INFO_SIZE, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_ENUMERATION,
             urMemGetInfo(b, UR_MEM_INFO_FORCE_UINT32, sizeof(size), &size, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE, urMemGetInfo(b, UR_MEM_INFO_SIZE, 0, &size, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE, urMemGetInfo(b, UR_MEM_INFO_SIZE, 4, &size, &ret));
    CHECK(size == 7 && ret == sizeof(size_t));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(b));
    /* A released buffer is a stale handle. */
    CHECK_UR(UR_RESULT_ERROR_INVALID_MEM_OBJECT,
             urMemGetInfo(b, UR_MEM_INFO_SIZE, sizeof(size), &size, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_MEM_OBJECT, urMemRetain(b));
    CHECK_UR(UR_RESULT_ERROR_INVALID_MEM_OBJECT, urMemRelease(b));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urMemRetain(NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urMemRelease(NULL));
}

/* ---- host pointers -------------------------------------------------------------------------- */

static void test_host_pointers(void)
{
    uint8_t *app = malloc(BUF);
    REQUIRE_UR(UR_RESULT_SUCCESS, app ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_OUT_OF_HOST_MEMORY);
    ur_buffer_properties_t props = {UR_STRUCTURE_TYPE_BUFFER_PROPERTIES, NULL, app};

    /* COPY: the buffer starts with the host data and keeps it when the host memory changes. */
    fill_pattern(app, BUF, 1);
    fill_pattern(ref, BUF, 1);
    ur_mem_handle_t copy = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS,
               urMemBufferCreate(ctx, UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER, BUF, &props, &copy));
    memset(app, 0, BUF);
    memset(out, 0xEE, BUF);
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueMemBufferRead(q[0], copy, true, 0, BUF, out, 0, NULL, NULL));
    CHECK(same(out, ref, BUF));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(copy));

    /* COPY + ALLOC_HOST: host memory, same contents. */
    fill_pattern(app, BUF, 2);
    REQUIRE_UR(
        UR_RESULT_SUCCESS,
        urMemBufferCreate(ctx, UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER | UR_MEM_FLAG_ALLOC_HOST_POINTER,
                          BUF, &props, &copy));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueMemBufferRead(q[0], copy, true, 0, BUF, out, 0, NULL, NULL));
    CHECK(same(out, app, BUF));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(copy));

    /* USE: the application's memory is the buffer's, both ways. */
    ur_mem_handle_t use = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS,
               urMemBufferCreate(ctx, UR_MEM_FLAG_USE_HOST_POINTER, BUF, &props, &use));
    fill_pattern(app, BUF, 3);
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueMemBufferRead(q[0], use, true, 0, BUF, out, 0, NULL, NULL));
    CHECK(same(out, app, BUF));
    fill_pattern(ref, BUF, 4);
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueMemBufferWrite(q[env.ndev - 1], use, true, 0, BUF, ref, 0, NULL, NULL));
    CHECK(same(app, ref, BUF));
    uint32_t pat = 0xA1B2C3D4u;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueMemBufferFill(q[0], use, &pat, sizeof(pat), 64, 128, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q[0]));
    CHECK(memcmp(app + 64, &pat, 4) == 0 && memcmp(app + 188, &pat, 4) == 0 &&
          app[192] == ref[192]);
    void *mapped = NULL;
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferMap(q[0], use, true, UR_MAP_FLAG_READ, 100, 50, 0,
                                                      NULL, NULL, &mapped));
    CHECK(mapped == app + 100);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemUnmap(q[0], use, mapped, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q[0]));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(use));
    free(app);
}

/* ---- read, write, copy, fill ---------------------------------------------------------------- */

static void test_read_write_copy(void)
{
    for (uint32_t d = 0; d < env.ndev && d < 4; d++) {
        ur_mem_handle_t m = buffer_on(d, UR_MEM_FLAG_READ_WRITE, BUF);
        fill_pattern(ref, BUF, 10 + d);
        ur_event_handle_t ev = NULL;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueMemBufferWrite(q[d], m, false, 0, BUF, ref, 0, NULL, &ev));
        CHECK(ev != NULL && command_of(ev) == UR_COMMAND_MEM_BUFFER_WRITE);
        /* Read half of it after the write's event, at an offset. */
        memset(out, 0, BUF);
        ur_event_handle_t rev = NULL;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueMemBufferRead(q[d], m, false, 1000, BUF / 2, out, 1, &ev, &rev));
        CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &rev));
        CHECK(command_of(rev) == UR_COMMAND_MEM_BUFFER_READ);
        CHECK(same(out, ref + 1000, BUF / 2));
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(rev));
        /* Copy within the buffer, then to a second buffer. */
        ur_mem_handle_t m2 = buffer_on(d, 0, BUF);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueMemBufferCopy(q[d], m, m, 0, BUF / 2, BUF / 2, 0, NULL, NULL));
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferCopy(q[d], m, m2, 0, 0, BUF, 0, NULL, &ev));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueMemBufferRead(q[d], m2, true, 0, BUF, out, 0, NULL, NULL));
        CHECK(command_of(ev) == UR_COMMAND_MEM_BUFFER_COPY);
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
        CHECK(same(out, ref, BUF / 2) && same(out + BUF / 2, ref, BUF / 2));
        /* Zero-byte commands complete and carry their event. */
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueMemBufferRead(q[d], m, true, BUF, 0, out, 0, NULL, &ev));
        CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
        CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m2));
        CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m));
    }
}

static void test_fill(void)
{
    ur_mem_handle_t m = buffer_on(0, 0, BUF);
    ur_mem_handle_t h = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS,
               urMemBufferCreate(ctx, UR_MEM_FLAG_ALLOC_HOST_POINTER, BUF, NULL, &h));
    ur_mem_handle_t bufs[2] = {m, h};
    for (int b = 0; b < 2; b++) {
        for (size_t ps = 1; ps <= 512; ps *= 2) {
            uint8_t pattern[512];
            for (size_t i = 0; i < ps; i++)
                pattern[i] = (uint8_t)(0x30 + ps + i * 5);
            size_t offset = ps * 3, size = ((BUF - offset) / ps) * ps - ps;
            uint8_t zero = 0x11;
            CHECK_UR(UR_RESULT_SUCCESS,
                     urEnqueueMemBufferFill(q[0], bufs[b], &zero, 1, 0, BUF, 0, NULL, NULL));
            ur_event_handle_t ev = NULL;
            CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferFill(q[0], bufs[b], pattern, ps, offset,
                                                               size, 0, NULL, &ev));
            CHECK(command_of(ev) == UR_COMMAND_MEM_BUFFER_FILL);
            CHECK_UR(UR_RESULT_SUCCESS,
                     urEnqueueMemBufferRead(q[0], bufs[b], true, 0, BUF, out, 1, &ev, NULL));
            CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
            bool ok = true;
            for (size_t i = 0; i < BUF; i++) {
                uint8_t want = i >= offset && i < offset + size ? pattern[(i - offset) % ps] : 0x11;
                ok &= out[i] == want;
            }
            if (!ok)
                fprintf(stderr, "  fill with a %zu-byte pattern differs (buffer %d)\n", ps, b);
            CHECK(ok);
        }
    }
    /* Exact sizes: upstream's rules. */
    uint8_t p[256] = {0};
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueMemBufferFill(q[0], m, p, 0, 0, 64, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueMemBufferFill(q[0], m, p, 4, 0, 0, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueMemBufferFill(q[0], m, p, 8, 0, 4, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueMemBufferFill(q[0], m, p, 3, 0, 6, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueMemBufferFill(q[0], m, p, 4, 0, 6, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueMemBufferFill(q[0], m, p, 4, 2, 8, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueMemBufferFill(q[0], m, p, 4, BUF - 4, 8, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urEnqueueMemBufferFill(q[0], m, NULL, 4, 0, 8, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urEnqueueMemBufferFill(q[0], NULL, p, 4, 0, 8, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(h));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m));
}

/* ---- rectangles ------------------------------------------------------------------------------ */

/* The byte offset of (x, y, z) from origin o with those pitches. */
static size_t rect_at(ur_rect_offset_t o, size_t row, size_t slice, size_t x, size_t y, size_t z)
{
    return (o.z + z) * slice + (o.y + y) * row + o.x + x;
}

static void test_rect(void)
{
    /* A 3D region of 40 x 9 x 3 bytes inside a buffer laid out as 64-byte rows of 16 rows. */
    const size_t brow = 64, bslice = 64 * 16, hrow = 50, hslice = 50 * 12;
    ur_rect_region_t rg = {40, 9, 3};
    ur_rect_offset_t bo = {5, 2, 1}, ho = {3, 1, 0};
    ur_mem_handle_t m = buffer_on(env.ndev - 1, 0, bslice * 5);
    ur_queue_handle_t qq = q[env.ndev - 1];
    uint8_t zero = 0;
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueMemBufferFill(qq, m, &zero, 1, 0, bslice * 5, 0, NULL, NULL));
    fill_pattern(ref, BUF, 20);
    ur_event_handle_t ev = NULL;
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferWriteRect(qq, m, true, bo, ho, rg, brow, bslice,
                                                            hrow, hslice, ref, 0, NULL, &ev));
    CHECK(command_of(ev) == UR_COMMAND_MEM_BUFFER_WRITE_RECT);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
    /* The whole buffer: the region holds the host's bytes, the rest stayed zero. */
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueMemBufferRead(qq, m, true, 0, bslice * 5, out, 0, NULL, NULL));
    uint8_t *want = calloc(1, bslice * 5);
    REQUIRE_UR(UR_RESULT_SUCCESS, want ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_OUT_OF_HOST_MEMORY);
    for (size_t z = 0; z < rg.depth; z++)
        for (size_t y = 0; y < rg.height; y++)
            for (size_t x = 0; x < rg.width; x++)
                want[rect_at(bo, brow, bslice, x, y, z)] = ref[rect_at(ho, hrow, hslice, x, y, z)];
    CHECK(same(out, want, bslice * 5));

    /* Read it back into a different host layout (packed: pitches 0). */
    memset(out, 0xEE, BUF);
    ur_rect_offset_t zero_o = {0, 0, 0};
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferReadRect(qq, m, false, bo, zero_o, rg, brow,
                                                           bslice, 0, 0, out, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
    CHECK(command_of(ev) == UR_COMMAND_MEM_BUFFER_READ_RECT);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
    bool ok = true;
    for (size_t z = 0; z < rg.depth; z++)
        for (size_t y = 0; y < rg.height; y++)
            for (size_t x = 0; x < rg.width; x++)
                ok &= out[(z * rg.height + y) * rg.width + x] ==
                      ref[rect_at(ho, hrow, hslice, x, y, z)];
    CHECK(ok);
    CHECK(out[rg.width * rg.height * rg.depth] == 0xEE);

    /* Copy the region into another buffer (on device 0), at another origin and pitches. */
    ur_mem_handle_t m2 = buffer_on(0, 0, BUF);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferFill(q[0], m2, &zero, 1, 0, BUF, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q[0]));
    ur_rect_offset_t d2 = {1, 0, 2};
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferCopyRect(qq, m, m2, bo, d2, rg, brow, bslice, 48,
                                                           48 * 10, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
    CHECK(command_of(ev) == UR_COMMAND_MEM_BUFFER_COPY_RECT);
    CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferRead(q[0], m2, true, 0, BUF, out, 0, NULL, NULL));
    ok = true;
    for (size_t z = 0; z < rg.depth; z++)
        for (size_t y = 0; y < rg.height; y++)
            for (size_t x = 0; x < rg.width; x++)
                ok &= out[rect_at(d2, 48, 480, x, y, z)] == ref[rect_at(ho, hrow, hslice, x, y, z)];
    CHECK(ok);
    /* Packed on both sides (one copy). */
    ur_rect_region_t flat = {64, 16, 2};
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferCopyRect(qq, m, m2, zero_o, zero_o, flat, 0, 0, 0,
                                                           0, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueMemBufferRead(qq, m2, true, 0, 64 * 16 * 2, out, 0, NULL, NULL));
    CHECK(same(out, want, 64 * 16 * 2));

    /* Bad rectangles. */
    ur_rect_region_t bad = {0, 1, 1};
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueMemBufferReadRect(qq, m, true, bo, ho, bad, 0, 0, 0, 0, out, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueMemBufferReadRect(qq, m, true, bo, ho, rg, 10, 0, 0, 0, out, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueMemBufferWriteRect(qq, m, true, bo, ho, rg, brow, brow * 3, 0, 0, ref, 0,
                                         NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueMemBufferWriteRect(qq, m, true, bo, ho, rg, brow, bslice + 1, 0, 0, ref, 0,
                                         NULL, NULL));
    ur_rect_offset_t far = {0, 0, 5};
    CHECK_UR(
        UR_RESULT_ERROR_INVALID_SIZE,
        urEnqueueMemBufferCopyRect(qq, m, m2, far, zero_o, rg, brow, bslice, 0, 0, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urEnqueueMemBufferReadRect(qq, m, true, bo, ho, rg, 0, 0, 0, 0, NULL, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST,
             urEnqueueMemBufferCopyRect(qq, m, m2, bo, zero_o, rg, 0, 0, 0, 0, 1, NULL, NULL));
    free(want);
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m2));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m));
}

/* ---- map / unmap ----------------------------------------------------------------------------- */

static void test_map(void)
{
    for (int host = 0; host < 2; host++) {
        ur_mem_handle_t m = NULL;
        REQUIRE_UR(
            UR_RESULT_SUCCESS,
            urMemBufferCreate(ctx, host ? UR_MEM_FLAG_ALLOC_HOST_POINTER : 0, BUF, NULL, &m));
        fill_pattern(ref, BUF, 30 + host);
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueMemBufferWrite(q[0], m, true, 0, BUF, ref, 0, NULL, NULL));
        /* Read mapping of a range. */
        uint8_t *p = NULL;
        ur_event_handle_t ev = NULL;
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferMap(q[0], m, false, UR_MAP_FLAG_READ, 4096,
                                                          8192, 0, NULL, &ev, (void **)&p));
        CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
        CHECK(command_of(ev) == UR_COMMAND_MEM_BUFFER_MAP);
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
        CHECK(p != NULL && same(p, ref + 4096, 8192));
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemUnmap(q[0], m, p, 0, NULL, &ev));
        CHECK_UR(UR_RESULT_SUCCESS, urEventWait(1, &ev));
        CHECK(command_of(ev) == UR_COMMAND_MEM_UNMAP);
        CHECK_UR(UR_RESULT_SUCCESS, urEventRelease(ev));
        /* Write mapping: changes reach the buffer at unmap. */
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueMemBufferMap(q[0], m, true, UR_MAP_FLAG_READ | UR_MAP_FLAG_WRITE, 100,
                                       1000, 0, NULL, NULL, (void **)&p));
        CHECK(same(p, ref + 100, 1000));
        memset(p, 0x5A, 1000);
        memset(ref + 100, 0x5A, 1000);
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemUnmap(q[0], m, p, 0, NULL, NULL));
        /* Invalidating mapping of the whole buffer. */
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueMemBufferMap(q[0], m, true, UR_MAP_FLAG_WRITE_INVALIDATE_REGION, 0, BUF,
                                       0, NULL, NULL, (void **)&p));
        memcpy(p + BUF - 64, "tail", 4);
        memcpy(ref + BUF - 64, "tail", 4);
        memcpy(p, ref, BUF - 64);
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemUnmap(q[0], m, p, 0, NULL, NULL));
        CHECK_UR(UR_RESULT_SUCCESS,
                 urEnqueueMemBufferRead(q[0], m, true, 0, BUF - 60, out, 0, NULL, NULL));
        CHECK(same(out, ref, BUF - 60));
        /* Two mappings at once; unmapping one that is not a mapping. */
        uint8_t *a = NULL, *b = NULL;
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferMap(q[0], m, true, UR_MAP_FLAG_READ, 0, 16, 0,
                                                          NULL, NULL, (void **)&a));
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferMap(q[0], m, true, UR_MAP_FLAG_READ, 32, 16,
                                                          0, NULL, NULL, (void **)&b));
        CHECK(same(a, ref, 16) && same(b, ref + 32, 16));
        uint8_t other;
        CHECK_UR(UR_RESULT_ERROR_INVALID_MEM_OBJECT,
                 urEnqueueMemUnmap(q[0], m, &other, 0, NULL, NULL));
        CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemUnmap(q[0], m, b, 0, NULL, NULL));
        /* a stays mapped: the release frees what it holds. */
        void *sentinel = &other, *r = sentinel;
        CHECK_UR(UR_RESULT_ERROR_INVALID_ENUMERATION,
                 urEnqueueMemBufferMap(q[0], m, true, 1u << 3, 0, 16, 0, NULL, NULL, &r));
        CHECK_UR(
            UR_RESULT_ERROR_INVALID_SIZE,
            urEnqueueMemBufferMap(q[0], m, true, UR_MAP_FLAG_READ, BUF - 8, 16, 0, NULL, NULL, &r));
        CHECK_UR(
            UR_RESULT_ERROR_INVALID_NULL_POINTER,
            urEnqueueMemBufferMap(q[0], m, true, UR_MAP_FLAG_READ, 0, 16, 0, NULL, NULL, NULL));
        CHECK(r == sentinel);
        CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
                 urEnqueueMemUnmap(q[0], m, NULL, 0, NULL, NULL));
        CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q[0]));
        CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m));
    }
}

/* ---- sub-buffers ----------------------------------------------------------------------------- */

static void test_partition(void)
{
    ur_mem_handle_t m = buffer_on(0, UR_MEM_FLAG_READ_WRITE, BUF);
    fill_pattern(ref, BUF, 40);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferWrite(q[0], m, true, 0, BUF, ref, 0, NULL, NULL));
    ur_buffer_region_t rg = {UR_STRUCTURE_TYPE_BUFFER_REGION, NULL, 1024, 4096};
    ur_mem_handle_t sub = NULL;
    CHECK_UR(UR_RESULT_SUCCESS,
             urMemBufferPartition(m, 0, UR_BUFFER_CREATE_TYPE_REGION, &rg, &sub));
    CHECK(refcount(m) == 2);
    size_t size = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urMemGetInfo(sub, UR_MEM_INFO_SIZE, sizeof(size), &size, NULL));
    CHECK(size == 4096);
    /* It shares the parent's memory, both ways. */
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueMemBufferRead(q[0], sub, true, 0, 4096, out, 0, NULL, NULL));
    CHECK(same(out, ref + 1024, 4096));
    uint8_t x = 0x77;
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferFill(q[0], sub, &x, 1, 10, 20, 0, NULL, NULL));
    memset(ref + 1034, 0x77, 20);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferRead(q[0], m, true, 0, BUF, out, 0, NULL, NULL));
    CHECK(same(out, ref, BUF));
    /* Out of its range. */
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueMemBufferRead(q[0], sub, true, 4000, 100, out, 0, NULL, NULL));
    /* The parent outlives its release while the sub-buffer holds it. */
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m));
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueMemBufferRead(q[0], sub, true, 0, 4096, out, 0, NULL, NULL));
    CHECK(same(out, ref + 1024, 4096));

    /* Errors. */
    ur_mem_handle_t sentinel = (ur_mem_handle_t)(uintptr_t)0x5e5e, s = sentinel;
    m = buffer_on(0, UR_MEM_FLAG_READ_ONLY, BUF);
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urMemBufferPartition(NULL, 0, UR_BUFFER_CREATE_TYPE_REGION, &rg, &s));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urMemBufferPartition(m, 0, UR_BUFFER_CREATE_TYPE_REGION, NULL, &s));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urMemBufferPartition(m, 0, UR_BUFFER_CREATE_TYPE_REGION, &rg, NULL));
    CHECK_UR(
        UR_RESULT_ERROR_INVALID_ENUMERATION,
        urMemBufferPartition(m, UR_MEM_FLAG_FORCE_UINT32, UR_BUFFER_CREATE_TYPE_REGION, &rg, &s));
    CHECK_UR(UR_RESULT_ERROR_INVALID_ENUMERATION,
             urMemBufferPartition(m, 0, UR_BUFFER_CREATE_TYPE_FORCE_UINT32, &rg, &s));
    ur_buffer_region_t empty = {UR_STRUCTURE_TYPE_BUFFER_REGION, NULL, 0, 0};
    CHECK_UR(UR_RESULT_ERROR_INVALID_BUFFER_SIZE,
             urMemBufferPartition(m, 0, UR_BUFFER_CREATE_TYPE_REGION, &empty, &s));
    ur_buffer_region_t outside = {UR_STRUCTURE_TYPE_BUFFER_REGION, NULL, BUF - 10, 11};
    CHECK_UR(UR_RESULT_ERROR_INVALID_BUFFER_SIZE,
             urMemBufferPartition(m, 0, UR_BUFFER_CREATE_TYPE_REGION, &outside, &s));
    CHECK_UR(
        UR_RESULT_ERROR_INVALID_VALUE,
        urMemBufferPartition(m, UR_MEM_FLAG_READ_WRITE, UR_BUFFER_CREATE_TYPE_REGION, &rg, &s));
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE,
             urMemBufferPartition(m, UR_MEM_FLAG_ALLOC_HOST_POINTER, UR_BUFFER_CREATE_TYPE_REGION,
                                  &rg, &s));
    CHECK_UR(UR_RESULT_ERROR_INVALID_MEM_OBJECT,
             urMemBufferPartition(sub, 0, UR_BUFFER_CREATE_TYPE_REGION, &rg, &s));
    CHECK(s == sentinel);
    CHECK_UR(UR_RESULT_SUCCESS,
             urMemBufferPartition(m, UR_MEM_FLAG_READ_ONLY, UR_BUFFER_CREATE_TYPE_REGION, &rg, &s));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(s));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(sub));
}

/* ---- native handles -------------------------------------------------------------------------- */

static void test_native(void)
{
    ur_mem_handle_t m = buffer_on(0, 0, BUF);
    fill_pattern(ref, BUF, 50);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferWrite(q[0], m, true, 0, BUF, ref, 0, NULL, NULL));
    ur_native_handle_t nat = 0, nat2 = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urMemGetNativeHandle(m, env.dev[0], &nat));
    CHECK_UR(UR_RESULT_SUCCESS, urMemGetNativeHandle(m, NULL, &nat2));
    CHECK(nat != 0 && nat == nat2);
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urMemGetNativeHandle(NULL, NULL, &nat));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER, urMemGetNativeHandle(m, NULL, NULL));
    ur_mem_native_properties_t props = {UR_STRUCTURE_TYPE_MEM_NATIVE_PROPERTIES, NULL, false};
    ur_mem_handle_t w = NULL;
    CHECK_UR(UR_RESULT_SUCCESS, urMemBufferCreateWithNativeHandle(nat + 16, ctx, &props, &w));
    size_t size = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urMemGetInfo(w, UR_MEM_INFO_SIZE, sizeof(size), &size, NULL));
    CHECK(size == BUF - 16);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferRead(q[0], w, true, 0, 64, out, 0, NULL, NULL));
    CHECK(same(out, ref + 16, 64));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(w));
    /* A USM allocation wrapped as a buffer. */
    void *usm = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, env.dev[0], NULL, NULL, 4096, &usm));
    CHECK_UR(UR_RESULT_SUCCESS,
             urMemBufferCreateWithNativeHandle((ur_native_handle_t)usm, ctx, NULL, &w));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferWrite(q[0], w, true, 0, 64, ref, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMMemcpy(q[0], true, out, usm, 64, 0, NULL, NULL));
    CHECK(same(out, ref, 64));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(w));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, usm)); /* the buffer did not own it */
    uint8_t local[16];
    ur_mem_handle_t sentinel = (ur_mem_handle_t)(uintptr_t)0x5e5e;
    w = sentinel;
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE,
             urMemBufferCreateWithNativeHandle((ur_native_handle_t)local, ctx, NULL, &w));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urMemBufferCreateWithNativeHandle(nat, NULL, NULL, &w));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urMemBufferCreateWithNativeHandle(nat, ctx, NULL, NULL));
    CHECK(w == sentinel);
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m));
}

/* ---- between devices ------------------------------------------------------------------------- */

static void copy_between(uint32_t to, uint32_t from, bool enabled, unsigned seed)
{
    ur_mem_handle_t src = buffer_on(from, 0, BUF), dst = buffer_on(to, 0, BUF);
    fill_pattern(ref, BUF, seed);
    REQUIRE_UR(UR_RESULT_SUCCESS,
               urEnqueueMemBufferWrite(q[from], src, true, 0, BUF, ref, 0, NULL, NULL));
    urpeer_sim_stats_t s0 = sim_stats(&env);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferCopy(q[to], src, dst, 0, 0, BUF, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q[to]));
    urpeer_sim_stats_t s1 = sim_stats(&env);
    memset(out, 0, BUF);
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueMemBufferRead(q[to], dst, true, 0, BUF, out, 0, NULL, NULL));
    CHECK(same(out, ref, BUF));
    if (env.is_sim) {
        CHECK(s1.bytesDirect - s0.bytesDirect == (enabled ? BUF : 0u));
        CHECK(s1.bytesStaged - s0.bytesStaged == (enabled ? 0u : BUF));
    }
    /* A rectangle between them takes the same path. */
    ur_rect_region_t rg = {100, 20, 2};
    ur_rect_offset_t o = {0, 0, 0};
    s0 = sim_stats(&env);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferCopyRect(q[to], src, dst, o, o, rg, 128, 4096,
                                                           100, 2000, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q[to]));
    s1 = sim_stats(&env);
    if (env.is_sim)
        CHECK((s1.bytesDirect - s0.bytesDirect == 4000u) == enabled);
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(src));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(dst));
}

static void test_peer_copies(void)
{
    unsigned seed = 60;
    for (uint32_t to = 0; to < env.ndev && to < 3; to++) {
        for (uint32_t from = 0; from < env.ndev && from < 3; from++) {
            if (to == from)
                continue;
            copy_between(to, from, false, seed++);
            if (peer_info(env.dev[to], env.dev[from], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT) != 1)
                continue;
            REQUIRE_UR(UR_RESULT_SUCCESS, urUsmP2PEnablePeerAccessExp(env.dev[to], env.dev[from]));
            copy_between(to, from, true, seed++);
            REQUIRE_UR(UR_RESULT_SUCCESS, urUsmP2PDisablePeerAccessExp(env.dev[to], env.dev[from]));
        }
    }
}

/* ---- bad input on the enqueue commands --------------------------------------------------------
 */

static void test_enqueue_errors(void)
{
    ur_mem_handle_t m = buffer_on(0, 0, 256), m2 = buffer_on(0, 0, 256);
    ur_event_handle_t sentinel = (ur_event_handle_t)(uintptr_t)0x5e5e, ev = sentinel;
    uint8_t h[512];
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urEnqueueMemBufferRead(NULL, m, true, 0, 16, h, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urEnqueueMemBufferRead(q[0], NULL, true, 0, 16, h, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urEnqueueMemBufferRead(q[0], m, true, 0, 16, NULL, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST,
             urEnqueueMemBufferRead(q[0], m, true, 0, 16, h, 1, NULL, &ev));
    CHECK_UR(UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST,
             urEnqueueMemBufferRead(q[0], m, true, 0, 16, h, 0, &ev, &ev));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueMemBufferRead(q[0], m, true, 250, 16, h, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueMemBufferWrite(q[0], m, true, SIZE_MAX, 2, h, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urEnqueueMemBufferWrite(q[0], m, true, 0, 16, NULL, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urEnqueueMemBufferCopy(q[0], m, NULL, 0, 0, 16, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueMemBufferCopy(q[0], m, m2, 0, 241, 16, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_ERROR_INVALID_MEM_OBJECT,
             urEnqueueMemBufferCopy(q[0], m, (ur_mem_handle_t)q[0], 0, 0, 16, 0, NULL, &ev));
    CHECK_UR(UR_RESULT_ERROR_INVALID_QUEUE,
             urEnqueueMemBufferRead((ur_queue_handle_t)m, m, true, 0, 16, h, 0, NULL, &ev));
    ur_event_handle_t bad_list[1] = {NULL};
    CHECK_UR(UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST,
             urEnqueueMemBufferRead(q[0], m, true, 0, 16, h, 1, bad_list, &ev));
    CHECK(ev == sentinel);
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m2));
    /* A released buffer. */
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m));
    CHECK_UR(UR_RESULT_ERROR_INVALID_MEM_OBJECT,
             urEnqueueMemBufferRead(q[0], m, true, 0, 16, h, 0, NULL, NULL));
}

/* ---- driver failures (simulated node) -------------------------------------------------------- */

static uint64_t live_allocations(void)
{
    return sim_stats(&env).liveAllocations;
}

/* Each failing driver call fails the command with nothing left behind, and the buffer still
 * works afterwards. */
static void test_faults(void)
{
    if (!env.is_sim)
        return;
    const ur_mem_handle_t S = (ur_mem_handle_t)(uintptr_t)0x5e5e;
    uint8_t host[256];
    memset(host, 0x42, sizeof(host));
    ur_buffer_properties_t hp = {UR_STRUCTURE_TYPE_BUFFER_PROPERTIES, NULL, host};
    uint64_t live = live_allocations();
    static const struct {
        const char *op;
        ur_mem_flags_t flags;
    } create_faults[] = {
        {"device_alloc", 0},
        {"host_alloc", UR_MEM_FLAG_ALLOC_HOST_POINTER},
        {"queue_create", UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER},
        {"copy", UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER},
    };
    for (size_t i = 0; i < sizeof(create_faults) / sizeof(create_faults[0]); i++) {
        ur_mem_handle_t m = S;
        REQUIRE_UR(UR_RESULT_SUCCESS, urpeerSimInjectFault(env.adapter, create_faults[i].op, 1, 2));
        ur_result_t r = urMemBufferCreate(ctx, create_faults[i].flags, sizeof(host),
                                          create_faults[i].flags ? &hp : NULL, &m);
        if (r == UR_RESULT_SUCCESS || m != S || live_allocations() != live)
            fprintf(stderr, "  buffer creation with a %s fault: %s\n", create_faults[i].op,
                    urpeerResultString(r));
        CHECK(r != UR_RESULT_SUCCESS && m == S && live_allocations() == live);
    }

    ur_mem_handle_t m = buffer_on(0, 0, 4096);
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueMemBufferWrite(q[0], m, true, 0, 256, host, 0, NULL, NULL));
    /* Map: the read fails, nothing is returned, nothing stays mapped. */
    void *p = (void *)host, *sentinel = p;
    ur_event_handle_t ev = (ur_event_handle_t)(uintptr_t)0x5e5e, sev = ev;
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerSimInjectFault(env.adapter, "copy", 1, 2));
    CHECK(urEnqueueMemBufferMap(q[0], m, true, UR_MAP_FLAG_READ | UR_MAP_FLAG_WRITE, 0, 256, 0,
                                NULL, &ev, &p) != UR_RESULT_SUCCESS);
    CHECK(p == sentinel && ev == sev);
    /* Unmap: the write-back fails, the mapping stays and can be unmapped again. */
    CHECK_UR(UR_RESULT_SUCCESS,
             urEnqueueMemBufferMap(q[0], m, true, UR_MAP_FLAG_WRITE, 0, 256, 0, NULL, NULL, &p));
    memset(p, 0x24, 256);
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerSimInjectFault(env.adapter, "copy", 1, 2));
    CHECK(urEnqueueMemUnmap(q[0], m, p, 0, NULL, &ev) != UR_RESULT_SUCCESS);
    CHECK(ev == sev);
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemUnmap(q[0], m, p, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_SUCCESS, urEnqueueMemBufferRead(q[0], m, true, 0, 256, out, 0, NULL, NULL));
    memset(ref, 0x24, 256);
    CHECK(same(out, ref, 256));
    /* A rectangle failing on its second row, a large-pattern fill on its doubling copy: an
     * error and no event. */
    ur_rect_region_t rg = {16, 4, 1};
    ur_rect_offset_t o = {0, 0, 0};
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerSimInjectFault(env.adapter, "copy", 2, 2));
    CHECK(urEnqueueMemBufferReadRect(q[0], m, true, o, o, rg, 64, 0, 0, 0, out, 0, NULL, &ev) !=
          UR_RESULT_SUCCESS);
    CHECK(ev == sev);
    uint8_t pattern[256] = {1};
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerSimInjectFault(env.adapter, "copy", 1, 2));
    CHECK(urEnqueueMemBufferFill(q[0], m, pattern, 256, 0, 4096, 0, NULL, &ev) !=
          UR_RESULT_SUCCESS);
    CHECK(ev == sev);
    CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q[0]));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m));
    CHECK(live_allocations() == live);
}

/* ---- references and the leak report ---------------------------------------------------------- */

static void test_refcounts(void)
{
    ur_mem_handle_t m = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urMemBufferCreate(ctx, 0, 64, NULL, &m));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRetain(m));
    CHECK(refcount(m) == 2);
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m));
    CHECK(refcount(m) == 1);
    /* A buffer keeps its context alive; buffers are not USM allocations. */
    ur_context_handle_t c2 = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(1, env.dev, NULL, &c2));
    ur_mem_handle_t m2 = NULL;
    REQUIRE_UR(UR_RESULT_SUCCESS, urMemBufferCreate(c2, 0, 64, NULL, &m2));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(c2));
    urpeer_object_counts_t c;
    CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&c));
    CHECK(c.contexts == 2 && c.usmAllocations == 0);
    ur_context_handle_t got = NULL;
    CHECK_UR(UR_RESULT_SUCCESS, urMemGetInfo(m2, UR_MEM_INFO_CONTEXT, sizeof(got), &got, NULL));
    CHECK(got == c2);
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m2));
    CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&c));
    CHECK(c.contexts == 1);
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m));
}

static char captured[1 << 16];

/* On the simulated node: buffers left alive are reported at teardown by the leak-checking
 * layer, and their memory goes back to the driver (sanitizer runs check that). */
static void test_leak_report(const char *preset)
{
    ur_adapter_handle_t a;
    ur_device_handle_t d;
    ur_context_handle_t c;
    leak_env_open(preset, &a, &d, &c);
    ur_mem_handle_t m, h, sub;
    REQUIRE_UR(UR_RESULT_SUCCESS, urMemBufferCreate(c, 0, 4096, NULL, &m));
    REQUIRE_UR(UR_RESULT_SUCCESS,
               urMemBufferCreate(c, UR_MEM_FLAG_ALLOC_HOST_POINTER, 4096, NULL, &h));
    ur_buffer_region_t rg = {UR_STRUCTURE_TYPE_BUFFER_REGION, NULL, 0, 64};
    REQUIRE_UR(UR_RESULT_SUCCESS,
               urMemBufferPartition(m, 0, UR_BUFFER_CREATE_TYPE_REGION, &rg, &sub));
    ur_queue_handle_t qq;
    REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(c, d, NULL, &qq));
    void *mapped;
    REQUIRE_UR(UR_RESULT_SUCCESS,
               urEnqueueMemBufferMap(qq, m, true, UR_MAP_FLAG_READ, 0, 64, 0, NULL, NULL, &mapped));
    CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(qq));
    CHECK_UR(UR_RESULT_SUCCESS, urMemRelease(m)); /* the sub-buffer still holds it */
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(c));
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterRelease(a));

    int saved = capture_begin();
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    capture_end(saved, captured, sizeof(captured));
    CHECK(strstr(captured, "3 memory objects not released") != NULL);
    CHECK(strstr(captured, "memory object 0x") != NULL);
    CHECK(strstr(captured, "1 contexts, 0 queues, 0 events not released") != NULL);
}

int main(int argc, char **argv)
{
    test_env_open(&env, argc, argv, "pair");
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(env.ndev, env.dev, NULL, &ctx));
    for (uint32_t i = 0; i < env.ndev; i++)
        REQUIRE_UR(UR_RESULT_SUCCESS, urQueueCreate(ctx, env.dev[i], NULL, &q[i]));
    ref = malloc(BUF);
    out = malloc(BUF);
    REQUIRE_UR(UR_RESULT_SUCCESS, ref && out ? UR_RESULT_SUCCESS : UR_RESULT_ERROR_UNKNOWN);

    test_create();
    test_host_pointers();
    test_read_write_copy();
    test_fill();
    test_rect();
    test_map();
    test_partition();
    test_native();
    test_peer_copies();
    test_enqueue_errors();
    test_faults();
    test_refcounts();

    for (uint32_t i = 0; i < env.ndev; i++)
        CHECK_UR(UR_RESULT_SUCCESS, urQueueRelease(q[i]));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    urpeer_object_counts_t c;
    CHECK_UR(UR_RESULT_SUCCESS, urpeerGetObjectCounts(&c));
    CHECK(c.contexts == 0 && c.queues == 0 && c.events == 0 && c.usmAllocations == 0);
    bool sim = env.is_sim;
    test_env_close(&env);
    if (sim)
        test_leak_report(argc > 1 ? argv[1] : "pair");
    free(ref);
    free(out);
    return test_summary("api_buffers");
}
