/* SPDX-License-Identifier: MIT */
/*
 * urDeviceGetSelected under one ONEAPI_DEVICE_SELECTOR (set by the CTest entry).
 *
 *   api_device_selector PRESET ok INDICES      the selector keeps exactly these devices
 *                                              (comma-separated urDeviceGet indices, "none")
 *   api_device_selector PRESET invalid COLUMN  the selector is malformed: INVALID_VALUE, outputs
 *                                              untouched, and the log names the column
 *   api_device_selector PRESET changes -       the test changes the variable between calls:
 *                                              every call sees the current value
 *
 * Every entry also checks the argument checks (same as urDeviceGet's) and that urDeviceGet is
 * not filtered.
 */
#include "api_env.h"
#include "stderr_capture.h"

#include <unistd.h>

/* Parse "0,2" / "none" / "all" into a membership table over ndev devices. */
static bool parse_expected(const char *s, uint32_t ndev, bool *keep)
{
    for (uint32_t i = 0; i < ndev; i++)
        keep[i] = strcmp(s, "all") == 0;
    if (strcmp(s, "all") == 0 || strcmp(s, "none") == 0)
        return true;
    while (*s) {
        char *end;
        unsigned long v = strtoul(s, &end, 10);
        if (end == s || v >= ndev)
            return false;
        keep[v] = true;
        s = *end == ',' ? end + 1 : end;
    }
    return true;
}

static void check_arguments(const struct test_env *env)
{
    ur_device_handle_t one = NULL;
    uint32_t n = 0;
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urDeviceGetSelected(env->platform, UR_DEVICE_TYPE_ALL, 1, NULL, &n));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urDeviceGetSelected(NULL, UR_DEVICE_TYPE_ALL, 1, NULL, &n));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urDeviceGetSelected(NULL, UR_DEVICE_TYPE_ALL, 0, NULL, &n));
    CHECK_UR(UR_RESULT_ERROR_INVALID_ENUMERATION,
             urDeviceGetSelected(env->platform, UR_DEVICE_TYPE_FORCE_UINT32, 0, NULL, &n));
    CHECK_UR(UR_RESULT_ERROR_INVALID_ENUMERATION,
             urDeviceGetSelected(env->platform, (ur_device_type_t)0, 0, NULL, &n));
    CHECK_UR(UR_RESULT_ERROR_INVALID_ENUMERATION,
             urDeviceGetSelected(env->platform, (ur_device_type_t)(UR_DEVICE_TYPE_CUSTOM + 1), 0,
                                 NULL, &n));
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urDeviceGetSelected(env->platform, UR_DEVICE_TYPE_ALL, 0, &one, &n));
    CHECK_UR(
        UR_RESULT_ERROR_INVALID_PLATFORM,
        urDeviceGetSelected((ur_platform_handle_t)env->dev[0], UR_DEVICE_TYPE_ALL, 0, NULL, &n));

    /* urDeviceGet is never filtered. */
    uint32_t all = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGet(env->platform, UR_DEVICE_TYPE_ALL, 0, NULL, &all));
    CHECK(all == env->ndev);
}

