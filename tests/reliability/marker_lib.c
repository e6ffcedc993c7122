/* SPDX-License-Identifier: MIT */
/*
 * A library that only says it was loaded: test_hostile points URPEER_CUDA_LIBRARY (and the HIP
 * and Level Zero variables) at copies of it, and looks for "<copy's file name>.loaded" in
 * $URPEER_TEST_MARKER_DIR to know whether the variable was used.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void mark_loaded(void) __attribute__((constructor));

static void mark_loaded(void)
{
    Dl_info info;
    const char *dir = getenv("URPEER_TEST_MARKER_DIR");
    char path[4096];

    if (dir == NULL || dladdr((void *)(size_t)mark_loaded, &info) == 0 || info.dli_fname == NULL)
        return;
    const char *base = strrchr(info.dli_fname, '/');
    base = base ? base + 1 : info.dli_fname;
    snprintf(path, sizeof(path), "%s/%s.loaded", dir, base);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0)
        close(fd);
}
