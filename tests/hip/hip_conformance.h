/* SPDX-License-Identifier: MIT */
#ifndef URPEER_TESTS_HIP_CONFORMANCE_H
#define URPEER_TESTS_HIP_CONFORMANCE_H

/* HIP_VERSION of the official header the checks were compiled against. */
int hip_conformance_header_version(void);
/* Entry points whose prototypes were checked. */
unsigned hip_conformance_entry_points(void);

#endif
