/* SPDX-License-Identifier: MIT */
/* Internals of the fake Level Zero driver, shared by fake_ze.c and fake_ze_ddi.c. */
#ifndef URPEER_TESTS_FAKE_ZE_IMPL_H
#define URPEER_TESTS_FAKE_ZE_IMPL_H

#include <level_zero/ze_api.h>
#include <level_zero/ze_ddi.h>
#include <level_zero/zes_ddi.h>
#include <level_zero/zet_ddi.h>

#include <stdbool.h>
#include <stdint.h>

#include "fakegpu_impl.h"

/* Newer than some installed headers (API 1.7 / 1.10), from the specification. */
#define FZ_COMMAND_QUEUE_FLAG_IN_ORDER (1u << 1)
#define FZ_STRUCTURE_TYPE_INIT_DRIVER_TYPE_DESC 0x00020021
#define FZ_INIT_DRIVER_TYPE_FLAG_GPU (1u << 0)

#ifdef FAKE_ZE_HAVE_INIT_DRIVERS
typedef ze_init_driver_type_desc_t fz_init_driver_type_desc_t;
#else
typedef struct fz_init_driver_type_desc_t {
    uint32_t stype;
    const void *pNext;
    uint32_t flags;
} fz_init_driver_type_desc_t;
ZE_APIEXPORT ze_result_t ZE_APICALL zeInitDrivers(uint32_t *pCount, ze_driver_handle_t *phDrivers,
                                                  fz_init_driver_type_desc_t *desc);
#endif

#endif /* URPEER_TESTS_FAKE_ZE_IMPL_H */