static void check_ok(const struct test_env *env, const char *expected)
{
    bool keep[TEST_MAX_DEVICES];
    if (!parse_expected(expected, env->ndev, keep)) {
        fprintf(stderr, "bad expected device list '%s' for %u devices\n", expected, env->ndev);
        exit(1);
    }
    uint32_t want = 0;
    for (uint32_t i = 0; i < env->ndev; i++)
        want += keep[i];

    uint32_t n = 12345;
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetSelected(env->platform, UR_DEVICE_TYPE_ALL, 0, NULL, &n));
    CHECK(n == want);
    if (n != want)
        fprintf(stderr, "selected %u devices, expected %u\n", n, want);

    /* The kept devices, in urDeviceGet's order. */
    ur_device_handle_t got[TEST_MAX_DEVICES + 1];
    memset(got, 0, sizeof(got));
    uint32_t n2 = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urDeviceGetSelected(env->platform, UR_DEVICE_TYPE_ALL,
                                                    TEST_MAX_DEVICES + 1, got, &n2));
    CHECK(n2 == want);
    uint32_t k = 0;
    for (uint32_t i = 0; i < env->ndev; i++) {
        if (!keep[i])
            continue;
        CHECK(got[k] == env->dev[i]);
        k++;
    }
    CHECK(got[want] == NULL);

    /* Fewer entries than devices: only that many written, the count is the total. */
    if (want >= 2) {
        ur_device_handle_t first[2] = {NULL, NULL};
        uint32_t n3 = 0;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetSelected(env->platform, UR_DEVICE_TYPE_ALL, 1, first, &n3));
        CHECK(n3 == want && first[0] == got[0] && first[1] == NULL);
    }
    /* pNumDevices is optional. */
    if (want >= 1) {
        ur_device_handle_t d = NULL;
        CHECK_UR(UR_RESULT_SUCCESS,
                 urDeviceGetSelected(env->platform, UR_DEVICE_TYPE_DEFAULT, 1, &d, NULL));
        CHECK(d == got[0]);
    }
    /* The device type narrows further: the simulated node has GPUs only. */
    uint32_t ngpu = 12345, ncpu = 12345;
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetSelected(env->platform, UR_DEVICE_TYPE_GPU, 0, NULL, &ngpu));
    CHECK_UR(UR_RESULT_SUCCESS,
             urDeviceGetSelected(env->platform, UR_DEVICE_TYPE_CPU, 0, NULL, &ncpu));
    if (env->is_sim)
        CHECK(ngpu == want && ncpu == 0);
}

static void check_invalid(const struct test_env *env)
{
    uint32_t n = 12345;
    ur_device_handle_t d[2] = {NULL, NULL};
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE,
             urDeviceGetSelected(env->platform, UR_DEVICE_TYPE_ALL, 0, NULL, &n));
    CHECK(n == 12345);
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE,
             urDeviceGetSelected(env->platform, UR_DEVICE_TYPE_ALL, 2, d, &n));
    CHECK(n == 12345 && d[0] == NULL && d[1] == NULL);
    /* The argument checks come first. */
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urDeviceGetSelected(NULL, UR_DEVICE_TYPE_ALL, 0, NULL, &n));
}

/* The selection one call makes, as a bit mask of urDeviceGet indices; ~0u on failure. */
static uint32_t selected_mask(const struct test_env *env)
{
    ur_device_handle_t got[TEST_MAX_DEVICES];
    uint32_t n = 0, mask = 0;
    if (urDeviceGetSelected(env->platform, UR_DEVICE_TYPE_ALL, TEST_MAX_DEVICES, got, &n) !=
        UR_RESULT_SUCCESS)
        return ~0u;
    for (uint32_t k = 0; k < n && k < TEST_MAX_DEVICES; k++)
        for (uint32_t i = 0; i < env->ndev; i++)
            if (got[k] == env->dev[i])
                mask |= 1u << i;
    return mask;
}

/* Upstream reads ONEAPI_DEVICE_SELECTOR at every call (its conformance tests change it between
 * tests): so does urpeer. */
static void check_changes(const struct test_env *env)
{
    const uint32_t all = (1u << env->ndev) - 1;
    uint32_t n = 12345;

    CHECK(env->ndev == 4);
    CHECK(setenv("ONEAPI_DEVICE_SELECTOR", "sim:0", 1) == 0);
    CHECK(selected_mask(env) == 0x1);
    CHECK(setenv("ONEAPI_DEVICE_SELECTOR", "sim:1,2", 1) == 0);
    CHECK(selected_mask(env) == 0x6);
    CHECK(setenv("ONEAPI_DEVICE_SELECTOR", "!sim:3", 1) == 0);
    CHECK(selected_mask(env) == 0x7);
    CHECK(unsetenv("ONEAPI_DEVICE_SELECTOR") == 0);
    CHECK(selected_mask(env) == all);
    CHECK(setenv("ONEAPI_DEVICE_SELECTOR", "sim:", 1) == 0);
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE,
             urDeviceGetSelected(env->platform, UR_DEVICE_TYPE_ALL, 0, NULL, &n));
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE,
             urDeviceGetSelected(env->platform, UR_DEVICE_TYPE_ALL, 0, NULL, &n));
    CHECK(n == 12345);
    CHECK(setenv("ONEAPI_DEVICE_SELECTOR", "", 1) == 0);
    CHECK(selected_mask(env) == all);
    CHECK(setenv("ONEAPI_DEVICE_SELECTOR", "cuda:*", 1) == 0);
    CHECK(selected_mask(env) == 0);
    CHECK(setenv("ONEAPI_DEVICE_SELECTOR", "bogus:0", 1) == 0);
    CHECK_UR(UR_RESULT_ERROR_INVALID_VALUE,
             urDeviceGetSelected(env->platform, UR_DEVICE_TYPE_ALL, 0, NULL, &n));
    CHECK(setenv("ONEAPI_DEVICE_SELECTOR", "sim:3", 1) == 0);
    CHECK(selected_mask(env) == 0x8);
    CHECK(unsetenv("ONEAPI_DEVICE_SELECTOR") == 0);
}

