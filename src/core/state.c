/* SPDX-License-Identifier: MIT */
/* What holds between urLoaderInit and urLoaderTearDown (core/state.h). */
#include "core/state.h"

atomic_bool up_loader_live;

static struct up_settings settings;

void up_settings_set(const struct up_settings *s)
{
    settings = *s;
}

const struct up_settings *up_get_settings(void)
{
    return &settings;
}
