/* SPDX-License-Identifier: MIT */
/*
 * Reading what the library writes to standard error (its log, the leak report) from inside the
 * test process: descriptor 2 goes to a temporary file between capture_begin and capture_end.
 */
#ifndef URPEER_TESTS_STDERR_CAPTURE_H
#define URPEER_TESTS_STDERR_CAPTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Send descriptor 2 to a temporary file; returns the saved descriptor (exits on failure). */
static inline int capture_begin(void)
{
    fflush(stderr);
    int saved = dup(2);
    FILE *tmp = tmpfile();
    if (saved < 0 || tmp == NULL) {
        fprintf(stderr, "cannot capture standard error\n");
        exit(1);
    }
    dup2(fileno(tmp), 2);
    fclose(tmp); /* descriptor 2 keeps the file open */
    return saved;
}

/* Restore descriptor 2. buf (size bytes, at least 1) gets what was written, truncated and
 * NUL-terminated; it is also echoed to the test's log. Returns buf. */
static inline char *capture_end(int saved, char *buf, size_t size)
{
    fflush(stderr);
    off_t len = lseek(2, 0, SEEK_END);
    lseek(2, 0, SEEK_SET);
    size_t want = len <= 0 ? 0 : (size_t)len < size - 1 ? (size_t)len : size - 1;
    ssize_t n = want ? read(2, buf, want) : 0;
    buf[n > 0 ? n : 0] = '\0';
    dup2(saved, 2);
    close(saved);
    fputs(buf, stderr);
    return buf;
}

#endif /* URPEER_TESTS_STDERR_CAPTURE_H */
