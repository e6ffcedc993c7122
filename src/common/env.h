/* SPDX-License-Identifier: MIT */
/* Environment variables, read once. */
#ifndef URPEER_COMMON_ENV_H
#define URPEER_COMMON_ENV_H

/* Environment, read once. */
struct up_env {
    const char *log;
    const char *sim;
    const char *sim_faults;
    const char *adapters;
    const char *layers; /* UR_ENABLE_LAYERS */
};
const struct up_env *up_env_get(void);

#endif /* URPEER_COMMON_ENV_H */
