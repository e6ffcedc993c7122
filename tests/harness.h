/* SPDX-License-Identifier: MIT */
/* Minimal test harness: CHECK macros that count, and a summary line. Exit 0 only if all passed. */
#ifndef URPEER_TESTS_HARNESS_H
#define URPEER_TESTS_HARNESS_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "ur_api.h"
#include "urpeer.h"

static int t_checks;
static int t_failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        t_checks++;                                                                                \
        if (!(cond)) {                                                                             \
            t_failures++;                                                                          \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);               \
        }                                                                                          \
    } while (0)

/* Check a call's result against the expected ur_result_t, printing both names on a mismatch. */
#define CHECK_UR(expected, call)                                                                   \
    do {                                                                                           \
        ur_result_t t_res_ = (call);                                                               \
        t_checks++;                                                                                \
        if (t_res_ != (expected)) {                                                                \
            t_failures++;                                                                          \
            fprintf(stderr, "%s:%d: %s returned %s, expected %s\n", __FILE__, __LINE__, #call,     \
                    urpeerResultString(t_res_), urpeerResultString(expected));                     \
        }                                                                                          \
    } while (0)

/* Abort the test on a failed precondition. */
#define REQUIRE_UR(expected, call)                                                                 \
    do {                                                                                           \
        ur_result_t t_res_ = (call);                                                               \
        t_checks++;                                                                                \
        if (t_res_ != (expected)) {                                                                \
            fprintf(stderr, "%s:%d: %s returned %s, expected %s (fatal)\n", __FILE__, __LINE__,    \
                    #call, urpeerResultString(t_res_), urpeerResultString(expected));              \
            exit(1);                                                                               \
        }                                                                                          \
    } while (0)

#define SKIP(...)                                                                                  \
    do {                                                                                           \
        printf("SKIP: ");                                                                          \
        printf(__VA_ARGS__);                                                                       \
        printf("\n");                                                                              \
        exit(77);                                                                                  \
    } while (0)

/* Speed thresholds are checked only when URPEER_TEST_TIMING=1 (a quiet machine): tests are not
 * benchmarks, and a loaded CI machine or valgrind would make them flaky. Figures are always
 * printed. */
static inline bool test_timing_checks(void)
{
    const char *v = getenv("URPEER_TEST_TIMING");
    return v != NULL && v[0] == '1';
}

static inline int test_summary(const char *name)
{
    printf("%s: %d checks, %d failed\n", name, t_checks, t_failures);
    return t_failures ? 1 : 0;
}

#endif /* URPEER_TESTS_HARNESS_H */
