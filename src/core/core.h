/* SPDX-License-Identifier: MIT */
/*
 * The core, for the loader's entry points: every core header (adapters include core/adapter.h
 * only). Layers point one way: src/common (logging, environment) below src/core (objects, rules)
 * below src/loader (entry points, registry, init); see docs/architecture.md.
 */
#ifndef URPEER_CORE_CORE_H
#define URPEER_CORE_CORE_H

#include "common/env.h"
#include "common/log.h"
#include "core/adapter.h"
#include "core/info.h"
#include "core/last_error.h"
#include "core/objects.h"
#include "core/p2p.h"
#include "core/state.h"
#include "core/usm_track.h"

#include <string.h>

#endif /* URPEER_CORE_CORE_H */
