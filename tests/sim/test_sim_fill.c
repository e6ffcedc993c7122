/* SPDX-License-Identifier: MIT */
/* Fills on the simulated node: pattern sizes of every power of two up to 128 and others (any size
 * that divides the fill's), several lengths, device and host memory, checked byte by byte. */
#include "sim_common.h"

#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    struct simnode n;
    ur_context_handle_t ctx;
    const size_t max = (1u << 20) + 128 * 3; /* past the fill block, with a remainder */
    const size_t lengths[] = {0, 1, 2, 3, 7, 100, 4096, 65536, 65536 + 512, 3u << 17};

    REQUIRE_UR(UR_RESULT_SUCCESS, sim_open("pair", &n));
    REQUIRE_UR(UR_RESULT_SUCCESS, urContextCreate(2, n.dev, NULL, &ctx));
    ur_queue_handle_t q = make_queue(ctx, n.dev[0], 0);
    unsigned char *dev = dev_alloc(ctx, n.dev[1], max + 256);
    unsigned char *host = host_alloc(ctx, max + 256);
    unsigned char *check = malloc(max + 256);
    /* Past 512 bytes a pattern is larger than half the simulated fill block. */
    const size_t psizes[] = {1, 2, 4, 8, 16, 32, 64, 128, 3, 5, 10, 24, 100, 256, 513, 1000, 2048};
    unsigned char pattern[2048];
    int bad = 0;

    for (size_t i = 0; i < sizeof(pattern); i++)
        pattern[i] = (unsigned char)(i * 37 + 11 + i / 256);

    for (size_t pi = 0; pi < sizeof(psizes) / sizeof(psizes[0]); pi++) {
        const size_t ps = psizes[pi];
        for (size_t li = 0; li < sizeof(lengths) / sizeof(lengths[0]) + 1; li++) {
            size_t count = li < sizeof(lengths) / sizeof(lengths[0]) ? lengths[li] + 1 : max / ps;
            size_t size = count * ps;
            if (size > max)
                continue;
            for (int where = 0; where < 2; where++) {
                unsigned char *mem = where ? host : dev;
                /* Guard bytes after the fill stay untouched. */
                memset(check, 0xEE, size + 64);
                CHECK_UR(UR_RESULT_SUCCESS,
                         urEnqueueUSMMemcpy(q, true, mem, check, size + 64, 0, NULL, NULL));
                CHECK_UR(UR_RESULT_SUCCESS,
                         urEnqueueUSMFill(q, mem, ps, pattern, size, 0, NULL, NULL));
                CHECK_UR(UR_RESULT_SUCCESS,
                         urEnqueueUSMMemcpy(q, true, check, mem, size + 64, 0, NULL, NULL));
                for (size_t b = 0; b < size; b++) {
                    if (check[b] != pattern[b % ps]) {
                        fprintf(stderr, "pattern %zu, size %zu: byte %zu is %u\n", ps, size, b,
                                check[b]);
                        bad++;
                        break;
                    }
                }
                for (size_t b = size; b < size + 64; b++) {
                    if (check[b] != 0xEE) {
                        fprintf(stderr, "pattern %zu, size %zu: wrote past the end\n", ps, size);
                        bad++;
                        break;
                    }
                }
            }
        }
        printf("pattern size %zu: verified\n", ps);
    }
    CHECK(bad == 0);

    /* Sizes the API refuses never reach the driver: a size that is no multiple of the pattern,
     * a pattern larger than the size. */
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE, urEnqueueUSMFill(q, dev, 3, pattern, 10, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE, urEnqueueUSMFill(q, dev, 4, pattern, 10, 0, NULL, NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urEnqueueUSMFill(q, dev, 24, pattern, 12, 0, NULL, NULL));

    /* A large fill is about as fast as memset. */
    {
        const size_t big = 64u << 20;
        unsigned char *d = dev_alloc(ctx, n.dev[0], big);
        const uint32_t v = 0xA5A5A5A5;
        double best_fill = 1e30, best_memset = 1e30;
        for (int r = 0; r < 5; r++) {
            uint64_t t0 = now_ns();
            memset(d, 0xA5, big);
            uint64_t t1 = now_ns();
            CHECK_UR(UR_RESULT_SUCCESS, urEnqueueUSMFill(q, d, 4, &v, big, 0, NULL, NULL));
            CHECK_UR(UR_RESULT_SUCCESS, urQueueFinish(q));
            uint64_t t2 = now_ns();
            if ((double)(t1 - t0) < best_memset)
                best_memset = (double)(t1 - t0);
            if ((double)(t2 - t1) < best_fill)
                best_fill = (double)(t2 - t1);
        }
        printf("64 MiB fill of a 4-byte pattern: %.2fx the speed of memset\n",
               best_memset / best_fill);
        if (test_timing_checks())
            CHECK(best_memset / best_fill > 0.5);
        urUSMFree(ctx, d);
    }

    free(check);
    urUSMFree(ctx, dev);
    urUSMFree(ctx, host);
    urQueueRelease(q);
    urContextRelease(ctx);
    sim_close(&n);
    return test_summary("sim_fill");
}
