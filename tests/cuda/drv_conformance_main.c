/* SPDX-License-Identifier: MIT */
/* cuda_drv.h against the official cuda.h / cudaTypedefs.h: every check is a static assertion in
 * the two other files, so reaching main means they all held. */
#include "drv_conformance.h"

#include <stdio.h>

int main(void)
{
    int types = drv_conformance_types();
    int prototypes = drv_conformance_prototypes();

    int version = drv_conformance_cuda_version();

    printf("cuda_drv.h matches the official CUDA %d.%d headers: %d checks (%d with its own types, "
           "%d with cuda.h's)\n",
           version / 1000, version % 1000 / 10, types + prototypes, types, prototypes);
    return 0;
}
