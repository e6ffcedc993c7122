/* SPDX-License-Identifier: MIT */
/*
 * The argument checks of the functions urpeer does not implement (src/loader/unsupported.c,
 * checks generated into src/common/api_checks.h from include/ur_api.h). For each such function
 * (tests/api/stub_check_cases.inc, generated from the same annotations):
 *   - a base call whose arguments pass every check returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
 *   - each check the generator can break alone (a NULL pointer or handle, an enum past its last
 *     enumerator, flags outside their mask, also inside an input descriptor) gives its exact code.
 * Then a few hand-written rows check upstream's precedence across codes on known functions.
 * The stubs never dereference a handle, so the handles here point at zeroed memory.
 */
#include "harness.h"

#include <string.h>

static _Alignas(64) unsigned char stub_arena[4096];
static unsigned n_functions, n_cases;

static void stub_any_function(void) {}

#define STUB_FUNCTION(name) static void stub_case_##name(void)
#define STUB_CASE(expected, what, call)                                                            \
    do {                                                                                           \
        ur_result_t res_ = (call);                                                                 \
        n_cases++;                                                                                 \
        t_checks++;                                                                                \
        if (res_ != (expected)) {                                                                  \
            t_failures++;                                                                          \
            fprintf(stderr, "%s (%s): returned %s, expected %s\n", __func__ + 10, what,            \
                    urpeerResultString(res_), urpeerResultString(expected));                       \
        }                                                                                          \
    } while (0)

#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wcast-function-type"
#endif
#include "stub_check_cases.inc"

#define STUB_ENTRY(name) stub_case_##name,
static void (*const all_cases[])(void) = {STUB_FUNCTIONS(STUB_ENTRY)};

int main(void)
{
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderInit(0, NULL));
    for (size_t i = 0; i < sizeof(all_cases) / sizeof(all_cases[0]); i++) {
        all_cases[i]();
        n_functions++;
    }
    CHECK(n_cases >= STUB_GENERATED_CASES);

    /* Precedence across codes, by hand: a NULL pointer wins over a NULL handle, a NULL handle
     * over a bad enumeration, whatever the parameter order. */
    ur_kernel_handle_t kernel;
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER, urKernelCreate(NULL, NULL, &kernel));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urKernelCreate(NULL, "k", &kernel));
    size_t size = 0;
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_HANDLE,
             urKernelGetInfo(NULL, (ur_kernel_info_t)0x7ffffff0, 0, NULL, &size));
    CHECK_UR(UR_RESULT_ERROR_INVALID_ENUMERATION,
             urKernelGetInfo((ur_kernel_handle_t)(void *)stub_arena, (ur_kernel_info_t)0x7ffffff0,
                             0, NULL, &size));
    CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_FEATURE,
             urKernelGetInfo((ur_kernel_handle_t)(void *)stub_arena, UR_KERNEL_INFO_NUM_ARGS, 0,
                             NULL, &size));

    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    printf("stub checks: %u functions, %u calls\n", n_functions, n_cases);
    return test_summary("stub_checks");
}
