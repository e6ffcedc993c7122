/* SPDX-License-Identifier: MIT */
/*
 * Every value of ur_device_info_t (read from tests/data/ur-enums.md at run time, with the type
 * its description gives) queried on every device: each answers UR_RESULT_SUCCESS with a value of
 * the right size, or UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION. A successful query is also asked
 * with an exact buffer (nothing written past it) and a buffer one byte short (INVALID_SIZE,
 * nothing written). Values past the last give INVALID_ENUMERATION.
 */
#include "api_env.h"

#include <ctype.h>

#ifndef URPEER_ENUMS_MD
#error "URPEER_ENUMS_MD (the path of tests/data/ur-enums.md) must be defined"
#endif

#define MAX_INFOS 512
#define GUARD 64

/* How the size of a value is checked. */
typedef enum shape {
    SHAPE_FIXED,  /* exactly elem bytes */
    SHAPE_ARRAY,  /* a multiple of elem bytes */
    SHAPE_STRING, /* NUL-terminated, size = strlen + 1 */
} shape_t;

struct info {
    char name[96];
    uint32_t value;
    char type[96]; /* as written between the brackets, e.g. "::ur_bool_t", "char[]" */
    bool optional; /* [optional-query] */
    shape_t shape;
    size_t elem;
    bool is_bool;
    bool is_handle;
};

static struct info infos[MAX_INFOS];
static uint32_t ninfos;

/* Size of one element of a type name (without "[]"); 0 if unknown. */
static size_t elem_size(const char *t, bool *is_bool, bool *is_handle)
{
    *is_bool = false;
    *is_handle = false;
    if (strncmp(t, "::", 2) == 0)
        t += 2;
    if (strcmp(t, "ur_bool_t") == 0) {
        *is_bool = true;
        return sizeof(ur_bool_t);
    }
    if (strcmp(t, "uint8_t") == 0 || strcmp(t, "char") == 0)
        return 1;
    if (strcmp(t, "uint32_t") == 0 || strcmp(t, "int32_t") == 0 || strcmp(t, "int") == 0)
        return 4;
    if (strcmp(t, "uint64_t") == 0)
        return 8;
    if (strcmp(t, "size_t") == 0)
        return sizeof(size_t);
    if (strcmp(t, "ur_device_partition_property_t") == 0)
        return sizeof(ur_device_partition_property_t);
    size_t len = strlen(t);
    if (len > 9 && strcmp(t + len - 9, "_handle_t") == 0) {
        *is_handle = true;
        return sizeof(void *);
    }
    /* Enums and flags are 4-byte integers. */
    if (strncmp(t, "ur_", 3) == 0 && len > 2 && strcmp(t + len - 2, "_t") == 0)
        return 4;
    return 0;
}

static void classify(struct info *in)
{
    char t[96];
    snprintf(t, sizeof(t), "%s", in->type);
    size_t len = strlen(t);
    if (len == 0) {
        /* No type given (UR_DEVICE_INFO_MAX_WORK_GROUPS_3D): size_t[3] upstream. */
        in->shape = SHAPE_ARRAY;
        in->elem = sizeof(size_t);
        return;
    }
    bool array = len > 2 && strcmp(t + len - 2, "[]") == 0;
    if (array)
        t[len - 2] = '\0';
    if (array && strcmp(t, "char") == 0) {
        in->shape = SHAPE_STRING;
        in->elem = 1;
        return;
    }
    in->shape = array ? SHAPE_ARRAY : SHAPE_FIXED;
    in->elem = elem_size(t, &in->is_bool, &in->is_handle);
}

/* The rows of the "## ur_device_info_t" table: | NAME | value | [type] flags | */
static void load_infos(void)
{
    FILE *f = fopen(URPEER_ENUMS_MD, "r");
    if (f == NULL) {
        perror(URPEER_ENUMS_MD);
        exit(1);
    }
    char line[512];
    bool in_section = false;
    while (fgets(line, sizeof(line), f) != NULL) {
        if (strncmp(line, "## ", 3) == 0) {
            in_section =
                strncmp(line, "## ur_device_info_t", 19) == 0 && isspace((unsigned char)line[19]);
            continue;
        }
        if (!in_section || strncmp(line, "| UR_DEVICE_INFO_", 17) != 0)
            continue;
        if (ninfos == MAX_INFOS) {
            fprintf(stderr, "more than %d values\n", MAX_INFOS);
            exit(1);
        }
        struct info *in = &infos[ninfos];
        char value[32], rest[256] = "";
        if (sscanf(line, "| %95s | %31s | %255[^\n]", in->name, value, rest) < 2) {
            fprintf(stderr, "cannot parse: %s", line);
            exit(1);
        }
        in->value = (uint32_t)strtoul(value, NULL, 0);
        const char *open = strchr(rest, '[');
        const char *close = open ? strrchr(rest, ']') : NULL;
        if (open != NULL && close != NULL && close > open)
            snprintf(in->type, sizeof(in->type), "%.*s", (int)(close - open - 1), open + 1);
        in->optional = strstr(rest, "optional-query") != NULL;
        classify(in);
        if (in->elem == 0) {
            fprintf(stderr, "%s: unknown type '%s'\n", in->name, in->type);
            exit(1);
        }
        ninfos++;
    }
    fclose(f);
}

