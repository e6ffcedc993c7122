/* SPDX-License-Identifier: MIT */
/* Logging: one macro family, "urpeer/<subsystem>: message" on stderr, level set by URPEER_LOG. */
#ifndef URPEER_COMMON_LOG_H
#define URPEER_COMMON_LOG_H

#include <stdatomic.h>

typedef enum up_log_level {
    UP_LOG_ERROR = 0,
    UP_LOG_WARN = 1,
    UP_LOG_INFO = 2,
    UP_LOG_DEBUG = 3,
} up_log_level_t;

/* Current level (URPEER_LOG; default warn). */
up_log_level_t up_log_level(void);

#if defined(__GNUC__)
#define UP_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define UP_PRINTF(f, a)
#endif

/* Print "urpeer/<subsys>: <message>\n" to stderr if level is enabled. Preserves errno. */
void up_log(up_log_level_t level, const char *subsys, const char *fmt, ...) UP_PRINTF(3, 4);

#define UP_ERROR(subsys, ...) up_log(UP_LOG_ERROR, subsys, __VA_ARGS__)
#define UP_WARN(subsys, ...) up_log(UP_LOG_WARN, subsys, __VA_ARGS__)
#define UP_INFO(subsys, ...)                                                                       \
    do {                                                                                           \
        if (up_log_level() >= UP_LOG_INFO)                                                         \
            up_log(UP_LOG_INFO, subsys, __VA_ARGS__);                                              \
    } while (0)
#define UP_DEBUG(subsys, ...)                                                                      \
    do {                                                                                           \
        if (up_log_level() >= UP_LOG_DEBUG)                                                        \
            up_log(UP_LOG_DEBUG, subsys, __VA_ARGS__);                                             \
    } while (0)

/* Log once per flag (for "unsupported function called" and similar). */
#define UP_INFO_ONCE(flag, subsys, ...)                                                            \
    do {                                                                                           \
        if (!atomic_exchange(&(flag), 1))                                                          \
            UP_INFO(subsys, __VA_ARGS__);                                                          \
    } while (0)

#endif /* URPEER_COMMON_LOG_H */
