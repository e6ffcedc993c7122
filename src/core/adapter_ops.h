/* SPDX-License-Identifier: MIT */
/* Registration of an adapter's operations (core/adapter_ops.def), for the loader. */
#ifndef URPEER_CORE_ADAPTER_OPS_H
#define URPEER_CORE_ADAPTER_OPS_H

#include "core/adapter.h"

/* Copy an adapter's table into *out with the NULL ops replaced by the list's defaults. Returns
 * NULL, or the name of a required op the table lacks (then *out is untouched). */
const char *up_adapter_ops_merge(const struct up_adapter_ops *in, struct up_adapter_ops *out);

#endif /* URPEER_CORE_ADAPTER_OPS_H */