static bool size_ok(const struct info *in, size_t size)
{
    switch (in->shape) {
    case SHAPE_FIXED:
        return size == in->elem;
    case SHAPE_ARRAY:
        return size % in->elem == 0;
    case SHAPE_STRING:
        return size >= 1;
    }
    return false;
}

static uint32_t n_success, n_unsupported, n_queries;

static void sweep_one(const struct test_env *env, uint32_t d, const struct info *in)
{
    ur_device_handle_t dev = env->dev[d];
    ur_device_info_t prop = (ur_device_info_t)in->value;
    size_t size = 0xdeadu;
    n_queries++;
    ur_result_t r = urDeviceGetInfo(dev, prop, 0, NULL, &size);
    if (r == UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION) {
        n_unsupported++;
        unsigned char probe[16];
        CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION,
                 urDeviceGetInfo(dev, prop, sizeof(probe), probe, NULL));
        return;
    }
    t_checks++;
    if (r != UR_RESULT_SUCCESS) {
        t_failures++;
        fprintf(stderr, "device %u %s (0x%x): %s\n", d, in->name, in->value, urpeerResultString(r));
        return;
    }
    n_success++;
    CHECK(size_ok(in, size));
    if (!size_ok(in, size)) {
        fprintf(stderr, "device %u %s: size %zu, type %s\n", d, in->name, size, in->type);
        return;
    }

    /* Exact buffer, guarded. */
    unsigned char *buf = malloc(size + GUARD);
    if (buf == NULL)
        exit(1);
    memset(buf, 0xA5, size + GUARD);
    size_t size_ret = 0;
    if (size > 0) {
        CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(dev, prop, size, buf, &size_ret));
        CHECK(size_ret == size);
    }
    bool guard_ok = true;
    for (size_t i = size; i < size + GUARD; i++)
        guard_ok &= buf[i] == 0xA5;
    CHECK(guard_ok);
    if (!guard_ok)
        fprintf(stderr, "device %u %s: wrote past %zu bytes\n", d, in->name, size);

    if (in->shape == SHAPE_STRING) {
        CHECK(buf[size - 1] == '\0' && strlen((const char *)buf) + 1 == size);
    }
    if (in->is_bool)
        CHECK(buf[0] == 0 || buf[0] == 1);
    if (in->value == UR_DEVICE_INFO_PLATFORM) {
        ur_platform_handle_t p;
        memcpy(&p, buf, sizeof(p));
        CHECK(p == env->platform);
    }
    if (in->value == UR_DEVICE_INFO_TYPE && env->is_sim) {
        ur_device_type_t t;
        memcpy(&t, buf, sizeof(t));
        CHECK(t == UR_DEVICE_TYPE_GPU);
    }

    /* One byte short: INVALID_SIZE, the buffer untouched. */
    if (size > 1) {
        memset(buf, 0x5A, size + GUARD);
        CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE, urDeviceGetInfo(dev, prop, size - 1, buf, NULL));
        bool untouched = true;
        for (size_t i = 0; i < size + GUARD; i++)
            untouched &= buf[i] == 0x5A;
        CHECK(untouched);
    }
    free(buf);
}

int main(int argc, char **argv)
{
    load_infos();
    printf("%u values of ur_device_info_t in %s\n", ninfos, URPEER_ENUMS_MD);
    CHECK(ninfos > 150);
    for (uint32_t i = 0; i < ninfos; i++)
        for (uint32_t j = i + 1; j < ninfos; j++)
            CHECK(infos[i].value != infos[j].value);

    struct test_env env;
    test_env_open(&env, argc, argv, "pair");
    for (uint32_t d = 0; d < env.ndev; d++)
        for (uint32_t i = 0; i < ninfos; i++)
            sweep_one(&env, d, &infos[i]);

    /* Past the last value. */
    uint32_t last = 0;
    for (uint32_t i = 0; i < ninfos; i++)
        last = infos[i].value > last ? infos[i].value : last;
    CHECK(last == UR_DEVICE_INFO_ENQUEUE_HOST_TASK_SUPPORT_EXP);
    const uint32_t past[] = {last + 1, 0x10000u, (uint32_t)UR_DEVICE_INFO_FORCE_UINT32};
    for (uint32_t d = 0; d < env.ndev; d++) {
        for (size_t i = 0; i < sizeof(past) / sizeof(past[0]); i++) {
            size_t size = 0;
            CHECK_UR(UR_RESULT_ERROR_INVALID_ENUMERATION,
                     urDeviceGetInfo(env.dev[d], (ur_device_info_t)past[i], 0, NULL, &size));
        }
    }
    printf("%u devices x %u values: %u queries, %u answered, %u unsupported\n", env.ndev, ninfos,
           n_queries, n_success, n_unsupported);
    test_env_close(&env);
    return test_summary("device_info_sweep");
}
