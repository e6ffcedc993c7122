/* SPDX-License-Identifier: MIT */
/**
 * @file unified-runtime/ur_ddi.h
 * @brief Makes `#include <unified-runtime/ur_ddi.h>` work, the path upstream Unified Runtime
 *        installs its header at. Everything is declared in ../ur_ddi.h.
 */
#ifndef URPEER_UNIFIED_RUNTIME_UR_DDI_H
#define URPEER_UNIFIED_RUNTIME_UR_DDI_H

#include "../ur_ddi.h"

#endif /* URPEER_UNIFIED_RUNTIME_UR_DDI_H */
