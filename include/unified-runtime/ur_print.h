/* SPDX-License-Identifier: MIT */
/**
 * @file unified-runtime/ur_print.h
 * @brief Makes `#include <unified-runtime/ur_print.h>` work, the path upstream Unified Runtime
 *        installs its header at. Everything is declared in ../ur_print.h.
 */
#ifndef URPEER_UNIFIED_RUNTIME_UR_PRINT_H
#define URPEER_UNIFIED_RUNTIME_UR_PRINT_H

#include "../ur_print.h"

#endif /* URPEER_UNIFIED_RUNTIME_UR_PRINT_H */
