/* SPDX-License-Identifier: MIT */
#include "loader/print_buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool up_str_reserve(struct up_str *s, size_t more)
{
    if (s->failed)
        return false;
    if (s->len + more + 1 <= s->cap)
        return true;
    size_t cap = s->cap ? s->cap : 64;
    while (cap < s->len + more + 1)
        cap *= 2;
    char *grown = realloc(s->buf, cap);
    if (grown == NULL) {
        s->failed = true;
        return false;
    }
    s->buf = grown;
    s->cap = cap;
    return true;
}

void up_str_put(struct up_str *s, const char *text)
{
    size_t n = strlen(text);
    if (!up_str_reserve(s, n))
        return;
    memcpy(s->buf + s->len, text, n + 1);
    s->len += n;
}

void up_str_printf(struct up_str *s, const char *fmt, ...)
{
    char small[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof(small), fmt, ap);
    va_end(ap);
    if (n < 0) {
        s->failed = true;
        return;
    }
    if ((size_t)n < sizeof(small)) {
        up_str_put(s, small);
        return;
    }
    if (!up_str_reserve(s, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(s->buf + s->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    s->len += (size_t)n;
}

void up_str_ptr(struct up_str *s, const void *p)
{
    if (p == NULL)
        up_str_put(s, "nullptr");
    else
        up_str_printf(s, "%p", p);
}

void up_str_cstr(struct up_str *s, const char *text)
{
    up_str_ptr(s, text);
    if (text != NULL) {
        up_str_put(s, " (");
        up_str_put(s, text);
        up_str_put(s, ")");
    }
}

void up_str_enum(struct up_str *s, uint32_t value, const struct up_etor *etors, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (etors[i].value == value) {
            up_str_put(s, etors[i].name);
            return;
        }
    }
    up_str_put(s, "unknown enumerator");
}

void up_str_flags(struct up_str *s, uint32_t value, const struct up_etor *etors, size_t n)
{
    uint32_t left = value;
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        if ((left & etors[i].value) != etors[i].value)
            continue;
        left ^= etors[i].value;
        if (!first)
            up_str_put(s, " | ");
        first = false;
        up_str_put(s, etors[i].name);
    }
    if (left != 0) {
        char bits[33];
        for (int b = 0; b < 32; b++)
            bits[b] = (left >> (31 - b)) & 1u ? '1' : '0';
        bits[32] = '\0';
        if (!first)
            up_str_put(s, " | ");
        up_str_put(s, "unknown bit flags ");
        up_str_put(s, bits);
    } else if (first) {
        up_str_put(s, "0");
    }
}

ur_result_t up_str_finish(struct up_str *s, char *buffer, size_t buff_size, size_t *out_size)
{
    ur_result_t res = UR_RESULT_SUCCESS;
    if (s->failed) {
        res = UR_RESULT_ERROR_OUT_OF_HOST_MEMORY;
        goto free_text;
    }
    const char *text = s->buf ? s->buf : "";
    size_t size = s->len + 1;
    if (out_size != NULL)
        *out_size = size;
    if (buffer != NULL) {
        if (buff_size < size) {
            res = UR_RESULT_ERROR_INVALID_SIZE;
            goto free_text;
        }
        memcpy(buffer, text, size);
    }
free_text:
    free(s->buf);
    s->buf = NULL;
    s->len = s->cap = 0;
    return res;
}
