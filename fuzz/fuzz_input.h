/* SPDX-License-Identifier: MIT */
/*
 * Helpers shared by the fuzzers: reading typed values from the fuzzer's input, a file that holds
 * bytes for the topology parser (an in-memory file where the system has one), and a check that
 * aborts with a message, so that libFuzzer records the input.
 */
#ifndef URPEER_FUZZ_INPUT_H
#define URPEER_FUZZ_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define FUZZ_CHECK(cond, ...)                                                                      \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: invariant failed: %s: ", __FILE__, __LINE__, #cond);           \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fprintf(stderr, "\n");                                                                 \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* The input, read front to back; past its end every read gives zeros. */
struct fuzz_in {
    const uint8_t *p;
    size_t left;
};

static inline uint8_t in_u8(struct fuzz_in *in)
{
    if (in->left == 0)
        return 0;
    in->left--;
    return *in->p++;
}

/* Multi-byte values read their bytes in order (one call per statement: the order in which the
 * operands of an expression are evaluated is unspecified, and compilers differ). */
static inline uint16_t in_u16(struct fuzz_in *in)
{
    uint16_t lo = in_u8(in);
    uint16_t hi = in_u8(in);
    return (uint16_t)(lo | (hi << 8));
}

static inline uint32_t in_u32(struct fuzz_in *in)
{
    uint32_t lo = in_u16(in);
    uint32_t hi = in_u16(in);
    return lo | (hi << 16);
}

/* 0 .. n-1 (n > 0). */
static inline uint32_t in_below(struct fuzz_in *in, uint32_t n)
{
    return n <= 256 ? in_u8(in) % n : in_u32(in) % n;
}

static inline bool in_bool(struct fuzz_in *in)
{
    return in_u8(in) & 1;
}

/* True with probability about 1/n. */
static inline bool in_one_in(struct fuzz_in *in, uint32_t n)
{
    return in_below(in, n) == 0;
}

/* A file whose path the library can open, holding the bytes given. */
struct fuzz_file {
    int fd;
    char path[64];
};

static inline void fuzz_file_open(struct fuzz_file *f)
{
#ifdef MFD_CLOEXEC
    f->fd = memfd_create("urpeer-fuzz-topology", MFD_CLOEXEC);
    if (f->fd >= 0) {
        snprintf(f->path, sizeof(f->path), "/proc/self/fd/%d", f->fd);
        if (access(f->path, R_OK) == 0)
            return;
        close(f->fd);
    }
#endif
    /* No in-memory file: a temporary file, left behind if the process is killed. */
    snprintf(f->path, sizeof(f->path), "/tmp/urpeer-fuzz-XXXXXX");
    f->fd = mkstemp(f->path);
    if (f->fd < 0) {
        perror("urpeer fuzzer: temporary file");
        abort();
    }
}

static inline void fuzz_file_set(struct fuzz_file *f, const void *data, size_t size)
{
    const char *p = data;
    if (ftruncate(f->fd, 0) != 0 || lseek(f->fd, 0, SEEK_SET) != 0) {
        perror("urpeer fuzzer: truncate");
        abort();
    }
    while (size > 0) {
        ssize_t n = write(f->fd, p, size);
        if (n <= 0) {
            perror("urpeer fuzzer: write");
            abort();
        }
        p += n;
        size -= (size_t)n;
    }
}

#endif /* URPEER_FUZZ_INPUT_H */
