/* SPDX-License-Identifier: MIT */
/*
 * Header conformance, part 2: the prototype of every entry point hip_drv.h lists, against
 * the official declaration. hip_drv.h is compiled here with the official stream, event and
 * structure types (part 1 checks that ours have the same layout), so each uphip_<name>_fn must
 * be exactly the type of &<name>. The list comes from hip_drv.h itself: an entry point added
 * there is checked without touching this file.
 */
#include "hip_conformance.h"

#include <hip/hip_runtime_api.h>

typedef hipStream_t uphip_stream_t;
typedef hipEvent_t uphip_event_t;
typedef hipUUID uphip_uuid_t;
typedef hipPointerAttribute_t uphip_pointer_attribute_t;
#define UPHIP_USE_OFFICIAL_TYPES 1
#include "adapters/hip/hip_drv.h"

#define CHECK_PROTOTYPE(ret, name, params)                                                         \
    _Static_assert(_Generic(&name, uphip_##name##_fn : 1, default : 0),                            \
                   "hip_drv.h: the prototype of " #name " differs from hip_runtime_api.h");
UPHIP_REQUIRED_FUNCS(CHECK_PROTOTYPE)
UPHIP_OPTIONAL_FUNCS(CHECK_PROTOTYPE)

#define COUNT_ONE(ret, name, params) +1
unsigned hip_conformance_entry_points(void)
{
    return 0 UPHIP_REQUIRED_FUNCS(COUNT_ONE) UPHIP_OPTIONAL_FUNCS(COUNT_ONE);
}