/* Each distinct malformed value was reported once: "sim:" and "bogus:0". */
static void check_changes_log(const char *logged)
{
    const char *a = strstr(logged, "ONEAPI_DEVICE_SELECTOR=\"sim:\"");
    const char *b = strstr(logged, "ONEAPI_DEVICE_SELECTOR=\"bogus:0\"");
    CHECK(a != NULL && strstr(a + 1, "ONEAPI_DEVICE_SELECTOR=\"sim:\"") == NULL);
    CHECK(b != NULL && strstr(b + 1, "ONEAPI_DEVICE_SELECTOR=\"bogus:0\"") == NULL);
}

int main(int argc, char **argv)
{
    if (argc < 4 || (strcmp(argv[2], "ok") != 0 && strcmp(argv[2], "invalid") != 0 &&
                     strcmp(argv[2], "changes") != 0)) {
        fprintf(stderr, "usage: %s PRESET ok INDICES|all|none, invalid COLUMN or changes -\n",
                argv[0]);
        return 2;
    }
    /* The selectors of these cases name the simulated node's backend. */
    const char *adapter = getenv("URPEER_TEST_ADAPTER");
    if (adapter != NULL && *adapter != '\0' && strcmp(adapter, "sim") != 0)
        SKIP("selector cases are written for the simulated node (sim:...)");
    const char *sel = getenv("ONEAPI_DEVICE_SELECTOR");
    printf("ONEAPI_DEVICE_SELECTOR=%s%s%s\n", sel ? "\"" : "", sel ? sel : "(unset)",
           sel ? "\"" : "");

    uint32_t n = 0;
    CHECK_UR(UR_RESULT_ERROR_UNINITIALIZED,
             urDeviceGetSelected(NULL, UR_DEVICE_TYPE_ALL, 0, NULL, &n));

    struct test_env env;
    test_env_open(&env, argc, argv, "pcie4");
    static char logged[4096];
    int saved = capture_begin();
    if (strcmp(argv[2], "ok") == 0)
        check_ok(&env, argv[3]);
    else if (strcmp(argv[2], "changes") == 0)
        check_changes(&env);
    else
        check_invalid(&env);
    capture_end(saved, logged, sizeof(logged));
    if (strcmp(argv[2], "changes") == 0) {
        check_changes_log(logged);
    } else if (strcmp(argv[2], "invalid") == 0) {
        /* Reported once, however many calls. */
        const char *first = strstr(logged, "ONEAPI_DEVICE_SELECTOR");
        CHECK(first != NULL && strstr(first + 1, "ONEAPI_DEVICE_SELECTOR") == NULL);
        char want[64];
        snprintf(want, sizeof(want), "column %s:", argv[3]);
        CHECK(strstr(logged, want) != NULL);
        if (strstr(logged, want) == NULL)
            fprintf(stderr, "expected the log to say '%s'\n", want);
    } else {
        CHECK(strstr(logged, "ONEAPI_DEVICE_SELECTOR") == NULL);
    }
    check_arguments(&env);
    test_env_close(&env);
    return test_summary("device_selector");
}
