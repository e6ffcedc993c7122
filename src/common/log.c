/* SPDX-License-Identifier: MIT */
#include "common/log.h"
#include "common/env.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *const level_names[] = {"error", "warn", "info", "debug"};

static pthread_once_t level_once = PTHREAD_ONCE_INIT;
static up_log_level_t level = UP_LOG_WARN;

static void level_init(void)
{
    const char *v = up_env_get()->log;
    if (v == NULL || *v == '\0')
        return;
    for (size_t i = 0; i < sizeof(level_names) / sizeof(level_names[0]); i++) {
        if (strcasecmp(v, level_names[i]) == 0) {
            level = (up_log_level_t)i;
            return;
        }
    }
    if (strcasecmp(v, "warning") == 0)
        level = UP_LOG_WARN;
    else
        fprintf(stderr,
                "urpeer/log: URPEER_LOG=%.64s%s is not one of error, warn, info, debug; "
                "using warn\n",
                v, strlen(v) > 64 ? "..." : "");
}

up_log_level_t up_log_level(void)
{
    pthread_once(&level_once, level_init);
    return level;
}

void up_log(up_log_level_t lvl, const char *subsys, const char *fmt, ...)
{
    if (lvl > up_log_level())
        return;
    int saved = errno;
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    /* One fprintf call per line so lines from several threads do not interleave. */
    fprintf(stderr, "urpeer/%s: %s%s\n", subsys, lvl == UP_LOG_ERROR ? "error: " : "", buf);
    errno = saved;
}
