/* SPDX-License-Identifier: MIT */
/*
 * The HIP adapter where HIP cannot be used: no library at URPEER_HIP_LIBRARY, a library without
 * the entry points, hipInit failing, no device. Each is zero platforms, not an error: urLoaderInit
 * succeeds, the adapter is not listed, the reason is logged at info (argv[1] is the text
 * expected in the log). A library that lacks an entry point is closed again; a runtime on which
 * hipInit was called stays loaded after urLoaderTearDown (argv[2]: "closed" or "loaded"), and a
 * second init finds the same zero platforms.
 */
#include "harness.h"
#include "stderr_capture.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    const char *expect = argc > 1 ? argv[1] : "";
    bool stays_loaded = argc > 2 && strcmp(argv[2], "loaded") == 0;
    const char *path = getenv("URPEER_HIP_LIBRARY");
    ur_loader_config_handle_t cfg;
    char log[8192];
    uint32_t n = 99;
    int saved_stderr;

    /* Capture urpeer's log of this init (the level is read at the first call). */
    setenv("URPEER_LOG", "info", 1);
    saved_stderr = capture_begin();

    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetAdapters(cfg, "hip"));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderInit(0, cfg));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderConfigRelease(cfg));
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGet(0, NULL, &n));
    CHECK(n == 0);

    capture_end(saved_stderr, log, sizeof(log));
    CHECK(strstr(log, expect) != NULL);
    if (strstr(log, expect) == NULL)
        fprintf(stderr, "expected in the log: \"%s\"\n", expect);

    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());

    /* Closed unless hipInit ran; an initialised runtime is kept for the next init. */
    if (path != NULL && path[0] == '/') {
        void *still = dlopen(path, RTLD_NOW | RTLD_NOLOAD);
        CHECK((still != NULL) == stays_loaded);
        if (still != NULL)
            dlclose(still);
    }
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderConfigCreate(&cfg));
    REQUIRE_UR(UR_RESULT_SUCCESS, urpeerLoaderConfigSetAdapters(cfg, "hip"));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderInit(0, cfg));
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderConfigRelease(cfg));
    n = 99;
    CHECK_UR(UR_RESULT_SUCCESS, urAdapterGet(0, NULL, &n));
    CHECK(n == 0);
    CHECK_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    return test_summary("hip_absent");
}
