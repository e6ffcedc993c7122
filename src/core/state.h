/* SPDX-License-Identifier: MIT */
/* What holds between urLoaderInit and urLoaderTearDown: whether the library is live, the
 * settings adapters see. */
#ifndef URPEER_CORE_STATE_H
#define URPEER_CORE_STATE_H

#include "core/adapter.h"

/* True between the first successful urLoaderInit and the last urLoaderTearDown (the loader sets
 * it; entry points check it). */
extern atomic_bool up_loader_live;

static inline bool up_initialized(void)
{
    return atomic_load_explicit(&up_loader_live, memory_order_acquire);
}

#define UP_CHECK_INIT()                                                                            \
    do {                                                                                           \
        if (!up_initialized())                                                                     \
            return UR_RESULT_ERROR_UNINITIALIZED;                                                  \
    } while (0)

/* Set the settings adapters see (up_get_settings) for this init (merged env + loader config). */
void up_settings_set(const struct up_settings *s);

#endif /* URPEER_CORE_STATE_H */
