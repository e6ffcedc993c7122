/* SPDX-License-Identifier: MIT */
/* Shared by the benchmarks: clocks, statistics, output. Benchmarks are not tests: they print
 * figures and ratios against the raw driver call measured in the same run. */
#ifndef URPEER_BENCH_COMMON_H
#define URPEER_BENCH_COMMON_H

#include "ur_api.h"
#include "urpeer.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static inline double bench_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int bench_cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Median of n samples (sorts them). */
static inline double bench_median(double *v, size_t n)
{
    qsort(v, n, sizeof(*v), bench_cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

/* Coefficient of variation (stddev / mean) of n samples. */
static inline double bench_cv(const double *v, size_t n)
{
    double mean = 0, var = 0;
    for (size_t i = 0; i < n; i++)
        mean += v[i];
    mean /= (double)n;
    for (size_t i = 0; i < n; i++)
        var += (v[i] - mean) * (v[i] - mean);
    var /= (double)(n > 1 ? n - 1 : 1);
    double sd = 0;
    /* sqrt without libm: Newton iterations are plenty for reporting */
    if (var > 0) {
        sd = var;
        for (int i = 0; i < 60; i++)
            sd = 0.5 * (sd + var / sd);
    }
    return mean > 0 ? sd / mean : 0;
}

/* One result row, printed as a table line or a JSON object. */
struct bench_row {
    const char *group;
    char name[96];
    double value;     /* urpeer's figure */
    double raw;       /* the raw driver call's figure in the same run (0: none) */
    const char *unit; /* "ns/call", "GB/s", "us", "ms" */
    bool higher_is_better;
    double cv; /* of urpeer's samples */
};

struct bench_out {
    bool json;
    int rows;
};

static inline void bench_header(struct bench_out *o, const char *title, const char *machine)
{
    if (o->json) {
        printf("{\"benchmark\": \"%s\", \"machine\": \"%s\", \"results\": [\n", title, machine);
        return;
    }
    printf("# %s on %s\n", title, machine);
    printf("%-10s %-44s %14s %14s %8s %7s\n", "group", "case", "urpeer", "raw driver", "ratio",
           "cv");
}

static inline void bench_print(struct bench_out *o, const struct bench_row *r)
{
    double ratio = 0;
    if (r->raw > 0 && r->value > 0)
        ratio = r->higher_is_better ? r->value / r->raw : r->value / r->raw;
    if (o->json) {
        printf("%s  {\"group\": \"%s\", \"case\": \"%s\", \"urpeer\": %.4f, \"raw\": ",
               o->rows ? ",\n" : "", r->group, r->name, r->value);
        if (r->raw > 0)
            printf("%.4f, \"ratio\": %.4f", r->raw, ratio);
        else
            printf("null, \"ratio\": null");
        printf(", \"unit\": \"%s\", \"cv\": %.4f}", r->unit, r->cv);
    } else {
        char raw[32] = "-", rat[16] = "-";
        if (r->raw > 0) {
            snprintf(raw, sizeof(raw), "%.2f", r->raw);
            snprintf(rat, sizeof(rat), "%.3f", ratio);
        }
        printf("%-10s %-44s %14.2f %14s %8s %6.1f%%  %s\n", r->group, r->name, r->value, raw, rat,
               r->cv * 100, r->unit);
    }
    o->rows++;
    fflush(stdout);
}

static inline void bench_footer(struct bench_out *o)
{
    if (o->json)
        printf("\n]}\n");
}

#define BENCH_TRY(call)                                                                            \
    do {                                                                                           \
        ur_result_t r_ = (call);                                                                   \
        if (r_ != UR_RESULT_SUCCESS) {                                                             \
            fprintf(stderr, "%s:%d: %s: %s\n", __FILE__, __LINE__, #call, urpeerResultString(r_)); \
            exit(1);                                                                               \
        }                                                                                          \
    } while (0)

/* Open the loader on one adapter ("cuda", "sim", ...; sim takes a preset) and return its first
 * platform's devices. Returns the device count (0: none). */
static inline uint32_t bench_open(const char *adapter, const char *sim_preset,
                                  ur_adapter_handle_t *pa, ur_device_handle_t *dev, uint32_t max)
{
    ur_loader_config_handle_t cfg;
    BENCH_TRY(urLoaderConfigCreate(&cfg));
    BENCH_TRY(urpeerLoaderConfigSetAdapters(cfg, adapter));
    if (strcmp(adapter, "sim") == 0)
        BENCH_TRY(urpeerLoaderConfigSetSimulation(cfg, sim_preset));
    BENCH_TRY(urLoaderInit(0, cfg));
    urLoaderConfigRelease(cfg);
    uint32_t n = 0;
    BENCH_TRY(urAdapterGet(1, pa, &n));
    if (n == 0)
        return 0;
    ur_platform_handle_t p;
    BENCH_TRY(urPlatformGet(*pa, 1, &p, NULL));
    uint32_t nd = 0;
    BENCH_TRY(urDeviceGet(p, UR_DEVICE_TYPE_ALL, 0, NULL, &nd));
    if (nd > max)
        nd = max;
    BENCH_TRY(urDeviceGet(p, UR_DEVICE_TYPE_ALL, nd, dev, NULL));
    return nd;
}

#endif /* URPEER_BENCH_COMMON_H */
