/* SPDX-License-Identifier: MIT */
/**
 * @file unified-runtime/ur_api.h
 * @brief Makes `#include <unified-runtime/ur_api.h>` work, the path upstream Unified Runtime
 *        installs its header at. Everything is declared in ../ur_api.h.
 */
#ifndef URPEER_UNIFIED_RUNTIME_UR_API_H
#define URPEER_UNIFIED_RUNTIME_UR_API_H

#include "../ur_api.h"

#endif /* URPEER_UNIFIED_RUNTIME_UR_API_H */
