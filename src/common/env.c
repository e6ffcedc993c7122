/* SPDX-License-Identifier: MIT */
/* Environment variables, read once. Every variable that names a library or a file is read with
 * secure_getenv, so it is ignored in setuid/setgid programs. */
#include "common/env.h"

#include <pthread.h>
#include <stdlib.h>

static pthread_once_t env_once = PTHREAD_ONCE_INIT;
static struct up_env env;

static void env_init(void)
{
    env.log = getenv("URPEER_LOG");
    env.sim = secure_getenv("URPEER_SIM");
    env.sim_faults = getenv("URPEER_SIM_FAULTS");
    env.adapters = getenv("URPEER_ADAPTERS");
    env.layers = getenv("UR_ENABLE_LAYERS");
}

const struct up_env *up_env_get(void)
{
    pthread_once(&env_once, env_init);
    return &env;
}
