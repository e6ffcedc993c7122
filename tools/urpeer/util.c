/* SPDX-License-Identifier: MIT */
/* String buffer, JSON writer, error recording and small helpers of the urpeer tool. */
#include "urpeer_tool.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---- String buffer ---- */

static bool sb_reserve(struct sbuf *b, size_t extra)
{
    if (b->oom)
        return false;
    if (b->len + extra + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (p == NULL) {
        b->oom = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void sb_putn(struct sbuf *b, const char *s, size_t n)
{
    if (!sb_reserve(b, n))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void sb_putc(struct sbuf *b, char c)
{
    sb_putn(b, &c, 1);
}

void sb_puts(struct sbuf *b, const char *s)
{
    sb_putn(b, s, strlen(s));
}

void sb_vprintf(struct sbuf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0 || !sb_reserve(b, (size_t)n))
        return;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void sb_printf(struct sbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(b, fmt, ap);
    va_end(ap);
}

void sb_pad(struct sbuf *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        sb_putc(b, ' ');
}

void sb_free(struct sbuf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->oom = false;
}

/* ---- JSON writer ---- */

void jw_init(struct jw *w, struct sbuf *b)
{
    memset(w, 0, sizeof(*w));
    w->b = b;
}

static void jw_indent(struct jw *w)
{
    sb_putc(w->b, '\n');
    sb_pad(w->b, (size_t)w->depth * 2);
}

/* Length of the valid UTF-8 sequence at s (1 to 4), or 0 if it is not valid. */
static size_t utf8_len(const unsigned char *s)
{
    size_t n;
    uint32_t cp;
    if (s[0] < 0x80)
        return 1;
    if ((s[0] & 0xE0) == 0xC0) {
        n = 2;
        cp = s[0] & 0x1Fu;
    } else if ((s[0] & 0xF0) == 0xE0) {
        n = 3;
        cp = s[0] & 0x0Fu;
    } else if ((s[0] & 0xF8) == 0xF0) {
        n = 4;
        cp = s[0] & 0x07u;
    } else {
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3Fu);
    }
    if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

/* A JSON string: quotes, escapes, control characters as \u00XX, invalid UTF-8 as U+FFFD. */
static void jw_string(struct sbuf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    sb_putc(b, '"');
    while (*p) {
        unsigned char c = *p;
        switch (c) {
        case '"':
            sb_puts(b, "\\\"");
            p++;
            continue;
        case '\\':
            sb_puts(b, "\\\\");
            p++;
            continue;
        case '\n':
            sb_puts(b, "\\n");
            p++;
            continue;
        case '\r':
            sb_puts(b, "\\r");
            p++;
            continue;
        case '\t':
            sb_puts(b, "\\t");
            p++;
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == 0x7F) {
            sb_printf(b, "\\u%04x", c);
            p++;
            continue;
        }
        size_t n = utf8_len(p);
        if (n == 0) {
            sb_puts(b, "\\ufffd");
            p++;
            continue;
        }
        sb_putn(b, (const char *)p, n);
        p += n;
    }
    sb_putc(b, '"');
}

/* Separator, indentation and key before a value. */
static void jw_prefix(struct jw *w, const char *key)
{
    if (w->depth > 0) {
        int d = w->depth - 1;
        if (w->count[d] > 0)
            sb_putc(w->b, ',');
        if (w->compact[d]) {
            if (w->count[d] > 0)
                sb_putc(w->b, ' ');
        } else {
            jw_indent(w);
        }
        w->count[d]++;
    }
    if (key != NULL) {
        jw_string(w->b, key);
        sb_puts(w->b, ": ");
    }
}

static void jw_open(struct jw *w, const char *key, char c, bool compact)
{
    jw_prefix(w, key);
    sb_putc(w->b, c);
    if (w->depth >= JW_MAX_DEPTH) {
        w->b->oom = true; /* a programming error: make the document unusable */
        return;
    }
    bool parent_compact = w->depth > 0 && w->compact[w->depth - 1];
    w->count[w->depth] = 0;
    w->compact[w->depth] = compact || parent_compact;
    w->depth++;
}

static void jw_close(struct jw *w, char c)
{
    if (w->depth == 0) {
        w->b->oom = true;
        return;
    }
    w->depth--;
    if (w->count[w->depth] > 0 && !w->compact[w->depth])
        jw_indent(w);
    sb_putc(w->b, c);
}

void jw_obj(struct jw *w, const char *key)
{
    jw_open(w, key, '{', false);
}

void jw_obj_compact(struct jw *w, const char *key)
{
    jw_open(w, key, '{', true);
}

void jw_obj_end(struct jw *w)
{
    jw_close(w, '}');
}

void jw_arr(struct jw *w, const char *key)
{
    jw_open(w, key, '[', false);
}

void jw_arr_compact(struct jw *w, const char *key)
{
    jw_open(w, key, '[', true);
}

void jw_arr_end(struct jw *w)
{
    jw_close(w, ']');
}

void jw_str(struct jw *w, const char *key, const char *value)
{
    jw_prefix(w, key);
    if (value == NULL)
        sb_puts(w->b, "null");
    else
        jw_string(w->b, value);
}

void jw_int(struct jw *w, const char *key, int64_t value)
{
    jw_prefix(w, key);
    sb_printf(w->b, "%lld", (long long)value);
}

void jw_uint(struct jw *w, const char *key, uint64_t value)
{
    jw_prefix(w, key);
    sb_printf(w->b, "%llu", (unsigned long long)value);
}

void jw_double(struct jw *w, const char *key, double value, int decimals)
{
    jw_prefix(w, key);
    if (isnan(value) || isinf(value))
        sb_puts(w->b, "null");
    else
        sb_printf(w->b, "%.*f", decimals, value);
}

void jw_bool(struct jw *w, const char *key, bool value)
{
    jw_prefix(w, key);
    sb_puts(w->b, value ? "true" : "false");
}

void jw_null(struct jw *w, const char *key)
{
    jw_prefix(w, key);
    sb_puts(w->b, "null");
}

void jw_finish(struct jw *w)
{
    if (w->depth != 0)
        w->b->oom = true;
    sb_putc(w->b, '\n');
}

/* ---- Errors ---- */

static struct {
    int code;
    ur_result_t result;
    char message[1024];
} last_error;

static const char *exit_kind(int code)
{
    switch (code) {
    case TOOL_EXIT_CHECK_FAILED:
        return "check_failed";
    case TOOL_EXIT_USAGE:
        return "usage";
    case TOOL_EXIT_RUNTIME:
        return "runtime";
    case TOOL_EXIT_RESOURCE:
        return "resource";
    default:
        return "error";
    }
}

int tool_fail(int code, ur_result_t result, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error.message, sizeof(last_error.message), fmt, ap);
    va_end(ap);
    last_error.code = code;
    last_error.result = result;
    return code;
}

bool tool_error_recorded(void)
{
    return last_error.code != 0;
}

void tool_print_error(bool json)
{
    fprintf(stderr, "urpeer: %s\n", last_error.message);
    if (!json)
        return;
    struct sbuf b = {0};
    struct jw w;
    jw_init(&w, &b);
    jw_obj(&w, NULL);
    jw_str(&w, "schema", "urpeer");
    jw_int(&w, "schema_version", TOOL_SCHEMA_VERSION);
    jw_obj(&w, "error");
    jw_int(&w, "exit_code", last_error.code);
    jw_str(&w, "kind", exit_kind(last_error.code));
    jw_str(&w, "message", last_error.message);
    if (last_error.result != UR_RESULT_SUCCESS)
        jw_str(&w, "result", urpeerResultString(last_error.result));
    else
        jw_null(&w, "result");
    jw_obj_end(&w);
    jw_obj_end(&w);
    jw_finish(&w);
    if (!b.oom)
        fputs(b.data, stdout);
    sb_free(&b);
}

void tool_warn(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("urpeer: warning: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* ---- Helpers ---- */

bool parse_size(const char *s, size_t *out)
{
    static const struct {
        const char *suffix;
        unsigned shift;
    } units[] = {
        {"", 0},    {"B", 0},    {"K", 10}, {"KB", 10}, {"KIB", 10}, {"M", 20},
        {"MB", 20}, {"MIB", 20}, {"G", 30}, {"GB", 30}, {"GIB", 30},
    };
    char *end;
    if (*s < '0' || *s > '9')
        return false;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno != 0)
        return false;
    char suffix[8];
    size_t n = strlen(end);
    if (n >= sizeof(suffix))
        return false;
    for (size_t i = 0; i <= n; i++)
        suffix[i] = (char)((end[i] >= 'a' && end[i] <= 'z') ? end[i] - 'a' + 'A' : end[i]);
    for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
        if (strcmp(suffix, units[i].suffix) != 0)
            continue;
        if (v == 0 || v > (SIZE_MAX >> units[i].shift))
            return false;
        *out = (size_t)(v << units[i].shift);
        return true;
    }
    return false;
}

void format_bytes(char *buf, size_t n, uint64_t bytes)
{
    static const char *const unit[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    unsigned u = 0;
    uint64_t whole = bytes;
    while (whole >= 1024 && u + 1 < sizeof(unit) / sizeof(unit[0])) {
        whole /= 1024;
        u++;
    }
    if (u == 0) {
        snprintf(buf, n, "%llu B", (unsigned long long)bytes);
        return;
    }
    double v = (double)bytes / (double)(1ull << (10 * u));
    if (bytes % (1ull << (10 * u)) == 0)
        snprintf(buf, n, "%llu %s", (unsigned long long)whole, unit[u]);
    else
        snprintf(buf, n, "%.1f %s", v, unit[u]);
}

const char *query_reason(ur_result_t res, char *buf, size_t n)
{
    switch (res) {
    case UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION:
    case UR_RESULT_ERROR_UNSUPPORTED_FEATURE:
        snprintf(buf, n, "not reported by the adapter (%s)", urpeerResultString(res));
        break;
    default:
        snprintf(buf, n, "query failed (%s)", urpeerResultString(res));
        break;
    }
    return buf;
}

double host_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

bool colour_allowed(int fd)
{
    const char *no = getenv("NO_COLOR");
    const char *term = getenv("TERM");
    if (no != NULL && no[0] != '\0')
        return false;
    if (term != NULL && strcmp(term, "dumb") == 0)
        return false;
    return isatty(fd) == 1;
}

/* ---- Streaming and progress ---- */

static bool progress_shown; /* a progress line is on stderr now */

void tool_stream(const struct tool_opts *o, struct sbuf *out)
{
    if (o->json || out->len == 0 || out->oom)
        return;
    if (progress_shown) {
        fputs("\r\033[K", stderr);
        progress_shown = false;
    }
    fwrite(out->data, 1, out->len, stdout);
    fflush(stdout);
    out->len = 0;
    out->data[0] = '\0';
}

bool progress_wanted(const struct tool_opts *o)
{
    return o->progress || isatty(2) == 1;
}

void progress_line(const struct tool_opts *o, const char *fmt, ...)
{
    if (!progress_wanted(o))
        return;
    if (fmt == NULL) {
        if (progress_shown)
            fputs(isatty(2) == 1 ? "\r\033[K" : "\n", stderr);
        progress_shown = false;
        fflush(stderr);
        return;
    }
    char line[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof(line), fmt, ap);
    va_end(ap);
    if (isatty(2) == 1)
        fprintf(stderr, "\r\033[K%s", line);
    else
        fprintf(stderr, "%s\n", line); /* forced (--progress) into a file: one line each */
    progress_shown = isatty(2) == 1;
    fflush(stderr);
}

const char *sysroot(void)
{
    const char *r = getenv("URPEER_SYSROOT");
    return r != NULL ? r : "";
}

uint64_t host_memory_available(void)
{
    char path[1024], line[256];
    unsigned long long kib = 0;
    snprintf(path, sizeof(path), "%s/proc/meminfo", sysroot());
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return 0;
    while (fgets(line, sizeof(line), f) != NULL)
        if (sscanf(line, "MemAvailable: %llu kB", &kib) == 1)
            break;
    fclose(f);
    return (uint64_t)kib * 1024u;
}
