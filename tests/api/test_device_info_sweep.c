/* SPDX-License-Identifier: MIT */
/*
 * Every value of ur_device_info_t (read from tests/data/ur-enums.md at run time, with the type
 * its description gives) queried on every device: each answers UR_RESULT_SUCCESS with a value of
 * the right size, or UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION. A successful query is also asked
 * with an exact buffer (nothing written past it) and a buffer one byte short (INVALID_SIZE,
 * nothing written). Values past the last give INVALID_ENUMERATION. Only the queries upstream
 * marks optional-query may be unsupported, and the compute and memory answers are checked for
 * consistency (and against the documented model on the simulated node).
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
        /* Only queries upstream marks optional may be unsupported. */
        CHECK(in->optional);
        if (!in->optional)
            fprintf(stderr, "device %u %s (0x%x): not optional, but unsupported\n", d, in->name,
                    in->value);
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

static uint32_t get_u32(ur_device_handle_t dev, ur_device_info_t prop)
{
    uint32_t v = 0xdeadbeefu;
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(dev, prop, sizeof(v), &v, NULL));
    return v;
}

static uint64_t get_u64(ur_device_handle_t dev, ur_device_info_t prop)
{
    uint64_t v = 0xdeadbeefu;
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(dev, prop, sizeof(v), &v, NULL));
    return v;
}

static size_t get_size(ur_device_handle_t dev, ur_device_info_t prop)
{
    size_t v = 0xdeadbeefu;
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetInfo(dev, prop, sizeof(v), &v, NULL));
    return v;
}

/* The values of the compute and memory queries hang together on every adapter; on the simulated
 * node they are the model docs/simulated-node.md documents. */
