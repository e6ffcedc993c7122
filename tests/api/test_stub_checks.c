/* SPDX-License-Identifier: MIT */
/*
 * The argument checks of the functions urpeer does not implement (src/loader/unsupported.c,
 * checks generated into src/common/api_checks.h from include/ur_api.h: upstream generator's
 * parameter rules plus the conditions each function's @returns lists, taken from upstream's
 * specification). For each such function (tests/api/stub_check_cases.inc, generated from the
 * same annotations):
 *   - a base call whose arguments pass every check returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
 *   - each check the generator can break from the base arguments (NULL pointers and handles,
 *     enums past their last enumerator, flags outside their mask, also inside an input
 *     descriptor, zero sizes, wait lists, conjunctions of such terms) gives the code of the first
 *     check that fails, which is that check's.
 * Then hand-written rows: precedence across codes, and the size conditions the generator cannot
 * break alone (pattern sizes, rectangle pitches, work dimensions, program metadata).
 * The stubs never dereference a handle, so the handles here point at an arena of bytes 1.
 */
#include "harness.h"

#include <string.h>

static _Alignas(64) unsigned char stub_arena[4096];
/* Every byte 1: arrays read through the base pointers (work sizes) hold non-zero values. */
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
#define STUB_NAME(name) #name,
static const char *const stub_names[] = {STUB_FUNCTIONS(STUB_NAME)};

/* Is `name` still one of the unsupported functions? A function implemented since (moved to
 * BEYOND_SUBSET) has its own tests; its hand-written rows here are skipped. */
static bool is_stub(const char *name)
{
    for (size_t i = 0; i < sizeof(stub_names) / sizeof(stub_names[0]); i++)
        if (strcmp(stub_names[i], name) == 0)
            return true;
    return false;
}

