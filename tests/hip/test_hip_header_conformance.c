/* SPDX-License-Identifier: MIT */
/*
 * hip_drv.h against AMD's hip_runtime_api.h. The checks are static assertions in
 * hip_conformance_values.c and hip_conformance_prototypes.c: if this program exists, they
 * held. It reports what was compared.
 */
#include "hip_conformance.h"

#include <stdio.h>

int main(void)
{
    int v = hip_conformance_header_version();
    printf("hip_drv.h matches hip_runtime_api.h of HIP %d.%d.%d: constants, types, layouts, "
           "and the prototypes of %u entry points\n",
           v / 10000000, v / 100000 % 100, v % 100000, hip_conformance_entry_points());
    return 0;
}