static void check_values(const struct test_env *env, uint32_t d)
{
    ur_device_handle_t dev = env->dev[d];
    const uint32_t fp_known = 0xffu; /* UR_DEVICE_FP_CAPABILITY_FLAG_* bits 0..7 */

    uint32_t dims = get_u32(dev, UR_DEVICE_INFO_MAX_WORK_ITEM_DIMENSIONS);
    CHECK(dims == 3);

    /* The queue flags every adapter takes (one in-order stream per queue), and no others. */
    const uint32_t queue_flags =
        UR_QUEUE_FLAG_OUT_OF_ORDER_EXEC_MODE_ENABLE | UR_QUEUE_FLAG_PROFILING_ENABLE |
        UR_QUEUE_FLAG_DISCARD_EVENTS | UR_QUEUE_FLAG_SUBMISSION_BATCHED |
        UR_QUEUE_FLAG_SUBMISSION_IMMEDIATE | UR_QUEUE_FLAG_LOW_POWER_EVENTS_SUPPORT_EXP;
    CHECK(get_u32(dev, UR_DEVICE_INFO_QUEUE_PROPERTIES) == queue_flags);
    CHECK(get_u32(dev, UR_DEVICE_INFO_QUEUE_ON_HOST_PROPERTIES) == queue_flags);
    CHECK(get_u32(dev, UR_DEVICE_INFO_QUEUE_ON_DEVICE_PROPERTIES) == 0);
    size_t wg = get_size(dev, UR_DEVICE_INFO_MAX_WORK_GROUP_SIZE);
    size_t sizes[3] = {0, 0, 0}, groups[3] = {0, 0, 0}, size = 0;
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(dev, UR_DEVICE_INFO_MAX_WORK_ITEM_SIZES, 0, NULL, &size));
    CHECK(size == dims * sizeof(size_t));
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(dev, UR_DEVICE_INFO_MAX_WORK_ITEM_SIZES, sizeof(sizes), sizes, NULL));
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(dev, UR_DEVICE_INFO_MAX_WORK_GROUPS_3D, sizeof(groups), groups, NULL));
    for (int i = 0; i < 3; i++)
        CHECK(sizes[i] >= 1 && sizes[i] <= wg && groups[i] >= 1);
    CHECK(get_size(dev, UR_DEVICE_INFO_MAX_WORK_GROUPS) == groups[0]);

    uint32_t sg[16];
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(dev, UR_DEVICE_INFO_SUB_GROUP_SIZES_INTEL, 0, NULL, &size));
    CHECK(size >= sizeof(uint32_t) && size <= sizeof(sg) && size % sizeof(uint32_t) == 0);
    if (size >= sizeof(uint32_t) && size <= sizeof(sg)) {
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetInfo(dev, UR_DEVICE_INFO_SUB_GROUP_SIZES_INTEL, size, sg, NULL));
        CHECK(sg[0] >= 1);
        CHECK(get_u32(dev, UR_DEVICE_INFO_MAX_NUM_SUB_GROUPS) == (uint32_t)(wg / sg[0]));
    }

    uint32_t single = get_u32(dev, UR_DEVICE_INFO_SINGLE_FP_CONFIG);
    uint32_t half = get_u32(dev, UR_DEVICE_INFO_HALF_FP_CONFIG);
    uint32_t dbl = get_u32(dev, UR_DEVICE_INFO_DOUBLE_FP_CONFIG);
    CHECK(single != 0 && (single & ~fp_known) == 0 && (half & ~fp_known) == 0 &&
          (dbl & ~fp_known) == 0);
    /* A precision without arithmetic has no vectors either. */
    CHECK((get_u32(dev, UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_DOUBLE) != 0) == (dbl != 0));
    CHECK((get_u32(dev, UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_HALF) != 0) == (half != 0));
    CHECK(get_u32(dev, UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_INT) >= 1);
    CHECK(get_u32(dev, UR_DEVICE_INFO_ATOMIC_MEMORY_ORDER_CAPABILITIES) &
          UR_MEMORY_ORDER_CAPABILITY_FLAG_RELAXED);
    CHECK(get_u32(dev, UR_DEVICE_INFO_GLOBAL_MEM_CACHELINE_SIZE) >= 1);
    CHECK(get_u32(dev, UR_DEVICE_INFO_MEM_BASE_ADDR_ALIGN) >= 8);
    CHECK(get_u64(dev, UR_DEVICE_INFO_MAX_CONSTANT_BUFFER_SIZE) >= 1);
    /* No images: every image limit is 0. */
    CHECK(get_size(dev, UR_DEVICE_INFO_IMAGE2D_MAX_WIDTH) == 0);
    CHECK(get_u32(dev, UR_DEVICE_INFO_MAX_SAMPLERS) == 0);
    /* USM pools are core objects: every device of every adapter supports them. */
    ur_bool_t pools = 0;
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(dev, UR_DEVICE_INFO_USM_POOL_SUPPORT, sizeof(pools), &pools, NULL));
    CHECK(pools == 1);
    /* Root devices: empty partition lists. */
    size = 1;
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(dev, UR_DEVICE_INFO_SUPPORTED_PARTITIONS, 0, NULL, &size));
    CHECK(size == 0);

    if (!env->is_sim)
        return;
    CHECK(sizes[0] == 1024 && sizes[1] == 1024 && sizes[2] == 64);
    CHECK(groups[0] == 0x7fffffff && groups[1] == 65535 && groups[2] == 65535);
    CHECK(wg == 1024 && sg[0] == 32);
    CHECK(half != 0 && dbl != 0);
    CHECK(get_u64(dev, UR_DEVICE_INFO_GLOBAL_MEM_CACHE_SIZE) == 32u << 20);
    CHECK(get_u32(dev, UR_DEVICE_INFO_MEMORY_CLOCK_RATE) == 1200);
    CHECK(get_u32(dev, UR_DEVICE_INFO_MEMORY_BUS_WIDTH) == 4096);
    ur_bool_t b = 1;
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(dev, UR_DEVICE_INFO_ATOMIC_64, sizeof(b), &b, NULL));
    CHECK(b == 1);
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(dev, UR_DEVICE_INFO_ERROR_CORRECTION_SUPPORT, sizeof(b), &b, NULL));
    CHECK(b == 0);
    /* Free memory follows the node's allocations. */
    const uint64_t total = get_u64(dev, UR_DEVICE_INFO_GLOBAL_MEM_SIZE);
    CHECK(get_u64(dev, UR_DEVICE_INFO_GLOBAL_MEM_FREE) == total);
    ur_context_handle_t ctx = NULL;
    void *mem = NULL;
    CHECK_UR(UR_RESULT_SUCCESS, urContextCreate(1, &dev, NULL, &ctx));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMDeviceAlloc(ctx, dev, NULL, NULL, 1u << 20, &mem));
    CHECK(get_u64(dev, UR_DEVICE_INFO_GLOBAL_MEM_FREE) == total - (1u << 20));
    CHECK_UR(UR_RESULT_SUCCESS, urUSMFree(ctx, mem));
    CHECK_UR(UR_RESULT_SUCCESS, urContextRelease(ctx));
    CHECK(get_u64(dev, UR_DEVICE_INFO_GLOBAL_MEM_FREE) == total);
    char version[16] = "";
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetInfo(dev, UR_DEVICE_INFO_VERSION, sizeof(version), version, NULL));
    CHECK(strcmp(version, "1.0") == 0);
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
    for (uint32_t d = 0; d < env.ndev; d++)
        check_values(&env, d);

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