/* A hand-written row for the unsupported function `fn`. */
#define STUB_ROW(expected, fn, args)                                                               \
    do {                                                                                           \
        if (is_stub(#fn))                                                                          \
            CHECK_UR(expected, fn args);                                                           \
    } while (0)

int main(void)
{
    memset(stub_arena, 1, sizeof(stub_arena));
    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderInit(0, NULL));
    for (size_t i = 0; i < sizeof(all_cases) / sizeof(all_cases[0]); i++) {
        all_cases[i]();
        n_functions++;
    }
    CHECK(n_cases >= STUB_GENERATED_CASES);

    /* Precedence across codes, by hand: a NULL pointer wins over a NULL handle, a NULL handle
     * over a bad enumeration, whatever the parameter order. */
    ur_kernel_handle_t kernel;
    STUB_ROW(UR_RESULT_ERROR_INVALID_NULL_POINTER, urKernelCreate, (NULL, NULL, &kernel));
    STUB_ROW(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urKernelCreate, (NULL, "k", &kernel));
    size_t size = 0;
    STUB_ROW(UR_RESULT_ERROR_INVALID_NULL_HANDLE, urKernelGetInfo,
             (NULL, (ur_kernel_info_t)0x7ffffff0, 0, NULL, &size));
    STUB_ROW(
        UR_RESULT_ERROR_INVALID_ENUMERATION, urKernelGetInfo,
        ((ur_kernel_handle_t)(void *)stub_arena, (ur_kernel_info_t)0x7ffffff0, 0, NULL, &size));
    STUB_ROW(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urKernelGetInfo,
             ((ur_kernel_handle_t)(void *)stub_arena, UR_KERNEL_INFO_NUM_ARGS, 0, NULL, &size));

    /* Conditions the generator cannot break alone, by hand (upstream's specification). */
    ur_queue_handle_t q = (ur_queue_handle_t)(void *)stub_arena;
    ur_mem_handle_t buf = (ur_mem_handle_t)(void *)stub_arena;
    const char pattern[8] = {0};
    STUB_ROW(UR_RESULT_ERROR_INVALID_SIZE, urEnqueueMemBufferFill,
             (q, buf, pattern, 3, 0, 6, 0, NULL, NULL)); /* not 2^n */
    STUB_ROW(UR_RESULT_ERROR_INVALID_SIZE, urEnqueueMemBufferFill,
             (q, buf, pattern, 4, 0, 6, 0, NULL, NULL)); /* size % */
    STUB_ROW(UR_RESULT_ERROR_INVALID_SIZE, urEnqueueMemBufferFill,
             (q, buf, pattern, 4, 2, 8, 0, NULL, NULL)); /* offset % */
    STUB_ROW(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urEnqueueMemBufferFill,
             (q, buf, pattern, 4, 4, 8, 0, NULL, NULL));
    ur_rect_offset_t origin = {0, 0, 0};
    ur_rect_region_t region = {4, 4, 1};
    char host[64];
    STUB_ROW(UR_RESULT_ERROR_INVALID_SIZE, urEnqueueMemBufferReadRect,
             (q, buf, true, origin, origin, region, 2, 0, 0, 0, host, 0, NULL, NULL));
    STUB_ROW(UR_RESULT_ERROR_INVALID_SIZE, urEnqueueMemBufferReadRect,
             (q, buf, true, origin, origin, region, 4, 6, 0, 0, host, 0, NULL, NULL));
    STUB_ROW(UR_RESULT_ERROR_INVALID_SIZE, urEnqueueMemBufferReadRect,
             (q, buf, true, origin, origin, region, 4, 18, 0, 0, host, 0, NULL, NULL));
    STUB_ROW(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urEnqueueMemBufferReadRect,
             (q, buf, true, origin, origin, region, 4, 16, 0, 0, host, 0, NULL, NULL));
    STUB_ROW(UR_RESULT_ERROR_INVALID_SIZE, urEnqueueUSMFill2D,
             (q, host, 8, 3, pattern, 4, 2, 0, NULL, NULL));
    STUB_ROW(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urEnqueueUSMFill2D,
             (q, host, 8, 4, pattern, 4, 2, 0, NULL, NULL));
    ur_kernel_handle_t k = (ur_kernel_handle_t)(void *)stub_arena;
    size_t global[3] = {0, 1, 1}, local[3] = {1, 0, 1};
    STUB_ROW(UR_RESULT_ERROR_INVALID_WORK_DIMENSION, urEnqueueKernelLaunchWithArgsExp,
             (q, k, 1, NULL, global, NULL, 0, NULL, NULL, 0, NULL, NULL));
    global[0] = 8;
    STUB_ROW(UR_RESULT_ERROR_INVALID_WORK_GROUP_SIZE, urEnqueueKernelLaunchWithArgsExp,
             (q, k, 2, NULL, global, local, 0, NULL, NULL, 0, NULL, NULL));
    STUB_ROW(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urEnqueueKernelLaunchWithArgsExp,
             (q, k, 1, NULL, global, local, 0, NULL, NULL, 0, NULL, NULL));
    ur_program_metadata_t meta;
    memset(&meta, 0, sizeof(meta));
    ur_program_properties_t props = {
        .stype = UR_STRUCTURE_TYPE_PROGRAM_PROPERTIES, .count = 0, .pMetadatas = &meta};
    ur_program_handle_t program;
    ur_context_handle_t ctx = (ur_context_handle_t)(void *)stub_arena;
    STUB_ROW(UR_RESULT_ERROR_INVALID_SIZE, urProgramCreateWithIL, (ctx, host, 4, &props, &program));
    props.count = 1;
    props.pMetadatas = NULL;
    STUB_ROW(UR_RESULT_ERROR_INVALID_NULL_POINTER, urProgramCreateWithIL,
             (ctx, host, 4, &props, &program));

    void *exported = NULL;
    ur_device_handle_t dev = (ur_device_handle_t)(void *)stub_arena;
    STUB_ROW(UR_RESULT_ERROR_UNSUPPORTED_ALIGNMENT, urMemoryExportAllocExportableMemoryExp,
             (ctx, dev, 3, 16, UR_EXP_EXTERNAL_MEM_TYPE_OPAQUE_FD, &exported));
    STUB_ROW(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urMemoryExportAllocExportableMemoryExp,
             (ctx, dev, 4, 16, UR_EXP_EXTERNAL_MEM_TYPE_OPAQUE_FD, &exported));
    CHECK(exported == NULL);

    ur_image_format_t format = {UR_IMAGE_CHANNEL_ORDER_RGBA, UR_IMAGE_CHANNEL_TYPE_UNORM_INT8};
    ur_image_desc_t image = {.stype = UR_STRUCTURE_TYPE_IMAGE_DESC, .type = UR_MEM_TYPE_IMAGE2D};
    ur_mem_handle_t mem = NULL;
    STUB_ROW(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urMemImageCreate,
             (ctx, 0, &format, &image, NULL, &mem));
    STUB_ROW(UR_RESULT_ERROR_INVALID_HOST_PTR, urMemImageCreate,
             (ctx, UR_MEM_FLAG_USE_HOST_POINTER, &format, &image, NULL, &mem));
    STUB_ROW(UR_RESULT_ERROR_INVALID_HOST_PTR, urMemImageCreate,
             (ctx, 0, &format, &image, host, &mem));
    image.stype = UR_STRUCTURE_TYPE_BUFFER_PROPERTIES;
    STUB_ROW(UR_RESULT_ERROR_INVALID_IMAGE_FORMAT_DESCRIPTOR, urMemImageCreate,
             (ctx, 0, &format, &image, NULL, &mem));
    ur_buffer_properties_t bprops = {.stype = UR_STRUCTURE_TYPE_BUFFER_PROPERTIES, .pHost = NULL};
    STUB_ROW(UR_RESULT_ERROR_INVALID_HOST_PTR, urMemBufferCreate,
             (ctx, UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER, 16, NULL, &mem));
    STUB_ROW(UR_RESULT_ERROR_INVALID_HOST_PTR, urMemBufferCreate,
             (ctx, UR_MEM_FLAG_USE_HOST_POINTER, 16, &bprops, &mem));
    bprops.pHost = host;
    STUB_ROW(UR_RESULT_ERROR_INVALID_HOST_PTR, urMemBufferCreate, (ctx, 0, 16, &bprops, &mem));
    STUB_ROW(UR_RESULT_ERROR_UNSUPPORTED_FEATURE, urMemBufferCreate,
             (ctx, UR_MEM_FLAG_USE_HOST_POINTER, 16, &bprops, &mem));
    ur_buffer_region_t bregion = {.stype = UR_STRUCTURE_TYPE_BUFFER_REGION, .origin = 0, .size = 0};
    STUB_ROW(UR_RESULT_ERROR_INVALID_BUFFER_SIZE, urMemBufferPartition,
             (buf, 0, UR_BUFFER_CREATE_TYPE_REGION, &bregion, &mem));
    CHECK(mem == NULL);

    REQUIRE_UR(UR_RESULT_SUCCESS, urLoaderTearDown());
    printf("stub checks: %u functions, %u calls\n", n_functions, n_cases);
    return test_summary("stub_checks");
}
