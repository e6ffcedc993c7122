/* SPDX-License-Identifier: MIT */
/*
 * A growable text buffer for the urPrint* functions (loader/print.c, generated), and the pieces
 * of upstream's text format they share: enumerator names, flag sets, pointers. A failed
 * allocation makes every later append a no-op and up_str_finish answer OUT_OF_HOST_MEMORY.
 */
#ifndef URPEER_LOADER_PRINT_BUF_H
#define URPEER_LOADER_PRINT_BUF_H

#include "ur_api.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct up_str {
    char *buf;
    size_t len, cap;
    bool failed;
};
#define UP_STR_INIT                                                                                \
    {                                                                                              \
        NULL, 0, 0, false                                                                          \
    }

struct up_etor {
    uint32_t value;
    const char *name;
};
#define UP_COUNT(a) (sizeof(a) / sizeof((a)[0]))

void up_str_put(struct up_str *s, const char *text);
void up_str_printf(struct up_str *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "nullptr" or the address, as upstream's printer writes them. */
void up_str_ptr(struct up_str *s, const void *p);
/* A C string: its address, then the text in parentheses. */
void up_str_cstr(struct up_str *s, const char *text);
/* The name of the first enumerator of that value, or "unknown enumerator". */
void up_str_enum(struct up_str *s, uint32_t value, const struct up_etor *etors, size_t n);
/* Every enumerator whose bits are all set, in declaration order, joined by " | "; then the
 * remaining bits as "unknown bit flags " and 32 binary digits; "0" for no bit at all. */
void up_str_flags(struct up_str *s, uint32_t value, const struct up_etor *etors, size_t n);
/* Upstream's copy-out: *out_size (when not NULL) gets the text's size with its NUL; with a
 * buffer, INVALID_SIZE when buff_size is smaller, else the text is copied. Frees the text. */
ur_result_t up_str_finish(struct up_str *s, char *buffer, size_t buff_size, size_t *out_size);

#endif /* URPEER_LOADER_PRINT_BUF_H */
